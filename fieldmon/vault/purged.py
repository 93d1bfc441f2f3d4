"""What `fieldmon check` knows of purged cases and of receipts, at vault level.

A purge (fieldmon.exchange.purge, docs/purge.md) removes a case that headquarters
acknowledged and leaves a *stub* in ``purged_cases``: the case's id and reference, the packet
whose receipt covered it, the number and SHA-256 of every sealed version and the SHA-256 of every
evidence file. The custody log keeps every entry of the case and gains a ``purge`` entry whose
content hash is the SHA-256 of the stub's canonical form (:func:`stub_hash`).

A receipt stored in ``receipts`` names the head of this vault's custody log that headquarters
accepted (``log_seq``, ``log_hash``). That copy left the laptop: a log rewritten afterwards,
even re-signed with the vault's own key, no longer has that hash at that place, and
:func:`anchor_faults` names it. The receipt's signature is checked when it is fetched (and by
``fieldmon receipts verify``); this module only reads the columns, so the vault package needs
nothing of fieldmon.exchange.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from fieldmon.vault.custody import canonical, sha256_hex

__all__ = [
    "STUB_FORMAT",
    "Stub",
    "anchor_faults",
    "purged_references",
    "purged_under",
    "purged_versions",
    "receipts_held",
    "stub_hash",
    "stubs",
    "verify",
]

STUB_FORMAT = "fieldmon-purged/1"
"""The ``format`` of a stub's canonical form, whose SHA-256 the ``purge`` entry signs."""


@dataclass(frozen=True)
class Stub:
    """What a purge left of a case.

    :ivar case_uuid: the case's id.
    :ivar reference: its reference.
    :ivar packet_id: the packet whose receipt covered the newest sealed version.
    :ivar versions: (number, content SHA-256 hex) of every sealed version, oldest first.
    :ivar files: SHA-256 (hex) of every evidence file the case held.
    :ivar purged_at: when (UTC ISO 8601).
    """

    case_uuid: str
    reference: str
    packet_id: str
    versions: tuple[tuple[int, str], ...]
    files: tuple[str, ...]
    purged_at: str

    def document(self) -> dict[str, Any]:
        """The stub's signed form: everything but the time (the custody entry has its own).

        :return: a dict for :func:`fieldmon.vault.custody.canonical`.
        """
        return {
            "format": STUB_FORMAT,
            "case": self.case_uuid,
            "reference": self.reference,
            "packet": self.packet_id,
            "versions": [[number, digest] for number, digest in self.versions],
            "files": list(self.files),
        }


def stub_hash(stub: Stub) -> str:
    """The content hash of the ``purge`` custody entry for this stub.

    :param stub: the stub.
    :return: SHA-256 (hex) of :func:`~fieldmon.vault.custody.canonical` of
        :meth:`Stub.document`.
    """
    return sha256_hex(canonical(stub.document()))


def stubs(conn: Any) -> list[Stub]:
    """Every purge stub of the vault, in reference order.

    :param conn: an open vault database connection (the caller holds the vault's lock).
    :return: the stubs; empty when nothing was purged (or the schema predates purges).
    """
    if not _has_table(conn, "purged_cases"):
        return []
    rows = conn.execute(
        "SELECT case_uuid, reference, packet_id, versions, files, purged_at FROM purged_cases"
        " ORDER BY reference"
    ).fetchall()
    return [
        Stub(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            tuple((int(n), str(h)) for n, h in json.loads(r[3])),
            tuple(str(h) for h in json.loads(r[4])),
            str(r[5]),
        )
        for r in rows
    ]


def purged_references(conn: Any) -> list[str]:
    """The references of every purged case: no other case may take one (the stub, the custody
    log and headquarters still file the purged case under it).

    :param conn: an open vault database connection.
    :return: the references in order; empty when nothing was purged (or the schema predates
        purges).
    """
    if not _has_table(conn, "purged_cases"):
        return []
    rows = conn.execute("SELECT reference FROM purged_cases ORDER BY reference").fetchall()
    return [str(r[0]) for r in rows]


def purged_under(conn: Any, reference: str) -> tuple[str, str] | None:
    """The purged case that had this reference.

    :param conn: an open vault database connection.
    :param reference: a case reference, compared exactly.
    :return: (case uuid, when it was purged, UTC ISO 8601), or None when no purged case had it.
    """
    if not _has_table(conn, "purged_cases"):
        return None
    row = conn.execute(
        "SELECT case_uuid, purged_at FROM purged_cases WHERE reference = ?", (reference,)
    ).fetchone()
    return (str(row[0]), str(row[1])) if row else None


