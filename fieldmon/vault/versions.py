"""Sealed versions of a case.

Sealing stores the canonical serialisation of the case (every record in it, and the metadata and
hashes of its evidence files) as version N with its SHA-256 and the hash of version N-1. Sealed
rows never change (triggers refuse it; `fieldmon check` recomputes every hash). The case itself
stays editable: an edit after sealing is version N+1 in the making, linked to N, until it is
sealed in turn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from fieldmon.errors import NotFound
from fieldmon.vault import purged, records, timestamps
from fieldmon.vault.custody import canonical, sha256_hex, utc_now
from fieldmon.vault.session import Session

__all__ = [
    "SEALED_FORMAT",
    "CaseHistory",
    "Version",
    "attachment_manifest",
    "current_content",
    "history",
    "open_sealed_version",
    "seal",
    "seal_case",
    "sealed_content",
    "verify",
    "versions",
    "working_copy_changed",
]

SEALED_FORMAT = "fieldmon-sealed/1"


@dataclass(frozen=True)
class Version:
    """A sealed version: its number (from 1), the hex SHA-256 of its canonical content and
    of the version before (None for the first), when (UTC ISO 8601) and by whom."""

    version: int
    content_hash: str
    previous_hash: str | None
    sealed_at: str
    actor: str
    timestamp: str | None = None
    """Only on the version a seal has just made, where a timestamp authority is set: the RFC
    3161 token's time (``YYYY-MM-DD HH:MM:SS UTC``), or None."""
    timestamp_problem: str | None = None
    """Only on the version a seal has just made: why it has no timestamp although a timestamp
    authority is set (it is sealed all the same), or None."""


def attachment_manifest(conn: Any, case_rid: int) -> list[dict[str, Any]]:
    """What a sealed version records of a case's stored files: item, evidence id, SHA-256,
    size in bytes, media type, name, collection, metadata and derivation (never content)."""
    rows = conn.execute(
        "SELECT a.item, a.evidence_id, a.sha256, a.size, a.media_type, a.original_name,"
        " a.collected_at, a.collector, a.file_metadata, d.item, a.derivation"
        " FROM attachments a LEFT JOIN attachments d ON d.rid = a.derived_from"
        " WHERE a.case_rid = ? ORDER BY a.rid",
        (case_rid,),
    ).fetchall()
    manifest = []
    for row in rows:
        entry: dict[str, Any] = {
            "item": row[0],
            "evidence": row[1],
            "sha256": row[2],
            "size": row[3],
            "media_type": row[4],
            "original_name": row[5],
            "collected_at": row[6],
            "collector": row[7],
            "metadata": json.loads(row[8]),
        }
        if row[9]:
            entry["derived_from"] = row[9]
            entry["derivation"] = row[10]
        manifest.append(entry)
    return manifest


def current_content(conn: Any, case_rid: int) -> dict[str, Any]:
    """What sealing the case now would store (``fieldmon-sealed/1``): the case document and
    its attachment manifest."""
    return {
        "format": SEALED_FORMAT,
        "case": records.read_case(conn, case_rid),
        "attachments": attachment_manifest(conn, case_rid),
    }


def versions(conn: Any, case_uuid: str) -> list[Version]:
    """The sealed versions of a case, oldest first (empty if never sealed)."""
    rows = conn.execute(
        "SELECT version, content_hash, previous_hash, sealed_at, actor FROM case_versions"
        " WHERE case_uuid = ? ORDER BY version",
        (case_uuid,),
    ).fetchall()
    return [Version(*row) for row in rows]


