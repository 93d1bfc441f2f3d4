"""Headquarters' inbox: every packet received, and what became of it (docs/receiving.md).

States: ``imported`` (a new case or version), ``duplicate`` (content headquarters already
held), ``fork`` (headquarters had edited the case: both versions kept, for a lawyer to
choose), ``waiting`` (an earlier packet of the case has not arrived, or the source could not
be read: tried again at the next receive) and ``quarantined`` (refused, with the one-line
reason; nothing of it was stored).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldmon.vault.store import Vault

__all__ = ["InboxEntry", "entries", "entry"]


@dataclass(frozen=True)
class InboxEntry:
    """One packet in the inbox.

    :ivar packet_id: the packet's 32 hex digits.
    :ivar reference: the case's reference, when the envelope could be read.
    :ivar state: ``imported``, ``duplicate``, ``fork``, ``waiting`` or ``quarantined``.
    :ivar reason: why it waits or was quarantined (one line), else None.
    :ivar sender_name: the sender's name from their certificate, when known.
    :ivar sender_fingerprint: that certificate's fingerprint (colon hex), when known.
    :ivar case_uuid: the case's uuid, when known.
    :ivar version: the monitor's version number the packet carries, when known.
    :ivar received_at: when it was last looked at (UTC ISO 8601).
    :ivar source: where it was read (a folder or a WebDAV server; never a password).
    :ivar monitor_reference: the reference the monitor gives the case, when known: it differs
        from ``reference`` (headquarters') when another case had it at headquarters.
    """

    packet_id: str
    reference: str | None
    state: str
    reason: str | None
    sender_name: str | None
    sender_fingerprint: str | None
    case_uuid: str | None
    version: int | None
    received_at: str
    source: str
    monitor_reference: str | None = None

    def references(self) -> str:
        """Headquarters' reference, and the monitor's beside it when it differs."""
        reference = self.reference or "(unknown case)"
        if self.monitor_reference and self.monitor_reference != self.reference:
            return f"{reference} (monitor's {self.monitor_reference})"
        return reference

    def line(self) -> str:
        """One line for the command line: ``<packet> <reference>: <state>[: reason]``."""
        tail = f": {self.reason}" if self.reason else ""
        return f"{self.packet_id} {self.references()}: {self.state}{tail}"


_COLUMNS = (
    "packet_id, reference, state, reason, sender_name, sender_fingerprint, case_uuid, version,"
    " received_at, source, monitor_reference"
)


def _from_row(row: Any) -> InboxEntry:
    return InboxEntry(
        str(row[0]),
        row[1],
        str(row[2]),
        row[3],
        row[4],
        row[5],
        row[6],
        None if row[7] is None else int(row[7]),
        str(row[8]),
        str(row[9]),
        row[10],
    )


def entries(vault: Vault) -> list[InboxEntry]:
    """Every packet headquarters has seen, newest first.

    :param vault: the open vault (headquarters').
    :return: the inbox, by ``received_at`` descending.
    """
    with vault.transaction():
        rows = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM inbox ORDER BY received_at DESC, packet_id"
        ).fetchall()
    return [_from_row(r) for r in rows]


def entry(vault: Vault, packet_id: str) -> InboxEntry | None:
    """One packet's inbox entry.

    :param vault: the open vault.
    :param packet_id: the packet's id.
    :return: its entry, or None if it was never seen.
    """
    with vault.transaction():
        row = vault.conn.execute(
            f"SELECT {_COLUMNS} FROM inbox WHERE packet_id = ?", (packet_id,)
        ).fetchone()
    return None if row is None else _from_row(row)
