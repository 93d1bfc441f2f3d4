"""The organisation card (``card.json``, format ``fieldmon-card/1``; docs/headquarters.md and
docs/packets.md): who may read what monitors send, signed by the organisation's root.

A card names the root certificate (RFC 5280), the age X25519 recipients of the readers and of
the escrow (age v1 spec), and the revoked monitor certificates; the root's key signs
``canonical(card)`` (ECDSA P-256, SHA-256). A monitor installs the first card after comparing
the root's fingerprint words (:mod:`fieldmon.exchange.words`); later cards are accepted only
from the same root with a higher serial. Every card is verified again whenever it is read from
the vault.

Signing and verifying payloads by certificates of the card's root live in
:mod:`fieldmon.exchange.signed` and are re-exported here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyrage
from cryptography import x509

from fieldmon.crypto import identity
from fieldmon.crypto.signing import SigningKey, verify
from fieldmon.errors import ExchangeRefused
from fieldmon.exchange import words as fingerprint
from fieldmon.exchange.signed import (
    b64decode,
    b64encode,
    check_certificate,
    sign_payload,
    verify_payload,
)
from fieldmon.vault.custody import canonical, utc_now

if TYPE_CHECKING:
    from fieldmon.vault.store import Vault

__all__ = [
    "FORMAT",
    "MAX_CARD_BYTES",
    "OrgCard",
    "Reader",
    "Revocation",
    "certificate_matches",
    "check_certificate",
    "install_card",
    "installed_card",
    "read_card",
    "sign_card",
    "sign_payload",
    "verify_payload",
]

FORMAT = "fieldmon-card/1"
MAX_CARD_BYTES = 256 * 1024
"""A card file larger than this (bytes) is refused before it is parsed."""
_FINGERPRINT = re.compile(r"^[0-9A-F]{2}(:[0-9A-F]{2}){31}$")
_CARD_KEYS = {
    "organisation",
    "serial",
    "issued_at",
    "root",
    "readers",
    "escrow",
    "revoked",
    "receipt_signers",
}
WORDS_MISMATCH = (
    "the fingerprint words do not match: do not install this card; ask headquarters by"
    " another channel"
)


@dataclass(frozen=True)
class Reader:
    """Someone who may read what monitors send: a name and an age X25519 recipient."""

    name: str
    recipient: str
    """``age1...`` (Bech32, age v1 spec)."""


@dataclass(frozen=True)
class Revocation:
    """A monitor certificate the organisation no longer stands behind."""

    certificate: str
    """Its fingerprint, :func:`fieldmon.crypto.identity.cert_fingerprint`."""
    revoked_at: str
    reason: str


@dataclass(frozen=True)
class OrgCard:
    """A verified organisation card."""

    organisation: str
    serial: int
    issued_at: str
    root_der: bytes
    """The root certificate, DER: the trust anchor of every monitor certificate."""
    readers: tuple[Reader, ...]
    escrow: Reader
    revoked: tuple[Revocation, ...]
    document: bytes
    """The card file as read (signed JSON)."""
    receipt_signers: tuple[str, ...] = ()
    """Fingerprints (:func:`fieldmon.crypto.identity.cert_fingerprint`) of the certificates
    whose receipts a monitor accepts: headquarters' own, never another monitor's."""

    def recipients(self) -> list[str]:
        """Everyone a packet is encrypted to: the readers, then the escrow.

        :return: age recipients (``age1...``), without repeats, readers first.
        """
        found: list[str] = []
        for reader in (*self.readers, self.escrow):
            if reader.recipient not in found:
                found.append(reader.recipient)
        return found

    @property
    def root_fingerprint(self) -> str:
        """SHA-256 of the root certificate, colon-separated upper-case hex."""
        return identity.cert_fingerprint(self.root_der)

    def revocation_of(self, cert_der: bytes) -> Revocation | None:
        """The revocation of a certificate, if the card lists it.

        :param cert_der: the certificate, DER.
        :return: its revocation entry, or None.
        """
        wanted = identity.cert_fingerprint(cert_der)
        return next((r for r in self.revoked if r.certificate == wanted), None)

    def is_revoked(self, cert_der: bytes) -> bool:
        """Whether the card revokes a certificate.

        :param cert_der: the certificate, DER.
        :return: True if its fingerprint is on the card's revocation list.
        """
        return self.revocation_of(cert_der) is not None

    def body(self) -> dict[str, Any]:
        """The signed part of the card (``card`` of the file), as JSON values.

        :return: a new dict, to change and sign again as the next serial (headquarters).
        """
        return dict(json.loads(self.document)["card"])


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > 1000:
        raise ExchangeRefused(f"the card's {what} is missing or not text")
    return value


def _reader(value: object, what: str) -> Reader:
    if not isinstance(value, dict) or set(value) != {"name", "recipient"}:
        raise ExchangeRefused(f"the card's {what} is not a name and a recipient")
    recipient = _text(value["recipient"], f"{what}'s recipient")
    try:
        pyrage.x25519.Recipient.from_str(recipient)
    except Exception:
        raise ExchangeRefused(f"the card's {what} is not an age X25519 recipient") from None
    return Reader(_text(value["name"], f"{what}'s name"), recipient)


def _revocation(value: object) -> Revocation:
    if not isinstance(value, dict) or set(value) != {"certificate", "revoked_at", "reason"}:
        raise ExchangeRefused("a revoked entry of the card is not well formed")
    certificate = _text(value["certificate"], "revoked certificate")
    if not _FINGERPRINT.match(certificate):
        raise ExchangeRefused("a revoked entry of the card is not a certificate fingerprint")
    return Revocation(
        certificate, _text(value["revoked_at"], "revocation time"), str(value["reason"])
    )


def _root(value: object) -> bytes:
    der = b64decode(value, "the card's root certificate")
    try:
        cert = x509.load_der_x509_certificate(der)
        self_signed = cert.issuer == cert.subject and identity.issued_by(der, der)
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
    except (ValueError, x509.ExtensionNotFound):
        raise ExchangeRefused("the card's root is not a certificate authority") from None
    if not self_signed or not constraints.ca:
        raise ExchangeRefused("the card's root is not a self-issued certificate authority")
    return der


def read_card(data: bytes, pinned_root: bytes | None = None) -> OrgCard:
    """Read and verify an organisation card file.

    Checked: size (at most :data:`MAX_CARD_BYTES`), JSON, format ``fieldmon-card/1``, exactly
    the known fields; the root is a self-issued CA certificate (RFC 5280, basicConstraints CA)
    whose signature verifies under its own key; the card's signature verifies under the root's
    key over ``canonical(card)`` (ECDSA P-256, SHA-256); readers and escrow are age X25519
    recipients (age v1 spec), none twice; revoked entries are certificate fingerprints; the
    receipt signers (headquarters' certificates, whose receipts monitors accept) are 1 to 100
    certificate fingerprints.

    :param data: the card file's bytes.
    :param pinned_root: when given, the root certificate (DER) the card must carry, byte for
        byte (an update of an installed card).
    :return: the verified card.
    :raises ExchangeRefused: the one reason it is refused.
    """
    if len(data) > MAX_CARD_BYTES:
        raise ExchangeRefused("the file is too large to be an organisation card")
    try:
        top = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ExchangeRefused("the file is not an organisation card (not JSON)") from None
    if not isinstance(top, dict) or top.get("format") != FORMAT:
        raise ExchangeRefused(f"the file is not an organisation card (format {FORMAT})")
    body = top.get("card")
    if set(top) != {"format", "card", "signature"} or not isinstance(body, dict):
        raise ExchangeRefused("the organisation card is not well formed")
    if set(body) != _CARD_KEYS:
        raise ExchangeRefused("the organisation card's fields are not those of " + FORMAT)
    root_der = _root(body["root"])
    if pinned_root is not None and root_der != pinned_root:
        raise ExchangeRefused("the card is signed by a different root than the installed card")
    signature = b64decode(top["signature"], "the card's signature")
    if not verify(identity.public_key_der(root_der), signature, canonical(body)):
        raise ExchangeRefused("the card's signature does not verify under its root certificate")
    serial = body["serial"]
    if not isinstance(serial, int) or isinstance(serial, bool) or not 1 <= serial < 2**53:
        raise ExchangeRefused("the card's serial is not a positive whole number")
    readers = body["readers"]
    if not isinstance(readers, list) or not readers or len(readers) > 100:
        raise ExchangeRefused("the card names no readers (or over 100)")
    revoked = body["revoked"]
    if not isinstance(revoked, list):
        raise ExchangeRefused("the card's revocation list is not a list")
    signers = body["receipt_signers"]
    if (
        not isinstance(signers, list)
        or not 1 <= len(signers) <= 100
        or not all(isinstance(f, str) and _FINGERPRINT.match(f) for f in signers)
    ):
        raise ExchangeRefused(
            "the card's receipt signers are not a list of certificate fingerprints"
        )
    card = OrgCard(
        organisation=_text(body["organisation"], "organisation"),
        serial=serial,
        issued_at=_text(body["issued_at"], "issue time"),
        root_der=root_der,
        readers=tuple(_reader(r, "reader") for r in readers),
        escrow=_reader(body["escrow"], "escrow"),
        revoked=tuple(_revocation(r) for r in revoked),
        document=bytes(data),
        receipt_signers=tuple(str(f) for f in signers),
    )
    named = [r.recipient for r in (*card.readers, card.escrow)]
    if len(set(named)) != len(named):
        raise ExchangeRefused("the card names the same recipient twice")
    return card


def sign_card(body: dict[str, Any], root_key: SigningKey) -> bytes:
    """A card file: the body signed by the root's key (headquarters).

    :param body: the ``card`` object (organisation, serial, issued_at, root, readers, escrow,
        revoked, receipt_signers).
    :param root_key: the key of the root certificate in ``body["root"]``.
    :return: the file, JSON (UTF-8, indented, for people to read), ending in a line break.
    :raises ExchangeRefused: if the result is not a valid card (see :func:`read_card`).
    """
    document = {
        "format": FORMAT,
        "card": body,
        "signature": b64encode(root_key.sign(canonical(body))),
    }
    data = (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    read_card(data)
    return data


def _newest(vault: Vault) -> bytes | None:
    row = vault.conn.execute(
        "SELECT document FROM org_cards ORDER BY serial DESC LIMIT 1"
    ).fetchone()
    return bytes(row[0]) if row else None


def installed_card(vault: Vault) -> OrgCard | None:
    """The organisation card installed in (or issued by) this vault, verified again.

    :param vault: the open vault.
    :return: the card with the highest serial, or None when there is none.
    :raises ExchangeRefused: if the stored card no longer verifies.
    """
    with vault.transaction():
        document = _newest(vault)
    return None if document is None else read_card(document)


def install_card(vault: Vault, data: bytes, words: Sequence[str] | None) -> OrgCard:
    """Install an organisation card, or update the installed one.

    The first card needs ``words``: the root's fingerprint words as headquarters read them
    over another channel (case and white space do not matter). An update needs the same root
    (byte-identical DER) and a higher serial, and no words; the same serial with the same
    signed content changes nothing. Installing writes no custody entry (the card is public).

    :param vault: the open vault.
    :param data: the card file's bytes.
    :param words: the fingerprint words as typed, or None.
    :return: the card now installed.
    :raises ExchangeRefused: the card does not verify (:func:`read_card`), the words are
        missing or do not match, it has another root, or it is older than (or differs at the
        same serial from) the installed card. Nothing is installed then.
    """
    card = read_card(data)
    if words is not None and not fingerprint.words_match(card.root_der, words):
        raise ExchangeRefused(WORDS_MISMATCH)
    with vault.transaction():
        current_document = _newest(vault)
        if current_document is None:
            if words is None:
                raise ExchangeRefused(
                    "a first card needs its fingerprint words, compared with headquarters over"
                    " another channel"
                )
        else:
            current = read_card(current_document)
            if current.root_der != card.root_der:
                raise ExchangeRefused(
                    "the card is signed by a different root than the installed card"
                )
            if card.serial < current.serial:
                raise ExchangeRefused(
                    f"the card (serial {card.serial}) is older than the installed card"
                    f" (serial {current.serial})"
                )
            if card.serial == current.serial:
                if canonical(card.body()) == canonical(current.body()):
                    return current
                raise ExchangeRefused(
                    f"the card differs from the installed card with the same serial"
                    f" {card.serial}: ask headquarters"
                )
        vault.conn.execute(
            "INSERT INTO org_cards (serial, root_fingerprint, document, installed_at)"
            " VALUES (?, ?, ?, ?)",
            (card.serial, card.root_fingerprint, card.document, utc_now()),
        )
    return card


def certificate_matches(vault: Vault, card: OrgCard) -> bool:
    """Whether this vault's monitor certificate is issued by the card's root.

    A monitor may install the card before headquarters issues its certificate; until then,
    what it sends would be refused.

    :param vault: the open vault.
    :param card: the organisation card.
    :return: True if the vault's monitor certificate is issued by the card's root.
    """
    with vault.transaction():
        me = vault.identity()
    return me.root_cert == card.root_der and identity.issued_by(me.monitor_cert, card.root_der)
