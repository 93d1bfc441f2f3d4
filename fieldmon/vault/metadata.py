"""What a file says about where, with what and by whom it was made, and copies without it.

A photo's GPS position can reveal where a victim lives or where a monitor met them; a camera's
serial number or a document's author can name the person who made it. `inspect` reads, without
writing anything, what FieldMon can read of:

- JPEG, PNG, TIFF, WebP: EXIF (GPS, Make/Model, BodySerialNumber, Artist, CameraOwnerName,
  XPAuthor, Copyright, Software, DateTimeOriginal), XMP, PNG text chunks (tEXt, iTXt, zTXt);
- HEIC/HEIF: the EXIF block found in the file;
- PDF: the document information dictionary (/Author, /Creator, /Producer; ISO 32000-1 §14.3.3)
  and the XMP metadata stream;
- MP4/MOV (ISO/IEC 14496-12 boxes): the QuickTime user-data atoms ``©xyz`` (an ISO 6709
  position), ``©mak``, ``©mod``, ``©swr``, and Apple's ``moov/meta`` ``keys``/``ilst`` items
  (``com.apple.quicktime.location.ISO6709``, ``.make``, ``.model``, ``.software``, ``.author``).

Any other kind of file is reported as not checked, never as clean; so is a file whose structure
could not be read to the end (an image its decoder cannot open, a PDF its parser refuses, a movie
without a valid ``ftyp`` box and a ``moov`` box walked to its end), whatever its name says.
`strip_metadata` makes a copy without metadata of JPEG and PNG files only, losslessly (image data
is copied, not re-encoded).
"""

from __future__ import annotations

import io
import os
import re
import stat
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

__all__ = [
    "STRIPPABLE",
    "CannotStrip",
    "Location",
    "MetadataReport",
    "can_strip",
    "embedded_metadata",
    "inspect",
    "strip_metadata",
]

STRIPPABLE = frozenset({"image/jpeg", "image/png"})
"""Media types of which a copy without metadata can be made."""

_PDF_READ_LIMIT = 256 * 1024 * 1024  # a PDF is read whole to find its trailer
_HEIC_SCAN_LIMIT = 64 * 1024 * 1024  # a larger HEIF file is not checked (it is read whole)
_BOX_DEPTH = 16

# EXIF tags (CIPA DC-008 / TIFF 6.0), by number.
_MAKE, _MODEL, _SOFTWARE, _DATETIME, _ARTIST, _COPYRIGHT = 271, 272, 305, 306, 315, 33432
_XP_AUTHOR, _EXIF_IFD, _GPS_IFD = 0x9C9D, 0x8769, 0x8825
_DATETIME_ORIGINAL, _OWNER, _BODY_SERIAL, _LENS_SERIAL = 36867, 0xA430, 0xA431, 0xA435


class CannotStrip(ValueError):
    """No copy without metadata can be made of this file (its kind, or its damaged structure)."""


@dataclass(frozen=True)
class Location:
    """A position in decimal degrees (WGS 84): north and east positive; altitude in metres."""

    latitude: float
    longitude: float
    altitude: float | None = None


@dataclass(frozen=True)
class MetadataReport:
    """What a file says about itself, in words a monitor can judge.

    :ivar media_type: the media type the file was inspected as.
    :ivar checked: False when FieldMon cannot read this kind of file's metadata (so nothing can
        be said about it either way).
    :ivar location: the GPS position the file records, if any.
    :ivar camera: make, model and serial numbers of the device, if recorded.
    :ivar author: author, artist, owner or copyright holder, if recorded.
    :ivar other: further fields (software, time taken, title…), name to value.
    :ivar can_strip: whether a copy without metadata can be made of it.
    :ivar place: place names the file records (city, state, country, sublocation, a position
        FieldMon cannot read as one), if any; also in ``other["place"]``.
    :ivar reason: why the file was not checked, in a few words (for logs, not translated).
    """

    media_type: str
    checked: bool
    location: Location | None = None
    camera: str | None = None
    author: str | None = None
    other: dict[str, str] = field(default_factory=dict)
    can_strip: bool = False
    place: str | None = None
    reason: str = ""

    @property
    def sensitive(self) -> bool:
        """True when the file names a place (a position or a place name), a device or a
        person."""
        return bool(self.location or self.place or self.camera or self.author)


def can_strip(kind: str) -> bool:
    """Whether `strip_metadata` can make a copy without metadata of a file of media type kind."""
    return kind in STRIPPABLE


# -- EXIF ------------------------------------------------------------------------------------


