"""The packet format ``fieldmon-packet/1`` (docs/packets.md): parts, the envelope, reading back.

A packet is a folder ``packets/<packet_id>/`` of a transport (fieldmon.exchange.transports):
content-addressed *parts* (``parts/<sha256 of the part file>``) and ``envelope.age``, written
last: age (age v1 spec, age-encryption.org/v1) over a JSON document holding the manifest
(which objects, their sizes and SHA-256, the hash of every part in order, the case version and
the custody log range), the monitor's ECDSA P-256 signature over ``canonical(manifest)``
(FIPS 186-4) and the monitor's X.509 certificate (RFC 5280), encrypted to the organisation
card's recipients and to the packet's one-time recipient (``reply_to``).

``case.json`` and ``custody.json`` are cut into pieces of :data:`PART_SIZE` bytes, each
age-encrypted on its own to those recipients. An evidence file travels as the vault already
holds it: its blob (an age file to the blob's own X25519 identity) cut as it is into parts of
:data:`PART_SIZE` bytes, the identity riding in the manifest (``"encoding": "age-blob"``),
so inside the signed envelope that only the card's readers and the one-time key open. Each
direction thus makes one crypto pass over evidence: none to send, one decryption to receive.

Reading checks in this order, and refuses in one line (:class:`ExchangeRefused`) naming what
failed: :func:`open_envelope` (size, decryption, strict form: fieldmon.exchange.envelope),
:func:`verify_envelope` (certificate, signature, sender), then :func:`read_object` (each
part's hash before decrypting it, its decryption, the object's size and SHA-256) or, for an
evidence file, :func:`receive_blob` (each part's hash before it is used, the blob's length,
its one decryption, its size and SHA-256). At most two parts are held in memory at a time
(the one in hand and the next, read ahead: :func:`ahead`).
"""

from __future__ import annotations

import hashlib
import os
import secrets
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pyrage
from pyrage import x25519

from fieldmon.crypto.identity import cert_fingerprint
from fieldmon.crypto.signing import SigningKey
from fieldmon.errors import ExchangeRefused, VaultDamaged
from fieldmon.exchange import envelope, signed
from fieldmon.exchange.envelope import (
    AGE_BLOB,
    FORMAT,
    MAX_ENVELOPE_BYTES,
    Envelope,
    PacketObject,
    age_payload_size,
    recipients,
)
from fieldmon.exchange.envelope import identities as _identities
from fieldmon.exchange.transports import MissingFile, Transport
from fieldmon.vault import files
from fieldmon.vault.custody import canonical

if TYPE_CHECKING:
    from fieldmon.exchange.card import OrgCard

__all__ = [
    "AGE_BLOB",
    "FORMAT",
    "MAX_ENVELOPE_BYTES",
    "MAX_PART_FILE_BYTES",
    "PART_SIZE",
    "Envelope",
    "PacketObject",
    "Pieces",
    "age_header_size",
    "ahead",
    "check_blob",
    "encrypt_part",
    "envelope_path",
    "iter_object",
    "make_envelope",
    "new_packet_id",
    "open_envelope",
    "part_path",
    "read_object",
    "receive_blob",
    "recipients",
    "verify_envelope",
]

_T = TypeVar("_T")
_R = TypeVar("_R")

PART_SIZE = 4 * 1024 * 1024
"""Bytes per part (4 MiB): of plaintext for case.json and custody.json, of the blob's age
file for an evidence file; the last part of an object is shorter, an empty object has one
empty part."""
MAX_PART_FILE_BYTES = 4 * 1024 * 1024 + 1024 * 1024
"""A part file larger than this (bytes) is refused before it is hashed or decrypted: 4 MiB of
plaintext, age's 16-byte tag per 64 KiB chunk and a header of a few hundred bytes per
recipient fit well within it."""
MAX_AGE_HEADER_BYTES = 64 * 1024
"""An evidence blob whose age header is not ended within this many bytes is refused."""


def new_packet_id() -> str:
    """A new packet id: 128 random bits as 32 lowercase hex digits."""
    return secrets.token_hex(16)


def envelope_path(packet_id: str) -> str:
    """The transport path of a packet's envelope: ``packets/<packet_id>/envelope.age``."""
    return f"packets/{packet_id}/envelope.age"


