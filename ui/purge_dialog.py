"""Purge a case from this laptop once headquarters' receipt covers it (issue 15): what goes,
what stays, that it cannot be undone, and the case's reference typed to confirm.

Whether a case may be purged, and the purge itself, are fieldmon.exchange.purge's."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldmon.errors import FieldMonError
from fieldmon.exchange import purge, receipts
from fieldmon.exchange.purge import PurgeReport
from fieldmon.vault.store import Vault
from ui import i18n
from ui.workers import run_in_background


class PurgeDialog(QDialog):
    """Remove one case from the laptop, keeping only its stub; emits ``purged(reference)``."""

    purged = Signal(str)

    def __init__(self, vault: Vault, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.reference = reference
        self.running = False
        self.report: PurgeReport | None = None
        self.setObjectName("purgeDialog")
        self.resize(600, 440)
        try:
            self.reason = purge.purgeable(vault, reference)
            self.files = len(vault.attachments(reference))
            history = vault.history(reference)
            self.version = history.versions[-1].version if history.versions else 0
            uuid = vault.case_uuid(reference)
        except FieldMonError as error:
            self.reason, self.files, self.version, uuid = str(error), 0, 0, ""
        covering = [
            r for r in receipts.stored(vault) if r.case_uuid == uuid and r.version == self.version
        ]
        self.receipt_date = covering[0].received_at[:10] if covering else ""
        layout = QVBoxLayout(self)
        self.removed = QLabel()
        self.removed.setObjectName("purgeRemoved")
        self.removed.setWordWrap(True)
        layout.addWidget(self.removed)
        self.stays = QLabel()
        self.stays.setObjectName("purgeStays")
        self.stays.setWordWrap(True)
        layout.addWidget(self.stays)
        self.covered = QLabel()
        self.covered.setObjectName("purgeCovered")
        self.covered.setWordWrap(True)
        layout.addWidget(self.covered)
        self.warning = QLabel()
        self.warning.setObjectName("purgeWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("font-weight: bold; color: #9A0000;")
        layout.addWidget(self.warning)
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        layout.addWidget(self.confirm_label)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("purgeConfirm")
        self.confirm.textChanged.connect(self._update)
        self.confirm_label.setBuddy(self.confirm)
        layout.addWidget(self.confirm)
        self.status = QLabel()
        self.status.setObjectName("purgeStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.purge_button = QPushButton()
        self.purge_button.setObjectName("purgeNow")
        self.purge_button.clicked.connect(self.start)
        buttons.addButton(self.purge_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("purgeCancel")
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        i18n.follow_language(self)
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Purge %1 from this laptop").replace("%1", self.reference))
        self.removed.setText(
            self.tr(
                "Removed from this laptop: case %1 with all its records, its %2 evidence"
                " file(s) (their keys destroyed) and any draft of it. Copies of its packets"
                " left in a folder no longer open with anything on this laptop."
            )
            .replace("%1", self.reference)
            .replace("%2", str(self.files))
        )
        self.stays.setText(
            self.tr(
                "What stays: a stub with the reference, headquarters' receipt and the SHA-256"
                " hashes of every sealed version and file, so that the custody log still"
                " checks. Nothing the witnesses said stays."
            )
        )
        if self.reason is None:
            self.covered.setText(
                self.tr("Headquarters' receipt of %1 covers version %2, the newest.")
                .replace("%1", self.receipt_date or "?")
                .replace("%2", str(self.version))
            )
        else:
            self.covered.setText(self.tr("Not possible yet: %1").replace("%1", self.reason))
        self.warning.setText(self.tr("This cannot be undone."))
        self.confirm_label.setText(
            self.tr("Type the case's reference, %1, to confirm:").replace("%1", self.reference)
        )
        self.confirm.setAccessibleName(self.tr("The case's reference, typed to confirm"))
        self.purge_button.setText(self.tr("&Purge from this laptop"))
        self.purge_button.setAccessibleName(self.tr("Purge the case from this laptop"))
        closing = self.tr("Close") if self.report is not None else self.tr("Cancel")
        self.cancel_button.setText(closing)
        self.cancel_button.setAccessibleName(closing)

    def _update(self) -> None:
        typed = self.confirm.text().strip() == self.reference
        self.purge_button.setEnabled(
            typed and self.reason is None and not self.running and self.report is None
        )

    def start(self) -> None:
        """Purge in the background (it vacuums the database: seconds on a large vault)."""
        if self.confirm.text().strip() != self.reference or self.reason is not None:
            return
        self.running = True
        self._update()
        self.cancel_button.setEnabled(False)
        self.confirm.setEnabled(False)
        self.status.setText(self.tr("Purging…"))
        vault, reference = self.vault, self.reference
        run_in_background(lambda _progress: purge.purge(vault, reference), self._done, self._failed)

    def _done(self, report: object) -> None:
        self.running = False
        self.report = report if isinstance(report, PurgeReport) else None
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setAccessibleName(self.tr("Close"))
        files = str(self.report.files) if self.report else "0"
        text = self.tr("%1 was purged: %2 file(s) destroyed; its stub stays.")
        text = text.replace("%1", self.reference).replace("%2", files)
        if self.report is not None and self.report.note:
            text += "\n" + self.report.note
        self.status.setText(text)
        self._update()
        self.purged.emit(self.reference)

    def _failed(self, message: str) -> None:
        self.running = False
        self.cancel_button.setEnabled(True)
        self.confirm.setEnabled(True)
        self.status.setText(message)
        self._update()

    def reject(self) -> None:
        if not self.running:
            super().reject()
