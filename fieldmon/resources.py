"""Where the data under resources/ is found, in a source checkout and in an installed wheel."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LANGUAGES = ("en", "ru", "az")


@cache
def resources_dir() -> Path:
    """The ``resources`` folder: inside the package (a wheel) or beside it (a checkout).

    :return: the first of the two that holds a ``vocab`` folder (cached after the first call).
    :raises FileNotFoundError: if neither does.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "vocab").is_dir():
            return candidate
    raise FileNotFoundError("FieldMon's resources folder is missing from this installation")


@dataclass(frozen=True)
class Term:
    """One term of a controlled vocabulary."""

    code: str
    """The code stored in case records."""
    labels: dict[str, str]
    """The label shown, by language code (always has ``en``)."""
    huridocs: str | None = None
    """The matching HURIDOCS micro-thesaurus code, if any."""

    def label(self, language: str = "en") -> str:
        """The label in a language, or the English one when there is none in it.

        :param language: a language code such as ``en``, ``ru``, ``az``.
        :return: the label.
        """
        return self.labels.get(language) or self.labels["en"]


@dataclass(frozen=True)
class Vocabulary:
    """A controlled vocabulary, as read from ``resources/vocab/<name>.json``."""

    name: str
    """Its name, as in the file."""
    title: dict[str, str]
    """Its title by language code."""
    terms: tuple[Term, ...]
    """Its terms, in the file's order."""

    @property
    def codes(self) -> list[str]:
        """The codes of the terms, in order (what a CLI option accepts)."""
        return [t.code for t in self.terms]

    def term(self, code: str) -> Term | None:
        """The term with a code.

        :param code: the code.
        :return: the term, or None if the vocabulary has no such code.
        """
        return next((t for t in self.terms if t.code == code), None)

    def label(self, code: str, language: str = "en") -> str:
        """The label of a code in a language (see :meth:`Term.label`).

        :param code: the code.
        :param language: a language code.
        :return: the label, or the code itself if the vocabulary has no such code.
        """
        term = self.term(code)
        return term.label(language) if term else code


@cache
def vocabulary(name: str) -> Vocabulary:
    """A vocabulary from ``resources/vocab/<name>.json``, read once and cached.

    :param name: the vocabulary's name, such as ``case_statuses``.
    :return: the vocabulary.
    :raises FileNotFoundError: if there is no such vocabulary, or no resources folder.
    """
    path = resources_dir() / "vocab" / f"{name}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    terms = tuple(
        Term(code=t["code"], labels=dict(t["labels"]), huridocs=t.get("huridocs"))
        for t in data["terms"]
    )
    return Vocabulary(name=data["name"], title=dict(data["title"]), terms=terms)


def sample_cases_path() -> Path:
    """The fictional sample cases (a fieldmon-case/1 file) that ``fieldmon demo`` imports.

    :return: the path of ``resources/samples/cases.json``.
    :raises FileNotFoundError: if there is no resources folder.
    """
    return resources_dir() / "samples" / "cases.json"


@cache
def passphrase_words(name: str) -> tuple[str, ...]:
    """The entries of a word list the passphrase check counts as predictable, as written.

    Read once from ``resources/passphrase/<name>.txt`` (UTF-8): one entry per line, most likely
    first; blank lines and lines starting with ``#`` are skipped, spaces at either end dropped.

    :param name: the list's name: ``slogans``, ``places``, ``given_names`` or ``surnames``.
    :return: its entries in the file's order (cached after the first call).
    :raises FileNotFoundError: if there is no such list, or no resources folder.
    """
    path = resources_dir() / "passphrase" / f"{name}.txt"
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))
