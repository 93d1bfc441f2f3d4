"""Who a dossier may name, and how, from the consent each person gave to its recipient.

Levels, from most to least revealing: full name, initials, pseudonym, none. No consent for the
recipient means pseudonym; withdrawn consent means at most pseudonym, and the person's own
statements are left out. The pattern profile pseudonymises everyone. The level governs every
mention: the person's own fields, and their names wherever they occur in free text (titles,
narratives, places, file names), matched the way search matches, across spellings and scripts.
Texts are matched in search's normalised form (composed, without invisible format characters),
and the span of the original text a name came from is replaced, invisible characters included.
"""

from __future__ import annotations

import json
import re
import string
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from fieldmon.dossier.texts import Texts
from fieldmon.resources import resources_dir
from fieldmon.vault.search import WORD, normalise, normalise_mapped, spellings

LEVELS = ("none", "pseudonym", "initials", "full_name")
# A recipient whose consent stands in for another's when a person gave none for it.
CONSENT_FALLBACK = {"rule39": "echr"}


@cache
def descriptive_words() -> frozenset[str]:
    """Words in group and placeholder names ("unknown police officers") that are never treated
    as a name to hide, in every spelling search folds them to. Read once from
    ``resources/dossier/descriptive_words.json``.

    :return: the folded spellings of every word, in every language.
    :raises FileNotFoundError: if the resources folder is missing from the installation.
    """
    data = json.loads(
        (resources_dir() / "dossier" / "descriptive_words.json").read_text(encoding="utf-8")
    )
    return frozenset(
        w for words in data["words"].values() for word in words for w in spellings(word)
    )


def rank(level: str) -> int:
    """How revealing an identity level is, from 0 (``none``) to 3 (``full_name``).

    :param level: one of :data:`LEVELS`.
    :return: its position in :data:`LEVELS`.
    :raises ValueError: for an unknown level.
    """
    return LEVELS.index(level)


def capitalises(letter: str) -> bool:
    """Whether names in the letter's script start with a capital letter.

    Latin, Cyrillic, Greek and Armenian letters have a case, and names start with a capital.
    Georgian letters have had capitals (Mtavruli) since Unicode 11, but names are not written
    with them; Arabic, Hebrew and most other scripts have no case at all.

    :param letter: one character.
    :return: True if it has a case (:meth:`str.isupper` or :meth:`str.islower`) and is not
        Georgian.
    """
    cased = letter.isupper() or letter.islower()
    return cased and not unicodedata.name(letter, "").startswith("GEORGIAN")


def initials(name: str) -> str:
    """A name's initials: ``"Rəşad Əliyev"`` → ``"R. Ə."``. Hyphens separate words; words that do
    not start with a letter are skipped. The name is normalised first (composed, no invisible
    characters: :func:`fieldmon.vault.search.normalise`).

    :param name: the full name.
    :return: the first letter of each word, followed by a dot, space-separated; upper-cased in
        scripts whose names start with a capital (:func:`capitalises`).
    """
    words = normalise(name).replace("-", " ").split()
    letters = [
        (w[0].upper() if capitalises(w[0]) else w[0]) + "." for w in words if w[:1].isalpha()
    ]
    return " ".join(letters)


def _identifying(word: str, name_capitalised: bool, is_group: bool) -> bool:
    """Whether a word of a name identifies the person (see :meth:`Redactor.add_case`)."""
    first = word[0]
    if len(word) < 2 or not first.isalpha():
        return False
    if first.isupper() or not capitalises(first):
        return True
    # A lower-case word in a capitalised name is a particle ("oğlu", "de"); a person's name
    # typed all in lower case identifies them by every word.
    return not name_capitalised and not is_group


