"""Every problem of a case at once, in plain words, and removing a record without leaving the
case unsaveable (references cleared or removed, and put back by undo)."""

from __future__ import annotations

import copy
import uuid
from typing import Any

import pytest

from fieldmon.vault.references import references_to, remove_record, restore
from fieldmon.vault.store import InvalidCase, Vault
from fieldmon.vault.validate import case_problem, case_problems


def _case(sample_document: dict[str, Any], reference: str = "AZ-2026-001") -> dict[str, Any]:
    case = next(c for c in sample_document["cases"] if c["reference"] == reference)
    return copy.deepcopy(case)


def _broken(sample_document: dict[str, Any]) -> dict[str, Any]:
    case = _case(sample_document)
    case["respondent_state"] = "Azerbaijan"
    case["language"] = "English"
    case["persons"][0]["birth_date"] = "March 1991"
    case["persons"][0]["nationality"] = ["az"]
    case["persons"][0]["group_size"] = "twelve"
    del case["persons"][1]["name"]
    case["events"][0]["acts"][0]["victim"] = "p9"
    case["events"][1]["start"] = "2026-02-30"
    case["consents"].append(dict(case["consents"][0]))
    return case


def test_the_samples_have_no_problems(sample_document: dict[str, Any]) -> None:
    for index, case in enumerate(sample_document["cases"]):
        assert case_problems(case, index) == []
        assert case_problem(case, index) is None


def test_every_problem_at_once_with_paths_and_plain_words(
    sample_document: dict[str, Any],
) -> None:
    problems = case_problems(_broken(sample_document))
    found = {p.field: (p.kind, p.message) for p in problems}
    assert found == {
        "respondent_state": ("country", "Choose the country from the list."),
        "language": ("language", "Choose the language from the list."),
        "persons[p1].birth_date": (
            "date",
            "Birth date: use a date such as 09.01.1990, 1990-01 or 1990.",
        ),
        "persons[p1].nationality[0]": ("country", "Choose the country from the list."),
        "persons[p1].group_size": ("number", "Group size: use a whole number."),
        "persons[p2].name": ("required", "Name: this is required."),
        "events[e1].acts[a1].victim": (
            "reference",
            "The victim must be one of the persons in this case.",
        ),
        "events[e2].start": (
            "calendar",
            "Start: 2026-02-30 is not a real calendar date (February 2026 has 28 days).",
        ),
        "consents[4]": ("repeated", "This person already has a consent for this recipient."),
    }
    for problem in problems:
        assert "^" not in problem.message and "[" not in problem.message
        assert problem.plain() == problem.message


def test_the_first_problem_keeps_its_technical_form(sample_document: dict[str, Any]) -> None:
    first = case_problem(_broken(sample_document))
    assert first is not None
    assert first.describe() == (
        "case AZ-2026-001, field respondent_state: 'Azerbaijan' does not have the expected "
        "form (^[A-Z]{2}$)"
    )
    only_semantic = _case(sample_document)
    only_semantic["events"][1]["start"] = "2026-02-30"
    only_semantic["events"][0]["acts"][0]["victim"] = "p9"
    first = case_problem(only_semantic)
    assert first is not None and first.field == "events[e1].acts[a1].victim"
    assert [p.field for p in case_problems(only_semantic)] == [
        "events[e1].acts[a1].victim",
        "events[e2].start",
    ]


def test_missing_fields_and_unknown_fields_each_reported(
    sample_document: dict[str, Any],
) -> None:
    case = _case(sample_document)
    del case["title"]
    case["events"][0]["acts"][0].pop("victim")
    case["events"][0]["acts"][0].pop("type")
    case["persons"][0]["place_of_origin"] = "Bakı"
    fields = {p.field: p.message for p in case_problems(case)}
    assert fields["title"] == "Title: this is required."
    assert fields["events[e1].acts[a1].victim"] == (
        "Choose the victim from the persons of this case."
    )
    assert "events[e1].acts[a1].type" in fields
    assert fields["persons[p1].place_of_origin"].startswith("Place of origin is not a field")


def test_references_to_a_person(sample_document: dict[str, Any]) -> None:
    case = _case(sample_document)
    found = [
        (r.record_type, r.field, r.removes_record) for r in references_to(case, "persons", "p1")
    ]
    assert found == [
        ("acts", "victim", True),
        ("acts", "victim", True),
        ("acts", "victim", True),
        ("interviews", "interviewee", True),
        ("consents", "person", True),
        ("consents", "person", True),
        ("medical", "person", True),
    ]
    perpetrator = references_to(case, "persons", "p3")
    assert [(r.record_type, r.field) for r in perpetrator] == [
        ("involvements", "perpetrator"),
        ("involvements", "perpetrator"),
    ]
    assert references_to(case, "persons", "p2") == []  # the lawyer is named nowhere
    acts = references_to(case, "acts", "a1")
    assert [(r.record_type, r.field, r.removes_record) for r in acts] == [
        ("violations", "acts", False),
        ("violations", "acts", False),
    ]


