"""The events of a case and the acts within them, on one page.

On the left, the events as a person reads them (date and title) with their acts beneath (type
and victim). On the right, the whole height goes to the selected record: the event's form, or
the act's page, whose sections follow the act type (an arrest shows what a detention record
needs, torture what a torture record needs) and whose perpetrators are listed with the selected
one's form below it.

The page edits ``case["events"]`` in place and says when it changed, like the record list
editors in :mod:`ui.forms`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.resources import vocabulary
from fieldmon.vault import references
from fieldmon.vault.ids import new_id
from fieldmon.vault.model import ACTS, EVENTS, INVOLVEMENTS, RecordType
from ui import i18n
from ui.forms import Choices, FieldEditor, FieldProblems, RecordForm
from ui.labels import record_label

# Which act types call for which section, by vocabulary code (resources/vocab/act_types.json).
# Deprivation of liberty: the arrest.* fields (custody, access to lawyer, family, doctor).
ARREST_TYPES = frozenset(
    {
        "arrest",
        "detention",
        "abduction",
        "enforced_disappearance",
        "inhuman_detention_conditions",
        "death_in_custody",
    }
)
# Art. 3 ECHR / UNCAT treatment: methods used and the torture.* fields (purpose, statements
# signed, medical attention).
TORTURE_TYPES = frozenset(
    {
        "torture",
        "ill_treatment",
        "sexual_violence",
        "forced_confession",
        "threats",
        "denial_of_medical_care",
        "inhuman_detention_conditions",
        "death_in_custody",
    }
)
# Types that say nothing about which section applies: every section is shown.
OPEN_TYPES = frozenset({"other"})

ARREST_KEYS = tuple(f.key for f in ACTS.fields if f.group == "arrest")
TORTURE_KEYS = ("methods", *(f.key for f in ACTS.fields if f.group == "torture"))
COMMON_KEYS = tuple(f.key for f in ACTS.fields if f.key not in ARREST_KEYS + TORTURE_KEYS)

VICTIM_ROLES = frozenset({"victim"})
PERPETRATOR_ROLES = frozenset({"perpetrator"})

LIST_ROWS_SHOWN = 10
"""A multiple choice shows all its terms up to this many rows, and scrolls beyond."""

NARROW = 480
"""Below this width (pixels) a form puts its labels above the fields."""

_STEP = re.compile(r"([A-Za-z_]+)(?:\[([^\]]+)\])?")


def sections_for(act_type: str | None) -> set[str]:
    """The optional sections ("arrest", "torture") that an act of this type calls for.

    :param act_type: a code of the ``act_types`` vocabulary, or ``None`` when not chosen yet.
    :return: both sections when the type is not chosen, is ``other`` or is not a known code.
    """
    known = {t.code for t in vocabulary("act_types").terms}
    if act_type is None or act_type in OPEN_TYPES or act_type not in known:
        return {"arrest", "torture"}
    shown = set()
    if act_type in ARREST_TYPES:
        shown.add("arrest")
    if act_type in TORTURE_TYPES:
        shown.add("torture")
    return shown


def _part(record_type: RecordType, keys: Iterable[str]) -> RecordType:
    """A record type restricted to some fields, for a form that edits part of a record."""
    wanted = set(keys)
    return dataclasses.replace(
        record_type,
        fields=tuple(f for f in record_type.fields if f.key in wanted),
        children=(),
        id_rule="none",
    )


def _has_value(record: dict[str, Any], key: str) -> bool:
    if "." in key:
        group, leaf = key.split(".", 1)
        value = (record.get(group) or {}).get(leaf)
    else:
        value = record.get(key)
    return value not in (None, "", [], {})


def human_date(value: object) -> str:
    """A date of the model (``2026``, ``2026-01``, ``2026-01-09``, ``2026-01-09T14:20``) as a
    person reads it in the interface language; anything else is shown as it is."""
    text = str(value or "").strip()
    if not text:
        return ""
    locale = QLocale(i18n.current())
    match = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?$", text)
    if match is None:
        return text
    year, month, day, time = match.groups()
    if month is None:
        return year
    if day is None:
        if not 1 <= int(month) <= 12:
            return text
        return f"{locale.standaloneMonthName(int(month))} {year}"
    date = QDate(int(year), int(month), int(day))
    if not date.isValid():
        return text
    shown = locale.toString(date, "d MMM yyyy")
    return f"{shown}, {time}" if time else shown


def _tune_form(form: RecordForm) -> None:
    """Make a generated form readable in a narrow pane: labels above fields when the row is too
    narrow, combo boxes that do not demand the width of their longest term, and multiple
    choices tall enough to read."""
    layout = form.layout()
    if isinstance(layout, QFormLayout):
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    row_labels = set(map(id, form.labels.values()))
    for label in form.findChildren(QLabel):
        if id(label) not in row_labels:
            label.setWordWrap(True)  # hints and errors under a field: wrap rather than widen
    for editor in form.editors.values():
        widget = editor.widget
        if isinstance(widget, QListWidget):
            widget.setWordWrap(True)
            widget.setResizeMode(QListWidget.ResizeMode.Adjust)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if isinstance(widget, QPlainTextEdit):
            widget.setMaximumHeight(max(widget.minimumHeight(), 150))
            widget.setMinimumHeight(max(widget.minimumHeight(), 80))
        if isinstance(widget, QComboBox):
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(14)
    _fit_lists(form)


def _wrap_rows(forms: Iterable[RecordForm], width: int) -> None:
    """Labels above their fields in a narrow pane, beside them where there is room."""
    policy = (
        QFormLayout.RowWrapPolicy.WrapAllRows
        if width < NARROW
        else QFormLayout.RowWrapPolicy.DontWrapRows
    )
    forms = list(forms)
    for form in forms:
        layout = form.layout()
        if isinstance(layout, QFormLayout) and layout.rowWrapPolicy() != policy:
            layout.setRowWrapPolicy(policy)
            _fit_lists(form)
    # Beside the fields, labels of all the sections line up in one column.
    labels = [label for form in forms for label in form.labels.values()]
    beside = policy == QFormLayout.RowWrapPolicy.DontWrapRows
    widest = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(widest if beside else 0)


def _fit_lists(form: RecordForm) -> None:
    """Give every checkable list the height of its terms, up to LIST_ROWS_SHOWN rows."""
    for editor in form.editors.values():
        widget = editor.widget
        if not isinstance(widget, QListWidget):
            continue
        rows = max(1, min(widget.count(), LIST_ROWS_SHOWN))
        height = sum(max(widget.sizeHintForRow(r), 0) for r in range(min(widget.count(), rows)))
        if height <= 0:
            height = rows * (widget.fontMetrics().height() + 6)
        frame = 2 * widget.frameWidth() + 4
        widget.setMaximumHeight(16777215)
        widget.setFixedHeight(height + frame)


def _show_starts(form: RecordForm) -> None:
    """After loading, one-line fields show the beginning of their text, not its end."""
    for editor in form.editors.values():
        if isinstance(editor.widget, QLineEdit):
            editor.widget.setCursorPosition(0)


def _hide_id(form: RecordForm) -> None:
    """Ids are generated and never typed: if the form has an id row, hide it."""
    if "id" in form.editors:
        form.editors["id"].hide()
        label = form.labels.get("id")
        if label is not None:
            label.hide()


def add_remove_row(
    add: tuple[str, Callable[[], object]], remove: tuple[str, Callable[[], object]]
) -> tuple[QHBoxLayout, QPushButton, QPushButton]:
    """An add and a remove button, each an (object name, what a click does), side by side at
    the start of a row; their texts are the caller's to set in its ``retranslate``."""
    row = QHBoxLayout()
    buttons = []
    for name, on_click in (add, remove):
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(on_click)
        row.addWidget(button)
        buttons.append(button)
    row.addStretch(1)
    return row, buttons[0], buttons[1]


