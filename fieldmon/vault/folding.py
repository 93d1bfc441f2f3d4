"""One search key per word: every spelling a monitor may type of a word folds to the same key.

A monitor types "resad", "rashad" or "рашад" for Rəşad, "deyenek" or "dayanak" for dəyənək,
"artem" or "artyom" for Артём. Up to schema version 14 the index held every such spelling of every
word (up to 32); since version 15 it holds one key per word (two for a Cyrillic word with ё or й),
and a query word is folded to its key the same way. The key is made in three steps:

1. :func:`fold`, the plain fold: :func:`~fieldmon.vault.textforms.normalise` (NFC and no format
   characters, Unicode Standard Annex #15), case folding, Azerbaijani letters to one plain letter
   (ə e, ş s, ç c, ğ g, ı i) and the marks of the NFKD decomposition dropped.
2. Cyrillic to Latin letters (:data:`CYRILLIC_TO_LATIN`: the letters of GOST 7.79-2000 system B,
   ISO 9 for the letters both share, with х kh, ц ts, щ shch, ё yo, й y, ъ and ь dropped, as
   Russian names are printed in passports and typed by people, not the ISO 9 diacritics). The
   Azerbaijani Cyrillic letters fold to the Russian letter first (ғ г, һ х, ҹ ч, ј и, ө о, ү у,
   ҝ к).
3. Letters typed for one another are merged (:func:`canonical`): ``a`` and ``e`` (ə is typed as
   either, ә too), ``x`` is written ``kh``, and an ``h`` after ``s``, ``c`` or ``g`` is dropped
   (ş as ``sh``, ç as ``ch``, ğ as ``gh``; Cyrillic ш, ч, щ as ``sh``, ``ch``, ``shch``).

Every rule of step 3 looks only at the letter before it, never ahead, so the key of a prefix is a
prefix of the key: a query word typed in part still matches the indexed key as an FTS5 prefix
query (SQLite FTS5 documentation, section 3.3 "FTS5 Prefix Queries"). Merging a and e finds more
than the spellings did ("man" finds "men"); tests/test_search_recall.py measures the cost and
proves that every record the spellings found is still found.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from fieldmon.vault.textforms import normalise

__all__ = [
    "CYRILLIC_TO_LATIN",
    "MAX_CACHED_LENGTH",
    "canonical",
    "fold",
    "index_keys",
    "query_key",
]

MAX_CACHED_LENGTH = 64
"""Words longer than this many characters are folded without the cache (hashes, runs of one
letter): nobody searches them twice, and a cache of million-letter words would hold megabytes."""

# Azerbaijani letters to the one plain spelling; the first of what people type.
PLAIN: dict[str, str] = {"ə": "e", "ә": "е", "ş": "s", "ç": "c", "ğ": "g"}
# Letters without a Unicode decomposition to strip (ё and й fold by losing their marks).
SINGLE: dict[str, str] = {
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
"""Russian Cyrillic letters in Latin letters, as names are printed and typed (GOST 7.79-2000
system B and ISO 9 where they agree; х kh, ц ts, щ shch, ё yo, й y as passports print them)."""

# Step 3's letters merged one for one; "h" after these letters is dropped.
_MERGED = str.maketrans({"a": "e", "x": "kh"})
_H_DROPPED_AFTER = frozenset("scg")
# Cyrillic and the merged Latin letters in one table (х kh, then no h rule: k is not in scg).
_TO_KEY = str.maketrans({c: latin.translate(_MERGED) for c, latin in CYRILLIC_TO_LATIN.items()})


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _lowered(text: str) -> str:
    """Normalised, case folded, letters without decomposition replaced (step 1 without marks)."""
    lowered = normalise(text).casefold()
    return "".join(SINGLE.get(c, c) for c in lowered)


def fold(text: str) -> str:
    """The plain fold of a text: lower case, no diacritics, one spelling per letter.

    :func:`~fieldmon.vault.textforms.normalise` (NFC, no format characters), case folding
    (:meth:`str.casefold`), then Azerbaijani letters to the one plain spelling (``ə`` -> ``e``,
    ``ş`` -> ``s``, ``ı`` -> ``i``...), Arabic tatweel dropped, then the marks Unicode NFKD
    decomposition separates (accents, Arabic harakat) are dropped. Cyrillic stays Cyrillic.

    :param text: any text.
    :return: the folded text; not always as long as text (NFKD may add or split characters).
    """
    return _strip_marks("".join(PLAIN.get(c, c) for c in _lowered(text)))


def canonical(folded: str) -> str:
    """Steps 2 and 3: a folded text in Latin letters with the letters people type for one
    another merged (see the module's docstring). Prefix-preserving: each rule looks only at the
    letter before it.

    :param folded: a text as :func:`fold` returns it.
    :return: its key form.
    """
    latin = folded.translate(_TO_KEY).translate(_MERGED)
    if "h" not in latin:
        return latin
    out: list[str] = []
    previous = ""
    for c in latin:
        if not (c == "h" and previous in _H_DROPPED_AFTER):
            out.append(c)
        previous = c
    return "".join(out)


def query_key(word: str) -> str:
    """The key a query word is looked up by: :func:`canonical` of its :func:`fold`.

    :param word: one word of a query (see :data:`~fieldmon.vault.textforms.WORD`).
    :return: its key; an indexed word matches when this is a prefix of one of its keys.
    """
    if len(word) > MAX_CACHED_LENGTH:
        return canonical(fold(word))
    return _query_key(word)


@lru_cache(maxsize=65_536)
def _query_key(word: str) -> str:
    return canonical(fold(word))


def index_keys(word: str) -> tuple[str, ...]:
    """The keys one word is indexed under: one, or two for a word with ё or й.

    The first is :func:`query_key` of the word. People type ё as ``yo`` or ``e`` and й as ``y``
    or ``i`` (Артём: artyom, artem; Сергей: sergey, sergei): a word with either letter is also
    indexed in the spelling that keeps them (ё yo, й y). Cached for words up to
    :data:`MAX_CACHED_LENGTH` characters: narratives repeat their words.

    :param word: one word (see :data:`~fieldmon.vault.textforms.WORD`).
    :return: its distinct keys, :func:`query_key` first.
    """
    if len(word) > MAX_CACHED_LENGTH:
        return _index_keys(word)
    return _cached_index_keys(word)


def _index_keys(word: str) -> tuple[str, ...]:
    first = canonical(fold(word))
    lowered = _lowered(word)
    if "ё" not in lowered and "й" not in lowered:
        return (first,)
    kept = "".join(CYRILLIC_TO_LATIN[c] if c in "ёй" else PLAIN.get(c, c) for c in lowered)
    second = canonical(_strip_marks(kept))
    return (first,) if second == first else (first, second)


@lru_cache(maxsize=262_144)
def _cached_index_keys(word: str) -> tuple[str, ...]:
    return _index_keys(word)
