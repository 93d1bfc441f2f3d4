"""Numbered schema migrations, applied at open in one transaction.

Each migration is a frozen SQL file, optionally followed by a Python step for what SQL cannot do
(filling the search index with folded text). PRAGMA user_version holds the version reached.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from fieldmon.errors import VaultTooNew

__all__ = [
    "LATEST",
    "MIGRATIONS",
    "Migration",
    "create_monitor_key",
    "current_version",
    "in_one_transaction",
    "migrate",
    "run_script",
    "statements",
]


@dataclass(frozen=True)
class Migration:
    """One numbered step of the schema.

    :ivar version: the ``PRAGMA user_version`` it brings the database to.
    :ivar sql_file: its SQL script, a file of this package; never edited once released.
    :ivar after: a Python step run after the script in the same transaction, or None.
    """

    version: int
    sql_file: str
    after: Callable[[Any], None] | None = None

    def sql(self) -> str:
        """The migration's SQL script.

        :return: the text of :attr:`sql_file`, read from this package.
        """
        return files(__name__).joinpath(self.sql_file).read_text(encoding="utf-8")


def _fill_search_index(conn: Any) -> None:
    """Index the records a version 1 vault already holds (as version 2 indexed them)."""
    from fieldmon.vault.records import model_as_of, read_case
    from fieldmon.vault.search import entries_for_case

    model = model_as_of(conn)
    assert model is not None
    for (case_rid,) in conn.execute("SELECT rid FROM cases").fetchall():
        conn.executemany(
            "INSERT INTO search_index (case_rid, record_type, record_id, original, folded)"
            " VALUES (?, ?, ?, ?, ?)",
            entries_for_case(int(case_rid), read_case(conn, int(case_rid), model)),
        )


def _refill_search_index(conn: Any) -> None:
    """Index every case again, as version 7 folds text (normalised before it is cut into words)."""
    from fieldmon.vault.records import model_as_of, read_case
    from fieldmon.vault.search import index_case

    model = model_as_of(conn)
    assert model is not None
    for (case_rid,) in conn.execute("SELECT rid FROM cases").fetchall():
        index_case(conn, int(case_rid), read_case(conn, int(case_rid), model))


def _reindex_canonical(conn: Any) -> None:
    """Index every case again with one key per word (version 15); 0015 emptied the index."""
    from fieldmon.vault.records import model_as_of, read_case
    from fieldmon.vault.search import index_case

    model = model_as_of(conn)
    assert model is not None
    for (case_rid,) in conn.execute("SELECT rid FROM cases").fetchall():
        index_case(conn, int(case_rid), read_case(conn, int(case_rid), model), new=True)


def create_monitor_key(conn: Any) -> None:
    """Give the vault its monitor's signing key: vaults made before version 3 here, new vaults
    after the snapshot (snapshot.create_latest).

    :param conn: an open database connection, inside a transaction.
    """
    from fieldmon.crypto.signing import SigningKey
    from fieldmon.vault.custody import utc_now

    key = SigningKey.generate()
    conn.execute(
        "INSERT INTO signing_keys (purpose, private_key, public_key, fingerprint, created_at)"
        " VALUES ('monitor', ?, ?, ?, ?)",
        (key.private_der, key.public_der, key.fingerprint, utc_now()),
    )


def _certify_monitor(conn: Any) -> None:
    from fieldmon.vault import identities

    identities.set_up(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "0001_records.sql"),
    Migration(2, "0002_search.sql", after=_fill_search_index),
    Migration(3, "0003_evidence.sql", after=create_monitor_key),
    Migration(4, "0004_certificates.sql", after=_certify_monitor),
    Migration(5, "0005_drafts.sql"),
    Migration(6, "0006_search_owner.sql"),
    Migration(7, "0007_search_normalised.sql", after=_refill_search_index),
    Migration(8, "0008_seal_timestamps.sql"),
    Migration(9, "0009_consent.sql"),
    Migration(10, "0010_registry_dossiers.sql"),
    Migration(11, "0011_org_card.sql"),
    Migration(12, "0012_outbox.sql"),
    Migration(13, "0013_inbox.sql"),
    Migration(14, "0014_purge.sql"),
    Migration(15, "0015_search_canonical.sql", after=_reindex_canonical),
    Migration(16, "0016_search_owner_records.sql"),
)
LATEST = MIGRATIONS[-1].version
"""The schema version this FieldMon writes."""


def statements(script: str) -> list[str]:
    """A SQL script cut into its statements (comments before a statement stay with it).

    :param script: the text of a migration or of the snapshot.
    :return: the statements, stripped.
    :raises ValueError: the script ends in an incomplete statement.
    """
    import sqlcipher3

    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(
        ln.strip().startswith("--") or not ln.strip() for ln in buffer.splitlines()
    ):
        raise ValueError("migration ends in an incomplete statement")
    return statements


def current_version(conn: Any) -> int:
    """The schema version a database has reached.

    :param conn: an open database connection.
    :return: its ``PRAGMA user_version`` (0 for a new database).
    """
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Any, target: int = LATEST) -> int:
    """Bring the schema to target in one transaction; return the version it started from.

    The connection must be in autocommit mode (isolation_level=None); either every pending
    migration is applied or none is.

    :param conn: an open database connection in autocommit mode.
    :param target: the version to reach; :data:`LATEST` by default.
    :return: the version the database had before.
    :raises VaultTooNew: when the database is newer than :data:`LATEST`; nothing is changed.
    :raises ValueError: when a migration script ends in an incomplete statement; nothing is
        applied. Any error of a migration is raised likewise after the rollback.
    """
    start = current_version(conn)
    if start > LATEST:
        raise VaultTooNew(
            f"This vault has schema version {start}; this FieldMon knows up to {LATEST}."
            " Update FieldMon to open it."
        )
    pending = [m for m in MIGRATIONS if start < m.version <= target]
    if not pending:
        return start

    def apply_pending() -> None:
        for migration in pending:
            run_script(conn, migration.sql(), migration.version, migration.after)

    in_one_transaction(conn, apply_pending)
    return start


def run_script(
    conn: Any, script: str, version: int, after: Callable[[Any], None] | None = None
) -> None:
    """Run a schema script, then its Python step, and set ``PRAGMA user_version``; the caller
    holds the transaction (:func:`in_one_transaction`).

    :param conn: an open database connection, inside a transaction.
    :param script: a migration's SQL, or the snapshot's (snapshot.py).
    :param version: the schema version the script brings the database to.
    :param after: a Python step run after the script, or None.
    :raises ValueError: the script ends in an incomplete statement.
    """
    for statement in statements(script):
        conn.execute(statement)
    if after is not None:
        after(conn)
    conn.execute(f"PRAGMA user_version = {version:d}")


def in_one_transaction(conn: Any, work: Callable[[], None]) -> None:
    """Run work in one ``BEGIN IMMEDIATE`` transaction: all of it is committed, or none.

    :param conn: an open database connection in autocommit mode.
    :param work: what to do; any exception it raises is raised again after the rollback.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        work()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
