"""Receipts (docs/packets.md, docs/purge.md): headquarters acknowledges a packet, and the monitor
keeps the acknowledgement as the external anchor of its custody log and as its licence to purge.

Format ``fieldmon-receipt/1``: ``{"format", "receipt": {packet, case {uuid, reference,
version, content_sha256}, log_head {seq, hash}, outcome, received_at}, "signature",
"chain"}``, signed by headquarters' vault key with its certificate (issued by the card's root,
:func:`fieldmon.exchange.signed.sign_payload`), serialised with
:func:`fieldmon.vault.custody.canonical`, and age-encrypted (age-encryption.org/v1) to the
packet's one-time ``reply_to`` recipient, so that only the laptop that sent the packet opens it,
and only until the purge destroys that identity. It travels as ``receipts/<packet_id>.age``
beside the packet.

At headquarters :func:`issue` makes it (after :mod:`fieldmon.exchange.receive` imported, found a
duplicate of, or forked the packet) and :func:`write` puts it in the source. At the monitor
:func:`fetch` reads it, checks it (:func:`open_receipt`) and stores it; a bad receipt is one
line and nothing is stored. :func:`verify_stored` checks the stored ones again.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Protocol

import pyrage

from fieldmon.crypto.identity import cert_fingerprint, public_key_der
from fieldmon.errors import ExchangeRefused, FieldMonError
from fieldmon.exchange import card as cards
from fieldmon.exchange import destinations, outbox, signed
from fieldmon.vault import custody, identities
from fieldmon.vault.custody import canonical, sha256_hex, utc_now

if TYPE_CHECKING:
    from fieldmon.exchange.transports import Transport
    from fieldmon.vault.store import Vault

__all__ = [
    "MAX_RECEIPT_BYTES",
    "OUTCOMES",
    "RECEIPT_FORMAT",
    "Receipt",
    "SentPacket",
    "fetch",
    "issue",
    "open_receipt",
    "receipt_path",
    "stored",
    "verify_stored",
    "write",
]

RECEIPT_FORMAT = "fieldmon-receipt/1"
"""The ``format`` of a receipt document."""
OUTCOMES = ("imported", "duplicate", "fork")
"""What headquarters did with a packet; every one of them means headquarters holds it."""
MAX_RECEIPT_BYTES = 256 * 1024
"""A receipt file larger than this (bytes) is refused unread: a real one is about 2 KiB."""


class EnvelopeLike(Protocol):
    """What :func:`issue` reads of a verified envelope (fieldmon.exchange.packet.Envelope)."""

    @property
    def packet_id(self) -> str:
        """The packet's id, 32 hex digits."""

    @property
    def case(self) -> dict[str, Any]:
        """``{"uuid", "reference", "version", "content_sha256"}``."""

    @property
    def head(self) -> tuple[int, str]:
        """The sender's custody log head the packet ends at: (seq, entry hash)."""

    @property
    def reply_to(self) -> str:
        """The packet's one-time age recipient."""


@dataclass(frozen=True)
class Receipt:
    """A receipt as checked and stored by the monitor.

    :ivar packet_id: the packet acknowledged.
    :ivar case_uuid: its case; :ivar reference: the case's reference.
    :ivar version: the sealed version sent; :ivar content_sha256: its content hash (hex).
    :ivar log_head: (seq, entry hash) of the monitor's custody log that headquarters accepted.
    :ivar outcome: one of :data:`OUTCOMES`.
    :ivar received_at: when headquarters received it (UTC ISO 8601, as it says).
    :ivar document: the signed receipt document, canonical JSON (its SHA-256 is the custody
        ``receipt`` entry's content hash).
    """

    packet_id: str
    case_uuid: str
    reference: str
    version: int
    content_sha256: str
    log_head: tuple[int, str]
    outcome: str
    received_at: str
    document: bytes = field(repr=False)


@dataclass(frozen=True)
class SentPacket:
    """What the monitor's outbox recorded of a packet, which a receipt must repeat exactly.

    :ivar packet_id: the packet; :ivar case_uuid, reference, version, content_sha256: the case
        version it carried; :ivar log_head: the custody log head after its ``send`` entry.
    """

    packet_id: str
    case_uuid: str
    reference: str
    version: int
    content_sha256: str
    log_head: tuple[int, str]


def receipt_path(packet_id: str) -> str:
    """Where a packet's receipt lies in a transport.

    :param packet_id: the packet's id.
    :return: ``receipts/<packet_id>.age``.
    """
    return f"receipts/{packet_id}.age"


