"""Copies of JPEG and PNG files without metadata, made losslessly (no pixel is re-encoded)."""

from __future__ import annotations

import struct

from fieldmon.vault.metadata.jpeg import _jpeg_segments
from fieldmon.vault.metadata.png import _PNG_SIGNATURE


class CannotStrip(ValueError):
    """No copy without metadata can be made of this file (its kind, or its damaged structure).

    A `ValueError`; its message says why in a few words (for logs, not translated).
    """


def _strip_jpeg(data: bytes) -> bytes:
    """Drop APP1 (EXIF, XMP), APP2-APP15 except ICC profiles and Adobe colour (APP14), and
    comments (COM); keep everything else byte for byte (ITU-T T.81 Annex B).

    :raises CannotStrip: for a file that is not a JPEG, or is damaged or cut short before its
        image data (any malformed input: the walk checks every length against the data).
    """
    out = bytearray(b"\xff\xd8")
    try:
        for marker, begin, end in _jpeg_segments(data):
            if marker == 0xDA:  # start of scan: the rest is image data
                out += data[begin:]
                return bytes(out)
            segment = data[begin:end]
            keep = True
            if marker == 0xFE or 0xE1 <= marker <= 0xEF:
                keep = (marker == 0xE2 and segment[4:16] == b"ICC_PROFILE\x00") or marker == 0xEE
            if keep:
                out += segment
    except ValueError as error:
        raise CannotStrip(str(error)) from None
    raise CannotStrip("JPEG file ends before its image data")  # pragma: no cover - walk raises


_PNG_METADATA_CHUNKS = {b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"tIME"}


def _strip_png(data: bytes) -> bytes:
    """Drop eXIf, tEXt, iTXt, zTXt and tIME chunks (PNG 3rd edition §11.3).

    :raises CannotStrip: for a file that is not a PNG, or a chunk cut short before IEND.
    """
    if not data.startswith(_PNG_SIGNATURE):
        raise CannotStrip("not a PNG file")
    out = bytearray(_PNG_SIGNATURE)
    pos = len(_PNG_SIGNATURE)
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise CannotStrip("PNG chunk runs past the end of the file")
        if kind not in _PNG_METADATA_CHUNKS:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            return bytes(out)
    raise CannotStrip("PNG file ends before its IEND chunk")


def strip_metadata(data: bytes, kind: str) -> bytes:
    """The same image without EXIF, GPS, XMP or comments; pixels are copied, not re-encoded.

    JPEG: APP1 to APP15 segments (except ICC profiles and Adobe APP14) and comments are dropped
    (ITU-T T.81 Annex B); PNG: eXIf, tEXt, iTXt, zTXt and tIME chunks (PNG 3rd edition §11.3).
    Every other byte is kept as it was, so the picture is the same to the bit.

    :param data: the file's content.
    :param kind: its media type (see `can_strip`).
    :return: the copy without metadata.
    :raises CannotStrip: for kinds other than JPEG and PNG, or a file damaged or cut short
        before its image data (JPEG) or its IEND chunk (PNG).
    """
    if kind == "image/jpeg":
        return _strip_jpeg(data)
    if kind == "image/png":
        return _strip_png(data)
    raise CannotStrip(f"removing metadata from {kind} files is not supported (JPEG and PNG are)")
