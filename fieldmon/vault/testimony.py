"""One interview, recorded as the records the full case editor would write.

The most common job of a monitor is recording one interview. :class:`Testimony` holds what the
stepped dialog collects (the person, what happened, what was seen, consent per recipient, and
evidence files); :func:`apply_testimony` writes it into a case document as ordinary records
(a person, an event with acts, perpetrators with their involvement, an interview, consents and
evidence records) with generated ids (:func:`fieldmon.vault.ids.new_id`), and
:func:`store_testimony` validates and stores it, then attaches the files. While a testimony is
being typed, :func:`draft_case` writes whatever has been collected so far into the case, without
checking anything, so the document can be kept as an encrypted draft.

Consent is never assumed: a recipient the monitor did not ask (:data:`NOT_ASKED`) gets no
consent record at all.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fieldmon.errors import FieldMonError
from fieldmon.resources import vocabulary
from fieldmon.vault.dates import DateError, parse_date
from fieldmon.vault.ids import new_id
from fieldmon.vault.model import COUNTRY, LANGUAGE
from fieldmon.vault.store import Attachment, InvalidCase, Vault
from fieldmon.vault.validate import Problem, case_problems

__all__ = [
    "NOT_ASKED",
    "ActStep",
    "Applied",
    "CaseStep",
    "EvidenceFile",
    "InterviewStep",
    "Perpetrator",
    "PersonStep",
    "Stored",
    "Testimony",
    "TestimonyIncomplete",
    "UnsavedEdits",
    "apply_testimony",
    "check_testimony",
    "date_precision",
    "draft_case",
    "first_problem",
    "is_date",
    "new_case",
    "new_reference",
    "store_testimony",
    "taken_references",
]

NOT_ASKED = "not_asked"
"""The consent level of a recipient the monitor did not ask: no consent record is written."""

# Fields that hold dates: stored in ISO 8601 whatever form they were typed in.
_DATE_KEYS = {"start", "end", "date", "birth_date", "collected"}


class UnsavedEdits(FieldMonError):
    """The case to add to has unsaved edits (a draft), which storing would discard."""


class TestimonyIncomplete(FieldMonError):
    """A testimony lacks something it needs, or holds a value that cannot be stored.

    :ivar step: which step of the testimony the problem is in (``"case"``, ``"person"``,
        ``"event"``, ``"interview"``, ``"consent"``, ``"evidence"``).
    :ivar key: the field of that step (``"name"``, ``"acts[0].start"``).
    """

    __test__ = False  # not a pytest test class, despite its name

    def __init__(self, step: str, key: str, message: str) -> None:
        super().__init__(message)
        self.step = step
        self.key = key


def is_date(value: str) -> bool:
    """Whether value is a date as people type them and the model can store (see
    :func:`fieldmon.vault.dates.parse_date`: 2026, 01.2026, 09.01.2026, 2026-01-09T14:20, ...),
    and a real calendar date.

    :param value: the text typed.
    :return: True if it may be stored as a date.
    """
    try:
        parse_date(value)
    except DateError:
        return False
    return True


def date_precision(value: str) -> str | None:
    """How precise a date is, as a code of the ``date_precisions`` vocabulary.

    :param value: a date accepted by :func:`is_date`.
    :return: the precision :func:`fieldmon.vault.dates.parse_date` gives; None when value is
        not a date.
    """
    try:
        return parse_date(value).precision
    except DateError:
        return None


def _normal_date(value: str) -> str:
    """The ISO form of a typed date; text that is no date yet (a draft) is kept as typed."""
    try:
        return parse_date(value).iso
    except DateError:
        return value


@dataclass
class CaseStep:
    """A new case to create for the testimony.

    :ivar title: required.
    :ivar respondent_state: ISO 3166 alpha-2 code of the State, or None when not known yet.
    :ivar language: ISO 639 code of the language the case is written in, or None.
    """

    title: str
    respondent_state: str | None = None
    language: str | None = None


@dataclass
class PersonStep:
    """The person interviewed; with ``existing`` set, a person already in the case is meant and
    the other fields are ignored except ``roles``, which are added to theirs."""

    name: str = ""
    other_names: list[str] = field(default_factory=list)
    sex: str | None = None
    birth_date: str | None = None
    nationality: list[str] = field(default_factory=list)
    occupation: str | None = None
    roles: list[str] = field(default_factory=list)
    description: str | None = None
    existing: str | None = None


@dataclass
class Perpetrator:
    """Someone who took part in an act, written as a person with the role ``perpetrator``."""

    name: str
    description: str | None = None
    perpetrator_type: str | None = None
    degree: str | None = None


@dataclass
class ActStep:
    """One act of the event.

    The victim is the person interviewed unless ``victim`` names a person already in the case
    or ``victim_name`` a new person (written with the role ``victim``).
    """

    type: str
    start: str | None = None
    end: str | None = None
    location_type: str | None = None
    methods: list[str] = field(default_factory=list)
    description: str | None = None
    victim: str | None = None
    victim_name: str | None = None
    perpetrators: list[Perpetrator] = field(default_factory=list)


@dataclass
class EventStep:
    """What happened: an event (title required) and its acts."""

    title: str
    start: str | None = None
    end: str | None = None
    place: str | None = None
    description: str | None = None
    acts: list[ActStep] = field(default_factory=list)


@dataclass
class InterviewStep:
    """The interview: what was seen and said, in the person's words (``narrative``)."""

    date: str | None = None
    place: str | None = None
    language: str | None = None
    interviewers: list[str] = field(default_factory=list)
    interpreter: str | None = None
    present: list[str] = field(default_factory=list)
    restrictions: str | None = None
    narrative: str | None = None


