"""The first-run wizard that creates the vault, and the unlock screen."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldmon.crypto.passphrase import MIN_LENGTH, passphrase_problem, strength_score
from fieldmon.vault import recovery
from fieldmon.vault.store import Vault
from ui import i18n
from ui.workers import run_in_background

MAX_DELAY_S = 60
SHARES_NEEDED, SHARES_MADE = 2, 3


class UnlockPage(QWidget):
    """Asks for the passphrase; Argon2 runs off the GUI thread; wrong answers slow down."""

    unlocked = Signal(object)

    def __init__(self, vault_dir: Path) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.failures = 0
        self.wait_left = 0
        self.setObjectName("unlockPage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel("<h2>FieldMon</h2>")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.where = QLabel()
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.where)
        row = QHBoxLayout()
        row.addStretch(1)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setMinimumWidth(340)
        self.passphrase.returnPressed.connect(self.unlock)
        row.addWidget(self.passphrase)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.clicked.connect(self.unlock)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.busy = QProgressBar()
        self.busy.setObjectName("unlockBusy")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(340)
        self.busy.hide()
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignCenter)
        self.status = QLabel()
        self.status.setObjectName("unlockStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(2)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.retranslate()

    def retranslate(self) -> None:
        self.where.setText(self.tr("Vault: %1").replace("%1", str(self.vault_dir)))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.busy.setAccessibleName(self.tr("Unlocking"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        self.passphrase.setFocus()
        super().showEvent(event)

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase or self.wait_left:
            return
        self.passphrase.clear()
        self._set_busy(True)
        self.status.setText(self.tr("Unlocking…"))
        run_in_background(
            lambda _: Vault.open(self.vault_dir, passphrase), self._opened, self._failed
        )

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def _opened(self, vault: Vault) -> None:
        self._set_busy(False)
        self.failures = 0
        self.status.clear()
        self.unlocked.emit(vault)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.failures += 1
        self.wait_left = min(2 ** (self.failures - 1), MAX_DELAY_S) if self.failures > 1 else 0
        self.message = message
        if self.wait_left:
            self.unlock_button.setEnabled(False)
            self.passphrase.setEnabled(False)
            self.countdown.start()
        self._show_failure()
        self.passphrase.setFocus()

    def _show_failure(self) -> None:
        text = self.message
        if "Wrong passphrase" in text:
            text = self.tr("Wrong passphrase: the vault was not opened.")
        if self.wait_left:
            text += " " + self.tr("Try again in %1 s.").replace("%1", str(self.wait_left))
        self.status.setText(text)

    def _tick(self) -> None:
        self.wait_left = max(0, self.wait_left - 1)
        self._show_failure()
        if not self.wait_left:
            self.countdown.stop()
            self.unlock_button.setEnabled(True)
            self.passphrase.setEnabled(True)
            self.passphrase.setFocus()


class _LanguagePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QFormLayout(self)
        self.choice = QComboBox()
        self.choice.setObjectName("wizardLanguage")
        for code, name in i18n.LANGUAGES.items():
            self.choice.addItem(name, code)
        self.choice.setCurrentIndex(max(0, self.choice.findData(i18n.current())))
        self.choice.currentIndexChanged.connect(lambda: i18n.install(self.choice.currentData()))
        self.label = QLabel()
        layout.addRow(self.label, self.choice)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to FieldMon"))
        self.setSubTitle(
            self.tr(
                "FieldMon keeps your documentation in an encrypted vault on"
                " this computer. First, choose the language of the interface."
            )
        )
        self.label.setText(self.tr("&Language"))
        self.label.setBuddy(self.choice)
        self.choice.setAccessibleName(self.tr("Language"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class _PassphrasePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QFormLayout(self)
        self.first = QLineEdit()
        self.first.setObjectName("newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setObjectName("strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.reason = QLabel()
        self.reason.setObjectName("passphraseReason")
        self.reason.setWordWrap(True)
        self.first_label, self.second_label, self.meter_label = QLabel(), QLabel(), QLabel()
        layout.addRow(self.first_label, self.first)
        layout.addRow(self.second_label, self.second)
        layout.addRow(self.meter_label, self.meter)
        layout.addRow(self.reason)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "It opens the vault; nobody, not even FieldMon's makers, can"
                " recover it for you. Several uncommon words are strong and"
                " easy to remember."
            )
        )
        self.first_label.setText(self.tr("&Passphrase"))
        self.first_label.setBuddy(self.first)
        self.first.setAccessibleName(self.tr("Passphrase"))
        self.second_label.setText(self.tr("&Repeat it"))
        self.second_label.setBuddy(self.second)
        self.second.setAccessibleName(self.tr("Repeat the passphrase"))
        self.meter_label.setText(self.tr("Strength"))
        self.meter.setAccessibleName(self.tr("Strength"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def problem(self) -> str | None:
        text = self.first.text()
        if not text:
            return ""
        problem = passphrase_problem(text)
        if problem is not None:
            if problem.kind == "short":
                return (
                    self.tr(
                        "Too short: %1 characters; a vault needs at least %2. Several"
                        " uncommon words are easy to remember and hard to guess."
                    )
                    .replace("%1", str(problem.length))
                    .replace("%2", str(MIN_LENGTH))
                )
            if problem.kind == "space":
                return self.tr("It starts or ends with a space, which is easy to mistype.")
            return self.tr(
                "Too easy to guess: it follows a common pattern or word. Add more uncommon words."
            )
        if self.second.text() != text:
            return self.tr("The two passphrases differ.")
        return None

    def _check(self) -> None:
        self.meter.setValue(strength_score(self.first.text()))
        problem = self.problem()
        self.reason.setText(problem or (self.tr("Strong enough.") if problem is None else ""))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.problem() is None


class _IdentityPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        layout = QFormLayout(self)
        self.name = QLineEdit()
        self.name.setObjectName("monitorName")
        self.org = QLineEdit()
        self.org.setObjectName("organisation")
        self.name_label, self.org_label = QLabel(), QLabel()
        layout.addRow(self.name_label, self.name)
        layout.addRow(self.org_label, self.org)
        self.name.textChanged.connect(lambda _text: self.completeChanged.emit())
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who signs"))
        self.setSubTitle(
            self.tr(
                "Your name and organisation appear in the custody log and on"
                " the signed dossiers. A pseudonym agreed with your"
                " organisation is fine."
            )
        )
        self.name_label.setText(self.tr("Your &name"))
        self.name_label.setBuddy(self.name)
        self.name.setAccessibleName(self.tr("Your name"))
        self.org_label.setText(self.tr("&Organisation"))
        self.org_label.setBuddy(self.org)
        self.org.setAccessibleName(self.tr("Organisation"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())


class FirstRunWizard(QWizard):
    """Creates the vault (Argon2 and key generation in the background)."""

    created = Signal(object)
    shares: list[str]

    def __init__(self, vault_dir: Path) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.language_page = _LanguagePage()
        self.passphrase_page = _PassphrasePage()
        self.identity_page = _IdentityPage()
        for page in (self.language_page, self.passphrase_page, self.identity_page):
            self.addPage(page)
        self.status = QLabel()
        self.status.setObjectName("wizardStatus")
        self.identity_page.layout().addWidget(self.status)  # type: ignore[union-attr]
        self.creating = False
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create your vault"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Create the vault"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        names = {
            QWizard.WizardButton.BackButton: ("wizardBack", self.tr("Back")),
            QWizard.WizardButton.NextButton: ("wizardNext", self.tr("Next")),
            QWizard.WizardButton.FinishButton: ("wizardFinish", self.tr("Create the vault")),
            QWizard.WizardButton.CancelButton: ("wizardCancel", self.tr("Cancel")),
        }
        for which, (object_name, accessible) in names.items():
            button = self.button(which)
            button.setObjectName(object_name)
            button.setAccessibleName(accessible)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        if self.creating:
            return
        self.creating = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.status.setText(self.tr("Creating the vault and your signing keys…"))
        passphrase = self.passphrase_page.first.text()
        name = self.identity_page.name.text().strip()
        org = self.identity_page.org.text().strip() or None

        def work(_: Any) -> Vault:
            vault = Vault.create(self.vault_dir, passphrase, name=name, organisation=org)
            # Offered once, right away: the shares that restore access if the passphrase is lost.
            key = recovery.vault_key_of(vault, passphrase)
            self.shares = recovery.create_shares(key, SHARES_NEEDED, SHARES_MADE)
            return vault

        def failed(message: str) -> None:
            self.creating = False
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            self.status.setText("⚠ " + message)

        def done(vault: Vault) -> None:
            self.passphrase_page.first.clear()
            self.passphrase_page.second.clear()
            self.created.emit(vault)
            super(FirstRunWizard, self).accept()

        run_in_background(work, done, failed)


class RecoverySharesDialog(QDialog):
    """The recovery shares, shown once after the vault is made, to write down (never saved)."""

    def __init__(self, shares: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryShares")
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.text = QPlainTextEdit()
        self.text.setObjectName("recoverySharesText")
        self.text.setReadOnly(True)
        self.text.setPlainText("\n\n".join(f"{n}. {share}" for n, share in enumerate(shares, 1)))
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setObjectName("sharesWrittenDown")
        self.skip_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.skip_button.setObjectName("sharesSkip")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Recovery shares"))
        self.explanation.setText(
            self.tr(
                "If the passphrase is ever lost, any %1 of these %2 shares give access back"
                " (fieldmon recover). Write each on its own paper and keep them in different"
                " places, never with the laptop. They are shown only now and are not stored."
            )
            .replace("%1", str(SHARES_NEEDED))
            .replace("%2", str(SHARES_MADE))
        )
        self.text.setAccessibleName(self.tr("Recovery shares"))
        self.done_button.setText(self.tr("I have written them down"))
        self.done_button.setAccessibleName(self.tr("I have written them down"))
        self.skip_button.setText(self.tr("Not now"))
        self.skip_button.setAccessibleName(self.tr("Not now"))

    def done(self, result: int) -> None:
        self.text.clear()  # what was on screen goes with the dialog
        super().done(result)
