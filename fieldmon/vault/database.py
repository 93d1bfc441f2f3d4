"""The SQLCipher database of a vault: opening and creating it, transactions, the vault lock.

The database is SQLCipher 4 keyed with the raw 256-bit vault key (``PRAGMA key = "x'…'"``, see
SQLCipher's API documentation), so no key derivation runs here: the passphrase was already
stretched by Argon2id when the key header was opened (fieldmon.crypto.keys).
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3

from fieldmon import __version__
from fieldmon.errors import VaultBusy, VaultDamaged, VaultFull, VaultNotWritable
from fieldmon.vault import identities, migrations
from fieldmon.vault.layout import LOCK_FILE, NO_READ_ONLY_MODE, refusal
from fieldmon.vault.migrations import snapshot

__all__ = [
    "configure_connection",
    "fresh_database",
    "hold_lock",
    "open_database",
    "remove_database",
    "transaction",
    "writes_refused_plainly",
]

# SQLite's own words for SQLITE_FULL and SQLITE_READONLY (sqlite3_errstr(), "Result and Error
# Codes" of the SQLite documentation); sqlcipher3's exceptions carry no error code.
_DISK_FULL = "database or disk is full"
_READ_ONLY = "attempt to write a readonly database"


def configure_connection(conn: Any) -> None:
    """Apply the settings every vault connection gets once keyed (benchmarks reuse them on
    plain SQLite): temporary storage in memory, foreign keys, secure delete, full sync, a
    32 MiB page cache and the WAL journal.

    :param conn: an open ``sqlcipher3`` (or ``sqlite3``) connection, already keyed.
    :raises sqlcipher3.DatabaseError: the first read fails, which is how SQLCipher reports a
        key that does not fit the file.
    """
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -32768")
    # The first read fails here when the key does not fit the file.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA journal_mode = WAL").fetchone()


def open_database(db_path: Path, key: bytes, *, create: bool) -> Any:
    """Open (or create) a SQLCipher database keyed with the raw vault key.

    :param db_path: the database file.
    :param key: the 32-byte vault key.
    :param create: create the file (mode 0600 from its first byte); it must not exist yet.
    :return: a connection in autocommit mode (``isolation_level=None``), usable from any
        thread one at a time (the caller serialises, see fieldmon.vault.session).
    :raises VaultDamaged: the file is missing, or the key does not decrypt it.
    :raises FileExistsError: ``create`` and the file already exists.
    """
    if not create and not db_path.exists():
        raise VaultDamaged(f"The database {db_path} is missing; the vault cannot be opened.")
    if create:
        # Create the file ourselves so it is 0600 from its first byte.
        os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher would otherwise report decryption faults on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        configure_connection(conn)
    except sqlcipher3.DatabaseError as error:
        conn.close()
        _raise_if_not_writable(db_path.parent, error)
        raise VaultDamaged(
            f"The database {db_path} cannot be decrypted with this vault's key: it is damaged"
            " or belongs to another vault."
        ) from None
    return conn


def fresh_database(
    db_path: Path, key: bytes, schema_version: int, name: str | None, organisation: str | None
) -> Any:
    """Create a new database at ``db_path``, migrate it and give it a signing identity.

    :param key: the 32-byte vault key.
    :param schema_version: the migration to stop at (tests build older vaults; normally
        ``migrations.LATEST``).
    :param name: the monitor's name for the signing certificate, or None for the default.
    :param organisation: the monitor's organisation, or None.
    :return: the open connection; the caller closes it.
    :raises FileExistsError: the file already exists.
    """
    conn = open_database(db_path, key, create=True)
    try:
        if schema_version == migrations.LATEST:
            snapshot.create_latest(conn)
        else:
            migrations.migrate(conn, target=schema_version)
        with transaction(conn):
            conn.executemany(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                [("vault_id", str(uuid.uuid4())), ("created_by", f"FieldMon {__version__}")],
            )
            if schema_version >= 4:
                identities.set_up(conn, name, organisation)
            elif schema_version >= 3:
                conn.execute(
                    "UPDATE signing_keys SET display_name = ?, organisation = ?"
                    " WHERE purpose = 'monitor'",
                    (name, organisation),
                )
    except BaseException:
        conn.close()
        raise
    return conn


def remove_database(path: Path, db_name: str, blob_dir: str) -> None:
    """Delete a database with its journal files (``-wal``, ``-shm``) and its blob folder.

    :param path: the vault folder.
    :param db_name: the database's file name in it.
    :param blob_dir: the name of the folder of its blobs.
    """
    for leftover in (db_name, db_name + "-wal", db_name + "-shm"):
        (path / leftover).unlink(missing_ok=True)
    shutil.rmtree(path / blob_dir, ignore_errors=True)


@contextmanager
def transaction(conn: Any) -> Iterator[None]:
    """A write transaction (``BEGIN IMMEDIATE``): committed when the block ends, rolled back
    if it raises. Not thread-safe by itself; see ``Session.transaction``.

    :param conn: a connection in autocommit mode.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        # A COMMIT that fails (a full disk) may leave the transaction open, or SQLite may
        # already have rolled it back ("Response To Errors Within A Transaction", SQLite docs).
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _raise_if_not_writable(vault: Path, error: Exception) -> None:
    message = str(error)
    if message.startswith(_DISK_FULL):
        raise VaultFull(
            f"The disk holding the vault {vault} is full; nothing of this change was stored."
            " Free some space and try again."
        ) from None
    if message.startswith(_READ_ONLY):
        raise VaultNotWritable(
            f"The vault's database in {vault} cannot be written. {NO_READ_ONLY_MODE}"
        ) from None


@contextmanager
def writes_refused_plainly(vault: Path) -> Iterator[None]:
    """Turn SQLite's "database or disk is full" and "attempt to write a readonly database"
    (SQLITE_FULL, SQLITE_READONLY), raised inside the block, into FieldMon's plain errors.

    :param vault: the vault folder, named in the message.
    :raises VaultFull: the disk is full (whatever the block had not committed is not kept).
    :raises VaultNotWritable: the database file cannot be written.
    """
    try:
        yield
    except sqlcipher3.OperationalError as error:
        _raise_if_not_writable(vault, error)
        raise


def hold_lock(path: Path) -> int:
    """Take the vault's lock file, so one process has the vault open at a time.

    The lock is an advisory ``flock`` held for as long as the descriptor stays open; where
    ``fcntl`` does not exist (not Linux or macOS) the file is opened but nothing is locked.

    :param path: the vault folder.
    :return: the descriptor to close when the vault is closed.
    :raises VaultBusy: another FieldMon window or command holds the vault.
    :raises VaultNotWritable: the lock file cannot be opened for writing (read-only media,
        permissions); :raises VaultFull: it cannot be created on a full disk.
    :raises VaultDamaged: it is a folder or a symbolic link.
    """
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path / LOCK_FILE, flags, 0o600)
    except OSError as error:
        raise refusal(path, path / LOCK_FILE, error) or error from None
    try:
        import fcntl
    except ImportError:  # not on Linux or macOS: no lock
        return fd
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise VaultBusy(
            f"The vault in {path} is open in another FieldMon window or command; close it first."
        ) from None
    return fd
