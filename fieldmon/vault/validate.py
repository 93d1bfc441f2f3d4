"""Whether a case document (the fieldmon-case/1 form of one case) may be stored.

Structure, types and vocabulary codes are checked against the JSON Schema; what a schema cannot
say (ids unique within a case, references that point at a record of the case, real calendar
dates) is checked here. :func:`case_problem` reports the first problem found with the case, the
field and the value (import and the command line use it); :func:`case_problems` reports every
problem at once, each with a machine path for routing, a kind for translation, and a message
worded for a person rather than a programmer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from fieldmon.vault.model import CASE, COUNTRY, LANGUAGE, RECORD_TYPES, RecordType
from fieldmon.vault.problem_messages import calendar_error
from fieldmon.vault.problem_messages import plain_message as plain_message
from fieldmon.vault.schema import DATE_PATTERN, load_schema

__all__ = [
    "InvalidCase",
    "Problem",
    "case_label",
    "case_problem",
    "case_problems",
    "plain_message",
    "schema_valid",
]

_MISSING = object()


@dataclass(frozen=True)
class Problem:
    """One reason a case document may not be stored: where, what value, and why.

    :ivar value: the value found at ``field``; a private marker when the field is missing
        (:meth:`describe` then quotes no value).
    """

    case: str
    """The case reference, or its position when it has none ("case #2")."""
    field: str
    """Where in the case: persons[p1].roles[0]"""
    value: Any
    problem: str
    """The technical wording used by :meth:`describe` (import and command-line messages)."""
    kind: str = "other"
    """What is wrong, for a caller that words it itself (in another language): one of
    ``required``, ``unknown_field``, ``choice``, ``country``, ``language``, ``date``,
    ``calendar``, ``form``, ``number``, ``yes_no``, ``list``, ``text``, ``empty``,
    ``reference``, ``duplicate_id``, ``repeated`` or ``other``."""
    message: str = ""
    """The problem worded for a person, in English ("Choose the country from the list.")."""

    def plain(self) -> str:
        """The person-worded message, or the technical description when there is none.

        :return: :attr:`message`, or :meth:`describe` when it is empty.
        """
        return self.message or self.describe()

    def describe(self) -> str:
        """The problem in one line for import and the command line.

        :return: ``case AZ-2026-001, field persons[p1].sex: 'x' is not a known value ...``;
            the value is shown with :func:`repr`, cut to 60 characters for lists and objects.
        """
        where = f"case {self.case}" + (f", field {self.field}" if self.field else "")
        value = "" if self.value is _MISSING else f"{_show(self.value)} "
        return f"{where}: {value}{self.problem}"


def _show(value: Any) -> str:
    if isinstance(value, dict | list):
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "..."
    return repr(value)


def _case_schema() -> dict[str, Any]:
    schema = load_schema()
    return {"$defs": schema["$defs"], "$ref": "#/$defs/cases"}


@cache
def _case_validator() -> Draft202012Validator:
    return Draft202012Validator(_case_schema())


@cache
def _compiled_check() -> Callable[[Any], Any]:
    """The case schema compiled to Python by ``fastjsonschema``; it never fills in defaults,
    so the document checked is not changed."""
    check: Callable[[Any], Any] = fastjsonschema.compile(
        _case_schema(), use_default=False, detailed_exceptions=False
    )
    return check


def schema_valid(case: Any) -> bool:
    """Whether a case document passes the JSON Schema, checked once and cheaply.

    A case the compiled check (``fastjsonschema``) accepts is valid: every keyword the schema
    uses ($ref, $defs, type, properties, additionalProperties, required, items, enum, const,
    pattern, minLength, minimum, anyOf) it checks as JSON Schema draft 2020-12 does, or more
    strictly (a pattern's ``$`` is the end of the text, not before a final newline; 1.0 is
    not an integer). A case it refuses is checked again by ``jsonschema``, whose answer counts,
    so the stricter readings refuse nothing that was accepted before.

    :param case: a case document; any JSON value.
    :return: True when ``jsonschema``'s ``Draft202012Validator`` finds no error.
    """
    try:
        _compiled_check()(case)
    except fastjsonschema.JsonSchemaException:
        return bool(_case_validator().is_valid(case))
    return True


def case_label(case: Any, index: int) -> str:
    """How problems name a case: its reference, or its position in a file.

    :param case: a case document; any JSON value.
    :param index: its position in the file, from 0.
    :return: the reference when the case has a non-empty one, else ``#`` and index + 1.
    """
    if isinstance(case, dict) and isinstance(case.get("reference"), str) and case["reference"]:
        return str(case["reference"])
    return f"#{index + 1}"


def _field_path(case: Any, path: list[Any]) -> str:
    """Render a JSON path inside a case, naming records by their id where they have one."""
    out = ""
    node = case
    for step in path:
        if isinstance(step, int):
            item = node[step] if isinstance(node, list) and step < len(node) else None
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                out += f"[{item['id']}]"
            else:
                out += f"[{step}]"
            node = item
        else:
            out += ("." if out else "") + str(step)
            node = node.get(step) if isinstance(node, dict) else None
    return out


_TYPE_WORDS = {
    "string": "text",
    "boolean": "true or false",
    "integer": "a whole number",
    "array": "a list",
    "object": "an object",
    "null": "null",
}
_TYPE_KINDS = {"integer": "number", "boolean": "yes_no", "array": "list", "string": "text"}


def _schema_detail(error: ValidationError) -> tuple[list[Any], Any, str, str]:
    """Path, value, wording and kind of a schema error."""
    path = list(error.absolute_path)
    keyword: Any = error.validator
    expected: Any = error.validator_value
    instance: Any = error.instance
    schema: Any = error.schema
    if keyword == "required":
        missing = next((str(m) for m in expected if m not in instance), "?")
        return [*path, missing], _MISSING, "is missing; it is required", "required"
    if keyword == "additionalProperties":
        extra = sorted(set(instance) - set(schema.get("properties", {})))
        name = extra[0] if extra else "?"
        return (
            [*path, name],
            instance.get(name, _MISSING),
            "is not a field of this record",
            "unknown_field",
        )
    if keyword == "enum":
        description = str(schema.get("description", ""))
        vocab = (
            description.rsplit("/", 1)[-1].removesuffix(".json") if "vocab" in description else ""
        )
        codes = ", ".join(str(c) for c in expected)
        where = f" of {vocab}" if vocab else ""
        return path, instance, f"is not a known value{where} (known: {codes})", "choice"
    if keyword == "pattern":
        if expected == DATE_PATTERN:
            if calendar_error(instance) is not None:
                # Written like a date (09.01.2026, as typed in a form), but no such day.
                return path, instance, "is not a real calendar date", "calendar"
            return (
                path,
                instance,
                "is not a date like 2026, 2026-01, 2026-01-09 or 2026-01-09T14:20",
                "date",
            )
        kind = {COUNTRY: "country", LANGUAGE: "language"}.get(expected, "form")
        return path, instance, f"does not have the expected form ({expected})", kind
    if keyword == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        return (
            path,
            instance,
            "should be " + " or ".join(_TYPE_WORDS.get(str(w), str(w)) for w in wanted),
            _TYPE_KINDS.get(str(wanted[0]), "other"),
        )
    if keyword == "minLength":
        return path, instance, "must not be empty", "empty"
    if keyword == "anyOf" and error.context:
        return _schema_detail(best_match(error.context))
    return path, instance, error.message, "other"


_DATE = re.compile(DATE_PATTERN)
_DATE_FORMATS = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d", 16: "%Y-%m-%dT%H:%M", 19: "%Y-%m-%dT%H:%M:%S"}


def _check_date(value: Any) -> bool:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return True  # the schema reports the wrong type or form
    fmt = _DATE_FORMATS.get(len(value))
    if fmt is None:
        return True  # the schema reports the form
    if len(value) >= 10:
        # fromisoformat is ten times faster than strptime; what it refuses (a leap second,
        # digits of another script) is left to strptime, so the answer is strptime's.
        try:
            datetime.fromisoformat(value)
            return True
        except ValueError:
            pass
    try:
        datetime.strptime(value, fmt)
    except ValueError:
        return False
    return True


def _items(record: dict[str, Any], name: str) -> list[dict[str, Any]]:
    items = record.get(name)
    if not isinstance(items, list):
        return []
    return [item for item in items if isinstance(item, dict)]


def _semantic(case: dict[str, Any], label: str) -> Iterator[Problem]:
    """Every problem a schema cannot see, in document order: repeated ids first, then
    references to records that are not in the case, impossible dates and repeated records."""
    ids: dict[str, set[str]] = {}

    def collect(record: dict[str, Any], rt: RecordType, path: str) -> Iterator[Problem]:
        for child in rt.children:
            for i, item in enumerate(_items(record, child.name)):
                item_path = f"{path}{'.' if path else ''}{child.name}"
                if "id" in item:
                    seen = ids.setdefault(child.name, set())
                    # str(): an id of the wrong type (a list) is the schema's to report.
                    if str(item["id"]) in seen:
                        yield _problem(
                            label,
                            f"{item_path}[{i}].id",
                            item["id"],
                            f"is used by two {child.name} of this case",
                            "duplicate_id",
                            child,
                            "id",
                        )
                    seen.add(str(item["id"]))
                yield from collect(item, child, f"{item_path}[{item.get('id', i)}]")

    def check(record: dict[str, Any], rt: RecordType, path: str) -> Iterator[Problem]:
        for f in rt.fields:
            container = record.get(f.group, {}) if f.group else record
            value = container.get(f.leaf) if isinstance(container, dict) else None
            if value is None:
                continue
            values = value if f.kind == "list" and isinstance(value, list) else [value]
            where = f"{path}{'.' if path else ''}{f.key}"
            for j, item in enumerate(values):
                item_where = f"{where}[{j}]" if f.kind == "list" else where
                if f.ref and isinstance(item, str) and item not in ids.get(f.ref, set()):
                    yield _problem(
                        label,
                        item_where,
                        item,
                        f"names no {RECORD_TYPES[f.ref].label} record of this case",
                        "reference",
                        rt,
                        f.key,
                    )
                if f.kind == "date" and not _check_date(item):
                    yield _problem(
                        label,
                        item_where,
                        item,
                        "is not a real calendar date",
                        "calendar",
                        rt,
                        f.key,
                    )
                elif f.not_before and _earlier(item, container.get(f.not_before)):
                    yield _problem(
                        label,
                        item_where,
                        item,
                        f"is before the {f.not_before.replace('_', ' ')} of the same record",
                        "order",
                        rt,
                        f.key,
                    )
        for child in rt.children:
            seen_keys: set[tuple[Any, ...]] = set()
            for i, item in enumerate(_items(record, child.name)):
                item_path = f"{path}{'.' if path else ''}{child.name}[{item.get('id', i)}]"
                if child.unique_together:
                    key = tuple(repr(item.get(k)) for k in child.unique_together)
                    if key in seen_keys:
                        yield _problem(
                            label,
                            item_path,
                            {k: item.get(k) for k in child.unique_together},
                            f"repeats a {child.label} already given for the same "
                            + " and ".join(child.unique_together),
                            "repeated",
                            child,
                            "",
                        )
                    seen_keys.add(key)
                yield from check(item, child, item_path)

    yield from collect(case, CASE, "")
    yield from check(case, CASE, "")


def _earlier(value: Any, bound: Any) -> bool:
    """Whether a date is earlier than another, both known to the day (the first ten characters
    of ISO 8601 compare as dates); False when either is missing, imprecise or not a date."""
    if not (isinstance(value, str) and isinstance(bound, str)):
        return False
    if len(value) < 10 or len(bound) < 10 or not _check_date(bound):
        return False
    return value[:10] < bound[:10]


def _locate(path: list[Any]) -> tuple[RecordType, str]:
    """The record type and field key (``arrest.released``) a JSON path inside a case ends in."""
    rt = CASE
    keys: list[str] = []
    for step in path:
        if isinstance(step, int):
            continue
        child = next((c for c in rt.children if c.name == step), None)
        if child is not None and not keys:
            rt = child
        else:
            keys.append(str(step))
    return rt, ".".join(keys)


def _problem(
    label: str, where: str, value: Any, problem: str, kind: str, rt: RecordType, key: str
) -> Problem:
    return Problem(label, where, value, problem, kind, plain_message(kind, rt, key, value))


def _schema_problems(case: Any, label: str) -> Iterator[Problem]:
    for error in _case_validator().iter_errors(case):
        details: list[tuple[list[Any], Any, str, str]] = []
        if error.validator == "required":
            details = [
                ([*error.absolute_path, str(m)], _MISSING, "is missing; it is required", "required")
                for m in error.validator_value
                if isinstance(error.instance, dict) and m not in error.instance
            ]
        elif error.validator == "additionalProperties" and isinstance(error.instance, dict):
            known = set(error.schema.get("properties", {}))
            details = [
                (
                    [*error.absolute_path, name],
                    error.instance[name],
                    "is not a field of this record",
                    "unknown_field",
                )
                for name in sorted(set(error.instance) - known)
            ]
        else:
            details = [_schema_detail(error)]
        for path, value, problem, kind in details:
            rt, key = _locate(path)
            yield Problem(
                label,
                _field_path(case, path),
                value,
                problem,
                kind,
                plain_message(kind, rt, key, value),
            )


def case_problems(case: Any, index: int = 0) -> list[Problem]:
    """Every reason this case document may not be stored; empty when it may be.

    Schema problems (missing, unknown or mistyped fields, values outside a vocabulary, codes in
    the wrong form) come first, in document order, then what the schema cannot see (repeated
    ids, references to records not in the case, impossible dates, repeated consents). Each
    problem keeps the machine path :func:`case_problem` gives (``events[e1].acts[a1].victim``)
    and has a :attr:`Problem.kind` and a :attr:`Problem.message` for a person.

    Structure is checked with the JSON Schema (draft 2020-12, ``jsonschema``'s
    ``Draft202012Validator``; see :mod:`fieldmon.vault.schema`); dates must be real calendar
    dates in the ISO 8601 forms of ``DATE_PATTERN``.

    :param case: a case document (``fieldmon-case/1`` form of one case); any JSON value.
    :param index: its position in a file, to name a case that has no reference.
    :return: at most one problem per field (the first, most basic one), in the order above.
    """
    label = case_label(case, index)
    problems = [] if schema_valid(case) else list(_schema_problems(case, label))
    if isinstance(case, dict):
        problems += list(_semantic(case, label))
    seen: set[str] = set()
    unique: list[Problem] = []
    for problem in problems:  # one problem per field: the first, which is the most basic
        if problem.field not in seen:
            seen.add(problem.field)
            unique.append(problem)
    return unique


def case_problem(case: Any, index: int = 0) -> Problem | None:
    """The first reason this case document may not be stored, or None.

    The schema's best-matching error comes first (jsonschema ``best_match``), then the first
    problem :func:`case_problems` finds beyond the schema. A valid case is checked once,
    cheaply (:func:`schema_valid`); the errors are gathered only for an invalid one.

    :param case: a case document (``fieldmon-case/1`` form of one case); any JSON value.
    :param index: its position in a file, to name a case that has no reference.
    :return: the problem, worded for the command line by :meth:`Problem.describe`; None when
        the case may be stored.
    """
    label = case_label(case, index)
    if schema_valid(case):
        return next(_semantic(case, label), None)
    # Only an invalid case pays for every error and the choice of the best one.
    error = best_match(_case_validator().iter_errors(case))
    if error is not None:
        path, value, problem, kind = _schema_detail(error)
        rt, key = _locate(path)
        return Problem(
            label,
            _field_path(case, path),
            value,
            problem,
            kind,
            plain_message(kind, rt, key, value),
        )
    return next(_semantic(case, label), None)


class InvalidCase(ValueError):
    """A case document that may not be stored; the vault is unchanged."""

    def __init__(self, problem: Problem, problems: list[Problem] | None = None) -> None:
        """:param problem: the first problem, worded for the command line.
        :param problems: every problem of the case, for the window to show at once."""
        super().__init__(problem.describe())
        self.problem = problem
        self.problems = problems or [problem]
