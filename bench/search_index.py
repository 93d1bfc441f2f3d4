"""Baselines of the search rows of issue 16: a bare FTS5 table of the vault's searchable text.

bench/vault.py calls these; nothing is printed on import or by any function here.

    texts = [searchable_texts(case) for case in cases]            # untimed
    bare = bare_fts5_db(folder / "bare.db", key, texts, batch=200) # bare.insert_seconds, .documents
    p50, p95 = bare_match_latency(bare, [q.text for q in queries]) # seconds; bare_match_p95 too
    size = index_size(bare.path, bare.conn)                        # bytes, after a checkpoint
    bare.close()

The bare database is what the goals table compares the vault with: the same searchable text
(one row per record, folded to keys as the vault's search index holds it:
:func:`searchable_texts`) inserted
into one FTS5 table (``CREATE VIRTUAL TABLE bare USING fts5(text)``: the default ``unicode61``
tokenizer, no prefix index; SQLite FTS5 documentation, sections 1 and 4) in a SQLCipher database
keyed and configured exactly as a vault is (fieldmon.vault.database.open_database: raw 256-bit
key, WAL, synchronous FULL, secure_delete), one transaction per batch of cases. Its queries are
the vault's own FTS5 queries for the same typed text (fieldmon.vault.search.match_expression:
each word folded to its key, as a prefix, all words required) with the column filter made the
bare table's: the same MATCH, without the vault's ranking, joins and snippets.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldmon.vault.database import open_database
from fieldmon.vault.search import entries_for_case, query_keys

__all__ = [
    "BareDb",
    "bare_fts5_db",
    "bare_match",
    "bare_match_latency",
    "bare_match_p95",
    "index_size",
    "percentile",
    "searchable_texts",
]


@dataclass
class BareDb:
    """A bare FTS5 database of searchable text and how long filling it took.

    :ivar path: the database file.
    :ivar conn: an open connection to it (autocommit mode).
    :ivar documents: rows inserted (records with searchable text).
    :ivar cases: cases whose text was inserted.
    :ivar insert_seconds: wall-clock seconds of the inserts and commits, batch by batch.
    """

    path: Path
    conn: Any
    documents: int = 0
    cases: int = 0
    insert_seconds: list[float] | None = None

    @property
    def seconds(self) -> float:
        """Total seconds of the inserts and commits.

        :return: the sum of :attr:`insert_seconds`.
        """
        return sum(self.insert_seconds or [])

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def searchable_texts(case: dict[str, Any]) -> list[str]:
    """The searchable text of one case, one string per record, as the vault indexes it: its
    words' keys (fieldmon.vault.folding), so that the bare MATCH of the folded query finds what
    the vault finds. (Until 2026-12 the bare table held the original words, which the folded
    queries missed: 802 of 1,000 queries found nothing there, and an empty MATCH is quick.)

    :param case: a case document (as bench/vault.py generates them).
    :return: the ``folded`` column of each search index row the vault writes for it
        (fieldmon.vault.search.entries_for_case); folding is not timed.
    """
    return [str(row[4]) for row in entries_for_case(0, case)]


def bare_fts5_db(
    path: Path, key: bytes, texts: Sequence[Sequence[str]], batch: int = 200
) -> BareDb:
    """Create a bare FTS5 database at path and insert texts, a batch of cases per transaction.

    :param path: the database file to create; it must not exist.
    :param key: a 32-byte key (SQLCipher raw key, as a vault's).
    :param texts: per case, its records' searchable text (:func:`searchable_texts`).
    :param batch: cases per transaction; bench/vault.py imports 200 cases per store_cases.
    :return: the database, open, with its insert timings (the table creation is not timed).
    :raises FileExistsError: path exists.
    """
    conn = open_database(path, key, create=True)
    conn.execute("CREATE VIRTUAL TABLE bare USING fts5(text)")
    bare = BareDb(path, conn, insert_seconds=[])
    assert bare.insert_seconds is not None
    for first in range(0, len(texts), batch):
        rows = [(t,) for case in texts[first : first + batch] for t in case]
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany("INSERT INTO bare (text) VALUES (?)", rows)
        conn.execute("COMMIT")
        bare.insert_seconds.append(time.perf_counter() - start)
        bare.documents += len(rows)
        bare.cases += len(texts[first : first + batch])
    return bare


def bare_expression(query: str) -> str | None:
    """The vault's FTS5 query for what was typed, on the bare table's column.

    :param query: what was typed.
    :return: ``text : ("k1"* AND "k2"*)`` of its keys, or None when it has no word.
    """
    keys = query_keys(query)
    if not keys:
        return None
    return "text : (" + " AND ".join(f'"{k}"*' for k in keys) + ")"


def bare_match(bare: BareDb, query: str, limit: int = 50) -> list[int]:
    """Run one bare FTS5 MATCH of the query's keys, as many rows as the vault returns.

    :param bare: the bare database.
    :param query: what was typed.
    :param limit: rows to read, as Vault.search's limit.
    :return: the rowids, in stored order.
    """
    match = bare_expression(query)
    if match is None:
        return []
    rows = bare.conn.execute("SELECT rowid FROM bare WHERE bare MATCH ? LIMIT ?", (match, limit))
    return [int(r[0]) for r in rows]


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation between closest ranks.

    :param values: the sample.
    :param q: the percentile, 0 to 100.
    :return: the percentile, NaN for an empty sample.
    """
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    pos = (len(ordered) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


def bare_match_latency(
    bare: BareDb, queries: Iterable[str], warmup: Iterable[str] = ()
) -> tuple[float, float, list[float]]:
    """Time a bare MATCH of each query (:func:`bare_match`), after untimed warm-up queries.

    :param bare: the bare database.
    :param queries: typed queries, as given to Vault.search.
    :param warmup: queries run first, untimed.
    :return: p50 and p95 in seconds, and every latency in seconds, in query order.
    """
    for query in warmup:
        bare_match(bare, query)
    latencies = []
    for query in queries:
        start = time.perf_counter()
        bare_match(bare, query)
        latencies.append(time.perf_counter() - start)
    return percentile(latencies, 50), percentile(latencies, 95), latencies


def bare_match_p95(bare: BareDb, queries: Iterable[str], warmup: Iterable[str] = ()) -> float:
    """The p95 of :func:`bare_match_latency`.

    :param bare: the bare database.
    :param queries: typed queries.
    :param warmup: queries run first, untimed.
    :return: seconds.
    """
    return bare_match_latency(bare, queries, warmup)[1]


def index_size(path: Path, conn: Any = None) -> int:
    """Bytes a database takes on disk, with its WAL and journal files if any.

    For a vault, pass its database file and connection (Vault.db_path, Vault.conn); evidence
    blobs are not counted. Give both sides a connection, or neither, for a fair ratio.

    :param path: the database file.
    :param conn: an open connection to it: the WAL is checkpointed into the file and truncated
        first (``PRAGMA wal_checkpoint(TRUNCATE)``, SQLite documentation), so the size does not
        depend on when SQLite last checkpointed.
    :return: the sum of the sizes of path, path-wal, path-shm and path-journal that exist.
    """
    if conn is not None:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    total = 0
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            total += candidate.stat().st_size
    return total
