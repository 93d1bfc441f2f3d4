"""Stored evidence files: their rows in ``attachments``, reading them back, extracting them.

Every stored file is one age-encrypted blob (fieldmon.vault.files) with its own X25519
identity, and a row holding that identity, the SHA-256 and size of the plaintext taken when it
was collected, its media type and the metadata it carried. Items are numbered per evidence
record: ``x1.1``, ``x1.2``… A copy without metadata is an item of its own, linked to its
original (``derived_from``), and so is a redacted copy (fieldmon.vault.redacting). Adding a
file together with a new evidence record is in fieldmon.vault.attach.
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from fieldmon.errors import FieldMonError, NotFound, VaultDamaged
from fieldmon.vault import files
from fieldmon.vault.blobs import BlobBatch
from fieldmon.vault.custody import utc_now
from fieldmon.vault.session import Session

__all__ = [
    "DERIVATIONS",
    "Attachment",
    "attach_file",
    "attachment",
    "attachments",
    "check_readable",
    "evidence_with_files",
    "extract",
    "read_attachment",
    "record_attachment",
    "record_copy",
]


@dataclass(frozen=True)
class Attachment:
    """A stored file as the vault describes it (never its content).

    ``size`` is in bytes and ``sha256`` is the hex digest of the plaintext, both taken when
    it was collected; ``collected_at`` is UTC ISO 8601; ``metadata`` is what the file carried
    (fieldmon.vault.metadata); ``derived_from`` is the item this is a copy of, with
    ``derivation`` saying how (one of `DERIVATIONS`).
    """

    case_reference: str
    item: str
    evidence_id: str
    sha256: str
    size: int
    media_type: str
    original_name: str
    collected_at: str
    collector: str
    metadata: dict[str, Any]
    derived_from: str | None
    derivation: str | None


DERIVATIONS = {"metadata_stripped": "no-metadata", "redacted": "redacted"}
"""How a copy is made from its original (``attachments.derivation``) -> the word its file name
takes (``wrist-no-metadata.jpg``): ``metadata_stripped``, the same file without EXIF/XMP and
similar metadata (fieldmon.vault.metadata); ``redacted``, the original redrawn as pixels with
boxes blacked out (fieldmon.vault.redacting)."""


_COLUMNS = (
    "c.reference, a.item, a.evidence_id, a.sha256, a.size, a.media_type, a.original_name,"
    " a.collected_at, a.collector, a.file_metadata, d.item, a.derivation"
)


def _from_row(row: Any) -> Attachment:
    reference, item, evidence_id, sha256, size, kind, name, collected_at, collector = row[:9]
    return Attachment(
        reference,
        item,
        evidence_id,
        sha256,
        size,
        kind,
        name,
        collected_at,
        collector,
        json.loads(row[9]),
        row[10],
        row[11],
    )


def check_readable(source: Path) -> None:
    """Refuse a source that is not a readable file, before anything is stored.

    :raises FieldMonError: it does not exist, is not a file, or cannot be read.
    """
    if not source.exists():
        raise FieldMonError(f"{source}: no such file.")
    if not source.is_file():
        raise FieldMonError(f"{source} is not a file.")
    if not os.access(source, os.R_OK):
        raise FieldMonError(f"{source} cannot be read (permission denied).")


def _next_item(session: Session, case_rid: int, evidence_id: str) -> str:
    count = session.conn.execute(
        "SELECT count(*) FROM attachments WHERE case_rid = ? AND evidence_id = ?",
        (case_rid, evidence_id),
    ).fetchone()[0]
    return f"{evidence_id}.{int(count) + 1}"


def record_attachment(
    session: Session,
    case_rid: int,
    ids: tuple[str, str],
    evidence_id: str,
    blob_name: str,
    sealed: files.Sealed,
    kind: str,
    original_name: str,
    metadata: dict[str, Any],
    derived_from: int | None,
    derivation: str | None,
    *,
    collector: str | None = None,
) -> str:
    """Record an already encrypted blob as the next item of an evidence record, and log the
    attach in the custody log. The caller holds the transaction.

    :param ids: the case's (uuid, reference).
    :param derived_from: the row id of the original, for a copy; else None.
    :param collector: who collected or made the file; None: the vault's own name
        (``session.actor``, which the custody entry records in any case).
    :return: the new item id (``x1.2``).
    """
    item = _next_item(session, case_rid, evidence_id)
    session.conn.execute(
        "INSERT INTO attachments (case_rid, evidence_id, item, blob_name, age_identity,"
        " sha256, size, media_type, original_name, collected_at, collector, file_metadata,"
        " derived_from, derivation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            case_rid,
            evidence_id,
            item,
            blob_name,
            sealed.identity,
            sealed.sha256,
            sealed.size,
            kind,
            original_name,
            utc_now(),
            collector or session.actor,
            json.dumps(metadata, ensure_ascii=False),
            derived_from,
            derivation,
        ),
    )
    session.log("attach", ids, f"evidence {evidence_id} item {item}", sealed.sha256)
    return item


def record_copy(
    session: Session,
    case_rid: int,
    ids: tuple[str, str],
    evidence_id: str,
    blob: tuple[str, files.Sealed],
    data: bytes,
    kind: str,
    original_name: str,
    derived_from_item: str,
    *,
    derivation: str = "metadata_stripped",
    suffix: str | None = None,
    collector: str | None = None,
) -> str:
    """Record the blob of a copy (already encrypted), linked to its original and named
    ``<stem>-<word>.<suffix>`` after it (`DERIVATIONS` gives the word: ``wrist-no-metadata.jpg``,
    ``wrist-redacted.png``). The caller holds the transaction.

    :param blob: the blob's name and what was sealed.
    :param data: the copy's plaintext, to record what metadata it still carries.
    :param kind: the copy's media type.
    :param derivation: how the copy was made, a key of `DERIVATIONS`.
    :param suffix: the copy's file name suffix when it differs from the original's (a redacted
        photo is a PNG); None keeps the original's.
    :param collector: who made the copy; None: the vault's own name.
    :return: the copy's item id.
    :raises KeyError: derivation is not one of `DERIVATIONS`.
    """
    name, sealed = blob
    word = DERIVATIONS[derivation]
    parent = session.conn.execute(
        "SELECT rid FROM attachments WHERE case_rid = ? AND item = ?",
        (case_rid, derived_from_item),
    ).fetchone()[0]
    stem, dot, old_suffix = original_name.rpartition(".")
    if not dot:
        stem, old_suffix = original_name, ""
    suffix = old_suffix if suffix is None else suffix
    derived_name = f"{stem}-{word}.{suffix}" if suffix else f"{stem}-{word}"
    return record_attachment(
        session,
        case_rid,
        ids,
        evidence_id,
        name,
        sealed,
        kind,
        derived_name,
        files.embedded_metadata(data, kind),
        int(parent),
        derivation,
        collector=collector,
    )


def attach_file(
    session: Session,
    batch: BlobBatch,
    case_rid: int,
    ids: tuple[str, str],
    evidence_id: str,
    source: Path,
    skip_same: bool = False,
) -> str | None:
    """Encrypt ``source`` into a new blob of ``batch`` and record it for an existing
    evidence record. The caller holds the transaction.

    :param skip_same: a file with the same SHA-256 already stored for that evidence record
        is not stored twice.
    :return: the new item id, or None when skipped.
    :raises FieldMonError: ``source`` is not a readable file.
    """
    check_readable(source)
    kind = files.media_type(files.read_head(source), source.name)
    metadata = files.embedded_metadata(source, kind)
    name, sealed = batch.write(lambda target: files.encrypt_file(source, target))
    if (
        skip_same
        and session.conn.execute(
            "SELECT 1 FROM attachments WHERE case_rid = ? AND evidence_id = ? AND sha256 = ?",
            (case_rid, evidence_id, sealed.sha256),
        ).fetchone()
    ):
        batch.discard(name)
        return None
    return record_attachment(
        session, case_rid, ids, evidence_id, name, sealed, kind, source.name, metadata, None, None
    )


def evidence_with_files(session: Session, case_uuid: str) -> set[str]:
    """The ids of a case's evidence records that have stored files.

    :param case_uuid: the case's uuid (not its reference, which an edit may change).
    """
    rows = session.conn.execute(
        "SELECT DISTINCT a.evidence_id FROM attachments a JOIN cases c ON c.rid = a.case_rid"
        " WHERE c.uuid = ?",
        (case_uuid,),
    )
    return {str(r[0]) for r in rows}


def attachments(session: Session, reference: str) -> list[Attachment]:
    """Every stored file of a case, in the order stored.

    :raises NotFound: no such case.
    """
    case_rid = session.case_ids(reference)[0]
    rows = session.conn.execute(
        f"SELECT {_COLUMNS} FROM attachments a JOIN cases c"
        " ON c.rid = a.case_rid LEFT JOIN attachments d ON d.rid = a.derived_from"
        " WHERE a.case_rid = ? ORDER BY a.rid",
        (case_rid,),
    ).fetchall()
    return [_from_row(r) for r in rows]


def _attachment_row(
    session: Session, reference: str, item: str
) -> tuple[Attachment, str, str, str]:
    """The attachment, its blob name, its age identity and the case uuid.

    item is an item id ("x1.1") or an evidence id, meaning that record's first file.
    """
    case_rid, case_uuid = session.case_ids(reference)
    row = session.conn.execute(
        f"SELECT {_COLUMNS}, a.blob_name, a.age_identity FROM attachments a"
        " JOIN cases c ON c.rid = a.case_rid LEFT JOIN attachments d ON d.rid = a.derived_from"
        " WHERE a.case_rid = ?"
        " AND (a.item = ? OR (a.evidence_id = ? AND a.derived_from IS NULL))"
        " ORDER BY a.item = ? DESC, a.rid LIMIT 1",
        (case_rid, item, item, item),
    ).fetchone()
    if row is None:
        raise NotFound(f"{reference} has no stored file {item}.")
    return _from_row(row), str(row[12]), str(row[13]), case_uuid


def attachment(session: Session, reference: str, item: str) -> Attachment:
    """One stored file of a case.

    :param item: an item id (``x1.1``), or an evidence id meaning that record's first file.
    :raises NotFound: no such case or file.
    """
    return _attachment_row(session, reference, item)[0]


def _decrypt(
    session: Session, attachment: Attachment, blob: str, identity: str, sink: BinaryIO | None
) -> bytes | None:
    buffer = io.BytesIO() if sink is None else None
    try:
        digest, size = files.decrypt_stream(session.blob_dir / blob, identity, sink or buffer)
    except files.BlobUnreadable as error:
        raise VaultDamaged(
            f"Stored file {attachment.case_reference} {attachment.item} cannot be read: {error}."
        ) from None
    if digest != attachment.sha256 or size != attachment.size:
        raise VaultDamaged(
            f"Stored file {attachment.case_reference} {attachment.item} does not match the"
            " hash taken when it was collected."
        )
    return buffer.getvalue() if buffer is not None else None


def read_attachment(session: Session, reference: str, item: str, *, log_view: bool = True) -> bytes:
    """The plaintext of a stored file, in memory only, checked against its SHA-256 and size.

    :param item: an item id, or an evidence id meaning that record's first file.
    :param log_view: record the view in the custody log (a dossier logs its own export).
    :raises NotFound: no such case or file.
    :raises VaultDamaged: the blob cannot be decrypted or does not match its hash.
    """
    attachment, blob, identity, case_uuid = _attachment_row(session, reference, item)
    data = _decrypt(session, attachment, blob, identity, None)
    assert data is not None
    if log_view:
        with session.transaction():
            session.log(
                "view",
                (case_uuid, reference),
                f"evidence {attachment.evidence_id} item {attachment.item}",
                attachment.sha256,
            )
    return data


def extract(
    session: Session, reference: str, item: str, out: Path, *, force: bool = False
) -> Attachment:
    """Decrypt a stored file to a path the user chose, streaming, and log the extract.

    :param out: the file to write; removed again if decryption fails.
    :param force: overwrite an existing file (never otherwise).
    :raises NotFound: no such case or file.
    :raises FieldMonError: ``out`` exists and ``force`` is not given, or cannot be written.
    :raises VaultDamaged: the blob cannot be decrypted or does not match its hash.
    """
    attachment, blob, identity, case_uuid = _attachment_row(session, reference, item)
    out = Path(out)
    sink = files.open_output(out, force)
    try:
        with sink:
            _decrypt(session, attachment, blob, identity, sink)
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    with session.transaction():
        session.log(
            "extract",
            (case_uuid, reference),
            f"evidence {attachment.evidence_id} item {attachment.item}",
            attachment.sha256,
        )
    return attachment
