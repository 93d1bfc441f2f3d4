"""The consent model: how each person of a case appears to a recipient, by role and consent.

One decision per person and recipient (``docs/dossiers.md``, "Who is named, and how", gives it
as a table of role × level × recipient):

- **Subjects** (victim, applicant, witness, relative, source, other) appear only as their consent
  for the recipient allows. No consent recorded, consent at level ``none``, or consent withdrawn
  means *left out*: never named, never pseudonymised, only counted. A victim or applicant who
  withdrew consent for the recipient blocks the dossier, unless the user overrides it in
  writing (the override goes into the custody log).
- **The Court's own consent.** ``echr`` and ``rule39`` go to the same Court (the Registry
  handles an interim-measures request and the application together), so a Rule 39 request
  reads the consent given for ``echr``.
- **The applicant before the Court.** Rule 47 § 1 (a) of the Rules of Court requires the
  applicant's name, date of birth, nationality and address; anonymity is asked of the Court
  under Rule 47 § 4 and granted against the public, never against the Court or the respondent
  Government. So for ``echr`` and ``rule39`` an applicant is always identified in full, and a
  consent below ``full_name`` (or none recorded) turns into a reasoned anonymity request.
- **Transmission to the State.** UN special procedures write to the Government concerned, and
  a communication's minimum content includes the alleged victim's identity (OHCHR, special
  procedures "Communications"; WGAD "Individual Complaints and Urgent Appeals": forwarded to the
  Government through diplomatic channels; ``docs/consent-sources.md``). A subject appears to
  ``un-srt`` or ``wgad`` only with consent that also records ``transmission``: true.
- **Professional parties** (representative, lawyer, physician, interviewer, interpreter, and the
  person submitting a communication) appear under their professional identity as recorded,
  unless a consent recorded for the recipient asks for less. The submitter is the source the UN
  questionnaires ask to identify and keep confidential: the dossier marks them "not to be
  transmitted to the State", so no transmission consent is asked of them. Someone who is also a
  victim or witness is a subject first.
- **Alleged perpetrators** appear as recorded, unless the dossier withholds their names.
- The ``pattern`` profile (CPT, PACE, the Commissioner) names nobody: subjects with consent for
  ``pattern`` appear under a pseudonym at most, the rest are left out; professional parties and
  perpetrators appear under a pseudonym; everyone is counted.
- **The Committee of Ministers** (``cm``, the ``cm-rule9`` profile). Communications under
  Rule 9 § 2 of the Committee's Rules for the supervision of the execution of judgments are
  made public (Rule 9 as amended at the 1275th meeting, 18 January 2017: published with the
  State's response, or ten working days after notification), so a dossier to ``cm`` reads
  the consent given for ``public``, and, like ``pattern``, names nobody beyond a pseudonym:
  the recipient alone makes it aggregated (:data:`AGGREGATED_RECIPIENTS`), whatever flag
  the caller passes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

LEVELS = ("none", "pseudonym", "initials", "full_name")
"""Identity levels from least to most revealing (``resources/vocab/identity_levels.json``)."""
LEFT_OUT = "left_out"
"""The decision for a person who does not appear at all (counted only)."""

SUBJECT_ROLES = frozenset({"victim", "applicant", "witness", "relative", "source", "other"})
PROFESSIONAL_ROLES = frozenset(
    {"representative", "lawyer", "physician", "interviewer", "interpreter", "submitter"}
)
PERPETRATOR_ROLE = "perpetrator"
BLOCKING_ROLES = frozenset({"victim", "applicant"})
"""Roles whose withdrawn consent blocks a dossier about them to that recipient."""

CONSENT_RECIPIENT: Mapping[str, str] = {"rule39": "echr", "cm": "public"}
"""A recipient whose consent is another's: a Rule 39 request goes to the same Court; a
communication to the Committee of Ministers is published (Rule 9 of its Rules for the
supervision of the execution of judgments, as amended on 18 January 2017), so it reads the
consent given for the public."""
AGGREGATED_RECIPIENTS = frozenset({"pattern", "cm"})
"""Recipients whose dossiers name nobody beyond a pseudonym and count everyone: the pattern
report, and a Rule 9 communication (published, and evidenced by a pattern of new cases)."""
AGGREGATED_PROFILES = frozenset({"pattern", "cm-rule9"})
"""Profiles whose dossiers are aggregated and pseudonymised (no annexes, no case titles):
the ``pattern`` report and the ``cm-rule9`` communication. Callers pass
``pattern=profile in AGGREGATED_PROFILES`` to :func:`decide`."""
COURT_RECIPIENTS = frozenset({"echr", "rule39"})
"""Recipients that must know the applicant (Rule 47 § 1 (a), Rules of Court)."""
TRANSMITTING_RECIPIENTS = frozenset({"un-srt", "wgad"})
"""UN mandates that transmit a communication, names included, to the State concerned."""


def rank(level: str) -> int:
    """How revealing an identity level is: -1 for :data:`LEFT_OUT`, 0 (``none``) to 3
    (``full_name``).

    :param level: one of :data:`LEVELS` or :data:`LEFT_OUT`.
    :return: its rank.
    :raises ValueError: for an unknown level.
    """
    return -1 if level == LEFT_OUT else LEVELS.index(level)


def consent_recipient(recipient: str) -> str:
    """The recipient whose recorded consent counts for a dossier to ``recipient``.

    :param recipient: a recipient code (``rule39``, ``un-srt`` ...).
    :return: ``echr`` for ``rule39``, ``public`` for ``cm``; the recipient itself otherwise.
    """
    return CONSENT_RECIPIENT.get(recipient, recipient)


@dataclass(frozen=True)
class Decision:
    """How one person appears to one recipient.

    :ivar level: one of :data:`LEVELS` (the person appears) or :data:`LEFT_OUT`.
    :ivar basis: why, as a code: ``consent``, ``no_consent``, ``consent_none``, ``withdrawn``,
        ``no_transmission``, ``professional``, ``perpetrator``, ``perpetrator_withheld``,
        ``court_applicant``, ``pattern``.
    :ivar anonymity_request: the applicant is named to the Court but asks, under Rule 47 § 4,
        that their identity not be disclosed to the public.
    :ivar blocks: a victim or applicant withdrew consent for this recipient: no dossier about
        them without a written override.
    :ivar withdrawn: the person withdrew consent for this recipient (their statements go).
    :ivar consent: the consent record that counted, or None.
    """

    level: str
    basis: str
    anonymity_request: bool = False
    blocks: bool = False
    withdrawn: bool = False
    consent: Mapping[str, Any] | None = None

    @property
    def shown(self) -> bool:
        """Whether the person appears at all (under a name, initials or a pseudonym)."""
        return self.level not in (LEFT_OUT, "none")


def find_consent(case: Mapping[str, Any], person_id: str, recipient: str) -> dict[str, Any] | None:
    """The consent record of a person for a recipient (:func:`consent_recipient` applied).

    :param case: the case document.
    :param person_id: the person's id.
    :param recipient: the dossier's recipient.
    :return: a copy of the consent record, or None if none is recorded.
    """
    wanted = consent_recipient(recipient)
    for consent in case.get("consents", []):
        if consent.get("person") == person_id and consent.get("recipient") == wanted:
            return dict(consent)
    return None


def decide(
    case: Mapping[str, Any],
    person: Mapping[str, Any],
    recipient: str,
    *,
    pattern: bool = False,
    withhold_perpetrators: bool = False,
) -> Decision:
    """How a person appears to a recipient (the rules in this module's docstring).

    :param case: the case document.
    :param person: the person record.
    :param recipient: the dossier's recipient (``echr``, ``rule39``, ``un-srt``, ``wgad``,
        ``pattern`` ...).
    :param pattern: the dossier names nobody (a profile of :data:`AGGREGATED_PROFILES`); a
        recipient of :data:`AGGREGATED_RECIPIENTS` (``pattern``, ``cm``) implies it.
    :param withhold_perpetrators: the dossier withholds alleged perpetrators' names.
    :return: the decision.
    """
    pattern = pattern or recipient in AGGREGATED_RECIPIENTS
    roles = set(person.get("roles", []))
    consent = find_consent(case, str(person["id"]), recipient)
    level = str(consent["identity"]) if consent else None
    withdrawn = bool(consent and consent.get("withdrawn"))
    if roles & SUBJECT_ROLES or not roles & (PROFESSIONAL_ROLES | {PERPETRATOR_ROLE}):
        if withdrawn:
            return Decision(
                LEFT_OUT,
                "withdrawn",
                blocks=bool(roles & BLOCKING_ROLES),
                withdrawn=True,
                consent=consent,
            )
        if recipient in COURT_RECIPIENTS and "applicant" in roles and not pattern:
            anonymity = level != "full_name"
            return Decision(
                "full_name", "court_applicant", anonymity_request=anonymity, consent=consent
            )
        if consent is None or level is None:
            return Decision(LEFT_OUT, "no_consent")
        if level == "none":
            return Decision(LEFT_OUT, "consent_none", consent=consent)
        if recipient in TRANSMITTING_RECIPIENTS and consent.get("transmission") is not True:
            return Decision(LEFT_OUT, "no_transmission", consent=consent)
        if pattern:
            return Decision(min(level, "pseudonym", key=rank), "pattern", consent=consent)
        return Decision(level, "consent", consent=consent)
    if roles & PROFESSIONAL_ROLES:
        if pattern:
            return Decision("pseudonym", "pattern")
        if consent is not None and level is not None:
            if withdrawn or level == "none":
                return Decision(
                    LEFT_OUT,
                    "withdrawn" if withdrawn else "consent_none",
                    withdrawn=withdrawn,
                    consent=consent,
                )
            return Decision(level, "consent", consent=consent)
        return Decision("full_name", "professional")
    if withhold_perpetrators or pattern:
        return Decision("pseudonym", "perpetrator_withheld")
    return Decision("full_name", "perpetrator")
