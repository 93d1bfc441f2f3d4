"""Certificates for signing dossiers: an organisation root (a CA) and the monitor's certificate.

A lone monitor gets both at init: the root signs the monitor's certificate, and recipients trust
the root (`fieldmon identity export-root`). An organisation that runs its own root issues the
monitor's certificate from a certificate signing request instead. All keys are ECDSA P-256.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from fieldmon.crypto.signing import SigningKey

# id-kp-documentSigning (RFC 9336); emailProtection is what NSS (and so poppler) checks.
DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")
ROOT_YEARS = 15
MONITOR_YEARS = 5


def cert_fingerprint(der: bytes) -> str:
    """SHA-256 of the certificate, as colon-separated hex (how browsers and NSS show it).

    :param der: the certificate, DER.
    :return: 32 upper-case hex pairs joined by colons.
    """
    digest = hashlib.sha256(der).hexdigest().upper()
    return ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))


def _name(common_name: str, organisation: str | None) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    return x509.Name(attributes)


def _ec_private(key: SigningKey) -> ec.EllipticCurvePrivateKey:
    return key.private_key()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def make_root(root_key: SigningKey, organisation: str | None) -> bytes:
    """A self-signed CA certificate for the organisation, DER.

    Profile (RFC 5280): basicConstraints CA with pathLenConstraint 0 (it issues only end
    entities), keyUsage keyCertSign and cRLSign (both critical), a subjectKeyIdentifier; valid
    from five minutes ago for ROOT_YEARS (15) times 365 days; signed ECDSA with SHA-256.

    :param root_key: the root's key pair.
    :param organisation: its organisation; the subject is "<organisation> root (FieldMon)",
        or "FieldMon root (FieldMon)" without one.
    :return: the certificate, DER.
    """
    private = _ec_private(root_key)
    name = _name(f"{organisation or 'FieldMon'} root (FieldMon)", organisation)
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(private.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * ROOT_YEARS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(private.public_key()), False)
        .sign(private, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


def issue_monitor(
    root_der: bytes,
    root_key: SigningKey,
    monitor_public_der: bytes,
    name: str,
    organisation: str | None,
) -> bytes:
    """The monitor's certificate, issued by the root, DER.

    Profile (RFC 5280): an end entity (basicConstraints CA false), keyUsage digitalSignature
    and nonRepudiation, extendedKeyUsage emailProtection and id-kp-documentSigning
    (RFC 9336), subject and authority key identifiers; valid from five minutes ago for
    MONITOR_YEARS (5) times 365 days; signed by the root key, ECDSA with SHA-256.

    :param root_der: the issuing root's certificate, DER.
    :param root_key: the root's key pair.
    :param monitor_public_der: the monitor's public key, DER SubjectPublicKeyInfo.
    :param name: the monitor's name (the subject's common name).
    :param organisation: the subject's organisation, or None.
    :return: the certificate, DER.
    :raises ValueError: if the monitor key is not an EC key, or root_der is not a certificate.
    """
    root = x509.load_der_x509_certificate(root_der)
    public = serialization.load_der_public_key(monitor_public_der)
    if not isinstance(public, ec.EllipticCurvePublicKey):
        raise ValueError("the monitor key is not an EC key")
    now = _now()
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(name, organisation))
        .issuer_name(root.subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=365 * MONITOR_YEARS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(
                root.public_key()  # type: ignore[arg-type]
            ),
            False,
        )
        .sign(_ec_private(root_key), hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


def make_csr(monitor_key: SigningKey, name: str, organisation: str | None) -> bytes:
    """A PKCS#10 request (RFC 2986) for the monitor's key, PEM, for a headquarters' own root.

    :param monitor_key: the monitor's key pair; the request is signed with it (ECDSA, SHA-256).
    :param name: the subject's common name.
    :param organisation: the subject's organisation, or None.
    :return: the request, PEM.
    """
    csr = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(_name(name, organisation))
        .sign(_ec_private(monitor_key), hashes.SHA256())
    )
    return csr.public_bytes(serialization.Encoding.PEM)


@dataclass(frozen=True)
class CertInfo:
    """What a person is shown of a certificate."""

    subject: str
    """The subject name as an RFC 4514 string."""
    issuer: str
    """The issuer name as an RFC 4514 string."""
    fingerprint: str
    """SHA-256 as colon-separated hex (:func:`cert_fingerprint`)."""
    not_after: str
    """The last day it is valid, YYYY-MM-DD (UTC)."""


def describe(der: bytes) -> CertInfo:
    """Subject, issuer, fingerprint and end of validity of a certificate.

    :param der: the certificate, DER.
    :return: what is shown of it.
    :raises ValueError: if der is not a certificate.
    """
    cert = x509.load_der_x509_certificate(der)
    return CertInfo(
        cert.subject.rfc4514_string(),
        cert.issuer.rfc4514_string(),
        cert_fingerprint(der),
        cert.not_valid_after_utc.strftime("%Y-%m-%d"),
    )


def pem(der: bytes) -> bytes:
    """A DER certificate as PEM (RFC 7468).

    :param der: the certificate, DER.
    :return: the same certificate, PEM.
    :raises ValueError: if der is not a certificate.
    """
    return x509.load_der_x509_certificate(der).public_bytes(serialization.Encoding.PEM)


def load_pem_chain(data: bytes) -> list[bytes]:
    """Certificates (DER) from a PEM file holding one or more of them.

    :param data: the file's content.
    :return: the certificates, DER, in file order.
    :raises ValueError: if the data holds no PEM certificate.
    """
    return [
        c.public_bytes(serialization.Encoding.DER) for c in x509.load_pem_x509_certificates(data)
    ]


def public_key_der(cert_der: bytes) -> bytes:
    """The public key a certificate certifies.

    :param cert_der: the certificate, DER.
    :return: its public key, DER SubjectPublicKeyInfo (RFC 5280, section 4.1.2.7).
    :raises ValueError: if cert_der is not a certificate.
    """
    return (
        x509.load_der_x509_certificate(cert_der)
        .public_key()
        .public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    )


def issued_by(cert_der: bytes, issuer_der: bytes) -> bool:
    """Whether a certificate was directly issued by another: the issuer name matches and the
    signature verifies under the issuer's key. A thin wrapper of cryptography's
    ``verify_directly_issued_by``; validity dates and extensions are not checked.

    :param cert_der: the certificate, DER.
    :param issuer_der: the supposed issuer's certificate, DER.
    :return: True if it was, else False.
    :raises ValueError: if either is not a DER certificate.
    """
    cert = x509.load_der_x509_certificate(cert_der)
    issuer = x509.load_der_x509_certificate(issuer_der)
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, Exception):
        return False
    return True


def serialization_args() -> tuple[serialization.Encoding, serialization.PublicFormat]:
    """How public keys are serialised throughout: DER SubjectPublicKeyInfo.

    :return: the encoding and format to pass to ``public_bytes``.
    """
    return serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
