"""Which records of a case name a record, and removing a record without leaving dangling links.

Records of a case refer to each other by id (see ``ref`` in :mod:`fieldmon.vault.model`): an
act names its victim, an interview its interviewee, a consent its person, an involvement its
perpetrator, a violation its acts. Removing a record must not leave a reference to it behind,
or the case could no longer be stored (:func:`fieldmon.vault.validate.case_problems` reports a
reference to a record that is not in the case). The rule applied here:

- a record that cannot exist without the removed one (a required single reference: the act
  whose victim it was, the consent the person gave) is removed with it, and so on in turn;
- an optional reference, or one item of a list of references (an act among the acts of a
  violation), is cleared.

Everything removed or cleared is returned as a :class:`Removal`, which :func:`restore` puts
back exactly where it was, so that the desktop app can offer to undo.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, TypedDict

from fieldmon.vault.model import CASE, RECORD_TYPES, Field, RecordType

__all__ = [
    "Reference",
    "Removal",
    "RemovalStep",
    "references_to",
    "remove_record",
    "remove_record_object",
    "restore",
]


@dataclass(frozen=True)
class Reference:
    """One place in a case that names a record."""

    record_type: str
    """Name of the record type that holds the reference ("acts")."""
    record: dict[str, Any]
    """The record holding it (the dict inside the case, not a copy)."""
    field: str
    """Its field key ("victim", "acts")."""
    removes_record: bool
    """True when the reference is a required single reference: the record holding it goes
    when the named record goes; False when only the reference is cleared."""


class RemovalStep(TypedDict):
    """One change :func:`remove_record` made, as :func:`restore` needs it to undo it.

    ``name`` is the record type of ``record``; ``items`` and ``index`` are used by a
    ``"remove"`` step only, ``key`` and ``value`` by a ``"set"`` step only.
    """

    action: str
    """``"remove"``: ``record`` was taken out of ``items`` at ``index``; ``"set"``: field
    ``key`` of ``record`` held ``value`` (None: it was absent)."""
    name: str
    record: dict[str, Any]
    items: list[dict[str, Any]]
    index: int
    key: str
    value: Any


class Removal(TypedDict):
    """What :func:`remove_record` did, in order, so that :func:`restore` can undo it."""

    name: str
    record: dict[str, Any]
    """The record that was asked to be removed."""
    removed: list[tuple[str, dict[str, Any]]]
    """Every record removed, with its type name: the record itself first, then those that
    could not exist without it."""
    cleared: list[tuple[str, dict[str, Any], str]]
    """References cleared: (record type name, record, field key)."""
    steps: list[RemovalStep]


def _containers(
    node: dict[str, Any], rt: RecordType
) -> Iterator[tuple[RecordType, list[dict[str, Any]]]]:
    """Every list of records below node, with its record type, depth first."""
    for child in rt.children:
        items = node.get(child.name)
        if isinstance(items, list):
            yield child, items
            for item in items:
                if isinstance(item, dict):
                    yield from _containers(item, child)


def field_value(record: dict[str, Any], key: str) -> Any:
    """The value of a field of a record; a dotted key ("arrest.legal_basis") reads the nested
    object (see :class:`fieldmon.vault.model.Field`).

    :param record: a record dict.
    :param key: a field key of the model.
    :return: the value, or None when absent (or when the nested object is not an object).
    """
    if "." in key:
        group, leaf = key.split(".", 1)
        container = record.get(group)
        return container.get(leaf) if isinstance(container, dict) else None
    return record.get(key)


def set_field_value(record: dict[str, Any], key: str, value: Any) -> None:
    """Set a field of a record in place; None removes it (and an emptied nested object).

    :param record: a record dict, changed in place.
    :param key: a field key of the model; a dotted key writes into the nested object, which is
        created when missing.
    :param value: the new value, or None to remove the field.
    """
    if "." in key:
        group, leaf = key.split(".", 1)
        container = record.setdefault(group, {})
        if value is None:
            container.pop(leaf, None)
            if not container:
                record.pop(group, None)
        else:
            container[leaf] = value
    elif value is None:
        record.pop(key, None)
    else:
        record[key] = value


def _ref_fields(target: str) -> Iterator[tuple[RecordType, Field]]:
    for rt in RECORD_TYPES.values():
        for f in rt.fields:
            if f.ref == target:
                yield rt, f


def references_to(case: dict[str, Any], name: str, record_id: str) -> list[Reference]:
    """Every place in ``case`` that names the record of type ``name`` with id ``record_id``.

    :param case: a case document (``fieldmon-case/1`` form of one case).
    :param name: the record type of the named record ("persons", "acts"), as in the model.
    :param record_id: its id ("p1").
    :return: the references in document order; a record naming it in two fields appears twice.
    """
    fields = {rt.name: [f for r, f in _ref_fields(name) if r is rt] for rt in RECORD_TYPES.values()}
    found: list[Reference] = []
    for rt, items in _containers(case, CASE):
        for f in fields.get(rt.name, []):
            for item in items:
                if not isinstance(item, dict):
                    continue
                value = field_value(item, f.key)
                if (isinstance(value, list) and record_id in value) or value == record_id:
                    required_single = f.required and f.kind != "list"
                    found.append(Reference(rt.name, item, f.key, required_single))
    return found


def _find(
    case: dict[str, Any], name: str, match: Any
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    for rt, items in _containers(case, CASE):
        if rt.name != name:
            continue
        for item in items:
            if match(item):
                return items, item
    raise LookupError(f"the case has no such {RECORD_TYPES[name].label} record")


def _ids_within(record: dict[str, Any], rt: RecordType) -> list[tuple[str, str]]:
    """(type name, id) of the record and of every record inside it (acts of an event)."""
    out = [(rt.name, str(record["id"]))] if isinstance(record.get("id"), str) else []
    for child, items in _containers(record, rt):
        out += [(child.name, str(i["id"])) for i in items if isinstance(i.get("id"), str)]
    return out


def _remove(case: dict[str, Any], name: str, record: dict[str, Any], removal: Removal) -> None:
    items, _ = _find(case, name, lambda item: item is record)
    index = next(i for i, item in enumerate(items) if item is record)
    del items[index]
    removal["removed"].append((name, record))
    removal["steps"].append(
        RemovalStep(
            action="remove", name=name, record=record, items=items, index=index, key="", value=None
        )
    )
    for target, target_id in _ids_within(record, RECORD_TYPES[name]):
        for ref in references_to(case, target, target_id):
            if ref.removes_record:
                if any(r is ref.record for _, r in removal["removed"]):
                    continue
                _remove(case, ref.record_type, ref.record, removal)
                continue
            old = field_value(ref.record, ref.field)
            new: Any = None
            if isinstance(old, list):
                new = [v for v in old if v != target_id] or None
                old = copy.copy(old)
            removal["steps"].append(
                RemovalStep(
                    action="set",
                    name=ref.record_type,
                    record=ref.record,
                    items=[],
                    index=-1,
                    key=ref.field,
                    value=old,
                )
            )
            set_field_value(ref.record, ref.field, new)
            removal["cleared"].append((ref.record_type, ref.record, ref.field))


def remove_record_object(case: dict[str, Any], name: str, record: dict[str, Any]) -> Removal:
    """Remove this very record (found by identity, so records without an id can be removed)
    and whatever would otherwise be left naming it; see the module's rule.

    :param case: the case document, changed in place.
    :param name: the record type of ``record`` ("persons", "consents").
    :param record: a record dict inside ``case``.
    :return: what was removed and cleared, for :func:`restore`.
    :raises LookupError: when ``record`` is not a record of that type in ``case``.
    """
    removal = Removal(name=name, record=record, removed=[], cleared=[], steps=[])
    _remove(case, name, record, removal)
    return removal


def remove_record(case: dict[str, Any], name: str, record_id: str) -> Removal:
    """Remove the record of type ``name`` with id ``record_id`` and leave no reference to it:
    records that cannot exist without it are removed too, other references are cleared.

    :param case: the case document, changed in place.
    :param name: the record type ("persons").
    :param record_id: the record's id ("p1").
    :return: what was removed and cleared, in order, for :func:`restore`.
    :raises LookupError: when the case has no such record.
    """
    _, record = _find(case, name, lambda item: item.get("id") == record_id)
    return remove_record_object(case, name, record)


def restore(removal: Removal) -> None:
    """Undo :func:`remove_record`: put every removed record back at its place and every
    cleared reference back as it was (the case is the one the removal was made in).

    Records added meanwhile are kept; a removed record goes back at its old position, or at
    the end of its list when the list has since become shorter.

    :param removal: what :func:`remove_record` or :func:`remove_record_object` returned; the
        records it holds are put back themselves, not copies.
    """
    for step in reversed(removal["steps"]):
        if step["action"] == "remove":
            items = step["items"]
            items.insert(min(step["index"], len(items)), step["record"])
        else:
            set_field_value(step["record"], step["key"], step["value"])
