"""Sections A, B and C of the Court's application form: the applicant, the respondent State and
the representative, each field keyed to the form's letter and, where verified, its number.

Field numbers 1-9 of section A.1 (surname, first name(s), date of birth, place of birth,
nationality, address, telephone, e-mail, sex) are those of the *Notes for filling in the
application form* (ENG - 2022/1, "A.1. Individual", fields 1-9); sections B and C are labelled
by letter and field name only (their numbers could not be verified, ``docs/checklists/echr.md``).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldmon.dossier.layout import Heading, fields, para, styles
from fieldmon.dossier.profiles.base import Context, case_heading


def _or_missing(ctx: Context, value: str) -> str:
    return value if value else ctx.texts.label("echr_to_complete")


def applicant_rows(ctx: Context, case: dict[str, Any], person: dict[str, Any]) -> list[Flowable]:
    """One applicant's fields 1-9 of section A.1, or fields 1-2 and a note that the others are
    withheld when the consent recorded for the Court is below full name (Rule 47 § 1 (a) asks for
    them; the applicant gives them on the form directly).

    :param ctx: the dossier's context.
    :param case: the case document.
    :param person: the applicant's person record.
    :return: the fields as a table, with notes.
    """
    t = ctx.texts
    rows: list[tuple[str, str]] = [(t.label("echr_f12"), ctx.person(case, person["id"]))]
    if not ctx.redactor.shows_details(case["reference"], person["id"]):
        return [fields(rows), para(t.label("echr_particulars_withheld"), styles().small)]
    nationality = ", ".join(t.country(c) for c in person.get("nationality", []))
    birth = t.date(person["birth_date"]) if person.get("birth_date") else ""
    rows += [
        (t.label("echr_f3"), _or_missing(ctx, birth)),
        (t.label("echr_f4"), _or_missing(ctx, ctx.clean(case, person.get("birth_place")))),
        (t.label("echr_f5"), _or_missing(ctx, nationality)),
        (t.label("echr_f6"), _or_missing(ctx, ctx.clean(case, person.get("address")))),
        (t.label("echr_f7"), _or_missing(ctx, str(person.get("phone") or ""))),
        (t.label("echr_f8"), _or_missing(ctx, str(person.get("email") or ""))),
        (
            t.label("echr_f9"),
            _or_missing(ctx, t.vocab("sexes", person["sex"]) if person.get("sex") else ""),
        ),
    ]
    if person.get("occupation"):  # not a field of the form; kept for the facts
        rows.append((t.label("occupation"), ctx.clean(case, person["occupation"])))
    return [fields(rows), para(t.label("echr_name_note"), styles().small)]


def representative_rows(
    ctx: Context, case: dict[str, Any], person: dict[str, Any]
) -> list[Flowable]:
    """One representative's fields of section C: name, organisation, address, telephone, fax,
    e-mail and the authority to act (form and date; the form's authority section is signed by
    the applicant and the representative, Notes for filling in the application form, section C).
    Contact particulars only for a person shown at full name.

    :param ctx: the dossier's context.
    :param case: the case document.
    :param person: the representative's person record.
    :return: the fields as a table, with notes.
    """
    t = ctx.texts
    rows: list[tuple[str, str]] = [(t.label("echr_rep_name"), ctx.person(case, person["id"]))]
    notes: list[Flowable] = []
    if ctx.redactor.shows_details(case["reference"], person["id"]):
        for key, label in (
            ("organisation", "echr_rep_organisation"),
            ("address", "echr_rep_address"),
            ("phone", "echr_rep_phone"),
            ("fax", "echr_rep_fax"),
            ("email", "echr_rep_email"),
        ):
            if person.get(key):
                rows.append((t.label(label), ctx.clean(case, str(person[key]))))
    else:
        notes.append(para(t.label("echr_rep_withheld"), styles().small))
    if person.get("authority_form"):
        form = ctx.clean(case, person["authority_form"])
        authority = (
            t.label("echr_authority_value", form=form, date=t.date(person["authority_date"]))
            if person.get("authority_date")
            else form
        )
        rows.append((t.label("echr_rep_authority"), authority))
    else:
        rows.append((t.label("echr_rep_authority"), t.label("echr_authority_missing")))
    return [fields(rows), *notes]


def applicants(ctx: Context) -> list[Flowable]:
    """Section A of the application form: each applicant of each case, fields 1-9 (Rule 47 § 1
    (a) of the Rules of Court; Notes for filling in the application form, section A.1).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("echr_a"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        applicants = [p for p in case.get("persons", []) if "applicant" in p.get("roles", [])]
        for n, person in enumerate(applicants, start=1):
            number = str(n) if len(applicants) > 1 else ""
            out.append(para(t.label("echr_individual", number=number).strip(), styles().h2))
            out += applicant_rows(ctx, case, person)
            out.append(Spacer(1, 2 * mm))
    return out


def state_and_representatives(ctx: Context) -> list[Flowable]:
    """Sections B (the respondent State) and C (each representative with the authority to
    act) of the application form (Rule 47 § 1 (c), (d) of the Rules of Court; Notes for filling
    in the application form, sections B and C).

    :param ctx: the dossier's context.
    :return: the sections' flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("echr_b"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        out.append(fields([(t.label("echr_state"), t.country(case.get("respondent_state")))]))
    out.append(Heading(t.heading("echr_c")))
    for case in ctx.cases:
        out += case_heading(ctx, case)
        reps = [p for p in case.get("persons", []) if "representative" in p.get("roles", [])]
        if not reps:
            out.append(para(t.label("echr_no_representative")))
        for person in reps:
            out += representative_rows(ctx, case, person)
            out.append(Spacer(1, 2 * mm))
    # The form's section D is for an applicant organisation's representatives; FieldMon's
    # applicants are individuals. Said, so that no letter of the form goes missing unexplained.
    out.append(para(t.label("echr_no_organisation"), styles().small))
    return out
