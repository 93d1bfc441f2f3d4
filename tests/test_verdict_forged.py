"""A verdict that cannot be forged (issue 12, item 4).

Anyone can make a certificate named "FieldMon monitor", or a root named like an organisation's
FieldMon root, and sign a copy of a real dossier with pyHanko. The signature is then intact and
the manifest matches, so the only thing that tells the forgery apart is who signed it: `fieldmon
verify` must never say VALID for it, with or without ``--trust`` or ``--fingerprint``, and must
say VALID for the real dossier only when the signer was checked. poppler's pdfsig, a verifier we
did not write, is consulted for the real dossier and for the forgeries.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils import embed
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko_certvalidator.registry import SimpleCertificateStore

from fieldmon.crypto import identity
from fieldmon.crypto.signing import SigningKey
from fieldmon.dossier import build
from fieldmon.dossier.manifest import MANIFEST_NAME
from fieldmon.dossier.verify import _embedded_files, verify_pdf
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, decided_plan, run_cli

ORG = "Fictional Rights Centre"
UNVERIFIED_EXIT = 10


@dataclass
class Real:
    """The real vault's dossier, its root (PEM file) and its two fingerprints."""

    pdf: Path
    root_pem: Path
    monitor_fp: str
    root_fp: str
    root_der: bytes
    folder: Path


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Real]:
    folder = tmp_path_factory.mktemp("verdict")
    vault = Vault.create(
        folder / "vault", PASSPHRASE, kdf=FAST_KDF, name="FieldMon monitor", organisation=ORG
    )
    casejson.import_file(vault, sample_cases_path())
    pdf = folder / "real.pdf"
    build.write_dossier(vault, decided_plan(vault, ["AZ-2026-001"], "echr", "en"), pdf)
    me = vault.identity()
    root_pem = folder / "root.pem"
    root_pem.write_bytes(identity.pem(me.root_cert))
    yield Real(
        pdf=pdf,
        root_pem=root_pem,
        monitor_fp=identity.cert_fingerprint(me.monitor_cert),
        root_fp=identity.cert_fingerprint(me.root_cert),
        root_der=me.root_cert,
        folder=folder,
    )
    vault.close()


# -- the forger's certificates, made with cryptography as anyone can --------------------------


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, ORG),
        ]
    )


def _cert(
    subject: str, issuer: str, public: ec.EllipticCurvePublicKey, signer: ec.EllipticCurvePrivateKey
) -> bytes:
    now = dt.datetime.now(dt.UTC)
    ca = subject == issuer
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(signer, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.DER)


def _der_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def unsigned_part(signed: bytes) -> bytes:
    """The dossier as reportlab wrote it, before FieldMon's signing update: the bytes up to
    the first end-of-file marker (the update that embeds the files and signs follows it)."""
    end = signed.index(b"%%EOF") + len(b"%%EOF")
    return signed[:end] + b"\n"


def forge(real: Real, name: str, key: ec.EllipticCurvePrivateKey, chain: list[bytes]) -> Path:
    """A copy of the real dossier, its manifest and annexes attached again with the manifest
    naming the forger's certificate, signed PAdES with pyHanko by the first certificate of
    ``chain`` (the others carried in the signature)."""
    data = real.pdf.read_bytes()
    files = _embedded_files(PdfFileReader(io.BytesIO(data), strict=False))
    manifest = json.loads(files[MANIFEST_NAME])
    manifest["signer_certificate_sha256"] = identity.cert_fingerprint(chain[0])
    files[MANIFEST_NAME] = json.dumps(manifest).encode()
    writer = IncrementalPdfFileWriter(io.BytesIO(unsigned_part(data)))
    for file_name, content in files.items():
        stream = embed.EmbeddedFileObject.from_file_data(writer, content)
        embed.embed_file(
            writer,
            embed.FileSpec(file_spec_string=file_name, file_name=file_name, embedded_data=stream),
        )
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(chain[0]),
        signing_key=asn1_keys.PrivateKeyInfo.load(_der_key(key)),
        cert_registry=SimpleCertificateStore.from_certs(  # type: ignore[no-untyped-call]
            [asn1_x509.Certificate.load(c) for c in chain[1:]]
        ),
    )
    metadata = signers.PdfSignatureMetadata(
        field_name="FieldMonSignature", subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256"
    )
    out = io.BytesIO()
    signers.PdfSigner(metadata, signer=signer).sign_pdf(writer, output=out)
    path = real.folder / f"{name}.pdf"
    path.write_bytes(out.getvalue())
    return path


