"""Typing survives anything: drafts are written on a fixed interval while text changes, a kill
in the middle of continuous typing loses at most two seconds, and on reopening the window says
plainly that unsaved work was recovered and where it is."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE
from ui import i18n
from ui.app import MainWindow
from ui.case_view import DRAFT_INTERVAL_MS

# Types one character every 25 ms into the case summary, never pausing, and says after each
# keystroke how many characters are in the field.
TYPING_SCRIPT = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from ui.app import MainWindow
    app = QApplication([])
    window = MainWindow(Path(sys.argv[1]))
    window.show()
    window.unlock_page.passphrase.setText(sys.stdin.readline().rstrip("\\n"))
    window.unlock_page.unlock()
    while window.vault is None:
        app.processEvents(); time.sleep(0.02)
    window.open_case("AZ-2026-003")
    summary = window.case_view.overview.editors["summary"].widget
    summary.setFocus()
    summary.selectAll()
    QTest.keyClick(summary, Qt.Key.Key_Delete)
    text = sys.argv[2]
    print("ready", flush=True)
    for i, ch in enumerate(text):
        QTest.keyClicks(summary, ch)
        app.processEvents()
        print(i + 1, flush=True)
        time.sleep(0.025)
    print("done", flush=True)
    time.sleep(60)
""")

TEXT = ("Continuous typing without a pause, as a monitor takes down a long account. " * 8)[:500]


def test_continuous_typing_survives_a_kill(vault_dir: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", TYPING_SCRIPT, str(vault_dir), TEXT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "ready"
    typed: list[tuple[float, int]] = []  # when each count was seen, by the parent's clock
    started = time.monotonic()
    while time.monotonic() - started < 4.5:
        line = child.stdout.readline().strip()
        assert line.isdigit(), f"the typing process stopped: {line!r}"
        typed.append((time.monotonic(), int(line)))
    child.send_signal(signal.SIGKILL)
    killed_at = time.monotonic()
    child.wait(timeout=10)
    # Everything typed up to two seconds before the kill must be in the draft.
    owed = max((n for at, n in typed if at <= killed_at - 2.0), default=0)
    assert owed > 40, "the typing process was too slow to test anything"
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        draft = vault.draft(vault.case_uuid("AZ-2026-003"))
        assert draft is not None
        kept = draft[0].get("summary", "")
        assert TEXT.startswith(kept), "the draft is not what was typed"
        assert len(kept) >= owed, f"lost {owed - len(kept)} characters typed 2 s before the kill"
        # The stored case is untouched until the monitor saves.
        assert vault.get_case("AZ-2026-003")["summary"].startswith("A witness")
    assert DRAFT_INTERVAL_MS <= 1000


def unlock(qtbot: QtBot, window: MainWindow) -> None:
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20_000)


def test_reopening_says_where_recovered_work_is(qtbot: QtBot, vault_dir: Path) -> None:
    i18n.install("en")
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        case = vault.get_case("AZ-2026-002")
        case["summary"] = "Recovered words typed before a crash."
        vault.save_draft(case)
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
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
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
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
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
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
