"""The forms a name takes in running text, and which word of a name is which.

A name word is indexed under every form a closed list of endings makes of it
(``resources/consent/suffixes.json``): Azerbaijani case, possessive, plural and copula endings
(Rəşadı, Əliyevin, Orxanı, Leylanın), Russian declension (Рашада, Алиевым, Лейлу, Мамедовой),
Georgian case endings and attached postpositions (ნინოს, ბერიძის, ნინოსთან), and for Arabic
the word without its article. A word that merely starts like a name (Rəşadətli, Alice for Ali)
is no form of it. Surnames also have a gender counterpart (Əliyev ⇄ Əliyeva, Алиев ⇄ Алиева,
-ский ⇄ -ская): the name of a relative, matched as approximate. The word lists the matcher
reads (ordinary words, place words, descriptive words) are loaded here too.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from typing import Any

from fieldmon.consent.transliteration import arabic_stems, exact_fold, is_arabic, skeletons
from fieldmon.resources import resources_dir
from fieldmon.vault.textforms import WORD

__all__ = [
    "CONNECTORS",
    "Forms",
    "counterpart",
    "descriptive_words",
    "diminutives",
    "in_place_name",
    "name_forms",
    "name_roles",
    "ordinary_words",
    "place_words",
]

CONNECTORS = frozenset(
    [
        "oğlu",
        "oglu",
        "ogly",
        "qızı",
        "qizi",
        "kızı",
        "kizi",
        "kyzy",
        "оглы",
        "кызы",
        "улы",
        "гызы",
        "bin",
        "ibn",
        "bint",
        "بن",
        "ابن",
        "بنت",
        "al",
        "el",
        "ad",
        "ag",
        "as",
        "at",
        "az",
        "de",
        "da",
        "di",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "dos",
        "du",
    ]
)
"""Words that join the parts of a name (Rəşad Şahin oğlu, Salma bint Haddad, al-Haddad) but
name nobody on their own: never matched alone, passed over inside a name."""

_PATRONYMIC_TAILS = (
    "oviç",
    "eviç",
    "ovich",
    "evich",
    "ovna",
    "evna",
    "ович",
    "евич",
    "овна",
    "евна",
    "ична",
)
_SURNAME_TAILS = (
    "ov",
    "ev",
    "ova",
    "eva",
    "ов",
    "ев",
    "ова",
    "ева",
    "zadə",
    "zade",
    "zadeh",
    "заде",
    "dze",
    "дзе",
    "ძე",
    "shvili",
    "швили",
    "შვილი",
    "yan",
    "ian",
    "ян",
    "skiy",
    "sky",
    "ski",
    "skaya",
    "ский",
    "ская",
)
_FLIPS = (  # (masculine ending, feminine ending), longest first within each script
    ("skiy", "skaya"),
    ("sky", "skaya"),
    ("ский", "ская"),
    ("ov", "ova"),
    ("ev", "eva"),
    ("in", "ina"),
    ("ın", "ına"),
    ("ов", "ова"),
    ("ев", "ева"),
    ("ин", "ина"),
)
_VOWELS = frozenset("aeəıioöuüyаеёиоуыэюяაეიოუ")


@cache
def _suffixes() -> dict[str, dict[str, list[str]]]:
    path = resources_dir() / "consent" / "suffixes.json"
    data: dict[str, dict[str, list[str]]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _script(word: str) -> str:
    name = unicodedata.name(word[:1], "") if word else ""
    for script in ("LATIN", "CYRILLIC", "GEORGIAN"):
        if name.startswith(script):
            return script.lower()
    return "arabic" if is_arabic(word) else "other"


def _russian(folded: str, role: str) -> tuple[str, list[str]]:
    """The stem Russian endings attach to, and those endings (none: indeclinable)."""
    table = _suffixes()["ru"]
    skeleton = skeletons(folded)[0]
    last = folded[-1:]
    if role == "surname" and skeleton.endswith(("ova", "ava", "ina")):
        return folded[:-1], table["feminine_surname"]
    if role == "surname" and skeleton.endswith(("ov", "av", "in")):
        return folded, table["surname"]
    if last in "aəая":
        return folded[:-1], table["a_stem"]
    if last in "ьй":
        return folded[:-1], table["soft_sign"]
    if last in _VOWELS or not last.isalpha():
        return folded, []
    return folded, table["consonant"]


def _georgian(folded: str) -> set[str]:
    table = _suffixes()["ka"]
    stems = {folded}
    if folded[-1:] in table["truncating"] and len(folded) > 2:
        stems.add(folded[:-1])
    return {stem + ending for stem in stems for ending in ["", *table["endings"]]}


class Forms:
    """The forms of one name word: exact (its own script) and skeletons (any script).

    :ivar exact: :func:`~fieldmon.consent.transliteration.exact_fold` forms in the word's own
        script: the word, and the word with each ending of its own language (Azerbaijani for
        Latin letters, Russian for Cyrillic, Georgian for Georgian; Arabic: with and without
        the article).
    :ivar skeleton: skeletons of those, and of the word with Azerbaijani and Russian endings
        whatever its script (Рашада for Rəşad, Rəşadın for Рашад).
    """

    __slots__ = ("exact", "skeleton")

    def __init__(self, exact: frozenset[str], skeleton: frozenset[str]) -> None:
        self.exact = exact
        self.skeleton = skeleton


_NEXT_HIGH = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "ə": "i", "e": "i", "i": "i", "ö": "ü"}


def _harmonic(stem: str, ending: str) -> bool:
    """Whether an Azerbaijani ending follows the vowel harmony of a (lower-case) stem.

    Two-way vowels (a/ə) follow back/front, four-way ones (ı/i/u/ü) back/front and rounding,
    each after the vowel before it; -gil and -çün do not change. A stem without an Azerbaijani
    vowel takes every ending.
    """
    vowels = [c for c in stem if c in _NEXT_HIGH or c == "ü"]
    if not vowels or ending.startswith("çün"):
        return True
    before = vowels[-1]
    if ending.startswith("gil"):
        before, ending = "i", ending[3:]
    for c in ending:
        if c in "aə":
            if c != ("a" if before in "aıou" else "ə"):
                return False
            before = c
        elif c in "ıiuü":
            if c != _NEXT_HIGH.get(before, "ü"):
                return False
            before = c
    return True


@cache
def name_forms(word: str, role: str) -> Forms:
    """Every form of a name word that running text may hold.

    :param word: one word of a recorded name (any script, normalised or not).
    :param role: ``surname`` or another role (Russian declines surnames in -ов/-ев/-ин as
        adjectives: Алиевым, not Алиевом).
    :return: the word's forms; none shorter than two letters.
    """
    folded = exact_fold(word)
    script = _script(folded)
    if script == "arabic":
        exact = {folded}
        if folded.startswith("ال") and len(folded) >= 4:
            exact.add(folded[2:])
        return Forms(frozenset(exact), frozenset(s for w in exact for s in skeletons(w)))
    az = _suffixes()["az"]
    vowel_final = folded[-1:] in _VOWELS
    endings = az["after_vowel" if vowel_final else "after_consonant"]
    az_forms = {folded + e for e in endings}
    if script == "latin":  # exact forms follow vowel harmony: Əliyevə, not Əliyeva
        lowered = unicodedata.normalize("NFKC", word).casefold().replace("i\u0307", "i")
        az_native = {exact_fold(folded + e) for e in endings if _harmonic(lowered, e)}
    stem, ru_endings = _russian(folded, role)
    ru_forms = {stem + e for e in ru_endings}
    ka_forms = _georgian(folded) if script == "georgian" else set()
    native = {"cyrillic": ru_forms, "georgian": ka_forms}.get(script, set())
    if script == "latin":
        native = az_native
    exact = {f for f in {folded, *native} if len(f) >= 2}
    skeleton = {
        s for f in exact | az_forms | ru_forms if len(f) >= 2 for s in skeletons(f) if len(s) >= 2
    }
    return Forms(frozenset(exact), frozenset(skeleton))


def counterpart(word: str) -> str | None:
    """The other gender's form of a surname: Əliyev ⇄ Əliyeva, Алиева ⇄ Алиев.

    :param word: a surname (exact-folded or as recorded).
    :return: the counterpart, exact-folded; None if the surname has no gendered ending.
    """
    folded = exact_fold(word)
    for masculine, feminine in _FLIPS:
        if folded.endswith(feminine) and len(folded) > len(feminine) + 1:
            return folded[: -len(feminine)] + masculine
    for masculine, feminine in _FLIPS:
        if folded.endswith(masculine) and len(folded) > len(masculine) + 1:
            return folded[: -len(masculine)] + feminine
    return None


def name_roles(words: Sequence[str]) -> list[str]:
    """Which word of a name is which: ``given``, ``surname``, ``other`` or ``connector``.

    Connectors (:data:`CONNECTORS`) first; a word before ``oğlu``/``qızı`` (and kin) or ending
    like a patronymic (-oviç, -ович, -овна) is ``other``; a word ending like a surname (-ov,
    -yeva, -zadə, -dze, -shvili, -yan, -ский; an Arabic word with the article) is a
    ``surname``. Of the rest, the first is the ``given`` name; with no surname-like word, the
    last of two or more is the ``surname``; those between are ``other``. Sources: the
    conventions of Azerbaijani, Russian, Georgian and Armenian surnames; Azerbaijani
    patronymics (oğlu, qızı) and Russian ones (-ович, -овна).

    :param words: the name's words, in order.
    :return: one role per word; a single word without a surname ending is ``given``.
    """
    folded = [exact_fold(w) for w in words]
    roles = ["" for _ in words]
    for i, f in enumerate(folded):
        if f in CONNECTORS:
            roles[i] = "connector"
            if i and f not in {"bin", "ibn", "bint", "بن", "ابن", "بنت"} and not roles[i - 1]:
                roles[i - 1] = "other"
    for i, f in enumerate(folded):
        if roles[i]:
            continue
        if f.endswith(_PATRONYMIC_TAILS):
            roles[i] = "other"
        elif f.endswith(_SURNAME_TAILS) or (is_arabic(f) and f.startswith("ال")):
            roles[i] = "surname"
    rest = [i for i, r in enumerate(roles) if not r]
    if rest:
        roles[rest[0]] = "given"
        if len(rest) >= 2 and "surname" not in roles:
            roles[rest[-1]] = "surname"
        for i in rest:
            roles[i] = roles[i] or "other"
    return roles


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((resources_dir() / name).read_text(encoding="utf-8"))
    return data


@cache
def ordinary_words() -> frozenset[str]:
    """Ordinary words that are also names, exact-folded (``resources/consent/ordinary_words.json``).

    :return: the words of every language.
    :raises FileNotFoundError: if the resources folder is missing from the installation.
    """
    data = _load("consent/ordinary_words.json")
    return frozenset(exact_fold(w) for words in data["words"].values() for w in words)


@cache
def place_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[tuple[str, str]]]:
    """Words that make a name part of a place name (``resources/consent/place_words.json``).

    :return: whole words, stems (prefixes of inflected forms) and two-word phrases that end
        right before a name, all exact-folded.
    :raises FileNotFoundError: if the resources folder is missing from the installation.
    """
    data = _load("consent/place_words.json")
    words = frozenset(exact_fold(w) for ws in data["words"].values() for w in ws)
    stems = tuple(exact_fold(w) for ws in data["stems"].values() for w in ws)
    pairs = [tuple(exact_fold(w) for w in WORD.findall(p)) for p in data["before"]]
    return words, stems, frozenset((p[0], p[1]) for p in pairs if len(p) == 2)


@cache
def _diminutive_table() -> dict[str, tuple[str, ...]]:
    data = _load("consent/diminutives.json")
    table: dict[str, set[str]] = {}
    for language in ("ru", "az"):
        for name, shorts in data[language].items():
            for skeleton in skeletons(name):
                table.setdefault(skeleton, set()).update(shorts)
    return {k: tuple(sorted(v)) for k, v in table.items()}


def diminutives(word: str) -> tuple[str, ...]:
    """The everyday short forms of a given name (Алёша, Лёша for Алексей; Саша for Александр).

    From ``resources/consent/diminutives.json``, looked up by skeleton, so a name recorded in
    Latin letters (Aleksey) has the forms of its Cyrillic spelling.

    :param word: a given name, one word (any script).
    :return: the short forms as listed, in Cyrillic or Latin letters; empty if none.
    :raises FileNotFoundError: if the resources folder is missing from the installation.
    """
    table = _diminutive_table()
    return tuple(sorted({d for s in skeletons(word) for d in table.get(s, ())}))


@cache
def descriptive_words() -> frozenset[str]:
    """Words of group names that describe rather than name ("unknown police officers"),
    exact-folded (``resources/dossier/descriptive_words.json``): never matched.

    :return: the words of every language.
    :raises FileNotFoundError: if the resources folder is missing from the installation.
    """
    data = _load("dossier/descriptive_words.json")
    return frozenset(exact_fold(w) for ws in data["words"].values() for w in ws)


# Between a place word and a name: spaces, quotes and dashes (a dot only after an abbreviation).
_PLACE_GAP = re.compile(r"[\s\"'«»“”„‘’()\-–—]*")
_ABBREVIATION = 4


def _place_word(word: str) -> bool:
    words, stems, _ = place_words()
    return any(f in words or f.startswith(stems) for f in arabic_stems(exact_fold(word)))


def _passable(text: str, tokens: Sequence[re.Match[str]], a: int, b: int) -> bool:
    """Whether a place word at token a (or b) and a name at b (or a) belong together."""
    gap = text[tokens[a].end() : tokens[b].start()]
    if gap.startswith(".") and len(tokens[a].group()) <= _ABBREVIATION:
        gap = gap[1:]
    return _PLACE_GAP.fullmatch(gap) is not None


def in_place_name(text: str, tokens: Sequence[re.Match[str]], first: int, last: int) -> bool:
    """Whether the words from token first to last sit in a place or institution name.

    A place word (``resources/consent/place_words.json``: prospekti, avenue, улица, شارع...)
    or a two-word phrase (named after) right before, or a place word right after, or after one
    more capitalised word (Heydar Aliyev International Airport), with only spaces, quotes,
    dashes or an abbreviation's dot between.

    :param text: the text the tokens were cut from.
    :param tokens: its words (:data:`fieldmon.vault.textforms.WORD` matches).
    :param first: index of the name's first token.
    :param last: index of its last token.
    :return: True if the name is part of a place name.
    :raises FileNotFoundError: if the resources folder is missing from the installation.
    """
    before, after = first - 1, last + 1
    if before >= 0 and _passable(text, tokens, before, first):
        if _place_word(tokens[before].group()):
            return True
        pair = tuple(exact_fold(t.group()) for t in tokens[max(0, before - 1) : first])
        if (
            len(pair) == 2
            and pair in place_words()[2]
            and _passable(text, tokens, before - 1, before)
        ):
            return True
    if after < len(tokens) and _passable(text, tokens, last, after):
        if _place_word(tokens[after].group()):
            return True
        word = tokens[after].group()
        titled = word[0].isupper() and after + 1 < len(tokens)
        if titled and _passable(text, tokens, after, after + 1):
            return _place_word(tokens[after + 1].group())
    return False
