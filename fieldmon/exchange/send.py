"""Sending cases to headquarters as packets (docs/packets.md), resumably.

For each case: seal it if the working copy changed, then in ONE transaction draw the packet id
and a one-time age X25519 identity, append the custody ``send`` entry and queue the outbox row.
Then, without the vault's lock, cut each object into parts of
:data:`fieldmon.exchange.packet.PART_SIZE`, write each once to the destination and record it
(one commit per part); the envelope is written last. ``case.json`` and ``custody.json`` are
age-encrypted piece by piece to the card's recipients and the one-time recipient. An evidence
file is sent as the vault holds it: its blob, an age file to the blob's own identity, read in
slices and hashed, neither decrypted nor encrypted again (one crypto pass per direction:
headquarters decrypts it once to check it); the identity travels in the manifest, inside the
signed envelope encrypted to the card's readers and the one-time key. Before its bytes go out,
the blob's length is checked against the plaintext size the vault recorded
(:func:`fieldmon.exchange.packet.check_blob`). A send killed at any point resumes after the
last recorded part (:func:`resume`); a part written but not recorded is made again and a stray
one removed. No plaintext is written anywhere.
"""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from pyrage import x25519

from fieldmon.crypto import identity
from fieldmon.crypto.signing import SigningKey
from fieldmon.errors import ExchangeRefused, VaultDamaged
from fieldmon.exchange import destinations, outbox, packet, packing
from fieldmon.exchange.card import OrgCard, installed_card
from fieldmon.exchange.outbox import OutboxEntry
from fieldmon.exchange.signed import check_certificate
from fieldmon.exchange.transports import Transport
from fieldmon.vault import custody
from fieldmon.vault.custody import GENESIS, sha256_hex, utc_now
from fieldmon.vault.store import Vault

__all__ = ["NO_CARD", "Progress", "resume", "send_cases"]

NO_CARD = "no organisation card: run fieldmon hq enrol CARD first"
Progress = Callable[[int, int], None]
"""Called with (parts written, parts in all) as a send goes on."""


class _Stopped(Exception):
    """The caller's stop event was set: the send ends after the last recorded part."""


@dataclass(frozen=True)
class _Sender:
    card: OrgCard
    cert_der: bytes
    key: SigningKey


def _sender(vault: Vault) -> _Sender:
    """The card, certificate and key to send with, or a one-line refusal."""
    card = installed_card(vault)
    if card is None:
        raise ExchangeRefused(NO_CARD)
    with vault.transaction():
        me = vault.identity()
        key = vault.signer
    if not identity.issued_by(me.monitor_cert, card.root_der):
        raise ExchangeRefused(
            "this vault's certificate is not issued by the organisation's root: send"
            " headquarters your request (fieldmon identity csr) and install what it issues"
        )
    try:
        check_certificate(card, me.monitor_cert)
    except ExchangeRefused as error:
        raise ExchangeRefused(f"cannot send: {error}") from None
    return _Sender(card, me.monitor_cert, key)


def _acknowledged_head(conn: Any, case_uuid: str) -> tuple[int, str]:
    """Where a new packet's log starts (docs/packets.md, ``since``): the head of the furthest
    packet of the case headquarters acknowledged (its receipt checked), else genesis. Not the
    last packet SENT: one lost or quarantined on the way must not hold every later one up.
    The caller holds the transaction."""
    heads = [
        outbox.parse_point(row[0])
        for row in conn.execute(
            "SELECT log_head FROM outbox WHERE case_uuid = ? AND state = 'acknowledged'",
            (case_uuid,),
        )
    ]
    return max((h for h in heads if h is not None), default=(0, GENESIS))


def _queue(vault: Vault, reference: str, destination: str) -> str:
    """Seal if needed, then log the send and queue the packet in one transaction."""
    version, _ = vault.seal(reference)
    one_time = x25519.Identity.generate()
    packet_id = packet.new_packet_id()
    with vault.transaction():
        conn = vault.conn
        case_uuid = vault.case_uuid(reference)
        content = packing.case_content(conn, case_uuid, version.version)
        evidence = packing.evidence_files(conn, case_uuid, content)
        since = _acknowledged_head(conn, case_uuid)
        digest = sha256_hex(content)
        entry = custody.append(
            conn,
            vault.signer,
            vault.actor,
            "send",
            case_uuid=case_uuid,
            case_reference=reference,
            record=f"packet {packet_id}",
            content_hash=digest,
        )
        log = packing.custody_slice(conn, case_uuid, since[0], entry.seq)
        size = packet.PART_SIZE
        total = (
            packing.part_count(len(content), size)
            + packing.part_count(len(log), size)
            + sum(
                packing.part_count(
                    packet.check_blob(vault.blob_dir / f.blob_name, f.size, f.item), size
                )
                for f in evidence
            )
        )
        conn.execute(
            "INSERT INTO outbox (packet_id, case_uuid, reference, version, content_sha256,"
            " destination, one_time_identity, one_time_recipient, log_since, log_head,"
            " parts_total, state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " 'queued', ?)",
            (
                packet_id,
                case_uuid,
                reference,
                version.version,
                digest,
                destination,
                str(one_time),
                str(one_time.to_public()),
                f"{since[0]}:{since[1]}",
                f"{entry.seq}:{entry.entry_hash}",
                total,
                utc_now(),
            ),
        )
    return packet_id