def _gps_degrees(values: Any, ref: Any) -> float | None:
    try:
        degrees, minutes, seconds = (float(v) for v in values)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = degrees + minutes / 60 + seconds / 3600
    return round(-result if str(ref).strip("\x00") in ("S", "W") else result, 6)


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        # XPAuthor is UTF-16LE; other byte strings are ASCII by the standard.
        decoded = value.decode("utf-16-le" if value[1:2] == b"\x00" else "latin-1", "replace")
        return decoded.strip("\x00 ").strip()
    if isinstance(value, tuple) and all(isinstance(v, int) for v in value):
        return _text(bytes(value))
    return str(value).strip("\x00 ").strip()


def _exif_location(gps: Any) -> Location | None:
    if not (gps.get(2) and gps.get(4)):
        return None
    latitude = _gps_degrees(gps[2], gps.get(1))
    longitude = _gps_degrees(gps[4], gps.get(3))
    if latitude is None or longitude is None:
        return None
    altitude = None
    if gps.get(6) is not None:
        try:
            altitude = round(float(gps[6]) * (-1 if gps.get(5) in (1, b"\x01") else 1), 1)
        except (TypeError, ValueError, ZeroDivisionError):
            altitude = None
    return Location(latitude, longitude, altitude)


_NO_AUTHOR = {"anonymous", "unknown", "unspecified", "none", "(none)"}


class _Found:
    """What has been found so far; the first value of each kind wins."""

    def __init__(self) -> None:
        self.location: Location | None = None
        self.camera: list[str] = []
        self.author: list[str] = []
        self.place: list[str] = []
        self.other: dict[str, str] = {}

    def add_camera(self, text: str) -> None:
        if text and text not in self.camera:
            self.camera.append(text)

    def add_author(self, text: str) -> None:
        # Placeholders some writers put in (reportlab's "anonymous") name nobody.
        if text.lower() in _NO_AUTHOR:
            return
        if text and text not in self.author:
            self.author.append(text)

    def add_place(self, text: str) -> None:
        if text and text not in self.place:
            self.place.append(text)

    def add_other(self, name: str, text: str) -> None:
        if text and name not in self.other:
            self.other[name] = text

    def report(self, kind: str) -> MetadataReport:
        other = dict(self.other)
        if self.place:
            other["place"] = ", ".join(self.place)
        return MetadataReport(
            media_type=kind,
            checked=True,
            location=self.location,
            camera=" ".join(self.camera) or None,
            author="; ".join(self.author) or None,
            other=other,
            can_strip=can_strip(kind),
            place=", ".join(self.place) or None,
        )


def _read_exif(exif: Any, found: _Found) -> None:
    """Fill found from a PIL.Image.Exif."""
    make, model = _text(exif.get(_MAKE, "")), _text(exif.get(_MODEL, ""))
    if make and model.lower().startswith(make.lower()):
        make = ""
    found.add_camera(" ".join(p for p in (make, model) if p))
    sub = exif.get_ifd(_EXIF_IFD)
    for tag, label in ((_BODY_SERIAL, "serial number"), (_LENS_SERIAL, "lens serial number")):
        if sub.get(tag):
            found.add_camera(f"({label} {_text(sub[tag])})")
    for tag in (_ARTIST, _XP_AUTHOR):
        if exif.get(tag):
            found.add_author(_text(exif[tag]))
    if sub.get(_OWNER):
        found.add_author(_text(sub[_OWNER]))
    if exif.get(_COPYRIGHT):
        found.add_author(_text(exif[_COPYRIGHT]))
    taken = sub.get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
    if taken:
        found.add_other("taken", _text(taken))
    if exif.get(_SOFTWARE):
        found.add_other("software", _text(exif[_SOFTWARE]))
    if found.location is None:
        found.location = _exif_location(exif.get_ifd(_GPS_IFD))


# -- XMP -------------------------------------------------------------------------------------

_XMP_LIMIT = 1 << 20  # a larger XMP packet is not read: the file is reported as not checked
_XMP_DEPTH = 128
# Properties by local name (the prefix a writer binds is not trusted to be the usual one).
_XMP_AUTHOR = {
    "creator", "author", "authorsposition", "captionwriter", "ownername", "cameraownername",
    "artist", "rights", "credit", "ciadrextadr", "ciadrcity", "ciadrregion", "ciadrctry",
    "ciadrpcode", "ciemailwork", "citelwork", "ciurlwork",
}  # fmt: skip
_XMP_CAMERA = {
    "make", "model", "serialnumber", "bodyserialnumber", "lensserialnumber",
    "cameraserialnumber",
}  # fmt: skip
_XMP_PLACE = {
    "city", "state", "country", "sublocation", "location", "provincestate", "countryname",
    "countrycode", "worldregion", "gpsareainformation", "locationname",
}  # fmt: skip
_XMP_SOFTWARE = {"creatortool", "producer", "software"}
_XMP_LATITUDE = {"gpslatitude", "latitude", "gpsdestlatitude"}
_XMP_LONGITUDE = {"gpslongitude", "longitude", "gpsdestlongitude"}
_XMP_ALL = _XMP_AUTHOR | _XMP_CAMERA | _XMP_PLACE | _XMP_SOFTWARE | _XMP_LATITUDE | _XMP_LONGITUDE


