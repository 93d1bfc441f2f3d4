"""What the testimony steps collect: plain data, checked and written by the other modules.

One dataclass per step of the stepped dialog (:class:`CaseStep`, :class:`PersonStep`,
:class:`EventStep` with its :class:`ActStep` and :class:`Perpetrator`, :class:`InterviewStep`,
:class:`EvidenceFile`) and :class:`Testimony`, which holds them all with the consents. Values are
kept as typed (dates as text, codes as codes); nothing here checks them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "NOT_ASKED",
    "ActStep",
    "CaseStep",
    "EventStep",
    "EvidenceFile",
    "InterviewStep",
    "Perpetrator",
    "PersonStep",
    "Testimony",
]

NOT_ASKED = "not_asked"
"""The consent level of a recipient the monitor did not ask: no consent record is written."""


@dataclass
class CaseStep:
    """A new case to create for the testimony.

    :ivar title: required.
    :ivar respondent_state: ISO 3166-1 alpha-2 code of the State (two capital letters,
        :data:`fieldmon.vault.model.COUNTRY`), or None when not known yet.
    :ivar language: ISO 639 code (two or three small letters,
        :data:`fieldmon.vault.model.LANGUAGE`) of the language the case is written in, or None.
    """

    title: str
    respondent_state: str | None = None
    language: str | None = None


@dataclass
class PersonStep:
    """The person interviewed; with ``existing`` set, a person already in the case is meant and
    the other fields are ignored except ``roles``, which are added to theirs.

    :ivar name: the name or a pseudonym; required unless ``existing`` is set.
    :ivar sex: a code of the ``sexes`` vocabulary, or None.
    :ivar birth_date: a date as typed (see :func:`fieldmon.vault.dates.parse_date`), stored in
        ISO 8601.
    :ivar nationality: ISO 3166-1 alpha-2 codes.
    :ivar roles: codes of the ``roles`` vocabulary (``victim``, ``witness``...); at least one
        for a new person.
    :ivar existing: the id (``p1``) of a person already in the case, or None for a new person.
    """

    name: str = ""
    other_names: list[str] = field(default_factory=list)
    sex: str | None = None
    birth_date: str | None = None
    nationality: list[str] = field(default_factory=list)
    occupation: str | None = None
    roles: list[str] = field(default_factory=list)
    description: str | None = None
    existing: str | None = None


@dataclass
class Perpetrator:
    """Someone who took part in an act, written as a person with the role ``perpetrator``.

    :ivar name: a name, or a description such as "Unknown officer A"; required.
    :ivar perpetrator_type: a code of the ``perpetrator_types`` vocabulary, or None.
    :ivar degree: how they took part, a code of the ``involvement_degrees`` vocabulary, or None.
    """

    name: str
    description: str | None = None
    perpetrator_type: str | None = None
    degree: str | None = None


@dataclass
class ActStep:
    """One act of the event.

    The victim is the person interviewed unless ``victim`` names a person already in the case
    or ``victim_name`` a new person (written with the role ``victim``).

    :ivar type: a code of the ``act_types`` vocabulary; required.
    :ivar start: a date as typed (see :func:`fieldmon.vault.dates.parse_date`), stored in
        ISO 8601 with its precision (``date_precision``); ``end`` is stored in ISO 8601 too.
    :ivar location_type: a code of the ``location_types`` vocabulary, or None.
    :ivar methods: codes of the ``torture_methods`` vocabulary.
    :ivar victim: the id of a person already in the case, or None.
    :ivar victim_name: the name of a new person, or None.
    """

    type: str
    start: str | None = None
    end: str | None = None
    location_type: str | None = None
    methods: list[str] = field(default_factory=list)
    description: str | None = None
    victim: str | None = None
    victim_name: str | None = None
    perpetrators: list[Perpetrator] = field(default_factory=list)


@dataclass
class EventStep:
    """What happened: an event (title required) and its acts.

    :ivar start: a date as typed (see :func:`fieldmon.vault.dates.parse_date`), stored in
        ISO 8601 with its precision (``date_precision``); ``end`` is stored in ISO 8601 too.
    """

    title: str
    start: str | None = None
    end: str | None = None
    place: str | None = None
    description: str | None = None
    acts: list[ActStep] = field(default_factory=list)


@dataclass
class InterviewStep:
    """The interview: what was seen and said, in the person's words (``narrative``).

    :ivar date: a date as typed (see :func:`fieldmon.vault.dates.parse_date`), or None.
    :ivar language: ISO 639 code of the language spoken, or None.
    :ivar interviewers: names of those who conducted it.
    :ivar present: names of everyone else in the room.
    """

    date: str | None = None
    place: str | None = None
    language: str | None = None
    interviewers: list[str] = field(default_factory=list)
    interpreter: str | None = None
    present: list[str] = field(default_factory=list)
    restrictions: str | None = None
    narrative: str | None = None


@dataclass
class EvidenceFile:
    """A file to store encrypted under a new evidence record.

    :ivar path: the file on disk.
    :ivar title: the evidence record's title; the file's name when None.
    :ivar source_type: a code of the ``source_types`` vocabulary, or None.
    :ivar strip_metadata: also keep a copy without location and camera details (JPEG and PNG
        only, :data:`~fieldmon.vault.testimony.storing.STRIPPABLE`; the original is kept too).
    """

    path: Path
    title: str | None = None
    source_type: str | None = None
    description: str | None = None
    strip_metadata: bool = False


@dataclass
class Testimony:
    """Everything the testimony steps collect.

    :ivar person: who gives the testimony.
    :ivar interview: the interview of ``person``.
    :ivar event: what happened, or None when the testimony records no event.
    :ivar consents: code of the ``recipients`` vocabulary -> code of the ``identity_levels``
        vocabulary, or :data:`NOT_ASKED`. Recipients left out or not asked get no consent
        record.
    :ivar consent_date: when consent was given (a date), written on every consent record.
    :ivar consent_explained: True when the consequences were explained; None when not said.
    :ivar recorded_by: who recorded the consents.
    :ivar evidence: files to store, one new evidence record each.
    """

    __test__ = False  # not a pytest test class, despite its name

    person: PersonStep
    interview: InterviewStep
    event: EventStep | None = None
    consents: dict[str, str] = field(default_factory=dict)
    consent_date: str | None = None
    consent_explained: bool | None = None
    recorded_by: str | None = None
    evidence: list[EvidenceFile] = field(default_factory=list)

    def asked(self) -> dict[str, str]:
        """The recipients the monitor asked, with the level of identity each may see.

        :return: recipient code -> identity level code, in the order given.
        """
        return {r: level for r, level in self.consents.items() if level and level != NOT_ASKED}
