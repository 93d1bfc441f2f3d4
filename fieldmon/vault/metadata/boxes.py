"""ISO BMFF boxes (ISO/IEC 14496-12 §4.2), read strictly: they must exactly fill their parent."""

from __future__ import annotations

import struct
from typing import BinaryIO

from fieldmon.vault.metadata.report import _Unreadable

_BOX_DEPTH = 16


_BOX_LIMIT = 100_000  # a movie with more boxes than this in its moov is not checked
_ATOM_LIMIT = 1 << 16  # the largest text atom read


def _strict_boxes(
    source: BinaryIO, start: int, end: int, terminator: bool = False, numbered: bool = False
) -> list[tuple[bytes, int, int]]:
    """(type, payload start, box end) of the boxes that exactly fill start to end.

    :param terminator: whether four zero bytes may end the list (QuickTime user data).
    :param numbered: whether types may be any four bytes (ilst items named by key number).
    :raises ValueError: when a box header is cut short, a size runs past the end or is too
        small for its header, or a type is not four letters (the bytes are not ISO BMFF).
    """
    out = []
    pos = start
    while pos < end:
        if end - pos < 8:
            source.seek(pos)
            if terminator and end - pos == 4 and source.read(4) == bytes(4):
                break
            raise ValueError(f"{end - pos} stray bytes at {pos}")
        source.seek(pos)
        header = source.read(8)
        if len(header) < 8:
            raise ValueError(f"box header cut short at {pos}")
        size, kind = struct.unpack(">I4s", header)
        payload = pos + 8
        if size == 1:
            large = source.read(8)
            if len(large) < 8:
                raise ValueError(f"box header cut short at {pos}")
            (size,) = struct.unpack(">Q", large)
            payload = pos + 16
        elif size == 0:
            size = end - pos
        if size < payload - pos or pos + size > end:
            raise ValueError(f"box at {pos} has an impossible size {size}")
        if not numbered and not all(32 <= c < 127 or c == 0xA9 for c in kind):
            raise ValueError(f"box at {pos} has no four-letter type")
        out.append((kind, payload, pos + size))
        if len(out) > _BOX_LIMIT:
            raise ValueError("too many boxes")
        pos += size
    return out


def _bmff_top_level(source: BinaryIO, size: int) -> list[tuple[bytes, int, int]]:
    """The top-level boxes of an ISO BMFF file, which must begin with a valid ftyp box.

    :raises _Unreadable: otherwise, or when the boxes do not exactly fill the file.
    """
    try:
        boxes = _strict_boxes(source, 0, size)
    except ValueError as error:
        raise _Unreadable(str(error)) from None
    if not boxes or boxes[0][0] != b"ftyp":
        raise _Unreadable("no ftyp box at the start")
    _, payload, end = boxes[0]
    if end - payload < 8 or (end - payload) % 4:
        raise _Unreadable("the ftyp box is malformed")
    source.seek(payload)
    if not all(32 <= c < 127 for c in source.read(4)):
        raise _Unreadable("the ftyp box names no brand")
    return boxes


def _read_at(source: BinaryIO, start: int, end: int) -> bytes:
    """The bytes from start to end (a box's payload, at most 64 KiB).

    :raises _Unreadable: when the box is larger than that, or the file ends before end.
    """
    if end - start > _ATOM_LIMIT:
        raise _Unreadable(f"metadata box of {end - start} bytes at {start} too large")
    source.seek(start)
    data = source.read(end - start)
    if len(data) < end - start:
        raise _Unreadable("file ends inside a box")
    return data
