"""Article 35 § 1 time limits per complaint (fieldmon.dossier.time_limit), table-driven.

Each row is chosen so that a wrong rule gives a different answer: the 4/6-month switch judged
on the service date, counting from the decision instead of its service, a weekend extension,
a month end rolled into the next month, a day invented for an imprecise date, a complaint's own
remedies ignored. Cases are fictional dicts; no vault is needed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from fieldmon.dossier.time_limit import (
    TimeLimit,
    complaint_limits,
    expired_limits,
    last_day,
    months_for,
)

D = date.fromisoformat


def one(
    violation: dict[str, Any],
    remedies: list[dict[str, Any]] | None = None,
    acts: list[dict[str, Any]] | None = None,
) -> TimeLimit:
    """The single time limit of a fictional case holding one violation."""
    case: dict[str, Any] = {
        "ref": "TEST-1",
        "title": "Testova v. Azerbaijan",
        "remedies": remedies or [],
        "events": [{"id": "e1", "title": "Arrest", "acts": acts or []}],
        "violations": [{"instrument": "ECHR", "article": "3", **violation}],
    }
    (limit,) = complaint_limits(case)
    return limit


def final(rid: str, when: str, served: str | None = None, **more: Any) -> dict[str, Any]:
    remedy: dict[str, Any] = {"id": rid, "authority": "Supreme Court", "date": when, "final": True}
    if served:
        remedy["served"] = served
    return {**remedy, **more}


# --- counting months: same day number, else the month's last day; no weekend shift ----------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        ("2022-03-10", 4, "2022-07-10"),  # same day number, not 4 x 30 days
        ("2023-10-31", 4, "2024-02-29"),  # leap year: 29 February
        ("2022-10-31", 4, "2023-02-28"),  # common year: 28 February
        ("2021-08-31", 6, "2022-02-28"),  # six months into a short February
        ("2023-12-31", 4, "2024-04-30"),  # 31 -> April's 30, across the new year
        ("2023-09-15", 4, "2024-01-15"),  # across the new year
        ("2024-01-04", 4, "2024-05-04"),  # a Saturday: stays a Saturday
        ("2023-02-04", 4, "2023-06-04"),  # a Sunday: stays a Sunday
        ("2024-02-29", 6, "2024-08-29"),
        ("2022-06-30", 0, "2022-06-30"),
    ],
)
def test_last_day(start: str, months: int, expected: str) -> None:
    assert last_day(D(start), months) == D(expected)


def test_last_day_refuses_negative_months() -> None:
    with pytest.raises(ValueError):
        last_day(D("2024-01-01"), -1)


# --- four or six months: judged by the decision's date, not by its service ------------------


@pytest.mark.parametrize(
    ("decided", "served", "basis", "start", "months", "expected"),
    [
        ("2022-01-31", None, "final_decision", "2022-01-31", 6, "2022-07-31"),
        ("2022-02-01", None, "final_decision", "2022-02-01", 4, "2022-06-01"),
        # Decided before 1 February 2022, served after: still six months, from service.
        ("2022-01-19", "2022-02-25", "service", "2022-02-25", 6, "2022-08-25"),
        # Decided after: four months, from service (not from the decision).
        ("2023-03-01", "2023-03-20", "service", "2023-03-20", 4, "2023-07-20"),
        ("2021-12-31", "2022-01-10", "service", "2022-01-10", 6, "2022-07-10"),
        # A decision-time of day is still a known day.
        ("2022-02-01T10:30", None, "final_decision", "2022-02-01", 4, "2022-06-01"),
    ],
)
def test_final_decision_and_service(
    decided: str, served: str | None, basis: str, start: str, months: int, expected: str
) -> None:
    limit = one({"remedies": ["r1"]}, [final("r1", decided, served)])
    assert (limit.basis, limit.start, limit.months, limit.last_day) == (
        basis,
        D(start),
        months,
        D(expected),
    )
    assert limit.remedy is not None and limit.remedy["id"] == "r1"


@pytest.mark.parametrize(
    ("decided", "months"),
    [("2022-01-31", 6), ("2022-02-01", 4), ("2021-08-01", 6), ("2026-01-01", 4)],
)
def test_months_for(decided: str, months: int) -> None:
    assert months_for(D(decided)) == months


# --- the last day itself: dispatch on it is in time, the day after is not -------------------


@pytest.mark.parametrize(
    ("introduced", "in_time", "days_left", "expired"),
    [
        ("2024-05-03", True, 1, False),
        ("2024-05-04", True, 0, False),  # the last day, a Saturday
        ("2024-05-05", False, -1, True),  # Sunday: no extension
        ("2024-05-06", False, -2, True),  # Monday: no extension to the next working day
    ],
)
def test_saturday_last_day_not_extended(
    introduced: str, in_time: bool, days_left: int, expired: bool
) -> None:
    limit = one({}, [final("r1", "2024-01-04")])
    assert limit.last_day == D("2024-05-04")
    assert limit.in_time(D(introduced)) is in_time
    assert limit.days_left(D(introduced)) == days_left
    assert limit.expired(D(introduced)) is expired


def test_sunday_last_day_not_extended() -> None:
    limit = one({}, [final("r1", "2023-02-04")])
    assert limit.last_day == D("2023-06-04")
    assert limit.in_time(D("2023-06-04")) is True
    assert limit.in_time(D("2023-06-05")) is False


# --- which remedy: the complaint's own, or all of the case's -------------------------------


REMEDIES = [
    final("r1", "2023-01-10"),
    {"id": "r2", "authority": "Court of Appeal", "date": "2023-05-02", "final": False},
    final("r3", "2023-03-15", served="2023-03-22"),
    final("r4", "2022-11-05"),
]


@pytest.mark.parametrize(
    ("named", "remedy", "basis", "expected"),
    [
        (["r1"], "r1", "final_decision", "2023-05-10"),
        (["r4", "r1"], "r1", "final_decision", "2023-05-10"),  # the latest of those named
        ([], "r3", "service", "2023-07-22"),  # none named: the latest final of the case
        (None, "r3", "service", "2023-07-22"),
        (["r4"], "r4", "final_decision", "2023-03-05"),
    ],
)
def test_own_remedies_or_all(
    named: list[str] | None, remedy: str, basis: str, expected: str
) -> None:
    violation = {} if named is None else {"remedies": named}
    limit = one(violation, REMEDIES)
    assert limit.remedy is not None and limit.remedy["id"] == remedy
    assert (limit.basis, limit.last_day) == (basis, D(expected))


@pytest.mark.parametrize(
    ("named", "remedies"),
    [
        (["r2"], REMEDIES),  # the one named is not final
        ([], [{"id": "r2", "authority": "Court", "date": "2023-05-02", "final": False}]),
        ([], [{"id": "r2", "authority": "Court", "date": "2023-05-02"}]),
        ([], []),
    ],
)
def test_no_final_decision(named: list[str], remedies: list[dict[str, Any]]) -> None:
    limit = one({"remedies": named}, remedies)
    assert (limit.basis, limit.start, limit.months, limit.last_day) == ("no_final", None, 0, None)
    assert limit.in_time(D("2023-06-01")) is None
    assert limit.expired(D("2099-01-01")) is False


# --- no effective remedy: the act, or the end of a continuing situation --------------------


ACTS = [
    {"id": "a1", "type": "arrest", "victim": "p1", "start": "2023-02-10", "end": "2023-02-12"},
    {"id": "a2", "type": "torture", "victim": "p1", "start": "2023-02-11"},
    {"id": "a3", "type": "detention", "victim": "p1", "start": "2021-06-01"},
]


@pytest.mark.parametrize(
    ("violation", "basis", "start", "months", "expected"),
    [
        ({"acts": ["a1"]}, "act", "2023-02-12", 4, "2023-06-12"),  # its end, not its start
        ({"acts": ["a2"]}, "act", "2023-02-11", 4, "2023-06-11"),
        ({"acts": ["a2", "a1"]}, "act", "2023-02-12", 4, "2023-06-12"),  # the latest named
        ({"acts": ["a3"]}, "act", "2021-06-01", 6, "2021-12-01"),  # before 1 February 2022
        ({}, "act", "2023-02-12", 4, "2023-06-12"),  # none named: all the case's acts
        (
            {"acts": ["a3"], "continuing": True, "situation_end": "2023-10-31"},
            "situation_end",
            "2023-10-31",
            4,
            "2024-02-29",
        ),
        (
            {"acts": ["a3"], "continuing": True, "situation_end": "2022-01-31"},
            "situation_end",
            "2022-01-31",
            6,
            "2022-07-31",
        ),
    ],
)
def test_no_remedy(
    violation: dict[str, Any], basis: str, start: str, months: int, expected: str
) -> None:
    limit = one({"no_remedy": True, **violation}, REMEDIES, ACTS)
    assert (limit.basis, limit.start, limit.months, limit.last_day) == (
        basis,
        D(start),
        months,
        D(expected),
    )
    assert limit.remedy is None  # a recorded final remedy does not count


def test_continuing_without_end_has_not_started() -> None:
    limit = one({"no_remedy": True, "continuing": True, "acts": ["a3"]}, REMEDIES, ACTS)
    assert (limit.basis, limit.start, limit.months, limit.last_day) == (
        "continuing",
        None,
        0,
        None,
    )
    assert limit.expired(D("2099-01-01")) is False
    assert limit.days_left(D("2024-01-01")) is None


def test_continuing_without_no_remedy_uses_the_final_decision() -> None:
    limit = one({"continuing": True, "remedies": ["r1"]}, REMEDIES, ACTS)
    assert (limit.basis, limit.last_day) == ("final_decision", D("2023-05-10"))


# --- imprecise dates: never a made-up day ---------------------------------------------------


@pytest.mark.parametrize(
    ("violation", "remedies", "acts"),
    [
        ({}, [final("r1", "2025-03")], []),
        ({}, [final("r1", "2025")], []),
        ({}, [{"id": "r1", "authority": "Court", "final": True}], []),  # final, no date
        ({}, [final("r1", "2025-03-10", served="2025-03")], []),
        # A precise earlier final decision does not hide a later one known to the month.
        ({}, [final("r1", "2025-01-10"), final("r2", "2025-03")], []),
        # Known to the year only, straddling 1 February 2022: four or six cannot be told.
        ({}, [final("r1", "2022", served="2022-03-20")], []),
        (
            {"no_remedy": True},
            [],
            [{"id": "a1", "type": "arrest", "victim": "p", "start": "2025-03"}],
        ),
        (
            {"no_remedy": True},
            [],
            [
                {
                    "id": "a1",
                    "type": "arrest",
                    "victim": "p",
                    "start": "2025-03-10",
                    "date_precision": "month",
                }
            ],
        ),
        ({"no_remedy": True}, [], [{"id": "a1", "type": "arrest", "victim": "p"}]),
        ({"no_remedy": True, "continuing": True, "situation_end": "2025-06"}, [], []),
    ],
)
def test_imprecise(
    violation: dict[str, Any], remedies: list[dict[str, Any]], acts: list[dict[str, Any]]
) -> None:
    limit = one(violation, remedies, acts)
    assert (limit.basis, limit.last_day) == ("imprecise", None)
    assert limit.in_time(D("2025-04-01")) is None
    assert limit.expired(D("2099-01-01")) is False


def test_month_known_decision_with_known_service_counts_from_service() -> None:
    """The decision known to the month only, well after the switch, and served on a known day:
    the period runs from the service and the month alone tells four months."""
    limit = one({}, [final("r1", "2025-03", served="2025-04-02")])
    assert (limit.basis, limit.months, limit.last_day) == ("service", 4, D("2025-08-02"))


def test_precise_later_final_wins_over_earlier_imprecise() -> None:
    limit = one({}, [final("r1", "2024-11"), final("r2", "2025-01-10")])
    assert limit.remedy is not None and limit.remedy["id"] == "r2"
    assert limit.last_day == D("2025-05-10")


# --- a whole case: one limit per complaint, in order; the expired ones ----------------------


CASE: dict[str, Any] = {
    "ref": "TEST-2",
    "title": "Testova v. Azerbaijan",
    "remedies": [final("r1", "2024-01-04"), final("r2", "2024-06-03", served="2024-06-10")],
    "events": [{"id": "e1", "title": "Arrest", "acts": ACTS}],
    "violations": [
        {"instrument": "ECHR", "article": "3", "limb": "substantive", "remedies": ["r1"]},
        {"instrument": "ECHR", "article": "3", "limb": "procedural", "remedies": ["r2"]},
        {"instrument": "ECHR", "article": "5", "no_remedy": True, "continuing": True},
        {"instrument": "ECHR", "article": "13", "no_remedy": True, "acts": ["a3"]},
    ],
}


def test_case_limits_in_order() -> None:
    limits = complaint_limits(CASE)
    assert [limit.complaint for limit in limits] == CASE["violations"]
    assert [(limit.basis, limit.last_day) for limit in limits] == [
        ("final_decision", D("2024-05-04")),
        ("service", D("2024-10-10")),
        ("continuing", None),
        ("act", D("2021-12-01")),
    ]


@pytest.mark.parametrize(
    ("today", "limbs"),
    [
        ("2021-12-01", []),
        ("2021-12-02", ["13"]),
        ("2024-05-04", ["13"]),
        ("2024-05-05", ["3/substantive", "13"]),
        ("2024-10-11", ["3/substantive", "3/procedural", "13"]),
    ],
)
def test_expired_limits(today: str, limbs: list[str]) -> None:
    found = expired_limits(CASE, D(today))
    names = [
        "/".join(filter(None, (lim.complaint["article"], lim.complaint.get("limb"))))
        for lim in found
    ]
    assert names == limbs


def test_case_without_violations() -> None:
    assert complaint_limits({"ref": "TEST-3"}) == []
