"""Dates as people type them: every accepted form, the precision each gives, and refusals."""

from __future__ import annotations

import json

import pytest

from fieldmon.resources import resources_dir
from fieldmon.vault.dates import DateError, ParsedDate, describe_date, parse_date, short_date
from fieldmon.vault.schema import DATE_PATTERN

ACCEPTED = [
    ("2026", "2026", "year"),
    ("  2026 ", "2026", "year"),
    ("2026-01", "2026-01", "unknown_day_known_month"),
    ("2026-1", "2026-01", "unknown_day_known_month"),
    ("2026-01-09", "2026-01-09", "day"),
    ("2026-1-9", "2026-01-09", "day"),
    ("2026-01-09T14:20", "2026-01-09T14:20", "minute"),
    ("2026-01-09 14:20", "2026-01-09T14:20", "minute"),
    ("2026-01-09T14:20:59", "2026-01-09T14:20", "minute"),
    ("09.01.2026", "2026-01-09", "day"),
    ("9.1.2026", "2026-01-09", "day"),
    ("09/01/2026", "2026-01-09", "day"),
    ("09.01.2026 14:20", "2026-01-09T14:20", "minute"),
    ("01.2026", "2026-01", "unknown_day_known_month"),
    ("1/2026", "2026-01", "unknown_day_known_month"),
    ("29.02.2024", "2024-02-29", "day"),
    ("January 2026", "2026-01", "unknown_day_known_month"),
    ("january 2026", "2026-01", "unknown_day_known_month"),
    ("Jan 2026", "2026-01", "unknown_day_known_month"),
    ("9 January 2026", "2026-01-09", "day"),
    ("January 9, 2026", "2026-01-09", "day"),
    ("январь 2026", "2026-01", "unknown_day_known_month"),
    ("9 января 2026 г.", "2026-01-09", "day"),
    ("сентябрь 2025", "2025-09", "unknown_day_known_month"),
    ("yanvar 2026", "2026-01", "unknown_day_known_month"),
    ("9 yanvar 2026", "2026-01-09", "day"),
    ("Fevral 2026", "2026-02", "unknown_day_known_month"),
]


@pytest.mark.parametrize(("text", "iso", "precision"), ACCEPTED)
def test_accepted_forms(text: str, iso: str, precision: str) -> None:
    parsed = parse_date(text)
    assert parsed == ParsedDate(iso, precision)
    # What is stored is what the schema accepts.
    import re

    assert re.fullmatch(DATE_PATTERN, parsed.iso)


def test_precisions_are_codes_of_the_vocabulary() -> None:
    vocab = json.loads((resources_dir() / "vocab" / "date_precisions.json").read_text("utf-8"))
    codes = {term["code"] for term in vocab["terms"]}
    assert {precision for _, _, precision in ACCEPTED} <= codes


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "form"),
        ("   ", "form"),
        ("yesterday", "form"),
        ("12.12", "form"),
        ("1.2.3.2026", "form"),
        ("2026-01-09T25", "form"),
        ("January", "form"),
        ("January February 2026", "form"),
        ("9 10 January 2026", "form"),
        ("32.01.2026", "calendar"),
        ("30.02.2026", "calendar"),
        ("29.02.2026", "calendar"),
        ("2026-13", "calendar"),
        ("2026-02-30", "calendar"),
        ("13.2026", "calendar"),
        ("09.01.2026 24:00", "calendar"),
        ("31 June 2026", "calendar"),
        ("0999", "calendar"),
        ("3026", "calendar"),
    ],
)
def test_refused(text: str, reason: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert isinstance(caught.value, ValueError)
    assert caught.value.reason == reason
    message = str(caught.value)
    assert ("calendar date" in message) if reason == "calendar" else ("09.01.2026" in message)


def test_dates_in_words_in_each_language() -> None:
    assert describe_date("2026-01-09", "en") == "9 January 2026, exact day"
    assert describe_date("2026-01", "en") == "January 2026, month known, day unknown"
    assert describe_date("2026", "en") == "2026, year only"
    assert describe_date("2026-01-09T14:20", "en").startswith("9 January 2026, 14:20")
    assert describe_date("2026-01-09", "ru") == "9 января 2026, точный день"
    assert describe_date("2026-01", "ru").startswith("январь 2026")
    assert describe_date("2026-01-09", "az") == "9 yanvar 2026, dəqiq gün"
    with pytest.raises(DateError):
        describe_date("09.01.2026", "en")  # stored dates only


def test_short_dates_for_lists() -> None:
    assert short_date("2026-03-12") == "12.03.2026"
    assert short_date("2026-03") == "03.2026"
    assert short_date("2026") == "2026"
    assert short_date("2026-03-12T08:05") == "12.03.2026 08:05"
    assert short_date("sometime") == "sometime"


@pytest.mark.parametrize(
    ("text", "detail", "days"),
    [
        ("31.02.2026", "day", 28),
        ("30.02.2024", "day", 29),
        ("31 June 2026", "day", 30),
        ("2026-02-30", "day", 28),
        ("13.2026", "month", None),
        ("3026", "year", None),
        ("09.01.2026 24:00", "time", None),
    ],
)
def test_a_calendar_error_says_which_part_is_impossible(
    text: str, detail: str, days: int | None
) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(text)
    assert caught.value.reason == "calendar" and caught.value.detail == detail
    assert caught.value.days == days
    if detail == "day":
        assert f"has {days} days" in str(caught.value)


def test_what_an_attacker_review_typed() -> None:
    """A million digits, impossible seconds, and Azerbaijani capital İ in a month name."""
    with pytest.raises(DateError) as huge:
        parse_date("1" * 1_000_000)
    assert len(str(huge.value)) < 200
    for impossible in ("2026-01-09T23:59:60", "2026-01-09 14:20:99"):
        with pytest.raises(DateError) as error:
            parse_date(impossible)
        assert error.value.reason == "calendar"
    assert parse_date("9 İyun 2026") == ParsedDate("2026-06-09", "day")
    assert parse_date("İyul 2026") == ParsedDate("2026-07", "unknown_day_known_month")
    assert parse_date("2026-01-09T14:20:30").iso == "2026-01-09T14:20"