def forged_self_signed(real: Real) -> tuple[Path, str]:
    key = ec.generate_private_key(ec.SECP256R1())
    cert = _cert("FieldMon monitor", "FieldMon monitor", key.public_key(), key)
    return forge(real, "self-signed", key, [cert]), identity.cert_fingerprint(cert)


def forged_with_own_root(real: Real, carry_real_root: bool) -> tuple[Path, str]:
    """A monitor certificate named "FieldMon monitor" issued by a self-made root named exactly
    as FieldMon names the organisation's root (identity.make_root); with ``carry_real_root``
    the signature also carries the real vault's root certificate."""
    root_key = SigningKey.generate()
    root = identity.make_root(root_key, ORG)
    key = ec.generate_private_key(ec.SECP256R1())
    public = key.public_key().public_bytes(*identity.serialization_args())
    monitor = identity.issue_monitor(root, root_key, public, "FieldMon monitor", ORG)
    chain = [monitor, root] + ([real.root_der] if carry_real_root else [])
    name = "own-root-carrying-real" if carry_real_root else "own-root"
    return forge(real, name, key, chain), identity.cert_fingerprint(monitor)


FORGERIES: dict[str, Callable[[Real], tuple[Path, str]]] = {
    "self-signed FieldMon monitor": forged_self_signed,
    "issued by a self-made root named like the real one": lambda r: forged_with_own_root(r, False),
    "also carrying the real root": lambda r: forged_with_own_root(r, True),
}


def grouped(fingerprint: str) -> str:
    digits = fingerprint.replace(":", "")
    return " ".join(digits[i : i + 4] for i in range(0, 64, 4))


