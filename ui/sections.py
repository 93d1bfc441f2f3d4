"""A list of sections beside the page of the chosen one: a tab widget whose tabs never overflow.

A case has nine parts (overview, persons, events, ... history). As tabs across the top, they
overflowed at 1024 pixels and the last ones (History) went off-screen behind scroll arrows. A
vertical list shows every section at any width and reads well in every language. The methods
mirror QTabWidget's (addTab, setTabText, setCurrentWidget, ...) so callers read the same.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QWidget,
)

MAX_WIDTH = 120
"""Pixels of text a section name may take on one line before it wraps."""


class SectionTabs(QWidget):
    """Sections named in a list on the left, each section's page on the right."""

    currentChanged = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.nav = QListWidget()
        self.nav.setObjectName("caseSections")
        self.nav.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setWordWrap(True)
        self.nav.setSpacing(2)
        self.nav.currentRowChanged.connect(self._show)
        self.stack = QStackedWidget()
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)

    def _show(self, row: int) -> None:
        if 0 <= row < self.stack.count():
            self.stack.setCurrentIndex(row)
            self.currentChanged.emit(row)

    def _fit(self) -> None:
        # As wide as the longest single word of the names, and no wider than MAX_WIDTH: a
        # longer name wraps onto a second line rather than take room from the forms.
        metrics = self.nav.fontMetrics()
        words = [w for i in range(self.nav.count()) for w in self.nav.item(i).text().split()]
        widest = max((metrics.horizontalAdvance(w) for w in words), default=80)
        names = max(
            (metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())),
            default=80,
        )
        self.nav.setFixedWidth(max(widest, min(names, MAX_WIDTH)) + 24)

    def addTab(self, page: QWidget, title: str) -> int:
        """Add a section at the end; return its index."""
        self.stack.addWidget(page)
        self.nav.addItem(QListWidgetItem(title))
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        self._fit()
        return self.stack.count() - 1

    def count(self) -> int:
        return self.stack.count()

    def widget(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def indexOf(self, page: QWidget) -> int:
        return self.stack.indexOf(page)

    def tabText(self, index: int) -> str:
        item = self.nav.item(index)
        return item.text() if item is not None else ""

    def setTabText(self, index: int, title: str) -> None:
        item = self.nav.item(index)
        if item is not None:
            item.setText(title)
            self._fit()

    def currentIndex(self) -> int:
        return self.stack.currentIndex()

    def currentWidget(self) -> QWidget | None:
        return self.stack.currentWidget()

    def setCurrentIndex(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def setCurrentWidget(self, page: QWidget) -> None:
        index = self.stack.indexOf(page)
        if index >= 0:
            self.nav.setCurrentRow(index)
