"""The packet format ``fieldmon-packet/1`` (docs/packets.md): parts, the envelope, reading back.

A packet is a folder ``packets/<packet_id>/`` of a transport (fieldmon.exchange.transports):
content-addressed *parts* (``parts/<sha256 of the part file>``), each an age file (age v1 spec,
age-encryption.org/v1) holding at most :data:`PART_SIZE` bytes of one object's plaintext, and
``envelope.age``, written last: age over a JSON document holding the manifest (which objects,
their sizes and SHA-256, the hash of every part in order, the case version and the custody log
range), the monitor's ECDSA P-256 signature over ``canonical(manifest)`` (FIPS 186-4) and the
monitor's X.509 certificate (RFC 5280). Every file is encrypted to the organisation card's
recipients and to the packet's one-time recipient (``reply_to``).

Reading checks in this order, and refuses in one line (:class:`ExchangeRefused`) naming what
failed: :func:`open_envelope` (size, decryption, format), :func:`verify_envelope` (certificate,
signature, sender), :func:`read_object` (each part's hash before decrypting it, its decryption,
then each object's size and SHA-256). Only one part is held in memory at a time.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyrage
from pyrage import x25519

from fieldmon.crypto.identity import cert_fingerprint
from fieldmon.crypto.signing import SigningKey
from fieldmon.errors import ExchangeRefused
from fieldmon.exchange import signed
from fieldmon.exchange.transports import MissingFile, Transport
from fieldmon.vault.custody import canonical

if TYPE_CHECKING:
    from fieldmon.exchange.card import OrgCard

__all__ = [
    "FORMAT",
    "MAX_ENVELOPE_BYTES",
    "MAX_PART_FILE_BYTES",
    "PART_SIZE",
    "Envelope",
    "PacketObject",
    "Pieces",
    "encrypt_part",
    "envelope_path",
    "iter_object",
    "make_envelope",
    "new_packet_id",
    "open_envelope",
    "part_path",
    "read_object",
    "recipients",
    "verify_envelope",
]

FORMAT = "fieldmon-packet/1"
PART_SIZE = 4 * 1024 * 1024
"""Plaintext bytes per part (4 MiB); the last part of an object is shorter, an empty object
has one empty part."""
MAX_PART_FILE_BYTES = 4 * 1024 * 1024 + 1024 * 1024
"""A part file larger than this (bytes) is refused before it is hashed or decrypted: 4 MiB of
plaintext, age's 16-byte tag per 64 KiB chunk and a header of a few hundred bytes per
recipient fit well within it."""
MAX_ENVELOPE_BYTES = 16 * 1024 * 1024
"""An ``envelope.age`` larger than this (bytes) is refused before it is decrypted."""

_HEX64 = re.compile(r"[0-9a-f]{64}")
_PACKET_ID = re.compile(r"[0-9a-f]{32}")
_ITEM = re.compile(r"files/[A-Za-z0-9][A-Za-z0-9._-]{0,63}")


def new_packet_id() -> str:
    """A new packet id: 128 random bits as 32 lowercase hex digits."""
    return secrets.token_hex(16)


def envelope_path(packet_id: str) -> str:
    """The transport path of a packet's envelope: ``packets/<packet_id>/envelope.age``."""
    return f"packets/{packet_id}/envelope.age"


def part_path(packet_id: str, part_sha256: str) -> str:
    """The transport path of a part: ``packets/<packet_id>/parts/<sha256>``."""
    return f"packets/{packet_id}/parts/{part_sha256}"


def recipients(keys: Sequence[str]) -> list[x25519.Recipient]:
    """age X25519 recipients from their ``age1…`` strings (age v1 spec, X25519 recipient type).

    :raises ExchangeRefused: one of them is not an age X25519 recipient.
    """
    try:
        return [x25519.Recipient.from_str(k) for k in keys]
    except (pyrage.RecipientError, ValueError):
        raise ExchangeRefused("a recipient is not an age X25519 recipient") from None


def _identities(keys: Sequence[str]) -> list[x25519.Identity]:
    try:
        return [x25519.Identity.from_str(k) for k in keys]
    except (pyrage.IdentityError, ValueError):
        raise ExchangeRefused("an identity is not an age X25519 identity") from None


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


