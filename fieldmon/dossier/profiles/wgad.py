"""``wgad``: a communication to the UN Working Group on Arbitrary Detention.

The sections give what the Working Group's model questionnaire asks for: who is detained, the
arrest and detention (authority, legal basis, reasons given, access to a lawyer, family and
doctor), the remedies tried and other proceedings, with the statements and annexes in support.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from fieldmon.dossier.layout import Heading, para
from fieldmon.dossier.profiles.annexes import annex_list, annex_pages
from fieldmon.dossier.profiles.base import (
    Context,
    Section,
    act_block,
    act_rows,
    by_date,
    case_heading,
)
from fieldmon.dossier.profiles.sections import (
    other_proceedings,
    remedies_table,
    statements,
    victims,
)

NAME = "wgad"
RECIPIENT = "wgad"
"""The recipient whose consent governs how people are named."""


def detention(ctx: Context) -> list[Flowable]:
    """The detention: every arrest, detention or enforced disappearance (and every other act with
    arrest particulars) with its particulars and the event's place; then the domestic remedies
    of each case.

    :param ctx: the dossier's context.
    :return: the section's flowables.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("detention"))]
    for case in ctx.cases:
        out += case_heading(ctx, case)
        found = False
        for event in sorted(case.get("events", []), key=by_date):
            for act in event.get("acts", []):
                if act["type"] not in (
                    "arrest",
                    "detention",
                    "enforced_disappearance",
                ) and not act.get("arrest"):
                    continue
                found = True
                rows = act_rows(ctx, case, act)
                if event.get("place"):
                    rows.insert(2, (t.label("place"), ctx.clean(case, event["place"])))
                out += act_block(ctx, case, act, rows)
        if not found:
            out.append(para(t.label("none_recorded")))
    out.append(Heading(t.heading("remedies")))
    for case in ctx.cases:
        out += case_heading(ctx, case)
        out.append(remedies_table(ctx, case))
    return out


SECTIONS: list[Section] = [
    victims,
    detention,
    other_proceedings,
    statements,
    annex_list,
    annex_pages,
]
