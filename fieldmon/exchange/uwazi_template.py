"""The Uwazi template and thesauri that ``fieldmon export-uwazi`` fills (docs/uwazi.md).

Uwazi's CSV import maps each column to a property of the template an admin picks at upload,
by the property's name; a select or multi-select property draws its values from a thesaurus,
a grouped value is written ``Group::Value``. This module declares the properties once
(:data:`PROPERTIES`) and writes ``TEMPLATE.md``, what an Uwazi admin creates before importing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

LANGUAGES = ("en", "ru")
"""The languages written as ``property__en`` / ``property__ru`` columns; ``en`` first, since
Uwazi refuses a multilingual property without a column in the collection's default language."""
MULTI = "|"
"""Uwazi's separator of several values in one cell (``csvConstants.multiValueSeparator``)."""
GROUP = "::"
"""Uwazi's separator of a thesaurus group and its value (``dictionaryParentChildSeparator``)."""
RANGE = ":"
"""Uwazi's separator of a date range's ends on import (``dateRangeImportSeparator``)."""
DATE_FORMAT = "%Y-%m-%d"
"""Dates as ISO 8601 calendar dates (YYYY-MM-DD): one of the formats Uwazi's CSV import always
accepts, whatever the collection's own date format (``typeParsers.ts``, ``parseDateValue``)."""


@dataclass(frozen=True)
class Property:
    """One property of the Uwazi template.

    :ivar name: the property's name, which is the CSV column's header (without ``__en``).
    :ivar type: Uwazi's property type: ``text``, ``markdown``, ``numeric``, ``date``,
        ``multidate``, ``daterange``, ``multidaterange``, ``select``, ``multiselect``.
    :ivar label: the property's label for the admin, in English.
    :ivar thesaurus: the thesaurus a select or multi-select draws from, or None.
    :ivar multilingual: written as one column per language (``name__en``, ``name__ru``).
    :ivar note: what the values are.
    """

    name: str
    type: str
    label: str
    thesaurus: str | None = None
    multilingual: bool = False
    note: str = ""


PROPERTIES: tuple[Property, ...] = (
    Property(
        "title",
        "text",
        "Title",
        multilingual=True,
        note="the case's reference and its title, names of persons who may not be identified"
        " replaced",
    ),
    Property("case_reference", "text", "Case reference", note="the case's reference"),
    Property(
        "summary",
        "markdown",
        "Summary",
        multilingual=True,
        note="the case's summary, cleaned as the title",
    ),
    Property("status", "select", "Status", "Case status", True, "the case's status"),
    Property(
        "country", "select", "Country", "Countries", True, "the respondent State (ISO 3166-1)"
    ),
    Property(
        "places",
        "multiselect",
        "Places",
        "Places",
        True,
        "Country::kind of place of each act (police station, street...)",
    ),
    Property(
        "place_details",
        "text",
        "Place details",
        multilingual=True,
        note="the places as recorded (free text, cleaned), separated by '; '",
    ),
    Property(
        "event_dates",
        "multidaterange",
        "Dates of events",
        note="each event's dates as FROM:TO, widened to the whole month or year when only"
        " that is known",
    ),
    Property("act_types", "multiselect", "Acts", "Acts", True, "the types of acts"),
    Property(
        "methods",
        "multiselect",
        "Methods",
        "Methods",
        True,
        "Act::method of each act's methods of torture or ill-treatment",
    ),
    Property(
        "perpetrator_types",
        "multiselect",
        "Alleged perpetrators",
        "Perpetrator types",
        True,
        "the kinds of alleged perpetrators (never their names)",
    ),
    Property(
        "violations",
        "multiselect",
        "Violations",
        "Violations",
        True,
        "Instrument::article alleged to be violated",
    ),
    Property(
        "victims",
        "numeric",
        "Victims",
        note="every victim counted, a group by its recorded size",
    ),
    Property(
        "victims_not_identified",
        "numeric",
        "Victims not identified",
        note="victims counted only: no consent to publication",
    ),
    Property(
        "victims_shown",
        "text",
        "Victims as published",
        multilingual=True,
        note="victims as their consent to publication allows (name, initials or 'Person A'),"
        " separated by '; '",
    ),
    Property(
        "interventions",
        "multiselect",
        "Interventions",
        "Interventions",
        True,
        "Body::kind of intervention",
    ),
    Property("intervention_dates", "multidate", "Dates of interventions"),
    Property(
        "intervention_details",
        "text",
        "Interventions in detail",
        multilingual=True,
        note="date, body, kind and status of each intervention, separated by '; '",
    ),
)
"""The template's properties, in the order of the CSV's columns. ``attachments``, Uwazi's
reserved column of supporting files, follows them."""

