"""Search by one key per word finds every record the index of every spelling found (issue 16).

Up to schema version 14 each word was indexed under every spelling a monitor may type
(fieldmon.vault.spellings) and a query word was matched, in its plain fold, as a prefix of one
of them. Since version 15 each word has one key (fieldmon.vault.folding). Here the old index is
rebuilt beside a real vault, in an in-memory FTS5 table of the same definition (migration 0002),
from the same generated cases as bench/vault.py makes; bench/vault.py's query mix and the
examples of tests/test_search.py must find, through Vault.search, a superset of what the old
index found, query by query. A vault of schema 14 migrates to the keys and finds the same; one of
schema 15 gets the owner table's record names (0016) and finds the same records.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import pytest

from bench.vault import CaseGenerator, make_queries
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault import folding
from fieldmon.vault.migrations import LATEST
from fieldmon.vault.search import (
    WORD,
    entries_for_case,
    folded_for_index,
    match_expression,
    normalise,
    query_terms,
    spellings,
    stores_text,
)
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, SHARED_SAMPLES
from tests.test_search import EXTRA

CASES = 150
QUERIES = 600
SEED = 16
# Queries of tests/test_search.py and the folding tests, each with the word it must find.
TYPED = (
    "resad aliyev",
    "Rəşad Əliyev",
    "rashad",
    "рашад алиев",
    "leyla memmedova",
    "лейла",
    "mamedova",
    "ilham",
    "İLHAM",
    "ежик",
    "петр",
    "pyotr",
    "xedice sahbazova",
    "khadice",
    "gence",
    "polietilen paket",
    "невыездная",
    "LGBTI",
    "heydar aliyev airport",
    "dayanak",
    "deyenek",
    "sergey",
    "sergei",
    "artyom",
    "artem",
    "ezhik",
    "yozhik",
    "elektrik",
    "Şükür",
    "S\u0327u\u0308ku\u0308r",
    "şü\u00adkür",
    "a",
)

Key = tuple[str, str, str]


def old_folded(text: str) -> str:
    """The folded column as schema 14 wrote it: every spelling of every word."""
    return " ".join(" ".join(spellings(w)) for w in WORD.findall(normalise(text)))


class OldIndex:
    """The schema-14 index of some cases, in memory, searched as schema 14 searched it."""

    def __init__(self) -> None:
        self.conn = sqlite3.connect(":memory:")
        # The table of migration 0002, as it stood up to schema 14.
        self.conn.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5(ref UNINDEXED, record_type UNINDEXED,"
            " record_id UNINDEXED, folded, tokenize = 'unicode61 remove_diacritics 0',"
            " prefix = '2 3 4')"
        )

    def add(self, reference: str, case: dict[str, Any]) -> None:
        """Index a case as schema 14 did."""
        self.conn.executemany(
            "INSERT INTO search_index VALUES (?, ?, ?, ?)",
            [(reference, r[1], r[2] or "", old_folded(r[3])) for r in entries_for_case(0, case)],
        )

    def find(self, query: str) -> set[Key]:
        """Every record the schema-14 search matched (no limit)."""
        terms = query_terms(query)
        if not terms:
            return set()
        match = "folded : (" + " AND ".join(f'"{t}"*' for t in terms) + ")"
        rows = self.conn.execute(
            "SELECT ref, record_type, record_id FROM search_index WHERE search_index MATCH ?",
            (match,),
        )
        return {(r[0], r[1], r[2]) for r in rows}


def found(vault: Vault, query: str) -> set[Key]:
    """Every record the vault's search matches (no limit): its FTS5 query on the vault."""
    match = match_expression(query)
    if match is None:
        return set()
    rows = vault.conn.execute(
        "SELECT c.reference, o.record_type, o.record_id FROM search_index AS s"
        " JOIN search_owner AS o ON o.entry = s.rowid"
        " JOIN cases AS c ON c.rid = o.case_rid WHERE search_index MATCH ?",
        (match,),
    )
    return {(r[0], r[1], r[2] or "") for r in rows}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, OldIndex, list[str]]]:
    """A real vault of generated cases and the test_search examples, its old index and queries."""
    generator = CaseGenerator(SEED)
    cases: list[dict[str, Any]] = [dict(generator.case(n + 1)) for n in range(CASES)]
    cases += cast(list[dict[str, Any]], EXTRA["cases"])
    vault = Vault.create(tmp_path_factory.mktemp("recall") / "v", PASSPHRASE, kdf=FAST_KDF)
    shared = SHARED_SAMPLES / "cases.json"  # the samples of test_search.py, as conftest finds them
    casejson.import_file(vault, shared if shared.exists() else sample_cases_path())
    vault.store_cases(cases)
    old = OldIndex()
    for summary in vault.list_cases():
        old.add(summary.reference, vault.get_case(summary.reference))
    names = [p["name"] for case in cases for p in case.get("persons", [])]
    queries = [q.text for q in make_queries(QUERIES, SEED, names)] + list(TYPED)
    try:
        yield vault, old, queries
    finally:
        vault.close()


