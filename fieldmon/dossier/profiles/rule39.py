"""``rule39``: an urgent request to the European Court of Human Rights for interim measures
under Rule 39 of the Rules of Court: short, about one case.

What the Court's Practice Direction "Requests for interim measures" asks of a request, and how
this dossier gives it (``docs/checklists/rule39.md`` cites each point):

- a face block marked "Rule 39 – Urgent" with the person to contact (name, telephone, fax,
  e-mail), the date of the feared event, the measure sought and the risk in its own field
  (the case's ``interim`` record);
- the risk and the facts in brief, the articles of the Convention at stake;
- the domestic decisions, with the documents attached (the remedies' ``documents``);
- a warning when the request relies on nothing under Articles 2 and 3 (the Court grants
  interim measures almost only there, exceptionally under Article 8), or when no interim
  record states the measure sought.

People are named as their consent to the ``rule39`` recipient allows, or failing that their
consent to ``echr`` (``fieldmon.consent.policy.CONSENT_RECIPIENT``).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldmon.dossier.layout import FRAME_WIDTH, Heading, fields, para, styles, table
from fieldmon.dossier.profiles.annexes import annex_list, annex_pages
from fieldmon.dossier.profiles.base import Context, Section, by_date, case_heading
from fieldmon.dossier.profiles.sections import anonymity_request
from fieldmon.dossier.profiles.un_common import (
    article_number,
    contact_rows,
    remedies_block,
    warning_boxes,
)

NAME = "rule39"
RECIPIENT = "rule39"
"""The recipient whose consent governs how people are named."""

CORE_ARTICLES = frozenset({2, 3})
"""The Convention articles under which the Court indicates interim measures almost only
(Practice Direction "Requests for interim measures"; the Court's factsheet on interim
measures: exceptionally also Article 8)."""


def _requests(ctx: Context) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(case, r) for case in ctx.cases for r in case.get("interim", [])]


def warnings(ctx: Context) -> list[str]:
    """The warnings of a Rule 39 request, in the dossier's language.

    - When a violation alleged is not under Articles 2 or 3 of the Convention (or is under
      another instrument): the Court indicates interim measures almost only where there is an
      imminent risk of irreparable harm under Articles 2 and 3, exceptionally Article 8
      (Rule 39 of the Rules of Court; Practice Direction "Requests for interim measures").
    - When no ``interim`` record is kept: no measure sought, date or risk is stated.
    - When a request names no contact person, or one this recipient may not be told how to
      reach: the Registry must be able to reach the applicant's side at once, by telephone,
      fax or e-mail (Practice Direction "Requests for interim measures").
    - When the date of the feared event has passed on the dossier's date: an urgent request
      for a past date needs the date brought up to date, or the request reconsidered.

    :param ctx: the dossier's context.
    :return: the warnings; empty when the request is within Articles 2 and 3 and stated.
    """
    t = ctx.texts
    out: list[str] = []
    outside: list[str] = []
    within = False
    for case in ctx.cases:
        for v in case.get("violations", []):
            number = article_number(str(v.get("article", "")))
            if str(v.get("instrument", "")).upper() == "ECHR" and number in CORE_ARTICLES:
                within = True
                continue
            ref = t.article_ref(str(v.get("instrument", "")), str(v.get("article", "")))
            if ref not in outside:
                outside.append(ref)
    if not outside and not within:
        out.append(t.label("r39_no_article"))
    elif outside:
        key = "r39_outside_only" if not within else "r39_outside"
        out.append(t.label(key, articles="; ".join(outside)))
    if not _requests(ctx):
        out.append(t.label("r39_no_interim"))
    today = ctx.generated.date().isoformat()
    for case, request in _requests(ctx):
        pid = request.get("contact")
        if not pid or not ctx.redactor.shows_details(case["reference"], pid):
            out.append(t.label("r39_warn_no_contact", reference=case["reference"]))
        feared = str(request.get("feared_date") or "")
        if feared and feared[:10] < today and len(feared) >= 10:
            out.append(t.label("r39_warn_past", date=t.date(feared)))
    return out


def _contact(ctx: Context, case: dict[str, Any], request: dict[str, Any]) -> list[tuple[str, str]]:
    t = ctx.texts
    pid = request.get("contact")
    if not pid or not ctx.redactor.appears(case["reference"], pid):
        return [(t.label("r39_contact"), t.label("r39_no_contact"))]
    rows = [(t.label("r39_contact"), ctx.person(case, pid))]
    details = [
        r
        for r in contact_rows(ctx, case, pid)
        if r[0] in (t.label("un_phone"), t.label("un_fax"), t.label("un_email"))
    ]
    return rows + (details or [(t.label("un_phone"), t.label("r39_details_not_shown"))])


def cover(ctx: Context) -> list[Flowable]:
    """The cover's face block: "URGENT", then a framed block headed "Rule 39 – Urgent" with
    the contact person (name, telephone, fax, e-mail: only where consent lets the person be
    identified in full), the date of the feared event, the measure sought and the risk, each
    in its own field; then the request's warnings (:func:`warnings`).

    Source: Practice Direction "Requests for interim measures" (Rule 39 of the Rules of
    Court): requests marked urgent, with the contact details, the date and time of the
    feared event and the measure sought.

    :param ctx: the dossier's context.
    :return: the flowables under the title.
    """
    t = ctx.texts
    s = styles()
    out: list[Flowable] = [para(t.label("urgent"), s.urgent)]
    rows: list[tuple[str, str]] = [
        (t.label("respondent"), t.country(case.get("respondent_state"))) for case in ctx.cases
    ]
    for case, request in _requests(ctx):
        rows += _contact(ctx, case, request)
        rows.append((t.label("r39_feared_date"), t.date(request.get("feared_date"))))
        rows.append((t.label("r39_measure"), ctx.clean(case, request.get("measure"))))
        rows.append((t.label("r39_risk"), ctx.clean(case, request.get("risk"))))
    if not _requests(ctx):
        rows.append((t.label("r39_measure"), t.label("none_recorded")))
    cells = [[para(t.label("r39_face"), s.h2), ""]]
    cells += [[para(k, s.cell_bold), para(v, s.cell)] for k, v in rows]
    out.append(table(cells, [48 * mm, FRAME_WIDTH - 48 * mm], header=False))
    out.append(Spacer(1, 3 * mm))
    out += warning_boxes(ctx, warnings(ctx))
    return out


def risk(ctx: Context) -> list[Flowable]:
    """The request itself: the risk as stated in the interim record, each case's summary and
    its two latest events (the facts in brief); and whom to contact: the applicant, the
    representatives and the monitor who submits it.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("risk"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        for request in case.get("interim", []):
            out.append(para(ctx.clean(case, request.get("risk"))))
    out.append(Heading(t.heading("r39_facts")))
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
    out.append(Heading(t.heading("contact")))
    rows: list[tuple[str, str]] = []
    for case in ctx.cases:
        for person in case.get("persons", []):
            roles = person.get("roles", [])
            # The Court must know who asks: the applicant is named to it (Rule 47 § 1 (a)).
            for role in ("applicant", "representative"):
                if role in roles and ctx.redactor.appears(case["reference"], person["id"]):
                    rows.append((t.label(role), ctx.person(case, person["id"])))
    rows.append(
        (
            t.label("submitted_by"),
            ctx.signer + (f", {ctx.organisation}" if ctx.organisation else ""),
        )
    )
    out.append(fields(rows))
    return out


def articles(ctx: Context) -> list[Flowable]:
    """The articles at stake: each alleged violation by instrument and article (and limb).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("r39_articles"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        found = False
        for v in case.get("violations", []):
            found = True
            line = t.article_ref(str(v["instrument"]), str(v["article"]))
            if v.get("limb"):
                line += f" ({t.vocab('limbs', v['limb'])})"
            out.append(para(f"• {line}"))
        if not found:
            out.append(para(t.label("none_recorded")))
    return out


def decisions(ctx: Context) -> list[Flowable]:
    """The domestic decisions, with the documents attached to each and what became of them:
    annexed (its number), withheld for consent reasons, or not annexed.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("r39_decisions"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        out.append(remedies_block(ctx, case))
        if not any(r.get("documents") for r in case.get("remedies", [])):
            out.append(para(t.label("r39_no_documents"), styles().small))
    return out


SECTIONS: list[Section] = [
    risk,
    articles,
    decisions,
    anonymity_request,
    annex_list,
    annex_pages,
]
