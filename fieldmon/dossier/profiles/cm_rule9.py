"""``cm-rule9``: a communication to the Committee of Ministers under Rule 9 § 2 of its Rules for
the supervision of the execution of judgments and of the terms of friendly settlements.

Rule 9 § 2 entitles the Committee to consider communications from non-governmental
organisations and national human rights institutions on the execution of judgments (Article 46
§ 2 of the Convention). The Department for the Execution of Judgments' guidance to NHRIs and
CSOs ("Communications by NHRIs/CSOs", Rule 9 submission guidelines) asks a communication to
describe the case or group of cases, say whether it concerns individual measures, general
measures or procedure (the standard or enhanced supervision track), and say what remains to be
done. So the communication holds, for each judgment recorded on the cases (``judgments``):
title, application number, judgment and final dates, group, supervision track; the individual
measures still missing for the applicants; the general measures; recommendations. It is
evidenced by the pattern of new cases given with it (the cases without a judgment record),
aggregated and pseudonymised like the ``pattern`` report (:mod:`.pattern_report`).

Communications are published (Rule 9 as amended on 18 January 2017), so consent is read as for
the public and nobody is named beyond a pseudonym (``fieldmon.consent.policy``: recipient
``cm``). The judgment's title is free text like any other: the name of an applicant in it is
replaced by the applicant's pseudonym; the application number identifies the case.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from fieldmon.dossier.layout import Heading, fields, para, styles
from fieldmon.dossier.profiles import pattern_report as agg
from fieldmon.dossier.profiles.base import Context, Section
from fieldmon.dossier.texts import Texts

NAME = "cm-rule9"
RECIPIENT = "cm"
"""The recipient whose consent governs how people are named: ``cm`` reads the ``public``
consent (:data:`fieldmon.consent.policy.CONSENT_RECIPIENT`)."""


def refuse(cases: list[dict[str, Any]], texts: Texts) -> str | None:
    """A Rule 9 communication concerns a judgment under execution: refuse cases none of which
    records one.

    :param cases: the case documents.
    :param texts: the dossier's words (the reason is given in English, like other refusals).
    :return: the one-line reason, or None when a case records a judgment.
    """
    if any(case.get("judgments") for case in cases):
        return None
    return (
        "A communication under Rule 9 § 2 to the Committee of Ministers concerns a judgment"
        " under execution: record the judgment (title, application number, supervision track)"
        " on at least one of the cases."
    )


def judgments(ctx: Context) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Every judgment under execution recorded on the cases, with its case.

    :param ctx: the dossier's context.
    :return: (case, judgment record) pairs, in the order recorded.
    """
    return [(case, j) for case in ctx.cases for j in case.get("judgments", [])]


def new_cases(ctx: Context) -> list[dict[str, Any]]:
    """The new cases that evidence the communication: those without a judgment record.

    :param ctx: the dossier's context.
    :return: the case documents.
    """
    return [case for case in ctx.cases if not case.get("judgments")]


def cover(ctx: Context) -> list[Flowable]:
    """Under the cover title: the addressee, and what the communication concerns.

    :param ctx: the dossier's context.
    :return: two lines.
    """
    return [
        para(ctx.texts.label("cm_addressee"), styles().h2),
        para(ctx.texts.label("cm_submission_type")),
    ]


def _judgment_rows(ctx: Context, case: dict[str, Any], j: dict[str, Any]) -> list[tuple[str, str]]:
    t = ctx.texts
    rows = [
        (t.label("cm_case_title"), ctx.clean(case, j.get("title"))),
        (t.label("cm_application"), j.get("application") or "-"),
        (t.label("cm_judgment_date"), t.date(j.get("date"), "day")),
        (t.label("cm_final_date"), t.date(j.get("final"), "day")),
        (t.label("cm_group"), ctx.clean(case, j.get("group")) or "-"),
    ]
    track = j.get("supervision")
    rows.append((t.label("cm_supervision"), t.vocab("supervision_tracks", track) if track else "-"))
    return rows


def case_section(ctx: Context) -> list[Flowable]:
    """The introduction and the judgment(s): who submits, then for each judgment its title,
    application number, dates, group and supervision track (DEJ guidance: a brief description
    of the case as in HUDOC-EXEC; the submission type).

    :param ctx: the dossier's context.
    :return: the section.
    """
    t = ctx.texts
    who = ctx.signer + (f", {ctx.organisation}" if ctx.organisation else "")
    out: list[Flowable] = [
        Heading(t.heading("cm_introduction")),
        para(t.label("cm_intro", submitter=who or "-")),
        Heading(t.heading("cm_judgments")),
    ]
    for case, j in judgments(ctx):
        out.append(fields(_judgment_rows(ctx, case, j)))
    return out


def _measures(ctx: Context, heading: str, key: str, empty: str) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading(heading))]
    several = len(judgments(ctx)) > 1
    for case, j in judgments(ctx):
        if several:
            out.append(para(f"{j.get('application') or '-'}", styles().h2))
        text = ctx.clean(case, j.get(key)).strip()
        out.append(para(text) if text else para(t.label(empty)))
    return out


def individual_measures(ctx: Context) -> list[Flowable]:
    """The individual measures still missing for the applicants, as the lawyer wrote them
    (DEJ guidance: individual measures end the violation and erase its consequences for the
    injured party).

    :param ctx: the dossier's context.
    :return: the section.
    """
    return _measures(ctx, "cm_individual_measures", "individual_measures", "cm_none_stated")


def general_measures(ctx: Context) -> list[Flowable]:
    """The general measures, as the lawyer wrote them (DEJ guidance: general measures prevent
    similar violations).

    :param ctx: the dossier's context.
    :return: the section.
    """
    return _measures(ctx, "cm_general_measures", "general_measures", "cm_none_stated")


def evidence(ctx: Context) -> list[Flowable]:
    """The pattern of new cases: the cases without a judgment, aggregated and pseudonymised
    like the pattern report: references and counts only, places of detention by name with the
    small-count rule, period, victims by method and the rest, and the sources.

    :param ctx: the dossier's context.
    :return: the section.
    """
    t = ctx.texts
    cases = new_cases(ctx)
    out: list[Flowable] = [Heading(t.heading("cm_new_cases"))]
    if not cases:
        return [*out, para(t.label("cm_no_new_cases"))]
    out.append(para(t.label("cm_new_cases_intro")))
    out += agg.overview(ctx, cases)
    out += [Heading(t.heading("cm_places"), 1), *agg.places_table(ctx, cases)]
    out += agg.tallies(ctx, cases)
    out += [Heading(t.heading("cm_sources"), 1), *agg.sources(ctx, cases)]
    return out


def recommendations(ctx: Context) -> list[Flowable]:
    """Recommendations to the Committee: each judgment's, then the user's own
    (``ctx.options.recommendations``, cleaned against every case).

    :param ctx: the dossier's context.
    :return: the section.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("cm_recommendations"))]
    texts = [ctx.clean(case, j.get("recommendations")).strip() for case, j in judgments(ctx)]
    texts.append(agg.clean_all(ctx, ctx.options.recommendations).strip())
    shown = [p for x in texts for p in agg.paragraphs(x)]
    return [*out, *(shown or [para(t.label("cm_none_stated"))])]


SECTIONS: list[Section] = [
    case_section,
    individual_measures,
    general_measures,
    evidence,
    recommendations,
]
