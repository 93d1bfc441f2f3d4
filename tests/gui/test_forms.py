"""Forms that speak plainly: countries and languages by name, dates as people write them, no
ids, every problem by its field, and removal that can be undone and leaves no dangling link."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from fieldmon.resources import sample_cases_path, vocabulary
from fieldmon.vault.model import CASE, EVENTS, PERSONS, RECORD_TYPES
from fieldmon.vault.store import InvalidCase
from fieldmon.vault.validate import case_problems
from tests.gui.conftest import unlocked_window
from ui import i18n
from ui.forms import FieldEditor, RecordForm, RecordListEditor, reference_choices
from ui.pickers import CodeListPicker, SearchableCombo
from ui.problems import show_problems


@pytest.fixture(autouse=True)
def english() -> Any:
    i18n.install("en")
    yield
    i18n.install("en")


def _sample(reference: str = "AZ-2026-001") -> dict[str, Any]:
    document = json.loads(sample_cases_path().read_text(encoding="utf-8"))
    return copy.deepcopy(next(c for c in document["cases"] if c["reference"] == reference))


def _switch(qtbot: QtBot, language: str) -> None:
    i18n.install(language)
    qtbot.wait(50)  # LanguageChange arrives through the event loop


def test_country_and_language_pickers_name_codes_in_the_interface_language(
    qtbot: QtBot,
) -> None:
    case: dict[str, Any] = {"respondent_state": "AZ", "language": "ru"}
    form = RecordForm(CASE, lambda name: [])
    qtbot.addWidget(form)
    form.show()
    form.load(case)
    state = form.editors["respondent_state"].widget
    language = form.editors["language"].widget
    assert isinstance(state, SearchableCombo) and isinstance(language, SearchableCombo)
    assert "id" not in form.editors
    assert (state.currentText(), language.currentText()) == ("Azerbaijan", "Russian")
    assert state.itemText(0) == "—" and state.count() > 200
    _switch(qtbot, "ru")
    assert (state.currentText(), language.currentText()) == ("Азербайджан", "Русский")
    _switch(qtbot, "az")
    assert (state.currentText(), language.currentText()) == ("Azərbaycan", "Rus")
    assert case == {"respondent_state": "AZ", "language": "ru"}  # relabelled, not changed

    # Found by any part of the name, any case; the code is stored.
    completer = state.completer()
    assert completer is not None
    completer.setCompletionPrefix("ürcü")
    matches = [
        completer.completionModel().index(r, 0).data() for r in range(completer.completionCount())
    ]
    assert matches == ["Gürcüstan"]
    line = state.lineEdit()
    assert line is not None
    line.setText("gürcüstan")
    state.settle()
    assert case["respondent_state"] == "GE" and state.currentText() == "Gürcüstan"
    line.setText("Narnia")
    state.settle()
    assert case["respondent_state"] == "GE" and state.currentText() == "Gürcüstan"
    line.setText("")
    state.settle()
    assert "respondent_state" not in case
    line.setText("en")  # a code typed as such is accepted too
    language.lineEdit().setText("en")  # type: ignore[union-attr]
    language.settle()
    assert case["language"] == "en" and language.currentText() == "İngilis"


def test_nationalities_are_chosen_by_name_and_stored_as_codes(qtbot: QtBot) -> None:
    person: dict[str, Any] = {"id": "p1", "name": "Rəşad Əliyev", "nationality": ["AZ"]}
    form = RecordForm(PERSONS, lambda name: [])
    qtbot.addWidget(form)
    form.show()
    form.load(person)
    picker = form.editors["nationality"].widget
    assert isinstance(picker, CodeListPicker)
    assert [picker.chosen.item(i).text() for i in range(picker.chosen.count())] == ["Azerbaijan"]
    adder_line = picker.adder.lineEdit()
    assert adder_line is not None
    QTest.keyClicks(adder_line, "Georgia")
    QTest.keyClick(adder_line, Qt.Key.Key_Return)
    assert person["nationality"] == ["AZ", "GE"]
    _switch(qtbot, "ru")
    assert [picker.chosen.item(i).text() for i in range(2)] == ["Азербайджан", "Грузия"]
    picker.chosen.setCurrentRow(0)
    picker.remove_button.click()
    assert person["nationality"] == ["GE"]
    picker.chosen.setCurrentRow(0)
    picker.remove_button.click()
    assert "nationality" not in person


def test_typed_dates_are_stored_in_iso_form_with_their_precision(qtbot: QtBot) -> None:
    event: dict[str, Any] = {"id": "e1", "title": "Arrest"}
    form = RecordForm(EVENTS, lambda name: [])
    qtbot.addWidget(form)
    form.show()
    form.load(event)
    start = form.editors["start"]
    line = start.widget
    assert isinstance(line, QLineEdit)
    QTest.keyClicks(line, "9 January 2026")
    assert event["start"] == "2026-01-09"  # stored as soon as it reads as a date
    assert start.hint.text() == "9 January 2026, exact day"
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "2026-01-09"
    assert event["date_precision"] == "day"
    assert form.editors["date_precision"].widget.currentData() == "day"  # type: ignore[attr-defined]

    for typed, iso, precision in [
        ("03.2026", "2026-03", "unknown_day_known_month"),
        ("12.03.2026 08:05", "2026-03-12T08:05", "minute"),
        ("2025", "2025", "year"),
    ]:
        line.clear()
        QTest.keyClicks(line, typed)
        QTest.keyClick(line, Qt.Key.Key_Return)
        assert (line.text(), event["start"], event["date_precision"]) == (iso, iso, precision)
    assert start.hint.text() == "2025, year only"
    assert not start.error.isVisibleTo(form)

    # An impossible date is kept as typed, and said to be wrong in plain words.
    line.clear()
    QTest.keyClicks(line, "30.02.2026")
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert event["start"] == "30.02.2026" and event["date_precision"] == "year"
    assert start.error.text() == (
        "Start: 30.02.2026 is not a real calendar date (February 2026 has 28 days)."
    )
    line.clear()
    QTest.keyClicks(line, "soon")
    assert "use a date such as 09.01.1990" in start.error.text()

    # Picked on the calendar: an exact day.
    assert start.date_button is not None
    start.date_button.click()
    calendar = start.date_button.calendar
    assert calendar is not None and calendar.isVisible()
    calendar.clicked.emit(QDate(2026, 3, 12))
    assert not calendar.isVisible()
    assert (line.text(), event["start"], event["date_precision"]) == (
        "2026-03-12",
        "2026-03-12",
        "day",
    )

    # Loading a record says nothing about precision and changes nothing.
    stored = {"id": "e2", "title": "Hearing", "start": "2026-01-10T09:30", "date_precision": "day"}
    form.load(stored)
    assert stored["date_precision"] == "day"
    assert start.hint.text() == "10 January 2026, 09:30, exact to the minute"
    _switch(qtbot, "ru")
    assert start.hint.text() == "10 января 2026, 09:30, с точностью до минуты"


def test_ids_are_hidden_and_generated_and_records_named_as_people_know_them(
    qtbot: QtBot,
) -> None:
    case = _sample()
    choices = lambda name: reference_choices(case, name)  # noqa: E731
    persons = RecordListEditor(RECORD_TYPES["persons"], choices)
    events = RecordListEditor(RECORD_TYPES["events"], choices)
    consents = RecordListEditor(RECORD_TYPES["consents"], choices)
    for editor in (persons, events, consents):
        qtbot.addWidget(editor)
        editor.load(case)
        assert "id" not in editor.form.editors
        assert editor.findChild(QLineEdit, "field_id") is None
    titles = [persons.list.item(i).text() for i in range(persons.list.count())]
    assert titles == ["Rəşad Əliyev", "Günel Hüseynova", "Unknown officer A", "Səbinə Quliyeva"]
    acts = events.child_editors["acts"]
    assert acts.list.item(0).text() == "Arrest — Rəşad Əliyev — 09.01.2026 14:20"
    victim = acts.form.editors["victim"].widget
    assert [victim.itemText(i) for i in range(victim.count())][:2] == ["—", "Rəşad Əliyev"]  # type: ignore[attr-defined]
    echr = vocabulary("recipients").label("echr", "en")
    assert consents.list.item(0).text() == f"Rəşad Əliyev — {echr}"
    assert all("p1" not in consents.list.item(i).text() for i in range(consents.list.count()))

    persons.add()
    assert case["persons"][-1] == {"id": "p5"}
    assert persons.list.item(4).text() == "(new, not filled in yet)"
    acts.add()  # act ids run across every event of the case
    assert case["events"][0]["acts"][-1]["id"] == "a4"
    consents.add()
    assert "id" not in case["consents"][-1]  # consents have no id

    i18n.install("ru")
    qtbot.wait(50)
    consents.load(case)
    assert consents.list.item(0).text() == "Rəşad Əliyev — " + vocabulary("recipients").label(
        "echr", "ru"
    )


def test_all_problems_are_shown_at_once_next_to_their_fields(qtbot: QtBot, vault_dir: Path) -> None:
    window = unlocked_window(qtbot, vault_dir)
    window.open_case("AZ-2026-001")
    view = window.case_view
    assert view is not None and view.case is not None
    case = view.case
    case["respondent_state"] = "Azerbaijan"
    case["persons"][0]["birth_date"] = "Mar 91"
    case["events"][1]["start"] = "2026-02-30"
    case["events"][0]["acts"][0].pop("victim")
    view.load(case)
    with pytest.raises(InvalidCase):
        window.vault.store_cases([case])  # type: ignore[union-attr]

    summary = show_problems(view, case_problems(case))
    assert summary.startswith("4 problems: ")
    assert "Persons › Rəşad Əliyev: Date of birth: use a date such as 09.01.1990" in summary
    assert "Overview: Respondent State: choose the country from the list;" in summary
    assert ".;" not in summary and summary.endswith(".")
    assert "Start: 2026-02-30 is not a real calendar date (February 2026 has 28 days)" in summary
    assert "Victim: choose one of the persons of this case" in summary
    assert "[" not in summary and "^" not in summary and "p1" not in summary

    assert view.overview.editors["respondent_state"].error.text() == (
        "Respondent State: choose the country from the list."
    )
    persons = view.editors["persons"]
    assert persons.form.editors["birth_date"].error.text().startswith("Date of birth: use")
    assert persons.list.item(0).text() == "⚠ Rəşad Əliyev"
    assert persons.list.item(1).text() == "Günel Hüseynova"
    # The events and acts page shows one record at a time: the first of its problems.
    shown = {
        fe.field.key: fe.error.text()
        for fe in view.events_page.findChildren(FieldEditor)
        if fe.error.text()
    }
    assert shown == {"victim": "Victim: choose one of the persons of this case."}
    assert show_problems(view, []) == ""  # cleared
    assert not any(fe.error.text() for fe in view.events_page.findChildren(FieldEditor))
    assert persons.list.item(0).text() == "Rəşad Əliyev"
    window.close()


def _answer_removal(qtbot: QtBot, button: str, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        found = box.findChild(QPushButton, button)
        assert found is not None
        found.click()

    QTimer.singleShot(0, answer)


def test_removing_the_victim_asks_clears_links_saves_and_can_be_undone(
    qtbot: QtBot, vault_dir: Path
) -> None:
    window = unlocked_window(qtbot, vault_dir)
    window.open_case("AZ-2026-001")
    view = window.case_view
    assert view is not None and view.case is not None and window.vault is not None
    before = copy.deepcopy(view.case)
    persons = view.editors["persons"]
    persons.select_id("p1")

    seen: list[str] = []
    _answer_removal(qtbot, "confirmRemoveNo", seen)
    persons.remove()
    assert "Victim in Acts: 3" in seen[0] and "Person in Consents: 2" in seen[0]
    assert "Rəşad Əliyev" in seen[0] and "p1" not in seen[0]
    assert view.case == before  # kept

    _answer_removal(qtbot, "confirmRemoveYes", seen)
    persons.remove()
    assert [p["id"] for p in view.case["persons"]] == ["p2", "p3", "p4"]
    assert not persons.undo_bar.isHidden()
    assert persons.undo_label.text().startswith("Removed “Rəşad Əliyev”.")
    consents = view.editors["consents"]
    view.tabs.setCurrentWidget(consents)
    qtbot.wait(10)
    assert consents.list.count() == len(view.case["consents"]) == 2
    assert view.save(), view.status.text()
    assert [p["id"] for p in window.vault.get_case("AZ-2026-001")["persons"]] == ["p2", "p3", "p4"]

    view.tabs.setCurrentWidget(persons)
    persons.undo_button.click()
    assert view.case == before
    assert persons.list.currentRow() == 0 and persons.list.item(0).text() == "Rəşad Əliyev"
    assert persons.undo_bar.isHidden()
    view.tabs.setCurrentWidget(consents)
    qtbot.wait(10)
    assert consents.list.count() == 4
    assert view.save(), view.status.text()
    assert window.vault.get_case("AZ-2026-001") == before

    # A record nothing names goes without a question, and comes back.
    view.tabs.setCurrentWidget(persons)
    persons.select_id("p2")
    persons.remove()
    assert [p["id"] for p in view.case["persons"]] == ["p1", "p3", "p4"]
    assert persons.undo_label.text() == "Removed “Günel Hüseynova”."
    persons.undo_button.click()
    assert view.case == before

    # Undo lasts while the case is open.
    persons.select_id("p2")
    persons.remove()
    window.open_case("AZ-2026-002")
    assert persons.undo_bar.isHidden() and persons.undo_stack == []
    window.close()


def test_typing_in_a_country_picker_replaces_the_dash_and_says_when_nothing_matches(
    qtbot: QtBot,
) -> None:
    case: dict[str, Any] = {}
    form = RecordForm(CASE, lambda name: [])
    qtbot.addWidget(form)
    form.show()
    form.load(case)
    field = form.editors["respondent_state"]
    state = field.widget
    assert isinstance(state, SearchableCombo)
    line = state.lineEdit()
    assert line is not None
    # "—" is a placeholder: typing replaces it instead of being added to it.
    assert state.currentIndex() == 0 and line.text() == "" and line.placeholderText() == "—"
    state.setFocus()
    QTest.keyClicks(state, "Azer")
    assert line.text() == "Azer"
    state.settle()  # as when the field is left: the one name containing it is chosen
    assert case["respondent_state"] == "AZ" and state.currentText() == "Azerbaijan"
    assert not field.error.isVisible()
    # Text that names nothing is said to name nothing, by the field; the choice is kept.
    line.setText("Narnia")
    state.settle()
    assert case["respondent_state"] == "AZ" and state.currentText() == "Azerbaijan"
    assert field.error.isVisible()
    assert field.error.text() == (
        "Respondent State: no name contains “Narnia”; type part of a name and choose from the list."
    )
    line.setText("stan")
    state.settle()
    assert field.error.text().startswith("Respondent State: several names contain “stan”")
    # Choosing "—" again shows an empty field, and a choice takes the message away.
    state.setCurrentIndex(0)
    assert "respondent_state" not in case and line.text() == ""
    assert not field.error.isVisible()


@pytest.mark.parametrize(
    ("language", "month"), [("en", "february"), ("ru", "февраль"), ("az", "fevral")]
)
def test_the_calendar_names_months_in_the_interface_language_and_stays_on_the_screen(
    qtbot: QtBot, language: str, month: str
) -> None:
    event: dict[str, Any] = {"id": "e1", "start": "2026-02-09"}
    form = RecordForm(EVENTS, lambda name: [])
    qtbot.addWidget(form)
    screen = QApplication.primaryScreen()
    assert screen is not None
    area = screen.availableGeometry()
    form.resize(300, 400)
    # At the bottom right corner of the screen, where a calendar under the button would not fit.
    form.move(area.right() - 300, area.bottom() - 400)
    form.show()
    qtbot.waitExposed(form)
    form.load(event)
    _switch(qtbot, language)
    try:
        start = form.editors["start"]
        assert start.date_button is not None
        start.date_button.click()
        calendar = start.date_button.calendar
        assert calendar is not None and calendar.isVisible()
        assert calendar.selectedDate() == QDate(2026, 2, 9)
        month_button = calendar.findChild(QToolButton, "qt_calendar_monthbutton")
        assert month_button is not None
        assert month_button.text().casefold() == month
        assert area.contains(calendar.frameGeometry()), (area, calendar.frameGeometry())
    finally:
        _switch(qtbot, "en")


def test_an_evidence_record_is_listed_by_its_title_as_it_is_typed(qtbot: QtBot) -> None:
    case: dict[str, Any] = {"reference": "AZ-2026-009", "evidence": []}
    editor = RecordListEditor(RECORD_TYPES["evidence"], lambda name: [])
    qtbot.addWidget(editor)
    editor.show()
    editor.load(case)
    editor.add()
    assert editor.list.item(0).text() == "(new, not filled in yet)"
    title = editor.form.editors["title"].widget
    assert isinstance(title, QLineEdit)
    QTest.keyClicks(title, "Photo")
    assert editor.list.item(0).text() == "Photo"
    QTest.keyClicks(title, " of the wrist")
    assert editor.list.item(0).text() == "Photo of the wrist"
    assert case["evidence"][0]["title"] == "Photo of the wrist"


def test_names_on_one_line_are_separated_by_commas_or_semicolons(qtbot: QtBot) -> None:
    interview: dict[str, Any] = {"id": "i1", "present": ["Anar Məmmədov", "Leyla Quliyeva"]}
    form = RecordForm(RECORD_TYPES["interviews"], lambda name: [])
    qtbot.addWidget(form)
    form.show()
    form.load(interview)
    present = form.editors["present"].widget
    assert isinstance(present, QLineEdit)
    assert present.placeholderText() == "separate with commas"
    assert present.text() == "Anar Məmmədov, Leyla Quliyeva"
    present.setText("Anar Məmmədov, Leyla Quliyeva; Elnur Həsənov")
    assert interview["present"] == ["Anar Məmmədov", "Leyla Quliyeva", "Elnur Həsənov"]
    present.setText("Rəşad Əliyev")  # one name, no separator: one person
    assert interview["present"] == ["Rəşad Əliyev"]
    present.setText(" , ;")
    assert "present" not in interview


def test_only_the_newest_removal_of_a_case_can_be_undone(qtbot: QtBot, vault_dir: Path) -> None:
    """An attacker review removed an interview, then its interviewee, then pressed Undo in
    Interviews: the interview came back naming a person who was gone, and the case could not
    be saved. Undo now stays only where the newest removal was."""
    window = unlocked_window(qtbot, vault_dir)
    window.open_case("AZ-2026-001")
    view = window.case_view
    assert view is not None
    interviews, persons = view.editors["interviews"], view.editors["persons"]
    interviews.list.setCurrentRow(0)
    interviews.remove()  # nothing else names an interview: no question
    assert interviews.undo_stack
    persons.list.setCurrentRow(0)
    seen: list[str] = []
    _answer_removal(qtbot, "confirmRemoveYes", seen)
    persons.remove()
    assert seen and persons.undo_stack
    assert not interviews.undo_stack and not interviews.undo_bar.isVisible()
    persons.undo()
    assert view.save(), view.status.text()
    window.close()


def test_a_narrow_form_puts_labels_above_fields(qtbot: QtBot) -> None:
    """At 1024 pixels the persons form ran off the right edge of its pane."""
    from PySide6.QtWidgets import QFormLayout

    from fieldmon.vault.model import RECORD_TYPES
    from ui.forms import NARROW_FORM, RecordForm

    form = RecordForm(RECORD_TYPES["persons"], lambda name: [])
    qtbot.addWidget(form)
    form.show()
    form.resize(NARROW_FORM - 100, 600)
    qtbot.waitUntil(lambda: form.layout_.rowWrapPolicy() == QFormLayout.RowWrapPolicy.WrapAllRows)
    form.resize(NARROW_FORM + 200, 600)
    qtbot.waitUntil(lambda: form.layout_.rowWrapPolicy() == QFormLayout.RowWrapPolicy.DontWrapRows)


def test_a_field_is_labelled_as_its_record_type_words_it(qtbot: QtBot) -> None:
    """A key shared by two record types is named by the form's type: a medical evaluation's
    restrictions are those on the examination, an interview's its conditions, a judgment's
    "final" the day it became final (a remedy's a yes/no) - in labels, accessible names and
    the date problems shown by the field."""
    forms = {
        name: RecordForm(RECORD_TYPES[name], lambda name: [])
        for name in ("medical", "interviews", "judgments", "remedies")
    }
    for form in forms.values():
        qtbot.addWidget(form)
    assert forms["medical"].labels["restrictions"].text() == "Restrictions on the examination"
    assert forms["interviews"].labels["restrictions"].text() == "Conditions"
    assert forms["judgments"].labels["final"].text() == "Final on"
    assert forms["remedies"].labels["final"].text() == "Final"
    medical = forms["medical"].editors["restrictions"].widget
    assert medical.accessibleName() == "Restrictions on the examination"
    judgment: dict[str, Any] = {"title": "Testova v. Azerbaijan"}
    forms["judgments"].load(judgment)
    final = forms["judgments"].editors["final"]
    assert isinstance(final.widget, QLineEdit)
    final.widget.setText("31.02.2026")
    assert final.error.text().startswith("Final on: 31.02.2026 is not a real calendar date")


def test_free_text_of_the_registry_records_is_edited_on_several_lines(qtbot: QtBot) -> None:
    """Arguments, analyses, risks and measures are paragraphs, not one line; every record type
    having such a key edits it on several lines."""
    from PySide6.QtWidgets import QPlainTextEdit

    long_keys = {
        "argument",
        "analysis",
        "risk",
        "measure",
        "individual_measures",
        "general_measures",
        "recommendations",
        "conditions",
        "opinion",
        "truthfulness",
        "restrictions",
    }
    seen: set[str] = set()
    for record_type in RECORD_TYPES.values():
        keys = [f.key for f in record_type.fields if f.key in long_keys]
        if not keys:
            continue
        form = RecordForm(record_type, lambda name: [])
        qtbot.addWidget(form)
        for key in keys:
            assert isinstance(form.editors[key].widget, QPlainTextEdit), (record_type.name, key)
            seen.add(key)
    assert seen == long_keys
    # A one-line field stays one line.
    judgments = RecordForm(RECORD_TYPES["judgments"], lambda name: [])
    qtbot.addWidget(judgments)
    assert isinstance(judgments.editors["title"].widget, QLineEdit)


@pytest.mark.parametrize(
    ("name", "values", "title"),
    [
        ("interim", {"measure": "Transfer to a civilian hospital\nwithin a day"}, None),
        ("wgad_categories", {"category": "I"}, "no legal basis"),
        ("translations", {"language": "en", "narrative": "I was taken"}, "English"),
        (
            "judgments",
            {"title": "Testova v. Azerbaijan", "application": "99999/24"},
            "Testova v. Azerbaijan — 99999/24",
        ),
    ],
)
def test_a_filled_in_registry_record_is_listed_by_what_it_is(
    qtbot: QtBot, name: str, values: dict[str, str], title: str | None
) -> None:
    """A new Rule 39 request, WGAD category, translation or judgment no longer stays
    "(new, not filled in yet)" in its list once filled in."""
    parent: dict[str, Any] = {"id": "i1"} if name == "translations" else {"reference": "T-1"}
    editor = RecordListEditor(RECORD_TYPES[name], lambda kind: [])
    qtbot.addWidget(editor)
    editor.load(parent)
    editor.add()
    assert editor.list.item(0).text() == "(new, not filled in yet)"
    for key, value in values.items():
        widget = editor.form.editors[key].widget
        if isinstance(widget, SearchableCombo) or not isinstance(widget, QLineEdit):
            editor.form.editors[key].load(value)
            editor.form._changed(editor.form.editors[key].field)
        else:
            widget.setText(value)
    shown = editor.list.item(0).text()
    assert shown != "(new, not filled in yet)"
    if name == "interim":
        assert shown == "Transfer to a civilian hospital"
    else:
        assert title is not None and title in shown


def test_loading_a_case_adds_no_empty_lists_and_adding_creates_the_list(qtbot: QtBot) -> None:
    """Showing a case that has no Rule 39 request (or an interview without translations) in
    the editors left ``interim: []`` and ``translations: []`` in it, which the vault drops:
    the case read back differed from the one shown. Lists are made only when a record is
    added (and removal keeps the list, so that undo puts the record back in it)."""
    case = _sample("AZ-2026-001")
    assert "interim" not in case and all("translations" not in i for i in case["interviews"])
    before = copy.deepcopy(case)
    interim = RecordListEditor(RECORD_TYPES["interim"], lambda kind: [])
    interviews = RecordListEditor(RECORD_TYPES["interviews"], lambda kind: [])
    for editor in (interim, interviews):
        qtbot.addWidget(editor)
        editor.load(case)
        editor.refresh()
    for row in range(interviews.list.count()):
        interviews.list.setCurrentRow(row)
    assert interim.list.count() == 0 and interim.records == []
    assert case == before

    interim.add()
    assert len(case["interim"]) == 1 and case["interim"][0] is interim.records[0]
    translations = interviews.child_editors["translations"]
    interviews.list.setCurrentRow(0)
    translations.add()
    assert len(case["interviews"][0]["translations"]) == 1
    assert "translations" not in case["interviews"][1]

    translations.remove()  # nothing names a translation: no question
    assert case["interviews"][0]["translations"] == []
    translations.undo()
    assert len(case["interviews"][0]["translations"]) == 1
    assert translations.list.count() == 1
