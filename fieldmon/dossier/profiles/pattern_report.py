"""``pattern``: a report over many cases: acts counted by type, method, type of place and type
of perpetrator, and victims counted (those left out for consent reasons included, never named).
Nobody is named: a person appears under a pseudonym at most, and nothing is annexed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from fieldmon.dossier.layout import FRAME_WIDTH, Heading, para, table
from fieldmon.dossier.profiles.base import Context, Section

NAME = "pattern"
RECIPIENT = "pattern"
"""The recipient whose consent governs how people are named."""


def _victims(ctx: Context) -> dict[str, int]:
    """Every victim counted, those left out for consent reasons included (never named): a
    group by its recorded size (1 if none is recorded)."""
    count = left_out = 0
    for case in ctx.cases:
        for person in case.get("persons", []):
            if "victim" not in person.get("roles", []):
                continue
            size = int(person.get("group_size") or 1)
            count += size
            if not ctx.redactor.appears(case["reference"], person["id"]):
                left_out += size
    return {"count": count, "left_out": left_out}


def pattern(ctx: Context) -> list[Flowable]:
    """The whole pattern report: the cases covered (reference, title, month of the first event),
    then the acts counted by act type, method, type of place and type of perpetrator, most
    frequent first. An act counts once in each category it falls in.

    :param ctx: the dossier's context.
    :return: the report's flowables.
    """
    t = ctx.texts
    acts = [
        (case, a) for case in ctx.cases for e in case.get("events", []) for a in e.get("acts", [])
    ]
    out: list[Flowable] = [
        Heading(t.heading("cases_covered")),
        para(t.label("cases_in_report", cases=len(ctx.cases), acts=len(acts))),
        para(t.label("victims_counted", **_victims(ctx))),
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


SECTIONS: list[Section] = [pattern]
