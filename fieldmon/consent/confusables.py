"""Text that shows a name it does not store: look-alike letters, bidi overrides, split words.

A reader sees a name where the characters differ from it. The matcher
(:mod:`fieldmon.consent.matcher`) reads every text in up to four *views*, each mapped back to
the original characters:

- as stored (NFC, without invisible format characters: :mod:`fieldmon.vault.textforms`);
- in display order (:func:`display_order`): a run under a bidi override (U+202E RIGHT-TO-LEFT
  OVERRIDE or U+202D LEFT-TO-RIGHT OVERRIDE, up to U+202C or the end of the paragraph) whose
  letters run against the override is shown reversed, so it is read reversed. Source: Unicode
  Standard Annex #9 (the bidirectional algorithm), rules X1-X8 and L2;
- joined (:func:`joined`): a word split or joined by what a reader passes over is read as the
  reader does: markup tags (``<b>Sə</b>fərov``), a hyphen at a line break (``Səfə-\\nrov``),
  a middle dot, apostrophe, asterisk, tilde, dot or hyphen between letters (``Sə·fə·rov``,
  ``Səfər'ov``, ``Sə**fərov``, ``S.ə.f.ə.r.o.v``), single letters spaced by single spaces
  (``T u r a l``: four or more); underscores between letters as a space (``TURAL_SƏFƏROV``),
  and a lower-case letter followed by a capital (``TuralSəfərov``) as two words;
- both (display order, then joined).

A word whose letters come from several scripts, or that uses Latin letters no name is written
with (small capitals ``ᴜ``, Latin alpha ``ɑ``), is also read through :func:`lookalikes`: its
letters replaced by the Latin or Russian letters they look like
(``resources/consent/confusables.json``, built from the single-letter pairs of Unicode
Technical Standard #39 ``confusables.txt`` for the Latin, Cyrillic, Greek and Armenian
scripts, as shipped in the data of the ``confusable_homoglyphs`` 3.3.1 package; Azerbaijani
letters are kept, and ``ǝ`` and Cyrillic ``ә`` read as ``ə``). Mathematical alphanumerics and
fullwidth letters need no table: NFKC folds them
(:func:`~fieldmon.consent.transliteration.exact_fold`).
"""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any, ClassVar, Protocol, TypeVar

from fieldmon.resources import resources_dir
from fieldmon.vault.textforms import FORMAT_CHARACTERS, normalise_mapped

__all__ = ["Rewrite", "View", "display_order", "joined", "lookalikes", "merge", "views"]

_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK", "ARMENIAN")
_LRO, _RLO, _PDF = "\u202d", "\u202e", "\u202c"
_EMBEDDINGS = frozenset("\u202a\u202b")  # LRE, RLE: close with PDF, no override
_ISOLATES, _PDI = frozenset("\u2066\u2067\u2068"), "\u2069"
_PARAGRAPH = frozenset("\n\r\x1c\x1d\x1e\x85\u2029")
_LETTER = r"[^\W\d_]"
# What a reader passes over inside a word (dropped from the joined view).
_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,80}>")
_HYPHENATION = re.compile(rf"(?<={_LETTER})[-\u2010\u2011\u00ad][ \t]*\r?\n[ \t]*(?={_LETTER})")
_JOINER = re.compile(rf"(?<={_LETTER})[·•‧∙'’ʼ`´*~.\-\u2010\u2011]+(?={_LETTER})")
_UNDERSCORES = re.compile(rf"(?<={_LETTER})_+(?={_LETTER})")
_SPACED = re.compile(rf"(?<![^\W_])(?:{_LETTER} ){{3,}}{_LETTER}(?![^\W_])")
_MIN_SPACED = 4
_CASED = re.compile(rf"{_LETTER}+")


def _camel(word: str) -> bool:
    """Whether a lower-case letter is followed by a capital in the word."""
    return not word[1:].islower() and any(
        a.islower() and b.isupper() for a, b in itertools.pairwise(word)
    )


class _Located(Protocol):
    __dataclass_fields__: ClassVar[dict[str, Any]]

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...

    @property
    def owners(self) -> frozenset[str]: ...

    @property
    def reasons(self) -> frozenset[str]: ...


_M = TypeVar("_M", bound=_Located)


