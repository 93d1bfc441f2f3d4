"""The desktop window, offscreen: unlock off the GUI thread, then the case list."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE
from ui.app import MainWindow


def test_unlock_wrong_then_right(qtbot: QtBot, vault_dir: Path) -> None:
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentIndex() == 0

    window.passphrase.setText("definitely not it")
    window.unlock_button.click()
    qtbot.waitUntil(lambda: "Wrong passphrase" in window.status.text(), timeout=10_000)
    assert window.unlock_button.isEnabled() and window.passphrase.text() == ""

    window.passphrase.setText(PASSPHRASE)
    window.unlock_button.click()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == 1, timeout=10_000)
    assert window.cases.rowCount() == 3
    first = window.cases.item(0, 0)
    assert first is not None and first.text() == "AZ-2026-001"
    window.close()
    assert window.vault is None


def test_no_vault_says_how_to_make_one(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "none")
    qtbot.addWidget(window)
    assert "fieldmon init" in window.status.text()
    assert not window.unlock_button.isEnabled()


def test_widgets_are_named_for_accessibility(qtbot: QtBot, vault_dir: Path) -> None:
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    for widget in (window.passphrase, window.unlock_button, window.cases):
        assert widget.objectName() and widget.accessibleName()
