"""The words of a dossier in its language: headings, labels, dates shown with honest precision."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from fieldmon.resources import LANGUAGES, resources_dir, vocabulary


@cache
def _texts() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        (resources_dir() / "dossier" / "texts.json").read_text(encoding="utf-8")
    )
    return data


@dataclass(frozen=True)
class Texts:
    language: str

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"no dossier texts in {self.language!r}")

    def _pick(self, table: str, key: str) -> str:
        return str(_texts()[table][key][self.language])

    def title(self, profile: str) -> str:
        return self._pick("profile_title", profile)

    def heading(self, key: str) -> str:
        return self._pick("heading", key)

    def label(self, key: str, **values: Any) -> str:
        return self._pick("label", key).format(**values)

    def vocab(self, name: str, code: Any) -> str:
        if isinstance(code, list):
            return ", ".join(self.vocab(name, c) for c in code)
        return vocabulary(name).label(str(code), self.language)

    def country(self, code: str | None) -> str:
        if not code:
            return "-"
        names = _texts()["countries"].get(code)
        return str(names[self.language]) if names else code

    def yes_no(self, value: Any) -> str:
        return self.label("yes") if value else self.label("no")

    def date(self, value: str | None, precision: str | None = None) -> str:
        """A date as precise as it is known, never more: "January 2026", "day unknown"."""
        if not value:
            return self.label("date_unknown")
        parts = value.split("T")[0].split("-")
        time = value.split("T")[1][:5] if "T" in value else None
        year = parts[0]
        month = int(parts[1]) if len(parts) > 1 else None
        day = int(parts[2]) if len(parts) > 2 else None
        if precision in ("month", "unknown_day_known_month"):
            day, time = None, None
        elif precision == "year":
            month, day, time = None, None, None
        elif precision == "unknown":
            return self.label("date_unknown")
        elif precision == "day":
            time = None
        months = _texts()["months"]
        if month is None:
            text = year
        elif day is None:
            name = months[self.language][month - 1]
            text = f"{name} {year}" + (" г." if self.language == "ru" else "")
        elif self.language == "ru":
            text = f"{day} {months['ru_genitive'][month - 1]} {year} г."
        else:
            text = f"{day} {months[self.language][month - 1]} {year}"
        if time:
            text += f", {time}"
        if precision == "unknown_day_known_month":
            text += f" ({self.label('day_unknown')})"
        return text
