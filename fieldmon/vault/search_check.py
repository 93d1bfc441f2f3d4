"""Whether the search index agrees with the cases it was built from, and its rebuild.

The index (``search_index``, FTS5) and its owner table (``search_owner``: which case and record
each entry belongs to, schema 16) are written together by :func:`fieldmon.vault.search.index_case`
and emptied together by :func:`~fieldmon.vault.search.remove_case`, so on a vault FieldMon wrote
they always agree. They can disagree only through damage or an edit of the database with its
key: a hit may then name the wrong case or record, or a case may not be found at all. Nothing
of the cases depends on the index; rebuilding it from the cases loses nothing.
"""

from __future__ import annotations

from typing import Any

from fieldmon.vault.records import read_case
from fieldmon.vault.search import index_case

__all__ = ["index_faults", "rebuild"]

REBUILD_HINT = "fieldmon check --rebuild-search indexes every case again"

# (what is counted, what it means for a search); each query counts rows that FieldMon's own
# writes never leave.
_CHECKS: tuple[tuple[str, str], ...] = (
    (
        "SELECT count(*) FROM search_index WHERE rowid NOT IN (SELECT entry FROM search_owner)",
        "index entries belong to no record: a search may find what it cannot name",
    ),
    (
        "SELECT count(*) FROM search_owner WHERE entry NOT IN (SELECT rowid FROM search_index)",
        "owner rows name an index entry that is not there",
    ),
    (
        "SELECT count(*) FROM search_owner WHERE case_rid NOT IN (SELECT rid FROM cases)",
        "index entries belong to a case that is not in the vault",
    ),
    (
        "SELECT count(*) FROM search_owner WHERE record_type = ''",
        "index entries name no record",
    ),
    (
        # Entries written before schema 16 also name their record in the FTS5 table.
        "SELECT count(*) FROM search_owner AS o JOIN search_index AS s ON s.rowid = o.entry"
        " WHERE s.case_rid IS NOT NULL"
        " AND (s.case_rid IS NOT o.case_rid OR coalesce(s.record_type, '') IS NOT o.record_type)",
        "index entries name a different case or record in the index and in the owner table",
    ),
    (
        "SELECT count(*) FROM cases WHERE rid NOT IN (SELECT case_rid FROM search_owner)",
        "cases have nothing in the index: a search never finds them",
    ),
)


def index_faults(conn: Any) -> list[str]:
    """What is wrong with the search index, one line per kind of fault with how many.

    :param conn: an open vault database connection (schema 16 or later), read only.
    :return: the faults, empty when the index and the owner table agree with the cases. Reads
        every entry: about a second per million entries.
    """
    faults = []
    for query, meaning in _CHECKS:
        count = int(conn.execute(query).fetchone()[0])
        if count:
            faults.append(f"search index: {count} {meaning} ({REBUILD_HINT})")
    return faults


def rebuild(conn: Any) -> tuple[int, int]:
    """Empty the search index and index every case again from its stored records.

    FTS5's ``delete-all`` drops every index segment at once ("The 'delete-all' command", FTS5
    documentation); the vault's ``secure_delete`` pragma zeroes the freed pages, so the keys of
    deleted or edited words go with them.

    :param conn: the vault's connection, inside a write transaction (the caller's).
    :return: (cases indexed, index entries written).
    """
    conn.execute("INSERT INTO search_index (search_index) VALUES ('delete-all')")
    conn.execute("DELETE FROM search_owner")
    rids = [int(r[0]) for r in conn.execute("SELECT rid FROM cases ORDER BY rid").fetchall()]
    for case_rid in rids:
        index_case(conn, case_rid, read_case(conn, case_rid), new=True)
    entries = int(conn.execute("SELECT count(*) FROM search_owner").fetchone()[0])
    return len(rids), entries
