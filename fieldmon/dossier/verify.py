"""`fieldmon verify`: is this dossier exactly what the monitor signed, do its annexes match its
manifest, and who signed it? Uses pyHanko's validator; needs no vault.

A signature proves the document is unchanged since a certificate's key signed it; it proves who
signed only if that certificate is checked against something the person verifying got from the
monitor's organisation by another way: its root certificate (``--trust ROOT.pem``) or a
certificate's SHA-256 fingerprint (``--fingerprint HEX``). Anyone can make a certificate named
"FieldMon monitor". So there are three outcomes (:class:`Outcome`), each with its exit status:

- 0, VALID: unchanged, annexes matching, signer checked against the root or fingerprint given;
- 1, NOT VALID: changed, unreadable, annexes not matching, or the signer not the one given;
- 10, SIGNER UNVERIFIED: unchanged and annexes matching, but nothing was given to check the
  signer against; the fingerprint to compare is shown in groups of four hex digits.
"""

from __future__ import annotations

import enum
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Literal

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


MAX_TRUST_BYTES = 1024 * 1024
"""The largest root certificate file read: a PEM chain of a few certificates is a few KiB."""


def read_trust_file(path: Path) -> bytes:
    """A root certificate file given to check the signer against (``--trust``, or chosen in the
    desktop app), read within the limits of :mod:`fieldmon.dossier.bounded_pdf`.

    :param path: the PEM file.
    :return: its bytes, at most :data:`MAX_TRUST_BYTES` (1 MiB).
    :raises FieldMonError: if it does not exist, is not a regular file (a named pipe or a
        device is refused without being opened), is larger, or cannot be read.
    """
    return bounded_pdf.read_regular_file(Path(path), MAX_TRUST_BYTES, "PEM file")


class Outcome(enum.Enum):
    """The verdict in one word, each with its own exit status of ``fieldmon verify``."""

    VALID = "VALID"
    """Unchanged since signed, annexes matching, and the signer checked against a root or a
    fingerprint given by the person verifying (exit status 0)."""
    NOT_VALID = "NOT VALID"
    """Changed, unreadable, annexes not matching, or the signer not the one given (exit status
    1)."""
    SIGNER_UNVERIFIED = "SIGNER UNVERIFIED"
    """Unchanged since signed and annexes matching, but no root or fingerprint was given, so
    nothing shows who signed it: anyone can make a certificate with any name (exit status
    10)."""

    @property
    def exit_status(self) -> int:
        """The exit status of ``fieldmon verify`` for this outcome.

        :return: 0, 1 or 10 (:data:`EXIT_STATUS`).
        """
        return EXIT_STATUS[self]


EXIT_STATUS = {Outcome.VALID: 0, Outcome.NOT_VALID: 1, Outcome.SIGNER_UNVERIFIED: 10}
"""``fieldmon verify``'s exit status for each outcome; 2 is argparse's usage error, so the
unverified signer has a status of its own that no other FieldMon command uses."""


@dataclass
class Verdict:
    """What :func:`verify_pdf` found.

    :ivar signer: the signing certificate's subject: only what the certificate claims.
    :ivar signer_fingerprint: the certificate's SHA-256, colon-separated hex.
    :ivar issuer: the subject of a certificate carried in the signature that issued the
        signer's certificate (its signature checked), or None if there is none.
    :ivar issuer_fingerprint: that certificate's SHA-256, colon-separated hex, or None.
    :ivar signing_time: the time the signer's computer stated, ``YYYY-MM-DD HH:MM:SS UTC``.
    :ivar intact: whether the signed bytes are unchanged and the signature is valid.
    :ivar whole_file: whether the signature covers the whole file (nothing added after it).
    :ivar checked_against: what the signer was checked against: ``"root"`` (a root
        certificate given), ``"fingerprint"`` (a pinned SHA-256), or None (nothing given).
    :ivar pinned: the fingerprint given, colon-separated hex, or None.
    :ivar pinned_is: which certificate the pinned fingerprint is: ``"signer"``, ``"issuer"``
        (a certificate carried in the signature), or None if neither.
    :ivar trusted: whether the signer's certificate was found to be the pinned one or to be
        issued by the given root (or the pinned one); None when nothing was given.
    :ivar manifest_ok: whether the manifest is present, names the signer's certificate, and
        every annex it lists is attached with the SHA-256 it gives.
    :ivar problems: each problem found, in plain words.
    :ivar annexes: how many annexes the manifest lists.
    :ivar checked: whether a signature was found and checked at all.
    """

    signer: str = "-"
    signer_fingerprint: str = "-"
    issuer: str | None = None
    issuer_fingerprint: str | None = None
    signing_time: str = "-"
    intact: bool = False
    whole_file: bool = False
    checked_against: Literal["root", "fingerprint"] | None = None
    pinned: str | None = None
    pinned_is: Literal["signer", "issuer"] | None = None
    trusted: bool | None = None
    """None when no trust anchor was given."""
    manifest_ok: bool = False
    problems: list[str] = field(default_factory=list)
    annexes: int = 0
    checked: bool = False

    @property
    def unchanged(self) -> bool:
        """Whether the document is exactly what was signed: intact, signed over the whole file,
        its manifest matching. Says nothing about who signed it.
        """
        return self.intact and self.whole_file and self.manifest_ok

    @property
    def outcome(self) -> Outcome:
        """The verdict: VALID only when the document is unchanged and the signer was checked
        and trusted; SIGNER UNVERIFIED when unchanged and nothing was given to check the
        signer against; NOT VALID otherwise.
        """
        if not self.unchanged or self.trusted is False:
            return Outcome.NOT_VALID
        if self.trusted is None:
            return Outcome.SIGNER_UNVERIFIED
        return Outcome.VALID


