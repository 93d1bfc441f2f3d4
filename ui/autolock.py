"""Auto-lock: after a time without keyboard or mouse input, or when the system suspends the
application, the window locks: the key is dropped and the vault closed (drafts stay)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from ui import i18n

DEFAULT_MINUTES = 5
CHOICES = (1, 5, 15, 30)
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def saved_minutes() -> int:
    try:
        minutes = int(str(i18n.settings().value("autolock_minutes", DEFAULT_MINUTES)))
    except (TypeError, ValueError):
        minutes = DEFAULT_MINUTES
    return minutes if minutes in CHOICES else DEFAULT_MINUTES


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: int) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle.emit)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._state_changed)  # type: ignore[attr-defined]

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.timer.start()
        return False

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.idle.emit()


class ClipboardGuard(QObject):
    """Remembers whether the clipboard changed while FieldMon was the active application, so
    that what was copied from it (a name, a narrative) does not outlive the lock."""

    def __init__(self) -> None:
        super().__init__()
        self.ours = False
        clipboard = QApplication.clipboard()
        if clipboard is not None:
            clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        self.ours = QApplication.applicationState() == Qt.ApplicationState.ApplicationActive

    def clear(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard is not None and (self.ours or clipboard.ownsClipboard()):
            clipboard.clear()
        self.ours = False
