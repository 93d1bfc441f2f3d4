"""What every profile's sections share: the annex record, the context a section is drawn from,
and the particulars of one act as label: value rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from reportlab.platypus import Flowable, KeepTogether

from fieldmon.consent.redactor import Redactor
from fieldmon.dossier.layout import Heading, fields, para, styles
from fieldmon.dossier.texts import Texts


@dataclass
class Annex:
    """One evidence file annexed to a dossier, as listed, shown and embedded.

    :ivar number: the annex number, from 1, in the order the evidence was collected.
    :ivar case_reference: the case the evidence belongs to.
    :ivar evidence_id: the evidence record's id (``e2``).
    :ivar item: the stored file's item id; the copy without metadata where one is used.
    :ivar title: the evidence record's title (or the file's original name), with hidden
        persons' names replaced.
    :ivar sha256: hex SHA-256 of the file embedded.
    :ivar size: its size in bytes.
    :ivar media_type: its media type (``image/jpeg``).
    :ivar collected: when it was collected, as stored (ISO 8601).
    :ivar collector: who collected it, with hidden persons' names replaced.
    :ivar file_name: the name it is embedded under (``annex-01.jpg``).
    :ivar data: the file's bytes.
    :ivar derived_from_sha256: where ``data`` is a copy without metadata, the original's hex
        SHA-256; otherwise None.
    :ivar preview_pages: for a PDF annex, one flowable per page (images drawn when laid out).
    """

    number: int
    case_reference: str
    evidence_id: str
    item: str
    title: str
    sha256: str
    size: int
    media_type: str
    collected: str
    collector: str
    file_name: str
    data: bytes = field(repr=False)
    derived_from_sha256: str | None = None
    preview_pages: list[Any] = field(default_factory=list, repr=False)
    derivation: str | None = None
    """How the file embedded derives from the original: ``metadata_stripped``, ``redacted``."""
    public_title: str = ""
    """The title as bookmarks show it (no applicant who asked for anonymity); title if empty."""
    public_collector: str = ""
    """Who collected it, as the embedded manifest shows it; collector if empty."""
    document_date: str = ""
    """The document's own date as recorded (ISO 8601; a decision's date), or empty: lists of
    annexes show it, never when the file was collected."""


@dataclass(frozen=True)
class WithheldAnnex:
    """An evidence file withheld for consent reasons (:mod:`fieldmon.consent.annexes`).

    :ivar case_reference: the case.
    :ivar evidence_id: the evidence record's id.
    :ivar title: its title, hidden persons' names replaced.
    :ivar sha256: hex SHA-256 of the original file.
    :ivar collected: when it was collected (ISO 8601).
    :ivar reason: ``not_recorded`` (who appears in it was not recorded) or ``below_level``
        (it shows someone this recipient may not identify).
    """

    case_reference: str
    evidence_id: str
    title: str
    sha256: str
    collected: str
    reason: str
    document_date: str = ""
    """The document's own date as recorded (ISO 8601), or empty."""


AUDIENCES: tuple[str, ...] = ("cpt", "pace", "commissioner")
"""Who a ``pattern`` report is addressed to: the CPT, the Parliamentary Assembly, the
Commissioner for Human Rights (recipient codes of ``resources/vocab/recipients.json``)."""


@dataclass(frozen=True)
class DossierOptions:
    """What the user chose beyond profile and language.

    :ivar audience: for ``pattern``, one of :data:`AUDIENCES` (``cpt`` if None); ignored by
        other profiles.
    :ivar recommendations: for ``pattern``, the recommendations section's text as the user
        wrote it (names of hidden persons are replaced like any free text); None for none.
    """

    audience: str | None = None
    recommendations: str | None = None


