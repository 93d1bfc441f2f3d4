"""PDF (ISO 32000-1): the document information dictionary (§14.3.3) and XMP metadata stream."""

from __future__ import annotations

import io
from typing import Any, BinaryIO

from fieldmon.vault.metadata.report import MetadataReport, _Found, _Unreadable
from fieldmon.vault.metadata.xmp import _read_xmp

_PDF_READ_LIMIT = 256 * 1024 * 1024  # a PDF is read whole to find its trailer


def _inspect_pdf(source: BinaryIO, kind: str) -> MetadataReport:
    """A PDF's report from its /Info dictionary and its catalog's /Metadata stream, read with
    pyHanko's reader (not strict); the file is read whole, up to 256 MiB.

    :raises _Unreadable: for a file too large, /Info not a dictionary, /Metadata not a stream.
    :raises Exception: whatever the parser raises on a damaged file (`inspect` reports it).
    """
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = source.read(_PDF_READ_LIMIT + 1)
    if len(data) > _PDF_READ_LIMIT:
        raise _Unreadable("PDF file too large to read")
    found = _Found()
    # Any failure of the parser (a damaged file, /Info that is no dictionary, a reference to
    # itself, a missing /Root) is reported by inspect as not checked.
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    info: Any = reader.trailer_view.get("/Info")
    info = info.get_object() if hasattr(info, "get_object") else info
    xmp: Any = reader.root.get("/Metadata")
    xmp = xmp.get_object() if hasattr(xmp, "get_object") else xmp
    if xmp is not None and not hasattr(xmp, "data"):
        raise _Unreadable("/Metadata is not a stream")
    xmp_data = xmp.data if xmp is not None else None
    if info is not None:
        if not isinstance(info, dict):
            raise _Unreadable("/Info is not a dictionary")
        for key, value in info.items():
            value = value.get_object() if hasattr(value, "get_object") else value
            text = str(value).strip()[:4096]
            if key == "/Author":
                found.add_author(text)
            elif key != "/Trapped":
                found.add_other(str(key).lstrip("/").lower(), text)
    if xmp_data:
        _read_xmp(xmp_data, found)
    return found.report(kind)
