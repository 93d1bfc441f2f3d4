"""File dialogs that leave no trace of the folders a monitor opened or saved to.

The desktop's native dialog writes recently-used lists, so FieldMon uses Qt's own. Qt's own
dialog, though, saves the folders it visited ("history", "lastVisited") in
``~/.config/QtProject.conf`` when it closes; a folder named after a witness would then sit in
plain text outside the vault (found by an attacker review, issue 9). Every dialog here is
followed by :func:`forget_history`, which is also run when the app starts and quits, like
KeePassXC's "no recent lists".
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

# Qt's own dialog, not the desktop's: the native one writes recently-used lists.
OPTIONS = QFileDialog.Option.DontUseNativeDialog


def qt_settings() -> QSettings:
    """The settings file Qt's file dialog writes its state to (``QtProject.conf``)."""
    return QSettings(QSettings.Scope.UserScope, "QtProject")


def forget_history() -> None:
    """Remove what Qt's file dialog remembered: visited folders, sidebar, view state."""
    settings = qt_settings()
    settings.remove("FileDialog")
    settings.sync()


def open_file(parent: QWidget, title: str, filters: str = "") -> str:
    """Ask for one existing file; return its path, or "" when cancelled."""
    try:
        path, _ = QFileDialog.getOpenFileName(parent, title, "", filters, options=OPTIONS)
    finally:
        forget_history()
    return path


def open_files(parent: QWidget, title: str, filters: str = "") -> list[str]:
    """Ask for existing files; return their paths (none when cancelled)."""
    try:
        paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters, options=OPTIONS)
    finally:
        forget_history()
    return list(paths)


def save_file(parent: QWidget, title: str, suggested: str, filters: str = "") -> str:
    """Ask where to write a file, proposing ``suggested``; return the path or ""."""
    try:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters, options=OPTIONS)
    finally:
        forget_history()
    return path
