"""A testimony written into a case document as the records the full case editor would write.

:func:`apply_testimony` checks the testimony and writes every record (a person, an event with
acts, perpetrators with their involvement, an interview, consents and evidence records, in the
record model of :mod:`fieldmon.vault.model`), with ids from :func:`fieldmon.vault.ids.new_id`.
:func:`draft_case` writes whatever has been collected so far, without checking anything, so the
document can be kept as an encrypted draft while a testimony is typed.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldmon.resources import vocabulary
from fieldmon.vault.dates import DateError, parse_date
from fieldmon.vault.ids import new_id
from fieldmon.vault.model import COUNTRY, LANGUAGE
from fieldmon.vault.testimony.checks import check_testimony, date_precision, first_problem, is_date
from fieldmon.vault.testimony.steps import ActStep, EventStep, InterviewStep, Testimony
from fieldmon.vault.validate import InvalidCase

__all__ = ["Applied", "apply_testimony", "draft_case"]

# Fields that hold dates: stored in ISO 8601 whatever form they were typed in.
_DATE_KEYS = {"start", "end", "date", "birth_date", "collected"}


def _normal_date(value: str) -> str:
    """The ISO form of a typed date; text that is no date yet (a draft) is kept as typed."""
    try:
        return parse_date(value).iso
    except DateError:
        return value


@dataclass(frozen=True)
class Applied:
    """A case document with a testimony written into it, and where it went.

    :ivar case: the new case document (the input is never changed).
    :ivar person: id of the person interviewed.
    :ivar event: id of the event, or None when none was given.
    :ivar acts: ids of the acts, in the order given.
    :ivar interview: id of the interview.
    :ivar files: evidence id -> the file to attach to it, in the order given.
    :ivar strip: evidence ids whose file should also be kept without metadata.
    """

    case: dict[str, Any]
    person: str
    event: str | None
    acts: list[str]
    interview: str
    files: dict[str, Path]
    strip: frozenset[str]


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _put(record: dict[str, Any], key: str, value: Any) -> None:
    """Set key only when value says something (no empty strings or lists in documents)."""
    if isinstance(value, str):
        value = value.strip()
    if value is None or value == "" or value == []:
        return
    if key in _DATE_KEYS and isinstance(value, str):
        value = _normal_date(value)
    record[key] = value


def _add_person(
    case: dict[str, Any], name: str, roles: list[str], *, strict: bool = True, **fields: Any
) -> str:
    record: dict[str, Any] = {"id": new_id(case, "persons"), "name": name.strip()}
    for key, value in fields.items():
        _put(record, key, value)
    roles = list(dict.fromkeys(roles))
    if strict:
        record["roles"] = roles or ["other"]
    elif roles:
        record["roles"] = roles
    case.setdefault("persons", []).append(record)
    return str(record["id"])


def _add_roles(case: dict[str, Any], person_id: str, roles: Iterable[str]) -> None:
    for person in case.get("persons", []):
        if person.get("id") == person_id:
            person["roles"] = list(dict.fromkeys([*person.get("roles", []), *roles]))


def _code(vocab: str, value: str | None) -> str | None:
    """value when it is a code of the vocabulary, else None."""
    return value if value and value in vocabulary(vocab).codes else None


def _act_says_something(act: ActStep) -> bool:
    return bool(
        act.type
        or _text(act.start)
        or _text(act.end)
        or act.location_type
        or act.methods
        or _text(act.description)
        or _text(act.victim_name)
        or any(p.name.strip() for p in act.perpetrators)
    )


def _event_says_something(event: EventStep) -> bool:
    return bool(
        event.title.strip()
        or _text(event.start)
        or _text(event.end)
        or _text(event.place)
        or _text(event.description)
        or any(_act_says_something(a) for a in event.acts)
    )


def _interview_says_something(interview: InterviewStep) -> bool:
    return bool(
        _text(interview.date)
        or _text(interview.place)
        or interview.language
        or _text(interview.interpreter)
        or any(n.strip() for n in interview.present)
        or _text(interview.restrictions)
        or _text(interview.narrative)
    )


@dataclass
class _Written:
    case: dict[str, Any]
    person: str | None = None
    event: str | None = None
    acts: list[str] = field(default_factory=list)
    interview: str | None = None
    files: dict[str, Path] = field(default_factory=dict)
    strip: set[str] = field(default_factory=set)


def _write(case: Mapping[str, Any], testimony: Testimony, *, strict: bool) -> _Written:
    """Write testimony into a copy of case.

    strict: the testimony was checked (:func:`check_testimony`) and every record is written.
    Otherwise (a draft) what is missing or unfinished is left out: a person without a name,
    records that say nothing, codes that are not codes; text is kept as typed.
    """
    doc: dict[str, Any] = copy.deepcopy(dict(case))
    out = _Written(doc)
    persons = {str(p.get("id")) for p in doc.get("persons", [])}
    step = testimony.person
    roles = step.roles if strict else [r for r in step.roles if _code("roles", r)]
    if step.existing is not None:
        if strict or step.existing in persons:
            out.person = step.existing
            _add_roles(doc, step.existing, roles)
    elif strict or step.name.strip():
        out.person = _add_person(
            doc,
            step.name,
            roles,
            strict=strict,
            other_names=[n.strip() for n in step.other_names if n.strip()],
            sex=step.sex if strict else _code("sexes", step.sex),
            birth_date=step.birth_date,
            nationality=list(
                dict.fromkeys(n for n in step.nationality if strict or re.match(COUNTRY, n))
            ),
            occupation=step.occupation,
            description=step.description,
        )
    person_id = out.person

    ev = testimony.event
    if ev is not None and (strict or _event_says_something(ev)):
        event: dict[str, Any] = {"id": new_id(doc, "events")}
        if strict:
            event["title"] = ev.title.strip()
        else:
            _put(event, "title", ev.title)
        _put(event, "start", ev.start)
        _put(event, "end", ev.end)
        if ev.start:
            _put(event, "date_precision", date_precision(ev.start.strip()))
        _put(event, "place", ev.place)
        _put(event, "description", ev.description)
        event["acts"] = []
        doc.setdefault("events", []).append(event)
        out.event = str(event["id"])
        for act_step in ev.acts:
            if not strict and not _act_says_something(act_step):
                continue
            victim: str | None
            if act_step.victim is not None and (strict or act_step.victim in persons):
                victim = act_step.victim
                _add_roles(doc, victim, ["victim"])
            elif act_step.victim_name is not None and (strict or act_step.victim_name.strip()):
                victim = _add_person(doc, act_step.victim_name, ["victim"], strict=strict)
            else:
                victim = person_id
                if victim is not None:
                    _add_roles(doc, victim, ["victim"])
            act: dict[str, Any] = {"id": new_id(doc, "acts")}
            if strict:
                act["type"] = act_step.type
            else:
                _put(act, "type", _code("act_types", act_step.type))
            _put(act, "victim", victim)
            _put(act, "start", act_step.start)
            _put(act, "end", act_step.end)
            if act_step.start:
                _put(act, "date_precision", date_precision(act_step.start.strip()))
            _put(
                act,
                "location_type",
                act_step.location_type
                if strict
                else _code("location_types", act_step.location_type),
            )
            methods = act_step.methods
            if not strict:
                methods = [m for m in methods if _code("torture_methods", m)]
            _put(act, "methods", list(dict.fromkeys(methods)))
            _put(act, "description", act_step.description)
            event["acts"].append(act)
            out.acts.append(str(act["id"]))
            involvements: list[dict[str, Any]] = []
            for perpetrator in act_step.perpetrators:
                if not strict and not perpetrator.name.strip():
                    continue
                pid = _add_person(
                    doc,
                    perpetrator.name,
                    ["perpetrator"],
                    strict=strict,
                    description=perpetrator.description,
                )
                involvement: dict[str, Any] = {
                    "id": new_id(doc, "involvements"),
                    "perpetrator": pid,
                }
                _put(involvement, "degree", perpetrator.degree)
                _put(involvement, "perpetrator_type", perpetrator.perpetrator_type)
                involvements.append(involvement)
            if involvements:
                act["involvements"] = involvements

    iv = testimony.interview
    interview: dict[str, Any] | None = None
    if strict or person_id is not None or _interview_says_something(iv):
        interview = {"id": new_id(doc, "interviews")}
        _put(interview, "interviewee", person_id)
        _put(interview, "interviewers", [n.strip() for n in iv.interviewers if n.strip()])
        _put(interview, "interpreter", iv.interpreter)
        _put(interview, "present", [n.strip() for n in iv.present if n.strip()])
        _put(interview, "date", iv.date)
        _put(interview, "place", iv.place)
        language = iv.language if strict or re.match(LANGUAGE, iv.language or "") else None
        _put(interview, "language", language)
        _put(interview, "restrictions", iv.restrictions)
        _put(interview, "narrative", iv.narrative)
        doc.setdefault("interviews", []).append(interview)
        out.interview = str(interview["id"])

    asked = testimony.asked()
    if not strict:
        asked = {
            r: level
            for r, level in asked.items()
            if _code("recipients", r) and _code("identity_levels", level)
        }
    if asked and person_id is not None:
        consents = [
            c
            for c in doc.get("consents", [])
            if not (c.get("person") == person_id and c.get("recipient") in asked)
        ]
        doc["consents"] = consents
        for recipient, level in asked.items():
            consent: dict[str, Any] = {
                "id": new_id(doc, "consents"),
                "person": person_id,
                "recipient": recipient,
                "identity": level,
            }
            _put(consent, "date", testimony.consent_date)
            _put(consent, "recorded_by", testimony.recorded_by)
            if testimony.consent_explained is not None:
                consent["explained"] = testimony.consent_explained
            consents.append(consent)

    today = datetime.now(UTC).strftime("%Y-%m-%d")
    interviewers = interview.get("interviewers", []) if interview is not None else []
    for item in testimony.evidence:
        path = Path(item.path)
        record: dict[str, Any] = {
            "id": new_id(doc, "evidence"),
            "title": _text(item.title) or path.name,
            "file": path.name,
        }
        _put(
            record,
            "source_type",
            item.source_type if strict else _code("source_types", item.source_type),
        )
        collector = testimony.recorded_by or next(iter(interviewers), None)
        _put(record, "collected_by", collector)
        collected = (iv.date or "").strip()
        # Through the date parser: a date typed 10.02.2026 is stored as 2026-02-10.
        record["collected"] = _normal_date(collected) if is_date(collected) else today
        _put(record, "description", item.description)
        doc.setdefault("evidence", []).append(record)
        out.files[str(record["id"])] = path
        if item.strip_metadata:
            out.strip.add(str(record["id"]))
    return out


def apply_testimony(case: Mapping[str, Any], testimony: Testimony) -> Applied:
    """Write a testimony into a case document as the records the full editor would.

    Writes a person (or adds roles to the one chosen), an event with its acts (victims and
    perpetrators as persons, involvements on the acts), an interview of the person, one consent
    per recipient that was asked (none for :data:`NOT_ASKED`; an earlier consent of the same
    person for the same recipient is replaced), and an evidence record per file (collected on
    the interview date when that is a date, else today in UTC). Events, acts and involvements
    follow the HURIDOCS Events Standard Formats as the record model does
    (:mod:`fieldmon.vault.model`). Dates are stored in ISO 8601
    (:func:`fieldmon.vault.dates.parse_date`), with the precision of each event's and act's
    start. Every id is generated with :func:`fieldmon.vault.ids.new_id`, so none clashes with
    the case's own.

    :param case: a case document (new or read from the vault); it is not changed.
    :param testimony: what the steps collected.
    :return: the new document and the ids written.
    :raises TestimonyIncomplete: naming the step and field to fix.
    :raises InvalidCase: when the resulting document fails the validator (the first problem,
        see :func:`~fieldmon.vault.testimony.checks.first_problem`).
    """
    check_testimony(case, testimony)
    out = _write(case, testimony, strict=True)
    problem = first_problem(out.case)
    if problem is not None:
        raise InvalidCase(problem)
    assert out.person is not None and out.interview is not None
    return Applied(
        out.case, out.person, out.event, out.acts, out.interview, out.files, frozenset(out.strip)
    )


def draft_case(case: Mapping[str, Any], testimony: Testimony) -> dict[str, Any]:
    """The case document as it would be with what has been collected so far, to keep as a draft.

    Unlike :func:`apply_testimony` nothing is checked and nothing raises: a person without a
    name yet, an act or event that says nothing, a consent with nobody to give it, and codes
    that are not codes of their vocabulary are left out; text is kept as typed (a date is
    stored in ISO 8601 once it can be read as one, and kept as typed until then), so the draft
    holds everything a monitor wrote. Evidence records name their files,
    which are not in the draft. The result need not pass the validator.

    :param case: the case the testimony goes into (read from the vault, or new); not changed.
    :param testimony: what the steps hold so far.
    :return: a new case document with the same ``id``, ``reference`` and ``title``.
    """
    return _write(case, testimony, strict=False).case
