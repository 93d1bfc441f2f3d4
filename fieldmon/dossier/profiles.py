"""What each recipient's dossier holds, section by section, in the dossier's language.

echr     Rule 47 annex bundle: parties, facts, violations, admissibility and the four-month
         limit, other international proceedings, statements, medical findings, annexes.
rule39   urgent and short: the risk, the articles, a contact.
un-srt   allegation to the Special Rapporteur on Torture.
wgad     communication to the Working Group on Arbitrary Detention.
pattern  aggregated acts by method, type of place and type of perpetrator over many cases;
         every person pseudonymised; no annexes.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from fieldmon.dossier.layout import (
    FRAME_WIDTH,
    DefinePageNumber,
    FittedImage,
    Heading,
    PageNumberOf,
    fields,
    para,
    styles,
    table,
)
from fieldmon.dossier.redaction import Redactor
from fieldmon.dossier.texts import Texts

PROFILES = ("echr", "rule39", "un-srt", "wgad", "pattern")


@dataclass
class Annex:
    number: int
    case_reference: str
    evidence_id: str
    item: str
    title: str
    sha256: str
    size: int
    media_type: str
    collected: str
    collector: str
    file_name: str
    data: bytes = field(repr=False)
    derived_from_sha256: str | None = None
    preview_pages: list[Any] = field(default_factory=list, repr=False)


@dataclass
class Context:
    profile: str
    texts: Texts
    redactor: Redactor
    cases: list[dict[str, Any]]
    annexes: list[Annex]
    generated: datetime
    signer: str
    organisation: str | None

    def person(self, case: dict[str, Any], person_id: str | None) -> str:
        return self.redactor.label(case["reference"], person_id) if person_id else "-"

    def clean(self, case: dict[str, Any], text: str | None) -> str:
        return self.redactor.clean(text, case["reference"])


def _case_heading(ctx: Context, case: dict[str, Any], level: int = 1) -> list[Flowable]:
    if len(ctx.cases) == 1:
        return []
    return [Heading(f"{case['reference']}: {ctx.clean(case, case['title'])}", level)]


def _sort_key(record: dict[str, Any]) -> str:
    return str(record.get("start") or record.get("date") or "9999")


def _act_lines(ctx: Context, case: dict[str, Any], act: dict[str, Any]) -> list[tuple[str, str]]:
    t = ctx.texts
    rows: list[tuple[str, str]] = [
        (t.label("victim"), ctx.person(case, act.get("victim"))),
    ]
    if act.get("start"):
        when = t.date(act.get("start"), act.get("date_precision"))
        if act.get("end") and act["end"] != act["start"]:
            when += " – " + t.date(act["end"], act.get("date_precision"))
        rows.append((t.label("when"), when))
    if act.get("location_type"):
        rows.append((t.label("place_type"), t.vocab("location_types", act["location_type"])))
    if act.get("methods"):
        rows.append((t.label("methods"), t.vocab("torture_methods", act["methods"])))
    for inv in act.get("involvements", []):
        parts = [ctx.person(case, inv["perpetrator"])]
        if inv.get("perpetrator_type"):
            parts.append(t.vocab("perpetrator_types", inv["perpetrator_type"]))
        if inv.get("degree"):
            parts.append(t.vocab("involvement_degrees", inv["degree"]))
        rows.append((t.label("perpetrator"), " — ".join(parts)))
    arrest = act.get("arrest", {})
    for key, label, vocab in (
        ("detention_type", "detention_type", "detention_types"),
        ("legal_basis", "legal_basis", None),
        ("reason_given", "reason_given", None),
        ("access_to_lawyer", "lawyer", "access_levels"),
        ("access_to_family", "family", "access_levels"),
        ("access_to_doctor", "doctor", "access_levels"),
    ):
        if arrest.get(key):
            value = t.vocab(vocab, arrest[key]) if vocab else ctx.clean(case, arrest[key])
            rows.append((t.label(label), value))
    for key in ("family_notified", "whereabouts_known"):
        if key in arrest:
            rows.append((t.label(key), t.yes_no(arrest[key])))
    torture = act.get("torture", {})
    if torture.get("intent"):
        rows.append((t.label("intent"), t.vocab("torture_intents", torture["intent"])))
    if torture.get("statements_signed"):
        rows.append(
            (
                t.label("statements_signed"),
                t.vocab("statements_signed", torture["statements_signed"]),
            )
        )
    if torture.get("medical_attention"):
        rows.append(
            (
                t.label("medical_attention"),
                t.vocab("medical_attention", torture["medical_attention"]),
            )
        )
    return rows


def _act_block(
    ctx: Context, case: dict[str, Any], act: dict[str, Any], rows: list[tuple[str, str]]
) -> list[Flowable]:
    """An act: its number and type, its particulars, then its description as typed (with every
    hidden person's names replaced, like all free text)."""
    title = f"{act['id']}. {ctx.texts.vocab('act_types', act['type'])}"
    out: list[Flowable] = [KeepTogether([para(title, styles().h2), fields(rows)])]
    if act.get("description"):
        out.append(para(ctx.clean(case, act["description"])))
    return out


def facts(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("facts"))]
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        if case.get("summary"):
            out.append(para(ctx.clean(case, case["summary"])))
        for event in sorted(case.get("events", []), key=_sort_key):
            when = t.date(event.get("start"), event.get("date_precision"))
            if event.get("end"):
                when += " – " + t.date(event["end"], event.get("date_precision"))
            out.append(Heading(f"{when}: {ctx.clean(case, event['title'])}", 1))
            if event.get("place"):
                out.append(para(f"{t.label('place')}: {ctx.clean(case, event['place'])}"))
            if event.get("description"):
                out.append(para(ctx.clean(case, event["description"])))
            for act in sorted(event.get("acts", []), key=_sort_key):
                out += _act_block(ctx, case, act, _act_lines(ctx, case, act))
    return out


