"""Getting into a vault: creating one, opening it with a passphrase, changing the passphrase,
and the failed-unlock policy (fieldmon.vault.attempts) applied on every try.

The key header (fieldmon.crypto.keys) holds the vault key in slots, each wrapped under a key
Argon2id derives from a passphrase (RFC 9106). The slot a passphrase opens says what it opens:
the real vault, the decoy, or the decoy after silently wiping the real vault
(fieldmon.vault.decoy).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from fieldmon.crypto import keys
from fieldmon.crypto.passphrase import passphrase_problem
from fieldmon.errors import (
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from fieldmon.logs import log
from fieldmon.vault import attempts, migrations
from fieldmon.vault.database import (
    fresh_database,
    hold_lock,
    open_database,
    writes_refused_plainly,
)
from fieldmon.vault.decoy import replace_decoy, wipe_real_silently
from fieldmon.vault.layout import (
    BLOB_DIR,
    DB_FILE,
    DECOY_DB,
    KEY_FILE,
    check_location,
    make_private_dir,
    read_small_file,
    refusal,
)
from fieldmon.vault.wipe import wipe

__all__ = ["CreateOptions", "Opened", "change_passphrase", "create", "open_vault"]


@dataclass(frozen=True)
class Opened:
    """A database opened by a passphrase: the connection, the held lock file's descriptor,
    and whether it is the decoy."""

    conn: Any
    lock_fd: int
    decoy: bool


class CreateOptions(TypedDict, total=False):
    """The optional arguments of ``create`` (see there)."""

    kdf: keys.KdfParams
    schema_version: int
    name: str | None
    organisation: str | None


def create(
    path: Path,
    passphrase: str,
    *,
    kdf: keys.KdfParams = keys.DEFAULT_KDF,
    schema_version: int = migrations.LATEST,
    name: str | None = None,
    organisation: str | None = None,
) -> Opened:
    """Create a vault in an empty or new folder: a fresh database and signing identity, an
    empty decoy, and the key header with the vault key wrapped under ``passphrase``.

    :param kdf: the Argon2id parameters (tests use cheap ones).
    :param schema_version: the migration to stop at (tests build older vaults).
    :param name: the monitor's name for the signing certificate; :param organisation: theirs.
    :return: the open real vault; on any failure the folder is left empty.
    :raises WeakPassphrase: the passphrase is refused (fieldmon.crypto.passphrase).
    :raises VaultExists: the folder holds a vault or other files, or is a file.
    :raises VaultBusy: another process holds the folder's lock.
    :raises VaultNotWritable: the folder cannot be written (read-only media, permissions).
    :raises VaultFull: the disk has less than ``layout.MIN_FREE_BYTES`` free.
    """
    problem = passphrase_problem(passphrase)
    if problem:
        raise WeakPassphrase(f"This passphrase is too weak: {problem}")
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise VaultExists(f"{path} is a file, not a folder; choose an empty or new folder.")
    if (path / KEY_FILE).exists() or (path / DB_FILE).exists():
        raise VaultExists(f"A vault already exists in {path}.")
    if path.exists() and any(path.iterdir()):
        raise VaultExists(f"{path} is not empty; choose an empty or new folder for a vault.")
    try:
        make_private_dir(path)
    except OSError as error:
        raise refusal(path, path, error) or error from None
    check_location(path)
    lock_fd = hold_lock(path)
    vault_key = keys.new_vault_key()
    conn = None
    try:
        conn = fresh_database(path / DB_FILE, vault_key, schema_version, name, organisation)
        make_private_dir(path / BLOB_DIR)
        replace_decoy(path, keys.new_vault_key(), name, organisation)
        keys.write_private_file(path / KEY_FILE, keys.wrap_key(vault_key, passphrase, kdf))
    except BaseException:
        if conn is not None:
            conn.close()
        os.close(lock_fd)
        for leftover in sorted(path.rglob("*"), reverse=True):
            leftover.rmdir() if leftover.is_dir() else leftover.unlink()
        raise
    return Opened(conn, lock_fd, decoy=False)


def open_vault(path: Path, passphrase: str) -> Opened:
    """Open the vault in ``path`` with a passphrase: real, decoy, or decoy after a silent
    wipe, as the key slot it opens says. Waits first as the failed-unlock policy requires;
    a wrong passphrase counts as a failure, and may wipe the vault if the monitor chose so.
    Older vaults are migrated, and older one-key headers upgraded to key slots with a decoy.

    :return: the open database.
    :raises VaultNotFound: no vault in ``path``, or ``path`` is not a folder.
    :raises VaultDamaged: the key header or database is missing or cannot be read, or a file
        of the vault is of the wrong kind (a folder, named pipe or symbolic link: see
        ``layout.check_location``).
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
        raw = read_small_file(path, KEY_FILE)
    except FileNotFoundError:
        if (path / DB_FILE).exists():
            raise VaultDamaged(
                f"The key header {key_path} is missing; without it the database cannot be"
                " decrypted."
            ) from None
        raise VaultNotFound(f"No vault at {path}. Create one with 'fieldmon init'.") from None
    attempts.wait_before_attempt(path)
    try:
        opened = keys.open_header(raw, passphrase, key_path)
    except WrongPassphrase:
        log.warning("unlock failed: wrong passphrase")
        if _count_failure(path):
            wipe(path)
        raise
    _count_success(path)
    lock_fd = hold_lock(path)
    try:
        if opened.role == keys.ROLE_DECOY_WIPE:
            wipe_real_silently(path, raw, opened.slot, key_path)
        decoy = opened.role != keys.ROLE_REAL
        conn = open_database(path / (DECOY_DB if decoy else DB_FILE), opened.key, create=False)
    except BaseException:
        os.close(lock_fd)
        raise
    try:
        with writes_refused_plainly(path):
            migrations.migrate(conn)
        if keys.parse_header(raw, key_path).version == 1:
            # Older vaults get the fixed key slots, and a decoy, once opened.
            keys.write_private_file(key_path, keys.upgrade_header(raw, passphrase, key_path))
            if not (path / DECOY_DB).exists():
                replace_decoy(path, keys.new_vault_key(), None, None)
    except BaseException:
        conn.close()
        os.close(lock_fd)
        raise
    log.info("vault opened (schema %d)", migrations.current_version(conn))
    return Opened(conn, lock_fd, decoy)


def _count_failure(path: Path) -> bool:
    try:
        return attempts.record_failure(path)
    except OSError as error:
        raise refusal(path, path / attempts.ATTEMPTS_FILE, error) or error from None


def _count_success(path: Path) -> None:
    try:
        attempts.record_success(path)
    except OSError as error:
        raise refusal(path, path / attempts.ATTEMPTS_FILE, error) or error from None


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Rewrap the vault key under a new passphrase, in the slot ``old`` opens. The database
    is not re-encrypted.

    :raises WeakPassphrase: the new passphrase is refused.
    :raises WrongPassphrase: ``old`` opens no slot.
    :raises VaultNotWritable: the key header cannot be written; :raises VaultFull: no room.
    """
    problem = passphrase_problem(new)
    if problem:
        raise WeakPassphrase(f"The new passphrase is too weak: {problem}")
    key_path = path / KEY_FILE
    raw = keys.rewrap_slot(read_small_file(path, KEY_FILE), old, new, key_path)
    try:
        keys.write_private_file(key_path, raw)
    except OSError as error:
        raise refusal(path, key_path, error) or error from None
