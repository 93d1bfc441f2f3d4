"""Forms for records, generated from the record model: one widget per declared field.

Vocabulary fields offer their terms labelled in the interface language; countries and languages
are found by name (the code is stored); references offer the records of the case by what a person
recognises (a name, "Arrest — 09.01.2026"), never by id. Dates are typed as people write them or
picked from a calendar, and stored in ISO form with their precision. Ids are generated, never
shown. A form edits its record dict in place and says when it changed; problems are shown next
to the field they concern. Removing a record also removes or clears what names it, and can be
undone while the case is open.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from babel.dates import format_date
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QHelpEvent,
    QResizeEvent,
    QShowEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from fieldmon.consent.mentions import (
    MentionRefused,
    add_mention,
    find_words,
    mentions_in,
    path_of,
    text_at,
)
from fieldmon.resources import vocabulary
from fieldmon.vault.dates import DateError, describe_date, parse_date, short_date
from fieldmon.vault.ids import new_record, records_of
from fieldmon.vault.model import COUNTRY, LANGUAGE, RECORD_TYPES, Field, RecordType
from fieldmon.vault.references import (
    Reference,
    Removal,
    field_value,
    references_to,
    remove_record_object,
    restore,
    set_field_value,
)
from ui import i18n
from ui.labels import field_label, record_label
from ui.pickers import CodeListPicker, DateButton, SearchableCombo, country_names, language_names

NARROW_FORM = 480  # pixels: below this width a form puts labels above their fields
LONG_TEXT = {
    # Keyed by field key: every record type having one of these keys has it as free text
    # (restrictions: an interview's conditions, a medical evaluation's restrictions).
    "summary",
    "narrative",
    "description",
    "restrictions",
    "notes",
    "decision",
    "argument",  # violations
    "analysis",  # wgad_categories
    "risk",  # interim
    "measure",  # interim
    "individual_measures",  # judgments
    "general_measures",
    "recommendations",
    "conditions",  # medical (Istanbul Protocol report)
    "opinion",
    "truthfulness",
}

# Choices for reference fields: record type name -> [(id, label)], refreshed by the case view.
Choices = Callable[[str], list[tuple[str, str]]]


# A record's problems for display: field key -> message ("" key: the record as a whole).
FieldProblems = dict[str, str]

# Where a form's record lives: (the whole case, the record dict inside it), or None.
MentionContext = Callable[[], tuple[dict[str, Any], dict[str, Any]] | None]


def _object_name(key: str) -> str:
    return "field_" + key.replace(".", "_")


def _choice_label(code: str, label: str) -> str:
    """A reference choice's label without an id in front ("p1  Name" -> "Name")."""
    prefix = f"{code}  "
    return label[len(prefix) :] if label.startswith(prefix) else label


def code_options(field: Field, language: str) -> list[tuple[str, str]] | None:
    """Countries or languages named in ``language`` when ``field`` holds such codes (by the
    pattern the model declares for it: ISO 3166-1 alpha-2 or ISO 639), else None."""
    if field.pattern == COUNTRY:
        return list(country_names(language))
    if field.pattern == LANGUAGE:
        return list(language_names(language))
    return None


