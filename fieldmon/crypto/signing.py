"""The monitor's signing key: ECDSA P-256 with SHA-256.

Ed25519 would be simpler, but PDF verifiers (poppler, Acrobat) do not read Ed25519 signatures, and
the same key signs custody entries and dossiers.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec


def fingerprint(public_der: bytes) -> str:
    """SHA-256 of the DER SubjectPublicKeyInfo, as colon-free hex."""
    return hashlib.sha256(public_der).hexdigest()


@dataclass(frozen=True)
class SigningKey:
    private_der: bytes
    public_der: bytes

    @classmethod
    def generate(cls) -> SigningKey:
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
        return fingerprint(self.public_der)

    def private_key(self) -> ec.EllipticCurvePrivateKey:
        key = serialization.load_der_private_key(self.private_der, password=None)
        if not isinstance(key, ec.EllipticCurvePrivateKey):
            raise ValueError("the stored signing key is not an EC key")
        return key

    def sign(self, message: bytes) -> bytes:
        return self.private_key().sign(message, ec.ECDSA(hashes.SHA256()))


def verify(public_der: bytes, signature: bytes, message: bytes) -> bool:
    key = serialization.load_der_public_key(public_der)
    if not isinstance(key, ec.EllipticCurvePublicKey):
        return False
    try:
        key.verify(signature, message, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        return False
    return True
