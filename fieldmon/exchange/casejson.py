"""Reading and writing fieldmon-case/1 files (docs/interchange.md describes the format).

A file is UTF-8 JSON (RFC 8259) with ``format`` (`fieldmon.vault.schema.FORMAT`), an optional
``note`` and ``cases``; each case is validated against the model when the vault stores it.
"""

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
"""The largest fieldmon-case file read, in bytes (256 MiB): it is read into memory whole."""


def read_document(path: Path) -> list[CaseDocument]:
    """Parse a fieldmon-case/1 file into case documents (validated when stored).

    Only the envelope is checked here: the format name, no unknown top-level field, and a
    list of cases; what each case holds is checked by the vault when it stores them.

    :param path: the file.
    :return: the case documents, as they are in the file.
    :raises ImportRejected: naming the file and what is wrong: missing, a folder, larger than
        `MAX_FILE_BYTES`, unreadable, not UTF-8, not JSON (with line and column), another
        format, an unknown field, or ``cases`` not a list.
    """
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

    Evidence files are named relative to the file and must be beside it, unless the vault
    already holds a file for that evidence record. Cases are stored all or none
    (`Vault.store_cases`), with the custody action ``import``.

    :param vault: an open vault.
    :param path: the fieldmon-case/1 file.
    :return: the references of the cases imported.
    :raises ImportRejected: as `read_document`; for an evidence file that is missing; or for
        a case the vault refuses to store (the first problem, in words). Nothing is imported.
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
    """Cases as a fieldmon-case/1 document; the export is recorded in the custody log.

    A thin wrapper over `Vault.export_cases`.

    :param vault: an open vault.
    :param references: the cases to export, by reference; None (or empty) for every case.
    :return: the document, JSON-ready (see `dumps`).
    """
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
    (decrypted: this is an export the user asked for).

    Every path is checked before anything is written, so a path refused leaves nothing
    written.

    :param vault: an open vault.
    :param out: the file to write; evidence files go beside it, under the names the document
        gives them.
    :param references: the cases to export, by reference; None (or empty) for every case.
    :param with_files: whether the stored evidence files are written too.
    :param force: whether existing files may be overwritten.
    :return: the paths written, the document first.
    :raises FieldMonError: when two evidence files would be written to one path, or a path is
        a folder, exists without force or cannot be written (`files.check_output`); and as
        `Vault.extract` for an evidence file that cannot be decrypted.
    """
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
    """A document as fieldmon-case/1 text: JSON, indented by two, non-ASCII kept as written.

    :param document: a JSON-ready document (see `export_document`).
    :return: the text, ending in a newline, to be written as UTF-8.
    """
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
