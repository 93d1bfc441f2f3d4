"""Sections more than one recipient asks for: the facts, the victims, the remedies tried, other
international proceedings, the statements taken and the medical findings."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldmon.dossier.layout import FRAME_WIDTH, Heading, fields, para, styles, table
from fieldmon.dossier.profiles.base import (
    Context,
    act_block,
    act_rows,
    by_date,
    case_heading,
)


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
            when = t.date(event.get("start"), event.get("date_precision"))
            if event.get("end"):
                when += " – " + t.date(event["end"], event.get("date_precision"))
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
        left_out = 0
        for person in case.get("persons", []):
            if "victim" not in person.get("roles", []):
                continue
            if not ctx.redactor.appears(case["reference"], person["id"]):
                left_out += 1  # counted, with nothing that identifies them
                continue
            rows = [(t.label("victim"), ctx.person(case, person["id"]))]
            if person.get("sex"):
                rows.append((t.label("sex"), t.vocab("sexes", person["sex"])))
            if ctx.redactor.shows_details(case["reference"], person["id"]):
                if person.get("birth_date"):
                    rows.append((t.label("born"), t.date(person["birth_date"])))
                if person.get("occupation"):
                    rows.append((t.label("occupation"), ctx.clean(case, person["occupation"])))
            out.append(fields(rows))
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


def statements(ctx: Context) -> list[Flowable]:
    """The statements: each interview in date order, with its particulars and its narrative in
    quotation marks. The interviews of a person left out (no consent for this recipient, or
    consent withdrawn) are left out, and only their number is given, at the end.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("interviews"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        withheld = 0
        for interview in sorted(case.get("interviews", []), key=by_date):
            if not ctx.redactor.appears(case["reference"], interview["interviewee"]):
                # The words of a person left out would identify them; the count stays.
                withheld += 1
                continue
            who = ctx.person(case, interview["interviewee"])
            out.append(para(t.label("interview_of", person=who), styles().h2))
            rows = [(t.label("when"), t.date(interview.get("date")))]
            if interview.get("place"):
                rows.append((t.label("place"), ctx.clean(case, interview["place"])))
            if interview.get("interviewers"):
                rows.append(
                    (t.label("interviewers"), ctx.clean(case, ", ".join(interview["interviewers"])))
                )
            if interview.get("interpreter"):
                rows.append((t.label("interpreter"), ctx.clean(case, interview["interpreter"])))
            if interview.get("present"):
                rows.append((t.label("present"), ctx.clean(case, ", ".join(interview["present"]))))
            if interview.get("language"):
                rows.append((t.label("language"), interview["language"]))
            if interview.get("restrictions"):
                rows.append((t.label("restrictions"), ctx.clean(case, interview["restrictions"])))
            out.append(fields(rows))
            if interview.get("narrative"):
                out.append(Spacer(1, 1.5 * mm))
                out.append(para("“" + ctx.clean(case, interview["narrative"]) + "”"))
        if withheld:  # under its own case: the count is each case's
            out.append(para(t.label("withheld_statements", count=withheld), styles().h2))
    return out


def medical(ctx: Context) -> list[Flowable]:
    """The medical findings: each examination (person, date, clinician), its findings (location,
    finding, alleged method, consistency) and its overall consistency, graded as in the Istanbul
    Protocol (the ``consistency`` vocabulary).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("medical"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        if not case.get("medical"):
            out.append(para(t.label("none_recorded")))
        for m in case.get("medical", []):
            out.append(
                para(f"{ctx.person(case, m['person'])} — {t.date(m.get('date'))}", styles().h2)
            )
            if m.get("clinician"):
                out.append(para(f"{t.label('clinician')}: {ctx.clean(case, m['clinician'])}"))
            rows = [
                [
                    t.label("location"),
                    t.label("finding"),
                    t.label("alleged_method"),
                    t.label("consistency"),
                ]
            ]
            for f in m.get("findings", []):
                rows.append(
                    [
                        ctx.clean(case, f.get("location", "")),
                        ctx.clean(case, f["description"]),
                        t.vocab("torture_methods", f["alleged_method"])
                        if f.get("alleged_method")
                        else "",
                        t.vocab("consistency", f["consistency"]) if f.get("consistency") else "",
                    ]
                )
            if len(rows) > 1:
                out.append(table(rows, [30 * mm, 62 * mm, 38 * mm, FRAME_WIDTH - 130 * mm]))
            if m.get("overall"):
                out.append(para(f"{t.label('overall')}: {t.vocab('consistency', m['overall'])}"))
    return out