def test_removing_the_victim_leaves_a_case_that_can_be_stored_and_undo_restores_it(
    vault: Vault, sample_document: dict[str, Any]
) -> None:
    case = vault.get_case("AZ-2026-001")
    before = copy.deepcopy(case)
    dangling = copy.deepcopy(case)
    dangling["persons"] = [p for p in dangling["persons"] if p["id"] != "p1"]
    with pytest.raises(InvalidCase):
        vault.store_cases([dangling])  # what plain deletion did before

    removal = remove_record(case, "persons", "p1")
    assert [(name, r.get("id")) for name, r in removal["removed"]] == [
        ("persons", "p1"),
        ("acts", "a1"),
        ("acts", "a2"),
        ("acts", "a3"),
        ("interviews", "i1"),
        ("consents", None),
        ("consents", None),
        ("medical", "m1"),
    ]
    assert {(name, key) for name, _, key in removal["cleared"]} == {("violations", "acts")}
    assert case_problems(case) == []
    assert all(v.get("acts") is None for v in case.get("violations", []))
    vault.store_cases([case])
    assert [p["id"] for p in vault.get_case("AZ-2026-001")["persons"]] == ["p2", "p3", "p4"]

    restore(removal)
    assert case == before
    vault.store_cases([case])
    assert vault.get_case("AZ-2026-001") == before


def test_removing_a_perpetrator_or_an_event(sample_document: dict[str, Any]) -> None:
    case = _case(sample_document)
    before = copy.deepcopy(case)
    removal = remove_record(case, "persons", "p3")
    assert [name for name, _ in removal["removed"]] == ["persons", "involvements", "involvements"]
    assert case_problems(case) == []
    restore(removal)
    assert case == before

    removal = remove_record(case, "events", "e1")
    assert [name for name, _ in removal["removed"]] == ["events"]
    assert case_problems(case) == []
    # The event's acts went with it; violations keep only the acts still in the case.
    assert [v.get("acts") for v in case["violations"]] == [None, None, ["a3"]]
    restore(removal)
    assert case == before
    with pytest.raises(LookupError):
        remove_record(case, "persons", "p99")


def test_a_typed_impossible_date_is_reported_as_not_a_real_date(
    sample_document: dict[str, Any],
) -> None:
    """A form keeps what was typed (31.02.2026) when it is no date: the problem says that no
    such day exists, not that the date is written the wrong way."""
    case = _case(sample_document)
    case["events"][0]["start"] = "31.02.2026"
    case["events"][0]["end"] = "13.2026"
    case["events"][1]["start"] = "the day after"
    found = {p.field: (p.kind, p.message) for p in case_problems(case)}
    assert found["events[e1].start"] == (
        "calendar",
        "Start: 31.02.2026 is not a real calendar date (February 2026 has 28 days).",
    )
    assert found["events[e1].end"] == (
        "calendar",
        "End: 13.2026 is not a real calendar date (a year has 12 months).",
    )
    assert found["events[e2].start"][0] == "date"


def test_a_decision_served_before_it_was_taken_is_refused() -> None:
    """The time limit runs from the date of service: a service date before the decision's
    would give a limit that ended before the decision existed (found by the attacker review).
    A judgment that became final before it was delivered is refused likewise."""
    case = {
        "id": str(uuid.uuid4()),
        "reference": "ORD-1",
        "title": "Dates in order",
        "remedies": [
            {"id": "r1", "date": "2026-09-20", "authority": "Court", "served": "2026-01-01"},
            {"id": "r2", "date": "2026-09-20", "authority": "Court", "served": "2026-09"},
        ],
        "judgments": [
            {"title": "Testova v. Azerbaijan", "date": "2024-01-10", "final": "2020-01-01"}
        ],
        "violations": [{"instrument": "ECHR", "article": "3", "remedies": ["r9"]}],
    }
    problems = {p.field: p for p in case_problems(case)}
    served = problems["remedies[r1].served"]
    assert served.kind == "order" and served.message == (
        "Served: 2026-01-01 is before the date of the same record."
    )
    assert "remedies[r2].served" not in problems  # a month alone cannot be compared
    assert problems["judgments[0].final"].kind == "order"
    assert "names no domestic remedy record" in problems["violations[0].remedies[0]"].describe()
