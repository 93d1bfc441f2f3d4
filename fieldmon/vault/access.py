"""Getting into a vault: creating one, opening it with a passphrase, changing the passphrase,
and the failed-unlock policy (fieldmon.vault.attempts) applied on every try.

The key header (fieldmon.crypto.keyheader) holds the master keys in slots, each wrapped under a
key Argon2id derives from a passphrase (RFC 9106) or HKDF from a recovery secret. The slot a
passphrase opens says what it opens: the real vault, the decoy, or the decoy after silently
wiping the real vault (fieldmon.vault.decoy), and in which compartment it lives. Vaults with
an older header are upgraded when the real passphrase opens them (fieldmon.vault.legacy).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypedDict

from fieldmon.crypto import keyheader, keys
from fieldmon.crypto.passphrase import passphrase_problem
from fieldmon.errors import (
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from fieldmon.logs import log
from fieldmon.vault import attempts, keyslots, legacy, migrations, notices
from fieldmon.vault.database import (
    hold_lock,
    open_database,
    transaction,
    writes_refused_plainly,
)
from fieldmon.vault.decoy import make_compartment, share_record, wipe_other_silently
from fieldmon.vault.layout import (
    KEY_FILE,
    LEGACY_DB,
    check_location,
    db_name,
    make_private_dir,
    read_small_file,
    refusal,
)
from fieldmon.vault.notices import Notice
from fieldmon.vault.wipe import STAGED_HEADERS, destroy_file, wipe

__all__ = ["CreateOptions", "Opened", "change_passphrase", "create", "open_vault"]


@dataclass(frozen=True)
class Opened:
    """A database opened by a passphrase: the connection, the held lock file's descriptor,
    whether it is the decoy, which compartment it is (fieldmon.vault.layout), and notes for
    the monitor (failed unlocks since the last one, a count reset by hand, an upgrade)."""

    conn: Any
    lock_fd: int
    decoy: bool
    compartment: int
    notices: list[Notice] = field(default_factory=list)


class CreateOptions(TypedDict, total=False):
    """The optional arguments of ``create`` (see there)."""

    kdf: keys.KdfParams
    schema_version: int
    name: str | None
    organisation: str | None
    demo: bool


def create(
    path: Path,
    passphrase: str,
    *,
    kdf: keys.KdfParams = keys.DEFAULT_KDF,
    schema_version: int = migrations.LATEST,
    name: str | None = None,
    organisation: str | None = None,
    demo: bool = False,
) -> Opened:
    """Create a vault in an empty or new folder: two compartments made alike in a random order
    (the real vault and an empty decoy, each with its own database and signing identity), and
    the key header with the real master key in a slot under ``passphrase``.

    :param kdf: the Argon2id parameters (tests use cheap ones).
    :param schema_version: the migration to stop at (tests build older vaults).
    :param name: the monitor's name for the signing certificate; :param organisation: theirs.
    :param demo: a demo vault (``fieldmon demo``), which alone may use the passphrase that
        FieldMon's documentation publishes (fieldmon.crypto.passphrase.DEMO_PASSPHRASE).
    :return: the open real vault; on any failure the folder is left empty.
    :raises WeakPassphrase: the passphrase is refused (fieldmon.crypto.passphrase).
    :raises VaultExists: the folder holds a vault or other files, or is a file.
    :raises VaultBusy: another process holds the folder's lock.
    :raises VaultNotWritable: the folder cannot be written (read-only media, permissions).
    :raises VaultFull: the disk has less than ``layout.MIN_FREE_BYTES`` free.
    """
    problem = passphrase_problem(passphrase, demo=demo)
    if problem:
        lead = "cannot be used" if problem.kind == "published" else "is too weak"
        raise WeakPassphrase(f"This passphrase {lead}: {problem}")
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise VaultExists(f"{path} is a file, not a folder; choose an empty or new folder.")
    if (path / KEY_FILE).exists() or (path / LEGACY_DB).exists():
        raise VaultExists(f"A vault already exists in {path}.")
    if path.exists() and any(path.iterdir()):
        raise VaultExists(f"{path} is not empty; choose an empty or new folder for a vault.")
    try:
        make_private_dir(path)
    except OSError as error:
        raise refusal(path, path, error) or error from None
    check_location(path)
    lock_fd = hold_lock(path)
    real = secrets.choice((1, 2))
    real_master, decoy_master = keys.new_vault_key(), keys.new_vault_key()
    real_record, decoy_record = keyslots.new_compartments(real, decoy_master)
    conn = None
    # Both compartments are made the same way, in a random order, and closed, so that file
    # creation times and inode numbers do not say which is the real one.
    compartments = [
        (real, real_master, real_record, schema_version),
        (3 - real, decoy_master, decoy_record, migrations.LATEST),
    ]
    if secrets.randbelow(2):
        compartments.reverse()
    try:
        for number, master, record, version in compartments:
            make_compartment(path, number, master, record, name, organisation, 0, version)
        raw, _ = keyslots.first_header(passphrase, kdf, real_master, real, real_record)
        keyslots.write_new_header(path / KEY_FILE, raw)
        conn = open_database(
            path / db_name(real), keyheader.database_key(real_master), create=False
        )
    except BaseException:
        if conn is not None:
            conn.close()
        os.close(lock_fd)
        for leftover in sorted(path.rglob("*"), reverse=True):
            leftover.rmdir() if leftover.is_dir() else leftover.unlink()
        raise
    return Opened(conn, lock_fd, decoy=False, compartment=real)


def open_vault(path: Path, passphrase: str) -> Opened:
    """Open the vault in ``path`` with a passphrase: real, decoy, or decoy after a silent
    wipe, as the key slot it opens says. Waits first as the failed-unlock policy requires;
    a wrong passphrase counts as a failure, and may wipe the vault if the monitor chose so.
    A damaged header never counts. Older vaults are migrated; a vault with a header older
    than version 3 is upgraded when its real passphrase opens it (fieldmon.vault.legacy).

    :return: the open database, with notes for the monitor.
    :raises VaultNotFound: no vault in ``path``, or ``path`` is not a folder.
    :raises VaultDamaged: the key header or database is missing or cannot be read, a file of
        the vault is of the wrong kind (see ``layout.check_location``), or the header names
        Argon2 parameters FieldMon never writes; never counted as a failed unlock.
    :raises VaultNotWritable: the vault cannot be written (read-only media, permissions); no
        passphrase is tried then.
    :raises VaultFull: the disk has less than ``layout.MIN_FREE_BYTES`` free.
    :raises WrongPassphrase: no slot opens with this passphrase.
    :raises VaultBusy: another process has the vault open.
    """
    path = Path(path)
    key_path = path / KEY_FILE
    # Before any passphrase is tried: a vault that cannot be written could not count this try.
    check_location(path)
    try:
        raw = legacy.restore_torn_header(path, read_small_file(path, KEY_FILE))
    except FileNotFoundError:
        if any((path / n).exists() for n in (LEGACY_DB, db_name(1), db_name(2))):
            raise VaultDamaged(
                f"The key header {key_path} is missing; without it the database cannot be"
                " decrypted."
            ) from None
        raise VaultNotFound(f"No vault at {path}. Create one with 'fieldmon init'.") from None
    if not keyheader.is_v3(raw):
        legacy_opened = legacy.open_legacy(path, raw, passphrase, _count_failure)
        return Opened(**legacy_opened)
    keyheader.parse(raw, key_path)  # damage is named before anything is counted
    attempts.wait_before_attempt(path)
    try:
        unlocked = keyheader.unlock(raw, passphrase, key_path)
    except WrongPassphrase:
        log.warning("unlock failed: wrong passphrase")
        if _count_failure(path):
            _wipe_quietly(path)
        raise
    _count_success(path)
    lock_fd = hold_lock(path)
    try:
        if unlocked.role == keyheader.ROLE_DECOY_WIPE:
            wipe_other_silently(path, unlocked)
        compartment = unlocked.compartment
        if compartment not in (1, 2):
            raise VaultDamaged(f"The key header {key_path} names no compartment of this vault.")
        conn = open_database(
            path / db_name(compartment), keyheader.database_key(unlocked.master), create=False
        )
    except BaseException:
        os.close(lock_fd)
        raise
    try:
        with writes_refused_plainly(path):
            migrations.migrate(conn)
            with transaction(conn):
                real = unlocked.role == keyheader.ROLE_REAL
                notes = attempts.reconcile(path, conn)
                _finish_passphrase_change(key_path, conn, unlocked.slot)
            share_record(path, conn, compartment)
        notes += _clear_damaged_slots(key_path)
        notes += legacy.finish_upgrade(path, compartment if real else 3 - compartment)
        for name in STAGED_HEADERS:
            if (path / name).exists():
                destroy_file(path / name)
    except BaseException:
        conn.close()
        os.close(lock_fd)
        raise
    log.info("vault opened (schema %d)", migrations.current_version(conn))
    decoy = unlocked.role != keyheader.ROLE_REAL
    return Opened(conn, lock_fd, decoy, compartment, notes)


def _clear_damaged_slots(key_path: Path) -> list[Notice]:
    """Slots whose checksum fails can open nothing; left as they are, every wrong passphrase
    would be named as damage and never counted. They are rewritten as unused slots."""
    with keyheader.locked(key_path) as (fd, raw):
        damaged = keyheader.damaged_slots(keyheader.parse(raw, key_path))
        keyheader.forget_slots(fd, damaged)
    return [notices.slots_cleared(len(damaged))] if damaged else []


def _wipe_quietly(path: Path) -> None:
    """The wipe after too many failures; another process may have wiped it a moment ago."""
    with contextlib.suppress(VaultNotFound, FileNotFoundError):
        wipe(path)


def _count_failure(path: Path) -> bool:
    try:
        return attempts.record_failure(path)
    except FileNotFoundError:
        return False  # wiped meanwhile, by another process's failure: nothing left to count
    except OSError as error:
        raise refusal(path, path / KEY_FILE, error) or error from None


def _count_success(path: Path) -> None:
    try:
        attempts.record_success(path)
    except OSError as error:
        raise refusal(path, path / KEY_FILE, error) or error from None


_PENDING = "pending_passphrase_change"


def _finish_passphrase_change(key_path: Path, conn: Any, opened_slot: int) -> None:
    """A passphrase change killed between its two writes leaves both slots opening: keep the
    one just used, forget the other."""
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (_PENDING,)).fetchone()
    if row is None:
        return
    pending = json.loads(str(row[0]))
    old, new = int(pending["old"]), int(pending["new"])
    if opened_slot in (old, new):
        with keyheader.locked(key_path) as (fd, _):
            keyheader.forget_slots(fd, [new if opened_slot == old else old])
    conn.execute("DELETE FROM vault_meta WHERE key = ?", (_PENDING,))


def change_passphrase(path: Path, conn: Any, old: str, new: str) -> None:
    """Rewrap the master key of the slot ``old`` opens under a new passphrase, in place: the
    new slot is written into the other sector of its pair and synced before the old one is
    overwritten, so a kill at any moment leaves the old or the new passphrase opening the
    vault (and the next unlock forgets whichever was not used). The database is not
    re-encrypted.

    :param path: the vault folder; :param conn: the open database of the slot's compartment.
    :raises WeakPassphrase: the new passphrase is refused.
    :raises WrongPassphrase: ``old`` opens no slot.
    :raises PassphraseInUse: ``new`` already opens a slot of this vault (the current
        passphrase, or another one).
    :raises VaultNotWritable: the key header cannot be written; :raises VaultFull: no room.
    """
    problem = passphrase_problem(new)
    if problem:
        raise WeakPassphrase(f"The new passphrase is too weak: {problem}")
    key_path = path / KEY_FILE
    raw = read_small_file(path, KEY_FILE)
    if not keyheader.is_v3(raw):
        legacy.change_passphrase(path, raw, old, new)
        return
    unlocked = keyheader.unlock(raw, old, key_path)
    parsed = keyheader.parse(raw, key_path)
    new_key = keyheader.derive_passphrase_key(new, parsed)
    # Against this compartment's own slots only, in the real vault and the decoy alike: a
    # passphrase set in the decoy that is also the real one still opens the real vault
    # (keyheader.open_all puts it first), and the answer never says that it exists.
    keyslots.refuse_in_use(parsed, new_key, keyslots.compartment_of(conn))
    live = unlocked.slot
    target = live ^ 1
    try:
        with transaction(conn):
            conn.execute(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (_PENDING, json.dumps({"old": live, "new": target})),
            )
        keyslots.replace_in_pair(key_path, keyheader.pair_of(live), new_key, unlocked, live=live)
        with transaction(conn):
            conn.execute("DELETE FROM vault_meta WHERE key = ?", (_PENDING,))
    except OSError as error:
        raise refusal(path, key_path, error) or error from None