class _Unreadable(Exception):
    """Part of the content cannot be read to its end: the file is reported as not checked."""


def _xmp_properties(data: bytes) -> dict[str, list[str]]:
    """The values of the XMP properties FieldMon looks for, by lower-case local name.

    Read with expat without namespace processing, in one pass (time linear in the size); a
    document type declaration (and so any entity) is refused.

    :raises _Unreadable: when the packet is too large, too deep or not well-formed XML.
    """
    import xml.parsers.expat

    if len(data) > _XMP_LIMIT:
        raise _Unreadable(f"XMP packet of {len(data)} bytes is too large")
    values: dict[str, list[str]] = {}
    depth = 0
    li_text: list[list[str]] = []  # the text of each open rdf:li
    # (depth, name, items, text) of each open property FieldMon looks for
    fields: list[tuple[int, str, list[str], list[str]]] = []

    def local(name: str) -> str:
        return name.rpartition(":")[2].lower()

    def add(name: str, value: str) -> None:
        value = value.strip()
        if value:
            values.setdefault(name, []).append(value[:4096])

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > _XMP_DEPTH:
            raise _Unreadable("XMP nested too deep")
        for key, value in attributes.items():
            if local(key) in _XMP_ALL and not key.startswith("xmlns"):
                add(local(key), value)
        if local(name) == "li":
            li_text.append([])
        if local(name) in _XMP_ALL:
            fields.append((depth, local(name), [], []))

    def end(name: str) -> None:
        nonlocal depth
        if fields and fields[-1][0] == depth:
            _, key, items, text = fields.pop()
            for value in items or ["".join(text)]:
                add(key, value)
        elif local(name) == "li" and li_text:
            item = "".join(li_text.pop())
            if fields:
                fields[-1][2].append(item)
        depth -= 1

    def characters(text: str) -> None:
        if li_text:
            li_text[-1].append(text)
        if fields:
            fields[-1][3].append(text)

    def refuse(*_: Any) -> None:
        raise _Unreadable("XMP with a document type declaration")

    parser = xml.parsers.expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = characters
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    try:
        parser.Parse(data.strip(b"\x00 \t\r\n"), True)
    except xml.parsers.expat.ExpatError as error:
        raise _Unreadable(f"XMP is not well-formed ({error})") from None
    return values


def _xmp_degrees(text: str) -> float | None:
    """An XMP GPS coordinate ("40,24.558N" or "40,24,33.48N"; XMP Specification Part 2), or a
    decimal one ("40.4093", "-33.8688") as some writers put it."""
    match = re.fullmatch(r"\s*(\d+),(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?([NSEW])\s*", text)
    if match:
        value = float(match[1]) + float(match[2]) / 60 + float(match[3] or 0) / 3600
        return round(-value if match[4] in "SW" else value, 6)
    decimal = re.fullmatch(r"\s*([+-]?\d{1,3}(?:\.\d+)?)\s*", text)
    return round(float(decimal[1]), 6) if decimal else None


def _read_xmp(raw: bytes | str, found: _Found) -> None:
    """Fill found from an XMP packet; place names (city, state, country…) count as a place.

    :raises _Unreadable: when the packet cannot be read (see `_xmp_properties`).
    """
    values = _xmp_properties(raw.encode("utf-8") if isinstance(raw, str) else raw)
    for name in sorted(_XMP_AUTHOR & values.keys()):
        for value in values[name]:
            found.add_author(value)
    for name in ("make", "model", *sorted(_XMP_CAMERA - {"make", "model"})):
        for value in values.get(name, []):
            found.add_camera(value)
    software = [v for n in sorted(_XMP_SOFTWARE & values.keys()) for v in values[n]]
    if software:
        found.add_other("software", ", ".join(dict.fromkeys(software)))
    for name in sorted(_XMP_PLACE & values.keys()):
        for value in values[name]:
            found.add_place(value)
    latitudes = [v for n in sorted(_XMP_LATITUDE & values.keys()) for v in values[n]]
    longitudes = [v for n in sorted(_XMP_LONGITUDE & values.keys()) for v in values[n]]
    if latitudes or longitudes:
        latitude = _xmp_degrees(latitudes[0]) if latitudes else None
        longitude = _xmp_degrees(longitudes[0]) if longitudes else None
        if latitude is not None and longitude is not None:
            if found.location is None:
                found.location = Location(latitude, longitude)
        else:  # a coordinate FieldMon cannot read is still a place
            found.add_place(", ".join(latitudes[:1] + longitudes[:1]))


