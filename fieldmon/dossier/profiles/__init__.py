"""What each recipient's dossier holds, section by section, in the dossier's language.

One module per profile, each with its ``NAME``, the ``RECIPIENT`` whose consent governs how
people are named, and its ``SECTIONS`` in order:

=============================  ===========================================================
``echr`` (:mod:`.echr`)        a transcription aid for the Court's application form
                               (Rule 47 § 1), section by section A-I with the form's field
                               numbers: complaints per article and limb, each with its own
                               remedies and time limit; then statements, medical findings,
                               annexes.
``rule39`` (:mod:`.rule39`)    urgent and short: the risk, the articles, a contact.
``un-srt`` (:mod:`.un_srt`)    allegation to the UN Special Rapporteur on torture.
``wgad`` (:mod:`.wgad`)        communication to the UN Working Group on Arbitrary Detention.
``cm-rule9``                   communication under Rule 9 § 2 to the Committee of
(:mod:`.cm_rule9`)             Ministers: the judgment(s) under execution, individual and
                               general measures, recommendations, evidenced by the new cases
                               aggregated like ``pattern``; published, so pseudonymised.
``pattern``                    for the CPT, PACE or the Commissioner: a letter of
(:mod:`.pattern_report`)       transmission, victims counted by named place of detention,
                               method, type of place and perpetrator; period, sources,
                               recommendations; no case titles, every person pseudonymised;
                               no annexes.
=============================  ===========================================================

Shared parts: :mod:`.base` (``Annex``, ``Context``, an act's particulars), :mod:`.sections`
(sections several profiles use) and :mod:`.annexes` (the list of annexes and the annexes).
This package re-exports every name of the former ``profiles`` module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.platypus import Flowable

from fieldmon.dossier.profiles import cm_rule9, echr, pattern_report, rule39, un_srt, wgad
from fieldmon.dossier.profiles.annexes import annex_list, annex_pages
from fieldmon.dossier.profiles.base import (
    AUDIENCES,
    Annex,
    Context,
    DossierOptions,
    Section,
    WithheldAnnex,
)
from fieldmon.dossier.profiles.echr import admissibility, parties, violations
from fieldmon.dossier.profiles.pattern_report import pattern
from fieldmon.dossier.profiles.rule39 import risk
from fieldmon.dossier.profiles.sections import (
    facts,
    medical,
    other_proceedings,
    remedies_table,
    statements,
    victims,
)
from fieldmon.dossier.profiles.un_srt import perpetrators, remedies
from fieldmon.dossier.profiles.wgad import detention
from fieldmon.dossier.texts import Texts

_MODULES = (echr, rule39, un_srt, wgad, cm_rule9, pattern_report)

PROFILES: tuple[str, ...] = tuple(m.NAME for m in _MODULES)
"""Every profile name, in the order they are offered: echr, rule39, un-srt, wgad, cm-rule9,
pattern."""

SECTIONS: dict[str, list[Section]] = {m.NAME: m.SECTIONS for m in _MODULES}
"""Each profile's sections, in the order they appear after the cover."""

RECIPIENT: dict[str, str] = {m.NAME: m.RECIPIENT for m in _MODULES}
"""The consent asked for: the recipient a profile's dossier goes to."""

Refusal = Callable[[list[dict[str, Any]], Texts], str | None]
Warnings = Callable[[Context], list[str]]
Cover = Callable[[Context], list[Flowable]]


def _no_refusal(cases: list[dict[str, Any]], texts: Texts) -> str | None:
    return None


def _no_warnings(ctx: Context) -> list[str]:
    return []


def _no_cover(ctx: Context) -> list[Flowable]:
    return []


REFUSE: dict[str, Refusal] = {m.NAME: getattr(m, "refuse", _no_refusal) for m in _MODULES}
"""Each profile's check of the cases before anything is sealed: a module's ``refuse(cases,
texts)`` returns the one-line reason a dossier cannot be made (a Court application without an
applicant), or None."""

WARNINGS: dict[str, Warnings] = {m.NAME: getattr(m, "warnings", _no_warnings) for m in _MODULES}
"""Each profile's warnings for the user, in the dossier's language (an expired time limit, the
same facts before another international body): a module's ``warnings(ctx)``. The CLI prints
them and the export dialog shows them before writing; the profile also prints them in the
dossier where they matter."""

COVER: dict[str, Cover] = {m.NAME: getattr(m, "cover", _no_cover) for m in _MODULES}
"""What a profile adds to the cover below its title (the Court's face notice, the Rule 39
face block): a module's ``cover(ctx)``."""

__all__ = [
    "AUDIENCES",
    "COVER",
    "PROFILES",
    "RECIPIENT",
    "REFUSE",
    "SECTIONS",
    "WARNINGS",
    "Annex",
    "Context",
    "DossierOptions",
    "Section",
    "WithheldAnnex",
    "admissibility",
    "annex_list",
    "annex_pages",
    "detention",
    "facts",
    "medical",
    "other_proceedings",
    "parties",
    "pattern",
    "perpetrators",
    "remedies",
    "remedies_table",
    "risk",
    "statements",
    "victims",
    "violations",
]