def test_every_record_found_before_is_found(corpus: tuple[Vault, OldIndex, list[str]]) -> None:
    vault, old, queries = corpus
    before = {q: old.find(q) for q in queries}
    missing = {q: before[q] - found(vault, q) for q in queries}
    assert {q: m for q, m in missing.items() if m} == {}
    # The examples find what they must, so the comparison is not between two empty sets.
    assert sum(1 for q in queries if before[q]) > len(queries) // 2
    assert ("AZ-2026-001", "persons", "p1") in found(vault, "rashad")


@pytest.mark.parametrize("query", TYPED)
def test_search_returns_what_its_query_matches(
    corpus: tuple[Vault, OldIndex, list[str]], query: str
) -> None:
    """Vault.search returns the best of the matches, up to its limit, each with a snippet."""
    vault, old, _ = corpus
    matched = found(vault, query)
    hits = vault.search(query, 20)
    assert {(h.case_reference, h.record_type, h.record_id) for h in hits} <= matched
    assert len(hits) == min(20, len(matched))
    if old.find(query):
        assert hits and all(h.snippet and h.highlights for h in hits), query


def test_the_keys_cover_every_spelling(corpus: tuple[Vault, OldIndex, list[str]]) -> None:
    """The key of each old spelling of a word is a key of the word: a prefix of a spelling is
    then a prefix of a key (each folding rule looks only at the letter before it)."""
    vault, _, _ = corpus
    words = {
        w
        for summary in vault.list_cases()
        for row in entries_for_case(0, vault.get_case(summary.reference))
        for w in WORD.findall(normalise(row[3]))
    }
    assert len(words) > 1000
    uncovered = {
        (w, s)
        for w in words
        for s in spellings(w)
        if folding.canonical(s) not in folding.index_keys(w)
    }
    assert uncovered == set()


@pytest.mark.parametrize(
    ("typed", "word"),
    [("artyom", "Артём"), ("artem", "Артём"), ("sergey", "Сергей"), ("sergei", "Сергей")],
)
def test_yo_and_short_i_are_found_both_ways(typed: str, word: str) -> None:
    assert any(k.startswith(folding.query_key(typed)) for k in folding.index_keys(word))


@pytest.mark.parametrize(
    "word", ["Orxan", "Şahin", "Çinarə", "Toğrul", "Щукин", "Хасанова", "Ёлкина", "İshaq"]
)
def test_every_prefix_of_every_spelling_finds_the_word(word: str) -> None:
    for spelled in spellings(word):
        for end in range(1, len(spelled) + 1):
            key = folding.query_key(spelled[:end])
            assert any(k.startswith(key) for k in folding.index_keys(word)), spelled[:end]


