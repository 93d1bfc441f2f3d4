"""``echr``: the annex bundle of an application to the European Court of Human Rights.

The sections follow what Rule 47 of the Rules of Court asks an application to contain: the
parties and the respondent State, the facts, the alleged violations, compliance with the
admissibility criteria of Article 35 § 1 of the Convention (domestic remedies exhausted, and
the four-month time limit as amended by Protocol No. 15), other international proceedings,
and the documents in support: statements, medical findings, annexes.
"""

from __future__ import annotations

import calendar
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldmon.dossier.layout import Heading, fields, para, styles
from fieldmon.dossier.profiles.annexes import annex_list, annex_pages
from fieldmon.dossier.profiles.base import Context, Section, by_date, case_heading
from fieldmon.dossier.profiles.sections import (
    anonymity_request,
    facts,
    medical,
    other_proceedings,
    remedies_table,
    statements,
)

NAME = "echr"
RECIPIENT = "echr"
"""The recipient whose consent governs how people are named."""


def parties(ctx: Context) -> list[Flowable]:
    """The parties: each case's applicants and representatives and the respondent State. Birth
    date, nationality, occupation and address are given only for a person who may be named in
    full.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("parties"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        rows: list[tuple[str, str]] = []
        for person in case.get("persons", []):
            roles = person.get("roles", [])
            role = (
                "applicant"
                if "applicant" in roles
                else "representative"
                if "representative" in roles
                else None
            )
            if role is None:
                continue
            text = ctx.person(case, person["id"])
            if ctx.redactor.shows_details(case["reference"], person["id"]):
                nationality = ", ".join(t.country(c) for c in person.get("nationality", []))
                details = [
                    f"{t.label('born')}: {t.date(person['birth_date'])}"
                    if person.get("birth_date")
                    else "",
                    f"{t.label('nationality')}: {nationality}" if nationality else "",
                    f"{t.label('occupation')}: {ctx.clean(case, person['occupation'])}"
                    if person.get("occupation")
                    else "",
                    f"{t.label('address')}: {ctx.clean(case, person['address'])}"
                    if person.get("address")
                    else "",
                ]
                text += "\n" + "\n".join(d for d in details if d)
            rows.append((t.label(role), text))
        rows.append((t.label("respondent"), t.country(case.get("respondent_state"))))
        out.append(fields(rows))
    return out


def violations(ctx: Context) -> list[Flowable]:
    """The alleged violations: each instrument and article invoked, with the acts it concerns
    (type, methods, victim, date).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("violations"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        acts = {a["id"]: a for e in case.get("events", []) for a in e.get("acts", [])}
        if not case.get("violations"):
            out.append(para(t.label("none_recorded")))
        for v in case.get("violations", []):
            out.append(
                para(f"{v['instrument']}, {t.label('article', article=v['article'])}", styles().h2)
            )
            for act_id in v.get("acts", []):
                act = acts.get(act_id)
                if act:
                    when = t.date(act.get("start"), act.get("date_precision"))
                    methods = (
                        f" ({t.vocab('torture_methods', act['methods'])})"
                        if act.get("methods")
                        else ""
                    )
                    out.append(
                        para(
                            f"• {act_id}: {t.vocab('act_types', act['type'])}{methods}"
                            f" — {ctx.person(case, act['victim'])}, {when}"
                        )
                    )
    return out


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def admissibility(ctx: Context) -> list[Flowable]:
    """Admissibility: the domestic remedies tried, the final decision (the latest final remedy),
    and the four-month time limit from it (Article 35 § 1 of the Convention as amended by
    Protocol No. 15). The deadline is the same day four months later, or the last day of that
    month if it is shorter; the days left, or passed, are counted to the dossier's date. No
    deadline is given for a final decision dated less precisely than a day.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("admissibility"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        out.append(remedies_table(ctx, case))
        finals = [r for r in case.get("remedies", []) if r.get("final") and r.get("date")]
        out.append(Spacer(1, 2 * mm))
        if not finals:
            out.append(para(t.label("no_final")))
            continue
        final = max(finals, key=by_date)
        decided = date.fromisoformat(final["date"][:10]) if len(final["date"]) >= 10 else None
        out.append(
            para(
                f"{t.label('final_decision')}: {ctx.clean(case, final['authority'])},"
                f" {t.date(final['date'])}"
            )
        )
        if decided:
            deadline = _add_months(decided, 4)
            days = (deadline - ctx.generated.date()).days
            key = "time_limit_open" if days >= 0 else "time_limit_passed"
            out.append(
                para(
                    t.label(key, deadline=t.date(deadline.isoformat()), days=abs(days)), styles().h2
                )
            )
    return out


SECTIONS: list[Section] = [
    parties,
    anonymity_request,
    facts,
    violations,
    admissibility,
    other_proceedings,
    statements,
    medical,
    annex_list,
    annex_pages,
]