class FieldEditor(QWidget):
    """One field: its widget, and a line under it for what is wrong with the value.

    ``widget`` is the editing widget itself (a QLineEdit for dates and free text, a QComboBox
    for a single choice, a QListWidget for several, a CodeListPicker for several countries).
    """

    changed = Signal()
    date_typed = Signal(str)
    """A date was typed or picked and accepted; the argument is its precision code."""

    def __init__(self, field: Field, choices: Choices, record_type: str | None = None) -> None:
        super().__init__()
        self.field = field
        self.choices = choices
        self.record_type = record_type
        """The name of the record type the field belongs to ("medical"): some keys are
        labelled by it (see :func:`ui.labels.field_label`)."""
        self._loading = False
        self._loaded = False
        self._typed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.widget = self._make_widget()
        self.widget.setObjectName(_object_name(field.key))
        self.date_button: DateButton | None = None
        if field.kind == "date":
            row = QHBoxLayout()
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(self.widget, 1)
            self.date_button = DateButton()
            self.date_button.setObjectName(_object_name(field.key) + "_calendar")
            self.date_button.clicked.connect(self._open_calendar)
            self.date_button.picked.connect(self.pick_date)
            row.addWidget(self.date_button)
            layout.addLayout(row)
        else:
            layout.addWidget(self.widget)
        self.hint = QLabel()
        self.hint.setObjectName(_object_name(field.key) + "_hint")
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.hide()
        layout.addWidget(self.hint)
        self.error = QLabel()
        self.error.setObjectName(_object_name(field.key) + "_error")
        self.error.setStyleSheet("color: #B00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        # Person mentions in free text (issue 13): set by the form; see show_mentions.
        self.mention_context: MentionContext | None = None
        self._mention_spans: list[tuple[int, int, str]] = []
        self.mentions_warning = QLabel()
        self.mentions_warning.setObjectName(_object_name(field.key) + "_mentions")
        self.mentions_warning.setStyleSheet("color: #8A4B00;")
        self.mentions_warning.setWordWrap(True)
        self.mentions_warning.hide()
        layout.addWidget(self.mentions_warning)
        if isinstance(self.widget, QPlainTextEdit):
            self.widget.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.widget.customContextMenuRequested.connect(self._show_context_menu)
            self.widget.viewport().installEventFilter(self)
        self.retranslate()

    def _make_widget(self) -> QWidget:
        f = self.field
        if f.kind == "bool":
            box = QCheckBox()
            if f.nullable:
                box.setTristate(True)
            box.stateChanged.connect(self._edited)
            return box
        if f.pattern in (COUNTRY, LANGUAGE):
            if f.kind == "list":
                picker = CodeListPicker()
                picker.changed.connect(self._edited)
                picker.adder.unmatched.connect(self._unmatched)
                return picker
            searchable = SearchableCombo()
            searchable.currentIndexChanged.connect(self._edited)
            searchable.unmatched.connect(self._unmatched)
            return searchable
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
        if f.kind == "date":
            line.editingFinished.connect(self.commit_date)
        return line

    def label(self) -> str:
        """The field's name in the interface language, as its record type words it."""
        return field_label(self.field.key, self.record_type)

    def retranslate(self) -> None:
        label = self.label()
        self.widget.setAccessibleName(label)
        if isinstance(self.widget, CodeListPicker):
            self.widget.set_names(
                _object_name(self.field.key),
                label,
                self.tr("Remove"),
                self.tr("Remove the selected one from %1").replace("%1", label),
            )
        if self._loaded and isinstance(self.widget, QComboBox | QListWidget | CodeListPicker):
            # Choices are labelled in the interface language: relabel, keep the value.
            self.load(self.value())
        if isinstance(self.widget, QLineEdit):
            if self.field.kind == "date":
                self.widget.setPlaceholderText(
                    self.tr("09.01.2026, 01.2026, January 2026, 2026 or 2026-01-09 14:20")
                )
            elif self.field.kind == "list":
                self.widget.setPlaceholderText(self.tr("separate with commas"))
        if self.date_button is not None:
            self.date_button.setAccessibleName(
                self.tr("Choose %1 on a calendar").replace("%1", label)
            )
            self.date_button.setToolTip(self.date_button.accessibleName())
        if isinstance(self.widget, QCheckBox) and self.field.nullable:
            self.widget.setToolTip(self.tr("Half-checked means unknown"))
        self._show_hint()
        self.show_mentions()

    def _options(self) -> list[tuple[str, str]]:
        codes = code_options(self.field, i18n.current())
        if codes is not None:
            return codes
        if self.field.vocab:
            vocab = vocabulary(self.field.vocab)
            return [(t.code, t.label(i18n.current())) for t in vocab.terms]
        if self.field.ref:
            return [
                (code, _choice_label(code, label)) for code, label in self.choices(self.field.ref)
            ]
        return []

    def load(self, value: Any) -> None:
        self._loading = True
        self._loaded = True
        self._typed = False
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
            elif isinstance(w, CodeListPicker):
                w.set_options(self._options(), list(value or []))
            elif isinstance(w, SearchableCombo):
                w.set_options(self._options(), value)
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
                    text = ", ".join(value or [])
                else:
                    text = "" if value is None else str(value)
                if w.text() != text:
                    w.setText(text)
        finally:
            self._loading = False
        self.show_error(None)
        self._show_hint()
        self.show_mentions()

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, QCheckBox):
            state = w.checkState()
            if state == Qt.CheckState.PartiallyChecked:
                return None
            return state == Qt.CheckState.Checked
        if isinstance(w, CodeListPicker):
            return w.codes() or None
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
            return split_list(text) or None
        if self.field.kind == "int":
            return int(text) if text.isdigit() else (text or None)
        if self.field.kind == "date" and text:
            try:
                return parse_date(text).iso
            except DateError:
                return text  # kept as typed, so that nothing typed is lost; shown as a problem
        return text or None

    def local_problem(self) -> str | None:
        """What can be said about the value without the rest of the case."""
        value = self.value()
        if self.field.required and not value:
            return self.tr("Required.")
        if self.field.kind == "date" and isinstance(self.widget, QLineEdit):
            text = self.widget.text().strip()
            if text:
                try:
                    parse_date(text)
                except DateError as error:
                    return date_problem(self.field.key, text, error.reason, self.record_type)
        if self.field.kind == "int" and isinstance(value, str):
            return self.tr("A whole number.")
        return None

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def _show_hint(self) -> None:
        """Under a date, the date in words with its precision: "9 January 2026, exact day"."""
        text = ""
        if self.field.kind == "date" and isinstance(self.widget, QLineEdit):
            value = self.value()
            if isinstance(value, str) and value:
                try:
                    text = describe_date(value, i18n.current())
                except DateError:
                    text = ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def commit_date(self) -> None:
        """When a typed date is left or confirmed: show it in ISO form and, if it was typed
        since the record was loaded, say how precise it is (``date_typed``)."""
        if not isinstance(self.widget, QLineEdit) or self.field.kind != "date":
            return
        text = self.widget.text().strip()
        if not text or not self._typed:
            return
        try:
            parsed = parse_date(text)
        except DateError:
            return
        if self.widget.text() != parsed.iso:
            self.widget.setText(parsed.iso)
        self._typed = False
        self.date_typed.emit(parsed.precision)

    def _open_calendar(self) -> None:
        if self.date_button is None:
            return
        start = QDate()
        value = self.value()
        if isinstance(value, str):
            try:
                parsed = parse_date(value)
                parts = [int(p) for p in parsed.iso[:10].split("-")]
                start = QDate(*[*parts, 1, 1][:3])
            except DateError:
                start = QDate()
        self.date_button.open_calendar(start)

    def pick_date(self, day: QDate) -> None:
        """Set the date to a day chosen on the calendar (exact day)."""
        if isinstance(self.widget, QLineEdit):
            self._typed = True
            self.widget.setText(day.toString("yyyy-MM-dd"))
            self.commit_date()

    def _unmatched(self, text: str, containing: int) -> None:
        """Typed text that names no country or language: say so by the field (the choice
        made before is kept)."""
        label = self.label()
        if containing:
            message = self.tr("%1: several names contain “%2”; choose one from the list.")
        else:
            message = self.tr(
                "%1: no name contains “%2”; type part of a name and choose from the list."
            )
        self.show_error(message.replace("%1", label).replace("%2", text))

    def _edited(self, *_: object) -> None:
        if not self._loading:
            self._typed = True
            self.show_error(self.local_problem())
            self._show_hint()
            self.changed.emit()
            self.show_mentions()

    # -- person mentions (issue 13): words of free text marked as naming a person ----------

    def _mention_place(self) -> tuple[dict[str, Any], str] | None:
        """The case and the path of this field in it, when the field can carry mentions."""
        if not isinstance(self.widget, QPlainTextEdit) or self.mention_context is None:
            return None
        context = self.mention_context()
        if context is None:
            return None
        case, record = context
        path = path_of(case, record, self.field.key)
        if path is None or text_at(case, path) is None:
            return None
        return case, path

    def _person_name(self, case: dict[str, Any], person_id: str) -> str:
        for person in case.get("persons") or []:
            if isinstance(person, dict) and person.get("id") == person_id:
                return str(person.get("name") or person_id)
        return person_id

    def _person_choice(self, person: dict[str, Any]) -> str:
        """A person as the mention menu lists them: "Leyla Quliyeva (p2) — witness"."""
        roles = ", ".join(
            vocabulary("roles").label(str(r), i18n.current()) for r in person.get("roles") or []
        )
        text = f"{person.get('name') or ''} ({person['id']})"
        return f"{text} — {roles}" if roles else text

    def mention_menu(self) -> QMenu:
        """The editor's context menu: Qt's own entries, then "Mark as a mention of…" with the
        persons of the case (enabled when words are selected), and a way to remove a mention of
        this field under the cursor or no longer in the text."""
        assert isinstance(self.widget, QPlainTextEdit)
        menu = self.widget.createStandardContextMenu()
        menu.setObjectName("textContextMenu")
        menu.addSeparator()
        place = self._mention_place()
        mark = menu.addMenu(self.tr("Mark as a mention of…"))
        mark.setObjectName("markMentionMenu")
        mark.menuAction().setObjectName("markMention")
        persons = []
        if place is not None:
            persons = [p for p in place[0].get("persons") or [] if isinstance(p, dict)]
            persons = [p for p in persons if p.get("id")]
        for person in persons:
            action = mark.addAction(self._person_choice(person))
            action.setObjectName(f"mentionPerson_{person['id']}")
            action.triggered.connect(lambda _=False, pid=str(person["id"]): self.mark_mention(pid))
        if not persons:
            mark.addAction(self.tr("No persons in this case yet")).setEnabled(False)
        selected = self.widget.textCursor().hasSelection()
        mark.menuAction().setEnabled(place is not None and selected and bool(persons))
        if place is not None and not selected:
            mark.menuAction().setToolTip(self.tr("Select the words that name the person first."))
        if place is not None:
            case, path = place
            text = self.widget.toPlainText()
            at = _from_utf16(text, self.widget.textCursor().position())
            for mention in mentions_in(case, path):
                spans = find_words(text, str(mention.get("text") or ""))
                if spans and not any(s <= at <= e for s, e in spans):
                    continue
                name = self._person_name(case, str(mention.get("person")))
                action = menu.addAction(
                    self.tr("Remove the mention “%1” of %2")
                    .replace("%1", str(mention.get("text")))
                    .replace("%2", name)
                )
                action.setObjectName("removeMention")
                action.triggered.connect(lambda _=False, m=mention: self.remove_mention(m))
        return menu

    def _show_context_menu(self, pos: QPoint) -> None:
        menu = self.mention_menu()
        menu.exec(self.widget.mapToGlobal(pos))
        menu.deleteLater()

    def mark_mention(self, person_id: str) -> bool:
        """Record that the selected words name the person: a mention in the case being edited,
        saved with it (the form says it changed). A refusal is shown under the field.

        :return: whether the mention was recorded.
        """
        place = self._mention_place()
        if place is None or not isinstance(self.widget, QPlainTextEdit):
            return False
        cursor = self.widget.textCursor()
        if not cursor.hasSelection():
            return False
        case, path = place
        text = self.widget.toPlainText()
        if text_at(case, path) != text:
            self.changed.emit()  # the record takes the text as shown before offsets point in it
        start = _from_utf16(text, cursor.selectionStart())
        end = _from_utf16(text, cursor.selectionEnd())
        try:
            marked = add_mention(case, path, start, end, person_id)
        except MentionRefused as error:
            self.show_error(self.tr("Not marked: %1").replace("%1", str(error)))
            return False
        case.setdefault("mentions", []).append(marked["mentions"][-1])
        self.show_error(None)
        self.show_mentions()
        self.changed.emit()
        return True

    def remove_mention(self, mention: dict[str, Any]) -> None:
        """Remove one mention (this very record) from the case being edited."""
        place = self._mention_place()
        if place is None:
            return
        case = place[0]
        kept = [m for m in case.get("mentions") or [] if m is not mention]
        if kept:
            case["mentions"] = kept
        else:
            case.pop("mentions", None)
        self.show_mentions()
        self.changed.emit()

    def show_mentions(self) -> None:
        """Underline every occurrence of a marked mention's words in the text (as the dossier
        will render each of them), and say under the field which mentions of this field are no
        longer in its text, so that none is lost without a word."""
        if not isinstance(self.widget, QPlainTextEdit):
            return
        place = self._mention_place()
        self._mention_spans = []
        lines: list[str] = []
        if place is not None:
            case, path = place
            text = self.widget.toPlainText()
            for mention in case.get("mentions") or []:
                if not isinstance(mention, dict):
                    continue
                name = self._person_name(case, str(mention.get("person")))
                for start, end in find_words(text, str(mention.get("text") or "")):
                    self._mention_spans.append((_to_utf16(text, start), _to_utf16(text, end), name))
            for mention in mentions_in(case, path):
                if not find_words(text, str(mention.get("text") or "")):
                    lines.append(
                        self.tr(
                            "⚠ “%1” was marked as naming %2 but is no longer in this text. Mark"
                            " the words again, or remove the mention (right-click)."
                        )
                        .replace("%1", str(mention.get("text")))
                        .replace("%2", self._person_name(case, str(mention.get("person"))))
                    )
        marked = QTextCharFormat()
        marked.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        marked.setUnderlineColor(QColor("#1A4FA0"))
        marked.setBackground(QBrush(QColor("#FFF1B8")))
        selections = []
        for start16, end16, _ in self._mention_spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.widget.document())
            cursor.setPosition(start16)
            cursor.setPosition(end16, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = marked
            selections.append(selection)
        self.widget.setExtraSelections(selections)
        self.mentions_warning.setText("\n".join(lines))
        self.mentions_warning.setVisible(bool(lines))

    def mention_at(self, position: int) -> str | None:
        """What the hover over a marked word says: "Names Leyla Quliyeva", or None.

        :param position: a position in the editor's document (UTF-16 code units, as Qt counts).
        """
        names = [name for s, e, name in self._mention_spans if s <= position < e]
        if not names:
            return None
        return self.tr("Names %1").replace("%1", ", ".join(dict.fromkeys(names)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(self.widget, QPlainTextEdit)
            and watched is self.widget.viewport()
            and event.type() == QEvent.Type.ToolTip
            and isinstance(event, QHelpEvent)
        ):
            tip = self.mention_at(self.widget.cursorForPosition(event.pos()).position())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.widget)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)


