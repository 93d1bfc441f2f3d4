"""Settings for field security (duress passphrase, wipe after failed unlocks, recovery shares)
and the in-memory log."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldmon.errors import FieldMonError
from fieldmon.logs import memory_log
from fieldmon.vault import attempts
from fieldmon.vault.store import Vault
from ui.recovery_dialogs import MakeSharesDialog


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class SecurityDialog(QDialog):
    """Field security: the duress passphrase, the wipe after failed unlocks, and making
    recovery shares again."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.shares_dialog: MakeSharesDialog | None = None
        self.setObjectName("securityDialog")
        self.resize(620, 520)
        layout = QVBoxLayout(self)

        self.duress_box = QGroupBox()
        duress = QFormLayout(self.duress_box)
        self.current = _password_field("currentPassphrase")
        self.duress = _password_field("duressPassphrase")
        self.duress_again = _password_field("duressRepeat")
        self.wipe_real = QCheckBox()
        self.wipe_real.setObjectName("duressWipesReal")
        self.current_label, self.duress_label, self.again_label = QLabel(), QLabel(), QLabel()
        duress.addRow(self.current_label, self.current)
        duress.addRow(self.duress_label, self.duress)
        duress.addRow(self.again_label, self.duress_again)
        duress.addRow(self.wipe_real)
        self.set_duress_button = QPushButton()
        self.set_duress_button.setObjectName("setDuress")
        self.set_duress_button.clicked.connect(self.set_duress)
        self.clear_duress_button = QPushButton()
        self.clear_duress_button.setObjectName("clearDuress")
        self.clear_duress_button.clicked.connect(self.clear_duress)
        duress.addRow(self.set_duress_button, self.clear_duress_button)
        layout.addWidget(self.duress_box)

        self.attempts_box = QGroupBox()
        limits = QFormLayout(self.attempts_box)
        self.wipe_after = QSpinBox()
        self.wipe_after.setObjectName("wipeAfter")
        self.wipe_after.setRange(0, 99)
        self.wipe_after.setValue(attempts.wipe_after(vault.path) or 0)
        self.wipe_after_label = QLabel()
        limits.addRow(self.wipe_after_label, self.wipe_after)
        self.save_limit = QPushButton()
        self.save_limit.setObjectName("saveWipeAfter")
        self.save_limit.clicked.connect(self.save_wipe_after)
        limits.addRow(self.save_limit)
        layout.addWidget(self.attempts_box)

        self.recovery_box = QGroupBox()
        shares = QVBoxLayout(self.recovery_box)
        self.recovery_note = QLabel()
        self.recovery_note.setWordWrap(True)
        shares.addWidget(self.recovery_note)
        self.make_shares_button = QPushButton()
        self.make_shares_button.setObjectName("makeRecoveryShares")
        self.make_shares_button.clicked.connect(self.make_shares)
        shares.addWidget(self.make_shares_button)
        layout.addWidget(self.recovery_box)

        self.status = QLabel()
        self.status.setObjectName("securityStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("securityClose")
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Field security"))
        self.duress_box.setTitle(self.tr("Duress passphrase"))
        self.current_label.setText(self.tr("Current passphrase"))
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.duress_label.setText(self.tr("Duress passphrase"))
        self.duress.setAccessibleName(self.tr("Duress passphrase"))
        self.again_label.setText(self.tr("Repeat it"))
        self.duress_again.setAccessibleName(self.tr("Repeat the duress passphrase"))
        self.wipe_real.setText(self.tr("Using it also destroys this vault, silently"))
        self.wipe_real.setAccessibleName(self.tr("Using it also destroys this vault"))
        self.set_duress_button.setText(self.tr("Set"))
        self.set_duress_button.setAccessibleName(self.tr("Set the duress passphrase"))
        self.clear_duress_button.setText(self.tr("Clear"))
        self.clear_duress_button.setAccessibleName(self.tr("Clear the duress passphrase"))
        self.attempts_box.setTitle(self.tr("Failed unlocks"))
        self.wipe_after_label.setText(self.tr("Wipe after this many in a row (0: never)"))
        self.wipe_after.setAccessibleName(self.tr("Wipe after failed unlocks"))
        self.save_limit.setText(self.tr("Save"))
        self.save_limit.setAccessibleName(self.tr("Save the limit"))
        self.recovery_box.setTitle(self.tr("Recovery shares"))
        self.recovery_note.setText(
            self.tr(
                "Shares written on paper give access back if the passphrase is lost. Making new"
                " shares ends the ones made before."
            )
        )
        self.make_shares_button.setText(self.tr("&Make recovery shares…"))
        self.make_shares_button.setAccessibleName(self.tr("Make recovery shares"))
        self.close_button.setAccessibleName(self.tr("Close"))

    def make_shares(self) -> None:
        """Open the dialog that asks for the passphrase again and shows new shares."""
        self.shares_dialog = MakeSharesDialog(self.vault, self)
        self.shares_dialog.open()

    def _clear_fields(self) -> None:
        for field in (self.current, self.duress, self.duress_again):
            field.clear()

    def set_duress(self) -> None:
        if self.duress.text() != self.duress_again.text():
            self.status.setText(self.tr("The two duress passphrases differ."))
            return
        try:
            self.vault.set_duress(
                self.current.text(), self.duress.text(), wipe_real=self.wipe_real.isChecked()
            )
        except FieldMonError as error:
            self.status.setText("⚠ " + str(error))
            return
        finally:
            self._clear_fields()
        said = self.tr(
            "The duress passphrase now opens the decoy vault; open it with that passphrase and"
            " fill it with harmless material."
        )
        if self.wipe_real.isChecked():
            said += " " + self.tr("Using it also destroys this vault, silently.")
        self.status.setText(said)

    def clear_duress(self) -> None:
        try:
            self.vault.clear_duress(self.current.text())
        except FieldMonError as error:
            self.status.setText("⚠ " + str(error))
            return
        finally:
            self._clear_fields()
        self.status.setText(self.tr("No duress passphrase opens anything now."))

    def save_wipe_after(self) -> None:
        value = self.wipe_after.value()
        if 0 < value < 3:
            self.status.setText(self.tr("Wipe after at least 3 failed unlocks (a typo happens)."))
            return
        try:
            # Recorded in the vault too, so the next unlock does not take it for a change
            # made outside FieldMon.
            self.vault.set_wipe_after(value or None)
        except (FieldMonError, OSError) as error:
            self.status.setText("⚠ " + str(error))
            return
        self.status.setText(self.tr("Saved."))


class LogDialog(QDialog):
    """What FieldMon logged in this session; it is kept in memory and gone when it closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logDialog")
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit()
        self.text.setObjectName("logText")
        self.text.setReadOnly(True)
        self.text.setPlainText("\n".join(memory_log().lines))
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("logClose")
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Log of this session (kept in memory only)"))
        self.text.setAccessibleName(self.tr("Log of this session"))
        self.close_button.setAccessibleName(self.tr("Close"))
