"""The names FieldMon gives: a case's UUID and reference, and record ids inside a case.

Ids such as ``p1`` (person), ``e2`` (event) or ``a3`` (act) are how records of a case refer to
each other (an act's victim names a person id). They are unique across the whole case, so that
the acts of every event share one sequence, and they are never reused while the record exists.
They are generated, never typed by a person, and never shown.

A case has a UUID, its identity for good (drafts and sealed versions are kept under it), and a
reference such as ``AZ-2026-001`` that people read, say and write down. Both are made here, for
the CLI and the app alike.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from fieldmon.vault.model import COUNTRY, RecordType

# One letter per record type that has required ids; others get "r".
PREFIXES = {
    "persons": "p",
    "events": "e",
    "acts": "a",
    "interviews": "i",
    "medical": "m",
    "evidence": "x",
    "involvements": "v",
    "consents": "c",
    "findings": "f",
    "remedies": "d",
    "violations": "l",
    "interventions": "n",
}


def _records(node: dict[str, Any], name: str) -> Iterator[dict[str, Any]]:
    for key, value in node.items():
        if isinstance(value, list):
            for item in value:
                if isinstance(item, dict):
                    if key == name:
                        yield item
                    yield from _records(item, name)


def records_of(case: dict[str, Any], name: str) -> list[dict[str, Any]]:
    """Every record of type ``name`` anywhere in ``case`` (acts of all events, for example).

    :param case: a case document (``fieldmon-case/1``).
    :param name: a record type name from :mod:`fieldmon.vault.model` (``"persons"``, ``"acts"``).
    :return: the record dicts themselves, in document order, so callers may edit them in place.
    """
    return list(_records(case, name))


def new_id(case: dict[str, Any], name: str) -> str:
    """The next free id for a new record of type ``name`` in ``case``.

    :param case: a case document; records of the type anywhere in it are taken into account.
    :param name: a record type name, e.g. ``"persons"``.
    :return: ``prefix + n`` with the smallest ``n >= 1`` not yet used by a record of that type.
    """
    prefix = PREFIXES.get(name, "r")
    taken = {str(r.get("id")) for r in _records(case, name)}
    n = 1
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def new_record(case: dict[str, Any], record_type: RecordType) -> dict[str, Any]:
    """A new, empty record of ``record_type``, to be added to ``case`` by the caller.

    A record whose type requires an id (:attr:`RecordType.id_rule` ``"required"`` in
    :mod:`fieldmon.vault.model`) gets the next free one (:func:`new_id`); other records start
    without.

    :param case: the case document the record will belong to.
    :param record_type: the record's type.
    :return: ``{"id": ...}`` or ``{}``; not yet part of ``case``.
    """
    if record_type.id_rule == "required":
        return {"id": new_id(case, record_type.name)}
    return {}


def new_case_id() -> str:
    """A fresh case UUID: random, version 4 (RFC 9562, section 5.4), in its usual text form.

    The UUID is given once, when the case is begun, and never changes: drafts and sealed
    versions are kept under it, and exported cases carry it.

    :return: ``xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx``, lower-case hexadecimal.
    """
    return str(uuid.uuid4())


def new_reference(
    taken: Iterable[str], respondent_state: str | None = None, year: int | None = None
) -> str:
    """A case reference not yet used: ``AZ-2026-001`` (State, year, number).

    Without a respondent State (or with a code that is not ISO 3166-1 alpha-2 in form) the
    reference starts with ``NEW``: ``NEW-2026-001``. The number has at least three digits and
    is the smallest one free for that State and year.

    :param taken: references already used (of stored and purged cases, and of drafts where they
        count).
    :param respondent_state: ISO 3166-1 alpha-2 code of the State, or None.
    :param year: the year to put in the reference; the current year (UTC) when None.
    :return: the new reference, different from every one in ``taken``.
    """
    prefix = respondent_state if respondent_state and re.match(COUNTRY, respondent_state) else None
    stem = f"{prefix or 'NEW'}-{year or datetime.now(UTC).year}-"
    used = set(taken)
    n = 1
    while f"{stem}{n:03d}" in used:
        n += 1
    return f"{stem}{n:03d}"


def new_case(
    title: str,
    taken: Iterable[str],
    *,
    respondent_state: str | None = None,
    year: int | None = None,
    case_id: str | None = None,
) -> dict[str, Any]:
    """A new, empty case document with its UUID and reference, status ``draft``.

    :param title: the case's title, as given (not checked here).
    :param taken: references the new case must not take (see :func:`new_reference`).
    :param respondent_state: ISO 3166-1 alpha-2 code for the reference (and the case), or None.
    :param year: for the reference; the current year (UTC) when None.
    :param case_id: the UUID to give the case (one its drafts were already kept under); a
        fresh one (:func:`new_case_id`) when None.
    :return: ``{"id", "reference", "title", "status"}``, plus ``respondent_state`` when given;
        not stored.
    """
    case: dict[str, Any] = {
        "id": case_id or new_case_id(),
        "reference": new_reference(taken, respondent_state, year),
        "title": title,
        "status": "draft",
    }
    if respondent_state:
        case["respondent_state"] = respondent_state
    return case
