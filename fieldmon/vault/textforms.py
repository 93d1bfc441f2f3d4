"""Text in the form words are cut from: composed (NFC), without invisible characters.

A name typed with a combining cedilla, a soft hyphen or a zero-width space inside is the same
name: search indexes and queries it in this form, and the dossier's redaction matches names in
it. :func:`normalise_mapped` maps each character back to the original text, so redaction
replaces the original span, invisible characters included. Unicode sources: UAX #15
(normalisation forms), the general categories of UAX #44 (M marks, Cf format characters).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["FORMAT_CHARACTERS", "WORD", "Normalised", "normalise", "normalise_mapped"]

# Marks (M*) and format characters (Cf) are no letters or digits, in planes 0, 1 and 14 (tags,
# variation selectors); tests/test_text_forms_unicode.py checks this against a full scan.
# Scanned lazily (a generator, not a list of ~130,000 pairs): the list cost ~20 MB of resident
# memory for good, in every process that imports the vault (issue 16: < 100 MB for an attach).
_CODES = itertools.chain(range(0x20000), range(0xE0000, 0xE1000))
_OTHERS = ((c, unicodedata.category(c)) for c in map(chr, _CODES) if not c.isalnum())
_MARKS_AND_FORMATS = [
    (c, category) for c, category in _OTHERS if category[0] == "M" or category == "Cf"
]
_MARKS = frozenset(c for c, category in _MARKS_AND_FORMATS if category[0] == "M")
FORMAT_CHARACTERS = frozenset(
    c for c, category in _MARKS_AND_FORMATS if category == "Cf"
) | frozenset(
    map(chr, [0x34F, *range(0x180B, 0x1810), *range(0xFE00, 0xFE10), *range(0xE0100, 0xE01F0)])
)
"""Invisible characters removed before text is cut into words: Unicode general category Cf (soft
hyphen, zero-width space, ZWJ/ZWNJ, word joiner, BOM, bidi marks...) and the default-ignorable
marks (DerivedCoreProperties.txt): grapheme joiner, variation selectors, Mongolian FVS."""


def _ranges(characters: frozenset[str]) -> str:
    # re looks up a class within plane 0 in a table, others range by range: kept apart below.
    spans: list[list[int]] = []
    for code in sorted(map(ord, characters)):
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "".join(f"\\U{a:08x}-\\U{b:08x}" for a, b in spans)


_PLANE_0 = frozenset(c for c in _MARKS | FORMAT_CHARACTERS if ord(c) < 0x10000)
_ASTRAL = "\\U00010000-\\U0010ffff"
# A format character of plane 0, or any character beyond it (then looked up).
_FORMAT_OR_ASTRAL = re.compile(f"[{_ranges(FORMAT_CHARACTERS & _PLANE_0)}{_ASTRAL}]")
_LETTERS = rf"[\w{_ranges(_MARKS & _PLANE_0)}]*"
WORD = re.compile(rf"\w{_LETTERS}(?:(?=[{_ASTRAL}])[{_ranges(_MARKS - _PLANE_0)}]+{_LETTERS})*")
"""What counts as a word, in normalised texts and queries: a Unicode word character followed by
word characters and marks (Unicode general category M: combining accents, Arabic harakat, Indic
vowel signs), which Python's ``\\w`` alone would split words at."""


# Marks, invisible characters, Hangul medial and final jamo (Unicode 15 §3.12) join the one before.
_JOINING = _MARKS | FORMAT_CHARACTERS | frozenset(map(chr, range(0x1160, 0x1200)))


@dataclass(frozen=True)
class Normalised:
    """A text in the form words are cut from, and where each of its characters came from.

    :ivar text: the normalised text (:func:`normalise`).
    :ivar starts: per character of text, where its cluster starts in the original (character
        offsets); None when text is the original.
    :ivar ends: per character, where that cluster ends, invisible characters after it included.
    """

    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that a span of the normalised text came from.

        :param start: start offset in :attr:`text` (characters).
        :param end: end offset in :attr:`text`, after start.
        :return: (start, end) character offsets in the original text; format characters inside
            the span and right after its last character are part of it.
        """
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def normalise_mapped(text: str) -> Normalised:
    """The text composed (Unicode NFC) and without format characters, and where it came from.

    Taken a cluster at a time (a character with the marks, format characters and Hangul medial
    or final jamo after it): each loses its format characters (:data:`FORMAT_CHARACTERS`) and
    is composed (NFC, Unicode Standard Annex #15). Format characters before the first cluster
    are dropped; text already in NFC without them (nearly all) is returned as it is.

    :param text: any text.
    :return: the normalised text and, per character, the span of text it came from.
    """
    if text.isascii() or (
        unicodedata.is_normalized("NFC", text)
        and FORMAT_CHARACTERS.isdisjoint(_FORMAT_OR_ASTRAL.findall(text))
    ):
        return Normalised(text)
    out, starts, ends = [], [], []
    i, n = 0, len(text)
    while i < n and text[i] in FORMAT_CHARACTERS:
        i += 1
    while i < n:
        j = i + 1
        while j < n and text[j] in _JOINING:
            j += 1
        cluster = "".join(c for c in text[i:j] if c not in FORMAT_CHARACTERS)
        piece = unicodedata.normalize("NFC", cluster)
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
    return Normalised("".join(out), tuple(starts), tuple(ends))


def normalise(text: str) -> str:
    """The form words are cut from: composed (NFC), without invisible format characters.

    :param text: any text.
    :return: :attr:`Normalised.text` of :func:`normalise_mapped`.
    """
    return normalise_mapped(text).text