def parties(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("parties"))]
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        rows: list[tuple[str, str]] = []
        for person in case.get("persons", []):
            roles = person.get("roles", [])
            role = (
                "applicant"
                if "applicant" in roles
                else "representative"
                if "representative" in roles
                else None
            )
            if role is None:
                continue
            text = ctx.person(case, person["id"])
            if ctx.redactor.shows_details(case["reference"], person["id"]):
                nationality = ", ".join(t.country(c) for c in person.get("nationality", []))
                details = [
                    f"{t.label('born')}: {t.date(person['birth_date'])}"
                    if person.get("birth_date")
                    else "",
                    f"{t.label('nationality')}: {nationality}" if nationality else "",
                    f"{t.label('occupation')}: {person['occupation']}"
                    if person.get("occupation")
                    else "",
                    f"{t.label('address')}: {person['address']}" if person.get("address") else "",
                ]
                text += "\n" + "\n".join(d for d in details if d)
            rows.append((t.label(role), text))
        rows.append((t.label("respondent"), t.country(case.get("respondent_state"))))
        out.append(fields(rows))
    return out


def victims(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("victims"))]
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        for person in case.get("persons", []):
            if "victim" not in person.get("roles", []):
                continue
            rows = [(t.label("victim"), ctx.person(case, person["id"]))]
            if person.get("sex"):
                rows.append((t.label("sex"), t.vocab("sexes", person["sex"])))
            if ctx.redactor.shows_details(case["reference"], person["id"]):
                if person.get("birth_date"):
                    rows.append((t.label("born"), t.date(person["birth_date"])))
                if person.get("occupation"):
                    rows.append((t.label("occupation"), person["occupation"]))
            out.append(fields(rows))
            out.append(Spacer(1, 3 * mm))
    return out