@dataclass
class Context:
    """What a section is drawn from: the sealed cases, their annexes, and who may be named.

    :ivar profile: the profile name (one of ``fieldmon.dossier.profiles.PROFILES``).
    :ivar texts: the dossier's words in its language.
    :ivar redactor: the identity level of every person of the cases.
    :ivar cases: the sealed case documents, in the order they were named.
    :ivar annexes: the annexes, numbered.
    :ivar generated: when the dossier is generated (UTC); time limits are counted to its date.
    :ivar signer: the monitor's name.
    :ivar organisation: the monitor's organisation, if any.
    :ivar withheld_annexes: evidence files withheld for consent reasons.
    """

    profile: str
    texts: Texts
    redactor: Redactor
    cases: list[dict[str, Any]]
    annexes: list[Annex]
    generated: datetime
    signer: str
    organisation: str | None
    withheld_annexes: list[WithheldAnnex] = field(default_factory=list)
    options: DossierOptions = field(default_factory=DossierOptions)
    memo: dict[Any, Any] = field(default_factory=dict)
    """What a profile worked out once for this plan and reuses (the pages of the echr
    additional submissions, laid out alone: once for the warning, not again to print it)."""

    def person(self, case: dict[str, Any], person_id: str | None) -> str:
        """How a person of the case appears in this dossier.

        :param case: the case document.
        :param person_id: the person's id (``p1``), or None.
        :return: the person's label (:meth:`Redactor.label`), or ``"-"`` for no person.
        """
        return self.redactor.label(case["reference"], person_id) if person_id else "-"

    def clean(self, case: dict[str, Any], text: str | None) -> str:
        """Free text of the case with every hidden person's names replaced.

        :param case: the case document the text belongs to.
        :param text: the text, or None.
        :return: the text as it may appear (:meth:`Redactor.clean`); ``""`` for no text.
        """
        return self.redactor.clean(text, case["reference"])

    def public(self, case: dict[str, Any], text: str | None) -> str:
        """Free text for bookmarks and metadata: also without the name of an applicant who
        asked the Court for anonymity (Rule 47 § 4).

        :param case: the case document the text belongs to.
        :param text: the text, or None.
        :return: the text as bookmarks may show it.
        """
        return self.redactor.clean(text, case["reference"], public=True)


Section = Callable[[Context], list[Flowable]]
"""A section of a dossier: the flowables drawn from a context."""


def case_heading(ctx: Context, case: dict[str, Any], level: int = 1) -> list[Flowable]:
    """The heading that separates one case's part of a section from the next.

    :param ctx: the dossier's context.
    :param case: the case document.
    :param level: the outline level (0 top).
    :return: a heading naming the case, or nothing when the dossier holds one case.
    """
    if len(ctx.cases) == 1:
        return []
    return [
        Heading(
            f"{case['reference']}: {ctx.clean(case, case['title'])}",
            level,
            outline=f"{case['reference']}: {ctx.public(case, case['title'])}",
        )
    ]


def by_date(record: dict[str, Any]) -> str:
    """Sort key that puts dated records in date order and undated ones last.

    :param record: an event, act, remedy, interview or intervention.
    :return: its ``start`` or ``date`` (ISO 8601, compared as text), or ``"9999"``.
    """
    return str(record.get("start") or record.get("date") or "9999")


