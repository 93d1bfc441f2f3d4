"""The envelope of a ``fieldmon-packet/1`` packet, read back (docs/packets.md): its decryption
and the strict check of its form, before its signature is verified.

``envelope.age`` is age (age v1 spec, age-encryption.org/v1) over a JSON document holding the
manifest, the monitor's signature over ``canonical(manifest)`` and the monitor's certificate.
:func:`parse` refuses, in one line (:class:`ExchangeRefused`), anything that is not exactly
that form: among others an evidence object that does not say how its parts are to be read
(``"encoding": "age-blob"``, a well-formed age X25519 identity, a ``blob_size`` that its number
of parts holds), and a ``case.json`` or ``custody.json`` that carries an identity.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyrage
from pyrage import x25519

from fieldmon.errors import ExchangeRefused
from fieldmon.exchange import signed

__all__ = [
    "AGE_BLOB",
    "FORMAT",
    "MAX_ENVELOPE_BYTES",
    "Envelope",
    "EnvelopeUnreadable",
    "PacketObject",
    "age_payload_size",
    "identities",
    "parse",
    "recipients",
]

FORMAT = "fieldmon-packet/1"
MAX_ENVELOPE_BYTES = 16 * 1024 * 1024
"""An ``envelope.age`` larger than this (bytes) is refused before it is decrypted."""
AGE_BLOB = "age-blob"
"""The encoding of an evidence object: its parts are the vault blob's age file, cut as it is."""
AGE_CHUNK = 64 * 1024
"""age's STREAM chunk of plaintext (age v1 spec, "Payload"): each carries a 16-byte tag."""