def part_path(packet_id: str, part_sha256: str) -> str:
    """The transport path of a part: ``packets/<packet_id>/parts/<sha256>``."""
    return f"packets/{packet_id}/parts/{part_sha256}"


def ahead(load: Callable[[_T], _R], items: Sequence[_T]) -> Generator[_R, None, None]:
    """``load(item)`` for each item, in order, the next one loaded by a worker thread while the
    caller uses the current one: reading a file and hashing it (``hashlib`` releases the GIL
    for large data) overlap the caller's writing and ``fsync``. At most two results exist at a
    time (the current one and the next), so memory stays at two parts.

    Close the iterator (``contextlib.closing``) when leaving it early: the pending load is
    then waited for and its result dropped; an error of ``load`` is raised when its item is
    reached.

    :param load: reads (and checks) one item, in the worker thread.
    :param items: the items, in order.
    :return: an iterator over the results.
    """
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fieldmon-part") as pool:
        pending = pool.submit(load, items[0]) if items else None
        for number in range(len(items)):
            assert pending is not None
            result = pending.result()
            later = number + 1 < len(items)
            pending = pool.submit(load, items[number + 1]) if later else None
            yield result


def age_header_size(head: bytes) -> int | None:
    """Where an age file's header ends (age v1 spec, "Header"): after the line that starts
    with ``---`` (the header's MAC); the header starts with ``age-encryption.org/v1``.

    :param head: the file's first bytes (:data:`MAX_AGE_HEADER_BYTES` of them, or all).
    :return: the header's length in bytes, or None if ``head`` holds no whole age header.
    """
    if not head.startswith(b"age-encryption.org/v1\n"):
        return None
    mac = head.find(b"\n--- ")
    end = head.find(b"\n", mac + 1) if mac >= 0 else -1
    return end + 1 if end >= 0 else None


def check_blob(path: Path, size: int, item: str) -> int:
    """The sender's check of an evidence blob before its bytes go out as they are: it is an
    age file (its header ends) whose length is its header plus the payload of ``size`` bytes
    of plaintext (:func:`fieldmon.exchange.envelope.age_payload_size`). It does not decrypt:
    headquarters decrypts once on receipt and checks the plaintext's size and SHA-256.

    :param path: the blob in the vault's blob folder.
    :param size: the plaintext's size the vault recorded, in bytes.
    :param item: the file's item id, for the message.
    :return: the blob's size in bytes.
    :raises VaultDamaged: the blob is missing, not an age file, or not the length it was.
    """
    try:
        with open(path, "rb") as handle:
            header = age_header_size(handle.read(MAX_AGE_HEADER_BYTES))
            blob_size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        raise VaultDamaged(f"stored file {item} is missing") from None
    if header is None or blob_size != header + age_payload_size(size):
        raise VaultDamaged(f"stored file {item} is not the length it was stored with")
    return blob_size


def encrypt_part(piece: bytes, to: Sequence[x25519.Recipient]) -> tuple[str, bytes]:
    """Encrypt one piece of plaintext to every recipient, as one age file (one call).

    :param piece: at most :data:`PART_SIZE` bytes of an object.
    :param to: the card's recipients and the packet's one-time recipient.
    :return: the part's name (hex SHA-256 of the age file) and the age file's bytes.
    """
    data = bytes(pyrage.encrypt(piece, list(to)))
    return hashlib.sha256(data).hexdigest(), data


class Pieces:
    """A sink that cuts a stream of plaintext into pieces of :data:`PART_SIZE` bytes.

    Feed it with :meth:`write` (it is a writable file for ``decrypt_stream``); each full piece
    goes to ``emit`` at once, so at most one piece (plus the write in hand) is held. Call
    :meth:`close` at the end to emit the last, shorter piece (an empty piece if nothing came).

    :param emit: called with each piece, in order.
    :param part_size: bytes per piece (defaults to :data:`PART_SIZE` at creation).
    """

    def __init__(self, emit: Callable[[bytes], None], part_size: int | None = None) -> None:
        self._emit = emit
        self._size = part_size or PART_SIZE
        self._buffer = bytearray()
        self.count = 0
        self.total = 0
        self.sha256 = hashlib.sha256()
        self.closed = False

    def writable(self) -> bool:
        """Always True: it is a sink."""
        return True

    def write(self, data: Any) -> int:
        """Take some bytes; emit every full piece.

        :return: how many bytes were taken (all of them).
        """
        view = memoryview(data).cast("B")
        self.sha256.update(view)
        self.total += len(view)
        self._buffer += view
        while len(self._buffer) >= self._size:
            piece = bytes(self._buffer[: self._size])
            del self._buffer[: self._size]
            self._send(piece)
        return len(view)

    def flush(self) -> None:
        """Nothing to do: pieces are emitted as they fill."""

    def _send(self, piece: bytes) -> None:
        self.count += 1
        self._emit(piece)

    def close(self) -> None:
        """Emit the last piece (or the one empty piece of an empty object); once only."""
        if self.closed:
            return
        self.closed = True
        if self._buffer or self.count == 0:
            piece, self._buffer = bytes(self._buffer), bytearray()
            self._send(piece)