@dataclass
class _Job:
    """One packet being produced: where it goes and what is already recorded."""

    vault: Vault
    packet_id: str
    transport: Transport
    to: list[x25519.Recipient]
    recorded: dict[tuple[int, int], str]
    tick: Callable[[], None]
    stop: threading.Event | None

    def object(self, index: int, name: str, source: bytes | packing.EvidenceFile) -> dict[str, Any]:
        """Write the parts of one object not yet recorded; return its manifest entry.

        ``case.json`` and ``custody.json`` (bytes) are cut into pieces each age-encrypted to
        the packet's recipients. An evidence file's blob goes as it is, cut into slices of
        :data:`fieldmon.exchange.packet.PART_SIZE` bytes, after
        :func:`fieldmon.exchange.packet.check_blob` (its length); its identity rides in the
        manifest entry (``"encoding": "age-blob"``).
        """
        part_size = packet.PART_SIZE
        if isinstance(source, packing.EvidenceFile):
            return self._blob(index, name, source, part_size)
        size, want = len(source), sha256_hex(source)
        expected = packing.part_count(size, part_size)
        done = [self.recorded.get((index, c)) for c in range(expected)]
        if all(done):
            for _ in done:
                self.tick()
            return {"name": name, "size": size, "sha256": want, "parts": [str(d) for d in done]}
        for chunk in range(expected):
            if (index, chunk) not in self.recorded:
                piece = source[chunk * part_size : (chunk + 1) * part_size]
                self._write(index, chunk, *packet.encrypt_part(piece, self.to))
            self.tick()
        parts = [self.recorded[(index, c)] for c in range(expected)]
        return {"name": name, "size": size, "sha256": want, "parts": parts}

    def _blob(
        self, index: int, name: str, evidence: packing.EvidenceFile, part_size: int
    ) -> dict[str, Any]:
        """An evidence file's blob, sliced as it is (no decryption, no encryption)."""
        path = self.vault.blob_dir / evidence.blob_name
        blob_size = packet.check_blob(path, evidence.size, evidence.item)
        expected = packing.part_count(blob_size, part_size)
        todo = [c for c in range(expected) if (index, c) not in self.recorded]
        with open(path, "rb", buffering=0) as handle:

            def load(chunk: int) -> tuple[int, str, bytes]:
                data = os.pread(handle.fileno(), part_size, chunk * part_size)
                if len(data) != min(part_size, blob_size - chunk * part_size):
                    raise VaultDamaged(f"stored file {evidence.item} changed while sent")
                return chunk, hashlib.sha256(data).hexdigest(), data

            # The next slice is read and hashed while this one is written (packet.ahead).
            with closing(packet.ahead(load, todo)) as slices:
                for chunk, digest, data in slices:
                    self._write(index, chunk, digest, data)
                    self.tick()
        for _ in range(expected - len(todo)):
            self.tick()
        return {
            "name": name,
            "size": evidence.size,
            "sha256": evidence.sha256,
            "encoding": packet.AGE_BLOB,
            "identity": evidence.identity,
            "blob_size": blob_size,
            "parts": [self.recorded[(index, c)] for c in range(expected)],
        }

    def _write(self, index: int, chunk: int, digest: str, data: bytes) -> None:
        """Write one part once to the transport, then record it (one commit)."""
        if self.stop is not None and self.stop.is_set():
            raise _Stopped
        self.transport.write_once(packet.part_path(self.packet_id, digest), data)
        with self.vault.transaction():
            self.vault.conn.execute(
                "INSERT INTO outbox_parts (packet_id, object, chunk, sha256, size)"
                " VALUES (?, ?, ?, ?, ?)",
                (self.packet_id, index, chunk, digest, len(data)),
            )
            self.vault.conn.execute(
                "UPDATE outbox SET state = 'sending' WHERE packet_id = ? AND state = 'queued'",
                (self.packet_id,),
            )
        self.recorded[(index, chunk)] = digest


