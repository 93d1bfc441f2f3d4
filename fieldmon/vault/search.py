"""Full-text search that finds names the way monitors type them.

People type Azerbaijani and Russian names without the special letters, and often in the other
script: "resad aliyev" must find Rəşad Əliyev, "ilham" İlham, "ежик" ЁЖИК. SQLite's tokenizers
cannot be taught this from Python, so each word is folded here and indexed under every spelling a
person is likely to type (ə as e or a, ş as s or sh, Cyrillic also in Latin letters). A query is
folded the same way and matched as word prefixes. The original text is kept beside the folded
text, inside the encrypted database, for snippets.

Words are cut from a normalised form (:func:`normalise`): composed (NFC, so "Ş" typed as S and a
combining cedilla is one letter), without invisible format characters (soft hyphen, zero-width
space, joiners, BOM, bidi marks) that would split a word. Indexing, queries and the dossier's
redaction use it; :func:`normalise_mapped` maps it back, so redaction replaces the original.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, product
from typing import Any

from fieldmon.vault.model import CASE, RecordType
from fieldmon.vault.textforms import _MARKS as _MARKS
from fieldmon.vault.textforms import FORMAT_CHARACTERS as FORMAT_CHARACTERS
from fieldmon.vault.textforms import WORD as WORD
from fieldmon.vault.textforms import Normalised as Normalised
from fieldmon.vault.textforms import normalise as normalise
from fieldmon.vault.textforms import normalise_mapped as normalise_mapped

MAX_VARIANTS = 32
"""At most this many folded spellings are indexed per word (plus its Latin transliteration)."""
MAX_SPELLED_LENGTH = 64
"""Words longer than this many characters are indexed under their plain fold only."""
MAX_RANKED = 500
"""Queries with more matches than this are returned in stored order instead of by rank."""


# Letters a person types in more than one way; the first spelling is the plain fold.
_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "ə": ("e", "a"),
    "ә": ("е", "а"),  # Azerbaijani Cyrillic schwa
    "ş": ("s", "sh"),
    "ç": ("c", "ch"),
    "ğ": ("g", "gh"),
    "x": ("x", "kh"),
}
# Letters without a Unicode decomposition to strip (ё and й fold by losing their marks).
_SINGLE: dict[str, str] = {
    "ı": "i",
    "ғ": "г",
    "һ": "х",
    "ҹ": "ч",
    "ј": "и",
    "ө": "о",
    "ү": "у",
    "ҝ": "к",
    "\u0640": "",  # Arabic tatweel: stretches a letter, is no letter
}
CYRILLIC_TO_LATIN: dict[str, str] = {
    "ё": "yo",
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
}


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The plain fold of a text: lower case, no diacritics, one spelling per letter.

    :func:`normalise` (NFC, no format characters), case folding (:meth:`str.casefold`), then
    Azerbaijani letters to the one plain spelling (``ə`` -> ``e``, ``ş`` -> ``s``, ``ı`` ->
    ``i``...), Arabic tatweel dropped, then the marks Unicode NFKD decomposition separates
    (accents, Arabic harakat) are dropped. Cyrillic stays Cyrillic.

    :param text: any text.
    :return: the folded text; not always as long as text (NFKD may add or split characters).
    """
    lowered = normalise(text).casefold()
    lowered = "".join(_SINGLE.get(c, c) for c in lowered)
    lowered = "".join(_ALTERNATIVES[c][0] if c in _ALTERNATIVES else c for c in lowered)
    return _strip_marks(lowered)


def spellings(word: str) -> tuple[str, ...]:
    """The folded spellings a person might type for one word, plain fold first: see
    `_spellings`. A word longer than :data:`MAX_SPELLED_LENGTH` (a hash, a URL, a run of one
    letter) is given its plain fold only, and is not cached: nobody types it another way, and
    32 copies of a million-letter word cost seconds and megabytes each.

    :param word: one word (see :data:`WORD`).
    :return: distinct spellings, :func:`fold` of the word first.
    """
    if len(word) > MAX_SPELLED_LENGTH:
        return (fold(word),)
    return _spellings(word)