def make_envelope(
    manifest: dict[str, Any], key: SigningKey, cert_der: bytes, to: Sequence[x25519.Recipient]
) -> bytes:
    """Sign a manifest and encrypt the envelope document.

    :param manifest: as docs/packets.md describes it.
    :param key: the monitor's signing key.
    :param cert_der: the monitor's certificate (issued by the card's root), DER.
    :param to: the card's recipients and the one-time recipient.
    :return: the bytes of ``envelope.age``.
    """
    document = {"format": FORMAT, "manifest": manifest}
    document.update(signed.sign_payload(manifest, key, [cert_der]))
    return bytes(pyrage.encrypt(canonical(document), list(to)))


def open_envelope(data: bytes, identities: Sequence[str]) -> Envelope:
    """Decrypt ``envelope.age`` and check its form strictly, not yet its signature
    (:func:`fieldmon.exchange.envelope.parse` with :data:`PART_SIZE`).

    :param data: the file's bytes.
    :param identities: age X25519 identities (``AGE-SECRET-KEY-1…``) that may open it.
    :return: the envelope.
    :raises ExchangeRefused: larger than :data:`MAX_ENVELOPE_BYTES`, it does not decrypt
        with any of the identities, or it is not a well-formed ``fieldmon-packet/1`` document.
    """
    if len(data) > MAX_ENVELOPE_BYTES:
        raise ExchangeRefused(f"the envelope is larger than {MAX_ENVELOPE_BYTES} bytes")
    return envelope.parse(data, identities, PART_SIZE)


def verify_envelope(envelope: Envelope, card: OrgCard) -> None:
    """Check who sent the packet: steps 2 and 3 of docs/packets.md.

    The certificate must be issued by the card's root, valid now and not revoked
    (:func:`fieldmon.exchange.signed.check_certificate`, RFC 5280); the signature must verify
    over ``canonical(manifest)`` under it (ECDSA P-256/SHA-256, FIPS 186-4); and the manifest's
    ``sender`` must be that certificate's fingerprint.

    :raises ExchangeRefused: naming the failed check.
    """
    signed.verify_payload(envelope.manifest, envelope.signature, envelope.chain, card)
    if envelope.sender != cert_fingerprint(envelope.cert_der):
        raise ExchangeRefused("the manifest's sender is not the certificate that signed it")


def iter_object(
    transport: Transport, envelope: Envelope, name: str, identities: Sequence[str]
) -> Iterator[bytes]:
    """The plaintext of ``case.json`` or ``custody.json``, piece by piece, checked as in
    :func:`read_object`.

    :raises ExchangeRefused: naming the object and part that failed, or ``name`` is an
        evidence file (read it with :func:`receive_blob`).
    """
    found = envelope.object(name)
    if found.encoding is not None:
        raise ExchangeRefused(f"{name} is an age blob: it is received whole, not read in pieces")
    keys = _identities(identities)
    digest = hashlib.sha256()
    size = 0
    count = len(found.parts)
    for number, part in enumerate(found.parts, 1):
        where = f"part {number} of {count} of {name}"
        data = _fetch(transport, envelope, part, where)
        try:
            piece = pyrage.decrypt(data, keys)
        except pyrage.DecryptError:
            raise ExchangeRefused(f"{where} does not decrypt") from None
        del data
        size += len(piece)
        if size > found.size:
            raise ExchangeRefused(f"{name} is longer than its manifest says")
        digest.update(piece)
        yield piece
    if size != found.size:
        raise ExchangeRefused(f"{name} is shorter than its manifest says")
    if digest.hexdigest() != found.sha256:
        raise ExchangeRefused(f"{name} does not match its SHA-256")


