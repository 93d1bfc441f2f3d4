"""The fast paths of an import (issue 16): a valid case is checked once by a compiled schema
check, an invalid one is worded exactly as before; a new case is indexed without first removing
entries it cannot have."""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable
from typing import Any

import fastjsonschema
import pytest

from fieldmon.vault import validate
from fieldmon.vault.store import InvalidCase, Vault
from fieldmon.vault.validate import case_problem, case_problems, schema_valid

Case = dict[str, Any]


def _person(case: Case, **changes: Any) -> Case:
    case["persons"][0].update(changes)
    return case


def _act(case: Case, **changes: Any) -> Case:
    case["events"][0]["acts"][0].update(changes)
    return case


def _arrest(case: Case, **changes: Any) -> Case:
    case["events"][0]["acts"][0]["arrest"].update(changes)
    return case


# Each change to the sample case AZ-2026-001, and the message case_problem gave for it before
# the compiled check (taken from the code of the previous commit). None: the case is valid,
# also where the compiled check reads the schema more strictly than jsonschema (a final newline
# after a pattern's $, 1.0 as an integer).
EXPECTED: dict[str, tuple[Callable[[Case], Any], str | None]] = {
    "not an object": (lambda c: ["a", "list"], "case #1: ['a', 'list'] should be an object"),
    "no reference": (
        lambda c: {k: v for k, v in c.items() if k != "reference"},
        "case #1, field reference: is missing; it is required",
    ),
    "unknown field": (
        lambda c: {**c, "colour": "blue"},
        "case AZ-2026-001, field colour: 'blue' is not a field of this record",
    ),
    "country in words": (
        lambda c: {**c, "respondent_state": "Azerbaijan"},
        "case AZ-2026-001, field respondent_state: 'Azerbaijan' does not have the expected form"
        " (^[A-Z]{2}$)",
    ),
    "country with a final newline": (lambda c: {**c, "respondent_state": "AZ\n"}, None),
    "status not in vocabulary": (
        lambda c: {**c, "status": "closed-ish"},
        "case AZ-2026-001, field status: 'closed-ish' is not a known value of case_statuses"
        " (known: draft, open, submitted, closed, archived)",
    ),
    "status true": (
        lambda c: {**c, "status": True},
        "case AZ-2026-001, field status: True should be text",
    ),
    "title empty": (
        lambda c: {**c, "title": ""},
        "case AZ-2026-001, field title: '' must not be empty",
    ),
    "title a number": (
        lambda c: {**c, "title": 7},
        "case AZ-2026-001, field title: 7 should be text",
    ),
    "sex unknown": (
        lambda c: _person(c, sex="x"),
        "case AZ-2026-001, field persons[p1].sex: 'x' is not a known value of sexes"
        " (known: male, female, other, unknown)",
    ),
    "birth date in words": (
        lambda c: _person(c, birth_date="March 1991"),
        "case AZ-2026-001, field persons[p1].birth_date: 'March 1991' is not a date like 2026,"
        " 2026-01, 2026-01-09 or 2026-01-09T14:20",
    ),
    "birth date 30 February": (
        lambda c: _person(c, birth_date="1991-02-30"),
        "case AZ-2026-001, field persons[p1].birth_date: '1991-02-30' is not a real calendar date",
    ),
    "nationality lower case": (
        lambda c: _person(c, nationality=["az"]),
        "case AZ-2026-001, field persons[p1].nationality[0]: 'az' does not have the expected"
        " form (^[A-Z]{2}$)",
    ),
    "roles not a list": (
        lambda c: _person(c, roles="victim"),
        "case AZ-2026-001, field persons[p1].roles: 'victim' should be a list",
    ),
    "group size in words": (
        lambda c: _person(c, group_size="twelve"),
        "case AZ-2026-001, field persons[p1].group_size: 'twelve' should be a whole number",
    ),
    "group size 1.0": (lambda c: _person(c, group_size=1.0), None),
    "group size true": (
        lambda c: _person(c, group_size=True),
        "case AZ-2026-001, field persons[p1].group_size: True should be a whole number",
    ),
    "group size negative": (
        lambda c: _person(c, group_size=-3),
        "case AZ-2026-001, field persons[p1].group_size: -3 -3 is less than the minimum of 0",
    ),
    "victim of no person": (
        lambda c: _act(c, victim="p9"),
        "case AZ-2026-001, field events[e1].acts[a1].victim: 'p9' names no person record of"
        " this case",
    ),
    "family notified as text": (
        lambda c: _arrest(c, family_notified="no"),
        "case AZ-2026-001, field events[e1].acts[a1].arrest.family_notified: 'no' should be"
        " true or false",
    ),
    "two persons p1": (
        lambda c: {**c, "persons": [*c["persons"], dict(c["persons"][0])]},
        "case AZ-2026-001, field persons[4].id: 'p1' is used by two persons of this case",
    ),
    "format wrong": (
        lambda c: {**c, "format": "fieldmon-case/2"},
        "case AZ-2026-001, field format: 'fieldmon-case/2' is not a field of this record",
    ),
}


