"""The FieldMon desktop window: first run, unlock, then the cases and the case being edited."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldmon import __version__
from fieldmon.errors import FieldMonError
from fieldmon.exchange import hq, receipts
from fieldmon.vault import recovery
from fieldmon.vault.store import KEY_FILE, Vault
from ui import autolock, binding, file_dialogs, i18n
from ui.autolock import IdleWatcher
from ui.case_view import CaseView
from ui.cases import CaseListPage
from ui.dossier_dialogs import ExportDialog, VerifyDialog
from ui.hq_card import CardDialog
from ui.inbox_view import InboxDialog
from ui.outbox_view import OutboxDialog
from ui.panic import HeldChord
from ui.purge_dialog import PurgeDialog
from ui.recovered import RecoveredNotice
from ui.security_dialogs import LogDialog, SecurityDialog
from ui.send_dialog import SendDialog
from ui.testimony import TestimonyDialog
from ui.unfinished_notice import UnfinishedSendNotice
from ui.unlock import FirstRunWizard, UnlockPage
from ui.workers import run_in_background, wait_for_all

PREFERRED_SIZE = (1180, 760)


def initial_size() -> tuple[int, int]:
    """The window's first size in pixels: the preferred size, or the screen's available area
    when that is smaller (a 1024×600 netbook would otherwise cut off Save and Export)."""
    screen = QGuiApplication.primaryScreen()
    width, height = PREFERRED_SIZE
    if screen is None:
        return width, height
    available = screen.availableGeometry()
    return min(width, available.width()), min(height, available.height())


class MainWindow(QMainWindow):
    def __init__(self, vault_dir: Path) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.vault: Vault | None = None
        self.wiped = False
        self.case_list: CaseListPage | None = None
        self.case_view: CaseView | None = None
        self.testimony_dialog: TestimonyDialog | None = None
        self.exchange_dialog: QDialog | None = None
        self.setObjectName("mainWindow")
        self.resize(*initial_size())
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.unlock_page = UnlockPage(vault_dir)
        self.unlock_page.unlocked.connect(self.show_workspace)
        self.pages.addWidget(self.unlock_page)
        self.wizard: FirstRunWizard | None = None
        if not (vault_dir / KEY_FILE).exists():
            self.wizard = FirstRunWizard(vault_dir)
            self.wizard.created.connect(self.show_workspace)
            self.wizard.rejected.connect(self.close)  # no vault wanted: nothing to show
            self.pages.addWidget(self.wizard)
            self.pages.setCurrentWidget(self.wizard)
        self.idle = IdleWatcher(autolock.saved_minutes())
        self.idle.idle.connect(self.lock)
        self.clipboard_guard = autolock.ClipboardGuard()
        self.panic = HeldChord()
        self.panic.triggered.connect(self.wipe)
        self._build_menus()
        i18n.follow_language(self)

    # -- menus -----------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self._new_case)
        self.testimony_action = QAction(self)
        self.testimony_action.setObjectName("newTestimony")
        self.testimony_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.testimony_action.triggered.connect(self.new_testimony)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self._save)
        self.find_action = QAction(self)
        self.find_action.setObjectName("findAction")
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.wipe_action = QAction(self)
        self.wipe_action.setObjectName("panicWipe")
        self.wipe_action.triggered.connect(self.confirm_wipe)
        actions = (
            self.new_action,
            self.testimony_action,
            self.save_action,
            self.find_action,
            self.lock_action,
        )
        for action in (*actions, self.quit_action):
            self.file_menu.addAction(action)
        self.file_menu.insertAction(self.quit_action, self.wipe_action)
        self.tools_menu = bar.addMenu("")
        self.verify_action = QAction(self)
        self.verify_action.triggered.connect(self._verify)
        self.tools_menu.addAction(self.verify_action)
        # Headquarters (issue 15): the card, sending, the outbox, receipts; the inbox at HQ.
        self.exchange_menu = bar.addMenu("")
        self.exchange_actions: dict[str, QAction] = {}
        for name, slot in (
            ("organisationCard", self._card),
            ("sendToHeadquarters", self._send_cases),
            ("outbox", self._outbox),
            ("fetchReceipts", self._fetch_receipts),
            ("purgeCase", self._purge_chosen),
            ("inbox", self._inbox),
        ):
            action = QAction(self)
            action.setObjectName(name)
            # triggered(bool) would hand "checked" to the slot as its first argument (a case
            # reference for _send_cases): call each slot without it.
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.exchange_menu.addAction(action)
            self.exchange_actions[name] = action
        self.settings_menu = bar.addMenu("")
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setObjectName(f"language_{code}")
            action.setChecked(code == i18n.current())
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.autolock_menu = self.settings_menu.addMenu("")
        self.autolock_menu.setObjectName("autolockMenu")
        lock_group = QActionGroup(self)
        self.autolock_actions: dict[int, QAction] = {}
        for minutes in autolock.CHOICES:
            action = QAction(self, checkable=True)
            action.setObjectName(f"autolock_{minutes}")
            action.setChecked(minutes == autolock.saved_minutes())
            action.triggered.connect(lambda _=False, m=minutes: self.set_autolock(m))
            lock_group.addAction(action)
            self.autolock_menu.addAction(action)
            self.autolock_actions[minutes] = action
        self.security_action = QAction(self)
        self.security_action.setObjectName("securitySettings")
        self.security_action.triggered.connect(self._security)
        self.settings_menu.addAction(self.security_action)
        self.help_menu = bar.addMenu("")
        self.log_action = QAction(self)
        self.log_action.setObjectName("showLog")
        self.log_action.triggered.connect(lambda: LogDialog(self).exec())
        self.help_menu.addAction(self.log_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)
        self._update_actions()

    def retranslate(self) -> None:
        self.setWindowTitle(f"FieldMon {__version__}")
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New case"))
        self.testimony_action.setText(self.tr("New test&imony…"))
        self.save_action.setText(self.tr("&Save case"))
        self.find_action.setText(self.tr("&Find…"))
        self.lock_action.setText(self.tr("&Lock"))
        self.quit_action.setText(self.tr("&Quit"))
        self.wipe_action.setText(self.tr("&Wipe the vault now… (or hold Ctrl+Shift+Delete)"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        self.verify_action.setText(self.tr("&Verify a dossier…"))
        self.exchange_menu.setTitle(self.tr("Head&quarters"))
        for name, text in (
            ("organisationCard", self.tr("Organisation &card…")),
            ("sendToHeadquarters", self.tr("&Send to headquarters…")),
            ("outbox", self.tr("&Outbox…")),
            ("fetchReceipts", self.tr("Receipts: &fetch")),
            ("purgeCase", self.tr("&Purge a case from this laptop…")),
            ("inbox", self.tr("&Inbox…")),
        ):
            self.exchange_actions[name].setText(text)
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.autolock_menu.setTitle(self.tr("&Auto-lock"))
        for minutes, action in self.autolock_actions.items():
            action.setText(self.tr("After %1 minute(s) without input").replace("%1", str(minutes)))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About FieldMon"))
        self.security_action.setText(self.tr("Field &security…"))
        self.log_action.setText(self.tr("Session &log…"))

    def _update_actions(self) -> None:
        open_ = self.vault is not None
        for action in (
            self.new_action,
            self.testimony_action,
            self.save_action,
            self.find_action,
            self.lock_action,
            self.security_action,
        ):
            action.setEnabled(open_)
        at_hq = open_ and self.vault is not None and hq.is_hq(self.vault)
        for name, action in self.exchange_actions.items():
            action.setEnabled(open_)
            action.setVisible(at_hq if name == "inbox" else name == "organisationCard" or not at_hq)

    def set_autolock(self, minutes: int) -> None:
        i18n.settings().setValue("autolock_minutes", minutes)
        self.idle.set_minutes(minutes)
        self.autolock_actions[minutes].setChecked(True)

    def set_language(self, code: str) -> None:
        """Switch the interface language; what is being typed stays as it is."""
        if i18n.install(code):
            self.language_actions[code].setChecked(True)

    # -- vault -----------------------------------------------------------------------------

    def show_workspace(self, vault: Vault) -> None:
        self.vault = vault
        self.case_list = CaseListPage(vault)
        self.case_view = CaseView(vault)
        self.case_list.open_case.connect(self.open_case)
        self.case_list.open_record.connect(self.open_record)
        self.case_list.new_testimony.connect(self.new_testimony)
        self.case_view.stored.connect(self._case_stored)
        self.case_view.export_requested.connect(self._export)
        self.case_view.send_requested.connect(lambda reference: self._send_cases(reference))
        self.case_view.purge_requested.connect(self._purge)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("workspace")
        splitter.addWidget(self.case_list)
        splitter.addWidget(self.case_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        # The case list takes a quarter of the width (the case's forms need the rest).
        width = max(self.width(), 800)
        listed = min(430, width // 4)
        splitter.setSizes([listed, width - listed])
        self.workspace = QWidget()
        self.workspace.setObjectName("workspacePage")
        box = QVBoxLayout(self.workspace)
        box.setContentsMargins(0, 0, 0, 0)
        self.recovered_notice = RecoveredNotice(vault)
        self.recovered_notice.open_case.connect(self.open_case)
        box.addWidget(self.recovered_notice)
        self.unfinished_notice = UnfinishedSendNotice(vault)
        self.unfinished_notice.open_outbox.connect(self._outbox)
        box.addWidget(self.unfinished_notice)
        box.addWidget(splitter, 1)
        self.pages.addWidget(self.workspace)
        self.pages.setCurrentWidget(self.workspace)
        self._update_actions()
        self.case_list.table.setFocus()

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the case search, with what was searched selected."""
        if self.case_list is not None:
            self.case_list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.case_list.search.selectAll()

    def open_record(self, reference: str, record_type: str, record_id: str) -> None:
        """Open the case of a search hit at the record it matched."""
        self.open_case(reference)
        view = self.case_view
        if view is not None and view.case is not None and view.case.get("reference") == reference:
            view.reveal_record(record_type, record_id)

    def _case_stored(self, reference: str) -> None:
        if self.case_list is not None:
            self.case_list.refresh()

    def open_case(self, reference: str) -> None:
        if self.case_view is None:
            return
        if self.case_view.dirty and not self.case_view.save():
            return
        try:
            self.case_view.open_case(reference)
        except FieldMonError as error:  # deleted meanwhile, or a stale notice
            QMessageBox.information(self, self.tr("Open case"), str(error))

    def lock(self) -> None:
        """Drop the key and every model; drafts keep what was typed."""
        if self.vault is None:
            return
        if self.case_view is not None:
            self.case_view.shut_down()
        if self.testimony_dialog is not None:
            self.testimony_dialog.shut_down()  # keeps a draft, closes without asking
        if self.exchange_dialog is not None:
            progress = getattr(self.exchange_dialog, "progress", None)
            if progress is not None:
                progress.stop()  # a send stops after its part; the outbox resumes it
            wait_for_all()  # never close the vault under a send, a receive or a purge
            self.exchange_dialog.done(0)
        self.pages.setCurrentWidget(self.unlock_page)
        self.pages.removeWidget(self.workspace)
        self.workspace.deleteLater()
        self.case_list = self.case_view = None
        self.vault.close()
        self.vault = None
        self.clipboard_guard.clear()
        self._update_actions()
        self.unlock_page.passphrase.setFocus()

    def confirm_wipe(self) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Wipe the vault"),
            self.tr(
                "Destroy the vault now? Nothing in it can be recovered afterwards, not with the"
                " passphrase and not with recovery shares."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.wipe()

    def wipe(self) -> None:
        """Crypto-erase first (the key header), then everything else; then close the window."""
        if self.case_view is not None:
            self.case_view.draft_timer.stop()
        if self.vault is not None:
            # Not close(): that would wait for a file being stored in the background.
            self.vault.abandon()
            self.vault = None
        try:
            recovery.wipe(self.vault_dir)
        except FieldMonError:
            pass  # nothing left to wipe
        except OSError:
            # A store in the background was still writing into the folder. The key header is
            # destroyed first, so nothing opens any more; remove the rest once it has stopped.
            wait_for_all()
            shutil.rmtree(self.vault_dir, ignore_errors=True)
        self.clipboard_guard.clear()
        self.wiped = True
        self.close()

    def new_testimony(self) -> None:
        """Record one interview step by step, into the open case or a new one."""
        if self.vault is None or self.case_view is None:
            return
        if self.case_view.dirty and not self.case_view.save():
            return  # storing would discard the open case's draft
        current = self.case_view.case
        reference = str(current["reference"]) if current else None
        self.testimony_dialog = TestimonyDialog(self.vault, self, reference)
        self.testimony_dialog.stored.connect(self._testimony_stored)
        self.testimony_dialog.open()

    def _testimony_stored(self, reference: str) -> None:
        self._case_stored(reference)
        if self.case_view is not None:
            self.case_view.open_case(reference)  # the case changed under the view

    def _new_case(self) -> None:
        if self.case_list is not None:
            self.case_list.new_case()

    def _save(self) -> None:
        if self.case_view is not None:
            self.case_view.save()

    def _export(self, reference: str) -> None:
        if self.vault is not None:
            dialog = ExportDialog(self.vault, reference, self)
            dialog.exec()
            dialog.deleteLater()  # it reads the vault; it must not outlive a lock
            if self.case_view is not None:
                self.case_view.history.load(reference)

    # -- headquarters (issue 15) -------------------------------------------------------------

    def _exchange(self, dialog: QDialog) -> None:
        self.exchange_dialog = dialog
        dialog.exec()
        dialog.deleteLater()  # it reads the vault; it must not outlive a lock
        self.exchange_dialog = None
        self._exchange_changed()

    def _exchange_changed(self) -> None:
        """Cases may have arrived, changed or gone: show the list and the open case anew."""
        if self.case_list is not None:
            self.case_list.refresh()
        view = self.case_view
        if view is not None and view.case is not None and self.vault is not None:
            if not view.dirty:
                try:
                    view.reload_from_vault()
                except FieldMonError:
                    view.close_case()  # purged, or never stored
            view.update_exchange_actions()

    def _card(self) -> None:
        if self.vault is not None:
            self._exchange(CardDialog(self.vault, self))

    def _send_cases(self, reference: str | None = None) -> None:
        view = self.case_view
        if self.vault is None or view is None:
            return
        if reference is None and view.case is not None and view.dirty and not view.save():
            return
        reference = reference or self._chosen_reference(self.tr("Send to headquarters"))
        if reference is not None:
            self._exchange(SendDialog(self.vault, [reference], self))

    def _chosen_reference(self, title: str) -> str | None:
        """The open case, else the one selected in the list; None (and said) when neither."""
        view = self.case_view
        if view is not None and view.case is not None:
            return str(view.case["reference"])
        reference = self.case_list.selected_reference() if self.case_list is not None else None
        if reference is None:
            QMessageBox.information(self, title, self.tr("Open or select a case first."))
        return reference

    def _outbox(self) -> None:
        if self.vault is not None:
            self._exchange(OutboxDialog(self.vault, self))

    def _inbox(self) -> None:
        if self.vault is not None:
            self._exchange(InboxDialog(self.vault, self))

    def _purge(self, reference: str) -> None:
        if self.vault is not None:
            self._exchange(PurgeDialog(self.vault, reference, self))

    def _purge_chosen(self) -> None:
        """The Headquarters menu's purge: the open case, else the one selected in the list."""
        reference = self._chosen_reference(self.tr("Purge from this laptop"))
        if reference is not None:
            self._purge(reference)

    def _fetch_receipts(self) -> None:
        if self.vault is None:
            return
        vault, reports = self.vault, list[str]()

        def done(found: object) -> None:
            count = len(found) if isinstance(found, list) else 0
            text = self.tr("%1 receipt(s) received.").replace("%1", str(count))
            QMessageBox.information(self, self.tr("Receipts"), "\n".join([text, *reports]))
            self._exchange_changed()

        run_in_background(
            lambda _progress: receipts.fetch(vault, reports.append),
            done,
            lambda message: self._warn(self.tr("Receipts"), message),
        )

    def _warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def _security(self) -> None:
        if self.vault is not None:
            SecurityDialog(self.vault, self).exec()

    def _verify(self) -> None:
        VerifyDialog(self.vault, self).exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About FieldMon"),
            self.tr(
                "FieldMon %1: documentation of torture and arbitrary detention,"
                " kept in an encrypted vault, exported as signed dossiers."
            ).replace("%1", __version__),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.wizard is not None:
            self.wizard.abandon()  # removes a vault made but not finished
        if self.case_view is not None and not self.wiped:
            self.case_view.shut_down()
        if self.testimony_dialog is not None and not self.wiped:
            self.testimony_dialog.shut_down()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        super().closeEvent(event)


def run(vault_dir: Path, argv: list[str] | None = None) -> int:
    app: Any = QApplication.instance() or QApplication((argv or sys.argv)[:1])
    app.setApplicationName("FieldMon")
    # A binding that leaks references crashes mid-typing after a few thousand signals (issue 9):
    # refuse to start on one, with one line naming it, rather than lose a monitor's work.
    binding.refuse_if_leaking()
    file_dialogs.forget_history()  # left by an earlier session that crashed mid-dialog
    i18n.install(i18n.saved_language())
    window = MainWindow(vault_dir)
    if window.size() != QSize(*PREFERRED_SIZE):
        window.showMaximized()  # a small screen (1024×600): use all of it
    else:
        window.show()
    try:
        return int(app.exec())
    finally:
        file_dialogs.forget_history()
