"""The first-run wizard that creates the vault (with its recovery shares), and the unlock
screen (with recovery from shares)."""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldmon.errors import FieldMonError, VaultNotFound, WrongPassphrase
from fieldmon.vault import attempts, recovery
from fieldmon.vault.store import Vault
from ui import i18n
from ui.recovery_dialogs import (
    PassphraseFields,
    RecoverDialog,
    RecoverySharesDialog,
    ShareViewer,
    share_count_boxes,
)
from ui.workers import run_in_background

__all__ = ["FirstRunWizard", "RecoverySharesDialog", "UnlockNotices", "UnlockPage"]


class UnlockNotices(QMessageBox):
    """What the unlock found that the monitor should know (``Vault.notices``: failed unlocks
    since the vault was last opened, a count reset or a setting changed outside FieldMon, an
    upgrade), shown once after the vault opens, without blocking the window."""

    def __init__(self, notices: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockNotices")
        self.notices = list(notices)
        self.setIcon(QMessageBox.Icon.Information)
        self.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("While the vault was locked"))
        self.setText(self.tr("Please read this before you go on:"))
        self.setInformativeText("\n\n".join(self.worded(n) for n in self.notices))
        self.button(QMessageBox.StandardButton.Ok).setAccessibleName(self.tr("I have read it"))

    def worded(self, notice: str) -> str:
        """A notice in the interface's language, by its kind (fieldmon.vault.notices); as the
        core says it (in English) for a kind not known here."""
        kind, number = getattr(notice, "kind", ""), getattr(notice, "number", 0)
        if kind == "failed_since":
            return self.tr(
                "Someone typed a wrong passphrase %n time(s) since the vault was last opened."
                " If it was not you, the laptop may have been in other hands.",
                "",
                number,
            )
        if kind == "count_reset":
            return (
                self.tr(
                    "The count of wrong passphrases was lowered outside FieldMon since the vault"
                    " was last opened (it had counted %1, it now says %2). Someone may have tried"
                    " passphrases and hidden it."
                )
                .replace("%1", str(getattr(notice, "before", 0)))
                .replace("%2", str(number))
            )
        if kind == "counter_damaged":
            return self.tr(
                "The record of wrong passphrases in the key header was damaged or replaced"
                " outside FieldMon; how many were typed before now is not known."
            )
        if kind == "policy_restored":
            if number:
                return self.tr(
                    "The setting that wipes the vault after wrong passphrases was changed"
                    " outside FieldMon. It is set back to: after %n wrong passphrase(s) in a row.",
                    "",
                    number,
                )
            return self.tr(
                "The setting that wipes the vault after wrong passphrases was changed outside"
                " FieldMon. It is set back to: never."
            )
        if kind == "slots_cleared":
            return self.tr(
                "%n key slot(s) of the key header were damaged and have been cleared. If a"
                " passphrase or recovery shares no longer open the vault, set them again.",
                "",
                number,
            )
        if kind == "upgraded":
            return self.tr(
                "This vault was upgraded to a new key header, and its database was encrypted"
                " again under a new key. Recovery shares made before today no longer open it:"
                " destroy them and make new ones (Settings, Field security). A duress"
                " passphrase set before no longer opens anything: set it again if you used one."
            )
        return notice


def show_notices(vault: Vault, parent: QWidget) -> UnlockNotices | None:
    """Show the unlock's notices, if any, in a window that does not block.

    :return: the window (kept by the caller), or None when there is nothing to say.
    """
    if not vault.notices:
        return None
    box = UnlockNotices(vault.notices, parent)
    box.show()  # not open(): that would block the window behind it
    return box


@dataclass(frozen=True)
class _Refused:
    """An unlock that did not open the vault: ``wrong`` passphrase, or ``missing`` vault."""

    kind: str