# -- IPTC (IIM, in Photoshop image resources) -------------------------------------------------

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


def _read_exif_bytes(data: bytes, found: _Found) -> None:
    """A TIFF-structured EXIF block (with or without the "Exif\\0\\0" prefix)."""
    from PIL import Image

    exif = Image.Exif()
    try:
        exif.load(data)
        _read_exif(exif, found)
    except Exception as error:
        raise _Unreadable(f"damaged EXIF block ({type(error).__name__})") from None


# -- images ----------------------------------------------------------------------------------

_IMAGE_READ_LIMIT = 256 * 1024 * 1024  # a JPEG or PNG larger than this is not checked
_TEXT_LIMIT = 1 << 20  # the largest decompressed PNG text chunk read
_PIL_FORMATS = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/tiff": "TIFF",
    "image/webp": "WEBP",
}
_PNG_AUTHOR_KEYS = {"author", "artist", "copyright", "owner", "creator", "disclaimer"}
_PNG_CAMERA_KEYS = {"make", "model", "source", "camera"}
_PLACE_WORDS = ("location", "gps", "latitude", "longitude", "iso6709", "city", "country", "place")


def _pil_header(source: BinaryIO, fmt: str) -> Any:
    """The image's header read by the one Pillow plugin for fmt, without the decompression
    bomb check of Image.open (no pixel is decoded here, so a 400-megapixel file is no risk)."""
    from PIL import Image

    Image.init()
    factory, accept = Image.OPEN[fmt]
    source.seek(0)
    prefix = source.read(16)
    source.seek(0)
    if accept is not None and not accept(prefix):
        raise _Unreadable(f"not a {fmt} file")
    return factory(source, "")


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
_EMBEDDED_IMAGES = 16
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


def _inspect_image(source: BinaryIO, kind: str, size: int) -> MetadataReport:
    found = _Found()
    if kind == "image/png":
        _inspect_png(source, size, found)
        return found.report(kind)
    if kind == "image/jpeg":
        data = source.read(_IMAGE_READ_LIMIT + 1)
        if len(data) > _IMAGE_READ_LIMIT:
            raise _Unreadable("JPEG file too large to read")
        _inspect_jpeg(data, found)
        return found.report(kind)
    image = _pil_header(source, _PIL_FORMATS[kind])
    with image:
        for frame in range(min(getattr(image, "n_frames", 1), 64)):
            image.seek(frame)
            exif = image.getexif()
            _read_exif(exif, found)
            if isinstance(exif.get(700), bytes):  # TIFF XMP
                _read_xmp(exif[700], found)
            if isinstance(exif.get(33723), bytes):  # TIFF IPTC
                _read_iim(exif[33723], found)
            if isinstance(exif.get(34377), bytes):  # TIFF Photoshop resources
                _read_photoshop(exif[34377], found)
        if getattr(image, "n_frames", 1) > 64:
            raise _Unreadable("too many pages")
        info: dict[str, Any] = {str(k): v for k, v in image.info.items()}
    for name in ("xmp", "XML:com.adobe.xmp"):
        if isinstance(info.get(name), (bytes, str)):
            _read_xmp(info[name], found)
    return found.report(kind)


def _inspect_heic(source: BinaryIO, kind: str, size: int) -> MetadataReport:
    """HEIF keeps EXIF and XMP as items of their own: every EXIF block and XMP packet in the
    file is read (a decoy block first cannot hide a later one); a movie box is walked too."""
    boxes = _bmff_top_level(source, size)
    if size > _HEIC_SCAN_LIMIT:
        raise _Unreadable("HEIF file too large to scan")
    source.seek(0)
    data = source.read(size)
    found = _Found()
    blocks = [m.start() for m in re.finditer(rb"Exif\x00\x00(?:MM|II)", data)]
    if not blocks:
        raise _Unreadable("no EXIF block found")
    if len(blocks) > _EMBEDDED_IMAGES:
        raise _Unreadable("too many EXIF blocks")
    for start in blocks:
        _read_exif_bytes(data[start:], found)
    pos = data.find(b"<x:xmpmeta")
    while pos >= 0:
        end = data.find(b"</x:xmpmeta>", pos)
        if end < 0:
            raise _Unreadable("XMP packet without its end")
        _read_xmp(data[pos : end + len(b"</x:xmpmeta>")], found)
        pos = data.find(b"<x:xmpmeta", end)
    for box_kind, payload, end in boxes:
        if box_kind == b"moov":
            _walk_mp4(source, payload, end, b"moov", 1, found, [0])
    return found.report(kind)


# -- PDF -------------------------------------------------------------------------------------


