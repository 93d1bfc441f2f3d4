"""The panic wipe in the window: a menu action that asks once, and a key chord that must be held
(Ctrl+Shift+Delete for two seconds) so that it cannot happen by accident but needs no dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

HOLD_MS = 2000


class HeldChord(QObject):
    """Emits triggered once Ctrl+Shift+Delete has been held down for HOLD_MS."""

    triggered = Signal()

    def __init__(self, hold_ms: int = HOLD_MS) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(hold_ms)
        self.timer.timeout.connect(self.triggered.emit)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @staticmethod
    def _is_chord(event: QKeyEvent) -> bool:
        wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        return event.key() == Qt.Key.Key_Delete and (event.modifiers() & wanted) == wanted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and self._is_chord(event):
                if not event.isAutoRepeat() and not self.timer.isActive():
                    self.timer.start()
                return True
            released = event.type() == QEvent.Type.KeyRelease
            if released and event.key() == Qt.Key.Key_Delete and not event.isAutoRepeat():
                self.timer.stop()
        return False
