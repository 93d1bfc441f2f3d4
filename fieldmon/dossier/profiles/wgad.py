"""``wgad``: a communication to the UN Working Group on Arbitrary Detention.

The sections follow the model questionnaire of OHCHR Fact Sheet No. 26, Annex V
(``docs/checklists/wgad.md``): I the identity of the person detained; II the arrest (date,
place, forces, warrant or legal basis, reasons); III the detention (date, length, place,
release status, authorities); IV a reasoned analysis under each of the Working Group's
categories I to V, with the facts each relies on, and the categories not argued; V the
domestic steps taken and the person submitting the communication. Other proceedings,
statements and annexes follow.

The WGAD is "another procedure of international investigation or settlement" under
Article 35 § 2 (b) ECHR (:mod:`fieldmon.dossier.same_matter`): a case headed to Strasbourg
gets a warning, on the cover too.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldmon.dossier.layout import Heading, fields, para, styles
from fieldmon.dossier.profiles.annexes import annex_list, annex_pages
from fieldmon.dossier.profiles.base import (
    IDENTITY_DETAILS,
    Context,
    Section,
    by_date,
    case_heading,
    identity_rows,
    shown_victims,
)
from fieldmon.dossier.profiles.sections import other_proceedings, statements
from fieldmon.dossier.profiles.un_common import (
    remedies_block,
    submitters,
    unidentified_victims,
    warning_boxes,
)
from fieldmon.dossier.profiles.un_detention_length import describe, detention_length
from fieldmon.dossier.same_matter import headed_to_strasbourg
from fieldmon.resources import vocabulary

NAME = "wgad"
RECIPIENT = "wgad"
"""The recipient whose consent governs how people are named."""

DEPRIVING = frozenset({"arrest", "detention", "enforced_disappearance"})
"""Act types that are a deprivation of liberty (acts with arrest particulars count too)."""


def warnings(ctx: Context) -> list[str]:
    """The warnings of a WGAD communication: when a case is headed to the European Court of
    Human Rights (:func:`fieldmon.dossier.same_matter.headed_to_strasbourg`), that submitting
    the same facts to the WGAD may bar a later application to the Court (Article 35 § 2 (b)
    ECHR: the WGAD is another procedure of international investigation or settlement; a
    special rapporteur's communication is not); and when a victim is left out for want of
    consent to transmission (:func:`~fieldmon.dossier.profiles.un_common.unidentified_victims`).

    :param ctx: the dossier's context.
    :return: one warning naming the cases concerned, or none.
    """
    bound = [c["reference"] for c in ctx.cases if headed_to_strasbourg(c)]
    out = unidentified_victims(ctx)
    if bound:
        out.insert(0, ctx.texts.label("wgad_art35", cases=", ".join(bound)))
    return out


def cover(ctx: Context) -> list[Flowable]:
    """The warnings (:func:`warnings`), boxed under the cover's title.

    :param ctx: the dossier's context.
    :return: the flowables; none without a warning.
    """
    return warning_boxes(ctx, warnings(ctx))


def _acts(case: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """(event, act) pairs of a case in date order."""
    return [
        (event, act)
        for event in sorted(case.get("events", []), key=by_date)
        for act in sorted(event.get("acts", []), key=by_date)
    ]


def _deprivations(case: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(e, a) for e, a in _acts(case) if a["type"] in DEPRIVING or a.get("arrest")]


def _forces(ctx: Context, case: dict[str, Any], act: dict[str, Any]) -> str:
    parts = []
    for inv in act.get("involvements", []):
        who = ctx.person(case, inv["perpetrator"])
        if inv.get("perpetrator_type"):
            who += f" ({ctx.texts.vocab('perpetrator_types', inv['perpetrator_type'])})"
        parts.append(who)
    return "; ".join(parts) or ctx.texts.label("none_recorded")


def identity(ctx: Context) -> list[Flowable]:
    """I. Identity: each person detained (a victim of an arrest or detention, or any victim)
    as consent allows; sex; and, only where they may be named in full, date and place of
    birth, nationality, occupation and address. A person left out is counted.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("wgad_identity"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        shown, left_out = shown_victims(ctx, case)
        for person in shown:
            rows = identity_rows(ctx, case, person, IDENTITY_DETAILS)
            out += [fields(rows), Spacer(1, 3 * mm)]
        if left_out:
            out.append(para(t.label("victims_left_out", count=left_out)))
    return out


def arrest(ctx: Context) -> list[Flowable]:
    """II. Arrest: each arrest (act of type ``arrest``, or with arrest particulars): person,
    date, place, the forces who carried it out, the warrant or legal basis invoked, the
    reasons given, and the act's description.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("wgad_arrest"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        found = False
        for event, act in _acts(case):
            if act["type"] != "arrest" and not act.get("arrest"):
                continue
            found = True
            details = act.get("arrest", {})
            place = ctx.clean(case, event.get("place")) or "-"
            if act.get("location_type"):
                place += f" ({t.vocab('location_types', act['location_type'])})"
            none = t.label("none_recorded")
            rows = [
                (t.label("victim"), ctx.person(case, act.get("victim"))),
                (t.label("date"), t.date(act.get("start"), act.get("date_precision"))),
                (t.label("place"), place),
                (t.label("wgad_forces"), _forces(ctx, case, act)),
                (t.label("wgad_warrant"), ctx.clean(case, details.get("legal_basis")) or none),
                (t.label("reason_given"), ctx.clean(case, details.get("reason_given")) or none),
            ]
            out.append(para(f"{act['id']}. {t.vocab('act_types', act['type'])}", styles().h2))
            out.append(fields(rows))
            if act.get("description"):
                out.append(para(ctx.clean(case, act["description"])))
        if not found:
            out.append(para(t.label("none_recorded")))
    return out


def detention(ctx: Context) -> list[Flowable]:
    """III. Detention: each deprivation of liberty with its start, its length (from the act's
    start to ``arrest.released`` or else the act's end; with neither, counted to the dossier's
    date and said to hold only if the person is still detained:
    :func:`~fieldmon.dossier.profiles.un_detention_length.detention_length`), the place of
    detention by name (``arrest.place``), the release status, the authorities holding the
    person, the kind of detention and access to a lawyer, family and doctor.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    today = ctx.generated.date()
    out: list[Flowable] = [Heading(t.heading("wgad_detention"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        found = False
        for _, act in _deprivations(case):
            found = True
            details = act.get("arrest", {})
            # The detention ended at the recorded release, or else at the act's own end (an
            # arrest recorded from 14:20 to 23:40 lasted nine hours). With neither, nothing
            # says the person is still held: the length is given only as "if still detained".
            released = details.get("released") or act.get("end")
            length = detention_length(act.get("start"), released, today, act.get("date_precision"))
            status = (
                t.label("wgad_released", date=t.date(released, act.get("date_precision")))
                if released
                else t.label("wgad_not_released")
            )
            rows = [
                (t.label("victim"), ctx.person(case, act.get("victim"))),
                (t.label("wgad_since"), t.date(act.get("start"), act.get("date_precision"))),
                (t.label("wgad_length"), describe(t, length)),
                (
                    t.label("wgad_place"),
                    ctx.clean(case, details.get("place")) or t.label("none_recorded"),
                ),
                (t.label("wgad_release"), status),
                (t.label("wgad_authorities"), _forces(ctx, case, act)),
            ]
            for key, label, vocab in (
                ("detention_type", "detention_type", "detention_types"),
                ("access_to_lawyer", "lawyer", "access_levels"),
                ("access_to_family", "family", "access_levels"),
                ("access_to_doctor", "doctor", "access_levels"),
            ):
                if details.get(key):
                    rows.append((t.label(label), t.vocab(vocab, details[key])))
            for key in ("family_notified", "whereabouts_known"):
                if key in details and details[key] is not None:
                    rows.append((t.label(key), t.yes_no(details[key])))
            out.append(para(f"{act['id']}. {t.vocab('act_types', act['type'])}", styles().h2))
            out.append(fields(rows))
        if not found:
            out.append(para(t.label("none_recorded")))
    return out


def analysis(ctx: Context) -> list[Flowable]:
    """IV. Why the deprivation of liberty is arbitrary, by the Working Group's categories I to
    V: for each category the case's ``wgad_categories`` record argues, the lawyer's analysis
    (cleaned) and the facts (acts) it relies on; every other category marked "not argued".

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("wgad_analysis"))]
    codes = [term.code for term in vocabulary("wgad_categories").terms]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        records = {r["category"]: r for r in case.get("wgad_categories", [])}
        acts = {a["id"]: (e, a) for e, a in _acts(case)}
        for code in codes:
            out.append(para(t.vocab("wgad_categories", code), styles().h2))
            record = records.get(code)
            if record is None:
                out.append(para(t.label("wgad_not_argued")))
                continue
            out.append(para(ctx.clean(case, record.get("analysis")) or t.label("none_recorded")))
            cited = [acts[a] for a in record.get("acts", []) if a in acts]
            if cited:
                out.append(para(t.label("wgad_facts_cited"), styles().cell_bold))
            for event, act in cited:
                when = t.date(act.get("start") or event.get("start"), act.get("date_precision"))
                line = f"{act['id']}. {t.vocab('act_types', act['type'])}, {when}"
                if act.get("description"):
                    line += f": {ctx.clean(case, act['description'])}"
                out.append(para(f"• {line}"))
    return out


def domestic(ctx: Context) -> list[Flowable]:
    """V. The domestic steps taken (remedies with their kind, decision and documents), and
    the person submitting the communication (the case's ``submitter`` persons with their
    contact particulars, or the monitor).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("wgad_domestic"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        out.append(remedies_block(ctx, case))
    out.append(para(t.label("wgad_submitting"), styles().h2))
    for case in ctx.cases:
        out += submitters(ctx, case)
    return out


SECTIONS: list[Section] = [
    identity,
    arrest,
    detention,
    analysis,
    domestic,
    other_proceedings,
    statements,
    annex_list,
    annex_pages,
]
