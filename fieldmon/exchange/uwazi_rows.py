"""One row of Uwazi's ``import.csv`` per case: the values of the template's properties
(:mod:`fieldmon.exchange.uwazi_template`), free text cleaned by the dossier's redactor for the
recipient ``public``, vocabulary terms in en and ru."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from fieldmon.consent.redactor import Redactor
from fieldmon.dossier.texts import Texts
from fieldmon.exchange.uwazi_template import (
    DATE_FORMAT,
    GROUP,
    LANGUAGES,
    MULTI,
    RANGE,
    Thesauri,
    Value,
)

TEXT_SEPARATOR = "; "
"""Between several items of a text property (a text cell is not split by Uwazi)."""


def select_label(text: str) -> str:
    """A label made safe as a thesaurus value in a CSV cell: Uwazi splits a cell at ``|`` and a
    value at ``::``, so those become ``/`` and ``:``; spaces folded.

    :param text: the label.
    :return: the label as written in the cell.
    """
    return " ".join(text.replace(MULTI, "/").replace(GROUP, ":").split())


def _day(value: str, precision: str | None, last: bool) -> date | None:
    """The first (or last) day a recorded date may mean, as precise as it is known: a month
    known without its day is its whole month, a year its whole year."""
    parts = value[:10].split("-")
    if precision in ("month", "unknown_day_known_month"):
        parts = parts[:2]
    elif precision == "year":
        parts = parts[:1]
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return date(year, 12, 31) if last else date(year, 1, 1)
        month = int(parts[1])
        if len(parts) == 2:
            return date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        return date(year, month, int(parts[2]))
    except (ValueError, IndexError):
        return None


def date_range(start: str | None, end: str | None, precision: str | None) -> str:
    """A recorded period as an Uwazi date range ``FROM:TO`` of ISO 8601 dates (YYYY-MM-DD).

    Times are dropped (Uwazi's date properties hold days, and ``:`` separates the ends). A
    moment is a range of one day; a month or year known without its day is the whole month or
    year (the date precision codes of ``resources/vocab/date_precisions.json``).

    :param start: the start as recorded (ISO 8601), or None.
    :param end: the end as recorded, or None for a moment.
    :param precision: the recorded precision, or None.
    :return: ``YYYY-MM-DD:YYYY-MM-DD``; ``""`` when no date is recorded or it cannot be read.
    """
    first_value, last_value = start or end, end or start
    if not first_value or not last_value:
        return ""
    first = _day(first_value, precision, last=False)
    last = _day(last_value, precision, last=True)
    if first is None or last is None:
        return ""
    return f"{first.strftime(DATE_FORMAT)}{RANGE}{last.strftime(DATE_FORMAT)}"


def one_date(value: str | None) -> str:
    """A recorded date as YYYY-MM-DD (a date known only to the month or year: its first day).

    :param value: the date as recorded (ISO 8601), or None.
    :return: the date; ``""`` for none or one that cannot be read.
    """
    day = _day(value, None, last=False) if value else None
    return day.strftime(DATE_FORMAT) if day else ""


def _unique(items: Iterable[str]) -> list[str]:
    return [i for i in dict.fromkeys(items) if i]


def _acts(case: Mapping[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(e, a) for e in case.get("events", []) for a in e.get("acts", [])]


def case_row(
    case: Mapping[str, Any],
    redactors: Mapping[str, Redactor],
    attachments: list[str],
    thesauri: Thesauri,
) -> dict[str, str]:
    """The row of one case: every column of :func:`fieldmon.exchange.uwazi_template.columns`.

    :param case: the sealed case document.
    :param redactors: the recipient ``public``'s redactor in each language of
        :data:`~fieldmon.exchange.uwazi_template.LANGUAGES`, with the cases added (the same
        decisions; only the labels' words differ).
    :param attachments: the names in the ZIP of the case's files that may be published.
    :param thesauri: collects the thesaurus values the row uses, for ``TEMPLATE.md``.
    :return: column name to cell text.
    """
    reference = str(case["reference"])
    texts = {lang: Texts(lang) for lang in LANGUAGES}
    row: dict[str, str] = {"case_reference": reference}
    for lang in LANGUAGES:
        row.update(_language_cells(case, redactors[lang], texts[lang], lang))
    multi: dict[str, list[Value]] = {
        k: [] for k in ("status", "country", "act_types", "perpetrator_types")
    }
    grouped: dict[str, list[tuple[Value, Value]]] = {
        k: [] for k in ("places", "methods", "violations", "interventions")
    }

    def both(fn: Any) -> Value:
        return tuple(select_label(fn(texts[lang])) for lang in LANGUAGES)

    if case.get("status"):
        multi["status"].append(both(lambda t: t.vocab("case_statuses", case["status"])))
    state = case.get("respondent_state")
    country = both(lambda t: t.country(state)) if state else None
    if country:
        multi["country"].append(country)
    for _, act in _acts(case):
        kind = both(lambda t, a=act: t.vocab("act_types", a["type"]))
        multi["act_types"].append(kind)
        for method in act.get("methods") or []:
            value = both(lambda t, m=method: t.vocab("torture_methods", m))
            grouped["methods"].append((kind, value))
        if act.get("location_type"):
            place = both(lambda t, a=act: t.vocab("location_types", a["location_type"]))
            grouped["places"].append((country or ("", ""), place))
        for involvement in act.get("involvements") or []:
            if involvement.get("perpetrator_type"):
                code = involvement["perpetrator_type"]
                multi["perpetrator_types"].append(
                    both(lambda t, c=code: t.vocab("perpetrator_types", c))
                )
    for violation in case.get("violations", []):
        instrument, article = str(violation["instrument"]), str(violation["article"])
        group = both(lambda t, i=instrument: t.instrument(i))
        value = both(lambda t, i=instrument, a=article: t.article_ref(i, a, start=True))
        grouped["violations"].append((group, value))
    for intervention in case.get("interventions") or []:
        body = both(lambda t, i=intervention: t.vocab("recipients", i["body"]))
        kind = both(
            lambda t, i=intervention: t.vocab("intervention_types", i.get("type") or "other")
        )
        grouped["interventions"].append((body, kind))
    names = {
        "status": "Case status",
        "country": "Countries",
        "act_types": "Acts",
        "perpetrator_types": "Perpetrator types",
        "places": "Places",
        "methods": "Methods",
        "violations": "Violations",
        "interventions": "Interventions",
    }
    for prop, values in multi.items():
        values = list(dict.fromkeys(values))
        for value in values:
            thesauri.add(names[prop], value)
        for i, lang in enumerate(LANGUAGES):
            row[f"{prop}__{lang}"] = MULTI.join(v[i] for v in values)
    for prop, pairs in grouped.items():
        pairs = list(dict.fromkeys(pairs))
        for group, value in pairs:
            thesauri.add(names[prop], value, group if group[0] else None)
        for i, lang in enumerate(LANGUAGES):
            row[f"{prop}__{lang}"] = MULTI.join(
                f"{g[i]}{GROUP}{v[i]}" if g[0] else v[i] for g, v in pairs
            )
    row["event_dates"] = MULTI.join(
        _unique(
            date_range(e.get("start"), e.get("end"), e.get("date_precision"))
            for e in case.get("events", [])
        )
    )
    row["intervention_dates"] = MULTI.join(
        _unique(one_date(i.get("date")) for i in case.get("interventions") or [])
    )
    victims = [p for p in case.get("persons", []) if "victim" in p.get("roles", [])]
    size = {str(p["id"]): max(1, int(p.get("group_size") or 1)) for p in victims}
    en = redactors[LANGUAGES[0]]
    row["victims"] = str(sum(size.values()))
    row["victims_not_identified"] = str(
        sum(n for pid, n in size.items() if not en.appears(reference, pid))
    )
    row["attachments"] = MULTI.join(attachments)
    return row


def _language_cells(
    case: Mapping[str, Any], redactor: Redactor, texts: Texts, lang: str
) -> dict[str, str]:
    """The free-text cells of a case in one language: its words as recorded, cleaned by the
    redactor (whose labels, "[identity withheld]" or "Person A", are in that language)."""
    reference = str(case["reference"])

    def clean(text: Any, where: str) -> str:
        return redactor.clean(str(text) if text else "", reference, where=where)

    places = []
    for event, act in _acts(case):
        raw = (act.get("arrest") or {}).get("place") or event.get("place")
        places.append(" ".join(clean(raw, "events/place").split()))
    places += [
        " ".join(clean(e.get("place"), "events/place").split()) for e in case.get("events", [])
    ]
    shown = [
        redactor.label(reference, str(p["id"]))
        for p in case.get("persons", [])
        if "victim" in p.get("roles", []) and redactor.appears(reference, str(p["id"]))
    ]
    interventions = [
        " — ".join(
            x
            for x in (
                one_date(i.get("date")),
                texts.vocab("recipients", i["body"]),
                texts.vocab("intervention_types", i["type"]) if i.get("type") else "",
                texts.vocab("intervention_statuses", i["status"]) if i.get("status") else "",
            )
            if x
        )
        for i in case.get("interventions") or []
    ]
    return {
        f"title__{lang}": f"{reference}: {clean(case.get('title'), 'title')}",
        f"summary__{lang}": clean(case.get("summary"), "summary"),
        f"place_details__{lang}": TEXT_SEPARATOR.join(_unique(places)),
        f"victims_shown__{lang}": TEXT_SEPARATOR.join(shown),
        f"intervention_details__{lang}": TEXT_SEPARATOR.join(interventions),
    }