def act_rows(ctx: Context, case: dict[str, Any], act: dict[str, Any]) -> list[tuple[str, str]]:
    """The particulars of an act as label: value rows: victim, when, type of place, methods,
    perpetrators and their involvement, the arrest's particulars, and the torture's.

    :param ctx: the dossier's context.
    :param case: the case document the act belongs to.
    :param act: the act record.
    :return: (label, value) pairs in the dossier's language, only for what is recorded.
    """
    t = ctx.texts
    rows: list[tuple[str, str]] = [
        (t.label("victim"), ctx.person(case, act.get("victim"))),
    ]
    if act.get("start"):
        when = t.date_range(act["start"], act.get("end"), act.get("date_precision"))
        rows.append((t.label("when"), when))
    if act.get("location_type"):
        rows.append((t.label("place_type"), t.vocab("location_types", act["location_type"])))
    if act.get("methods"):
        rows.append((t.label("methods"), t.vocab("torture_methods", act["methods"])))
    for inv in act.get("involvements", []):
        parts = [ctx.person(case, inv["perpetrator"])]
        if inv.get("perpetrator_type"):
            parts.append(t.vocab("perpetrator_types", inv["perpetrator_type"]))
        if inv.get("degree"):
            parts.append(t.vocab("involvement_degrees", inv["degree"]))
        rows.append((t.label("perpetrator"), " — ".join(parts)))
    arrest = act.get("arrest", {})
    for key, label, vocab in (
        ("detention_type", "detention_type", "detention_types"),
        ("legal_basis", "legal_basis", None),
        ("reason_given", "reason_given", None),
        ("access_to_lawyer", "lawyer", "access_levels"),
        ("access_to_family", "family", "access_levels"),
        ("access_to_doctor", "doctor", "access_levels"),
    ):
        if arrest.get(key):
            value = t.vocab(vocab, arrest[key]) if vocab else ctx.clean(case, arrest[key])
            rows.append((t.label(label), value))
    for key in ("family_notified", "whereabouts_known"):
        if key in arrest:
            rows.append((t.label(key), t.yes_no(arrest[key])))
    torture = act.get("torture", {})
    if torture.get("intent"):
        rows.append((t.label("intent"), t.vocab("torture_intents", torture["intent"])))
    if torture.get("statements_signed"):
        rows.append(
            (
                t.label("statements_signed"),
                t.vocab("statements_signed", torture["statements_signed"]),
            )
        )
    if torture.get("medical_attention"):
        rows.append(
            (
                t.label("medical_attention"),
                t.vocab("medical_attention", torture["medical_attention"]),
            )
        )
    return rows


def act_block(
    ctx: Context, case: dict[str, Any], act: dict[str, Any], rows: list[tuple[str, str]]
) -> list[Flowable]:
    """An act: its number and type, its particulars, then its description as typed (with every
    hidden person's names replaced, like all free text).

    :param ctx: the dossier's context.
    :param case: the case document the act belongs to.
    :param act: the act record.
    :param rows: its particulars (:func:`act_rows`, perhaps with rows added).
    :return: the act's title and particulars kept together, then its description.
    """
    title = f"{act['id']}. {ctx.texts.vocab('act_types', act['type'])}"
    out: list[Flowable] = [KeepTogether([para(title, styles().h2), fields(rows)])]
    if act.get("description"):
        out.append(para(ctx.clean(case, act["description"])))
    return out


IDENTITY_DETAILS = ("birth_date", "birth_place", "nationality", "occupation", "address")
"""A person's own particulars, in the order dossiers give them."""


def shown_victims(ctx: Context, case: dict[str, Any]) -> tuple[list[dict[str, Any]], int]:
    """The victims of a case who appear in the dossier, and how many are left out.

    :param ctx: the dossier's context.
    :param case: the case document.
    :return: the person records with the victim role that appear, in order, and the count of
        those left out by consent (counted, with nothing that identifies them).
    """
    victims = [p for p in case.get("persons", []) if "victim" in p.get("roles", [])]
    shown = [p for p in victims if ctx.redactor.appears(case["reference"], p["id"])]
    return shown, len(victims) - len(shown)


def identity_rows(
    ctx: Context, case: dict[str, Any], person: dict[str, Any], details: tuple[str, ...]
) -> list[tuple[str, str]]:
    """A person as label: value rows: how they appear, their sex, and the particulars asked
    for (of :data:`IDENTITY_DETAILS`) only where they may be named in full.

    :param ctx: the dossier's context.
    :param case: the case document.
    :param person: a person who appears (:func:`shown_victims`).
    :param details: which particulars the recipient asks for, in the order to give them.
    :return: the rows, only for what is recorded.
    """
    t = ctx.texts
    rows = [(t.label("victim"), ctx.person(case, person["id"]))]
    if person.get("sex"):
        rows.append((t.label("sex"), t.vocab("sexes", person["sex"])))
    if not ctx.redactor.shows_details(case["reference"], person["id"]):
        return rows
    for key in details:
        value = person.get(key)
        if not value:
            continue
        if key == "birth_date":
            rows.append((t.label("born"), t.date(value)))
        elif key == "nationality":
            rows.append((t.label("nationality"), ", ".join(t.country(c) for c in value)))
        else:
            rows.append((t.label(key), ctx.clean(case, value)))
    return rows
