"""Is the Qt binding safe to run? A few milliseconds of signal traffic, counted.

PySide6 6.12.0 on CPython 3.11 loses references in signal delivery: every emission into a
Python slot lowers ``sys.getrefcount(True)`` by two or three, and after a few thousand of them
``True`` is freed and the interpreter aborts ("Fatal Python error: bool_dealloc"), taking
unsaved work with it. This module sends a few hundred signals of every kind the app uses,
through every kind of connection it uses, and compares the reference counts of ``True``,
``False``, ``None`` and a mortal object of our own before and after. It imports only PySide6
and the standard library, so it can run against any binding before the rest of the app loads.

The check itself is safe on a leaking binding: it holds many extra references to each object
it counts while it runs, and it stops a kind of traffic as soon as that kind is seen to leak.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMetaObject,
    QObject,
    Qt,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit

#: Emissions of each kind of traffic in :func:`binding_leaks` (in batches of :data:`BATCH`).
EMISSIONS = 40
BATCH = 20
#: Emissions of each kind before counting starts (first calls fill caches).
WARM_UP = 2
#: Extra references held to every counted object while the check runs, per emission of each
#: kind: more than a leaking binding can lose (about 65 kinds of traffic, a few references
#: each), so nothing is freed early even when every kind leaks.
_BALLAST_PER_EMISSION = 300
#: Exit status of :func:`refuse_if_leaking`.
EXIT_LEAKING_BINDING = 3


class Mortal:
    """An object of our own whose reference count is exactly what this module makes it."""


@dataclass(frozen=True)
class RefcountChange:
    """One kind of traffic changed the reference count of one object.

    :param traffic: which signal, through which connection (e.g. ``"Signal(bool) -> method"``).
    :param subject: ``"True"``, ``"False"``, ``"None"`` or ``"Mortal"``.
    :param delta: reference count after minus before (negative: references lost).
    :param emissions: emissions sent before the change was seen.
    """

    traffic: str
    subject: str
    delta: int
    emissions: int

    def __str__(self) -> str:
        return f"{self.traffic}: {self.subject} {self.delta:+d} after {self.emissions} emissions"


class _Emitter(QObject):
    bare = Signal()
    flag = Signal(bool)
    number = Signal(int)
    text = Signal(str)
    value = Signal(object)


class _Receiver(QObject):
    """Slots that take their argument and keep nothing of it."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def on_bare(self) -> None:
        self.calls += 1

    def on_value(self, value: object) -> None:
        self.calls += 1

    @Slot()
    def slot_bare(self) -> None:
        self.calls += 1

    @Slot(object)
    def slot_value(self, value: object) -> None:
        self.calls += 1

    @Slot(bool)
    def slot_flag(self, value: bool) -> None:
        self.calls += 1


Traffic = tuple[str, Callable[[], QMetaObject.Connection], Callable[[], None]]


