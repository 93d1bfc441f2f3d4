"""The cross-reference sections of a PDF counted before pyHanko reads them.

pyHanko's reader (version 0.38) makes one entry for every object number a cross-reference
stream declares (ISO 32000-1, 7.5.8), whether or not the stream holds data for it: a stream of
a few bytes declaring ``/Index [0 1000000000]``, or with ``/W [0 0 0]``, keeps it busy for
hours and fills the memory. This walk follows the same chain of sections pyHanko follows
(``startxref``, then ``/Prev`` and ``/XRefStm``), reads each section's dictionary with
pyHanko's own parser, and refuses the file before pyHanko builds a single entry when the
sections declare more than :data:`MAX_XREF_ENTRIES` objects, number more than
:data:`MAX_XREF_SECTIONS`, or a stream's ``/W`` or ``/Index`` is malformed. A classic
cross-reference table (ISO 32000-1, 7.5.4) takes 20 bytes an entry in the file, so it is
counted by its length.

What this walk cannot read is left to pyHanko, which reports it as damage.
"""

from __future__ import annotations

import io
import os
from typing import Any, BinaryIO, cast

from pyhanko.pdf_utils import generic, misc
from pyhanko.pdf_utils.reader import process_data_at_eof
from pyhanko.pdf_utils.xref import XRefBuilder

from fieldmon.dossier.bounded_pdf import UnreadablePdf

MAX_XREF_ENTRIES = 1_000_000
"""The most objects all cross-reference sections of a PDF may declare together (a dossier
with 45 annexes declares about 1,000)."""
MAX_XREF_SECTIONS = 1_000
"""The most cross-reference sections (revisions) followed; a signed dossier has two."""
TAIL_BYTES = 4096
"""How much of the end of the file is read for ``startxref`` and ``%%EOF``."""
_TABLE_ENTRY_BYTES = 20
_SEARCH_BYTES = 64 * 1024


def check_xref_bounds(handle: BinaryIO) -> None:
    """Refuse a PDF whose cross-reference sections declare more objects than may be read.

    :param handle: the open PDF (its position is moved).
    :raises UnreadablePdf: if it does not begin with ``%PDF-``; if ``startxref`` and
        ``%%EOF`` are not on its last lines (within the last TAIL_BYTES, 4 KiB); if the
        sections declare more than :data:`MAX_XREF_ENTRIES` objects together, or there are
        more than :data:`MAX_XREF_SECTIONS` sections; or if a cross-reference stream's ``/W``
        or ``/Index`` is not what ISO 32000-1 table 17 allows.
    """
    handle.seek(0)
    if not handle.read(5) == b"%PDF-":  # ISO 32000-1, 7.5.2: the first line is the header
        raise UnreadablePdf("it does not begin with %PDF-")
    position: int | None = _startxref(handle)
    seen: set[int] = set()
    pending: list[int] = []
    total = 0
    while position is not None or pending:
        if position is None:
            position = pending.pop()
        if position in seen:
            return  # a loop: pyHanko refuses it
        seen.add(position)
        if len(seen) > MAX_XREF_SECTIONS:
            raise UnreadablePdf(f"more than {MAX_XREF_SECTIONS} cross-reference sections")
        try:
            declared, position, hybrid = _section(handle, position)
        except UnreadablePdf:
            raise  # a ValueError too, but one of ours
        except (misc.PdfError, ValueError, KeyError, TypeError, IndexError, OSError):
            return  # what cannot be read here, pyHanko reports
        if hybrid is not None:
            pending.append(hybrid)
        total += declared
        if total > MAX_XREF_ENTRIES:
            raise UnreadablePdf(
                f"the cross-reference sections declare more than {MAX_XREF_ENTRIES} objects"
            )


def _startxref(handle: BinaryIO) -> int:
    """The last ``startxref`` offset, found as pyHanko finds it but in the file's last
    TAIL_BYTES only.

    pyHanko reads the end of the file backwards a line at a time, a byte at a time, keeping the
    line: a file that ends in 200 MiB without a line break would keep it busy for minutes and
    hold gigabytes. ISO 32000-1 (7.5.5) puts ``startxref``, the offset and ``%%EOF`` on the
    last three lines; they are looked for in the tail alone.
    """
    size = handle.seek(0, os.SEEK_END)
    handle.seek(max(0, size - TAIL_BYTES))
    tail = io.BytesIO(handle.read(TAIL_BYTES))
    try:
        tail.seek(-1, os.SEEK_END)
        return process_data_at_eof(tail)
    except (misc.PdfError, ValueError, OSError):
        raise UnreadablePdf(
            f"no startxref and %%EOF marker on the last lines, within its last {TAIL_BYTES} bytes"
        ) from None


def _section(handle: BinaryIO, position: int) -> tuple[int, int | None, int | None]:
    """(objects declared, the previous section's position, a hybrid stream's position)."""
    handle.seek(position)
    misc.skip_over_whitespace(handle)
    start = handle.tell()
    if handle.read(4) == b"xref":
        end = _find(handle, b"trailer")
        handle.seek(end + len(b"trailer"))
        # No reference is resolved here, so the reader pyHanko would pass is not needed.
        trailer = generic.DictionaryObject.read_from_stream(handle, cast(Any, None))
        hybrid = trailer.get("/XRefStm")
        return (
            max(0, end - start) // _TABLE_ENTRY_BYTES,
            _number_or_none(trailer.get("/Prev")),
            _number_or_none(hybrid),
        )
    handle.seek(start)
    builder = XRefBuilder(
        handler=cast(Any, None), stream=handle, strict=False, last_startxref=start
    )
    _, stream = builder._read_xref_stream_object()
    widths = stream.get("/W")
    if (
        not isinstance(widths, generic.ArrayObject)
        or len(widths) != 3
        or not all(isinstance(w, generic.NumberObject) and 0 <= w <= 8 for w in widths)
    ):
        raise UnreadablePdf("a cross-reference stream has a malformed /W")
    index = stream.get("/Index", generic.ArrayObject([0, stream.get("/Size")]))
    if (
        not isinstance(index, generic.ArrayObject)
        or len(index) % 2
        or not all(isinstance(n, (int, generic.NumberObject)) and n >= 0 for n in index)
    ):
        raise UnreadablePdf("a cross-reference stream has a malformed /Index or /Size")
    declared = sum(int(index[i + 1]) for i in range(0, len(index), 2))
    if declared and sum(widths) == 0:
        raise UnreadablePdf("a cross-reference stream declares entries of no width (/W)")
    return declared, _number_or_none(stream.get("/Prev")), None


def _number_or_none(value: object) -> int | None:
    return int(value) if isinstance(value, generic.NumberObject) else None


def _find(handle: BinaryIO, word: bytes) -> int:
    """The position of the next ``word``, read in bounded chunks."""
    base = handle.tell()
    carry = b""
    while True:
        chunk = handle.read(_SEARCH_BYTES)
        if not chunk:
            raise misc.PdfReadError(f"no {word.decode()} keyword")
        found = (carry + chunk).find(word)
        if found >= 0:
            return base - len(carry) + found
        base += len(chunk)
        carry = chunk[-len(word) :]