def _to_utf16(text: str, index: int) -> int:
    """A character offset of Python text as Qt counts positions (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2


def _from_utf16(text: str, position: int) -> int:
    """A Qt position (UTF-16 code units) as a character offset of Python text; a position
    inside a surrogate pair goes to the start of its character."""
    return len(text.encode("utf-16-le")[: 2 * position].decode("utf-16-le", errors="ignore"))


def split_list(text: str) -> list[str]:
    """The items of a list typed on one line ("Anar Məmmədov, Leyla Quliyeva"): separated by
    commas or semicolons, as people write lists; a name without either is one item."""
    return [part.strip() for part in re.split(r"[,;]", text) if part.strip()]


def date_problem(key: str, text: str, reason: str, record_type: str | None = None) -> str:
    """A date problem worded for a person, in the interface language: "Start: 31.02.2026 is
    not a real calendar date (February 2026 has 28 days)." for a day that does not exist,
    "Start: use a date such as …" for text that is not written like a date. ``record_type``
    (its name) words the field's label as that record type does."""
    label = field_label(key, record_type)
    if reason == "calendar":
        try:
            parse_date(text)
            error = None
        except DateError as raised:
            error = raised
        if error is not None and error.detail == "day" and error.days is not None:
            assert error.year is not None and error.month is not None
            month = format_date(date(error.year, error.month, 1), "LLLL y", locale=i18n.current())
            message = QCoreApplication.translate(
                "FieldEditor", "%1: %2 is not a real calendar date (%3 has %4 days)."
            ).replace("%3", month[:1].upper() + month[1:])
            message = message.replace("%4", str(error.days))
        elif error is not None and error.detail == "month":
            message = QCoreApplication.translate(
                "FieldEditor", "%1: %2 is not a real calendar date (a year has 12 months)."
            )
        elif error is not None and error.detail == "year":
            message = QCoreApplication.translate(
                "FieldEditor", "%1: %2 is not a real calendar date (use a year from 1800 to 2200)."
            )
        elif error is not None and error.detail == "time":
            message = QCoreApplication.translate("FieldEditor", "%1: %2 is not a real time of day.")
        else:
            message = QCoreApplication.translate(
                "FieldEditor", "%1: %2 is not a real calendar date."
            )
        return message.replace("%1", label).replace("%2", text)
    return QCoreApplication.translate(
        "FieldEditor", "%1: use a date such as 09.01.1990, 01.1990, January 1990 or 1990."
    ).replace("%1", label)


