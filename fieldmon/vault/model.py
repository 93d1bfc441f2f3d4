"""The record model, declared once.

Every record type, its fields, which vocabulary or record each field draws from, and how it maps
to a database column are stated here. The import validator, the JSON Schema, the database
read/write code and the search indexer all work from these declarations, so a field is added in
one place (and in a numbered migration for its column).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

FieldKind = Literal["text", "bool", "int", "date", "list"]


@dataclass(frozen=True)
class Field:
    key: str
    """JSON key; a dotted key ("arrest.legal_basis") lives in a nested object of the record."""
    kind: FieldKind = "text"
    vocab: str | None = None
    """Name of the controlled vocabulary under resources/vocab the value (or each item) is from."""
    ref: str | None = None
    """Name of the record type (in the same case) whose id the value (or each item) names."""
    required: bool = False
    pattern: str | None = None
    searchable: bool = False
    nullable: bool = False
    """Whether JSON null is accepted (and read as absent)."""

    @property
    def column(self) -> str:
        return self.key.replace(".", "_")

    @property
    def group(self) -> str | None:
        return self.key.split(".", 1)[0] if "." in self.key else None

    @property
    def leaf(self) -> str:
        return self.key.rsplit(".", 1)[-1]


IdRule = Literal["required", "optional", "none"]


@dataclass(frozen=True)
class RecordType:
    name: str
    """Key of the array in the case document, and the record type shown in search hits."""
    table: str
    label: str
    fields: tuple[Field, ...]
    id_rule: IdRule = "required"
    children: tuple[RecordType, ...] = field(default_factory=tuple)
    unique_together: tuple[str, ...] = ()

    @property
    def groups(self) -> list[str]:
        seen: list[str] = []
        for f in self.fields:
            if f.group and f.group not in seen:
                seen.append(f.group)
        return seen


COUNTRY = r"^[A-Z]{2}$"
LANGUAGE = r"^[a-z]{2,3}$"
UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"

INVOLVEMENTS = RecordType(
    name="involvements",
    table="involvements",
    label="involvement",
    id_rule="optional",
    fields=(
        Field("perpetrator", ref="persons", required=True),
        Field("degree", vocab="involvement_degrees"),
        Field("perpetrator_type", vocab="perpetrator_types"),
        Field("notes"),
    ),
)

ACTS = RecordType(
    name="acts",
    table="acts",
    label="act",
    fields=(
        Field("type", vocab="act_types", required=True),
        Field("victim", ref="persons", required=True),
        Field("start", kind="date"),
        Field("end", kind="date"),
        Field("date_precision", vocab="date_precisions"),
        Field("location_type", vocab="location_types"),
        Field("methods", kind="list", vocab="torture_methods"),
        Field("description", searchable=True),
        Field("arrest.detention_type", vocab="detention_types"),
        Field("arrest.legal_basis"),
        Field("arrest.reason_given"),
        Field("arrest.access_to_lawyer", vocab="access_levels"),
        Field("arrest.access_to_family", vocab="access_levels"),
        Field("arrest.access_to_doctor", vocab="access_levels"),
        Field("arrest.family_notified", kind="bool", nullable=True),
        Field("arrest.whereabouts_known", kind="bool", nullable=True),
        Field("arrest.released", kind="date"),
        Field("torture.intent", kind="list", vocab="torture_intents"),
        Field("torture.statements_signed", vocab="statements_signed"),
        Field("torture.medical_attention", vocab="medical_attention"),
    ),
    children=(INVOLVEMENTS,),
)

EVENTS = RecordType(
    name="events",
    table="events",
    label="event",
    fields=(
        Field("title", required=True, searchable=True),
        Field("start", kind="date"),
        Field("end", kind="date"),
        Field("date_precision", vocab="date_precisions"),
        Field("place", searchable=True),
        Field("description", searchable=True),
    ),
    children=(ACTS,),
)

PERSONS = RecordType(
    name="persons",
    table="persons",
    label="person",
    fields=(
        Field("name", required=True, searchable=True),
        Field("other_names", kind="list", searchable=True),
        Field("sex", vocab="sexes"),
        Field("birth_date", kind="date"),
        Field("nationality", kind="list", pattern=COUNTRY),
        Field("occupation", searchable=True),
        Field("roles", kind="list", vocab="roles", required=True),
        Field("address", searchable=True),
        Field("description", searchable=True),
        Field("counting_unit", vocab="counting_units"),
        Field("group_size", kind="int"),
    ),
)

INTERVIEWS = RecordType(
    name="interviews",
    table="interviews",
    label="interview",
    fields=(
        Field("interviewee", ref="persons", required=True),
        Field("interviewers", kind="list"),
        Field("interpreter", nullable=True),
        Field("present", kind="list"),
        Field("date", kind="date"),
        Field("place", searchable=True),
        Field("language", pattern=LANGUAGE),
        Field("restrictions"),
        Field("narrative", searchable=True),
    ),
)

CONSENTS = RecordType(
    name="consents",
    table="consents",
    label="consent",
    id_rule="optional",
    unique_together=("person", "recipient"),
    fields=(
        Field("person", ref="persons", required=True),
        Field("recipient", vocab="recipients", required=True),
        Field("identity", vocab="identity_levels", required=True),
        Field("date", kind="date"),
        Field("recorded_by"),
        Field("explained", kind="bool", nullable=True),
        Field("withdrawn", kind="date", nullable=True),
        Field("notes"),
    ),
)

FINDINGS = RecordType(
    name="findings",
    table="findings",
    label="medical finding",
    id_rule="optional",
    fields=(
        Field("location"),
        Field("description", required=True),
        Field("alleged_method", vocab="torture_methods"),
        Field("consistency", vocab="consistency"),
    ),
)

MEDICAL = RecordType(
    name="medical",
    table="medical_evaluations",
    label="medical evaluation",
    fields=(
        Field("person", ref="persons", required=True),
        Field("clinician", searchable=True),
        Field("date", kind="date"),
        Field("overall", vocab="consistency"),
        Field("notes"),
    ),
    children=(FINDINGS,),
)

EVIDENCE = RecordType(
    name="evidence",
    table="evidence",
    label="evidence item",
    fields=(
        Field("title", required=True, searchable=True),
        Field("file"),
        Field("source_type", vocab="source_types"),
        Field("collected_by"),
        Field("collected", kind="date"),
        Field("description", searchable=True),
    ),
)

REMEDIES = RecordType(
    name="remedies",
    table="remedies",
    label="domestic remedy",
    id_rule="optional",
    fields=(
        Field("date", kind="date"),
        Field("authority", required=True),
        Field("decision"),
        Field("final", kind="bool", nullable=True),
    ),
)

VIOLATIONS = RecordType(
    name="violations",
    table="violations",
    label="violation",
    id_rule="optional",
    fields=(
        Field("instrument", required=True),
        Field("article", required=True),
        Field("acts", kind="list", ref="acts"),
    ),
)

INTERVENTIONS = RecordType(
    name="interventions",
    table="interventions",
    label="intervention",
    id_rule="optional",
    fields=(
        Field("body", vocab="recipients", required=True),
        Field("type", vocab="intervention_types"),
        Field("date", kind="date"),
        Field("reference"),
        Field("status", vocab="intervention_statuses"),
    ),
)

CASE = RecordType(
    name="cases",
    table="cases",
    label="case",
    fields=(
        Field(
            "reference", required=True, searchable=True, pattern=r"^[A-Za-z0-9][A-Za-z0-9._/-]*$"
        ),
        Field("title", required=True, searchable=True),
        Field("language", pattern=LANGUAGE),
        Field("respondent_state", pattern=COUNTRY),
        Field("status", vocab="case_statuses"),
        Field("summary", searchable=True),
    ),
    children=(
        PERSONS,
        EVENTS,
        INTERVIEWS,
        CONSENTS,
        MEDICAL,
        EVIDENCE,
        REMEDIES,
        VIOLATIONS,
        INTERVENTIONS,
    ),
)


def walk(record_type: RecordType = CASE) -> list[tuple[RecordType, RecordType | None]]:
    """Every record type below record_type (depth first), with its parent type."""
    out: list[tuple[RecordType, RecordType | None]] = []

    def visit(rt: RecordType, parent: RecordType | None) -> None:
        out.append((rt, parent))
        for child in rt.children:
            visit(child, rt)

    visit(record_type, None)
    return out


def all_vocabularies() -> set[str]:
    return {f.vocab for rt, _ in walk() for f in rt.fields if f.vocab}


RECORD_TYPES: dict[str, RecordType] = {rt.name: rt for rt, _ in walk()}
