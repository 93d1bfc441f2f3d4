"""Long work (unlock, attach, export) off the GUI thread, reporting progress and the outcome."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fieldmon.errors import FieldMonError

Progress = Callable[[str], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(str)


class Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit)
        except FieldMonError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # shown to the person, never a silent hang
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
            traceback.print_exc()
        else:
            self.signals.done.emit(result)


_running: set[Job] = set()


def run_in_background(
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    on_progress: Callable[[str], None] | None = None,
) -> Job:
    """Run work(progress) on the thread pool; the callbacks run on the GUI thread."""
    job = Job(work)
    job.signals.done.connect(on_done)
    job.signals.failed.connect(on_failed)
    if on_progress is not None:
        job.signals.progress.connect(on_progress)

    def forget(*_: object) -> None:
        _running.discard(job)

    job.signals.done.connect(forget)
    job.signals.failed.connect(forget)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def wait_for_all(timeout_ms: int = 30_000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
