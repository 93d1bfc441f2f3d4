"""The new case a testimony may start, and the reference it gets.

References have the form ``AZ-2026-001`` (State, year, number; the rule is
fieldmon.vault.ids.new_reference) and never repeat one taken by a stored case, by a case purged
from this laptop (its stub, the custody log and headquarters' copy still name it) or by a case
begun and kept only as a draft.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from fieldmon.vault import purged
from fieldmon.vault.ids import new_case_id
from fieldmon.vault.ids import new_reference as new_reference
from fieldmon.vault.model import COUNTRY
from fieldmon.vault.store import Vault
from fieldmon.vault.testimony.errors import TestimonyIncomplete
from fieldmon.vault.testimony.steps import CaseStep

__all__ = ["new_case", "new_reference", "taken_references"]


def new_case(
    step: CaseStep, taken: Iterable[str], year: int | None = None, case_id: str | None = None
) -> dict[str, Any]:
    """A new, empty case document for a testimony.

    :param step: title, respondent State (ISO 3166-1 alpha-2) and language (ISO 639) of the
        case; the language is copied as given, not checked.
    :param taken: references already in the vault (the new one differs from all of them).
    :param year: for the reference; the current year (UTC) when None.
    :param case_id: the UUID to give the case (the one its drafts were kept under); a fresh
        one when None.
    :return: a case document with that UUID, a generated reference and status ``draft``.
    :raises TestimonyIncomplete: when the title is empty, or the State is not two capital
        letters (:data:`fieldmon.vault.model.COUNTRY`).
    """
    title = step.title.strip()
    if not title:
        raise TestimonyIncomplete("case", "title", "Give the case a short title.")
    state = (step.respondent_state or "").strip() or None
    if state is not None and not re.match(COUNTRY, state):
        raise TestimonyIncomplete("case", "respondent_state", "Choose the State from the list.")
    case: dict[str, Any] = {
        "id": case_id or new_case_id(),
        "reference": new_reference(taken, state, year or datetime.now(UTC).year),
        "title": title,
        "status": "draft",
    }
    if state:
        case["respondent_state"] = state
    if step.language:
        case["language"] = step.language
    return case


def taken_references(vault: Vault, case_id: str | None = None) -> list[str]:
    """References a new case must not take: those of stored cases, of purged cases (their stubs in
    ``purged_cases``: the custody log, the receipts and headquarters still file a case under it),
    and of cases begun and never stored whose drafts are kept (except the draft of case_id, the
    case itself).

    :param vault: an open vault (:class:`~fieldmon.vault.store.Vault`).
    :param case_id: the UUID of the new case, whose own draft does not count; None when there
        is no such draft.
    :return: the references, stored ones first, then purged ones.
    """
    # The references alone: list_cases counts each case's persons and events too, 2.5 s at
    # 100,000 cases (issue 16), and "New case" waited for it.
    taken = [
        str(r[0]) for r in vault.conn.execute("SELECT reference FROM cases ORDER BY reference")
    ]
    # A purged case's reference given to a new case would make "AZ-2026-003" name two cases in
    # the log and at headquarters, and `fieldmon show` would open the wrong one.
    taken += purged.purged_references(vault.conn)
    taken += [
        str(draft["reference"])
        for draft, _ in vault.drafts()
        if draft.get("reference") and str(draft.get("id")) != case_id
    ]
    return taken
