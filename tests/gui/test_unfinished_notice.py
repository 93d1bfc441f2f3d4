"""After an unlock, packets a stopped send left unfinished are named, with the way to resume
them (issue 15: "Send, with progress that resumes after a restart")."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldmon.exchange import destinations, outbox, send
from fieldmon.vault.store import Vault
from tests.gui.test_app import _unnamed
from tests.gui.test_exchange_ui import english, pair  # noqa: F401 (fixtures)
from tests.test_receive import REFERENCE, template  # noqa: F401 (fixture)
from ui.unfinished_notice import UnfinishedSendNotice


def test_an_unfinished_send_is_named_after_the_unlock_and_leads_to_the_outbox(
    qtbot: QtBot,
    pair: tuple[Vault, Vault, Path],  # noqa: F811 (fixture)
) -> None:
    _, monitor, folder = pair
    destinations.add(monitor, "usb", folder=folder)
    quiet = UnfinishedSendNotice(monitor)
    qtbot.addWidget(quiet)
    assert quiet.isHidden()
    stop = threading.Event()
    stop.set()  # as if the window locked before the first part was written
    send.send_cases(monitor, [REFERENCE], "usb", stop=stop)
    assert [e.state for e in outbox.entries(monitor)] == ["queued"]
    notice = UnfinishedSendNotice(monitor)
    qtbot.addWidget(notice)
    assert not notice.isHidden()
    assert notice.text.text().startswith("1 packet(s) to headquarters were not finished")
    assert _unnamed(notice) == []
    opened: list[bool] = []
    notice.open_outbox.connect(lambda: opened.append(True))
    notice.resume.click()
    assert opened == [True] and notice.isHidden()
