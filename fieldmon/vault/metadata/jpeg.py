"""JPEG files (ITU-T T.81 Annex B markers): EXIF, XMP and Photoshop segments of every picture."""

from __future__ import annotations

import struct
from collections.abc import Iterator

from fieldmon.vault.metadata.exif import _read_exif_bytes, _text
from fieldmon.vault.metadata.iptc import _read_photoshop
from fieldmon.vault.metadata.report import _EMBEDDED_IMAGES, _Found, _Unreadable
from fieldmon.vault.metadata.xmp import _XMP_LIMIT, _read_xmp


def _jpeg_segments(data: bytes, start: int = 0) -> Iterator[tuple[int, int, int]]:
    """(marker, segment start, segment end) of a JPEG's markers up to and including the first
    start of scan (ITU-T T.81 Annex B).

    :raises ValueError: for a file that is not a JPEG or is damaged or cut short before it.
    """
    if data[start : start + 2] != b"\xff\xd8":
        raise ValueError("not a JPEG file")
    pos = start + 2
    while True:
        if pos + 2 > len(data):
            raise ValueError("JPEG file ends before its image data")
        if data[pos] != 0xFF:
            raise ValueError("damaged JPEG structure")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if 0xD0 <= marker <= 0xD7 or marker in (0x01, 0xD8):
            yield marker, pos, pos + 2
            pos += 2
            continue
        if marker == 0xD9:
            raise ValueError("JPEG file ends before its image data")
        if pos + 4 > len(data):
            raise ValueError("JPEG file cut inside a marker")
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if length < 2 or pos + 2 + length > len(data):
            raise ValueError("JPEG segment runs past the end of the file")
        yield marker, pos, pos + 2 + length
        if marker == 0xDA:
            return
        pos += 2 + length


_XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXTENSION = b"http://ns.adobe.com/xmp/extension/\x00"


_HARMLESS_APP = {(0xE0, b"JFIF"), (0xE0, b"JFXX"), (0xE2, b"ICC_"), (0xE2, b"MPF\x00")}
_HARMLESS_APP |= {(0xEE, b"Adob")}


def _read_jpeg(data: bytes, start: int, found: _Found) -> None:
    """Every segment of a JPEG before its image data that can carry metadata, read or refused."""
    extended: dict[int, bytes] = {}
    frame = False
    try:
        segments = list(_jpeg_segments(data, start))
    except ValueError as error:
        raise _Unreadable(str(error)) from None
    for marker, begin, end in segments:
        payload = data[begin + 4 : end]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            frame = True
        elif marker == 0xE1 and payload.startswith(b"Exif\x00\x00"):
            _read_exif_bytes(payload, found)
        elif marker == 0xE1 and payload.startswith(_XMP_HEADER):
            _read_xmp(payload[len(_XMP_HEADER) :], found)
        elif marker == 0xE1 and payload.startswith(_XMP_EXTENSION):
            chunk = payload[len(_XMP_EXTENSION) :]
            if len(chunk) < 40:
                raise _Unreadable("damaged extended XMP segment")
            (offset,) = struct.unpack(">I", chunk[36:40])
            extended[offset] = chunk[40:]
            if sum(len(c) for c in extended.values()) > _XMP_LIMIT:
                raise _Unreadable("extended XMP too large")
        elif marker == 0xED and payload.startswith(b"Photoshop 3.0\x00"):
            _read_photoshop(payload[14:], found)
        elif marker == 0xFE:
            found.add_other("comment", _text(payload))
        elif (marker, payload[:4]) in _HARMLESS_APP:
            pass  # JFIF, ICC profile, MPF (its pictures follow the image data: read below), Adobe
        elif 0xE0 <= marker <= 0xEF:
            tag = payload[:16].split(b"\x00")[0].decode("latin-1", "replace")
            raise _Unreadable(f"APP{marker - 0xE0} segment FieldMon cannot read ({tag!r})")
    if not frame:
        raise _Unreadable("JPEG without a frame header")
    if extended:
        _read_xmp(b"".join(extended[k] for k in sorted(extended)), found)


def _inspect_jpeg(data: bytes, found: _Found) -> None:
    """Fill found from a JPEG and every picture after its image data (at most 16).

    :raises _Unreadable: as `_read_jpeg`, or for too many pictures.
    """
    _read_jpeg(data, 0, found)
    # Pictures stored after the image data (MPF secondary images, an appended JPEG) have
    # segments of their own. Entropy-coded data never holds 0xFFD8, so each is a picture.
    first_scan = next(end for marker, _, end in _jpeg_segments(data) if marker == 0xDA)
    pos = data.find(b"\xff\xd8\xff", first_scan)
    count = 0
    while pos >= 0:
        count += 1
        if count > _EMBEDDED_IMAGES:
            raise _Unreadable("too many pictures inside the JPEG file")
        _read_jpeg(data, pos, found)
        pos = data.find(b"\xff\xd8\xff", pos + 3)
