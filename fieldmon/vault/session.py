"""What every operation on an open vault shares: the connection, the lock that lets one
thread use it at a time, the signing key and the custody log entry every change appends.

Services (cases, drafts, versions, attachments…) take a Session; none of them imports the
``Vault`` facade in fieldmon.vault.store.
"""

from __future__ import annotations

import functools
import inspect
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self, TypeVar

from fieldmon.crypto.signing import SigningKey
from fieldmon.errors import NotFound, VaultClosed, VaultDamaged
from fieldmon.logs import log
from fieldmon.vault import custody, database, identities, migrations

__all__ = ["Closing", "Session", "one_thread_at_a_time", "takes_own_lock"]


class Closing:
    """``with`` support for anything with a ``close()``: closed when the block ends."""

    def close(self) -> None:
        """Release what is held; subclasses define it."""
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Session:
    """An open vault's shared state.

    :param path: the vault folder.
    :param conn: the keyed SQLCipher connection (fieldmon.vault.database.open_database).
    :param blob_dir: the folder of this database's blobs (the decoy has its own).
    :param lock_fd: the held vault lock file (fieldmon.vault.database.hold_lock), released
        on close, or None.
    """

    def __init__(self, path: Path, conn: Any, blob_dir: Path, lock_fd: int | None) -> None:
        self.path = Path(path)
        self.blob_dir = blob_dir
        self._conn: Any = conn
        self._lock_fd = lock_fd
        # The window's thread and its background workers share one SQLite connection, which
        # Python's sqlite3 module does not allow to be used by two threads at once.
        self.lock = threading.RLock()
        self._signer: SigningKey | None = None
        self._actor = identities.DEFAULT_NAME

    @property
    def conn(self) -> Any:
        """The connection.

        :raises VaultClosed: the vault was closed (locked, quit or wiped); a RuntimeError too.
        """
        if self._conn is None:
            raise VaultClosed
        return self._conn

    @property
    def is_open(self) -> bool:
        """Whether the connection is open."""
        return self._conn is not None

    def close(self) -> None:
        """Close the connection and release the vault's lock file; closing twice is harmless.
        The caller holds the lock."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()
            log.info("vault closed")
        self._release_lock_file()

    def interrupt(self) -> None:
        """Let go of the connection and the lock file at once: a statement running in another
        thread stops with an error and nothing it had not committed is kept
        (``sqlite3_interrupt``)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.interrupt()
        self._release_lock_file()

    def _release_lock_file(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction, all or nothing, one thread at a time: a second thread waits
        until the first has committed or rolled back.

        :raises VaultFull: the disk filled up; nothing of the transaction was kept.
        :raises VaultNotWritable: the database could not be written.
        """
        with (
            self.lock,
            database.writes_refused_plainly(self.path),
            database.transaction(self.conn),
        ):
            yield

    @property
    def schema_version(self) -> int:
        """The database's schema version (its ``PRAGMA user_version``, see migrations)."""
        return migrations.current_version(self.conn)

    @property
    def signer(self) -> SigningKey:
        """The monitor's Ed25519 key that signs custody entries (read once, then kept).

        :raises VaultDamaged: the database holds no signing key.
        """
        if self._signer is None:
            row = self.conn.execute(
                "SELECT private_key, public_key, display_name FROM signing_keys"
                " WHERE purpose = 'monitor' ORDER BY rid DESC LIMIT 1"
            ).fetchone()
            if row is None:
                raise VaultDamaged(f"The vault in {self.path} has no signing key.")
            self._signer = SigningKey(bytes(row[0]), bytes(row[1]))
            self._actor = str(row[2] or identities.DEFAULT_NAME)
        return self._signer

    @property
    def actor(self) -> str:
        """The name custody entries and sealed versions record as having acted."""
        _ = self.signer
        return self._actor

    def log(
        self,
        action: str,
        case: tuple[str, str] | None = None,
        record: str | None = None,
        content_hash: str | None = None,
    ) -> custody.Entry:
        """Append a signed custody entry; the caller holds the transaction.

        :param action: what happened (``create``, ``edit``, ``import``, ``view``, ``export``,
            ``attach``, ``extract``, ``seal``, ``delete``).
        :param case: the case's (uuid, reference), or None for the vault as a whole.
        :param record: what in the case (``case``, ``version 2``, ``evidence x1 item x1.1``).
        :param content_hash: hex SHA-256 of what was acted on, if any.
        :return: the entry appended.
        """
        return custody.append(
            self.conn,
            self.signer,
            self.actor,
            action,
            case_uuid=case[0] if case else None,
            case_reference=case[1] if case else None,
            record=record,
            content_hash=content_hash,
        )

    def case_ids(self, reference: str) -> tuple[int, str]:
        """The row id and uuid of the case with this reference.

        :raises NotFound: no case has it (a purged case's message says when it was purged).
        """
        row = self.conn.execute(
            "SELECT rid, uuid FROM cases WHERE reference = ?", (reference,)
        ).fetchone()
        if row is None:
            purged = self.conn.execute(
                "SELECT purged_at, packet_id FROM purged_cases WHERE reference = ?",
                (reference,),
            ).fetchone()
            if purged is not None:
                # Not "no such case": the monitor purged it once headquarters had it.
                raise NotFound(
                    f"Case {reference} was purged from this laptop on {str(purged[0])[:10]},"
                    f" after headquarters' receipt for packet {str(purged[1])[:8]}: only its"
                    " stub is kept (fieldmon receipts list)."
                )
            raise NotFound(f"No case with reference {reference} in this vault.")
        return int(row[0]), str(row[1])


_T = TypeVar("_T")


def one_thread_at_a_time(cls: type[_T]) -> type[_T]:
    """Make every public method of ``cls`` (a facade keeping its Session in ``_session``)
    hold the session's lock while it runs, except ``transaction`` and methods marked with
    ``takes_own_lock``.

    The desktop app's window thread and its background workers share one SQLite connection.
    Python's sqlite3 module is not safe for simultaneous use of one connection (its statement
    cache and transaction state are shared): a file viewed while another was being stored
    failed with "cannot start a transaction" or a KeyError from the cache. Serialising here,
    in one place, covers every caller. ``transaction`` takes the lock itself.
    """
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or name == "transaction" or not inspect.isfunction(member):
            continue
        if getattr(member, "_without_lock", False):
            continue

        def locked(method: Callable[..., Any]) -> Callable[..., Any]:
            @functools.wraps(method)
            def run(self: Any, *args: Any, **kwargs: Any) -> Any:
                with self._session.lock:
                    return method(self, *args, **kwargs)

            return run

        setattr(cls, name, locked(member))
    return cls


def takes_own_lock(method: Callable[..., _T]) -> Callable[..., _T]:
    """Mark a method that takes the lock itself, around its database work only."""
    method._without_lock = True  # type: ignore[attr-defined]
    return method
