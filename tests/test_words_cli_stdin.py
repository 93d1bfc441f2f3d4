"""A search query and case references can be kept out of /proc/PID/cmdline and shell history
(issue 12, item 7): `--query-stdin` and `--refs-stdin` read them from standard input, after the
passphrase's line with `--passphrase-stdin`. The real CLI runs as a child process; its
/proc/PID/cmdline is read while it waits on standard input."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import pytest

from fieldmon.cli import main
from fieldmon.cli.common import UsageError
from tests.conftest import PASSPHRASE, run_cli

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux")

FIELDMON = Path(sys.executable).parent / "fieldmon"


def _start(*args: str) -> subprocess.Popen[bytes]:
    command = [str(FIELDMON)] if FIELDMON.exists() else [sys.executable, "-m", "fieldmon.cli"]
    return subprocess.Popen(
        [*command, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _cmdline(child: subprocess.Popen[bytes]) -> str:
    """What other users' processes see of the child's arguments, while it waits on stdin.

    Right after exec the kernel may not have set the new arguments yet (empty), and they never
    change afterwards: wait for them while the child lives. A child that ended shows nothing.
    """
    path = Path(f"/proc/{child.pid}/cmdline")
    while child.poll() is None:
        seen = path.read_bytes()
        if seen:
            return seen.replace(b"\0", b" ").decode()
        time.sleep(0.01)
    return ""


def _finish(child: subprocess.Popen[bytes], lines: str) -> tuple[int, str, str]:
    out, err = child.communicate(lines.encode(), timeout=120)
    return child.returncode, out.decode(), err.decode()


def test_a_query_on_stdin_is_not_in_the_command_line(vault_dir: Path) -> None:
    # Control: a query given as arguments is there for anyone to read.
    child = _start("search", "--vault", str(vault_dir), "--passphrase-stdin", "resad", "aliyev")
    assert "resad aliyev" in _cmdline(child)
    status, out, _ = _finish(child, PASSPHRASE + "\n")
    assert status == 0 and "AZ-2026-001" in out
    # With --query-stdin: the passphrase's line, then the query's line.
    child = _start("search", "--vault", str(vault_dir), "--passphrase-stdin", "--query-stdin")
    seen = _cmdline(child)
    assert "--query-stdin" in seen and "resad" not in seen
    status, out, err = _finish(child, PASSPHRASE + "\nresad aliyev\n")
    assert (status, err) == (0, "")
    assert out.startswith("AZ-2026-001\tperson p1\t[Rəşad] [Əliyev]")


@pytest.mark.parametrize("command", ["show", "history", "log"])
def test_a_reference_on_stdin_is_not_in_the_command_line(vault_dir: Path, command: str) -> None:
    base = ("--vault", str(vault_dir), "--passphrase-stdin")
    as_argument = run_cli(command, *base, "AZ-2026-002", stdin=PASSPHRASE + "\n")
    assert as_argument.returncode == 0, as_argument.stderr
    child = _start(command, *base, "--refs-stdin")
    seen = _cmdline(child)
    assert "--refs-stdin" in seen and "AZ-2026" not in seen
    status, out, err = _finish(child, PASSPHRASE + "\nAZ-2026-002\n")
    assert (status, err) == (0, "")
    assert out == as_argument.stdout


def test_seal_takes_the_reference_from_stdin(vault_dir: Path) -> None:
    child = _start("seal", "--vault", str(vault_dir), "--passphrase-stdin", "--refs-stdin")
    assert "AZ-2026" not in _cmdline(child)
    status, out, err = _finish(child, PASSPHRASE + "\nAZ-2026-003\n")
    assert (status, err) == (0, "")
    assert out.startswith("Sealed AZ-2026-003 as version 1, SHA-256 ")


def test_export_reads_several_references_until_the_end(vault_dir: Path) -> None:
    result = run_cli(
        "export-json",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        "--refs-stdin",
        stdin=f"{PASSPHRASE}\nAZ-2026-001\n\nAZ-2026-003\n",
    )
    assert result.returncode == 0, result.stderr
    references = [c["reference"] for c in json.loads(result.stdout)["cases"]]
    assert references == ["AZ-2026-001", "AZ-2026-003"]


def test_attach_and_extract_take_the_reference_from_stdin(vault_dir: Path, tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("fictional field note\n", encoding="utf-8")
    base = ("--vault", str(vault_dir), "--passphrase-stdin", "--refs-stdin")
    stored = run_cli("attach", str(note), *base, stdin=f"{PASSPHRASE}\nAZ-2026-002\n")
    assert stored.returncode == 0, stored.stderr
    item = stored.stdout.split()[3]  # "Stored file AZ-2026-002 x….1 (…"
    assert stored.stdout.startswith("Stored file AZ-2026-002 ")
    out = tmp_path / "back.txt"
    back = run_cli("extract", item, "--out", str(out), *base, stdin=f"{PASSPHRASE}\nAZ-2026-002\n")
    assert back.returncode == 0, back.stderr
    assert out.read_text(encoding="utf-8") == "fictional field note\n"


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (
            ("search", "--query-stdin"),
            PASSPHRASE + "\n",
            "fieldmon: Expected a search query on standard input, found none.\n",
        ),
        (
            ("search", "--query-stdin"),
            PASSPHRASE + "\n \n",
            "fieldmon: Expected a search query on standard input, found an empty line.\n",
        ),
        (
            ("search",),
            PASSPHRASE + "\n",
            "fieldmon: No search query: give it on standard input with --query-stdin, or as"
            " words after `search`.\n",
        ),
        (
            ("show", "--refs-stdin"),
            PASSPHRASE + "\n",
            "fieldmon: Expected a case reference on standard input, found none.\n",
        ),
        (
            ("dossier", "--refs-stdin", "--profile", "echr", "--out", "x.pdf"),
            PASSPHRASE + "\n\n",
            "fieldmon: Expected case references on standard input, one per line, found none.\n",
        ),
    ],
)
def test_nothing_to_read_is_one_line_and_a_usage_status(
    vault_dir: Path, tmp_path: Path, args: tuple[str, ...], stdin: str, message: str
) -> None:
    result = run_cli(
        *args, "--vault", str(vault_dir), "--passphrase-stdin", stdin=stdin, cwd=tmp_path
    )
    assert (result.returncode, result.stderr, result.stdout) == (
        UsageError.exit_status,
        message,
        "",
    )
    assert not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize(
    "args",
    [
        ("search", "resad", "--query-stdin"),
        ("show", "AZ-2026-001", "--refs-stdin"),
        ("dossier", "AZ-2026-001", "--refs-stdin", "--profile", "echr", "--out", "x.pdf"),
        ("export-json", "--case", "AZ-2026-001", "--refs-stdin"),
    ],
)
def test_given_both_ways_is_a_usage_mistake(
    args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*args, "--vault", "/nonexistent/never-opened"])
    assert exited.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1].endswith(", not both")


@pytest.mark.parametrize(
    ("command", "option"),
    [
        ("search", "--query-stdin"),
        ("show", "--refs-stdin"),
        ("seal", "--refs-stdin"),
        ("history", "--refs-stdin"),
        ("log", "--refs-stdin"),
        ("attach", "--refs-stdin"),
        ("extract", "--refs-stdin"),
        ("dossier", "--refs-stdin"),
        ("export-json", "--refs-stdin"),
    ],
)
def test_help_says_why_and_how(
    command: str, option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main([command, "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert option in text
    assert (
        "visible to other users' processes (/proc/PID/cmdline) and kept in shell history;"
        f" use {option}." in text
    )
    assert "after the passphrase's line with --passphrase-stdin" in text


def _read_until(stream: IO[bytes], prompt: bytes) -> bytes:
    """What the child writes to stream up to and including prompt, or all of it if it ends."""
    seen = b""
    while not seen.endswith(prompt):
        byte = stream.read(1)
        if not byte:
            break
        seen += byte
    return seen


def test_on_a_terminal_the_query_is_asked_for_after_the_passphrase(vault_dir: Path) -> None:
    main_fd, terminal = pty.openpty()
    command = [str(FIELDMON)] if FIELDMON.exists() else [sys.executable, "-m", "fieldmon.cli"]
    # A new session has no controlling terminal: getpass reads the passphrase from stdin.
    child = subprocess.Popen(
        [*command, "search", "--vault", str(vault_dir)],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    os.close(terminal)
    try:
        assert child.stderr is not None and child.stdout is not None
        assert _read_until(child.stderr, b"Passphrase: ").endswith(b"Passphrase: ")
        os.write(main_fd, PASSPHRASE.encode() + b"\n")
        assert _read_until(child.stderr, b"Search for: ").endswith(b"Search for: ")
        assert "resad" not in _cmdline(child)
        os.write(main_fd, b"resad aliyev\n")
        out = child.stdout.read().decode()
        assert child.wait(timeout=120) == 0
        assert out.startswith("AZ-2026-001\tperson p1\t[Rəşad] [Əliyev]")
    finally:
        os.close(main_fd)
        if child.poll() is None:
            child.kill()
            child.wait()