def perpetrators(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("perpetrators"))]
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        rows = [[t.label("perpetrator"), t.label("type"), t.label("acts_behind")]]
        seen: dict[str, list[str]] = {}
        types: dict[str, set[str]] = {}
        for event in case.get("events", []):
            for act in event.get("acts", []):
                for inv in act.get("involvements", []):
                    seen.setdefault(inv["perpetrator"], []).append(
                        f"{act['id']} ({t.vocab('involvement_degrees', inv['degree'])})"
                        if inv.get("degree")
                        else act["id"]
                    )
                    if inv.get("perpetrator_type"):
                        types.setdefault(inv["perpetrator"], set()).add(
                            t.vocab("perpetrator_types", inv["perpetrator_type"])
                        )
        for person_id, acts in seen.items():
            rows.append(
                [
                    ctx.person(case, person_id),
                    ", ".join(sorted(types.get(person_id, []))),
                    ", ".join(acts),
                ]
            )
        out.append(
            table(rows, [60 * mm, 50 * mm, FRAME_WIDTH - 110 * mm])
            if len(rows) > 1
            else para(t.label("none_recorded"))
        )
    return out


def violations(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("violations"))]
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        acts = {a["id"]: a for e in case.get("events", []) for a in e.get("acts", [])}
        if not case.get("violations"):
            out.append(para(t.label("none_recorded")))
        for v in case.get("violations", []):
            out.append(
                para(f"{v['instrument']}, {t.label('article', article=v['article'])}", styles().h2)
            )
            for act_id in v.get("acts", []):
                act = acts.get(act_id)
                if act:
                    when = t.date(act.get("start"), act.get("date_precision"))
                    methods = (
                        f" ({t.vocab('torture_methods', act['methods'])})"
                        if act.get("methods")
                        else ""
                    )
                    out.append(
                        para(
                            f"• {act_id}: {t.vocab('act_types', act['type'])}{methods}"
                            f" — {ctx.person(case, act['victim'])}, {when}"
                        )
                    )
    return out


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def remedies_table(ctx: Context, case: dict[str, Any]) -> Flowable:
    t = ctx.texts
    rows = [[t.label("date"), t.label("authority"), t.label("decision")]]
    for r in sorted(case.get("remedies", []), key=_sort_key):
        decision = ctx.clean(case, r.get("decision", ""))
        if r.get("final"):
            decision += f" ({t.label('final')})"
        rows.append([t.date(r.get("date")), ctx.clean(case, r["authority"]), decision])
    if len(rows) == 1:
        return para(t.label("none_recorded"))
    return table(rows, [32 * mm, 55 * mm, FRAME_WIDTH - 87 * mm])


def admissibility(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("admissibility"))]
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        out.append(remedies_table(ctx, case))
        finals = [r for r in case.get("remedies", []) if r.get("final") and r.get("date")]
        out.append(Spacer(1, 2 * mm))
        if not finals:
            out.append(para(t.label("no_final")))
            continue
        final = max(finals, key=_sort_key)
        decided = date.fromisoformat(final["date"][:10]) if len(final["date"]) >= 10 else None
        out.append(
            para(
                f"{t.label('final_decision')}: {ctx.clean(case, final['authority'])},"
                f" {t.date(final['date'])}"
            )
        )
        if decided:
            deadline = _add_months(decided, 4)
            days = (deadline - ctx.generated.date()).days
            key = "time_limit_open" if days >= 0 else "time_limit_passed"
            out.append(
                para(
                    t.label(key, deadline=t.date(deadline.isoformat()), days=abs(days)), styles().h2
                )
            )
    return out


def other_proceedings(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("other_proceedings"))]
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        rows = [
            [
                t.label("date"),
                t.label("body"),
                t.label("type"),
                t.label("reference"),
                t.label("status"),
            ]
        ]
        for i in sorted(case.get("interventions", []), key=_sort_key):
            rows.append(
                [
                    t.date(i.get("date")),
                    t.vocab("recipients", i["body"]),
                    t.vocab("intervention_types", i["type"]) if i.get("type") else "",
                    i.get("reference") or "-",
                    t.vocab("intervention_statuses", i["status"]) if i.get("status") else "",
                ]
            )
        out.append(
            table(rows, [28 * mm, 50 * mm, 35 * mm, 30 * mm, FRAME_WIDTH - 143 * mm])
            if len(rows) > 1
            else para(t.label("none_recorded"))
        )
    return out


