"""``echr``: a completed transcription aid for the European Court of Human Rights' application
form, keyed to its sections and fields, with the supplementary documents and annexes.

Rule 47 § 1 of the Rules of Court requires an application on the Court's own form, completed,
signed and posted; this bundle is therefore never presented as the form. It follows the form
section by section (the *Notes for filling in the application form*, ENG - 2022/1): A the
applicant (fields 1-9), B the State, C the representative and authority, D the facts, E the
alleged violations per article and limb with their arguments, F compliance with Article 35 § 1
per complaint (remedies, final decision, time limit), G other international proceedings
(Article 35 § 2 (b)), H the list of documents, I the declaration and signature; then the count
of pages of the additional submissions (20 at most, Practice Direction *Institution of
proceedings*) and the statements, medical findings and annexes. Sources and what could not be
verified: ``docs/checklists/echr.md``.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldmon.dossier.layout import Heading, para, styles
from fieldmon.dossier.profiles.annexes import annex_list, annex_pages
from fieldmon.dossier.profiles.base import Context, Section
from fieldmon.dossier.profiles.echr_complaints import admissibility, expired_warnings, violations
from fieldmon.dossier.profiles.echr_documents import (
    PAGE_LIMIT,
    decisions_without_copy,
    declaration,
    documents,
    length_check,
    other_international,
    same_matter_bodies,
    supplementary,
)
from fieldmon.dossier.profiles.echr_parties import applicants, state_and_representatives
from fieldmon.dossier.profiles.sections import anonymity_request, facts, medical, statements
from fieldmon.dossier.texts import Texts

NAME = "echr"
RECIPIENT = "echr"
"""The recipient whose consent governs how people are named."""

FORM_VERSION = "ENG – 2022/1"
"""The version of the Notes for filling in the application form whose form this bundle follows."""

parties = applicants
"""Section A (kept under its former name for :mod:`fieldmon.dossier.profiles`)."""


def statement_of_facts(ctx: Context) -> list[Flowable]:
    """Section E: the facts (:func:`~fieldmon.dossier.profiles.sections.facts`) under the form's
    letter and fields (Rule 47 § 1 (e) of the Rules of Court; Notes for filling in the
    application form, ENG – 2022/1: "E, F and G: Subject matter of the application 58-65").

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    out = facts(ctx)
    return [Heading(ctx.texts.heading("echr_d")), *out[1:]]


SUBMISSIONS: list[Section] = [statement_of_facts, violations, admissibility]
"""The sections that make the additional submissions whose pages are counted (E, F, G)."""


def submissions_length(ctx: Context) -> list[Flowable]:
    """The page count of the additional submissions (E, F and G as laid out here) against the
    limit of 20 pages (Practice Direction *Institution of proceedings*), with a prominent
    warning when over.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    return length_check(ctx, SUBMISSIONS)[0]


def refuse(cases: list[dict[str, Any]], texts: Texts) -> str | None:
    """Why these cases cannot make a Court application, in one line: a case without an
    applicant (a person with the role ``applicant``; Rule 47 § 1 (a) of the Rules of Court) or
    without an alleged violation (Rule 47 § 1 (f)).

    :param cases: the case documents as they stand.
    :param texts: the words of the dossier's language.
    :return: the reason for the first case that fails, or None.
    """
    for case in cases:
        reference = case.get("reference", "?")
        if not any("applicant" in p.get("roles", []) for p in case.get("persons") or []):
            return texts.label("echr_refuse_no_applicant", case=reference)
        if not case.get("violations"):
            return texts.label("echr_refuse_no_violation", case=reference)
    return None


def warnings(ctx: Context) -> list[str]:
    """The warnings for the user, in the dossier's language, also printed in the dossier: each
    complaint whose time limit expired (Article 35 § 1), each case whose facts went to another
    international procedure (Article 35 § 2 (b)), additional submissions over 20 pages
    (Practice Direction *Institution of proceedings*), domestic decisions cited without a copy
    for the list of documents (field 70).

    :param ctx: the dossier's context (time limits counted to ``ctx.generated``).
    :return: one line per warning.
    """
    t = ctx.texts
    out = expired_warnings(ctx)
    for case in ctx.cases:
        bodies = same_matter_bodies(ctx, case)
        if bodies:
            out.append(t.label("echr_warn_same_matter", case=case["reference"], bodies=bodies))
    pages = length_check(ctx, SUBMISSIONS)[1]
    if pages > PAGE_LIMIT:
        out.append(t.label("echr_warn_length", pages=pages))
    missing = decisions_without_copy(ctx)
    if missing:
        out.append(t.label("echr_warn_missing", count=len(missing)))
    return out


def cover(ctx: Context) -> list[Flowable]:
    """The cover's notice: a transcription aid for the Court's official application form
    (naming the version it follows), not the form itself; Rule 47 § 1 requires the original
    form, completed, signed and posted.

    :param ctx: the dossier's context.
    :return: the notice's flowables.
    """
    t = ctx.texts
    return [
        para(t.label("echr_aid_title"), styles().urgent),
        Spacer(1, 2 * mm),
        para(t.label("echr_aid_notice", version=FORM_VERSION), styles().h2),
        Spacer(1, 2 * mm),
    ]


SECTIONS: list[Section] = [
    applicants,
    anonymity_request,
    state_and_representatives,
    *SUBMISSIONS,
    submissions_length,
    other_international,
    documents,
    declaration,
    supplementary,
    statements,
    medical,
    annex_list,
    annex_pages,
]

__all__ = [
    "FORM_VERSION",
    "NAME",
    "RECIPIENT",
    "SECTIONS",
    "admissibility",
    "cover",
    "parties",
    "refuse",
    "violations",
    "warnings",
]
