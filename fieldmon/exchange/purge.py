"""Send-and-purge (issue 15, docs/purge.md): once headquarters' receipt covers a case's newest
sealed version, the monitor may remove the case from the laptop, keeping only a stub.

The stub (``purged_cases``, :class:`fieldmon.vault.purged.Stub`) holds the case's id and
reference, the packet whose receipt covered it, the number and SHA-256 of every sealed version
and the SHA-256 of every evidence file: enough for ``fieldmon check`` to account for every seal
entry of the custody log, nothing of what the witnesses said. In ONE transaction: the stub is
written, every row of the case deleted (:func:`fieldmon.exchange.erase.delete_case_rows`), the
one-time identity of every packet of the case cleared (so copies of the packets left in a sync
folder or on a USB stick no longer open with anything on the laptop), and a custody ``purge``
entry appended. Then the blob files are crypto-erased and the database compacted
(:mod:`fieldmon.exchange.erase`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from fieldmon.errors import ExchangeRefused, NotFound
from fieldmon.exchange import erase
from fieldmon.vault import custody, purged, versions
from fieldmon.vault.custody import utc_now

if TYPE_CHECKING:
    from fieldmon.vault.store import Vault

__all__ = ["PurgeReport", "purge", "purge_cases", "purgeable"]


@dataclass(frozen=True)
class PurgeReport:
    """What a purge removed and what stays.

    :ivar stub: what stays of the case (reference, receipt's packet, hashes).
    :ivar records: how many record rows of the case were removed (persons, events, acts...).
    :ivar files: how many evidence files were crypto-erased (their blobs removed).
    :ivar packets: how many packets of the case no longer open with anything on the laptop.
    :ivar note: None, or one line on what could not be done at once (the write-ahead log).
    """

    stub: purged.Stub
    records: int
    files: int
    packets: int
    note: str | None


def _case(conn: Any, reference: str) -> tuple[int, str]:
    row = conn.execute("SELECT rid, uuid FROM cases WHERE reference = ?", (reference,)).fetchone()
    if row is None:
        if conn.execute("SELECT 1 FROM purged_cases WHERE reference = ?", (reference,)).fetchone():
            raise NotFound(f"{reference} is already purged.")
        raise NotFound(f"No case with reference {reference} in this vault.")
    return int(row[0]), str(row[1])


def _reason(conn: Any, reference: str, case_rid: int, case_uuid: str) -> str | None:
    """Why the case may not be purged yet, or None (also the covering receipt's packet)."""
    if conn.execute("SELECT 1 FROM drafts WHERE case_uuid = ?", (case_uuid,)).fetchone():
        return f"{reference} has an unsaved draft: save or discard it first"
    sealed = versions.versions(conn, case_uuid)
    if not sealed:
        return f"{reference} was never sealed and sent to headquarters"
    newest = sealed[-1]
    if versions.working_copy_changed(conn, case_rid, case_uuid):
        return (
            f"{reference} changed since version {newest.version} was sealed: send it again and"
            " wait for the receipt"
        )
    if conn.execute(
        "SELECT 1 FROM outbox WHERE case_uuid = ? AND state IN ('queued', 'sending')",
        (case_uuid,),
    ).fetchone():
        return f"a packet of {reference} is still being sent"
    if _covering_packet(conn, case_uuid, newest) is None:
        return (
            f"no receipt from headquarters covers {reference} version {newest.version} yet"
            " (fieldmon receipts fetch)"
        )
    return None


def _covering_packet(conn: Any, case_uuid: str, newest: versions.Version) -> str | None:
    row = conn.execute(
        "SELECT packet_id FROM receipts WHERE case_uuid = ? AND version = ?"
        " AND content_sha256 = ? ORDER BY received_at LIMIT 1",
        (case_uuid, newest.version, newest.content_hash),
    ).fetchone()
    return str(row[0]) if row else None


def purgeable(vault: Vault, reference: str) -> str | None:
    """Whether a case may be purged: a stored receipt covers its newest sealed version, whose
    content is the working copy's (no edit since), it has no draft and no packet still being
    sent.

    :param vault: the monitor's open vault.
    :param reference: the case.
    :return: None when it may be purged, else one line saying why not.
    :raises NotFound: no such case (or it is already purged).
    """
    with vault.transaction():
        case_rid, case_uuid = _case(vault.conn, reference)
        return _reason(vault.conn, reference, case_rid, case_uuid)


def _stub(conn: Any, reference: str, case_rid: int, case_uuid: str) -> purged.Stub:
    sealed = versions.versions(conn, case_uuid)
    packet_id = _covering_packet(conn, case_uuid, sealed[-1])
    assert packet_id is not None
    files = [
        str(r[0])
        for r in conn.execute(
            "SELECT sha256 FROM attachments WHERE case_rid = ? ORDER BY rid", (case_rid,)
        )
    ]
    return purged.Stub(
        case_uuid,
        reference,
        packet_id,
        tuple((v.version, v.content_hash) for v in sealed),
        tuple(files),
        utc_now(),
    )


_RECORD_TABLES = (
    "persons",
    "events",
    "acts",
    "involvements",
    "interviews",
    "consents",
    "medical_evaluations",
    "findings",
    "evidence",
    "remedies",
    "violations",
    "interventions",
    "interview_translations",
    "interim_requests",
    "wgad_categories",
    "judgments",
    "mentions",
)


def _count_records(conn: Any, case_rid: int) -> int:
    """How many record rows the case has, over every table of records."""
    return sum(
        int(
            conn.execute(
                f"SELECT count(*) FROM {table} WHERE case_rid = ?", (case_rid,)
            ).fetchone()[0]
        )
        for table in _RECORD_TABLES
    )


def purge(vault: Vault, reference: str, *, compact: bool = True) -> PurgeReport:
    """Remove a case acknowledged by headquarters from the vault, keeping only its stub.

    One transaction writes the stub, deletes every row of the case with SQLite's secure
    delete (records, files' rows and keys, draft, search entries, review decisions, forks,
    sealed versions), clears the one-time identity of every packet of the case and appends a
    custody ``purge`` entry (content hash: :func:`fieldmon.vault.purged.stub_hash`). Then the
    blob files are crypto-erased and the database is vacuumed and its write-ahead log
    truncated (:mod:`fieldmon.exchange.erase`).

    :param vault: the monitor's open vault.
    :param reference: the case.
    :param compact: vacuum the database and truncate its write-ahead log now; False only
        when the caller does it once after several purges (:func:`purge_cases`).
    :return: what was removed and the stub that stays.
    :raises NotFound: no such case.
    :raises ExchangeRefused: it may not be purged yet (:func:`purgeable`'s reason); nothing
        changed.
    :raises OSError: a blob file could not be removed (the case is purged all the same; the
        next open of the vault removes blobs without a row).
    """
    with vault.transaction():
        conn = vault.conn
        case_rid, case_uuid = _case(conn, reference)
        reason = _reason(conn, reference, case_rid, case_uuid)
        if reason is not None:
            raise ExchangeRefused(reason)
        stub = _stub(conn, reference, case_rid, case_uuid)
        blobs = [
            str(r[0])
            for r in conn.execute(
                "SELECT blob_name FROM attachments WHERE case_rid = ?", (case_rid,)
            )
        ]
        records = _count_records(conn, case_rid)
        conn.execute(
            "INSERT INTO purged_cases (case_uuid, reference, packet_id, versions, files,"
            " purged_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                case_uuid,
                reference,
                stub.packet_id,
                json.dumps([list(v) for v in stub.versions]),
                json.dumps(list(stub.files)),
                stub.purged_at,
            ),
        )
        erase.delete_case_rows(conn, case_rid, case_uuid)
        packets = conn.execute(
            "UPDATE outbox SET one_time_identity = NULL, envelope = NULL WHERE case_uuid = ?",
            (case_uuid,),
        ).rowcount
        custody.append(
            conn,
            vault.signer,
            vault.actor,
            "purge",
            case_uuid=case_uuid,
            case_reference=reference,
            record="case",
            content_hash=purged.stub_hash(stub),
        )
    files = erase.destroy_blobs(vault.blob_dir, blobs)
    note = erase.compact(vault) if compact else None
    return PurgeReport(stub, records, files, int(packets), note)


def purge_cases(vault: Vault, references: Sequence[str]) -> list[PurgeReport]:
    """Purge several cases, all checked first: if one may not be purged, none is. Each case
    is purged in its own transaction (:func:`purge`); the database is vacuumed and its
    write-ahead log truncated once, at the end (its note is on the last report).

    :param vault: the monitor's open vault.
    :param references: the cases (each purged once, in this order).
    :return: one report per case.
    :raises NotFound: a reference names no case; nothing is purged.
    :raises ExchangeRefused: a case may not be purged yet (the first reason); nothing is
        purged.
    """
    wanted = list(dict.fromkeys(references))
    for reference in wanted:
        reason = purgeable(vault, reference)
        if reason is not None:
            raise ExchangeRefused(reason)
    reports = [purge(vault, reference, compact=False) for reference in wanted]
    if reports:
        reports[-1] = replace(reports[-1], note=erase.compact(vault))
    return reports