THESAURI: tuple[str, ...] = tuple(
    dict.fromkeys(p.thesaurus for p in PROPERTIES if p.thesaurus is not None)
)
"""The thesauri, in the order their properties come."""


def columns() -> list[str]:
    """The CSV's header: each property's column(s), ``name__en`` before ``name__ru`` for a
    multilingual one, then ``attachments``.

    :return: the column names.
    """
    out: list[str] = []
    for p in PROPERTIES:
        out += [f"{p.name}__{lang}" for lang in LANGUAGES] if p.multilingual else [p.name]
    return [*out, "attachments"]


Value = tuple[str, ...]
"""A thesaurus value in every language of :data:`LANGUAGES`, in that order: ``(en, ru)``."""


@dataclass
class Thesauri:
    """The values met while writing the rows, per thesaurus: flat values, and groups with their
    values, each in en and ru, in the order met."""

    flat: dict[str, dict[Value, None]]
    groups: dict[str, dict[Value, dict[Value, None]]]

    @classmethod
    def empty(cls) -> Thesauri:
        """No values yet.

        :return: a collector for every thesaurus of :data:`THESAURI`.
        """
        return cls({t: {} for t in THESAURI}, {t: {} for t in THESAURI})

    def add(self, thesaurus: str, value: Value, group: Value | None = None) -> None:
        """Record a value, in a group or not.

        :param thesaurus: one of :data:`THESAURI`.
        :param value: the value's labels.
        :param group: its group's labels, or None.
        """
        if group is None:
            self.flat[thesaurus].setdefault(value, None)
        else:
            self.groups[thesaurus].setdefault(group, {}).setdefault(value, None)


def template_markdown(
    thesauri: Thesauri, vocabularies: Mapping[str, Sequence[Value]], cases: int
) -> str:
    """``TEMPLATE.md``: the template's properties and every thesaurus with its groups and values
    in en and ru, for the Uwazi admin to create before importing ``import.csv``.

    :param thesauri: the values the export's rows use.
    :param vocabularies: the flat thesauri whose every value is listed (from FieldMon's
        vocabularies), whether the rows use it or not.
    :param cases: how many rows (cases) ``import.csv`` holds.
    :return: the document (Markdown).
    """
    lines = [
        "# Uwazi template for this FieldMon export",
        "",
        f"`import.csv` holds {cases} case(s), one per row. Before importing it (Settings >"
        " Import CSV, as a ZIP, choosing the template below):",
        "",
        "1. Install the languages English (`en`, the collection's default language) and"
        " Russian (`ru`) in Settings > Languages. The import fails if a multilingual"
        " property has no column in the default language.",
        "2. Create each thesaurus below by its name, EMPTY. The import adds the values it meets"
        " and takes their Russian labels from the `__ru` columns; Uwazi does so only for values"
        " it adds, so values created by hand need their Russian labels entered by hand"
        " (Settings > Translations).",
        "3. Create the template `FieldMon case` with the properties below, each with this exact"
        " name (Uwazi matches columns to property names).",
        "",
        "Dates are written YYYY-MM-DD, a format Uwazi's import reads whatever the collection's"
        " date format; a range is FROM:TO.",
        "",
        "## Template `FieldMon case`",
        "",
        "| Name | Type | Label | Thesaurus | Columns | Holds |",
        "|---|---|---|---|---|---|",
    ]
    for p in PROPERTIES:
        names = (
            ", ".join(f"`{p.name}__{lang}`" for lang in LANGUAGES)
            if p.multilingual
            else f"`{p.name}`"
        )
        lines.append(
            f"| `{p.name}` | {p.type} | {p.label} | {p.thesaurus or ''} | {names} | {p.note} |"
        )
    lines += [
        "",
        "`attachments` is Uwazi's own column of supporting files: the evidence files of the ZIP"
        " that consent lets this export publish. `withheld.txt` lists those it does not.",
        "",
        "## Thesauri",
    ]
    for name in THESAURI:
        lines += ["", f"### {name}", "", "| en | ru |", "|---|---|"]
        listed = dict.fromkeys([*vocabularies.get(name, ()), *thesauri.flat[name]])
        lines += [f"| {_cell(v[0])} | {_cell(v[1])} |" for v in listed]
        for group, values in thesauri.groups[name].items():
            lines.append(f"| **{_cell(group[0])}** (group) | **{_cell(group[1])}** |")
            lines += [f"| {GROUP}{_cell(v[0])} | {GROUP}{_cell(v[1])} |" for v in values]
        if not listed and not thesauri.groups[name]:
            lines.append("| (no value in this export) | |")
    return "\n".join(lines) + "\n"


def _cell(text: str) -> str:
    """Text in a Markdown table cell: a pipe escaped (GitHub Flavored Markdown, tables)."""
    return text.replace("|", "\\|")
