"""Every problem of a case shown at once, each by its field, in plain words.

The core finds the problems (:func:`fieldmon.vault.validate.case_problems`), each with a machine
path (``events[e1].acts[a1].victim``) and a kind; here each is worded in the interface language
("The victim must be one of the persons in this case."), put next to its field in whichever
form shows its record (now, or when the record is selected: the record is marked ⚠ in its
list), and summed up in one line for the status bar.

The case view calls :func:`show_problems` with itself; it only needs to look like
:class:`CaseViewLike`, so this module does not import the case view.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QWidget

from fieldmon.vault.model import CASE, RecordType
from fieldmon.vault.validate import Problem
from ui.forms import (
    FieldEditor,
    FieldProblems,
    RecordForm,
    RecordListEditor,
    date_problem,
    record_title,
    reference_choices,
)
from ui.labels import field_label, record_label

__all__ = [
    "CaseViewLike",
    "ProblemPage",
    "TabsLike",
    "clear_problems",
    "problem_message",
    "show_problems",
    "summary",
]

_STEP = re.compile(r"([A-Za-z_]+)(?:\[([^\]]+)\])?")
SEPARATOR = " › "


class TabsLike(Protocol):
    """What is needed of the case view's tabs (a QTabWidget or the section list)."""

    def count(self) -> int: ...
    def widget(self, index: int) -> QWidget | None: ...
    def setCurrentIndex(self, index: int) -> None: ...


class CaseViewLike(Protocol):
    """What :func:`show_problems` needs of the case view (``ui.case_view.CaseView``)."""

    @property
    def case(self) -> dict[str, Any] | None: ...
    @property
    def tabs(self) -> TabsLike: ...
    @property
    def overview(self) -> RecordForm: ...
    @property
    def editors(self) -> dict[str, RecordListEditor]: ...
    @property
    def remedies_tabs(self) -> QTabWidget: ...


def problem_message(problem: Problem) -> str:
    """``problem`` worded for a person in the interface language, without paths, ids or
    patterns: the field's label and a translated sentence ("Date of birth: use a date such as
    09.01.1990, 01.1990, January 1990 or 1990."). A kind this does not know is worded as a
    value that cannot be stored, never in the core's English."""
    record_type, key = _field_of(problem.field)
    f = next((x for x in record_type.fields if x.key == key), None)
    label = field_label(key, record_type.name) if key else record_label(record_type.name)
    value = "" if problem.value is None else str(problem.value)
    kind = problem.kind
    translate = QCoreApplication.translate
    if kind == "required" and f is not None and f.ref:
        return (
            translate("Problems", "%1: choose one of the %2 of this case.")
            .replace("%1", label)
            .replace("%2", record_label(f.ref).lower())
        )
    if kind in ("date", "calendar") and key:
        reason = "calendar" if kind == "calendar" else "form"
        return date_problem(key, value, reason, record_type.name)
    if kind == "reference" and f is not None and f.ref:
        return (
            translate("Problems", "%1: choose one of the %2 in this case again.")
            .replace("%1", label)
            .replace("%2", record_label(f.ref).lower())
        )
    if kind == "repeated" and record_type.name == "consents":
        return translate("Problems", "This person already has a consent for this recipient.")
    if kind == "required":
        template = translate("Problems", "%1 is required.")
    elif kind == "country":
        template = translate("Problems", "%1: choose the country from the list.")
    elif kind == "language":
        template = translate("Problems", "%1: choose the language from the list.")
    elif kind == "choice":
        template = translate("Problems", "%1: choose one of the values in the list.")
    elif kind == "form":
        template = translate(
            "Problems", "%1: use letters, digits and . _ / - only, starting with a letter or digit."
        )
    elif kind == "number":
        template = translate("Problems", "%1: use a whole number, such as 12.")
    elif kind == "empty":
        template = translate("Problems", "%1 must not be empty.")
    elif kind == "unknown_field":
        template = translate("Problems", "%1 is not a field of this record and cannot be stored.")
    elif kind == "duplicate_id":
        template = translate("Problems", "%1: two records have the same identifier; remove one.")
    elif kind == "repeated":
        template = translate("Problems", "%1: this record repeats another one.")
    elif kind == "order":
        template = translate("Problems", "%1: this date is before the date it follows.")
    else:  # yes_no, list, text, other
        template = translate("Problems", "%1: this value cannot be stored; enter it again.")
    return template.replace("%1", label)


