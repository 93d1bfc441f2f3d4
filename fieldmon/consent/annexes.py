"""Which evidence files a dossier may embed, by who they show or name.

An original file reveals everyone in it in full: a face in a photo, "Examinee: R. A." in a
medical report. So an annex is embedded only when one of these holds, checked in this order:

1. a redacted copy exists (boxes drawn, rasterised, nothing under them: derivation
   ``redacted``): the copy is embedded, and the manifest names both hashes;
2. a user cleared the original for this recipient (``cleared_for`` on the evidence record);
3. the monitor recorded who appears in it (``appears_recorded``) and every one of them is
   shown to this recipient in full.

Otherwise it is withheld and listed "withheld for consent reasons" with its hash. Every file
whose persons have not been recorded is withheld, which includes every file stored before
FieldMon recorded them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fieldmon.consent.policy import consent_recipient
from fieldmon.consent.redactor import Redactor

REASONS = ("redacted_copy", "cleared", "everyone_shown", "not_recorded", "below_level")


@dataclass(frozen=True)
class AnnexConsent:
    """Whether one evidence record's file may be embedded, and which copy.

    :ivar embed: the file (or its redacted copy) may be embedded.
    :ivar use_redacted: embed the redacted copy rather than the original.
    :ivar reason: one of :data:`REASONS`.
    :ivar persons: for ``below_level``, the ids of the persons shown below ``full_name``.
    """

    embed: bool
    use_redacted: bool
    reason: str
    persons: tuple[str, ...] = ()


def annex_consent(
    evidence: Mapping[str, Any],
    case_reference: str,
    redactor: Redactor,
    *,
    has_redacted_copy: bool,
) -> AnnexConsent:
    """Decide one annex (the rules in this module's docstring).

    :param evidence: the evidence record.
    :param case_reference: its case.
    :param redactor: the dossier's redactor, with the case added.
    :param has_redacted_copy: a redacted copy of the record's file is stored.
    :return: the decision.
    """
    if has_redacted_copy:
        return AnnexConsent(True, True, "redacted_copy")
    cleared = {consent_recipient(r) for r in evidence.get("cleared_for", [])}
    if consent_recipient(redactor.recipient) in cleared:
        return AnnexConsent(True, False, "cleared")
    if not evidence.get("appears_recorded"):
        return AnnexConsent(False, False, "not_recorded")
    below = tuple(
        pid
        for pid in evidence.get("appears", [])
        if (plan := redactor.people.get((case_reference, str(pid)))) is None
        or plan.hidden(public=False)
    )
    if below:
        return AnnexConsent(False, False, "below_level", below)
    return AnnexConsent(True, False, "everyone_shown")
