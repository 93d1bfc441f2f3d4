"""Where the data under resources/ is found, in a source checkout and in an installed wheel."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "ru", "az")


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "vocab").is_dir():
            return candidate
    raise FileNotFoundError("FieldMon's resources folder is missing from this installation")


@dataclass(frozen=True)
class Term:
    code: str
    labels: dict[str, str]
    huridocs: str | None = None

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels["en"]


@dataclass(frozen=True)
class Vocabulary:
    name: str
    title: dict[str, str]
    terms: tuple[Term, ...]

    @property
    def codes(self) -> list[str]:
        return [t.code for t in self.terms]

    def term(self, code: str) -> Term | None:
        return next((t for t in self.terms if t.code == code), None)

    def label(self, code: str, language: str = "en") -> str:
        term = self.term(code)
        return term.label(language) if term else code


@cache
def vocabulary(name: str) -> Vocabulary:
    path = resources_dir() / "vocab" / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    terms = tuple(
        Term(code=t["code"], labels=dict(t["labels"]), huridocs=t.get("huridocs"))
        for t in data["terms"]
    )
    return Vocabulary(name=data["name"], title=dict(data["title"]), terms=terms)


def sample_cases_path() -> Path:
    return resources_dir() / "samples" / "cases.json"
