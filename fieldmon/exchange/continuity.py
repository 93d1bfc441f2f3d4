"""Custody log continuity of a received packet: does it extend what headquarters holds?

A packet's ``custody.json`` (docs/packets.md) carries the case's custody entries of the
monitor's log from the entry after ``since`` to ``head``, whole and signed, and every other
entry of that range as a bare link ``[seq, prev_hash, entry_hash]``. Headquarters keeps, per
case, the head of the furthest packet it accepted (``received_logs``). A monitor starts each
packet at the head of the last packet headquarters ACKNOWLEDGED (its receipt), so a packet
lost or quarantined on the way holds nothing up: a packet may start at or before the stored
head, as long as its log passes through it (the entry or link at that seq has that hash) --
entries are hash-chained, so it then extends the very log headquarters holds. A packet that
ends before the stored head (it was overtaken by a later one) must end on an entry an
accepted packet carried (``received_points``). Pure functions over the parsed objects:
nothing here reads the vault.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from fieldmon.crypto import signing
from fieldmon.vault.custody import GENESIS, canonical, sha256_hex

__all__ = [
    "GENESIS_POINT",
    "SIGNED_KEYS",
    "Fault",
    "LogPoint",
    "case_points",
    "check",
    "send_record",
]

SIGNED_KEYS = (
    "seq",
    "at",
    "actor",
    "action",
    "case",
    "reference",
    "record",
    "content_hash",
    "prev_hash",
    "key",
)
"""The keys of an entry's signed part (fieldmon.vault.custody.Entry.signed_part)."""


@dataclass(frozen=True)
class LogPoint:
    """A place in a custody log: an entry's ``seq`` and ``entry_hash`` (``(0, GENESIS)``:
    before the first entry)."""

    seq: int
    hash: str

    @classmethod
    def parse(cls, value: Any) -> LogPoint:
        """A point from the manifest's ``{"seq": int, "hash": hex}``.

        :param value: the manifest's ``since`` or ``head``.
        :return: the point.
        :raises ValueError: not a dict with an integer ``seq`` >= 0 and a 64-digit hex hash.
        """
        if not isinstance(value, Mapping):
            raise ValueError("a log point is not an object")
        seq, digest = value.get("seq"), value.get("hash")
        if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
            raise ValueError("a log point has no valid seq")
        if not _is_hash(digest):
            raise ValueError("a log point has no valid hash")
        return cls(seq, str(digest))


GENESIS_POINT = LogPoint(0, GENESIS)
"""Before the first entry of a log: where a case's first packet starts."""


@dataclass(frozen=True)
class Fault:
    """Why a packet's log does not continue what headquarters holds.

    :ivar reason: one line, for the inbox and the person reading it.
    :ivar waiting: True when the packet starts AFTER what headquarters holds: an earlier
        packet of the case has not arrived yet, so it is kept waiting and retried, not
        quarantined.
    """

    reason: str
    waiting: bool = False


def send_record(packet_id: str) -> str:
    """The ``record`` of the custody ``send`` entry for a packet (docs/packets.md).

    :param packet_id: the packet's 32 hex digits.
    :return: ``"packet <id>"``.
    """
    return f"packet {packet_id}"


def _is_hash(value: Any) -> bool:
    return (
        isinstance(value, str) and len(value) == 64 and all(c in "0123456789abcdef" for c in value)
    )


_Node = tuple[str, str, "Mapping[str, Any] | None"]  # prev_hash, entry_hash, whole entry


def _nodes(custody: Any) -> dict[int, _Node] | str:
    """Entries and links by seq, or the one-line reason they cannot be read."""
    if not isinstance(custody, Mapping):
        return "its custody log is not an object"
    entries, links = custody.get("entries"), custody.get("links")
    if not isinstance(entries, list) or not isinstance(links, list):
        return "its custody log has no list of entries and links"
    nodes: dict[int, _Node] = {}
    last = 0
    for entry in entries:
        if not isinstance(entry, Mapping) or any(k not in entry for k in SIGNED_KEYS):
            return "its custody log holds an entry without every signed field"
        seq = entry["seq"]
        if isinstance(seq, bool) or not isinstance(seq, int):
            return "its custody log holds an entry without a number"
        if seq <= last:
            return f"its custody log lists entry {seq} out of order"
        last = seq
        if not _is_hash(entry.get("entry_hash")) or not _is_hash(entry["prev_hash"]):
            return f"custody entry {seq} has no valid hash"
        nodes[seq] = (str(entry["prev_hash"]), str(entry["entry_hash"]), entry)
    last = 0
    for link in links:
        if (
            not isinstance(link, list)
            or len(link) != 3
            or isinstance(link[0], bool)
            or not isinstance(link[0], int)
            or not _is_hash(link[1])
            or not _is_hash(link[2])
        ):
            return "its custody log holds a link that is not [seq, prev_hash, entry_hash]"
        if link[0] <= last:
            return f"its custody log lists link {link[0]} out of order"
        last = link[0]
        if link[0] in nodes:
            return f"its custody log gives entry {link[0]} twice"
        nodes[link[0]] = (str(link[1]), str(link[2]), None)
    return nodes


