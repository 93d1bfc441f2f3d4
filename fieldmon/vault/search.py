"""Full-text search that finds names the way monitors type them.

People type Azerbaijani and Russian names without the special letters, and often in the other
script: "resad aliyev" must find Rəşad Əliyev, "ilham" İlham, "ежик" ЁЖИК. SQLite's tokenizers
cannot be taught this from Python, so each word is folded here to one key
(:mod:`fieldmon.vault.folding`: Cyrillic in Latin letters, ə/a/e merged, sh/s, ch/c, gh/g, x/kh)
and the index holds the keys. A query word is folded to its key the same way and matched as a
word prefix (SQLite FTS5 documentation, section 3.3 "FTS5 Prefix Queries"). The original text is
kept beside the keys, inside the encrypted database, for snippets.

Words are cut from a normalised form (:func:`normalise`): composed (NFC, Unicode Standard Annex
#15, so "Ş" typed as S and a combining cedilla is one letter), without invisible format
characters (soft hyphen, zero-width space, joiners, BOM, bidi marks) that would split a word.
Indexing, queries and the dossier's redaction use it; :func:`normalise_mapped` maps it back, so
redaction replaces the original.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from typing import Any

from fieldmon.vault.folding import CYRILLIC_TO_LATIN as CYRILLIC_TO_LATIN
from fieldmon.vault.folding import MAX_CACHED_LENGTH, index_keys, query_key
from fieldmon.vault.folding import fold as fold
from fieldmon.vault.model import CASE, RecordType
from fieldmon.vault.references import field_value
from fieldmon.vault.search_text import record_texts
from fieldmon.vault.spellings import MAX_SPELLED_LENGTH as MAX_SPELLED_LENGTH
from fieldmon.vault.spellings import MAX_VARIANTS as MAX_VARIANTS
from fieldmon.vault.spellings import spellings as spellings
from fieldmon.vault.textforms import _MARKS as _MARKS
from fieldmon.vault.textforms import FORMAT_CHARACTERS as FORMAT_CHARACTERS
from fieldmon.vault.textforms import WORD as WORD
from fieldmon.vault.textforms import Normalised as Normalised
from fieldmon.vault.textforms import normalise as normalise
from fieldmon.vault.textforms import normalise_mapped as normalise_mapped

MAX_RANKED = 200
"""Queries with more matches than this are returned in stored order instead of by rank
(BM25 reads every match's size and position lists: past about 200 it was most of a search's
time at 10,000 cases, bench/vault.py)."""


def folded_for_index(text: str) -> str:
    """The text to put in the index's ``folded`` column: the keys of every word.

    :param text: the original text.
    :return: the :func:`~fieldmon.vault.folding.index_keys` of each word of its
        :func:`normalise` form, separated by spaces.
    """
    known = _KEYS_OF
    out = []
    for word in WORD.findall(normalise(text)):
        keys = known.get(word)
        if keys is None:
            keys = " ".join(index_keys(word))
            if len(word) <= MAX_CACHED_LENGTH:
                if len(known) >= _KEYS_CACHED:
                    known.clear()
                known[word] = keys
        out.append(keys)
    return " ".join(out)


_KEYS_CACHED = 262_144
_KEYS_OF: dict[str, str] = {}
"""Each word's index keys joined, for :func:`folded_for_index`: narratives repeat their words,
and a dict lookup is a third of the cost of index_keys' own cache (bench/vault.py's import).
Emptied when full; only words up to MAX_CACHED_LENGTH characters are kept."""


def _searchable_text(rt: RecordType, record: dict[str, Any]) -> str:
    parts: list[str] = []
    for f in rt.fields:
        if not f.searchable:
            continue
        value = field_value(record, f.key)  # a dotted key (arrest.place) reads the nested object
        if isinstance(value, list):
            parts.extend(str(v) for v in value)
        elif value:
            parts.append(str(value))
    return "\n".join(parts)


def entries_for_case(case_rid: int, case: dict[str, Any]) -> list[tuple[Any, ...]]:
    """Index rows (case_rid, record_type, record_id, original, folded) of one case document.

    :param case_rid: the case's row id.
    :param case: its case document.
    :return: one row per record (the case included) with searchable text
        (:attr:`fieldmon.vault.model.Field.searchable`); the case's own row has record_id "".
    """
    rows: list[tuple[Any, ...]] = []

    def add(rt: RecordType, record: dict[str, Any]) -> None:
        text = _searchable_text(rt, record)
        if text:
            # A case is named by its reference in hits; its UUID means nothing to a reader.
            record_id = "" if rt is CASE else record.get("id", "")
            rows.append((case_rid, rt.name, record_id, text, folded_for_index(text)))
        for child in rt.children:
            for item in record.get(child.name) or []:
                add(child, item)

    add(CASE, case)
    return rows


def remove_case(conn: Any, case_rid: int) -> None:
    """Drop a case's entries, found through the indexed owner table (FTS5 cannot index them).

    :param conn: an open vault database connection; the caller holds the transaction.
    :param case_rid: the case's row id.
    """
    conn.execute(
        "DELETE FROM search_index WHERE rowid IN"
        " (SELECT entry FROM search_owner WHERE case_rid = ?)",
        (case_rid,),
    )
    conn.execute("DELETE FROM search_owner WHERE case_rid = ?", (case_rid,))


def stores_text(conn: Any) -> bool:
    """Whether the index keeps each record's text (schema 14 and before) or only its keys.

    :param conn: an open vault database connection.
    :return: False for the contentless table of migration 0015 (``content=''``), True for the
        table of migration 0002.
    """
    return _layout(conn)[0]


def _layout(conn: Any) -> tuple[bool, bool]:
    """Which index this vault's schema has, read in one query (index_case runs once a case).

    :return: whether the FTS5 table keeps the text (:func:`stores_text`), and whether the owner
        table names the record (schema 16, 0016_search_owner_records.sql).
    """
    tables = dict(
        conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
            " AND name IN ('search_index', 'search_owner')"
        ).fetchall()
    )
    index_sql = str(tables.get("search_index") or "")
    return "content=''" not in index_sql.replace(" ", ""), "record_type" in str(
        tables.get("search_owner") or ""
    )


def index_case(conn: Any, case_rid: int, case: dict[str, Any], *, new: bool = False) -> None:
    """Replace the index entries of one case by those of its current document.

    Since schema 15 the text itself is not kept in the index (snippets read it from the
    records: :mod:`fieldmon.vault.search_text`); an index of an older schema (a vault being
    migrated, or made at an older schema by tests) is given it as before.

    :param conn: an open vault database connection; the caller holds the transaction.
    :param case_rid: the case's row id.
    :param case: the case document as stored.
    :param new: the case was not in the vault before this transaction, so it has no entries to
        remove (the removal looks them up, a cost paid for nothing on an import of new cases).
    """
    if not new:
        remove_case(conn, case_rid)
    entries = entries_for_case(case_rid, case)
    if not entries:
        return
    keep_text, owner_names_record = _layout(conn)
    # The entries get the rowids after the newest, given here so that they and their owner
    # rows go in with one executemany each (issue 16: a statement per row cost a fifth of an
    # import). FTS5 reads the newest rowid from the end of its b-tree. The owner table's newest
    # counts too: an owner row left past the index's end (a damaged vault) would otherwise
    # refuse every later import on its primary key.
    newest = conn.execute(
        "SELECT max(coalesce((SELECT rowid FROM search_index ORDER BY rowid DESC LIMIT 1), 0),"
        " coalesce((SELECT entry FROM search_owner ORDER BY entry DESC LIMIT 1), 0))"
    ).fetchone()
    first = int(newest[0]) + 1
    rowids = range(first, first + len(entries))
    numbered = list(zip(rowids, entries, strict=True))
    if owner_names_record:
        # Schema 16: the owner table names the record; the FTS5 table holds the keys only.
        conn.executemany(
            "INSERT INTO search_index (rowid, folded) VALUES (?, ?)",
            [(rowid, entry[4]) for rowid, entry in numbered],
        )
        conn.executemany(
            "INSERT INTO search_owner (entry, case_rid, record_type, record_id)"
            " VALUES (?, ?, ?, ?)",
            [(rowid, case_rid, entry[1], entry[2]) for rowid, entry in numbered],
        )
        return
    conn.executemany(
        "INSERT INTO search_index (rowid, case_rid, record_type, record_id, original, folded)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (rowid, rid, record_type, record_id, original if keep_text else None, folded)
            for rowid, (rid, record_type, record_id, original, folded) in numbered
        ],
    )
    conn.executemany(
        "INSERT INTO search_owner (entry, case_rid) VALUES (?, ?)",
        [(rowid, case_rid) for rowid in rowids],
    )


@dataclass(frozen=True)
class _Source:
    """What a hit's snippet is cut from, once it is asked for."""

    text: str
    terms: list[str]
    matcher: _Matcher


