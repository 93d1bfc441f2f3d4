"""The window's thread and a background worker share one vault connection: a file being stored
in the background while the window views another (which writes a custody entry) must neither
fail nor mix their transactions."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import pytest

from fieldmon.vault.check import check_vault
from fieldmon.vault.store import Vault


def test_viewing_while_a_file_is_stored_in_the_background(vault: Vault, tmp_path: Path) -> None:
    big = tmp_path / "interview-recording.bin"
    big.write_bytes(os.urandom(24 * 1024 * 1024))  # long enough for the two to overlap
    first = vault.attachments("AZ-2026-001")[0]
    errors: list[BaseException] = []
    stored: list[object] = []

    def store() -> None:
        try:
            stored.extend(vault.attach("AZ-2026-001", big, evidence_id="x1"))
        except BaseException as error:  # reported below, in the test's own thread
            errors.append(error)

    worker = threading.Thread(target=store)
    worker.start()
    views = 0
    while worker.is_alive() or views == 0:
        assert vault.read_attachment("AZ-2026-001", first.item)  # logs a "view" entry
        views += 1
    worker.join()
    assert errors == []
    assert len(stored) == 1
    log = vault.custody_log("AZ-2026-001")
    assert sum(e.action == "view" for e in log) >= views
    assert any(e.action == "attach" for e in log)
    report = check_vault(vault)  # every page, blob and signature still in order
    assert report.ok, report.faults


def test_searching_while_a_file_is_encrypted_does_not_wait(vault: Vault, tmp_path: Path) -> None:
    """An attacker review searched while a 1.5 GB file was being stored: the window froze until
    the store ended, because the store held the vault's lock while it encrypted. Encryption
    touches no database and now runs outside the lock."""
    big = tmp_path / "interview-recording.bin"
    with big.open("wb") as out:
        block = bytes(range(256)) * 4096
        for _ in range(400):
            out.write(block)
    errors: list[BaseException] = []

    def store() -> None:
        try:
            vault.attach("AZ-2026-001", big, evidence_id="x1")
        except BaseException as error:
            errors.append(error)

    worker = threading.Thread(target=store)
    worker.start()
    blobs = vault.blob_dir
    while not any(blobs.glob("*.partial")):  # the store is encrypting
        assert worker.is_alive(), errors
    hits = vault.search("aliyev")
    still_encrypting = any(blobs.glob("*.partial"))
    worker.join()
    assert hits and errors == []
    assert still_encrypting, "the search waited for the store to finish encrypting"
    report = check_vault(vault)
    assert report.ok, report.faults


def test_work_left_after_a_lock_fails_as_a_message_not_a_traceback(
    empty_vault_factory: Any,
) -> None:
    """A background job (an export, a preview) that runs after the window locked meets a closed
    vault: a FieldMonError the worker shows as one line, never a stack trace on stderr."""
    from fieldmon.errors import FieldMonError, VaultClosed

    vault = empty_vault_factory()
    vault.close()
    with pytest.raises(VaultClosed) as raised:
        _ = vault.conn
    assert isinstance(raised.value, FieldMonError) and isinstance(raised.value, RuntimeError)
    assert str(raised.value) == "The vault was locked before this finished; nothing more was done."
    with pytest.raises(VaultClosed):
        vault.list_cases()
