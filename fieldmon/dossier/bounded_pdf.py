"""Reading a PDF nobody vouches for, within limits: the file itself (a regular file of bounded
size, opened without blocking), pyHanko's stream decoding, and the embedded files of its name
tree (bounded depth and entries, loops refused, every object's type checked, contents
decompressed in chunks up to a cap and hashed as they come).

``fieldmon verify`` (:mod:`fieldmon.dossier.verify`) reads dossiers that anyone may hand a
recipient; none of these limits is reached by a dossier FieldMon writes.
"""

from __future__ import annotations

import hashlib
import os
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.decode_limits import DecodeLimits, DocumentDecodeBudget, StreamDecodeLimits
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader

from fieldmon.errors import FieldMonError
from fieldmon.vault.layout import entry_kind

MiB = 1024 * 1024

MAX_PDF_BYTES = 256 * MiB
"""The largest PDF ``fieldmon verify`` reads (as the largest case file FieldMon imports)."""
MAX_MANIFEST_BYTES = 16 * MiB
"""The largest evidence manifest, decompressed; a manifest of 1,000 annexes is under 1 MiB."""
MAX_EMBEDDED_FILE_BYTES = 1024 * MiB
"""The most bytes an embedded file is decompressed to (in chunks, hashed as they come, never
held whole); an annex is also cut off one byte after the size its manifest entry gives."""
MAX_DECODED_TOTAL_BYTES = 2048 * MiB
"""The most bytes all the embedded files of one PDF are decompressed to, together."""
MAX_NAME_TREE_DEPTH = 32
"""The deepest a name tree of embedded files may go (a balanced tree of 10,000 files needs 3)."""
MAX_NAME_TREE_NODES = 10_000
"""The most nodes of the embedded files' name tree that are visited."""
MAX_EMBEDDED_FILES = 10_000
"""The most embedded files (name tree entries) read."""
CHUNK_BYTES = MiB
"""How much is decompressed at a time."""

DECODE_LIMITS = DecodeLimits(
    per_stream=StreamDecodeLimits(max_output_size=64 * MiB),
    document_budget=DocumentDecodeBudget(base_allowance=128 * MiB, max_ratio=1),
)
"""What pyHanko may decode of one PDF (cross-reference and object streams, and any embedded
file in a filter other than plain Flate): at most 64 MiB a stream, at most the larger of
128 MiB and the file's size in all (pyHanko's decode limits, version 0.38)."""


class UnreadablePdf(ValueError):
    """A PDF whose structure or embedded files cannot be read within the limits; the message
    says what is wrong, in plain words, on one line."""


def shown(text: object, limit: int = 80) -> str:
    """Text from a file made safe for one line of output: control and format characters
    replaced by ``?``, cut to ``limit`` characters.

    :param text: anything; converted with :func:`str`.
    :param limit: the most characters kept (an ellipsis marks a cut).
    :return: one printable line.
    """
    line = "".join(
        c if c.isprintable() and c not in "\u2028\u2029" else "?" for c in str(text)[: limit + 1]
    )
    return line if len(line) <= limit else line[: limit - 1] + "…"


