"""The desktop window: unlock the vault and list its cases.

This is the first, small version of the app; the full case editor, the first-run wizard and the
translations come with the desktop issue.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon import __version__
from fieldmon.errors import FieldMonError
from fieldmon.resources import vocabulary
from fieldmon.vault.store import KEY_FILE, CaseSummary, Vault


class _UnlockSignals(QObject):
    opened = Signal(object)
    failed = Signal(str)


class _UnlockJob(QRunnable):
    """Argon2 takes about half a second: never on the GUI thread."""

    def __init__(self, vault_dir: Path, passphrase: str) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.passphrase = passphrase
        self.signals = _UnlockSignals()

    def run(self) -> None:
        try:
            vault = Vault.open(self.vault_dir, self.passphrase)
        except FieldMonError as error:
            self.signals.failed.emit(str(error))
        else:
            self.signals.opened.emit(vault)
        finally:
            self.passphrase = ""


class MainWindow(QMainWindow):
    def __init__(self, vault_dir: Path) -> None:
        super().__init__()
        self.vault_dir = vault_dir
        self.vault: Vault | None = None
        self.setWindowTitle(f"FieldMon {__version__}")
        self.setObjectName("mainWindow")
        self.resize(900, 560)
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.pages.addWidget(self._unlock_page())
        self.pages.addWidget(self._cases_page())

    def _unlock_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel("<h2>FieldMon</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.status = QLabel()
        self.status.setObjectName("unlockStatus")
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setAccessibleName("Passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("Passphrase")
        self.passphrase.setMinimumWidth(320)
        self.passphrase.returnPressed.connect(self.unlock)
        row.addWidget(self.passphrase)
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setAccessibleName("Unlock")
        self.unlock_button.clicked.connect(self.unlock)
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        if (self.vault_dir / KEY_FILE).exists():
            self.status.setText(f"Vault: {self.vault_dir}")
            self.passphrase.setFocus()
        else:
            self.status.setText(
                f"No vault in {self.vault_dir} yet. Create one with 'fieldmon init' or try"
                " 'fieldmon demo'; the first-run wizard is not built yet."
            )
            self.passphrase.setEnabled(False)
            self.unlock_button.setEnabled(False)
        return page

    def _cases_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.cases = QTableWidget(0, 3)
        self.cases.setObjectName("caseList")
        self.cases.setAccessibleName("Cases")
        self.cases.setHorizontalHeaderLabels(["Reference", "Status", "Title"])
        self.cases.horizontalHeader().setStretchLastSection(True)
        self.cases.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.cases)
        return page

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            return
        self.passphrase.clear()
        self.unlock_button.setEnabled(False)
        self.status.setText("Unlocking…")
        job = _UnlockJob(self.vault_dir, passphrase)
        job.signals.opened.connect(self._opened)
        job.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(job)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.unlock_button.setEnabled(True)
        self.passphrase.setFocus()

    def _opened(self, vault: Vault) -> None:
        self.vault = vault
        self.show_cases(vault.list_cases())
        self.pages.setCurrentIndex(1)

    def show_cases(self, summaries: list[CaseSummary]) -> None:
        statuses = vocabulary("case_statuses")
        self.cases.setRowCount(len(summaries))
        for row, s in enumerate(summaries):
            status = statuses.label(s.status) if s.status else ""
            for column, text in enumerate((s.reference, status, s.title)):
                self.cases.setItem(row, column, QTableWidgetItem(text))
        self.cases.resizeColumnsToContents()

    def closeEvent(self, event: object) -> None:
        if self.vault is not None:
            self.vault.close()
            self.vault = None


def run(vault_dir: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(vault_dir)
    window.show()
    return int(app.exec())
