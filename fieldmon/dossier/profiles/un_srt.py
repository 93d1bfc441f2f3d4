"""``un-srt``: an allegation of torture submitted to the UN Special Rapporteur on torture.

The sections give what OHCHR's model questionnaire for submissions to the Special Rapporteur
asks for: the victims, the facts of each act, the perpetrators, the medical findings, the
remedies tried and other proceedings, with the statements and annexes in support.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from fieldmon.dossier.layout import FRAME_WIDTH, Heading, para, table
from fieldmon.dossier.profiles.annexes import annex_list, annex_pages
from fieldmon.dossier.profiles.base import Context, Section, case_heading
from fieldmon.dossier.profiles.sections import (
    facts,
    medical,
    other_proceedings,
    remedies_table,
    statements,
    victims,
)

NAME = "un-srt"
RECIPIENT = "un-srt"
"""The recipient whose consent governs how people are named."""


def perpetrators(ctx: Context) -> list[Flowable]:
    """The perpetrators: for each case, everyone named in an act's involvements, with their
    types and the acts they took part in (and their degree of involvement).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("perpetrators"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
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


def remedies(ctx: Context) -> list[Flowable]:
    """The domestic remedies: each case's table of them
    (:func:`~fieldmon.dossier.profiles.sections.remedies_table`).

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    out: list[Flowable] = [Heading(ctx.texts.heading("remedies"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        out.append(remedies_table(ctx, case))
    return out


SECTIONS: list[Section] = [
    victims,
    facts,
    perpetrators,
    medical,
    remedies,
    other_proceedings,
    statements,
    annex_list,
    annex_pages,
]