def open_regular_file(path: Path, limit: int, what: str = "PDF") -> BinaryIO:
    """Open a file for reading only if it is a regular file of at most ``limit`` bytes.

    The path is checked with :func:`os.stat` before it is opened, so that a named pipe (which
    would wait for a writer) or a device such as ``/dev/zero`` (which never ends) is refused
    without being opened; the file is then opened with ``O_NONBLOCK`` and checked again with
    :func:`os.fstat`, in case the path was swapped in between (POSIX open(2), fstat(2)).

    :param path: the file.
    :param limit: the largest size accepted, in bytes.
    :param what: what the file should be, for the messages ("PDF", "PEM file").
    :return: the open file, positioned at its start; the caller closes it.
    :raises FieldMonError: if the path does not exist, is a folder, a named pipe, a device or a
        socket, is larger than ``limit``, or cannot be opened (permission, I/O error).
    """
    try:
        before = os.stat(path)
    except FileNotFoundError:
        raise FieldMonError(f"{path}: no such file.") from None
    except OSError as error:
        raise FieldMonError(f"{path} cannot be read ({error.strerror}).") from None
    _check_regular(path, before, limit, what)
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        raise FieldMonError(f"{path} cannot be read ({error.strerror}).") from None
    try:
        after = os.fstat(fd)
        if (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino):
            raise FieldMonError(f"{path} changed while it was being opened; try again.")
        _check_regular(path, after, limit, what)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _check_regular(path: Path, status: os.stat_result, limit: int, what: str) -> None:
    if stat.S_ISDIR(status.st_mode):
        raise FieldMonError(f"{path} is a folder, not a {what}.")
    if not stat.S_ISREG(status.st_mode):
        raise FieldMonError(
            f"{path} is {entry_kind(status.st_mode)}, not a {what}; only a regular file is read."
        )
    if status.st_size > limit:
        raise FieldMonError(
            f"{path} is too large to be a {what} FieldMon reads: {status.st_size} bytes,"
            f" more than {limit // MiB if limit >= MiB else limit}"
            f" {'MiB' if limit >= MiB else 'bytes'}."
        )


def read_regular_file(path: Path, limit: int, what: str) -> bytes:
    """The content of a regular file of at most ``limit`` bytes (see
    :func:`open_regular_file`); at most ``limit`` bytes are read even if it grows meanwhile.

    :param path: the file.
    :param limit: the largest size accepted, in bytes.
    :param what: what the file should be, for the messages.
    :return: its bytes.
    :raises FieldMonError: as :func:`open_regular_file`, or if it grew past ``limit``.
    """
    with open_regular_file(path, limit, what) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as error:
            raise FieldMonError(f"{path} cannot be read ({error.strerror}).") from None
    if len(data) > limit:
        raise FieldMonError(f"{path} grew while it was read; try again.")
    return data


def pdf_reader(handle: BinaryIO) -> PdfFileReader:
    """A pyHanko reader over an open PDF, decoding within :data:`DECODE_LIMITS`.

    :param handle: the open file (:func:`open_regular_file`); it must stay open while the
        reader is used.
    :return: the reader (non-strict: pyHanko repairs what it can, as other viewers do).
    :raises PdfError: if pyHanko cannot read the header, cross-reference data or trailer
        (pyHanko's :class:`~pyhanko.pdf_utils.misc.PdfReadError` and its subclasses, including
        :class:`~pyhanko.pdf_utils.misc.PdfDecodeLimitError` for a stream over the limits).
    :raises ValueError, KeyError, TypeError, IndexError: for damage pyHanko's parser does not
        wrap in its own errors.
    :raises RecursionError: for objects nested thousands deep.
    """
    return PdfFileReader(handle, strict=False, decode_limits=DECODE_LIMITS)


def _resolve(value: object) -> object:
    return value.get_object() if isinstance(value, generic.IndirectObject) else value


