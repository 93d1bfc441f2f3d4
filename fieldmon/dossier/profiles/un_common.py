"""What the ``rule39``, ``un-srt`` and ``wgad`` profiles share: an article's name in the
dossier's language, a boxed warning, the domestic steps with their documents, and the person
who submits the communication.

Sources: ``docs/checklists/rule39.md``, ``docs/checklists/un-srt.md``,
``docs/checklists/wgad.md``.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldmon.dossier.layout import FRAME_WIDTH, fields, para, styles, table
from fieldmon.dossier.profiles.base import Context, by_date
from fieldmon.dossier.texts import Texts


def article_number(article: str) -> int | None:
    """The number an article reference starts with (``"5 § 1"`` -> 5); None for a protocol
    article (``"P4-2"``) or no number.

    :param article: the article as recorded.
    :return: the leading number, or None.
    """
    found = re.match(r"\s*(?:Art(?:icle)?\.?\s*)?(\d+)", article, re.IGNORECASE)
    return int(found.group(1)) if found else None


def span(texts: Texts, start: str | None, end: str | None, precision: str | None = None) -> str:
    """When an act happened: its start, and its end unless it is the same moment; a same-day
    end shows only its time ("2 March 2026, 13:00–15:00"), never the date twice.

    :param texts: the dossier's words.
    :param start: the start (ISO 8601), or None.
    :param end: the end (ISO 8601), or None.
    :param precision: the recorded date precision.
    :return: the date or range in the dossier's language.
    """
    if not start:  # an end alone is no span; "date unknown" as before
        return texts.date(None)
    return texts.date_range(start, end, precision)


def warning_box(ctx: Context, text: str) -> Flowable:
    """A warning printed in the dossier: a framed cell, in bold, headed "Warning".

    :param ctx: the dossier's context.
    :param text: the warning, in the dossier's language.
    :return: the box.
    """
    s = styles()
    body = f"{ctx.texts.label('un_warning')}: {text}"
    return table([[para(body, s.cell_bold)]], [FRAME_WIDTH], header=False)


def warning_boxes(ctx: Context, warnings: list[str]) -> list[Flowable]:
    """Each warning boxed, with a little space after each.

    :param ctx: the dossier's context.
    :param warnings: the warnings.
    :return: the flowables (none for no warning).
    """
    out: list[Flowable] = []
    for text in warnings:
        out += [warning_box(ctx, text), Spacer(1, 2 * mm)]
    return out


def document_status(ctx: Context, case: dict[str, Any], evidence_id: str) -> str:
    """What became of an evidence record named as a decision's document: its annex number,
    withheld for consent reasons, or not annexed (no file).

    :param ctx: the dossier's context.
    :param case: the case document.
    :param evidence_id: the evidence record's id.
    :return: its title (cleaned) and status, in the dossier's language.
    """
    t = ctx.texts
    ref = case["reference"]
    record = next((e for e in case.get("evidence", []) if e.get("id") == evidence_id), None)
    title = ctx.clean(case, record.get("title")) if record else evidence_id
    annex = next(
        (a for a in ctx.annexes if a.case_reference == ref and a.evidence_id == evidence_id),
        None,
    )
    if annex is not None:
        status = t.label("un_annexed", number=annex.number)
    elif any(
        w.case_reference == ref and w.evidence_id == evidence_id for w in ctx.withheld_annexes
    ):
        status = t.label("un_doc_withheld")
    else:
        status = t.label("un_doc_not_annexed")
    return f"{title} ({status})"


def remedy_rows(ctx: Context, case: dict[str, Any]) -> list[list[Any]]:
    """The domestic steps of a case in date order, as table rows: date, authority and kind,
    reference, decision (final ones marked, date of service given) and the documents recorded
    (:func:`document_status`). A complaint about the ill-treatment itself is marked in bold.

    :param ctx: the dossier's context.
    :param case: the case document.
    :return: the header row and one row per remedy.
    """
    t = ctx.texts
    s = styles()
    rows: list[list[Any]] = [
        [t.label("date"), t.label("authority"), t.label("decision"), t.label("un_documents")]
    ]
    for r in sorted(case.get("remedies", []), key=by_date):
        authority = ctx.clean(case, r.get("authority"))
        if r.get("type"):
            authority += f" — {t.vocab('remedy_types', r['type'])}"
        if r.get("reference"):
            authority += f" ({t.label('reference')}: {ctx.clean(case, r['reference'])})"
        decision = ctx.clean(case, r.get("decision")) or "-"
        if r.get("final"):
            decision += f" ({t.label('final')})"
        if r.get("served"):
            decision += f"; {t.label('un_served', date=t.date(r['served']))}"
        documents = "; ".join(document_status(ctx, case, d) for d in r.get("documents", []))
        bold = r.get("type") == "complaint_ill_treatment"
        style = s.cell_bold if bold else s.cell
        rows.append(
            [
                para(t.date(r.get("date")), style),
                para(authority, style),
                para(decision, style),
                para(documents or "-", style),
            ]
        )
    return rows


def remedies_block(ctx: Context, case: dict[str, Any]) -> Flowable:
    """The domestic steps of a case as a table (:func:`remedy_rows`), or "none recorded".

    :param ctx: the dossier's context.
    :param case: the case document.
    :return: the table or a paragraph.
    """
    rows = remedy_rows(ctx, case)
    if len(rows) == 1:
        return para(ctx.texts.label("none_recorded"))
    return table(rows, [26 * mm, 52 * mm, 52 * mm, FRAME_WIDTH - 130 * mm])


def contact_rows(ctx: Context, case: dict[str, Any], person_id: str) -> list[tuple[str, str]]:
    """A person's contact particulars (organisation, address, telephone, fax, e-mail), only
    where the person may be identified in full (``Redactor.shows_details``).

    :param ctx: the dossier's context.
    :param case: the case document.
    :param person_id: the person's id.
    :return: (label, value) rows; none when details may not be shown or none are recorded.
    """
    if not ctx.redactor.shows_details(case["reference"], person_id):
        return []
    person = next((p for p in case.get("persons", []) if p.get("id") == person_id), None)
    if person is None:
        return []
    t = ctx.texts
    rows: list[tuple[str, str]] = []
    for key, label in (
        ("organisation", "un_organisation"),
        ("address", "address"),
        ("phone", "un_phone"),
        ("fax", "un_fax"),
        ("email", "un_email"),
    ):
        if person.get(key):
            rows.append((t.label(label), ctx.clean(case, str(person[key]))))
    return rows


def submitters(ctx: Context, case: dict[str, Any]) -> list[Flowable]:
    """Who submits the communication: each person of the case with the role ``submitter``
    who may appear, with their contact particulars where they may be shown; when the case
    records none, the monitor who signs and their organisation.

    :param ctx: the dossier's context.
    :param case: the case document.
    :return: label: value rows as flowables.
    """
    t = ctx.texts
    out: list[Flowable] = []
    for person in case.get("persons", []):
        if "submitter" not in person.get("roles", []):
            continue
        if not ctx.redactor.appears(case["reference"], person["id"]):
            continue
        rows = [(t.label("un_submitter"), ctx.person(case, person["id"]))]
        rows += contact_rows(ctx, case, person["id"])
        out += [fields(rows), Spacer(1, 2 * mm)]
    if not out:
        signer = ctx.signer + (f", {ctx.organisation}" if ctx.organisation else "")
        out.append(fields([(t.label("un_submitter"), signer or "-")]))
    return out


def unidentified_victims(ctx: Context) -> list[str]:
    """A warning for each case whose victims do not appear: a UN mandate can act on an
    allegation only about an identified victim (OHCHR, special procedures "Communications":
    the minimum content includes the identification of the alleged victim; Fact Sheet 26
    Annex V asks the detained person's identity first). Without consent to transmission to
    the State a victim is left out (:mod:`fieldmon.consent.policy`), and the user is told
    plainly what that does to the communication.

    :param ctx: the dossier's context.
    :return: one line per case with victims left out, in the dossier's language.
    """
    out: list[str] = []
    for case in ctx.cases:
        victims = {
            str(a["victim"])
            for e in case.get("events", [])
            for a in e.get("acts", [])
            if a.get("victim")
        }
        hidden = [v for v in sorted(victims) if not ctx.redactor.appears(case["reference"], v)]
        if hidden:
            out.append(
                ctx.texts.label("un_victims_unidentified", reference=case["reference"],
                                count=len(hidden))
            )  # fmt: skip
    return out
