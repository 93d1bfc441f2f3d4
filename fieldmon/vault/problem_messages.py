"""Validation problems worded for a person, in English: what the desktop app words itself
in the interface language, and the command line shows as it is.

Calendar problems name why a date is not real ("February 2026 has 28 days"), from
fieldmon.vault.dates.
"""

from __future__ import annotations

from typing import Any

from fieldmon.vault.dates import DateError, parse_date
from fieldmon.vault.model import RecordType

__all__ = ["calendar_error", "plain_message"]


def calendar_error(value: Any) -> DateError | None:
    """Why ``value`` is written like a date (stored or typed) but names no real day; None
    when it is a real date or not written like a date at all."""
    if not isinstance(value, str):
        return None
    try:
        parse_date(value)
    except DateError as error:
        return error if error.reason == "calendar" else None
    return None


def _words(key: str) -> str:
    leaf = key.rsplit(".", 1)[-1].replace("_", " ")
    return leaf[:1].upper() + leaf[1:]


def plain_message(kind: str, record_type: RecordType, key: str, value: Any) -> str:
    """A problem worded for a person, in English; the desktop app words the same kinds itself
    in the interface language.

    :param kind: a :attr:`Problem.kind`.
    :param record_type: the record type the field belongs to.
    :param key: the field key in the model (``birth_date``, ``arrest.released``), or "".
    :param value: the value found (used only where quoting it helps).
    :return: one or two sentences in English; a generic one for an unknown kind.
    """
    f = next((x for x in record_type.fields if x.key == key), None)
    name = _words(key) if key else record_type.label.capitalize()
    ref = f.ref if f is not None else None
    messages = {
        "required": (
            f"Choose the {key.replace('_', ' ')} from the {ref} of this case."
            if ref
            else f"{name}: this is required."
        ),
        "unknown_field": f"{name} is not a field of this record; remove it.",
        "choice": f"{name}: choose a value from the list.",
        "country": "Choose the country from the list.",
        "language": "Choose the language from the list.",
        "date": f"{name}: use a date such as 09.01.1990, 1990-01 or 1990.",
        "calendar": _calendar_message(name, value),
        "form": (
            f"{name}: use letters, digits, '.', '_', '/' and '-', starting with a letter or digit."
        ),
        "number": f"{name}: use a whole number.",
        "yes_no": f"{name}: yes, no or unknown.",
        "empty": f"{name} must not be empty.",
        "reference": (
            f"The {key.replace('_', ' ')} must be one of the {ref} in this case."
            if ref
            else f"{name} names a record that is not in this case."
        ),
        "duplicate_id": f"Two {record_type.name} have the same id; remove one of them.",
        "order": (
            f"{name}: {value} is before the "
            f"{_words(f.not_before).lower() if f is not None and f.not_before else 'date'}"
            " of the same record."
        ),
        "repeated": (
            "This person already has a consent for this recipient."
            if record_type.name == "consents"
            else f"Another {record_type.label} has the same "
            + " and ".join(record_type.unique_together)
            + "."
        ),
    }
    return messages.get(kind, f"{name}: the value is not accepted.")


def _calendar_message(name: str, value: Any) -> str:
    """A calendar problem worded for a person: "Start: 31.02.2026 is not a real calendar date
    (February 2026 has 28 days)."""
    error = calendar_error(value)
    if error is None:
        return f"{name}: {value} is not a real calendar date."
    if error.detail == "day" and error.days is not None and error.month is not None:
        month = _MONTHS[error.month - 1]
        why = f" ({month} {error.year} has {error.days} days)"
    else:
        why = {
            "month": " (a year has 12 months)",
            "year": " (use a year from 1800 to 2200)",
            "time": " (there is no such time of day)",
        }.get(error.detail, "")
    return f"{name}: {value} is not a real calendar date{why}."


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
