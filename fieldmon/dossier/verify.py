"""`fieldmon verify`: is this dossier exactly what the monitor signed, and do its annexes match
its manifest? Uses pyHanko's validator; needs no vault."""

from __future__ import annotations

import hashlib
import io
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from fieldmon.crypto import identity
from fieldmon.dossier.signature import MANIFEST_NAME
from fieldmon.errors import FieldMonError


@dataclass
class Verdict:
    """What :func:`verify_pdf` found.

    :ivar signer: the signing certificate's subject.
    :ivar signer_fingerprint: the certificate's SHA-256, hex.
    :ivar signing_time: the time the signer's computer stated, ``YYYY-MM-DD HH:MM:SS UTC``.
    :ivar intact: whether the signed bytes are unchanged and the signature is valid.
    :ivar whole_file: whether the signature covers the whole file (nothing added after it).
    :ivar trusted: whether the certificate was issued by a given root; None when none was
        given.
    :ivar manifest_ok: whether the manifest is present, names the signer's certificate, and
        every annex it lists is attached with the SHA-256 it gives.
    :ivar problems: each problem found, in plain words.
    :ivar annexes: how many annexes the manifest lists.
    """

    signer: str = "-"
    signer_fingerprint: str = "-"
    signing_time: str = "-"
    intact: bool = False
    whole_file: bool = False
    trusted: bool | None = None
    """None when no trust anchor was given."""
    manifest_ok: bool = False
    problems: list[str] = field(default_factory=list)
    annexes: int = 0

    @property
    def ok(self) -> bool:
        """Whether the dossier is valid: intact, signed over the whole file, its manifest matching,
        and not found untrusted.
        """
        return self.intact and self.whole_file and self.manifest_ok and self.trusted is not False


def _embedded_files(reader: PdfFileReader) -> dict[str, bytes]:
    """Every file attached to the PDF (its EmbeddedFiles name tree), by name."""
    files: dict[str, bytes] = {}
    root = reader.root
    if "/Names" not in root or "/EmbeddedFiles" not in root["/Names"]:
        return files

    def walk(node: Any) -> None:
        if "/Names" in node:
            pairs = node["/Names"]
            for i in range(0, len(pairs), 2):
                files[str(pairs[i])] = pairs[i + 1]["/EF"]["/F"].data
        if "/Kids" in node:
            for kid in node["/Kids"]:
                walk(kid.get_object() if hasattr(kid, "get_object") else kid)

    walk(root["/Names"]["/EmbeddedFiles"])
    return files


def verify_pdf(path: Path, trust_root_pem: bytes | None = None) -> Verdict:
    """Check a dossier's signature with pyHanko's validator, offline, and its annexes against its
    manifest.

    A problem with the file itself (not a PDF, no signature, a broken signature) is reported in
    the verdict, not raised.

    :param path: the PDF.
    :param trust_root_pem: PEM certificates to trust as roots, or None not to check trust.
    :return: the verdict.
    :raises FieldMonError: if the file does not exist or is a folder, or ``trust_root_pem``
        holds no PEM certificate.
    """
    # pyHanko logs every failed check with a traceback; the verdict says it in plain words.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise FieldMonError(f"{path}: no such file.") from None
    except IsADirectoryError:
        raise FieldMonError(f"{path} is a folder, not a PDF.") from None
    verdict = Verdict()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        verdict.problems.append(f"the file cannot be read as a PDF ({error})")
        return verdict
    if not signatures:
        verdict.problems.append("the PDF has no signature")
        return verdict
    if len(signatures) > 1:
        verdict.problems.append(f"the PDF has {len(signatures)} signatures; a dossier has one")
    roots: list[Any] = []
    if trust_root_pem is not None:
        try:
            roots = [
                asn1_x509.Certificate.load(der) for der in identity.load_pem_chain(trust_root_pem)
            ]
        except ValueError:
            raise FieldMonError("The --trust file holds no PEM certificate.") from None
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    signature = signatures[0]
    try:
        status = validate_pdf_signature(signature, context)
    except Exception as error:  # pyHanko raises many kinds on a damaged file
        verdict.problems.append(f"the signature cannot be checked ({error})")
        return verdict
    cert = signature.signer_cert
    verdict.signer = cert.subject.human_friendly
    verdict.signer_fingerprint = identity.cert_fingerprint(cert.dump())
    if status.signer_reported_dt is not None:
        verdict.signing_time = status.signer_reported_dt.strftime("%Y-%m-%d %H:%M:%S UTC")
    verdict.intact = bool(status.intact and status.valid)
    verdict.whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not verdict.intact:
        verdict.problems.append("the signed bytes were changed after signing")
    elif not verdict.whole_file:
        verdict.problems.append("content was added after the signature")
    if roots:
        verdict.trusted = bool(status.trusted)
        if not verdict.trusted:
            verdict.problems.append("the signer's certificate was not issued by the given root")
    _check_manifest(reader, verdict)
    return verdict


