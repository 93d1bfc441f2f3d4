"""Whether a case document (the fieldmon-case/1 form of one case) may be stored.

Structure, types and vocabulary codes are checked against the JSON Schema; what a schema cannot
say (ids unique within a case, references that point at a record of the case, real calendar
dates) is checked here. The first problem found is reported with the case, the field and the
value, in words a monitor can act on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from fieldmon.vault.model import CASE, RecordType
from fieldmon.vault.schema import DATE_PATTERN, load_schema

_MISSING = object()


@dataclass(frozen=True)
class Problem:
    case: str
    """The case reference, or its position when it has none ("case #2")."""
    field: str
    """Where in the case: persons[p1].roles[0]"""
    value: Any
    problem: str

    def describe(self) -> str:
        where = f"case {self.case}" + (f", field {self.field}" if self.field else "")
        value = "" if self.value is _MISSING else f"{_show(self.value)} "
        return f"{where}: {value}{self.problem}"


def _show(value: Any) -> str:
    if isinstance(value, dict | list):
        text = repr(value)
        return text if len(text) <= 60 else text[:57] + "..."
    return repr(value)


@cache
def _case_validator() -> Draft202012Validator:
    schema = load_schema()
    return Draft202012Validator({"$defs": schema["$defs"], "$ref": "#/$defs/cases"})


def case_label(case: Any, index: int) -> str:
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


def _schema_problem(error: ValidationError) -> tuple[list[Any], Any, str]:
    """Path, value and wording of a schema error, for a person rather than a programmer."""
    path = list(error.absolute_path)
    keyword: Any = error.validator
    expected: Any = error.validator_value
    instance: Any = error.instance
    schema: Any = error.schema
    if keyword == "required":
        missing = next((str(m) for m in expected if m not in instance), "?")
        return [*path, missing], _MISSING, "is missing; it is required"
    if keyword == "additionalProperties":
        extra = sorted(set(instance) - set(schema.get("properties", {})))
        name = extra[0] if extra else "?"
        return [*path, name], instance.get(name, _MISSING), "is not a field of this record"
    if keyword == "enum":
        description = str(schema.get("description", ""))
        vocab = (
            description.rsplit("/", 1)[-1].removesuffix(".json") if "vocab" in description else ""
        )
        codes = ", ".join(str(c) for c in expected)
        where = f" of {vocab}" if vocab else ""
        return path, instance, f"is not a known value{where} (known: {codes})"
    if keyword == "pattern":
        if expected == DATE_PATTERN:
            return (
                path,
                instance,
                "is not a date like 2026, 2026-01, 2026-01-09 or 2026-01-09T14:20",
            )
        return path, instance, f"does not have the expected form ({expected})"
    if keyword == "type":
        wanted = expected if isinstance(expected, list) else [expected]
        return (
            path,
            instance,
            "should be " + " or ".join(_TYPE_WORDS.get(str(w), str(w)) for w in wanted),
        )
    if keyword == "minLength":
        return path, instance, "must not be empty"
    if keyword == "anyOf" and error.context:
        return _schema_problem(best_match(error.context))
    return path, instance, error.message


def _check_date(value: str) -> bool:
    formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d", 16: "%Y-%m-%dT%H:%M", 19: "%Y-%m-%dT%H:%M:%S"}
    fmt = formats.get(len(value))
    if fmt is None:
        return False
    try:
        datetime.strptime(value, fmt)
    except ValueError:
        return False
    return True


def _semantic_problems(case: dict[str, Any], label: str) -> Problem | None:
    ids: dict[str, set[str]] = {}

    def collect(record: dict[str, Any], rt: RecordType, path: str) -> Problem | None:
        for child in rt.children:
            for i, item in enumerate(record.get(child.name, [])):
                item_path = f"{path}{'.' if path else ''}{child.name}"
                if "id" in item:
                    seen = ids.setdefault(child.name, set())
                    if item["id"] in seen:
                        return Problem(
                            label,
                            f"{item_path}[{i}].id",
                            item["id"],
                            f"is used by two {child.name} of this case",
                        )
                    seen.add(item["id"])
                problem = collect(item, child, f"{item_path}[{item.get('id', i)}]")
                if problem:
                    return problem
        return None

    def check(record: dict[str, Any], rt: RecordType, path: str) -> Problem | None:
        for f in rt.fields:
            container = record.get(f.group, {}) if f.group else record
            value = container.get(f.leaf) if isinstance(container, dict) else None
            if value is None:
                continue
            values = value if f.kind == "list" else [value]
            where = f"{path}{'.' if path else ''}{f.key}"
            for j, item in enumerate(values):
                item_where = f"{where}[{j}]" if f.kind == "list" else where
                if f.ref and item not in ids.get(f.ref, set()):
                    return Problem(
                        label, item_where, item, f"names no {f.ref.rstrip('s')} record of this case"
                    )
                if f.kind == "date" and not _check_date(item):
                    return Problem(label, item_where, item, "is not a real calendar date")
        for child in rt.children:
            seen_keys: set[tuple[Any, ...]] = set()
            for i, item in enumerate(record.get(child.name, [])):
                item_path = f"{path}{'.' if path else ''}{child.name}[{item.get('id', i)}]"
                if child.unique_together:
                    key = tuple(item.get(k) for k in child.unique_together)
                    if key in seen_keys:
                        return Problem(
                            label,
                            item_path,
                            dict(zip(child.unique_together, key, strict=True)),
                            f"repeats a {child.label} already given for the same "
                            + " and ".join(child.unique_together),
                        )
                    seen_keys.add(key)
                problem = check(item, child, item_path)
                if problem:
                    return problem
        return None

    return collect(case, CASE, "") or check(case, CASE, "")


def case_problem(case: Any, index: int = 0) -> Problem | None:
    """The first reason this case document may not be stored, or None."""
    label = case_label(case, index)
    error = best_match(_case_validator().iter_errors(case))
    if error is not None:
        path, value, problem = _schema_problem(error)
        return Problem(label, _field_path(case, path), value, problem)
    return _semantic_problems(case, label)
