"""The name matcher: where free text may name a person of the case, and how sure that is.

:class:`Matcher` is built once over the persons' names (:class:`NameOwner`) and finds their
mentions in any text (:meth:`Matcher.find`), whatever its normalisation form, invisible
characters, letter case or script, in Azerbaijani, Russian and Georgian inflection, in Latin,
Cyrillic or English spelling, and as initials beside a surname. Each :class:`Match` says whose
name it may be, what kind of mention it is and why it may be uncertain; the redactor decides
what to do with it. The rules, in order:

- Text is read in its normalised form (:func:`fieldmon.vault.textforms.normalise_mapped`:
  NFC, without invisible format characters) and cut into words (``WORD``); each match's span
  is that of the original text, invisible characters inside included.
- A text word is a form of a name word if its exact fold is one of the name word's exact forms
  (:mod:`fieldmon.consent.inflection`: the word and the word with an ending of its language's
  closed list), or failing that, one of its skeletons is a skeleton of one of the name word's
  forms in any script (:mod:`fieldmon.consent.transliteration`). A match that relies on a
  skeleton for every owner, or on a surname's other gender (Əliyeva for Əliyev), carries the
  reason ``approximate``: Рашада and Rashad for Rəşad do; Rəşadı, RƏŞAD and Лейлу for Лейла
  do not. A name word whose skeleton is shorter than three letters is matched exactly only.
  Words of fewer than two letters, connectors (oğlu, bin...) and the descriptive words of
  group names (``resources/dossier/descriptive_words.json``) never match on their own.
- Consecutive name words of one person, separated by white space only, make one match: two
  or more words with a given name and a surname, or with two different roles, are ``full``;
  the person(s) with the longest such run own it. Persons whose run is exact win over persons
  whose run is approximate.
- Initials: one to four letters each followed by a dot, before a surname (R. Aliyev, Р.Ш.
  Алиев) or after one (Aliyev R., Алиев Р.Ш.), whose first letter is the person's given
  initial; a given name followed by the surname's initial (Rəşad Ə.); and two or three
  initials alone that are the given and surname initials in either order (R. A., with reason
  ``approximate``: any two people may share them).
- A surname cut short with a dot beside the given initial (Səf. T., T. Səf.: at least three
  letters that start one of the person's surnames) is ``initials``, ``approximate``.
- Also ``approximate``: a word read through its look-alike letters (Τural with a Greek tau,
  :func:`~fieldmon.consent.confusables.lookalikes`), an everyday short form of a given name
  (Лёша for Алексей: :func:`~fieldmon.consent.inflection.diminutives`), and an Arabic-script
  word with a long-vowel letter whose consonants are those of a name recorded in other letters
  (تورال for Tural: :func:`~fieldmon.consent.transliteration.consonants`, three at least).
- Text is read as stored, in bidi display order and with split words joined (:func:`~fieldmon.
  consent.confusables.views`). The longest match wins; matches do not overlap, in text order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from fieldmon.consent.confusables import lookalikes, merge, views
from fieldmon.consent.inflection import (
    CONNECTORS,
    counterpart,
    descriptive_words,
    diminutives,
    in_place_name,
    name_forms,
    name_roles,
    ordinary_words,
    place_words,
)
from fieldmon.consent.transliteration import (
    arabic_stems,
    capitalises,
    consonants,
    exact_fold,
    is_arabic,
    skeletons,
)
from fieldmon.vault.textforms import WORD, normalise

__all__ = ["KINDS", "REASONS", "Match", "Matcher", "NameOwner", "ordinary_words", "place_words"]

KINDS = ("full", "initials", "surname", "given", "other")
"""What a match is: a full name, initials with (or as) a name, or one word of a name."""
REASONS = frozenset({"shared", "ordinary_word", "place_name", "lone_given_name", "approximate"})
"""Why a match may not name whom it seems to."""

_MIN_SKELETON = 3
_MAX_INITIALS = 4
_MAX_NAME_TOKENS = 8  # a run of one person's name words is no longer than this
_SPACE = re.compile(r"\s+")
Span = tuple[int, int]
_VOWEL_LETTER = re.compile("[اوي]")


@dataclass(frozen=True)
class NameOwner:
    """A person (or group) whose names the matcher looks for.

    :ivar key: opaque id of the person, e.g. ``"AZ-2026-001/p1"``.
    :ivar names: the recorded name first, then other names and spellings.
    :ivar is_group: a group ("Unknown police officers"): only its distinctive words count
        (capitalised ones, and every word in scripts without capitals), never descriptive ones.
    """

    key: str
    names: tuple[str, ...]
    is_group: bool = False


@dataclass(frozen=True)
class Match:
    """One place in a text that may name a person.

    :ivar start: start of the span in the original text (characters).
    :ivar end: end of the span in the original text (invisible characters inside included).
    :ivar text: ``original[start:end]``.
    :ivar owners: keys of every person whose name this could be.
    :ivar kind: one of :data:`KINDS`.
    :ivar reasons: subset of :data:`REASONS`.
    :ivar person_tokens: the recorded name words that matched, in text order.
    """

    start: int
    end: int
    text: str
    owners: frozenset[str]
    kind: str
    reasons: frozenset[str]
    person_tokens: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Hit:
    role: str
    lemma: str
    approximate: bool


@dataclass
class _Candidate:
    first: int  # token index of the first word
    last: int  # token index of the last word
    start: int  # span in the normalised text
    end: int
    owners: list[int]
    kind: str
    approximate: bool
    shared: bool
    lemmas: tuple[str, ...]
    words: list[int]  # token indexes of the name words (not initials or connectors)


def _initial_keys(word: str) -> set[str]:
    """The letters a word's initial may be written as, in any script."""
    folded = exact_fold(word)
    keys = {folded[:1], *(s[:1] for s in skeletons(folded[:1]))}
    keys |= {s[:1] for s in skeletons(folded)}
    keys.discard("")
    return keys