class RecordForm(QWidget):
    """Every field of one record type except its id, which is generated and never shown."""

    changed = Signal()

    def __init__(self, record_type: RecordType, choices: Choices) -> None:
        super().__init__()
        self.record_type = record_type
        self.record: dict[str, Any] | None = None
        self.case_getter: Callable[[], dict[str, Any] | None] | None = None
        """The whole case the record belongs to (for mentions); a case's own form needs none."""
        self.layout_ = QFormLayout(self)
        self.layout_.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, FieldEditor] = {}
        self.labels: dict[str, QLabel] = {}
        self.record_error = QLabel()
        self.record_error.setObjectName(f"record_error_{record_type.name}")
        self.record_error.setStyleSheet("color: #B00020;")
        self.record_error.setWordWrap(True)
        self.record_error.hide()
        self.layout_.addRow(self.record_error)
        dates = [f for f in record_type.fields if f.kind == "date"]
        precision_from = dates[0].key if dates else None
        for f in record_type.fields:
            editor = FieldEditor(f, choices, record_type.name)
            editor.mention_context = self._mention_context
            editor.changed.connect(lambda f=f: self._changed(f))
            if f.key == precision_from:
                editor.date_typed.connect(self._date_typed)
            label = QLabel()
            label.setBuddy(editor.widget)
            self.layout_.addRow(label, editor)
            self.editors[f.key] = editor
            self.labels[f.key] = label
        i18n.follow_language(self)
        self.setEnabled(False)

    def retranslate(self) -> None:
        for key, label in self.labels.items():
            required = self.editors[key].field.required
            label.setText(self.editors[key].label() + (" *" if required else ""))
            self.editors[key].retranslate()

    def refresh_choices(self) -> None:
        if self.record is not None:
            self.load(self.record)

    def load(self, record: dict[str, Any] | None) -> None:
        self.record = record
        self.setEnabled(record is not None)
        self.record_error.hide()
        for key, editor in self.editors.items():
            editor.load(field_value(record, key) if record is not None else None)

    def _mention_context(self) -> tuple[dict[str, Any], dict[str, Any]] | None:
        """(case, record) for the mentions of the record's free text, or None."""
        if self.record is None:
            return None
        if self.case_getter is not None:
            case = self.case_getter()
        else:
            case = self.record if self.record_type.name == "cases" else None
        return None if case is None else (case, self.record)

    def _changed(self, f: Field) -> None:
        if self.record is None:
            return
        set_field_value(self.record, f.key, self.editors[f.key].value())
        self.changed.emit()

    def _date_typed(self, precision: str) -> None:
        """The first date of the record was typed: its precision follows (when the record
        type has a date precision field and the vocabulary has the code)."""
        editor = self.editors.get("date_precision")
        if editor is None or self.record is None or editor.value() == precision:
            return
        if precision not in vocabulary("date_precisions").codes:
            return
        editor.load(precision)
        self._changed(editor.field)

    def show_problem(self, key: str, message: str) -> bool:
        editor = self.editors.get(key)
        if editor is None:
            return False
        editor.show_error(message)
        editor.widget.setFocus()
        return True

    def show_problems(self, problems: FieldProblems) -> None:
        """Put every message by its field (key "" or an unknown key: above the form)."""
        general: list[str] = []
        for key, message in problems.items():
            editor = self.editors.get(key)
            if editor is None:
                general.append(message)
            else:
                editor.show_error(message)
        self.record_error.setText("\n".join(general))
        self.record_error.setVisible(bool(general))

    def resizeEvent(self, event: QResizeEvent) -> None:
        # In a narrow pane (a 1024-pixel screen) labels go above their fields, which then
        # take the whole width instead of running off the right edge.
        policy = (
            QFormLayout.RowWrapPolicy.WrapAllRows
            if event.size().width() < NARROW_FORM
            else QFormLayout.RowWrapPolicy.DontWrapRows
        )
        if self.layout_.rowWrapPolicy() != policy:
            self.layout_.setRowWrapPolicy(policy)
        super().resizeEvent(event)