def seal(conn: Any, case_rid: int, case_uuid: str, actor: str) -> tuple[Version, bool]:
    """Seal the current state; return the version and whether it is new.

    Sealing an unchanged case returns the version that already holds it. The caller holds the
    transaction and writes the custody entry.
    """
    content = canonical(current_content(conn, case_rid))
    content_hash = sha256_hex(content)
    existing = versions(conn, case_uuid)
    if existing and existing[-1].content_hash == content_hash:
        return existing[-1], False
    number = existing[-1].version + 1 if existing else 1
    previous = existing[-1].content_hash if existing else None
    version = Version(number, content_hash, previous, utc_now(), actor)
    conn.execute(
        "INSERT INTO case_versions (case_uuid, version, content, content_hash, previous_hash,"
        " sealed_at, actor) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (case_uuid, number, content.decode(), content_hash, previous, version.sealed_at, actor),
    )
    return version, True


def sealed_content(conn: Any, case_uuid: str, number: int) -> dict[str, Any] | None:
    """The content of sealed version ``number`` of a case, or None if there is none."""
    row = conn.execute(
        "SELECT content FROM case_versions WHERE case_uuid = ? AND version = ?",
        (case_uuid, number),
    ).fetchone()
    return dict(json.loads(row[0])) if row else None


def working_copy_changed(conn: Any, case_rid: int, case_uuid: str) -> bool:
    """Whether the case differs from its last sealed version (True when never sealed)."""
    existing = versions(conn, case_uuid)
    if not existing:
        return True
    return sha256_hex(canonical(current_content(conn, case_rid))) != existing[-1].content_hash


def verify(conn: Any) -> list[str]:
    """Check every sealed version: its content still has its SHA-256, it links to the version
    before, and the custody log holds exactly one seal entry for it, which signed that hash;
    and every seal entry of the log names a version the vault holds.

    :param conn: an open vault database connection.
    A version the vault no longer holds because its case was purged is accepted when the
    purge stub records it with the hash its seal entry signed (issue 15: a purged sealed
    version whose purge is logged and covered by a receipt satisfies this rule; the purge
    entry and the receipt are checked by :func:`fieldmon.vault.purged.verify`).

    :return: one line per fault, naming the case and version (or the entry); empty if all hold.
    """
    faults = []
    rows = conn.execute(
        "SELECT v.case_uuid, coalesce(c.reference, v.case_uuid), v.version, v.content,"
        " v.content_hash, v.previous_hash FROM case_versions v"
        " LEFT JOIN cases c ON c.uuid = v.case_uuid ORDER BY v.case_uuid, v.version"
    ).fetchall()
    previous: dict[str, str] = {}
    seal_entries: dict[tuple[str, str], list[tuple[int, str, str]]] = {}
    for seq, case_uuid, reference, record, content_hash in conn.execute(
        "SELECT seq, case_uuid, coalesce(case_reference, case_uuid), record, content_hash"
        " FROM custody_log WHERE action = 'seal' ORDER BY seq"
    ):
        seal_entries.setdefault((str(case_uuid), str(record)), []).append(
            (int(seq), str(reference), str(content_hash))
        )
    for case_uuid, reference, number, content, content_hash, previous_hash in rows:
        name = f"{reference} version {number}"
        logged = seal_entries.pop((case_uuid, f"version {number}"), [])
        if sha256_hex(content.encode()) != content_hash:
            faults.append(
                f"sealed version {name} was altered: its content no longer matches its hash"
            )
        elif not logged:
            faults.append(f"sealed version {name} has no seal entry in the custody log")
        elif len(logged) > 1:
            seqs = ", ".join(str(seq) for seq, _, _ in logged)
            faults.append(f"sealed version {name} has {len(logged)} seal entries (entries {seqs})")
        elif logged[0][2] != content_hash:
            faults.append(f"sealed version {name} does not match the hash its seal entry signed")
        if number > 1 and previous_hash != previous.get(case_uuid):
            faults.append(f"sealed version {name} is not linked to version {number - 1}")
        previous[case_uuid] = content_hash
    return faults + _purged_faults(conn, seal_entries)