def statements(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("interviews"))]
    withheld = 0
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        for interview in sorted(case.get("interviews", []), key=_sort_key):
            plan = ctx.redactor.people.get((case["reference"], interview["interviewee"]))
            if plan is not None and plan.withdrawn:
                withheld += 1
                continue
            who = ctx.person(case, interview["interviewee"])
            out.append(para(t.label("interview_of", person=who), styles().h2))
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
                rows.append((t.label("language"), interview["language"]))
            if interview.get("restrictions"):
                rows.append((t.label("restrictions"), ctx.clean(case, interview["restrictions"])))
            out.append(fields(rows))
            if interview.get("narrative"):
                out.append(Spacer(1, 1.5 * mm))
                out.append(para("“" + ctx.clean(case, interview["narrative"]) + "”"))
    if withheld:
        out.append(para(t.label("withheld_statements", count=withheld), styles().h2))
    return out


def medical(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("medical"))]
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        if not case.get("medical"):
            out.append(para(t.label("none_recorded")))
        for m in case.get("medical", []):
            out.append(
                para(f"{ctx.person(case, m['person'])} — {t.date(m.get('date'))}", styles().h2)
            )
            if m.get("clinician"):
                out.append(para(f"{t.label('clinician')}: {ctx.clean(case, m['clinician'])}"))
            rows = [
                [
                    t.label("location"),
                    t.label("finding"),
                    t.label("alleged_method"),
                    t.label("consistency"),
                ]
            ]
            for f in m.get("findings", []):
                rows.append(
                    [
                        ctx.clean(case, f.get("location", "")),
                        ctx.clean(case, f["description"]),
                        t.vocab("torture_methods", f["alleged_method"])
                        if f.get("alleged_method")
                        else "",
                        t.vocab("consistency", f["consistency"]) if f.get("consistency") else "",
                    ]
                )
            if len(rows) > 1:
                out.append(table(rows, [30 * mm, 62 * mm, 38 * mm, FRAME_WIDTH - 130 * mm]))
            if m.get("overall"):
                out.append(para(f"{t.label('overall')}: {t.vocab('consistency', m['overall'])}"))
    return out


def detention(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("detention"))]
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        found = False
        for event in sorted(case.get("events", []), key=_sort_key):
            for act in event.get("acts", []):
                if act["type"] not in (
                    "arrest",
                    "detention",
                    "enforced_disappearance",
                ) and not act.get("arrest"):
                    continue
                found = True
                rows = _act_lines(ctx, case, act)
                if event.get("place"):
                    rows.insert(2, (t.label("place"), ctx.clean(case, event["place"])))
                out += _act_block(ctx, case, act, rows)
        if not found:
            out.append(para(t.label("none_recorded")))
    out.append(Heading(t.heading("remedies")))
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        out.append(remedies_table(ctx, case))
    return out


def remedies(ctx: Context) -> list[Flowable]:
    out: list[Flowable] = [Heading(ctx.texts.heading("remedies"))]
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        out.append(remedies_table(ctx, case))
    return out