def _produce(
    vault: Vault,
    packet_id: str,
    sender: _Sender,
    tick: Callable[[], None],
    stop: threading.Event | None,
) -> bool:
    """Write what is missing of a queued packet; True once its envelope is written."""
    with vault.transaction():
        conn = vault.conn
        row = conn.execute(
            "SELECT case_uuid, reference, version, destination, one_time_recipient, log_since,"
            " log_head, envelope, created_at FROM outbox WHERE packet_id = ?",
            (packet_id,),
        ).fetchone()
        case_uuid, reference, version, destination, reply_to = map(str, row[:5])
        since, head = outbox.parse_point(row[5]) or (0, GENESIS), outbox.parse_point(row[6])
        assert head is not None
        envelope, created_at = row[7], str(row[8])
        recorded = {
            (int(o), int(c)): str(h)
            for o, c, h in conn.execute(
                "SELECT object, chunk, sha256 FROM outbox_parts WHERE packet_id = ?", (packet_id,)
            )
        }
        content = packing.case_content(conn, case_uuid, int(version))
        evidence = packing.evidence_files(conn, case_uuid, content)
        log = packing.custody_slice(conn, case_uuid, since[0], head[0])
    transport = destinations.open_transport(vault, destination)
    to = packet.recipients([*sender.card.recipients(), reply_to])
    job = _Job(vault, packet_id, transport, to, recorded, tick, stop)
    if envelope is None:
        sources: list[tuple[str, bytes | packing.EvidenceFile]] = [
            ("case.json", content),
            ("custody.json", log),
            *((f"files/{f.item}", f) for f in evidence),
        ]
        objects = [job.object(i, name, source) for i, (name, source) in enumerate(sources)]
        manifest = {
            "packet": packet_id,
            "created_at": created_at,
            "card_serial": sender.card.serial,
            "sender": identity.cert_fingerprint(sender.cert_der),
            "reply_to": reply_to,
            "case": {
                "uuid": case_uuid,
                "reference": reference,
                "version": int(version),
                "content_sha256": sha256_hex(content),
            },
            "objects": objects,
            "log": {
                "since": {"seq": since[0], "hash": since[1]},
                "head": {"seq": head[0], "hash": head[1]},
            },
        }
        if stop is not None and stop.is_set():
            raise _Stopped
        envelope = packet.make_envelope(manifest, sender.key, sender.cert_der, to)
        with vault.transaction():
            vault.conn.execute(
                "UPDATE outbox SET envelope = ? WHERE packet_id = ?", (envelope, packet_id)
            )
    transport.write_once(packet.envelope_path(packet_id), bytes(envelope))
    wanted = set(recorded.values())
    folder = f"packets/{packet_id}/parts"
    for name in transport.list(folder):
        if name not in wanted:
            transport.delete(f"{folder}/{name}")
    with vault.transaction():
        vault.conn.execute(
            "UPDATE outbox SET state = 'sent', sent_at = ? WHERE packet_id = ?"
            " AND state IN ('queued', 'sending')",
            (utc_now(), packet_id),
        )
    return True


def _run(
    vault: Vault,
    sender: _Sender,
    packet_ids: list[str],
    progress: Progress | None,
    stop: threading.Event | None,
) -> list[OutboxEntry]:
    total = sum(e.parts_total for e in outbox.entries(vault, packet_ids))
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(min(done, total), total)

    try:
        for packet_id in packet_ids:
            _produce(vault, packet_id, sender, tick, stop)
    except _Stopped:
        pass
    return outbox.entries(vault, packet_ids)


def send_cases(
    vault: Vault,
    references: Sequence[str],
    destination: str,
    progress: Progress | None = None,
    stop: threading.Event | None = None,
) -> list[OutboxEntry]:
    """Send cases to headquarters, one packet per case.

    Nothing is written, sealed or logged unless the card, the certificate, the destination and
    every reference are in order. A set ``stop`` ends the send after the part being written
    (the rest is left for :func:`resume`).

    :param vault: the open vault (a monitor's, with an organisation card installed).
    :param references: the cases (each sent once, in this order).
    :param destination: a stored destination's name, a stored WebDAV URL, or a folder.
    :param progress: called with (parts written, parts in all).
    :param stop: set it (from another thread) to stop after the current part.
    :return: the outbox entries of the packets made.
    :raises ExchangeRefused: "no organisation card: run fieldmon hq enrol CARD first", a
        certificate not issued by the card's root, revoked or expired.
    :raises NotFound: a reference names no case.
    :raises FieldMonError: the destination is unknown; a transport failed (the send resumes).
    """
    sender = _sender(vault)
    where = destinations.resolve(vault, destination)
    wanted = list(dict.fromkeys(references))
    for reference in wanted:
        vault.case_uuid(reference)
    packet_ids = [_queue(vault, reference, where) for reference in wanted]
    return _run(vault, sender, packet_ids, progress, stop)


def resume(
    vault: Vault, progress: Progress | None = None, stop: threading.Event | None = None
) -> list[OutboxEntry]:
    """Finish every packet still queued or sending, from the parts already recorded.

    :return: the outbox entries of those packets (empty if none was unfinished).
    :raises ExchangeRefused: as :func:`send_cases` (no card, a certificate refused).
    :raises FieldMonError: a destination is gone, or a transport failed.
    """
    unfinished = [e.packet_id for e in outbox.unfinished(vault)]
    if not unfinished:
        return []
    return _run(vault, _sender(vault), unfinished, progress, stop)
