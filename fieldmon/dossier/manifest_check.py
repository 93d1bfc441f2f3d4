"""A dossier's annexes checked against its evidence manifest, for ``fieldmon verify``: the
manifest read within limits and checked to be what FieldMon writes
(:func:`fieldmon.dossier.manifest.build_manifest`), each annex hashed in chunks and cut off
once it is longer than its manifest says.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader

from fieldmon.dossier import bounded_pdf
from fieldmon.dossier.bounded_pdf import shown
from fieldmon.dossier.manifest import MANIFEST_NAME

MAX_PROBLEMS = 20
"""The most annex problems listed one by one; the rest are counted on one more line."""
_SHA256 = re.compile(r"[0-9a-f]{64}")


@dataclass
class ManifestCheck:
    """What :func:`check_manifest` found.

    :ivar ok: the manifest is present, well formed, names the signer's certificate, and every
        annex it lists is attached with the SHA-256 and size it gives.
    :ivar annexes: how many annexes the manifest lists (0 if it cannot be read).
    :ivar problems: each problem, one line of plain words.
    """

    ok: bool = False
    annexes: int = 0
    problems: list[str] = field(default_factory=list)


def check_manifest(reader: PdfFileReader, signer_fingerprint: str) -> ManifestCheck:
    """Check the annexes attached to a dossier against its evidence manifest.

    The manifest is the embedded file ``manifest.json`` (at most
    :data:`~fieldmon.dossier.bounded_pdf.MAX_MANIFEST_BYTES` decompressed), a JSON object
    (RFC 8259) in the form :func:`fieldmon.dossier.manifest.build_manifest` writes. Each annex
    is decompressed at most to one byte past the size its entry gives (and never past
    :data:`~fieldmon.dossier.bounded_pdf.MAX_EMBEDDED_FILE_BYTES`), hashed as it comes; each
    attached file is hashed once however often it is listed.

    :param reader: the PDF.
    :param signer_fingerprint: the signing certificate's SHA-256, as
        :func:`fieldmon.crypto.identity.cert_fingerprint` gives it.
    :return: what was found; nothing is raised for damage in the file.
    :raises RecursionError: if pyHanko's parser meets objects nested thousands deep.
    """
    check = ManifestCheck()
    try:
        streams = bounded_pdf.embedded_file_streams(reader)
    except (bounded_pdf.UnreadablePdf, PdfError, ValueError, KeyError, TypeError) as error:
        check.problems.append(f"the attached files cannot be read ({shown(error)})")
        return check
    stream = streams.get(MANIFEST_NAME)
    if stream is None:
        check.problems.append("the evidence manifest is missing")
        return check
    budget = bounded_pdf.DecodeBudget()
    try:
        raw = bounded_pdf.read_stream(stream, bounded_pdf.MAX_MANIFEST_BYTES, budget)
    except bounded_pdf.TooLarge:
        check.problems.append(
            "the evidence manifest is larger than"
            f" {bounded_pdf.MAX_MANIFEST_BYTES // bounded_pdf.MiB} MiB when decompressed"
        )
        return check
    except bounded_pdf.UnreadablePdf as error:
        check.problems.append(f"the evidence manifest {error}")
        return check
    try:
        manifest = json.loads(raw)
    except (ValueError, RecursionError):
        # ValueError: not JSON, not UTF-8, or an integer too long to convert (Python's limit on
        # digits); RecursionError: arrays nested thousands deep.
        check.problems.append("the evidence manifest is not valid JSON")
        return check
    annexes = manifest.get("annexes") if isinstance(manifest, dict) else None
    if not isinstance(annexes, list):
        check.problems.append(
            "the evidence manifest is not a FieldMon manifest (not a JSON object with a list"
            " of annexes)"
        )
        return check
    problems = []
    if manifest.get("signer_certificate_sha256") != signer_fingerprint:
        problems.append("the manifest names another signer's certificate")
    hashed: dict[str, tuple[str, int] | str] = {}
    for index, annex in enumerate(annexes, start=1):
        problem = _annex_problem(index, annex, streams, hashed, budget)
        if problem:
            problems.append(problem)
    check.annexes = len(annexes)
    if len(problems) > MAX_PROBLEMS:
        problems[MAX_PROBLEMS:] = [f"and {len(problems) - MAX_PROBLEMS} more problems with annexes"]
    check.problems = problems
    check.ok = not problems
    return check


def _entry_problem(annex: Any) -> str | None:
    if not isinstance(annex, dict):
        return "is not a JSON object"
    if not isinstance(annex.get("file"), str) or not annex["file"]:
        return "names no file"
    if not isinstance(annex.get("sha256"), str) or not _SHA256.fullmatch(annex["sha256"]):
        return "gives no SHA-256"
    size = annex.get("size")
    if type(size) is not int or size < 0:
        return "gives no size"
    return None


def _annex_problem(
    index: int,
    annex: Any,
    streams: dict[str, generic.StreamObject],
    hashed: dict[str, tuple[str, int] | str],
    budget: bounded_pdf.DecodeBudget,
) -> str | None:
    malformed = _entry_problem(annex)
    if malformed:
        return f"annex entry {index} of the manifest {malformed}"
    number, name = shown(annex.get("number", index), 20), annex["file"]
    label = f"annex {number} ({shown(name)})"
    stream = streams.get(name)
    if stream is None:
        return f"{label} is missing"
    if name not in hashed:
        limit = min(annex["size"], bounded_pdf.MAX_EMBEDDED_FILE_BYTES)
        try:
            hashed[name] = bounded_pdf.stream_sha256(stream, limit, budget)
        except bounded_pdf.TooLarge as error:
            hashed[name] = f"is larger than its manifest entry says ({error})"
        except bounded_pdf.UnreadablePdf as error:
            hashed[name] = str(error)
    result = hashed[name]
    if isinstance(result, str):
        return f"{label} {result}"
    digest, size = result
    if digest != annex["sha256"] or size != annex["size"]:
        return f"{label} does not match its hash"
    return None
