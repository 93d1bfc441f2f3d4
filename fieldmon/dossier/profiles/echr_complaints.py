"""Sections F and G of the Court's application form, one complaint per article and limb: F its
argument and the acts it concerns, G the remedies used for it, its final decision and its own
time limit (Article 35 § 1 of the Convention; :mod:`fieldmon.dossier.time_limit`)."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldmon.dossier.layout import FRAME_WIDTH, Heading, para, styles, table
from fieldmon.dossier.profiles.base import Context, by_date, case_heading
from fieldmon.dossier.texts import Texts
from fieldmon.dossier.time_limit import TimeLimit, complaint_limits


def article_name(t: Texts, violation: dict[str, Any]) -> str:
    """A complaint's article in the dossier's language, with its limb ("Article 3 of the
    Convention — Procedural limb (effective investigation)").

    :param t: the dossier's words.
    :param violation: the violation record (``instrument``, ``article``, ``limb``).
    :return: the article reference (:meth:`~fieldmon.dossier.texts.Texts.article_ref`) and its
        limb.
    """
    text = t.article_ref(str(violation["instrument"]), str(violation["article"]))
    if violation.get("limb"):
        text += " — " + t.vocab("limbs", violation["limb"])
    return text


def complaint_title(t: Texts, number: int, violation: dict[str, Any]) -> str:
    """ "Complaint 2: Article 3 of the Convention — Substantive limb".

    :param t: the dossier's words.
    :param number: the complaint's number in its case, from 1.
    :param violation: the violation record.
    :return: the title.
    """
    return t.label("echr_complaint", number=number, article=article_name(t, violation))


def violations(ctx: Context) -> list[Flowable]:
    """Section F: each complaint (article and limb) with its own argument, as typed (hidden
    persons' names replaced), and the acts it concerns (type, methods, victim, date). Rule 47
    § 1 (f) of the Rules of Court; Notes for filling in the application form, section F
    (fields 61-62).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("echr_e"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        acts = {a["id"]: a for e in case.get("events", []) for a in e.get("acts", [])}
        if not case.get("violations"):
            out.append(para(t.label("none_recorded")))
        for n, v in enumerate(case.get("violations", []), start=1):
            out.append(para(complaint_title(t, n, v), styles().h2))
            argument = ctx.clean(case, v.get("argument"))
            if argument:
                out.append(para(f"{t.label('echr_argument')}: {argument}"))
            else:
                out.append(para(t.label("echr_no_argument"), styles().small))
            lines = []
            for act_id in v.get("acts", []):
                act = acts.get(act_id)
                if act:
                    when = t.date(act.get("start"), act.get("date_precision"))
                    methods = (
                        f" ({t.vocab('torture_methods', act['methods'])})"
                        if act.get("methods")
                        else ""
                    )
                    lines.append(
                        f"• {act_id}: {t.vocab('act_types', act['type'])}{methods}"
                        f" — {ctx.person(case, act['victim'])}, {when}"
                    )
            if lines:
                out.append(para(t.label("echr_acts_concerned"), _leading(styles().small)))
                out += [para(line) for line in lines]
    return out


def _leading(style: ParagraphStyle) -> ParagraphStyle:
    """The style of a small label that introduces what follows (a table, a list): kept on
    the page of what it introduces (:mod:`fieldmon.dossier.page_flow`)."""
    return ParagraphStyle(f"{style.name}-leading", parent=style, keepWithNext=1)


def limit_text(t: Texts, limit: TimeLimit, today: date) -> tuple[str, bool]:
    """What a complaint's time limit says, and whether it expired.

    :param t: the dossier's words.
    :param limit: the complaint's limit (:func:`~fieldmon.dossier.time_limit.complaint_limits`).
    :param today: the day counted to (the dossier's date).
    :return: the sentence and True when the limit ended before ``today`` or ends within
        :data:`~fieldmon.dossier.time_limit.NEAR_DAYS` days (Article 35 § 1 of the Convention
        as amended by Protocol No. 15).
    """
    if limit.last_day is None or limit.start is None:
        keys = {"continuing": "echr_limit_continuing", "no_final": "echr_limit_no_final"}
        return t.label(keys.get(limit.basis, "echr_limit_imprecise")), False
    period = t.label("echr_period_6" if limit.months == 6 else "echr_period_4")
    basis = t.label(f"echr_basis_{limit.basis}", date=t.date(limit.start.isoformat()))
    days = limit.days_left(today) or 0
    # A limit passed or close is drawn as prominently as one that expired.
    expired = limit.expired(today) or limit.near(today)
    key = "echr_limit_expired" if expired else "echr_limit_open"
    deadline = t.date(limit.last_day.isoformat())
    return t.label(key, period=period, deadline=deadline, days=abs(days), basis=basis), expired


def _remedies_for(case: dict[str, Any], violation: dict[str, Any]) -> list[dict[str, Any]]:
    ids = violation.get("remedies") or []
    remedies = [r for r in case.get("remedies", []) if not ids or r.get("id") in ids]
    return sorted(remedies, key=by_date)


def _remedy_table(ctx: Context, case: dict[str, Any], remedies: list[dict[str, Any]]) -> Flowable:
    t = ctx.texts
    rows: list[list[Any]] = [
        [
            t.label("type"),
            t.label("authority"),
            t.label("decision"),
            t.label("date"),
            t.label("echr_served"),
            t.label("reference"),
        ]
    ]
    for r in remedies:
        decision = ctx.clean(case, r.get("decision", ""))
        if r.get("final"):
            decision += f" ({t.label('final')})"
        rows.append(
            [
                t.vocab("remedy_types", r["type"]) if r.get("type") else "",
                ctx.clean(case, r["authority"]),
                decision,
                t.date(r.get("date")),
                t.date(r["served"]) if r.get("served") else "-",
                ctx.clean(case, r.get("reference")) or "-",
            ]
        )
    widths = [30 * mm, 35 * mm, FRAME_WIDTH - 135 * mm, 24 * mm, 24 * mm, 22 * mm]
    return table(rows, widths)


def admissibility(ctx: Context) -> list[Flowable]:
    """Section G, per complaint: the remedies used for it (type, authority, decision, date,
    date of service, reference), or that no effective remedy exists; its final decision; and its
    own time limit, an expired one as a prominent warning. Rule 47 § 1 (g) of the Rules of
    Court; Article 35 § 1 of the Convention as amended by Protocol No. 15; Notes for filling in
    the application form, section G (fields 63-65).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    today = ctx.generated.date()
    out: list[Flowable] = [Heading(t.heading("echr_f"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        violations_ = case.get("violations", [])
        for n, (v, limit) in enumerate(
            zip(violations_, complaint_limits(case), strict=True), start=1
        ):
            out.append(para(complaint_title(t, n, v), styles().h2))
            if v.get("no_remedy"):
                out.append(para(t.label("echr_no_remedy")))
                if v.get("continuing"):
                    out.append(para(t.label("echr_continuing")))
            else:
                remedies = _remedies_for(case, v)
                out.append(para(t.label("echr_remedies_used"), _leading(styles().small)))
                out.append(
                    _remedy_table(ctx, case, remedies) if remedies else para(t.label("no_final"))
                )
            final = limit.remedy
            said: list[Flowable] = []
            if final is not None and limit.basis in ("final_decision", "service"):
                line = (
                    f"{t.label('final_decision')}: {ctx.clean(case, final.get('authority'))},"
                    f" {t.date(final.get('date'))}"
                )
                if final.get("served"):
                    line += ", " + t.label("echr_served_on", date=t.date(final["served"]))
                said.append(para(line))
            text, expired = limit_text(t, limit, today)
            if expired:
                banner = "echr_expired_banner" if limit.expired(today) else "echr_near_banner"
                said.append(para(t.label(banner), styles().urgent))
            said.append(para(text, styles().h2))
            # The final decision, the banner and the limit they give stay on one page.
            out.append(KeepTogether(said))
            out.append(Spacer(1, 2 * mm))
        if not violations_:
            out.append(para(t.label("none_recorded")))
    return out


def expired_warnings(ctx: Context) -> list[str]:
    """One line per complaint whose time limit ended before the dossier's date, or ends within
    :data:`~fieldmon.dossier.time_limit.NEAR_DAYS` days of it, in its language.

    :param ctx: the dossier's context.
    :return: the warnings (Article 35 § 1 of the Convention).
    """
    t = ctx.texts
    today = ctx.generated.date()
    out: list[str] = []
    for case in ctx.cases:
        for n, limit in enumerate(complaint_limits(case), start=1):
            if limit.last_day is not None and (limit.expired(today) or limit.near(today)):
                out.append(
                    t.label(
                        "echr_warn_expired" if limit.expired(today) else "echr_warn_near",
                        days=limit.days_left(today),
                        case=case["reference"],
                        number=n,
                        article=article_name(t, limit.complaint),
                        deadline=t.date(limit.last_day.isoformat()),
                    )
                )
    return out
