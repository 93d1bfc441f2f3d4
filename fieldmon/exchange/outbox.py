"""The outbox: every packet this vault made, where it went and how far it got.

States: ``queued`` (made: custody ``send`` entry written, no part written yet), ``sending``
(some parts written), ``sent`` (the envelope is written: the packet is complete at the
destination), ``acknowledged`` (headquarters' receipt is in: fieldmon.exchange.receipts).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldmon.vault.store import Vault

__all__ = ["STATES", "OutboxEntry", "entries", "parse_point", "unfinished"]

STATES = ("queued", "sending", "sent", "acknowledged")


@dataclass(frozen=True)
class OutboxEntry:
    """One packet of the outbox.

    :ivar packet_id: 32 hex digits, the packet's folder at the destination.
    :ivar reference: the case's reference when it was sent.
    :ivar version: the sealed version sent.
    :ivar destination: the destination's name, or the folder's path.
    :ivar state: one of :data:`STATES`.
    :ivar parts_done: parts written so far.
    :ivar parts_total: parts the packet has.
    :ivar created_at: when it was made (UTC ISO 8601).
    :ivar sent_at: when its envelope was written, or None.
    :ivar acknowledged_at: when its receipt came in, or None.
    :ivar case_uuid: the case's uuid.
    """

    packet_id: str
    reference: str
    version: int
    destination: str
    state: str
    parts_done: int
    parts_total: int
    created_at: str
    sent_at: str | None
    acknowledged_at: str | None
    case_uuid: str


_SELECT = (
    "SELECT o.packet_id, o.reference, o.version, o.destination, o.state,"
    " (SELECT count(*) FROM outbox_parts p WHERE p.packet_id = o.packet_id), o.parts_total,"
    " o.created_at, o.sent_at, o.acknowledged_at, o.case_uuid FROM outbox o"
)


def _entry(row: Any) -> OutboxEntry:
    return OutboxEntry(
        str(row[0]),
        str(row[1]),
        int(row[2]),
        str(row[3]),
        str(row[4]),
        int(row[5]),
        int(row[6]),
        str(row[7]),
        row[8],
        row[9],
        str(row[10]),
    )


def entries(vault: Vault, packet_ids: list[str] | None = None) -> list[OutboxEntry]:
    """Packets of the outbox, oldest first.

    :param vault: the open vault.
    :param packet_ids: only these packets; all when None.
    :return: the entries.
    """
    with vault.transaction():
        rows = vault.conn.execute(_SELECT + " ORDER BY o.created_at, o.rowid").fetchall()
    found = [_entry(r) for r in rows]
    if packet_ids is None:
        return found
    wanted = set(packet_ids)
    return [e for e in found if e.packet_id in wanted]


def unfinished(vault: Vault) -> list[OutboxEntry]:
    """Packets still ``queued`` or ``sending``, oldest first."""
    return [e for e in entries(vault) if e.state in ("queued", "sending")]


def parse_point(text: str | None) -> tuple[int, str] | None:
    """A custody log point as the outbox stores it (``"seq:hash"``), or None.

    :raises ValueError: not ``seq:hash``.
    """
    if text is None:
        return None
    seq, _, digest = text.partition(":")
    return int(seq), digest
