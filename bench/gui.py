"""Benchmark the desktop case list: unlock to a filled list, and scrolling it, against a baseline.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui.py [--cases 10000] [--seed S]

(QT_QPA_PLATFORM is set to offscreen when it is unset.) One run:

1. builds, untimed, a vault of N fictional cases in a temporary folder (Vault.create with a cheap
   KDF, Vault.store_cases in batches of 500), then closes it;
2. times Vault.open alone (Argon2 with that KDF, SQLCipher, migrations check) a few times, and
   reads every case summary once into memory for the baseline;
3. times "unlock to a filled case list": MainWindow(vault_dir) shown, passphrase typed,
   UnlockPage.unlock() called, events processed until the case list exists, has rows and its
   table has been painted;
4. scrolls the case table from top to bottom a page at a time (the lazy model fetching more rows
   as the end is reached) and times each frame: the scroll, the event processing and the paint of
   the table's viewport (forced with repaint() if event processing did not paint it);
5. baseline: a plain QStandardItemModel filled with the same rows of text (reference, status,
   title, date) in a QTableView of the same size, timed from "have the rows" to painted, then
   scrolled the same way.

Goals (from the issue): the list appears within one second of unlocking 10,000 cases; scrolling
never stalls, p95 frame time under 16 ms (60 fps). The report gives the ratio of our frame times
to the baseline's, measured in the same process. It is a benchmark, not a test: the exit status is
0 whether or not the goals are met.

Every case, name and sentence is invented.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
)

from fieldmon.crypto.keys import KdfParams
from fieldmon.resources import vocabulary
from fieldmon.vault.records import CaseDocument
from fieldmon.vault.store import CaseSummary, Vault
from ui import i18n
from ui.app import MainWindow

PASSPHRASE = "tin heron quilts mossy lantern 48"
BENCH_KDF = KdfParams(1, 8192, 1)  # Argon2id time, memory KiB, parallelism: cheap, bench only
STORE_BATCH = 500
OPEN_ROUNDS = 3
UNLOCK_TIMEOUT_S = 60.0

UNLOCK_GOAL_S = 1.0
FRAME_GOAL_MS = 16.0

STATUSES = ("draft", "open", "submitted", "closed")

# Invented syllables: the names they make are fictional.
GIVEN = ("Ardo", "Belin", "Corvo", "Dasha", "Elvir", "Farun", "Gelsa", "Hovan", "Ilmar", "Jorel")
SYLLABLES = ("vel", "tar", "nok", "mira", "zed", "qua", "lorn", "bex", "sul", "dram", "ket", "ova")
PLACES = ("Vintar", "Oskelo", "Brenmoor", "Taldrec", "Qessil", "Umbrava")
THINGS = ("a checkpoint", "a market", "a bus station", "a courtyard", "a football match")


# -- the vault ------------------------------------------------------------------------------------


def fictional_name(rng: random.Random) -> str:
    surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
    return f"{rng.choice(GIVEN)} {surname.capitalize()}ski (fictional)"


def make_case(rng: random.Random, number: int) -> CaseDocument:
    place = rng.choice(PLACES)
    case: dict[str, Any] = {
        "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        "reference": f"BENCH-{number:05d}",
        "title": f"Detention near {rng.choice(THINGS)} in {place}",
        "status": rng.choice(STATUSES),
        "summary": (
            f"A fictional person was detained in {place} and held for {rng.randint(1, 30)} days"
            " without access to a lawyer."
        ),
        "persons": [{"id": "p1", "name": fictional_name(rng), "roles": ["victim"]}],
    }
    return case


def build_vault(path: Path, count: int, seed: int) -> float:
    """Create the vault and store count cases; return the seconds it took (not a measurement)."""
    rng = random.Random(seed)
    start = time.perf_counter()
    vault = Vault.create(path, PASSPHRASE, kdf=BENCH_KDF)
    try:
        for first in range(0, count, STORE_BATCH):
            batch = [
                make_case(rng, n) for n in range(first + 1, min(first + STORE_BATCH, count) + 1)
            ]
            vault.store_cases(batch)
            done = first + len(batch)
            elapsed = time.perf_counter() - start
            progress(f"stored {done}/{count} cases ({elapsed:.0f} s)")
    finally:
        vault.close()
    return time.perf_counter() - start


def time_open(path: Path) -> tuple[list[float], list[CaseSummary]]:
    """Time Vault.open alone OPEN_ROUNDS times; read every case summary once (not timed)."""
    seconds: list[float] = []
    rows: list[CaseSummary] = []
    for round_ in range(OPEN_ROUNDS):
        start = time.perf_counter()
        vault = Vault.open(path, PASSPHRASE)
        seconds.append(time.perf_counter() - start)
        try:
            if round_ == 0:
                rows = vault.list_cases()
        finally:
            vault.close()
    return seconds, rows


# -- measuring ------------------------------------------------------------------------------------


class PaintCounter(QObject):
    """Counts paint events reaching one widget (the table's viewport)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@dataclass
class Unlock:
    total_s: float
    opened_s: float
    """From unlock() to the unlocked signal (Vault.open on the thread pool, and the hand-over)."""
    workspace_s: float
    """MainWindow.show_workspace: the case list page (first page fetched) and the case view."""
    paint_s: float
    """From the workspace being built to the case table painted with rows."""
    rows: int
    total_cases: int


@dataclass
class Scroll:
    frames: list[float]
    fetched: list[bool]
    """For each frame, whether the model fetched more rows in it."""
    rows_fetched: int
    paints: int
    reached_end: bool


def pump(app: QApplication, until: Callable[[], bool], timeout_s: float) -> None:
    """Process events (sleeping when there are none) until the condition holds."""
    waker = QTimer()
    waker.setInterval(5)
    waker.start()  # wakes WaitForMoreEvents, so the condition is checked at least every 5 ms
    deadline = time.perf_counter() + timeout_s
    try:
        while not until():
            if time.perf_counter() > deadline:
                raise TimeoutError(f"gave up after {timeout_s:.0f} s")
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        waker.stop()


def paint_now(table: QTableView) -> None:
    viewport = table.viewport()
    if viewport.isVisible():
        viewport.repaint()
    else:
        viewport.grab()


def measure_unlock(app: QApplication, window: MainWindow) -> Unlock:
    marks: dict[str, float] = {}
    page = window.unlock_page
    # Note when the vault arrives, before and after MainWindow builds the workspace from it.
    page.unlocked.disconnect(window.show_workspace)
    page.unlocked.connect(lambda _vault: marks.setdefault("opened", time.perf_counter()))
    page.unlocked.connect(window.show_workspace)
    page.unlocked.connect(lambda _vault: marks.setdefault("built", time.perf_counter()))
    page.passphrase.setText(PASSPHRASE)

    def filled() -> bool:
        case_list = window.case_list
        return case_list is not None and case_list.model.rowCount() > 0

    start = time.perf_counter()
    page.unlock()
    pump(app, filled, UNLOCK_TIMEOUT_S)
    app.processEvents()
    assert window.case_list is not None
    paint_now(window.case_list.table)
    end = time.perf_counter()
    model = window.case_list.model
    return Unlock(
        total_s=end - start,
        opened_s=marks["opened"] - start,
        workspace_s=marks["built"] - marks["opened"],
        paint_s=end - marks["built"],
        rows=model.rowCount(),
        total_cases=model.total,
    )


def scroll_through(app: QApplication, table: QTableView) -> Scroll:
    """Scroll from top to bottom a page at a time; time each step until the viewport is painted.

    A step is: move the scroll bar a page down (the view fetches more rows when it reaches the
    end), process events (which paints the scrolled viewport), and repaint the viewport only
    if no paint happened, so every frame is painted exactly once.
    """
    model = table.model()
    bar = table.verticalScrollBar()
    counter = PaintCounter()
    table.viewport().installEventFilter(counter)
    bar.setValue(0)
    app.processEvents()
    paint_now(table)
    counter.count = 0
    frames: list[float] = []
    fetched: list[bool] = []
    try:
        while True:
            if bar.value() >= bar.maximum() and not model.canFetchMore(table.rootIndex()):
                break
            rows_before = model.rowCount()
            start = time.perf_counter()
            paints_before = counter.count
            bar.setValue(min(bar.value() + bar.pageStep(), bar.maximum()))
            app.processEvents()
            if counter.count == paints_before:  # the scroll's update was not painted yet
                paint_now(table)
            frame = time.perf_counter() - start
            frames.append(frame)
            fetched.append(model.rowCount() != rows_before)
            if len(frames) > 1_000_000:  # never: a guard against a scroll bar that does not move
                break
    finally:
        table.viewport().removeEventFilter(counter)
    last = table.indexAt(table.viewport().rect().bottomLeft())
    reached_end = (
        not model.canFetchMore(table.rootIndex())
        and bar.value() == bar.maximum()
        and (not last.isValid() or last.row() >= model.rowCount() - 2)
    )
    return Scroll(frames, fetched, model.rowCount(), counter.count, reached_end)


def build_baseline(rows: Sequence[CaseSummary], like: QTableView) -> tuple[QTableView, float]:
    """A plain QStandardItemModel in a QTableView set up like the case list; seconds to paint."""
    statuses = vocabulary("case_statuses")
    language = i18n.current()
    start = time.perf_counter()
    model = QStandardItemModel(0, 4)
    model.setHorizontalHeaderLabels(["Reference", "Status", "Title", "Updated"])
    for row in rows:
        status = statuses.label(row.status, language) if row.status else ""
        model.appendRow(
            [
                QStandardItem(row.reference),
                QStandardItem(status),
                QStandardItem(row.title),
                QStandardItem(row.updated_at[:10]),
            ]
        )
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    table.resizeColumnToContents(0)
    table.resize(like.size())
    table.show()
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    paint_now(table)
    return table, time.perf_counter() - start


# -- report ---------------------------------------------------------------------------------------


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between the closest ranks (q in 0..100)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def goal(met: bool) -> str:
    return "met" if met else "MISSED"


def progress(message: str) -> None:
    print(f"  … {message}", file=sys.stderr, flush=True)


def frame_line(label: str, frames: Sequence[float]) -> str:
    return (
        f"  {label:<26}{len(frames):>6} frames   p50 {ms(percentile(frames, 50)):>9}"
        f"   p95 {ms(percentile(frames, 95)):>9}   max {ms(max(frames, default=0.0)):>9}"
    )


def report(
    count: int,
    build_s: float,
    opens: Sequence[float],
    unlock: Unlock,
    ours: Scroll,
    base: Scroll,
    base_fill_s: float,
    viewport: tuple[int, int],
    load: tuple[float, float],
) -> None:
    open_median = percentile(opens, 50)
    our_p50, our_p95 = percentile(ours.frames, 50), percentile(ours.frames, 95)
    base_p50, base_p95 = percentile(base.frames, 50), percentile(base.frames, 95)
    our_max = max(ours.frames, default=0.0)
    print()
    print("FieldMon desktop case list benchmark")
    print(
        f"  Python {platform.python_version()}, PySide6 {_pyside_version()},"
        f" Qt platform {QApplication.platformName()}, {platform.machine()},"
        f" {os.cpu_count()} CPUs"
    )
    print(
        f"  {count} fictional cases, vault built in {build_s:.0f} s (not timed);"
        f" KDF Argon2id t={BENCH_KDF.time_cost} m={BENCH_KDF.memory_kib} KiB"
        f" p={BENCH_KDF.parallelism}; case table viewport {viewport[0]}x{viewport[1]} px"
    )
    print(
        f"  load average (1 min) before/after the timed part: {load[0]:.2f} / {load[1]:.2f}"
        " (well above 0 means other processes competed for the CPUs: times are noisier)"
    )
    print()
    print("Unlock to a filled case list")
    print(
        f"  Vault.open alone           {ms(open_median)} median of {len(opens)}"
        f" ({', '.join(ms(s) for s in opens)})"
    )
    print(f"  unlock() to painted list   {ms(unlock.total_s)}")
    print(f"    unlock() to vault open   {ms(unlock.opened_s)}  (Vault.open on the thread pool)")
    print(f"    show_workspace           {ms(unlock.workspace_s)}  (case list page + case view)")
    print(f"    first paint              {ms(unlock.paint_s)}")
    print(f"  rows in the model          {unlock.rows} of {unlock.total_cases}")
    print(
        f"  goal: list within {UNLOCK_GOAL_S:.0f} s of unlocking {count} cases:"
        f" {goal(unlock.total_s < UNLOCK_GOAL_S)}"
    )
    print()
    print("Scrolling top to bottom, a page per frame (scroll + processEvents + viewport paint)")
    print(frame_line("case list (lazy)", ours.frames))
    with_fetch = [f for f, more in zip(ours.frames, ours.fetched, strict=True) if more]
    without = [f for f, more in zip(ours.frames, ours.fetched, strict=True) if not more]
    print(frame_line("  frames that fetched rows", with_fetch))
    print(frame_line("  frames without a fetch", without))
    print(frame_line("baseline QStandardItemModel", base.frames))
    print(
        f"  rows fetched by the case list: {ours.rows_fetched} of {unlock.total_cases}"
        f"{'' if ours.reached_end else ' (the end was NOT reached)'};"
        f" paint events {ours.paints} (baseline {base.paints})"
    )
    print(
        f"  ratio case list / baseline: p50 {our_p50 / base_p50:.2f}x,"
        f" p95 {our_p95 / base_p95:.2f}x"
    )
    print(f"  goal: p95 < {FRAME_GOAL_MS:.0f} ms (60 fps): {goal(our_p95 * 1000 < FRAME_GOAL_MS)};")
    print(
        f"        max frame {ms(our_max)}"
        f" ({'no frame over' if our_max * 1000 < FRAME_GOAL_MS else 'frames over'}"
        f" {FRAME_GOAL_MS:.0f} ms: {sum(f * 1000 >= FRAME_GOAL_MS for f in ours.frames)})"
    )
    print()
    print("Baseline fill")
    print(
        f"  {base.rows_fetched} rows in memory to painted"
        f" QStandardItemModel table: {ms(base_fill_s)}"
    )
    print()


def _pyside_version() -> str:
    import PySide6

    return str(PySide6.__version__)


# -- main -----------------------------------------------------------------------------------------


def run(count: int, seed: int) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fieldmon-bench-gui-"))
    try:
        vault_dir = folder / "vault"
        progress(f"building a vault of {count} fictional cases (untimed)")
        build_s = build_vault(vault_dir, count, seed)
        load_before = os.getloadavg()[0]
        progress("timing Vault.open alone")
        opens, rows = time_open(vault_dir)

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        window = MainWindow(vault_dir)
        window.show()
        app.processEvents()
        progress("timing unlock to a filled case list")
        unlock = measure_unlock(app, window)
        assert window.case_list is not None
        table = window.case_list.table
        viewport = (table.viewport().width(), table.viewport().height())
        progress("scrolling the case list")
        ours = scroll_through(app, table)

        progress("baseline: QStandardItemModel")
        base_table, base_fill_s = build_baseline(rows, table)
        base = scroll_through(app, base_table)
        base_table.close()
        base_table.deleteLater()
        window.close()
        window.deleteLater()
        app.processEvents()
        load = (load_before, os.getloadavg()[0])
        report(count, build_s, opens, unlock, ours, base, base_fill_s, viewport, load)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--cases", type=int, default=10_000, help="cases in the vault (10000)")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the fictional cases")
    args = parser.parse_args(argv)
    if args.cases < 1:
        parser.error("--cases must be at least 1")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    run(args.cases, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
