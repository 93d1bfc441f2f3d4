"""Where the vault lives (issue 11, item 6): a vault folder that is a file, and files of the
vault that are folders, named pipes, symbolic links (to /dev/zero) or oversized. Each is one
plain line and an unchanged vault; none hangs or reads without end."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from fieldmon.errors import VaultDamaged, VaultExists, VaultNotFound
from fieldmon.vault.layout import MAX_KEY_HEADER_BYTES, check_location, read_small_file
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli
from tests.test_vault_location_media import one_line, snapshot


def replace_with(place: Path, kind: str) -> None:
    """Put something of ``kind`` where a file or folder of the vault was."""
    if place.is_dir():
        shutil.rmtree(place)
    else:
        place.unlink(missing_ok=True)  # the names of vaults not yet upgraded are not there
    if kind == "folder":
        place.mkdir()
    elif kind == "named pipe":
        os.mkfifo(place)
    elif kind == "link to /dev/zero":
        place.symlink_to("/dev/zero")
    elif kind == "file":
        place.write_bytes(b"not a folder")


def test_vault_location_folder_is_a_file(tmp_path: Path) -> None:
    place = tmp_path / "vault"
    place.write_bytes(b"a file where the vault folder should be")
    with pytest.raises(VaultNotFound, match=r"is a file, not a folder: there is no vault there"):
        Vault.open(place, PASSPHRASE)
    with pytest.raises(VaultExists, match=r"is a file, not a folder"):
        Vault.create(place, PASSPHRASE, kdf=FAST_KDF)
    with pytest.raises(VaultNotFound, match=r"part of its path is a file, not a folder"):
        Vault.create(place / "inside", PASSPHRASE, kdf=FAST_KDF)
    assert place.read_bytes() == b"a file where the vault folder should be"
    result = run_cli("cases", "--vault", str(place), "--passphrase-stdin", stdin=PASSPHRASE)
    assert result.returncode == 1
    assert (
        one_line(result) == f"fieldmon: {place} is a file, not a folder: there is no vault there."
    )


@pytest.mark.parametrize("kind", ["folder", "named pipe", "link to /dev/zero"])
@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("vault.key", "a file"),
        ("vault-1.db", "a file"),
        ("vault-2.db", "a file"),
        ("vault-1.db-wal", "a file"),
        ("vault.lock", "a file"),
        ("blobs-1", "a folder"),
        ("blobs-2", "a folder"),
        # The names of a vault not yet upgraded (fieldmon.vault.legacy) are checked too.
        ("vault.db", "a file"),
        ("decoy.db", "a file"),
        ("vault.attempts", "a file"),
        ("blobs", "a folder"),
    ],
)
def test_vault_location_entry_of_the_wrong_kind(
    vault_dir: Path, entry: str, expected: str, kind: str
) -> None:
    """A key header that is a named pipe used to hang for ever, one linked to /dev/zero to read
    without end; a folder was a traceback."""
    if kind == "folder" and expected == "a folder":
        kind = "file"
    replace_with(vault_dir / entry, kind)
    before = snapshot(vault_dir)
    said = {"link to /dev/zero": "a symbolic link", "file": "a file"}.get(kind, f"a {kind}")
    with pytest.raises(VaultDamaged) as raised:
        Vault.open(vault_dir, PASSPHRASE)
    assert str(raised.value) == (
        f"{entry} in the vault {vault_dir} is {said}, not {expected}: the vault was not opened."
    )
    assert snapshot(vault_dir) == before


def test_vault_location_key_header_fifo_by_cli(vault_dir: Path) -> None:
    replace_with(vault_dir / "vault.key", "named pipe")
    result = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE)
    assert result.returncode == 3
    assert one_line(result) == (
        f"fieldmon: vault.key in the vault {vault_dir} is a named pipe, not a file:"
        " the vault was not opened."
    )


def test_vault_location_key_header_read_never_follows_or_waits(tmp_path: Path) -> None:
    """The key header's own read, behind the checks at open (a file swapped in between)."""
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "zero").symlink_to("/dev/zero")
    (tmp_path / "big").write_bytes(b"{" * (MAX_KEY_HEADER_BYTES + 1))
    (tmp_path / "folder").mkdir()
    (tmp_path / "fine").write_bytes(b"{}" * 100)
    for name, words in [
        ("pipe", "is a named pipe, not a file"),
        ("zero", "is a symbolic link, not a file"),
        ("big", f"is {MAX_KEY_HEADER_BYTES + 1} bytes, more than the {MAX_KEY_HEADER_BYTES}"),
        ("folder", "is a folder, not a file"),
    ]:
        with pytest.raises(VaultDamaged, match=words):
            read_small_file(tmp_path, name)
    assert read_small_file(tmp_path, "fine") == b"{}" * 100
    with pytest.raises(FileNotFoundError):
        read_small_file(tmp_path, "missing")


def test_vault_location_oversized_key_header(vault_dir: Path) -> None:
    (vault_dir / "vault.key").write_bytes(b" " * (MAX_KEY_HEADER_BYTES + 1))
    with pytest.raises(VaultDamaged, match="more than the 65536 bytes it can be"):
        Vault.open(vault_dir, PASSPHRASE)


def test_vault_location_missing_folder_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="No vault at"):
        check_location(tmp_path / "nowhere")
    with pytest.raises(VaultNotFound, match="No vault at"):
        Vault.open(tmp_path, PASSPHRASE)


def test_vault_location_other_files_left_alone(vault_dir: Path) -> None:
    """Only what a vault holds is checked: a stray file or link beside it opens as before."""
    (vault_dir / "notes.txt").symlink_to("/dev/zero")
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.list_cases()
