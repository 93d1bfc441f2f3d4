"""Person mentions as data: words of a case's free text that a monitor linked to a person.

A mention is a record of the case (``case["mentions"]``, :data:`fieldmon.vault.model.MENTIONS`):
``field`` is the path of a free-text field (``"summary"``, ``"events/e1/description"``,
``"interviews/i2/narrative"``, ``"events/e1/acts/a2/arrest.reason_given"``), ``start`` and
``end`` are character offsets (Python string indices: Unicode code points) in that field's text,
``text`` the words as written there and ``person`` a person id of the case. The dossier's
redactor (:mod:`fieldmon.consent.redactor`) reads a mention as "these words name this person":
every occurrence of the words anywhere in the case's free text (normalised, any letter case,
whole words) is rendered at the person's consent level. :func:`find_words` finds occurrences in
the same way, so a mention is checked, shown and found stale as the redactor will use it.

A path is made of ``<record type>/<id>`` steps from the case down to the record, then the field
key; a record without an id is named by its index in its list, as
:func:`fieldmon.consent.redactor.free_text` names it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any

from fieldmon.errors import FieldMonError
from fieldmon.vault.model import CASE, Field, RecordType
from fieldmon.vault.references import field_value
from fieldmon.vault.textforms import normalise, normalise_mapped

__all__ = [
    "MentionRefused",
    "add_mention",
    "find_words",
    "is_free_text",
    "mention_of_words",
    "mentions_in",
    "path_of",
    "person_label",
    "stale_mentions",
    "text_at",
]

# Fields that carry no free text a mention could mark: a person's own names are shown through
# their label, the case reference is an identifier, and consents and mentions are never printed
# (as fieldmon.consent.redactor skips them).
_NOT_FREE_TEXT = {("persons", "name"), ("cases", "reference")}
_NOT_FREE_TEXT_TYPES = {"consents", "mentions"}


class MentionRefused(FieldMonError):
    """A mention that cannot be stored: its field, span, words or person is not what a mention
    needs; the message says which, in one line, and nothing was changed."""


def _step(record: dict[str, Any], child: RecordType, key: str) -> dict[str, Any] | None:
    """The record of ``child`` type inside ``record`` named ``key`` (its id, or its index when
    it has no id)."""
    items = record.get(child.name)
    if not isinstance(items, list):
        return None
    for item in items:
        if isinstance(item, dict) and str(item.get("id")) == key:
            return item
    if key.isdigit() and int(key) < len(items):
        item = items[int(key)]
        if isinstance(item, dict) and "id" not in item:
            return item
    return None


def _resolve(case: dict[str, Any], path: str) -> tuple[RecordType, dict[str, Any], Field] | None:
    """The record type, record and field a path names, or None when it names none."""
    parts = path.split("/")
    if not path or any(not p for p in parts) or len(parts) % 2 == 0:
        return None
    rt, record = CASE, case
    for name, key in zip(parts[:-1:2], parts[1:-1:2], strict=True):
        child = next((c for c in rt.children if c.name == name), None)
        if child is None:
            return None
        found = _step(record, child, key)
        if found is None:
            return None
        rt, record = child, found
    f = next((x for x in rt.fields if x.key == parts[-1]), None)
    return None if f is None else (rt, record, f)


def is_free_text(record_type: RecordType, f: Field) -> bool:
    """Whether a field holds free text a mention may mark: text typed by a person, not drawn
    from a vocabulary or naming a record, not a code, and printed in dossiers.

    :param record_type: the record type the field belongs to.
    :param f: the field.
    :return: True for fields such as a summary, a narrative, a description or a place.
    """
    return (
        f.kind == "text"
        and not f.vocab
        and not f.ref
        and not f.pattern
        and (record_type.name, f.key) not in _NOT_FREE_TEXT
        and record_type.name not in _NOT_FREE_TEXT_TYPES
    )


def text_at(case: dict[str, Any], field: str) -> str | None:
    """The text of the free-text field at a path.

    :param case: a case document.
    :param field: a path such as ``"summary"``, ``"interviews/i2/narrative"`` or
        ``"events/e1/acts/a2/description"`` (see the module docstring).
    :return: the field's text (``""`` when the field is empty or absent from its record), or
        None when the path names no record, no field of it, or a field that is no free text
        (:func:`is_free_text`).
    """
    resolved = _resolve(case, field)
    if resolved is None:
        return None
    rt, record, f = resolved
    if not is_free_text(rt, f):
        return None
    value = field_value(record, f.key)
    return value if isinstance(value, str) else ""


def path_of(case: dict[str, Any], record: dict[str, Any], key: str) -> str | None:
    """The path of a field of a record of the case, found by the record's identity (the very
    dict, as the desktop app's forms hold it).

    :param case: a case document.
    :param record: a record dict inside it (or the case itself).
    :param key: the field key (``"narrative"``, ``"arrest.reason_given"``).
    :return: the path (``"interviews/i2/narrative"``), or None when the record is not in the
        case.
    """
    if record is case:
        return key

    def walk(node: dict[str, Any], rt: RecordType, prefix: str) -> Iterator[str]:
        for child in rt.children:
            items = node.get(child.name)
            if not isinstance(items, list):
                continue
            for index, item in enumerate(items):
                if not isinstance(item, dict):
                    continue
                here = f"{prefix}{child.name}/{item.get('id', index)}"
                if item is record:
                    yield f"{here}/{key}"
                yield from walk(item, child, here + "/")

    return next(walk(case, CASE, ""), None)


def find_words(text: str, words: str) -> list[tuple[int, int]]:
    """Where words occur in a text, as the redactor finds a mention's words: both normalised
    (NFC, without invisible format characters: :mod:`fieldmon.vault.textforms`), in any letter
    case, as whole words (no word character right before or after).

    :param text: the text searched.
    :param words: the words sought.
    :return: (start, end) character offsets in ``text`` of each occurrence, in order; empty when
        the words are blank.
    """
    sought = normalise(words).strip()
    if not sought or not text:
        return []
    mapped = normalise_mapped(text)
    pattern = re.compile(r"(?<!\w)" + re.escape(sought) + r"(?!\w)", re.IGNORECASE)
    return [mapped.span(m.start(), m.end()) for m in pattern.finditer(mapped.text)]


def mentions_in(case: dict[str, Any], field: str) -> list[dict[str, Any]]:
    """The mentions recorded for one field of a case.

    :param case: a case document.
    :param field: the field's path.
    :return: the mention records themselves (not copies), in the order stored.
    """
    return [
        m for m in case.get("mentions") or [] if isinstance(m, dict) and m.get("field") == field
    ]


def stale_mentions(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The mentions whose words no longer occur in their field (it was edited, or its record
    removed): the redactor would no longer find them there, so the monitor must look again.

    :param case: a case document.
    :return: the mention records themselves, in the order stored.
    """
    out = []
    for m in case.get("mentions") or []:
        if not isinstance(m, dict):
            continue
        text = text_at(case, str(m.get("field", "")))
        if text is None or not find_words(text, str(m.get("text", ""))):
            out.append(m)
    return out


