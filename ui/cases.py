"""The case list: a lazily fetched model over the vault, a status filter, and core search."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.errors import FieldMonError
from fieldmon.resources import vocabulary
from fieldmon.vault import ids
from fieldmon.vault.search import Hit
from fieldmon.vault.store import CaseSummary, Vault
from fieldmon.vault.testimony import taken_references
from ui import i18n
from ui.labels import record_label

BATCH = 200
NARROW = 400  # pixels: below this width the case list leaves out the "Updated" column
Index = QModelIndex | QPersistentModelIndex


class CaseListModel(QAbstractTableModel):
    """Cases in reference order, fetched a page at a time as the view scrolls.

    Each fetched row is turned into its display strings once: painting asks for every visible
    cell in several roles on every frame, and each answer crosses from C++ into Python.
    """

    COLUMNS = 4
    _SHOWN = (int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole))

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.status: str | None = None
        self.rows: list[CaseSummary] = []
        self.cells: list[tuple[str, str, str, str]] = []
        self.total = 0

    def _cells(self, rows: list[CaseSummary]) -> list[tuple[str, str, str, str]]:
        statuses = {t.code: t.label(i18n.current()) for t in vocabulary("case_statuses").terms}
        return [
            (r.reference, statuses.get(r.status or "", r.status or ""), r.title, r.updated_at[:10])
            for r in rows
        ]

    def reload(self, status: str | None = None) -> None:
        self.beginResetModel()
        self.status = status
        self.total = self.vault.case_count(status)
        self.rows = self.vault.list_cases(status, 0, BATCH)
        self.cells = self._cells(self.rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        more = self.vault.list_cases(self.status, len(self.rows), BATCH)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.cells.extend(self._cells(more))
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._SHOWN:
            return None
        return self.cells[index.row()][index.column()]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [self.tr("Reference"), self.tr("Status"), self.tr("Title"), self.tr("Updated")][
            section
        ]

    def relabel(self) -> None:
        """Statuses are shown in the interface language: redo the strings after a switch."""
        self.cells = self._cells(self.rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self.rows) - 1, 1))

    def reference(self, row: int) -> str | None:
        return self.rows[row].reference if 0 <= row < len(self.rows) else None


class CaseListPage(QWidget):
    open_case = Signal(str)
    new_testimony = Signal()
    open_record = Signal(str, str, str)
    """A search hit chosen: case reference, record type ("persons"), record id ("p1")."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.hits: list[Hit] = []
        self.setObjectName("caseListPage")
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_soon)
        bar.addWidget(self.search, 1)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.currentIndexChanged.connect(self._filter)
        # As wide as its longest status name in the current language; the search takes the rest.
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        bar.addWidget(self.status_filter)
        layout.addLayout(bar)

        self.model = CaseListModel(vault)
        self.table = QTableView()
        self.table.setObjectName("caseList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        layout.addWidget(self.table, 3)

        self.results = QTreeWidget()
        self.results.setObjectName("searchResults")
        self.results.setColumnCount(3)
        self.results.setRootIsDecorated(False)
        self.results.itemActivated.connect(self._open_hit)
        self.results.hide()
        layout.addWidget(self.results, 2)

        buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCase")
        self.new_button.clicked.connect(self.new_case)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteCase")
        self.delete_button.clicked.connect(self.delete_case)
        self.testimony_button = QPushButton()
        self.testimony_button.setObjectName("newTestimonyButton")
        self.testimony_button.clicked.connect(self.new_testimony.emit)
        buttons.addWidget(self.testimony_button)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.run_search)
        i18n.follow_language(self)
        self.model.reload()
        # Once, from the first page of rows: per-change sizing would cost every scroll.
        for column in (0, 1, 3):
            self.table.resizeColumnToContents(column)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search names, places, narratives…"))
        self.search.setAccessibleName(self.tr("Search"))
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for term in vocabulary("case_statuses").terms:
            self.status_filter.addItem(term.label(i18n.current()), term.code)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.table.setAccessibleName(self.tr("Cases"))
        self.results.setHeaderLabels([self.tr("Case"), self.tr("Record"), self.tr("Found")])
        self._label_hits()
        self.results.setAccessibleName(self.tr("Search results"))
        self.testimony_button.setText(self.tr("New test&imony…"))
        self.testimony_button.setAccessibleName(self.tr("Record a new testimony step by step"))
        self.new_button.setText(self.tr("&New case"))
        self.new_button.setAccessibleName(self.tr("New case"))
        self.delete_button.setText(self.tr("&Delete case"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected case"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 3)
        self.model.relabel()
        self.table.resizeColumnToContents(1)  # status names differ in length by language

    def resizeEvent(self, event: QResizeEvent) -> None:
        # On a small screen the titles matter more than the date of the last change.
        self.table.setColumnHidden(3, event.size().width() < NARROW)
        super().resizeEvent(event)

    def refresh(self) -> None:
        self.model.reload(self.status_filter.currentData())

    def _filter(self) -> None:
        self.refresh()

    def _open(self, row: int) -> None:
        reference = self.model.reference(row)
        if reference:
            self.open_case.emit(reference)

    def _search_soon(self) -> None:
        self.search_timer.start()

    def run_search(self) -> None:
        if not self.vault.is_open:  # a search typed just before the vault locked
            return
        query = self.search.text().strip()
        self.results.clear()
        if not query:
            self.results.hide()
            return
        self.hits = self.vault.search(query, limit=100)
        for hit in self.hits:
            item = QTreeWidgetItem(["", "", hit.marked("«", "»")])
            self.results.addTopLevelItem(item)
        self._label_hits()
        self.results.show()
        for column in range(2):
            self.results.resizeColumnToContents(column)

    def _label_hits(self) -> None:
        """Name each hit's record in the interface language (no internal ids shown)."""
        case_label = self.tr("Case")
        for row, hit in enumerate(self.hits):
            item = self.results.topLevelItem(row)
            if item is None:
                continue
            item.setText(0, hit.case_reference)
            kind = case_label if hit.record_type == "cases" else record_label(hit.record_type)
            item.setText(1, kind)

    def _open_hit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        row = self.results.indexOfTopLevelItem(item)
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            self.open_record.emit(hit.case_reference, hit.record_type, hit.record_id)

    def new_case(self) -> None:
        """Store a new, empty case (reference and UUID from the core) and open it."""
        # Neither a stored case's reference nor one a testimony draft holds.
        case = ids.new_case(self.tr("New case"), taken_references(self.vault))
        self.vault.store_cases([case])
        self.refresh()
        self.open_case.emit(case["reference"])

    def selected_reference(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.reference(rows[0].row()) if rows else None

    def delete_case(self) -> None:
        reference = self.selected_reference()
        if reference is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete case"),
            self.tr("Delete %1 and every record and file in it? This cannot be undone.").replace(
                "%1", reference
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.vault.delete_case(reference)
        except FieldMonError as error:
            QMessageBox.information(self, self.tr("Delete case"), str(error))
            return
        self.refresh()