# -- headquarters ---------------------------------------------------------------------------


def issue(vault: Vault, envelope: EnvelopeLike, outcome: str) -> bytes:
    """Make (or find again) headquarters' receipt for a packet it received.

    The receipt names the packet, its case version and the sender's log head, signed with this
    vault's key and certificate, and is age-encrypted to the envelope's ``reply_to``. It is
    recorded in ``receipts_issued``; a packet already acknowledged gets the same file again.

    :param vault: headquarters' open vault.
    :param envelope: the packet's verified envelope.
    :param outcome: ``imported``, ``duplicate`` or ``fork``.
    :return: the bytes of ``receipts/<packet_id>.age``.
    :raises ValueError: an unknown outcome.
    :raises ExchangeRefused: the envelope's reply_to is not an age X25519 recipient.
    """
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown receipt outcome {outcome!r}")
    with vault.transaction():
        row = vault.conn.execute(
            "SELECT encrypted FROM receipts_issued WHERE packet_id = ?", (envelope.packet_id,)
        ).fetchone()
        if row is not None:
            return bytes(row[0])
        me = identities.current(vault.conn)
        key = vault.signer
    case = envelope.case
    payload = {
        "packet": envelope.packet_id,
        "case": {
            "uuid": str(case["uuid"]),
            "reference": str(case["reference"]),
            "version": int(case["version"]),
            "content_sha256": str(case["content_sha256"]),
        },
        "log_head": {"seq": int(envelope.head[0]), "hash": str(envelope.head[1])},
        "outcome": outcome,
        "received_at": utc_now(),
    }
    document = canonical(
        {"format": RECEIPT_FORMAT, "receipt": payload}
        | signed.sign_payload(payload, key, [me.monitor_cert])
    )
    try:
        recipient = pyrage.x25519.Recipient.from_str(envelope.reply_to)
    except Exception:
        raise ExchangeRefused("the packet's reply_to is not an age X25519 recipient") from None
    encrypted = pyrage.encrypt(document, [recipient])
    with vault.transaction():
        vault.conn.execute(
            "INSERT OR IGNORE INTO receipts_issued (packet_id, case_uuid, outcome, document,"
            " encrypted, issued_at) VALUES (?, ?, ?, ?, ?, ?)",
            (envelope.packet_id, str(case["uuid"]), outcome, document, encrypted, utc_now()),
        )
        row = vault.conn.execute(
            "SELECT encrypted FROM receipts_issued WHERE packet_id = ?", (envelope.packet_id,)
        ).fetchone()
    return bytes(row[0])


def write(transport: Transport, packet_id: str, data: bytes) -> None:
    """Put a receipt beside its packet: ``receipts/<packet_id>.age``, written once (an
    existing receipt is left as it is).

    :param transport: the source the packet came from.
    :param packet_id: the packet's id.
    :param data: what :func:`issue` returned.
    :raises fieldmon.exchange.transports.TransportError: it cannot be written.
    """
    transport.write_once(receipt_path(packet_id), data)


# -- monitor --------------------------------------------------------------------------------


def _field(mapping: object, key: str, kind: type, what: str) -> Any:
    value = mapping.get(key) if isinstance(mapping, dict) else None
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ExchangeRefused(f"the receipt's {what} is missing or malformed")
    return value


def _parse(document: bytes, card: cards.OrgCard) -> tuple[dict[str, Any], bytes]:
    """The receipt object of a signed receipt document, its signature verified."""
    try:
        parsed = json.loads(document)
    except (ValueError, UnicodeDecodeError):
        raise ExchangeRefused("the receipt is not JSON") from None
    if not isinstance(parsed, dict) or parsed.get("format") != RECEIPT_FORMAT:
        raise ExchangeRefused(f"the receipt is not in the format {RECEIPT_FORMAT}")
    receipt = parsed.get("receipt")
    if not isinstance(receipt, dict):
        raise ExchangeRefused("the receipt has no receipt object")
    cert_der = signed.verify_payload(
        receipt, parsed.get("signature", ""), parsed.get("chain", []), card
    )
    return receipt, cert_der


