"""How long a deprivation of liberty has lasted, counted honestly for the WGAD's model
questionnaire (Fact Sheet 26, Annex V, section III: date and duration of the detention).

The length runs from the act's start to its recorded release; without a release it is
counted to the dossier's date and shown as continuing. A start or release known only to the
month or year makes the length approximate; a span under two days between two recorded times
is given in hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from fieldmon.dossier.texts import Texts

VAGUE = frozenset({"month", "unknown_day_known_month", "year", "unknown"})
"""Date precisions that make a length approximate."""


@dataclass(frozen=True)
class Length:
    """A detention's length.

    :ivar amount: hours or days; None when the start is unknown.
    :ivar unit: ``hours`` or ``days``.
    :ivar approximate: the start or the release is known only to the month or year.
    :ivar continuing: no release is recorded; counted to ``until``.
    :ivar until: the day counted to (the release, or the dossier's date).
    """

    amount: int | None
    unit: str
    approximate: bool
    continuing: bool
    until: date


def _parse(value: str) -> tuple[datetime, bool, bool]:
    """(moment, day known, time known) of an ISO 8601 date or date and time."""
    day_part, _, time_part = value.partition("T")
    parts = [int(p) for p in day_part.split("-") if p]
    year = parts[0]
    month = parts[1] if len(parts) > 1 else 1
    day = parts[2] if len(parts) > 2 else 1
    hour, minute = 0, 0
    if time_part:
        bits = time_part[:5].split(":")
        hour = int(bits[0])
        minute = int(bits[1]) if len(bits) > 1 else 0
    return datetime(year, month, day, hour, minute), len(parts) > 2, bool(time_part)


def detention_length(
    start: str | None, released: str | None, today: date, precision: str | None = None
) -> Length:
    """The length of a deprivation of liberty.

    :param start: when it began (ISO 8601 date or date and time), or None.
    :param released: when it ended (``arrest.released``), or None for no release recorded.
    :param today: the dossier's date: a detention without a release is counted to it.
    :param precision: the act's recorded date precision (``month`` ... makes it approximate).
    :return: the length; ``amount`` None when ``start`` is None.
    :raises ValueError: for a date that is not ISO 8601.
    """
    continuing = not released
    if start is None:
        return Length(None, "days", False, continuing, today)
    begin, begin_day, begin_time = _parse(start)
    if released:
        end, end_day, end_time = _parse(released)
    else:
        end, end_day, end_time = datetime(today.year, today.month, today.day), True, False
    approximate = precision in VAGUE or not begin_day or not end_day
    if begin_time and end_time and not approximate:
        hours = int((end - begin).total_seconds() // 3600)
        if 0 <= hours < 48:
            return Length(hours, "hours", False, continuing, end.date())
    days = max((end.date() - begin.date()).days, 0)
    return Length(days, "days", approximate, continuing, end.date())


def describe(texts: Texts, length: Length) -> str:
    """A length in the dossier's language: "3 days", "about 40 days", "9 hours", with
    "(to 1 December 2026 if still detained ...)" when no end is recorded.

    :param texts: the dossier's words.
    :param length: the length (:func:`detention_length`).
    :return: the text; "unknown" when the start is unknown.
    """
    if length.amount is None:
        text = texts.label("wgad_length_unknown")
    elif length.unit == "hours":
        key = "wgad_length_hour" if length.amount == 1 else "wgad_length_hours"
        text = texts.label(key, count=length.amount)
    else:
        key = "wgad_length_day" if length.amount == 1 else "wgad_length_days"
        text = texts.label(key, count=length.amount)
        if length.approximate:
            text = texts.label("wgad_about", length=text)
    if length.continuing:
        text += f" ({texts.label('wgad_continuing', date=texts.date(length.until.isoformat()))})"
    return text