@lru_cache(maxsize=262_144)
def _spellings(word: str) -> tuple[str, ...]:
    """The folded spellings a person might type for one word, plain fold first.

    Each letter with alternatives (``ə`` as ``e`` or ``a``, ``ş`` as ``s`` or ``sh``, ``x`` as
    ``x`` or ``kh``...) gives one spelling per choice, up to :data:`MAX_VARIANTS`; a word with
    Cyrillic letters is also given in Latin letters (:data:`CYRILLIC_TO_LATIN`). Cached:
    narratives repeat their words, and indexing folds every word. The word is normalised first
    (:func:`normalise`), so its NFD form and forms with format characters have its spellings.

    :param word: one word (see :data:`WORD`).
    :return: distinct spellings, :func:`fold` of the word first.
    """
    lowered = "".join(_SINGLE.get(c, c) for c in normalise(word).casefold())
    options = [_ALTERNATIVES.get(c, (c,)) for c in lowered]
    combos: list[tuple[str, ...]] = []
    total = 1
    for choice in options:
        total *= len(choice)
    if total > MAX_VARIANTS:
        # Too many to index them all: first the spellings that type every such letter the same
        # way (all ə as e, all as a), so that early letters are not the ones left out.
        widest = max(len(choice) for choice in options)
        combos = [tuple(c[min(k, len(c) - 1)] for c in options) for k in range(widest)]
    variants: list[str] = []
    # Lazily: a long word of such letters has 2**n spellings, only MAX_VARIANTS are taken.
    for combo in chain(combos, product(*options)):
        variant = _strip_marks("".join(combo))
        if variant not in variants:
            variants.append(variant)
        if len(variants) >= MAX_VARIANTS:
            break
    if any("\u0400" <= c <= "\u04ff" for c in lowered):
        # In Latin letters too: й as y (Сергей, sergey) and, as people also type it, as i.
        for source in (lowered, variants[0]):
            latin = _strip_marks("".join(CYRILLIC_TO_LATIN.get(c, c) for c in source))
            if latin not in variants:
                variants.append(latin)
    return tuple(variants)


def folded_for_index(text: str) -> str:
    """The text to put in the index's ``folded`` column: every spelling of every word.

    :param text: the original text.
    :return: the :func:`spellings` of each word of its :func:`normalise` form, separated by
        spaces.
    """
    return " ".join(" ".join(spellings(w)) for w in WORD.findall(normalise(text)))


def _searchable_text(rt: RecordType, record: dict[str, Any]) -> str:
    parts: list[str] = []
    for f in rt.fields:
        if not f.searchable:
            continue
        value = record.get(f.key)
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


def index_case(conn: Any, case_rid: int, case: dict[str, Any]) -> None:
    """Replace the index entries of one case by those of its current document.

    :param conn: an open vault database connection; the caller holds the transaction.
    :param case_rid: the case's row id.
    :param case: the case document as stored.
    """
    remove_case(conn, case_rid)
    for row in entries_for_case(case_rid, case):
        cursor = conn.execute(
            "INSERT INTO search_index (case_rid, record_type, record_id, original, folded)"
            " VALUES (?, ?, ?, ?, ?)",
            row,
        )
        conn.execute(
            "INSERT INTO search_owner (entry, case_rid) VALUES (?, ?)",
            (cursor.lastrowid, case_rid),
        )


@dataclass(frozen=True)
class Hit:
    """One record that matches a search.

    :ivar case_reference: the case's reference.
    :ivar record_type: the record type (``"cases"``, ``"persons"``...).
    :ivar record_id: the record's id, or "" for the case itself.
    :ivar snippet: a short passage of the original text around the first match, with ``…``
        where it is cut.
    """

    case_reference: str
    record_type: str
    record_id: str
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    """(start, end) character spans of the matched words within snippet."""

    def marked(self, before: str = "[", after: str = "]") -> str:
        """The snippet with each matched word between before and after.

        :param before: put before each matched word.
        :param after: put after it.
        :return: the marked snippet.
        """
        out, last = "", 0
        for start, end in self.highlights:
            out += self.snippet[last:start] + before + self.snippet[start:end] + after
            last = end
        return out + self.snippet[last:]