def _fetch(transport: Transport, envelope: Envelope, part: str, where: str) -> bytes:
    """A part file's bytes, once its SHA-256 is its name (its manifest's hash)."""
    try:
        data = transport.read(part_path(envelope.packet_id, part), MAX_PART_FILE_BYTES)
    except MissingFile:
        raise ExchangeRefused(f"{where} is missing") from None
    if hashlib.sha256(data).hexdigest() != part:
        raise ExchangeRefused(f"{where} does not match its hash")
    return data


def read_object(
    transport: Transport,
    envelope: Envelope,
    name: str,
    identities: Sequence[str],
    sink: Callable[[bytes], None],
) -> None:
    """Fetch, check and decrypt ``case.json`` or ``custody.json`` part by part into ``sink``
    (step 4 of docs/packets.md): each part file's SHA-256 must be its name before it is
    decrypted, it must decrypt (age authenticates every 64 KiB chunk), and the object's size
    and SHA-256 must hold at the end. What ``sink`` received is to be discarded if this raises.

    :param transport: where the packet is.
    :param envelope: its opened envelope (verify it first).
    :param name: the object (``case.json``, ``custody.json``).
    :param identities: age identities that open the parts.
    :param sink: called with each piece of plaintext (at most :data:`PART_SIZE` bytes).
    :raises ExchangeRefused: "part 2 of 5 of custody.json is missing", "... does not match
        its hash", "... does not decrypt", "custody.json does not match its SHA-256", or
        ``name`` is an evidence file (:func:`receive_blob` reads those).
    :raises TransportError: the transport failed (not the packet's fault).
    """
    for piece in iter_object(transport, envelope, name, identities):
        sink(piece)


def receive_blob(
    transport: Transport, envelope: Envelope, name: str, destination: Path
) -> files.Sealed:
    """Fetch an evidence file's parts into a new blob and check it (step 4 of
    docs/packets.md), a part at a time: each part's SHA-256 must be its name before its bytes
    are written; the parts together must be ``blob_size`` bytes; the blob is synced, then
    decrypted once with the manifest's identity, to nowhere (age authenticates every 64 KiB
    chunk and marks the last, so a damaged or cut blob raises); the plaintext's size and
    SHA-256 must be the manifest's. The blob is the monitor's age file, byte for byte: no
    plaintext is written.

    :param transport: where the packet is.
    :param envelope: its opened envelope (verify it first).
    :param name: the evidence object (``files/x1.1``).
    :param destination: the blob to create (0600, must not exist): a
        :class:`fieldmon.vault.blobs.BlobBatch` path, removed with the batch if this raises.
    :return: the blob's identity (the manifest's) and the plaintext's SHA-256 and size.
    :raises ExchangeRefused: "part 2 of 5 of files/x1.1 does not match its hash", "files/x1.1
        does not decrypt with its key", "files/x1.1 does not match its SHA-256"...
    :raises TransportError: the transport failed (not the packet's fault).
    :raises OSError: the blob cannot be written (a full disk).
    """
    found = envelope.object(name)
    if found.encoding != AGE_BLOB or found.identity is None or found.blob_size is None:
        raise ExchangeRefused(f"{name} is not an evidence file")
    written = 0
    count = len(found.parts)

    def fetch(number: int) -> bytes:
        where = f"part {number + 1} of {count} of {name}"
        return _fetch(transport, envelope, found.parts[number], where)

    fd = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb", buffering=0) as out, closing(ahead(fetch, range(count))) as parts:
        for data in parts:
            written += len(data)
            if written > found.blob_size:
                raise ExchangeRefused(f"{name} is longer than its manifest says")
            out.write(data)
            del data
        if written != found.blob_size:
            raise ExchangeRefused(f"{name} is shorter than its manifest says")
        os.fsync(out.fileno())
    try:
        digest, size = files.decrypt_stream(destination, found.identity, None)
    except files.BlobUnreadable:
        raise ExchangeRefused(f"{name} does not decrypt with its key") from None
    if size != found.size:
        raise ExchangeRefused(f"{name} is not the size its manifest says")
    if digest != found.sha256:
        raise ExchangeRefused(f"{name} does not match its SHA-256")
    return files.Sealed(found.identity, digest, size)