_HEX64 = re.compile(r"[0-9a-f]{64}")
_PACKET_ID = re.compile(r"[0-9a-f]{32}")
_ITEM = re.compile(r"files/[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_SMALL = ("case.json", "custody.json")


def recipients(keys: Sequence[str]) -> list[x25519.Recipient]:
    """age X25519 recipients from their ``age1…`` strings (age v1 spec, X25519 recipient type).

    :raises ExchangeRefused: one of them is not an age X25519 recipient.
    """
    try:
        return [x25519.Recipient.from_str(k) for k in keys]
    except (pyrage.RecipientError, ValueError):
        raise ExchangeRefused("a recipient is not an age X25519 recipient") from None


def identities(keys: Sequence[str]) -> list[x25519.Identity]:
    """age X25519 identities from their ``AGE-SECRET-KEY-1…`` strings (age v1 spec).

    :raises ExchangeRefused: one of them is not an age X25519 identity.
    """
    try:
        return [x25519.Identity.from_str(k) for k in keys]
    except (pyrage.IdentityError, ValueError):
        raise ExchangeRefused("an identity is not an age X25519 identity") from None


def age_payload_size(size: int) -> int:
    """The bytes after the header of an age file of ``size`` bytes of plaintext (age v1 spec,
    "Payload"): a 16-byte nonce, then the plaintext in chunks of 64 KiB, each with a 16-byte
    Poly1305 tag (one chunk at least: an empty file has one empty final chunk).

    :param size: the plaintext's size in bytes.
    :return: the payload's size in bytes.
    """
    return 16 + size + 16 * max(1, -(-size // AGE_CHUNK))


@dataclass(frozen=True)
class PacketObject:
    """One object of a packet, as its manifest lists it.

    :ivar name: ``case.json``, ``custody.json`` or ``files/<item>`` (``files/x1.1``).
    :ivar size: the plaintext's size in bytes.
    :ivar sha256: the plaintext's SHA-256, hex.
    :ivar parts: the SHA-256 (hex) of each part file, in order.
    :ivar encoding: None for ``case.json`` and ``custody.json`` (each part an age file of its
        own, to the packet's recipients); :data:`AGE_BLOB` for an evidence file (its parts,
        joined, are one age file, encrypted to ``identity``).
    :ivar identity: an evidence file's age X25519 identity (``AGE-SECRET-KEY-1…``), else None.
    :ivar blob_size: an evidence file's age file size in bytes (its parts joined), else None.
    """

    name: str
    size: int
    sha256: str
    parts: tuple[str, ...]
    encoding: str | None = None
    identity: str | None = None
    blob_size: int | None = None

    def as_json(self) -> dict[str, Any]:
        """The manifest's form of it."""
        found: dict[str, Any] = {
            "name": self.name,
            "size": self.size,
            "sha256": self.sha256,
            "parts": [*self.parts],
        }
        if self.encoding is not None:
            found.update(encoding=self.encoding, identity=self.identity, blob_size=self.blob_size)
        return found


@dataclass(frozen=True)
class Envelope:
    """A decrypted, well-formed envelope (not yet verified: see
    :func:`fieldmon.exchange.packet.verify_envelope`).

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


class EnvelopeUnreadable(ExchangeRefused):
    """The envelope does not decrypt, or its plaintext is not JSON: it may be incomplete (a
    sync that has not finished), so headquarters waits and reads it again."""


def _need(condition: bool, what: str) -> None:
    if not condition:
        raise ExchangeRefused(f"the envelope is malformed: {what}")


def _log_point(value: Any, what: str) -> tuple[int, str]:
    _need(isinstance(value, dict) and set(value) == {"seq", "hash"}, f"{what} is not a log head")
    seq, digest = value["seq"], value["hash"]
    _need(type(seq) is int and seq >= 0, f"{what} has no sequence number")
    _need(isinstance(digest, str) and bool(_HEX64.fullmatch(digest)), f"{what} has no hash")
    return seq, digest


def _blob_fields(item: dict[str, Any], name: str, size: int, parts: int, part_size: int) -> Any:
    """An evidence object's encoding, identity and blob size, checked (see the module)."""
    blob = ("encoding", "identity", "blob_size")
    if name in _SMALL:
        _need(not any(k in item for k in blob), f"{name} carries a key")
        return None, None, None
    encoding, key, blob_size = (item.get(k) for k in blob)
    _need(encoding == AGE_BLOB, f"{name} is not encoded as {AGE_BLOB}")
    _need(isinstance(key, str), f"{name} has no identity")
    try:
        identities([str(key)])
    except ExchangeRefused:
        _need(False, f"{name}'s identity is not an age X25519 identity")
    _need(type(blob_size) is int, f"{name} has no blob size")
    assert isinstance(blob_size, int)
    _need(blob_size > age_payload_size(size), f"{name}'s blob size does not fit its size")
    _need(parts == max(1, -(-blob_size // part_size)), f"{name}'s parts do not fit its blob size")
    return encoding, key, blob_size


def _objects(value: Any, part_size: int) -> tuple[PacketObject, ...]:
    _need(isinstance(value, list) and bool(value), "no objects")
    objects: list[PacketObject] = []
    for item in value:
        _need(isinstance(item, dict), "an object is not a JSON object")
        name, size, digest, parts = (item.get(k) for k in ("name", "size", "sha256", "parts"))
        _need(
            isinstance(name, str) and (name in _SMALL or bool(_ITEM.fullmatch(name))),
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
        assert isinstance(parts, list)
        blob = _blob_fields(item, str(name), int(size), len(parts), part_size)
        objects.append(PacketObject(str(name), int(size), str(digest), tuple(parts), *blob))
    names = [o.name for o in objects]
    _need(len(set(names)) == len(names), "an object is listed twice")
    _need(all(n in names for n in _SMALL), "case.json or custody.json missing")
    return tuple(objects)


def parse(data: bytes, keys: Sequence[str], part_size: int) -> Envelope:
    """Decrypt ``envelope.age`` and check its form strictly (not yet its signature).

    :param data: the file's bytes.
    :param keys: age X25519 identities (``AGE-SECRET-KEY-1…``) that may open it.
    :param part_size: bytes per part (``fieldmon.exchange.packet.PART_SIZE``), to check that
        an evidence object's parts fit its blob size.
    :return: the envelope.
    :raises EnvelopeUnreadable: it does not decrypt with any of the identities, or is not JSON.
    :raises ExchangeRefused: larger than :data:`MAX_ENVELOPE_BYTES`, or it is not a
        ``fieldmon-packet/1`` document.
    """
    if len(data) > MAX_ENVELOPE_BYTES:
        raise ExchangeRefused(f"the envelope is larger than {MAX_ENVELOPE_BYTES} bytes")
    try:
        plain = pyrage.decrypt(data, identities(keys))
    except pyrage.DecryptError:
        raise EnvelopeUnreadable("the envelope does not decrypt with any key held here") from None
    try:
        document = json.loads(plain.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise EnvelopeUnreadable("the envelope is not JSON") from None
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
        _objects(manifest.get("objects"), part_size),
        since,
        head,
        reply_to,
    )