@dataclass(frozen=True)
class Hit:
    """One record that matches a search; its snippet is made when first asked for.

    :ivar case_reference: the case's reference.
    :ivar record_type: the record type (``"cases"``, ``"persons"``...).
    :ivar record_id: the record's id, or "" for the case itself.
    """

    case_reference: str
    record_type: str
    record_id: str
    source: _Source = field(compare=False, repr=False)
    """The record's text and the query, read by :func:`search` (the vault may lock before the
    snippet is asked for: nothing is read from the database afterwards)."""

    @cached_property
    def _cut(self) -> tuple[str, tuple[tuple[int, int], ...]]:
        return _snippet(self.source.text, self.source.terms, self.source.matcher)

    @property
    def snippet(self) -> str:
        """A short passage of the record's text around the first match, with ``…`` where it
        is cut; made on first use (a search shows fewer hits than it returns, at first).

        :return: the passage.
        """
        return self._cut[0]

    @property
    def highlights(self) -> tuple[tuple[int, int], ...]:
        """(start, end) character spans of the matched words within :attr:`snippet`.

        :return: the spans, in order.
        """
        return self._cut[1]

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The snippet with each matched word between before and after.

        :param before: put before each matched word.
        :param after: put after it.
        :return: the marked snippet.
        """
        out, last = "", 0
        snippet = self.snippet
        for start, end in self.highlights:
            out += snippet[last:start] + before + snippet[start:end] + after
            last = end
        return out + snippet[last:]


def query_terms(query: str) -> list[str]:
    """The words of a query in their plain fold (as typed, less case and diacritics).

    :param query: what was typed.
    :return: :func:`fold` of each word of its :func:`normalise` form; empty when the query has
        no word.
    """
    return [fold(w) for w in WORD.findall(normalise(query))]


def query_keys(query: str) -> list[str]:
    """The words of a query as the index is searched for them.

    :param query: what was typed.
    :return: :func:`~fieldmon.vault.folding.query_key` of each word of its :func:`normalise`
        form, in order, without repeats; empty when the query has no word.
    """
    return list(dict.fromkeys(query_key(w) for w in WORD.findall(normalise(query))))


@cache
def _letters_folding_to() -> dict[str, str]:
    """Per folded letter, the Latin and Cyrillic letters that fold to it (itself included)."""
    letters: dict[str, str] = {}
    for code in range(0x0530):
        folded = fold(chr(code))
        if folded and folded != chr(code):
            letters[folded[0]] = letters.get(folded[0], folded[0]) + chr(code)
    return letters


@lru_cache(maxsize=1024)
def _literal(term: str) -> re.Pattern[str]:
    """A pattern of the places where a word starting with term (a plain fold) stands in a text
    as typed, give or take case and diacritics: each letter a class of the letters folding to it.
    """
    letters = _letters_folding_to()
    classes = (f"[{re.escape(letters[c])}]" if c in letters else re.escape(c) for c in term)
    return re.compile(r"(?<!\w)" + "".join(classes))


class _Matcher:
    """Whether a word is one the query asks for; each distinct word is tested once per search.

    :ivar keys: the query's keys (:func:`query_keys`); a word matches when one of its
        :func:`~fieldmon.vault.folding.index_keys` starts with one of them.
    """

    def __init__(self, keys: list[str]) -> None:
        self.keys = tuple(keys)
        self.known: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = any(k.startswith(self.keys) for k in index_keys(word))
        return found


def _snippet(
    text: str, terms: list[str], matches: _Matcher, width: int = 12
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """About width words around a match, with the matching words' spans.

    :param text: a hit's original text.
    :param terms: the query's words in their plain fold (:func:`query_terms`), looked for
        literally first.
    :param matches: whether a word matches the query's keys.
    :param width: words in the snippet when it is cut around a word.
    :return: the snippet and the (start, end) spans of its matching words.
    """
    # Usually a query word stands in the text as typed, give or take case and diacritics:
    # find it with one pattern of letter classes (_literal) and cut the snippet around it;
    # test word by word, in the normalised text, only when it is not there literally (as when
    # it is decomposed, holds invisible characters or is spelled otherwise: "dayanak").
    hit = min((m.start() for t in terms if (m := _literal(t).search(text))), default=None)
    if hit is not None:
        start = text.rfind(" ", 0, max(0, hit - 50)) + 1
        end = text.find(" ", min(len(text), hit + 90))
        end = len(text) if end < 0 else end
    else:
        text = normalise(text)
        words = list(WORD.finditer(text))
        if not words:
            return text[:120], ()
        first = next((i for i, m in enumerate(words) if matches(m.group())), 0)
        lo = max(0, first - width // 3)
        hi = min(len(words), lo + width)
        start, end = words[lo].start(), words[hi - 1].end()
    prefix = "…" if start > 0 else ""
    suffix = "…" if text[end:].strip() else ""
    # Shown composed and without invisible characters: as it looks, cut into words as indexed.
    snippet = prefix + " ".join(normalise(text[start:end]).split()) + suffix
    # Spans are found again in the normalised snippet.
    spans = tuple((m.start(), m.end()) for m in WORD.finditer(snippet) if matches(m.group()))
    return snippet, spans


def match_expression(query: str) -> str | None:
    """The FTS5 query :func:`search` runs for what was typed.

    :param query: what was typed; never passed to FTS5 as syntax.
    :return: ``folded : ("k1"* AND "k2"*)`` of the query's keys (:func:`query_keys`; a key holds
        word characters only, so it needs no escaping inside the quotes), or None when the
        query has no word.
    """
    keys = query_keys(query)
    if not keys:
        return None
    return "folded : (" + " AND ".join(f'"{k}"*' for k in keys) + ")"


def search(conn: Any, query: str, limit: int = 50) -> list[Hit]:
    """The records whose searchable text holds every word of query, as a word prefix.

    A query of the SQLite FTS5 table ``search_index`` (``folded : ("k1"* AND "k2"*)``, the
    query's keys, SQLite FTS5 documentation section 3: full-text query syntax): every word is
    required, and matched as the prefix of an indexed key. Up to
    :data:`MAX_RANKED` matches are ordered by FTS5's ``rank`` (BM25); past that, in the order
    they were stored.

    :param conn: an open vault database connection.
    :param query: what was typed; it is folded to keys (:func:`query_keys`), never passed to
        FTS5 as syntax.
    :param limit: the most hits to return; snippets are made for these only, when first used.
        Nothing is returned when it is 0 or less (SQLite reads a negative LIMIT as none at all).
    :return: the hits, best first; empty when the query has no word.
    """
    match = match_expression(query)
    if match is None or limit <= 0:
        return []
    limit = min(limit, sys.maxsize)  # SQLite's LIMIT is a signed 64-bit integer
    # One pass over the matches, stopping after MAX_RANKED + 1 (or limit): a prefix query
    # merges the lists of every key it starts, and counting first, then ranking, merged them
    # twice or three times (issue 16: half of a search's time). Past MAX_RANKED the matches are
    # shown in the order they were stored, read in that same pass.
    first = [
        int(r[0])
        for r in conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?",
            (match, max(MAX_RANKED + 1, limit)),
        )
    ]
    if len(first) > MAX_RANKED or len(first) <= 1:
        ranked = first[:limit]  # stored order, or nothing to rank
    else:
        # Rank on the index alone, then read the text of the few rows shown: sorting whole rows
        # would decrypt and carry every matching narrative through the sort.
        ranked = [
            int(r[0])
            for r in conn.execute(
                "SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?",
                (match, limit),
            )
        ]
    if not ranked:
        return []
    marks = ", ".join("?" for _ in ranked)
    # The records shown are named by the owner table (schema 16): read by primary key, a third
    # of the cost of reading the FTS5 table's UNINDEXED columns.
    found = {
        int(r[0]): r[1:]
        for r in conn.execute(
            "SELECT o.entry, o.case_rid, c.reference, o.record_type, o.record_id"
            " FROM search_owner AS o JOIN cases AS c ON c.rid = o.case_rid"
            f" WHERE o.entry IN ({marks})",
            ranked,
        )
    }
    rows = [found[r] for r in ranked if r in found]
    # The index holds no text (schema 15): read it from the records shown.
    texts = record_texts(
        conn, [(int(r[0]), r[2], r[3]) for r in rows], _searchable_text, entries_for_case
    )
    hits = []
    terms = query_terms(query)
    matcher = _Matcher(query_keys(query))
    for case_rid, reference, record_type, record_id in rows:
        text = texts.get((int(case_rid), record_type, record_id), "")
        hits.append(Hit(reference, record_type, record_id, _Source(text, terms, matcher)))
    return hits