@dataclass(frozen=True)
class PacketObject:
    """One object of a packet, as its manifest lists it.

    :ivar name: ``case.json``, ``custody.json`` or ``files/<item>`` (``files/x1.1``).
    :ivar size: the plaintext's size in bytes.
    :ivar sha256: the plaintext's SHA-256, hex.
    :ivar parts: the SHA-256 (hex) of each part file, in order.
    """

    name: str
    size: int
    sha256: str
    parts: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        """The manifest's form of it."""
        return {"name": self.name, "size": self.size, "sha256": self.sha256, "parts": [*self.parts]}


@dataclass(frozen=True)
class Envelope:
    """A decrypted, well-formed envelope (not yet verified: see :func:`verify_envelope`).

    :ivar packet_id: 32 hex digits.
    :ivar manifest: the manifest as signed.
    :ivar signature: base64 of the DER ECDSA signature over ``canonical(manifest)``.
    :ivar chain: base64 DER certificates: the monitor's, alone.
    :ivar cert_der: the monitor's certificate, DER (``chain[0]``).
    :ivar case: ``{"uuid", "reference", "version", "content_sha256"}``.
    :ivar objects: the objects in manifest order.
    :ivar since: the custody log head the packet continues from, ``(seq, hash)``.
    :ivar head: the log head after the packet's ``send`` entry, ``(seq, hash)``.
    :ivar reply_to: the packet's one-time age recipient (receipts are encrypted to it).
    """

    packet_id: str
    manifest: dict[str, Any]
    signature: str
    chain: list[str]
    cert_der: bytes
    case: dict[str, Any]
    objects: tuple[PacketObject, ...]
    since: tuple[int, str]
    head: tuple[int, str]
    reply_to: str

    @property
    def sender(self) -> str:
        """The fingerprint of the monitor's certificate the manifest names."""
        return str(self.manifest["sender"])

    def object(self, name: str) -> PacketObject:
        """The object called ``name``.

        :raises ExchangeRefused: the packet has none.
        """
        for found in self.objects:
            if found.name == name:
                return found
        raise ExchangeRefused(f"the packet has no object {name}")


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


def _need(condition: bool, what: str) -> None:
    if not condition:
        raise ExchangeRefused(f"the envelope is malformed: {what}")


def _log_point(value: Any, what: str) -> tuple[int, str]:
    _need(isinstance(value, dict) and set(value) == {"seq", "hash"}, f"{what} is not a log head")
    seq, digest = value["seq"], value["hash"]
    _need(type(seq) is int and seq >= 0, f"{what} has no sequence number")
    _need(isinstance(digest, str) and bool(_HEX64.fullmatch(digest)), f"{what} has no hash")
    return seq, digest


def _objects(value: Any) -> tuple[PacketObject, ...]:
    _need(isinstance(value, list) and bool(value), "no objects")
    objects: list[PacketObject] = []
    for item in value:
        _need(isinstance(item, dict), "an object is not a JSON object")
        name, size, digest, parts = (item.get(k) for k in ("name", "size", "sha256", "parts"))
        _need(
            isinstance(name, str)
            and (name in ("case.json", "custody.json") or bool(_ITEM.fullmatch(name))),
            f"an object has an unknown name {str(name)[:40]!r}",
        )
        _need(type(size) is int and size >= 0, f"{name} has no size")
        _need(isinstance(digest, str) and bool(_HEX64.fullmatch(digest)), f"{name} has no hash")
        _need(
            isinstance(parts, list)
            and bool(parts)
            and all(isinstance(p, str) and _HEX64.fullmatch(p) for p in parts),
            f"{name} has no list of parts",
        )
        objects.append(PacketObject(str(name), int(size), str(digest), tuple(parts)))
    names = [o.name for o in objects]
    _need(len(set(names)) == len(names), "an object is listed twice")
    _need("case.json" in names and "custody.json" in names, "case.json or custody.json missing")
    return tuple(objects)


