"""Signed JSON payloads of the headquarters exchange (docs/packets.md): packet manifests and
receipts, signed by a certificate the organisation card's root issued.

A payload is signed as ``canonical(payload)`` (:func:`fieldmon.vault.custody.canonical`) with
ECDSA P-256 over SHA-256 (:mod:`fieldmon.crypto.signing`); the signature travels beside the
payload with a chain of exactly one certificate, the signer's, which must be issued directly by
the card's root (RFC 5280), be within its validity and not be on the card's revocation list.
No format of our own: base64 (RFC 4648) of the DER signature and of the DER certificate.

This module imports the card only for type checking, so that :mod:`fieldmon.exchange.card`
can re-export what is here without an import circle.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from typing import TYPE_CHECKING, Any

from cryptography import x509

from fieldmon.crypto import identity
from fieldmon.crypto.signing import SigningKey, verify
from fieldmon.errors import ExchangeRefused
from fieldmon.vault.custody import canonical

if TYPE_CHECKING:
    from fieldmon.exchange.card import OrgCard

MAX_CERTIFICATE_BYTES = 16 * 1024
"""A signer's certificate larger than this (DER, bytes) is refused before it is parsed."""


def b64decode(text: object, what: str) -> bytes:
    """Strict base64 (RFC 4648, section 4, with padding, no other characters).

    :param text: the value read from JSON.
    :param what: what it is, for the refusal ("the card's signature").
    :return: the decoded bytes.
    :raises ExchangeRefused: "<what> is not base64" when it is not a string of base64.
    """
    if not isinstance(text, str):
        raise ExchangeRefused(f"{what} is not base64")
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise ExchangeRefused(f"{what} is not base64") from None


def b64encode(data: bytes) -> str:
    """Base64 (RFC 4648, section 4) of some bytes, as text.

    :param data: the bytes.
    :return: their base64, with padding.
    """
    return base64.b64encode(data).decode("ascii")


def check_certificate(card: OrgCard, cert_der: bytes, at: dt.datetime | None = None) -> None:
    """Refuse a signer's certificate the organisation does not stand behind.

    It must be an X.509 certificate (RFC 5280) issued directly by the card's root (the issuer
    name matches and the root's signature verifies: :func:`fieldmon.crypto.identity.issued_by`),
    an end entity (basicConstraints CA false or absent: the root itself signs cards, not
    packets), within its validity at ``at``, and its fingerprint
    (:func:`fieldmon.crypto.identity.cert_fingerprint`) not on the card's revocation list.

    :param card: the installed organisation card.
    :param cert_der: the certificate, DER.
    :param at: when it must be valid (an aware datetime); None: now.
    :raises ExchangeRefused: "the sender's certificate cannot be read", "... is not issued by
        the organisation's root", "... is a certificate authority, not a monitor's",
        "... is revoked (reason)", "... expired on YYYY-MM-DD", "... is not valid before ...".
    """
    if len(cert_der) > MAX_CERTIFICATE_BYTES:
        raise ExchangeRefused("the sender's certificate cannot be read (it is too large)")
    try:
        cert = x509.load_der_x509_certificate(cert_der)
        issued = identity.issued_by(cert_der, card.root_der)
    except ValueError:
        raise ExchangeRefused("the sender's certificate cannot be read") from None
    if not issued:
        raise ExchangeRefused("the sender's certificate is not issued by the organisation's root")
    try:
        constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        is_ca = constraints.ca
    except x509.ExtensionNotFound:
        is_ca = False
    if is_ca:
        raise ExchangeRefused(
            "the sender's certificate is a certificate authority, not a monitor's"
        )
    revocation = card.revocation_of(cert_der)
    if revocation is not None:
        raise ExchangeRefused(f"the sender's certificate is revoked ({revocation.reason})")
    now = at if at is not None else dt.datetime.now(dt.UTC)
    if now > cert.not_valid_after_utc:
        raise ExchangeRefused(
            f"the sender's certificate expired on {cert.not_valid_after_utc:%Y-%m-%d}"
        )
    if now < cert.not_valid_before_utc:
        raise ExchangeRefused(
            f"the sender's certificate is not valid before {cert.not_valid_before_utc:%Y-%m-%d}"
        )


def sign_payload(payload: dict[str, Any], key: SigningKey, chain: list[bytes]) -> dict[str, Any]:
    """Sign a JSON payload for the exchange.

    :param payload: the JSON object signed (a manifest, a receipt), signed as
        ``canonical(payload)``.
    :param key: the signer's key (the vault's monitor key, :attr:`Vault.signer`).
    :param chain: the signer's certificate (DER) alone, issued by the card's root.
    :return: ``{"signature": base64 of the DER ECDSA/SHA-256 signature, "chain": [base64 of
        each certificate]}``, to put beside the payload.
    :raises ValueError: if the key cannot be loaded, or chain is not one certificate.
    """
    if len(chain) != 1:
        raise ValueError("the chain is the signer's certificate alone")
    return {
        "signature": b64encode(key.sign(canonical(payload))),
        "chain": [b64encode(der) for der in chain],
    }


def verify_payload(
    payload: dict[str, Any], signature_b64: str, chain_b64: list[str], card: OrgCard
) -> bytes:
    """Verify a signed payload against the organisation card.

    The chain must be one certificate, accepted by :func:`check_certificate` (now), and the
    signature must verify over ``canonical(payload)`` under that certificate's public key
    (ECDSA P-256, SHA-256; FIPS 186-4).

    :param payload: the JSON object as received.
    :param signature_b64: the signature, base64 of DER.
    :param chain_b64: the chain as received: a list of one base64 DER certificate.
    :param card: the installed organisation card.
    :return: the signer's certificate, DER.
    :raises ExchangeRefused: the chain is not one certificate, it is refused (see
        :func:`check_certificate`), or "the signature does not verify".
    """
    if not isinstance(chain_b64, list) or len(chain_b64) != 1:
        raise ExchangeRefused("the signer's chain is not one certificate")
    cert_der = b64decode(chain_b64[0], "the signer's certificate")
    check_certificate(card, cert_der)
    signature = b64decode(signature_b64, "the signature")
    try:
        message = canonical(payload)
    except (TypeError, ValueError):
        raise ExchangeRefused("the signed payload is not JSON") from None
    if not verify(identity.public_key_der(cert_der), signature, message):
        raise ExchangeRefused("the signature does not verify under the sender's certificate")
    return cert_der