def _entry_fault(seq: int, node: _Node, case_uuid: str, public_der: bytes) -> str | None:
    """A whole entry's own faults: another case, a hash or signature that does not hold."""
    _, entry_hash, entry = node
    assert entry is not None
    if entry["case"] != case_uuid:
        return f"custody entry {seq} belongs to another case"
    signed = canonical({k: entry[k] for k in SIGNED_KEYS})
    if sha256_hex(signed) != entry_hash:
        return f"custody entry {seq} was altered (its hash does not match)"
    try:
        signature = base64.b64decode(str(entry.get("signature", "")), validate=True)
    except (binascii.Error, ValueError):
        return f"custody entry {seq} has no readable signature"
    if not signing.verify(public_der, signature, signed):
        return f"custody entry {seq} is not signed by the sender's key"
    return None


def case_points(custody: Any) -> list[LogPoint]:
    """The (seq, entry_hash) of every whole entry of a checked ``custody.json``: the case's
    own entries, which headquarters remembers (``received_points``).

    :param custody: a ``custody.json`` that :func:`check` accepted.
    :return: the points, in log order.
    """
    nodes = _nodes(custody)
    assert not isinstance(nodes, str)
    return [LogPoint(seq, node[1]) for seq, node in sorted(nodes.items()) if node[2] is not None]


_REWRITTEN = (
    "its log does not pass through entry {seq} as headquarters holds it: the monitor's log was"
    " rewritten"
)


def check(
    custody: Any,
    since: LogPoint,
    head: LogPoint,
    stored: LogPoint | None,
    case_uuid: str,
    packet_id: str,
    content_sha256: str,
    sender_public_der: bytes,
    known: Collection[LogPoint] = (),
) -> Fault | None:
    """Whether a packet's custody log continues, without a gap or a change, the log
    headquarters holds for the case (contract: "Verification at headquarters", step 5, as
    docs/packets.md extends it).

    In this order: ``since`` is at or before the stored head (genesis when none; AFTER it:
    waiting, an earlier packet is missing); entries and links cover ``since.seq + 1`` …
    ``head.seq``, each following from the one before (``prev_hash``) and the last ending at
    ``head.hash``; every whole entry is of this case, hashes to its ``entry_hash`` (SHA-256 of
    fieldmon.vault.custody.canonical of its signed part) and is signed by the sender (ECDSA
    P-256/SHA-256, fieldmon.crypto.signing); the last whole entry is the ``send`` of this
    packet with its content hash; and the log passes through the stored head (``since`` is
    it, or the entry or link at its seq has its hash) or, ending before it, ends on a point of
    ``known``. Else it is a rewritten log.

    :param custody: the parsed ``custody.json`` (``{"entries": [...], "links": [...]}``).
    :param since: the manifest's ``log.since``.
    :param head: the manifest's ``log.head``.
    :param stored: the head of the furthest packet accepted for the case, or None.
    :param case_uuid: the case the manifest names.
    :param packet_id: the packet's id.
    :param content_sha256: the manifest's ``case.content_sha256``.
    :param sender_public_der: the sender's public key, DER SubjectPublicKeyInfo.
    :param known: the case's entries earlier accepted packets carried (``received_points``).
    :return: None when the log continues; else the Fault (``waiting`` or not).
    """
    expected = stored or GENESIS_POINT
    if since.seq > expected.seq:
        return Fault(
            f"waiting for an earlier packet: its log starts after entry {since.seq}, "
            f"headquarters holds this case's log to entry {expected.seq}",
            waiting=True,
        )
    if since.seq == expected.seq and since != expected:
        return Fault(_REWRITTEN.format(seq=expected.seq))
    if head.seq <= since.seq:
        return Fault("its log has no entry after the last packet's")
    nodes = _nodes(custody)
    if isinstance(nodes, str):
        return Fault(nodes)
    outside = [seq for seq in nodes if not since.seq < seq <= head.seq]
    if outside:
        return Fault(
            f"its custody log holds entry {outside[0]}, outside {since.seq + 1}…{head.seq}"
        )
    previous = since.hash
    last_whole: Mapping[str, Any] | None = None
    for seq in range(since.seq + 1, head.seq + 1):
        node = nodes.get(seq)
        if node is None:
            return Fault(f"custody entry {seq} is missing from its log")
        if node[0] != previous:
            return Fault(f"custody entry {seq} does not follow from entry {seq - 1}")
        if node[2] is not None:
            fault = _entry_fault(seq, node, case_uuid, sender_public_der)
            if fault:
                return Fault(fault)
            last_whole = node[2]
        previous = node[1]
    if previous != head.hash:
        return Fault(f"its log does not end at the head its manifest names (entry {head.seq})")
    if (
        last_whole is None
        or last_whole["action"] != "send"
        or last_whole["record"] != send_record(packet_id)
        or last_whole["content_hash"] != content_sha256
    ):
        return Fault("the last entry of its log for this case is not the sending of this packet")
    if since.seq < expected.seq:
        if head.seq < expected.seq:
            if head not in known:  # overtaken by a later packet: it must end on our log
                return Fault(_REWRITTEN.format(seq=head.seq))
        elif nodes[expected.seq][1] != expected.hash:
            return Fault(_REWRITTEN.format(seq=expected.seq))
    return None