def _inspect_pdf(source: BinaryIO, kind: str) -> MetadataReport:
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


# -- MP4 / QuickTime -------------------------------------------------------------------------

_ISO6709 = re.compile(r"([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")
_BOX_LIMIT = 100_000  # a movie with more boxes than this in its moov is not checked
_ATOM_LIMIT = 1 << 16  # the largest text atom read
_XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")
# Boxes that only hold other boxes (ISO/IEC 14496-12; QuickTime File Format).
_MP4_CONTAINERS = {
    b"moov", b"trak", b"mdia", b"minf", b"stbl", b"dinf", b"edts", b"mvex", b"moof", b"traf",
    b"mfra", b"tref", b"gmhd", b"sinf", b"schi", b"rinf", b"udta",
}  # fmt: skip
# Boxes that carry no text about place, device or person (timing, sample tables, codecs).
_MP4_OPAQUE = {
    b"mdat", b"free", b"skip", b"wide", b"pdin", b"mvhd", b"tkhd", b"mdhd", b"vmhd", b"smhd",
    b"hmhd", b"nmhd", b"sthd", b"gmin", b"dref", b"stsd", b"stts", b"ctts", b"cslg", b"stss",
    b"stsh", b"stsc", b"stsz", b"stz2", b"stco", b"co64", b"sdtp", b"sbgp", b"sgpd", b"subs",
    b"saiz", b"saio", b"elst", b"mehd", b"trex", b"trep", b"leva", b"mfhd", b"tfhd", b"trun",
    b"tfdt", b"tfra", b"mfro", b"sidx", b"ssix", b"prft", b"iods", b"pssh", b"frma", b"schm",
    b"tenc", b"load", b"tapt", b"clef", b"prof", b"enof", b"tmcd", b"tcmi", b"styp", b"chap",
    b"hint", b"cdsc", b"font", b"sync", b"vdep", b"ipir", b"mpod", b"dpnd", b"kmat",
    b"hdlr", b"txas", b"csgp", b"emsg", b"chpl",
}  # fmt: skip
_TRACK_KINDS = {b"vide", b"soun", b"tmcd", b"hint"}  # other tracks (timed metadata…) not read
_UDTA_FIELDS = {
    b"\xa9xyz": "location",
    b"\xa9mak": "make",
    b"\xa9mod": "model",
    b"\xa9swr": "software",
    b"\xa9too": "software",
    b"\xa9aut": "author",
    b"\xa9ART": "author",
    b"\xa9day": "date",
}
_3GPP_TEXT = {b"auth": "author", b"perf": "author", b"cprt": "author", b"titl": "title"}
_3GPP_TEXT |= {b"dscp": "description", b"kywd": "keywords", b"gnre": "genre", b"albm": "album"}
_APPLE_KEYS = {
    "com.apple.quicktime.location.iso6709": "location",
    "com.apple.quicktime.make": "make",
    "com.apple.quicktime.model": "model",
    "com.apple.quicktime.software": "software",
    "com.apple.quicktime.author": "author",
    "com.apple.quicktime.artist": "author",
    "com.apple.quicktime.creationdate": "date",
}


def _iso6709(text: str) -> Location | None:
    """An ISO 6709 point in decimal degrees: "+40.4093+049.8671+028.000/"."""
    match = _ISO6709.match(text.strip())
    if not match:
        return None
    latitude, longitude = float(match[1]), float(match[2])
    if abs(latitude) > 90 or abs(longitude) > 180:
        return None
    altitude = float(match[3]) if match[3] else None
    return Location(round(latitude, 6), round(longitude, 6), altitude)


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
    if end - start > _ATOM_LIMIT:
        raise _Unreadable(f"metadata box of {end - start} bytes at {start} too large")
    source.seek(start)
    data = source.read(end - start)
    if len(data) < end - start:
        raise _Unreadable("file ends inside a box")
    return data


def _meta_payload(source: BinaryIO, start: int, end: int) -> int:
    """Where a meta box's children begin: QuickTime's meta has none of ISO's version and flags."""
    source.seek(start + 4)
    return start if source.read(4) in (b"hdlr", b"keys", b"ilst") else start + 4


def _udta_text(data: bytes) -> str:
    """A QuickTime international text atom: 16-bit length, 16-bit language, then the text."""
    if len(data) >= 4:
        (length,) = struct.unpack(">H", data[:2])
        if 0 < length <= len(data) - 4:
            return data[4 : 4 + length].decode("utf-8", "replace").strip("\x00 ")
    return data.decode("utf-8", "replace").strip("\x00 ")