@pytest.fixture(scope="module")
def base_case() -> Case:
    import json

    from fieldmon.resources import sample_cases_path

    document = json.loads(sample_cases_path().read_text(encoding="utf-8"))
    return dict(document["cases"][0])


def _changed(base_case: Case, name: str) -> Any:
    return EXPECTED[name][0](copy.deepcopy(base_case))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_first_problem_is_worded_exactly_as_before(base_case: Case, name: str) -> None:
    problem = case_problem(_changed(base_case, name), 0)
    assert (problem.describe() if problem else None) == EXPECTED[name][1]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_compiled_check_changes_no_answer(
    base_case: Case, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With and without the compiled check, every problem (first and all) is the same."""
    case = _changed(base_case, name)
    fast = (case_problem(case, 0), case_problems(case, 0))

    def refuse_all(_case: object) -> None:  # every case goes to jsonschema, as without it
        raise fastjsonschema.JsonSchemaException("forced")

    monkeypatch.setattr(validate, "_compiled_check", lambda: refuse_all)
    slow = (case_problem(case, 0), case_problems(case, 0))
    assert fast == slow


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_compiled_check_accepts_nothing_jsonschema_refuses(base_case: Case, name: str) -> None:
    case = _changed(base_case, name)
    check = validate._compiled_check()
    try:
        check(case)
        compiled = True
    except Exception:
        compiled = False
    assert not compiled or validate._case_validator().is_valid(case)
    assert schema_valid(case) == validate._case_validator().is_valid(case)


def test_a_valid_case_is_accepted_by_the_compiled_check_unchanged(base_case: Case) -> None:
    case = copy.deepcopy(base_case)
    check = validate._compiled_check()
    check(case)  # raises when it refuses the case: then the fast path would never be taken
    assert case == base_case  # no defaults filled in
    assert case_problem(case) is None and case_problems(case) == []


def test_an_invalid_case_in_an_import_stores_nothing_and_names_the_problem(
    empty_vault: Vault, base_case: Case
) -> None:
    bad = _changed(base_case, "sex unknown")
    with pytest.raises(InvalidCase) as raised:
        empty_vault.store_cases([bad])
    assert str(raised.value) == EXPECTED["sex unknown"][1]
    assert empty_vault.case_count() == 0


def _new_case(base_case: Case, reference: str, word: str) -> Case:
    case = copy.deepcopy(base_case)
    case["id"] = str(uuid.uuid4())
    case["reference"] = reference
    case["title"] = f"Case about {word}"
    return case


def _found(vault: Vault, word: str) -> set[str]:
    return {hit.case_reference for hit in vault.search(word)}


def test_new_and_replaced_cases_are_indexed_once(empty_vault: Vault, base_case: Case) -> None:
    first = _new_case(base_case, "AZ-2026-101", "quokkaxylo")
    second = _new_case(base_case, "AZ-2026-102", "wombatrix")
    empty_vault.store_cases([first, second])
    assert _found(empty_vault, "quokkaxylo") == {"AZ-2026-101"}
    rows = empty_vault.conn.execute("SELECT count(*) FROM search_owner").fetchone()[0]
    # Stored again (an existing case): its old entries go, the new ones come, none twice.
    first["title"] = "Case about numbatzed"
    empty_vault.store_cases([first])
    assert _found(empty_vault, "quokkaxylo") == set()
    assert _found(empty_vault, "numbatzed") == {"AZ-2026-101"}
    assert empty_vault.conn.execute("SELECT count(*) FROM search_owner").fetchone()[0] == rows


def test_a_new_case_given_a_deleted_cases_row_id_finds_none_of_its_words(
    empty_vault: Vault, base_case: Case
) -> None:
    gone = _new_case(base_case, "AZ-2026-201", "pangolinox")
    empty_vault.store_cases([gone])
    (rid,) = empty_vault.conn.execute("SELECT max(rid) FROM cases").fetchone()
    empty_vault.delete_case("AZ-2026-201")
    after = _new_case(base_case, "AZ-2026-202", "axolotlia")
    empty_vault.store_cases([after])
    (reused,) = empty_vault.conn.execute("SELECT max(rid) FROM cases").fetchone()
    assert reused == rid  # SQLite gives the largest row id again: the case a new case meets
    assert _found(empty_vault, "pangolinox") == set()
    assert _found(empty_vault, "axolotlia") == {"AZ-2026-202"}
