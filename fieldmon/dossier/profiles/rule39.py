"""``rule39``: an urgent request to the European Court of Human Rights for interim measures
under Rule 39 of the Rules of Court: short, about one case; the risk, the articles at stake,
whom to contact, and the annexes.

People are named as their consent to the ``rule39`` recipient allows, or failing that their
consent to ``echr`` (``fieldmon.consent.policy.CONSENT_RECIPIENT``).
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldmon.dossier.layout import Heading, fields, para, styles
from fieldmon.dossier.profiles.annexes import annex_list, annex_pages
from fieldmon.dossier.profiles.base import Context, Section, by_date, case_heading
from fieldmon.dossier.profiles.sections import anonymity_request

NAME = "rule39"
RECIPIENT = "rule39"
"""The recipient whose consent governs how people are named."""


def risk(ctx: Context) -> list[Flowable]:
    """The request itself: an "urgent" banner; each case's summary and its two latest events;
    the articles invoked; and whom to contact: the representatives and the monitor who
    submits it.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [
        para(t.label("urgent"), styles().urgent),
        Spacer(1, 4 * mm),
        Heading(t.heading("risk")),
    ]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        if case.get("summary"):
            out.append(para(ctx.clean(case, case["summary"])))
        events = sorted(case.get("events", []), key=by_date)[-2:]
        for event in events:
            when = t.date(event.get("start"), event.get("date_precision"))
            out.append(para(f"{when}: {ctx.clean(case, event['title'])}", styles().h2))
            if event.get("description"):
                out.append(para(ctx.clean(case, event["description"])))
    out.append(Heading(t.heading("violations")))
    for case in ctx.cases:
        for v in case.get("violations", []):
            out.append(para(f"• {v['instrument']}, {t.label('article', article=v['article'])}"))
    out.append(Heading(t.heading("contact")))
    rows: list[tuple[str, str]] = []
    for case in ctx.cases:
        for person in case.get("persons", []):
            roles = person.get("roles", [])
            # The Court must know who asks: the applicant is named to it (Rule 47 § 1 (a)).
            for role in ("applicant", "representative"):
                if role in roles:
                    rows.append((t.label(role), ctx.person(case, person["id"])))
    rows.append(
        (
            t.label("submitted_by"),
            ctx.signer + (f", {ctx.organisation}" if ctx.organisation else ""),
        )
    )
    out.append(fields(rows))
    return out


def cover(ctx: Context) -> list[Flowable]:
    """The cover's face notice: the request is urgent.

    :param ctx: the dossier's context.
    :return: the notice under the title.
    """
    return [para(ctx.texts.label("urgent"), styles().urgent)]


SECTIONS: list[Section] = [risk, anonymity_request, annex_list, annex_pages]
