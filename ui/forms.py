"""Forms for records, generated from the record model: one widget per declared field.

Vocabulary fields offer their terms labelled in the interface language; references offer the
records of the case; dates take ISO dates as precise as known. A form edits its record dict in
place and says when it changed; problems are shown next to the field they concern.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldmon.resources import vocabulary
from fieldmon.vault.model import Field, RecordType
from ui import i18n
from ui.labels import field_label, record_label

LONG_TEXT = {"summary", "narrative", "description", "restrictions", "notes", "decision"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$")

# Choices for reference fields: record type name -> [(id, label)], refreshed by the case view.
Choices = Callable[[str], list[tuple[str, str]]]


def _object_name(key: str) -> str:
    return "field_" + key.replace(".", "_")


class FieldEditor(QWidget):
    """One field: its widget, and a line under it for what is wrong with the value."""

    changed = Signal()

    def __init__(self, field: Field, choices: Choices) -> None:
        super().__init__()
        self.field = field
        self.choices = choices
        self._loading = False
        self._loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.widget = self._make_widget()
        self.widget.setObjectName(_object_name(field.key))
        layout.addWidget(self.widget)
        self.error = QLabel()
        self.error.setObjectName(_object_name(field.key) + "_error")
        self.error.setStyleSheet("color: #B00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.retranslate()

    def _make_widget(self) -> QWidget:
        f = self.field
        if f.kind == "bool":
            box = QCheckBox()
            if f.nullable:
                box.setTristate(True)
            box.stateChanged.connect(self._edited)
            return box
        if f.kind == "list" and (f.vocab or f.ref):
            items = QListWidget()
            items.setMaximumHeight(110)
            items.itemChanged.connect(self._edited)
            return items
        if (f.vocab or f.ref) and f.kind != "list":
            combo = QComboBox()
            combo.currentIndexChanged.connect(self._edited)
            return combo
        if f.key in LONG_TEXT:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setMinimumHeight(110 if f.key == "narrative" else 60)
            text.textChanged.connect(self._edited)
            return text
        line = QLineEdit()
        line.textChanged.connect(self._edited)
        return line

    def retranslate(self) -> None:
        label = field_label(self.field.key)
        self.widget.setAccessibleName(label)
        if self._loaded and isinstance(self.widget, QComboBox | QListWidget):
            # Choices are labelled in the interface language: relabel, keep the value.
            self.load(self.value())
        if isinstance(self.widget, QLineEdit):
            if self.field.kind == "date":
                self.widget.setPlaceholderText(
                    self.tr("2026, 2026-01, 2026-01-09 or 2026-01-09T14:20")
                )
            elif self.field.kind == "list":
                self.widget.setPlaceholderText(self.tr("separate with ;"))
        if isinstance(self.widget, QCheckBox) and self.field.nullable:
            self.widget.setToolTip(self.tr("Half-checked means unknown"))

    def _options(self) -> list[tuple[str, str]]:
        if self.field.vocab:
            vocab = vocabulary(self.field.vocab)
            return [(t.code, t.label(i18n.current())) for t in vocab.terms]
        if self.field.ref:
            return self.choices(self.field.ref)
        return []

    def load(self, value: Any) -> None:
        self._loading = True
        self._loaded = True
        try:
            w = self.widget
            if isinstance(w, QCheckBox):
                if value is None:
                    w.setCheckState(
                        Qt.CheckState.PartiallyChecked
                        if self.field.nullable
                        else Qt.CheckState.Unchecked
                    )
                else:
                    w.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            elif isinstance(w, QListWidget):
                w.clear()
                selected = set(value or [])
                options = self._options()
                known = {code for code, _ in options}
                for code, label in options + [(c, c) for c in sorted(selected - known)]:
                    item = QListWidgetItem(label)
                    item.setData(Qt.ItemDataRole.UserRole, code)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(
                        Qt.CheckState.Checked if code in selected else Qt.CheckState.Unchecked
                    )
                    w.addItem(item)
            elif isinstance(w, QComboBox):
                w.clear()
                w.addItem("—", None)
                options = self._options()
                if value is not None and value not in {c for c, _ in options}:
                    options.append((value, str(value)))
                for code, label in options:
                    w.addItem(label, code)
                w.setCurrentIndex(max(0, w.findData(value)) if value is not None else 0)
            elif isinstance(w, QPlainTextEdit):
                if w.toPlainText() != (value or ""):
                    w.setPlainText(value or "")
            elif isinstance(w, QLineEdit):
                if self.field.kind == "list":
                    text = "; ".join(value or [])
                else:
                    text = "" if value is None else str(value)
                if w.text() != text:
                    w.setText(text)
        finally:
            self._loading = False
        self.show_error(None)

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QCheckBox):
            state = w.checkState()
            if state == Qt.CheckState.PartiallyChecked:
                return None
            return state == Qt.CheckState.Checked
        if isinstance(w, QListWidget):
            return [
                w.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(w.count())
                if w.item(i).checkState() == Qt.CheckState.Checked
            ] or None
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText() or None
        assert isinstance(w, QLineEdit)
        text = w.text().strip()
        if self.field.kind == "list":
            return [p.strip() for p in text.split(";") if p.strip()] or None
        if self.field.kind == "int":
            return int(text) if text.isdigit() else (text or None)
        return text or None

    def local_problem(self) -> str | None:
        """What can be said about the value without the rest of the case."""
        value = self.value()
        if self.field.required and not value:
            return self.tr("Required.")
        if self.field.kind == "date" and value and not DATE.match(str(value)):
            return self.tr("Use 2026, 2026-01, 2026-01-09 or 2026-01-09T14:20.")
        if self.field.kind == "int" and isinstance(value, str):
            return self.tr("A whole number.")
        return None

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self.show_error(self.local_problem())
            self.changed.emit()


class RecordForm(QWidget):
    """Every field of one record type."""

    changed = Signal()

    def __init__(self, record_type: RecordType, choices: Choices) -> None:
        super().__init__()
        self.record_type = record_type
        self.record: dict[str, Any] | None = None
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        keys = ["id"] if record_type.id_rule != "none" and record_type.name != "cases" else []
        fields = [Field("id")] if keys else []
        for f in [*fields, *record_type.fields]:
            editor = FieldEditor(f, choices)
            editor.changed.connect(lambda f=f: self._changed(f))
            label = QLabel()
            label.setBuddy(editor.widget)
            self.layout_.addRow(label, editor)
            self.editors[f.key] = editor
            self.labels[f.key] = label
        self.retranslate()
        self.setEnabled(False)

    def retranslate(self) -> None:
        for key, label in self.labels.items():
            required = self.editors[key].field.required or (
                key == "id" and self.record_type.id_rule == "required"
            )
            label.setText(field_label(key) + (" *" if required else ""))
            self.editors[key].retranslate()

    def refresh_choices(self) -> None:
        if self.record is not None:
            self.load(self.record)

    def load(self, record: dict[str, Any] | None) -> None:
        self.record = record
        self.setEnabled(record is not None)
        for key, editor in self.editors.items():
            editor.load(_get(record, key) if record is not None else None)

    def _changed(self, f: Field) -> None:
        if self.record is None:
            return
        _set(self.record, f.key, self.editors[f.key].value())
        self.changed.emit()

    def show_problem(self, key: str, message: str) -> bool:
        editor = self.editors.get(key)
        if editor is None:
            return False
        editor.show_error(message)
        editor.widget.setFocus()
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _get(record: dict[str, Any], key: str) -> Any:
    if "." in key:
        group, leaf = key.split(".", 1)
        return (record.get(group) or {}).get(leaf)
    return record.get(key)


def _set(record: dict[str, Any], key: str, value: Any) -> None:
    if "." in key:
        group, leaf = key.split(".", 1)
        container = record.setdefault(group, {})
        if value is None:
            container.pop(leaf, None)
            if not container:
                record.pop(group, None)
        else:
            container[leaf] = value
        return
    if value is None:
        record.pop(key, None)
    else:
        record[key] = value


def record_title(record_type: RecordType, record: dict[str, Any], choices: Choices) -> str:
    """How a record is named in a list: its id and what best describes it."""
    for key in ("name", "title", "type", "authority", "body", "article", "description"):
        value = record.get(key)
        if value:
            f = next((x for x in record_type.fields if x.key == key), None)
            if f is not None and f.vocab:
                value = vocabulary(f.vocab).label(str(value), i18n.current())
            return f"{record.get('id', '')}  {value}".strip()
    for key in ("person", "interviewee", "perpetrator"):
        if record.get(key):
            names = dict(choices("persons"))
            return f"{record.get('id', '')}  {names.get(record[key], record[key])}".strip()
    return str(record.get("id", "…"))


class RecordListEditor(QWidget):
    """The records of one type within a parent record: a list, add/remove, the form, and the
    editors of the selected record's own children (acts of an event, findings of an
    evaluation)."""

    changed = Signal()

    def __init__(self, record_type: RecordType, choices: Choices) -> None:
        super().__init__()
        self.record_type = record_type
        self.choices = choices
        self.parent_record: dict[str, Any] | None = None
        self.setObjectName(f"editor_{record_type.name}")
        outer = QHBoxLayout(self)
        splitter = QSplitter()
        outer.addWidget(splitter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName(f"list_{record_type.name}")
        self.list.currentRowChanged.connect(self._select)
        left_layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"add_{record_type.name}")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"remove_{record_type.name}")
        self.remove_button.clicked.connect(self.remove)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(right)
        self.form = RecordForm(record_type, choices)
        self.form.changed.connect(self._form_changed)
        right_layout.addWidget(self.form)
        self.child_editors: dict[str, RecordListEditor] = {}
        if record_type.children:
            tabs = QTabWidget()
            self.child_tabs = tabs
            for child in record_type.children:
                editor = RecordListEditor(child, choices)
                editor.changed.connect(self.changed.emit)
                editor.changed.connect(self._refresh_titles)
                self.child_editors[child.name] = editor
                tabs.addTab(editor, record_label(child.name))
            right_layout.addWidget(tabs, 1)
        else:
            right_layout.addStretch(1)
        splitter.addWidget(scroll)
        splitter.setSizes([200, 640])
        self.retranslate()

    def retranslate(self) -> None:
        name = record_label(self.record_type.name)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to %1").replace("%1", name))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove from %1").replace("%1", name))
        self.list.setAccessibleName(name)
        if self.record_type.children:
            for i, child in enumerate(self.record_type.children):
                self.child_tabs.setTabText(i, record_label(child.name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._refresh_titles()
        super().changeEvent(event)

    @property
    def records(self) -> list[dict[str, Any]]:
        if self.parent_record is None:
            return []
        records: list[dict[str, Any]] = self.parent_record.setdefault(self.record_type.name, [])
        return records

    def load(self, parent_record: dict[str, Any] | None) -> None:
        self.parent_record = parent_record
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        for record in self.records:
            self.list.addItem(record_title(self.record_type, record, self.choices))
        self.add_button.setEnabled(parent_record is not None)
        self.remove_button.setEnabled(False)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._select(-1)

    def _select(self, row: int) -> None:
        record = self.records[row] if 0 <= row < len(self.records) else None
        self.form.load(record)
        self.remove_button.setEnabled(record is not None)
        for editor in self.child_editors.values():
            editor.load(record)

    def select_id(self, record_id: str) -> bool:
        for row, record in enumerate(self.records):
            if str(record.get("id", row)) == record_id or str(row) == record_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def add(self) -> None:
        if self.parent_record is None:
            return
        record: dict[str, Any] = {}
        if self.record_type.id_rule == "required":
            prefix = {
                "persons": "p",
                "events": "e",
                "acts": "a",
                "interviews": "i",
                "medical": "m",
                "evidence": "x",
            }.get(self.record_type.name, "r")
            # Ids are unique across the whole case (acts of all events), not just this list.
            taken = {code for code, _ in self.choices(self.record_type.name)}
            taken |= {str(r.get("id")) for r in self.records}
            n = 1
            while f"{prefix}{n}" in taken:
                n += 1
            record["id"] = f"{prefix}{n}"
        self.records.append(record)
        self.list.addItem(record_title(self.record_type, record, self.choices))
        self.list.setCurrentRow(len(self.records) - 1)
        self.changed.emit()
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.widget.setFocus()

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.records):
            del self.records[row]
            self.load(self.parent_record)
            self.changed.emit()

    def _form_changed(self) -> None:
        self._refresh_titles()
        self.changed.emit()

    def _refresh_titles(self) -> None:
        for row, record in enumerate(self.records):
            item = self.list.item(row)
            if item is not None:
                item.setText(record_title(self.record_type, record, self.choices))
