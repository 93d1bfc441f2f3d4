"""``pattern``: a report over many cases for the CPT, the Parliamentary Assembly (PACE) or the
Commissioner for Human Rights (``ctx.options.audience``, :data:`~.base.AUDIENCES`).

What it holds, and why:

- a letter of transmission addressed to the chosen recipient, signed by the monitor;
- the places of detention by name (an act's ``arrest.place``, else its event's ``place``):
  the CPT visits places (CPT, "FAQs": it visits police stations, prisons and other places of
  detention and talks freely with anyone who can provide information);
- victims counted, not acts: a group counts by its recorded ``group_size`` (12 detainees are
  12), a person once however many acts they suffered in one category;
- the period covered (earliest and latest act dates, at their recorded precision), the methods,
  the source types (evidence ``source_type``, and the interviews) and a recommendations section
  (``ctx.options.recommendations``);
- no case titles anywhere in the sections, only references and counts; every person appears
  under a pseudonym at most (:mod:`fieldmon.consent.policy`), and a named place where fewer
  than :data:`SMALL_COUNT` victims were recorded shows "fewer than 3", never the number.

The aggregation helpers (:func:`victim_counts`, :func:`places_table`, :func:`period`,
:func:`tallies`) also evidence a ``cm-rule9`` communication (:mod:`.cm_rule9`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from fieldmon.dossier.layout import FRAME_WIDTH, Heading, para, styles, table
from fieldmon.dossier.profiles.base import AUDIENCES, Context, Section

NAME = "pattern"
RECIPIENT = "pattern"
"""The recipient whose consent governs how people are named."""

SMALL_COUNT = 3
"""Below this many victims at a named place of detention, the report shows "fewer than 3"
rather than the number: a count of one or two at a named police station can point to the
persons (issue 14, item 5; the threshold is ours, not a recipient's rule). The tallies by
method, act type, type of place and perpetrator apply it too, since a category seen at one
place only would give the place's count away. The totals (cases, acts, victims) are given as
they are: a reader who subtracts every shown count from them can still bound a small one."""

Act = tuple[dict[str, Any], dict[str, Any], dict[str, Any]]
"""An act with its case and event: (case, event, act)."""


def audience(ctx: Context) -> str:
    """The report's recipient: ``ctx.options.audience``, ``cpt`` if none was chosen.

    :param ctx: the dossier's context.
    :return: one of :data:`~fieldmon.dossier.profiles.base.AUDIENCES`.
    """
    chosen = ctx.options.audience or "cpt"
    return chosen if chosen in AUDIENCES else "cpt"


def acts_of(cases: list[dict[str, Any]]) -> Iterator[Act]:
    """Every act of the cases, with its case and event, in the order recorded.

    :param cases: case documents.
    :return: (case, event, act) triples.
    """
    for case in cases:
        for event in case.get("events", []):
            for act in event.get("acts", []):
                yield case, event, act


def _size(case: dict[str, Any], person_id: str) -> int:
    for person in case.get("persons", []):
        if person["id"] == person_id:
            return max(1, int(person.get("group_size") or 1))
    return 1


def victim_counts(ctx: Context, cases: list[dict[str, Any]]) -> dict[str, int]:
    """Every victim of the cases counted, those left out for consent reasons included (never
    named): a group by its recorded ``group_size`` (1 if none is recorded).

    :param ctx: the dossier's context (its redactor says who is left out).
    :param cases: the cases counted.
    :return: ``{"count": victims, "left_out": victims not identified in any way}``.
    """
    count = left_out = 0
    for case in cases:
        for person in case.get("persons", []):
            if "victim" not in person.get("roles", []):
                continue
            size = _size(case, person["id"])
            count += size
            if not ctx.redactor.appears(case["reference"], person["id"]):
                left_out += size
    return {"count": count, "left_out": left_out}


def place_of(ctx: Context, case: dict[str, Any], event: dict[str, Any], act: dict[str, Any]) -> str:
    """The named place of an act: its arrest's ``place`` (the place of detention), else its
    event's ``place``; free text, so hidden persons' names are replaced; spaces folded.

    :return: the place, or ``""`` when none is recorded.
    """
    raw = (act.get("arrest") or {}).get("place") or event.get("place") or ""
    return " ".join(ctx.clean(case, raw).split())


def shown_count(ctx: Context, victims: int) -> str:
    """A victim count at a named place: the number, or "fewer than 3" below
    :data:`SMALL_COUNT`.

    :param ctx: the dossier's context.
    :param victims: the count.
    :return: the text shown.
    """
    if victims < SMALL_COUNT:
        return ctx.texts.label("pat_fewer_than", count=SMALL_COUNT)
    return str(victims)


def _count(seen: set[tuple[str, str]], sizes: dict[tuple[str, str], int]) -> int:
    return sum(sizes[v] for v in seen)


def _victims_by(
    cases: list[dict[str, Any]], keys: Callable[[Act], list[str]]
) -> list[tuple[str, int]]:
    """Victims per key (each victim once per key), most first, then by key."""
    seen: dict[str, set[tuple[str, str]]] = {}
    sizes: dict[tuple[str, str], int] = {}
    for item in acts_of(cases):
        case, _, act = item
        if not act.get("victim"):
            continue
        victim = (str(case["reference"]), str(act["victim"]))
        sizes[victim] = _size(case, victim[1])
        for key in set(keys(item)):
            seen.setdefault(key, set()).add(victim)
    counted = [(key, _count(v, sizes)) for key, v in seen.items()]
    return sorted(counted, key=lambda kv: (-kv[1], kv[0]))


def places_table(ctx: Context, cases: list[dict[str, Any]]) -> list[Flowable]:
    """The places of detention by name: each with its victims (":data:`SMALL_COUNT`" rule
    applied) and the methods recorded there; acts with no place recorded in a last row.

    :param ctx: the dossier's context.
    :param cases: the cases counted.
    :return: the table, or a "none recorded" line.
    """
    t = ctx.texts
    by_place = _victims_by(cases, lambda item: [place_of(ctx, *item) or ""])
    if not by_place:
        return [para(t.label("none_recorded"))]
    methods: dict[str, set[str]] = {}
    for item in acts_of(cases):
        methods.setdefault(place_of(ctx, *item), set()).update(item[2].get("methods", []))
    rows: list[list[str]] = [[t.label("pat_place"), t.label("pat_victims"), t.label("methods")]]
    unnamed: list[str] = []
    for place, victims in by_place:
        found = t.vocab("torture_methods", sorted(methods.get(place, set()))) or "-"
        row = [place, shown_count(ctx, victims), found]
        if place:
            rows.append(row)
        else:
            unnamed = [t.label("pat_place_not_recorded"), str(victims), found]
    if unnamed:
        rows.append(unnamed)
    return [
        table(rows, [FRAME_WIDTH * 0.45, 28 * mm, FRAME_WIDTH * 0.55 - 28 * mm]),
        para(t.label("pat_small_note", count=SMALL_COUNT), styles().small),
    ]


_COARSE = {"month", "unknown_day_known_month", "year", "unknown"}


def _dated(
    case: dict[str, Any], event: dict[str, Any], act: dict[str, Any]
) -> list[tuple[str, str]]:
    # Never more precise than recorded, never finer than a day: a period is not a timeline.
    recorded = act.get("date_precision") or event.get("date_precision")
    precision = recorded if recorded in _COARSE else "day"
    start = act.get("start") or event.get("start")
    end = act.get("end") or (None if act.get("start") else event.get("end"))
    return [(str(d), precision) for d in (start, end) if d]


def period(ctx: Context, cases: list[dict[str, Any]]) -> str:
    """The period the acts cover: the earliest and the latest act date (an act's own date,
    else its event's), each at its recorded precision but no finer than the day (no time of
    day); one date when both read the same.

    :param ctx: the dossier's context.
    :param cases: the cases counted.
    :return: "9 January 2026 – May 2026", or "date unknown" when no act is dated.
    """
    dates = [d for item in acts_of(cases) for d in _dated(*item)]
    if not dates:
        return ctx.texts.label("date_unknown")
    first = min(dates, key=lambda d: d[0])
    last = max(dates, key=lambda d: d[0])
    if first[1] == last[1]:  # one precision: shared parts written once ("January–March 2026")
        return ctx.texts.date_range(first[0], last[0], first[1])
    shown = [ctx.texts.date(first[0], first[1]), ctx.texts.date(last[0], last[1])]
    return shown[0] if shown[0] == shown[1] else f"{shown[0]} – {shown[1]}"


def tallies(ctx: Context, cases: list[dict[str, Any]]) -> list[Flowable]:
    """Victims by method, by act type, by type of place and by type of perpetrator, most
    first; a victim counts once in each category they fall in. A count below
    :data:`SMALL_COUNT` shows "fewer than 3" here too: crossed with the places table, a method
    seen at one place only would otherwise give that place's small count away.

    :param ctx: the dossier's context.
    :param cases: the cases counted.
    :return: a heading and a table (or "none recorded") for each.
    """
    t = ctx.texts
    out: list[Flowable] = []
    for heading, vocab, keys in (
        ("pat_by_method", "torture_methods", lambda a: list(a.get("methods", []))),
        ("pat_by_act_type", "act_types", lambda a: [a["type"]]),
        (
            "pat_by_place_type",
            "location_types",
            lambda a: [a["location_type"]] if a.get("location_type") else [],
        ),
        (
            "pat_by_perpetrator",
            "perpetrator_types",
            lambda a: [
                i["perpetrator_type"]
                for i in a.get("involvements", [])
                if i.get("perpetrator_type")
            ],
        ),
    ):
        counts = _victims_by(cases, lambda item, keys=keys: keys(item[2]))  # type: ignore[misc]
        out.append(Heading(t.heading(heading), 1))
        if not counts:
            out.append(para(t.label("none_recorded")))
            continue
        body = [[t.label("category"), t.label("pat_victims")]]
        body += [[t.vocab(vocab, code), shown_count(ctx, n)] for code, n in counts]
        out.append(table(body, [FRAME_WIDTH - 30 * mm, 30 * mm]))
    return out


def sources(ctx: Context, cases: list[dict[str, Any]]) -> list[Flowable]:
    """The sources the figures rest on: evidence items by ``source_type``, and the interviews
    the monitors held.

    :param ctx: the dossier's context.
    :param cases: the cases counted.
    :return: a table of source types and counts.
    """
    t = ctx.texts
    counts: dict[str, int] = {}
    for case in cases:
        for item in case.get("evidence", []):
            code = item.get("source_type") or "other"
            counts[code] = counts.get(code, 0) + 1
    interviews = sum(len(case.get("interviews", [])) for case in cases)
    rows = [[t.label("pat_source_type"), t.label("pat_items")]]
    rows += [
        [t.vocab("source_types", code), str(n)]
        for code, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    rows.append([t.label("pat_interviews"), str(interviews)])
    return [table(rows, [FRAME_WIDTH - 30 * mm, 30 * mm])]


def clean_all(ctx: Context, text: str | None) -> str:
    """Free text that belongs to no one case (the user's recommendations), cleaned against
    every case of the dossier in turn, so a hidden person of any case is replaced.

    :param ctx: the dossier's context.
    :param text: the text, or None.
    :return: the text as it may appear; ``""`` for none.
    """
    out = text or ""
    for case in ctx.cases:
        out = ctx.clean(case, out)
    return out


def overview(ctx: Context, cases: list[dict[str, Any]]) -> list[Flowable]:
    """The scope of the figures: cases (by reference only), acts, victims, period.

    :param ctx: the dossier's context.
    :param cases: the cases counted.
    :return: paragraphs.
    """
    t = ctx.texts
    acts = sum(1 for _ in acts_of(cases))
    return [
        para(t.label("cases_in_report", cases=len(cases), acts=acts)),
        para(t.label("victims_counted", **victim_counts(ctx, cases))),
        para(t.label("pat_period", period=period(ctx, cases))),
        para(t.label("pat_references", references=", ".join(c["reference"] for c in cases))),
    ]


def _states(ctx: Context) -> str:
    codes = sorted({str(c["respondent_state"]) for c in ctx.cases if c.get("respondent_state")})
    return ", ".join(ctx.texts.country(c) for c in codes) or "-"


def cover(ctx: Context) -> list[Flowable]:
    """Under the cover title: to whom the report is addressed (the CPT, PACE or the
    Commissioner).

    :param ctx: the dossier's context.
    :return: one line.
    """
    return [para(ctx.texts.label(f"pat_to_{audience(ctx)}"), styles().h2)]


def letter(ctx: Context) -> list[Flowable]:
    """The letter of transmission: addressed to the chosen recipient (the President of the
    CPT, the PACE Committee on Legal Affairs and Human Rights and its rapporteurs, or the
    Commissioner), what is enclosed and over which period, and the monitor's signature.

    :param ctx: the dossier's context.
    :return: the letter.
    """
    t = ctx.texts
    who = audience(ctx)
    signer = ctx.signer + (f", {ctx.organisation}" if ctx.organisation else "")
    victims = victim_counts(ctx, ctx.cases)["count"]
    return [
        Heading(t.heading(f"pat_letter_{who}")),
        para(t.label(f"pat_letter_address_{who}")),
        para(t.label(f"pat_letter_salutation_{who}")),
        para(
            t.label(
                f"pat_letter_body_{who}",
                states=_states(ctx),
                period=period(ctx, ctx.cases),
                victims=victims,
                cases=len(ctx.cases),
            )
        ),
        para(t.label("pat_letter_privacy", count=SMALL_COUNT)),
        Spacer(1, 3 * mm),
        para(t.label("pat_letter_closing")),
        para(signer or "-"),
        para(t.date(ctx.generated.date().isoformat(), "day")),
    ]


def pattern(ctx: Context) -> list[Flowable]:
    """The whole pattern report after the letter: the scope (references and counts, never case
    titles), the places of detention, victims by method, act type, type of place and type of
    perpetrator, the source types and the recommendations.

    :param ctx: the dossier's context.
    :return: the report's flowables.
    """
    t = ctx.texts
    who = audience(ctx)
    out: list[Flowable] = [Heading(t.heading("cases_covered")), *overview(ctx, ctx.cases)]
    out += [Heading(t.heading(f"pat_places_{who}")), *places_table(ctx, ctx.cases)]
    out += [Heading(t.heading("pat_methods")), *tallies(ctx, ctx.cases)]
    out += [Heading(t.heading("pat_sources")), *sources(ctx, ctx.cases)]
    out.append(Heading(t.heading(f"pat_recommendations_{who}")))
    text = clean_all(ctx, ctx.options.recommendations).strip()
    out += paragraphs(text) or [para(t.label("pat_no_recommendations"))]
    return out


def paragraphs(text: str) -> list[Flowable]:
    """Text as the user wrote it, one paragraph per blank-line-separated block, each line kept
    on its own line (numbered recommendations ran together into one).

    :param text: plain text (already cleaned).
    :return: the paragraphs; none for blank text.
    """
    blocks = [
        "\n".join(" ".join(line.split()) for line in b.split("\n") if line.strip())
        for b in text.replace("\r\n", "\n").split("\n\n")
    ]
    return [para(b) for b in blocks if b]


SECTIONS: list[Section] = [letter, pattern]
