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
import re
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
_HEIC_SCAN_LIMIT = 16 * 1024 * 1024  # where a HEIC file's EXIF block is looked for
_BOX_DEPTH = 6

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
    """

    media_type: str
    checked: bool
    location: Location | None = None
    camera: str | None = None
    author: str | None = None
    other: dict[str, str] = field(default_factory=dict)
    can_strip: bool = False

    @property
    def sensitive(self) -> bool:
        """True when the file names a place, a device or a person."""
        return bool(self.location or self.camera or self.author)


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

    def add_other(self, name: str, text: str) -> None:
        if text and name not in self.other:
            self.other[name] = text

    def report(self, kind: str) -> MetadataReport:
        return MetadataReport(
            media_type=kind,
            checked=True,
            location=self.location,
            camera=" ".join(self.camera) or None,
            author="; ".join(self.author) or None,
            other=dict(self.other),
            can_strip=can_strip(kind),
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

_XMP_FIELDS = {
    "author": ("dc:creator", "xmp:Author", "pdf:Author", "photoshop:AuthorsPosition"),
    "camera": ("tiff:Make", "tiff:Model", "exifEX:BodySerialNumber", "aux:SerialNumber"),
    "software": ("xmp:CreatorTool", "pdf:Producer"),
    "place": ("photoshop:City", "Iptc4xmpCore:Location", "photoshop:State", "photoshop:Country"),
}


def _xmp_values(xmp: str, name: str) -> list[str]:
    """Values of one XMP property, as an attribute or an element (with rdf:li items)."""
    escaped = re.escape(name)
    values = re.findall(rf'{escaped}="([^"]*)"', xmp)
    for body in re.findall(rf"<{escaped}(?:\s[^>]*)?>(.*?)</{escaped}>", xmp, re.S):
        items = re.findall(r"<rdf:li(?:\s[^>]*)?>(.*?)</rdf:li>", body, re.S)
        values += items or [body]
    return [re.sub(r"<[^>]+>", "", v).strip() for v in values if v.strip()]


def _xmp_degrees(text: str) -> float | None:
    """An XMP GPS coordinate ("40,24.558N" or "40,24,33.48N"; XMP Specification Part 2)."""
    match = re.fullmatch(r"\s*(\d+),(\d+(?:\.\d+)?)(?:,(\d+(?:\.\d+)?))?([NSEW])\s*", text)
    if not match:
        return None
    value = float(match[1]) + float(match[2]) / 60 + float(match[3] or 0) / 3600
    return round(-value if match[4] in "SW" else value, 6)


def _read_xmp(raw: bytes | str, found: _Found) -> None:
    xmp = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
    for name in _XMP_FIELDS["author"]:
        for value in _xmp_values(xmp, name):
            found.add_author(value)
    for name in _XMP_FIELDS["camera"]:
        for value in _xmp_values(xmp, name):
            found.add_camera(value)
    for key in ("software", "place"):
        values = [v for n in _XMP_FIELDS[key] for v in _xmp_values(xmp, n)]
        if values:
            found.add_other(key, ", ".join(dict.fromkeys(values)))
    if found.location is None:
        lat = _xmp_values(xmp, "exif:GPSLatitude")
        lon = _xmp_values(xmp, "exif:GPSLongitude")
        if lat and lon:
            latitude, longitude = _xmp_degrees(lat[0]), _xmp_degrees(lon[0])
            if latitude is not None and longitude is not None:
                found.location = Location(latitude, longitude)


# -- images ----------------------------------------------------------------------------------

_PIL_FORMATS = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/tiff": "TIFF",
    "image/webp": "WEBP",
}
_PNG_AUTHOR_KEYS = {"author", "artist", "copyright", "owner", "creator"}
_PNG_CAMERA_KEYS = {"make", "model", "source", "camera"}


def _inspect_image(source: BinaryIO, kind: str) -> MetadataReport:
    from PIL import Image, UnidentifiedImageError

    found = _Found()
    try:
        # Only the decoder of the kind the bytes were sniffed as: a file another plugin happens
        # to accept was not read as what it claims to be.
        with Image.open(source, formats=[_PIL_FORMATS[kind]]) as image:
            _read_exif(image.getexif(), found)
            info: dict[str, Any] = {str(k): v for k, v in image.info.items()}
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return MetadataReport(kind, checked=False)
    for name in ("xmp", "XML:com.adobe.xmp"):
        if isinstance(info.get(name), (bytes, str)):
            _read_xmp(info[name], found)
    if kind == "image/png":
        for key, value in info.items():
            if not isinstance(value, str) or key == "XML:com.adobe.xmp":
                continue
            lowered = key.lower()
            if lowered in _PNG_AUTHOR_KEYS:
                found.add_author(value.strip())
            elif lowered in _PNG_CAMERA_KEYS:
                found.add_camera(value.strip())
            else:
                found.add_other(key, value.strip())
    if "comment" in info and isinstance(info["comment"], (bytes, str)):
        found.add_other("comment", _text(info["comment"]))
    return found.report(kind)


def _inspect_heic(source: BinaryIO, kind: str) -> MetadataReport:
    """HEIC keeps EXIF as an item of its own; find its TIFF header and read it with Pillow."""
    from PIL import Image

    source.seek(0, io.SEEK_END)
    size = source.tell()
    try:
        _bmff_top_level(source, size)
    except ValueError:
        return MetadataReport(kind, checked=False)
    source.seek(0)
    head = source.read(_HEIC_SCAN_LIMIT)
    start = head.find(b"Exif\x00\x00")
    if start < 0 or head[start + 6 : start + 8] not in (b"MM", b"II"):
        return MetadataReport(kind, checked=False)
    found = _Found()
    exif = Image.Exif()
    try:
        exif.load(head[start:])
        _read_exif(exif, found)
    except (OSError, ValueError, SyntaxError, struct.error):
        return MetadataReport(kind, checked=False)
    xmp_start = head.find(b"<x:xmpmeta")
    if xmp_start >= 0:
        end = head.find(b"</x:xmpmeta>", xmp_start)
        _read_xmp(head[xmp_start : end if end > 0 else xmp_start + 65536], found)
    return found.report(kind)


# -- PDF -------------------------------------------------------------------------------------


def _inspect_pdf(source: BinaryIO, kind: str) -> MetadataReport:
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = source.read(_PDF_READ_LIMIT + 1)
    if len(data) > _PDF_READ_LIMIT:
        return MetadataReport(kind, checked=False)
    found = _Found()
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        info: Any = reader.trailer_view.get("/Info")
        info = info.get_object() if hasattr(info, "get_object") else info
        xmp: Any = reader.root.get("/Metadata")
        xmp = xmp.get_object() if hasattr(xmp, "get_object") else xmp
        xmp_data = xmp.data if xmp is not None and hasattr(xmp, "data") else None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return MetadataReport(kind, checked=False)
    if info is not None:
        for key, value in dict(info).items():
            text = str(value).strip()
            if key == "/Author":
                found.add_author(text)
            elif key != "/Trapped":
                found.add_other(str(key).lstrip("/").lower(), text)
    if xmp_data:
        _read_xmp(xmp_data, found)
    return found.report(kind)


# -- MP4 / QuickTime -------------------------------------------------------------------------

_ISO6709 = re.compile(r"([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")
_CONTAINERS = {b"moov", b"udta", b"trak", b"mdia", b"minf", b"meta"}
_UDTA_FIELDS = {
    b"\xa9xyz": "location",
    b"\xa9mak": "make",
    b"\xa9mod": "model",
    b"\xa9swr": "software",
    b"\xa9aut": "author",
    b"\xa9ART": "author",
    b"\xa9day": "date",
}
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
    altitude = float(match[3]) if match[3] else None
    return Location(round(float(match[1]), 6), round(float(match[2]), 6), altitude)


def _boxes(source: BinaryIO, start: int, end: int) -> Iterator[tuple[bytes, int, int]]:
    """(type, payload start, box end) of each ISO BMFF box between start and end."""
    pos = start
    while pos + 8 <= end:
        source.seek(pos)
        header = source.read(8)
        if len(header) < 8:
            return
        size, kind = struct.unpack(">I4s", header)
        payload = pos + 8
        if size == 1:
            large = source.read(8)
            if len(large) < 8:
                return
            (size,) = struct.unpack(">Q", large)
            payload = pos + 16
        elif size == 0:
            size = end - pos
        if size < payload - pos or pos + size > end:
            return
        yield kind, payload, pos + size
        pos += size


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


def _data_atoms(source: BinaryIO, start: int, end: int) -> list[str]:
    """The text values of the `data` atoms inside an item (type, locale, value)."""
    values = []
    for kind, payload, box_end in _boxes(source, start, end):
        if kind == b"data" and box_end - payload >= 8:
            source.seek(payload + 8)
            values.append(source.read(min(box_end - payload - 8, 4096)).decode("utf-8", "replace"))
    return values


def _read_mp4(source: BinaryIO, start: int, end: int, found: dict[str, str], depth: int) -> None:
    if depth > _BOX_DEPTH:
        return
    keys: list[str] = []
    for kind, payload, box_end in _boxes(source, start, end):
        if kind in _UDTA_FIELDS and box_end - payload <= 4096:
            source.seek(payload)
            raw = source.read(box_end - payload)
            values = _data_atoms(source, payload, box_end) if raw[4:8] == b"data" else []
            text = values[0] if values else _udta_text(raw)
            found.setdefault(_UDTA_FIELDS[kind], text)
        elif kind == b"keys":
            source.seek(payload + 4)
            (count,) = struct.unpack(">I", source.read(4))
            pos = payload + 8
            for _ in range(min(count, 1024)):
                source.seek(pos)
                size_and_space = source.read(8)
                if len(size_and_space) < 8:
                    break
                (size,) = struct.unpack(">I", size_and_space[:4])
                if size < 8 or pos + size > box_end:
                    break
                keys.append(source.read(size - 8).decode("utf-8", "replace").lower())
                pos += size
        elif kind == b"ilst" and keys:
            for item, item_payload, item_end in _boxes(source, payload, box_end):
                (index,) = struct.unpack(">I", item)
                name = _APPLE_KEYS.get(keys[index - 1]) if 0 < index <= len(keys) else None
                values = _data_atoms(source, item_payload, item_end)
                if name and values:
                    found.setdefault(name, values[0])
        elif kind in _CONTAINERS:
            inner = _meta_payload(source, payload, box_end) if kind == b"meta" else payload
            _read_mp4(source, inner, box_end, found, depth + 1)


def _strict_boxes(source: BinaryIO, start: int, end: int) -> list[tuple[bytes, int, int]]:
    """(type, payload start, box end) of the boxes that exactly fill start to end.

    :raises ValueError: when a box header is cut short, a size runs past the end or is too
        small for its header, or a type is not four letters (the bytes are not ISO BMFF).
    """
    out = []
    pos = start
    while pos < end:
        if end - pos < 8:
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
        if not all(32 <= c < 127 or c == 0xA9 for c in kind):
            raise ValueError(f"box at {pos} has no four-letter type")
        out.append((kind, payload, pos + size))
        pos += size
    return out


def _bmff_top_level(source: BinaryIO, size: int) -> list[tuple[bytes, int, int]]:
    """The top-level boxes of an ISO BMFF file, which must begin with a valid ftyp box."""
    boxes = _strict_boxes(source, 0, size)
    if not boxes or boxes[0][0] != b"ftyp":
        raise ValueError("no ftyp box at the start")
    _, payload, end = boxes[0]
    if end - payload < 8 or (end - payload) % 4:
        raise ValueError("the ftyp box is malformed")
    source.seek(payload)
    if not all(32 <= c < 127 for c in source.read(4)):
        raise ValueError("the ftyp box names no brand")
    return boxes


def _check_mp4_structure(source: BinaryIO, size: int) -> None:
    """A movie FieldMon can vouch for: a valid ftyp, boxes to the end of the file, and a moov
    box whose own boxes are walked to its end.

    :raises ValueError: otherwise.
    """
    moov = [b for b in _bmff_top_level(source, size) if b[0] == b"moov"]
    if len(moov) != 1:
        raise ValueError("no moov box" if not moov else "more than one moov box")
    _, payload, end = moov[0]
    _strict_boxes(source, payload, end)


def _inspect_mp4(source: BinaryIO, kind: str, size: int) -> MetadataReport:
    values: dict[str, str] = {}
    try:
        # Only a file whose structure was read can be said to carry no metadata.
        _check_mp4_structure(source, size)
        _read_mp4(source, 0, size, values, 0)
    except (struct.error, OSError, ValueError):
        return MetadataReport(kind, checked=False)
    found = _Found()
    if "location" in values:
        found.location = _iso6709(values["location"])
        if found.location is None:
            found.add_other("location", values["location"])
    found.add_camera(" ".join(values[k] for k in ("make", "model") if values.get(k)))
    found.add_author(values.get("author", ""))
    found.add_other("software", values.get("software", ""))
    found.add_other("taken", values.get("date", ""))
    return found.report(kind)


_HEIF_TYPES = ("image/heic", "image/heif", "image/avif")


# -- public ----------------------------------------------------------------------------------


def inspect(data_or_path: bytes | Path, media_type: str) -> MetadataReport:
    """What a file says about where, with what and by whom it was made.

    Reads only; nothing is written. A path is read as needed (a video's boxes are sought, not
    loaded whole).

    :param data_or_path: the file's content, or the path of the file.
    :param media_type: its media type, as `files.media_type` gives it (an ISO BMFF file is
        inspected as the brands of its ``ftyp`` box declare: HEIC, AVIF, QuickTime, MP4).
    :return: the report; ``checked`` is True only when the file's structure was actually
        read (an image opened by its decoder, a PDF by its parser, a movie's ``ftyp`` and
        ``moov`` boxes walked to their end); it is False for kinds of file FieldMon cannot
        read and for files too damaged (or too unlike what they claim to be) to read.
    :raises OSError: when the path cannot be opened or read.
    """
    if isinstance(data_or_path, bytes):
        handle: BinaryIO = io.BytesIO(data_or_path)
        size = len(data_or_path)
    else:
        handle = open(data_or_path, "rb")  # noqa: SIM115 - closed below
        size = Path(data_or_path).stat().st_size
    from fieldmon.vault.files import bmff_media_type  # files imports this module

    with handle:
        head = handle.read(256)
        handle.seek(0)
        declared = bmff_media_type(head)
        if declared in _HEIF_TYPES or (declared is None and media_type in _HEIF_TYPES):
            return _inspect_heic(handle, declared or media_type)
        if media_type in _PIL_FORMATS:
            return _inspect_image(handle, media_type)
        if media_type == "application/pdf":
            return _inspect_pdf(handle, media_type)
        if declared or media_type in ("video/mp4", "video/quicktime", "audio/mp4", "video/3gpp"):
            return _inspect_mp4(handle, declared or media_type, size)
    return MetadataReport(media_type, checked=False)


def embedded_metadata(data_or_path: bytes | Path, kind: str) -> dict[str, Any]:
    """What is recorded with a stored file: size, camera, time taken and GPS position of photos.

    :param data_or_path: the file's content, or its path.
    :param kind: its media type.
    :return: a JSON-ready dictionary (empty for files that are not readable images).
    """
    if not kind.startswith("image/"):
        return {}
    from PIL import Image, UnidentifiedImageError

    source: Any = io.BytesIO(data_or_path) if isinstance(data_or_path, bytes) else data_or_path
    try:
        with Image.open(source) as image:
            exif = image.getexif()
            size = image.size
    except (UnidentifiedImageError, OSError, ValueError):
        return {}
    meta: dict[str, Any] = {"width": size[0], "height": size[1]}
    camera = " ".join(str(exif[t]).strip() for t in (_MAKE, _MODEL) if t in exif)
    if camera:
        meta["camera"] = camera
    taken = exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
    if taken:
        meta["taken"] = str(taken)
    location = _exif_location(exif.get_ifd(_GPS_IFD))
    if location is not None:
        meta["gps"] = {"latitude": location.latitude, "longitude": location.longitude}
    return meta


# -- copies without metadata -----------------------------------------------------------------


def _strip_jpeg(data: bytes) -> bytes:
    """Drop APP1 (EXIF, XMP), APP2-APP15 except ICC profiles and Adobe colour (APP14), and
    comments (COM); keep everything else byte for byte (ITU-T T.81 Annex B)."""
    if data[:2] != b"\xff\xd8":
        raise CannotStrip("not a JPEG file")
    out = bytearray(b"\xff\xd8")
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise CannotStrip("damaged JPEG structure")
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA or marker == 0xD9:  # start of scan: the rest is image data
            out += data[pos:]
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += data[pos : pos + 2]
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        segment = data[pos : pos + 2 + length]
        keep = True
        if marker == 0xFE or 0xE1 <= marker <= 0xEF:
            keep = (marker == 0xE2 and segment[4:16] == b"ICC_PROFILE\x00") or marker == 0xEE
        if keep:
            out += segment
        pos += 2 + length
    raise CannotStrip("JPEG file ends before its image data")


_PNG_METADATA_CHUNKS = {b"eXIf", b"tEXt", b"iTXt", b"zTXt", b"tIME"}


def _strip_png(data: bytes) -> bytes:
    """Drop eXIf, tEXt, iTXt, zTXt and tIME chunks (PNG 3rd edition §11.3)."""
    signature = b"\x89PNG\r\n\x1a\n"
    if not data.startswith(signature):
        raise CannotStrip("not a PNG file")
    out = bytearray(signature)
    pos = len(signature)
    while pos + 8 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
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
