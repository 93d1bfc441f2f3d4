"""Applying the consent model to a dossier's text: labels, mentions, matches and the review list.

Each person of the dossier's cases gets a :class:`~fieldmon.consent.policy.Decision` and a label
(their name, initials, "Person A", or "[identity withheld]" for a person left out). Free text is
cleaned in three steps:

1. Mentions recorded as data (``case["mentions"]``: the words a monitor linked to a person) are
   rendered at that person's level wherever those words occur in the case.
2. The name matcher (:mod:`fieldmon.consent.matcher`) finds the rest: every person's names
   across normalisation forms, case, inflection, scripts and initials. A *certain* match (a full
   name, initials with a surname, or a word of exactly one person's name that nobody else
   shares and that is no ordinary word or part of a place name) is replaced when its person is
   below ``full_name``.
3. Every other match of a hidden person is a :class:`~fieldmon.consent.review.Candidate`: its
   stored or given decision applies; without one it is replaced, and the dossier is not
   written (:meth:`Redactor.review` lists them first).

Names of persons shown in full are never replaced, so a match that is a full name of a shown
person wins over a word it shares with a hidden one.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from fieldmon.consent.matcher import Match, Matcher, NameOwner
from fieldmon.consent.mentions import find_words
from fieldmon.consent.policy import LEFT_OUT, Decision, consent_recipient, decide
from fieldmon.consent.review import CONTEXT_CHARS, Candidate, key_of
from fieldmon.vault.model import CASE, RecordType
from fieldmon.vault.textforms import normalise

_UNCERTAIN_TOKEN = frozenset(
    {"shared", "ordinary_word", "place_name", "lone_given_name", "approximate"}
)
_UNCERTAIN_NAME = frozenset({"shared", "ordinary_word", "place_name"})
# Free text the matcher does not read: a person's own names are shown through their label, and
# mentions are not printed.
_SKIPPED = {("persons", "name"), ("persons", "other_names"), ("cases", "reference")}
_SKIPPED_TYPES = {"mentions"}


def initials(name: str) -> str:
    """A name's initials: ``"Rəşad Əliyev"`` → ``"R. Ə."``; hyphens separate words, words that
    do not start with a letter are skipped; upper-cased where the script has capitals.

    :param name: the full name.
    :return: the initials, space-separated; upper-cased only in scripts whose names start
        with a capital (not Georgian, not caseless scripts).
    """
    words = normalise(name).replace("-", " ").split()
    return " ".join(
        (w[0].upper() if _capitalises(w[0]) else w[0]) + "." for w in words if w[:1].isalpha()
    )


def _capitalises(letter: str) -> bool:
    """Whether names in the letter's script start with a capital: Latin, Cyrillic, Greek,
    Armenian; not Georgian (it has had capitals, Mtavruli, since Unicode 11, but names are not
    written with them) and not caseless scripts."""
    cased = letter.isupper() or letter.islower()
    return cased and not unicodedata.name(letter, "").startswith("GEORGIAN")


class Labels(Protocol):
    """The words labels are made of, in the dossier's language
    (:class:`fieldmon.dossier.texts.Texts` is one): ``identity_withheld``, ``person_letter``,
    ``perpetrator_letter``, ``applicant_anonymous``, and the letters of pseudonyms in the
    language's own alphabet ("Лицо А" in Cyrillic, not a Latin A)."""

    def label(self, key: str, **values: Any) -> str:
        """A label with its ``{placeholders}`` filled in.

        :param key: the label's key.
        :param values: the placeholders' values.
        :return: the label.
        """
        ...

    def letter(self, index: int) -> str:
        """The letter(s) telling pseudonymised persons apart, in the language's alphabet.

        :param index: 0 for the first.
        :return: the letter(s).
        """
        ...


def _owner(key: str) -> tuple[str, str]:
    reference, _, person_id = key.partition("\x1f")
    return reference, person_id


