"""The outbox (issue 15): every packet this laptop made, where it went and how far it got;
unfinished packets resume, and headquarters' receipts are fetched, both off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.exchange import outbox, receipts, send
from fieldmon.vault.store import Vault
from ui import i18n
from ui.send_dialog import WorkProgress, parts_progress

# Spelled out as translate() calls so that pyside6-lupdate finds them.
translate = QCoreApplication.translate


def utc_minutes(stamp: str | None) -> str:
    """A UTC ISO 8601 time to the minute, as tables show it; "" for None."""
    return "" if not stamp else stamp[:16].replace("T", " ")


def state_label(state: str) -> str:
    """A packet's state (outbox or inbox) in the interface language."""
    labels = {
        "queued": translate("exchange", "queued"),
        "sending": translate("exchange", "sending"),
        "sent": translate("exchange", "sent"),
        "acknowledged": translate("exchange", "acknowledged"),
        "imported": translate("exchange", "imported"),
        "duplicate": translate("exchange", "duplicate"),
        "fork": translate("exchange", "fork: both versions kept"),
        "waiting": translate("exchange", "waiting for an earlier packet"),
        "quarantined": translate("exchange", "quarantined"),
    }
    return labels.get(state, state)


def read_only_table(name: str, columns: int) -> QTableWidget:
    """A table of whole rows, not editable, named for assistive technology by the caller."""
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_row(table: QTableWidget, row: int, cells: list[str], tip: str | None = None) -> None:
    """Put text cells into a row; ``tip`` becomes every cell's tooltip."""
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if tip:
            item.setToolTip(tip)
        table.setItem(row, column, item)


class OutboxDialog(QDialog):
    """The packets sent from this laptop, with Resume and Fetch receipts."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("outboxDialog")
        self.resize(900, 460)
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = read_only_table("outboxTable", 8)
        layout.addWidget(self.table, 1)
        self.progress = WorkProgress("outboxProgress")
        self.progress.finished.connect(self._finished)
        self.progress.failed.connect(lambda _message: self._buttons())
        layout.addWidget(self.progress)
        row = QHBoxLayout()
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("outboxResume")
        self.resume_button.clicked.connect(self.resume)
        row.addWidget(self.resume_button)
        self.fetch_button = QPushButton()
        self.fetch_button.setObjectName("outboxFetchReceipts")
        self.fetch_button.clicked.connect(self.fetch_receipts)
        row.addWidget(self.fetch_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("outboxClose")
        row.addWidget(buttons)
        layout.addLayout(row)
        self.reports: list[str] = []
        self._done_text = ""
        i18n.follow_language(self)
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outbox"))
        self.note.setText(
            self.tr(
                "Packets sent from this laptop. “Acknowledged”: headquarters' receipt is in,"
                " and the case may be purged from the laptop."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case"),
                self.tr("Version"),
                self.tr("Destination"),
                self.tr("State"),
                self.tr("Parts"),
                self.tr("Made (UTC)"),
                self.tr("Sent (UTC)"),
                self.tr("Acknowledged (UTC)"),
            ]
        )
        self.table.setAccessibleName(self.tr("Packets in the outbox"))
        self.resume_button.setText(self.tr("&Resume unfinished"))
        self.resume_button.setAccessibleName(self.tr("Resume sending the unfinished packets"))
        self.fetch_button.setText(self.tr("&Fetch receipts"))
        self.fetch_button.setAccessibleName(self.tr("Fetch headquarters' receipts"))
        self.close_button.setAccessibleName(self.tr("Close"))
        if self.table.rowCount() and self.vault.is_open:
            self.reload()  # the states in the new language

    def reload(self) -> None:
        """Read the outbox again."""
        found = outbox.entries(self.vault)
        self.table.setRowCount(len(found))
        for row, entry in enumerate(found):
            fill_row(
                self.table,
                row,
                [
                    entry.reference,
                    str(entry.version),
                    entry.destination,
                    state_label(entry.state),
                    f"{entry.parts_done}/{entry.parts_total}",
                    utc_minutes(entry.created_at),
                    utc_minutes(entry.sent_at),
                    utc_minutes(entry.acknowledged_at),
                ],
                self.tr("Packet %1").replace("%1", entry.packet_id),
            )
        self.table.resizeColumnsToContents()
        self.unfinished = sum(e.state in ("queued", "sending") for e in found)
        self._buttons()

    def _buttons(self) -> None:
        busy = self.progress.running
        self.resume_button.setEnabled(not busy and self.unfinished > 0)
        self.fetch_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def resume(self) -> None:
        """Finish the unfinished packets in the background, from the parts already written."""
        vault = self.vault
        self.progress.status.setText(self.tr("Resuming…"))
        self._done_text = "resume"
        self.progress.start(lambda report, stop: send.resume(vault, parts_progress(report), stop))
        self._buttons()

    def fetch_receipts(self) -> None:
        """Read headquarters' receipts from the destinations, in the background."""
        vault, reports = self.vault, self.reports
        reports.clear()
        self.progress.status.setText(self.tr("Fetching receipts…"))
        self._done_text = "fetch"
        self.progress.start(lambda _report, _stop: receipts.fetch(vault, reports.append), False)
        self._buttons()

    def _finished(self, result: object) -> None:
        count = len(result) if isinstance(result, list) else 0
        if self._done_text == "fetch":
            text = self.tr("%1 receipt(s) received.").replace("%1", str(count))
            if self.reports:
                text += "\n" + "\n".join(self.reports)
        else:
            text = self.tr("%1 packet(s) resumed.").replace("%1", str(count))
        self.progress.status.setText(text)
        self.reload()
        self.changed.emit()

    def reject(self) -> None:
        if not self.progress.running:
            super().reject()
