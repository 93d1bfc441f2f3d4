"""Receiving packets at headquarters (issue 15; docs/receiving.md).

For each ``packets/<id>/`` of a source that has its ``envelope.age`` (written last: without
it the packet is still being uploaded, and is left alone) and that the inbox does not hold as
imported, duplicate, fork or quarantined (a waiting one is tried again), in this order:

1. the envelope decrypts with one of headquarters' age identities (age v1 spec);
2. the sender's certificate is issued by the card's root, valid, not revoked (RFC 5280);
3. the manifest's signature verifies (ECDSA P-256/SHA-256);
4. every part hashes to its name and decrypts, every object has its size and SHA-256, and
   case.json hashes to the content_sha256 the manifest names and is a valid case;
5. the custody log continues the one headquarters holds for the case
   (fieldmon.exchange.continuity); a packet that starts ahead of it waits.

An evidence file's parts are the monitor's blob (an age file) cut as it is: each part, once
its hash is its name, is appended to a new blob of a BlobBatch, which is then decrypted once
with the identity the signed manifest gives, to check the plaintext's size and SHA-256
(fieldmon.exchange.packet.receive_blob). Headquarters keeps that very age file and identity:
it is the reader the blob's key was sent to. The blobs vanish unless the one transaction
recording the packet (fieldmon.exchange.intake) commits. Any failure quarantines the packet
with one line and writes nothing else.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import partial
from typing import Any

from cryptography import x509
from cryptography.x509.oid import NameOID

from fieldmon.crypto.identity import cert_fingerprint, public_key_der
from fieldmon.errors import ExchangeRefused
from fieldmon.exchange import card as cards
from fieldmon.exchange import continuity, destinations, hq, intake, packet, receipts
from fieldmon.exchange import held as holding
from fieldmon.exchange.envelope import EnvelopeUnreadable
from fieldmon.exchange.inbox import InboxEntry, entry
from fieldmon.exchange.transports import MissingFile, Transport, TransportError
from fieldmon.vault import custody
from fieldmon.vault.blobs import BlobBatch
from fieldmon.vault.custody import sha256_hex
from fieldmon.vault.store import Vault

__all__ = ["MAX_CASE_JSON_BYTES", "receive", "receive_from", "retry", "sender_name"]

_PACKET_ID = re.compile(r"[0-9a-f]{32}")
"""A packet's folder name: 128 random bits as 32 lower-case hex digits (docs/packets.md)."""

RECEIPTED = ("imported", "duplicate", "fork")
"""Inbox states whose packet gets a receipt (docs/packets.md)."""

MAX_CASE_JSON_BYTES = 64 * 1024 * 1024
"""A case.json or custody.json larger than this (bytes) is refused before it is read."""


def sender_name(cert_der: bytes) -> str:
    """The name a certificate gives its holder: its subject's common name (RFC 5280,
    section 4.1.2.6), or the whole subject when it has none.

    :param cert_der: the certificate, DER.
    :return: the name, e.g. ``Tamsin Orrery``.
    :raises ValueError: not a certificate.
    """
    subject = x509.load_der_x509_certificate(cert_der).subject
    names = subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(names[0].value) if names else subject.rfc4514_string()


def _whole(
    transport: Transport, envelope: packet.Envelope, name: str, identities: list[str]
) -> bytes:
    """A small object (case.json, custody.json) read whole into memory, checked."""
    found = [o for o in envelope.objects if o.name == name]
    if not found:
        raise ExchangeRefused(f"it has no {name}")
    if found[0].size > MAX_CASE_JSON_BYTES:
        raise ExchangeRefused(f"its {name} is larger than {MAX_CASE_JSON_BYTES} bytes")
    buffer = bytearray()
    packet.read_object(transport, envelope, name, identities, buffer.extend)
    return bytes(buffer)


def _held_files(vault: Vault, case_uuid: str) -> dict[str, str]:
    """Item -> SHA-256 of the files headquarters holds for a case."""
    with vault.transaction():
        rows = vault.conn.execute(
            "SELECT a.item, a.sha256 FROM attachments a JOIN cases c ON c.rid = a.case_rid"
            " WHERE c.uuid = ?",
            (case_uuid,),
        ).fetchall()
    return {str(r[0]): str(r[1]) for r in rows}


class _Waiting(Exception):
    """The packet cannot be taken yet; it is tried again at the next receive."""