def _check_manifest(reader: PdfFileReader, verdict: Verdict) -> None:
    try:
        files = _embedded_files(reader)
    except (KeyError, TypeError, ValueError) as error:
        verdict.problems.append(f"the attached files cannot be read ({error})")
        return
    raw = files.get(MANIFEST_NAME)
    if raw is None:
        verdict.problems.append("the evidence manifest is missing")
        return
    try:
        manifest = json.loads(raw)
    except json.JSONDecodeError:
        verdict.problems.append("the evidence manifest is not valid JSON")
        return
    problems = []
    if manifest.get("signer_certificate_sha256") != verdict.signer_fingerprint:
        problems.append("the manifest names another signer's certificate")
    for annex in manifest.get("annexes", []):
        content = files.get(annex["file"])
        if content is None:
            problems.append(f"annex {annex['number']} ({annex['file']}) is missing")
        elif hashlib.sha256(content).hexdigest() != annex["sha256"]:
            problems.append(f"annex {annex['number']} ({annex['file']}) does not match its hash")
    verdict.annexes = len(manifest.get("annexes", []))
    verdict.problems += problems
    verdict.manifest_ok = not problems


def describe(verdict: Verdict, trust_given: bool) -> list[str]:
    """The verdict in plain words, one line per point.

    :param verdict: what :func:`verify_pdf` found.
    :param trust_given: whether a trust root was given (otherwise trust is "not checked").
    :return: the lines, ending with the verdict: VALID or NOT VALID.
    """
    lines = [
        f"Signer:        {verdict.signer}",
        f"Certificate:   SHA-256 {verdict.signer_fingerprint}",
        f"Signed at:     {verdict.signing_time} (as stated by the signer's computer)",
    ]
    if verdict.intact and verdict.whole_file:
        lines.append("Integrity:     intact: not one byte changed since it was signed")
    elif verdict.intact:
        lines.append("Integrity:     the signed part is intact, but content was added after it")
    else:
        lines.append("Integrity:     BROKEN: the document was changed after it was signed")
    if not trust_given:
        lines.append(
            "Trust:         not checked; give the organisation's root with --trust"
            " ROOT.pem, or compare the certificate fingerprint above with theirs"
        )
    elif verdict.trusted:
        lines.append("Trust:         the signer's certificate was issued by the given root")
    else:
        lines.append("Trust:         NOT TRUSTED: the certificate was not issued by the given root")
    if verdict.manifest_ok:
        lines.append(
            f"Manifest:      matches: {verdict.annexes} annex file(s), each with the"
            " SHA-256 taken at collection"
        )
    else:
        lines.append("Manifest:      DOES NOT MATCH")
    lines += [f"Problem:       {p}" for p in verdict.problems]
    lines.append("Verdict:       VALID" if verdict.ok else "Verdict:       NOT VALID")
    return lines
