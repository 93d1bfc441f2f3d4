"""`fieldmon mention` (issue 13, item 2): words of a case's free text marked as naming a person,
run as the real command against a real vault. Names are fictional."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli

REF = "T-MENTION-2"
WHO = "p1 Fərid Novruzov (witness)"
NARRATIVE = "Fərid Novruzov saw it. Later Fərid told the guard that Fərid Novruzov was ill."


def _case() -> dict[str, Any]:
    return {
        "id": "2b0c2a55-3f0e-4d7b-8f61-0c7d0a9a6e21",
        "reference": REF,
        "title": "A fictional case",
        "summary": "A fictional summary.",
        "persons": [
            {"id": "p1", "name": "Fərid Novruzov", "roles": ["witness"]},
            {"id": "p2", "name": "Zaur Ələkbərov", "roles": ["victim"]},
        ],
        "interviews": [{"id": "i1", "interviewee": "p1", "narrative": NARRATIVE}],
    }


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    vault = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    vault.store_cases([_case()])
    vault.close()
    return tmp_path / "vault"


def _mention(folder: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return run_cli(
        "mention",
        "--vault",
        str(folder),
        "--passphrase-stdin",
        *args,
        stdin=PASSPHRASE + "\n" + stdin,
    )


def _stored(folder: Path) -> tuple[dict[str, Any], int]:
    vault = Vault.open(folder, PASSPHRASE)
    try:
        return vault.get_case(REF), len(vault.custody_log(REF))
    finally:
        vault.close()


def test_mention_is_stored_as_an_edit_and_listed(folder: Path) -> None:
    _, entries_before = _stored(folder)
    args = ["--field", "interviews/i1/narrative", "--text", "fərid novruzov", "--person", "p1"]
    result = _mention(folder, REF, *args, "--occurrence", "2")
    assert result.returncode == 0, result.stderr
    assert "Marked “Fərid Novruzov”" in result.stdout
    case, entries = _stored(folder)
    start = NARRATIVE.rindex("Fərid Novruzov")
    assert case["mentions"] == [
        {
            "field": "interviews/i1/narrative",
            "start": start,
            "end": start + 14,
            "text": "Fərid Novruzov",
            "person": "p1",
        }
    ]
    assert entries == entries_before + 1  # the normal store path: logged as an edit
    vault = Vault.open(folder, PASSPHRASE)
    try:
        assert vault.custody_log(REF)[-1].action == "edit"
    finally:
        vault.close()

    # The words read from standard input, kept out of /proc/PID/cmdline.
    result = _mention(
        folder,
        REF,
        "--field",
        "interviews/i1/narrative",
        "--text-stdin",
        "--person",
        "p1",
        stdin="Fərid\n",
    )
    assert result.returncode == 0, result.stderr

    listed = _mention(folder, REF, "--list")
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines == [
        f"interviews/i1/narrative\t{start}–{start + 14}\t{WHO}\tFərid Novruzov",
        f"interviews/i1/narrative\t0–5\t{WHO}\tFərid",
    ]


@pytest.mark.parametrize(
    ("args", "status", "says"),
    [
        (
            ["--field", "interviews/i1/narrative", "--text", "Fərid", "--person", "p9"],
            1,
            "no person",
        ),
        (
            ["--field", "interviews/i1/narrative", "--text", "Leyla", "--person", "p1"],
            1,
            "does not occur",
        ),
        (
            ["--field", "interviews/i1/narrative", "--text", "Fəri", "--person", "p1"],
            1,
            "does not occur",
        ),
        (["--field", "persons/p1/name", "--text", "Fərid", "--person", "p1"], 1, "not a free-text"),
        (
            ["--field", "interviews/i7/narrative", "--text", "Fərid", "--person", "p1"],
            1,
            "not a free-text",
        ),
        (
            [
                "--field",
                "interviews/i1/narrative",
                "--text",
                "Fərid",
                "--person",
                "p1",
                "--occurrence",
                "4",
            ],
            1,
            "occurs 3 time(s)",
        ),
        (["--field", "interviews/i1/narrative", "--person", "p1"], 64, "needs --field"),
        (["--list", "--person", "p1"], 64, "--list takes no"),
    ],
)
def test_refusals_are_one_line_and_leave_the_vault_unchanged(
    folder: Path, args: list[str], status: int, says: str
) -> None:
    before = _stored(folder)
    result = _mention(folder, REF, *args)
    assert result.returncode == status, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and says in lines[0], result.stderr
    assert _stored(folder) == before


def test_the_same_words_for_another_person_are_refused(folder: Path) -> None:
    ok = _mention(
        folder, REF, "--field", "interviews/i1/narrative", "--text", "Fərid", "--person", "p1"
    )
    assert ok.returncode == 0, ok.stderr
    before = _stored(folder)
    result = _mention(
        folder, REF, "--field", "interviews/i1/narrative", "--text", "FƏRİD", "--person", "p2"
    )
    assert result.returncode == 1
    assert "already marked as naming p1" in result.stderr
    assert _stored(folder) == before


def test_unsaved_desktop_work_is_not_dropped(folder: Path) -> None:
    vault = Vault.open(folder, PASSPHRASE)
    draft = vault.get_case(REF)
    draft["summary"] = "Typed in the desktop app, not saved yet."
    vault.save_draft(draft)
    vault.close()
    before = _stored(folder)
    result = _mention(
        folder, REF, "--field", "interviews/i1/narrative", "--text", "Fərid", "--person", "p1"
    )
    assert result.returncode == 1
    assert "unsaved work" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert _stored(folder) == before
    vault = Vault.open(folder, PASSPHRASE)
    try:
        kept = vault.draft(str(draft["id"]))
        assert kept is not None and kept[0]["summary"] == draft["summary"]
    finally:
        vault.close()


def test_no_such_case(folder: Path) -> None:
    result = _mention(folder, "NOPE-1", "--list")
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