class UnlockPage(QWidget):
    """Asks for the passphrase; Argon2 runs off the GUI thread; wrong answers slow down, as
    long as the core says (:func:`fieldmon.vault.attempts.seconds_to_wait`)."""

    unlocked = Signal(object)

    def __init__(self, vault_dir: Path) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.failures = 0
        self.notices: UnlockNotices | None = None
        """Unlocks this screen saw refused (the back-off counts failures in the core)."""
        self.wait_left = 0
        """Seconds before the passphrase field opens again."""
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
        self.recover_button = QPushButton()
        self.recover_button.setObjectName("recoverWithShares")
        self.recover_button.setFlat(True)
        self.recover_button.clicked.connect(self.open_recovery)
        layout.addWidget(self.recover_button, 0, Qt.AlignmentFlag.AlignCenter)
        self.recover_dialog: RecoverDialog | None = None
        layout.addStretch(2)
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.where.setText(self.tr("Vault: %1").replace("%1", str(self.vault_dir)))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.busy.setAccessibleName(self.tr("Unlocking"))
        self.recover_button.setText(self.tr("Forgot the passphrase? &Recover with shares…"))
        self.recover_button.setAccessibleName(self.tr("Recover with shares"))

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
        vault_dir = self.vault_dir

        def work(_: Any) -> Vault | _Refused:
            # Errors travel as types: the two everyday ones become plain sentences here.
            try:
                return Vault.open(vault_dir, passphrase)
            except WrongPassphrase:
                return _Refused("wrong")
            except VaultNotFound:
                return _Refused("missing")

        run_in_background(work, self._opened, self._failed)

    def open_recovery(self) -> None:
        """Open the dialog that sets a new passphrase from recovery shares, then unlocks."""
        self.recover_dialog = RecoverDialog(self.vault_dir, self)
        self.recover_dialog.recovered.connect(self._recovered)
        self.recover_dialog.open()

    def _recovered(self, vault: Vault) -> None:
        self.failures = 0
        self.wait_left = 0
        self.countdown.stop()
        self._set_busy(False)
        self.status.clear()
        self.notices = show_notices(vault, self.window())
        self.unlocked.emit(vault)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def _opened(self, vault: Vault | _Refused) -> None:
        if isinstance(vault, _Refused):
            self._failed(
                self.tr("Wrong passphrase: the vault was not opened.")
                if vault.kind == "wrong"
                else self.tr("There is no vault in this folder any more.")
            )
            return
        self._set_busy(False)
        self.failures = 0
        self.status.clear()
        self.notices = show_notices(vault, self.window())
        self.unlocked.emit(vault)

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.failures += 1
        self.wait_left = math.ceil(attempts.seconds_to_wait(self.vault_dir))
        self.message = message
        if self.wait_left:
            self.unlock_button.setEnabled(False)
            self.passphrase.setEnabled(False)
            self.countdown.start()
        self._show_failure()
        self.passphrase.setFocus()

    def _show_failure(self) -> None:
        text = self.message
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
        i18n.follow_language(self)

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


