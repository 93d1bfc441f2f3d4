"""Record ids inside one case document: generated, never typed by a person.

Ids such as ``p1`` (person), ``e2`` (event) or ``a3`` (act) are how records of a case refer to
each other (an act's victim names a person id). They are unique across the whole case, so that
the acts of every event share one sequence, and they are never reused while the record exists.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

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
