"""Search finds names and words the way monitors type them, in any script."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldmon.vault.folding import index_keys, query_key
from fieldmon.vault.search import fold, spellings
from fieldmon.vault.store import Vault
from tests.conftest import write_json

# Fictional people whose names exercise the folding rules the samples do not.
EXTRA = {
    "format": "fieldmon-case/1",
    "cases": [
        {
            "id": "7c1d2e3f-0000-4000-8000-000000000101",
            "reference": "TEST-FOLD-1",
            "title": "Folding test case",
            "persons": [
                {"id": "p1", "name": "İlham Təhməzov", "roles": ["victim"]},
                {"id": "p2", "name": "Ilham Quliyev", "roles": ["witness"]},
                {"id": "p3", "name": "Пётр ЁЖИКОВ", "other_names": ["ЁЖИК"], "roles": ["witness"]},
                {"id": "p4", "name": "Xədicə Şahbazova", "roles": ["relative"]},
            ],
            "events": [
                {"id": "e1", "title": "Hearing", "place": "Gəncə, Nizami rayonu (fictional)"}
            ],
        }
    ],
}


@pytest.fixture
def searchable(vault: Vault, tmp_path: Path) -> Vault:
    from fieldmon.exchange import casejson

    casejson.import_file(vault, write_json(tmp_path / "extra.json", EXTRA))
    return vault


def _names(vault: Vault, query: str) -> set[tuple[str, str, str]]:
    return {(h.case_reference, h.record_type, h.record_id) for h in vault.search(query)}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("resad aliyev", {("AZ-2026-001", "persons", "p1")}),
        ("Rəşad Əliyev", {("AZ-2026-001", "persons", "p1")}),
        ("rashad", {("AZ-2026-001", "persons", "p1")}),
        ("рашад алиев", {("AZ-2026-001", "persons", "p1")}),
        ("leyla memmedova", {("AZ-2026-002", "persons", "p1")}),
        ("лейла", {("AZ-2026-002", "persons", "p1")}),
        ("mamedova", {("AZ-2026-002", "persons", "p1")}),
        ("ilham", {("TEST-FOLD-1", "persons", "p1"), ("TEST-FOLD-1", "persons", "p2")}),
        ("İLHAM", {("TEST-FOLD-1", "persons", "p1"), ("TEST-FOLD-1", "persons", "p2")}),
        ("ежик", {("TEST-FOLD-1", "persons", "p3")}),
        ("петр", {("TEST-FOLD-1", "persons", "p3")}),
        ("xedice sahbazova", {("TEST-FOLD-1", "persons", "p4")}),
        ("khadice", {("TEST-FOLD-1", "persons", "p4")}),
        ("gence", {("TEST-FOLD-1", "events", "e1")}),
        ("polietilen paket", {("AZ-2026-001", "interviews", "i1")}),
        ("невыездная", {("AZ-2026-002", "interviews", "i1")}),
        ("LGBTI", {("AZ-2026-003", "cases", "")}),
        ("heydar aliyev airport", {("AZ-2026-002", "events", "e1")}),
    ],
)
def test_search_examples(
    searchable: Vault, query: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _names(searchable, query) == expected


def test_every_hit_has_a_snippet_with_the_match_marked(searchable: Vault) -> None:
    hits = searchable.search("resad aliyev")
    assert len(hits) == 1
    assert hits[0].marked().startswith("[Rəşad] [Əliyev]")
    narrative = searchable.search("elektrik")[0]
    assert narrative.record_type == "interviews"
    assert "[elektrik]" in narrative.marked() and narrative.snippet.startswith("…")
    assert len(narrative.snippet) < 200


def test_snippets_are_cut_from_the_records_after_the_vault_locks(searchable: Vault) -> None:
    """The index keeps no text since schema 15: the search reads the records shown, and a
    snippet asked for after the vault locked reads nothing more."""
    hits = searchable.search("elektrik", limit=3)
    assert hits
    assert searchable.conn.execute(
        "SELECT count(*) FROM search_index WHERE original IS NOT NULL"
    ).fetchone() == (0,)
    searchable.close()
    assert all("[elektrik]" in h.marked().casefold() for h in hits)


def test_no_match_and_odd_queries(searchable: Vault) -> None:
    assert searchable.search("zzzzqqq") == []
    assert searchable.search("") == []
    assert searchable.search('" OR * NEAR( -') == []
    # Query syntax characters are never passed to FTS5 as syntax.
    assert _names(searchable, 'resad" OR "x') == set()


def test_search_follows_edits_and_deletes(searchable: Vault) -> None:
    case = searchable.get_case("TEST-FOLD-1")
    case["persons"][1]["name"] = "Vüqar Quliyev"
    searchable.store_cases([case])
    assert _names(searchable, "ilham") == {("TEST-FOLD-1", "persons", "p1")}
    assert _names(searchable, "vuqar") == {("TEST-FOLD-1", "persons", "p2")}
    searchable.delete_case("TEST-FOLD-1")
    assert _names(searchable, "vuqar") == set()


def test_a_nested_searchable_field_is_found(searchable: Vault) -> None:
    """arrest.place (a dotted key of the model: the place of detention by name) is searchable;
    the indexer read it by its flat key, found nothing, and never indexed it."""
    case = searchable.get_case("AZ-2026-001")
    act = next(a for e in case["events"] for a in e.get("acts", []) if a["type"] == "arrest")
    act["arrest"]["place"] = "Qaradagh temporary holding facility (fictional)"
    searchable.store_cases([case])
    assert _names(searchable, "qaradag") == {("AZ-2026-001", "acts", act["id"])}
    hit = next(h for h in searchable.search("qaradagh") if h.record_type == "acts")
    assert "Qaradagh" in hit.marked()


def test_folding_rules() -> None:
    assert fold("Rəşad ƏLİYEV") == "resad eliyev"
    assert fold("ЁЖИК") == "ежик"
    assert fold("Ilham") == fold("İlham") == "ilham"
    assert {"resad", "rashad"} <= set(spellings("Rəşad"))
    assert "mamedova" in spellings("Мамедова")
    # One key per word, the same for every spelling (fieldmon.vault.folding).
    assert {query_key(w) for w in ("Rəşad", "resad", "rashad", "RASAD", "Рашад")} == {"resed"}
    assert index_keys("Orxan") == (query_key("orkhan"),) == ("orkhen",)
    assert index_keys("Артём") == ("ertem", "ertyom")


def test_broad_queries_still_answer(searchable: Vault) -> None:
    """Past MAX_RANKED matches, hits come in stored order instead of by rank; both give hits."""
    from fieldmon.vault import search as search_module

    ranked = searchable.search("a")
    original = search_module.MAX_RANKED
    search_module.MAX_RANKED = 1
    try:
        newest_first = searchable.search("a")
    finally:
        search_module.MAX_RANKED = original
    assert ranked and newest_first
    assert {h.case_reference for h in ranked} == {h.case_reference for h in newest_first}


@pytest.mark.parametrize(
    ("typed", "word"),
    [
        ("dayanak", "dəyənəklə"),
        ("deyenek", "dəyənəklə"),
        ("sergey", "Сергей"),
        ("sergei", "Сергей"),
        ("leyla", "Лейла"),
        ("artyom", "Артём"),
        ("ezhik", "ЁЖИК"),
    ],
)
def test_spellings_people_type(typed: str, word: str) -> None:
    assert any(s.startswith(fold(typed)) for s in spellings(word)), spellings(word)
    assert any(k.startswith(query_key(typed)) for k in index_keys(word)), index_keys(word)


def test_a_limit_of_zero_or_less_finds_nothing_and_a_huge_one_everything(
    searchable: Vault,
) -> None:
    """SQLite reads a negative LIMIT as no limit, and a LIMIT past 2**63 - 1 cannot be bound."""
    every = searchable.search("a", limit=10_000)
    assert len(every) > 1
    assert searchable.search("a", limit=0) == []
    assert searchable.search("a", limit=-1) == []
    assert searchable.search("a", limit=2**64) == every
    assert len(searchable.search("a", limit=1)) == 1
