"""Dates and date ranges in words, as precise as they are known and never more.

A range of one day shows the day once ("9 January 2026, 14:30–16:00"); a range within one
month or year shares what the two ends share ("9–12 January 2026", "30 January – 2 February
2026", "January–March 2026"); a date known to the month never shows a day, nor one known to the
year a month.
"""

from __future__ import annotations

from dataclasses import dataclass

_DAY_FREE = ("month", "unknown_day_known_month")
DASH = "\u2013"  # en dash: between numbers without spaces, between dates with spaces


@dataclass(frozen=True)
class Moment:
    """A date cut to its precision.

    :ivar year: the year as written ("2026").
    :ivar month: 1-12, or None when not known.
    :ivar day: 1-31, or None when not known.
    :ivar time: "HH:MM", or None.
    """

    year: str
    month: int | None
    day: int | None
    time: str | None


def moment(value: str, precision: str | None) -> Moment | None:
    """An ISO 8601 date cut to its recorded precision.

    :param value: ``2026``, ``2026-01``, ``2026-01-09`` or ``2026-01-09T14:30...``.
    :param precision: a code of ``resources/vocab/date_precisions.json`` (``minute``, ``day``,
        ``unknown_day_known_month``, ``month``, ``year``, ``unknown``), or None to keep what
        the value holds (a time to the minute).
    :return: the moment; None for precision ``unknown``.
    """
    if precision == "unknown":
        return None
    date_part, _, time_part = value.partition("T")
    parts = date_part.split("-")
    month = int(parts[1]) if len(parts) > 1 and parts[1] else None
    day = int(parts[2]) if len(parts) > 2 and parts[2] else None
    time = time_part[:5] if time_part else None
    if precision in _DAY_FREE:
        day, time = None, None
    elif precision == "year":
        month, day, time = None, None, None
    elif precision == "day":
        time = None
    return Moment(parts[0], month, day, time)


@dataclass(frozen=True)
class DateWords:
    """The words a language writes dates with.

    :ivar language: en, ru or az.
    :ivar months: month names as they stand alone (ru nominative: "январь").
    :ivar months_of: month names after a day (ru genitive: "января"; en, az as ``months``).
    :ivar unknown: the words for an unknown date.
    :ivar day_unknown: the words added where the day is known to be unknown.
    """

    language: str
    months: list[str]
    months_of: list[str]
    unknown: str
    day_unknown: str

    def _year(self, year: str) -> str:
        return f"{year} г." if self.language == "ru" else year

    def _day_month(self, m: Moment) -> str:
        assert m.month is not None and m.day is not None
        return f"{m.day} {self.months_of[m.month - 1]}"

    def one(self, m: Moment | None, note: bool = False) -> str:
        """One date in words: "9 January 2026, 14:30", "9 января 2026 г.", "yanvar 2026".

        :param m: the date, or None for an unknown date.
        :param note: whether to add "(day unknown)".
        :return: the words.
        """
        if m is None:
            return self.unknown
        if m.month is None:
            text = m.year
        elif m.day is None:
            text = f"{self.months[m.month - 1]} {self._year(m.year)}"
        else:
            text = f"{self._day_month(m)} {self._year(m.year)}"
        if m.time:
            text += f", {m.time}"
        return text + (f" ({self.day_unknown})" if note else "")

    def range(self, a: Moment | None, b: Moment | None, note: bool = False) -> str:
        """A range in words, sharing what its two ends share.

        :param a: its start, or None if unknown.
        :param b: its end, or None if unknown.
        :param note: whether to add "(day unknown)".
        :return: the words.
        """
        if a is None or b is None or a == b:
            return self.one(a if a is not None else b, note)
        suffix = f" ({self.day_unknown})" if note else ""
        same_day = (a.year, a.month, a.day) == (b.year, b.month, b.day) and a.day is not None
        if same_day:
            date = self.one(Moment(a.year, a.month, a.day, None))
            if a.time and b.time:
                return f"{date}, {a.time}{DASH}{b.time}{suffix}"
            if a.time or b.time:  # the end's time alone is shown as "–16:00"
                return f"{date}, {a.time or DASH + str(b.time)}{suffix}"
            return date + suffix
        if a.month is None and b.month is None:
            years = f"{a.year}{DASH}{b.year}"
            return f"{years} гг." if self.language == "ru" else years
        if a.time or b.time or a.year != b.year or (a.month is None) != (b.month is None):
            return f"{self.one(a)} {DASH} {self.one(b)}{suffix}"
        if a.month is None or b.month is None:
            return self.one(a) + suffix  # same year, year precision: caught by a == b
        if a.day is None or b.day is None:
            if a.day is not None or b.day is not None:
                return f"{self.one(a)} {DASH} {self.one(b)}{suffix}"
            months = f"{self.months[a.month - 1]}{DASH}{self.months[b.month - 1]}"
            return f"{months} {self._year(a.year)}{suffix}"
        if a.month == b.month:
            month = self.months_of[a.month - 1]
            return f"{a.day}{DASH}{b.day} {month} {self._year(a.year)}{suffix}"
        return f"{self._day_month(a)} {DASH} {self._day_month(b)} {self._year(a.year)}{suffix}"
