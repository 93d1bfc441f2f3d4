"""MP4 and QuickTime movies: every box walked; user data, Apple metadata items, 3GPP location."""

from __future__ import annotations

import re
import struct
from typing import BinaryIO

from fieldmon.vault.metadata.boxes import _BOX_DEPTH, _BOX_LIMIT, _read_at, _strict_boxes
from fieldmon.vault.metadata.report import _PLACE_WORDS, Location, _Found, _Unreadable
from fieldmon.vault.metadata.xmp import _read_xmp

# An ISO 6709 point in decimal degrees: latitude, longitude, optional altitude.
_ISO6709 = re.compile(r"([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")
# The uuid box that holds an XMP packet in an MP4 file (XMP Specification Part 3).
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