class _Harness:
    """Every kind of signal and connection, ready to emit; nothing counted is kept by it."""

    def __init__(self, mortal: Mortal) -> None:
        self.mortal = mortal
        self.emitter = _Emitter()
        self.receiver = _Receiver()
        self.widgets = QApplication.instance() is not None and isinstance(
            QCoreApplication.instance(), QApplication
        )
        self.calls = [0]

    def _count(self, *args: object) -> None:
        self.calls[0] += 1

    def traffic(self) -> Iterator[Traffic]:
        """Yield (name, connect, emit once) for every kind of traffic the app has."""
        e, r, mortal = self.emitter, self.receiver, self.mortal
        count = self._count
        queued = Qt.ConnectionType.QueuedConnection

        def deliver_queued() -> None:
            QCoreApplication.sendPostedEvents(r, QEvent.Type.MetaCall.value)

        signals: list[tuple[str, Callable[[], None], SignalInstance]] = [
            ("Signal()", lambda: e.bare.emit(), e.bare),
            ("Signal(bool) True", lambda: e.flag.emit(True), e.flag),
            ("Signal(bool) False", lambda: e.flag.emit(False), e.flag),
            ("Signal(int)", lambda: e.number.emit(7), e.number),
            ("Signal(str)", lambda: e.text.emit("x"), e.text),
            ("Signal(object) True", lambda: e.value.emit(True), e.value),
            ("Signal(object) False", lambda: e.value.emit(False), e.value),
            ("Signal(object) None", lambda: e.value.emit(None), e.value),
            ("Signal(object) Mortal", lambda: e.value.emit(mortal), e.value),
        ]
        for name, emit, signal in signals:
            bare = name == "Signal()"
            method = r.on_bare if bare else r.on_value
            slot = r.slot_bare if bare else r.slot_value
            yield (f"{name} -> function", _connector(signal, count), emit)
            yield (f"{name} -> lambda", _connector(signal, lambda *a: count(*a)), emit)
            yield (f"{name} -> method", _connector(signal, method), emit)
            yield (f"{name} -> @Slot", _connector(signal, slot), emit)

            def emit_queued(emit: Callable[[], None] = emit) -> None:
                emit()
                deliver_queued()

            yield (f"{name} -> queued @Slot", _connector(signal, slot, queued), emit_queued)
        if not self.widgets:
            return
        yield from self._widget_traffic(count)

    def _widget_traffic(self, count: Callable[..., None]) -> Iterator[Traffic]:
        r = self.receiver
        box = self.box = QCheckBox()
        combo = self.combo = QComboBox()
        combo.addItems(["a", "b"])
        line = self.line = QLineEdit()
        target = self.target = QCheckBox()

        def flip() -> None:
            box.setChecked(not box.isChecked())

        def swap() -> None:
            combo.setCurrentIndex(1 - combo.currentIndex())

        def retype() -> None:
            line.setText("b" if line.text() == "a" else "a")

        yield ("QCheckBox.toggled -> function", _connector(box.toggled, count), flip)
        yield ("QCheckBox.toggled -> method", _connector(box.toggled, r.on_value), flip)
        yield ("QCheckBox.toggled -> @Slot(bool)", _connector(box.toggled, r.slot_flag), flip)
        yield ("QCheckBox.stateChanged -> function", _connector(box.stateChanged, count), flip)
        yield (
            "QCheckBox.clicked -> lambda",
            _connector(box.clicked, lambda *a: count()),
            box.click,
        )
        yield (
            "QComboBox.currentIndexChanged -> function",
            _connector(combo.currentIndexChanged, count),
            swap,
        )
        yield (
            "QComboBox.currentIndexChanged -> method",
            _connector(combo.currentIndexChanged, r.on_value),
            swap,
        )
        yield ("QLineEdit.textChanged -> function", _connector(line.textChanged, count), retype)
        yield ("QLineEdit.textChanged -> method", _connector(line.textChanged, r.on_value), retype)
        e = self.emitter
        yield (
            "Signal(bool) -> QCheckBox.setChecked",
            _connector(e.flag, target.setChecked),
            lambda: e.flag.emit(not target.isChecked()),
        )

    def close(self) -> None:
        for name in ("box", "combo", "line", "target"):
            widget = getattr(self, name, None)
            if widget is not None:
                widget.deleteLater()
        self.emitter.deleteLater()
        self.receiver.deleteLater()


def _connector(
    signal: SignalInstance,
    slot: Callable[..., object],
    kind: Qt.ConnectionType = Qt.ConnectionType.AutoConnection,
) -> Callable[[], QMetaObject.Connection]:
    """A function that connects ``signal`` to ``slot`` and returns the connection."""

    def connect() -> QMetaObject.Connection:
        return signal.connect(slot, kind)

    return connect


def _counts(mortal: Mortal) -> dict[str, int]:
    return {
        "True": sys.getrefcount(True),
        "False": sys.getrefcount(False),
        "None": sys.getrefcount(None),
        "Mortal": sys.getrefcount(mortal),
    }


