"""Recovery shares in the window, against real vaults and real SLIP-39 shares: made from Field
security, used on the unlock screen, offered by the first-run wizard; and a wizard cancelled at
any step leaves no vault behind."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from fieldmon.errors import WrongPassphrase
from fieldmon.vault import recovery
from fieldmon.vault.store import KEY_FILE, Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.conftest import unlock
from ui import i18n
from ui.app import MainWindow
from ui.recovery_dialogs import RecoverDialog, ShareViewer
from ui.security_dialogs import SecurityDialog
from ui.unlock import PAGE_CREATING, PAGE_SHARES, FirstRunWizard
from ui.workers import wait_for_all

NEW_PASSPHRASE = "lantern orchard velvet compass 1987"


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.install("en")


@pytest.fixture
def closed_vault(tmp_path: Path) -> Path:
    """An empty vault (cheap Argon2 parameters), closed."""
    Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF).close()
    return tmp_path / "vault"


@pytest.fixture
def window(qtbot: QtBot, closed_vault: Path) -> Iterator[MainWindow]:
    window = MainWindow(closed_vault)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()


def read_all_shares(viewer: ShareViewer) -> list[str]:
    """Go through the viewer as a person would: read each share off the screen, tick "written
    down", go on."""
    shares = []
    while True:
        on_screen = viewer.words.text()
        share = viewer.shares[viewer.index]
        assert all(f"<b>{word}</b>" in on_screen for word in share.split())
        shares.append(share)
        assert not viewer.next_button.isEnabled()  # not before it is written down
        viewer.written.setChecked(True)
        if not viewer.next_button.isVisible():
            return shares
        viewer.next_button.click()


def no_vault_files(folder: Path) -> bool:
    return not folder.exists() or not any(folder.iterdir())


def test_make_shares_then_recover_with_two_of_them(
    qtbot: QtBot, window: MainWindow, closed_vault: Path
) -> None:
    unlock(qtbot, window)
    assert window.vault is not None
    security = SecurityDialog(window.vault, window)
    qtbot.addWidget(security)
    security.make_shares_button.click()
    make = security.shares_dialog
    assert make is not None
    assert (make.threshold.value(), make.count.value()) == (2, 3)
    # The passphrase is asked again: a wrong one makes nothing.
    make.passphrase.setText("not the passphrase at all")
    make.make_button.click()
    qtbot.waitUntil(lambda: "Wrong passphrase" in make.status.text(), timeout=20_000)
    assert make.stack.currentWidget() is not make.viewer
    make.passphrase.setText(PASSPHRASE)
    make.make_button.click()
    qtbot.waitUntil(lambda: make.stack.currentWidget() is make.viewer, timeout=20_000)
    assert make.passphrase.text() == ""
    viewer = make.viewer
    assert viewer.words.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert not make.done_button.isEnabled()
    shares = read_all_shares(viewer)
    assert len(shares) == 3 and viewer.shown == [1, 1, 1]
    assert make.done_button.isEnabled()
    make.done_button.click()
    assert viewer.shares == [] and viewer.words.text() == ""
    clipboard = QApplication.clipboard().text()
    assert not any(share.split()[5] in clipboard.split() for share in shares)
    security.close()

    window.lock()
    page = window.unlock_page
    page.recover_button.click()
    dialog = page.recover_dialog
    assert isinstance(dialog, RecoverDialog)
    assert len(dialog.boxes) == 2
    dialog.boxes[0].text.setPlainText(shares[2].upper())  # case does not matter
    dialog.boxes[1].text.setPlainText("  " + shares[0].replace(" ", "\n", 3))
    assert dialog.boxes[1].note.text() == "33 of 33 words"
    dialog.passphrase.first.setText(NEW_PASSPHRASE)
    dialog.passphrase.second.setText(NEW_PASSPHRASE)
    dialog.recover_button.click()
    assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    assert window.pages.currentWidget() is not page
    assert dialog.boxes[0].text.toPlainText() == "" and dialog.passphrase.text() == ""
    window.close()
    with Vault.open(closed_vault, NEW_PASSPHRASE) as vault:
        assert not vault.decoy
    with pytest.raises(WrongPassphrase):
        Vault.open(closed_vault, PASSPHRASE)