class Matcher:
    """Finds the names of a set of persons in free text (see the module docstring).

    :param owners: the persons; their keys should be distinct.
    """

    def __init__(self, owners: Sequence[NameOwner]) -> None:
        self._keys = [o.key for o in owners]
        self._looked_up: dict[str, dict[int, _Hit]] = {}  # word -> hits, read-only
        self._exact: dict[str, dict[int, _Hit]] = {}
        self._skeleton: dict[str, dict[int, _Hit]] = {}
        self._given: list[set[str]] = [set() for _ in owners]
        self._surname: list[set[str]] = [set() for _ in owners]
        self._consonant: dict[str, dict[int, _Hit]] = {}  # Arabic letters: consonants
        self._abbreviable: list[set[str]] = [set() for _ in owners]  # surname folds, skeletons
        descriptive = descriptive_words()
        for index, owner in enumerate(owners):
            known: dict[str, str] = {}  # skeleton -> role, from the recorded name
            for number, name in enumerate(owner.names):
                words = WORD.findall(normalise(name))
                if owner.is_group:
                    roles = [
                        "other" if w[0].isupper() or not capitalises(w[0]) else "" for w in words
                    ]
                else:
                    roles = name_roles(words)
                    if number and len(words) == 1 and roles == ["given"]:
                        roles = [known.get(skeletons(words[0])[0], "other")]
                for word, role in zip(words, roles, strict=True):
                    folded = exact_fold(word)
                    if role in ("", "connector") or len(folded) < 2 or not word[0].isalpha():
                        continue
                    if folded in descriptive or folded in CONNECTORS:
                        continue
                    if number == 0:
                        known.setdefault(skeletons(word)[0], role)
                    self._add(index, word, role, word, approximate=False)
                    if role == "surname" and (other := counterpart(word)) is not None:
                        self._add(index, other, role, word, approximate=True)
                    if role == "given":
                        self._given[index] |= _initial_keys(word)
                        for short in diminutives(word):
                            self._add(index, short, role, word, approximate=True)
                    elif role == "surname":
                        self._surname[index] |= _initial_keys(word)
                        self._abbreviable[index] |= {folded, *skeletons(word)}

    def _add_consonants(self, owner: int, word: str, role: str, lemma: str) -> None:
        if is_arabic(word):
            return
        for form in {consonants(s) for s in skeletons(word)}:
            if len(form) >= _MIN_SKELETON:
                self._keep(self._consonant.setdefault(form, {}), owner, _Hit(role, lemma, True))

    def _add(self, owner: int, word: str, role: str, lemma: str, approximate: bool) -> None:
        forms = name_forms(word, role)
        hit = _Hit(role, lemma, approximate)
        self._add_consonants(owner, word, role, lemma)
        for form in forms.exact:
            self._keep(self._exact.setdefault(form, {}), owner, hit)
        if len(skeletons(word)[0]) >= _MIN_SKELETON:
            for form in forms.skeleton:
                self._keep(self._skeleton.setdefault(form, {}), owner, hit)

    @staticmethod
    def _keep(hits: dict[int, _Hit], owner: int, hit: _Hit) -> None:
        old = hits.get(owner)
        if old is None or (old.approximate and not hit.approximate):
            hits[owner] = hit

    def _lookup(self, word: str, again: bool = True) -> dict[int, _Hit]:
        """The persons a text word may name, with the best hit of each."""
        folded = exact_fold(word)
        if len(folded) < 2 or folded in CONNECTORS:
            return {}
        keys = arabic_stems(folded) if is_arabic(folded) else (folded,)
        found: dict[int, _Hit] = {}
        for key in keys:
            for owner, hit in self._exact.get(key, {}).items():
                self._keep(found, owner, hit)
        for key in keys:
            for skeleton in skeletons(key):
                for owner, hit in self._skeleton.get(skeleton, {}).items():
                    if owner not in found:
                        found[owner] = _Hit(hit.role, hit.lemma, True)
        for key in keys if is_arabic(folded) else ():  # a vowel letter: رشاد, not رصد
            for owner, hit in self._consonant.get(
                consonants(key) if _VOWEL_LETTER.search(key) else "", {}
            ).items():
                found.setdefault(owner, hit)
        for reading in lookalikes(word) if again else ():  # Τural, Səfərօv: approximate
            for owner, hit in self._lookup(reading, again=False).items():
                found.setdefault(owner, _Hit(hit.role, hit.lemma, True))
        return found

    def find(self, text: str) -> list[Match]:
        """Every place in the text that may name one of the persons.

        Read in each of its views (:func:`fieldmon.consent.confusables.views`: as stored, in
        bidi display order, with split words joined); of overlapping matches the longest wins,
        and partly overlapping ones are joined.

        :param text: any text.
        :return: non-overlapping matches sorted by start; the longest match wins.
        """
        found = [_Scan(self, text, view, span).run() for view, span in views(text)]
        return found[0] if len(found) == 1 else merge(found, text)