def _vocab_label(record_type: RecordType, key: str, value: Any) -> str:
    f = next((x for x in record_type.fields if x.key == key), None)
    if f is not None and f.vocab and value:
        return vocabulary(f.vocab).label(str(value), i18n.current())
    return str(value) if value else ""


def _first_line(value: Any, limit: int = 60) -> str:
    """The first line of free text, cut to ``limit`` characters (with "…" when cut)."""
    line = str(value or "").strip().split("\n", 1)[0].strip()
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _language_name(code: Any) -> str:
    """A language code ("en") named in the interface language ("English"); the code itself
    when CLDR does not name it."""
    if not code:
        return ""
    return dict(language_names(i18n.current())).get(str(code), str(code))


def record_title(record_type: RecordType, record: dict[str, Any], choices: Choices) -> str:
    """How a record is named in a list or a reference picker, as a person recognises it:
    "Rəşad Əliyev", "Arrest — Rəşad Əliyev — 09.01.2026", "Rəşad Əliyev — ECtHR". Vocabulary
    values are labelled in the interface language; ids are never shown."""
    names = {code: _choice_label(code, label) for code, label in choices("persons")}

    def person(key: str) -> str:
        value = record.get(key)
        return names.get(str(value), "") if value else ""

    def day(key: str) -> str:
        value = record.get(key)
        return short_date(str(value)) if value else ""

    name = record_type.name
    if name == "persons":
        parts = [str(record.get("name") or "")]
    elif name == "events":
        parts = [str(record.get("title") or ""), day("start")]
    elif name == "acts":
        parts = [
            _vocab_label(record_type, "type", record.get("type")),
            person("victim"),
            day("start"),
        ]
    elif name == "involvements":
        parts = [person("perpetrator"), _vocab_label(record_type, "degree", record.get("degree"))]
    elif name == "interviews":
        parts = [person("interviewee"), day("date")]
    elif name == "consents":
        parts = [person("person"), _vocab_label(record_type, "recipient", record.get("recipient"))]
    elif name == "medical":
        parts = [person("person"), str(record.get("clinician") or ""), day("date")]
    elif name == "findings":
        parts = [str(record.get("location") or ""), str(record.get("description") or "")[:60]]
    elif name == "remedies":
        parts = [str(record.get("authority") or ""), day("date")]
    elif name == "violations":
        parts = [" ".join(str(record.get(k) or "") for k in ("instrument", "article")).strip()]
    elif name == "interventions":
        parts = [
            _vocab_label(record_type, "body", record.get("body")),
            _vocab_label(record_type, "type", record.get("type")),
            day("date"),
        ]
    elif name == "evidence":
        parts = [
            str(record.get("title") or ""),
            _vocab_label(record_type, "source_type", record.get("source_type")),
        ]
    elif name == "interim":
        parts = [_first_line(record.get("measure")), day("feared_date")]
    elif name == "wgad_categories":
        parts = [_vocab_label(record_type, "category", record.get("category"))]
    elif name == "translations":
        parts = [_language_name(record.get("language"))]
    elif name == "judgments":
        parts = [str(record.get("title") or ""), str(record.get("application") or "")]
    else:
        named = [
            _vocab_label(record_type, key, record.get(key))
            for key in ("name", "title", "type", "description")
        ]
        parts = [next((n for n in named if n), "")]
    title = " — ".join(p for p in parts if p)
    return title or QCoreApplication.translate("RecordListEditor", "(new, not filled in yet)")