def person_label(case: dict[str, Any], person_id: str) -> str:
    """A person of the case as a monitor recognises them: ``"p2 Leyla Quliyeva (witness)"``.

    :param case: a case document.
    :param person_id: a person id.
    :return: id, name and role codes; the id alone for a person not in the case.
    """
    for p in case.get("persons") or []:
        if isinstance(p, dict) and p.get("id") == person_id:
            roles = ", ".join(str(r) for r in p.get("roles") or [])
            return f"{person_id} {p.get('name') or ''}" + (f" ({roles})" if roles else "")
    return person_id


def _short(words: str) -> str:
    """Words for a one-line message: on one line, at most 60 characters."""
    flat = " ".join(words.split())
    return flat if len(flat) <= 60 else flat[:59] + "…"


def add_mention(
    case: dict[str, Any], field: str, start: int, end: int, person: str
) -> dict[str, Any]:
    """A copy of the case with one more mention: the words at ``start:end`` of the field name
    the person.

    Spaces around the span are left out of it. The words stored are the text as written there.

    :param case: a case document; not changed.
    :param field: the path of a free-text field (:func:`text_at`).
    :param start: start of the span, in characters (code points) from the start of the text.
    :param end: end of the span (exclusive), in characters.
    :param person: the id of a person of the case.
    :return: a new case document (a deep copy) with the mention appended to ``mentions``.
    :raises MentionRefused: the path names no free-text field of the case; the span is outside
        its text, empty or only spaces, or cuts a word (the redactor matches whole words, so
        such words would never be found); the person is not in the case; the same words are
        already marked in that field for this person, or anywhere in the case for another
        person (the redactor replaces every occurrence of a mention's words, so one set of
        words can name one person only).
    """
    text = text_at(case, field)
    if text is None:
        raise MentionRefused(f"{field!r} is not a free-text field of this case.")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        raise MentionRefused(
            f"The span {start}–{end} is not inside the text of {field} ({len(text)} characters)."
        )
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    words = text[start:end]
    if not normalise(words).strip():
        raise MentionRefused(f"The span {start}–{end} of {field} holds no words.")
    if (start, end) not in find_words(text, words):
        raise MentionRefused(
            f"“{_short(words)}” cuts a word of {field}; mark whole words (a mention is found as"
            " whole words)."
        )
    persons = {p.get("id") for p in case.get("persons") or [] if isinstance(p, dict)}
    if person not in persons:
        raise MentionRefused(f"There is no person {person!r} in this case.")
    folded = normalise(words).strip().casefold()
    for m in case.get("mentions") or []:
        if not isinstance(m, dict) or normalise(str(m.get("text", ""))).casefold() != folded:
            continue
        if m.get("person") != person:
            raise MentionRefused(
                f"“{_short(words)}” is already marked as naming"
                f" {person_label(case, str(m.get('person')))}; the same words cannot name two"
                " persons: mark more words (a full name)."
            )
        if m.get("field") == field:
            raise MentionRefused(
                f"“{_short(words)}” in {field} is already marked as naming"
                f" {person_label(case, person)}."
            )
    out = copy.deepcopy(case)
    mention = {"field": field, "start": start, "end": end, "text": words, "person": person}
    out.setdefault("mentions", []).append(mention)
    return out


