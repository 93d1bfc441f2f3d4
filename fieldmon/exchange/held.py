"""What headquarters holds per case received from a monitor (docs/receiving.md): the custody
log head it accepted, the entries of the monitor's log it has seen, whose key sends it, and
the reference it files it under (the monitor's, or the first free ``-2``, ``-3``… when another
case has it: references are allocated per vault). Helpers of fieldmon.exchange.intake and
fieldmon.exchange.receive; the caller holds the vault's transaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fieldmon.errors import ExchangeRefused
from fieldmon.exchange.continuity import LogPoint

__all__ = [
    "as_monitor",
    "check_sender",
    "hq_reference",
    "known_points",
    "stored_head",
    "stored_sender",
]


def as_monitor(content: Mapping[str, Any], monitor_reference: str) -> dict[str, Any]:
    """Headquarters' content of a case as the monitor would seal it: the same, under the
    monitor's reference (headquarters may file it under another).

    :param content: ``fieldmon-sealed/1`` content.
    :param monitor_reference: the reference the monitor gives the case.
    :return: a copy whose case document has that reference.
    """
    return {**content, "case": {**content["case"], "reference": monitor_reference}}


def stored_head(conn: Any, case_uuid: str) -> LogPoint | None:
    """The custody log head of the furthest packet accepted for a case, or None. The caller
    holds the transaction."""
    row = conn.execute(
        "SELECT log_seq, log_hash FROM received_logs WHERE case_uuid = ?", (case_uuid,)
    ).fetchone()
    return LogPoint(int(row[0]), str(row[1])) if row else None


def stored_sender(conn: Any, case_uuid: str) -> str | None:
    """SHA-256 (hex) of the public key of the monitor whose packets headquarters holds the case
    from, or None (not received from a monitor). The caller holds the transaction."""
    row = conn.execute(
        "SELECT sender_key FROM received_logs WHERE case_uuid = ?", (case_uuid,)
    ).fetchone()
    return str(row[0]) if row else None


def known_points(conn: Any, case_uuid: str) -> frozenset[LogPoint]:
    """The case's entries of the monitor's log that accepted packets carried whole. The caller
    holds the transaction."""
    rows = conn.execute(
        "SELECT log_seq, log_hash FROM received_points WHERE case_uuid = ?", (case_uuid,)
    ).fetchall()
    return frozenset(LogPoint(int(r[0]), str(r[1])) for r in rows)


def check_sender(conn: Any, case_uuid: str, sender_key: str) -> None:
    """Refuse a packet for a case headquarters holds from another monitor (who may know its
    uuid from a dossier). Monitors are compared by public key, not certificate: a re-issued
    certificate for the same key is the same monitor. The caller holds the transaction.

    :raises ExchangeRefused: "case held for another monitor".
    """
    held = stored_sender(conn, case_uuid)
    if held is not None and held != sender_key:
        raise ExchangeRefused(
            "case held for another monitor: headquarters receives this case from another"
            " monitor's key"
        )


def hq_reference(conn: Any, case_uuid: str, reference: str) -> str:
    """The reference headquarters files the case under: the one it already has for the uuid;
    else the monitor's, when no other case has it; else the monitor's with ``-2``, ``-3``…,
    the first free (references are allocated per vault, so two monitors may both have an
    ``AZ-2026-001``; the schema's pattern ``[A-Za-z0-9][A-Za-z0-9._/-]*`` allows the suffix).
    The caller holds the transaction.

    :param case_uuid: the case's uuid.
    :param reference: the monitor's reference for it.
    :return: headquarters' reference.
    """
    row = conn.execute("SELECT reference FROM cases WHERE uuid = ?", (case_uuid,)).fetchone()
    if row is not None:
        return str(row[0])
    taken = {
        str(r[0])
        for r in conn.execute(
            "SELECT reference FROM cases WHERE reference = ? OR reference LIKE ? ESCAPE '\\'",
            (reference, _like_prefix(reference) + "-%"),
        )
    }
    candidate, number = reference, 1
    while candidate in taken:
        number += 1
        candidate = f"{reference}-{number}"
    return candidate


def _like_prefix(text: str) -> str:
    """``text`` with LIKE's wildcards escaped (SQLite ``ESCAPE '\\'``)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
