"""The spellings a monitor may type of a word: what the search index held up to schema 14.

Up to schema version 14 every word was indexed under each of these spellings (up to
:data:`MAX_VARIANTS`); since version 15 it is indexed under one key (:mod:`fieldmon.vault.folding`).
They stay the statement of what people type: tests/test_search_recall.py proves that the keys
find every record these spellings found, and migration tests rebuild old indexes with them.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import chain, product

from fieldmon.vault.folding import CYRILLIC_TO_LATIN, SINGLE, _strip_marks, fold
from fieldmon.vault.textforms import normalise

__all__ = ["ALTERNATIVES", "MAX_SPELLED_LENGTH", "MAX_VARIANTS", "spellings"]

MAX_VARIANTS = 32
"""At most this many folded spellings are made per word (plus its Latin transliteration)."""
MAX_SPELLED_LENGTH = 64
"""Words longer than this many characters are given their plain fold only."""

ALTERNATIVES: dict[str, tuple[str, ...]] = {
    "ə": ("e", "a"),
    "ә": ("е", "а"),  # Azerbaijani Cyrillic schwa
    "ş": ("s", "sh"),
    "ç": ("c", "ch"),
    "ğ": ("g", "gh"),
    "x": ("x", "kh"),
}
"""Letters a person types in more than one way; the first spelling is the plain fold."""


def spellings(word: str) -> tuple[str, ...]:
    """The folded spellings a person might type for one word, plain fold first: see
    `_spellings`. A word longer than :data:`MAX_SPELLED_LENGTH` (a hash, a URL, a run of one
    letter) is given its plain fold only, and is not cached.

    :param word: one word (see :data:`~fieldmon.vault.textforms.WORD`).
    :return: distinct spellings, :func:`~fieldmon.vault.folding.fold` of the word first.
    """
    if len(word) > MAX_SPELLED_LENGTH:
        return (fold(word),)
    return _spellings(word)


@lru_cache(maxsize=4096)
def _spellings(word: str) -> tuple[str, ...]:
    """The folded spellings a person might type for one word, plain fold first.

    Each letter with alternatives (``ə`` as ``e`` or ``a``, ``ş`` as ``s`` or ``sh``, ``x`` as
    ``x`` or ``kh``...) gives one spelling per choice, up to :data:`MAX_VARIANTS`; a word with
    Cyrillic letters is also given in Latin letters (:data:`CYRILLIC_TO_LATIN`). The word is
    normalised first (NFC, no format characters), so its NFD form has the same spellings.

    :param word: one word.
    :return: distinct spellings, the plain fold of the word first.
    """
    lowered = "".join(SINGLE.get(c, c) for c in normalise(word).casefold())
    options = [ALTERNATIVES.get(c, (c,)) for c in lowered]
    combos: list[tuple[str, ...]] = []
    total = 1
    for choice in options:
        total *= len(choice)
    if total > MAX_VARIANTS:
        # Too many to make them all: first the spellings that type every such letter the same
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
