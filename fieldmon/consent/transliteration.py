"""Names folded for comparison: one exact fold, and a skeleton that spans scripts and spellings.

A name word is compared in two ways (:mod:`fieldmon.consent.matcher` documents what each means
for a match):

- :func:`exact_fold`: the word as typed, in its own script, with only what never changes a name
  taken away: compatibility forms (NFKC: fullwidth letters, ligatures), letter case (the Turkic
  dotted and dotless i both as ``i``), Russian ``ё`` as ``е``, and Arabic spelling variants
  (harakat, tatweel, alef with hamza or madda as bare alef, ``ة`` as ``ه``, ``ى`` as ``ي``).
- :func:`skeletons`: the word transliterated to plain Latin letters from Cyrillic, Azerbaijani
  Cyrillic and Georgian, with the letters that Azerbaijani names change between Latin, Russian
  and English spellings merged into classes: ``ə a e ä`` (and Cyrillic ``а е э я``) as ``a``;
  ``ı i`` (``и ы``) as ``i``; ``ü u`` (``у ю``) as ``u``; ``ö o`` (``о ё``) as ``o``; ``c ç
  ch dj dzh`` (``ч дж``) as ``c``; ``ş sh`` (``ш``) as ``s``; ``q g ğ k gh`` (``к``) as ``k``;
  ``x h kh`` (``х``) as ``h``; ``j zh`` (``ж``) as ``z``; ``y`` (``й``, and the ``y`` of ``ю
  я ё``) dropped; doubled letters once. Cyrillic ``г`` is ``k`` or ``h`` (Гусейнова for
  Hüseynova) and Latin ``j`` is ``c`` or ``z`` (Jafarov for Cəfərov, Jalə for Жала): a word
  with them has one skeleton per choice. Sources: the Azerbaijani Latin alphabet of 1992 and
  the customary Russian renderings of Azerbaijani names (Əliyev/Алиев, Hüseynov/Гусейнов,
  Cəfərov/Джафаров, Qasımov/Касимов); the Georgian national transliteration of 2002.

Skeletons also merge English and French renderings: ``ou`` and ``oo`` as ``u`` (Toural,
Tooral for Tural), a final ``ff`` as ``v`` (Safaroff for Səfərov; ``w`` is ``v`` already).

Arabic has no skeleton of its own: its skeleton is its exact fold. :func:`arabic_stems`
removes the attached article and prepositions. :func:`consonants` compares a name recorded in
Latin or Cyrillic letters with its spelling in Arabic letters (تورال صفروف for Tural Səfərov) by
their consonants alone, as Arabic script writes short vowels with no letter.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

from fieldmon.vault.search import CYRILLIC_TO_LATIN

__all__ = [
    "arabic_stems",
    "capitalises",
    "consonants",
    "exact_fold",
    "is_arabic",
    "skeletons",
]

MAX_SKELETONS = 8
"""At most this many skeletons per word (a word with many ``г`` or ``j``)."""

# Arabic: harakat, Quranic marks, superscript alef, tatweel (Unicode Arabic block, 0600-06FF).
_ARABIC_DROPPED = frozenset(
    map(chr, [*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, *range(0x6D6, 0x6EE), 0x640])
)
_ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ة": "ه",
        "ى": "ي",
        "ی": "ي",  # Persian yeh
        "ک": "ك",  # Persian kaf
        "ؤ": "و",
        "ئ": "ي",
    }
)
# Prefixes attached to an Arabic word: conjunctions و ف, prepositions ب ل ك, the article ال,
# and ل with the article (لل, its alef dropped). Longest first.
_ARABIC_PREFIXES = tuple(
    sorted(
        {
            c + p + a
            for c in ("", "و", "ف")
            for p in ("", "ب", "ل", "ك")
            for a in ("", "ال")
            if c + p + a
        }
        | {"لل", "ولل", "فلل"},
        key=len,
        reverse=True,
    )
)

_CYRILLIC = {
    # Russian letters as search spells them, but for the letters Azerbaijani names make ambiguous
    **CYRILLIC_TO_LATIN,
    "г": "G",  # k or h: see skeletons
    "х": "x",
    "ы": "i",
    # Azerbaijani Cyrillic (1958-1991), Ukrainian and Belarusian letters met in names
    "ә": "ə",
    "ғ": "ğ",
    "һ": "h",
    "ҹ": "c",
    "ј": "y",
    "ө": "ö",
    "ү": "ü",
    "ҝ": "k",
    "і": "i",
    "ї": "i",
    "є": "e",
    "ў": "u",
}
_GEORGIAN = dict(
    zip(
        "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ",
        [
            "a",
            "b",
            "g",
            "d",
            "e",
            "v",
            "z",
            "t",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "zh",
            "r",
            "s",
            "t",
            "u",
            "p",
            "k",
            "gh",
            "q",
            "sh",
            "ch",
            "ts",
            "dz",
            "ts",
            "ch",
            "kh",
            "c",
            "h",
        ],
        strict=True,
    )
)
_TO_LATIN = str.maketrans({**_CYRILLIC, **_GEORGIAN})
_CLUSTERS = re.compile("dzh|dj|sh|ch|kh|gh|zh|ph|ou|oo|ff$")
_CLUSTER_CLASS = {
    "ou": "u",
    "oo": "u",
    "ff": "v",
    "dzh": "c",
    "dj": "c",
    "sh": "s",
    "ch": "c",
    "kh": "h",
    "gh": "k",
    "zh": "z",
    "ph": "f",
}
_CLASSES = str.maketrans(
    {
        "ə": "a",
        "ä": "a",
        "e": "a",
        "ı": "i",
        "ö": "o",
        "ü": "u",
        "ş": "s",
        "ç": "c",
        "ğ": "k",
        "q": "k",
        "g": "k",
        "x": "h",
        "w": "v",
        "j": "J",  # c or z: see skeletons
        "y": None,
    }
)
_DOUBLES = re.compile(r"(.)\1+")
_CHOICES = {"G": ("k", "h"), "J": ("c", "z")}


def is_arabic(word: str) -> bool:
    """Whether a word is written in Arabic letters.

    :param word: one word.
    :return: True if its first letter is in the Arabic blocks (U+0600-06FF, U+0750-077F).
    """
    first = word[:1]
    return "\u0600" <= first <= "\u06ff" or "\u0750" <= first <= "\u077f"


def capitalises(letter: str) -> bool:
    """Whether names in the letter's script start with a capital letter.

    Latin, Cyrillic, Greek and Armenian letters have a case, and names start with a capital.
    Georgian has had capitals (Mtavruli) since Unicode 11, but names are not written with them;
    Arabic and most other scripts have no case at all.

    :param letter: one character.
    :return: True if it has a case and is not Georgian.
    """
    cased = letter.isupper() or letter.islower()
    return cased and not unicodedata.name(letter, "").startswith("GEORGIAN")


@lru_cache(maxsize=65_536)
def _base_fold(word: str) -> str:
    """NFKC, case folded (dotted capital İ as i), Arabic variants unified; ё and ı kept."""
    folded = unicodedata.normalize("NFKC", word).casefold().replace("i\u0307", "i")
    if any("\u0600" <= c <= "\u06ff" for c in folded):
        folded = "".join(c for c in folded if c not in _ARABIC_DROPPED)
        folded = folded.translate(_ARABIC_LETTERS)
    return folded


def exact_fold(word: str) -> str:
    """The word as typed, in its own script, without what never tells names apart.

    Compatibility forms composed (NFKC), case folded, dotted and dotless i as ``i`` (ALL CAPS
    Azerbaijani loses the difference), ``ё`` as ``е``, and Arabic harakat and tatweel dropped,
    alef variants as ``ا``, ``ة`` as ``ه``, ``ى`` as ``ي`` (the usual normalisation of Arabic
    text search).

    :param word: one word (normalised or not).
    :return: the folded word.
    """
    return _base_fold(word).replace("ı", "i").replace("ё", "е")


@lru_cache(maxsize=262_144)
def skeletons(word: str) -> tuple[str, ...]:
    """The word's cross-script skeletons (see the module docstring for the classes).

    :param word: one word (any script; normalised or not).
    :return: one skeleton, or one per choice of Cyrillic ``г`` (k, h) and Latin ``j`` (c, z),
        at most :data:`MAX_SKELETONS`; sorted.
    """
    latin = _base_fold(word).translate(_TO_LATIN)
    latin = _CLUSTERS.sub(lambda m: _CLUSTER_CLASS[m.group()], latin)
    decomposed = unicodedata.normalize("NFD", latin.translate(_CLASSES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    # The classes above again: NFD took the marks off letters without a class (é, à, ñ...).
    plain = _DOUBLES.sub(r"\1", "".join(c for c in plain.translate(_CLASSES) if c.isalpha()))
    if "G" not in plain and "J" not in plain:
        return (plain,)
    options = [_CHOICES.get(c, (c,)) for c in plain]
    out = {_DOUBLES.sub(r"\1", "".join(combo)) for combo in product(*options)}
    return tuple(sorted(out))[:MAX_SKELETONS]


# Arabic (and Persian, Azerbaijani Arabic-script) letters as the consonant classes of
# skeletons; long vowels, alef, hamza and ain are dropped (Azerbaijani and Persian usage).
_ARABIC_CONSONANTS = str.maketrans(
    dict(
        zip(
            "بپتثجچحخدذرزژسشصضطظغفڤقكگلمنه",
            "bbtscchhdzrzzsssztzkffkkklmnh",
            strict=True,
        )
    )
    | {c: None for c in "اويءعۆۇۋئؤ"}
)
_LATIN_CONSONANTS = str.maketrans({"a": None, "i": None, "o": None, "u": None, "v": "f", "p": "b"})


def consonants(word: str) -> str:
    """The consonants of a word, in classes shared by the Latin, Cyrillic and Arabic scripts.

    An Arabic-script word (already :func:`exact_fold`-ed) keeps its consonant letters, a final
    ``ه`` (often the vowel ə) dropped; a skeleton keeps its consonants, ``v`` as ``f`` and
    ``p`` as ``b`` (Arabic has neither). Doubled letters once. Sources: the Arabic-script
    spelling of Azerbaijani names in Iran (ف for v, ج for c, ق/غ for q/ğ).

    :param word: an Arabic-script word, or a :func:`skeletons` skeleton.
    :return: the consonant skeleton (may be empty).
    """
    if is_arabic(word):
        word = word.removesuffix("ه").translate(_ARABIC_CONSONANTS)
    else:
        word = word.translate(_LATIN_CONSONANTS)
    return _DOUBLES.sub(r"\1", "".join(c for c in word if c.isalpha()))


def arabic_stems(folded: str) -> tuple[str, ...]:
    """An Arabic word without the prefixes that attach to it, one reading per prefix.

    The conjunctions و and ف, the prepositions ب, ل and ك, and the article ال, alone or
    combined (وبال, لل...). Each leaves at least two letters.

    :param folded: an :func:`exact_fold` word.
    :return: the word itself first, then each shorter reading.
    """
    out = [folded]
    if is_arabic(folded):
        for prefix in _ARABIC_PREFIXES:
            if folded.startswith(prefix) and len(folded) - len(prefix) >= 2:
                stem = folded[len(prefix) :]
                if stem not in out:
                    out.append(stem)
    return tuple(out)
