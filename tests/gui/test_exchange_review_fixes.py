"""What a new user met in the app's exchange screens (issue 15 review): the Headquarters menu's
Send did nothing (a TypeError in the background), a purged case stayed readable on screen, and
the receive bar stayed at "0 / 1"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QPlainTextEdit, QTextEdit, QWidget
from pytestqt.qtbot import QtBot

from fieldmon.exchange import send
from fieldmon.vault.store import Vault
from tests.gui.conftest import unlock
from tests.gui.test_exchange_ui import english, pair  # noqa: F401 (fixtures)
from tests.test_receive import REFERENCE, template  # noqa: F401 (fixture)
from ui.app import MainWindow
from ui.inbox_view import InboxDialog
from ui.purge_dialog import PurgeDialog
from ui.send_dialog import SendDialog


def _shown_text(widget: QWidget) -> str:
    """Every text a person can read in the widget's fields, labels and lists."""
    texts = [w.text() for w in widget.findChildren(QLineEdit) + widget.findChildren(QLabel)]
    texts += [w.toPlainText() for w in widget.findChildren(QPlainTextEdit)]
    texts += [w.toPlainText() for w in widget.findChildren(QTextEdit)]
    for listing in widget.findChildren(QListWidget):
        texts += [listing.item(i).text() for i in range(listing.count())]
    return "\n".join(texts)


def test_the_menu_sends_the_open_case_and_a_purged_case_leaves_the_screen(
    qtbot: QtBot,
    pair: tuple[Vault, Vault, Path],  # noqa: F811 (fixture)
) -> None:
    _, monitor, _ = pair
    vault_dir = monitor.path
    monitor.close()
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    window.open_case(REFERENCE)
    view = window.case_view
    assert view is not None and view.case is not None
    seen: list[object] = []

    def look() -> None:
        dialog = window.exchange_dialog
        seen.append(dialog)
        if dialog is not None:
            seen.append(list(dialog.references))  # type: ignore[attr-defined]
            dialog.done(0)

    QTimer.singleShot(0, look)

    def unstick() -> None:  # only if the dialog never opened: the test fails, not hangs
        if window.exchange_dialog is not None:
            window.exchange_dialog.done(0)

    QTimer.singleShot(15_000, unstick)
    window.exchange_actions["sendToHeadquarters"].trigger()
    assert isinstance(seen[0], SendDialog) and seen[1] == [REFERENCE]

    # The menu offers the purge too (not only the case's own Headquarters button).
    purging: list[object] = []

    def look_purge() -> None:
        dialog = window.exchange_dialog
        purging.append(dialog)
        if dialog is not None:
            purging.append(dialog.reference)  # type: ignore[attr-defined]
            dialog.done(0)

    QTimer.singleShot(0, look_purge)
    assert window.exchange_actions["purgeCase"].isVisible()
    window.exchange_actions["purgeCase"].trigger()
    assert isinstance(purging[0], PurgeDialog) and purging[1] == REFERENCE

    title = str(view.case["title"])
    assert title in _shown_text(view)
    view.close_case()  # what the app does once a purge removed the open case
    shown = _shown_text(view)
    assert title not in shown and REFERENCE not in shown
    assert "suffocated" not in shown
    window.close()


def test_a_receive_with_nothing_new_does_not_leave_a_bar_at_zero(
    qtbot: QtBot,
    pair: tuple[Vault, Vault, Path],  # noqa: F811 (fixture)
) -> None:
    hq_vault, monitor, folder = pair
    send.send_cases(monitor, [REFERENCE], str(folder))
    dialog = InboxDialog(hq_vault)
    qtbot.addWidget(dialog)
    dialog.receive()
    qtbot.waitUntil(lambda: not dialog.progress.running, timeout=20_000)
    bar = dialog.progress.bar
    assert (bar.value(), bar.maximum()) == (1, 1)
    dialog.receive()  # nothing new now
    qtbot.waitUntil(lambda: not dialog.progress.running, timeout=20_000)
    assert bar.isHidden()
