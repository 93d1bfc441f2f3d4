"""`fieldmon verify`: is this dossier exactly what the monitor signed, and do its annexes match
its manifest? Uses pyHanko's validator; needs no vault."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from fieldmon.crypto import identity
from fieldmon.dossier import bounded_pdf
from fieldmon.dossier.bounded_pdf import shown
from fieldmon.dossier.manifest_check import check_manifest
from fieldmon.dossier.xref_bounds import check_xref_bounds
from fieldmon.errors import FieldMonError

# What pyHanko's reader raises on a damaged file: its own PdfError family (PdfReadError,
# PdfStreamError, PdfDecodeLimitError...), and plain ValueError, KeyError, TypeError and
# IndexError where its parser meets an object of the wrong type or a short array.
_PYHANKO_READ_ERRORS = (PdfError, ValueError, KeyError, TypeError, IndexError)
# Validation adds asn1crypto's ValueError and TypeError on a malformed CMS object, and pyHanko's
# SignatureValidationError and CMSStructuralError (both ValueError).
_PYHANKO_VALIDATION_ERRORS = _PYHANKO_READ_ERRORS


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
    :ivar checked: whether a signature was found and checked at all.
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
    checked: bool = False

    @property
    def ok(self) -> bool:
        """Whether the dossier is valid: intact, signed over the whole file, its manifest matching,
        and not found untrusted.
        """
        return self.intact and self.whole_file and self.manifest_ok and self.trusted is not False


def _embedded_files(reader: PdfFileReader) -> dict[str, bytes]:
    """Every file attached to the PDF (its EmbeddedFiles name tree), by name, each read whole
    (at most :data:`~fieldmon.dossier.bounded_pdf.MAX_EMBEDDED_FILE_BYTES`); for tests and
    inspection. :func:`verify_pdf` hashes annexes in chunks instead."""
    budget = bounded_pdf.DecodeBudget()
    return {
        name: bounded_pdf.read_stream(stream, bounded_pdf.MAX_EMBEDDED_FILE_BYTES, budget)
        for name, stream in bounded_pdf.embedded_file_streams(reader).items()
    }


def verify_pdf(path: Path, trust_root_pem: bytes | None = None) -> Verdict:
    """Check a dossier's signature with pyHanko's validator, offline, and its annexes against its
    manifest.

    A problem with the file's content (not a PDF, no signature, a broken signature, damaged or
    oversized attached files, a manifest that is not what FieldMon writes) is reported in the
    verdict, one line each, not raised. The file is read within the limits of
    :mod:`fieldmon.dossier.bounded_pdf`: a regular file of at most
    :data:`~fieldmon.dossier.bounded_pdf.MAX_PDF_BYTES`, streams decoded within
    :data:`~fieldmon.dossier.bounded_pdf.DECODE_LIMITS`, embedded files decompressed in chunks
    up to their caps.

    :param path: the PDF.
    :param trust_root_pem: PEM certificates to trust as roots, or None not to check trust.
    :return: the verdict.
    :raises FieldMonError: if the file does not exist, is a folder, a named pipe, a device or a
        socket, is larger than MAX_PDF_BYTES, or cannot be opened; or ``trust_root_pem`` holds
        no PEM certificate.
    """
    # pyHanko logs every failed check with a traceback; the verdict says it in plain words.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    roots: list[Any] = []
    if trust_root_pem is not None:
        try:
            roots = [
                asn1_x509.Certificate.load(der) for der in identity.load_pem_chain(trust_root_pem)
            ]
        except ValueError:
            raise FieldMonError("The --trust file holds no PEM certificate.") from None
    with bounded_pdf.open_regular_file(Path(path), bounded_pdf.MAX_PDF_BYTES) as handle:
        verdict = Verdict()
        try:
            _verify(handle, roots, verdict)
        except RecursionError:
            # pyHanko's parser recurses into nested arrays and dictionaries.
            verdict.problems.append("the file nests objects too deeply to be read as a PDF")
        except OSError as error:
            raise FieldMonError(f"{path} cannot be read ({error.strerror}).") from None
    return verdict


def _verify(handle: BinaryIO, roots: list[Any], verdict: Verdict) -> None:
    if os.fstat(handle.fileno()).st_size == 0:
        verdict.problems.append("the file is empty, not a PDF")
        return
    try:
        check_xref_bounds(handle)
        reader = bounded_pdf.pdf_reader(handle)
        signatures = reader.embedded_signatures
    except (bounded_pdf.UnreadablePdf, *_PYHANKO_READ_ERRORS) as error:
        verdict.problems.append(f"the file cannot be read as a PDF ({shown(error)})")
        return
    if not signatures:
        verdict.problems.append("the PDF has no signature")
        return
    if len(signatures) > 1:
        verdict.problems.append(f"the PDF has {len(signatures)} signatures; a dossier has one")
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    signature = signatures[0]
    try:
        status = validate_pdf_signature(signature, context)
        cert = signature.signer_cert
    except _PYHANKO_VALIDATION_ERRORS as error:
        verdict.problems.append(f"the signature cannot be checked ({shown(error)})")
        return
    verdict.checked = True
    verdict.signer = shown(cert.subject.human_friendly, 200)
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
    found = check_manifest(reader, verdict.signer_fingerprint)
    verdict.manifest_ok, verdict.annexes = found.ok, found.annexes
    verdict.problems += found.problems


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
    if not verdict.checked:
        lines.append("Integrity:     NOT CHECKED: no signature could be checked in this file")
    elif verdict.intact and verdict.whole_file:
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
