"""Pickers for codes a person should never have to type: countries, languages and dates.

Country and language names come from the CLDR data in Babel, in the interface language, so
that "AZ" reads "Azerbaijan", "Азербайджан" or "Azərbaycan"; the stored value stays the code
(ISO 3166-1 alpha-2 for countries, ISO 639 for languages, as the schema's patterns require).
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from PySide6.QtCore import QDate, QLocale, QPoint, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import i18n

NONE = "—"
# Region codes CLDR names that are not countries of ISO 3166-1 (or are placeholders).
_NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}


def _capitalised(name: str, language: str) -> str:
    """CLDR writes most names in lower case in Russian and Azerbaijani; a list starts each
    with a capital (dotted İ for i in Azerbaijani and Turkish)."""
    first = name[:1]
    if first == "i" and language.split("_")[0] in ("az", "tr"):
        return "İ" + name[1:]
    return first.upper() + name[1:]


@cache
def country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(ISO 3166-1 alpha-2 code, name in ``language``) for every country CLDR names, by name.

    :param language: a Babel locale identifier ("en", "ru", "az").
    """
    territories = Locale.parse(language).territories
    pairs = [
        (code, _capitalised(name, language))
        for code, name in territories.items()
        if re.fullmatch(r"[A-Z]{2}", code) and code not in _NOT_COUNTRIES
    ]
    return tuple(sorted(pairs, key=lambda p: p[1].casefold()))


@cache
def language_names(language: str) -> tuple[tuple[str, str], ...]:
    """(ISO 639 code of two or three letters, name in ``language``) for every language CLDR
    names without a script or region, sorted by name.

    :param language: a Babel locale identifier ("en", "ru", "az").
    """
    languages = Locale.parse(language).languages
    pairs = [
        (code, _capitalised(name, language))
        for code, name in languages.items()
        if re.fullmatch(r"[a-z]{2,3}", code)
    ]
    return tuple(sorted(pairs, key=lambda p: p[1].casefold()))


class SearchableCombo(QComboBox):
    """A choice among many, found by typing any part of its name; "—" for none.

    The item data is the stored code. "—" is shown as placeholder text, so that what is typed
    replaces it. When the field is left, the typed text becomes a choice if it is an item's
    name or code (any case) or part of exactly one name; otherwise the current choice is put
    back and ``unmatched`` says what was typed and how many names contain it, for the field
    to say so.
    """

    unmatched = Signal(str, int)
    """Typed text (first argument) that names no single choice; the second argument is how
    many names contain it (0: none, 2 or more: which one is meant is not clear)."""

    def __init__(self) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(NONE)
        line.editingFinished.connect(self.settle)
        self.currentIndexChanged.connect(self._show_none)

    def _show_none(self, row: int) -> None:
        """No choice: an empty field showing "—" as its placeholder."""
        line = self.lineEdit()
        if row == 0 and line is not None and line.text() == NONE:
            line.clear()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._show_none(self.currentIndex())
        super().focusInEvent(event)

    def set_options(self, options: list[tuple[str, str]], value: str | None) -> None:
        """Offer ``options`` (code, name) after "—" and choose ``value`` (None: "—"); a value
        not among the options is kept and shown as its code."""
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(NONE, None)
            known = {code for code, _ in options}
            for code, name in options:
                self.addItem(name, code)
            if value is not None and value not in known:
                self.addItem(str(value), value)
            self.setCurrentIndex(max(0, self.findData(value)) if value is not None else 0)
        finally:
            self.blockSignals(False)
        self._show_none(self.currentIndex())

    def settle(self) -> None:
        """Make the typed text a choice: an item's name or code (any case), or the one name
        that contains it; empty for "—". Anything else goes back to the current choice, and
        ``unmatched`` is emitted."""
        text = self.currentText().replace(NONE, "").strip()
        folded = text.casefold()
        containing = 0
        if not text:
            row = 0
        else:
            row = next(
                (
                    i
                    for i in range(1, self.count())
                    if self.itemText(i).casefold() == folded
                    or str(self.itemData(i) or "").casefold() == folded
                ),
                -1,
            )
            if row < 0:
                rows = [i for i in range(1, self.count()) if folded in self.itemText(i).casefold()]
                containing = len(rows)
                row = rows[0] if containing == 1 else -1
        if row >= 0 and row != self.currentIndex():
            self.setCurrentIndex(row)
        elif self.currentIndex() >= 0:
            self.setEditText(self.itemText(self.currentIndex()))
        self._show_none(self.currentIndex())
        if row < 0:
            self.unmatched.emit(text, containing)


