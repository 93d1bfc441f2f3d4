"""Folder and WebDAV transports: write-once files, listing, refused paths, one-line failures.

The WebDAV transport talks to a real wsgidav server on 127.0.0.1 (tests/webdav_server.py).
"""

from __future__ import annotations

import contextlib
import io
import itertools
import os
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from fieldmon.cli import main
from fieldmon.errors import FieldMonError
from fieldmon.exchange import destinations
from fieldmon.exchange.transports import (
    TEMP_PREFIX,
    FolderTransport,
    MissingFile,
    Transport,
    TransportError,
    WebDAVTransport,
)
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.webdav_server import WebDAVServer, running_webdav

_counter = itertools.count()


@pytest.fixture(scope="module")
def dav(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDAVServer]:
    """One real WebDAV server for the module."""
    with running_webdav(tmp_path_factory.mktemp("dav") / "storage") as server:
        yield server


@pytest.fixture(params=["folder", "webdav"])
def transport(
    request: pytest.FixtureRequest, tmp_path: Path, dav: WebDAVServer
) -> Iterator[tuple[Transport, Path]]:
    """A transport over an empty root, and the folder on disk that holds what it stores."""
    if request.param == "folder":
        root = tmp_path / "usb"
        root.mkdir()
        yield FolderTransport(root), root
        return
    name = f"box{next(_counter)}"
    root = dav.root / name
    root.mkdir()
    server = dav
    yield WebDAVTransport(server.url + name, server.user, server.password), root


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_write_once_writes_whole_files_and_never_overwrites(
    transport: tuple[Transport, Path],
) -> None:
    t, root = transport
    t.write_once("packets/p1/parts/aa", b"first")
    t.write_once("packets/p1/parts/aa", b"second")  # a second write leaves the first alone
    t.write_once("packets/p1/envelope.age", b"")
    assert t.read("packets/p1/parts/aa") == b"first"
    assert t.read("packets/p1/envelope.age") == b""
    assert _files(root) == ["packets/p1/envelope.age", "packets/p1/parts/aa"]  # no temp left
    assert t.exists("packets/p1/parts/aa") and not t.exists("packets/p1/parts/bb")


def test_listing_hides_temporary_names_and_a_missing_folder_is_empty(
    transport: tuple[Transport, Path],
) -> None:
    t, root = transport
    t.write_once("packets/p2/parts/bb", b"x")
    t.write_once("packets/p2/parts/aa", b"y")
    # What a write killed before its rename leaves behind.
    (root / "packets/p2/parts" / f"{TEMP_PREFIX}0123-cc.tmp").write_bytes(b"half")
    assert t.list("packets/p2/parts") == ["aa", "bb"]
    assert t.list("packets") == ["p2"]
    assert t.list("") == ["packets"]
    assert t.list("packets/none") == []
    t.write_once("packets/p2/parts/cc", b"whole")  # writing again after the kill is harmless
    assert t.read("packets/p2/parts/cc") == b"whole"


def test_read_missing_too_large_and_delete(transport: tuple[Transport, Path]) -> None:
    t, _ = transport
    with pytest.raises(MissingFile, match="missing"):
        t.read("packets/none/envelope.age")
    t.write_once("receipts/r.age", b"0123456789")
    with pytest.raises(TransportError, match="larger than 4 bytes"):
        t.read("receipts/r.age", limit=4)
    assert t.read("receipts/r.age", limit=10) == b"0123456789"
    t.delete("receipts/r.age")
    t.delete("receipts/r.age")  # a missing file is no error
    assert not t.exists("receipts/r.age")


@pytest.mark.parametrize(
    "path",
    [
        *("../outside", "packets/../../x", "/etc/passwd", "packets\\x", "packets//x", "./x"),
        *("", f"packets/{TEMP_PREFIX}1.tmp", "a/\0b"),
    ],
)
def test_paths_that_could_leave_the_root_are_refused(
    transport: tuple[Transport, Path], path: str
) -> None:
    t, root = transport
    for attempt in (
        lambda: t.write_once(path, b"x"),
        lambda: t.read(path),
        lambda: t.exists(path),
        lambda: t.delete(path),
    ):
        with pytest.raises(TransportError, match="refused transport path"):
            attempt()
    assert not (root.parent / "outside").exists()


def test_a_folder_write_never_replaces_a_file_another_writer_put_there(tmp_path: Path) -> None:
    t = FolderTransport(tmp_path)
    (tmp_path / "packets").mkdir()
    (tmp_path / "packets" / "aa").write_bytes(b"theirs")
    t.write_once("packets/aa", b"mine")
    assert (tmp_path / "packets" / "aa").read_bytes() == b"theirs"
    assert os.listdir(tmp_path / "packets") == ["aa"]


def test_a_wrong_webdav_password_is_one_line_naming_the_host_only(
    dav: WebDAVServer,
) -> None:
    server = dav
    secret = "wrong-password-for-test-9"
    bad = WebDAVTransport(server.url, server.user, secret)
    assert bad.describe() == "webdav://127.0.0.1"
    for attempt in (
        lambda: bad.list(""),
        lambda: bad.write_once("a/b", b"x"),
        lambda: bad.read("a"),
    ):
        with pytest.raises(TransportError) as caught:
            attempt()
        message = str(caught.value)
        assert message == message.splitlines()[0]
        assert "127.0.0.1" in message and "password was refused" in message
        assert secret not in message and server.user not in message