def embedded_file_streams(reader: PdfFileReader) -> dict[str, generic.StreamObject]:
    """The embedded file streams of a PDF by name, from its ``/EmbeddedFiles`` name tree
    (ISO 32000-1, 7.7.4 and 7.9.6; file specifications 7.11.3, embedded file streams 7.11.4).

    Nothing is decompressed here. The tree is walked depth first, at most
    :data:`MAX_NAME_TREE_DEPTH` levels and :data:`MAX_NAME_TREE_NODES` nodes, each node visited
    once; at most :data:`MAX_EMBEDDED_FILES` entries are read.

    :param reader: the PDF.
    :return: name -> the stream of its file specification's ``/EF /F`` (or ``/UF``).
    :raises UnreadablePdf: if the tree is not dictionaries, arrays and strings where ISO
        32000-1 puts them, has an odd-length ``/Names`` array, loops, is too deep or too large,
        or an entry has no embedded file stream, or a name is given twice.
    :raises PdfError: if an object cannot be read (pyHanko).
    """
    catalog = reader.root
    names = (
        _resolve(catalog.get("/Names")) if isinstance(catalog, generic.DictionaryObject) else None
    )
    if names is None:
        return {}
    if not isinstance(names, generic.DictionaryObject):
        raise UnreadablePdf("the catalog's /Names is not a dictionary")
    tree = names.get("/EmbeddedFiles")
    if tree is None:
        return {}
    files: dict[str, generic.StreamObject] = {}
    seen: set[tuple[int, int]] = set()
    nodes = 0
    # An explicit stack instead of recursion: depth is bounded, and so is Python's stack.
    stack: list[tuple[object, int]] = [(tree, 1)]
    while stack:
        reference, depth = stack.pop()
        if isinstance(reference, generic.IndirectObject):
            key = (reference.idnum, reference.generation)
            if key in seen:
                raise UnreadablePdf("the name tree of attached files loops (/Kids)")
            seen.add(key)
        nodes += 1
        if nodes > MAX_NAME_TREE_NODES:
            raise UnreadablePdf(f"more than {MAX_NAME_TREE_NODES} nodes in the attached files")
        if depth > MAX_NAME_TREE_DEPTH:
            raise UnreadablePdf(
                f"the name tree of attached files is deeper than {MAX_NAME_TREE_DEPTH} levels"
            )
        node = _resolve(reference)
        if not isinstance(node, generic.DictionaryObject):
            raise UnreadablePdf("a node of the attached files' name tree is not a dictionary")
        if "/Names" in node:
            _leaf_entries(_resolve(node["/Names"]), files)
        if "/Kids" in node:
            kids = _resolve(node["/Kids"])
            if not isinstance(kids, generic.ArrayObject):
                raise UnreadablePdf("/Kids in the attached files' name tree is not an array")
            # Reversed onto the stack, so that the kids are read in order.
            stack.extend(
                (kid, depth + 1)
                for kid in reversed(list(kids.raw_get(i) for i in range(len(kids))))
            )
    return files


def _leaf_entries(pairs: object, files: dict[str, generic.StreamObject]) -> None:
    if not isinstance(pairs, generic.ArrayObject):
        raise UnreadablePdf("/Names in the attached files' name tree is not an array")
    if len(pairs) % 2:
        raise UnreadablePdf("/Names in the attached files' name tree has an odd length")
    for i in range(0, len(pairs), 2):
        if len(files) >= MAX_EMBEDDED_FILES:
            raise UnreadablePdf(f"more than {MAX_EMBEDDED_FILES} attached files")
        name = _resolve(pairs.raw_get(i))
        if not isinstance(name, (generic.TextStringObject, generic.ByteStringObject)):
            raise UnreadablePdf("a name in the attached files' name tree is not a string")
        key = name if isinstance(name, str) else bytes(name).decode("latin-1")
        if key in files:
            # Keys of a name tree are unique (ISO 32000-1, 7.9.6): which of two a reader shows
            # is undefined, so a second manifest or annex of one name is never taken as valid.
            raise UnreadablePdf(f"the attached files name {shown(key)} twice")
        files[key] = _embedded_stream(key, _resolve(pairs.raw_get(i + 1)))


def _embedded_stream(name: str, spec: object) -> generic.StreamObject:
    if not isinstance(spec, generic.DictionaryObject):
        raise UnreadablePdf(f"the attached file {shown(name)} is not a file specification")
    ef = _resolve(spec.get("/EF"))
    if not isinstance(ef, generic.DictionaryObject):
        raise UnreadablePdf(f"the attached file {shown(name)} has no /EF dictionary")
    stream = _resolve(ef.get("/F", ef.get("/UF")))
    if not isinstance(stream, generic.StreamObject):
        raise UnreadablePdf(f"the attached file {shown(name)} has no embedded file stream")
    return stream


@dataclass
class DecodeBudget:
    """What may still be decompressed of one PDF's embedded files, together.

    :ivar remaining: bytes; starts at :data:`MAX_DECODED_TOTAL_BYTES`.
    """

    remaining: int = MAX_DECODED_TOTAL_BYTES


class TooLarge(UnreadablePdf):
    """An embedded file decompresses to more than it may."""


