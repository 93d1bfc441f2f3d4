"""Reading and writing fieldmon-case/1 files (docs/interchange.md describes the format)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fieldmon.errors import FieldMonError, ImportRejected
from fieldmon.vault.files import check_output
from fieldmon.vault.records import CaseDocument
from fieldmon.vault.schema import FORMAT
from fieldmon.vault.store import Vault
from fieldmon.vault.validate import InvalidCase

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


def _files_to_attach(
    vault: Vault, path: Path, cases: list[CaseDocument]
) -> dict[tuple[int, str], Path]:
    """The evidence files the document names, relative to it.

    Each must be there, unless the vault already holds a file for that evidence record (a
    re-import of a case exported without its files).
    """
    found: dict[tuple[int, str], Path] = {}
    for index, case in enumerate(cases):
        stored = vault.evidence_with_files(str(case["id"]))
        for position, item in enumerate(case.get("evidence") or []):
            name = item.get("file")
            if name is None:
                continue
            target = (path.parent / name).resolve()
            if not target.is_file():
                if item.get("id") in stored:
                    continue
                where = f"evidence[{item.get('id', position)}].file"
                raise ImportRejected(
                    f"{path}: case {case['reference']}, field {where}: {name!r} is not a file"
                    f" next to {path.name} ({target} is missing). Nothing was imported."
                )
            found[(index, item["id"])] = target
    return found


def import_file(vault: Vault, path: Path) -> list[str]:
    """Import every case of the file and the evidence files it names, or none of them.

    Return the references imported.
    """
    path = Path(path)
    cases = read_document(path)
    try:
        return vault.store_cases(
            cases, action="import", files_to_attach=lambda: _files_to_attach(vault, path, cases)
        )
    except InvalidCase as error:
        raise ImportRejected(f"{path}: {error.problem.describe()}. Nothing was imported.") from None


def export_document(vault: Vault, references: list[str] | None = None) -> dict[str, Any]:
    """Cases as a fieldmon-case/1 document; the export is recorded in the custody log."""
    return {"format": FORMAT, "cases": vault.export_cases(references)}


def export_bundle(
    vault: Vault,
    out: Path,
    references: list[str] | None = None,
    *,
    with_files: bool = False,
    force: bool = False,
) -> list[Path]:
    """Write a fieldmon-case/1 file, and with with_files the evidence files it names beside it
    (decrypted: this is an export the user asked for). Return the paths written."""
    out = Path(out)
    document = export_document(vault, references)
    planned: dict[Path, tuple[str, str]] = {}
    if with_files:
        for case in document["cases"]:
            stored = vault.evidence_with_files(str(case["id"]))
            for item in case.get("evidence", []):
                if item.get("file") and item["id"] in stored:
                    target = (out.parent / item["file"]).resolve()
                    if target in planned:
                        other = planned[target]
                        raise FieldMonError(
                            f"Two evidence files would both be written as {target}"
                            f" ({other[0]} {other[1]} and {case['reference']} {item['id']});"
                            " export the cases one at a time."
                        )
                    planned[target] = (str(case["reference"]), str(item["id"]))
    for target in [out, *planned]:
        check_output(target, force)
    out.write_text(dumps(document), encoding="utf-8")
    written = [out]
    for target, (reference, evidence_id) in planned.items():
        vault.extract(reference, evidence_id, target, force=force)
        written.append(target)
    return written


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
