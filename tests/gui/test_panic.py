"""The held panic chord, offscreen: the countdown, the trigger, an early release, the chord
pressed in any order, and the key repeats that X11 delivers as real release/press pairs (the
cause of holds that did nothing). Real key events through QTest; tests/gui/test_panic_x11.py
does the same on a real X server."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui import i18n
from ui.panic import RELEASE_GRACE_MS, HeldChord

HOLD_MS = 600
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
#: Only to end a hung test: no assertion is made on how long anything takes.
STUCK_MS = 10_000


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.install("en")


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit("keep this text")
        QVBoxLayout(self).addWidget(self.field)
        self.shortcut_fired = 0
        action = QAction(self)
        action.setShortcut(QKeySequence("Ctrl+Shift+Del"))
        action.triggered.connect(self._shortcut)
        self.addAction(action)

    def _shortcut(self) -> None:
        self.shortcut_fired += 1


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    shown = Window()
    qtbot.addWidget(shown)
    shown.show()
    shown.activateWindow()
    shown.field.setFocus()
    qtbot.waitUntil(shown.field.hasFocus, timeout=STUCK_MS)
    return shown


@pytest.fixture
def chord(window: Window) -> HeldChord:
    return HeldChord(HOLD_MS, parent=window)


def fired(chord: HeldChord) -> list[int]:
    count = [0]
    chord.triggered.connect(lambda: count.__setitem__(0, count[0] + 1))
    return count


def press_chord(widget: QWidget) -> None:
    QTest.keyPress(widget, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    QTest.keyPress(widget, Qt.Key.Key_Shift, CTRL_SHIFT)
    QTest.keyPress(widget, Qt.Key.Key_Delete, CTRL_SHIFT)


def release_chord(widget: QWidget) -> None:
    QTest.keyRelease(widget, Qt.Key.Key_Delete, CTRL_SHIFT)
    QTest.keyRelease(widget, Qt.Key.Key_Shift, Qt.KeyboardModifier.ControlModifier)
    QTest.keyRelease(widget, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier)


def test_holding_the_chord_counts_down_then_triggers_once(
    qtbot: QtBot, window: Window, chord: HeldChord
) -> None:
    count = fired(chord)
    press_chord(window.field)
    label = chord.label
    assert label is not None and label.isVisible()
    assert re.fullmatch(r"Wiping the vault in 0\.6 s — release to cancel", label.text())
    qtbot.waitUntil(lambda: label.text() != "Wiping the vault in 0.6 s — release to cancel")
    assert re.fullmatch(r"Wiping the vault in 0\.[0-5] s — release to cancel", label.text())
    with qtbot.waitSignal(chord.triggered, timeout=STUCK_MS):
        pass
    assert count == [1] and not label.isVisible()
    # Still held: no second wipe; released: armed again.
    with qtbot.waitSignal(chord.released, timeout=STUCK_MS):
        release_chord(window.field)
    assert count == [1]
    assert window.field.text() == "keep this text" and window.shortcut_fired == 0


def test_released_early_does_not_trigger(qtbot: QtBot, window: Window, chord: HeldChord) -> None:
    count = fired(chord)
    press_chord(window.field)
    assert chord.label is not None and chord.label.isVisible()
    with qtbot.waitSignal(chord.released, timeout=STUCK_MS):
        release_chord(window.field)
    assert count == [0] and not chord.label.isVisible()
    qtbot.wait(HOLD_MS + RELEASE_GRACE_MS)  # past the moment it would have fired
    assert count == [0]


def test_x11_key_repeats_as_real_release_press_pairs_do_not_restart_the_hold(
    qtbot: QtBot, window: Window, chord: HeldChord
) -> None:
    """What Qt's xcb plugin delivers once it misses one auto-repeat: every 40 ms a KeyRelease
    and a KeyPress of Delete, neither marked isAutoRepeat. The old chord restarted its timer on
    each pair and never fired."""
    count = fired(chord)
    press_chord(window.field)
    pairs = 0
    while count == [0] and pairs < 3 * HOLD_MS // 40:
        QTest.keyRelease(window.field, Qt.Key.Key_Delete, CTRL_SHIFT)
        QTest.keyPress(window.field, Qt.Key.Key_Delete, CTRL_SHIFT)
        pairs += 1
        qtbot.wait(40)
    assert count == [1], f"not triggered after {pairs} repeat pairs"
    release_chord(window.field)


def test_the_chord_pressed_delete_first_also_triggers(
    qtbot: QtBot, window: Window, chord: HeldChord
) -> None:
    count = fired(chord)
    QTest.keyPress(window.field, Qt.Key.Key_Delete)
    QTest.keyPress(window.field, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    assert chord.label is None or not chord.label.isVisible()
    QTest.keyPress(window.field, Qt.Key.Key_Shift, CTRL_SHIFT)
    assert chord.label is not None and chord.label.isVisible()
    with qtbot.waitSignal(chord.triggered, timeout=STUCK_MS):
        pass
    assert count == [1]
    release_chord(window.field)


def test_letting_go_of_shift_cancels(qtbot: QtBot, window: Window, chord: HeldChord) -> None:
    count = fired(chord)
    press_chord(window.field)
    with qtbot.waitSignal(chord.released, timeout=STUCK_MS):
        QTest.keyRelease(window.field, Qt.Key.Key_Shift, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(HOLD_MS + RELEASE_GRACE_MS)
    assert count == [0]