@dataclass(frozen=True)
class Rewrite:
    """A text made from another, and where each of its characters came from.

    :ivar text: the new text.
    :ivar starts: per character of text, where it starts in the source (characters).
    :ivar ends: per character, where it ends in the source; equal to its start for a
        character that was inserted (a space between two joined words).
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source that a span of the new text came from.

        :param start: start offset in :attr:`text` (characters).
        :param end: end offset in :attr:`text`, after start.
        :return: (start, end) in the source: from the first to the last source character of
            the span, whatever their order (a reversed run maps to its whole source run).
        """
        return min(self.starts[start:end]), max(self.ends[start:end])


View = tuple[str, Callable[[int, int], tuple[int, int]]]
"""A text to look for names in, and the function from its spans to the original's."""


@cache  # unicodedata.name for every letter of every text was 1/6 of a dossier's redaction
def _script(letter: str) -> str:
    name = unicodedata.name(letter, "")
    return next((s for s in _SCRIPTS if name.startswith(s)), "")


@cache
def _tables() -> tuple[dict[str, str], dict[str, str]]:
    path = resources_dir() / "consent" / "confusables.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(data["latin"]), dict(data["cyrillic"])


def lookalikes(word: str) -> tuple[str, ...]:
    """The word read with its look-alike letters as the Latin or Russian letters they mimic.

    Read as Latin if it has a Latin letter, as Russian if it has a Cyrillic one; a reading
    that changes nothing is left out, so a word in one script of ordinary letters (Rəşad,
    Рашад) has none. ``Τural`` (Greek capital tau) reads ``Tural``; ``Bоpoнов`` (Latin B, p, o)
    reads ``Воронов``.

    :param word: one word (any form).
    :return: zero, one or two readings.
    """
    latin, cyrillic = _tables()
    scripts = {_script(c) for c in word if c.isalpha()}
    out: list[str] = []
    for script, table in (("LATIN", latin), ("CYRILLIC", cyrillic)):
        if script in scripts:
            reading = "".join(table.get(c, c) for c in word)
            if reading != word:
                out.append(reading)
    return tuple(out)


