"""The record model, declared once.

Every record type, its fields, which vocabulary or record each field draws from, and how it maps
to a database column are stated here. The import validator, the JSON Schema, the database
read/write code and the search indexer all work from these declarations, so a field is added in
one place (and in a numbered migration for its column).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

FieldKind = Literal["text", "bool", "int", "date", "list"]
"""How a field's value is typed: text, true/false, a whole number, an ISO 8601 date, a list."""


@dataclass(frozen=True)
class Field:
    """One field of a record type, declared once for the schema, validator, tables and search.

    :ivar kind: see :data:`FieldKind`; a ``list`` holds text items (vocabulary codes, ids or
        free text).
    :ivar required: the field must be present (and, for text, not empty).
    :ivar pattern: a regular expression the value (or each item) must match, e.g.
        :data:`COUNTRY`.
    :ivar searchable: the value goes into the full-text index (:mod:`fieldmon.vault.search`).
    """

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
    not_before: str | None = None
    """For a date: the key of a date of the same record it may not be earlier than (a
    decision is served after it is taken); checked when both are given to the day."""

    @cached_property
    def column(self) -> str:
        """The database column: the key with dots as underscores (``arrest_legal_basis``)."""
        return self.key.replace(".", "_")

    @cached_property
    def group(self) -> str | None:
        """The nested object a dotted key lives in (``arrest``), or None for a plain key."""
        return self.key.split(".", 1)[0] if "." in self.key else None

    @cached_property
    def leaf(self) -> str:
        """The key inside its nested object (``legal_basis``); the key itself when plain."""
        return self.key.rsplit(".", 1)[-1]


IdRule = Literal["required", "optional", "none"]


@dataclass(frozen=True)
class RecordType:
    """A kind of record: its fields, its table, and the record types nested in it.

    Events, acts and involvements follow the HURIDOCS Events Standard Formats: an event holds
    the acts done in it, each to one victim, and an act the involvements of its perpetrators.

    :ivar table: the database table.
    :ivar label: the type in words, in English (``"medical evaluation"``).
    :ivar id_rule: whether a record of the type must (``required``), may (``optional``) or
        cannot (``none``) have an ``id``.
    :ivar children: record types held in lists inside a record of this type.
    :ivar unique_together: fields whose values together may not repeat among the records of a
        list (one consent per person and recipient).
    """

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
        """The nested objects of the type's fields (``arrest``, ``torture``), in field order."""
        seen: list[str] = []
        for f in self.fields:
            if f.group and f.group not in seen:
                seen.append(f.group)
        return seen


COUNTRY = r"^[A-Z]{2}$"
"""The form of an ISO 3166-1 alpha-2 country code; the code itself is not looked up."""
LANGUAGE = r"^[a-z]{2,3}$"
"""The form of an ISO 639 language code (two letters, ISO 639-1, or three, ISO 639-2/3)."""
UUID = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
"""The form of a UUID in its text representation (RFC 9562), either case."""

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
        # The place of detention by its name: what the CPT visits (issue 14).
        Field("arrest.place", searchable=True),
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
        Field("birth_place", searchable=True),
        Field("nationality", kind="list", pattern=COUNTRY),
        Field("occupation", searchable=True),
        Field("roles", kind="list", vocab="roles", required=True),
        Field("address", searchable=True),
        # Contact particulars the Court's form asks of applicants and representatives
        # (sections A and C), and Rule 39 of its contact person.
        Field("phone"),
        Field("fax"),
        Field("email"),
        # A representative's organisation and authority to act (form section C).
        Field("organisation", searchable=True),
        Field("authority_form"),
        Field("authority_date", kind="date"),
        Field("description", searchable=True),
        Field("counting_unit", vocab="counting_units"),
        Field("group_size", kind="int"),
    ),
)

