"""``un-srt``: an allegation of torture submitted to the UN Special Rapporteur on torture.

The sections follow the Special Rapporteur's model questionnaire for individual
communications (``docs/checklists/un-srt.md``): the victim's identity, as consent allows; the
date, place and methods of each act; the perpetrators and their description; the victim's
consent to the transmission of the communication to the State; the domestic steps, complaints
about the torture itself first; then the medical findings, other proceedings, statements and
annexes; last, the source, held confidential and not to be transmitted to the State.

A communication to a special rapporteur is not "another procedure of international
investigation or settlement" (Article 35 § 2 (b) ECHR; :mod:`fieldmon.dossier.same_matter`),
so this profile gives no warning about a later application to the Court.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldmon.consent.policy import find_consent
from fieldmon.dossier.layout import FRAME_WIDTH, Heading, fields, para, styles, table
from fieldmon.dossier.profiles.annexes import annex_list, annex_pages
from fieldmon.dossier.profiles.base import (
    Context,
    Section,
    by_date,
    case_heading,
    identity_rows,
    shown_victims,
)
from fieldmon.dossier.profiles.sections import (
    facts,
    medical,
    other_proceedings,
    statements,
)
from fieldmon.dossier.profiles.un_common import (
    remedies_block,
    span,
    submitters,
    unidentified_victims,
    warning_boxes,
)

NAME = "un-srt"
RECIPIENT = "un-srt"
"""The recipient whose consent governs how people are named."""

ILL_TREATMENT = frozenset({"torture", "ill_treatment", "threats", "forced_confession"})
"""Act types the questionnaire's date, place and methods are asked for."""


def _transmission(ctx: Context, case: dict[str, Any], person_id: str) -> str:
    t = ctx.texts
    consent = find_consent(case, person_id, RECIPIENT) or {}
    if consent.get("transmission") is not True:
        return t.label("no")
    text = t.label("yes")
    if consent.get("date"):
        text += f" ({t.label('srt_recorded_on', date=t.date(consent['date']))})"
    return text