def _letter(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = string.ascii_uppercase[r] + out
    return out


@dataclass
class PersonPlan:
    """How one person of one case appears in a dossier.

    :ivar case_reference: the case.
    :ivar person_id: the person's id (``p1``).
    :ivar name: the person's name as recorded.
    :ivar roles: the person's roles (``victim``, ``applicant`` ...).
    :ivar level: the identity level decided, one of :data:`LEVELS`.
    :ivar label: what the dossier shows for the person: their name, initials, a pseudonym
        ("Person A") or "identity withheld".
    :ivar withdrawn: whether the person withdrew consent (their statements are left out).
    :ivar is_group: whether the record counts a group; a group keeps its name unless the level
        is ``none``.
    """

    case_reference: str
    person_id: str
    name: str
    roles: list[str]
    level: str
    label: str
    withdrawn: bool
    is_group: bool
    name_words: set[str] = field(default_factory=set)
    """Folded spellings of every word of the person's names that identifies them."""
    full_forms: list[str] = field(default_factory=list)


class Redactor:
    """Decides and applies the identity level of every person of the cases in one dossier.

    :param recipient: the recipient whose consent counts (``echr``, ``un-srt`` ...); a person
        without consent for it falls back to :data:`CONSENT_FALLBACK`, then to pseudonym.
    :param texts: the dossier's words, for pseudonyms and "identity withheld".
    :param pseudonymise_all: cap everyone at pseudonym, whatever their consent (the pattern
        profile).
    """

    def __init__(self, recipient: str, texts: Texts, pseudonymise_all: bool = False) -> None:
        self.recipient = recipient
        self.texts = texts
        self.pseudonymise_all = pseudonymise_all
        self.people: dict[tuple[str, str], PersonPlan] = {}
        self._pseudonyms = 0

    def _consent(self, case: dict[str, Any], person_id: str) -> dict[str, Any] | None:
        consents = [c for c in case.get("consents", []) if c["person"] == person_id]
        for recipient in (self.recipient, CONSENT_FALLBACK.get(self.recipient)):
            for consent in consents:
                if consent["recipient"] == recipient:
                    return dict(consent)
        return None

    def add_case(self, case: dict[str, Any]) -> None:
        """Decide how each person of the case appears, and which words of their names to hide.

        The level is the one the person's consent for the recipient gives (``pseudonym`` without
        one), at most ``pseudonym`` if consent was withdrawn or everyone is pseudonymised.
        Pseudonyms are lettered A, B, C ... across the dossier in the order persons are added.
        Below ``full_name`` the words of two letters or more that start with a letter, of the
        person's name and other names, are hidden wherever they occur, except descriptive words
        (:func:`descriptive_words`): in scripts that capitalise names (:func:`capitalises`) the
        capitalised words, or every word of a person's name typed all in lower case; in other
        scripts (Georgian, Arabic...) every word. A group's name is hidden only at level
        ``none``, by its capitalised words and words in other scripts.

        :param case: the case document.
        """
        reference = str(case["reference"])
        descriptive = descriptive_words()
        for person in case.get("persons", []):
            consent = self._consent(case, person["id"])
            level = consent["identity"] if consent else "pseudonym"
            withdrawn = bool(consent and consent.get("withdrawn"))
            if withdrawn or self.pseudonymise_all:
                level = min(level, "pseudonym", key=rank)
            is_group = person.get("counting_unit") == "group"
            if level == "none":
                label = self.texts.label("identity_withheld")
            elif level == "pseudonym" and not is_group:
                label = self.texts.label("person_letter", letter=_letter(self._pseudonyms))
                self._pseudonyms += 1
            elif level == "initials" and not is_group:
                label = initials(person["name"])
            else:
                label = person["name"]
            names = [person["name"], *person.get("other_names", [])]
            plan = PersonPlan(
                reference,
                person["id"],
                person["name"],
                list(person.get("roles", [])),
                level,
                label,
                withdrawn,
                is_group,
            )
            if level != "full_name" and not (is_group and level != "none"):
                plan.full_forms = names
                for name in names:
                    words = WORD.findall(normalise(name))
                    capitalised = any(w[0].isupper() for w in words)
                    for word in words:
                        if _identifying(word, capitalised, is_group):
                            variants = set(spellings(word))
                            if not variants & descriptive:
                                plan.name_words |= variants
            self.people[(reference, person["id"])] = plan

    def person(self, case_reference: str, person_id: str) -> PersonPlan:
        """The plan of one person.

        :param case_reference: the case.
        :param person_id: the person's id.
        :return: the person's plan.
        :raises KeyError: if the person was not added with :meth:`add_case`.
        """
        return self.people[(case_reference, person_id)]

    def label(self, case_reference: str, person_id: str) -> str:
        """How a person appears in the dossier.

        :param case_reference: the case.
        :param person_id: the person's id.
        :return: the person's label, or ``person_id`` itself for a person not added.
        """
        plan = self.people.get((case_reference, person_id))
        return plan.label if plan else person_id

    def shows_details(self, case_reference: str, person_id: str) -> bool:
        """Whether identifying details (address, birth date, occupation) may be shown.

        :param case_reference: the case.
        :param person_id: the person's id.
        :return: True only for a person added at level ``full_name``.
        """
        plan = self.people.get((case_reference, person_id))
        return bool(plan and plan.level == "full_name")

    def clean(self, text: str | None, case_reference: str | None = None) -> str:
        """The text with every hidden person's names replaced by how they may appear.

        Words are matched as search matches them (:func:`fieldmon.vault.search.spellings`), in
        the text's normalised form (:func:`fieldmon.vault.search.normalise_mapped`); consecutive
        words of one person's names, separated only by spaces, become one label, which replaces
        the span of the original text they came from (marks and invisible characters inside
        it included). The rest of the text is kept as it was.

        :param text: free text of a case, or None.
        :param case_reference: only replace the names of this case's persons; None for all.
        :return: the text as it may appear; ``""`` for no text.
        """
        if not text:
            return ""
        plans = [
            p
            for p in self.people.values()
            if p.name_words and (case_reference is None or p.case_reference == case_reference)
        ]
        if not plans:
            return text
        out: list[str] = []
        last = 0
        normalised = normalise_mapped(text)
        words = list(WORD.finditer(normalised.text))
        i = 0
        while i < len(words):
            match = words[i]
            owner = self._owner(match.group(), plans)
            if owner is None:
                i += 1
                continue
            # Swallow the rest of a multi-word name ("Rəşad Əliyev") into one label.
            j = i
            while j + 1 < len(words):
                gap = normalised.text[words[j].end() : words[j + 1].start()]
                if gap.strip() or self._owner(words[j + 1].group(), [owner]) is None:
                    break
                j += 1
            start, end = normalised.span(match.start(), words[j].end())
            out.append(text[last:start])
            out.append(owner.label)
            last = end
            i = j + 1
        out.append(text[last:])
        return "".join(out)

    @staticmethod
    def _owner(word: str, plans: list[PersonPlan]) -> PersonPlan | None:
        variants = set(spellings(word))
        for plan in plans:
            if variants & plan.name_words:
                return plan
        return None

    def plan_rows(self) -> list[tuple[str, str, str, str]]:
        """(case, person id, roles, level) for the preview printed before writing.

        :return: one row per person added, roles joined with ", ".
        """
        return [
            (p.case_reference, p.person_id, ", ".join(p.roles), p.level)
            for p in self.people.values()
        ]


def safe_filename(text: str) -> str:
    """Text made safe as a file name: each run of characters other than letters, digits,
    underscores, dots and hyphens becomes one hyphen, and hyphens at either end are dropped.

    :param text: any text.
    :return: the file name; ``"file"`` if nothing is left.
    """
    cleaned = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-")
    return cleaned or "file"