def query_terms(query: str) -> list[str]:
    """The words of a query as the index is searched for them.

    :param query: what was typed.
    :return: :func:`fold` of each word of its :func:`normalise` form; empty when the query has
        no word.
    """
    return [fold(w) for w in WORD.findall(normalise(query))]


@cache
def _char_fold_table() -> dict[int, str]:
    """Each Latin and Cyrillic letter folded to one letter, so a folded text keeps positions."""
    table: dict[int, str] = {}
    for code in range(0x0530):
        folded = fold(chr(code))
        if folded and folded != chr(code):
            table[code] = folded[0]
    return table


class _Matcher:
    """Whether a word is one the query asks for; each distinct word is tested once per search."""

    def __init__(self, terms: list[str]) -> None:
        self.terms = terms
        self.known: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        found = self.known.get(word)
        if found is None:
            found = self.known[word] = any(
                s.startswith(t) for s in spellings(word) for t in self.terms
            )
        return found


def _snippet(
    text: str, terms: list[str], width: int = 12, matches: _Matcher | None = None
) -> tuple[str, tuple[tuple[int, int], ...]]:
    """About width words around a match, with the matching words' spans."""
    matches = matches or _Matcher(terms)

    # Usually a query word stands in the text as typed, give or take case and diacritics:
    # find it in one pass over a folded copy (same length, same positions) and cut the
    # snippet around it; test word by word, in the normalised text, only when it is not there
    # literally (as when it is decomposed or holds invisible characters).
    folded = text.translate(_char_fold_table())
    hit = min(
        (m.start() for t in terms if (m := re.search(r"(?<!\w)" + re.escape(t), folded))),
        default=None,
    )
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


def search(conn: Any, query: str, limit: int = 50) -> list[Hit]:
    """The records whose searchable text holds every word of query, as a word prefix.

    A query of the SQLite FTS5 table ``search_index`` (``folded : ("w1"* AND "w2"*)``): every
    word is required, and matched as the prefix of an indexed spelling. Up to
    :data:`MAX_RANKED` matches are ordered by FTS5's ``rank`` (BM25); past that, in the order
    they were stored.

    :param conn: an open vault database connection.
    :param query: what was typed; it is folded (:func:`query_terms`), never passed to FTS5 as
        syntax.
    :param limit: the most hits to return.
    :return: the hits, best first; empty when the query has no word.
    """
    terms = query_terms(query)
    if not terms:
        return []
    words = " AND ".join(f'"{t}"*' for t in terms)
    match = f"folded : ({words})"
    # Rank on the index alone, then read the text of the few rows shown: sorting whole rows
    # would decrypt and carry every matching narrative through the sort. Ranking reads the size
    # of every matching record, so it is kept for queries with up to MAX_RANKED matches.
    matches = conn.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH ?", (match,)
    ).fetchone()[0]
    # Past that, matches come in the order they were stored, which FTS5 reads without merging
    # the whole lists of a long prefix (the prefix index covers up to four letters).
    order = "rank" if matches <= MAX_RANKED else "rowid"
    ranked = [
        int(r[0])
        for r in conn.execute(
            f"SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY {order} LIMIT ?",
            (match, limit),
        )
    ]
    if not ranked:
        return []
    marks = ", ".join("?" for _ in ranked)
    found = {
        int(r[0]): r[1:]
        for r in conn.execute(
            "SELECT s.rowid, c.reference, s.record_type, s.record_id, s.original"
            " FROM search_index AS s JOIN cases AS c ON c.rid = s.case_rid"
            f" WHERE s.rowid IN ({marks})",
            ranked,
        )
    }
    rows = [found[r] for r in ranked if r in found]
    hits = []
    matches = _Matcher(terms)
    for reference, record_type, record_id, original in rows:
        snippet, highlights = _snippet(original, terms, matches=matches)
        hits.append(Hit(reference, record_type, record_id or "", snippet, highlights))
    return hits
