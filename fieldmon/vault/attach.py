"""Storing one file for an evidence record: a new record if none is named, the encrypted file,
and on request a copy without metadata, in one transaction.

The encryption, which takes seconds per GB, runs outside the session's lock, so the desktop
app can search, open and view files while a large file is stored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypedDict

from fieldmon.errors import FieldMonError, NotFound
from fieldmon.vault import files, records
from fieldmon.vault.attachments import (
    Attachment,
    attachment,
    check_readable,
    record_attachment,
    record_copy,
)
from fieldmon.vault.blobs import BlobBatch
from fieldmon.vault.cases import write_case
from fieldmon.vault.custody import utc_now
from fieldmon.vault.ids import new_id
from fieldmon.vault.session import Session
from fieldmon.vault.validate import InvalidCase, case_problem

__all__ = ["MAX_STRIP_BYTES", "AttachOptions", "attach"]

# Photos and scans are stripped in memory; nothing this large is a photo.
MAX_STRIP_BYTES = 256 * 1024 * 1024


class AttachOptions(TypedDict, total=False):
    """The optional arguments of ``attach`` (see there)."""

    evidence_id: str | None
    title: str | None
    source_type: str | None
    strip_metadata: bool


def attach(
    session: Session,
    reference: str,
    source: Path,
    *,
    evidence_id: str | None = None,
    title: str | None = None,
    source_type: str | None = None,
    strip_metadata: bool = False,
) -> list[Attachment]:
    """Store a file encrypted for an evidence record. Takes the session's lock itself, only
    around its database work.

    :param reference: the case.
    :param source: the file to store.
    :param evidence_id: the evidence record the file belongs to; None adds a new record
        titled ``title`` (or the file's name), with the monitor as collector.
    :param source_type: the new record's source type (``source_type`` vocabulary).
    :param strip_metadata: also store a copy without EXIF/GPS and similar metadata
        (fieldmon.vault.metadata), linked to the original; the file must be at most
        ``MAX_STRIP_BYTES`` (256 MiB).
    :return: the stored items, original first.
    :raises FieldMonError: the source is not a readable file, or its metadata cannot be
        removed; nothing is stored.
    :raises NotFound: no such case or evidence record.
    :raises InvalidCase: the case would not be valid with a new record.
    """
    source = Path(source)
    check_readable(source)
    with session.lock:  # refuse an unknown case or record before the slow part
        _evidence_record(session, reference, evidence_id, title, source, source_type)
    stripped: bytes | None = None
    kind = files.media_type(files.read_head(source), source.name)
    metadata = files.embedded_metadata(source, kind)
    if strip_metadata:
        if source.stat().st_size > MAX_STRIP_BYTES:
            raise FieldMonError(f"{source} is too large to remove metadata from.")
        try:
            stripped = files.strip_metadata(source.read_bytes(), kind)
        except files.CannotStrip as error:
            raise FieldMonError(f"{source}: {error}; nothing was stored.") from None
    with BlobBatch(session.blob_dir) as batch:
        # Encrypting is the slow part and touches no database: it runs outside the lock.
        name, sealed = batch.write(lambda target: files.encrypt_file(source, target))
        copy = None
        if stripped is not None:
            data = stripped
            copy = batch.write(lambda target: files.encrypt_bytes(data, target))
        with session.transaction():
            case, evidence_id = _evidence_record(
                session, reference, evidence_id, title, source, source_type
            )
            case_rid, case_uuid = session.case_ids(reference)
            ids = (case_uuid, reference)
            write_case(session, case)
            original = record_attachment(
                session,
                case_rid,
                ids,
                evidence_id,
                name,
                sealed,
                kind,
                source.name,
                metadata,
                None,
                None,
            )
            items = [original]
            if copy is not None and stripped is not None:
                items.append(
                    record_copy(
                        session,
                        case_rid,
                        ids,
                        evidence_id,
                        copy,
                        stripped,
                        kind,
                        source.name,
                        original,
                    )
                )
            return [attachment(session, reference, item) for item in items]


def _evidence_record(
    session: Session,
    reference: str,
    evidence_id: str | None,
    title: str | None,
    source: Path,
    source_type: str | None,
) -> tuple[records.CaseDocument, str]:
    """The case with the evidence record a file is stored for: ``evidence_id``'s, or a new
    one (added to the returned document, which the caller writes).

    :raises NotFound: no such case, or no such evidence record.
    :raises InvalidCase: the case would not be valid with a new record.
    """
    case_rid = session.case_ids(reference)[0]
    case = records.read_case(session.conn, case_rid)
    evidence = case.setdefault("evidence", [])
    if evidence_id is None:
        evidence_id = new_id(case, "evidence")
        record: dict[str, Any] = {
            "id": evidence_id,
            "title": title or source.name,
            "file": source.name,
            "collected_by": session.actor,
            "collected": utc_now()[:16],
        }
        if source_type:
            record["source_type"] = source_type
        evidence.append(record)
        problem = case_problem(case)
        if problem:
            raise InvalidCase(problem)
    elif not any(e.get("id") == evidence_id for e in evidence):
        raise NotFound(f"{reference} has no evidence record {evidence_id}.")
    return case, evidence_id
