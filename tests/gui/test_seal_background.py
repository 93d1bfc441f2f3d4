"""Sealing from the case view runs off the GUI thread and says when the timestamp authority
could not be reached (issue 12, item 3: a seal is never blocked by it, and the user is told)."""

from __future__ import annotations

import socket
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldmon.vault import timestamps
from tests.gui.conftest import unlocked_window


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_sealing_with_an_unreachable_tsa_says_so(qtbot: QtBot, vault_dir: Path) -> None:
    window = unlocked_window(qtbot, vault_dir)
    assert window.vault is not None
    with window.vault.transaction():
        timestamps.set_tsa_url(window.vault.conn, f"http://127.0.0.1:{_closed_port()}/tsa")
    window.open_case("AZ-2026-001")
    view = window.case_view
    assert view is not None
    with qtbot.waitSignal(view.sealed, timeout=30_000):
        view.seal()
    status = view.status.text()
    assert "Sealed as version 1, without a timestamp" in status, status
    assert view.history.versions.rowCount() == 1
