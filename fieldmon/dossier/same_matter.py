"""Article 35 § 2 (b) of the Convention: the same matter before another international body.

The Court shall not deal with an application that "has already been submitted to another
procedure of international investigation or settlement and contains no relevant new
information" (Article 35 § 2 (b) of the European Convention on Human Rights). Which bodies
count is settled by the Court's case-law, summarised in the Court's *Practical Guide on
Admissibility Criteria* (section on Article 35 § 2 (b)): UN treaty bodies deciding individual
complaints (the Human Rights Committee, the Committee against Torture) and the UN Working Group
on Arbitrary Detention count; the special rapporteurs' urgent appeals and allegation letters do
not (they neither investigate nor settle a dispute), nor do preventive visiting bodies such as
the CPT or domestic bodies. Sources and what was not verified: ``docs/checklists/echr.md``.
"""

from __future__ import annotations

from typing import Any

COUNTING_BODIES = frozenset({"wgad", "un-hrc", "un-cat"})
"""Recipient codes whose procedures are "another procedure of international investigation or
settlement" in the sense of Article 35 § 2 (b) (the special rapporteurs, ``un-srt``, are not)."""

STRASBOURG = frozenset({"echr", "rule39"})
"""Recipient codes of the European Court of Human Rights (an application, a Rule 39 request)."""

NOT_SUBMITTED = frozenset({"draft"})
"""Intervention statuses that mean nothing was submitted yet."""


def other_procedures(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The case's submissions to a body that counts under Article 35 § 2 (b).

    :param case: a case document.
    :return: its interventions whose ``body`` is in :data:`COUNTING_BODIES` and whose status
        is not ``draft``, in recorded order (an intervention without a status counts: the
        monitor recorded it as made).
    """
    return [
        i
        for i in case.get("interventions", [])
        if i.get("body") in COUNTING_BODIES and i.get("status") not in NOT_SUBMITTED
    ]


def headed_to_strasbourg(case: dict[str, Any]) -> bool:
    """Whether the case is, or is to be, before the European Court of Human Rights.

    :param case: a case document.
    :return: True if any intervention's ``body`` is ``echr`` or ``rule39`` (a draft counts:
        it is where the case is headed), or a consent for ``echr`` is recorded that was not
        withdrawn and names the person at some level (``none`` is a refusal).
    """
    if any(i.get("body") in STRASBOURG for i in case.get("interventions", [])):
        return True
    return any(
        c.get("recipient") in STRASBOURG and not c.get("withdrawn") and c.get("identity") != "none"
        for c in case.get("consents", [])
    )