class _Watched:
    """A transport that notes every file found missing on it: a packet with a part missing
    (not yet synced, or deleted on the server) waits instead of being quarantined."""

    def __init__(self, inner: Transport) -> None:
        self.inner = inner
        self.missing: list[str] = []

    def describe(self) -> str:
        """As the inner transport's."""
        return self.inner.describe()

    def list(self, folder: str) -> list[str]:
        """As the inner transport's."""
        return self.inner.list(folder)

    def read(self, path: str, limit: int | None = None) -> bytes:
        """As the inner transport's, noting a missing file."""
        try:
            return self.inner.read(path, limit)
        except MissingFile:
            self.missing.append(path)
            raise

    def exists(self, path: str) -> bool:
        """As the inner transport's."""
        return self.inner.exists(path)

    def write_once(self, path: str, data: bytes) -> None:
        """As the inner transport's."""
        self.inner.write_once(path, data)

    def delete(self, path: str) -> None:
        """As the inner transport's."""
        self.inner.delete(path)


_AGAIN = "; it is read again at the next receive"


def _check_and_record(
    vault: Vault,
    transport: Transport,
    envelope: packet.Envelope,
    identities: list[str],
    known: dict[str, Any],
) -> str:
    """Steps 4 and 5, then the staging of files and the one transaction; return the state."""
    case = envelope.case
    content_bytes = _whole(transport, envelope, "case.json", identities)
    if sha256_hex(content_bytes) != case["content_sha256"]:
        raise ExchangeRefused("its case.json does not match the content hash its manifest names")
    try:
        content = json.loads(content_bytes)
        custody_doc = json.loads(_whole(transport, envelope, "custody.json", identities))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ExchangeRefused("its case.json or custody.json is not JSON") from None
    intake.check_content(case, content)
    sender_key = sha256_hex(public_key_der(envelope.cert_der))
    with vault.transaction():
        holding.check_sender(vault.conn, str(case["uuid"]), sender_key)
        stored = holding.stored_head(vault.conn, str(case["uuid"]))
        known_points = holding.known_points(vault.conn, str(case["uuid"]))
    fault = continuity.check(
        custody_doc,
        continuity.LogPoint(*envelope.since),
        continuity.LogPoint(*envelope.head),
        stored,
        str(case["uuid"]),
        envelope.packet_id,
        str(case["content_sha256"]),
        public_key_der(envelope.cert_der),
        known_points,
    )
    if fault is not None:
        raise _Waiting(fault.reason) if fault.waiting else ExchangeRefused(fault.reason)
    named = {str(a["item"]): a for a in content["attachments"]}
    carried = [o for o in envelope.objects if o.name.startswith("files/")]
    for obj in envelope.objects:
        if obj.name not in ("case.json", "custody.json") and obj.name[6:] not in named:
            raise ExchangeRefused(f"it carries {obj.name}, which its case does not name")
    held = _held_files(vault, str(case["uuid"]))
    incoming = intake.Incoming(
        envelope.packet_id,
        known["source"],
        known["sender_fingerprint"],
        known["sender_name"],
        case,
        content,
        content_bytes,
        continuity.LogPoint(*envelope.head),
        sender_key=sender_key,
        points=tuple(continuity.case_points(custody_doc)),
        stale=stored is not None and envelope.head[0] < stored.seq,
    )
    with BlobBatch(vault.blob_dir) as batch:
        for obj in carried:
            item = obj.name[6:]
            blob = batch.write(partial(packet.receive_blob, transport, envelope, obj.name))
            if held.get(item) == obj.sha256:  # checked all the same, then dropped
                batch.discard(blob[0])
            else:
                incoming.staged[item] = blob
        with vault.transaction():
            state, _ = intake.record(vault, incoming)
            used = {
                str(r[0])
                for r in vault.conn.execute("SELECT blob_name FROM attachments").fetchall()
            }
        for blob_name, _sealed in incoming.staged.values():
            if blob_name not in used:
                batch.discard(blob_name)
    return state