def parse_fingerprint(text: str) -> str:
    """A SHA-256 certificate fingerprint as a person types or pastes it.

    :param text: 64 hexadecimal digits, in either case, with or without spaces, colons or
        hyphens between them (as ``fieldmon identity show``, browsers and NSS print them), and
        with or without the ``SHA-256`` label ``verify`` prints before them.
    :return: the fingerprint as 32 upper-case hex pairs joined by colons, the form of
        :func:`fieldmon.crypto.identity.cert_fingerprint`.
    :raises FieldMonError: if what remains is not 64 hexadecimal digits.
    """
    digits = "".join(text.split()).replace(":", "").replace("-", "").upper()
    if digits.startswith("SHA256") and len(digits) == 6 + 64:  # pasted with verify's label
        digits = digits[6:]
    if len(digits) != 64 or not all(c in "0123456789ABCDEF" for c in digits):
        raise FieldMonError(
            "The fingerprint must be the 64 hexadecimal digits of a SHA-256; spaces and colons"
            " between them are ignored."
        )
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def read_aloud(fingerprint: str) -> str:
    """A fingerprint in groups of four hex digits, to read aloud or compare by eye.

    :param fingerprint: colon-separated hex, as in :class:`Verdict`, or "-".
    :return: e.g. ``6986 E7B8 E64C ...`` (16 groups for a SHA-256), or the input unchanged if
        it holds no hex digit.
    """
    digits = fingerprint.replace(":", "")
    if digits in ("", "-"):
        return fingerprint
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def _embedded_files(reader: PdfFileReader) -> dict[str, bytes]:
    """Every file attached to the PDF (its EmbeddedFiles name tree), by name, each read whole
    (at most :data:`~fieldmon.dossier.bounded_pdf.MAX_EMBEDDED_FILE_BYTES`); for tests and
    inspection. :func:`verify_pdf` hashes annexes in chunks instead."""
    budget = bounded_pdf.DecodeBudget()
    return {
        name: bounded_pdf.read_stream(stream, bounded_pdf.MAX_EMBEDDED_FILE_BYTES, budget)
        for name, stream in bounded_pdf.embedded_file_streams(reader).items()
    }