@dataclass
class PersonPlan:
    """How one person of one case appears in a dossier.

    :ivar case_reference: the case.
    :ivar person_id: the person's id (``p1``).
    :ivar name: the name as recorded.
    :ivar roles: the person's roles.
    :ivar decision: the consent model's decision (:func:`fieldmon.consent.policy.decide`).
    :ivar label: what the dossier shows for the person.
    :ivar public_label: what file names, metadata and bookmarks show: the label, except for an
        applicant who asked the Court for anonymity (Rule 47 § 4).
    :ivar is_group: the record counts a group.
    :ivar names: the recorded name and other names.
    """

    case_reference: str
    person_id: str
    name: str
    roles: list[str]
    decision: Decision
    label: str
    public_label: str
    is_group: bool = False
    names: tuple[str, ...] = ()

    @property
    def level(self) -> str:
        """The identity level decided, or ``left_out``."""
        return self.decision.level

    @property
    def withdrawn(self) -> bool:
        """Whether the person withdrew consent for the recipient (their statements go)."""
        return self.decision.withdrawn

    @property
    def left_out(self) -> bool:
        """Whether the person does not appear (left out, counted only)."""
        return not self.decision.shown

    def hidden(self, public: bool) -> bool:
        """Whether the person's names are replaced in free text.

        :param public: for file names, metadata and bookmarks.
        :return: True below ``full_name``, or for an anonymity request when ``public``.
        """
        return self.level != "full_name" or (public and self.decision.anonymity_request)


@dataclass
class _Replacement:
    start: int
    end: int
    plan: PersonPlan | None  # None: keep the words


