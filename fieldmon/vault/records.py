"""Reading and writing case documents to the tables declared in the model.

A case document is the fieldmon-case/1 form of one case: a dict with the case fields and one list
per child record type. Writing replaces the case's rows; reading rebuilds the same document, so
import, export and the desktop forms share one representation.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from typing import Any

from fieldmon.vault.model import CASE, Field, RecordType

CaseDocument = dict[str, Any]
"""A case in its ``fieldmon-case/1`` form (see ``docs/interchange.md``)."""


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _to_column(f: Field, value: Any) -> Any:
    if value is None or value == []:
        return None
    if f.kind == "list":
        return json.dumps(value, ensure_ascii=False)
    if f.kind == "bool":
        return 1 if value else 0
    return value


def _from_column(f: Field, value: Any) -> Any:
    if value is None:
        return None
    if f.kind == "list":
        return json.loads(value)
    if f.kind == "bool":
        return bool(value)
    return value


def _field_values(rt: RecordType, record: dict[str, Any]) -> list[Any]:
    values = []
    for f in rt.fields:
        container = record.get(f.group) or {} if f.group else record
        values.append(_to_column(f, container.get(f.leaf)))
    return values


def _columns(rt: RecordType) -> str:
    return ", ".join(f'"{f.column}"' for f in rt.fields)


def _insert_children(
    conn: Any, rt: RecordType, record: dict[str, Any], case_rid: int, parent_rid: int | None
) -> None:
    for child in rt.children:
        parent_cols = ", parent_rid" if parent_rid is not None else ""
        placeholders = ", ".join(
            "?" for _ in range(len(child.fields) + 3 + (parent_rid is not None))
        )
        sql = (
            f"INSERT INTO {child.table} (case_rid{parent_cols}, local_id, ord, {_columns(child)})"
            f" VALUES ({placeholders})"
        )
        items = record.get(child.name) or []
        if not items:
            continue
        head: list[Any] = [case_rid] + ([parent_rid] if parent_rid is not None else [])
        if not child.children:
            # Nothing hangs off these rows, so their row ids are not needed: one executemany.
            conn.executemany(
                sql,
                [
                    [*head, item.get("id"), ord_, *_field_values(child, item)]
                    for ord_, item in enumerate(items)
                ],
            )
            continue
        for ord_, item in enumerate(items):
            cursor = conn.execute(sql, [*head, item.get("id"), ord_, *_field_values(child, item)])
            _insert_children(conn, child, item, case_rid, int(cursor.lastrowid))


def write_case(conn: Any, case: CaseDocument) -> int:
    """Store a validated case document, replacing the case with the same id; return its rid.

    The case row is updated in place (its ``created_at`` kept, ``updated_at`` set to now in
    UTC); its child records are deleted and written again, in document order. Nothing is
    checked here: validate first (:func:`fieldmon.vault.validate.case_problems`). The caller
    holds the transaction.

    :param conn: an open vault database connection, inside a transaction.
    :param case: a valid case document; its ``id`` (UUID) names the case.
    :return: the case's row id (``cases.rid``).
    """
    row = conn.execute("SELECT rid, created_at FROM cases WHERE uuid = ?", (case["id"],)).fetchone()
    now = _now()
    if row is None:
        placeholders = ", ".join("?" for _ in range(len(CASE.fields) + 3))
        cursor = conn.execute(
            f"INSERT INTO cases (uuid, {_columns(CASE)}, created_at, updated_at)"
            f" VALUES ({placeholders})",
            [case["id"], *_field_values(CASE, case), now, now],
        )
        case_rid = int(cursor.lastrowid)
    else:
        case_rid = int(row[0])
        assignments = ", ".join(f'"{f.column}" = ?' for f in CASE.fields)
        conn.execute(
            f"UPDATE cases SET {assignments}, updated_at = ? WHERE rid = ?",
            [*_field_values(CASE, case), now, case_rid],
        )
        # Children are rewritten whole; cascades remove grandchildren.
        for child in CASE.children:
            conn.execute(f"DELETE FROM {child.table} WHERE case_rid = ?", (case_rid,))
    _insert_children(conn, CASE, case, case_rid, None)
    return case_rid


def _record_from_row(rt: RecordType, row: Any, offset: int, local_id: Any) -> dict[str, Any]:
    record: dict[str, Any] = {}
    if local_id is not None:
        record["id"] = local_id
    for i, f in enumerate(rt.fields):
        value = _from_column(f, row[offset + i])
        if value is None:
            continue
        if f.group:
            record.setdefault(f.group, {})[f.leaf] = value
        else:
            record[f.key] = value
    return record


def _read_children(
    conn: Any, rt: RecordType, case_rid: int, parent_rid: int | None
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for child in rt.children:
        where = "case_rid = ?" + (" AND parent_rid = ?" if parent_rid is not None else "")
        args = [case_rid] + ([parent_rid] if parent_rid is not None else [])
        sql = f"SELECT rid, local_id, {_columns(child)} FROM {child.table} WHERE {where}"
        rows = conn.execute(sql + " ORDER BY ord", args).fetchall()
        items = []
        for row in rows:
            item = _record_from_row(child, row, 2, row[1])
            item.update(_read_children(conn, child, case_rid, int(row[0])))
            items.append(item)
        if items:
            out[child.name] = items
    return out


def model_as_of(conn: Any, rt: RecordType = CASE) -> RecordType | None:
    """The record model restricted to the tables and columns a database has now.

    A migration's Python step runs before later migrations add their columns; reading with the
    whole model there would name columns that do not exist yet (and SQLite reads an unknown
    double-quoted name as a string literal).

    :param conn: an open vault database connection.
    :param rt: the record type to restrict; the case by default.
    :return: the record type with only the fields whose column exists and only the child types
        whose table exists; None if its own table does not exist.
    """
    columns = {r[1] for r in conn.execute(f"PRAGMA table_info({rt.table})")}
    if not columns:
        return None
    children = tuple(c for c in (model_as_of(conn, c) for c in rt.children) if c is not None)
    fields = tuple(f for f in rt.fields if f.column in columns)
    return dataclasses.replace(rt, fields=fields, children=children)


def read_case(conn: Any, case_rid: int, model: RecordType = CASE) -> CaseDocument:
    """The case document of a stored case, as :func:`write_case` wrote it.

    Absent values, empty lists and empty nested objects are left out, so the document equals
    :func:`normalise` of the one written.

    :param conn: an open vault database connection.
    :param case_rid: the row id of a stored case; it must exist.
    :param model: the case record type to read by; :func:`model_as_of` in a migration step.
    :return: the case document, records in their stored order.
    """
    row = conn.execute(
        f"SELECT uuid, {_columns(model)} FROM cases WHERE rid = ?", (case_rid,)
    ).fetchone()
    case = _record_from_row(model, row, 1, row[0])
    case.update(_read_children(conn, model, case_rid, None))
    return case


def normalise(case: CaseDocument) -> CaseDocument:
    """The document as it will read back once stored: nulls and empty lists dropped.

    :param case: a case document; not changed.
    :return: a copy without None values, empty lists or empty objects (at any depth; empty
        lists inside lists are kept).
    """

    def clean(value: Any) -> Any:
        if isinstance(value, dict):
            cleaned = {k: clean(v) for k, v in value.items()}
            return {k: v for k, v in cleaned.items() if v is not None and v != [] and v != {}}
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    result: CaseDocument = clean(case)
    return result
