"""The per-profile checklists in docs/checklists/, read for the profile tests.

Each checklist is a Markdown table ``| Id | Requirement | Source | Shown as |``: one row per
requirement of the recipient, the primary source it comes from, and, in the last column, the
words (each in backticks) that the English dossier built from the test case must contain. A row
whose last column holds no backticked words is a requirement the test cannot read off the page
(it says why in words); every such row is listed by :func:`unchecked` so it stays visible.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

CHECKLISTS = Path(__file__).resolve().parent.parent / "docs" / "checklists"


@dataclass(frozen=True)
class Requirement:
    """One row of a checklist: its id, the requirement, its source and the words shown."""

    id: str
    text: str
    source: str
    shown_as: tuple[str, ...]


def read_checklist(profile: str) -> list[Requirement]:
    """The rows of ``docs/checklists/<profile>.md``.

    :param profile: the profile name (``echr`` ...).
    :return: its requirements in order; each has a source.
    :raises AssertionError: for a row without a source, or a file without rows.
    """
    rows: list[Requirement] = []
    for line in (CHECKLISTS / f"{profile}.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.lstrip().startswith("|") or len(cells) != 4:
            continue
        if cells[0] in ("Id", "") or set(cells[0]) <= set("-: "):
            continue
        assert cells[2], f"{profile} checklist row {cells[0]} names no source"
        rows.append(
            Requirement(cells[0], cells[1], cells[2], tuple(re.findall(r"`([^`]+)`", cells[3])))
        )
    assert rows, f"no requirements in {profile}.md"
    return rows


def pdf_text(pdf: Path) -> str:
    """The text of a PDF as ``pdftotext`` (poppler, not ours) extracts it, whitespace folded.

    :param pdf: the PDF file.
    :return: its text with runs of whitespace as one space.
    """
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return " ".join(out.split())


def missing(requirements: list[Requirement], text: str) -> list[str]:
    """The requirements whose words the text lacks.

    :param requirements: the checklist's rows.
    :param text: the dossier's text (:func:`pdf_text`).
    :return: ``"<id>: <words>"`` for each word not found; empty when all are shown.
    """
    folded = " ".join(text.split())
    wanted = [(r.id, w) for r in requirements for w in r.shown_as]
    return [f"{rid}: {w}" for rid, w in wanted if " ".join(w.split()) not in folded]


def unchecked(requirements: list[Requirement]) -> list[str]:
    """The ids of the rows no words check (reviewed by eye; listed so none goes unnoticed)."""
    return [r.id for r in requirements if not r.shown_as]