def stream_chunks(
    stream: generic.StreamObject, limit: int, budget: DecodeBudget | None = None
) -> Iterator[bytes]:
    """The decoded content of a stream, a chunk (at most :data:`CHUNK_BYTES`) at a time,
    never more than ``limit`` bytes in all.

    Plain Flate (``/FlateDecode`` without predictor; ISO 32000-1, 7.4.4), which is how
    FieldMon embeds files, is decompressed here with :func:`zlib.decompressobj` and
    ``max_length``, so a small stream that inflates to gigabytes costs one chunk of memory and
    stops at the limit. An unfiltered stream is cut into chunks. Any other filter chain is
    decoded by pyHanko within :data:`DECODE_LIMITS`.

    :param stream: an embedded file stream.
    :param limit: the most decoded bytes accepted.
    :param budget: the document's remaining allowance, charged with every byte produced.
    :return: an iterator of chunks.
    :raises TooLarge: as soon as more than ``limit`` bytes come out.
    :raises UnreadablePdf: as soon as the budget is spent; if the data is not valid Flate or
        is truncated (zlib's :class:`zlib.error`), or pyHanko cannot decode it.
    """
    budget = budget or DecodeBudget()
    produced = 0
    for chunk in _decoded(stream):
        produced += len(chunk)
        budget.remaining -= len(chunk)
        if produced > limit:
            raise TooLarge(f"more than {limit} bytes")
        if budget.remaining < 0:
            raise UnreadablePdf(
                "cannot be checked: the attached files decompress to more than"
                f" {MAX_DECODED_TOTAL_BYTES // MiB} MiB together"
            )
        yield chunk


def _decoded(stream: generic.StreamObject) -> Iterator[bytes]:
    filters = _resolve(stream.get("/Filter"))
    if isinstance(filters, generic.ArrayObject) and len(filters) == 1:
        filters = _resolve(filters[0])
    params = _resolve(stream.get("/DecodeParms"))
    try:
        if filters is None:
            data = stream.encoded_data
            yield from (data[i : i + CHUNK_BYTES] for i in range(0, len(data), CHUNK_BYTES))
        elif filters == "/FlateDecode" and params is None:
            yield from _inflate(stream.encoded_data)
        else:
            yield stream.data  # pyHanko, within DECODE_LIMITS
    except (zlib.error, PdfError, NotImplementedError, ValueError, KeyError, TypeError) as error:
        # NotImplementedError: a filter or predictor pyHanko does not implement.
        raise UnreadablePdf(f"cannot be decompressed: {shown(error)}") from None


def _inflate(data: bytes) -> Iterator[bytes]:
    inflater = zlib.decompressobj()
    tail = data
    while not inflater.eof:
        chunk = inflater.decompress(tail, CHUNK_BYTES)
        tail = inflater.unconsumed_tail
        if not chunk and not tail and not inflater.eof:  # an empty file ends at once
            raise zlib.error("the compressed data ends too soon")
        if chunk:
            yield chunk


def read_stream(
    stream: generic.StreamObject, limit: int, budget: DecodeBudget | None = None
) -> bytes:
    """The whole decoded content of a stream of at most ``limit`` bytes (see
    :func:`stream_chunks`).

    :param stream: an embedded file stream.
    :param limit: the most decoded bytes accepted.
    :param budget: the document's remaining allowance.
    :return: the decoded bytes.
    :raises TooLarge: if it decodes to more than ``limit`` bytes.
    :raises UnreadablePdf: if it cannot be decoded.
    """
    return b"".join(stream_chunks(stream, limit, budget))


def stream_sha256(
    stream: generic.StreamObject, limit: int, budget: DecodeBudget | None = None
) -> tuple[str, int]:
    """The SHA-256 and size of a stream's decoded content, hashed a chunk at a time (see
    :func:`stream_chunks`); the content is never held whole.

    :param stream: an embedded file stream.
    :param limit: the most decoded bytes accepted.
    :param budget: the document's remaining allowance.
    :return: the SHA-256 (hex) and the size in bytes.
    :raises TooLarge: if it decodes to more than ``limit`` bytes.
    :raises UnreadablePdf: if it cannot be decoded.
    """
    digest = hashlib.sha256()
    size = 0
    for chunk in stream_chunks(stream, limit, budget):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size
