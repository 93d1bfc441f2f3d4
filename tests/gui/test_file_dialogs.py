"""Qt's own file dialog remembers the folders it visited in QtProject.conf, in plain text, when
it closes. FieldMon's dialogs forget them at once: a folder named after a witness must not be
left outside the vault (attacker review, issue 9)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ui import file_dialogs

CANARY = "Witness_Folder_KANARY_7"


def _answer(path: Path) -> None:
    """Choose path in the file dialog that is open (a modal one, started by the code under
    test), as a person would by typing its name and pressing Open/Save."""

    def choose() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
        dialog = next((w for w in shown if w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, choose)
            return
        dialog.setDirectory(str(path.parent))
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None
        name.setText(path.name)
        QTimer.singleShot(200, dialog.accept)  # once the folder is listed

    QTimer.singleShot(50, choose)


def _remembered() -> str:
    settings = file_dialogs.qt_settings()
    settings.sync()
    found = [f"{key}={settings.value(key)}" for key in settings.allKeys()]
    conf = Path(settings.fileName())
    return "\n".join(found) + (conf.read_text(errors="replace") if conf.exists() else "")


def test_dialogs_leave_no_folder_behind(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / CANARY
    folder.mkdir()
    statement = folder / "statement.pdf"
    statement.write_bytes(b"%PDF-1.7 fictional")
    parent = QWidget()
    qtbot.addWidget(parent)
    _answer(statement)
    assert file_dialogs.open_file(parent, "Choose a PDF", "PDF (*.pdf)") == str(statement)
    assert CANARY not in _remembered()
    _answer(statement)
    assert file_dialogs.open_files(parent, "Add files") == [str(statement)]
    assert CANARY not in _remembered()
    _answer(folder / "dossier.pdf")
    assert file_dialogs.save_file(parent, "Save", "dossier.pdf") == str(folder / "dossier.pdf")
    assert CANARY not in _remembered()


def test_qt_would_remember_the_folder_without_it(qtbot: QtBot, tmp_path: Path) -> None:
    """The reason for the module: a bare Qt dialog does write the folder down."""
    folder = tmp_path / CANARY
    folder.mkdir()
    statement = folder / "statement.pdf"
    statement.write_bytes(b"%PDF-1.7 fictional")
    _answer(statement)
    try:
        QFileDialog.getOpenFileName(None, "x", "", "", options=file_dialogs.OPTIONS)
        assert CANARY in _remembered()
    finally:
        file_dialogs.forget_history()
    assert CANARY not in _remembered()
