"""Keyboard and navigation: search hits open the record they matched, Ctrl+F focuses search,
mnemonics never clash, every part of a case is reachable without scrolling tabs, and words that
come with a case (search hits, sealed versions, custody actions) follow the language."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import unlock, unlocked_window
from ui import i18n
from ui.app import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.install("en")


LAPTOP = (1366, 768)  # the size these tests open the window at, unless one is given


def test_search_hit_opens_the_record_it_matched(qtbot: QtBot, vault_dir: Path) -> None:
    window = unlocked_window(qtbot, vault_dir, LAPTOP)
    assert window.case_list is not None and window.case_view is not None
    window.case_list.search.setText("quliyeva")
    window.case_list.run_search()
    results = window.case_list.results
    hits = window.case_list.hits
    row = next(i for i, h in enumerate(hits) if h.record_type == "persons")
    item = results.topLevelItem(row)
    assert item is not None
    # The record is named in words, never by an internal id such as "persons p4".
    assert item.text(1) == "Persons" and "p4" not in item.text(1)
    results.itemActivated.emit(item, 0)
    view = window.case_view
    assert view.case is not None and view.case["reference"] == hits[row].case_reference
    persons = view.editors["persons"]
    assert view.tabs.currentWidget() is persons
    shown = persons.records[persons.list.currentRow()]
    assert shown["id"] == hits[row].record_id and "Quliyeva" in shown["name"]
    # A hit in an interview opens the interview.
    window.case_list.search.setText("küçədə")
    window.case_list.run_search()
    hits = window.case_list.hits
    row = next(i for i, h in enumerate(hits) if h.record_type == "interviews")
    window.case_list.results.itemActivated.emit(window.case_list.results.topLevelItem(row), 0)
    interviews = view.editors["interviews"]
    assert view.tabs.currentWidget() is interviews
    assert interviews.records[interviews.list.currentRow()]["id"] == hits[row].record_id
    # In Russian the record kind is named in Russian.
    i18n.install("ru")
    qtbot.wait(50)  # LanguageChange arrives through the event loop
    assert window.case_list.results.topLevelItem(row).text(1) != "Interviews"  # type: ignore[union-attr]
    window.close()


def test_ctrl_f_focuses_the_search(qtbot: QtBot, vault_dir: Path) -> None:
    window = unlocked_window(qtbot, vault_dir, LAPTOP)
    assert window.case_list is not None and window.case_view is not None
    window.open_case("AZ-2026-001")
    window.activateWindow()
    summary = window.case_view.overview.editors["summary"].widget
    summary.setFocus()
    QTest.keyClick(summary, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.case_list.search
    window.close()


def _mnemonics(window: MainWindow) -> Counter[str]:
    """Alt+letter keys reachable at once: menu bar titles and visible buttons and labels."""
    found: Counter[str] = Counter()
    for action in window.menuBar().actions():
        found.update(m.lower() for m in MNEMONIC.findall(action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found.update(m.lower() for m in MNEMONIC.findall(widget.text()))
    return found


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_mnemonics_do_not_clash(qtbot: QtBot, vault_dir: Path, language: str) -> None:
    window = unlocked_window(qtbot, vault_dir, LAPTOP)
    window.open_case("AZ-2026-001")
    i18n.install(language)
    qtbot.wait(50)
    try:
        found = _mnemonics(window)
        assert found, "no mnemonics found: the check would pass on anything"
        clashes = {key: n for key, n in found.items() if n > 1}
        assert clashes == {}, f"{language}: Alt+{clashes} reach more than one control"
    finally:
        i18n.install("en")
        window.close()


@pytest.mark.parametrize("size", [(1024, 600), LAPTOP])
def test_every_part_of_a_case_is_visible(
    qtbot: QtBot, vault_dir: Path, size: tuple[int, int]
) -> None:
    window = unlocked_window(qtbot, vault_dir, size)
    assert window.case_view is not None
    window.open_case("AZ-2026-001")
    view = window.case_view
    nav = view.tabs.nav
    assert view.tabs.count() == 9
    for row in range(view.tabs.count()):
        rect = nav.visualRect(nav.model().index(row, 0))
        # Every section's name is inside the list's visible area, whole, without scrolling.
        assert nav.viewport().rect().contains(rect), f"{nav.item(row).text()} is cut off"
        # Whole: every word fits the width, and the lines it wraps to fit the height.
        metrics = nav.fontMetrics()
        text = nav.item(row).text()
        assert max(metrics.horizontalAdvance(w) for w in text.split()) <= rect.width(), text
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(0, 0, rect.width(), 10_000, flags, text)
        assert needed.height() <= rect.height(), text
    view.tabs.setCurrentIndex(8)
    assert view.tabs.currentWidget() is view.history and view.history.isVisible()
    window.close()


def test_history_follows_the_language(qtbot: QtBot, vault_dir: Path) -> None:
    window = unlocked_window(qtbot, vault_dir, LAPTOP)
    assert window.case_view is not None
    window.open_case("AZ-2026-001")
    view = window.case_view
    with qtbot.waitSignal(view.sealed, timeout=10_000):  # sealing runs off the GUI thread
        view.seal()
    history = view.history
    history.versions.selectRow(0)
    english_text = history.version_text.toPlainText()
    assert "Persons" in english_text and "p1" not in english_text
    action = history.log.item(0, 2)
    assert action is not None
    english_action = action.text()
    i18n.install("ru")
    qtbot.wait(50)  # LanguageChange arrives through the event loop
    try:
        assert history.log.item(0, 2).text() != english_action  # type: ignore[union-attr]
        records = [history.log.item(r, 3).text() for r in range(history.log.rowCount())]  # type: ignore[union-attr]
        assert records and not any(t == "case" or t.startswith("evidence ") for t in records)
        history.versions.selectRow(0)
        russian_text = history.version_text.toPlainText()
        assert "Persons" not in russian_text and "Лица" in russian_text
        assert "Заявитель" in russian_text  # vocabulary labels in the language too
    finally:
        i18n.install("en")
    window.close()


def test_testimony_flow_opens_from_the_case_list_and_the_menu(
    qtbot: QtBot, vault_dir: Path
) -> None:
    window = unlocked_window(qtbot, vault_dir, LAPTOP)
    assert window.case_list is not None and window.case_view is not None
    window.case_list.testimony_button.click()
    dialog = window.testimony_dialog
    assert dialog is not None
    assert dialog.isVisible() and dialog.case_page.reference() is None  # a new case
    dialog.reject()
    window.open_case("AZ-2026-002")
    window.testimony_action.trigger()
    assert window.testimony_dialog is not None and window.testimony_dialog is not dialog
    assert window.testimony_dialog.isVisible()
    assert window.testimony_dialog.case_page.reference() == "AZ-2026-002"  # the open case
    window.testimony_dialog.reject()
    window.close()


def test_locking_keeps_a_testimony_being_typed(qtbot: QtBot, vault_dir: Path) -> None:
    window = unlocked_window(qtbot, vault_dir, LAPTOP)
    window.open_case("AZ-2026-002")
    window.testimony_action.trigger()
    dialog = window.testimony_dialog
    assert dialog is not None
    dialog.next()  # into the open case; to the person
    dialog.person_page.name.setText("Fərid Fictional")
    window.lock()  # auto-lock or Ctrl+L while the dialog is open
    assert not dialog.isVisible()
    unlock(qtbot, window)
    assert window.recovered_notice.isVisible()
    window.recovered_notice.buttons[0].click()
    assert window.case_view is not None and window.case_view.case is not None
    names = [p.get("name") for p in window.case_view.case.get("persons", [])]
    assert "Fərid Fictional" in names
    window.close()


def test_the_window_starts_within_the_screen(qtbot: QtBot, vault_dir: Path) -> None:
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert window.width() <= screen.width() and window.height() <= screen.height()


def test_an_export_dialog_left_open_survives_a_lock_and_a_language_switch(
    qtbot: QtBot, vault_dir: Path
) -> None:
    from ui.dossier_dialogs import ExportDialog

    window = unlocked_window(qtbot, vault_dir, LAPTOP)
    assert window.vault is not None
    dialog = ExportDialog(window.vault, "AZ-2026-001", window)
    qtbot.addWidget(dialog)
    window.lock()
    i18n.install("ru")  # pytest-qt fails the test on an exception inside changeEvent
    qtbot.wait(50)
    i18n.install("en")
    qtbot.wait(50)
    window.close()
