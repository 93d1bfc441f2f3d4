"""The statements of a dossier: each interview with its particulars, and its words in the
dossier's language where a translation is held, followed by the original, each marked.

A statement is kept in the language it was given in; the Court works in English and French, so
an interview may hold translations, each with its translator and date (schema 10, issue 14).
The original is printed right after the translation, in the same section, never beside it: two
columns of text in different scripts are extracted by ``pdftotext`` line by line across both
columns, so a lawyer copying a sentence would get the two languages interleaved; one after the
other, each is copied whole, and a long statement simply flows over pages."""

from __future__ import annotations

from functools import cache
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldmon.dossier.layout import SANS_BOLD, Heading, fields, para, styles
from fieldmon.dossier.profiles.base import Context, by_date, case_heading
from fieldmon.dossier.texts import Texts

QUOTES: dict[str, tuple[str, str, str, str]] = {
    "en": ("“", "”", "‘", "’"),
    "ru": ("«", "»", "„", "“"),
    "az": ("«", "»", "„", "“"),
}
"""Quotation marks of each dossier language: outer opening, outer closing, and the inner pair a
quotation inside a quotation takes. English “…” with ‘…’ inside; Russian «…» with „…“ inside
(the rule of Russian typography); Azerbaijani uses both “…” and «…» (Azerbaijani Wikipedia,
"Dırnaq işarəsi"): «…» is used here, as in Russian, with „…“ inside."""


@cache
def _mark_style() -> ParagraphStyle:
    # The words that say what follows (a translation, the original): bold, kept with the start
    # of the text by the dossier's document template (page_flow.KeepWithNext), so a long
    # statement starts under its mark rather than a page later.
    return ParagraphStyle(
        "statement_mark",
        parent=styles().body,
        fontName=SANS_BOLD,
        fontSize=9,
        leading=12,
        spaceBefore=3,
        spaceAfter=2,
        keepWithNext=1,
    )


@cache
def _count_style() -> ParagraphStyle:
    # The count of statements left out: as visible as a sub-heading, but not one (a style kept
    # with what follows would have nothing to keep with at the end of a story).
    return ParagraphStyle("statements_withheld", parent=styles().h2, keepWithNext=0)


def quote(text: str, language: str) -> str:
    """A statement in the quotation marks of the dossier's language, the marks it already holds
    turned into the inner pair (a quotation inside a quotation).

    :param text: the statement, already cleaned of hidden names.
    :param language: the dossier's language (en, ru, az); another is quoted as in English.
    :return: the quoted text.
    """
    opening, closing, inner_opening, inner_closing = QUOTES.get(language, QUOTES["en"])
    inner = text.replace(opening, inner_opening).replace(closing, inner_closing)
    return f"{opening}{inner}{closing}"


def language_name(texts: Texts, code: str | None) -> str:
    """A language's name in the dossier's language ("Azerbaijani", "азербайджанский",
    "Azərbaycan dili").

    :param texts: the dossier's words.
    :param code: an ISO 639 code as recorded (``az``), or None.
    :return: its name; the code itself for a language without a name in the dossier texts;
        "language not recorded" for None.
    """
    if not code:
        return texts.label("language_unrecorded")
    try:
        return texts.label(f"lang_{code.lower()}")
    except KeyError:
        return code


def translation_in(interview: dict[str, Any], language: str) -> dict[str, Any] | None:
    """The interview's translation into a language, if it holds one and the statement was not
    given in that language already.

    :param interview: the interview record.
    :param language: the dossier's language.
    :return: the translation record, or None.
    """
    if interview.get("language") == language:
        return None
    for translation in interview.get("translations") or []:
        if translation.get("language") == language and translation.get("narrative"):
            return dict(translation)
    return None


def narrative(ctx: Context, case: dict[str, Any], interview: dict[str, Any]) -> list[Flowable]:
    """An interview's words: the translation into the dossier's language when one is held,
    marked "Translation from <language> by <translator>, <date>", then the original, marked
    "Original (<language>)"; without such a translation, the original alone, marked as such.
    Both are quoted in the dossier language's marks (:func:`quote`) and cleaned of hidden names.

    :param ctx: the dossier's context.
    :param case: the case document.
    :param interview: the interview record.
    :return: the flowables; none when nothing was written down.
    """
    t = ctx.texts
    out: list[Flowable] = []
    translation = translation_in(interview, t.language)
    original_language = language_name(t, interview.get("language"))
    if translation:
        translator = ctx.clean(case, translation.get("translator")) or t.label("translator_unknown")
        mark = t.label("translation_from", language=original_language, translator=translator)
        if translation.get("date"):
            mark += f", {t.date(translation['date'])}"
        text = quote(ctx.clean(case, translation["narrative"]), t.language)
        out += [para(mark, _mark_style()), para(text)]
    elif interview.get("narrative") and interview.get("language") not in (None, t.language):
        # The Court works in English and French: say that no translation is held.
        out.append(para(t.label("no_translation", language=language_name(t, t.language))))
    if interview.get("narrative"):
        mark = t.label("original_in", language=original_language)
        text = quote(ctx.clean(case, interview["narrative"]), t.language)
        out += [para(mark, _mark_style()), para(text)]
    return out


def particulars(
    ctx: Context, case: dict[str, Any], interview: dict[str, Any]
) -> list[tuple[str, str]]:
    """An interview's particulars as label: value rows: when, where, who asked, interpreter,
    who was present, the language it was given in, and any restrictions.

    :param ctx: the dossier's context.
    :param case: the case document.
    :param interview: the interview record.
    :return: (label, value) pairs, only for what is recorded (the date always).
    """
    t = ctx.texts
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
        rows.append((t.label("language"), language_name(t, interview["language"])))
    if interview.get("restrictions"):
        rows.append((t.label("restrictions"), ctx.clean(case, interview["restrictions"])))
    return rows


def statements(ctx: Context) -> list[Flowable]:
    """The statements: each interview in date order, its particulars kept with its heading, then
    its words (:func:`narrative`). The interviews of a person left out (no consent for this
    recipient, or consent withdrawn) are left out, and only their number is given, at the end.

    Source: issue 14 item 8 (the Court's official languages are English and French, Rule 34 § 1
    of the Rules of Court; an application may be in an official language of a State Party,
    Rule 34 § 2): a translation is printed with its translator and date, the original marked.

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
            heading = para(t.label("interview_of", person=who), styles().h2)
            out.append(KeepTogether([heading, fields(particulars(ctx, case, interview))]))
            out.append(Spacer(1, 1.5 * mm))
            out += narrative(ctx, case, interview)
        if withheld:  # under its own case: the count is each case's
            out.append(para(t.label("withheld_statements", count=withheld), _count_style()))
    return out