@dataclass
class EvidenceFile:
    """A file to store encrypted under a new evidence record.

    :ivar strip_metadata: also keep a copy without location and camera details (JPEG and PNG
        only; the original is kept too).
    """

    path: Path
    title: str | None = None
    source_type: str | None = None
    description: str | None = None
    strip_metadata: bool = False


@dataclass
class Testimony:
    """Everything the testimony steps collect.

    :ivar consents: recipient code -> identity level code, or :data:`NOT_ASKED`. Recipients
        left out or not asked get no consent record.
    :ivar consent_date: when consent was given (a date), written on every consent record.
    :ivar consent_explained: True when the consequences were explained; None when not said.
    :ivar recorded_by: who recorded the consents.
    """

    __test__ = False  # not a pytest test class, despite its name

    person: PersonStep
    interview: InterviewStep
    event: EventStep | None = None
    consents: dict[str, str] = field(default_factory=dict)
    consent_date: str | None = None
    consent_explained: bool | None = None
    recorded_by: str | None = None
    evidence: list[EvidenceFile] = field(default_factory=list)

    def asked(self) -> dict[str, str]:
        """The recipients the monitor asked, with the level of identity each may see.

        :return: recipient code -> identity level code, in the order given.
        """
        return {r: level for r, level in self.consents.items() if level and level != NOT_ASKED}


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


@dataclass(frozen=True)
class Stored:
    """What :func:`store_testimony` did.

    :ivar reference: the case the testimony was stored in.
    :ivar attachments: the stored files (with a stripped copy after its original).
    :ivar failed: files that could not be stored, with the reason; their evidence records
        stay in the case so the file can be added later.
    """

    reference: str
    attachments: list[Attachment]
    failed: list[tuple[Path, str]]


def new_reference(taken: Iterable[str], respondent_state: str | None, year: int) -> str:
    """A case reference not yet used: ``AZ-2026-001`` (``NEW-2026-001`` without a State).

    :param taken: references already in the vault.
    :param respondent_state: ISO 3166 alpha-2 code, or None.
    :param year: the year to put in the reference.
    :return: the reference with the smallest free number.
    """
    prefix = respondent_state if respondent_state and re.match(COUNTRY, respondent_state) else None
    stem = f"{prefix or 'NEW'}-{year}-"
    used = set(taken)
    n = 1
    while f"{stem}{n:03d}" in used:
        n += 1
    return f"{stem}{n:03d}"


