"""An export, history and all, is valid against the published schema of fieldmon-case/1, so
a validator at headquarters does not refuse what FieldMon writes (issue 12, item 3)."""

from __future__ import annotations

import json

import jsonschema

from fieldmon.exchange.casejson import export_document
from fieldmon.vault.schema import build_schema, load_schema
from fieldmon.vault.store import Vault


def test_an_export_with_its_history_is_valid_against_the_schema(vault: Vault) -> None:
    vault.seal("AZ-2026-001")
    document = json.loads(json.dumps(export_document(vault)))
    assert document["history"]["cases"]
    jsonschema.validate(document, load_schema())
    jsonschema.validate(document, build_schema())
    broken = dict(document, history={"format": "fieldmon-case-history/1", "cases": [{}]})
    try:
        jsonschema.validate(broken, load_schema())
    except jsonschema.ValidationError:
        return
    raise AssertionError("a history without its fields was accepted")