def verify_pdf(
    path: Path, trust_root_pem: bytes | None = None, fingerprint: str | None = None
) -> Verdict:
    """Check a dossier's signature with pyHanko's validator, offline, and its annexes against its
    manifest; check who signed it against a root certificate or a pinned fingerprint, if given.

    A problem with the file's content (not a PDF, no signature, a broken signature, damaged or
    oversized attached files, a manifest that is not what FieldMon writes) is reported in the
    verdict, one line each, not raised. The file is read within the limits of
    :mod:`fieldmon.dossier.bounded_pdf`: a regular file of at most
    :data:`~fieldmon.dossier.bounded_pdf.MAX_PDF_BYTES`, streams decoded within
    :data:`~fieldmon.dossier.bounded_pdf.DECODE_LIMITS`, embedded files decompressed in chunks
    up to their caps.

    A pinned fingerprint is trusted when it is the signer's certificate's SHA-256, or that of a
    certificate carried in the signature from which pyHanko's validator builds a valid path to
    the signer's (RFC 5280, 6.1), as if it were given with ``trust_root_pem``. Without either,
    the verdict's signer stays unverified (:attr:`Outcome.SIGNER_UNVERIFIED`): the name in a
    certificate is whatever its maker typed.

    :param path: the PDF.
    :param trust_root_pem: PEM certificates to trust as roots, or None.
    :param fingerprint: a SHA-256 certificate fingerprint as typed (see
        :func:`parse_fingerprint`), or None; not together with ``trust_root_pem``.
    :return: the verdict.
    :raises FieldMonError: if the file does not exist, is a folder, a named pipe, a device or a
        socket, is larger than MAX_PDF_BYTES, or cannot be opened; ``trust_root_pem`` holds
        no PEM certificate; the fingerprint is not 64 hex digits; or both a root and a
        fingerprint are given.
    """
    # pyHanko logs every failed check with a traceback; the verdict says it in plain words.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    if trust_root_pem is not None and fingerprint is not None:
        raise FieldMonError("Give either a root certificate or a fingerprint, not both.")
    pinned = parse_fingerprint(fingerprint) if fingerprint is not None else None
    roots: list[Any] = []
    if trust_root_pem is not None:
        try:
            roots = [
                asn1_x509.Certificate.load(der) for der in identity.load_pem_chain(trust_root_pem)
            ]
        except ValueError:
            raise FieldMonError("The --trust file holds no PEM certificate.") from None
    with bounded_pdf.open_regular_file(Path(path), bounded_pdf.MAX_PDF_BYTES) as handle:
        verdict = Verdict(pinned=pinned)
        if roots:
            verdict.checked_against = "root"
        elif pinned is not None:
            verdict.checked_against = "fingerprint"
        try:
            _verify(handle, roots, verdict)
        except RecursionError:
            # pyHanko's parser recurses into nested arrays and dictionaries.
            verdict.problems.append("the file nests objects too deeply to be read as a PDF")
        except OSError as error:
            raise FieldMonError(f"{path} cannot be read ({error.strerror}).") from None
    return verdict


def _issuer(signer: Any, others: list[Any]) -> Any | None:
    """The first certificate carried in the signature that directly issued the signer's."""
    for other in others:
        try:
            if identity.issued_by(signer.dump(), other.dump()):
                return other
        except ValueError:  # not a certificate cryptography can read
            continue
    return None


def _pinned_roots(signature: Any, verdict: Verdict) -> list[Any]:
    """The certificate carried in the signature whose fingerprint was pinned, as the only
    root; none if no carried certificate has it."""
    signer = signature.signer_cert
    if identity.cert_fingerprint(signer.dump()) == verdict.pinned:
        verdict.pinned_is = "signer"
        return [signer]
    for other in signature.other_embedded_certs:
        if identity.cert_fingerprint(other.dump()) == verdict.pinned:
            verdict.pinned_is = "issuer"
            return [other]
    return []


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
    signature = signatures[0]
    try:
        if verdict.pinned is not None:
            roots = _pinned_roots(signature, verdict)
        status = validate_pdf_signature(
            signature, ValidationContext(trust_roots=roots, allow_fetching=False)
        )
        cert = signature.signer_cert
        issuer = _issuer(cert, signature.other_embedded_certs)
    except _PYHANKO_VALIDATION_ERRORS as error:
        verdict.problems.append(f"the signature cannot be checked ({shown(error)})")
        return
    verdict.checked = True
    verdict.signer = shown(cert.subject.human_friendly, 200)
    verdict.signer_fingerprint = identity.cert_fingerprint(cert.dump())
    if issuer is not None:
        verdict.issuer = shown(issuer.subject.human_friendly, 200)
        verdict.issuer_fingerprint = identity.cert_fingerprint(issuer.dump())
    if status.signer_reported_dt is not None:
        verdict.signing_time = status.signer_reported_dt.strftime("%Y-%m-%d %H:%M:%S UTC")
    verdict.intact = bool(status.intact and status.valid)
    verdict.whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not verdict.intact:
        verdict.problems.append("the signed bytes were changed after signing")
    elif not verdict.whole_file:
        verdict.problems.append("content was added after the signature")
    if verdict.checked_against is not None:
        verdict.trusted = bool(roots and status.trusted)
        if verdict.trusted:
            pass
        elif verdict.checked_against == "root" or verdict.pinned_is is not None:
            verdict.problems.append("the signer's certificate was not issued by the given root")
        else:
            verdict.problems.append("the signer's certificate does not have the fingerprint given")
    found = check_manifest(reader, verdict.signer_fingerprint)
    verdict.manifest_ok, verdict.annexes = found.ok, found.annexes
    verdict.problems += found.problems


