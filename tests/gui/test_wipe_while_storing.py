"""The panic wipe never waits for work in the background: an attacker review held the chord
while a 1.5 GB file was being stored, and the wipe (and the window) waited six seconds for the
store. The key header must be gone while the store is still running."""

from __future__ import annotations

import threading
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldmon.vault.store import KEY_FILE, Vault
from tests.gui.conftest import unlocked_window


def test_wipe_does_not_wait_for_a_file_being_stored(
    qtbot: QtBot, vault_dir: Path, tmp_path: Path
) -> None:
    recording = tmp_path / "interview-recording.bin"
    with recording.open("wb") as out:  # large enough to still be storing when the wipe runs
        block = bytes(range(256)) * 4096
        for _ in range(400):
            out.write(block)
    window = unlocked_window(qtbot, vault_dir)
    vault = window.vault
    assert isinstance(vault, Vault)
    failures: list[BaseException] = []
    started = threading.Event()

    def store() -> None:  # what the evidence panel's worker does
        started.set()
        try:
            vault.attach("AZ-2026-001", recording, evidence_id="x1")
        except BaseException as error:
            failures.append(error)

    worker = threading.Thread(target=store)
    worker.start()
    started.wait()
    # The store is encrypting the file into the vault (and holds the vault's lock).
    qtbot.waitUntil(lambda: any(vault.blob_dir.glob("*.partial")), timeout=20_000)
    window.wipe()
    # Checked before the store is joined: the wipe did not wait for it.
    still_storing = worker.is_alive()
    key_gone = not (vault_dir / KEY_FILE).exists()
    worker.join(timeout=120)
    assert key_gone, "the key header survived the wipe"
    assert still_storing, "the wipe waited for the store to finish"
    assert failures, "the interrupted store must fail, not complete into a wiped vault"
    assert not (vault_dir / KEY_FILE).exists()