def _3gpp_string(data: bytes, pos: int) -> tuple[str, int]:
    """A null-terminated UTF-8 or UTF-16 (with BOM) string of a 3GPP box, and where it ends."""
    if data[pos : pos + 2] in (b"\xfe\xff", b"\xff\xfe"):
        end = pos + 2
        while end + 1 < len(data) and data[end : end + 2] != b"\x00\x00":
            end += 2
        return data[pos:end].decode("utf-16", "replace"), end + 2
    end = data.find(b"\x00", pos)
    end = len(data) if end < 0 else end
    return data[pos:end].decode("utf-8", "replace"), end + 1


def _read_loci(data: bytes, found: _Found) -> None:
    """3GPP TS 26.244 location: version/flags, language, name, role, longitude, latitude,
    altitude (16.16 fixed point), body, notes."""
    name, pos = _3gpp_string(data, 6)
    if pos + 13 > len(data):
        raise _Unreadable("damaged loci box")
    longitude, latitude, altitude = (
        v / 65536 for v in struct.unpack(">iii", data[pos + 1 : pos + 13])
    )
    found.add_place(name.strip())
    if abs(latitude) <= 90 and abs(longitude) <= 180:
        if found.location is None:
            found.location = Location(round(latitude, 6), round(longitude, 6), round(altitude, 1))
    else:
        found.add_place(f"{latitude} {longitude}")


def _movie_value(name: str, text: str, found: _Found) -> None:
    """A named text value of a movie (a user-data atom, an item, a key) in found."""
    text = text.strip("\x00 ").strip()
    lowered = name.lower()
    if not text:
        return
    if lowered == "location" or any(word in lowered for word in _PLACE_WORDS):
        location = _iso6709(text)
        if location is None:
            found.add_place(text)  # a place FieldMon cannot read is still a place
        elif found.location is None:
            found.location = location
    elif lowered in ("make", "model") or any(w in lowered for w in ("serial", "device")):
        found.add_camera(text)
    elif lowered == "author" or any(
        w in lowered for w in ("author", "artist", "owner", "copyright", "creator", "performer")
    ):
        found.add_author(text)
    elif lowered == "date":
        found.add_other("taken", text)
    else:
        found.add_other(lowered.rpartition(".")[2], text)


def _data_atoms(source: BinaryIO, start: int, end: int) -> list[str]:
    """The text values of the `data` atoms inside an item (type, locale, value).

    :raises _Unreadable: for a picture or a large binary value (it may carry metadata).
    """
    values = []
    for kind, payload, box_end in _strict_boxes(source, start, end):
        if kind in (b"mean", b"name", b"itif", b"free"):
            continue
        if kind != b"data" or box_end - payload < 8:
            raise _Unreadable(f"item atom {kind!r} FieldMon cannot read")
        raw = _read_at(source, payload, box_end)
        (type_code,) = struct.unpack(">I", raw[:4])
        value = raw[8:]
        if type_code & 0xFFFFFF in (1, 4):
            values.append(value.decode("utf-8", "replace"))
        elif type_code & 0xFFFFFF in (2, 5):
            values.append(value.decode("utf-16-be", "replace"))
        elif len(value) > 16 or type_code & 0xFFFFFF in (13, 14, 27):
            raise _Unreadable("picture or binary value in a movie's metadata")
    return values


def _freeform_name(source: BinaryIO, start: int, end: int) -> str:
    """The name of an iTunes freeform ("----") item."""
    for kind, payload, box_end in _strict_boxes(source, start, end):
        if kind == b"name" and box_end - payload >= 4:
            return _read_at(source, payload + 4, box_end).decode("utf-8", "replace")
    return "----"