def summary(count: int, lines: list[str]) -> str:
    """One line for the status bar: "3 problems: Events › Arrest: Title is required; …." —
    each message without its own closing full stop, joined by "; ", ended by one."""
    if count == 1:
        head = QCoreApplication.translate("Problems", "1 problem:")
    else:
        head = QCoreApplication.translate("Problems", "%1 problems:").replace("%1", str(count))
    parts = [line.strip().rstrip(".;").rstrip() for line in lines]
    return head + " " + "; ".join(p for p in parts if p) + "."


def _steps(path: str) -> list[tuple[str, str | None]]:
    return [(m.group(1), m.group(2)) for m in _STEP.finditer(path)]


def _field_of(path: str) -> tuple[RecordType, str]:
    """The record type a problem path ends in and the field key left ("arrest.released")."""
    rt = CASE
    keys: list[str] = []
    for name, _ in _steps(path):
        child = next((c for c in rt.children if c.name == name), None)
        if child is not None and not keys:
            rt = child
        else:
            keys.append(name)
    key = ".".join(keys)
    if key not in {f.key for f in rt.fields}:
        key = keys[0] if keys and keys[0] in {f.key for f in rt.fields} else key
    return rt, key if key != "id" else ""


def _find(items: Any, index: str | None) -> dict[str, Any] | None:
    if not isinstance(items, list) or index is None:
        return None
    for row, item in enumerate(items):
        if isinstance(item, dict) and (str(item.get("id", row)) == index or str(row) == index):
            return item
    return None


@dataclass
class _Placed:
    """Where a problem goes: the records from the case down (type name, record), the list
    editors showing them where the case view has such editors, the field key, and the words
    for the summary."""

    records: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    chain: list[tuple[RecordListEditor, dict[str, Any]]] = field(default_factory=list)
    key: str = ""
    where: list[str] = field(default_factory=list)
    overview: bool = False
    page: ProblemPage | None = None


class ProblemPage(Protocol):
    """A page of the case view that shows problems itself (the events and acts page): it
    keeps them by record and shows each by its field whenever its record is shown."""

    def set_problems(self, problems: list[tuple[str, str]]) -> None: ...
    def show_problem(self, path: str, message: str) -> bool: ...


def _page_for(view: CaseViewLike, first: str) -> ProblemPage | None:
    """The case view's own page for records of type ``first`` (``view.events_page``), if it
    has one that can show a problem."""
    page = getattr(view, f"{first}_page", None)
    if callable(getattr(page, "show_problem", None)) and callable(
        getattr(page, "set_problems", None)
    ):
        return page
    return None


def _place(view: CaseViewLike, problem: Problem) -> _Placed:
    placed = _Placed()
    steps = _steps(problem.field)
    case = view.case or {}
    if not steps:
        return placed
    first, _ = steps[0]
    if first in {f.key for f in CASE.fields} or first not in {c.name for c in CASE.children}:
        placed.overview = first in {f.key for f in CASE.fields}
        placed.key = first
        placed.where = [QCoreApplication.translate("CaseView", "Overview")]
        return placed

    def choices(name: str) -> list[tuple[str, str]]:
        return reference_choices(case, name)

    # The records along the path, from the case document itself.
    rt, node, rest = CASE, case, list(steps)
    while rest:
        name, index = rest[0]
        child = next((c for c in rt.children if c.name == name), None)
        if child is None:
            break
        record = _find(node.get(name), index)
        placed.where.append(record_label(name))
        if record is None:
            rest = rest[1:]
            break
        placed.records.append((name, record))
        placed.where.append(record_title(child, record, choices))
        rt, node, rest = child, record, rest[1:]
    keys = [n for n, _ in rest]
    known = {f.key for f in rt.fields}
    placed.key = ".".join(keys)
    if placed.key not in known and keys and keys[0] in known:
        placed.key = keys[0]

    # The list editors showing them, where the case view has them.
    editor = view.editors.get(first)
    if editor is None:
        placed.page = _page_for(view, first)
        return placed
    for level, (name, record) in enumerate(placed.records):
        if level:
            child_editor = editor.child_editors.get(name)
            if child_editor is None:
                break
            editor = child_editor
        placed.chain.append((editor, record))
    return placed