def _purged_faults(
    conn: Any, seal_entries: dict[tuple[str, str], list[tuple[int, str, str]]]
) -> list[str]:
    """Seal entries of versions the vault no longer holds: faults, except the versions a
    purge stub records with the same hash (fieldmon.vault.purged checks the stub's purge entry
    and receipt), each of which must have exactly one seal entry."""
    faults = []
    for (case_uuid, number), (reference, digest) in purged.purged_versions(conn).items():
        logged = seal_entries.pop((case_uuid, f"version {number}"), [])
        name = f"purged sealed version {reference} version {number}"
        if len(logged) != 1:
            faults.append(f"{name} has {len(logged)} seal entries in the custody log, not one")
        elif logged[0][2] != digest:
            faults.append(f"{name} does not match the hash its seal entry signed")
    for (_, record), logged in sorted(seal_entries.items(), key=lambda kv: kv[1][0][0]):
        for seq, reference, _ in logged:
            faults.append(
                f"custody log: entry {seq} seals {reference} {record}, which the vault no"
                " longer holds"
            )
    return faults


@dataclass(frozen=True)
class CaseHistory:
    """A case's sealed versions, oldest first, and whether it has edits none of them holds
    (``changed_since_seal``, also True for a case never sealed)."""

    reference: str
    versions: list[Version]
    changed_since_seal: bool

    @property
    def working_version(self) -> int:
        """The number of the version being worked on: the last sealed one if unchanged, else
        the next (1 for a case never sealed)."""
        last = self.versions[-1].version if self.versions else 0
        return last + 1 if self.changed_since_seal else last


def seal_case(session: Session, reference: str) -> tuple[Version, bool]:
    """Seal the case and every record in it, and log the seal if the version is new.

    Where a timestamp authority is set (:func:`fieldmon.vault.timestamps.tsa_url`), a new
    seal's custody entry is then stamped (RFC 3161), after the seal is committed and in a
    transaction of its own: a TSA that cannot be reached (within
    :data:`~fieldmon.vault.timestamps.TIMEOUT_SECONDS`) leaves the seal as it is, and the
    returned version says why in ``timestamp_problem``.

    :param session: the open vault's session.
    :param reference: the case.
    :return: the version (with ``timestamp`` or ``timestamp_problem`` set after a new seal
        where a TSA is set), and whether it is new (an unchanged case keeps its last version).
    :raises NotFound: no such case.
    """
    case_rid, case_uuid = session.case_ids(reference)
    with session.transaction():
        version, new = seal(session.conn, case_rid, case_uuid, session.actor)
        entry = None
        if new:
            entry = session.log(
                "seal", (case_uuid, reference), f"version {version.version}", version.content_hash
            )
        url = timestamps.tsa_url(session.conn)
    if entry is None or url is None:
        return version, new
    try:
        token = timestamps.request_token(url, entry.entry_hash)
    except timestamps.TimestampUnavailable as error:
        return replace(version, timestamp_problem=str(error)), new
    with session.transaction():
        found = timestamps.store_token(session.conn, entry.entry_hash, token, url)
    return replace(version, timestamp=found.gen_time), new


def history(session: Session, reference: str) -> CaseHistory:
    """The sealed versions of a case and whether it changed since the last.

    :raises NotFound: no such case.
    """
    case_rid, case_uuid = session.case_ids(reference)
    return CaseHistory(
        reference,
        versions(session.conn, case_uuid),
        working_copy_changed(session.conn, case_rid, case_uuid),
    )


def open_sealed_version(session: Session, reference: str, number: int) -> dict[str, Any]:
    """The sealed content of version ``number`` (case document and attachment manifest),
    shown to a person: the custody log records the view.

    :raises NotFound: no such case, or no such version.
    """
    _, case_uuid = session.case_ids(reference)
    content = sealed_content(session.conn, case_uuid, number)
    if content is None:
        raise NotFound(f"{reference} has no sealed version {number}.")
    with session.transaction():
        session.log(
            "view", (case_uuid, reference), f"version {number}", sha256_hex(canonical(content))
        )
    return content