def _walk_mp4(
    source: BinaryIO,
    start: int,
    end: int,
    parent: bytes,
    depth: int,
    found: _Found,
    count: list[int],
) -> None:
    """Every box between start and end, read (metadata), skipped (known to hold none) or, when
    FieldMon cannot read it, refused.

    :raises _Unreadable: for a box that may hold metadata FieldMon cannot read, a structure too
        deep or too large, or boxes that do not exactly fill their parent.
    """
    if depth > _BOX_DEPTH:
        raise _Unreadable("boxes nested too deep")
    try:
        boxes = _strict_boxes(source, start, end, terminator=parent in (b"udta", b"meta"))
    except ValueError as error:
        raise _Unreadable(str(error)) from None
    count[0] += len(boxes)
    if count[0] > _BOX_LIMIT:
        raise _Unreadable("too many boxes")
    keys: list[str] = []
    for kind, payload, box_end in boxes:
        if kind == b"hdlr":
            raw = _read_at(source, payload, min(box_end, payload + 12))
            handler = raw[8:12]
            if parent == b"mdia" and handler not in _TRACK_KINDS:
                raise _Unreadable(f"a {handler!r} track (its samples may hold a position)")
            if parent == b"meta" and handler not in (b"mdta", b"mdir"):
                raise _Unreadable(f"metadata of kind {handler!r}")
        elif kind == b"uuid":
            raw = _read_at(source, payload, box_end)
            if raw[:16] != _XMP_UUID:
                raise _Unreadable(f"uuid box {raw[:16].hex()}")
            _read_xmp(raw[16:], found)
        elif kind == b"XMP_":
            _read_xmp(_read_at(source, payload, box_end), found)
        elif kind == b"loci":
            _read_loci(_read_at(source, payload, box_end), found)
        elif kind == b"keys" and parent == b"meta":
            raw = _read_at(source, payload, box_end)
            if len(raw) < 8:
                raise _Unreadable("damaged keys box")
            (number,) = struct.unpack(">I", raw[4:8])
            pos = 8
            for _ in range(number):
                if pos + 8 > len(raw):
                    raise _Unreadable("damaged keys box")
                (size,) = struct.unpack(">I", raw[pos : pos + 4])
                if size < 8 or pos + size > len(raw):
                    raise _Unreadable("damaged keys box")
                keys.append(raw[pos + 8 : pos + size].decode("utf-8", "replace").lower())
                pos += size
        elif kind == b"ilst" and parent == b"meta":
            try:
                items = _strict_boxes(source, payload, box_end, numbered=bool(keys))
            except ValueError as error:
                raise _Unreadable(str(error)) from None
            for item, item_payload, item_end in items:
                (index,) = struct.unpack(">I", item)
                if keys:
                    if not 0 < index <= len(keys):
                        raise _Unreadable("ilst item without its key")
                    name = _APPLE_KEYS.get(keys[index - 1], keys[index - 1])
                elif item == b"----":
                    name = _freeform_name(source, item_payload, item_end)
                else:
                    name = _UDTA_FIELDS.get(item, item.decode("latin-1").lstrip("\xa9"))
                for value in _data_atoms(source, item_payload, item_end):
                    _movie_value(name, value, found)
        elif kind.startswith(b"\xa9") and parent in (b"udta", b"moov", b"trak"):
            raw = _read_at(source, payload, box_end)
            values = _data_atoms(source, payload, box_end) if raw[4:8] == b"data" else []
            name = _UDTA_FIELDS.get(kind, kind.decode("latin-1").lstrip("\xa9"))
            for value in values or [_udta_text(raw)]:
                _movie_value(name, value, found)
        elif kind in _3GPP_TEXT and parent == b"udta":
            raw = _read_at(source, payload, box_end)
            text, _ = _3gpp_string(raw, 6)
            _movie_value(_3GPP_TEXT[kind], text, found)
        elif kind == b"name" and parent in (b"udta", b"trak"):
            found.add_other("name", _udta_text(_read_at(source, payload, box_end)))
        elif kind == b"meta" and parent != b"":
            inner = _meta_payload(source, payload, box_end)
            _walk_mp4(source, inner, box_end, b"meta", depth + 1, found, count)
        elif kind in _MP4_CONTAINERS and (kind != b"moov" or parent == b""):
            _walk_mp4(source, payload, box_end, kind, depth + 1, found, count)
        elif kind in _MP4_OPAQUE or (kind == b"ftyp" and parent == b""):
            continue
        else:
            raise _Unreadable(f"box {kind!r} in {parent or b'the file'!r} FieldMon cannot read")


def _inspect_mp4(source: BinaryIO, kind: str, size: int) -> MetadataReport:
    # Only a file whose every box was read or known to hold nothing can be said to carry no
    # metadata: a box cut short, a size past the end, a box FieldMon does not know is refused.
    boxes = _bmff_top_level(source, size)
    if any(box_kind == b"meta" for box_kind, _, _ in boxes):
        # HEIF items (an image whatever its brands say): read as HEIF.
        return _inspect_heic(source, kind if kind in _HEIF_TYPES else "image/heif", size)
    if [b[0] for b in boxes].count(b"moov") != 1:
        raise _Unreadable("no moov box or more than one")
    found = _Found()
    _walk_mp4(source, 0, size, b"", 0, found, [0])
    return found.report(kind)


_HEIF_TYPES = ("image/heic", "image/heif", "image/avif")
_HEIF_BRANDS = {
    b"mif1", b"msf1", b"miaf", b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"heif",
    b"avif", b"avis", b"MiHE", b"MiHA", b"MiHB", b"MiAC", b"MiCH", b"MiPr", b"mif2",
}  # fmt: skip


# -- public ----------------------------------------------------------------------------------