def pdfsig(path: Path, nss: str | None = None) -> str:
    command = ["pdfsig"] + (["-nssdir", nss] if nss else []) + [str(path)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    return result.stdout + result.stderr


def nss_db(root: Path, folder: Path) -> str:
    """An NSS database trusting only the real root, for pdfsig."""
    db = folder / "nss"
    if not db.exists():
        db.mkdir()
        certutil = ["certutil", "-d", f"sql:{db}"]
        subprocess.run([*certutil, "-N", "--empty-password"], check=True, capture_output=True)
        subprocess.run(
            [*certutil, "-A", "-n", "real-root", "-t", "C,C,C", "-i", str(root)],
            check=True,
            capture_output=True,
        )
    return f"sql:{db}"


def verdict_line(stdout: str) -> str:
    return stdout.splitlines()[-1]


# -- the tests ----------------------------------------------------------------------------------


@pytest.mark.parametrize("forgery", list(FORGERIES))
def test_a_forged_dossier_is_never_valid(real: Real, forgery: str) -> None:
    path, forged_fp = FORGERIES[forgery](real)
    # Positive control: the forgery is a good one. Its signature is intact over the whole file
    # and its manifest matches, as pdfsig (not our code) also says; only the signer is wrong.
    found = verify_pdf(path)
    assert found.intact and found.whole_file and found.manifest_ok, found.problems
    assert found.signer == verify_pdf(real.pdf).signer  # the same name as the real signer's
    report = pdfsig(path)
    assert "Signature is Valid" in report and "Total document signed" in report, report

    alone = run_cli("verify", str(path))
    assert alone.returncode == UNVERIFIED_EXIT, alone.stdout + alone.stderr
    assert "Verdict:       VALID" not in alone.stdout
    assert verdict_line(alone.stdout).startswith("Verdict:       SIGNER UNVERIFIED"), alone.stdout
    assert f"Fingerprint:   SHA-256 {grouped(forged_fp)}" in alone.stdout.splitlines()
    signer = next(line for line in alone.stdout.splitlines() if line.startswith("Signer:"))
    assert "anyone can make a certificate with any name" in signer, signer

    trusted = run_cli("verify", str(path), "--trust", str(real.root_pem))
    assert trusted.returncode == 1, trusted.stdout + trusted.stderr
    assert verdict_line(trusted.stdout) == "Verdict:       NOT VALID", trusted.stdout
    assert "Certificate is Trusted" not in pdfsig(path, nss_db(real.root_pem, real.folder))

    for pinned in (real.monitor_fp, real.root_fp):
        result = run_cli("verify", str(path), "--fingerprint", pinned)
        assert result.returncode == 1, (pinned, result.stdout + result.stderr)
        assert verdict_line(result.stdout) == "Verdict:       NOT VALID", result.stdout
        trust = next(line for line in result.stdout.splitlines() if line.startswith("Trust:"))
        assert "NOT TRUSTED" in trust and grouped(pinned) in trust, trust
        if pinned == real.monitor_fp:  # a mismatch states both fingerprints
            assert grouped(forged_fp) in trust, trust


def test_the_real_dossier_is_valid_only_when_its_signer_is_checked(real: Real) -> None:
    """pdfsig is the independent verifier: with an NSS database trusting only the real root
    it finds the untouched dossier valid and its certificate trusted, and without it valid
    but its issuer not trusted; verify says VALID and SIGNER UNVERIFIED likewise."""
    trusting = pdfsig(real.pdf, nss_db(real.root_pem, real.folder))
    assert "Signature is Valid" in trusting and "Certificate is Trusted" in trusting, trusting
    assert "Total document signed" in trusting
    untrusting = pdfsig(real.pdf)
    assert "Signature is Valid" in untrusting and "Certificate is Trusted" not in untrusting

    result = run_cli("verify", str(real.pdf), "--trust", str(real.root_pem))
    assert result.returncode == 0 and verdict_line(result.stdout) == "Verdict:       VALID"
    alone = run_cli("verify", str(real.pdf))
    assert alone.returncode == UNVERIFIED_EXIT, alone.stdout + alone.stderr
    assert "Verdict:       VALID" not in alone.stdout
    lines = alone.stdout.splitlines()
    assert f"Fingerprint:   SHA-256 {grouped(real.monitor_fp)}" in lines, alone.stdout
    assert any(line.startswith("Issued by:") and grouped(real.root_fp) in line for line in lines), (
        alone.stdout
    )
    assert "Integrity:     intact: not one byte changed since it was signed" in lines


@pytest.mark.parametrize("which", ["monitor", "root"])
def test_a_pinned_fingerprint_is_accepted_as_typed(real: Real, which: str) -> None:
    fingerprint = real.monitor_fp if which == "monitor" else real.root_fp
    digits = fingerprint.replace(":", "")
    pasted = f"SHA-256 {grouped(fingerprint)}"  # the Fingerprint line of verify, label and all
    for typed in (fingerprint, fingerprint.lower(), grouped(fingerprint), digits.lower(), pasted):
        result = run_cli("verify", str(real.pdf), "--fingerprint", typed)
        assert result.returncode == 0, (typed, result.stdout + result.stderr)
        assert verdict_line(result.stdout) == "Verdict:       VALID", result.stdout
        assert grouped(fingerprint) in result.stdout


def test_a_mistyped_fingerprint_is_one_line_and_not_a_verdict(real: Real) -> None:
    for typed in (real.monitor_fp[:-3], real.monitor_fp.replace("A", "G"), ""):
        result = run_cli("verify", str(real.pdf), "--fingerprint", typed)
        # A usage mistake (64, EX_USAGE), never NOT VALID's 1: nothing was verified.
        assert result.returncode == 64 and result.stdout == "", result.stdout
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("fieldmon: The fingerprint must be"), lines


def test_a_close_but_wrong_fingerprint_is_not_trusted(real: Real) -> None:
    """One digit off: a mismatch, stated with both fingerprints, exit status 1."""
    digits = real.monitor_fp.replace(":", "")
    wrong = digits[:-1] + ("0" if digits[-1] != "0" else "1")
    result = run_cli("verify", str(real.pdf), "--fingerprint", wrong)
    assert result.returncode == 1, result.stdout + result.stderr
    trust = next(line for line in result.stdout.splitlines() if line.startswith("Trust:"))
    assert grouped(wrong) in trust and grouped(real.monitor_fp) in trust, trust
    assert "NOT TRUSTED" in trust
    assert verdict_line(result.stdout) == "Verdict:       NOT VALID"


def test_help_documents_the_exit_statuses() -> None:
    from fieldmon.dossier.verify import Outcome

    result = run_cli("verify", "--help")
    text = re.sub(r"\s+", " ", result.stdout)
    assert result.returncode == 0
    assert "--fingerprint HEX" in text
    assert "10 SIGNER UNVERIFIED" in text and "0 VALID" in text and "1 NOT VALID" in text
    assert Outcome.SIGNER_UNVERIFIED.exit_status == UNVERIFIED_EXIT
