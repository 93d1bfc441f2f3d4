"""The searchable text of the records a search shows, read from the record tables.

Since schema version 15 the search index keeps only the keys it matches (an FTS5 table with
``content=''``, SQLite FTS5 documentation section 4.4.3 "Contentless Tables"): the text a
snippet is cut from is read from the records themselves, for the hits shown only, in one query
per record type. It is the text the index was built from, made from the same record
by the same function, as records.write_case stored it.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from fieldmon.vault.model import CASE, RecordType, walk
from fieldmon.vault.records import _record_from_row, read_case

RecordKey = tuple[int, str, str]
"""(case_rid, record_type, record_id) of one search index entry; record_id "" for a case."""


@cache
def _searchable_types() -> dict[str, RecordType]:
    """Each record type by name, with its searchable fields only."""
    return {
        rt.name: dataclasses.replace(rt, fields=tuple(f for f in rt.fields if f.searchable))
        for rt, _ in walk(CASE)
    }


def record_texts(
    conn: Any,
    wanted: Iterable[RecordKey],
    text_of: Callable[[RecordType, dict[str, Any]], str],
    entries: Callable[[int, dict[str, Any]], list[tuple[Any, ...]]],
) -> dict[RecordKey, str]:
    """The searchable text of some records, read from their tables.

    :param conn: an open vault database connection.
    :param wanted: the records.
    :param text_of: how a record's searchable text is made from it (search._searchable_text).
    :param entries: the index rows of a whole case document (search.entries_for_case), for a
        record that cannot be found by its id (a record stored without an id).
    :return: text per record found; a record of a case deleted since is left out.
    """
    types = _searchable_types()
    by_type: dict[str, list[RecordKey]] = defaultdict(list)
    for key in wanted:
        if key[1] in types:
            by_type[key[1]].append(key)
    texts: dict[RecordKey, str] = {}
    for name, keys in by_type.items():
        rt = types[name]
        columns = ", ".join(f'"{f.column}"' for f in rt.fields)
        if name == CASE.name:
            marks = ", ".join("?" for _ in keys)
            rows = conn.execute(
                f"SELECT rid, '', {columns} FROM cases WHERE rid IN ({marks})",
                [k[0] for k in keys],
            )
        else:
            pairs = ", ".join("(?, ?)" for _ in keys)
            rows = conn.execute(
                f"SELECT case_rid, local_id, {columns} FROM {rt.table}"
                f" WHERE (case_rid, local_id) IN (VALUES {pairs})",
                [v for k in keys for v in (k[0], k[2])],
            )
        for row in rows:
            record = _record_from_row(rt, row, 2, None)
            texts[(int(row[0]), name, row[1] or "")] = text_of(rt, record)
    for key in {k for keys in by_type.values() for k in keys} - texts.keys():
        if conn.execute("SELECT 1 FROM cases WHERE rid = ?", (key[0],)).fetchone():
            for row in entries(key[0], read_case(conn, key[0])):
                if (row[1], row[2]) == key[1:]:
                    texts[key] = str(row[3])
                    break
    return texts
