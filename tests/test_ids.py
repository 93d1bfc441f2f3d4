"""Names the core gives: case UUIDs, case references, and record ids of new records."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from fieldmon.vault import ids
from fieldmon.vault.model import PERSONS, RECORD_TYPES, UUID
from fieldmon.vault.store import Vault


def test_a_new_case_id_is_a_random_uuid() -> None:
    first, second = ids.new_case_id(), ids.new_case_id()
    assert re.match(UUID, first) and first != second
    assert first[14] == "4"  # version 4 (RFC 9562, section 5.4)


def test_references_take_the_smallest_free_number() -> None:
    taken = ["NEW-2026-001", "NEW-2026-003", "AZ-2026-001", "NEW-2025-002"]
    assert ids.new_reference(taken, year=2026) == "NEW-2026-002"
    assert ids.new_reference(taken, "AZ", 2026) == "AZ-2026-002"
    assert ids.new_reference(taken, "GE", 2026) == "GE-2026-001"
    assert ids.new_reference(taken, "azerbaijan", 2026) == "NEW-2026-002"  # not a code
    assert ids.new_reference([f"NEW-2026-{n:03d}" for n in range(1, 1000)], None, 2026) == (
        "NEW-2026-1000"
    )
    assert ids.new_reference([]) == f"NEW-{datetime.now(UTC).year}-001"


def test_a_new_case_can_be_stored_and_avoids_taken_references(vault: Vault) -> None:
    taken = [c.reference for c in vault.list_cases()]
    case = ids.new_case("New case", taken, year=2026)
    assert list(case) == ["id", "reference", "title", "status"]
    assert case["reference"] not in taken and case["reference"].startswith("NEW-2026-")
    assert (case["title"], case["status"]) == ("New case", "draft")
    vault.store_cases([case])
    assert vault.get_case(case["reference"])["id"] == case["id"]
    again = ids.new_case("Another", [c.reference for c in vault.list_cases()], year=2026)
    assert again["reference"] != case["reference"] and again["id"] != case["id"]


def test_a_new_case_keeps_the_uuid_and_state_it_is_given() -> None:
    case_id = ids.new_case_id()
    case = ids.new_case("T", [], respondent_state="AZ", year=2026, case_id=case_id)
    assert (case["id"], case["reference"], case["respondent_state"]) == (
        case_id,
        "AZ-2026-001",
        "AZ",
    )


def test_new_records_get_an_id_when_their_type_requires_one() -> None:
    case = {"persons": [{"id": "p1"}], "events": [{"id": "e1", "acts": [{"id": "a1"}]}]}
    assert ids.new_record(case, PERSONS) == {"id": "p2"}
    assert ids.new_record(case, RECORD_TYPES["acts"]) == {"id": "a2"}
    optional = next(rt for rt in RECORD_TYPES.values() if rt.id_rule != "required")
    assert ids.new_record(case, optional) == {}
    assert case["persons"] == [{"id": "p1"}]  # the caller adds the record
