"""Sealed versions of a case.

Sealing stores the canonical serialisation of the case (every record in it, and the metadata and
hashes of its evidence files) as version N with its SHA-256 and the hash of version N-1. Sealed
rows never change (triggers refuse it; `fieldmon check` recomputes every hash). The case itself
stays editable: an edit after sealing is version N+1 in the making, linked to N, until it is
sealed in turn.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fieldmon.vault import records
from fieldmon.vault.custody import canonical, sha256_hex, utc_now

SEALED_FORMAT = "fieldmon-sealed/1"


@dataclass(frozen=True)
class Version:
    version: int
    content_hash: str
    previous_hash: str | None
    sealed_at: str
    actor: str


def attachment_manifest(conn: Any, case_rid: int) -> list[dict[str, Any]]:
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
    return {
        "format": SEALED_FORMAT,
        "case": records.read_case(conn, case_rid),
        "attachments": attachment_manifest(conn, case_rid),
    }


def versions(conn: Any, case_uuid: str) -> list[Version]:
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
    faults = []
    rows = conn.execute(
        "SELECT v.case_uuid, coalesce(c.reference, v.case_uuid), v.version, v.content,"
        " v.content_hash, v.previous_hash FROM case_versions v"
        " LEFT JOIN cases c ON c.uuid = v.case_uuid ORDER BY v.case_uuid, v.version"
    ).fetchall()
    previous: dict[str, str] = {}
    sealed_in_log = {
        (str(r[0]), str(r[1])): str(r[2])
        for r in conn.execute(
            "SELECT case_uuid, record, content_hash FROM custody_log WHERE action = 'seal'"
        )
    }
    for case_uuid, reference, number, content, content_hash, previous_hash in rows:
        name = f"{reference} version {number}"
        if sha256_hex(content.encode()) != content_hash:
            faults.append(
                f"sealed version {name} was altered: its content no longer matches its hash"
            )
        elif sealed_in_log.get((case_uuid, f"version {number}")) not in (None, content_hash):
            faults.append(f"sealed version {name} does not match the hash its seal entry signed")
        if number > 1 and previous_hash != previous.get(case_uuid):
            faults.append(f"sealed version {name} is not linked to version {number - 1}")
        previous[case_uuid] = content_hash
    return faults