def _matches(receipt: dict[str, Any], sent: SentPacket) -> Receipt:
    """The receipt, if it names exactly the packet, case version and log head sent."""
    case = _field(receipt, "case", dict, "case")
    head = _field(receipt, "log_head", dict, "log head")
    found = (
        _field(receipt, "packet", str, "packet"),
        _field(case, "uuid", str, "case id"),
        _field(case, "reference", str, "case reference"),
        _field(case, "version", int, "case version"),
        _field(case, "content_sha256", str, "content hash"),
        (_field(head, "seq", int, "log head"), _field(head, "hash", str, "log head")),
    )
    if found[0] != sent.packet_id:
        raise ExchangeRefused(f"the receipt names packet {found[0]}, not {sent.packet_id}")
    if found[1:5] != (sent.case_uuid, sent.reference, sent.version, sent.content_sha256):
        raise ExchangeRefused(
            f"the receipt does not name {sent.reference} version {sent.version} as it was sent"
        )
    if found[5] != sent.log_head:
        raise ExchangeRefused(
            f"the receipt's log head (entry {found[5][0]}) is not the head packet"
            f" {sent.packet_id} was sent with (entry {sent.log_head[0]})"
        )
    outcome = _field(receipt, "outcome", str, "outcome")
    if outcome not in OUTCOMES:
        raise ExchangeRefused(f"the receipt's outcome {outcome!r} is unknown")
    return Receipt(
        sent.packet_id,
        sent.case_uuid,
        sent.reference,
        sent.version,
        sent.content_sha256,
        sent.log_head,
        outcome,
        _field(receipt, "received_at", str, "time"),
        b"",
    )


def open_receipt(
    data: bytes, identity: str, card: cards.OrgCard, sent: SentPacket, own_cert: bytes
) -> Receipt:
    """Decrypt and check a receipt file.

    Checked: it decrypts with the packet's one-time identity (age v1); its format; its
    signer's certificate is issued by the card's root, valid and not revoked, and the
    signature holds (:func:`fieldmon.exchange.signed.verify_payload`); it is not signed by
    this vault's own key (a monitor cannot acknowledge itself), and its certificate is one of
    the card's ``receipt_signers`` (headquarters', not any enrolled monitor's); and packet, case,
    version, content hash and log head are exactly those the outbox recorded.

    :param data: the ``.age`` file's bytes.
    :param identity: the packet's one-time age identity (``AGE-SECRET-KEY-1...``).
    :param card: the installed organisation card.
    :param sent: what the outbox recorded of the packet.
    :param own_cert: this vault's monitor certificate, DER.
    :return: the receipt, with its signed document.
    :raises ExchangeRefused: one line saying which check failed.
    """
    if len(data) > MAX_RECEIPT_BYTES:
        raise ExchangeRefused("the receipt is too large to be one")
    try:
        document = pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(identity)])
    except Exception:
        raise ExchangeRefused("the receipt does not open with the packet's one-time key") from None
    receipt, cert_der = _parse(document, card)
    if cert_der == own_cert or public_key_der(cert_der) == public_key_der(own_cert):
        raise ExchangeRefused("the receipt is signed by this vault, not by headquarters")
    if cert_fingerprint(cert_der) not in card.receipt_signers:
        raise ExchangeRefused(
            "the receipt is not signed by one of headquarters' receipt signers on the card"
        )
    found = _matches(receipt, sent)
    return replace(found, document=document)


def _sent(row: Any) -> SentPacket:
    head = outbox.parse_point(str(row[5]))
    assert head is not None
    return SentPacket(str(row[0]), str(row[1]), str(row[2]), int(row[3]), str(row[4]), head)


_SENT_COLUMNS = "packet_id, case_uuid, reference, version, content_sha256, log_head"


def fetch(vault: Vault, report: Callable[[str], None] | None = None) -> list[Receipt]:
    """Collect headquarters' receipts for the packets sent and not yet acknowledged.

    For each outbox packet in state ``sent`` without a stored receipt, read
    ``receipts/<id>.age`` from its destination (none there yet: skipped), check it
    (:func:`open_receipt`), and store it in one transaction with a custody ``receipt`` entry
    (content hash: SHA-256 of the signed document) and the packet marked ``acknowledged``.
    No transaction is held while a destination is read.

    :param vault: the monitor's open vault.
    :param report: called with one line for each receipt refused or destination that could
        not be read (nothing is stored for it); None: such lines are dropped.
    :return: the receipts stored, in outbox order.
    :raises ExchangeRefused: no organisation card is installed.
    """
    say = report or (lambda _: None)
    card = cards.installed_card(vault)
    if card is None:
        raise ExchangeRefused("no organisation card is installed (fieldmon hq enrol CARD)")
    with vault.transaction():
        rows = vault.conn.execute(
            f"SELECT {_SENT_COLUMNS}, destination, one_time_identity FROM outbox"
            " WHERE state = 'sent' AND one_time_identity IS NOT NULL"
            " AND packet_id NOT IN (SELECT packet_id FROM receipts) ORDER BY created_at, rowid"
        ).fetchall()
        own_cert = identities.current(vault.conn).monitor_cert
    opened: dict[str, Transport] = {}
    stored_now: list[Receipt] = []
    for row in rows:
        sent = _sent(row)
        try:
            transport = opened.get(str(row[6])) or destinations.open_transport(vault, str(row[6]))
            opened[str(row[6])] = transport
            if not transport.exists(receipt_path(sent.packet_id)):
                continue
            data = transport.read(receipt_path(sent.packet_id), MAX_RECEIPT_BYTES)
            receipt = open_receipt(data, str(row[7]), card, sent, own_cert)
        except ExchangeRefused as error:
            say(f"receipt for packet {sent.packet_id} ({sent.reference}) refused: {error}")
            continue
        except FieldMonError as error:  # the destination could not be read: try again later
            say(f"receipt for packet {sent.packet_id} ({sent.reference}) not read: {error}")
            continue
        if _store(vault, receipt):
            stored_now.append(receipt)
    return stored_now


