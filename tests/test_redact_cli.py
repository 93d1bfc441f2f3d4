"""`fieldmon evidence redact | appears | clear`, run as the real command on a real vault: what
each prints, and that each refusal is one line, a non-zero exit status and an unchanged vault."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE, run_cli

REF = "AZ-2026-001"


def _fieldmon(vault_dir: Path, *args: str) -> Any:
    return run_cli("--vault", str(vault_dir), "--passphrase-stdin", *args, stdin=PASSPHRASE + "\n")


def _state(vault_dir: Path) -> tuple[object, ...]:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        return (
            vault.get_case(REF),
            [(a.item, a.sha256) for a in vault.attachments(REF)],
            len(vault.custody_log()),
        )


def test_redact_prints_the_new_item_and_its_hash(vault_dir: Path) -> None:
    result = _fieldmon(
        vault_dir, "evidence", "redact", REF, "x2.1", "--box", "1:0,0.08,1,0.06", "--box",
        "1:0.5,0.5,0.1,0.1",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        copy = next(a for a in vault.attachments(REF) if a.item == "x2.2")
        digest = hashlib.sha256(vault.read_attachment(REF, "x2.2")).hexdigest()
    assert (copy.derived_from, copy.derivation) == ("x2.1", "redacted")
    assert result.stdout == (
        f"Stored redacted copy {REF} x2.2 of x2.1 (application/pdf, {copy.size} bytes,"
        f" SHA-256 {digest}).\n"
    )


def test_appears_and_clear_change_the_evidence_record(vault_dir: Path) -> None:
    result = _fieldmon(vault_dir, "evidence", "appears", REF, "x1", "--persons", "p1, p4")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Recorded who {REF} x1 shows or names: p1, p4.\n"
    result = _fieldmon(vault_dir, "evidence", "appears", REF, "x2", "--nobody")
    assert result.stdout == f"Recorded who {REF} x2 shows or names: nobody identifiable.\n"
    result = _fieldmon(vault_dir, "evidence", "clear", REF, "x1", "--for", "wgad")
    assert result.returncode == 0, result.stderr
    assert "ORIGINAL file, unredacted" in result.stdout
    case = _state(vault_dir)[0]
    assert isinstance(case, dict)
    photo, report = case["evidence"]
    assert (photo["appears"], photo["appears_recorded"], photo["cleared_for"]) == (
        ["p1", "p4"],
        True,
        ["wgad"],
    )
    assert "appears" not in report and report["appears_recorded"] is True
    result = _fieldmon(vault_dir, "evidence", "clear", REF, "x1", "--for", "wgad", "--undo")
    assert result.stdout == f"{REF} x1 is no longer cleared for wgad.\n"
    case = _state(vault_dir)[0]
    assert isinstance(case, dict) and "cleared_for" not in case["evidence"][0]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["redact", REF, "x1.1", "--box", "1:0.9,0,0.2,0.1"],
            "fieldmon: Box 1:0.9,0,0.2,0.1: the box reaches beyond the edge of the page.",
        ),
        (
            ["redact", REF, "x1.1", "--box", "0.1,0.1,0.2,0.2"],
            "fieldmon: '0.1,0.1,0.2,0.2' is not a box: give PAGE:X,Y,W,H as fractions of the"
            " page from its top left corner, for example 1:0.10,0.20,0.30,0.05.",
        ),
        (
            ["redact", REF, "x2.1", "--box", "4:0,0,1,1"],
            f"fieldmon: {REF} x2.1: Box 4:0,0,1,1: the PDF has 1 page, not 4.",
        ),
        (
            ["redact", REF, "x5.1", "--box", "1:0,0,1,1"],
            f"fieldmon: {REF} has no stored file x5.1.",
        ),
        (
            ["appears", REF, "x1", "--persons", "p1,p9"],
            f"fieldmon: {REF} has no person p9; its persons are p1, p2, p3, p4. Nothing was"
            " changed.",
        ),
        (["appears", REF, "x8", "--nobody"], f"fieldmon: {REF} has no evidence record x8."),
        (
            ["appears", REF, "x1", "--persons", " , "],
            "fieldmon: --persons names nobody; give person ids (p1,p4) or --nobody.",
        ),
        (["clear", REF, "x8", "--for", "echr"], f"fieldmon: {REF} has no evidence record x8."),
        (
            ["clear", REF, "x1", "--for", "ECHR"],
            "fieldmon: 'ECHR' is not a recipient; give one of echr, rule39, un-srt, wgad, un-hrc,"
            " un-cat, pattern, cpt, pace, commissioner, cm, public, osce, ombudsperson, other."
            " Nothing was changed.",
        ),
        (["clear", "XX-1", "x1", "--for", "echr"], "fieldmon: No case with reference XX-1 in"),
    ],
)
def test_refusals_are_one_line_and_change_nothing(
    vault_dir: Path, args: list[str], message: str
) -> None:
    before = _state(vault_dir)
    result = _fieldmon(vault_dir, "evidence", *args)
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and result.stderr.startswith(message), result.stderr
    assert result.stdout == ""
    assert _state(vault_dir) == before


def test_the_group_needs_an_action_and_appears_needs_who(vault_dir: Path) -> None:
    result = _fieldmon(vault_dir, "evidence")
    assert result.returncode == 2 and "required: ACTION" in result.stderr
    result = _fieldmon(vault_dir, "evidence", "appears", REF, "x1")
    assert result.returncode == 2 and "one of the arguments --persons --nobody" in result.stderr
    result = _fieldmon(vault_dir, "evidence", "redact", REF, "x1.1")
    assert result.returncode == 2 and "--box" in result.stderr


@pytest.mark.parametrize(
    "command",
    [("appears", "AZ-2026-001", "x1", "--nobody"), ("clear", "AZ-2026-001", "x1", "--for", "echr")],
)
def test_unsaved_desktop_work_is_never_dropped(vault_dir: Path, command: tuple[str, ...]) -> None:
    """Storing a changed evidence record would drop the case's unsaved draft: refused."""
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        draft = vault.get_case("AZ-2026-001")
        draft["summary"] = "Typed in the desktop app, not saved yet."
        vault.save_draft(draft)
    before = _state(vault_dir)
    result = _fieldmon(vault_dir, "evidence", *command)
    assert result.returncode == 1, result.stdout
    assert "unsaved work" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert _state(vault_dir) == before
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        kept = vault.draft(str(draft["id"]))
        assert kept is not None and kept[0]["summary"] == draft["summary"]