def _issue_receipt(
    vault: Vault, transport: Transport, envelope: packet.Envelope, state: str
) -> str | None:
    """Headquarters' receipt for an imported, duplicate or fork packet, written beside it
    (fieldmon.exchange.receipts: ``receipts/<packet_id>.age``, age to the packet's reply_to).

    :return: None, or why the receipt could not be written (one line); the packet stays
        recorded, and its receipt is written again at the next receive.
    """
    try:
        data = receipts.issue(vault, envelope, state)
        receipts.write(transport, envelope.packet_id, data)
    except (TransportError, ExchangeRefused) as error:
        return f"receipt not written: {error}"
    return None


def _rewrite_receipt(
    vault: Vault, transport: Transport, packet_id: str, state: str, identities: list[str]
) -> str | None:
    """For a packet recorded earlier whose receipt is not on the source (its writing failed):
    issue it again (the same receipt: fieldmon.exchange.receipts.issue) and write it."""
    if transport.exists(f"receipts/{packet_id}.age"):
        return None
    try:
        data = transport.read(packet.envelope_path(packet_id), limit=packet.MAX_ENVELOPE_BYTES)
        envelope = packet.open_envelope(data, identities)
    except (TransportError, ExchangeRefused) as error:
        return f"receipt not written: {error}"
    return _issue_receipt(vault, transport, envelope, state)


def _receive_one(
    vault: Vault,
    transport: Transport,
    packet_id: str,
    card: cards.OrgCard | None,
    identities: list[str],
) -> str | None:
    """Read, check and record one packet; return a note on its receipt, if any.

    What may heal by waiting makes it ``waiting``: a file missing (the envelope synced before
    its parts, a part deleted on the server), an envelope that does not decrypt or parse (it
    may be incomplete), a source that cannot be read. What cannot is ``quarantined``: a part
    whose bytes are not its hash, a signature that fails, a certificate revoked or not the
    organisation's, a continuity fault, a case held for another monitor.
    """
    known: dict[str, Any] = {"source": transport.describe()}
    watched = _Watched(transport)
    transport = watched
    try:
        if card is None:
            raise ExchangeRefused("headquarters has no organisation card installed")
        data = transport.read(packet.envelope_path(packet_id), limit=packet.MAX_ENVELOPE_BYTES)
        try:
            envelope = packet.open_envelope(data, identities)
        except EnvelopeUnreadable as error:
            raise _Waiting(f"{_one_line(error)} (it may be incomplete){_AGAIN}") from None
        if envelope.packet_id != packet_id:
            raise ExchangeRefused("its envelope names another packet")
        known.update(
            sender_fingerprint=cert_fingerprint(envelope.cert_der),
            sender_name=sender_name(envelope.cert_der),
            case_uuid=str(envelope.case["uuid"]),
            reference=str(envelope.case["reference"]),
            version=int(envelope.case["version"]),
        )
        packet.verify_envelope(envelope, card)
        state = _check_and_record(vault, transport, envelope, identities, known)
    except _Waiting as waiting:
        _refuse(vault, packet_id, "waiting", str(waiting), known)
        return None
    except MissingFile as error:
        _refuse(vault, packet_id, "waiting", f"{error}{_AGAIN}", known)
        return None
    except TransportError as error:
        reason = f"the source could not be read ({error}); it will be tried again"
        _refuse(vault, packet_id, "waiting", reason, known)
        return None
    except (ExchangeRefused, ValueError, KeyError, TypeError) as error:
        if watched.missing:  # packet.read_object names a missing part as refused
            _refuse(vault, packet_id, "waiting", f"{_one_line(error)}{_AGAIN}", known)
        else:
            _refuse(vault, packet_id, "quarantined", _one_line(error), known)
        return None
    return _issue_receipt(vault, transport, envelope, state)


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split()) or type(error).__name__
    return text if isinstance(error, ExchangeRefused) else f"it cannot be read ({text})"


def _refuse(vault: Vault, packet_id: str, state: str, reason: str, known: dict[str, Any]) -> None:
    with vault.transaction():
        intake.record_refusal(vault.conn, packet_id, known["source"], state, reason, known)