def test_a_schema_14_vault_migrates_and_finds_the_same(
    tmp_path: Path, corpus: tuple[Vault, OldIndex, list[str]]
) -> None:
    source, old, queries = corpus
    cases = [source.get_case(s.reference) for s in source.list_cases()][:40]
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, schema_version=14)
    vault.store_cases(cases)
    # The index as schema 14 wrote it.
    conn = vault.conn
    conn.execute("BEGIN")
    for rowid, original in conn.execute("SELECT rowid, original FROM search_index").fetchall():
        conn.execute(
            "UPDATE search_index SET folded = ? WHERE rowid = ?", (old_folded(original), rowid)
        )
    conn.execute("COMMIT")
    rows = conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    vault.close()
    references = {c["reference"] for c in cases}
    with Vault.open(tmp_path / "v", PASSPHRASE) as migrated:
        assert migrated.schema_version == LATEST >= 15
        conn = migrated.conn
        assert conn.execute("SELECT count(*) FROM search_index").fetchone()[0] == rows
        assert conn.execute("SELECT count(*) FROM search_owner").fetchone()[0] == rows
        # The keys only, no copy of the text (snippets read it from the records).
        assert not stores_text(conn)
        assert (
            conn.execute("SELECT count(*) FROM search_index WHERE original IS NULL").fetchone()[0]
            == rows
        )
        case = cases[0]
        texts = [row[3] for row in entries_for_case(0, case)]
        keys = folded_for_index(texts[0]).split()
        assert {h.case_reference for h in migrated.search(" ".join(keys[:2]))} >= {
            case["reference"]
        }
        for query in queries[:200] + list(TYPED):
            before = {hit for hit in old.find(query) if hit[0] in references}
            assert before <= found(migrated, query), query


def test_a_schema_15_vault_names_its_records_in_the_owner_table(
    tmp_path: Path, corpus: tuple[Vault, OldIndex, list[str]]
) -> None:
    """Migration 0016 copies each entry's record from the FTS5 table's UNINDEXED columns into
    search_owner; entries written afterwards name it there only."""
    source, _, queries = corpus
    cases = [source.get_case(s.reference) for s in source.list_cases()]
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, schema_version=15)
    vault.store_cases(cases[:40])
    before = set(
        vault.conn.execute(
            "SELECT rowid, case_rid, record_type, coalesce(record_id, '') FROM search_index"
        ).fetchall()
    )
    found_before = {q: found_at_15(vault, q) for q in queries[:200]}
    vault.close()
    with Vault.open(tmp_path / "v", PASSPHRASE) as migrated:
        assert migrated.schema_version == LATEST >= 16
        conn = migrated.conn
        owner = set(
            conn.execute(
                "SELECT entry, case_rid, record_type, record_id FROM search_owner"
            ).fetchall()
        )
        assert len(before) > 200
        assert owner == before
        for query, records in found_before.items():
            assert found(migrated, query) == records, query
        # A case stored now: its entries are named in the owner table, not in the FTS5 table.
        migrated.store_cases(cases[40:41])
        rid = conn.execute(
            "SELECT rid FROM cases WHERE reference = ?", (cases[40]["reference"],)
        ).fetchone()[0]
        entries = conn.execute(
            "SELECT s.case_rid, s.record_type, s.record_id, o.record_type FROM search_owner AS o"
            " JOIN search_index AS s ON s.rowid = o.entry WHERE o.case_rid = ?",
            (rid,),
        ).fetchall()
        assert entries and all(e[:3] == (None, None, None) and e[3] for e in entries)
        person = cases[40]["persons"][0]
        hits = migrated.search(person["name"], 200)
        assert (cases[40]["reference"], "persons", person["id"]) in {
            (h.case_reference, h.record_type, h.record_id) for h in hits
        }
        assert all(h.snippet for h in hits)


def found_at_15(vault: Vault, query: str) -> set[Key]:
    """What the FTS5 query matches at schema 15, whose owner table names no record."""
    match = match_expression(query)
    if match is None:
        return set()
    rows = vault.conn.execute(
        "SELECT c.reference, s.record_type, s.record_id FROM search_index AS s"
        " JOIN cases AS c ON c.rid = s.case_rid WHERE search_index MATCH ?",
        (match,),
    )
    return {(r[0], r[1], r[2] or "") for r in rows}
