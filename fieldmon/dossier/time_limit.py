"""Article 35 § 1 of the Convention: the time limit for applying to the Court, per complaint.

The Court may only deal with a matter "within a period of four months from the date on which
the final decision was taken" (Article 35 § 1 of the European Convention on Human Rights as
amended by Article 4 of Protocol No. 15). Article 8 § 3 of Protocol No. 15 keeps the former six
months for final decisions taken before the Protocol's entry into force, 1 February 2022.

How the period is counted is the Court's case-law, summarised in its *Practical Guide on
Admissibility Criteria* (section on the four-month period): it runs from the day after the
final decision (or its service, when the applicant is entitled to be served), and ends at the
end of the same date of the month four (or six) months later, or of the last day of that month
when the date does not exist; a last day falling on a Saturday, Sunday or holiday is not
extended. Where no effective remedy exists, the period runs from the act complained of, or from
the end of a continuing situation (and does not start while the situation continues). The date
of introduction is the date of dispatch (postmark) of a complete application (Rule 47 § 6 (a)
of the Rules of Court; Practice Direction *Institution of proceedings*).

Sources, worked examples and what was not verified: ``docs/time-limit.md``.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

__all__ = [
    "FOUR_MONTHS_FROM",
    "TimeLimit",
    "complaint_limits",
    "expired_limits",
    "last_day",
    "months_for",
]

NEAR_DAYS = 30
"""Days before the last day from which a time limit is warned about: an application must be
complete and posted by the last day (Rule 47 § 6 (a)), and the form, its signature and copies
of the documents take time to assemble."""

FOUR_MONTHS_FROM = date(2022, 2, 1)
"""Entry into force of Protocol No. 15 (Article 7 of it): final decisions taken on or after
this day have four months, earlier ones six (Article 8 § 3 of Protocol No. 15)."""

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2})?)?)?)?$")
_DAY_PRECISIONS = frozenset({"day", "minute"})


@dataclass(frozen=True)
class TimeLimit:
    """The Article 35 § 1 time limit of one complaint (one violation record).

    :ivar complaint: the violation record (instrument, article, limb ...), as in the case.
    :ivar basis: what the period runs from: ``final_decision`` (the final remedy's date),
        ``service`` (the day it was served), ``act`` (no effective remedy: the act),
        ``situation_end`` (no remedy, a continuing situation that ended), ``continuing``
        (no remedy, the situation goes on: the period has not started), ``no_final`` (no final
        decision yet, remedies still open) or ``imprecise`` (a date it depends on is not known
        to the day: no last day is invented).
    :ivar start: the day the period runs from (it starts the next day), or None.
    :ivar months: 4, or 6 for a final decision taken before 1 February 2022; 0 when no limit
        runs or the number cannot be told.
    :ivar last_day: the last day to introduce the application (dispatch on it is in time), or
        None when none can be computed.
    :ivar remedy: the final remedy record the period runs from (or the remedy whose imprecise
        date prevents counting), else None.
    """

    complaint: dict[str, Any]
    basis: str
    start: date | None
    months: int
    last_day: date | None
    remedy: dict[str, Any] | None

    def days_left(self, today: date) -> int | None:
        """Days from ``today`` to the last day: 0 on the last day, negative once it passed.

        :param today: the day counted from (a dossier uses ``ctx.generated.date()``).
        :return: whole days, or None when there is no last day.
        """
        return None if self.last_day is None else (self.last_day - today).days

    def expired(self, today: date) -> bool:
        """Whether the period ended before ``today`` (False on the last day itself).

        :param today: the day to judge at.
        :return: True once ``today`` is after :attr:`last_day`; False when there is none.
        """
        return self.last_day is not None and today > self.last_day

    def near(self, today: date) -> bool:
        """Whether the last day is today or within :data:`NEAR_DAYS` days (not yet passed):
        an application posted later than that is at risk.

        :param today: the day to judge at.
        :return: True when 0 <= days left <= :data:`NEAR_DAYS`.
        """
        left = self.days_left(today)
        return left is not None and 0 <= left <= NEAR_DAYS

    def in_time(self, introduced: date) -> bool | None:
        """Whether an application introduced on ``introduced`` meets the time limit.

        :param introduced: the date of introduction, i.e. the date of dispatch (postmark) of a
            complete application (Rule 47 § 6 (a) of the Rules of Court), not its receipt.
        :return: True on or before :attr:`last_day` (a Saturday or Sunday last day is not
            extended), False after it, None when there is no last day.
        """
        return None if self.last_day is None else introduced <= self.last_day


def last_day(start: date, months: int) -> date:
    """The last day of a period of ``months`` months running from the day after ``start``.

    The same day number ``months`` months later; the last day of that month when it is shorter
    (31 October + 4 months = 28 or 29 February). A Saturday, Sunday or holiday is not moved.
    Source: the Court's *Practical Guide on Admissibility Criteria* (computation of the
    four-month period), applying Article 35 § 1 of the Convention.

    :param start: the final decision's day (or its service, the act, the situation's end).
    :param months: the length of the period in months (4 or 6); 0 gives ``start``.
    :return: the last day on which the application may be dispatched.
    :raises ValueError: when ``months`` is negative.
    """
    if months < 0:
        raise ValueError(f"a period cannot be {months} months")
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def months_for(decided: date) -> int:
    """The period's length for a final decision taken on ``decided``.

    :param decided: the day the final decision was taken (not the day it was served).
    :return: 4 if ``decided`` is on or after 1 February 2022, else 6 (Article 8 § 3 of
        Protocol No. 15).
    """
    return 4 if decided >= FOUR_MONTHS_FROM else 6


def complaint_limits(case: dict[str, Any]) -> list[TimeLimit]:
    """The Article 35 § 1 time limit of each complaint of a case.

    A complaint's final decision is the latest remedy with ``final: true`` among those its
    ``remedies`` list names (all the case's remedies when the list is empty); the period runs
    from its ``served`` day when recorded (basis ``service``), else from its ``date``
    (``final_decision``); its length is judged by the decision's ``date``. With ``no_remedy``
    the period runs from the latest ``end`` (else ``start``) of the acts the complaint names
    (all the case's acts when it names none), or, for a ``continuing`` situation, from
    ``situation_end`` (not at all while it goes on). A date less precise than a day gives
    ``imprecise`` and no last day. Sources: Article 35 § 1 ECHR; Article 8 § 3 of Protocol
    No. 15; the Court's *Practical Guide on Admissibility Criteria* (four-month period).

    :param case: a case document (``violations``, ``remedies``, ``events[*].acts``).
    :return: one :class:`TimeLimit` per violation, in the case's order.
    """
    return [_limit(case, v) for v in case.get("violations") or []]


def expired_limits(case: dict[str, Any], today: date) -> list[TimeLimit]:
    """The complaints of a case whose time limit ended before ``today``.

    :param case: a case document.
    :param today: the day to judge at (a dossier uses ``ctx.generated.date()``).
    :return: the :func:`complaint_limits` that are :meth:`TimeLimit.expired`, in order.
    """
    return [limit for limit in complaint_limits(case) if limit.expired(today)]


def _limit(case: dict[str, Any], violation: dict[str, Any]) -> TimeLimit:
    if violation.get("no_remedy") is True:
        return _without_remedy(case, violation)
    finals = [r for r in _named(case.get("remedies"), violation.get("remedies")) if _final(r)]
    if not finals:
        return TimeLimit(violation, "no_final", None, 0, None, None)
    remedy = _latest(finals, lambda r: r.get("date"))
    decided = _range(remedy.get("date"))
    months = _months(decided)
    served = remedy.get("served")
    basis = "service" if served else "final_decision"
    start = _day(served if served else remedy.get("date"))
    if start is None or months == 0:
        return TimeLimit(violation, "imprecise", start, months, None, remedy)
    return TimeLimit(violation, basis, start, months, last_day(start, months), remedy)


def _without_remedy(case: dict[str, Any], violation: dict[str, Any]) -> TimeLimit:
    if violation.get("continuing") is True:
        end = violation.get("situation_end")
        if not end:
            return TimeLimit(violation, "continuing", None, 0, None, None)
        return _from_day(violation, "situation_end", _day(end), _range(end))
    acts = list(_named(_acts(case), violation.get("acts")))
    if not acts:
        return TimeLimit(violation, "imprecise", None, 0, None, None)
    act = _latest(acts, _act_date)
    when = _act_date(act)
    return _from_day(violation, "act", _day(when), _range(when))


def _from_day(
    violation: dict[str, Any], basis: str, start: date | None, span: tuple[date, date] | None
) -> TimeLimit:
    months = _months(span)
    if start is None or months == 0:
        return TimeLimit(violation, "imprecise", start, months, None, None)
    return TimeLimit(violation, basis, start, months, last_day(start, months), None)


def _final(remedy: dict[str, Any]) -> bool:
    return remedy.get("final") is True


def _named(records: Any, ids: Any) -> Iterable[dict[str, Any]]:
    """The records whose id is in ``ids``, in their order; all of them when ``ids`` is empty."""
    items = [r for r in records or [] if isinstance(r, dict)]
    if not ids:
        return items
    wanted = set(ids)
    return [r for r in items if r.get("id") in wanted]


def _acts(case: dict[str, Any]) -> list[dict[str, Any]]:
    return [a for e in case.get("events") or [] for a in e.get("acts") or []]


def _act_date(act: dict[str, Any]) -> str | None:
    """An act's last known moment: its ``end``, else its ``start``; None when imprecise by its
    own ``date_precision`` mark (a day-shaped date marked approximate is not a known day)."""
    precision = act.get("date_precision")
    when = act.get("end") or act.get("start")
    if not isinstance(when, str):
        return None
    if precision and precision not in _DAY_PRECISIONS and len(when) >= 10:
        return when[:7]  # a day-shaped date marked approximate: only the month is trusted
    return when


def _latest(records: list[dict[str, Any]], when: Any) -> dict[str, Any]:
    """The record whose date can be the latest: by the last day its date may mean, a missing
    date counting as possibly latest (so an uncertain one is never passed over silently)."""
    far = date.max

    def key(record: dict[str, Any]) -> tuple[date, int]:
        span = _range(when(record))
        # On a tie the less precise one wins: it might be later.
        return (far, 1) if span is None else (span[1], 0 if span[0] == span[1] else 1)

    return max(records, key=key)


def _range(iso: Any) -> tuple[date, date] | None:
    """The first and last day a stored ISO date may mean (``2025-03`` -> 1-31 March)."""
    if not isinstance(iso, str):
        return None
    m = _ISO.match(iso.strip())
    if not m:
        return None
    year = int(m[1])
    try:
        if m[2] is None:
            return date(year, 1, 1), date(year, 12, 31)
        month = int(m[2])
        if m[3] is None:
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        day = date(year, month, int(m[3]))
    except ValueError:
        return None
    return day, day


def _day(iso: Any) -> date | None:
    """The day a stored date names, or None when it is less precise than a day."""
    span = _range(iso)
    return span[0] if span and span[0] == span[1] else None


def _months(span: tuple[date, date] | None) -> int:
    """4 or 6 when every day ``span`` may mean gives the same answer, else 0."""
    if span is None:
        return 0
    first, last = months_for(span[0]), months_for(span[1])
    return first if first == last else 0
