"""Vaults made before key header version 3, and their upgrade.

Those vaults kept a JSON key header (fieldmon.crypto.keys) written beside itself and renamed
over itself on every change, so older copies could survive in a disk's free space; their
recovery shares held the raw database key; the decoy lived in ``decoy.db``. They still open,
and the real passphrase upgrades them once (:func:`upgrade`):

1. the database is re-encrypted under a key derived from a new master key, into a compartment
   chosen at random (an explicit exception to "a passphrase change never re-encrypts": shares
   printed before hold the old key, and an old header may survive on the disk);
2. a new decoy compartment is made (a duress passphrase set before cannot be carried over:
   nobody holds it here);
3. a version 3 header is written to ``vault.key.v3`` and synced, then copied over
   ``vault.key`` in place, so the old header's bytes are overwritten rather than left behind;
4. the old files are overwritten and deleted; ``blobs/`` becomes the compartment's folder.

A kill at any step leaves a vault that opens: before step 3 the old header is whole and the
staged files are discarded at the next try; a torn ``vault.key`` is restored from
``vault.key.v3`` (:func:`restore_torn_header`); after step 3 :func:`finish_upgrade` completes
step 4 at the next open.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldmon.crypto import keyheader, keys
from fieldmon.errors import VaultDamaged, WrongPassphrase
from fieldmon.logs import log
from fieldmon.vault import attempts, identities, keyslots, migrations, notices
from fieldmon.vault.attempts import ATTEMPTS_FILE
from fieldmon.vault.database import (
    fresh_database,
    hold_lock,
    open_database,
    transaction,
    writes_refused_plainly,
)
from fieldmon.vault.decoy import make_compartment
from fieldmon.vault.layout import (
    KEY_FILE,
    LEGACY_BLOB_DIR,
    LEGACY_DB,
    LEGACY_DECOY_BLOB_DIR,
    LEGACY_DECOY_DB,
    blob_dir_name,
    db_name,
    make_private_dir,
    sync_folder,
)
from fieldmon.vault.notices import Notice
from fieldmon.vault.wipe import HEAD_BYTES, destroy_file, wipe

__all__ = [
    "LEGACY_DECOY",
    "STAGED",
    "UPGRADE_NOTICE",
    "change_passphrase",
    "finish_upgrade",
    "legacy_params",
    "open_legacy",
    "recover",
    "restore_torn_header",
    "upgrade",
]

STAGED = KEY_FILE + ".v3"
"""The new header, written and synced before it is copied over the old one."""
LEGACY_DECOY = 0
"""The compartment number given to the decoy of a vault not yet upgraded (``decoy.db``)."""
UPGRADE_NOTICE = notices.upgraded()
"""What the monitor is told once the upgrade is done."""


def legacy_params(raw: bytes, path: Path) -> keys.KdfParams:
    """The Argon2id parameters of an old header, if they are a set FieldMon writes.

    :raises VaultDamaged: the header cannot be parsed, or names parameters FieldMon never
        wrote (an edited header: refused as damage, never counted as a failed unlock).
    """
    params = keys.parse_header(raw, path).params
    if params not in keyheader.KDF_SETS.values():
        raise VaultDamaged(
            f"The key header {path} is damaged (key derivation parameters FieldMon never"
            " writes); the vault cannot be opened."
        )
    return params


def _open_any_form(raw: bytes, passphrase: str, path: Path) -> keys.Opened:
    """Old headers derived from the passphrase as typed: try it, then its NFC and NFD forms
    (UAX #15), so a passphrase typed in the other form still opens the vault."""
    forms = dict.fromkeys(
        [passphrase, *(unicodedata.normalize(f, passphrase) for f in ("NFC", "NFD"))]
    )
    for form in forms:
        try:
            return keys.open_header(raw, form, path)
        except WrongPassphrase:
            continue
    raise WrongPassphrase()


def open_legacy(
    path: Path, raw: bytes, passphrase: str, count_failure: Callable[[Path], bool]
) -> dict[str, Any]:
    """Open a vault with an old header: the decoy as it was, the real vault upgraded.

    :param count_failure: counts a failed unlock; True when the vault must be wiped.
    :return: the fields of ``access.Opened``.
    :raises VaultDamaged: the header is damaged (never counted).
    :raises WrongPassphrase: no slot opens.
    """
    key_path = path / KEY_FILE
    legacy_params(raw, key_path)
    attempts.wait_before_attempt(path)
    try:
        opened = _open_any_form(raw, passphrase, key_path)
    except WrongPassphrase:
        log.warning("unlock failed: wrong passphrase")
        if count_failure(path):
            with contextlib.suppress(FileNotFoundError):
                wipe(path)
        raise
    attempts.record_success(path)
    lock_fd = hold_lock(path)
    try:
        if opened.role == keys.ROLE_DECOY_WIPE:
            _wipe_real_silently(path, raw, opened.slot, key_path)
        if opened.role != keys.ROLE_REAL:
            conn = open_database(path / LEGACY_DECOY_DB, opened.key, create=False)
            with writes_refused_plainly(path):
                migrations.migrate(conn)
            return {
                "conn": conn,
                "lock_fd": lock_fd,
                "decoy": True,
                "compartment": LEGACY_DECOY,
                "notices": [],
            }
        with writes_refused_plainly(path):
            conn, compartment = upgrade(path, raw, opened.key, passphrase)
    except BaseException:
        os.close(lock_fd)
        raise
    return {
        "conn": conn,
        "lock_fd": lock_fd,
        "decoy": False,
        "compartment": compartment,
        "notices": [UPGRADE_NOTICE],
    }


def _wipe_real_silently(path: Path, raw: bytes, duress_slot: int, key_path: Path) -> None:
    header = keys.parse_header(raw, key_path)
    for index in range(len(header.slots)):
        if index != duress_slot:
            raw = keys.forget_slot(raw, index, key_path)
    # In place (the old format renamed a new file over it, leaving the old bytes behind).
    _overwrite_header(key_path, raw)
    for name in _journals(LEGACY_DB):
        if (path / name).exists():
            destroy_file(path / name)
    blobs = path / LEGACY_BLOB_DIR
    if blobs.is_dir():
        for blob in blobs.iterdir():
            destroy_file(blob, HEAD_BYTES)
        blobs.rmdir()
    fresh_database(path / LEGACY_DB, keys.new_vault_key(), migrations.LATEST, None, None).close()
    make_private_dir(path / LEGACY_BLOB_DIR)


def _discard_staged(path: Path) -> None:
    """Files of an upgrade that did not reach its commit (the old header is still whole)."""
    for name in (STAGED, *(f for n in (1, 2) for f in _journals(db_name(n)))):
        if (path / name).exists():
            destroy_file(path / name)
    for n in (1, 2):
        shutil.rmtree(path / blob_dir_name(n), ignore_errors=True)


def _journals(name: str) -> tuple[str, str, str]:
    return name, name + "-wal", name + "-shm"


def upgrade(path: Path, raw: bytes, old_key: bytes, passphrase: str) -> tuple[Any, int]:
    """Upgrade a vault the real passphrase opened (see the module's description).

    :param raw: the old header; :param old_key: the database key it held.
    :return: the open database of the real compartment, and its number.
    :raises VaultDamaged: the old database does not open with the key.
    :raises OSError: a file cannot be written (the old vault is then still whole).
    """
    key_path = path / KEY_FILE
    params = legacy_params(raw, key_path)
    _discard_staged(path)
    old = open_database(path / LEGACY_DB, old_key, create=False)
    try:
        migrations.migrate(old)
        me = identities.current(old)
        real = secrets.choice((1, 2))
        real_master, decoy_master = keys.new_vault_key(), keys.new_vault_key()
        real_record, decoy_record = keyslots.new_compartments(real, decoy_master)
        new_key = keyheader.database_key(real_master)
        version = migrations.current_version(old)
        old.execute(
            "ATTACH DATABASE ? AS fresh KEY ?", (str(path / db_name(real)), f"x'{new_key.hex()}'")
        )
        old.execute("SELECT sqlcipher_export('fresh')")
        old.execute(f"PRAGMA fresh.user_version = {version:d}")
        old.execute("DETACH DATABASE fresh")
    finally:
        old.close()
    conn = open_database(path / db_name(real), new_key, create=False)
    try:
        with transaction(conn):
            keyslots.store_compartment(conn, real_record)
        policy = attempts.wipe_after(path) or 0
        make_compartment(
            path, 3 - real, decoy_master, decoy_record, me.name, me.organisation, policy
        )
        header, parsed = keyslots.first_header(passphrase, params, real_master, real, real_record)
        keyslots.write_new_header(path / STAGED, header)
        with keyheader.locked(path / STAGED) as (fd, _):
            keyheader.write_counter(fd, parsed, keyheader.Counter(0, 0, policy))
            header = os.pread(fd, keyheader.HEADER_BYTES, 0)
        _commit(key_path, header)
        with transaction(conn):
            attempts.reconcile(path, conn)
        finish_upgrade(path, real)
    except BaseException:
        conn.close()
        raise
    return conn, real


def _overwrite_header(key_path: Path, data: bytes) -> None:
    """Write ``data`` over the header file in place, cut it to that length, and sync."""
    fd = os.open(key_path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        if os.pwrite(fd, data, 0) != len(data):
            raise OSError("short write of the key header")
        os.ftruncate(fd, len(data))
        os.fsync(fd)
    finally:
        os.close(fd)


def _commit(key_path: Path, header: bytes) -> None:
    """Overwrite the old header in place with the new one (so its bytes do not stay on the
    disk), synced; then the staged copy is destroyed."""
    _overwrite_header(key_path, header)
    destroy_file(key_path.with_name(STAGED))
    sync_folder(key_path.parent)


def restore_torn_header(path: Path, raw: bytes) -> bytes:
    """The header, restored from the staged copy when an upgrade was killed while copying it
    over the old one (neither form parses then, and the staged copy does).

    :param path: the vault folder; :param raw: ``vault.key`` as read.
    :return: the header's bytes (``raw`` unless restored).
    """
    staged = path / STAGED
    if (keyheader.is_v3(raw) and len(raw) == keyheader.HEADER_BYTES) or not staged.exists():
        return raw
    try:
        keys.parse_header(raw, path / KEY_FILE)
        return raw  # the old header is whole: the upgrade had not committed
    except VaultDamaged:
        pass
    copy = staged.read_bytes()
    keyheader.parse(copy, staged)
    _commit(path / KEY_FILE, copy)
    return copy


def finish_upgrade(path: Path, real: int) -> list[Notice]:
    """Complete step 4 of an upgrade killed after its commit: the old blob folder becomes the
    real compartment's, the old files are overwritten and deleted. Nothing to do otherwise.

    :param path: the vault folder; :param real: the real compartment's number.
    :return: notes for the monitor (none when there was nothing to finish).
    """
    done = False
    if (path / LEGACY_BLOB_DIR).is_dir():
        target = path / blob_dir_name(real)
        if target.is_dir() and not any(target.iterdir()):
            target.rmdir()
        if not target.exists():
            os.rename(path / LEGACY_BLOB_DIR, target)
            done = True
    for name in (*_journals(LEGACY_DB), *_journals(LEGACY_DECOY_DB), ATTEMPTS_FILE):
        if (path / name).exists():
            destroy_file(path / name)
            done = True
    decoy_blobs = path / LEGACY_DECOY_BLOB_DIR
    if decoy_blobs.is_dir():
        for blob in decoy_blobs.iterdir():
            destroy_file(blob, HEAD_BYTES)
        decoy_blobs.rmdir()
        done = True
    if done:  # only when there was something to finish: an unlock touches nothing else
        make_private_dir(path / blob_dir_name(real))
        sync_folder(path)
    return []


def change_passphrase(path: Path, raw: bytes, old: str, new: str) -> None:
    """A passphrase change in an old header (only the decoy of a vault not yet upgraded is
    open with one: the real passphrase upgrades it on opening).

    :raises WrongPassphrase: ``old`` opens no slot.
    """
    key_path = path / KEY_FILE
    keys.write_private_file(key_path, keys.rewrap_slot(raw, old, new, key_path))


def recover(path: Path, raw_or_none: bytes | None, secret: bytes, new: str) -> bool:
    """Recovery with shares made before version 3, which held the raw database key.

    :param raw_or_none: the old header, if any (its parameters are kept).
    :param secret: the key the shares rebuild.
    :return: False when the key does not open the old database (nothing changed).
    """
    try:
        open_database(path / LEGACY_DB, secret, create=False).close()
    except VaultDamaged:
        return False
    params = keys.DEFAULT_KDF
    if raw_or_none is not None:
        with contextlib.suppress(VaultDamaged):
            params = legacy_params(raw_or_none, path / KEY_FILE)
    keys.write_private_file(path / KEY_FILE, keys.wrap_key(secret, new, params))
    return True
