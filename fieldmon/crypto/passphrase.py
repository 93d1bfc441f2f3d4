"""Which passphrases a vault may be created with, and why a weak one is refused.

Two estimates by zxcvbn (Wheeler, "zxcvbn: Low-Budget Password Strength Estimation", USENIX
Security 2016) must both reach 10^MIN_GUESSES_LOG10 guesses: one of the passphrase as typed
(in Unicode NFC), and one of its fold (:func:`fold`: case, Azerbaijani letters, Cyrillic
letters and separators folded) in which the names, places, slogans, years and case
references of the region (``resources/passphrase/*.txt``) count as dictionary words, passed as
zxcvbn's ``user_inputs`` so that its case folding, l33t and reversed-word matching apply to
them too.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from fieldmon.resources import passphrase_words

MIN_LENGTH = 12
# An attacker with the seized laptop guesses offline against Argon2id; 10^12 guesses at
# half a second each is beyond reach, 10^8 is a weekend on a few machines.
MIN_GUESSES_LOG10 = 12.0
MAX_ESTIMATED = 72
"""Only this many characters are estimated: zxcvbn's own limit (it raises ValueError past it
unless told otherwise); its l33t matching takes seconds on such a length already."""

DEMO_PASSPHRASE = "correct horse battery staple 2026"
"""The passphrase FieldMon's documentation and screenshots show; only ``fieldmon demo`` may
create a vault with it."""

_PUBLISHED = (DEMO_PASSPHRASE, "correct horse battery staple")
"""Passphrases anyone can read: FieldMon's demo one, and the one it is modelled on (Randall
Munroe, xkcd 936, "Password Strength")."""

Found = Literal["slogan", "place", "name", "year", "reference"]
"""What kind of predictable thing a passphrase was found to be built from."""

_LISTS: tuple[tuple[str, Found], ...] = (
    ("slogans", "slogan"),
    ("places", "place"),
    ("given_names", "name"),
    ("surnames", "name"),
)
"""The word lists under ``resources/passphrase/``, most likely first (zxcvbn ranks by order)."""

REFERENCE_GUESSES = 10_000
"""The guesses counted for a case reference: an adversary who knows the country and roughly
the year tries about a thousand numbers for each of a few years."""

YEARS = range(1900, 2100)
"""Years counted as predictable (1900 to 2099)."""

CASE_REFERENCE = re.compile(r"(?<![a-z0-9])[a-z]{2}[-_. ]?[0-9]{4}[-_. ]?[0-9]{3}(?![0-9])")
"""A FieldMon case reference (``AZ-2026-001``: ``[A-Z]{2}-\\d{4}-\\d{3}``, as
:mod:`fieldmon.vault.ids` makes them), matched in the casefolded passphrase, also with another
separator or none."""

# Cyrillic letters in Latin ones (Russian as BGN/PCGN writes it, ``ё`` read as ``е``;
# Azerbaijani and Ukrainian Cyrillic letters as their Latin counterparts).
# fmt: off
_LATIN = (
    "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "e", "e", "g",
    "c", "h", "o", "u", "y", "g", "i", "yi", "ye", "g",
)
# fmt: on
_CYRILLIC = dict(zip("абвгдежзийклмнопрстуфхцчшщъыьэюяёәғҹһөүјҝіїєґ", _LATIN, strict=True))
_VOWELS_BEFORE_YE = set("аеёиоуыэюяъьйәөүі")
# Azerbaijani letters without a decomposition; the others lose their marks (ş -> s, ç -> c).
_AZERBAIJANI = {"ı": "i"}
_SEPARATORS = re.compile(r"[\s\-_.,;:/\\|+~]+")


@dataclass(frozen=True)
class PassphraseProblem:
    """Why a passphrase is refused; str() gives the English sentence, kind lets an interface
    say it in its own language.

    ``kind`` is ``short`` (fewer than MIN_LENGTH characters), ``space`` (a space at either
    end), ``published`` (FieldMon's demo passphrase, or built on it), ``guessable`` (too few
    guesses for zxcvbn) or ``predictable`` (too few once the region's names, places, slogans,
    years and case references count as dictionary words); ``length`` is the passphrase's
    length in characters (NFC); ``warning`` and ``hints`` are zxcvbn's English feedback, if
    any; ``found`` says what a ``predictable`` one was built from, in the order found: ``slogan``,
    ``place``, ``name``, ``year``, ``reference`` (:data:`Found`).
    """

    kind: Literal["short", "space", "published", "guessable", "predictable"]
    length: int
    warning: str = ""
    hints: str = ""
    found: tuple[str, ...] = ()

    def __str__(self) -> str:
        if self.kind == "short":
            return (
                f"too short: it has {self.length} characters, a vault needs at least"
                f" {MIN_LENGTH}. Several uncommon words are easy to remember and hard to guess."
            )
        if self.kind == "space":
            return "it starts or ends with a space, which is easy to mistype later."
        if self.kind == "published":
            return (
                "this passphrase is published in FieldMon's documentation; use it only for"
                " `fieldmon demo`."
            )
        if self.kind == "predictable":
            words = {
                "slogan": "a slogan or common phrase",
                "place": "a place name",
                "name": "a name",
                "year": "a year",
                "reference": "a case reference",
            }
            here = ", ".join(words[f] for f in self.found)
            return (
                "too predictable: it is built from names, places, slogans, years or case"
                " references that an adversary in the region would try first"
                f"{f' (here: {here})' if here else ''}. Add several uncommon words of your own."
            )
        reason = self.warning or "it follows a pattern that is quick to guess."
        return f"too easy to guess: {reason.rstrip('.')}.{(' ' + self.hints) if self.hints else ''}"


def normalised(passphrase: str) -> str:
    """The passphrase as it is compared and checked: Unicode NFC (UAX #15), so that the same
    letters typed precomposed (``ə`` U+0259, ``ş`` U+015F) or decomposed count as one.

    :param passphrase: the passphrase as typed.
    :return: its NFC form.
    """
    return unicodedata.normalize("NFC", passphrase)


def fold(text: str, schwa: str = "e") -> str:
    """A text as the predictable-word check sees it: what an adversary's guessing folds away.

    NFC, invisible format characters dropped, :meth:`str.casefold`; Cyrillic letters in Latin
    ones (BGN/PCGN for Russian: ``ш`` -> ``sh``, ``е`` -> ``ye`` at the start of a word and
    after a vowel, ``ё`` as ``е``); Azerbaijani letters folded (``ə`` -> ``e`` or ``a``,
    ``ı`` -> ``i``, ``ş`` -> ``s``, ``ç`` -> ``c``, ``ğ`` -> ``g``, ``ö`` -> ``o``, ``ü`` ->
    ``u``) and every other mark NFKD separates dropped; spaces and separators (``-_.,;:/|+~``)
    dropped, as an adversary tries every way of joining the words they guess.

    :param text: a passphrase or a word-list entry.
    :param schwa: what ``ə`` becomes: ``e`` (as typed on a keyboard without it, and as the
        search folds it) or ``a`` (as transliterated: Rashad, Aliyev).
    :return: the folded text (lower case; mostly ASCII).
    """
    text = "".join(c for c in normalised(text) if unicodedata.category(c) != "Cf").casefold()
    text = text.replace("ё", "е")
    out: list[str] = []
    previous = ""
    for c in text:
        if c == "е" and (not previous.isalpha() or previous in _VOWELS_BEFORE_YE):
            out.append("ye")
        elif c in ("ə", "ә"):
            out.append(schwa)
        elif c in _CYRILLIC:
            out.append(_CYRILLIC[c])
        else:
            out.append(_AZERBAIJANI.get(c, c))
        previous = c
    decomposed = unicodedata.normalize("NFKD", "".join(out))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub("", unicodedata.normalize("NFC", plain))


def _feminine(surname: str) -> Iterator[str]:
    """A surname and, for the Russian-style ones (-ov, -ev, -in, -ёв), its feminine form."""
    yield surname
    if re.search(r"(ov|ev|yev|in|yn|ов|ев|ёв|ин|ын)$", surname, re.IGNORECASE):
        yield surname + ("а" if surname[-1].lower() in "овин" else "a")


@cache
def _dictionary() -> Mapping[str, tuple[str, int]]:
    """Every predictable word folded, most likely first: what kind of thing it is, and its
    rank in its own list (1 for the most likely), which counts as its number of guesses.

    The spellings of one entry (``ə`` as ``e`` or ``a``; a surname's feminine form) share its
    rank. Each list is ranked on its own, as zxcvbn ranks each of its own frequency lists:
    an adversary tries the years and the place names separately, not after every name.
    """
    entries: dict[str, tuple[str, int]] = {}

    def add(words: Iterable[Iterable[str]], what: str) -> None:
        for rank, spellings in enumerate(words, 1):
            for word in spellings:
                for schwa in ("e", "a"):
                    entries.setdefault(fold(word, schwa), (what, rank))

    add(((p,) for p in _PUBLISHED), "published")
    for name, what in _LISTS:
        words = passphrase_words(name)
        add(
            (tuple(_feminine(w)) for w in words) if name == "surnames" else ((w,) for w in words),
            what,
        )
    add(((str(year),) for year in YEARS), "year")
    return entries


# zxcvbn keeps user_inputs in a module-level dictionary that every call replaces: one call at
# a time, or a check in a worker thread could run with the meter's inputs.
_ZXCVBN = threading.Lock()


def _estimate(text: str, user_inputs: list[str] | None = None) -> dict[str, Any]:
    """zxcvbn's estimate of the first MAX_ESTIMATED characters of text."""
    # Imported here, on the first estimate: zxcvbn's frequency lists take ~13 MB of memory that
    # a process which only opens a vault (an attach, an extract) never needs (issue 16).
    from zxcvbn import zxcvbn

    text = text[:MAX_ESTIMATED]
    with _ZXCVBN:
        return dict(zxcvbn(text, user_inputs=user_inputs or [], max_length=MAX_ESTIMATED))


@dataclass(frozen=True)
class _Regional:
    """The estimate of the folded passphrase: guesses (log10), zxcvbn's 0-4 score for them,
    zxcvbn's feedback, and what predictable words it was found to be built from."""

    guesses_log10: float
    score: int
    feedback: Mapping[str, Any]
    found: tuple[str, ...]


def _score(guesses_log10: float) -> int:
    """zxcvbn's 0-4 score for a number of guesses (its thresholds 10^3, 10^6, 10^8, 10^10)."""
    return sum(guesses_log10 >= limit for limit in (3.0, 6.0, 8.0, 10.0))


def _regional_estimate(passphrase: str) -> _Regional:
    """The estimate of the folded passphrase with the region's words as dictionary words.

    Case references found in it are added to that dictionary. zxcvbn adds at least 10^4
    guesses for each match after the first of a sequence, so four names and places in a row
    would pass whatever their rank; when the cheapest sequence holds a predictable word, the
    guesses are counted without that floor: the product of each match's guesses, times the
    number of orders of the matches (as zxcvbn counts them).
    """
    dictionary = _dictionary()
    references = [
        fold(m.group()) for m in CASE_REFERENCE.finditer(normalised(passphrase).casefold())
    ]
    estimate = _estimate(fold(passphrase), [*dictionary, *references])
    sequence = estimate["sequence"]
    found = _found(sequence, dictionary)
    log10 = float(estimate["guesses_log10"])
    if found:
        product = math.lgamma(len(sequence) + 1) / math.log(10)
        product += sum(math.log10(_guesses(m, dictionary)) for m in sequence)
        log10 = min(log10, product)
    return _Regional(log10, _score(log10), estimate["feedback"], tuple(found))


def _guesses(match: Mapping[str, Any], dictionary: Mapping[str, tuple[str, int]]) -> float:
    """A match's guesses, a word of the region's lists counted by its rank in its own list
    (a case reference as REFERENCE_GUESSES), times zxcvbn's factor for its l33t spelling or
    reversal."""
    guesses = max(float(match["guesses"]), 1.0)
    if match.get("dictionary_name") != "user_inputs":
        return guesses
    _, rank = dictionary.get(str(match.get("matched_word")), ("reference", REFERENCE_GUESSES))
    return max(guesses / max(float(match.get("rank") or 1), 1.0) * rank, 1.0)


def _found(
    sequence: Iterable[Mapping[str, Any]], dictionary: Mapping[str, tuple[str, int]]
) -> list[str]:
    """What kinds of predictable words zxcvbn's cheapest sequence of matches is built from."""
    found: list[str] = []
    for match in sequence:
        if match.get("pattern") == "repeat":
            found += _found(match.get("base_matches") or [], dictionary)
        if match.get("dictionary_name") == "user_inputs":
            found.append(dictionary.get(str(match.get("matched_word")), ("reference", 0))[0])
        elif match.get("regex_name") == "recent_year":
            found.append("year")
    return [f for i, f in enumerate(found) if f not in found[:i]]


def passphrase_problem(passphrase: str, *, demo: bool = False) -> PassphraseProblem | None:
    """Why the passphrase is too weak for a vault, or None when it is acceptable.

    The passphrase is checked in its NFC form (:func:`normalised`). Refused: fewer than
    MIN_LENGTH (12) characters; a space at either end; FieldMon's published demo passphrase
    (DEMO_PASSPHRASE) in any spelling or with little added (with ``demo``, it is allowed
    exactly as published); fewer than 10^MIN_GUESSES_LOG10
    (10^12) guesses as zxcvbn estimates them (Wheeler, USENIX Security 2016) on the first
    MAX_ESTIMATED (72) characters, either as typed or folded (:func:`fold`) with the
    region's names, places, slogans and common phrases (``resources/passphrase/*.txt``), the
    years 1900 to 2099 and case references (``[A-Z]{2}-\\d{4}-\\d{3}``) as dictionary words
    (:func:`_regional_estimate` says how those guesses are counted).

    :param passphrase: the passphrase proposed.
    :param demo: True for ``fieldmon demo``'s vault of fictional cases, which may use
        DEMO_PASSPHRASE exactly as the documentation shows it (every other rule still
        applies to every other passphrase).
    :return: the problem (with zxcvbn's English warning and suggestions when guessable, and
        what it was built from when predictable), or None.
    """
    passphrase = normalised(passphrase)
    length = len(passphrase)
    if length < MIN_LENGTH:
        return PassphraseProblem("short", length)
    if passphrase.strip() != passphrase:
        return PassphraseProblem("space", length)
    if demo and passphrase == DEMO_PASSPHRASE:
        return None
    regional = _regional_estimate(passphrase)
    regional_weak = regional.guesses_log10 < MIN_GUESSES_LOG10
    if regional_weak and "published" in regional.found:
        return PassphraseProblem("published", length)
    plain = _estimate(passphrase)
    if float(plain["guesses_log10"]) < MIN_GUESSES_LOG10:
        return _guessable(length, plain["feedback"])
    if regional_weak and regional.found:
        return PassphraseProblem("predictable", length, found=regional.found)
    if regional_weak:
        return _guessable(length, regional.feedback)
    return None


def _guessable(length: int, feedback: Mapping[str, Any]) -> PassphraseProblem:
    """The ``guessable`` problem with zxcvbn's feedback."""
    return PassphraseProblem(
        "guessable",
        length,
        str(feedback.get("warning") or ""),
        " ".join(feedback.get("suggestions") or []),
    )


def strength_score(passphrase: str) -> int:
    """A 0-4 score for a strength meter (4 is strong): zxcvbn's score of the passphrase as
    typed or of its fold with the region's words (:func:`passphrase_problem`), the lower.

    :param passphrase: the passphrase typed so far (only its first MAX_ESTIMATED, 72,
        characters count).
    :return: 0 for an empty passphrase, else the lower of the two scores, from 0 to 4; at
        most 3 for a passphrase :func:`passphrase_problem` refuses for too few guesses.
    """
    if not passphrase:
        return 0
    passphrase = normalised(passphrase)
    plain = _estimate(passphrase)
    regional = _regional_estimate(passphrase)
    score = min(int(plain["score"]), regional.score)
    weak = min(float(plain["guesses_log10"]), regional.guesses_log10) < MIN_GUESSES_LOG10
    return min(score, 3) if weak else score