@dataclass
class Redactor:
    """Decides and applies the identity of every person of the cases in one dossier.

    :param recipient: the dossier's recipient (``echr``, ``rule39``, ``un-srt``, ``wgad``,
        ``pattern``).
    :param texts: the dossier's words, for labels.
    :param pattern: name nobody (the ``pattern`` profile).
    :param withhold_perpetrators: replace alleged perpetrators' names.
    :param decisions: review decisions by candidate key (``replace`` or ``keep``).
    """

    recipient: str
    texts: Labels
    pattern: bool = False
    withhold_perpetrators: bool = False
    decisions: Mapping[str, str] = field(default_factory=dict)
    people: dict[tuple[str, str], PersonPlan] = field(default_factory=dict)
    unresolved: dict[str, Candidate] = field(default_factory=dict)
    """Candidates met without a decision, by key, in the order met."""
    _mentions: dict[str, list[tuple[str, PersonPlan]]] = field(default_factory=dict)
    _matcher: Matcher | None = None
    _pseudonyms: int = 0
    _perpetrators: int = 0

    def add_case(self, case: Mapping[str, Any]) -> None:
        """Decide how each person of the case appears, and read its recorded mentions.

        Pseudonyms are lettered A, B, C ... across the dossier in the order persons are added;
        withheld perpetrators get their own letters. A group (``counting_unit`` group) keeps its
        descriptive name when no consent was recorded for it (a group does not consent); its
        name is cleaned of hidden persons' names like any text.

        :param case: the case document.
        """
        reference = str(case["reference"])
        for person in case.get("persons", []):
            decision = decide(
                case,
                person,
                self.recipient,
                pattern=self.pattern,
                withhold_perpetrators=self.withhold_perpetrators,
            )
            is_group = person.get("counting_unit") == "group"
            if is_group and decision.basis in ("no_consent", "no_transmission"):
                decision = Decision("full_name", "group")
            label = self._label(person, decision, is_group)
            public = (
                self.texts.label("applicant_anonymous") if decision.anonymity_request else label
            )
            self.people[(reference, str(person["id"]))] = PersonPlan(
                reference,
                str(person["id"]),
                str(person["name"]),
                list(person.get("roles", [])),
                decision,
                label,
                public,
                is_group,
                (str(person["name"]), *map(str, person.get("other_names", []))),
            )
        mentions = self._mentions.setdefault(reference, [])
        for mention in case.get("mentions", []):
            plan = self.people.get((reference, str(mention.get("person"))))
            if plan is not None and str(mention.get("text", "")).strip():
                mentions.append((str(mention["text"]), plan))
        self._matcher = None

    def _label(self, person: Mapping[str, Any], decision: Decision, is_group: bool) -> str:
        level = decision.level
        if level in (LEFT_OUT, "none"):
            return self.texts.label("identity_withheld")
        if level == "pseudonym" and not is_group:
            if decision.basis == "perpetrator_withheld":
                self._perpetrators += 1
                return self.texts.label(
                    "perpetrator_letter", letter=self.texts.letter(self._perpetrators - 1)
                )
            self._pseudonyms += 1
            return self.texts.label("person_letter", letter=self.texts.letter(self._pseudonyms - 1))
        if level == "initials" and not is_group:
            return initials(str(person["name"]))
        return str(person["name"])

    # -- what the rest of the dossier asks -------------------------------------------------

    def appears(self, case_reference: str, person_id: str) -> bool:
        """Whether a person appears in the dossier at all (a person not added does not).

        :param case_reference: the case.
        :param person_id: the person's id.
        :return: False for a person left out (counted only), or not added.
        """
        plan = self.people.get((case_reference, person_id))
        return plan is not None and not plan.left_out

    def label(self, case_reference: str, person_id: str) -> str:
        """How a person appears in the dossier.

        :param case_reference: the case.
        :param person_id: the person's id.
        :return: the label; "[identity withheld]" for a person not added (never the id).
        """
        self.matcher()  # groups' labels are their names cleaned, once every case is added
        plan = self.people.get((case_reference, person_id))
        return plan.label if plan else self.texts.label("identity_withheld")

    def shows_details(self, case_reference: str, person_id: str) -> bool:
        """Whether identifying details (address, birth date, occupation) may be shown.

        :param case_reference: the case.
        :param person_id: the person's id.
        :return: True only for a person shown at ``full_name``.
        """
        plan = self.people.get((case_reference, person_id))
        return bool(plan and plan.level == "full_name")

    def left_out(self) -> list[PersonPlan]:
        """The persons left out of the dossier (counted only), in the order added."""
        return [p for p in self.people.values() if p.left_out and not p.is_group]

    def blocking(self) -> list[PersonPlan]:
        """The victims and applicants who withdrew consent for this recipient."""
        return [p for p in self.people.values() if p.decision.blocks]

    def anonymity_requests(self) -> list[PersonPlan]:
        """The applicants named to the Court who ask for anonymity (Rule 47 § 4)."""
        return [p for p in self.people.values() if p.decision.anonymity_request]

    # -- cleaning free text ---------------------------------------------------------------

    def matcher(self) -> Matcher:
        """The name matcher over every person of every case added (built once per set).

        :return: the matcher; keys are ``"REF\\x1fID"``.
        """
        if self._matcher is None:
            # A group shown by its descriptive name is nobody to hide: its words ("Relatives of
            # Tural ...") must not make a hidden person's name look shared, or kept.
            self._matcher = Matcher(
                [
                    NameOwner(f"{p.case_reference}\x1f{p.person_id}", p.names, p.is_group)
                    for p in self.people.values()
                    if not (p.is_group and p.decision.basis == "group")
                ]
            )
            for plan in self.people.values():
                if plan.is_group and plan.decision.basis == "group":
                    where = f"persons/{plan.person_id}/name"
                    plan.label = self.clean(plan.name, plan.case_reference, where=where)
                    plan.public_label = self.clean(plan.name, plan.case_reference, public=True)
        return self._matcher

    def clean(
        self,
        text: str | None,
        case_reference: str | None = None,
        *,
        where: str = "",
        public: bool = False,
    ) -> str:
        """The text with every hidden person's names replaced by their label.

        :param text: free text of a case, or None.
        :param case_reference: the case the text belongs to (its mentions apply, and review
            keys name it); None for text of the whole dossier.
        :param where: the field the text comes from, for the review list.
        :param public: for file names, metadata and bookmarks: also hide an applicant who
            asked for anonymity, and replace every uncertain match (no review there).
        :return: the text as it may appear; ``""`` for no text.
        """
        if not text:
            return ""
        replacements = self._mention_spans(text, case_reference)
        taken = [(r.start, r.end) for r in replacements]
        for match in self.matcher().find(text):
            if any(match.start < end and start < match.end for start, end in taken):
                continue
            replacement = self._decide(match, text, case_reference or "", where, public)
            if replacement is not None:
                replacements.append(replacement)
        out: list[str] = []
        last = 0
        for r in sorted(replacements, key=lambda r: r.start):
            if r.plan is None or r.start < last:
                continue
            out.append(text[last : r.start])
            out.append(r.plan.public_label if public else r.plan.label)
            last = r.end
        out.append(text[last:])
        return "".join(out)

    def _mention_spans(self, text: str, case_reference: str | None) -> list[_Replacement]:
        out: list[_Replacement] = []
        mentions = self._mentions.get(case_reference or "", [])
        for words, plan in sorted(mentions, key=lambda m: -len(m[0])):
            for start, end in find_words(text, words):  # the same rule the editor marks by
                if any(start < r.end and r.start < end for r in out):
                    continue
                # Always the person's label, even in full: words a monitor linked to a person
                # are that person, whatever else they spell (a misspelt or another's name).
                out.append(_Replacement(start, end, plan))
        return out

    def _decide(
        self, match: Match, text: str, case_reference: str, where: str, public: bool
    ) -> _Replacement | None:
        plans = [self.people[_owner(k)] for k in sorted(match.owners)]
        # In a case's own text, its own persons come first: the same name in another case of the
        # dossier is that case's concern (a different level there is handled in its own text).
        local = [p for p in plans if p.case_reference == case_reference]
        plans = local or plans
        hidden = [p for p in plans if p.hidden(public)]
        if not hidden:
            return None  # the words name only persons shown in full
        single = len(plans) == 1
        if match.kind == "full":
            certain = single and not match.reasons & _UNCERTAIN_NAME
        elif match.kind == "initials":  # "R. A." alone could be anyone's
            certain = single and not match.reasons & (_UNCERTAIN_NAME | {"approximate"})
        elif match.kind in ("surname", "other"):
            certain = single and not match.reasons & _UNCERTAIN_TOKEN
        else:
            certain = False
        # Words that could be several persons' are no one person's: a neutral label.
        own = hidden[0] if single else None
        stand_in = own or self._withheld(hidden[0])
        if certain or public:
            return _Replacement(match.start, match.end, stand_in)
        before = text[max(0, match.start - CONTEXT_CHARS) : match.start]
        after = text[match.end : match.end + CONTEXT_CHARS]
        key = key_of(case_reference, consent_recipient(self.recipient), match.text, before, after)
        decision = self.decisions.get(key)
        if decision == "keep":
            return _Replacement(match.start, match.end, None)
        if decision is None and key not in self.unresolved:
            self.unresolved[key] = Candidate(
                key,
                case_reference,
                where,
                match.text,
                before,
                after,
                tuple(
                    p.person_id
                    if p.case_reference == case_reference
                    else f"{p.case_reference} {p.person_id}"
                    for p in plans
                ),
                tuple(sorted(match.reasons)) or ("ambiguous",),
                stand_in.label,
            )
        return _Replacement(match.start, match.end, stand_in)

    def _withheld(self, like: PersonPlan) -> PersonPlan:
        """A stand-in for words that could name more than one hidden person."""
        label = self.texts.label("identity_withheld")
        return PersonPlan(like.case_reference, "", "", [], like.decision, label, label)

    def review(self, cases: Sequence[Mapping[str, Any]]) -> list[Candidate]:
        """Clean every free-text field of the cases once and return the candidates that have no
        decision: what must be decided before the dossier is written.

        :param cases: the case documents, each added with :meth:`add_case`.
        :return: the candidates without a decision, in the order met.
        """
        for case in cases:
            reference = str(case["reference"])
            for where, text in free_text(case):
                self.clean(text, reference, where=where)
        return list(self.unresolved.values())


