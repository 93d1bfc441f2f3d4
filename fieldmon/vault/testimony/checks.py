"""Whether what a testimony holds may be stored, said in the words of the field to fix.

:func:`check_testimony` checks the steps one field at a time (dates, vocabulary codes, country
and language codes, persons named by id, files that exist) and names the first step and field
that needs attention; :func:`first_problem` asks the core validator about the resulting case.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fieldmon.resources import vocabulary
from fieldmon.vault.dates import DateError, parse_date
from fieldmon.vault.model import COUNTRY, LANGUAGE
from fieldmon.vault.testimony.errors import TestimonyIncomplete
from fieldmon.vault.testimony.steps import Testimony
from fieldmon.vault.validate import Problem, case_problems

__all__ = ["check_testimony", "date_precision", "first_problem", "is_date"]


def is_date(value: str) -> bool:
    """Whether value is a date as people type them and the model can store (see
    :func:`fieldmon.vault.dates.parse_date`: 2026, 01.2026, 09.01.2026, 2026-01-09T14:20, ...),
    and a real calendar date. A thin wrapper that turns :class:`~fieldmon.vault.dates.DateError`
    into False.

    :param value: the text typed; surrounding spaces are ignored.
    :return: True if it may be stored as a date (in its ISO 8601 form).
    """
    try:
        parse_date(value)
    except DateError:
        return False
    return True


def date_precision(value: str) -> str | None:
    """How precise a date is, as a code of the ``date_precisions`` vocabulary.

    :param value: a date accepted by :func:`is_date`.
    :return: the precision :func:`fieldmon.vault.dates.parse_date` gives (``minute``, ``day``,
        ``unknown_day_known_month`` or ``year``); None when value is not a date.
    """
    try:
        return parse_date(value).precision
    except DateError:
        return None


def _check_date(step: str, key: str, value: str | None, what: str) -> None:
    if value and not is_date(value.strip()):
        raise TestimonyIncomplete(
            step,
            key,
            f"The {what} '{value}' is not a date like 09.01.2026, 01.2026, 2026 or"
            " 2026-01-09T14:20.",
        )


def _check_code(step: str, key: str, vocab: str, value: str | None, what: str) -> None:
    if value and value not in vocabulary(vocab).codes:
        raise TestimonyIncomplete(step, key, f"Choose the {what} from the list.")


def check_testimony(case: Mapping[str, Any], testimony: Testimony) -> None:
    """Check what the steps collected, in the words of the field a monitor filled in.

    Checked: required fields (the person's name and roles, the event's title, each act's type,
    each perpetrator's name); dates (:func:`is_date`); codes of their vocabularies
    (``resources/vocab``); country codes in the ISO 3166-1 alpha-2 form and language codes in
    the ISO 639 form (:data:`fieldmon.vault.model.COUNTRY`, :data:`~fieldmon.vault.model.LANGUAGE`);
    persons named by id being in the case; evidence files existing. Consents are checked only
    for recipients that were asked (:meth:`Testimony.asked`). The case document itself is
    checked by :func:`first_problem`.

    :param case: the case the testimony goes into (for persons named by id).
    :param testimony: what was collected.
    :raises TestimonyIncomplete: naming the first step and field that needs attention.
    """
    person = testimony.person
    persons = {str(p.get("id")) for p in case.get("persons", [])}
    if person.existing is not None:
        if person.existing not in persons:
            raise TestimonyIncomplete("person", "existing", "Choose the person from the list.")
    else:
        if not person.name.strip():
            raise TestimonyIncomplete("person", "name", "Give the person's name or a pseudonym.")
        _check_date("person", "birth_date", person.birth_date, "date of birth")
        _check_code("person", "sex", "sexes", person.sex, "sex")
        for country in person.nationality:
            if not re.match(COUNTRY, country):
                raise TestimonyIncomplete(
                    "person", "nationality", "Choose the country from the list."
                )
        if not person.roles:
            raise TestimonyIncomplete(
                "person", "roles", "Say whether the person is a victim, a witness or other."
            )
    for role in person.roles:
        _check_code("person", "roles", "roles", role, "role")
    event = testimony.event
    if event is not None:
        if not event.title.strip():
            raise TestimonyIncomplete("event", "title", "Say in a few words what happened.")
        _check_date("event", "start", event.start, "date")
        _check_date("event", "end", event.end, "end date")
        for i, act in enumerate(event.acts):
            where = f"acts[{i}]"
            if not act.type:
                raise TestimonyIncomplete(
                    "event", f"{where}.type", "Choose what was done to the person."
                )
            _check_code("event", f"{where}.type", "act_types", act.type, "kind of act")
            _check_date("event", f"{where}.start", act.start, "date")
            _check_date("event", f"{where}.end", act.end, "end date")
            _check_code(
                "event", f"{where}.location_type", "location_types", act.location_type, "place"
            )
            for method in act.methods:
                _check_code("event", f"{where}.methods", "torture_methods", method, "method")
            if act.victim is not None and act.victim not in persons:
                raise TestimonyIncomplete(
                    "event", f"{where}.victim", "Choose who this was done to from the list."
                )
            if act.victim_name is not None and not act.victim_name.strip():
                raise TestimonyIncomplete(
                    "event", f"{where}.victim_name", "Give the name of the person it was done to."
                )
            for j, perpetrator in enumerate(act.perpetrators):
                pwhere = f"{where}.perpetrators[{j}]"
                if not perpetrator.name.strip():
                    raise TestimonyIncomplete(
                        "event",
                        f"{pwhere}.name",
                        "Give the perpetrator a name, or a description such as"
                        " 'Unknown officer A'.",
                    )
                _check_code(
                    "event",
                    f"{pwhere}.perpetrator_type",
                    "perpetrator_types",
                    perpetrator.perpetrator_type,
                    "kind of perpetrator",
                )
                _check_code(
                    "event",
                    f"{pwhere}.degree",
                    "involvement_degrees",
                    perpetrator.degree,
                    "part they took",
                )
    interview = testimony.interview
    _check_date("interview", "date", interview.date, "interview date")
    if interview.language and not re.match(LANGUAGE, interview.language):
        raise TestimonyIncomplete("interview", "language", "Choose the language from the list.")
    for recipient, level in testimony.asked().items():
        _check_code("consent", recipient, "recipients", recipient, "recipient")
        _check_code("consent", recipient, "identity_levels", level, "level of consent")
    _check_date("consent", "date", testimony.consent_date, "date of consent")
    for i, item in enumerate(testimony.evidence):
        if not Path(item.path).is_file():
            raise TestimonyIncomplete(
                "evidence", f"evidence[{i}]", f"The file {Path(item.path).name} cannot be found."
            )
        _check_code(
            "evidence", f"evidence[{i}].source_type", "source_types", item.source_type, "kind"
        )


def first_problem(case: Mapping[str, Any]) -> Problem | None:
    """The first reason the core validator gives for not storing case, or None.

    A thin wrapper over :func:`fieldmon.vault.validate.case_problems` (JSON Schema 2020-12 and
    the rules the schema cannot state).

    :param case: a case document.
    :return: the first of :func:`fieldmon.vault.validate.case_problems`, whose ``message`` is
        worded for a person; None when the case may be stored.
    """
    problems = case_problems(case)
    return problems[0] if problems else None
