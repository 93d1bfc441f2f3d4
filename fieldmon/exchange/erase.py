"""The erasing steps of a purge (docs/purge.md): rows gone for good from the database, blob files
crypto-erased, nothing left in free pages, the full-text index or the write-ahead log.

Every vault connection runs with ``PRAGMA secure_delete = ON``
(:func:`fieldmon.vault.database.configure_connection`): SQLite overwrites deleted content with
zeros, in the page and on the free list ("PRAGMA secure_delete", SQLite documentation). FTS5
keeps a deleted row's tokens in its older index segments until they are merged; its
``secure-delete`` option (SQLite 3.42 and later) removes them at the delete, and an
``optimize`` merges every segment into one, so that tokens of earlier edits go too ("The
secure-delete configuration option" and "The optimize command", FTS5 documentation).

After the purge's transaction, the write-ahead log still holds the pages as they were before
it: ``VACUUM`` rewrites the database without free pages and ``PRAGMA
wal_checkpoint(TRUNCATE)`` copies the log into the database and truncates it to zero bytes
("Write-Ahead Logging", "VACUUM", SQLite documentation).

A SQLCipher re-key (``PRAGMA rekey``) is not used: the database key derives from the vault's
master key, which every key slot (passphrase, duress, recovery shares) wraps; a new database
key would need a new master key and every slot rewritten, which the recovery shares held by
others cannot be. And a re-key leaves the old key derivable from the same passphrase.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fieldmon.vault import search
from fieldmon.vault.wipe import HEAD_BYTES, destroy_file

if TYPE_CHECKING:
    from fieldmon.vault.store import Vault

__all__ = ["compact", "delete_case_rows", "destroy_blobs"]


def _fts_secure_delete(conn: Any) -> int:
    """The FTS5 index's current ``secure-delete`` setting (0 when never set)."""
    row = conn.execute("SELECT v FROM search_index_config WHERE k = 'secure-delete'").fetchone()
    return int(row[0]) if row else 0


def delete_case_rows(conn: Any, case_rid: int, case_uuid: str) -> None:
    """Delete every row of a case: its search entries (securely, then the index merged), its
    records and stored files' rows (with their only keys), draft, review decisions, forks and
    sealed versions. The caller holds the transaction and has written the case's purge stub
    first (only then do sealed versions let themselves be deleted: migration 0014).

    :param conn: the vault's connection, inside a transaction.
    :param case_rid: the case's row id; :param case_uuid: its id.
    """
    before = _fts_secure_delete(conn)
    conn.execute("INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1)")
    search.remove_case(conn, case_rid)
    conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    conn.execute(
        "INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', ?)", (before,)
    )
    for table in ("drafts", "review_decisions", "forks", "case_versions"):
        conn.execute(f"DELETE FROM {table} WHERE case_uuid = ?", (case_uuid,))
    # Records, mentions, translations and attachments go with the case (ON DELETE CASCADE).
    conn.execute("DELETE FROM cases WHERE rid = ?", (case_rid,))


def destroy_blobs(folder: Path, names: list[str]) -> int:
    """Crypto-erase blob files whose rows are gone: their age identities were only in those
    rows; the age header (file key and nonce) is overwritten too before the file is deleted
    (:func:`fieldmon.vault.wipe.destroy_file`, first :data:`~fieldmon.vault.wipe.HEAD_BYTES`).

    :param folder: the vault's blob folder.
    :param names: the blobs' file names.
    :return: how many files were removed (a missing one is not counted).
    :raises OSError: a file could not be overwritten or removed (the others still are).
    """
    removed = 0
    failed: OSError | None = None
    for name in names:
        path = folder / name
        try:
            destroy_file(path, HEAD_BYTES)
        except FileNotFoundError:
            continue
        except OSError as error:
            failed = failed or error
            continue
        removed += 1
    if failed is not None:
        raise failed
    return removed


@contextmanager
def _lock_without_transaction(vault: Vault) -> Iterator[Any]:
    """Hold the vault's lock with no transaction open: VACUUM and a checkpoint cannot run in
    one (SQLite documentation). ``vault.transaction()`` is the public way to take the lock;
    its transaction, still empty, is committed at once, and a new one is begun at the end for
    its own COMMIT to close."""
    with vault.transaction():
        conn = vault.conn
        conn.execute("COMMIT")
        try:
            yield conn
        finally:
            conn.execute("BEGIN")


def compact(vault: Vault) -> str | None:
    """Rewrite the database without free pages and empty the write-ahead log.

    :param vault: the open vault; no other connection may be reading it (the desktop app and
        the command share one).
    :return: None when done, or one line saying what could not be done (a reader kept the
        log from being emptied).
    """
    with _lock_without_transaction(vault) as conn:
        conn.execute("VACUUM")
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        return (
            "the database's write-ahead log could not be emptied (another reader has it open);"
            " it is emptied when the vault is next closed"
        )
    return None
