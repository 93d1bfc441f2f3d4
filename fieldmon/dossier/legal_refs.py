"""Instruments and article references as each dossier language writes them.

Instruments are recorded as free text ("ECHR", "Protocol 4", "Protocol No. 4", "ICCPR", "CAT")
or as a code of ``resources/vocab/instruments.json``; :func:`instrument_code` maps the common
spellings to that vocabulary. :func:`article_ref` writes "Article 5 § 1 of the Convention",
"пункт 1 статьи 5 Конвенции", "Konvensiyanın 5-ci maddəsinin 1-ci bəndi"; the words for each
instrument come from the ``instrument_ref`` table of ``resources/dossier/texts.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fieldmon.resources import vocabulary

# Spellings of the instruments, lower case with punctuation and spaces folded (see _fold).
_SPELLINGS = {
    "echr": (
        "echr", "convention", "the convention", "european convention on human rights",
        "european convention", "ecthr", "ехрс", "екпч", "конвенция",
        "европейская конвенция о защите прав человека", "aihk", "ai̇hk", "konvensiya",
        "avropa insan huquqlari konvensiyasi",
    ),
    "iccpr": (
        "iccpr", "ccpr", "covenant", "international covenant on civil and political rights",
        "мпгпп", "пакт", "international covenant",
    ),
    "cat": (
        "cat", "uncat", "un cat", "convention against torture", "un convention against torture",
        "конвенция против пыток", "конвенция оон против пыток",
    ),
}  # fmt: skip
_PROTOCOL = re.compile(
    r"^(?:(?:echr|convention)\s+)?(?:protocol|prot|p|протокол|protokol)\s*"
    r"(?:no|nr|n°|№|n)?\s*(\d{1,2})(?:\s+(?:to the (?:convention|echr)|к конвенции))?$"
)
_ARTICLE = re.compile(
    r"^(?:art(?:icle)?|ст(?:атья)?|maddə)?\s*(\d{1,3})"
    r"(?:\s*(?:§|para|paragraph|п|\()\s*(\d{1,2})\)?)?"
    r"(?:\s*\(?([a-fа-е])\)?)?$"
)


def _fold(text: str) -> str:
    text = text.casefold().replace("ı", "i").replace("ü", "u").replace("ö", "o")
    text = text.replace("ə", "e").replace("ş", "s").replace("ç", "c").replace("ğ", "g")
    return " ".join(re.sub(r"[.,:;'\"’()]", " ", text).split())


def instrument_code(name: str) -> str | None:
    """The instruments-vocabulary code of an instrument as recorded.

    Known: the vocabulary's codes and labels in every language, the common abbreviations
    (ECHR, ICCPR, CAT ...), and "Protocol 4", "P4", "Protocol No. 4" (any protocol number:
    ``protocol_<n>``, also for protocols the vocabulary does not list).

    :param name: the instrument as recorded (free text).
    :return: its code (``echr``, ``protocol_4``, ``iccpr``, ``cat`` ...), or None if unknown.
    """
    folded = _fold(name)
    if not folded:
        return None
    found = _PROTOCOL.match(folded)
    if found:
        return f"protocol_{int(found.group(1))}"
    vocab = vocabulary("instruments")
    for term in vocab.terms:
        if term.code == "other":
            continue
        if folded == term.code.replace("_", " ") or folded == term.code:
            return term.code
        if any(folded == _fold(label) for label in term.labels.values()):
            return term.code
    for code, spellings in _SPELLINGS.items():
        if folded in (_fold(s) for s in spellings):
            return code
    return None


@dataclass(frozen=True)
class ArticleParts:
    """An article reference split into its numbers.

    :ivar article: the article's number ("5").
    :ivar paragraph: its paragraph ("1"), or None.
    :ivar letter: its sub-paragraph letter ("c"), or None.
    """

    article: str
    paragraph: str | None
    letter: str | None


def parse_article(text: str) -> ArticleParts | None:
    """Split an article as recorded: "3", "Art. 5 § 1", "5(1)(c)", "5 § 1 (c)".

    :param text: the article as recorded (free text).
    :return: its parts, or None where it is not a number with an optional paragraph and letter
        (then it is shown as written).
    """
    folded = " ".join(text.casefold().replace(".", " ").split())
    found = _ARTICLE.match(folded)
    if not found:
        return None
    return ArticleParts(found.group(1), found.group(2), found.group(3))


# The last word spoken for a number, by its last non-zero place, and the vowel of its suffix
# (vowel harmony): bir, iki, üç, dörd, beş, altı, yeddi, səkkiz, doqquz; on, iyirmi, otuz,
# qırx, əlli, altmış, yetmiş, səksən, doxsan; yüz; min; milyon.
_AZ_UNITS = {1: "i", 2: "i", 3: "ü", 4: "ü", 5: "i", 6: "ı", 7: "i", 8: "i", 9: "u"}
_AZ_TENS = {1: "u", 2: "i", 3: "u", 4: "ı", 5: "i", 6: "ı", 7: "i", 8: "i", 9: "ı"}


def az_ordinal(number: int) -> str:
    """An Azerbaijani ordinal written with digits: "1-ci", "3-cü", "6-cı", "9-cu", "40-cı".

    The suffix -ıncı/-inci/-uncu/-üncü (written -cı/-ci/-cu/-cü after digits) follows the
    vowel harmony of the last word of the number as spoken: 3 üç → 3-cü, 10 on → 10-cu,
    60 altmış → 60-cı, 100 yüz → 100-cü, 1000 min → 1000-ci. Source: Azerbaijani grammar of
    ordinal numerals (suffix -ıncı⁴ after consonants, -ncı⁴ after vowels; with digits the
    hyphenated -cı⁴).

    :param number: a whole number, 0 or more.
    :return: the ordinal with its hyphenated suffix.
    :raises ValueError: for a negative number.
    """
    if number < 0:
        raise ValueError("no ordinal of a negative number")
    if number == 0:
        vowel = "ı"  # sıfır
    elif number % 10:
        vowel = _AZ_UNITS[number % 10]
    elif number % 100:
        vowel = _AZ_TENS[number // 10 % 10]
    elif number % 1000:
        vowel = "ü"  # yüz
    elif number % 1_000_000:
        vowel = "i"  # min
    elif number % 1_000_000_000:
        vowel = "u"  # milyon
    else:
        vowel = "ı"  # milyard
    return f"{number}-c{vowel}"


def write_ref(language: str, parts: ArticleParts, of: str, quote: tuple[str, str]) -> str:
    """An article reference of a known instrument in one language.

    Forms: en "Article 5 § 1 (c) of the Convention" (the Court's usage); ru "подпункт «c»
    пункта 1 статьи 5 Конвенции" (the Russian text of the Convention); az
    "Konvensiyanın 5-ci maddəsinin 1-ci bəndinin «c» yarımbəndi".

    :param language: en, ru or az.
    :param parts: the article's numbers.
    :param of: the instrument in the form the language needs here (en "of the Convention", ru
        genitive "Конвенции", az genitive "Konvensiyanın").
    :param quote: the language's opening and closing quotation marks.
    :return: the reference, starting in lower case in ru and az where it starts with a word.
    """
    a, p, letter = parts.article, parts.paragraph, parts.letter
    if language == "ru":
        ref = f"статьи {a}" if p else f"статья {a}"
        if p:
            ref = (f"подпункт {quote[0]}{letter}{quote[1]} пункта {p} " if letter else
                   f"пункт {p} ") + ref  # fmt: skip
        return f"{ref} {of}"
    if language == "az":
        ref = f"{of} {az_ordinal(int(a))} maddəsi"
        if p:
            ref += f"nin {az_ordinal(int(p))} bəndi"
            if letter:
                ref += f"nin {quote[0]}{letter}{quote[1]} yarımbəndi"
        return ref
    ref = f"Article {a}"
    if p:
        ref += f" § {p}"
    if letter:
        ref += f" ({letter})"
    return f"{ref} {of}"
