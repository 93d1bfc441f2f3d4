"""Person mentions in the desktop app (issue 13, item 2), and the consent screen's note on
transmission to the State (item 1). Real vault, real case view, offscreen. Names are fictional
(the sample cases' own)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QCheckBox, QLabel, QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlocked_window
from ui import i18n
from ui.forms import FieldEditor
from ui.testimony import ConsentPage

REF = "AZ-2026-001"
NARRATIVE = (
    "Я видела, как Сабину Кулиеву и блогера затолкали в серую машину. "
    "Сабину Кулиеву отпустили вечером."
)
NOTE = (
    "Every recipient passes the dossier to the State concerned: the Court communicates"
    " applications to the Government, and UN mandates transmit communications to it. For un-srt"
    " and wgad, record the person's consent to that transmission."
)


@pytest.fixture(autouse=True)
def english() -> Any:
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def folder(vault: Vault) -> Path:
    case = vault.get_case(REF)
    case["interviews"][1]["narrative"] = NARRATIVE
    vault.store_cases([case])
    vault.close()
    return vault.path


def _select(widget: QPlainTextEdit, start: int, end: int) -> None:
    cursor = widget.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    widget.setTextCursor(cursor)


def _person_action(editor: FieldEditor, person: str) -> Any:
    menu = editor.mention_menu()
    mark = menu.findChild(QMenu, "markMentionMenu")
    assert mark is not None and mark.menuAction().isEnabled()
    return next(a for a in mark.actions() if a.objectName() == f"mentionPerson_{person}")


def _stored(folder: Path) -> dict[str, Any]:
    vault = Vault.open(folder, PASSPHRASE)
    try:
        return vault.get_case(REF)
    finally:
        vault.close()


def test_selected_words_are_marked_as_a_mention_shown_and_saved(qtbot: QtBot, folder: Path) -> None:
    window = unlocked_window(qtbot, folder)
    window.open_case(REF)
    view = window.case_view
    assert view is not None and view.case is not None
    interviews = view.editors["interviews"]
    view.tabs.setCurrentWidget(interviews)
    assert interviews.select_id("i2")
    editor = interviews.form.editors["narrative"]
    widget = editor.widget
    assert isinstance(widget, QPlainTextEdit) and widget.toPlainText() == NARRATIVE

    # Nothing selected: the action is there but cannot be used.
    menu = editor.mention_menu()
    mark = menu.findChild(QMenu, "markMentionMenu")
    assert mark is not None and mark.title() == "Mark as a mention of…"
    assert not mark.menuAction().isEnabled()
    # The persons of the case, by name, id and roles.
    labels = [a.text() for a in mark.actions()]
    assert "Səbinə Quliyeva (p4) — Witness" in labels
    assert any(label.startswith("Rəşad Əliyev (p1) — ") for label in labels)

    # Part of a word is refused, under the field; nothing is marked.
    start = NARRATIVE.index("Сабину Кулиеву")
    _select(widget, start, start + 3)
    _person_action(editor, "p4").trigger()
    assert "cuts a word" in editor.error.text() and not editor.error.isHidden()
    assert "mentions" not in view.case

    _select(widget, start, start + len("Сабину Кулиеву"))
    _person_action(editor, "p4").trigger()
    assert view.case["mentions"] == [
        {
            "field": "interviews/i2/narrative",
            "start": start,
            "end": start + 14,
            "text": "Сабину Кулиеву",
            "person": "p4",
        }
    ]
    assert view.dirty
    # Both occurrences are underlined (the dossier renders both), and hovering names her.
    assert len(widget.extraSelections()) == 2
    second = NARRATIVE.rindex("Сабину")
    assert editor.mention_at(second + 2) == "Names Səbinə Quliyeva"
    assert editor.mention_at(0) is None

    assert view.save()
    assert _stored_mentions(window) == view.case["mentions"]

    # The words edited away: the mention is flagged by the field, never silently dropped.
    widget.setPlainText("Я видела, как женщину и блогера затолкали в серую машину.")
    warning = editor.mentions_warning
    assert not warning.isHidden()
    assert "“Сабину Кулиеву” was marked as naming Səbinə Quliyeva" in warning.text()
    assert widget.extraSelections() == []
    assert view.save()
    assert _stored_mentions(window) == view.case["mentions"]  # still there
    # ... until removed on purpose.
    remove = next(a for a in editor.mention_menu().actions() if a.objectName() == "removeMention")
    remove.trigger()
    assert "mentions" not in view.case and warning.isHidden()
    assert view.save()
    assert _stored_mentions(window) == []


def _stored_mentions(window: Any) -> list[dict[str, Any]]:
    return list(window.vault.get_case(REF).get("mentions") or [])


def test_an_event_description_gets_its_path(qtbot: QtBot, folder: Path) -> None:
    window = unlocked_window(qtbot, folder)
    window.open_case(REF)
    view = window.case_view
    assert view is not None and view.case is not None
    view.tabs.setCurrentWidget(view.events_page)
    editor = view.events_page.event_form.editors["description"]
    widget = editor.widget
    assert isinstance(widget, QPlainTextEdit)
    widget.setPlainText("Four men pushed Rəşad Əliyev into a grey car.")
    start = widget.toPlainText().index("Rəşad")
    _select(widget, start, start + len("Rəşad Əliyev"))
    _person_action(editor, "p1").trigger()
    assert view.save()
    stored = _stored(_close(window))
    event = stored["events"][0]
    assert stored["mentions"] == [
        {
            "field": f"events/{event['id']}/description",
            "start": start,
            "end": start + 12,
            "text": "Rəşad Əliyev",
            "person": "p1",
        }
    ]
    assert event["description"] == "Four men pushed Rəşad Əliyev into a grey car."


def _close(window: Any) -> Path:
    path: Path = window.vault.path
    window.lock()
    return path


def test_the_consent_screen_says_the_state_receives_the_dossier(qtbot: QtBot, folder: Path) -> None:
    window = unlocked_window(qtbot, folder)
    window.open_case(REF)
    view = window.case_view
    assert view is not None
    consents = view.editors["consents"]
    view.tabs.setCurrentWidget(consents)
    qtbot.waitUntil(consents.isVisible)
    note = consents.findChild(QLabel, "consentTransmissionNote")
    assert note is not None and note.isVisible() and note.text() == NOTE
    consents.add()
    transmission = consents.form.editors["transmission"]
    assert isinstance(transmission.widget, QCheckBox) and transmission.widget.isVisible()
    label = consents.form.labels["transmission"]
    assert label.text() == "Agrees to transmission to the State (UN)" and label.isVisible()

    page = ConsentPage("A. Monitor")
    qtbot.addWidget(page)
    page.show()
    assert page.transmission_note.isVisible() and page.transmission_note.text().startswith(NOTE)


def test_offsets_are_characters_where_qt_counts_utf16_units(qtbot: QtBot) -> None:
    """An emoji or a Deseret letter before the name takes two positions in Qt and one character
    in the stored text: the mention must still point at the name."""
    from fieldmon.vault.model import CASE
    from ui.forms import RecordForm

    summary = "🙂 𐐀 Kamran Şirinov was held; 🙂 Kamran Şirinov was released."
    case: dict[str, Any] = {
        "reference": "T-1",
        "title": "t",
        "summary": summary,
        "persons": [{"id": "p1", "name": "Kamran Şirinov", "roles": ["victim"]}],
    }
    form = RecordForm(CASE, lambda name: [])
    qtbot.addWidget(form)
    form.load(case)
    editor = form.editors["summary"]
    widget = editor.widget
    assert isinstance(widget, QPlainTextEdit)
    at = widget.toPlainText().index("Kamran")  # Python index ...
    _select(widget, at + 2, at + 2 + 14)  # ... and Qt's, after two surrogate pairs
    assert widget.textCursor().selectedText() == "Kamran Şirinov"
    assert editor.mark_mention("p1")
    mention = case["mentions"][0]
    assert (mention["start"], mention["end"], mention["text"]) == (at, at + 14, "Kamran Şirinov")
    # Both occurrences underlined at Qt's positions: the second after three surrogate pairs.
    second = summary.rindex("Kamran") + 3
    assert [
        (s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in widget.extraSelections()
    ] == [
        (at + 2, at + 16),
        (second, second + 14),
    ]
    assert editor.mention_at(second) == "Names Kamran Şirinov"