def risk(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [
        para(t.label("urgent"), styles().urgent),
        Spacer(1, 4 * mm),
        Heading(t.heading("risk")),
    ]
    for case in ctx.cases:
        out += _case_heading(ctx, case)
        if case.get("summary"):
            out.append(para(ctx.clean(case, case["summary"])))
        events = sorted(case.get("events", []), key=_sort_key)[-2:]
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
            if "representative" in person.get("roles", []):
                rows.append((t.label("representative"), ctx.person(case, person["id"])))
    rows.append(
        (
            t.label("submitted_by"),
            ctx.signer + (f", {ctx.organisation}" if ctx.organisation else ""),
        )
    )
    out.append(fields(rows))
    return out


def pattern(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    acts = [
        (case, a) for case in ctx.cases for e in case.get("events", []) for a in e.get("acts", [])
    ]
    out: list[Flowable] = [
        Heading(t.heading("cases_covered")),
        para(t.label("cases_in_report", cases=len(ctx.cases), acts=len(acts))),
    ]
    rows = [[t.label("reference"), t.label("title"), t.label("when")]]
    for case in ctx.cases:
        starts = sorted(e["start"] for e in case.get("events", []) if e.get("start"))
        rows.append(
            [
                case["reference"],
                ctx.clean(case, case["title"]),
                t.date(starts[0][:7], "month") if starts else t.label("date_unknown"),
            ]
        )
    out.append(table(rows, [30 * mm, FRAME_WIDTH - 65 * mm, 35 * mm]))

    def tally(heading: str, vocab: str, values: Callable[[dict[str, Any]], list[str]]) -> None:
        counts: Counter[str] = Counter()
        for _, act in acts:
            counts.update(set(values(act)))
        out.append(Heading(t.heading(heading)))
        if not counts:
            out.append(para(t.label("none_recorded")))
            return
        body = [[t.label("category"), t.label("count")]]
        body += [[t.vocab(vocab, code), str(n)] for code, n in counts.most_common()]
        out.append(table(body, [FRAME_WIDTH - 30 * mm, 30 * mm]))

    tally("by_act_type", "act_types", lambda a: [a["type"]])
    tally("by_method", "torture_methods", lambda a: list(a.get("methods", [])))
    tally(
        "by_place",
        "location_types",
        lambda a: [a["location_type"]] if a.get("location_type") else [],
    )
    tally(
        "by_perpetrator",
        "perpetrator_types",
        lambda a: [
            i["perpetrator_type"] for i in a.get("involvements", []) if i.get("perpetrator_type")
        ],
    )
    return out


def annex_list(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("annex_list"))]
    if not ctx.annexes:
        return [*out, para(t.label("none_recorded"))]
    rows: list[list[Any]] = [
        [t.label("annex_no"), t.label("title"), t.label("date"), t.label("page")]
    ]
    for annex in ctx.annexes:
        rows.append(
            [
                str(annex.number),
                annex.title,
                t.date(annex.collected[:16]),
                PageNumberOf(f"fm_annex_{annex.number}"),
            ]
        )
    out.append(table(rows, [12 * mm, FRAME_WIDTH - 72 * mm, 45 * mm, 15 * mm]))
    return out


def annex_pages(ctx: Context) -> list[Flowable]:
    t = ctx.texts
    s = styles()
    out: list[Flowable] = []
    for annex in ctx.annexes:
        out.append(PageBreak())
        out.append(DefinePageNumber(f"fm_annex_{annex.number}"))
        out.append(Heading(t.label("annex_heading", number=annex.number, title=annex.title)))
        caption = t.label(
            "annex_caption",
            sha256=annex.sha256,
            size=annex.size,
            media_type=annex.media_type,
            collected=annex.collected,
            collector=annex.collector,
        )
        out.append(para(caption, s.mono))
        if annex.derived_from_sha256:
            out.append(para(t.label("stripped_copy", sha256=annex.derived_from_sha256), s.mono))
        if annex.media_type.startswith("image/"):
            out.append(FittedImage.from_bytes(annex.data))
        elif annex.preview_pages:
            pages = len(annex.preview_pages)
            for n, page in enumerate(annex.preview_pages, start=1):
                if n > 1:
                    out.append(PageBreak())
                    out.append(
                        para(t.label("annex_heading", number=annex.number, title=annex.title), s.h2)
                    )
                out.append(para(t.label("annex_page", page=n, pages=pages), s.small))
                out.append(page)
        else:
            out.append(
                para(t.label("annex_no_preview", media_type=annex.media_type, file=annex.file_name))
            )
    return out


SECTIONS: dict[str, list[Callable[[Context], list[Flowable]]]] = {
    "echr": [
        parties,
        facts,
        violations,
        admissibility,
        other_proceedings,
        statements,
        medical,
        annex_list,
        annex_pages,
    ],
    "rule39": [risk, annex_list, annex_pages],
    "un-srt": [
        victims,
        facts,
        perpetrators,
        medical,
        remedies,
        other_proceedings,
        statements,
        annex_list,
        annex_pages,
    ],
    "wgad": [victims, detention, other_proceedings, statements, annex_list, annex_pages],
    "pattern": [pattern],
}

# The consent asked for: the recipient a profile's dossier goes to.
RECIPIENT = {
    "echr": "echr",
    "rule39": "rule39",
    "un-srt": "un-srt",
    "wgad": "wgad",
    "pattern": "pattern",
}
