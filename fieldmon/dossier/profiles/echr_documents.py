"""Sections H and I of the Court's application form and its declaration (other international
proceedings, the list of documents, the declaration and signature), the count of pages of the
additional submissions, and the divider before the supplementary documents."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldmon.dossier.layout import (
    FRAME_WIDTH,
    Heading,
    PageDecor,
    PageNumberOf,
    para,
    render,
    styles,
    table,
)
from fieldmon.dossier.profiles.base import Context, by_date, case_heading
from fieldmon.dossier.profiles.sections import other_proceedings
from fieldmon.dossier.same_matter import other_procedures

PAGE_LIMIT = 20
"""Pages the additional submissions may run to (Practice Direction *Institution of
proceedings*, as amended 1 February 2022; Notes for filling in the application form, E-G)."""


def same_matter_bodies(ctx: Context, case: dict[str, Any]) -> str:
    """The bodies of another international procedure the case was submitted to, in words.

    :param ctx: the dossier's context.
    :param case: the case document.
    :return: the bodies' names joined with ", " (:func:`fieldmon.dossier.same_matter
        .other_procedures`); ``""`` when none.
    """
    bodies = dict.fromkeys(i["body"] for i in other_procedures(case))
    return ", ".join(ctx.texts.vocab("recipients", b) for b in bodies)


def other_international(ctx: Context) -> list[Flowable]:
    """Section H: a prominent Article 35 § 2 (b) warning when the same facts went to another
    procedure of international investigation or settlement (WGAD, UN treaty bodies; not the
    special rapporteurs), then every intervention recorded (date, body, type, reference,
    status). Article 35 § 2 (b) of the Convention; Notes for filling in the application form,
    section H (fields 66-69).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("echr_g"))]
    for case in ctx.cases:
        bodies = same_matter_bodies(ctx, case)
        if bodies:
            out += case_heading(ctx, case)
            out.append(para(t.label("echr_same_matter_banner"), styles().urgent))
            out.append(para(t.label("echr_same_matter", bodies=bodies), styles().h2))
    if not any(other_procedures(case) for case in ctx.cases):
        out.append(para(t.label("echr_no_other")))
        if any(case.get("interventions") for case in ctx.cases):
            # The table below may list a special rapporteur's appeal: say why it is no bar.
            out.append(para(t.label("echr_not_counting"), styles().small))
    # The table of every intervention, without the shared section's own heading.
    return out + other_proceedings(ctx)[1:] + previous_applications(ctx)


def _document_rows(ctx: Context) -> list[tuple[str, str, list[Any]]]:
    """(sort key, case reference, row) for every annex and withheld file of the cases."""
    t = ctx.texts
    records = {(c["reference"], e.get("id")): e for c in ctx.cases for e in c.get("evidence", [])}

    def dated(reference: str, evidence_id: str) -> tuple[str, str]:
        when = records.get((reference, evidence_id), {}).get("document_date")
        if not when:
            return "9999", t.label("echr_date_not_recorded")
        return str(when), t.date(str(when))

    rows: list[tuple[str, str, list[Any]]] = []
    for annex in ctx.annexes:
        key, shown = dated(annex.case_reference, annex.evidence_id)
        page: Any = PageNumberOf(f"fm_annex_{annex.number}")
        rows.append((key, annex.case_reference, [shown, annex.title, page]))
    for w in ctx.withheld_annexes:
        key, shown = dated(w.case_reference, w.evidence_id)
        rows.append((key, w.case_reference, [shown, w.title, t.label("echr_withheld_doc")]))
    return sorted(rows, key=lambda r: r[0])


def documents(ctx: Context) -> list[Flowable]:
    """Section I: a numbered list of the documents in chronological order of each document's
    own date (``document_date``, never when it was collected; "date not recorded" ones last),
    each with the page of this PDF on which its annex starts; files withheld for consent are
    listed as withheld. Rule 47 § 1 (h) and § 3.1 (a) of the Rules of Court; Notes for filling in
    the application form, section I (field 70).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("echr_h"))]
    found = _document_rows(ctx)
    missing = decisions_without_copy(ctx)
    if missing:  # the list must hold every decision cited: say which it cannot
        out.append(para(t.label("echr_missing_banner"), styles().urgent))
        out.append(para(t.label("echr_missing_copies", decisions="; ".join(missing))))
    if not found:
        return [*out, para(t.label("none_recorded"))]
    out.append(para(t.label("echr_h_note"), styles().small))
    several = len(ctx.cases) > 1
    rows: list[list[Any]] = [
        [t.label("echr_h_no"), t.label("date"), t.label("title"), t.label("page")]
    ]
    for n, (_, reference, row) in enumerate(found, start=1):
        title = f"{reference}: {row[1]}" if several else row[1]
        rows.append([str(n), row[0], title, row[2]])
    out.append(table(rows, [12 * mm, 38 * mm, FRAME_WIDTH - 72 * mm, 22 * mm]))
    return out


def decisions_without_copy(ctx: Context) -> list[str]:
    """The domestic decisions the dossier cites (every remedy with a decision or a date) that
    have no document recorded (``remedies.documents``), so cannot be in the list of documents:
    the list must hold every judgment and decision referred to in sections E to H, with copies
    (Notes for filling in the application form, field 70; Rule 47 § 3.1 (a) of the Rules of
    Court).

    :param ctx: the dossier's context.
    :return: "authority, date" for each, in the dossier's language; empty when all have one.
    """
    t = ctx.texts
    out: list[str] = []
    for case in ctx.cases:
        for r in sorted(case.get("remedies", []), key=by_date):
            if r.get("documents") or not (r.get("decision") or r.get("date")):
                continue
            where = f"{case['reference']}: " if len(ctx.cases) > 1 else ""
            out.append(f"{where}{ctx.clean(case, r.get('authority'))}, {t.date(r.get('date'))}")
    return out


def previous_applications(ctx: Context) -> list[Flowable]:
    """Fields 68–69 of the form: other applications before the Court, from the cases'
    interventions to ``echr`` with a reference (their application numbers), or "none recorded"
    (Notes for filling in the application form, fields 68–69).

    :param ctx: the dossier's context.
    :return: a labelled line.
    """
    t = ctx.texts
    numbers = [
        ctx.clean(case, str(i["reference"]))
        for case in ctx.cases
        for i in case.get("interventions", [])
        if i.get("body") == "echr" and i.get("reference")
    ]
    shown = ", ".join(numbers) if numbers else t.label("none_recorded")
    return [para(f"{t.label('echr_previous')}: {shown}")]


def submission_pages(ctx: Context, parts: list[Callable[[Context], list[Flowable]]]) -> int:
    """The pages the additional submissions take when laid out alone on A4 as in the dossier.

    :param ctx: the dossier's context.
    :param parts: the sections that make them (the form's E, F and G as developed here); each
        is called afresh, since reportlab changes flowables as it lays them out.
    :return: the page count.
    """
    story: list[Flowable] = [f for part in parts for f in part(ctx)]
    decor = PageDecor("", "", lambda n: str(n), "", "", "")
    return render(story, decor, io.BytesIO())


def length_check(
    ctx: Context, parts: list[Callable[[Context], list[Flowable]]]
) -> tuple[list[Flowable], int]:
    """The page count of the additional submissions against the limit of 20, with a prominent
    warning when over (Practice Direction *Institution of proceedings*, as amended 1 February
    2022).

    :param ctx: the dossier's context.
    :param parts: the sections that make the additional submissions.
    :return: the section's flowables and the page count.
    """
    t = ctx.texts
    key = ("submission_pages", *(f"{p.__module__}.{p.__qualname__}" for p in parts))
    if key not in ctx.memo:  # laid out once per plan and parts: it is long work
        ctx.memo[key] = submission_pages(ctx, parts)
    pages = int(ctx.memo[key])
    out: list[Flowable] = [Heading(t.heading("echr_length"))]
    if pages > PAGE_LIMIT:
        out.append(para(t.label("echr_length_banner"), styles().urgent))
        out.append(para(t.label("echr_length_over", pages=pages), styles().h2))
    out.append(para(t.label("echr_length_count", pages=pages)))
    out.append(para(t.label("echr_length_note"), styles().small))
    return out, pages


def declaration(ctx: Context) -> list[Flowable]:
    """The declaration, and space for the date and the handwritten signature of the
    applicant or representative, with a note that the monitor's PAdES signature on the cover
    does not replace it (Rule 47 § 1 requires the form signed; Notes for filling in the
    application form, its declaration and signature).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    box: list[list[Any]] = [
        [t.label("echr_sign_date"), t.label("echr_signature")],
        [Spacer(1, 25 * mm), Spacer(1, 25 * mm)],
    ]
    return [
        Heading(t.heading("echr_i")),
        para(t.label("echr_declaration")),
        Spacer(1, 3 * mm),
        table(box, [45 * mm, FRAME_WIDTH - 45 * mm]),
        Spacer(1, 2 * mm),
        para(t.label("echr_signature_note"), styles().small),
    ]


def supplementary(ctx: Context) -> list[Flowable]:
    """The divider between the form's content and the supplementary documents and annexes.

    :param ctx: the dossier's context.
    :return: a heading and a note.
    """
    t = ctx.texts
    return [Heading(t.heading("echr_supplementary")), para(t.label("echr_supplementary_note"))]