def _store(vault: Vault, receipt: Receipt) -> bool:
    """Store a checked receipt, log it and acknowledge the packet; False if meanwhile done."""
    with vault.transaction():
        conn = vault.conn
        if conn.execute(
            "SELECT 1 FROM receipts WHERE packet_id = ?", (receipt.packet_id,)
        ).fetchone():
            return False
        now = utc_now()
        conn.execute(
            "INSERT INTO receipts (packet_id, case_uuid, reference, version, content_sha256,"
            " outcome, document, document_sha256, log_seq, log_hash, received_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                receipt.packet_id,
                receipt.case_uuid,
                receipt.reference,
                receipt.version,
                receipt.content_sha256,
                receipt.outcome,
                receipt.document,
                sha256_hex(receipt.document),
                receipt.log_head[0],
                receipt.log_head[1],
                now,
            ),
        )
        custody.append(
            conn,
            vault.signer,
            vault.actor,
            "receipt",
            case_uuid=receipt.case_uuid,
            case_reference=receipt.reference,
            record=f"packet {receipt.packet_id}",
            content_hash=sha256_hex(receipt.document),
        )
        conn.execute(
            "UPDATE outbox SET state = 'acknowledged', acknowledged_at = ? WHERE packet_id = ?",
            (now, receipt.packet_id),
        )
    return True


_STORED_COLUMNS = (
    "packet_id, case_uuid, reference, version, content_sha256, log_seq, log_hash, outcome, document"
)


def stored(vault: Vault) -> list[Receipt]:
    """The receipts this vault holds, oldest first.

    :param vault: the open vault.
    :return: the receipts as stored (not checked again: see :func:`verify_stored`).
    """
    with vault.transaction():
        rows = vault.conn.execute(
            f"SELECT {_STORED_COLUMNS} FROM receipts ORDER BY received_at, packet_id"
        ).fetchall()
    result = []
    for r in rows:
        document = bytes(r[8])
        try:
            received_at = str(json.loads(document)["receipt"]["received_at"])
        except (ValueError, KeyError, TypeError):
            received_at = ""
        result.append(
            Receipt(
                str(r[0]),
                str(r[1]),
                str(r[2]),
                int(r[3]),
                str(r[4]),
                (int(r[5]), str(r[6])),
                str(r[7]),
                received_at,
                document,
            )
        )
    return result


def verify_stored(vault: Vault) -> list[tuple[Receipt, str | None]]:
    """Check every stored receipt again: its signature under the installed card (which may
    have revoked headquarters' certificate since), and that the signed document still says
    what the columns ``fieldmon check`` relies on say.

    :param vault: the monitor's open vault.
    :return: each receipt with None when it holds, or one line saying why not.
    :raises ExchangeRefused: no organisation card is installed.
    """
    card = cards.installed_card(vault)
    if card is None:
        raise ExchangeRefused("no organisation card is installed (fieldmon hq enrol CARD)")
    results: list[tuple[Receipt, str | None]] = []
    for receipt in stored(vault):
        sent = SentPacket(
            receipt.packet_id,
            receipt.case_uuid,
            receipt.reference,
            receipt.version,
            receipt.content_sha256,
            receipt.log_head,
        )
        try:
            body, _ = _parse(receipt.document, card)
            checked = _matches(body, sent)
            if checked.outcome != receipt.outcome:
                raise ExchangeRefused("the receipt's outcome differs from the one stored")
        except ExchangeRefused as error:
            results.append((receipt, str(error)))
            continue
        results.append((receipt, None))
    return results