def _content_report(
    handle: BinaryIO, media_type: str, size: int, kind: list[str]
) -> MetadataReport:
    """The report on an open file; any failure to read its content raises.

    :param kind: receives the media type the file is read as (an ISO BMFF file's brands).
    """
    from fieldmon.vault.files import bmff_media_type  # files imports this module

    if size == 0:
        raise _Unreadable("empty file")
    head = handle.read(256)
    handle.seek(0)
    declared = bmff_media_type(head)
    if declared is not None:
        kind[0] = declared
        if declared in _HEIF_TYPES or head[8:12] in _HEIF_BRANDS:
            return _inspect_heic(
                handle, declared if declared in _HEIF_TYPES else "image/heif", size
            )
        return _inspect_mp4(handle, declared, size)
    if media_type in _HEIF_TYPES or media_type in (
        "video/mp4",
        "video/quicktime",
        "audio/mp4",
        "video/3gpp",
    ):
        raise _Unreadable("no ftyp box at the start")
    if media_type in _PIL_FORMATS:
        return _inspect_image(handle, media_type, size)
    if media_type == "application/pdf":
        return _inspect_pdf(handle, media_type)
    return MetadataReport(media_type, checked=False, reason="kind of file FieldMon cannot read")


def inspect(data_or_path: bytes | Path, media_type: str) -> MetadataReport:
    """What a file says about where, with what and by whom it was made.

    Reads only; nothing is written. A path is read as needed (a video's boxes are sought, not
    loaded whole); one that is not a regular file (a pipe, a device, a folder) is not opened.

    :param data_or_path: the file's content, or the path of the file.
    :param media_type: its media type, as `files.media_type` gives it (an ISO BMFF file is
        inspected as the brands of its ``ftyp`` box declare: HEIC, AVIF, QuickTime, MP4).
    :return: the report; ``checked`` is True only when every part of the file that can carry
        metadata was read to its end; it is False (with a short ``reason``) for kinds of file
        FieldMon cannot read, files too damaged, too large or too unlike what they claim to be,
        and whatever else goes wrong while reading the content: this never raises for content.
    :raises OSError: when the path cannot be opened or read.
    """
    if isinstance(data_or_path, bytes):
        handle: BinaryIO = io.BytesIO(data_or_path)
        size = len(data_or_path)
    else:
        if not stat.S_ISREG(os.stat(data_or_path).st_mode):
            return MetadataReport(media_type, checked=False, reason="not a regular file")
        fd = os.open(data_or_path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        handle = os.fdopen(fd, "rb")
        size = os.fstat(fd).st_size
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            handle.close()
            return MetadataReport(media_type, checked=False, reason="not a regular file")
    kind = [media_type]
    with handle:
        try:
            return _content_report(handle, media_type, size, kind)
        except _Unreadable as error:
            return MetadataReport(kind[0], checked=False, reason=str(error))
        except Exception as error:  # any failure on hostile content: not checked
            reason = f"the file cannot be read ({type(error).__name__})"
            return MetadataReport(kind[0], checked=False, reason=reason)


def embedded_metadata(data_or_path: bytes | Path, kind: str) -> dict[str, Any]:
    """What is recorded with a stored file: size, camera, time taken and GPS position of photos.

    :param data_or_path: the file's content, or its path.
    :param kind: its media type.
    :return: a JSON-ready dictionary (empty for files that are not readable images).
    """
    if kind not in _PIL_FORMATS:
        return {}
    try:
        if isinstance(data_or_path, bytes):
            source: BinaryIO = io.BytesIO(data_or_path)
        elif stat.S_ISREG(os.stat(data_or_path).st_mode):
            source = open(data_or_path, "rb")  # noqa: SIM115 - closed below
        else:
            return {}
        with source, _pil_header(source, _PIL_FORMATS[kind]) as image:
            exif = image.getexif() if kind != "image/png" else _png_exif(source)
            size = image.size
            meta: dict[str, Any] = {"width": size[0], "height": size[1]}
            camera = " ".join(str(exif[t]).strip() for t in (_MAKE, _MODEL) if t in exif)
            if camera:
                meta["camera"] = camera
            taken = exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
            if taken:
                meta["taken"] = str(taken)
            location = _exif_location(exif.get_ifd(_GPS_IFD))
    except Exception:  # a file Pillow cannot read records nothing here
        return {}
    if location is not None:
        meta["gps"] = {"latitude": location.latitude, "longitude": location.longitude}
    return meta


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


# -- copies without metadata -----------------------------------------------------------------


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

    :param data: the file's content.
    :param kind: its media type.
    :return: the copy without metadata.
    :raises CannotStrip: for kinds other than JPEG and PNG, or a damaged file.
    """
    if kind == "image/jpeg":
        return _strip_jpeg(data)
    if kind == "image/png":
        return _strip_png(data)
    raise CannotStrip(f"removing metadata from {kind} files is not supported (JPEG and PNG are)")