def open_envelope(data: bytes, identities: Sequence[str]) -> Envelope:
    """Decrypt ``envelope.age`` and check its form (not yet its signature).

    :param data: the file's bytes.
    :param identities: age X25519 identities (``AGE-SECRET-KEY-1…``) that may open it.
    :return: the envelope.
    :raises ExchangeRefused: larger than :data:`MAX_ENVELOPE_BYTES`, it does not decrypt
        with any of the identities, or it is not a ``fieldmon-packet/1`` document.
    """
    if len(data) > MAX_ENVELOPE_BYTES:
        raise ExchangeRefused(f"the envelope is larger than {MAX_ENVELOPE_BYTES} bytes")
    try:
        plain = pyrage.decrypt(data, _identities(identities))
    except pyrage.DecryptError:
        raise ExchangeRefused("the envelope does not decrypt with any key held here") from None
    try:
        document = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ExchangeRefused("the envelope is not JSON") from None
    _need(isinstance(document, dict), "not a JSON object")
    if document.get("format") != FORMAT:
        raise ExchangeRefused(f"the envelope's format is not {FORMAT}")
    manifest, signature, chain = (document.get(k) for k in ("manifest", "signature", "chain"))
    _need(isinstance(manifest, dict), "no manifest")
    _need(isinstance(signature, str), "no signature")
    _need(isinstance(chain, list) and len(chain) == 1, "the chain is not one certificate")
    assert isinstance(manifest, dict) and isinstance(signature, str) and isinstance(chain, list)
    packet_id = manifest.get("packet")
    _need(isinstance(packet_id, str) and bool(_PACKET_ID.fullmatch(packet_id)), "no packet id")
    case = manifest.get("case")
    _need(
        isinstance(case, dict)
        and set(case) == {"uuid", "reference", "version", "content_sha256"}
        and isinstance(case["uuid"], str)
        and isinstance(case["reference"], str)
        and type(case["version"]) is int
        and case["version"] >= 1
        and isinstance(case["content_sha256"], str)
        and bool(_HEX64.fullmatch(case["content_sha256"])),
        "the case is not named",
    )
    assert isinstance(case, dict)
    log = manifest.get("log")
    _need(isinstance(log, dict), "no custody log range")
    assert isinstance(log, dict)
    since, head = _log_point(log.get("since"), "since"), _log_point(log.get("head"), "head")
    _need(since[0] < head[0], "the log head is not after since")
    reply_to = manifest.get("reply_to")
    _need(isinstance(reply_to, str) and reply_to.startswith("age1"), "no reply_to recipient")
    assert isinstance(reply_to, str)
    recipients([reply_to])
    _need(isinstance(manifest.get("sender"), str), "no sender")
    _need(type(manifest.get("card_serial")) is int, "no card serial")
    _need(isinstance(manifest.get("created_at"), str), "no creation time")
    cert_der = signed.b64decode(chain[0], "the sender's certificate")
    return Envelope(
        str(packet_id),
        manifest,
        signature,
        [str(c) for c in chain],
        cert_der,
        dict(case),
        _objects(manifest.get("objects")),
        since,
        head,
        reply_to,
    )


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
    """The plaintext of an object, piece by piece, checked as in :func:`read_object`.

    :raises ExchangeRefused: naming the object and part that failed.
    """
    found = envelope.object(name)
    keys = _identities(identities)
    digest = hashlib.sha256()
    size = 0
    count = len(found.parts)
    for number, part in enumerate(found.parts, 1):
        where = f"part {number} of {count} of {name}"
        try:
            data = transport.read(part_path(envelope.packet_id, part), MAX_PART_FILE_BYTES)
        except MissingFile:
            raise ExchangeRefused(f"{where} is missing") from None
        if hashlib.sha256(data).hexdigest() != part:
            raise ExchangeRefused(f"{where} does not match its hash")
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


def read_object(
    transport: Transport,
    envelope: Envelope,
    name: str,
    identities: Sequence[str],
    sink: Callable[[bytes], None],
) -> None:
    """Fetch, check and decrypt an object part by part into ``sink`` (step 4 of
    docs/packets.md): each part file's SHA-256 must be its name before it is decrypted, it must
    decrypt (age authenticates every 64 KiB chunk), and the object's size and SHA-256 must hold
    at the end. What ``sink`` received is to be discarded if this raises.

    :param transport: where the packet is.
    :param envelope: its opened envelope (verify it first).
    :param name: the object (``case.json``, ``custody.json``, ``files/x1.1``).
    :param identities: age identities that open the parts.
    :param sink: called with each piece of plaintext (at most :data:`PART_SIZE` bytes).
    :raises ExchangeRefused: "part 2 of 5 of files/x1.1 is missing", "... does not match its
        hash", "... does not decrypt", "files/x1.1 does not match its SHA-256"...
    :raises TransportError: the transport failed (not the packet's fault).
    """
    for piece in iter_object(transport, envelope, name, identities):
        sink(piece)