def free_text(
    record: Mapping[str, Any], rt: RecordType = CASE, path: str = ""
) -> Iterator[tuple[str, str]]:
    """Every free-text value of a case that a dossier may print, with its path.

    Text fields and lists of free text (joined with ", " as the dossier prints them) of every
    record (consent notes included: a Rule 47 § 4 request quotes them), except a person's own
    names (shown through their label), mentions and the case reference; fields drawn from a
    vocabulary, ids, references, dates and numbers are no free text.

    :param record: a case document (or a record of type ``rt``).
    :param rt: its record type.
    :param path: its path (``events/e1``), for the review list.
    :return: (path, text) pairs, e.g. ``("interviews/i2/narrative", "...")``.
    """
    for f in rt.fields:
        if f.vocab or f.ref or f.kind in ("date", "int", "bool") or (rt.name, f.key) in _SKIPPED:
            continue
        container = record.get(f.group) or {} if f.group else record
        value = container.get(f.leaf)
        where = f"{path}/{f.key}" if path else f.key
        if isinstance(value, str) and value:
            yield where, value
        elif isinstance(value, list) and value:
            yield where, ", ".join(str(v) for v in value)
    for child in rt.children:
        if child.name in _SKIPPED_TYPES:
            continue
        for index, item in enumerate(record.get(child.name) or []):
            item_path = f"{path}/{child.name}/{item.get('id', index)}".lstrip("/")
            yield from free_text(item, child, item_path)