def mention_of_words(
    case: dict[str, Any], field: str, words: str, person: str, occurrence: int = 1
) -> dict[str, Any]:
    """A copy of the case with a mention of the words where they occur in the field (the
    ``fieldmon mention`` command): found as :func:`find_words` finds them, then stored by
    :func:`add_mention` with the text as written in the field.

    :param case: a case document; not changed.
    :param field: the path of a free-text field.
    :param words: the words, as typed (any letter case, any normalisation form).
    :param person: the id of a person of the case.
    :param occurrence: which occurrence of the words to mark, counting from 1 (every occurrence
        is rendered at the person's level anyway).
    :return: a new case document with the mention appended.
    :raises MentionRefused: the field is no free-text field of the case, the words are blank or
        do not occur in it as whole words, there are fewer occurrences than ``occurrence``, or
        :func:`add_mention` refuses the mention.
    """
    text = text_at(case, field)
    if text is None:
        raise MentionRefused(f"{field!r} is not a free-text field of this case.")
    if not normalise(words).strip():
        raise MentionRefused("No words to mark: give the words as they are written in the field.")
    spans = find_words(text, words)
    if not spans:
        raise MentionRefused(f"“{_short(words)}” does not occur as whole words in {field}.")
    if occurrence < 1 or occurrence > len(spans):
        raise MentionRefused(
            f"“{_short(words)}” occurs {len(spans)} time(s) in {field}; there is no occurrence"
            f" {occurrence}."
        )
    start, end = spans[occurrence - 1]
    return add_mention(case, field, start, end, person)
