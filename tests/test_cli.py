"""The `fieldmon` command, run as a real child process."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from fieldmon.vault.layout import COMPARTMENTS, blob_dir_name
from fieldmon.vault.store import KEY_FILE
from tests.conftest import PASSPHRASE, run_cli, write_json

COMMANDS = [
    "init",
    "demo",
    "import",
    "export-json",
    "cases",
    "show",
    "search",
    "passwd",
    "recover",
    "wipe",
    "duress",
    "attempts",
    "attach",
    "extract",
    "seal",
    "history",
    "log",
    "check",
]


def _assert_clean_failure(result: object, status: int) -> str:
    stderr = result.stderr  # type: ignore[attr-defined]
    assert result.returncode == status, (result.returncode, stderr)  # type: ignore[attr-defined]
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return str(lines[0])


def test_demo_then_cases(tmp_path: Path) -> None:
    """The issue's own acceptance commands, with the default (full-cost) key derivation."""
    vault = tmp_path / "v"
    created = run_cli("demo", "--vault", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert created.returncode == 0, created.stderr
    listed = run_cli("cases", "--vault", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert listed.returncode == 0, listed.stderr
    references = [line.split("\t")[0] for line in listed.stdout.splitlines()]
    # cases.json, then execution-cases.json (cm-rule9 and pattern samples)
    assert references == [
        "AZ-2026-001",
        "AZ-2026-002",
        "AZ-2026-003",
        "AZ-2026-101",
        "AZ-2026-102",
        "AZ-2026-103",
        "AZ-2026-104",
    ]
    assert listed.stderr == ""


def test_wrong_passphrase_is_one_line_and_status_2(vault_dir: Path) -> None:
    result = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin="wrong one\n")
    line = _assert_clean_failure(result, 2)
    assert "Wrong passphrase" in line
    assert "sqlcipher" not in result.stderr.lower() and result.stdout == ""


def test_damaged_header_names_the_file(vault_dir: Path) -> None:
    (vault_dir / KEY_FILE).write_text("{not json")
    result = run_cli(
        "cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    line = _assert_clean_failure(result, 3)
    assert str(vault_dir / KEY_FILE) in line


def test_weak_passphrase_at_init_says_why(tmp_path: Path) -> None:
    result = run_cli(
        "init", "--vault", str(tmp_path / "v"), "--passphrase-stdin", stdin="letmein\n"
    )
    line = _assert_clean_failure(result, 1)
    assert "too short" in line
    assert not (tmp_path / "v").exists()


def test_no_terminal_and_no_stdin_flag(vault_dir: Path) -> None:
    result = run_cli("cases", "--vault", str(vault_dir), stdin=PASSPHRASE + "\n")
    assert "--passphrase-stdin" in _assert_clean_failure(result, 64)


def test_passphrase_is_not_accepted_as_an_argument(vault_dir: Path) -> None:
    result = run_cli("cases", "--vault", str(vault_dir), "--passphrase", PASSPHRASE)
    assert result.returncode == 2 and "unrecognized arguments" in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_help_on_every_command(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.returncode == 0 and "--vault" in result.stdout and "usage:" in result.stdout


def test_top_level_help_lists_commands() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert command in result.stdout


def test_import_export_show_search(
    vault_dir: Path, tmp_path: Path, sample_document: dict[str, Any]
) -> None:
    def cli(*args: str, stdin: str = PASSPHRASE + "\n") -> object:
        return run_cli(*args, "--vault", str(vault_dir), "--passphrase-stdin", stdin=stdin)

    exported = cli("export-json", "--case", "AZ-2026-001")
    assert exported.returncode == 0  # type: ignore[attr-defined]
    document = json.loads(exported.stdout)  # type: ignore[attr-defined]
    assert [c["reference"] for c in document["cases"]] == ["AZ-2026-001"]

    shown = cli("show", "AZ-2026-001")
    text = shown.stdout  # type: ignore[attr-defined]
    assert "Rəşad Əliyev" in text and "Electric shock" in text and "Interview i1" in text

    found = cli("search", "resad", "aliyev")
    assert found.returncode == 0  # type: ignore[attr-defined]
    line = found.stdout.strip()  # type: ignore[attr-defined]
    assert line.startswith("AZ-2026-001\tperson p1\t") and "[Rəşad]" in line

    nothing = cli("search", "qqqzzz")
    assert nothing.returncode == 1 and "Nothing found" in nothing.stdout  # type: ignore[attr-defined]

    missing = cli("show", "AZ-1999-999")
    assert "No case with reference AZ-1999-999" in _assert_clean_failure(missing, 1)

    new_case = dict(sample_document["cases"][2])
    new_case["id"] = "5b0e4f2a-9a41-4c55-8f0e-0c8f5d1a0099"
    new_case["reference"] = "AZ-2026-099"
    path = write_json(tmp_path / "one.json", {"format": "fieldmon-case/1", "cases": [new_case]})
    imported = cli("import", str(path))
    assert imported.returncode == 0 and "AZ-2026-099" in imported.stdout  # type: ignore[attr-defined]

    out = tmp_path / "all.json"
    assert cli("export-json", "--out", str(out)).returncode == 0  # type: ignore[attr-defined]
    assert len(json.loads(out.read_text())["cases"]) == 4
    refused = cli("export-json", "--out", str(out))
    assert "--force" in _assert_clean_failure(refused, 1)


def test_import_error_is_one_line_naming_everything(
    vault_dir: Path, tmp_path: Path, sample_document: dict[str, Any]
) -> None:
    sample_document["cases"][0]["events"][0]["acts"][0]["victim"] = "p9"
    path = write_json(tmp_path / "bad.json", sample_document)
    result = run_cli(
        "import",
        str(path),
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    line = _assert_clean_failure(result, 4)
    for part in (
        str(path),
        "AZ-2026-001",
        "events[e1].acts[a1].victim",
        "'p9'",
        "Nothing was imported",
    ):
        assert part in line


def test_passwd(vault_dir: Path) -> None:
    new = "another long passphrase nobody guesses"
    weak = run_cli(
        "passwd", "--vault", str(vault_dir), "--passphrase-stdin", stdin=f"{PASSPHRASE}\nshort\n"
    )
    assert "too weak" in _assert_clean_failure(weak, 1)
    same = run_cli(
        "passwd",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n",
    )
    assert "used nowhere else" in _assert_clean_failure(same, 3)
    changed = run_cli(
        "passwd", "--vault", str(vault_dir), "--passphrase-stdin", stdin=f"{PASSPHRASE}\n{new}\n"
    )
    assert changed.returncode == 0, changed.stderr
    old = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    _assert_clean_failure(old, 2)
    ok = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=new + "\n")
    assert ok.returncode == 0 and "AZ-2026-001" in ok.stdout


def test_init_refuses_an_existing_vault(vault_dir: Path) -> None:
    before = (vault_dir / KEY_FILE).read_bytes()
    result = run_cli(
        "init", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert "already exists" in _assert_clean_failure(result, 1)
    assert (vault_dir / KEY_FILE).read_bytes() == before


def test_missing_vault_suggests_init(tmp_path: Path) -> None:
    result = run_cli(
        "cases", "--vault", str(tmp_path / "none"), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert "fieldmon init" in _assert_clean_failure(result, 1)


def test_passphrase_prompt_on_a_terminal_does_not_echo(vault_dir: Path) -> None:
    """On a real (pseudo) terminal the passphrase is asked for and never shown."""
    import os
    import pty
    import select
    import sys

    script = Path(sys.executable).parent / "fieldmon"
    pid, fd = pty.fork()
    if pid == 0:  # the child: fieldmon with the pty as its controlling terminal
        os.execv(str(script), [str(script), "cases", "--vault", str(vault_dir)])

    def read_until(marker: bytes, timeout: float = 30.0) -> bytes:
        seen = b""
        while marker not in seen:
            ready, _, _ = select.select([fd], [], [], timeout)
            if not ready:
                break
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        return seen

    assert b"Passphrase:" in read_until(b"Passphrase:")
    os.write(fd, PASSPHRASE.encode() + b"\n")
    rest = read_until(b"AZ-2026-003")
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0
    assert b"AZ-2026-001" in rest
    assert PASSPHRASE.encode() not in rest


def test_check_on_a_demo_vault_then_one_changed_byte(tmp_path: Path) -> None:
    """The evidence issue's acceptance: check passes, then names the blob with a changed byte."""
    vault = tmp_path / "v"
    line = PASSPHRASE + "\n"
    assert run_cli("demo", "--vault", str(vault), "--passphrase-stdin", stdin=line).returncode == 0
    ok = run_cli("check", "--vault", str(vault), "--passphrase-stdin", stdin=line)
    assert ok.returncode == 0 and "Vault is intact" in ok.stdout, ok.stdout + ok.stderr
    # The demo's files are in the real compartment; the decoy's blob folder is empty.
    blobs = [b for n in COMPARTMENTS for b in sorted((vault / blob_dir_name(n)).iterdir())]
    assert blobs
    blob = blobs[0]
    data = bytearray(blob.read_bytes())
    data[-100] ^= 0x20
    blob.write_bytes(bytes(data))
    bad = run_cli("check", "--vault", str(vault), "--passphrase-stdin", stdin=line)
    assert bad.returncode == 6
    faults = [ln for ln in bad.stdout.splitlines() if ln.startswith("FAULT")]
    assert len(faults) == 1 and blob.name in faults[0]


def test_unlock_notices_are_printed_on_standard_error(vault_dir: Path) -> None:
    def cases(passphrase: str) -> Any:
        return run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=passphrase)

    assert cases("not the passphrase at all\n").returncode == 2
    opened = cases(PASSPHRASE + "\n")
    assert opened.returncode == 0 and "AZ-2026-001" in opened.stdout
    assert opened.stderr.splitlines() == [
        "fieldmon: note: 1 failed unlock(s) since the vault was last opened."
    ]
    again = cases(PASSPHRASE + "\n")
    assert again.returncode == 0 and "note:" not in again.stderr


def test_attach_extract_seal_history_log(vault_dir: Path, tmp_path: Path) -> None:
    from fieldmon.resources import sample_cases_path

    photo = sample_cases_path().parent / "wrist.jpg"

    def cli(*args: str) -> Any:
        return run_cli(
            *args, "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        )

    attached = cli(
        "attach",
        "AZ-2026-003",
        str(photo),
        "--title",
        "Bruise",
        "--source-type",
        "photograph",
        "--strip-metadata",
    )
    assert attached.returncode == 0, attached.stderr
    assert "AZ-2026-003 x1.1" in attached.stdout and "x1.2" in attached.stdout
    assert "gps" in attached.stdout

    bad_type = cli("attach", "AZ-2026-003", str(photo), "--source-type", "rumour")
    assert bad_type.returncode == 2 and "invalid choice" in bad_type.stderr

    out = tmp_path / "clean.jpg"
    assert cli("extract", "AZ-2026-003", "x1.2", "--out", str(out)).returncode == 0
    assert b"SampleCam" not in out.read_bytes()
    again = cli("extract", "AZ-2026-003", "x1.2", "--out", str(out))
    assert "--force" in _assert_clean_failure(again, 1)

    sealed = cli("seal", "AZ-2026-003")
    assert "version 1" in sealed.stdout
    assert "nothing to seal" in cli("seal", "AZ-2026-003").stdout
    history = cli("history", "AZ-2026-003")
    assert history.stdout.startswith("version 1\t")
    shown = cli("show", "AZ-2026-003", "--version", "1")
    assert "Sealed version 1 of AZ-2026-003" in shown.stdout and "x1.2" in shown.stdout
    missing = cli("show", "AZ-2026-003", "--version", "4")
    assert "no sealed version 4" in _assert_clean_failure(missing, 1)

    log = cli("log", "AZ-2026-003").stdout.splitlines()
    from fieldmon.vault.custody import ACTIONS

    actions = [next(w for w in line.split() if w in ACTIONS) for line in log]
    assert actions == ["import", "attach", "attach", "extract", "seal", "view"]

    unknown = cli("attach", "AZ-2026-003", str(tmp_path / "none.jpg"))
    assert "no such file" in _assert_clean_failure(unknown, 1)


def test_a_vault_open_elsewhere_is_refused(vault_dir: Path) -> None:
    from fieldmon.vault.store import Vault

    with Vault.open(vault_dir, PASSPHRASE):
        busy = run_cli(
            "cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        )
    assert "open in another" in _assert_clean_failure(busy, 5)


@pytest.mark.parametrize("limit", ["0", "-1", "10001", str(2**63), "many"])
def test_search_limit_out_of_range_is_a_usage_error(vault_dir: Path, limit: str) -> None:
    """A negative limit printed every hit (SQLite reads LIMIT -1 as none), 2**63 ended in an
    OverflowError traceback; each is now refused before the passphrase is read."""
    result = run_cli(
        "search",
        "a",
        "--limit",
        limit,
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 2 and result.stdout == ""
    assert "Traceback" not in result.stderr
    assert (
        result.stderr.strip()
        .splitlines()[-1]
        .endswith(
            f"argument --limit: {limit!r} is not a whole number"
            if limit == "many"
            else f"argument --limit: {limit} is not between 1 and 10000"
        )
    )


def test_search_says_when_hits_were_left_out(vault_dir: Path) -> None:
    def search(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(
            "search",
            *args,
            "--vault",
            str(vault_dir),
            "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        )

    every = search("a", "--limit", "10000")
    assert every.returncode == 0 and every.stderr == ""
    lines = every.stdout.splitlines()
    assert len(lines) > 2
    one = search("a", "--limit", "1")
    assert one.returncode == 0 and one.stdout.splitlines() == lines[:1]
    assert one.stderr == (
        "More than 1 hits; only the first 1 are shown (--limit N prints more, or add words to"
        " the query).\n"
    )
    exact = search("a", "--limit", str(len(lines)))
    assert exact.stdout.splitlines() == lines and exact.stderr == ""
    long_query = "qqqzzz " * 40
    nothing = search(*long_query.split())
    assert nothing.returncode == 1
    assert nothing.stdout == f"Nothing found for {(long_query.strip()[:57] + '...')!r}.\n"
