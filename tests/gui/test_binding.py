"""The Qt binding loses no references in signal delivery (PySide6 6.12.0 did: every emission
into a Python slot took a reference from True, and a few thousand later the process aborted).

Imports only PySide6, pytest-qt and ui.binding, so it also runs in a bare venv with another
binding: ``PYTHONPATH=. OTHER_VENV/bin/python -m pytest --noconftest tests/gui/test_binding.py``.
Every count is taken around batches, and the references a leaking binding takes are given back,
so a leak fails the test instead of aborting the interpreter.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from ui import binding

EMISSIONS = 1000
BATCH = 100


def test_no_reference_changes_around_a_thousand_emissions_of_every_kind(
    qapp: QApplication,
) -> None:
    changes = binding.refcount_changes(EMISSIONS, BATCH)
    assert not changes, "\n".join(str(change) for change in changes)


def test_the_start_up_check_finds_nothing_here(qapp: QApplication) -> None:
    assert binding.binding_leaks() is None


class _Mine:
    """Mortal: its reference count is only what this test gives it."""


class _Source(QObject):
    value = Signal(object)
    flag = Signal(bool)


def _count_around(mine: _Mine, emit: Callable[[], None]) -> tuple[dict[str, int], int]:
    """Changes in the reference counts of True, False, None and ``mine`` over EMISSIONS
    emissions, stopping at the first batch that changes any; references lost are given back.

    :return: (changes by name, only those not zero; emissions sent).
    """
    subjects: dict[str, object] = {"True": True, "False": False, "None": None, "mine": mine}
    ballast = [[subject] * (10 * (EMISSIONS + 1)) for subject in subjects.values()]
    emit()  # first call: lazy signature parsing

    def counts() -> dict[str, int]:
        return {name: sys.getrefcount(subject) for name, subject in subjects.items()}

    before = counts()
    sent = 0
    changes: dict[str, int] = {}
    while sent < EMISSIONS and not changes:
        for _ in range(BATCH):
            emit()
        sent += BATCH
        after = counts()
        changes = {name: after[name] - before[name] for name in after if after != before}
        changes = {name: change for name, change in changes.items() if change}
    for name, change in changes.items():
        binding.give_back(subjects[name], -change)
    del ballast
    return changes, sent


@pytest.mark.parametrize("payload", [True, False, None, "mine"])
def test_signal_object_into_a_python_function_keeps_counts(
    qapp: QApplication, payload: object
) -> None:
    """Counted here without ui.binding's harness, so a mistake there cannot hide a leak."""
    mine = _Mine()
    value = mine if payload == "mine" else payload
    source = _Source()
    calls: list[int] = [0]

    def slot(value: object) -> None:
        calls[0] += 1

    source.value.connect(slot)
    changes, sent = _count_around(mine, lambda: source.value.emit(value))
    assert calls[0] == sent + 1
    assert not changes, f"references changed after {sent} emissions: {changes}"


def test_signal_bool_into_a_lambda_keeps_counts(qapp: QApplication) -> None:
    mine = _Mine()
    source = _Source()
    seen: list[int] = [0]
    source.flag.connect(lambda value: seen.__setitem__(0, seen[0] + int(value)))
    changes, sent = _count_around(mine, lambda: source.flag.emit(True))
    assert seen[0] == sent + 1
    assert not changes, f"references changed after {sent} emissions: {changes}"
