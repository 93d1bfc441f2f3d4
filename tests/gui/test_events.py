"""The events page: events and acts in a list, an act's sections following its type, victims
and perpetrators offered from the right persons, and every field reachable on a small screen."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from fieldmon.vault.ids import records_of
from ui import i18n
from ui.events import ARREST_KEYS, COMMON_KEYS, TORTURE_KEYS, EventsPage, human_date
from ui.forms import FieldEditor


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.install("en")


@pytest.fixture
def case(sample_document: dict[str, Any]) -> dict[str, Any]:
    """AZ-2026-001: a victim (p1), a representative, a police officer (p3), a witness; event
    e1 has an arrest (a1) and torture (a2), event e2 an unfair trial (a3)."""
    cases = {c["reference"]: c for c in sample_document["cases"]}
    return copy.deepcopy(cases["AZ-2026-001"])


def names_of(case: dict[str, Any]) -> dict[str, str]:
    return {p["id"]: p["name"] for p in case["persons"]}


def make_page(qtbot: QtBot, case: dict[str, Any], size: tuple[int, int] = (900, 700)) -> EventsPage:
    def choices(name: str) -> list[tuple[str, str]]:
        # As the case view offers them: every record of the type in the case, id and label.
        return [(r["id"], f"{r['id']}  {r.get('name', '')}") for r in records_of(case, name)]

    page = EventsPage(choices)
    qtbot.addWidget(page)
    page.resize(*size)
    page.load(case)
    page.show()
    qtbot.waitExposed(page)
    return page


def combo_options(editor: FieldEditor) -> list[tuple[Any, str]]:
    combo = editor.widget
    assert isinstance(combo, QComboBox)
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def choose(editor: FieldEditor, code: object) -> None:
    combo = editor.widget
    assert isinstance(combo, QComboBox)
    index = combo.findData(code)
    assert index >= 0, f"{code} not offered"
    combo.setCurrentIndex(index)


def tree_texts(page: EventsPage) -> list[str]:
    texts = []
    for i in range(page.tree.topLevelItemCount()):
        item = page.tree.topLevelItem(i)
        assert item is not None
        texts.append(item.text(0))
        for j in range(item.childCount()):
            child = item.child(j)
            assert child is not None
            texts.append("  " + child.text(0))
    return texts


def test_events_and_acts_are_listed_as_people_read_them(qtbot: QtBot, case: dict[str, Any]) -> None:
    page = make_page(qtbot, case)
    assert tree_texts(page) == [
        "9 Jan 2026, 14:20 — Abduction from the street and detention at a police station",
        "  Arrest — Rəşad Əliyev",
        "  Torture — Rəşad Əliyev",
        "10 Jan 2026 — Court hearing and fine",
        "  Unfair trial — Rəşad Əliyev",
    ]
    assert human_date("2026-01") == "January 2026" and human_date("2026") == "2026"
    assert human_date("2026-02-30") == "2026-02-30"  # not a calendar date: shown as typed
    # The first event is open, on its own full-height page, with no id field in view.
    assert page.stack.currentWidget() is page.event_page
    title = page.event_form.editors["title"].widget
    assert isinstance(title, QLineEdit) and title.text().startswith("Abduction")
    assert not any(
        e.isVisibleTo(page) and e.field.key == "id" for e in page.event_form.editors.values()
    )


def test_torture_act_shows_torture_section_and_hides_arrest(
    qtbot: QtBot, case: dict[str, Any]
) -> None:
    page = make_page(qtbot, case)
    assert page.select_id("a2")
    act_page = page.act_page
    assert page.stack.currentWidget() is act_page
    assert act_page.torture.isVisibleTo(page) and not act_page.arrest.isVisibleTo(page)
    assert act_page.common.isVisibleTo(page) and act_page.perpetrators.isVisibleTo(page)
    methods = act_page.torture.form.editors["methods"].widget
    assert isinstance(methods, QListWidget)
    checked = [
        methods.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(methods.count())
        if methods.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert sorted(checked) == sorted(case["events"][0]["acts"][1]["methods"])
    # The list shows at least six whole rows (the generic form squeezed it to 110 px).
    assert methods.height() >= 6 * methods.sizeHintForRow(0)
    intent = act_page.torture.form.editors["torture.intent"].widget
    assert isinstance(intent, QListWidget) and intent.count() >= 6
    assert intent.height() >= 6 * intent.sizeHintForRow(0)


def test_arrest_act_and_changing_the_type(qtbot: QtBot, case: dict[str, Any]) -> None:
    page = make_page(qtbot, case)
    act_page = page.act_page
    page.select_id("a1")
    assert act_page.arrest.isVisibleTo(page) and not act_page.torture.isVisibleTo(page)
    access = act_page.arrest.form.editors["arrest.access_to_lawyer"].widget
    assert isinstance(access, QComboBox) and access.currentData() == "denied"

    page.select_id("a3")  # unfair trial: neither section
    assert not act_page.arrest.isVisibleTo(page) and not act_page.torture.isVisibleTo(page)
    type_editor = act_page.common.form.editors["type"]
    with qtbot.waitSignal(page.changed):
        choose(type_editor, "ill_treatment")
    assert case["events"][1]["acts"][0]["type"] == "ill_treatment"
    assert act_page.torture.isVisibleTo(page) and not act_page.arrest.isVisibleTo(page)
    item = page.tree.currentItem()
    assert item is not None and item.text(0) == "Ill-treatment — Rəşad Əliyev"
    choose(type_editor, "detention")
    assert act_page.arrest.isVisibleTo(page) and not act_page.torture.isVisibleTo(page)
    choose(type_editor, None)  # not chosen yet: every section
    assert act_page.arrest.isVisibleTo(page) and act_page.torture.isVisibleTo(page)
    # A section that holds a value stays in view whatever the type says.
    choose(type_editor, "unfair_trial")
    page.select_id("a2")
    choose(act_page.common.form.editors["type"], "unfair_trial")
    assert act_page.torture.isVisibleTo(page) and not act_page.arrest.isVisibleTo(page)


def test_victim_choice_offers_victims_only(qtbot: QtBot, case: dict[str, Any]) -> None:
    page = make_page(qtbot, case)
    page.select_id("a3")
    victim = page.act_page.common.form.editors["victim"]
    assert combo_options(victim) == [(None, "—"), ("p1", "Rəşad Əliyev")]
    assert not page.act_page.victim_hint.isVisibleTo(page)
    # A victim already chosen stays offered if the person's roles changed since.
    case["events"][1]["acts"][0]["victim"] = "p4"
    page.refresh_choices()
    victim = page.act_page.common.form.editors["victim"]
    assert combo_options(victim) == [(None, "—"), ("p1", "Rəşad Əliyev"), ("p4", "Səbinə Quliyeva")]
    assert victim.value() == "p4"
    # Nobody marked as a victim: everyone is offered, and the monitor is told why.
    for person in case["persons"]:
        person["roles"] = [r for r in person["roles"] if r != "victim"] or ["other"]
    page.refresh_choices()
    offered = [code for code, _ in combo_options(page.act_page.common.form.editors["victim"])]
    assert offered == [None, "p1", "p2", "p3", "p4"]
    assert page.act_page.victim_hint.isVisibleTo(page)
    assert "Mark a person as victim in Persons" in page.act_page.victim_hint.text()


def test_adding_an_act_generates_a_hidden_id(qtbot: QtBot, case: dict[str, Any]) -> None:
    page = make_page(qtbot, case)
    page.select_id("e2")
    with qtbot.waitSignal(page.changed):
        page.add_act_button.click()
    acts = case["events"][1]["acts"]
    assert [a["id"] for a in acts] == ["a3", "a4"]  # unique across the case, not per event
    assert page.stack.currentWidget() is page.act_page and page.act_page.act is acts[1]
    # The id is in the record, and nowhere a person reads.
    assert not any("a4" in text for text in tree_texts(page))
    shown = [w.text() for w in page.findChildren(QLineEdit) + page.findChildren(QLabel)]
    assert not any("a4" in text for text in shown if text)
    # A new act has no type yet: every section is there to fill.
    assert page.act_page.arrest.isVisibleTo(page) and page.act_page.torture.isVisibleTo(page)
    choose(page.act_page.common.form.editors["victim"], "p1")
    assert acts[1] == {"id": "a4", "victim": "p1"}
    # A new event, then removing the act and the event.
    page.add_event_button.click()
    assert [e["id"] for e in case["events"]] == ["e1", "e2", "e3"]
    assert page.stack.currentWidget() is page.event_page
    page.select_id("a4")
    page.remove_button.click()
    assert [a["id"] for a in case["events"][1]["acts"]] == ["a3"]
    page.select_id("e3")
    page.remove_button.click()
    assert [e["id"] for e in case["events"]] == ["e1", "e2"]


def test_perpetrator_added_and_edited(qtbot: QtBot, case: dict[str, Any]) -> None:
    page = make_page(qtbot, case)
    page.select_id("a3")
    section = page.act_page.perpetrators
    assert not section.list.isVisibleTo(page) and section.empty.isVisibleTo(page)
    with qtbot.waitSignal(page.changed):
        section.add_button.click()
    act = case["events"][1]["acts"][0]
    assert act["involvements"] == [{"id": "v1"}]
    form = section.form
    assert form.isVisibleTo(page)
    perpetrator = form.editors["perpetrator"]
    # Persons with a perpetrator role come first.
    assert [code for code, _ in combo_options(perpetrator)] == [None, "p3", "p1", "p2", "p4"]
    choose(perpetrator, "p3")
    choose(form.editors["degree"], "present")
    choose(form.editors["perpetrator_type"], "judiciary")
    notes = form.editors["notes"].widget
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("Presided over the hearing.")
    assert act["involvements"] == [
        {
            "id": "v1",
            "perpetrator": "p3",
            "degree": "present",
            "perpetrator_type": "judiciary",
            "notes": "Presided over the hearing.",
        }
    ]
    assert section.list.isVisibleTo(page) and section.list.count() == 1
    assert section.list.item(0).text() == "Unknown officer A\nPresent during the act · Judiciary"
    # The existing involvement of a2 is shown and edited in place.
    page.select_id("a2")
    assert section.list.count() == 1
    assert section.list.item(0).text().startswith("Unknown officer A\nDirectly carried out")
    choose(section.form.editors["degree"], "gave_orders")
    assert case["events"][0]["acts"][1]["involvements"][0]["degree"] == "gave_orders"
    section.remove_button.click()
    assert "involvements" not in case["events"][0]["acts"][1]


def test_problem_path_reveals_the_field(qtbot: QtBot, case: dict[str, Any]) -> None:
    page = make_page(qtbot, case, (560, 420))
    form = page.select_path([("events", "e1"), ("acts", "a1"), ("victim", None)])
    assert form is page.act_page.common.form and page.act_page.act is case["events"][0]["acts"][0]
    assert page.show_problem("events[e1].acts[a2].torture.medical_attention", "Not known.")
    editor = page.act_page.torture.form.editors["torture.medical_attention"]
    assert editor.error.isVisibleTo(page) and editor.error.text() == "Not known."
    assert _fully_in_view(page.act_page.scroll_area.viewport(), editor.widget)
    assert page.show_problem("events[e1].acts[a2].involvements[0].degree", "Pick one.")
    degree = page.act_page.perpetrators.form.editors["degree"]
    assert degree.error.text() == "Pick one." and _fully_in_view(
        page.act_page.scroll_area.viewport(), degree.widget
    )
    assert page.show_problem("events[e2].title", "Required.")
    assert page.stack.currentWidget() is page.event_page
    assert page.event_form.editors["title"].error.text() == "Required."
    assert not page.show_problem("persons[p1].name", "Required.")


def _fully_in_view(viewport: QWidget, widget: QWidget) -> bool:
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return widget.isVisible() and viewport.rect().contains(rect)


@pytest.mark.parametrize("size", [(460, 500), (560, 380), (900, 560)])
def test_every_act_field_is_reachable_on_a_small_screen(
    qtbot: QtBot, case: dict[str, Any], size: tuple[int, int]
) -> None:
    """At 1024×600 the case view leaves the events page about 500×500 pixels (460 wide in
    Russian; at 1366×768 about 740×680): the act still gets the height, and scrolling brings
    every field into view whole, with no field cut off or squeezed."""
    page = make_page(qtbot, case, size)
    page.select_id("a3")
    choose(page.act_page.common.form.editors["type"], None)  # every section shown
    page.act_page.perpetrators.add_button.click()
    act_page = page.act_page
    viewport = act_page.scroll_area.viewport()
    assert viewport.height() >= size[1] - 60  # the whole height, not a 180-pixel box
    sections = {
        act_page.common: COMMON_KEYS,
        act_page.arrest: ARREST_KEYS,
        act_page.torture: TORTURE_KEYS,
        act_page.perpetrators: ("perpetrator", "degree", "perpetrator_type", "notes"),
    }
    for section, keys in sections.items():
        assert section.isVisible()
        form = section.form
        assert set(form.editors) >= set(keys)
        for key in keys:
            widget = form.editors[key].widget
            act_page.reveal(widget)
            qtbot.wait(1)
            assert _fully_in_view(viewport, widget), f"{key} not in view at {size}"
            assert widget.width() >= 150, f"{key} squeezed to {widget.width()} px"
            assert widget.height() >= widget.minimumSizeHint().height()
    # Nothing is wider than the page: no field hides past the right edge.
    body = act_page.scroll_area.widget()
    assert body is not None and body.width() <= viewport.width()


def test_language_switch_relabels_the_list(qtbot: QtBot, case: dict[str, Any]) -> None:
    page = make_page(qtbot, case)
    page.select_id("a2")
    i18n.install("ru")
    qtbot.wait(50)  # Qt delivers LanguageChange through the event loop
    try:
        assert tree_texts(page)[2] == "  Пытки — Rəşad Əliyev"
        type_combo = page.act_page.common.form.editors["type"].widget
        assert isinstance(type_combo, QComboBox) and type_combo.currentText() == "Пытки"
        assert case["events"][0]["acts"][1]["type"] == "torture"
    finally:
        i18n.install("en")
        qtbot.wait(50)
    assert tree_texts(page)[2] == "  Torture — Rəşad Əliyev"


def test_every_interactive_widget_is_named(qtbot: QtBot, case: dict[str, Any]) -> None:
    page = make_page(qtbot, case)
    page.select_id("a2")
    kinds = (QAbstractButton, QLineEdit, QComboBox, QPlainTextEdit, QAbstractItemView)
    unnamed = [
        (type(w).__name__, w.objectName())
        for w in page.findChildren(QWidget)
        if isinstance(w, kinds)
        and type(w).__name__ not in ("QTabBar", "QToolButton", "QHeaderView", "QScrollBar")
        and not w.objectName().startswith("qt_")
        and not _inside_combo_box(w)
        and not (w.objectName() and w.accessibleName())
    ]
    assert unnamed == []


def _inside_combo_box(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def test_problems_of_an_act_and_its_perpetrators_are_shown_when_chosen(
    qtbot: QtBot, case: dict[str, Any]
) -> None:
    page = EventsPage(lambda name: [])
    qtbot.addWidget(page)
    page.show()
    page.load(case)
    act = case["events"][0]["acts"][0]
    page.set_problems(
        [
            (f"events[{case['events'][0]['id']}].title", "Title is required."),
            (f"events[{case['events'][0]['id']}].acts[{act['id']}].victim", "Victim: choose."),
            (
                f"events[{case['events'][0]['id']}].acts[{act['id']}].involvements[0].degree",
                "Degree: choose.",
            ),
            (f"events[{case['events'][0]['id']}].acts[{act['id']}]", "This act repeats another."),
        ]
    )
    assert page.event_form.editors["title"].error.text() == "Title is required."
    page.select_record(act)
    common = page.act_page.common.form
    assert common.editors["victim"].error.isVisible()
    assert common.editors["victim"].error.text() == "Victim: choose."
    assert common.record_error.text() == "This act repeats another."
    perpetrators = page.act_page.perpetrators
    assert perpetrators.list.item(0).text().startswith("⚠")
    assert perpetrators.form.editors["degree"].error.text() == "Degree: choose."
    page.set_problems([])
    assert not common.editors["victim"].error.isVisible()
    assert not common.record_error.isVisible()
    assert not perpetrators.list.item(0).text().startswith("⚠")


def test_showing_a_case_without_events_adds_no_empty_list(qtbot: QtBot) -> None:
    """The vault drops empty lists: a case shown with ``events: []`` added was no longer the
    case read back. The list is made only when an event is added."""
    case: dict[str, Any] = {"id": "c1", "reference": "EV-0", "title": "No events yet"}
    page = EventsPage(lambda name: [])
    qtbot.addWidget(page)
    page.load(case)
    assert "events" not in case
    page.add_event()
    assert len(case["events"]) == 1 and case["events"][0]["id"]
