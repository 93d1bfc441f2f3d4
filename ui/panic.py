"""The panic wipe in the window: a menu action that asks once, and a key chord that must be held
(Ctrl+Shift+Delete for two seconds) so that it cannot happen by accident but needs no dialog.

Why the hold follows key *state* and forgives a release for a moment: on X11 a held key repeats
as KeyRelease/KeyPress pairs, and Qt's xcb plugin marks them ``isAutoRepeat()`` only while it
finds the matching KeyPress already queued when it reads the KeyRelease. Once it misses one
pair (measured on Xvfb: about half of all 2.5 s holds), every later pair of that hold arrives as
a real release followed by a real press. A hold that restarted on every "release" never reached
two seconds. Here a release of any key of the chord only ends the hold if no press of it
follows within :data:`RELEASE_GRACE_MS`, and presses count whether or not Qt calls them repeats,
so the keys may also be pressed in any order, in any window or dialog of the app, with the focus
in a text field.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QEvent, QLocale, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

#: How long the chord must be held, in milliseconds.
HOLD_MS = 2000
#: How long a release may wait for the press that shows it was only a key repeat, in ms.
#: A repeat's release and press share one X server timestamp and arrive together.
RELEASE_GRACE_MS = 150
#: How often the countdown is redrawn while the chord is held, in milliseconds.
TICK_MS = 100

_KEY_PRESSES = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
_MODIFIER_KEYS = {
    Qt.Key.Key_Control: Qt.KeyboardModifier.ControlModifier,
    Qt.Key.Key_Shift: Qt.KeyboardModifier.ShiftModifier,
}
_CHORD = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class HeldChord(QObject):
    """Emits ``triggered`` once Ctrl+Shift+Delete has been held down for ``hold_ms``.

    Watches every key event of the application (an event filter on the QApplication, which
    must exist first). While the chord is held a small always-on-top label over the active
    window counts down; it disappears on release or trigger. ``released`` is emitted when a
    hold ends (keys up, or the application lost the keyboard), whether or not it triggered.

    :param hold_ms: how long the chord must be held, in milliseconds.
    :param parent: the QObject that owns this one.
    """

    triggered = Signal()
    released = Signal()

    def __init__(self, hold_ms: int = HOLD_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hold_ms = hold_ms
        self.delete_down = False
        self.modifiers = Qt.KeyboardModifier.NoModifier
        self.holding = False
        self.fired = False
        self.due = False
        self.clock = QElapsedTimer()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(hold_ms)
        self.timer.timeout.connect(self._held_long_enough)
        self.grace = QTimer(self)
        self.grace.setSingleShot(True)
        self.grace.setInterval(RELEASE_GRACE_MS)
        self.grace.timeout.connect(self._let_go)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self._show_countdown)
        self.label: QLabel | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    # The chord's state, from key events

    def chord_down(self) -> bool:
        """Whether Ctrl, Shift and Delete are all down, as far as key events have told."""
        return self.delete_down and (self.modifiers & _CHORD) == _CHORD

    def remaining_ms(self) -> int:
        """Milliseconds left before the wipe while a hold runs; ``hold_ms`` otherwise."""
        if not self.holding:
            return self.hold_ms
        return max(0, self.hold_ms - int(self.clock.elapsed()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow Ctrl, Shift and Delete; swallow Delete presses while Ctrl+Shift are down."""
        kind = event.type()
        if kind == QEvent.Type.ApplicationDeactivate:
            self._let_go()  # key releases now go to another application
            return False
        if not isinstance(event, QKeyEvent):
            return False
        if kind not in (*_KEY_PRESSES, QEvent.Type.KeyRelease):
            return False
        pressed = kind in _KEY_PRESSES
        key = event.key()
        self.modifiers = event.modifiers()
        if key in _MODIFIER_KEYS:
            # A modifier's own event may or may not include it, depending on the platform.
            if pressed:
                self.modifiers |= _MODIFIER_KEYS[Qt.Key(key)]
            else:
                self.modifiers &= ~_MODIFIER_KEYS[Qt.Key(key)]
        elif key == Qt.Key.Key_Delete:
            if pressed:
                self.delete_down = True
            elif not event.isAutoRepeat():
                self.delete_down = False
        self._follow()
        if key == Qt.Key.Key_Delete and pressed and (self.modifiers & _CHORD) == _CHORD:
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # no shortcut may take the chord
            return True
        return False

    def _follow(self) -> None:
        if self.chord_down():
            self.grace.stop()
            if self.due:
                self._trigger()
            elif not self.holding and not self.fired:
                self._start()
        elif (self.holding or self.fired) and not self.grace.isActive():
            self.grace.start()

    # The hold

    def _start(self) -> None:
        self.holding = True
        self.clock.start()
        self.timer.start()
        self.ticker.start()
        self._show_countdown()

    def _held_long_enough(self) -> None:
        if self.grace.isActive():
            self.due = True  # a release is pending: trigger if it proves to be a key repeat
        else:
            self._trigger()

    def _trigger(self) -> None:
        self.due = False
        self.holding = False
        self.fired = True
        self.ticker.stop()
        self._hide_countdown()
        self.triggered.emit()

    def _let_go(self) -> None:
        """The chord is up (or the keyboard went elsewhere): end the hold, armed again."""
        self.grace.stop()
        was_active = self.holding or self.fired
        self.holding = False
        self.fired = False
        self.due = False
        self.delete_down = False
        self.modifiers = Qt.KeyboardModifier.NoModifier
        self.timer.stop()
        self.ticker.stop()
        self._hide_countdown()
        if was_active:
            self.released.emit()

    # The countdown

    def countdown_text(self) -> str:
        """The countdown as shown: seconds left, with one decimal in the interface locale."""
        shown = QLocale().toString(self.remaining_ms() / 1000, "f", 1)
        return self.tr("Wiping the vault in {seconds} s — release to cancel").format(seconds=shown)

    def _show_countdown(self) -> None:
        if not self.holding:
            return
        window = QApplication.activeWindow()
        label = self.label
        if label is None or label.parentWidget() is not window:
            if label is not None:
                label.deleteLater()
            label = self.label = self._make_label(window)
        label.setText(self.countdown_text())
        label.adjustSize()
        if window is not None:
            top = window.mapToGlobal(QPoint(0, 0))
            label.move(top.x() + (window.width() - label.width()) // 2, top.y() + 24)
        label.show()
        label.raise_()

    def _make_label(self, window: QWidget | None) -> QLabel:
        label = QLabel(window)
        label.setObjectName("panicCountdown")
        label.setWindowFlags(
            Qt.WindowType.ToolTip
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        label.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        label.setMargin(10)
        label.setStyleSheet(
            "QLabel#panicCountdown { background: #b00020; color: white; font-weight: bold; }"
        )
        label.setAccessibleName(self.tr("Panic wipe countdown"))
        return label

    def _hide_countdown(self) -> None:
        if self.label is not None:
            self.label.hide()