def test_an_unreachable_webdav_server_is_one_line(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    t = WebDAVTransport(f"http://127.0.0.1:{port}/dav", "someone", "pw", timeout=5)
    with pytest.raises(TransportError, match=r"^WebDAV server 127\.0\.0\.1: cannot .*reached$"):
        t.write_once("packets/x", b"data")
    with pytest.raises(TransportError, match="http:// or https://"):
        WebDAVTransport("ftp://127.0.0.1/", "someone", "pw")


@pytest.mark.parametrize(
    "url", ["http://dav.example.org/remote.php/dav", "HTTP://10.0.0.7/dav", "http://[fe80::1]/"]
)
def test_a_password_over_plain_http_is_refused_except_to_loopback(
    url: str, empty_vault: Vault
) -> None:
    with pytest.raises(TransportError, match=r"^a WebDAV password .*use an https:// URL$"):
        WebDAVTransport(url, "someone", "pw")
    with pytest.raises(FieldMonError, match=r"use an https:// URL$"):
        destinations.add(empty_vault, "hq", webdav_url=url, username="someone", password="pw")
    assert destinations.entries(empty_vault) == []
    for fine in ("https://dav.example.org/dav", "http://localhost:8080/", "http://[::1]:81/"):
        WebDAVTransport(fine, "someone", "pw")


@pytest.mark.parametrize(
    "url",
    [
        "ftp://ana:s3cret-pw@dav.example.org/x",
        "http:/ana:s3cret-pw@dav.example.org/x",
        "ana:s3cret-pw@dav.example.org",
        "https://ana:s3cret-pw@dav.example.org/x",
    ],
)
def test_no_message_about_a_destination_echoes_its_userinfo(url: str, empty_vault: Vault) -> None:
    calls: list[Callable[[], object]] = [
        lambda: destinations.add(empty_vault, "hq", webdav_url=url, username="a", password="b"),
        lambda: destinations.add(empty_vault, "hq", folder=Path(url)),
        lambda: destinations.open_transport(empty_vault, url),
        lambda: destinations.remove(empty_vault, url),
    ]
    for call in calls:
        with pytest.raises(FieldMonError) as caught:
            call()
        assert "s3cret-pw" not in str(caught.value) and "ana" not in str(caught.value)
    assert destinations.redact(f"see {url} now").count("***@") == 1


def _unblocked(call: Callable[[], object], fifo: Path) -> object:
    """Run ``call`` in a thread; if it is still waiting after 30 s (a FIFO opened for reading
    waits for a writer), open the FIFO for writing to release it and fail."""
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(call())
        except Exception as error:  # handed to the test
            outcome.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        worker.join()
        pytest.fail("the transport waited on a named pipe")
    return outcome[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_or_a_link_in_the_mailbox_is_never_opened(tmp_path: Path) -> None:
    root, outside = tmp_path / "mailbox", tmp_path / "elsewhere"
    (root / "packets" / "p1").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret").write_bytes(b"not the mailbox's")
    fifo = root / "packets" / "p1" / "envelope.age"
    os.mkfifo(fifo)
    t = FolderTransport(root)
    assert _unblocked(lambda: t.exists("packets/p1/envelope.age"), fifo) is False
    refused = _unblocked(lambda: t.read("packets/p1/envelope.age"), fifo)
    assert isinstance(refused, TransportError) and "named pipe" in str(refused)
    os.symlink(outside / "secret", root / "packets" / "p1" / "link")
    os.symlink(outside, root / "packets" / "p2")
    for path in ("packets/p1/link", "packets/p2/secret"):
        assert t.exists(path) is False
        with pytest.raises(TransportError, match="symbolic link"):
            t.read(path)
    with pytest.raises(TransportError, match="symbolic link"):
        t.list("packets/p2")
    assert t.list("packets") == ["p1", "p2"]


def _add_cli(vault_dir: Path, password: str, *args: str) -> tuple[int, str, str]:
    """``fieldmon destination add`` in this process, passphrase and password on stdin."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(f"{PASSPHRASE}\n{password}\n")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            command = ["destination", "add", *args, "--vault", str(vault_dir)]
            status = main([*command, "--passphrase-stdin", "--password-stdin"])
    finally:
        sys.stdin = saved
    return status, out.getvalue(), err.getvalue()


def test_destination_add_tries_the_webdav_server_once_unless_offline(
    dav: WebDAVServer, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=FAST_KDF).close()
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        nowhere = f"http://127.0.0.1:{probe.getsockname()[1]}/dav"
    secret = "wrong-password-for-test-9"
    cases = [
        (dav.url, secret, "the user name or password was refused"),
        (nowhere, dav.password, "cannot be reached"),
        (dav.url + "no-such-collection/", dav.password, "no collection at"),
    ]
    for url, password, why in cases:
        status, out, err = _add_cli(folder, password, "hq", "--webdav", url, "--user", dav.user)
        assert status != 0 and out == ""
        (line,) = err.strip().splitlines()
        assert "127.0.0.1" in line and why in line and secret not in line
    with Vault.open(folder, PASSPHRASE) as vault:
        assert destinations.entries(vault) == []  # nothing stored
    status, out, err = _add_cli(folder, dav.password, "hq", "--webdav", dav.url, "--user", dav.user)
    assert status == 0 and "accepted the user name and password" in out, err
    offline = ["travel", "--webdav", nowhere, "--user", dav.user, "--offline"]
    status, out, err = _add_cli(folder, secret, *offline)
    assert status == 0 and "Not tried (--offline)" in out, err
    with Vault.open(folder, PASSPHRASE) as vault:
        assert [d.name for d in destinations.entries(vault)] == ["hq", "travel"]