def receive_from(
    vault: Vault,
    transport: Transport,
    progress: Callable[[int, int], None] | None = None,
) -> list[InboxEntry]:
    """Receive every new complete packet of a transport (see the module's description).

    :param vault: headquarters' open vault.
    :param transport: where the packets are.
    :param progress: called with (packets looked at, packets to look at).
    :return: the inbox entry of each packet looked at, in packet id order; a receipt that
        could not be written is named in the entry's reason.
    :raises ExchangeRefused: this vault is not headquarters.
    :raises TransportError: the source cannot be listed.
    """
    if not hq.is_hq(vault):
        raise ExchangeRefused("only headquarters receives packets: this vault is not headquarters")
    card = cards.installed_card(vault)
    identities = hq.hq_identities(vault)
    names = sorted(n.rstrip("/") for n in transport.list("packets"))
    todo = []
    results: list[InboxEntry] = []
    for name in names:
        if not _PACKET_ID.fullmatch(name):
            continue
        seen = entry(vault, name)
        if seen is not None and seen.state in intake.FINAL_STATES:
            if seen.state in RECEIPTED:
                note = _rewrite_receipt(vault, transport, name, seen.state, identities)
                if note:
                    results.append(InboxEntry(**{**seen.__dict__, "reason": note}))
            continue
        todo.append(name)
    for done, packet_id in enumerate(todo):
        if progress is not None:
            progress(done, len(todo))
        if not transport.exists(packet.envelope_path(packet_id)):
            continue  # still being uploaded
        note = _receive_one(vault, transport, packet_id, card, identities)
        result = entry(vault, packet_id)
        if result is not None:
            if note:
                result = InboxEntry(**{**result.__dict__, "reason": note})
            results.append(result)
    if progress is not None:
        progress(len(todo), len(todo))
    return results


def receive(
    vault: Vault, source: str, progress: Callable[[int, int], None] | None = None
) -> list[InboxEntry]:
    """Receive every new complete packet of a source: a stored destination's name, a folder,
    or the URL of a stored WebDAV destination (fieldmon.exchange.destinations.open_transport).

    :param vault: headquarters' open vault.
    :param source: where the packets are.
    :param progress: called with (packets looked at, packets to look at).
    :return: as :func:`receive_from`.
    :raises ExchangeRefused: this vault is not headquarters, or the source is unknown.
    :raises TransportError: the source cannot be listed.
    """
    if not hq.is_hq(vault):
        raise ExchangeRefused("only headquarters receives packets: this vault is not headquarters")
    return receive_from(vault, destinations.open_transport(vault, source), progress)


def retry(vault: Vault, packet_id: str, source: str | None = None) -> InboxEntry:
    """Examine a quarantined packet again: headquarters' lawyer decides so (e.g. the monitor
    uploaded the packet again), and the custody log records who decided, and what the
    quarantine's reason was. The packet becomes ``waiting``; with ``source``, it is read and
    checked at once, in full, as at a receive (and may be quarantined again).

    :param vault: headquarters' open vault.
    :param packet_id: the packet's 32 hex digits.
    :param source: where it is (as :func:`receive`); None: at the next receive.
    :return: its inbox entry afterwards; a receipt that could not be written is named in its
        reason.
    :raises ExchangeRefused: not headquarters; no such packet in the inbox, or not quarantined.
    :raises FieldMonError: the source is unknown (nothing is changed then).
    :raises TransportError: the source cannot be read.
    """
    if not hq.is_hq(vault):
        raise ExchangeRefused("only headquarters receives packets: this vault is not headquarters")
    seen = entry(vault, packet_id)
    if seen is None:
        raise ExchangeRefused(f"the inbox holds no packet {packet_id}")
    if seen.state != "quarantined":
        raise ExchangeRefused(f"packet {packet_id} is {seen.state}, not quarantined")
    transport = None if source is None else destinations.open_transport(vault, source)
    with vault.transaction():
        custody.append(
            vault.conn,
            vault.signer,
            vault.actor,
            "receive",
            case_uuid=seen.case_uuid,
            case_reference=seen.reference,
            record=f"packet {packet_id} to be examined again, at {vault.actor}'s decision"
            f" (it was quarantined: {seen.reason})",
        )
        vault.conn.execute(
            "UPDATE inbox SET state = 'waiting', reason = ? WHERE packet_id = ?",
            (f"to be examined again at {vault.actor}'s decision{_AGAIN}", packet_id),
        )
    note = None
    if transport is not None and transport.exists(packet.envelope_path(packet_id)):
        identities = hq.hq_identities(vault)
        note = _receive_one(vault, transport, packet_id, cards.installed_card(vault), identities)
    after = entry(vault, packet_id)
    assert after is not None
    return InboxEntry(**{**after.__dict__, "reason": note}) if note else after
