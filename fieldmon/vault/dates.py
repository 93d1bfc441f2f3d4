"""Dates as a monitor types them, turned into the ISO 8601 form a case document stores.

A case stores dates as precise as they are known (``2026``, ``2026-01``, ``2026-01-09``,
``2026-01-09T14:20``; see ``DATE_PATTERN`` in :mod:`fieldmon.vault.schema`). People type them
in many ways: ``09.01.2026``, ``9/1/2026``, ``01.2026``, ``January 2026``, ``9 января 2026``,
``yanvar 2026``. :func:`parse_date` accepts these and says how precise the result is, in the
codes of the ``date_precisions`` vocabulary (``resources/vocab/date_precisions.json``).
Day-first order is used for numeric dates with dots or slashes (the order used in Azerbaijan,
Russia and the Council of Europe); month names come from the CLDR data in Babel.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from babel import Locale
from babel.dates import format_date, format_datetime

from fieldmon.resources import vocabulary

__all__ = [
    "DateError",
    "ParsedDate",
    "describe_date",
    "iso_precision",
    "parse_date",
    "short_date",
]

MIN_YEAR = 1800
MAX_YEAR = 2200
NAME_LANGUAGES = ("en", "ru", "az")


class DateError(ValueError):
    """A text that is not a date FieldMon can store.

    ``reason`` is ``"form"`` when the text is not written like a date at all, and
    ``"calendar"`` when it is written like one but no such day exists (``30.02.2026``).
    For a calendar date, ``detail`` says which part is impossible: ``"day"`` (the month has
    fewer days: ``year`` and ``month`` are set, ``days`` is how many it has), ``"month"``
    (not 1 to 12), ``"year"`` (outside 1800-2200), ``"time"`` (no such hour or minute), or
    ``""``.
    """

    def __init__(
        self,
        text: str,
        reason: str,
        detail: str = "",
        year: int | None = None,
        month: int | None = None,
    ) -> None:
        self.text = text
        self.reason = reason
        self.detail = detail
        self.year = year
        self.month = month
        self.days = (
            calendar.monthrange(year, month)[1]
            if year is not None and month is not None and 1 <= month <= 12
            else None
        )
        shown = text if len(text) <= 40 else text[:40] + "…"  # a pasted essay stays one line
        if reason == "calendar":
            message = f"{shown!r} is not a real calendar date"
            if detail == "day" and self.days is not None and month is not None:
                month_name = Locale.parse("en").months["format"]["wide"][month]
                message += f" ({month_name} {year} has {self.days} days)"
            elif detail == "month":
                message += " (a year has 12 months)"
            elif detail == "year":
                message += f" (use a year from {MIN_YEAR} to {MAX_YEAR})"
            elif detail == "time":
                message += " (no such time of day)"
        else:
            message = (
                f"{shown!r} is not a date; use a date such as 09.01.2026, 01.2026, "
                "2026-01-09, January 2026 or 2026"
            )
        super().__init__(message)


@dataclass(frozen=True)
class ParsedDate:
    """A date in the stored ISO form and how precise it is."""

    iso: str
    """``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM``."""
    precision: str
    """A code of the ``date_precisions`` vocabulary: ``minute``, ``day``,
    ``unknown_day_known_month`` or ``year``."""


_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?)?)?)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[ ,T]+(\d{1,2})[:.](\d{2}))?$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[./](\d{4})$")
_WORDS = re.compile(r"[^\W\d_]+\.?|\d+", re.UNICODE)
# Words that may follow or precede a year in running text: "2026 г.", "2026-cı il", "of".
_FILLER = {"г", "г.", "года", "год", "il", "ili", "ildə", "of", "the", "cı", "ci", "cu", "cü"}


@cache
def _month_names() -> dict[str, int]:
    """Every month name and abbreviation of the interface languages, folded: name -> 1..12."""
    names: dict[str, int] = {}
    for language in NAME_LANGUAGES:
        months = Locale.parse(language).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    names[_fold(name)] = int(number)
    return names


def _fold(word: str) -> str:
    # Azerbaijani capital İ folds to "i" plus a combining dot; "İyun" must match "iyun".
    return word.casefold().replace("i\u0307", "i").rstrip(".").replace("ё", "е")


def _checked(
    text: str,
    year: int,
    month: int = 1,
    day: int = 1,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DateError(text, "calendar", "year")
    if not 1 <= month <= 12:
        raise DateError(text, "calendar", "month")
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise DateError(text, "calendar", "day", year, month)
    try:
        datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise DateError(text, "calendar", "time") from None


def parse_date(text: str) -> ParsedDate:
    """Read a date as a person types it.

    Accepted: ISO 8601 as stored (``2026``, ``2026-01``, ``2026-01-09``, ``2026-01-09T14:20``,
    also with a space before the time and with seconds, which are dropped); ``dd.mm.yyyy`` and
    ``dd/mm/yyyy`` (optionally followed by ``HH:MM``); ``mm.yyyy`` and ``mm/yyyy``; a month
    name in English, Russian or Azerbaijani with a year (``January 2026``, ``9 января 2026``,
    ``yanvar 2026``); a year alone. Years outside 1800-2200 are refused.

    :param text: what was typed; surrounding spaces are ignored.
    :return: the ISO form to store and its precision code (``date_precisions`` vocabulary).
    :raises DateError: (a ``ValueError``) when the text is empty, not a date, or not a real
        calendar date.
    """
    raw = text.strip()
    if not raw:
        raise DateError(text, "form")
    iso = _ISO.match(raw)
    if iso:
        year, month, day, hour, minute, second = (int(g) if g else None for g in iso.groups())
        assert year is not None
        if month is None:
            _checked(raw, year)
            return ParsedDate(f"{year:04d}", "year")
        if day is None:
            _checked(raw, year, month)
            return ParsedDate(f"{year:04d}-{month:02d}", "unknown_day_known_month")
        if hour is None or minute is None:
            _checked(raw, year, month, day)
            return ParsedDate(f"{year:04d}-{month:02d}-{day:02d}", "day")
        # Seconds are not stored, but impossible ones (14:20:99, a leap second) are refused.
        _checked(raw, year, month, day, hour, minute, second or 0)
        return ParsedDate(f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}", "minute")
    numeric = _NUMERIC.match(raw)
    if numeric:
        day, month, year = int(numeric[1]), int(numeric[2]), int(numeric[3])
        if numeric[4] is not None:
            hour, minute = int(numeric[4]), int(numeric[5])
            _checked(raw, year, month, day, hour, minute)
            return ParsedDate(f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}", "minute")
        _checked(raw, year, month, day)
        return ParsedDate(f"{year:04d}-{month:02d}-{day:02d}", "day")
    month_year = _MONTH_YEAR.match(raw)
    if month_year:
        month, year = int(month_year[1]), int(month_year[2])
        _checked(raw, year, month)
        return ParsedDate(f"{year:04d}-{month:02d}", "unknown_day_known_month")
    return _parse_words(raw)


def _parse_words(raw: str) -> ParsedDate:
    """``January 2026``, ``9 January 2026``, ``January 9, 2026``, ``9 января 2026 г.``"""
    words = [w for w in _WORDS.findall(raw) if _fold(w) not in _FILLER]
    if any(w.isdigit() and len(w) > 4 for w in words):
        raise DateError(raw, "form")  # and never int() of a million digits
    months = [_month_names().get(_fold(w)) for w in words if not w.isdigit()]
    numbers = [int(w) for w in words if w.isdigit()]
    if len(months) != 1 or months[0] is None or not numbers or len(numbers) > 2:
        raise DateError(raw, "form")
    month = months[0]
    years = [n for n in numbers if n >= 1000]
    days = [n for n in numbers if n < 1000]
    if len(years) != 1 or len(days) > 1:
        raise DateError(raw, "form")
    year = years[0]
    if not days:
        _checked(raw, year, month)
        return ParsedDate(f"{year:04d}-{month:02d}", "unknown_day_known_month")
    _checked(raw, year, month, days[0])
    return ParsedDate(f"{year:04d}-{month:02d}-{days[0]:02d}", "day")


def iso_precision(iso: str) -> str:
    """The precision code an ISO date as stored has by its form (``2026-01`` -> month known).

    :param iso: a stored ISO 8601 date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``,
        ``YYYY-MM-DDTHH:MM``, optionally with seconds); surrounding spaces are ignored.
    :return: a code of the ``date_precisions`` vocabulary: ``year``,
        ``unknown_day_known_month``, ``day`` or ``minute``.
    :raises DateError: when ``iso`` is not a stored date form or not a real date.
    """
    if not _ISO.match(iso.strip()):
        raise DateError(iso, "form")
    return parse_date(iso).precision


def _as_date(iso: str) -> tuple[datetime, int]:
    """The date (or date and time) and how many of its parts are known: 1 year .. 4 minute."""
    parts = re.split(r"[-T:]", iso)
    numbers = [int(p) for p in parts]
    padded = [*numbers, 1, 1, 0, 0, 0][:5]
    return datetime(*padded), {1: 1, 2: 2, 3: 3}.get(len(numbers), 4)  # type: ignore[arg-type]


def describe_date(iso: str, language: str) -> str:
    """A stored date in words of ``language`` with its precision: "9 January 2026, exact day".

    :param iso: a stored (ISO 8601) date, as precise as known.
    :param language: ``"en"``, ``"ru"`` or ``"az"`` (any Babel locale works).
    :return: the date spelt out (CLDR patterns ``d MMMM y``, ``LLLL y``, ``y``) and the label of
        its precision from the ``date_precisions`` vocabulary.
    :raises DateError: when ``iso`` is not a stored date form or not a real date.
    """
    precision = iso_precision(iso)
    moment, known = _as_date(iso)
    if known == 1:
        words = str(moment.year)
    elif known == 2:
        words = format_date(moment.date(), "LLLL y", locale=language)
    elif known == 3:
        words = format_date(moment.date(), "d MMMM y", locale=language)
    else:
        words = format_datetime(moment, "d MMMM y, HH:mm", locale=language)
    label = vocabulary("date_precisions").label(precision, language)
    return f"{words}, {label[:1].lower()}{label[1:]}"


def short_date(iso: str) -> str:
    """A stored date as a short numeric date for lists: ``09.01.2026``, ``01.2026``, ``2026``,
    ``09.01.2026 14:20``; text that is not a stored date is returned as it is.

    :param iso: a stored ISO 8601 date, or any text.
    :return: the date day first with dots (the order of :func:`parse_date`), or iso unchanged.
    """
    try:
        moment, known = _as_date(iso)
    except (TypeError, ValueError):
        return iso
    if known == 1:
        return f"{moment.year:04d}"
    if known == 2:
        return f"{moment.month:02d}.{moment.year:04d}"
    day = f"{moment.day:02d}.{moment.month:02d}.{moment.year:04d}"
    return day if known == 3 else f"{day} {moment.hour:02d}:{moment.minute:02d}"
