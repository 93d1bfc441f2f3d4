"""Typing survives anything: drafts are written on a fixed interval while text changes, a kill
in the middle of continuous typing loses at most two seconds, and on reopening the window says
plainly that unsaved work was recovered and where it is."""

from __future__ import annotations

import textwrap
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import (
    UNLOCKED_WINDOW_SCRIPT,
    typed_two_seconds_before_a_kill,
    unlocked_window,
)
from ui import i18n
from ui.case_view import DRAFT_INTERVAL_MS

# Clears the case summary and types into it without a pause.
TYPING_SCRIPT = UNLOCKED_WINDOW_SCRIPT + textwrap.dedent("""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    window.open_case("AZ-2026-003")
    summary = window.case_view.overview.editors["summary"].widget
    summary.setFocus()
    summary.selectAll()
    QTest.keyClick(summary, Qt.Key.Key_Delete)
    typed_into = summary
""")

TEXT = ("Continuous typing without a pause, as a monitor takes down a long account. " * 8)[:500]


def test_continuous_typing_survives_a_kill(vault_dir: Path) -> None:
    # Everything typed up to two seconds before the kill must be in the draft.
    owed = typed_two_seconds_before_a_kill(TYPING_SCRIPT, vault_dir, TEXT, seconds=4.5)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        draft = vault.draft(vault.case_uuid("AZ-2026-003"))
        assert draft is not None
        kept = draft[0].get("summary", "")
        assert TEXT.startswith(kept), "the draft is not what was typed"
        assert len(kept) >= owed, f"lost {owed - len(kept)} characters typed 2 s before the kill"
        # The stored case is untouched until the monitor saves.
        assert vault.get_case("AZ-2026-003")["summary"].startswith("A witness")
    assert DRAFT_INTERVAL_MS <= 1000


def test_reopening_says_where_recovered_work_is(qtbot: QtBot, vault_dir: Path) -> None:
    i18n.install("en")
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        case = vault.get_case("AZ-2026-002")
        case["summary"] = "Recovered words typed before a crash."
        vault.save_draft(case)
    window = unlocked_window(qtbot, vault_dir)
    notice = window.recovered_notice
    assert notice.isVisible()
    assert "recovered in 1 case" in notice.text.text()
    assert [b.text().startswith("Open AZ-2026-002") for b in notice.buttons] == [True]
    notice.buttons[0].click()
    view = window.case_view
    assert view is not None and view.case is not None
    assert view.case["reference"] == "AZ-2026-002"
    assert view.overview.editors["summary"].widget.toPlainText() == (  # type: ignore[attr-defined]
        "Recovered words typed before a crash."
    )
    assert view.recovered.isVisible() and "was recovered" in view.recovered.text.text()
    assert view.dirty
    # In Russian the notice follows the language switch.
    i18n.install("ru")
    qtbot.wait(50)
    try:
        assert "recovered" not in view.recovered.text.text()
    finally:
        i18n.install("en")
    # Saving keeps the recovered text and clears the notice and the draft.
    assert view.save()
    assert not view.recovered.isVisible()
    assert window.vault is not None
    assert window.vault.draft(window.vault.case_uuid("AZ-2026-002")) is None
    stored = window.vault.get_case("AZ-2026-002")
    assert stored["summary"] == "Recovered words typed before a crash."
    window.close()


def test_no_notice_without_drafts(qtbot: QtBot, vault_dir: Path) -> None:
    window = unlocked_window(qtbot, vault_dir)
    assert not window.recovered_notice.isVisible()
    window.open_case("AZ-2026-001")
    assert window.case_view is not None and not window.case_view.recovered.isVisible()
    window.close()


def test_a_never_stored_case_is_recovered_from_its_draft(qtbot: QtBot, vault_dir: Path) -> None:
    i18n.install("en")
    begun = {
        "id": "9b7e1f0e-5d7a-4c55-9f0e-1d2c3b4a5f60",
        "reference": "NEW-2026-042",
        "title": "Testimony begun, then the laptop lost power",
        "status": "draft",
        "summary": "Half a testimony.",
    }
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.save_draft(begun)
    window = unlocked_window(qtbot, vault_dir)
    notice = window.recovered_notice
    assert notice.isVisible() and notice.buttons[0].text().startswith("Open NEW-2026-042")
    notice.buttons[0].click()
    view = window.case_view
    assert view is not None and view.case is not None and view.case["id"] == begun["id"]
    assert view.recovered.isVisible() and view.dirty
    assert view.save(), view.status.text()
    assert window.vault is not None
    assert window.vault.get_case("NEW-2026-042")["summary"] == "Half a testimony."
    assert window.vault.drafts() == []
    window.close()