def give_back(subject: object, references: int) -> None:
    """Add ``references`` permanent references to ``subject``: those a leaking binding took.

    A list holding them would not do: it is freed when the interpreter finalizes, and the
    deficit would then free ``True`` and abort the process on its way out.
    """
    for _ in range(references):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(subject))


@contextmanager
def _ballast(mortal: Mortal, emissions: int) -> Iterator[None]:
    """Hold many extra references so that a leaking binding frees nothing while we count, and
    give back on the way out whatever references it took."""
    subjects: dict[str, object] = {"True": True, "False": False, "None": None, "Mortal": mortal}
    held = [[subject] * (_BALLAST_PER_EMISSION * emissions) for subject in subjects.values()]
    start = _counts(mortal)
    try:
        yield
    finally:
        end = _counts(mortal)
        for key, subject in subjects.items():
            give_back(subject, start[key] - end[key])
        held.clear()


def refcount_changes(
    emissions: int = EMISSIONS, batch: int = BATCH, *, stop_at_first: bool = False
) -> list[RefcountChange]:
    """Send ``emissions`` signals of every kind of traffic and report any reference counts that
    changed.

    Each kind of traffic is connected alone, run once to warm caches, then counted around
    batches of ``batch`` emissions; a kind stops at the first batch that changes a count.
    Widget signals (QCheckBox, QComboBox, QLineEdit) are included when a QApplication exists.

    :param emissions: emissions of each kind of traffic (an upper bound: stops early on a leak).
    :param batch: emissions between two counts.
    :param stop_at_first: stop all traffic once any kind has changed a count.
    :return: one change per kind of traffic and object that changed; empty when nothing leaked.
    """
    mortal = Mortal()
    harness = _Harness(mortal)
    changes: list[RefcountChange] = []
    try:
        with _ballast(mortal, emissions + WARM_UP):
            for name, connect, emit in harness.traffic():
                connection = connect()
                for _ in range(WARM_UP):  # lazy signatures, caches, first allocations
                    emit()
                before = _counts(mortal)
                sent = 0
                while sent < emissions:
                    for _ in range(min(batch, emissions - sent)):
                        emit()
                    sent += min(batch, emissions - sent)
                    after = _counts(mortal)
                    if after != before:
                        changes.extend(
                            RefcountChange(name, key, after[key] - before[key], sent)
                            for key in before
                            if after[key] != before[key]
                        )
                        break
                QObject.disconnect(connection)
                if changes and stop_at_first:
                    break
    finally:
        harness.close()
    return changes


def binding_leaks(emissions: int = EMISSIONS) -> str | None:
    """Check the running Qt binding for reference leaks in signal delivery.

    Takes a few milliseconds: about 6 ms with a QApplication and its widgets (measured with
    PySide6 6.11.3 on a 2020s x86-64 laptop), under 2 ms when the first kind already leaks.

    :param emissions: emissions of each kind of traffic.
    :return: None when no reference count changed; otherwise one line naming the PySide6
        version and the first changes seen.
    """
    changes = refcount_changes(emissions, stop_at_first=True)
    if not changes:
        return None
    shown = "; ".join(str(change) for change in changes[:3])
    more = f" (and {len(changes) - 3} more)" if len(changes) > 3 else ""
    return (
        f"PySide6 {PySide6.__version__} (Python {sys.version.split()[0]}) leaks references "
        f"in signal delivery: {shown}{more}"
    )


def refuse_if_leaking() -> None:
    """Stop the app before it starts if the Qt binding leaks references in signal delivery.

    Call it once a QApplication exists and before any window is built.

    :raises SystemExit: with :data:`EXIT_LEAKING_BINDING`, after one line on standard error
        naming the PySide6 version, when :func:`binding_leaks` finds a leak.
    """
    problem = binding_leaks()
    if problem is None:
        return
    print(
        "FieldMon: refusing to start: "
        + problem
        + ". A leaking binding crashes after a few thousand signals; install another PySide6"
        " (6.12.0 is known bad).",
        file=sys.stderr,
    )
    raise SystemExit(EXIT_LEAKING_BINDING)
