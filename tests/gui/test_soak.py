"""A monitor's long session, compressed: 20,000 characters typed into a narrative and 2,000
changes of choices, check boxes and lists across every part of a case, in the real window over
a real vault, with no crash and nothing typed lost. A binding that leaks references in signal
delivery (PySide6 6.12.0) aborts here.

Slow (minutes), so only with FIELDMON_GUI_SOAK=1:
``FIELDMON_GUI_SOAK=1 QT_QPA_PLATFORM=offscreen .venv/bin/pytest -q tests/gui/test_soak.py``
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QComboBox, QListWidget, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import unlocked_window
from ui import i18n
from ui.sections import SectionTabs

pytestmark = pytest.mark.skipif(
    os.environ.get("FIELDMON_GUI_SOAK") != "1", reason="a long GUI soak: FIELDMON_GUI_SOAK=1"
)

CHARACTERS = 20_000
CHANGES = 2_000
CHUNK = 100
CASE = "AZ-2026-001"
# Azerbaijani, Russian and English, as a monitor's notes mix them.
TEXT = "Rəşad Əliyev: şəhər, ağrı, çəkic. Допрос ночью, 3 часа. Held 48 h without a lawyer. "


def typed_text() -> str:
    text = (TEXT * (CHARACTERS // len(TEXT) + 1))[:CHARACTERS]
    assert len(text) == CHARACTERS
    return text


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as key events: QTest.keyClicks for ASCII runs (it knows no other keys), and
    a key event carrying the character for each letter like ə, ş or д."""
    run = ""
    for character in text + "\0":
        if character.isascii() and character != "\0":
            run += character
            continue
        if run:
            QTest.keyClicks(widget, run)
            run = ""
        if character != "\0":
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                character,
                Qt.KeyboardModifier.NoModifier,
            )


def change(widget: QWidget, step: int) -> bool:
    """Make one change a person could make; False if this widget offers none."""
    if isinstance(widget, QComboBox):
        if widget.count() < 2:
            return False
        widget.setCurrentIndex((widget.currentIndex() + 1) % widget.count())
    elif isinstance(widget, QCheckBox):
        widget.click()
    elif isinstance(widget, QListWidget):
        if widget.count() == 0:
            return False
        item = widget.item(step % widget.count())
        if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        else:
            widget.setCurrentRow(step % widget.count())
    else:
        return False
    return True


def page(tabs: SectionTabs, index: int) -> QWidget:
    widget = tabs.widget(index)
    assert widget is not None
    return widget


def test_a_long_session_of_typing_and_choosing(qtbot: QtBot, vault_dir: Path) -> None:
    i18n.install("en")
    window = unlocked_window(qtbot, vault_dir)
    window.open_case(CASE)
    view = window.case_view
    assert view is not None
    tabs = view.tabs
    narrative = page(tabs, 0).findChildren(QPlainTextEdit)[0]
    before = narrative.toPlainText()
    text = typed_text()
    chunks = [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)]
    changes_per_chunk = -(-CHANGES // len(chunks))
    made = 0
    touched_tabs: set[int] = set()
    step = 0
    for chunk in chunks:
        tabs.setCurrentIndex(0)
        narrative.setFocus()
        narrative.moveCursor(QTextCursor.MoveOperation.End)
        type_text(narrative, chunk)
        target = made + changes_per_chunk
        while made < min(target, CHANGES):
            tab = step % tabs.count()
            step += 1
            tabs.setCurrentIndex(tab)
            widgets = [
                w
                for kind in (QComboBox, QCheckBox, QListWidget)
                for w in page(tabs, tab).findChildren(kind)
                if w.isEnabled()
            ]
            if not widgets:
                continue
            if change(widgets[(step // tabs.count()) % len(widgets)], step):
                made += 1
                touched_tabs.add(tab)
        qtbot.wait(1)  # let timers (drafts, validation) run between bursts, as in real use
    assert made == CHANGES
    pages_with_choices = {
        i
        for i in range(tabs.count())
        if any(page(tabs, i).findChildren(kind) for kind in (QComboBox, QCheckBox, QListWidget))
    }
    assert touched_tabs == pages_with_choices and len(touched_tabs) >= 5
    assert narrative.toPlainText() == before + text
    view.save_draft()
    vault = window.vault
    assert vault is not None
    draft = vault.draft(vault.case_uuid(CASE))
    assert draft is not None and text in str(draft[0])
    window.close()
