"""Who a dossier names, before anything is sealed: the naming preview, the review list of
possible names and the decisions on them (the consent model is :mod:`fieldmon.consent`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fieldmon.consent import review as consent_review
from fieldmon.consent.policy import AGGREGATED_PROFILES as AGGREGATED_PROFILES
from fieldmon.consent.policy import consent_recipient
from fieldmon.consent.redactor import Redactor
from fieldmon.consent.review import Candidate
from fieldmon.dossier import profiles
from fieldmon.dossier.profiles import DossierOptions
from fieldmon.dossier.texts import Texts
from fieldmon.errors import FieldMonError
from fieldmon.resources import LANGUAGES
from fieldmon.vault.store import Vault


@dataclass(frozen=True)
class NamingRow:
    """One person of a dossier and how they appear.

    :ivar case_reference: the case.
    :ivar person_id: the person's id (``p1``).
    :ivar name: the name as recorded.
    :ivar roles: the person's roles, joined with ", ".
    :ivar level: the identity level (``fieldmon.consent.policy.LEVELS``) or ``left_out``.
    :ivar shown_as: the label the dossier shows.
    :ivar basis: why (:class:`fieldmon.consent.policy.Decision`: ``consent``, ``no_consent``,
        ``withdrawn``, ``no_transmission``, ``professional``, ``court_applicant`` ...).
    :ivar anonymity_request: named to the Court with a Rule 47 § 4 request for anonymity.
    """

    case_reference: str
    person_id: str
    name: str
    roles: str
    level: str
    shown_as: str
    basis: str = ""
    anonymity_request: bool = False


def naming_rows(redactor: Redactor) -> list[NamingRow]:
    """One row per person the redactor decided, in the order added.

    :param redactor: the dossier's redactor, with its cases added.
    :return: the rows.
    """
    redactor.matcher()  # settles the labels of groups (their names, cleaned)
    return [
        NamingRow(
            p.case_reference,
            p.person_id,
            p.name,
            ", ".join(p.roles),
            p.level,
            p.label,
            p.decision.basis,
            p.decision.anonymity_request,
        )
        for p in redactor.people.values()
    ]


def preview(
    vault: Vault,
    references: Sequence[str],
    profile: str,
    language: str,
    *,
    withhold_perpetrators: bool = False,
) -> list[NamingRow]:
    """Who would appear under which level, from the cases as they stand (nothing is sealed).

    :param vault: the open vault.
    :param references: the cases; a reference named twice counts once.
    :param profile: one of :data:`fieldmon.dossier.profiles.PROFILES`.
    :param language: one of :data:`fieldmon.resources.LANGUAGES`.
    :param withhold_perpetrators: replace alleged perpetrators' names.
    :return: one row per person.
    :raises FieldMonError: for an unknown profile or language, no case, or more than one case
        for a Rule 39 request; ``NotFound`` for an unknown reference.
    """
    redactor, _, _ = redactor_for(vault, references, profile, language, withhold_perpetrators, None)
    return naming_rows(redactor)


def review_list(
    vault: Vault,
    references: Sequence[str],
    profile: str,
    language: str,
    *,
    withhold_perpetrators: bool = False,
) -> list[tuple[Candidate, str | None]]:
    """Every uncertain name match of the cases as they stand, with its stored decision.

    :param vault: the open vault.
    :param references: the cases.
    :param profile: the dossier's profile.
    :param language: the dossier's language (labels).
    :param withhold_perpetrators: replace alleged perpetrators' names.
    :return: (candidate, ``replace``/``keep``, or None when undecided), in the order met.
    :raises FieldMonError: as :func:`preview`.
    """
    redactor, stored, cases = redactor_for(
        vault, references, profile, language, withhold_perpetrators, None
    )
    return [(c, stored.get(c.key)) for c in all_candidates(redactor, cases)]


def save_decisions(vault: Vault, profile: str, decisions: Sequence[tuple[Candidate, str]]) -> None:
    """Store review decisions in the vault, per case and recipient (``echr`` for Rule 39).

    :param vault: the open vault.
    :param profile: the dossier's profile.
    :param decisions: (candidate, ``replace`` or ``keep``) pairs.
    :raises ValueError: for another decision.
    :raises NotFound: for a candidate of an unknown case.
    """
    recipient = consent_recipient(profiles.RECIPIENT[profile])
    by_case: dict[str, dict[str, tuple[str, str]]] = {}
    for candidate, decision in decisions:
        by_case.setdefault(candidate.case_reference, {})[candidate.key] = (
            decision,
            candidate.text,
        )
    with vault.transaction():
        for reference, chosen in by_case.items():
            consent_review.store_decisions(
                vault.conn, vault.case_uuid(reference), recipient, chosen
            )


def redactor_for(
    vault: Vault,
    references: Sequence[str],
    profile: str,
    language: str,
    withhold_perpetrators: bool,
    given: dict[str, str] | None,
) -> tuple[Redactor, dict[str, str], list[dict[str, Any]]]:
    """A redactor over the cases as they stand (nothing sealed), with the review decisions
    stored for them and ``given`` ones over those.

    :param vault: the open vault.
    :param references: the cases.
    :param profile: the dossier's profile.
    :param language: the dossier's language.
    :param withhold_perpetrators: replace alleged perpetrators' names.
    :param given: decisions by candidate key, or None.
    :return: the redactor, the stored decisions, and the case documents (a reference named
        twice counts once).
    :raises FieldMonError: as :func:`check_request`; ``NotFound`` for an unknown reference.
    """
    check_request(references, profile, language)
    recipient = profiles.RECIPIENT[profile]
    stored: dict[str, str] = {}
    # Under the vault's lock, as save_decisions writes them: the export dialog reads this in a
    # worker, and a lock or quit closing the connection meanwhile crashed the process in
    # SQLCipher (seen as a bus error in a parallel test run) instead of a clean "closed".
    with vault.transaction():
        for reference in dict.fromkeys(references):
            stored.update(
                consent_review.stored_decisions(
                    vault.conn, vault.case_uuid(reference), consent_recipient(recipient)
                )
            )
    redactor = Redactor(
        recipient,
        Texts(language),
        pattern=profile in AGGREGATED_PROFILES,
        withhold_perpetrators=withhold_perpetrators,
        decisions={**stored, **(given or {})},
    )
    cases = [vault.get_case(reference) for reference in dict.fromkeys(references)]
    for case in cases:
        redactor.add_case(case)
    return redactor, stored, cases


def check_request(references: Sequence[str], profile: str, language: str) -> None:
    """Refuse a dossier request that cannot be made.

    :param references: the cases.
    :param profile: the profile asked for.
    :param language: the language asked for.
    :raises FieldMonError: for an unknown profile or language, no case, or more than one case
        for a Rule 39 request.
    """
    if profile not in profiles.PROFILES:
        raise FieldMonError(
            f"Unknown profile {profile!r}; choose one of {', '.join(profiles.PROFILES)}."
        )
    if language not in LANGUAGES:
        raise FieldMonError(f"No dossier texts in {language!r}; choose one of en, ru, az.")
    if not references:
        raise FieldMonError("Name at least one case.")
    if profile == "rule39" and len(set(references)) > 1:
        raise FieldMonError("A Rule 39 request concerns one case; name only one.")


def all_candidates(redactor: Redactor, cases: list[dict[str, Any]]) -> list[Candidate]:
    """Every uncertain match of the cases, decided or not: decisions only say what becomes of a
    candidate, never whether it is one.

    :param redactor: a redactor whose settings (recipient, profile, perpetrators) apply.
    :param cases: the case documents.
    :return: the candidates, in the order met.
    """
    fresh = Redactor(
        redactor.recipient,
        redactor.texts,
        pattern=redactor.pattern,
        withhold_perpetrators=redactor.withhold_perpetrators,
    )
    for case in cases:
        fresh.add_case(case)
    return fresh.review(cases)


def preview_warnings(
    vault: Vault,
    references: Sequence[str],
    profile: str,
    language: str,
    withhold: bool,
    options: DossierOptions,
) -> tuple[str | None, list[str]]:
    """What the profile would refuse or warn about, from the case as it stands (nothing
    sealed): ``(refusal, warnings)`` in the dossier's language, as ``build.plan`` will give
    them (:data:`fieldmon.dossier.profiles.REFUSE` and ``WARNINGS``). Vault work: the
    desktop app calls it off the GUI thread.

    :param vault: the open vault.
    :param references: the cases.
    :param profile: one of :data:`fieldmon.dossier.profiles.PROFILES`.
    :param language: one of :data:`fieldmon.resources.LANGUAGES`.
    :param withhold: replace alleged perpetrators' names.
    :param options: the pattern report's audience and recommendations.
    :return: the refusal (or None) and the warnings.

    :raises FieldMonError: for an unknown profile or language, or a case that cannot be read.
    """
    redactor, _, cases = redactor_for(vault, references, profile, language, withhold, None)
    texts = Texts(language)
    refusal = reference_refusal(redactor, cases) or profiles.REFUSE[profile](cases, texts)
    if refusal:
        return refusal, []
    now = datetime.now(UTC).replace(microsecond=0)
    context = profiles.Context(profile, texts, redactor, cases, [], now, "", None, [], options)
    return None, profiles.WARNINGS[profile](context)


def reference_refusal(redactor: Redactor, cases: Sequence[dict[str, Any]]) -> str | None:
    """Why a dossier cannot be written when a case's reference names someone it may not
    identify: the reference is printed on every page header, the cover, the PDF's metadata
    and the manifest, where no name can be replaced without losing which case it is.

    :param redactor: the dossier's redactor, with the cases added.
    :param cases: the case documents.
    :return: a one-line reason naming the first such case, or None.
    """
    for case in cases:
        reference = str(case["reference"])
        # public=True: as for metadata, every possible match counts, and an applicant who
        # asked the Court for anonymity is hidden too.
        if redactor.clean(reference, reference, public=True) != reference:
            return (
                f"The case reference {reference!r} names a person this dossier may not"
                " identify, and a reference is printed on every page and in the file's"
                " metadata: give the case another reference before writing."
            )
    return None