def reference_choices(case: dict[str, Any] | None, name: str) -> list[tuple[str, str]]:
    """Records of type ``name`` anywhere in ``case`` that have an id, as (id, title) for
    reference pickers, titled as :func:`record_title` does (the case view's ``choices``)."""
    if case is None:
        return []

    def persons(kind: str) -> list[tuple[str, str]]:
        if kind != "persons":
            return []
        return [
            (str(p["id"]), str(p.get("name") or ""))
            for p in records_of(case, "persons")
            if p.get("id")
        ]

    record_type = RECORD_TYPES[name]
    return [
        (str(r["id"]), record_title(record_type, r, persons))
        for r in records_of(case, name)
        if r.get("id")
    ]


class RecordListEditor(QWidget):
    """The records of one type within a parent record: a list, add/remove, the form, and the
    editors of the selected record's own children (acts of an event, findings of an
    evaluation).

    Removing a record takes with it whatever would otherwise name it (see
    :mod:`fieldmon.vault.references`), after a confirmation when anything does, and an "Undo"
    bar puts everything back for as long as the same case is loaded. ``case_getter`` gives the
    whole case when this editor is used outside a case view's tree (for new ids and links);
    by default the case is found through the parent editors, or is the parent record itself.
    """

    changed = Signal()
    removed = Signal()
    """Records were removed or put back: other views of the case should reload their lists."""

    def __init__(self, record_type: RecordType, choices: Choices) -> None:
        super().__init__()
        self.record_type = record_type
        self.choices = choices
        self.parent_record: dict[str, Any] | None = None
        self.owner: RecordListEditor | None = None
        self.case_getter: Callable[[], dict[str, Any] | None] | None = None
        self.undo_stack: list[tuple[dict[str, Any], Removal]] = []
        self.problems: dict[int, FieldProblems] = {}
        self._problem_records: list[dict[str, Any]] = []
        self.setObjectName(f"editor_{record_type.name}")
        outer = QVBoxLayout(self)
        self.note: QLabel | None = None
        if record_type.name == "consents":
            self.note = QLabel()
            self.note.setObjectName("consentTransmissionNote")
            self.note.setWordWrap(True)
            outer.addWidget(self.note)
        splitter = QSplitter()
        outer.addWidget(splitter, 1)
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
        self.undo_bar = QWidget()
        self.undo_bar.setObjectName(f"undo_bar_{record_type.name}")
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(0, 0, 0, 0)
        self.undo_label = QLabel()
        self.undo_label.setObjectName(f"undo_label_{record_type.name}")
        self.undo_label.setWordWrap(True)
        undo_layout.addWidget(self.undo_label, 1)
        self.undo_button = QPushButton()
        self.undo_button.setObjectName(f"undo_{record_type.name}")
        self.undo_button.clicked.connect(self.undo)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        left_layout.addWidget(self.undo_bar)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(right)
        self.form = RecordForm(record_type, choices)
        self.form.case_getter = self.case
        self.form.changed.connect(self._form_changed)
        right_layout.addWidget(self.form)
        self.child_editors: dict[str, RecordListEditor] = {}
        if record_type.children:
            tabs = QTabWidget()
            self.child_tabs = tabs
            for child in record_type.children:
                editor = RecordListEditor(child, choices)
                editor.owner = self
                editor.changed.connect(self.changed.emit)
                editor.changed.connect(self._refresh_titles)
                editor.removed.connect(self.removed.emit)
                self.child_editors[child.name] = editor
                tabs.addTab(editor, record_label(child.name))
            right_layout.addWidget(tabs, 1)
        else:
            right_layout.addStretch(1)
        splitter.addWidget(scroll)
        splitter.setSizes([200, 640])
        i18n.follow_language(self)

    def retranslate(self) -> None:
        name = record_label(self.record_type.name)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add to %1").replace("%1", name))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove from %1").replace("%1", name))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the removal from %1").replace("%1", name))
        self.list.setAccessibleName(name)
        if self.note is not None:
            self.note.setText(
                self.tr(
                    "Every recipient passes the dossier to the State concerned: the Court"
                    " communicates applications to the Government, and UN mandates transmit"
                    " communications to it. For un-srt and wgad, record the person's consent to"
                    " that transmission."
                )
            )
        self._show_undo()
        if self.record_type.children:
            for i, child in enumerate(self.record_type.children):
                self.child_tabs.setTabText(i, record_label(child.name))
        self._refresh_titles()  # titles name vocabulary terms

    def showEvent(self, event: QShowEvent) -> None:
        # Records may have been removed or put back from another tab (a person's acts).
        self.refresh()
        super().showEvent(event)

    @property
    def records(self) -> list[dict[str, Any]]:
        """The records of this type in the parent record, read without changing it: a parent
        without any has none (an empty list is not added to it, so that loading a case into
        the editors leaves it as it was stored). Only :meth:`add` and :meth:`undo` create the
        list."""
        if self.parent_record is None:
            return []
        records: list[dict[str, Any]] = self.parent_record.get(self.record_type.name) or []
        return records

    def _records_to_change(self) -> list[dict[str, Any]]:
        """The parent record's list of records of this type, created when it has none."""
        assert self.parent_record is not None
        records = self.parent_record.get(self.record_type.name)
        if not isinstance(records, list):
            records = []
            self.parent_record[self.record_type.name] = records
        return records

    def case(self) -> dict[str, Any] | None:
        """The whole case this editor's records belong to (see the class docstring)."""
        if self.case_getter is not None:
            return self.case_getter()
        if self.owner is not None:
            return self.owner.case()
        return self.parent_record

    def load(self, parent_record: dict[str, Any] | None) -> None:
        self.parent_record = parent_record
        case = self.case()
        # Undo lasts as long as the case is open: forget removals made in another case.
        self.undo_stack = [(c, r) for c, r in self.undo_stack if c is case]
        self._show_undo()
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        for record in self.records:
            self.list.addItem(self._title(record))
        self.add_button.setEnabled(parent_record is not None)
        self.remove_button.setEnabled(False)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._select(-1)

    def refresh(self) -> None:
        """Show the records as they now are, keeping the selected one selected if it is
        still there (used when records were removed or put back from elsewhere)."""
        if self.parent_record is None:
            return
        titles = [self._title(r) for r in self.records]
        current = self.form.record
        same = self.list.count() == len(titles) and (
            current is None or any(r is current for r in self.records)
        )
        if same:
            self._refresh_titles()
            self.form.refresh_choices()
            self._show_record_problems()
            return
        row = next((i for i, r in enumerate(self.records) if r is current), 0)
        self.list.blockSignals(True)
        self.list.clear()
        for title in titles:
            self.list.addItem(title)
        self.list.blockSignals(False)
        if titles:
            self.list.setCurrentRow(min(row, len(titles) - 1))
            self._select(self.list.currentRow())
        else:
            self._select(-1)

    def _select(self, row: int) -> None:
        record = self.records[row] if 0 <= row < len(self.records) else None
        self.form.load(record)
        self._show_record_problems()
        self.remove_button.setEnabled(record is not None)
        for editor in self.child_editors.values():
            editor.load(record)

    def select_id(self, record_id: str) -> bool:
        for row, record in enumerate(self.records):
            if str(record.get("id", row)) == record_id or str(row) == record_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def select_record(self, record: dict[str, Any]) -> bool:
        """Select this very record (by identity); False when it is not in the list."""
        for row, item in enumerate(self.records):
            if item is record:
                self.list.setCurrentRow(row)
                return True
        return False

    def add(self) -> None:
        if self.parent_record is None:
            return
        # Ids are unique across the whole case (acts of all events), and never shown.
        record = new_record(self.case() or self.parent_record, self.record_type)
        self._records_to_change().append(record)
        self.list.addItem(self._title(record))
        self.list.setCurrentRow(len(self.records) - 1)
        self.changed.emit()
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.widget.setFocus()

    # -- removal and undo ----------------------------------------------------------------

    def links_of(self, record: dict[str, Any]) -> list[Reference]:
        """Where else in the case this record (or a record inside it) is named."""
        case = self.case()
        if case is None:
            return []
        out: list[Reference] = []
        ids = [(self.record_type.name, record.get("id"))]
        for child, _ in _walk_children(self.record_type):
            ids += [(child.name, r.get("id")) for r in records_of(record, child.name)]
        for name, record_id in ids:
            if isinstance(record_id, str):
                out += [r for r in references_to(case, name, record_id) if r.record is not record]
        return out

    def removal_question(self, record: dict[str, Any]) -> str | None:
        """The confirmation to ask before removing ``record``, or None when nothing else in
        the case names it."""
        links = self.links_of(record)
        if not links:
            return None
        title = self._title(record)
        counts: dict[tuple[str, str, bool], int] = {}
        for link in links:
            key = (link.field, link.record_type, link.removes_record)
            counts[key] = counts.get(key, 0) + 1
        lines = [
            self.tr("%1 in %2: %3")
            .replace("%1", field_label(f, rt))
            .replace("%2", record_label(rt))
            .replace("%3", str(n))
            for (f, rt, _), n in counts.items()
        ]
        gone = sum(n for (_, _, removes), n in counts.items() if removes)
        cleared = sum(n for (_, _, removes), n in counts.items() if not removes)
        text = self.tr("“%1” is named elsewhere in this case:").replace("%1", title)
        text += "\n  • " + "\n  • ".join(lines) + "\n\n"
        if gone:
            text += self.tr(
                "Removing it also removes the %1 records that cannot exist without it."
            ).replace("%1", str(gone))
            text += " "
        if cleared:
            text += self.tr("%1 links to it will be cleared.").replace("%1", str(cleared))
            text += " "
        text += self.tr("You can undo this until the case is closed.")
        return text

    def confirm_removal(self, record: dict[str, Any]) -> bool:
        """Ask before removing a record that is named elsewhere; True to go ahead."""
        question = self.removal_question(record)
        if question is None:
            return True
        box = QMessageBox(self)
        box.setObjectName("confirmRemove")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Remove “%1”?").replace("%1", self._title(record)))
        box.setText(question)
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        remove.setObjectName("confirmRemoveYes")
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        keep.setObjectName("confirmRemoveNo")
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is remove

    def remove(self) -> None:
        """Remove the selected record (asking first when it is named elsewhere), with what
        cannot exist without it; the undo bar offers to put everything back."""
        row = self.list.currentRow()
        case = self.case()
        if not 0 <= row < len(self.records) or case is None:
            return
        record = self.records[row]
        if not self.confirm_removal(record):
            return
        removal = remove_record_object(case, self.record_type.name, record)
        self.undo_stack.append((case, removal))
        self._show_undo()
        self.refresh()
        self.changed.emit()
        self.removed.emit()

    def undo(self) -> None:
        """Put back the last removal: the record at its place and every link it took."""
        if not self.undo_stack:
            return
        case, removal = self.undo_stack.pop()
        if case is self.case():
            restore(removal)
            self.refresh()
            self.select_record(removal["record"])
            self.changed.emit()
            self.removed.emit()
        self._show_undo()

    def forget_undo(self) -> None:
        """Offer no undo any more: a later removal elsewhere in the case may depend on what
        this one took away, so only the newest removal of a case can be undone."""
        self.undo_stack.clear()
        self._show_undo()

    def _show_undo(self) -> None:
        if not self.undo_stack:
            self.undo_bar.hide()
            return
        _, removal = self.undo_stack[-1]
        text = self.tr("Removed “%1”.").replace(
            "%1", record_title(RECORD_TYPES[removal["name"]], removal["record"], self.choices)
        )
        others = len(removal["removed"]) - 1
        if others:
            text += " " + self.tr("Also removed: %1 linked records.").replace("%1", str(others))
        self.undo_label.setText(text)
        self.undo_bar.show()

    # -- problems --------------------------------------------------------------------------

    def set_problems(self, problems: list[tuple[dict[str, Any], FieldProblems]]) -> None:
        """Problems of records of this list (record dict, {field key: message}); each is shown
        by its field whenever its record is selected, and its record is marked in the list.
        An empty list clears them."""
        self._problem_records = [record for record, _ in problems]  # kept alive for id()
        self.problems = {}
        for record, fields in problems:
            self.problems.setdefault(id(record), {}).update(fields)
        self._refresh_titles()
        self._show_record_problems()

    def _show_record_problems(self) -> None:
        record = self.form.record
        if record is not None and id(record) in self.problems:
            self.form.show_problems(self.problems[id(record)])

    def _title(self, record: dict[str, Any]) -> str:
        title = record_title(self.record_type, record, self.choices)
        return ("⚠ " + title) if id(record) in self.problems else title

    def _form_changed(self) -> None:
        self._refresh_titles()
        self.changed.emit()

    def _refresh_titles(self) -> None:
        for row, record in enumerate(self.records):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._title(record))


def _walk_children(record_type: RecordType) -> list[tuple[RecordType, RecordType]]:
    out: list[tuple[RecordType, RecordType]] = []
    for child in record_type.children:
        out.append((child, record_type))
        out += _walk_children(child)
    return out
