"""The JSON Schema of fieldmon-case/1, generated from the record model and the vocabularies.

resources/schema/fieldmon-case-1.schema.json is this function's output, committed so that people
outside the project can read and use it; a test keeps the two identical.
Regenerate with: python -m fieldmon.vault.schema > resources/schema/fieldmon-case-1.schema.json
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from fieldmon.resources import resources_dir, vocabulary
from fieldmon.vault.model import CASE, UUID, Field, RecordType, walk

FORMAT = "fieldmon-case/1"
SCHEMA_FILE = "fieldmon-case-1.schema.json"
# ISO 8601 calendar date, reduced precision allowed, optional time to the minute or second.
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$"

_DESCRIPTIONS = {
    "date": "ISO 8601 date, as precise as known: 2026, 2026-01, 2026-01-09 or 2026-01-09T14:20",
}


def _value_schema(f: Field) -> dict[str, Any]:
    schema: dict[str, Any]
    if f.kind == "bool":
        schema = {"type": "boolean"}
    elif f.kind == "int":
        schema = {"type": "integer", "minimum": 0}
    else:
        schema = {"type": "string"}
        if f.required:
            schema["minLength"] = 1
        if f.kind == "date":
            schema = {
                "type": "string",
                "pattern": DATE_PATTERN,
                "description": _DESCRIPTIONS["date"],
            }
        if f.pattern:
            schema["pattern"] = f.pattern
        if f.vocab:
            schema["enum"] = vocabulary(f.vocab).codes
            schema["description"] = f"A code of the vocabulary resources/vocab/{f.vocab}.json"
        if f.ref:
            schema["description"] = f"The id of a {f.ref} record of the same case"
    return schema


def _field_schema(f: Field) -> dict[str, Any]:
    if f.kind == "list":
        item = _value_schema(Field(f.key, vocab=f.vocab, ref=f.ref, pattern=f.pattern))
        return {"type": "array", "items": item}
    schema = _value_schema(f)
    if f.nullable:
        schema = {"anyOf": [schema, {"type": "null"}]}
    return schema


def _record_schema(rt: RecordType) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    if rt is CASE:
        properties["id"] = {"type": "string", "pattern": UUID, "description": "A UUID"}
        required.append("id")
    elif rt.id_rule != "none":
        properties["id"] = {
            "type": "string",
            "minLength": 1,
            "description": f"Unique among the {rt.name} of its case",
        }
        if rt.id_rule == "required":
            required.append("id")
    groups: dict[str, dict[str, Any]] = {}
    for f in rt.fields:
        if f.group:
            group = groups.setdefault(
                f.group, {"type": "object", "additionalProperties": False, "properties": {}}
            )
            group["properties"][f.leaf] = _field_schema(f)
            continue
        properties[f.key] = _field_schema(f)
        if f.required:
            required.append(f.key)
    properties.update(groups)
    for child in rt.children:
        properties[child.name] = {"type": "array", "items": {"$ref": f"#/$defs/{child.name}"}}
    return {
        "type": "object",
        "additionalProperties": False,
        "required": required,
        "properties": properties,
    }


def build_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a ``fieldmon-case/1`` file, from the record model.

    One ``$defs`` entry per record type of :mod:`fieldmon.vault.model`; vocabulary fields are
    ``enum`` of the codes in ``resources/vocab``, dates match :data:`DATE_PATTERN` (ISO 8601,
    reduced precision allowed), unknown fields are refused (``additionalProperties: false``).

    :return: the schema as a JSON-ready dict.
    """
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:fieldmon:schema:fieldmon-case:1",
        "title": "FieldMon case interchange, format fieldmon-case/1",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "cases"],
        "properties": {
            "format": {"const": FORMAT},
            "note": {"type": "string"},
            "cases": {"type": "array", "items": {"$ref": "#/$defs/cases"}},
            "history": _HISTORY,
        },
        "$defs": {rt.name: _record_schema(rt) for rt, _ in walk()},
    }


_HEX64 = {"type": "string", "pattern": "^[0-9a-f]{64}$"}
# The custody history an export carries for its cases (fieldmon.vault.anchors; described in
# docs/dossiers.md, "History"); import ignores it.
_HISTORY: dict[str, Any] = {
    "type": "object",
    "required": ["format", "cases"],
    "properties": {
        "format": {"const": "fieldmon-case-history/1"},
        "cases": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["case", "entries", "head", "entry_hashes", "sealed"],
                "properties": {
                    "case": {"type": "string"},
                    "entries": {"type": "integer", "minimum": 0},
                    "head": _HEX64,
                    "entry_hashes": {"type": "array", "items": _HEX64},
                    "sealed": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["version", "sha256", "seal_entry"],
                            "properties": {
                                "version": {"type": "integer", "minimum": 1},
                                "sha256": _HEX64,
                                "seal_entry": _HEX64,
                                "timestamp": {"type": "string"},
                            },
                        },
                    },
                },
            },
        },
    },
}


def render_schema() -> str:
    """:func:`build_schema` as the committed file holds it.

    :return: JSON indented by two spaces, non-ASCII kept as is, with a final newline.
    """
    return json.dumps(build_schema(), indent=2, ensure_ascii=False) + "\n"


@cache
def load_schema() -> dict[str, Any]:
    """The committed schema, which is what validation uses.

    Read once (cached) from ``resources/schema/fieldmon-case-1.schema.json``.

    :return: the schema as a dict; callers must not change it.
    :raises OSError: when the file cannot be read.
    """
    path = resources_dir() / "schema" / SCHEMA_FILE
    result: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return result


if __name__ == "__main__":
    print(render_schema(), end="")