class _Section(QGroupBox):
    """A titled part of the act page (title in bold, fields in the normal font) holding one
    generated form."""

    def __init__(
        self, name: str, record_type: RecordType | None = None, choices: Choices | None = None
    ) -> None:
        super().__init__()
        self.setObjectName(f"section_{name}")
        normal = QFont(self.font())
        normal.setBold(False)  # stated, so that it is not inherited from the bold title
        bold = QFont(normal)
        bold.setBold(True)
        self.setFont(bold)
        self.inner = QWidget()
        self.inner.setFont(normal)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.inner)
        self.inner_layout = QVBoxLayout(self.inner)
        self.inner_layout.setContentsMargins(0, 0, 0, 0)
        if record_type is not None and choices is not None:
            self.form = RecordForm(record_type, choices)
            self.form.setObjectName(f"form_{name}")
            _hide_id(self.form)
            _tune_form(self.form)
            self.inner_layout.addWidget(self.form)


class PerpetratorsSection(_Section):
    """The perpetrators involved in one act: a list of them, one per line as a person reads
    it, and the selected one's form."""

    changed = Signal()

    def __init__(self, choices: Choices) -> None:
        super().__init__("perpetrators")
        self.act: dict[str, Any] | None = None
        self.case: dict[str, Any] | None = None
        self._choices = choices
        self.problems: dict[int, FieldProblems] = {}
        """Problems of involvements, by ``id()`` of the record (set by the events page)."""
        layout = self.inner_layout
        self.list = QListWidget()
        self.list.setObjectName("involvementsList")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._select)
        layout.addWidget(self.list)
        buttons, self.add_button, self.remove_button = add_remove_row(
            ("addInvolvement", self.add), ("removeInvolvement", self.remove)
        )
        layout.addLayout(buttons)
        self.empty = QLabel()
        self.empty.setObjectName("noInvolvements")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.form = RecordForm(_part(INVOLVEMENTS, [f.key for f in INVOLVEMENTS.fields]), choices)
        self.form.setObjectName("form_involvement")
        _hide_id(self.form)
        _tune_form(self.form)
        self.form.case_getter = lambda: self.case  # for person mentions in free text
        self.form.changed.connect(self._form_changed)
        layout.addWidget(self.form)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        """Set every text of the section in the interface language."""
        self.setTitle(record_label("involvements"))
        self.list.setAccessibleName(record_label("involvements"))
        self.add_button.setText(self.tr("Add perpetrator"))
        self.add_button.setAccessibleName(self.tr("Add a perpetrator to this act"))
        self.remove_button.setText(self.tr("Remove perpetrator"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected perpetrator"))
        self.empty.setText(
            self.tr("No perpetrator recorded for this act yet. Add one if anyone is known.")
        )
        self._fill_rows()

    @property
    def records(self) -> list[dict[str, Any]]:
        """The act's involvements, created on first use."""
        if self.act is None:
            return []
        records: list[dict[str, Any]] = self.act.get("involvements") or []
        return records

    def load(self, act: dict[str, Any] | None, case: dict[str, Any] | None) -> None:
        """Show the perpetrators of ``act``; the first is selected."""
        self.act = act
        self.case = case
        self.add_button.setEnabled(act is not None)
        self._fill_rows()
        if self.list.count():
            self.select_row(0)
        else:
            self._select()

    def select_row(self, row: int) -> None:
        """Select the involvement at ``row`` and show its form."""
        self.list.setCurrentRow(row)
        self._select()

    def select_id(self, step: str) -> bool:
        """Select an involvement named by its id, or by its position as a number."""
        for row, record in enumerate(self.records):
            if str(record.get("id", "")) == step or str(row) == step:
                self.select_row(row)
                return True
        return False

    def current_row(self) -> int:
        """The selected row, or -1."""
        return self.list.currentRow()

    def describe(self, record: dict[str, Any]) -> str:
        """One involvement as listed: who, and how they were involved."""
        names = dict(self._choices("persons"))
        who = record.get("perpetrator")
        name = names.get(str(who), str(who)) if who else self.tr("Perpetrator not chosen")
        how = [
            _term("involvement_degrees", record.get("degree")),
            _term("perpetrator_types", record.get("perpetrator_type")),
        ]
        details = " · ".join(h for h in how if h)
        if id(record) in self.problems:
            name = "⚠ " + name
        return f"{name}\n{details}" if details else name

    def _fill_rows(self) -> None:
        records = self.records
        current = self.current_row()
        self.list.blockSignals(True)
        while self.list.count() > len(records):
            self.list.takeItem(self.list.count() - 1)
        while self.list.count() < len(records):
            self.list.addItem("")
        for row, record in enumerate(records):
            item = self.list.item(row)
            item.setText(self.describe(record))
        if 0 <= current < len(records):
            self.list.setCurrentRow(current)
        self.list.blockSignals(False)
        self._fit_height()
        self.empty.setVisible(self.act is not None and not records)
        self.list.setVisible(bool(records))

    def _fit_height(self) -> None:
        rows = range(self.list.count())
        height = sum(max(self.list.sizeHintForRow(r), 0) for r in rows)
        self.list.setFixedHeight(max(height, self.list.fontMetrics().height() * 2) + 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _select(self) -> None:
        row = self.current_row()
        records = self.records
        record = records[row] if 0 <= row < len(records) else None
        self.form.load(record)
        if record is not None and id(record) in self.problems:
            self.form.show_problems(self.problems[id(record)])
        _fit_lists(self.form)
        self.form.setVisible(record is not None)
        self.remove_button.setEnabled(record is not None)

    def add(self) -> None:
        """Add a perpetrator to the act, with a generated id, and select it."""
        if self.act is None:
            return
        record: dict[str, Any] = {}
        if self.case is not None:
            record["id"] = new_id(self.case, "involvements")
        self.act.setdefault("involvements", []).append(record)
        self._fill_rows()
        self.select_row(len(self.records) - 1)
        self.changed.emit()
        self.form.editors["perpetrator"].widget.setFocus()

    def remove(self) -> None:
        """Remove the selected perpetrator from the act."""
        row = self.current_row()
        if self.act is None or not 0 <= row < len(self.records):
            return
        del self.records[row]
        if not self.records:
            self.act.pop("involvements", None)
        self._fill_rows()
        if self.list.count():
            self.select_row(min(row, self.list.count() - 1))
        else:
            self._select()
        self.changed.emit()

    def _form_changed(self) -> None:
        self._fill_rows()
        self.changed.emit()


def _settle() -> None:
    """Carry out pending layout (a section just shown, rows just rewrapped), which settles in a
    few rounds: a form, then its section, then the scroll area's body."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def _ensure_whole(area: QScrollArea, widget: QWidget, margin: int = 12) -> None:
    """Scroll ``area`` so that all of ``widget`` is in view (its top, if it is taller than
    the view). QScrollArea.ensureWidgetVisible only shows a text box's cursor line."""
    body = area.widget()
    if body is None or not body.isAncestorOf(widget):
        return
    top = widget.mapTo(body, QPoint(0, 0))
    height = min(widget.height(), area.viewport().height() - 2 * margin)
    centre = top + QPoint(widget.width() // 2, height // 2)
    area.ensureVisible(centre.x(), centre.y(), widget.width() // 2, height // 2 + margin)


class _WrappingDelegate(QStyledItemDelegate):
    """Rows of the events list as tall as their text wrapped to the list's width, so that a
    long title is read whole rather than cut off."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        width = self.tree.viewport().width() - self.tree.indentation() * (depth + 1) - 8
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = self.tree.fontMetrics().boundingRect(
            QRect(0, 0, max(width, 40), 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(size.width(), max(size.height(), bounds.height() + 6))


def _term(vocab: str, code: object) -> str:
    if not code:
        return ""
    return vocabulary(vocab).label(str(code), i18n.current())


class ActPage(QWidget):
    """One act, in sections that follow its type, all in one scrollable column."""

    changed = Signal()
    title_changed = Signal()

    def __init__(self, choices: Choices) -> None:
        super().__init__()
        self.setObjectName("actPage")
        self.choices = choices
        self.act: dict[str, Any] | None = None
        self.case: dict[str, Any] | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("actScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        outer.addWidget(self.scroll_area)
        body = QWidget()
        body.setObjectName("actBody")
        layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setObjectName("actHeading")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.common = _Section("common", _part(ACTS, COMMON_KEYS), self._victim_choices)
        self.victim_hint = QLabel()
        self.victim_hint.setObjectName("victimHint")
        self.victim_hint.setWordWrap(True)
        self.victim_hint.hide()
        self.common.inner_layout.addWidget(self.victim_hint)
        self.arrest = _Section("arrest", _part(ACTS, ARREST_KEYS), choices)
        self.torture = _Section("torture", _part(ACTS, TORTURE_KEYS), choices)
        self.perpetrators = PerpetratorsSection(self._perpetrator_choices)
        for section in (self.common, self.arrest, self.torture):
            section.form.case_getter = lambda: self.case  # for person mentions in free text
            section.form.changed.connect(self._form_changed)
            layout.addWidget(section)
        self.perpetrators.changed.connect(self.changed.emit)
        layout.addWidget(self.perpetrators)
        layout.addStretch(1)
        self.scroll_area.setWidget(body)
        self.forms: dict[str, RecordForm] = {
            key: section.form
            for section in (self.common, self.arrest, self.torture)
            for key in section.form.editors
        }
        i18n.follow_language(self)

    def retranslate(self) -> None:
        """Set every text of the page in the interface language."""
        self.common.setTitle(self.tr("The act"))
        self.arrest.setTitle(self.tr("Arrest and detention"))
        self.torture.setTitle(self.tr("Torture and ill-treatment"))
        self.victim_hint.setText(
            self.tr(
                "No person is marked as a victim, so all persons are offered. "
                "Mark a person as victim in Persons."
            )
        )

    # -- choices ----------------------------------------------------------------------------

    def persons(self) -> list[tuple[str, str, set[str]]]:
        """The persons of the case as (id, name, roles), named as the case view names them
        when the case is not at hand."""
        if self.case is None:
            return [(pid, label, set()) for pid, label in self.choices("persons")]
        out = []
        for person in self.case.get("persons") or []:
            if isinstance(person, dict) and person.get("id"):
                name = str(person.get("name") or person["id"])
                out.append((str(person["id"]), name, set(person.get("roles") or [])))
        return out

    def _victim_choices(self, name: str) -> list[tuple[str, str]]:
        if name != "persons":
            return self.choices(name)
        persons = self.persons()
        victims = [p for p in persons if p[2] & VICTIM_ROLES]
        current = self.act.get("victim") if self.act is not None else None
        offered = victims or persons
        if current and current not in {p[0] for p in offered}:
            offered = offered + [p for p in persons if p[0] == current]
        self.victim_hint.setVisible(bool(persons) and not victims)
        return [(pid, label) for pid, label, _ in offered]

    def _perpetrator_choices(self, name: str) -> list[tuple[str, str]]:
        if name != "persons":
            return self.choices(name)
        persons = self.persons()
        first = [p for p in persons if p[2] & PERPETRATOR_ROLES]
        rest = [p for p in persons if not p[2] & PERPETRATOR_ROLES]
        return [(pid, label) for pid, label, _ in first + rest]

    # -- loading ----------------------------------------------------------------------------

    def load(self, act: dict[str, Any] | None, case: dict[str, Any] | None) -> None:
        """Show ``act`` (a record of ``case``), or nothing."""
        self.act = act
        self.case = case
        for section in (self.common, self.arrest, self.torture):
            section.form.load(act)
            _fit_lists(section.form)
            _show_starts(section.form)
        self.perpetrators.load(act, case)
        self.update_sections()
        self.scroll_area.verticalScrollBar().setValue(0)

    def update_sections(self) -> None:
        """Show the sections the act type calls for, and any section that holds a value."""
        act = self.act or {}
        wanted = sections_for(act.get("type"))
        self.arrest.setVisible("arrest" in wanted or any(_has_value(act, k) for k in ARREST_KEYS))
        self.torture.setVisible(
            "torture" in wanted or any(_has_value(act, k) for k in TORTURE_KEYS)
        )

    def _form_changed(self) -> None:
        self.update_sections()
        self.title_changed.emit()
        self.changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._wrap()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._wrap()

    def _wrap(self) -> None:
        forms = [self.common.form, self.arrest.form, self.torture.form, self.perpetrators.form]
        _wrap_rows(forms, self.width() - self.scroll_area.verticalScrollBar().sizeHint().width())

    def form_for(self, key: str) -> RecordForm | None:
        """The form that shows the field ``key`` of an act."""
        return self.forms.get(key)

    def reveal(self, widget: QWidget) -> None:
        """Scroll so that ``widget`` is in view (after any pending layout, so that a section
        just shown has its place)."""
        _settle()
        _ensure_whole(self.scroll_area, widget)


class EventsPage(QWidget):
    """The events and acts of a case: a list of them and a full-height page for the selected
    one. Plugs into the case view where a :class:`ui.forms.RecordListEditor` would."""

    removed = Signal()
    """An event or act was removed (with what referred to it)."""
    changed = Signal()

    def __init__(self, choices: Choices) -> None:
        super().__init__()
        self.setObjectName("eventsPage")
        self.choices = choices
        self.case: dict[str, Any] | None = None
        self._nodes: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
        self.problems: dict[int, FieldProblems] = {}
        """Problems shown by their fields, by ``id()`` of the event, act or involvement."""
        self._problem_records: list[dict[str, Any]] = []  # kept alive for id()
        self._marked: set[int] = set()  # events and acts marked ⚠ in the list
        self._lost: list[str] = []  # messages of problems that name no record here
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("eventsSplitter")
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.tree = QTreeWidget()
        self.tree.setObjectName("eventsTree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setIndentation(14)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.setItemDelegate(_WrappingDelegate(self.tree))
        self.tree.viewport().installEventFilter(self)
        self.tree.currentItemChanged.connect(self._selected)
        left_layout.addWidget(self.tree)
        self.add_event_button = QPushButton()
        self.add_event_button.setObjectName("addEvent")
        self.add_event_button.clicked.connect(self.add_event)
        self.add_act_button = QPushButton()
        self.add_act_button.setObjectName("addAct")
        self.add_act_button.clicked.connect(self.add_act)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeEventOrAct")
        self.remove_button.clicked.connect(self.remove)
        adds = QHBoxLayout()
        adds.addWidget(self.add_event_button)
        adds.addWidget(self.add_act_button)
        left_layout.addLayout(adds)
        left_layout.addWidget(self.remove_button)
        self.splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.problem = QLabel()
        self.problem.setObjectName("eventsProblem")
        self.problem.setStyleSheet("color: #B00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        right_layout.addWidget(self.problem)
        self.stack = QStackedWidget()
        self.stack.setObjectName("eventsStack")
        right_layout.addWidget(self.stack, 1)
        self.empty_page = QLabel()
        self.empty_page.setObjectName("eventsEmpty")
        self.empty_page.setWordWrap(True)
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty_page)

        self.event_page = QScrollArea()
        self.event_page.setObjectName("eventScroll")
        self.event_page.setWidgetResizable(True)
        self.event_page.setFrameShape(QScrollArea.Shape.NoFrame)
        self.event_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        event_body = QWidget()
        event_layout = QVBoxLayout(event_body)
        self.event_heading = QLabel()
        self.event_heading.setObjectName("eventHeading")
        self.event_heading.setWordWrap(True)
        font = QFont(self.event_heading.font())
        font.setBold(True)
        self.event_heading.setFont(font)
        event_layout.addWidget(self.event_heading)
        self.event_form = RecordForm(_part(EVENTS, [f.key for f in EVENTS.fields]), choices)
        self.event_form.setObjectName("form_event")
        _hide_id(self.event_form)
        _tune_form(self.event_form)
        self.event_form.case_getter = lambda: self.case  # for person mentions in free text
        self.event_form.changed.connect(self._event_changed)
        event_layout.addWidget(self.event_form)
        self.event_acts = QLabel()
        self.event_acts.setObjectName("eventActsHint")
        self.event_acts.setWordWrap(True)
        event_layout.addWidget(self.event_acts)
        event_layout.addStretch(1)
        self.event_page.setWidget(event_body)
        self.stack.addWidget(self.event_page)

        self.act_page = ActPage(choices)
        self.act_page.changed.connect(self.changed.emit)
        self.act_page.title_changed.connect(self._refresh_titles)
        self.stack.addWidget(self.act_page)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 560])
        self._list_width_chosen = False
        self.splitter.splitterMoved.connect(self._list_width_moved)
        left.setMinimumWidth(150)
        right.setMinimumWidth(300)
        i18n.follow_language(self)
        self._update_buttons()

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text of the page in the interface language."""
        self.tree.setAccessibleName(self.tr("Events and their acts"))
        self.add_event_button.setText(self.tr("Add event"))
        self.add_event_button.setAccessibleName(self.tr("Add an event"))
        self.add_act_button.setText(self.tr("Add act"))
        self.add_act_button.setAccessibleName(self.tr("Add an act to the selected event"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected event or act"))
        self.empty_page.setText(
            self.tr("No event yet. An event is what happened on a day and place; add one.")
            if self.case is not None and not self.events
            else self.tr("Choose an event or an act on the left.")
        )
        self._refresh_titles()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.tree.doItemsLayout()  # rows wrap anew at the new width
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._list_width_chosen:
            # Until the monitor drags the divider, the list takes about 30% of the page.
            total = max(self.splitter.width() - self.splitter.handleWidth(), 1)
            left = max(150, min(260, int(total * 0.3)))
            self.splitter.setSizes([left, total - left])
        _wrap_rows([self.event_form], self.stack.width() - 20)

    def _list_width_moved(self, *_: object) -> None:
        self._list_width_chosen = True

    def showEvent(self, event: QShowEvent) -> None:
        # Persons may have changed in their tab: offer them as they are now.
        self.refresh_choices()
        super().showEvent(event)

    # -- loading ----------------------------------------------------------------------------

    @property
    def events(self) -> list[dict[str, Any]]:
        """The case's events; reading them adds no empty list to the case (add_event does)."""
        if self.case is None:
            return []
        events: list[dict[str, Any]] = self.case.get("events") or []
        return events

    def load(self, case: dict[str, Any] | None) -> None:
        """Show the events of ``case`` (edited in place); the first event is selected."""
        if case is not self.case:
            self.problems, self._problem_records, self._marked, self._lost = {}, [], set(), []
            self.act_page.perpetrators.problems = self.problems
        self.case = case
        self._rebuild()
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self._selected(None, None)
        self.retranslate()

    def refresh_choices(self) -> None:
        """Reload the shown record so that reference fields offer the case's current persons."""
        self._show_current()
        self._refresh_titles()

    def _rebuild(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        self._nodes = []
        for event in self.events:
            item = QTreeWidgetItem([""])
            item.setData(0, Qt.ItemDataRole.UserRole, len(self._nodes))
            self._nodes.append((event, None))
            self.tree.addTopLevelItem(item)
            for act in event.get("acts") or []:
                child = QTreeWidgetItem([""])
                child.setData(0, Qt.ItemDataRole.UserRole, len(self._nodes))
                self._nodes.append((event, act))
                item.addChild(child)
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._refresh_titles()

    def _node(self, item: QTreeWidgetItem | None) -> tuple[dict[str, Any], dict[str, Any] | None]:
        if item is None:
            raise LookupError("no item")
        index = item.data(0, Qt.ItemDataRole.UserRole)
        return self._nodes[int(index)]

    def current(self) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        """The selected event and act (either may be None)."""
        item = self.tree.currentItem()
        if item is None:
            return None, None
        return self._node(item)

    def event_title(self, event: dict[str, Any]) -> str:
        """An event as listed: its date as a person reads it, and its title."""
        title = str(event.get("title") or "").strip() or self.tr("Untitled event")
        date = human_date(event.get("start"))
        return f"{date} — {title}" if date else title

    def act_title(self, act: dict[str, Any]) -> str:
        """An act as listed: its type and its victim."""
        kind = _term("act_types", act.get("type")) or self.tr("Type not chosen")
        names = {pid: name for pid, name, _ in self.act_page.persons()}
        victim = act.get("victim")
        who = names.get(str(victim), str(victim)) if victim else self.tr("victim not chosen")
        return f"{kind} — {who}"

    def _marked_title(self, record: dict[str, Any], title: str) -> str:
        return ("⚠ " + title) if id(record) in self._marked else title

    def _refresh_titles(self) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is None:
                continue
            listed, _ = self._node(item)
            item.setText(0, self._marked_title(listed, self.event_title(listed)))
            item.setToolTip(0, item.text(0))
            for j in range(item.childCount()):
                child = item.child(j)
                if child is None:
                    continue
                _, child_act = self._node(child)
                if child_act is not None:
                    child.setText(0, self._marked_title(child_act, self.act_title(child_act)))
                    child.setToolTip(0, child.text(0))
        event, act = self.current()
        if event is not None:
            self.event_heading.setText(self.event_title(event))
            acts = len(event.get("acts") or [])
            self.event_acts.setText(
                self.tr("%n act(s) in this event: choose one on the left, or add one.", "", acts)
            )
        if act is not None and event is not None:
            self.act_page.heading.setText(
                self.tr("%1, in: %2")
                .replace("%1", self.act_title(act))
                .replace("%2", self.event_title(event))
            )

    # -- selection --------------------------------------------------------------------------

    def _selected(self, item: QTreeWidgetItem | None, _: QTreeWidgetItem | None) -> None:
        self._show_current()
        self._update_buttons()
        self._refresh_titles()

    def _show_current(self) -> None:
        event, act = self.current()
        self.problem.hide()
        if act is not None:
            self.event_form.load(None)
            self.act_page.load(act, self.case)
            self.stack.setCurrentWidget(self.act_page)
        elif event is not None:
            self.act_page.load(None, self.case)
            self.event_form.load(event)
            _show_starts(self.event_form)
            self.stack.setCurrentWidget(self.event_page)
        else:
            self.event_form.load(None)
            self.act_page.load(None, self.case)
            self.stack.setCurrentWidget(self.empty_page)
        self._show_record_problems()

    # -- problems ---------------------------------------------------------------------------

    def set_problems(self, problems: list[tuple[str, str]]) -> None:
        """Problems of records of this page, as (path, message) with paths as the validator
        gives them (``events[e1].acts[a1].victim``). Each message is shown by its field
        whenever its record is shown (now, or when it is chosen in the list, where it is
        marked ⚠); a path that names no record here goes above the form. An empty list
        clears them."""
        self.problems = {}
        self._problem_records = []
        self._marked = set()
        lost: list[str] = []
        for path, message in problems:
            steps = [(m.group(1), m.group(2)) for m in _STEP.finditer(path)]
            found = self._record_of(steps)
            if found is None:
                lost.append(message)
                continue
            record, key, marked = found
            self._problem_records.append(record)
            self.problems.setdefault(id(record), {}).setdefault(key, message)
            self._marked.add(id(marked))
        self.act_page.perpetrators.problems = self.problems
        self._lost = lost
        for editor in self.findChildren(FieldEditor):
            editor.show_error(None)  # what an earlier save reported
        self._refresh_titles()
        self.act_page.perpetrators._fill_rows()
        self._show_record_problems()

    def _record_of(
        self, steps: list[tuple[str, str | None]]
    ) -> tuple[dict[str, Any], str, dict[str, Any]] | None:
        """The record a problem path names (event, act or involvement), the field key left,
        and the event or act to mark in the list; None when the path names nothing here."""
        if len(steps) < 1 or steps[0][0] != "events":
            return None
        event = _find(self.events, steps[0][1])
        if event is None:
            return None
        rest = steps[1:]
        if not rest or rest[0][0] != "acts":
            return event, ".".join(name for name, _ in rest), event
        act = _find(event.get("acts") or [], rest[0][1])
        if act is None:
            return event, "", event
        rest = rest[1:]
        if rest and rest[0][0] == "involvements":
            involvement = _find(act.get("involvements") or [], rest[0][1])
            if involvement is None:
                return act, "", act
            return involvement, ".".join(name for name, _ in rest[1:]), act
        return act, ".".join(name for name, _ in rest), act

    def _show_record_problems(self) -> None:
        """Put the problems of the shown record by their fields."""
        event, act = self.current()
        lost = self._lost
        if act is not None:
            problems = self.problems.get(id(act), {})
            per_form: dict[int, tuple[RecordForm, FieldProblems]] = {}
            for key, message in problems.items():
                form = self.act_page.form_for(key) or self.act_page.common.form
                per_form.setdefault(id(form), (form, {}))[1][key] = message
            for section in (self.act_page.common, self.act_page.arrest, self.act_page.torture):
                form = section.form
                form.show_problems(per_form.get(id(form), (form, {}))[1])
            perpetrators = self.act_page.perpetrators
            row = perpetrators.current_row()
            if 0 <= row < len(perpetrators.records):
                involvement = perpetrators.records[row]
                perpetrators.form.show_problems(self.problems.get(id(involvement), {}))
        elif event is not None:
            self.event_form.show_problems(self.problems.get(id(event), {}))
        if lost:
            self.problem.setText("\n".join("⚠ " + message for message in lost))
            self.problem.show()

    def _update_buttons(self) -> None:
        event, _ = self.current()
        self.add_event_button.setEnabled(self.case is not None)
        self.add_act_button.setEnabled(event is not None)
        self.remove_button.setEnabled(event is not None)

    def _item_of(self, record: dict[str, Any]) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is None:
                continue
            if self._node(item)[0] is record:
                return item
            for j in range(item.childCount()):
                child = item.child(j)
                if self._node(child)[1] is record:
                    return child
        return None

    def select_record(self, record: dict[str, Any]) -> bool:
        """Select an event or act dict of the loaded case."""
        item = self._item_of(record)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        return True

    def select_id(self, record_id: str) -> bool:
        """Select the event or act with this id (ids are unique across the case)."""
        for event in self.events:
            if str(event.get("id")) == record_id:
                return self.select_record(event)
            for act in event.get("acts") or []:
                if str(act.get("id")) == record_id:
                    return self.select_record(act)
        return False

    def select_path(self, steps: list[tuple[str, str | None]]) -> RecordForm | None:
        """Reveal the record a problem path names and return the form showing its field.

        :param steps: e.g. ``[("events", "e1"), ("acts", "a1"), ("victim", None)]``; a record
            is named by its id or, where it has none, by its position.
        :return: the form that has the field, or None when the path leads nowhere on this page.
        """
        located = self._locate(steps)
        return located[0] if located is not None else None

    def _locate(self, steps: list[tuple[str, str | None]]) -> tuple[RecordForm, str] | None:
        if not steps or steps[0][0] != "events":
            return None
        rest = list(steps)
        _, event_step = rest.pop(0)
        event = _find(self.events, event_step)
        if event is None:
            return None
        if rest and rest[0][0] == "acts":
            _, act_step = rest.pop(0)
            act = _find(event.get("acts") or [], act_step)
            if act is None:
                self.select_record(event)
                return self.event_form, ""
            self.select_record(act)
            if rest and rest[0][0] == "involvements":
                _, step = rest.pop(0)
                if step is not None:
                    self.act_page.perpetrators.select_id(step)
                key = ".".join(name for name, _ in rest)
                return self.act_page.perpetrators.form, key
            key = ".".join(name for name, _ in rest)
            return self.act_page.form_for(key) or self.act_page.common.form, key
        self.select_record(event)
        return self.event_form, ".".join(name for name, _ in rest)

    def show_problem(self, path: str, message: str) -> bool:
        """Reveal the record and field a problem path names and put the message by the field.

        :param path: as the validator reports it, e.g. ``events[e1].acts[a1].victim``.
        :return: whether the path named a record on this page.
        """
        steps = [(m.group(1), m.group(2)) for m in _STEP.finditer(path)]
        located = self._locate(steps)
        if located is None:
            return False
        form, key = located
        if key and form.show_problem(key, message):
            self.problem.hide()
            editor = form.editors[key]
            if self.stack.currentWidget() is self.act_page:
                self.act_page.reveal(editor)
            else:
                _settle()
                _ensure_whole(self.event_page, editor)
        else:
            self.problem.setText("⚠ " + message)
            self.problem.show()
        return True

    # -- editing ----------------------------------------------------------------------------

    def add_event(self) -> None:
        """Add an event with a generated id and show its form."""
        if self.case is None:
            return
        event: dict[str, Any] = {"id": new_id(self.case, "events")}
        self.case.setdefault("events", []).append(event)
        self._rebuild()
        self.select_record(event)
        self.changed.emit()
        self.event_form.editors["title"].widget.setFocus()

    def add_act(self) -> None:
        """Add an act, with a generated id, to the selected event and show its page."""
        event, _ = self.current()
        if event is None or self.case is None:
            return
        act: dict[str, Any] = {"id": new_id(self.case, "acts")}
        event.setdefault("acts", []).append(act)
        self._rebuild()
        self.select_record(act)
        self.changed.emit()
        self.act_page.common.form.editors["type"].widget.setFocus()

    def remove(self, confirm: bool = True) -> None:
        """Remove the selected act, or the selected event with its acts (asking first when it
        has acts and ``confirm`` is true)."""
        event, act = self.current()
        if event is None or self.case is None:
            return
        if act is not None:
            acts = event.get("acts") or []
            index = next(i for i, a in enumerate(acts) if a is act)
            # Through the core, so that a violation no longer lists an act that is gone.
            references.remove_record_object(self.case, "acts", act)
            acts = event.get("acts") or []
            following: dict[str, Any] | None = acts[min(index, len(acts) - 1)] if acts else event
        else:
            if event.get("acts") and confirm:
                answer = QMessageBox.question(
                    self,
                    self.tr("Remove event"),
                    self.tr("Remove this event and its %n act(s)?", "", len(event["acts"])),
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            index = next(i for i, e in enumerate(self.events) if e is event)
            references.remove_record_object(self.case, "events", event)
            following = self.events[min(index, len(self.events) - 1)] if self.events else None
        self._rebuild()
        if following is None or not self.select_record(following):
            self._selected(None, None)
        self.retranslate()
        self.changed.emit()
        self.removed.emit()

    def _event_changed(self) -> None:
        self._refresh_titles()
        self.changed.emit()


def _find(records: list[dict[str, Any]], step: str | None) -> dict[str, Any] | None:
    """A record of a list named by its id or, failing that, by its position."""
    if step is None:
        return None
    for record in records:
        if str(record.get("id", "")) == step:
            return record
    if step.isdigit() and int(step) < len(records):
        return records[int(step)]
    return None