LABEL_WIDTH = 15
"""Each line of :func:`describe` is a label padded to this many characters, then the text."""


def _line(label: str, text: str) -> str:
    return f"{label + ':':<{LABEL_WIDTH}}{text}"


def _signer_lines(verdict: Verdict) -> list[str]:
    lines = [
        _line(
            "Signer",
            f"{verdict.signer} (as the certificate states it; anyone can make a"
            " certificate with any name)"
            if verdict.checked
            else verdict.signer,
        ),
        _line("Fingerprint", f"SHA-256 {read_aloud(verdict.signer_fingerprint)}"),
    ]
    if verdict.issuer is not None and verdict.issuer_fingerprint is not None:
        lines.append(
            _line(
                "Issued by",
                f"{verdict.issuer}, SHA-256 {read_aloud(verdict.issuer_fingerprint)}"
                " (carried in the file; its name, too, is only what it claims)",
            )
        )
    lines.append(_line("Signed at", f"{verdict.signing_time} (as stated by the signer's computer)"))
    return lines


def _integrity_line(verdict: Verdict) -> str:
    if not verdict.checked:
        return _line("Integrity", "NOT CHECKED: no signature could be checked in this file")
    if verdict.intact and verdict.whole_file:
        return _line("Integrity", "intact: not one byte changed since it was signed")
    if verdict.intact:
        return _line("Integrity", "the signed part is intact, but content was added after it")
    return _line("Integrity", "BROKEN: the document was changed after it was signed")


def _trust_line(verdict: Verdict) -> str:
    pinned = read_aloud(verdict.pinned or "-")
    if verdict.checked_against is None:
        return _line(
            "Trust",
            "SIGNER UNVERIFIED: nothing shows who signed it. Compare the fingerprint above"
            " with the one the monitor's organisation gave you, then run again with"
            " --fingerprint HEX, or give the organisation's root with --trust ROOT.pem",
        )
    if not verdict.checked:
        return _line("Trust", "NOT CHECKED: no signature could be checked in this file")
    if verdict.checked_against == "root":
        if verdict.trusted:
            return _line("Trust", "the signer's certificate was issued by the given root")
        return _line("Trust", "NOT TRUSTED: the certificate was not issued by the given root")
    if verdict.trusted and verdict.pinned_is == "signer":
        return _line("Trust", f"the signer's certificate has the fingerprint given, {pinned}")
    if verdict.trusted:
        return _line(
            "Trust",
            f"the signer's certificate was issued by the root with the fingerprint given, {pinned}",
        )
    if verdict.pinned_is == "issuer":
        return _line(
            "Trust",
            f"NOT TRUSTED: the certificate with the fingerprint given, {pinned}, did not"
            " issue the signer's certificate",
        )
    return _line(
        "Trust",
        f"NOT TRUSTED: the fingerprint given, {pinned}, is not the signer's certificate's,"
        f" {read_aloud(verdict.signer_fingerprint)}, nor that of a root that issued it",
    )


def _manifest_line(verdict: Verdict) -> str:
    if verdict.manifest_ok:
        return _line(
            "Manifest",
            f"matches: {verdict.annexes} annex file(s), each with the SHA-256 taken at collection",
        )
    return _line("Manifest", "DOES NOT MATCH")


def _verdict_line(verdict: Verdict) -> str:
    outcome = verdict.outcome
    if outcome is Outcome.SIGNER_UNVERIFIED:
        return _line(
            "Verdict",
            "SIGNER UNVERIFIED: the document is unchanged since it was signed, but nothing"
            " shows who signed it",
        )
    return _line("Verdict", outcome.value)


def describe(verdict: Verdict) -> list[str]:
    """The verdict in plain words, one line per point, each a label then its text.

    The lines, in order: signer (name as the certificate states it), fingerprint (in groups of
    four hex digits, :func:`read_aloud`), the issuing certificate carried in the file if any,
    signing time, integrity, trust, manifest, each problem, and last the verdict: ``VALID``,
    ``NOT VALID`` or ``SIGNER UNVERIFIED: ...`` (:class:`Outcome`).

    :param verdict: what :func:`verify_pdf` found.
    :return: the lines, without line ends.
    """
    return [
        *_signer_lines(verdict),
        _integrity_line(verdict),
        _trust_line(verdict),
        _manifest_line(verdict),
        *[_line("Problem", p) for p in verdict.problems],
        _verdict_line(verdict),
    ]
