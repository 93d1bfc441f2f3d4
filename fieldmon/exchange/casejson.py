"""Reading and writing fieldmon-case/1 files (docs/interchange.md describes the format)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fieldmon.errors import ImportRejected
from fieldmon.vault.records import CaseDocument
from fieldmon.vault.schema import FORMAT
from fieldmon.vault.store import InvalidCase, Vault

MAX_FILE_BYTES = 256 * 1024 * 1024


def read_document(path: Path) -> list[CaseDocument]:
    """Parse a fieldmon-case/1 file into case documents (validated when stored)."""
    path = Path(path)
    name = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportRejected(f"{name}: the file is larger than {MAX_FILE_BYTES >> 20} MiB.")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ImportRejected(f"{name}: no such file.") from None
    except IsADirectoryError:
        raise ImportRejected(f"{name}: is a folder, not a file.") from None
    except UnicodeDecodeError:
        raise ImportRejected(f"{name}: not UTF-8 text, so not a fieldmon-case file.") from None
    except OSError as error:
        raise ImportRejected(f"{name}: cannot be read ({error.strerror}).") from None
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRejected(
            f"{name}: not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}."
        ) from None
    if not isinstance(document, dict) or ("cases" not in document and "format" not in document):
        raise ImportRejected(f'{name}: not a fieldmon-case file (no "format" field).')
    if document.get("format") != FORMAT:
        raise ImportRejected(
            f"{name}: field format: {document.get('format')!r} is not a format this FieldMon reads"
            f" (expected {FORMAT!r})."
        )
    unknown = sorted(set(document) - {"format", "note", "cases"})
    if unknown:
        raise ImportRejected(f"{name}: field {unknown[0]}: is not a field of a fieldmon-case file.")
    cases = document.get("cases")
    if not isinstance(cases, list):
        raise ImportRejected(f"{name}: field cases: should be a list of cases.")
    return cases


def import_file(vault: Vault, path: Path) -> list[str]:
    """Import every case of the file, or none; return the references imported."""
    cases = read_document(path)
    try:
        return vault.store_cases(cases)
    except InvalidCase as error:
        raise ImportRejected(f"{path}: {error.problem.describe()}. Nothing was imported.") from None


def export_document(vault: Vault, references: list[str] | None = None) -> dict[str, Any]:
    cases = [vault.get_case(r) for r in references] if references else list(vault.all_cases())
    return {"format": FORMAT, "cases": cases}


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