TRANSLATIONS = RecordType(
    name="translations",
    table="interview_translations",
    label="translation",
    id_rule="optional",
    unique_together=("language",),
    fields=(
        # A statement stays in its original language; the Court works in English and French,
        # so an interview holds translations, each with who made it and when.
        Field("language", pattern=LANGUAGE, required=True),
        Field("narrative", required=True, searchable=True),
        Field("translator"),
        Field("date", kind="date"),
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
    children=(TRANSLATIONS,),
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
        # UN mandates transmit a communication, names included, to the State concerned; the
        # person's agreement to that is recorded apart from the identity level.
        Field("transmission", kind="bool", nullable=True),
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
        Field("kind", vocab="finding_kinds"),
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
        # Istanbul Protocol (2022), medico-legal report: the conditions of the examination and
        # what restricted it, the overall opinion on the likelihood of torture in words, and
        # the examiner's statement of truthfulness.
        Field("conditions"),
        Field("restrictions"),
        Field("opinion"),
        Field("truthfulness"),
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
        # The document's own date (a decision's date), not when it was collected: the Court's
        # list of documents is in the order of these dates.
        Field("document_date", kind="date"),
        Field("description", searchable=True),
        # Who the file shows or names, once the monitor has looked (appears_recorded); until
        # then every dossier withholds it (fieldmon.consent.annexes).
        Field("appears", kind="list", ref="persons"),
        Field("appears_recorded", kind="bool", nullable=True),
        Field("cleared_for", kind="list", vocab="recipients"),
    ),
)

MENTIONS = RecordType(
    name="mentions",
    table="mentions",
    label="person mention",
    id_rule="optional",
    fields=(
        # Where: a path to a free-text field ("interviews/i2/narrative", "summary").
        Field("field", required=True),
        Field("start", kind="int", required=True),
        Field("end", kind="int", required=True),
        Field("text", required=True),
        Field("person", ref="persons", required=True),
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
        Field("type", vocab="remedy_types"),
        Field("reference"),
        # The day the decision was served on the applicant: the time limit runs from it when
        # it is known (Practice Direction on the institution of proceedings).
        Field("served", kind="date", not_before="date"),
        # The decision's text as evidence (annexed to the dossier, and to a Rule 39 request).
        Field("documents", kind="list", ref="evidence"),
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
        # One complaint per article and limb, each argued and exhausted on its own (form
        # sections E and F).
        Field("limb", vocab="limbs"),
        Field("argument", searchable=True),
        Field("remedies", kind="list", ref="remedies"),
        Field("no_remedy", kind="bool", nullable=True),
        Field("continuing", kind="bool", nullable=True),
        Field("situation_end", kind="date"),
    ),
)

INTERIM = RecordType(
    name="interim",
    table="interim_requests",
    label="interim measures request",
    id_rule="optional",
    fields=(
        # Practice Direction on requests for interim measures (Rule 39 of the Rules of Court).
        Field("contact", ref="persons"),
        Field("feared_date", kind="date"),
        Field("measure", required=True),
        Field("risk", required=True, searchable=True),
    ),
)

WGAD_CATEGORIES = RecordType(
    name="wgad_categories",
    table="wgad_categories",
    label="WGAD category",
    id_rule="optional",
    unique_together=("category",),
    fields=(
        # The lawyer's reasoned analysis under one of the Working Group's categories I-V.
        Field("category", vocab="wgad_categories", required=True),
        Field("analysis", searchable=True),
        Field("acts", kind="list", ref="acts"),
    ),
)

JUDGMENTS = RecordType(
    name="judgments",
    table="judgments",
    label="judgment under execution",
    id_rule="optional",
    fields=(
        # A Court judgment whose execution the Committee of Ministers supervises (Rule 9 § 2).
        Field("title", required=True, searchable=True),
        Field("application"),
        Field("date", kind="date"),
        Field("final", kind="date", not_before="date"),
        Field("group", searchable=True),
        Field("supervision", vocab="supervision_tracks"),
        Field("individual_measures"),
        Field("general_measures"),
        Field("recommendations"),
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
        MENTIONS,
        INTERIM,
        WGAD_CATEGORIES,
        JUDGMENTS,
    ),
)


def walk(record_type: RecordType = CASE) -> list[tuple[RecordType, RecordType | None]]:
    """Every record type below record_type (depth first), with its parent type.

    :param record_type: where to start; the case by default.
    :return: (type, parent) pairs, record_type itself first with parent None.
    """
    out: list[tuple[RecordType, RecordType | None]] = []

    def visit(rt: RecordType, parent: RecordType | None) -> None:
        out.append((rt, parent))
        for child in rt.children:
            visit(child, rt)

    visit(record_type, None)
    return out


def all_vocabularies() -> set[str]:
    """The names of every vocabulary a field of the model draws from.

    :return: names of files in ``resources/vocab`` without ``.json`` (``"act_types"``).
    """
    return {f.vocab for rt, _ in walk() for f in rt.fields if f.vocab}


RECORD_TYPES: dict[str, RecordType] = {rt.name: rt for rt, _ in walk()}
