"""Sections more than one recipient asks for: the facts, the victims, the remedies tried, other
international proceedings; the statements taken (:mod:`.statements`) and the medical findings
(:mod:`.medical`) are in their own modules and importable from here."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldmon.dossier.layout import FRAME_WIDTH, Heading, fields, para, table
from fieldmon.dossier.profiles.base import (
    Context,
    act_block,
    act_rows,
    by_date,
    case_heading,
    identity_rows,
    shown_victims,
)
from fieldmon.dossier.profiles.medical import medical as medical
from fieldmon.dossier.profiles.statements import statements as statements


def facts(ctx: Context) -> list[Flowable]:
    """The facts: each case's summary, then its events in date order, each with its place,
    description and acts (:func:`~fieldmon.dossier.profiles.base.act_block`).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("facts"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        if case.get("summary"):
            out.append(para(ctx.clean(case, case["summary"])))
        for event in sorted(case.get("events", []), key=by_date):
            when = t.date_range(event.get("start"), event.get("end"), event.get("date_precision"))
            out.append(
                Heading(
                    f"{when}: {ctx.clean(case, event['title'])}",
                    1,
                    outline=f"{when}: {ctx.public(case, event['title'])}",
                )
            )
            if event.get("place"):
                out.append(para(f"{t.label('place')}: {ctx.clean(case, event['place'])}"))
            if event.get("description"):
                out.append(para(ctx.clean(case, event["description"])))
            for act in sorted(event.get("acts", []), key=by_date):
                out += act_block(ctx, case, act, act_rows(ctx, case, act))
    return out


def victims(ctx: Context) -> list[Flowable]:
    """The victims: every person with the victim role, with sex; birth date and occupation only
    where the person may be named in full.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("victims"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        shown, left_out = shown_victims(ctx, case)
        for person in shown:
            out.append(fields(identity_rows(ctx, case, person, ("birth_date", "occupation"))))
            out.append(Spacer(1, 3 * mm))
        if left_out:
            out.append(para(t.label("victims_left_out", count=left_out)))
    return out


def anonymity_request(ctx: Context) -> list[Flowable]:
    """A reasoned request that the applicant's identity not be disclosed to the public
    (Rule 47 § 4 of the Rules of Court; Practice Direction "Requests for anonymity"), for each
    applicant whose consent is below full name: the Court is told who they are, the public is
    not.

    :param ctx: the dossier's context.
    :return: the section's flowables; nothing when no applicant asks for anonymity.
    """
    requests = ctx.redactor.anonymity_requests()
    if not requests:
        return []
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("anonymity_request"))]
    for plan in requests:
        out.append(para(t.label("anonymity_request", applicant=plan.label)))
        consent = plan.decision.consent or {}
        case = next(c for c in ctx.cases if c["reference"] == plan.case_reference)
        if consent.get("notes"):
            # The notes may name others (a child, a witness): cleaned like any free text.
            out.append(para(f"{t.label('reasons_given')}: {ctx.clean(case, consent['notes'])}"))
        out.append(para(t.label("anonymity_reasons")))
    return out


def remedies_table(ctx: Context, case: dict[str, Any]) -> Flowable:
    """The domestic remedies of one case in date order: date, authority, decision (final ones
    marked).

    :param ctx: the dossier's context.
    :param case: the case document.
    :return: a table, or a "none recorded" paragraph.
    """
    t = ctx.texts
    rows = [[t.label("date"), t.label("authority"), t.label("decision")]]
    for r in sorted(case.get("remedies", []), key=by_date):
        decision = ctx.clean(case, r.get("decision", ""))
        if r.get("final"):
            decision += f" ({t.label('final')})"
        rows.append([t.date(r.get("date")), ctx.clean(case, r["authority"]), decision])
    if len(rows) == 1:
        return para(t.label("none_recorded"))
    return table(rows, [32 * mm, 55 * mm, FRAME_WIDTH - 87 * mm])


def other_proceedings(ctx: Context) -> list[Flowable]:
    """Other international proceedings: each case's interventions in date order (date, body, type,
    reference, status).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("other_proceedings"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        rows = [
            [
                t.label("date"),
                t.label("body"),
                t.label("type"),
                t.label("reference"),
                t.label("status"),
            ]
        ]
        for i in sorted(case.get("interventions", []), key=by_date):
            rows.append(
                [
                    t.date(i.get("date")),
                    t.vocab("recipients", i["body"]),
                    t.vocab("intervention_types", i["type"]) if i.get("type") else "",
                    ctx.clean(case, i.get("reference")) or "-",
                    t.vocab("intervention_statuses", i["status"]) if i.get("status") else "",
                ]
            )
        out.append(
            table(rows, [28 * mm, 50 * mm, 35 * mm, 30 * mm, FRAME_WIDTH - 143 * mm])
            if len(rows) > 1
            else para(t.label("none_recorded"))
        )
    return out
