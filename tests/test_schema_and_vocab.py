"""The published JSON Schema and the controlled vocabularies."""

from __future__ import annotations

import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from fieldmon.resources import LANGUAGES, resources_dir, vocabulary
from fieldmon.vault.model import all_vocabularies
from fieldmon.vault.schema import SCHEMA_FILE, render_schema

VOCAB_FILES = sorted((resources_dir() / "vocab").glob("*.json"))


def test_committed_schema_is_current() -> None:
    committed = (resources_dir() / "schema" / SCHEMA_FILE).read_text(encoding="utf-8")
    assert committed == render_schema(), "run `make schema` and commit the result"


def test_schema_is_valid_and_accepts_the_samples(sample_document: dict[str, Any]) -> None:
    schema = json.loads((resources_dir() / "schema" / SCHEMA_FILE).read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert list(Draft202012Validator(schema).iter_errors(sample_document)) == []


def test_every_vocabulary_the_model_uses_exists() -> None:
    names = {path.stem for path in VOCAB_FILES}
    assert all_vocabularies() <= names


@pytest.mark.parametrize("path", VOCAB_FILES, ids=lambda p: p.stem)
def test_vocabulary_files_are_complete(path: Any) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["name"] == path.stem
    assert set(data["title"]) == set(LANGUAGES)
    codes = [t["code"] for t in data["terms"]]
    assert len(codes) == len(set(codes)), "duplicate codes"
    for term in data["terms"]:
        assert set(term) <= {"code", "labels", "huridocs"}
        for language in LANGUAGES:
            assert term["labels"][language].strip(), (term["code"], language)


def test_labels_by_language() -> None:
    methods = vocabulary("torture_methods")
    assert methods.label("electric_shock", "en") == "Electric shock"
    assert methods.label("electric_shock", "ru") != methods.label("electric_shock", "en")
    assert vocabulary("consistency").codes == [
        "not_consistent",
        "consistent",
        "highly_consistent",
        "typical_of",
        "diagnostic_of",
    ]
    # An unknown code is shown as itself rather than hidden.
    assert methods.label("no_such_code") == "no_such_code"
