"""GUI tests run offscreen with pytest-qt against real vaults."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from fieldmon.resources import resources_dir
from tests.conftest import PASSPHRASE
from ui.app import MainWindow


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """`make` builds the .qm files; build any that are missing or stale when pytest runs alone."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for source in (resources_dir() / "i18n").glob("*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)


def unlock(qtbot: QtBot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:
    """Type the passphrase on the unlock page, press Unlock and wait for the vault."""
    window.unlock_page.passphrase.setText(passphrase)
    window.unlock_page.unlock_button.click()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20_000)


def unlocked_window(
    qtbot: QtBot, vault_dir: Path, size: tuple[int, int] | None = None
) -> MainWindow:
    """A main window over `vault_dir`, resized to `size` if given, shown and unlocked."""
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    unlock(qtbot, window)
    return window


# The start of a script for `run_offscreen`: a main window over the vault in argv[1], unlocked
# with the passphrase read from the first line of input.
UNLOCKED_WINDOW_SCRIPT = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from ui.app import MainWindow
    app = QApplication([])
    window = MainWindow(Path(sys.argv[1]))
    window.show()
    window.unlock_page.passphrase.setText(sys.stdin.readline().rstrip("\\n"))
    window.unlock_page.unlock()
    while window.vault is None:
        app.processEvents(); time.sleep(0.02)
""")

# The end of a typing script: types argv[2] into the widget `typed_into` one character every
# 25 ms without a pause, saying "ready" first and after each keystroke how many are typed.
TYPE_WITHOUT_A_PAUSE = textwrap.dedent("""
    from PySide6.QtTest import QTest
    print("ready", flush=True)
    for i, ch in enumerate(sys.argv[2]):
        QTest.keyClicks(typed_into, ch)
        app.processEvents()
        print(i + 1, flush=True)
        time.sleep(0.025)
    print("done", flush=True)
    time.sleep(60)
""")


def run_offscreen(script: str, *args: str) -> subprocess.Popen[str]:
    """Run `script` in a new offscreen Python from the repository root, with `args` after it,
    and give it the passphrase as its first line of input."""
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.flush()
    return child


def kill(child: subprocess.Popen[str]) -> float:
    """SIGKILL the child, as a seized laptop's power is cut; returns when, by this clock."""
    child.send_signal(signal.SIGKILL)
    killed_at = time.monotonic()
    child.wait(timeout=10)
    return killed_at


def typed_two_seconds_before_a_kill(script: str, vault_dir: Path, text: str, seconds: float) -> int:
    """Run `script` followed by TYPE_WITHOUT_A_PAUSE over `vault_dir`, typing `text`; kill it
    after `seconds` of typing and return how many characters it had typed two seconds before
    the kill (by this process's clock, when each count was seen)."""
    child = run_offscreen(script + TYPE_WITHOUT_A_PAUSE, str(vault_dir), text)
    assert child.stdout is not None
    try:
        assert child.stdout.readline().strip() == "ready"
        typed: list[tuple[float, int]] = []
        started = time.monotonic()
        while time.monotonic() - started < seconds:
            line = child.stdout.readline().strip()
            assert line.isdigit(), f"the typing process stopped: {line!r}"
            typed.append((time.monotonic(), int(line)))
    finally:
        killed_at = kill(child)
    owed = max((n for at, n in typed if at <= killed_at - 2.0), default=0)
    assert owed > 40, "the typing process was too slow to test anything"
    return owed


SHOTS = os.environ.get("FIELDMON_SHOTS")  # a folder to grab dialogs into, to look at them


def shot(widget: QWidget, name: str) -> None:
    """Grab a widget into FIELDMON_SHOTS/name.png when that folder is set; nothing otherwise."""
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))