def test_bad_shares_get_a_plain_message_and_change_nothing(
    qtbot: QtBot,
    window: MainWindow,
    closed_vault: Path,
    empty_vault_factory: Callable[[], Vault],
) -> None:
    with Vault.open(closed_vault, PASSPHRASE) as vault:
        shares = recovery.create_shares(vault, PASSPHRASE, 2, 3)
    other = empty_vault_factory()
    foreign = recovery.create_shares(other, PASSPHRASE, 2, 3)
    other.close()
    header = (closed_vault / KEY_FILE).read_bytes()

    window.unlock_page.recover_button.click()
    dialog = window.unlock_page.recover_dialog
    assert dialog is not None
    dialog.passphrase.first.setText(NEW_PASSPHRASE)
    dialog.passphrase.second.setText(NEW_PASSPHRASE)
    first, second = dialog.boxes

    def attempt(one: str, two: str) -> str:
        first.text.setPlainText(one)
        if len(dialog.boxes) > 1:
            dialog.boxes[1].text.setPlainText(two)
        dialog.recover_button.click()
        return dialog.status.text()

    words = shares[1].split()
    typo = " ".join([*words[:13], "lantern", *words[14:]])
    message = attempt(shares[0], typo)
    assert message == "Share 2 is not valid: word 14 is not a share word."
    assert second.note.text() == "⚠ " + message
    short = " ".join(words[:-1])
    assert attempt(shares[0], short) == ("Share 2 is not valid: it has 32 words; a share has 33.")
    swapped = " ".join([*words[:20], words[21], words[20], *words[22:]])
    assert "Share 2 is not valid: a word is mistyped" in attempt(shares[0], swapped)
    assert attempt(shares[0], shares[0]) == "Share 2 is the same share as share 1."
    assert attempt(shares[0], foreign[1]) == (
        "Share 2 belongs to another set of shares than share 1."
    )
    assert attempt("", shares[1]) == "Share 1 is empty."
    dialog.passphrase.second.setText("something else entirely")
    assert attempt(shares[0], shares[1]) == "The two passphrases differ."
    dialog.passphrase.second.setText(NEW_PASSPHRASE)
    # Well-formed shares of another vault: checked against the database, nothing changes.
    attempt(foreign[0], foreign[2])
    qtbot.waitUntil(lambda: not dialog.working, timeout=30_000)
    assert "open nothing in this vault" in dialog.status.text()
    assert dialog.isVisible() and window.vault is None
    assert (closed_vault / KEY_FILE).read_bytes() == header
    dialog.reject()
    window.close()
    Vault.open(closed_vault, PASSPHRASE).close()


# -- the first-run wizard ------------------------------------------------------------------


def _to_choice(wizard: FirstRunWizard) -> None:
    wizard.next()
    wizard.passphrase_page.first.setText(PASSPHRASE)
    wizard.passphrase_page.second.setText(PASSPHRASE)
    wizard.next()
    wizard.identity_page.name.setText("Monitor 7")
    wizard.identity_page.org.setText("Fictional Rights Centre")
    wizard.next()


def _commit(qtbot: QtBot, wizard: FirstRunWizard, *, wait: bool) -> None:
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentId() == PAGE_CREATING
    if wait:
        qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SHARES, timeout=30_000)


STEPS = ["language", "passphrase", "identity", "choice", "creating", "share 1", "last share"]


@pytest.mark.parametrize("step", STEPS)
def test_cancelling_the_wizard_at_any_step_leaves_no_vault(
    qtbot: QtBot, tmp_path: Path, step: str
) -> None:
    folder = tmp_path / "vault"
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    wizard = window.wizard
    assert wizard is not None
    index = STEPS.index(step)
    if index >= 1:
        wizard.next()
        wizard.passphrase_page.first.setText(PASSPHRASE)
        wizard.passphrase_page.second.setText(PASSPHRASE)
    if index >= 2:
        wizard.next()
        wizard.identity_page.name.setText("Monitor 7")
    if index >= 3:
        wizard.next()
    if index >= 4:
        _commit(qtbot, wizard, wait=index >= 5)
    if index >= 6:
        viewer = wizard.shares_page.viewer
        for _ in range(2):
            viewer.written.setChecked(True)
            viewer.next_button.click()
        assert viewer.index == 2
    wizard.button(QWizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert no_vault_files(folder), sorted(p.name for p in folder.iterdir())
    assert wait_for_all()
    QApplication.processEvents()
    assert no_vault_files(folder)
    assert wizard.shares_page.viewer.shares == []
    assert window.vault is None


def test_the_wizard_shows_every_share_once_before_it_finishes(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    wizard = window.wizard
    assert wizard is not None
    _to_choice(wizard)
    assert wizard.choice_page.make.isChecked()
    assert (wizard.choice_page.threshold.value(), wizard.choice_page.count.value()) == (2, 3)
    _commit(qtbot, wizard, wait=True)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled() and window.vault is None
    viewer = wizard.shares_page.viewer
    shares = read_all_shares(viewer)
    assert len(shares) == 3 and viewer.shown == [1, 1, 1]
    assert finish.isEnabled()
    finish.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=5_000)
    assert window.vault is not None and window.vault.actor == "Monitor 7"
    assert viewer.shares == [] and wizard.shares == []
    assert not hasattr(window, "shares_dialog")  # nothing left to offer afterwards
    window.close()
    recovery.recover(folder, [shares[2], shares[0]], NEW_PASSPHRASE)
    Vault.open(folder, NEW_PASSPHRASE).close()


def test_the_wizard_without_shares_opens_the_vault_when_made(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    wizard = window.wizard
    assert wizard is not None
    _to_choice(wizard)
    wizard.choice_page.make.setChecked(False)
    assert not wizard.choice_page.count.isEnabled()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    window.close()
    Vault.open(folder, PASSPHRASE).close()


def test_a_failed_creation_returns_to_the_choice_with_the_reason(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    window = MainWindow(folder)
    qtbot.addWidget(window)
    window.show()
    wizard = window.wizard
    assert wizard is not None
    _to_choice(wizard)
    folder.mkdir()
    (folder / "someone else's file").write_text("kept")  # not an empty folder: refused
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: "not empty" in wizard.choice_page.status.text(), timeout=30_000)
    assert wizard.currentPage() is wizard.choice_page
    assert [p.name for p in folder.iterdir()] == ["someone else's file"]
    (folder / "someone else's file").unlink()
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PAGE_SHARES, timeout=30_000)
    wizard.reject()
    assert no_vault_files(folder)
