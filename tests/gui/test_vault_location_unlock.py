"""The unlock screen says plainly that a vault folder cannot be written (issue 11, item 6): the
core's own line, in the screen's status, with no traceback dialog and no vault opened.

Read-only media is a read-only bind mount in a private mount namespace (``unshare -m``), so the
window runs in a child process; a folder that cannot be written otherwise is made immutable
(``chattr +i``), which stops root too, so that case runs in this process with pytest-qt.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.conftest import PASSPHRASE, ROOT
from tests.test_vault_location_media import NO_READ_ONLY_MODE, needs_mounts, read_only, snapshot
from ui.app import MainWindow

WINDOW = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtWidgets import QApplication, QMessageBox
    from ui.app import MainWindow
    app = QApplication([])
    window = MainWindow(Path(sys.argv[1]))
    window.show()
    page = window.unlock_page
    page.passphrase.setText(sys.stdin.readline().rstrip("\\n"))
    page.unlock()
    while page.busy.isVisible():
        app.processEvents(); time.sleep(0.02)
    app.processEvents()
    boxes = [w for w in app.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    print("STATUS", page.status.text())
    print("OPENED", window.vault is not None, "BOXES", len(boxes))
""")


@needs_mounts
def test_vault_location_unlock_screen_read_only_media(vault_dir: Path) -> None:
    before = snapshot(vault_dir)
    result = subprocess.run(
        ["unshare", "-m", "--propagation", "private", "sh", "-c",
         read_only(vault_dir) + f'{sys.executable} -c "$0" {vault_dir}', WINDOW],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (
        f"STATUS The vault folder {vault_dir} is on read-only media (write-protected?)."
        f" {NO_READ_ONLY_MODE}\n"
    ) in result.stdout
    assert "OPENED False BOXES 0" in result.stdout
    assert snapshot(vault_dir) == before


@pytest.fixture
def immutable(vault_dir: Path) -> Iterator[Path]:
    """The vault folder made immutable: nothing in it can be created or removed, even by root."""
    if subprocess.run(["chattr", "+i", str(vault_dir)], capture_output=True).returncode:
        pytest.skip("chattr +i is not supported on this file system")
    try:
        yield vault_dir
    finally:
        subprocess.run(["chattr", "-i", str(vault_dir)], check=True)


def test_vault_location_unlock_screen_unwritable_folder(qtbot: QtBot, immutable: Path) -> None:
    before = snapshot(immutable)
    window = MainWindow(immutable)
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    expected = (
        f"The vault folder {immutable} cannot be written (permission denied). {NO_READ_ONLY_MODE}"
    )
    qtbot.waitUntil(lambda: page.status.text() == expected, timeout=20_000)
    assert window.vault is None
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert page.unlock_button.isEnabled()
    assert snapshot(immutable) == before
