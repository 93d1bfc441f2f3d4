"""Headquarters' inbox (issue 15): receive packets from a destination off the GUI thread, the
packets seen with their state and, for a quarantined one, the reason in full; and the forks,
both versions side by side, resolved after a confirmation.

Every check is fieldmon.exchange.receive's; this window shows what it recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldmon.errors import FieldMonError
from fieldmon.exchange import forks, inbox, receive
from fieldmon.exchange.forks import Fork
from fieldmon.exchange.inbox import InboxEntry
from fieldmon.vault.store import Vault
from ui import i18n
from ui.outbox_view import fill_row, read_only_table, state_label, utc_minutes
from ui.send_dialog import DestinationPicker, WorkProgress


class ForkPanel(QWidget):
    """The open forks: choose one, read both versions side by side (headquarters' left, the
    monitor's right, scrolling together), keep one."""

    resolved = Signal(str)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.forks: list[Fork] = []
        self.setObjectName("forkPanel")
        layout = QVBoxLayout(self)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.list = QListWidget()
        self.list.setObjectName("forkList")
        self.list.setMaximumHeight(72)
        self.list.currentRowChanged.connect(self.show_fork)
        layout.addWidget(self.list)
        panes = QHBoxLayout()
        self.panes: list[QPlainTextEdit] = []
        self.pane_labels: list[QLabel] = []
        for name in ("forkHeadquarters", "forkMonitor"):
            column = QVBoxLayout()
            label = QLabel()
            label.setWordWrap(True)
            column.addWidget(label)
            pane = QPlainTextEdit()
            pane.setObjectName(name)
            pane.setReadOnly(True)
            pane.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            column.addWidget(pane, 1)
            panes.addLayout(column, 1)
            self.panes.append(pane)
            self.pane_labels.append(label)
        left, right = (p.verticalScrollBar() for p in self.panes)
        left.valueChanged.connect(right.setValue)
        right.valueChanged.connect(left.setValue)
        layout.addLayout(panes, 2)
        self.diff_label = QLabel()
        self.diff_label.setWordWrap(True)
        layout.addWidget(self.diff_label)
        self.diff = QPlainTextEdit()
        self.diff.setObjectName("forkDifferences")
        self.diff.setReadOnly(True)
        self.diff.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.diff, 1)
        row = QHBoxLayout()
        self.keep_hq = QPushButton()
        self.keep_hq.setObjectName("keepHeadquarters")
        self.keep_hq.clicked.connect(lambda: self.resolve("headquarters"))
        self.keep_monitor = QPushButton()
        self.keep_monitor.setObjectName("keepMonitor")
        self.keep_monitor.clicked.connect(lambda: self.resolve("monitor"))
        row.addWidget(self.keep_hq)
        row.addWidget(self.keep_monitor)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("forkStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        i18n.follow_language(self)
        self.reload()

    def retranslate(self) -> None:
        self.note.setText(
            self.tr(
                "A fork: a monitor sent a version of a case that headquarters had changed"
                " meanwhile. Both are kept; read them and keep one as the working copy."
                " Nothing is deleted."
            )
        )
        self.list.setAccessibleName(self.tr("Open forks"))
        self.panes[0].setAccessibleName(self.tr("Headquarters' version"))
        self.panes[1].setAccessibleName(self.tr("The monitor's version"))
        self.diff_label.setText(
            self.tr(
                "What differs: lines starting with - are headquarters' version, with + the"
                " monitor's (the text, then every field, also those the text leaves out)"
            )
        )
        self.diff.setAccessibleName(self.tr("What differs between the two versions"))
        self.keep_hq.setText(self.tr("Keep &headquarters' version"))
        self.keep_hq.setAccessibleName(self.tr("Keep headquarters' version"))
        self.keep_monitor.setText(self.tr("Take the &monitor's version"))
        self.keep_monitor.setAccessibleName(self.tr("Take the monitor's version"))
        self._label_panes()
        for row, fork in enumerate(self.forks):
            item = self.list.item(row)
            if item is not None:
                item.setText(self._fork_line(fork))

    def _fork_line(self, fork: Fork) -> str:
        return (
            self.tr("%1: headquarters' version %2, %3's version %4 (arrived %5)")
            .replace("%1", fork.reference)
            .replace("%2", str(fork.hq_version))
            .replace("%3", fork.sender_name or self.tr("the monitor"))
            .replace("%4", str(fork.monitor_version))
            .replace("%5", utc_minutes(fork.created_at))
        )

    def _label_panes(self) -> None:
        fork = self.current()
        if fork is None:
            self.pane_labels[0].setText(self.tr("Headquarters' version"))
            self.pane_labels[1].setText(self.tr("The monitor's version"))
            return
        self.pane_labels[0].setText(
            self.tr("Headquarters' version %1").replace("%1", str(fork.hq_version))
        )
        self.pane_labels[1].setText(
            self.tr("%1's version %2 (packet %3)")
            .replace("%1", fork.sender_name or self.tr("The monitor"))
            .replace("%2", str(fork.monitor_version))
            .replace("%3", fork.packet_id[:8])
        )

    def reload(self) -> None:
        """List the open forks again."""
        self.forks = forks.open_forks(self.vault)
        self.list.blockSignals(True)
        self.list.clear()
        for fork in self.forks:
            self.list.addItem(QListWidgetItem(self._fork_line(fork)))
        self.list.blockSignals(False)
        if self.forks:
            self.list.setCurrentRow(0)
        else:
            self.show_fork(-1)

    def current(self) -> Fork | None:
        """The fork selected, or None."""
        row = self.list.currentRow()
        return self.forks[row] if 0 <= row < len(self.forks) else None

    def show_fork(self, _row: int) -> None:
        """Both versions of the selected fork, side by side, and what differs (the view is
        logged)."""
        fork = self.current()
        for pane in (*self.panes, self.diff):
            pane.clear()
        self.keep_hq.setEnabled(fork is not None)
        self.keep_monitor.setEnabled(fork is not None)
        self._label_panes()
        if fork is None:
            return
        try:
            shown = forks.compare(self.vault, fork.fork_id, i18n.current())
        except FieldMonError as error:
            self.status.setText(str(error))
            return
        self.panes[0].setPlainText(shown.hq_text)
        self.panes[1].setPlainText(shown.monitor_text)
        self.diff.setPlainText(
            "\n".join(shown.diff)
            if shown.diff
            else self.tr("The two case documents are the same: the fork differs in its files only.")
        )

    def resolve(self, keep: str) -> None:
        """Keep one version after the person confirms; nothing is deleted either way."""
        fork = self.current()
        if fork is None:
            return
        if keep == "headquarters":
            question = self.tr(
                "Keep headquarters' version %1 of %2 as the working copy? The monitor's version"
                " stays in the record."
            ).replace("%1", str(fork.hq_version))
        else:
            question = self.tr(
                "Make the monitor's version %1 of %2 the working copy? It is sealed as a new"
                " version; headquarters' version stays in the history."
            ).replace("%1", str(fork.monitor_version))
        answer = QMessageBox.question(
            self,
            self.tr("Resolve the fork"),
            question.replace("%2", fork.reference),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            forks.resolve(self.vault, fork.fork_id, keep)
        except FieldMonError as error:
            self.status.setText(str(error))
            return
        self.status.setText(self.tr("Fork of %1 resolved.").replace("%1", fork.reference))
        self.reload()
        self.resolved.emit(fork.reference)


class InboxDialog(QDialog):
    """Headquarters' inbox: receive, the packets seen, and the forks to resolve."""

    changed = Signal()

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.entries: list[InboxEntry] = []
        self.setObjectName("inboxDialog")
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.source_label = QLabel()
        row.addWidget(self.source_label)
        self.picker = DestinationPicker(vault, "inbox")
        row.addWidget(self.picker, 1)
        self.receive_button = QPushButton()
        self.receive_button.setObjectName("inboxReceive")
        self.receive_button.clicked.connect(self.receive)
        row.addWidget(self.receive_button)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("inboxRetry")
        self.retry_button.setEnabled(False)
        self.retry_button.clicked.connect(self.retry)
        row.addWidget(self.retry_button)
        layout.addLayout(row)
        self.retrying: str | None = None  # the packet being examined again, if any
        self.progress = WorkProgress("inboxProgress")
        self.progress.finished.connect(self._received)
        self.progress.failed.connect(self._failed)
        layout.addWidget(self.progress)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("inboxTabs")
        packets = QWidget()
        inner = QVBoxLayout(packets)
        self.table = read_only_table("inboxTable", 6)
        self.table.itemSelectionChanged.connect(self._show_detail)
        inner.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("inboxDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        inner.addWidget(self.detail)
        self.tabs.addTab(packets, "")
        self.fork_panel = ForkPanel(vault)
        self.fork_panel.resolved.connect(self._fork_resolved)
        self.tabs.addTab(self.fork_panel, "")
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("inboxClose")
        layout.addWidget(buttons)
        i18n.follow_language(self)
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inbox of headquarters"))
        self.source_label.setText(self.tr("Receive from"))
        self.receive_button.setText(self.tr("&Receive"))
        self.receive_button.setAccessibleName(self.tr("Receive the new packets"))
        self.retry_button.setText(self.tr("Re&try…"))
        self.retry_button.setAccessibleName(self.tr("Examine the quarantined packet again"))
        self.tabs.setTabText(0, self.tr("Packets"))
        self._count_forks()
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Packet"),
                self.tr("Case"),
                self.tr("State"),
                self.tr("Sender"),
                self.tr("Received (UTC)"),
                self.tr("Reason"),
            ]
        )
        self.table.setAccessibleName(self.tr("Packets received"))
        self.close_button.setAccessibleName(self.tr("Close"))
        if self.entries:
            self._fill()
        self._show_detail()

    def reload(self) -> None:
        """Read the inbox and the open forks again."""
        self.entries = inbox.entries(self.vault)
        self._fill()
        self.fork_panel.reload()
        self._count_forks()

    def _count_forks(self) -> None:
        count = str(len(self.fork_panel.forks))
        self.tabs.setTabText(1, self.tr("Forks (%1)").replace("%1", count))

    def _fork_resolved(self, _reference: str) -> None:
        self._count_forks()
        self.changed.emit()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            fill_row(
                self.table,
                row,
                [
                    entry.packet_id[:8],
                    entry.reference or self.tr("(unknown case)"),
                    state_label(entry.state),
                    entry.sender_name or "",
                    utc_minutes(entry.received_at),
                    entry.reason or "",
                ],
                entry.reason,
            )
        self.table.resizeColumnsToContents()

    def _selected(self) -> InboxEntry | None:
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _show_detail(self) -> None:
        row = self.table.currentRow()
        selected = self._selected()
        self.retry_button.setEnabled(
            selected is not None and selected.state == "quarantined" and not self.progress.running
        )
        if not 0 <= row < len(self.entries):
            self.detail.setText(self.tr("Select a packet to read why it waits or was quarantined."))
            return
        entry = self.entries[row]
        text = self.tr("Packet %1 from %2 (%3): %4.")
        text = (
            text.replace("%1", entry.packet_id)
            .replace("%2", entry.sender_name or self.tr("an unknown sender"))
            .replace("%3", entry.source)
            .replace("%4", state_label(entry.state))
        )
        if entry.reason:
            text += "\n" + self.tr("Reason: %1").replace("%1", entry.reason)
        self.detail.setText(text)

    def receive(self) -> None:
        """Receive every new complete packet from the chosen source, in the background."""
        source = self.picker.current()
        if source is None:
            self.progress.status.setText(self.tr("Add a destination to receive from first."))
            return
        vault = self.vault
        self.receive_button.setEnabled(False)
        self.progress.status.setText(self.tr("Receiving…"))
        self.progress.start(
            lambda report, _stop: receive.receive(
                vault, source, lambda done, total: report(f"{done}/{total}")
            ),
            stoppable=False,
        )

    def retry(self) -> None:
        """Examine the selected quarantined packet again (fieldmon.exchange.receive.retry),
        after the person confirms, in the background: read at once from the chosen source, or
        at the next receive without one. The custody log records who decided."""
        entry = self._selected()
        if entry is None or entry.state != "quarantined" or self.progress.running:
            return
        source = self.picker.current()
        question = self.tr(
            "Examine packet %1 again? It was quarantined: %2. The custody log records that"
            " you decided so. Nothing is imported unless every check passes."
        )
        answer = QMessageBox.question(
            self,
            self.tr("Examine the packet again"),
            question.replace("%1", entry.packet_id).replace("%2", entry.reason or ""),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        vault, packet_id = self.vault, entry.packet_id
        self.retrying = packet_id
        self.receive_button.setEnabled(False)
        self.retry_button.setEnabled(False)
        self.progress.status.setText(self.tr("Examining the packet again…"))
        self.progress.start(
            lambda _report, _stop: [receive.retry(vault, packet_id, source)], stoppable=False
        )

    def _failed(self, _message: str) -> None:
        self.retrying = None
        self.receive_button.setEnabled(True)
        self._show_detail()

    def _received(self, result: object) -> None:
        found = list(result) if isinstance(result, list) else []
        self.receive_button.setEnabled(True)
        if self.retrying is not None:
            self.retrying = None
            state = found[0].state if found else "waiting"
            self.progress.status.setText(
                self.tr("Packet examined again: %1.").replace("%1", state_label(state))
            )
            self.reload()
            self.changed.emit()
            return
        quarantined = sum(e.state == "quarantined" for e in found)
        text = self.tr("%1 packet(s) looked at, %2 quarantined.")
        self.progress.status.setText(
            text.replace("%1", str(len(found))).replace("%2", str(quarantined))
        )
        self.reload()
        self.changed.emit()

    def reject(self) -> None:
        if not self.progress.running:
            super().reject()
