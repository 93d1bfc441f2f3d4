"""Sending cases to headquarters (issue 15): choose or add a destination, send with a progress
bar off the GUI thread, stop, and resume later from the outbox.

Everything here calls fieldmon.exchange (destinations, send); the rules live there."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fieldmon.errors import FieldMonError
from fieldmon.exchange import destinations, send
from fieldmon.exchange.outbox import OutboxEntry
from fieldmon.vault.store import Vault
from ui import file_dialogs, i18n
from ui.workers import Progress, run_in_background


def choose_folder(parent: QWidget, title: str) -> str:
    """Ask for an existing folder with Qt's own dialog; the folders visited are forgotten
    afterwards (see ui.file_dialogs). Return the path, or "" when cancelled."""
    try:
        return QFileDialog.getExistingDirectory(parent, title, "", options=file_dialogs.OPTIONS)
    finally:
        file_dialogs.forget_history()


def _named(widget: Any, name: str) -> Any:
    widget.setObjectName(name)
    return widget


def parts_progress(report: Progress) -> Callable[[int, int], None]:
    """A core progress callback (done, total) that reports through a worker's text signal."""
    return lambda done, total: report(f"{done}/{total}")


class WorkProgress(QWidget):
    """A progress bar counting parts or packets, a Stop button and a status line; runs one
    piece of long work at a time in the background (ui.workers.run_in_background)."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.stop_event: threading.Event | None = None
        self.running = False
        self.total: int | None = None  # the last count reported, None until one is
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.bar = _named(QProgressBar(), f"{name}Bar")
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setFormat("%v / %m")
        row.addWidget(self.bar, 1)
        self.stop_button = _named(QPushButton(), f"{name}Stop")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        row.addWidget(self.stop_button)
        layout.addLayout(row)
        self.bar.hide()  # shown once work starts
        self.stop_button.hide()
        self.status = _named(QLabel(), f"{name}Status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.stop_button.setText(self.tr("S&top"))
        self.stop_button.setAccessibleName(self.tr("Stop after the part being written"))
        self.bar.setAccessibleName(self.tr("Progress"))

    def start(
        self, work: Callable[[Progress, threading.Event], Any], stoppable: bool = True
    ) -> None:
        """Run ``work(report, stop)`` in the background; ``report("done/total")`` moves the
        bar; ``finished`` or ``failed`` is emitted on the GUI thread."""
        self.stop_event = threading.Event()
        event = self.stop_event
        self.running = True
        self.total = None
        self.bar.show()
        self.stop_button.setVisible(stoppable)
        self.bar.setRange(0, 0)  # busy until the first count arrives
        self.stop_button.setEnabled(stoppable)
        run_in_background(lambda report: work(report, event), self._done, self._failed, self._step)

    def stop(self) -> None:
        """Ask the running work to stop after the current part."""
        if self.stop_event is not None:
            self.stop_event.set()
        self.stop_button.setEnabled(False)
        self.status.setText(self.tr("Stopping after the part being written…"))

    def _step(self, text: str) -> None:
        done, _, total = text.partition("/")
        if done.isdigit() and total.isdigit():
            self.total = int(total)
            self.bar.setRange(0, max(int(total), 1))
            self.bar.setValue(min(int(done), max(int(total), 1)))

    def _end(self) -> None:
        self.running = False
        self.stop_button.setEnabled(False)
        if self.bar.maximum() == 0:
            self.bar.setRange(0, 1)

    def _done(self, result: object) -> None:
        self._end()
        # Finished: a full bar, or none when there was nothing to do (not "0 / 1" for ever).
        self.bar.setValue(self.bar.maximum())
        self.bar.setVisible(self.total != 0)
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self._end()
        self.status.setText(message)
        self.failed.emit(message)


class DestinationDialog(QDialog):
    """Add a destination: a folder (a USB stick, a sync folder) or a WebDAV URL with a user
    name and a password; the password goes only into the vault (destinations.add)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.added: str | None = None
        self.setObjectName("destinationDialog")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = _named(QLineEdit(), "destinationName")
        self.name_label = QLabel()
        form.addRow(self.name_label, self.name)
        kinds = QHBoxLayout()
        self.folder_kind = _named(QRadioButton(), "destinationFolderKind")
        self.webdav_kind = _named(QRadioButton(), "destinationWebdavKind")
        self.folder_kind.setChecked(True)
        self.folder_kind.toggled.connect(self._kind_changed)
        kinds.addWidget(self.folder_kind)
        kinds.addWidget(self.webdav_kind)
        form.addRow(kinds)
        folder_row = QHBoxLayout()
        self.folder = _named(QLineEdit(), "destinationFolder")
        self.choose = _named(QPushButton(), "destinationChooseFolder")
        self.choose.clicked.connect(self._choose)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose)
        self.folder_label = QLabel()
        form.addRow(self.folder_label, folder_row)
        self.url = _named(QLineEdit(), "destinationUrl")
        self.url.setPlaceholderText("https://")
        self.url_label = QLabel()
        form.addRow(self.url_label, self.url)
        self.user = _named(QLineEdit(), "destinationUser")
        self.user_label = QLabel()
        form.addRow(self.user_label, self.user)
        self.password = _named(QLineEdit(), "destinationPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel()
        form.addRow(self.password_label, self.password)
        layout.addLayout(form)
        self.status = _named(QLabel(), "destinationStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = _named(
            buttons.button(QDialogButtonBox.StandardButton.Ok), "destinationAdd"
        )
        self.cancel_button = _named(
            buttons.button(QDialogButtonBox.StandardButton.Cancel), "destinationCancel"
        )
        buttons.accepted.connect(self.add)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._kind_changed()
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a destination"))
        self.name_label.setText(self.tr("Name"))
        self.name.setAccessibleName(self.tr("Name of the destination"))
        self.name.setPlaceholderText(self.tr("letters, digits, . _ -"))
        self.folder_kind.setText(self.tr("A folder"))
        self.folder_kind.setAccessibleName(self.tr("The destination is a folder"))
        self.webdav_kind.setText(self.tr("A WebDAV server"))
        self.webdav_kind.setAccessibleName(self.tr("The destination is a WebDAV server"))
        self.folder_label.setText(self.tr("Folder"))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.choose.setText(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose the folder"))
        self.url_label.setText(self.tr("URL"))
        self.url.setAccessibleName(self.tr("URL of the WebDAV folder"))
        self.user_label.setText(self.tr("User name"))
        self.user.setAccessibleName(self.tr("WebDAV user name"))
        self.password_label.setText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("WebDAV password (kept only in the vault)"))
        self.ok_button.setText(self.tr("&Add"))
        self.ok_button.setAccessibleName(self.tr("Add the destination"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def _kind_changed(self) -> None:
        folder = self.folder_kind.isChecked()
        for widget in (self.folder, self.choose):
            widget.setEnabled(folder)
        for widget in (self.url, self.user, self.password):
            widget.setEnabled(not folder)

    def _choose(self) -> None:
        path = choose_folder(self, self.tr("Folder to send to"))
        if path:
            self.folder.setText(path)

    def add(self) -> None:
        """Store the destination; a refusal is shown in one line and nothing is stored."""
        name = self.name.text().strip()
        try:
            if self.folder_kind.isChecked():
                destinations.add(self.vault, name, folder=Path(self.folder.text().strip()))
            else:
                destinations.add(
                    self.vault,
                    name,
                    webdav_url=self.url.text().strip(),
                    username=self.user.text().strip(),
                    password=self.password.text(),
                )
        except FieldMonError as error:
            self.status.setText(str(error))
            return
        finally:
            if not self.folder_kind.isChecked():
                self.password.clear()  # not kept in the widget once handed to the vault
        self.added = name
        self.accept()


class DestinationPicker(QWidget):
    """A drop-down of the stored destinations and an "Add…" button."""

    def __init__(self, vault: Vault, name: str) -> None:
        super().__init__()
        self.vault = vault
        self.dialog: DestinationDialog | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = _named(QComboBox(), f"{name}Destination")
        layout.addWidget(self.combo, 1)
        self.add_button = _named(QPushButton(), f"{name}AddDestination")
        self.add_button.clicked.connect(self.add)
        layout.addWidget(self.add_button)
        self.reload()
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.combo.setAccessibleName(self.tr("Destination"))
        self.add_button.setText(self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add a destination"))

    def reload(self, select: str | None = None) -> None:
        """List the stored destinations again, selecting ``select`` if given."""
        current = select or self.current()
        self.combo.clear()
        for stored in destinations.entries(self.vault):
            self.combo.addItem(f"{stored.name} — {stored.location}", stored.name)
        if current is not None and self.combo.findData(current) >= 0:
            self.combo.setCurrentIndex(self.combo.findData(current))

    def current(self) -> str | None:
        """The chosen destination's name, or None when there is none."""
        value = self.combo.currentData()
        return None if value is None else str(value)

    def add(self) -> None:
        """Open the dialog that adds a destination; select it once added."""
        self.dialog = DestinationDialog(self.vault, self)
        self.dialog.accepted.connect(
            lambda: self.reload(self.dialog.added if self.dialog else None)
        )
        self.dialog.open()


class SendDialog(QDialog):
    """Send cases to headquarters: one packet per case, to the chosen destination."""

    sent = Signal(object)

    def __init__(self, vault: Vault, references: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.references = references
        self.entries: list[OutboxEntry] = []
        self.setObjectName("sendDialog")
        self.resize(620, 300)
        layout = QVBoxLayout(self)
        self.cases = _named(QLabel(), "sendCases")
        self.cases.setWordWrap(True)
        layout.addWidget(self.cases)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        form = QFormLayout()
        self.destination_label = QLabel()
        self.picker = DestinationPicker(vault, "send")
        form.addRow(self.destination_label, self.picker)
        layout.addLayout(form)
        self.progress = WorkProgress("sendProgress")
        self.progress.finished.connect(self._sent)
        self.progress.failed.connect(lambda _message: self._idle())
        layout.addWidget(self.progress)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.send_button = _named(QPushButton(), "sendNow")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.start)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = _named(QPushButton(), "sendClose")
        self.close_button.clicked.connect(self.reject)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Send to headquarters"))
        self.cases.setText(self.tr("Cases to send: %1").replace("%1", ", ".join(self.references)))
        self.note.setText(
            self.tr(
                "Each case is sealed if it changed, then sent as one encrypted packet that only"
                " headquarters can open. A send that is stopped or cut off continues from the"
                " outbox."
            )
        )
        self.destination_label.setText(self.tr("Destination"))
        self.send_button.setText(self.tr("&Send"))
        self.send_button.setAccessibleName(self.tr("Send the cases"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        if self.entries:
            self._say_sent()

    def start(self) -> None:
        """Send in the background; the bar counts the parts written."""
        destination = self.picker.current()
        if destination is None:
            self.progress.status.setText(self.tr("Add a destination first."))
            return
        vault, references = self.vault, list(self.references)
        self.send_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.progress.status.setText(self.tr("Sending…"))
        self.progress.start(
            lambda report, stop: send.send_cases(
                vault, references, destination, parts_progress(report), stop
            )
        )

    def _idle(self) -> None:
        self.send_button.setEnabled(not self.entries)
        self.close_button.setEnabled(True)

    def _sent(self, result: object) -> None:
        self.entries = list(result) if isinstance(result, list) else []
        self._idle()
        self._say_sent()
        self.sent.emit(self.entries)

    def _say_sent(self) -> None:
        unfinished = [e for e in self.entries if e.state in ("queued", "sending")]
        if unfinished:
            self.progress.status.setText(
                self.tr("Stopped. %1 packet(s) not finished: resume them from the outbox.").replace(
                    "%1", str(len(unfinished))
                )
            )
        else:
            self.progress.status.setText(
                self.tr("Sent: %1 packet(s). Headquarters' receipts come later.").replace(
                    "%1", str(len(self.entries))
                )
            )

    def reject(self) -> None:
        if self.progress.running:
            return  # closes once the send stopped: Stop first
        super().reject()