def _all_editors(editors: dict[str, RecordListEditor]) -> list[RecordListEditor]:
    out: list[RecordListEditor] = []
    for editor in editors.values():
        out.append(editor)
        out += _all_editors(editor.child_editors)
    return out


def clear_problems(view: CaseViewLike) -> None:
    """Take every problem message off the case's forms and lists."""
    view.overview.show_problems({})
    for field_editor in view.overview.editors.values():
        field_editor.show_error(None)
    for child in CASE.children:
        page = _page_for(view, child.name)
        if page is not None:
            page.set_problems([])
        if isinstance(page, QWidget):
            for each in page.findChildren(FieldEditor):
                each.show_error(None)
    for list_editor in _all_editors(view.editors):
        list_editor.set_problems([])
        for each in list_editor.form.editors.values():
            each.show_error(None)
        list_editor.form.show_problems({})


def _reveal(view: CaseViewLike, placed: _Placed) -> None:
    """Open the tab of the first problem and select its record at every level."""
    if placed.page is not None:
        for i in range(view.tabs.count()):
            if id(view.tabs.widget(i)) == id(placed.page):
                view.tabs.setCurrentIndex(i)
        return
    if placed.overview or not placed.chain:
        for i in range(view.tabs.count()):
            if view.tabs.widget(i) is view.overview:
                view.tabs.setCurrentIndex(i)
        return
    top = placed.chain[0][0]
    for i in range(view.tabs.count()):
        page = view.tabs.widget(i)
        if page is not None and (page is top or page.isAncestorOf(top)):
            view.tabs.setCurrentIndex(i)
    if view.remedies_tabs.isAncestorOf(top):
        view.remedies_tabs.setCurrentWidget(top)
    for editor, record in placed.chain:
        editor.select_record(record)
        if editor.owner is not None:
            editor.owner.child_tabs.setCurrentWidget(editor)


def show_problems(view: CaseViewLike, problems: list[Problem]) -> str:
    """Show every problem by its field, open the first one, and return a summary line.

    Each message goes next to its field in the form that shows its record: at once for the
    record each list shows, and whenever another record with problems is selected (those are
    marked ⚠ in their lists). Problems shown before are cleared first; an empty list just
    clears them.

    :param view: the case view (``ui.case_view.CaseView``), or anything like
        :class:`CaseViewLike`.
    :param problems: as :func:`fieldmon.vault.validate.case_problems` gives them.
    :return: "3 problems: Persons › Rəşad Əliyev: Date of birth: use a date …; …", in the
        interface language; "" when there are none.
    """
    clear_problems(view)
    if not problems:
        return ""
    per_editor: dict[int, tuple[RecordListEditor, dict[int, tuple[dict[str, Any], FieldProblems]]]]
    per_editor = {}
    overview: FieldProblems = {}
    lines: list[str] = []
    first: _Placed | None = None
    on_pages: dict[int, tuple[ProblemPage, list[tuple[str, str]]]] = {}
    for problem in problems:
        message = problem_message(problem)
        placed = _place(view, problem)
        first = first or placed
        if placed.page is not None:
            on_pages.setdefault(id(placed.page), (placed.page, []))[1].append(
                (problem.field, message)
            )
        elif placed.overview:
            overview[placed.key] = message
        elif placed.chain:
            editor, record = placed.chain[-1]
            _, records = per_editor.setdefault(id(editor), (editor, {}))
            _, fields = records.setdefault(id(record), (record, {}))
            fields.setdefault(placed.key, message)
        where = SEPARATOR.join(placed.where)
        lines.append(f"{where}: {message}" if where else message)
    # Reveal first: a page being shown reloads its forms, which clears their messages.
    if first is not None:
        _reveal(view, first)
    view.overview.show_problems(overview)
    for editor, records in per_editor.values():
        editor.set_problems(list(records.values()))
    # A page that shows one record at a time keeps every problem by its record, and shows
    # the record of its first one.
    for page, paths in on_pages.values():
        page.set_problems(paths)
        path, message = paths[0]
        page.show_problem(path, message)
    return summary(len(problems), lines)