class _Scan:
    """One text read by one matcher: its words, what each may be, and the matches."""

    def __init__(
        self, matcher: Matcher, original: str, text: str, span: Callable[[int, int], Span]
    ) -> None:
        self.m = matcher
        self.original = original
        self.span = span
        self.text = text
        self.tokens = list(WORD.finditer(self.text))
        self.words = [t.group() for t in self.tokens]
        seen = matcher._looked_up  # once per matcher, not per text: its tables never change
        for word in set(self.words) - seen.keys():
            seen[word] = matcher._lookup(word)
        self.hits = [seen[w] for w in self.words]
        self.initial = [
            len(w) == 1 and w.isalpha() and self.text[t.end() : t.end() + 1] == "."
            for w, t in zip(self.words, self.tokens, strict=True)
        ]
        self.capitalised = any(
            capitalises(w[0]) and w[0].isupper() and any(c.islower() for c in w[1:])
            for w in self.words
        )

    def spaced(self, a: int, b: int) -> bool:
        """Whether only white space separates token a from token b."""
        return self.text[self.tokens[a].end() : self.tokens[b].start()].isspace()

    def run(self) -> list[Match]:
        out: list[Match] = []
        i = 0
        while i < len(self.tokens):
            found = self.initials_first(i) if self.initial[i] else None
            if found is None and self.hits[i]:
                found = self.name_at(i)
            if found is None and i + 1 < len(self.tokens):
                found = self.abbreviated(i)
            if found is None:
                i += 1
                continue
            out.append(self.match(found))
            i = found.last + 1
        return out

    def initials_at(self, i: int) -> list[str]:
        """The letters of the initials starting at token i (R.Ş. or R. Ş.)."""
        letters: list[str] = []
        j = i
        while j < len(self.tokens) and self.initial[j] and len(letters) < _MAX_INITIALS:
            if (
                j > i
                and self.text[self.tokens[j - 1].end() : self.tokens[j].start()].strip() != "."
            ):
                break
            letters.append(self.words[j])
            j += 1
        return letters

    def initials_first(self, i: int) -> _Candidate | None:
        """Initials before a surname (R. Aliyev), or two or three initials alone (R. A.)."""
        letters = self.initials_at(i)
        last = i + len(letters) - 1
        end = self.tokens[last].end() + 1
        keys = [_initial_keys(letter) for letter in letters]
        word = last + 1
        if word < len(self.tokens) and self.hits[word]:
            between = self.text[end : self.tokens[word].start()]
            owners = [
                o
                for o, hit in self.hits[word].items()
                if hit.role == "surname" and keys[0] & self.m._given[o]
            ]
            if owners and (not between or between.isspace()):
                return self.initials(i, word, self.tokens[word].end(), owners, word)
        if len(letters) < 2 or any(capitalises(c) and not c.isupper() for c in letters):
            return None
        given, surname = self.m._given, self.m._surname
        owners = [
            o
            for o in range(len(self.m._keys))
            if (keys[0] & given[o] and keys[-1] & surname[o])
            or (keys[0] & surname[o] and keys[1] & given[o])
        ]
        if not owners:
            return None
        start = self.tokens[i].start()
        return _Candidate(i, last, start, end, owners, "initials", True, len(owners) > 1, (), [])

    def abbreviated(self, i: int) -> _Candidate | None:
        """A surname cut short with a dot beside the given initial: Səf. T., T. Səf."""
        first, short = (i, i + 1) if self.initial[i] else (i + 1, i)
        cut, dot = self.words[short], self.tokens[short].end()
        gap = self.text[self.tokens[i].end() + 1 : self.tokens[i + 1].start()]
        if not self.initial[first] or len(cut) < _MIN_SKELETON or self.text[dot : dot + 1] != ".":
            return None
        if not gap.isspace():
            return None
        keys, prefixes = _initial_keys(self.words[first]), {exact_fold(cut), *skeletons(cut)}
        owners = [
            o
            for o, surnames in enumerate(self.m._abbreviable)
            if keys & self.m._given[o] and any(s.startswith(tuple(prefixes)) for s in surnames)
        ]
        if not owners:
            return None
        start, end = self.tokens[i].start(), self.tokens[i + 1].end() + 1
        return _Candidate(i, i + 1, start, end, owners, "initials", True, len(owners) > 1, (), [])

    def initials(self, first: int, last: int, end: int, owners: list[int], word: int) -> _Candidate:
        """Initials and the name word they go with (token word), from token first to last."""
        hits = self.hits[word]
        exact = [o for o in owners if not hits[o].approximate]
        chosen = exact or owners
        lemma = (hits[chosen[0]].lemma,)
        start = self.tokens[first].start()
        shared = len(chosen) > 1
        return _Candidate(
            first, last, start, end, chosen, "initials", not exact, shared, lemma, [word]
        )

    def extend(self, owner: int, i: int) -> tuple[list[int], bool, set[str], list[str]]:
        """The run of one person's name words from token i: tokens, approximate, roles, lemmas."""
        hit = self.hits[i][owner]
        words, approximate, roles, lemmas = [i], hit.approximate, {hit.role}, [hit.lemma]
        k = i
        while len(words) < _MAX_NAME_TOKENS and k + 1 < len(self.tokens) and self.spaced(k, k + 1):
            step = k + 1
            if exact_fold(self.words[step]) in CONNECTORS:
                if step + 1 >= len(self.tokens) or not self.spaced(step, step + 1):
                    break
                step += 1
            nxt = self.hits[step].get(owner)
            if nxt is None or nxt.lemma in lemmas:
                break
            words.append(step)
            approximate |= nxt.approximate
            roles.add(nxt.role)
            lemmas.append(nxt.lemma)
            k = step
        return words, approximate, roles, lemmas

    def name_at(self, i: int) -> _Candidate:
        """The longest run of one person's name words from token i, or initials after it."""
        # Owners with a name word next (or past a connector) run on; the rest need no walk.
        later = set().union(*(self.hits[j] for j in (i + 1, i + 2) if j < len(self.tokens)))
        one = {o: ([i], h.approximate, {h.role}, [h.lemma]) for o, h in self.hits[i].items()}
        runs = {o: self.extend(o, i) if o in later else r for o, r in one.items()}
        longest = max(len(r[0]) for r in runs.values())
        top = sorted(o for o, r in runs.items() if len(r[0]) == longest)
        exact = [o for o in top if not runs[o][1]]
        owners = exact or top
        words, _, _, lemmas = runs[owners[0]]
        roles = set().union(*(runs[o][2] for o in owners))
        if longest >= 2 and any(len(runs[o][2]) >= 2 for o in owners):
            kind = "full"
        else:
            kind = next(r for r in ("given", "surname", "other") if r in roles or r == "other")
        shared = len(owners) > 1 if longest >= 2 else len(self.hits[i]) > 1
        start, end = self.tokens[i].start(), self.tokens[words[-1]].end()
        found = _Candidate(
            i, words[-1], start, end, owners, kind, not exact, shared, tuple(lemmas), words
        )
        after = self.initials_after(found)
        if after is None and kind == "surname" and self.stray_initial(i, words[-1]):
            found.shared = True  # N. Məmmədova: someone else of that surname
        return after or found

    def stray_initial(self, first: int, last: int) -> bool:
        """Whether initials stand right before token first or right after token last."""
        before, after = first - 1, last + 1
        gap = self.text[self.tokens[before].end() + 1 : self.tokens[first].start()]
        if before >= 0 and self.initial[before] and not gap.strip():
            return True
        return after < len(self.tokens) and self.initial[after] and self.spaced(last, after)

    def initials_after(self, found: _Candidate) -> _Candidate | None:
        """Aliyev R., Алиев Р.Ш. (after a surname), Rəşad Ə. (one initial after a given name)."""
        nxt = found.last + 1
        if found.kind not in ("surname", "given") or nxt >= len(self.tokens):
            return None
        if not self.initial[nxt] or not self.spaced(found.last, nxt):
            return None
        letters = self.initials_at(nxt)
        key = _initial_keys(letters[0])
        last = nxt + len(letters) - 1
        hits = self.hits[found.last]
        if found.kind == "surname":
            owners = [o for o, h in hits.items() if h.role == "surname" and key & self.m._given[o]]
        elif len(letters) == 1:
            owners = [o for o in found.owners if key & self.m._surname[o]]
        else:
            return None
        if not owners:
            return None
        end = self.tokens[last].end() + 1
        return self.initials(found.first, last, end, owners, found.last)

    # -- reasons ------------------------------------------------------------------------

    def ordinary(self, i: int, lemma: str) -> bool:
        """Whether word i may be an ordinary word rather than the name lemma."""
        word = self.words[i]
        folded = exact_fold(word)
        ordinary = ordinary_words()
        if any(f in ordinary for f in arabic_stems(folded)):
            return True
        if not capitalises(word[0]) or self.sentence_start(i):
            return exact_fold(lemma) in ordinary
        return word[0].islower() and self.capitalised

    def sentence_start(self, i: int) -> bool:
        """Whether token i starts the text or a sentence (a capital there says nothing)."""
        before = self.text[: self.tokens[i].start()].rstrip(" \t\"'«“„(")
        return not before or before[-1] in ".!?:\n…"

    def match(self, found: _Candidate) -> Match:
        reasons = set()
        if found.shared:
            reasons.add("shared")
        if found.approximate:
            reasons.add("approximate")
        if found.kind == "given":
            reasons.add("lone_given_name")
        if found.kind != "initials" and all(
            self.ordinary(i, lemma) for i, lemma in zip(found.words, found.lemmas, strict=True)
        ):
            reasons.add("ordinary_word")
        if in_place_name(self.text, self.tokens, found.first, found.last):
            reasons.add("place_name")
        start, end = self.span(found.start, found.end)
        return Match(
            start,
            end,
            self.original[start:end],
            frozenset(self.m._keys[o] for o in found.owners),
            found.kind,
            frozenset(reasons),
            found.lemmas,
        )