def victims(ctx: Context) -> list[Flowable]:
    """The alleged victims as consent allows: label, sex, date of birth, nationality and
    occupation (details only where the victim may be named in full), and the victim's consent
    to the transmission of the communication to the State (model questionnaire: identity of
    the victim; consent). A victim left out (no consent, or none to transmission) is counted.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("srt_victims"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        shown, left_out = shown_victims(ctx, case)
        for person in shown:
            rows = identity_rows(ctx, case, person, ("birth_date", "nationality", "occupation"))
            rows.append((t.label("srt_consent"), _transmission(ctx, case, person["id"])))
            out += [fields(rows), Spacer(1, 3 * mm)]
        if left_out:
            out.append(para(t.label("victims_left_out", count=left_out)))
            out.append(para(t.label("srt_left_out_reason"), styles().small))
    return out


def incidents(ctx: Context) -> list[Flowable]:
    """Each act of torture or ill-treatment in date order: victim, date, place (the event's
    place, and the type of place), methods (model questionnaire: date, place, methods).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("srt_incidents"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        rows: list[list[str]] = [
            [t.label("victim"), t.label("date"), t.label("place"), t.label("methods")]
        ]
        for event in sorted(case.get("events", []), key=by_date):
            for act in sorted(event.get("acts", []), key=by_date):
                if act["type"] not in ILL_TREATMENT and not act.get("methods"):
                    continue
                start = act.get("start") or event.get("start")
                when = span(t, start, act.get("end"), act.get("date_precision"))
                place = ctx.clean(case, event.get("place")) or "-"
                if act.get("location_type"):
                    place += f" ({t.vocab('location_types', act['location_type'])})"
                methods = t.vocab("torture_methods", act.get("methods", [])) or t.vocab(
                    "act_types", act["type"]
                )
                rows.append([ctx.person(case, act.get("victim")), when, place, methods])
        out.append(
            table(rows, [38 * mm, 38 * mm, 50 * mm, FRAME_WIDTH - 126 * mm])
            if len(rows) > 1
            else para(t.label("none_recorded"))
        )
    return out


def perpetrators(ctx: Context) -> list[Flowable]:
    """The perpetrators: for each case, everyone named in an act's involvements, with their
    types, their description as recorded (cleaned) and the acts they took part in (model
    questionnaire: perpetrators, with any description).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("perpetrators"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        persons = {p["id"]: p for p in case.get("persons", [])}
        rows = [
            [
                t.label("perpetrator"),
                t.label("type"),
                t.label("srt_description"),
                t.label("acts_behind"),
            ]
        ]
        seen: dict[str, list[str]] = {}
        types: dict[str, set[str]] = {}
        for event in case.get("events", []):
            for act in event.get("acts", []):
                for inv in act.get("involvements", []):
                    seen.setdefault(inv["perpetrator"], []).append(
                        f"{act['id']} ({t.vocab('involvement_degrees', inv['degree'])})"
                        if inv.get("degree")
                        else act["id"]
                    )
                    if inv.get("perpetrator_type"):
                        types.setdefault(inv["perpetrator"], set()).add(
                            t.vocab("perpetrator_types", inv["perpetrator_type"])
                        )
        for person_id, acts in seen.items():
            description = persons.get(person_id, {}).get("description")
            rows.append(
                [
                    ctx.person(case, person_id),
                    ", ".join(sorted(types.get(person_id, []))),
                    ctx.clean(case, description) or "-",
                    ", ".join(acts),
                ]
            )
        out.append(
            table(rows, [40 * mm, 35 * mm, 60 * mm, FRAME_WIDTH - 135 * mm])
            if len(rows) > 1
            else para(t.label("none_recorded"))
        )
    return out


def remedies(ctx: Context) -> list[Flowable]:
    """The domestic steps: first the complaints about the torture itself (remedies of type
    ``complaint_ill_treatment``), or a statement that none is recorded; then every remedy in
    date order with its kind, decision and documents (model questionnaire: steps taken,
    including complaints, by whom, to which authority, and the result).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("remedies"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        complaints = [
            r for r in case.get("remedies", []) if r.get("type") == "complaint_ill_treatment"
        ]
        out.append(para(t.label("srt_complaints"), styles().h2))
        if not complaints:
            out.append(para(t.label("srt_no_complaint")))
        for r in sorted(complaints, key=by_date):
            line = f"{t.date(r.get('date'))}: {ctx.clean(case, r.get('authority'))}"
            if r.get("decision"):
                line += f" — {ctx.clean(case, r['decision'])}"
            out.append(para(f"• {line}"))
        out.append(para(t.label("srt_all_steps"), styles().h2))
        out.append(remedies_block(ctx, case))
    return out


def source(ctx: Context) -> list[Flowable]:
    """The source of the communication, marked confidential and not to be transmitted to the
    State (model questionnaire: identity of the person or organisation submitting, held
    confidential): the case's submitters with their contact particulars, or the monitor.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [
        Heading(t.heading("srt_source")),
        para(t.label("srt_confidential"), styles().h2),
    ]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        out += submitters(ctx, case)
    return out


def warnings(ctx: Context) -> list[str]:
    """The warnings of an allegation to the Special Rapporteur: a victim left out for want of
    consent to transmission (:func:`~fieldmon.dossier.profiles.un_common.unidentified_victims`).
    No Article 35 § 2 (b) warning: a special rapporteur's communication is not another
    procedure of international investigation or settlement (:mod:`fieldmon.dossier.same_matter`).

    :param ctx: the dossier's context.
    :return: the warnings, in the dossier's language.
    """
    return unidentified_victims(ctx)


def cover(ctx: Context) -> list[Flowable]:
    """The warnings (:func:`warnings`), boxed under the cover's title.

    :param ctx: the dossier's context.
    :return: the flowables; none without a warning.
    """
    return warning_boxes(ctx, warnings(ctx))


SECTIONS: list[Section] = [
    victims,
    incidents,
    facts,
    perpetrators,
    medical,
    remedies,
    other_proceedings,
    statements,
    source,
    annex_list,
    annex_pages,
]
