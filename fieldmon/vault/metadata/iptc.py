"""IPTC IIM records and the Photoshop image resources that carry them (and EXIF, XMP)."""

from __future__ import annotations

import struct

from fieldmon.vault.metadata.exif import _read_exif_bytes
from fieldmon.vault.metadata.report import _Found, _Unreadable
from fieldmon.vault.metadata.xmp import _read_xmp

_IIM_AUTHOR = {80, 85, 110, 115, 116, 118, 122}  # by-line, credit, source, copyright, contact
_IIM_PLACE = {26, 27, 90, 92, 95, 100, 101}  # location, city, sublocation, province, country


def _read_iim(data: bytes, found: _Found) -> None:
    """IPTC-NAA records (IPTC IIM 4.2): 0x1C, record, dataset, 16-bit length, value."""
    pos = 0
    while pos < len(data):
        if data[pos] == 0 and not data[pos:].strip(b"\x00"):
            return  # padding
        if data[pos] != 0x1C or pos + 5 > len(data):
            raise _Unreadable("damaged IPTC record")
        record, dataset, length = data[pos + 1], data[pos + 2], (data[pos + 3] << 8) | data[pos + 4]
        if length & 0x8000 or pos + 5 + length > len(data):
            raise _Unreadable("IPTC record of a size FieldMon cannot read")
        text = data[pos + 5 : pos + 5 + length].decode("utf-8", "replace").strip("\x00 ")
        if record == 2 and dataset in _IIM_AUTHOR:
            found.add_author(text)
        elif record == 2 and dataset in _IIM_PLACE:
            found.add_place(text)
        pos += 5 + length


def _read_photoshop(data: bytes, found: _Found) -> None:
    """Photoshop image resources ("8BIM", id, Pascal name, size, data; each padded to even)."""
    pos = 0
    while pos < len(data):
        if data[pos:].strip(b"\x00") == b"":
            return
        if data[pos : pos + 4] != b"8BIM" or pos + 7 > len(data):
            raise _Unreadable("damaged Photoshop image resource")
        (ident,) = struct.unpack(">H", data[pos + 4 : pos + 6])
        name_length = data[pos + 6]
        pos += 6 + ((name_length + 2) & ~1)
        if pos + 4 > len(data):
            raise _Unreadable("damaged Photoshop image resource")
        (size,) = struct.unpack(">I", data[pos : pos + 4])
        body = data[pos + 4 : pos + 4 + size]
        if len(body) < size:
            raise _Unreadable("Photoshop image resource cut short")
        if ident == 0x0404:
            _read_iim(body, found)
        elif ident in (0x0422, 0x0423):
            _read_exif_bytes(body, found)
        elif ident == 0x0424:
            _read_xmp(body, found)
        pos += 4 + ((size + 1) & ~1)
