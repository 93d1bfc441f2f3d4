"""PNG (PNG 3rd edition): chunks walked without decoding pixels; text, eXIf and profiles read."""

from __future__ import annotations

import io
import struct
from typing import Any, BinaryIO

from fieldmon.vault.metadata.exif import _read_exif_bytes
from fieldmon.vault.metadata.iptc import _read_photoshop
from fieldmon.vault.metadata.report import _PLACE_WORDS, _Found, _Unreadable
from fieldmon.vault.metadata.xmp import _read_xmp

_TEXT_LIMIT = 1 << 20  # the largest decompressed PNG text chunk read


_PNG_AUTHOR_KEYS = {"author", "artist", "copyright", "owner", "creator", "disclaimer"}
_PNG_CAMERA_KEYS = {"make", "model", "source", "camera"}


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_text(kind: bytes, body: bytes) -> tuple[str, str]:
    """(keyword, text) of a tEXt, zTXt or iTXt chunk (PNG 3rd edition §11.3.3)."""
    import zlib

    keyword, sep, rest = body.partition(b"\x00")
    if not sep:
        raise _Unreadable("damaged PNG text chunk")

    def inflate(compressed: bytes) -> bytes:
        inflater = zlib.decompressobj()
        try:
            out = inflater.decompress(compressed, _TEXT_LIMIT)
        except zlib.error:
            raise _Unreadable("damaged compressed PNG text") from None
        if inflater.unconsumed_tail:
            raise _Unreadable("compressed PNG text too large")
        return out

    if kind == b"tEXt":
        return keyword.decode("latin-1"), rest.decode("latin-1")
    if kind == b"zTXt":
        return keyword.decode("latin-1"), inflate(rest[1:]).decode("latin-1")
    if len(rest) < 2:
        raise _Unreadable("damaged PNG text chunk")
    compressed, rest = rest[0], rest[2:]
    _language, _, rest = rest.partition(b"\x00")
    _translated, _, text = rest.partition(b"\x00")
    raw = inflate(text) if compressed else text
    return keyword.decode("latin-1"), raw.decode("utf-8", "replace")


def _inspect_png(source: BinaryIO, size: int, found: _Found) -> None:
    """Walk every chunk of a PNG (pixels are skipped, not decoded) to its IEND."""
    source.seek(0)
    if source.read(8) != _PNG_SIGNATURE:
        raise _Unreadable("not a PNG file")
    pos, first, text_total = 8, True, 0
    while True:
        source.seek(pos)
        header = source.read(8)
        if len(header) < 8:
            raise _Unreadable("PNG file ends before its IEND chunk")
        length, kind = struct.unpack(">I4s", header)
        if pos + 12 + length > size:
            raise _Unreadable("PNG chunk runs past the end of the file")
        if first and (kind != b"IHDR" or length != 13):
            raise _Unreadable("PNG file without an IHDR chunk")
        first = False
        if kind == b"IEND":
            return
        if kind in (b"tEXt", b"zTXt", b"iTXt", b"eXIf"):
            text_total += length
            if length > 4 * _TEXT_LIMIT or text_total > 16 * _TEXT_LIMIT:
                raise _Unreadable("too much PNG text")
            body = source.read(length)
            if kind == b"eXIf":
                _read_exif_bytes(body, found)
            else:
                key, value = _png_text(kind, body)
                _png_field(key, value, found)
        pos += 12 + length


def _png_field(key: str, value: str, found: _Found) -> None:
    """Fill found from one PNG text keyword and value (XMP, ImageMagick raw profiles, or a
    keyword naming an author, a device or a place).

    :raises _Unreadable: for a damaged profile, or one of a kind FieldMon cannot read.
    """
    lowered = key.lower()
    value = value.strip()
    if lowered == "xml:com.adobe.xmp":
        _read_xmp(value, found)
    elif lowered.startswith("raw profile type"):
        # ImageMagick's hex profiles: "\nexif\n  <length>\n<hex digits>".
        lines = value.split("\n", 2)
        try:
            profile = bytes.fromhex(lines[2] if len(lines) == 3 else "")
        except ValueError:
            raise _Unreadable(f"damaged PNG profile {key!r}") from None
        if lowered.endswith(("exif", "app1")):
            _read_exif_bytes(profile[profile.find(b"Exif") :], found)
        elif lowered.endswith("xmp"):
            _read_xmp(profile, found)
        elif lowered.endswith("iptc"):
            start = profile.find(b"8BIM")
            _read_photoshop(profile[start:] if start >= 0 else profile, found)
        elif not lowered.endswith("icc"):
            raise _Unreadable(f"PNG profile FieldMon cannot read ({key!r})")
    elif lowered in _PNG_AUTHOR_KEYS:
        found.add_author(value)
    elif lowered in _PNG_CAMERA_KEYS:
        found.add_camera(value)
    elif any(word in lowered for word in _PLACE_WORDS):
        found.add_place(value)
    else:
        found.add_other(key, value)


def _png_exif(source: BinaryIO) -> Any:
    """A PNG's eXIf chunk (before or after the pixels), read without decoding the pixels."""
    from PIL import Image

    exif = Image.Exif()
    source.seek(8)
    while True:
        header = source.read(8)
        if len(header) < 8:
            return exif
        length, kind = struct.unpack(">I4s", header)
        if kind == b"eXIf":
            exif.load(source.read(length))
            return exif
        if kind == b"IEND":
            return exif
        source.seek(length + 4, io.SEEK_CUR)
