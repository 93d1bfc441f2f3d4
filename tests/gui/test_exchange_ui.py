"""The exchange's screens (issue 15), offscreen against real vaults: headquarters made with
init_hq, a monitor it certified, real packets through a real folder. The card page and its
words, installing only after "They match", sending with progress into the outbox, the inbox
with a quarantine reason, a fork side by side and resolved, and the purge dialog."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fieldmon.exchange import card as cards
from fieldmon.exchange import destinations, forks, hq, outbox, receipts, send, words
from fieldmon.exchange.receive import receive
from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE
from tests.gui.conftest import unlock
from tests.gui.test_app import _unnamed
from tests.gui.test_testimony import answer_next_question
from tests.test_receive import REFERENCE, template
from tests.webdav_server import WebDAVServer, webdav_server  # noqa: F401 (fixture)
from ui import i18n
from ui.app import MainWindow
from ui.hq_card import CardDialog
from ui.inbox_view import InboxDialog
from ui.outbox_view import OutboxDialog
from ui.purge_dialog import PurgeDialog
from ui.send_dialog import DestinationDialog, SendDialog

__all__ = ["template"]  # the module-scoped fixture of test_receive: headquarters and a monitor

HQ_TITLE = "Detention at the district station (headquarters' wording)"
MONITOR_TITLE = "Detention at the district station (monitor's second account)"


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.install("en")


@pytest.fixture
def pair(tmp_path: Path, template: tuple[Path, str]) -> Iterator[tuple[Vault, Vault, Path]]:
    """Headquarters, its enrolled monitor (with the samples and a photo) and a mailbox folder,
    both vaults stored under the destination name "mailbox"."""
    base, _item = template
    for name in ("hq", "monitor"):
        shutil.copytree(base / name, tmp_path / name)
    hq_vault = Vault.open(tmp_path / "hq", PASSPHRASE)
    monitor = Vault.open(tmp_path / "monitor", PASSPHRASE)
    folder = tmp_path / "mailbox"
    folder.mkdir()
    destinations.add(hq_vault, "mailbox", folder=folder)
    yield hq_vault, monitor, folder
    for vault in (monitor, hq_vault):
        if vault.is_open:
            vault.close()


def _edit(vault: Vault, title: str) -> None:
    case = vault.get_case(REFERENCE)
    case["title"] = title
    vault.store_cases([case])


def test_the_card_page_shows_the_root_s_words_hex_and_qr(
    qtbot: QtBot, pair: tuple[Vault, Vault, Path]
) -> None:
    hq_vault, monitor, _ = pair
    card = cards.installed_card(hq_vault)
    assert card is not None
    for vault in (hq_vault, monitor):
        page = CardDialog(vault)
        qtbot.addWidget(page)
        shown = page.fingerprint.words.text().split()
        assert [w for w in shown if not w.endswith(".")] == words.fingerprint_words(card.root_der)
        assert page.fingerprint.hex.text().split() == words.hex_fingerprint(card.root_der).split()
        assert not page.fingerprint.qr.pixmap().isNull()
        assert page.values[0].text() == "Fictional Rights Bureau"
        assert _unnamed(page) == []
    assert not page.install_button.isHidden()  # the monitor's page offers an update


def test_they_differ_installs_nothing_and_they_match_installs(
    qtbot: QtBot, pair: tuple[Vault, Vault, Path], empty_vault_factory: object, tmp_path: Path
) -> None:
    hq_vault, _, _ = pair
    newcomer: Vault = empty_vault_factory()  # type: ignore[operator]
    card_file = tmp_path / "card.json"  # public by design
    card_file.write_bytes(hq.current_card_document(hq_vault))
    page = CardDialog(newcomer)
    qtbot.addWidget(page)
    assert page.values[0].text() == "No card is installed."
    page.install_file(card_file)
    compare = page.compare
    assert compare is not None and compare.isVisible()
    assert _unnamed(compare) == []
    root = cards.read_card(card_file.read_bytes()).root_der
    assert words.fingerprint_words(root)[0] in compare.fingerprint.words.text()
    compare.differ_button.click()
    assert cards.installed_card(newcomer) is None
    assert "Not installed" in page.status.text()
    page.install_file(card_file)
    assert page.compare is not None and page.compare is not compare
    page.compare.match_button.click()
    installed = cards.installed_card(newcomer)
    assert installed is not None and installed.root_der == root
    assert page.values[0].text() == "Fictional Rights Bureau"
    # A file that is no card: refused in one line, nothing changes.
    junk = tmp_path / "junk.json"
    junk.write_text("{}")
    page.install_file(junk)
    assert page.status.text() and "\n" not in page.status.text().split("\n")[0]
    assert cards.installed_card(newcomer) == installed


def test_send_through_a_folder_shows_progress_and_lands_in_the_outbox(
    qtbot: QtBot, pair: tuple[Vault, Vault, Path]
) -> None:
    _, monitor, folder = pair
    dialog = SendDialog(monitor, [REFERENCE])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.picker.current() is None
    dialog.picker.add()
    adding = dialog.picker.dialog
    assert isinstance(adding, DestinationDialog)
    assert _unnamed(adding) == []
    assert adding.password.echoMode() == adding.password.EchoMode.Password
    adding.name.setText("usb")
    adding.folder.setText(str(folder))
    adding.ok_button.click()
    assert dialog.picker.current() == "usb"
    assert _unnamed(dialog) == []
    seen: list[int] = []
    dialog.progress.bar.valueChanged.connect(seen.append)
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.entries), timeout=20_000)
    bar = dialog.progress.bar
    assert bar.maximum() > 1 and bar.value() == bar.maximum() and seen[-1] == bar.maximum()
    (entry,) = outbox.entries(monitor)
    assert (entry.reference, entry.state, entry.destination) == (REFERENCE, "sent", "usb")
    assert (folder / "packets" / entry.packet_id / "envelope.age").exists()
    assert "1 packet" in dialog.progress.status.text()
    box = OutboxDialog(monitor)
    qtbot.addWidget(box)
    assert _unnamed(box) == []
    assert box.table.rowCount() == 1
    cells = [box.table.item(0, c).text() for c in range(5)]  # type: ignore[union-attr]
    parts = f"{entry.parts_total}/{entry.parts_total}"
    assert cells == [REFERENCE, str(entry.version), "usb", "sent", parts]
    assert not box.resume_button.isEnabled()


def test_a_webdav_destination_keeps_its_password_in_the_vault_only(
    qtbot: QtBot,
    pair: tuple[Vault, Vault, Path],
    webdav_server: WebDAVServer,  # noqa: F811 (the fixture)
) -> None:
    _, monitor, _ = pair
    dialog = SendDialog(monitor, [REFERENCE])
    qtbot.addWidget(dialog)
    dialog.picker.add()
    adding = dialog.picker.dialog
    assert adding is not None
    adding.webdav_kind.setChecked(True)
    assert not adding.folder.isEnabled() and adding.password.isEnabled()
    adding.name.setText("office-dav")
    adding.url.setText(webdav_server.url)
    adding.user.setText(webdav_server.user)
    adding.password.setText(webdav_server.password)
    adding.ok_button.click()
    assert adding.password.text() == ""  # not kept in the widget
    assert dialog.picker.current() == "office-dav"
    assert webdav_server.password not in dialog.picker.combo.currentText()
    (stored,) = destinations.entries(monitor)
    assert (stored.kind, stored.username) == ("webdav", webdav_server.user)
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.entries), timeout=20_000)
    (entry,) = outbox.entries(monitor)
    assert entry.state == "sent"
    assert (webdav_server.root / "packets" / entry.packet_id / "envelope.age").exists()


def test_a_stopped_send_resumes_from_the_outbox(
    qtbot: QtBot, pair: tuple[Vault, Vault, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, monitor, folder = pair
    destinations.add(monitor, "usb", folder=folder)
    dialog = SendDialog(monitor, [REFERENCE])
    qtbot.addWidget(dialog)
    real = send.send_cases

    def stopped_at_once(*args: object, **kwargs: object) -> object:
        stop = args[4] if len(args) > 4 else kwargs["stop"]
        stop.set()  # type: ignore[attr-defined]  # as if Stop was pressed before the first part
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(send, "send_cases", stopped_at_once)
    dialog.start()
    qtbot.waitUntil(lambda: bool(dialog.entries), timeout=20_000)
    assert dialog.entries[0].state in ("queued", "sending")
    assert "resume" in dialog.progress.status.text()
    box = OutboxDialog(monitor)
    qtbot.addWidget(box)
    assert box.resume_button.isEnabled()
    box.resume()
    qtbot.waitUntil(lambda: not box.progress.running, timeout=20_000)
    assert [e.state for e in outbox.entries(monitor)] == ["sent"]
    assert box.table.item(0, 3).text() == "sent"  # type: ignore[union-attr]
    assert not box.resume_button.isEnabled()


def test_the_inbox_lists_an_imported_and_a_quarantined_packet_with_its_reason(
    qtbot: QtBot, pair: tuple[Vault, Vault, Path]
) -> None:
    hq_vault, monitor, folder = pair
    good = send.send_cases(monitor, [REFERENCE], str(folder))[0].packet_id
    bad = send.send_cases(monitor, ["AZ-2026-002"], str(folder))[0].packet_id
    part = sorted((folder / "packets" / bad / "parts").iterdir())[0]
    data = bytearray(part.read_bytes())
    data[len(data) // 2] ^= 0x01
    part.write_bytes(bytes(data))
    dialog = InboxDialog(hq_vault)
    qtbot.addWidget(dialog)
    assert _unnamed(dialog) == []
    assert dialog.table.rowCount() == 0
    assert dialog.picker.current() == "mailbox"
    dialog.receive()
    qtbot.waitUntil(lambda: not dialog.progress.running, timeout=20_000)
    assert "2 packet(s) looked at, 1 quarantined" in dialog.progress.status.text()
    rows = {
        dialog.table.item(r, 1).text(): r  # type: ignore[union-attr]
        for r in range(dialog.table.rowCount())
    }
    assert set(rows) == {REFERENCE, "AZ-2026-002"}
    state = dialog.table.item(rows[REFERENCE], 2)
    assert state is not None and state.text() == "imported"
    quarantined = dialog.entries[rows["AZ-2026-002"]]
    assert quarantined.packet_id == bad and quarantined.state == "quarantined"
    reason = quarantined.reason or ""
    assert "does not match its hash" in reason
    cell = dialog.table.item(rows["AZ-2026-002"], 5)
    assert cell is not None and cell.text() == reason and cell.toolTip() == reason
    dialog.table.selectRow(rows["AZ-2026-002"])
    assert f"Reason: {reason}" in dialog.detail.text() and bad in dialog.detail.text()
    assert good in {e.packet_id for e in dialog.entries}


def test_a_fork_shows_both_versions_side_by_side_and_resolves(
    qtbot: QtBot, pair: tuple[Vault, Vault, Path]
) -> None:
    hq_vault, monitor, folder = pair
    send.send_cases(monitor, [REFERENCE], str(folder))
    receive(hq_vault, "mailbox")
    _edit(hq_vault, HQ_TITLE)
    _edit(monitor, MONITOR_TITLE)
    send.send_cases(monitor, [REFERENCE], str(folder))
    receive(hq_vault, "mailbox")
    (fork,) = forks.open_forks(hq_vault)
    dialog = InboxDialog(hq_vault)
    qtbot.addWidget(dialog)
    dialog.show()
    panel = dialog.fork_panel
    assert dialog.tabs.tabText(1) == "Forks (1)"
    left, right = (pane.toPlainText() for pane in panel.panes)
    assert HQ_TITLE in left and MONITOR_TITLE not in left
    assert MONITOR_TITLE in right and HQ_TITLE not in right
    assert panel.pane_labels[0].text().startswith("Headquarters' version")
    assert str(fork.monitor_version) in panel.pane_labels[1].text()
    # What differs is listed: the title's line, each side marked.
    differences = panel.diff.toPlainText().splitlines()
    assert f"-{REFERENCE}  {HQ_TITLE}" in differences
    assert f"+{REFERENCE}  {MONITOR_TITLE}" in differences
    assert f'+title = "{MONITOR_TITLE}"' in differences
    assert "What differs" in panel.diff_label.text()
    # The two panes scroll together.
    panel.resize(600, 300)
    bar = panel.panes[0].verticalScrollBar()
    assert bar.maximum() > 2
    bar.setValue(bar.maximum() // 2)
    assert panel.panes[1].verticalScrollBar().value() == bar.value() > 0
    # Asked first; No changes nothing.
    asked: list[str] = []
    answer_next_question(QMessageBox.StandardButton.No, asked)
    panel.keep_monitor.click()
    assert asked and forks.open_forks(hq_vault) != []
    answer_next_question(QMessageBox.StandardButton.Yes, asked)
    panel.keep_monitor.click()
    assert len(asked) == 2 and REFERENCE in asked[1]
    assert forks.open_forks(hq_vault) == []
    assert hq_vault.get_case(REFERENCE)["title"] == MONITOR_TITLE
    assert panel.list.count() == 0 and dialog.tabs.tabText(1) == "Forks (0)"


def test_purge_needs_the_reference_typed_then_the_case_leaves_the_list(
    qtbot: QtBot, pair: tuple[Vault, Vault, Path]
) -> None:
    hq_vault, monitor, folder = pair
    destinations.add(monitor, "usb", folder=folder)
    send.send_cases(monitor, [REFERENCE], "usb")
    early = PurgeDialog(monitor, REFERENCE)
    qtbot.addWidget(early)
    early.confirm.setText(REFERENCE)
    assert not early.purge_button.isEnabled() and "receipt" in early.covered.text()
    receive(hq_vault, "mailbox")
    assert len(receipts.fetch(monitor)) == 1
    vault_dir = monitor.path
    monitor.close()
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    window.open_case(REFERENCE)
    view = window.case_view
    assert view is not None and not view.hq_button.isHidden()
    assert view.purge_action.isEnabled()
    other = "AZ-2026-002"
    window.open_case(other)
    assert not view.purge_action.isEnabled() and "never sealed" in view.purge_action.toolTip()
    window.open_case(REFERENCE)
    seen: dict[str, object] = {}

    def drive() -> None:
        dialog = window.exchange_dialog
        assert isinstance(dialog, PurgeDialog)
        seen["unnamed"] = _unnamed(dialog)
        seen["covered"] = dialog.covered.text()
        dialog.confirm.setText(REFERENCE.lower())
        seen["wrong"] = dialog.purge_button.isEnabled()
        dialog.confirm.setText(REFERENCE)
        seen["typed"] = dialog.purge_button.isEnabled()
        dialog.purged.connect(lambda _ref: QTimer.singleShot(0, dialog.accept))
        dialog.purge_button.click()

    QTimer.singleShot(0, drive)
    view.purge_action.trigger()
    assert seen["unnamed"] == [] and seen["wrong"] is False and seen["typed"] is True
    assert "covers version 1" in str(seen["covered"])
    assert window.vault is not None and REFERENCE not in {
        c.reference for c in window.vault.list_cases()
    }
    assert window.case_list is not None
    model = window.case_list.model
    listed = [model.reference(r) for r in range(model.rowCount())]
    assert REFERENCE not in listed and other in listed
    assert view.case is None
    window.close()


def _clashes(screen: QWidget) -> dict[str, int]:
    """Alt+letter keys that reach more than one button or labelled field of a screen."""
    found: Counter[str] = Counter()
    for widget in screen.findChildren(QWidget):
        if widget.isHidden():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found.update(m.lower() for m in re.findall(r"&(\w)", widget.text()))
    return {key: n for key, n in found.items() if n > 1}


def test_the_screens_follow_the_language_live(
    qtbot: QtBot, pair: tuple[Vault, Vault, Path]
) -> None:
    hq_vault, monitor, _ = pair
    sending = SendDialog(monitor, [REFERENCE])
    screens: list[QDialog] = [
        sending,
        OutboxDialog(monitor),
        InboxDialog(hq_vault),
        CardDialog(monitor),
        PurgeDialog(monitor, REFERENCE),
    ]
    for screen in screens:
        qtbot.addWidget(screen)
    sending.progress.bar.show()  # as while sending: Stop beside Send and Close
    sending.progress.stop_button.show()
    assert [_clashes(s) for s in screens] == [{}] * len(screens)
    english = [s.windowTitle() for s in screens]
    i18n.install("ru")
    qtbot.waitUntil(  # the change has arrived at every screen
        lambda: all(s.windowTitle() != e for s, e in zip(screens, english, strict=True))
    )
    assert [s.windowTitle() for s in screens] == [
        "Отправка в центральный офис",
        "Исходящие",
        "Входящие центрального офиса",
        "Карточка организации",
        f"Удалить {REFERENCE} с этого ноутбука",
    ]
    assert [_clashes(s) for s in screens] == [{}] * len(screens)
    i18n.install("az")
    qtbot.waitUntil(lambda: screens[1].windowTitle() == "Gedən qutu")
    assert [_clashes(s) for s in screens] == [{}] * len(screens)
    i18n.install("en")
    qtbot.waitUntil(lambda: [s.windowTitle() for s in screens] == english)


def test_locking_closes_an_open_exchange_window(
    qtbot: QtBot, pair: tuple[Vault, Vault, Path]
) -> None:
    _, monitor, _ = pair
    vault_dir = monitor.path
    monitor.close()
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    unlock(qtbot, window)
    assert window.exchange_actions["outbox"].isVisible()
    assert not window.exchange_actions["inbox"].isVisible()  # a monitor's laptop
    seen: list[bool] = []

    def lock_meanwhile() -> None:
        seen.append(isinstance(window.exchange_dialog, OutboxDialog))
        window.lock()

    def unstick() -> None:  # only if lock failed to close it: the test fails, not hangs
        if window.exchange_dialog is not None:
            window.exchange_dialog.done(0)

    QTimer.singleShot(0, lock_meanwhile)
    QTimer.singleShot(15_000, unstick)
    window.exchange_actions["outbox"].trigger()
    assert seen == [True]
    assert window.vault is None and window.exchange_dialog is None
    assert not window.exchange_actions["outbox"].isEnabled()
    window.close()


def test_a_quarantined_packet_is_examined_again_after_a_confirmation(
    qtbot: QtBot, pair: tuple[Vault, Vault, Path]
) -> None:
    hq_vault, monitor, folder = pair
    packet = send.send_cases(monitor, [REFERENCE], str(folder))[0].packet_id
    part = sorted((folder / "packets" / packet / "parts").iterdir())[0]
    sent = part.read_bytes()
    damaged = bytearray(sent)
    damaged[len(damaged) // 2] ^= 0x01
    part.write_bytes(bytes(damaged))
    dialog = InboxDialog(hq_vault)
    qtbot.addWidget(dialog)
    dialog.receive()
    qtbot.waitUntil(lambda: not dialog.progress.running, timeout=20_000)
    assert [e.state for e in dialog.entries] == ["quarantined"]
    assert not dialog.retry_button.isEnabled()  # nothing selected
    part.write_bytes(sent)  # the monitor uploaded it again
    dialog.table.selectRow(0)
    assert dialog.retry_button.isEnabled() and dialog.retry_button.text() == "Re&try…"
    asked: list[str] = []
    answer_next_question(QMessageBox.StandardButton.No, asked)
    dialog.retry_button.click()
    assert asked and packet in asked[0] and not dialog.progress.running
    assert [e.state for e in dialog.entries] == ["quarantined"]
    answer_next_question(QMessageBox.StandardButton.Yes, asked)
    dialog.retry_button.click()
    qtbot.waitUntil(lambda: not dialog.progress.running, timeout=20_000)
    assert [e.state for e in dialog.entries] == ["imported"]
    assert "examined again: imported" in dialog.progress.status.text()
    assert hq_vault.get_case(REFERENCE)["id"] == monitor.get_case(REFERENCE)["id"]
    dialog.table.selectRow(0)
    assert not dialog.retry_button.isEnabled()  # imported: nothing to retry
