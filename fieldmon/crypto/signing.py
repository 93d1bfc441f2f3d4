"""The monitor's signing key: ECDSA P-256 with SHA-256.

Ed25519 would be simpler, but PDF verifiers (poppler, Acrobat) do not read Ed25519 signatures, and
the same key signs custody entries and dossiers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec


def fingerprint(public_der: bytes) -> str:
    """SHA-256 of the DER SubjectPublicKeyInfo, as colon-free hex.

    :param public_der: a public key, DER SubjectPublicKeyInfo.
    :return: 64 lower-case hex digits.
    """
    return hashlib.sha256(public_der).hexdigest()


@dataclass(frozen=True)
class SigningKey:
    """An ECDSA key pair on NIST P-256 (FIPS 186-4), as stored in the vault."""

    private_der: bytes
    """The private key, DER PKCS#8, unencrypted (the vault's encryption protects it)."""
    public_der: bytes
    """The public key, DER SubjectPublicKeyInfo."""

    @classmethod
    def generate(cls) -> SigningKey:
        """A new random P-256 key pair.

        :return: the key pair.
        """
        key = ec.generate_private_key(ec.SECP256R1())
        private_der = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        public_der = key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
        return cls(private_der, public_der)

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the public key as hex; see the module function :func:`fingerprint`."""
        return fingerprint(self.public_der)

    def private_key(self) -> ec.EllipticCurvePrivateKey:
        """The private key as a cryptography object, loaded from :attr:`private_der` once
        (loading took a fifth of a millisecond per custody entry of an import).

        :return: the EC private key.
        :raises ValueError: if the stored key cannot be loaded or is not an EC key.
        """
        return self._loaded

    @cached_property
    def _loaded(self) -> ec.EllipticCurvePrivateKey:
        key = serialization.load_der_private_key(self.private_der, password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise ValueError("the stored signing key is not an EC key")
        return key

    def sign(self, message: bytes) -> bytes:
        """Sign a message with ECDSA over SHA-256.

        :param message: the bytes to sign (hashed here, not before).
        :return: the signature, DER-encoded (r, s) as in RFC 3279, section 2.2.3.
        :raises ValueError: if the stored key cannot be loaded (see :meth:`private_key`).
        """
        return self.private_key().sign(message, ec.ECDSA(hashes.SHA256()))


def verify(public_der: bytes, signature: bytes, message: bytes) -> bool:
    """Whether an ECDSA/SHA-256 signature of message verifies under a public key.

    :param public_der: the public key, DER SubjectPublicKeyInfo.
    :param signature: the DER-encoded signature, as :meth:`SigningKey.sign` makes it.
    :param message: the signed bytes.
    :return: True if it verifies; False if it does not, or the key is not an EC key.
    :raises ValueError: if public_der is not a public key.
    """
    key = serialization.load_der_public_key(public_der)
    if not isinstance(key, ec.EllipticCurvePublicKey):
        return False
    try:
        key.verify(signature, message, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True