def _has_table(conn: Any, name: str) -> bool:
    """Whether the schema has this table (a vault made by a test at an older version may not)."""
    found = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return found is not None


def purged_versions(conn: Any) -> dict[tuple[str, int], tuple[str, str]]:
    """The sealed versions purged cases held, for :func:`fieldmon.vault.versions.verify`.

    :param conn: an open vault database connection.
    :return: (case uuid, version number) -> (case reference, content SHA-256 hex), from
        every stub.
    """
    return {
        (stub.case_uuid, number): (stub.reference, digest)
        for stub in stubs(conn)
        for number, digest in stub.versions
    }


def verify(conn: Any) -> list[str]:
    """Check every stub: the custody log holds a ``purge`` entry for the case that signed the
    stub's hash (:func:`stub_hash`); a stored receipt for the stub's packet names the same
    case, and its version and content SHA-256 are the newest sealed version the stub records
    (the purge was covered by headquarters' receipt); the case and its sealed versions are
    gone.

    :param conn: an open vault database connection.
    :return: one line per fault, naming the case; empty when every stub holds.
    """
    faults: list[str] = []
    for stub in stubs(conn):
        name = f"purged case {stub.reference}"
        logged = [
            str(r[0])
            for r in conn.execute(
                "SELECT content_hash FROM custody_log WHERE action = 'purge' AND case_uuid = ?",
                (stub.case_uuid,),
            )
        ]
        if not logged:
            faults.append(f"{name} has no purge entry in the custody log")
        elif stub_hash(stub) not in logged:
            faults.append(f"{name}: its stub does not match the hash its purge entry signed")
        receipt = conn.execute(
            "SELECT case_uuid, version, content_sha256 FROM receipts WHERE packet_id = ?",
            (stub.packet_id,),
        ).fetchone()
        newest = stub.versions[-1] if stub.versions else None
        if receipt is None:
            faults.append(f"{name}: no receipt for packet {stub.packet_id} is stored")
        elif (
            str(receipt[0]) != stub.case_uuid
            or newest is None
            or (int(receipt[1]), str(receipt[2])) != newest
        ):
            faults.append(
                f"{name}: the receipt for packet {stub.packet_id} does not cover its newest"
                " sealed version"
            )
        if conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (stub.case_uuid,)).fetchone():
            faults.append(f"{name} is still in the vault")
        elif conn.execute(
            "SELECT 1 FROM case_versions WHERE case_uuid = ?", (stub.case_uuid,)
        ).fetchone():
            faults.append(f"{name} still has sealed versions in the vault")
    return faults


def receipts_held(conn: Any) -> list[str]:
    """The packets whose receipts this vault stores.

    :param conn: an open vault database connection.
    :return: their packet ids, sorted; empty when none (or the schema predates receipts).
    """
    if not _has_table(conn, "receipts"):
        return []
    return [str(r[0]) for r in conn.execute("SELECT packet_id FROM receipts ORDER BY packet_id")]


def anchor_faults(conn: Any) -> list[str]:
    """Check the custody log against every stored receipt: the entry at the receipt's
    ``log_seq`` still has the ``log_hash`` headquarters accepted. Headquarters holds that
    head outside the laptop, so a log rewritten since (even re-signed with the vault's own
    key) shows here.

    :param conn: an open vault database connection.
    :return: one line per receipt whose anchor no longer holds; empty when all hold.
    """
    faults: list[str] = []
    if not _has_table(conn, "receipts"):
        return faults
    rows = conn.execute(
        "SELECT r.packet_id, r.reference, r.log_seq, r.log_hash, l.entry_hash"
        " FROM receipts r LEFT JOIN custody_log l ON l.seq = r.log_seq"
        " ORDER BY r.log_seq, r.packet_id"
    ).fetchall()
    for packet_id, reference, seq, expected, actual in rows:
        if actual is None:
            faults.append(
                f"custody log: entry {seq}, which headquarters' receipt for packet {packet_id}"
                f" ({reference}) anchors, is missing"
            )
        elif str(actual) != str(expected):
            faults.append(
                f"custody log: entry {seq} is not the entry headquarters' receipt for packet"
                f" {packet_id} ({reference}) anchors: the log was rewritten"
            )
    return faults