class _PassphrasePage(QWizardPage):
    """The passphrase, typed twice, with the strength rules of :class:`PassphraseFields`."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.fields = PassphraseFields()
        layout.addWidget(self.fields)
        layout.addStretch(1)
        self.first, self.second = self.fields.first, self.fields.second
        self.meter, self.reason = self.fields.meter, self.fields.reason
        self.fields.changed.connect(self.completeChanged.emit)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "It opens the vault; nobody, not even FieldMon's makers, can"
                " recover it for you. Several uncommon words are strong and"
                " easy to remember."
            )
        )

    def problem(self) -> str | None:
        """See :meth:`PassphraseFields.problem`."""
        return self.fields.problem()

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
        i18n.follow_language(self)

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

    def isComplete(self) -> bool:
        return bool(self.name.text().strip())


PAGE_LANGUAGE, PAGE_PASSPHRASE, PAGE_IDENTITY = 0, 1, 2
PAGE_SHARES_CHOICE, PAGE_CREATING, PAGE_SHARES = 3, 4, 5


def _discard(vault: Vault) -> None:
    """Close a vault the wizard made and remove it: key header first, then every file."""
    vault.close()
    with suppress(FieldMonError):  # already gone
        recovery.wipe(vault.path)


class _Creation:
    """A vault (and its shares) being made in a worker, which :meth:`cancel` undoes at any
    moment: it waits for the worker if it is still running, so a cancelled wizard never leaves
    a vault behind, even when the window closes right after."""

    def __init__(
        self,
        vault_dir: Path,
        passphrase: str,
        name: str,
        organisation: str | None,
        shares: tuple[int, int] | None,
    ) -> None:
        """:param shares: (threshold, count) of the recovery shares to make, or None."""
        self.vault_dir = vault_dir
        self.passphrase = passphrase
        self.name = name
        self.organisation = organisation
        self.shares = shares
        self.cancelled = False
        self.vault: Vault | None = None
        self._lock = threading.Lock()
        self._finished = threading.Event()

    def run(self, progress: Any) -> tuple[Vault, list[str]] | None:
        """Make the vault, then the shares; None if cancelled meanwhile (nothing is left)."""
        try:
            progress("vault")
            vault = Vault.create(
                self.vault_dir, self.passphrase, name=self.name, organisation=self.organisation
            )
            shares: list[str] = []
            try:
                if self.shares is not None:
                    progress("shares")
                    shares = recovery.create_shares(vault, self.passphrase, *self.shares)
            except BaseException:
                _discard(vault)
                raise
            with self._lock:
                if self.cancelled:
                    _discard(vault)
                    return None
                self.vault = vault
            return vault, shares
        finally:
            self.passphrase = ""
            self._finished.set()

    def cancel(self, timeout_s: float = 120) -> None:
        """Remove the vault if it was made; if the worker is still making it, it removes it
        itself, and this waits (up to ``timeout_s``) until it has."""
        with self._lock:
            self.cancelled = True
            vault, self.vault = self.vault, None
        if vault is not None:
            _discard(vault)
        self._finished.wait(timeout_s)


class _SharesChoicePage(QWizardPage):
    """Whether to make recovery shares, and how many; leaving it creates the vault."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.make = QCheckBox()
        self.make.setObjectName("wizardMakeShares")
        self.make.setChecked(True)
        layout.addWidget(self.make)
        form = QFormLayout()
        self.count, self.threshold = share_count_boxes("wizardSharesCount", "wizardSharesThreshold")
        self.make.toggled.connect(self.count.setEnabled)
        self.make.toggled.connect(self.threshold.setEnabled)
        self.count_label, self.threshold_label = QLabel(), QLabel()
        form.addRow(self.count_label, self.count)
        form.addRow(self.threshold_label, self.threshold)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("wizardStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setCommitPage(True)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Recovery shares"))
        self.setSubTitle(
            self.tr(
                "If the passphrase is ever lost, recovery shares give access back: any chosen"
                " number of them set a new passphrase. You write them on paper on the next"
                " page; they are never stored."
            )
        )
        self.explanation.setText(
            self.tr(
                "Keep each share in a different place, with people you trust, never with the"
                " laptop. Fewer shares than needed reveal nothing. You can make shares again"
                " later in Settings → Field security."
            )
        )
        self.make.setText(self.tr("&Make recovery shares (recommended)"))
        self.make.setAccessibleName(self.tr("Make recovery shares"))
        self.count_label.setText(self.tr("&Shares to make"))
        self.count_label.setBuddy(self.count)
        self.count.setAccessibleName(self.tr("Shares to make"))
        self.threshold_label.setText(self.tr("Shares &needed to recover"))
        self.threshold_label.setBuddy(self.threshold)
        self.threshold.setAccessibleName(self.tr("Shares needed to recover"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the vault"))

    def choice(self) -> tuple[int, int] | None:
        """(threshold, count) of the shares to make, or None for no shares."""
        return (self.threshold.value(), self.count.value()) if self.make.isChecked() else None

    def nextId(self) -> int:
        return PAGE_CREATING


class _CreatingPage(QWizardPage):
    """Shows progress while the vault and the shares are made in the background."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.ready = False
        layout = QVBoxLayout(self)
        self.busy = QProgressBar()
        self.busy.setObjectName("wizardBusy")
        self.busy.setRange(0, 0)
        layout.addWidget(self.busy)
        self.status = QLabel()
        self.status.setObjectName("wizardCreatingStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addStretch(1)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Creating the vault"))
        self.setSubTitle(self.tr("This takes a few seconds."))
        self.busy.setAccessibleName(self.tr("Creating the vault"))

    def initializePage(self) -> None:
        self.ready = False
        self._wizard.start_creation()

    def show_step(self, step: str) -> None:
        """Say what the worker is doing: ``vault`` or ``shares``."""
        if step == "vault":
            self.status.setText(self.tr("Creating the vault and your signing keys…"))
        else:
            self.status.setText(self.tr("Making the recovery shares…"))

    def isComplete(self) -> bool:
        return self.ready

    def nextId(self) -> int:
        return PAGE_SHARES if self._wizard.shares_choice is not None else -1


class _SharesPage(QWizardPage):
    """The recovery shares, one at a time, each confirmed as written down before the next."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.viewer = ShareViewer()
        layout.addWidget(self.viewer)
        self.viewer.completed.connect(self.completeChanged.emit)
        self.viewer.written.toggled.connect(lambda _checked: self.completeChanged.emit())
        i18n.follow_language(self)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setTitle(self.tr("Write down your recovery shares"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Open the vault"))

    def isComplete(self) -> bool:
        return self.viewer.is_complete()

    def nextId(self) -> int:
        return -1


class FirstRunWizard(QWizard):
    """Creates the vault: language, passphrase, who signs, recovery shares.

    The vault (Argon2, keys) is made in the background when the shares page is left; the
    shares are then shown one at a time on the last page. Cancelling at any point before
    Finish removes whatever was made, so no half-made vault and no unseen shares remain.
    ``created`` is emitted with the open vault at Finish.
    """

    created = Signal(object)
    shares: list[str]
    """Kept empty: shares are shown inside the wizard, never handed on."""

    def __init__(self, vault_dir: Path) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.shares = []
        self.creation: _Creation | None = None
        self.vault: Vault | None = None
        self.finished_ok = False
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.language_page = _LanguagePage()
        self.passphrase_page = _PassphrasePage()
        self.identity_page = _IdentityPage()
        self.choice_page = _SharesChoicePage()
        self.creating_page = _CreatingPage(self)
        self.shares_page = _SharesPage()
        self.status = self.choice_page.status
        self.setPage(PAGE_LANGUAGE, self.language_page)
        self.setPage(PAGE_PASSPHRASE, self.passphrase_page)
        self.setPage(PAGE_IDENTITY, self.identity_page)
        self.setPage(PAGE_SHARES_CHOICE, self.choice_page)
        self.setPage(PAGE_CREATING, self.creating_page)
        self.setPage(PAGE_SHARES, self.shares_page)
        self.shares_choice: tuple[int, int] | None = None
        i18n.follow_language(self)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Create your vault"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        names = {
            QWizard.WizardButton.BackButton: ("wizardBack", self.tr("Back")),
            QWizard.WizardButton.NextButton: ("wizardNext", self.tr("Next")),
            QWizard.WizardButton.CommitButton: ("wizardCommit", self.tr("Create the vault")),
            QWizard.WizardButton.FinishButton: ("wizardFinish", self.tr("Open the vault")),
            QWizard.WizardButton.CancelButton: ("wizardCancel", self.tr("Cancel")),
        }
        for which, (object_name, accessible) in names.items():
            button = self.button(which)
            button.setObjectName(object_name)
            button.setAccessibleName(accessible)

    def start_creation(self) -> None:
        """Make the vault (and the shares, if chosen) off the GUI thread."""
        if self.creation is not None:
            return
        self.shares_choice = self.choice_page.choice()
        self.status.clear()
        creation = _Creation(
            self.vault_dir,
            self.passphrase_page.fields.text(),
            self.identity_page.name.text().strip(),
            self.identity_page.org.text().strip() or None,
            self.shares_choice,
        )
        self.creation = creation

        def done(result: tuple[Vault, list[str]] | None) -> None:
            if creation.cancelled or result is None:
                return
            self.passphrase_page.fields.clear()
            self.vault, shares = result
            self.creating_page.ready = True
            self.creating_page.completeChanged.emit()
            if self.shares_choice is None:
                self.accept()
                return
            self.shares_page.viewer.set_shares(shares, self.shares_choice[0])
            self.next()

        def failed(message: str) -> None:
            if creation.cancelled:
                return
            self.creation = None  # Vault.create removed what it had begun
            self.back()
            self.status.setText("⚠ " + message)

        run_in_background(creation.run, done, failed, self.creating_page.show_step)

    def accept(self) -> None:
        """Finish: hand on the open vault; the shares leave the screen and memory."""
        if self.vault is None or (
            self.shares_choice is not None and not self.shares_page.isComplete()
        ):
            return
        self.finished_ok = True
        vault, self.vault = self.vault, None
        self.creation = None
        self.shares_page.viewer.clear()
        self.created.emit(vault)
        super().accept()

    def abandon(self) -> None:
        """Undo everything unfinished: a vault being made or made but not yet handed on is
        removed (waiting for the worker if need be), shares and passphrase are forgotten.
        Does nothing after Finish. For the window to call when it closes during the wizard."""
        if self.finished_ok:
            return
        if self.creation is not None:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.creation.cancel()
            finally:
                QApplication.restoreOverrideCursor()
            self.creation = None
        self.vault = None
        self.shares_page.viewer.clear()
        self.passphrase_page.fields.clear()

    def reject(self) -> None:
        """Cancel: nothing of a vault stays behind (see :meth:`abandon`)."""
        self.abandon()
        super().reject()
