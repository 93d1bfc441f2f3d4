"""Reading and writing fieldmon-case/1 files (docs/interchange.md describes the format).

A file is UTF-8 JSON (RFC 8259) with ``format`` (`fieldmon.vault.schema.FORMAT`), an optional
``note`` and ``cases``; each case is validated against the model when the vault stores it.
Files are read as a stream within limits (`fieldmon.exchange.stream`); evidence file names are
checked on import and made safe on export (`fieldmon.exchange.paths`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fieldmon.errors import FieldMonError, ImportRejected
from fieldmon.exchange.paths import BadPath, ExportNames, evidence_source, shown
from fieldmon.exchange.stream import MAX_FILE_BYTES as MAX_FILE_BYTES
from fieldmon.exchange.stream import CaseFileReader
from fieldmon.vault import anchors
from fieldmon.vault.cases import CasesChanged
from fieldmon.vault.files import check_output, open_output
from fieldmon.vault.records import CaseDocument
from fieldmon.vault.schema import FORMAT
from fieldmon.vault.store import Vault
from fieldmon.vault.validate import InvalidCase


def read_document(path: Path) -> list[CaseDocument]:
    """Parse a fieldmon-case/1 file into case documents (validated when stored), all in a
    list; `import_file` reads a file as a stream instead, one case at a time.

    Only the envelope is checked here, and the limits of `fieldmon.exchange.stream` (depth,
    length of a field, size of a case); what each case holds is checked by the vault when it
    stores them.

    :param path: the file.
    :return: the case documents, as they are in the file.
    :raises ImportRejected: naming the file and what is wrong: missing, a folder or not a
        regular file, larger than `MAX_FILE_BYTES`, unreadable, not UTF-8, not JSON (with line
        and column), beyond a limit, another format, an unknown field, or ``cases`` not a list.
    """
    return list(CaseFileReader(Path(path)).cases())


def _files_for(vault: Vault, path: Path) -> Any:
    """For a checked case: the evidence files it names (resolved, inside the folder of the
    case file; `paths.evidence_source`), by evidence id. A file that is not there is allowed
    only when the vault already holds a file for that evidence record (a re-import of a case
    exported without its files)."""

    def files_for(index: int, case: CaseDocument) -> dict[str, Path]:
        stored = vault.evidence_with_files(str(case["id"]))
        found: dict[str, Path] = {}
        for position, item in enumerate(case.get("evidence") or []):
            name = item.get("file")
            if name is None:
                continue
            where = f"case {case['reference']}, field evidence[{item.get('id', position)}].file"
            try:
                source = evidence_source(path.parent, name)
            except BadPath as error:
                raise ImportRejected(
                    f"{path}: {where}: {shown(name)} {error}. Nothing was imported."
                ) from None
            if source is None:
                if item.get("id") in stored:
                    continue
                raise ImportRejected(
                    f"{path}: {where}: {shown(name)} is not a file next to {path.name}"
                    f" ({shown(str(path.parent / name), 200)} is missing). Nothing was imported."
                )
            found[str(item["id"])] = source
        return found

    return files_for


def import_file(vault: Vault, path: Path) -> list[str]:
    """Import every case of the file and the evidence files it names, or none of them.

    The file is read as a stream, twice (`Vault.store_case_stream`): every case is checked
    first, within the limits of `fieldmon.exchange.stream`, then all are stored in one
    transaction with the custody action ``import``; memory holds one case at a time. An
    evidence record's ``file`` must lead to a regular file inside the folder of the case file
    (`paths.evidence_source`), unless it is missing and the vault already holds a file for
    that evidence record.

    :param vault: an open vault.
    :param path: the fieldmon-case/1 file.
    :return: the references of the cases imported.
    :raises ImportRejected: as `read_document`; for an evidence file that is missing, is not a
        plain relative path or leads outside the folder, is not a regular file or cannot be
        read; for a case the vault refuses to store (the first problem, in words); or when the
        file changes between the two readings. Nothing is imported.
    """
    path = Path(path)
    reader = CaseFileReader(path)
    try:
        return vault.store_case_stream(reader.cases, files_for=_files_for(vault, path))
    except CasesChanged as error:
        raise ImportRejected(f"{path}: {error}") from None
    except InvalidCase as error:
        raise ImportRejected(f"{path}: {error.problem.describe()}. Nothing was imported.") from None
    except ImportRejected:
        raise
    except FieldMonError as error:  # an evidence file that cannot be stored (files.read_head)
        raise ImportRejected(f"{path}: {error} Nothing was imported.") from None
    except OSError as error:  # reading an evidence file, or writing its blob, failed
        raise ImportRejected(
            f"{path}: an evidence file could not be stored ({error.strerror or error})."
            " Nothing was imported."
        ) from None


def _named_files(
    vault: Vault, cases: list[CaseDocument], names: ExportNames, with_files: bool
) -> list[tuple[str, str, str]]:
    """Give every evidence file of the cases the name it is exported under (in place), and
    list those with a stored file to write: (name, case reference, evidence id)."""
    planned: list[tuple[str, str, str]] = []
    for case in cases:
        stored = vault.evidence_with_files(str(case["id"])) if with_files else set()
        for item in case.get("evidence") or []:
            if item.get("file") is None:
                continue
            item["file"] = names.name(str(item["file"]))
            if item.get("id") in stored:
                planned.append((item["file"], str(case["reference"]), str(item["id"])))
    return planned


def export_document(vault: Vault, references: list[str] | None = None) -> dict[str, Any]:
    """Cases as a fieldmon-case/1 document; the export is recorded in the custody log.

    Evidence file names are given as an export with files would write them
    (`paths.ExportNames`: plain, unique names), so that the document imports elsewhere.

    :param vault: an open vault.
    :param references: the cases to export, by reference; None (or empty) for every case.
    :return: the document, JSON-ready (see `dumps`).
    :raises NotFound: a reference names no case.
    """
    cases = vault.export_cases(references)
    _named_files(vault, cases, ExportNames(), with_files=False)
    return {"format": FORMAT, "cases": cases, "history": case_histories(vault, cases)}


def case_histories(vault: Vault, cases: list[CaseDocument]) -> dict[str, Any]:
    """The history of each case of an export, as a dossier's manifest carries it
    (:func:`fieldmon.vault.anchors.case_history`): its custody chain head and entry hashes, its
    sealed versions and their seal entries and timestamps; nothing about any other case.

    :param vault: an open vault.
    :param cases: the exported case documents (their ``id`` is the case's uuid).
    :return: ``{"format": "fieldmon-case-history/1", "cases": [...]}``, read as of one moment.
    """
    with vault.transaction():
        return {
            "format": anchors.HISTORY_FORMAT,
            "cases": [
                anchors.case_history(vault.conn, str(c["id"]), str(c["reference"])) for c in cases
            ],
        }


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

    Whatever names the vault holds, every file is written directly in the folder of ``out``
    under a plain, unique name (`paths.ExportNames`), the document names each file as it was
    written (so that it imports again), and no file is written through a symbolic link
    (`files.open_output`). Every path is checked before anything is written, so a path
    refused leaves nothing written.

    :param vault: an open vault.
    :param out: the file to write; evidence files go beside it.
    :param references: the cases to export, by reference; None (or empty) for every case.
    :param with_files: whether the stored evidence files are written too.
    :param force: whether existing files may be replaced.
    :return: the paths written, the document first.
    :raises FieldMonError: when a path is a folder or a symbolic link, exists without force
        or cannot be written (`files.check_output`); and as `Vault.extract` for an evidence
        file that cannot be decrypted.
    :raises NotFound: a reference names no case.
    """
    out = Path(out)
    cases = vault.export_cases(references)
    planned = _named_files(vault, cases, ExportNames((out.name,)), with_files)
    targets = [(out.parent / name, reference, item) for name, reference, item in planned]
    for target in [out, *(t[0] for t in targets)]:
        check_output(target, force)
    document = {"format": FORMAT, "cases": cases, "history": case_histories(vault, cases)}
    with open_output(out, force) as handle:
        handle.write(dumps(document).encode("utf-8"))
    written = [out]
    for target, reference, evidence_id in targets:
        vault.extract(reference, evidence_id, target, force=force)
        written.append(target)
    return written


def dumps(document: dict[str, Any]) -> str:
    """A document as fieldmon-case/1 text: JSON, indented by two, non-ASCII kept as written.

    :param document: a JSON-ready document (see `export_document`).
    :return: the text, ending in a newline, to be written as UTF-8.
    """
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
