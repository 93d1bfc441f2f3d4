"""Problems found on Save, shown through the real case view of a real vault: each by its field,
in plain words of the interface language."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from fieldmon.vault.validate import Problem
from tests.gui.conftest import unlocked_window
from tests.gui.test_app import set_field
from ui import i18n
from ui.app import MainWindow
from ui.events import EventsPage
from ui.problems import problem_message, summary


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.install("en")


def act_item(page: EventsPage) -> QTreeWidgetItem:
    event = page.tree.topLevelItem(0)
    assert event is not None
    act = event.child(0)
    assert act is not None
    return act


def opened(qtbot: QtBot, vault_dir: Path) -> MainWindow:
    window = unlocked_window(qtbot, vault_dir)
    window.open_case("AZ-2026-001")
    assert window.case_view is not None
    return window


def test_every_problem_of_events_and_acts_is_shown_by_its_field(
    qtbot: QtBot, vault_dir: Path
) -> None:
    window = opened(qtbot, vault_dir)
    view = window.case_view
    assert view is not None
    page = view.events_page
    view.tabs.setCurrentWidget(page)
    page.select_id("e1")
    form = page.event_form
    set_field(form, "title", "")
    set_field(form, "start", "31.02.2026")
    page.select_id("a1")
    set_field(page.act_page.common.form, "victim", None)
    assert not view.save()
    assert "3 problems" in view.status.text()
    # The event is shown: both of its problems are by their fields.
    assert (
        view.case is not None
        and page.current()[0] is view.case["events"][0]
        and page.current()[1] is None
    )
    title, start = form.editors["title"].error, form.editors["start"].error
    assert title.isVisible() and title.text() == "Title is required."
    assert start.isVisible()
    assert (
        start.text() == "Start: 31.02.2026 is not a real calendar date (February 2026 has 28 days)."
    )
    # One summary line, each message once, without a full stop before a semicolon.
    status = view.status.text()
    assert ".;" not in status and ".." not in status and status.endswith(".")
    # The act with a problem is marked in the list, and its problem is by its field when chosen.
    assert act_item(page).text(0).startswith("⚠")
    page.select_id("a1")
    victim = page.act_page.common.form.editors["victim"].error
    assert victim.isVisible() and "victim" in victim.text().lower()
    # Back on the event, its messages are there again.
    page.select_id("e1")
    assert form.editors["title"].error.isVisible()
    assert form.editors["start"].error.isVisible()
    # A save without problems takes them all away.
    set_field(form, "title", "Abduction")
    set_field(form, "start", "09.01.2026")
    page.select_id("a1")
    set_field(page.act_page.common.form, "victim", "p1")
    assert view.save(), view.status.text()
    assert not page.act_page.common.form.editors["victim"].error.isVisible()
    assert not act_item(page).text(0).startswith("⚠")
    window.close()


def test_the_summary_joins_messages_without_doubled_punctuation() -> None:
    problems = [
        Problem("AZ-1", "title", None, "", "required"),
        Problem("AZ-1", "respondent_state", "Azerbaijan", "", "country"),
    ]
    lines = [problem_message(p) for p in problems]
    assert lines == ["Title is required.", "Respondent State: choose the country from the list."]

    assert summary(2, lines) == (
        "2 problems: Title is required; Respondent State: choose the country from the list."
    )


def test_every_problem_message_is_found_by_the_translation_tools(tmp_path: Path) -> None:
    """Messages are templates that lupdate extracts, so that each is translated; none is left
    in the core's English."""
    extracted = tmp_path / "problems.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    root = Path(__file__).resolve().parents[2]
    subprocess.run(
        [str(lupdate), str(root / "ui" / "problems.py"), "-ts", str(extracted)],
        check=True,
        capture_output=True,
    )
    sources = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(extracted).getroot().iter("context")
        for message in context.iter("message")
    }
    kinds = [
        "required", "country", "language", "choice", "form", "number", "empty",
        "unknown_field", "duplicate_id", "repeated", "yes_no", "list", "text", "other",
    ]  # fmt: skip
    for kind in kinds:
        message = problem_message(Problem("AZ-1", "persons[p1].name", "x", "core words", kind))
        template = message.replace("Name", "%1", 1)
        assert ("Problems", template) in sources, (kind, message)
        assert "core words" not in message
    assert ("Problems", "%1 problems:") in sources
