"""Import and export of fieldmon-case/1 files: exactness, round trips, and refusals."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from fieldmon.errors import ImportRejected
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.records import normalise
from fieldmon.vault.store import Vault
from tests.conftest import SHARED_SAMPLES, write_json


def test_bundled_samples_are_the_shared_samples() -> None:
    if not SHARED_SAMPLES.exists():
        pytest.skip("no shared/ folder beside this checkout")
    for name in ("cases.json", "wrist.jpg", "medical-report.pdf"):
        assert (sample_cases_path().parent / name).read_bytes() == (
            SHARED_SAMPLES / name
        ).read_bytes()


def test_samples_import_exactly(vault: Vault, sample_document: dict[str, Any]) -> None:
    exported = casejson.export_document(vault)
    assert exported["format"] == "fieldmon-case/1"
    assert exported["cases"] == [normalise(c) for c in sample_document["cases"]]


def test_round_trip_gives_the_same_records(
    vault: Vault, tmp_path: Path, empty_vault_factory: Any
) -> None:
    first = casejson.export_document(vault)
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    path = bundle / "export.json"
    written = casejson.export_bundle(vault, path, with_files=True)
    assert {p.name for p in written} == {"export.json", "wrist.jpg", "medical-report.pdf"}
    second_vault = empty_vault_factory()
    casejson.import_file(second_vault, path)
    # The records are the same; the history is each vault's own log (and grows with each export).
    assert casejson.export_document(second_vault)["cases"] == first["cases"]
    hashes = {(a.evidence_id, a.sha256) for a in vault.attachments("AZ-2026-001")}
    assert {(a.evidence_id, a.sha256) for a in second_vault.attachments("AZ-2026-001")} == hashes
    # Re-importing into the same vault replaces the cases with themselves, and a file already
    # stored is not stored twice, even when the export came without its files.
    alone = tmp_path / "alone.json"
    casejson.export_bundle(vault, alone)
    casejson.import_file(vault, alone)
    casejson.import_file(vault, path)
    assert casejson.export_document(vault)["cases"] == first["cases"]
    assert len(vault.attachments("AZ-2026-001")) == 2


def test_export_of_one_case(vault: Vault) -> None:
    document = casejson.export_document(vault, ["AZ-2026-002"])
    assert [c["reference"] for c in document["cases"]] == ["AZ-2026-002"]


def _mutated(document: dict[str, Any], change: Any) -> dict[str, Any]:
    result = copy.deepcopy(document)
    change(result)
    return result


def _set(path: list[Any], value: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        node = document
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    return change


BAD_INPUTS = [
    pytest.param(
        _set(["cases", 0, "events", 0, "acts", 1, "methods", 1], "waterboarding_x"),
        ["AZ-2026-001", "events[e1].acts[a2].methods[1]", "'waterboarding_x'", "torture_methods"],
        id="unknown vocabulary value",
    ),
    pytest.param(
        _set(["cases", 0, "events", 0, "acts", 0, "victim"], "p9"),
        ["AZ-2026-001", "events[e1].acts[a1].victim", "'p9'", "names no person"],
        id="dangling reference",
    ),
    pytest.param(
        _set(["cases", 1, "persons", 1, "id"], "p1"),
        ["AZ-2026-002", "persons[1].id", "'p1'", "two persons"],
        id="duplicate person id",
    ),
    pytest.param(
        _set(["cases", 2, "id"], "5b0e4f2a-9a41-4c55-8f0e-0c8f5d1a0001"),
        ["AZ-2026-003", "id", "5b0e4f2a-9a41-4c55-8f0e-0c8f5d1a0001", "AZ-2026-001"],
        id="duplicate case id",
    ),
    pytest.param(
        _set(["cases", 2, "reference"], "AZ-2026-001"),
        ["reference", "'AZ-2026-001'", "another case"],
        id="duplicate case reference",
    ),
    pytest.param(
        _set(["cases", 0, "violations", 0, "acts", 0], "a7"),
        ["AZ-2026-001", "violations[0].acts[0]", "'a7'", "names no act"],
        id="violation naming a missing act",
    ),
    pytest.param(
        _set(["cases", 0, "events", 1, "start"], "2026-02-30"),
        ["AZ-2026-001", "events[e2].start", "'2026-02-30'", "calendar date"],
        id="impossible date",
    ),
    pytest.param(
        _set(["cases", 0, "events", 1, "start"], "10/01/2026"),
        ["AZ-2026-001", "events[e2].start", "'10/01/2026'", "not a date"],
        id="date in the wrong form",
    ),
    pytest.param(
        _set(["cases", 0, "persons", 0, "place_of_origin"], "Bakı"),
        ["AZ-2026-001", "persons[p1].place_of_origin", "'Bakı'", "not a field"],
        id="unknown field",
    ),
    pytest.param(
        lambda d: d["cases"][1]["persons"][0].pop("name"),
        ["AZ-2026-002", "persons[p1].name", "is missing"],
        id="missing required field",
    ),
    pytest.param(
        _set(["cases", 0, "persons", 0, "group_size"], "twelve"),
        ["AZ-2026-001", "persons[p1].group_size", "'twelve'", "whole number"],
        id="wrong type",
    ),
    pytest.param(
        lambda d: d["cases"][0]["consents"].append(dict(d["cases"][0]["consents"][0])),
        ["AZ-2026-001", "consents[4]", "echr", "same person and recipient"],
        id="two consents for one person and recipient",
    ),
    pytest.param(
        _set(["cases", 0, "id"], "not-a-uuid"),
        ["AZ-2026-001", "field id", "'not-a-uuid'"],
        id="case id not a UUID",
    ),
]


@pytest.mark.parametrize(("change", "expected"), BAD_INPUTS)
def test_bad_input_changes_nothing_and_says_where(
    vault: Vault, sample_document: dict[str, Any], tmp_path: Path, change: Any, expected: list[str]
) -> None:
    # A vault already holding the samples, edited in one place so a change would show.
    before = casejson.export_document(vault)
    bad = _mutated(sample_document, change)
    bad["cases"][0]["title"] = "A title that must not be stored"
    path = write_json(tmp_path / "bad.json", bad)
    with pytest.raises(ImportRejected) as caught:
        casejson.import_file(vault, path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert "\n" not in message
    for part in expected:
        assert part in message, message
    assert casejson.export_document(vault)["cases"] == before["cases"]


def test_bad_case_after_good_ones_imports_none(
    empty_vault: Vault, sample_document: dict[str, Any], tmp_path: Path
) -> None:
    bad = _mutated(sample_document, _set(["cases", 2, "status"], "forgotten"))
    with pytest.raises(ImportRejected, match=r"AZ-2026-003.*status.*'forgotten'"):
        casejson.import_file(empty_vault, write_json(tmp_path / "bad.json", bad))
    assert empty_vault.list_cases() == []


def test_reference_taken_by_another_case_in_the_vault(
    vault: Vault, sample_document: dict[str, Any], tmp_path: Path
) -> None:
    other = copy.deepcopy(sample_document["cases"][1])
    other["id"] = "0b0e4f2a-9a41-4c55-8f0e-0c8f5d1a0009"
    other["reference"] = "AZ-2026-001"
    path = write_json(tmp_path / "other.json", {"format": "fieldmon-case/1", "cases": [other]})
    with pytest.raises(ImportRejected, match="already used by another case"):
        casejson.import_file(vault, path)
    assert vault.get_case("AZ-2026-001")["title"].startswith("Blogger")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ('{"format": "fieldmon-case/1", "cases": [', "not valid JSON at line 1"),
        ("", "not valid JSON"),
        ('{"format": "fieldmon-case/9", "cases": []}', "'fieldmon-case/9'"),
        ('{"cases": {}}', "field format"),
        ("[1, 2, 3]", "not a fieldmon-case file"),
        ('{"format": "fieldmon-case/1", "cases": {}}', "field cases"),
        ('{"format": "fieldmon-case/1", "cases": [], "extra": 1}', "field extra"),
    ],
)
def test_malformed_files(vault: Vault, tmp_path: Path, content: str, expected: str) -> None:
    before = casejson.export_document(vault)
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportRejected) as caught:
        casejson.import_file(vault, path)
    assert str(path) in str(caught.value) and expected in str(caught.value)
    assert casejson.export_document(vault)["cases"] == before["cases"]


def test_unreadable_files(vault: Vault, tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="no such file"):
        casejson.import_file(vault, tmp_path / "missing.json")
    with pytest.raises(ImportRejected, match="is a folder"):
        casejson.import_file(vault, tmp_path)
    binary = tmp_path / "photo.json"
    binary.write_bytes(b"\xff\xd8\xff\xe0 not json")
    with pytest.raises(ImportRejected, match="not UTF-8"):
        casejson.import_file(vault, binary)


def test_empty_case_list_is_fine(empty_vault: Vault, tmp_path: Path) -> None:
    path = write_json(tmp_path / "empty.json", {"format": "fieldmon-case/1", "cases": []})
    assert casejson.import_file(empty_vault, path) == []


def test_export_is_valid_json_with_any_script(vault: Vault) -> None:
    text = casejson.dumps(casejson.export_document(vault))
    assert "Rəşad Əliyev" in text and "Лейла Мамедова" in text
    assert json.loads(text)["format"] == "fieldmon-case/1"