def _clusters(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The characters from start to end, each with the marks and joiners after it."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        j = i + 1
        while j < end and (unicodedata.category(text[j])[0] == "M" or text[j] in FORMAT_CHARACTERS):
            j += 1
        out.append((i, j))
        i = j
    return out


def _reads_reversed(text: str, positions: Sequence[int], override: str) -> bool:
    """Whether the strong letters of a run go against its override (UAX #9 classes)."""
    ltr = sum(unicodedata.bidirectional(text[p]) == "L" for p in positions)
    rtl = sum(unicodedata.bidirectional(text[p]) in ("R", "AL") for p in positions)
    return ltr > rtl if override == _RLO else rtl > ltr


def display_order(text: str) -> Rewrite | None:
    """The text with each overridden run in the order a reader reads it, controls dropped.

    An override opens at U+202D (LRO) or U+202E (RLO) and closes at U+202C (PDF) or at the end
    of the paragraph; an embedding (U+202A, U+202B) or isolate (U+2066-2068, closed by U+2069)
    inside it suspends it (UAX #9, X1-X8). A run under RLO whose letters are mostly
    left-to-right (Latin, Cyrillic) is displayed, and read, reversed; so is a run under LRO
    whose letters are mostly right-to-left (Arabic, Hebrew). Marks stay after their letter.

    :param text: any text.
    :return: the rewrite, or None when the text has no override.
    """
    if _RLO not in text and _LRO not in text:
        return None
    stack: list[str] = []
    runs: list[tuple[str, list[int]]] = []  # (override or "", positions)
    for i, c in enumerate(text):
        if c in _PARAGRAPH:
            stack.clear()
        if c in (_LRO, _RLO) or c in _EMBEDDINGS or c in _ISOLATES:
            stack.append(c)
            continue
        if c == _PDF:
            if stack and stack[-1] not in _ISOLATES:
                stack.pop()
            continue
        if c == _PDI:
            while stack and stack.pop() not in _ISOLATES:
                pass
            continue
        override = stack[-1] if stack and stack[-1] in (_LRO, _RLO) else ""
        if not runs or runs[-1][0] != override or runs[-1][1][-1] != i - 1:
            runs.append((override, []))
        runs[-1][1].append(i)
    starts: list[int] = []
    for override, positions in runs:
        if override and _reads_reversed(text, positions, override):
            clusters = _clusters(text, positions[0], positions[-1] + 1)
            for a, b in reversed(clusters):
                starts.extend(range(a, b))
        else:
            starts.extend(positions)
    out = "".join(text[p] for p in starts)
    return Rewrite(out, tuple(starts), tuple(p + 1 for p in starts))


def _drops(text: str) -> list[bool]:
    drop = [False] * len(text)  # an underscore between letters: kept, read as a space
    for pattern in (_TAG, _HYPHENATION, _JOINER):
        for m in pattern.finditer(text):
            drop[m.start() : m.end()] = [True] * (m.end() - m.start())
    for m in _UNDERSCORES.finditer(text):
        drop[m.start() + 1 : m.end()] = [True] * (m.end() - m.start() - 1)
    for m in _SPACED.finditer(text):
        if (m.end() - m.start() + 1) // 2 >= _MIN_SPACED:
            for p in range(m.start() + 1, m.end(), 2):
                drop[p] = True
    return drop


def joined(text: str) -> Rewrite | None:
    """The text with split words joined and joined words split, as a reader reads them.

    Dropped: markup tags, a hyphen with the line break after it, middle dots, apostrophes,
    asterisks, tildes, dots and hyphens between letters, and the single spaces between four or
    more single letters. Underscores between letters read as one space, and a space goes
    between a lower-case letter and a capital.

    :param text: a normalised text (:func:`fieldmon.vault.textforms.normalise`).
    :return: the rewrite, or None when it would change nothing.
    """
    drop = _drops(text)
    if not any(drop) and "_" not in text and not any(_camel(w) for w in _CASED.findall(text)):
        return None
    kept = [i for i, d in enumerate(drop) if not d]
    starts: list[int] = []
    ends: list[int] = []
    previous = ""
    for i in kept:
        c = text[i]
        if previous.islower() and c.isupper():
            starts.append(i)
            ends.append(i)
        starts.append(i)
        ends.append(i + 1)
        previous = c
    out = "".join(
        " " if s == e or text[s] == "_" else text[s] for s, e in zip(starts, ends, strict=True)
    )
    if out == text:
        return None
    return Rewrite(out, tuple(starts), tuple(ends))


def _after(
    outer: Callable[[int, int], tuple[int, int]], inner: Callable[[int, int], tuple[int, int]]
) -> Callable[[int, int], tuple[int, int]]:
    return lambda a, b: outer(*inner(a, b))


def views(text: str) -> Iterator[View]:
    """The views of a text that names are looked for in (see the module docstring).

    :param text: any text.
    :return: the stored view first, then those that differ from it, each with its span map.
    """
    norm = normalise_mapped(text)
    yield norm.text, norm.span
    shown = display_order(text)
    bases: list[View] = [(norm.text, norm.span)]
    if shown is not None:
        again = normalise_mapped(shown.text)
        base: View = (again.text, _after(shown.span, again.span))
        yield base
        bases.append(base)
    for base_text, base_span in bases:
        join = joined(base_text)
        if join is not None:
            yield join.text, _after(base_span, join.span)


def _union(text: str, a: _M, b: _M) -> _M:
    """One match over two that partly overlap: both persons, approximate."""
    longer = a if a.end - a.start >= b.end - b.start else b
    start, end = min(a.start, b.start), max(a.end, b.end)
    owners = a.owners | b.owners
    reasons = a.reasons | b.reasons | {"approximate"} | ({"shared"} if len(owners) > 1 else set())
    return replace(
        longer, start=start, end=end, text=text[start:end], owners=owners, reasons=reasons
    )


def merge(found: Sequence[Sequence[_M]], text: str) -> list[_M]:
    """The matches of several views as one list without overlaps, the longest first.

    Of overlapping matches, one that covers all the others is kept (the earliest view's of
    equal spans); matches that only partly overlap are joined into one over both (owners and
    reasons of both, ``approximate``), so that no character any view found is left out.

    :param found: per view (stored view first), its matches
        (:class:`fieldmon.consent.matcher.Match`).
    :param text: the original text.
    :return: matches sorted by start.
    """
    ranked = sorted(
        ((m, v) for v, ms in enumerate(found) for m in ms),
        key=lambda mv: (mv[0].start, -(mv[0].end - mv[0].start), mv[1]),
    )
    out: list[_M] = []
    for m, _ in ranked:
        if out and m.start < out[-1].end:
            if m.end > out[-1].end:
                out[-1] = _union(text, out[-1], m)
            continue
        out.append(m)
    return out
