"""The medical evidence of a dossier, laid out as the Istanbul Protocol's medico-legal report:
the conditions and restrictions of each examination, its physical and psychological findings
with the consistency of each, the examiner's overall opinion on the likelihood of torture, and
the examiner's statement of truthfulness (OHCHR, Istanbul Protocol, Professional Training
Series No. 8/Rev.2, 2022, paras. 383-385 and annex IV)."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldmon.dossier.layout import FRAME_WIDTH, SANS_BOLD, Heading, fields, para, styles, table
from fieldmon.dossier.profiles.base import Context, case_heading

KINDS: tuple[str | None, ...] = ("physical", "psychological", None)
"""The groups findings are shown in, in order: physical, psychological, then those recorded
without a kind (``None``), which are shown as not classified rather than guessed."""

_GROUP_HEADING = {
    "physical": "findings_physical",
    "psychological": "findings_psychological",
    None: "findings_unclassified",
}


@cache
def _missing_style() -> ParagraphStyle:
    # What a lawyer must notice is missing from a report: bold, dark red.
    return ParagraphStyle(
        "medical_missing",
        parent=styles().body,
        fontName=SANS_BOLD,
        textColor=colors.HexColor("#8B0000"),
    )


def _kind(finding: dict[str, Any]) -> str | None:
    kind = finding.get("kind")
    return kind if kind in ("physical", "psychological") else None


def _findings(ctx: Context, case: dict[str, Any], m: dict[str, Any]) -> list[Flowable]:
    """The findings of one evaluation in groups (physical, psychological, not classified), each
    group's heading kept on the page with the start of its table."""
    t = ctx.texts
    out: list[Flowable] = []
    for kind in KINDS:
        group = [f for f in m.get("findings", []) if _kind(f) == kind]
        if not group:
            if kind is not None and m.get("findings"):
                # The Protocol asks both: an absent group is said, not silently skipped.
                out.append(para(t.label(f"no_{_GROUP_HEADING[kind]}"), styles().small))
            continue
        header = ("location", "finding", "alleged_method", "consistency")
        rows = [[t.label(key) for key in header]]
        for f in group:
            rows.append(
                [
                    ctx.clean(case, f.get("location", "")),
                    ctx.clean(case, f.get("description", "")),
                    t.vocab("torture_methods", f["alleged_method"])
                    if f.get("alleged_method")
                    else "",
                    t.vocab("consistency", f["consistency"])
                    if f.get("consistency")
                    else t.label("not_recorded"),
                ]
            )
        # The heading's style keeps it with the start of the table (the dossier's document
        # template, page_flow.KeepWithNext): a long table starts under it, never a page later.
        out.append(para(t.heading(_GROUP_HEADING[kind]), styles().h2))
        out.append(table(rows, [30 * mm, 62 * mm, 38 * mm, FRAME_WIDTH - 130 * mm]))
    return out


def _conclusion(ctx: Context, case: dict[str, Any], m: dict[str, Any]) -> Flowable:
    """The overall opinion on the likelihood of torture (level and reasons) and the statement of
    truthfulness, kept together with their heading so that no label is left alone at the foot of
    a page; what is missing is said in words."""
    t = ctx.texts
    rows: list[tuple[str, str]] = []
    missing: list[Flowable] = []
    if m.get("overall"):
        rows.append((t.label("likelihood_of_torture"), t.vocab("consistency", m["overall"])))
    else:
        missing.append(para(t.label("no_overall_opinion"), _missing_style()))
    if m.get("opinion"):
        rows.append((t.label("opinion_reasons"), ctx.clean(case, m["opinion"])))
    if m.get("truthfulness"):
        rows.append((t.label("truthfulness"), ctx.clean(case, m["truthfulness"])))
    else:
        missing.append(para(t.label("no_truthfulness"), _missing_style()))
    parts: list[Flowable] = [para(t.heading("medical_conclusion"), styles().h2)]
    if rows:
        parts.append(fields(rows))
    return KeepTogether(parts + missing)


def evaluation(ctx: Context, case: dict[str, Any], m: dict[str, Any]) -> list[Flowable]:
    """One medical evaluation as a medico-legal report shows it (Istanbul Protocol 2022,
    annex IV): who was examined and when, by whom, under what conditions and restrictions; the
    physical, psychological and unclassified findings with the consistency of each (para. 383);
    the overall opinion on the likelihood of torture (para. 384); and the statement of
    truthfulness (para. 385), or a plain note that there is none.

    The caller decides whether the person examined may appear (:func:`medical`); free text goes
    through ``ctx.clean``.

    :param ctx: the dossier's context.
    :param case: the case document.
    :param m: the evaluation record (``case["medical"][i]``).
    :return: the evaluation's flowables.
    """
    t = ctx.texts
    title = para(f"{ctx.person(case, m['person'])} — {t.date(m.get('date'))}", styles().h2)
    rows: list[tuple[str, str]] = []
    if m.get("clinician"):
        rows.append((t.label("clinician"), ctx.clean(case, m["clinician"])))
    rows.append((t.label("examination_date"), t.date(m.get("date"))))
    for key, label in (
        ("conditions", "examination_conditions"),
        ("restrictions", "examination_restrictions"),
    ):
        rows.append((t.label(label), ctx.clean(case, m.get(key)) or t.label("not_recorded")))
    if m.get("notes"):
        rows.append((t.label("medical_notes"), ctx.clean(case, m["notes"])))
    out: list[Flowable] = [KeepTogether([title, fields(rows)])]
    out += _findings(ctx, case, m)
    out.append(_conclusion(ctx, case, m))
    out.append(Spacer(1, 3 * mm))
    return out


def medical(ctx: Context) -> list[Flowable]:
    """The medical evidence: for each case, each evaluation (:func:`evaluation`) in date order.
    The evaluation of a person left out by consent (no consent for this recipient, or consent
    withdrawn) is left out, and only their number is given, at the end of the case's part.

    Source: Istanbul Protocol (OHCHR Professional Training Series No. 8/Rev.2, 2022), paras.
    383-385 (overall evaluation of all findings, opinion on the possibility of torture using the
    levels of consistency, statement of truthfulness and of restrictions) and annex IV
    (contents of a medico-legal report).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [
        Heading(t.heading("medical")),
        para(t.label("consistency_scale"), styles().small),
    ]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        evaluations = sorted(case.get("medical") or [], key=lambda m: str(m.get("date") or "9999"))
        left_out = 0
        for m in evaluations:
            if not ctx.redactor.appears(case["reference"], m["person"]):
                left_out += 1  # counted, with nothing that identifies them
                continue
            out += evaluation(ctx, case, m)
        if not evaluations:
            out.append(para(t.label("none_recorded")))
        if left_out:
            out.append(para(t.label("evaluations_left_out", count=left_out)))
    return out