def new_case(
    step: CaseStep, taken: Iterable[str], year: int | None = None, case_id: str | None = None
) -> dict[str, Any]:
    """A new, empty case document for a testimony.

    :param step: title, respondent State and language of the case.
    :param taken: references already in the vault (the new one differs from all of them).
    :param year: for the reference; the current year (UTC) when None.
    :param case_id: the UUID to give the case (the one its drafts were kept under); a fresh
        one when None.
    :return: a case document with that UUID, a generated reference and status ``draft``.
    :raises TestimonyIncomplete: when the title is empty or a code has the wrong form.
    """
    title = step.title.strip()
    if not title:
        raise TestimonyIncomplete("case", "title", "Give the case a short title.")
    state = (step.respondent_state or "").strip() or None
    if state is not None and not re.match(COUNTRY, state):
        raise TestimonyIncomplete("case", "respondent_state", "Choose the State from the list.")
    case: dict[str, Any] = {
        "id": case_id or str(uuid.uuid4()),
        "reference": new_reference(taken, state, year or datetime.now(UTC).year),
        "title": title,
        "status": "draft",
    }
    if state:
        case["respondent_state"] = state
    if step.language:
        case["language"] = step.language
    return case


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
    person for the same recipient is replaced), and an evidence record per file. Every id is
    generated with :func:`fieldmon.vault.ids.new_id`, so none clashes with the case's own.

    :param case: a case document (new or read from the vault); it is not changed.
    :param testimony: what the steps collected.
    :return: the new document and the ids written.
    :raises TestimonyIncomplete: naming the step and field to fix.
    :raises InvalidCase: when the resulting document fails the validator (the first problem).
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
    that are not codes of their vocabulary are left out; text (dates included) is kept as
    typed, so the draft holds everything a monitor wrote. Evidence records name their files,
    which are not in the draft. The result need not pass the validator.

    :param case: the case the testimony goes into (read from the vault, or new); not changed.
    :param testimony: what the steps hold so far.
    :return: a new case document with the same ``id``, ``reference`` and ``title``.
    """
    return _write(case, testimony, strict=False).case


def first_problem(case: Mapping[str, Any]) -> Problem | None:
    """The first reason the core validator gives for not storing case, or None.

    :param case: a case document.
    :return: the first of :func:`fieldmon.vault.validate.case_problems`, whose ``message`` is
        worded for a person; None when the case may be stored.
    """
    problems = case_problems(case)
    return problems[0] if problems else None


def taken_references(vault: Vault, case_id: str | None = None) -> list[str]:
    """References a new case must not take: those of stored cases, and those of cases begun
    and never stored whose drafts are kept (except the draft of case_id, the case itself).

    :param vault: an open vault.
    :param case_id: the UUID of the new case, whose own draft does not count.
    :return: the references, stored ones first.
    """
    taken = [c.reference for c in vault.list_cases()]
    taken += [
        str(draft["reference"])
        for draft, _ in vault.drafts()
        if draft.get("reference") and str(draft.get("id")) != case_id
    ]
    return taken


STRIPPABLE = frozenset({".jpg", ".jpeg", ".png"})
"""File name endings whose metadata the vault can remove (JPEG and PNG)."""


def store_testimony(
    vault: Vault,
    testimony: Testimony,
    *,
    reference: str | None = None,
    case: CaseStep | None = None,
    case_id: str | None = None,
    check_draft: bool = True,
    progress: Callable[[str], None] | None = None,
) -> Stored:
    """Store a testimony in an existing case (by reference) or a new one, then its files.

    The records are stored in one transaction (all or none). The files are then stored one by
    one (with a copy without metadata when asked, for JPEG and PNG); a file that cannot be
    stored is reported in :attr:`Stored.failed` and its evidence record stays, so the file can
    be added later from the case's evidence tab.

    :param vault: an open vault.
    :param testimony: what the steps collected.
    :param reference: the existing case to add to; exactly one of reference and case.
    :param case: the new case to create.
    :param case_id: the UUID to give the new case: the one a draft of the testimony was kept
        under (see :func:`draft_case`), so that storing deletes that draft. A fresh one when
        None.
    :param check_draft: refuse an existing case that has a draft (:class:`UnsavedEdits`).
        False only when the caller checked this before the testimony began and any draft of
        the case since is the testimony's own: storing deletes it.
    :param progress: called with the name of each file before it is stored.
    :return: the reference, the stored files and those that failed.
    :raises TestimonyIncomplete: naming the step and field to fix; nothing is stored.
    :raises InvalidCase: when the result fails the validator; nothing is stored.
    :raises NotFound: when reference names no case of the vault.
    :raises UnsavedEdits: when that case has a draft (edits not saved) and check_draft is
        true; nothing is stored.
    """
    if (reference is None) == (case is None):
        raise ValueError("give either the reference of an existing case or a new case")
    if reference is not None:
        document = vault.get_case(reference)
        if check_draft and vault.draft(str(document["id"])) is not None:
            # Storing a case discards its draft: unsaved edits would be lost without a word.
            raise UnsavedEdits(
                f"Case {reference} has edits that are not saved yet; save or discard them first."
            )
    else:
        assert case is not None
        document = new_case(case, taken_references(vault, case_id), case_id=case_id)
    applied = apply_testimony(document, testimony)
    stored_reference = vault.store_cases([applied.case])[0]
    attachments: list[Attachment] = []
    failed: list[tuple[Path, str]] = []
    for evidence_id, path in applied.files.items():
        if progress is not None:
            progress(path.name)
        strip = evidence_id in applied.strip and path.suffix.lower() in STRIPPABLE
        try:
            attachments.extend(
                vault.attach(stored_reference, path, evidence_id=evidence_id, strip_metadata=strip)
            )
        except FieldMonError as error:
            failed.append((path, str(error)))
    return Stored(stored_reference, attachments, failed)