class CodeListPicker(QWidget):
    """Several codes (nationalities): the chosen ones in a list, one more added by finding it
    in a searchable combo, the selected one removed by a button or the Delete key."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.chosen = QListWidget()
        self.chosen.setMaximumHeight(70)
        layout.addWidget(self.chosen)
        row = QHBoxLayout()
        self.adder = SearchableCombo()
        self.adder.currentIndexChanged.connect(self._add)
        row.addWidget(self.adder, 1)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self._options: list[tuple[str, str]] = []

    def set_names(self, base: str, accessible: str, remove_text: str, remove_name: str) -> None:
        """Object and accessible names of the parts, and the remove button's text."""
        self.setObjectName(base)
        self.chosen.setObjectName(base + "_chosen")
        self.chosen.setAccessibleName(accessible)
        self.adder.setObjectName(base + "_add")
        self.adder.setAccessibleName(accessible)
        self.remove_button.setObjectName(base + "_remove")
        self.remove_button.setText(remove_text)
        self.remove_button.setAccessibleName(remove_name)

    def set_options(self, options: list[tuple[str, str]], codes: list[str] | None) -> None:
        """Offer ``options`` (code, name) and show ``codes`` as chosen (unknown codes as such)."""
        self._options = list(options)
        self.adder.set_options(self._options, None)
        self.chosen.blockSignals(True)
        self.chosen.clear()
        names = dict(self._options)
        for code in codes or []:
            item = QListWidgetItem(names.get(code, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.chosen.addItem(item)
        self.chosen.blockSignals(False)

    def codes(self) -> list[str]:
        """The chosen codes, in the order chosen."""
        return [
            str(self.chosen.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.chosen.count())
        ]

    def add_code(self, code: str) -> None:
        """Choose one more code (nothing happens if it is already chosen)."""
        if code in self.codes():
            return
        item = QListWidgetItem(dict(self._options).get(code, code))
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.chosen.addItem(item)
        self.changed.emit()

    def _add(self, row: int) -> None:
        code = self.adder.itemData(row) if row > 0 else None
        if code:
            self.adder.setCurrentIndex(0)
            self.add_code(str(code))

    def remove_selected(self) -> None:
        """Take the selected code out of the chosen ones."""
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.remove_selected()
            return
        super().keyPressEvent(event)


CALENDAR_LOCALES = {"en": "en_GB", "ru": "ru_RU", "az": "az_Latn_AZ"}


def calendar_locale(language: str) -> QLocale:
    """The Qt locale a calendar uses for an interface language ("az" -> az_Latn_AZ)."""
    return QLocale(CALENDAR_LOCALES.get(language, language))


def _calendar_icon(ink: QColor) -> QIcon:
    """A small calendar page: a frame, a bar for the month, and a grid of days."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(ink)
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 3, ink)
    for row in range(3):
        for column in range(4):
            painter.fillRect(3 + column * 3, 7 + row * 2, 2, 1, ink)
    painter.end()
    return QIcon(pixmap)


class DateButton(QToolButton):
    """A button beside a date field that opens a calendar; ``picked`` gives the chosen day."""

    picked = Signal(QDate)

    def __init__(self) -> None:
        super().__init__()
        # Drawn, not a character: an emoji font is not on every monitor's laptop.
        self.setIcon(_calendar_icon(self.palette().color(QPalette.ColorRole.ButtonText)))
        self.calendar: QCalendarWidget | None = None
        self.clicked.connect(self.open_calendar)

    def open_calendar(self, start: QDate | None = None) -> QCalendarWidget:
        """Show the calendar under the button, on ``start`` (or today); return it."""
        if self.calendar is None:
            calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setObjectName("datePickerCalendar")
            calendar.setGridVisible(True)
            calendar.clicked.connect(self._chosen)
            calendar.activated.connect(self._chosen)
            self.calendar = calendar
        self.calendar.setAccessibleName(self.accessibleName())
        # Month and day names in the interface language, weeks as they start there.
        locale = calendar_locale(i18n.current())
        self.calendar.setLocale(locale)
        self.calendar.setFirstDayOfWeek(locale.firstDayOfWeek())
        if isinstance(start, QDate) and start.isValid():
            self.calendar.setSelectedDate(start)
        else:
            self.calendar.setSelectedDate(QDate.currentDate())
        self.calendar.adjustSize()
        self.calendar.move(self._popup_position(self.calendar.size()))
        self.calendar.show()
        return self.calendar

    def _popup_position(self, size: QSize) -> QPoint:
        """Under the button, or above it when there is no room below, moved left or up as
        needed so that the whole calendar is on the screen's available area."""
        below = self.mapToGlobal(QPoint(0, self.height()))
        screen = QGuiApplication.screenAt(below) or self.screen()
        area = screen.availableGeometry()
        x, y = below.x(), below.y()
        if y + size.height() > area.bottom() + 1:
            y = self.mapToGlobal(QPoint(0, 0)).y() - size.height()
        x = max(area.left(), min(x, area.right() + 1 - size.width()))
        y = max(area.top(), min(y, area.bottom() + 1 - size.height()))
        return QPoint(x, y)

    def _chosen(self, day: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self.picked.emit(day)
