"""Article 35 § 2 (b): which submissions count, and when a case is headed to Strasbourg."""

from __future__ import annotations

from typing import Any

import pytest

from fieldmon.dossier.profiles.pattern_report import paragraphs
from fieldmon.dossier.same_matter import headed_to_strasbourg, other_procedures


def _case(**records: Any) -> dict[str, Any]:
    return {"reference": "SM-1", **records}


@pytest.mark.parametrize(
    ("records", "headed"),
    [
        ({}, False),
        ({"interventions": [{"body": "echr", "status": "draft"}]}, True),
        ({"interventions": [{"body": "rule39"}]}, True),
        ({"interventions": [{"body": "un-srt", "status": "sent"}]}, False),
        ({"consents": [{"recipient": "echr", "identity": "initials"}]}, True),
        # A withdrawn consent, or one that refuses to be named, says the case is not headed
        # there (attacker review: the WGAD warning fired for such a case).
        ({"consents": [{"recipient": "echr", "identity": "full_name", "withdrawn": "2026-03-01"}]},
         False),
        ({"consents": [{"recipient": "echr", "identity": "none"}]}, False),
    ],
)  # fmt: skip
def test_headed_to_strasbourg(records: dict[str, Any], headed: bool) -> None:
    assert headed_to_strasbourg(_case(**records)) is headed


def test_only_treaty_bodies_and_the_wgad_count() -> None:
    case = _case(
        interventions=[
            {"body": "wgad", "status": "sent"},
            {"body": "wgad", "status": "draft"},
            {"body": "un-srt", "status": "sent"},
            {"body": "un-cat"},
            {"body": "cpt", "status": "sent"},
        ]
    )
    assert [i["body"] for i in other_procedures(case)] == ["wgad", "un-cat"]


def test_recommendations_keep_their_lines() -> None:
    """Numbered recommendations typed one per line ran together into one paragraph."""
    (only,) = paragraphs("1. Visit the station.\n2. Ask for the registers.")
    assert only.text == "1. Visit the station.<br/>2. Ask for the registers."
