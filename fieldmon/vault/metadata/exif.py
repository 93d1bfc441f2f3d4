"""EXIF (CIPA DC-008, EXIF 2.32; TIFF 6.0 structure): position, device, author, time taken."""

from __future__ import annotations

from typing import Any

from fieldmon.vault.metadata.report import Location, _Found, _Unreadable

# EXIF tags (CIPA DC-008 / TIFF 6.0), by number.
_MAKE, _MODEL, _SOFTWARE, _DATETIME, _ARTIST, _COPYRIGHT = 271, 272, 305, 306, 315, 33432
_XP_AUTHOR, _EXIF_IFD, _GPS_IFD = 0x9C9D, 0x8769, 0x8825
_DATETIME_ORIGINAL, _OWNER, _BODY_SERIAL, _LENS_SERIAL = 36867, 0xA430, 0xA431, 0xA435


def _gps_degrees(values: Any, ref: Any) -> float | None:
    """Decimal degrees from EXIF GPS degrees, minutes, seconds and a reference (N, S, E, W)."""
    try:
        degrees, minutes, seconds = (float(v) for v in values)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = degrees + minutes / 60 + seconds / 3600
    return round(-result if str(ref).strip("\x00") in ("S", "W") else result, 6)


def _text(value: Any) -> str:
    """An EXIF value as trimmed text (ASCII, or UTF-16LE for the Windows XP tags)."""
    if isinstance(value, bytes):
        # XPAuthor is UTF-16LE; other byte strings are ASCII by the standard.
        decoded = value.decode("utf-16-le" if value[1:2] == b"\x00" else "latin-1", "replace")
        return decoded.strip("\x00 ").strip()
    if isinstance(value, tuple) and all(isinstance(v, int) for v in value):
        return _text(bytes(value))
    return str(value).strip("\x00 ").strip()


def _exif_location(gps: Any) -> Location | None:
    """The position of an EXIF GPS IFD (tags 1-6), or None without a readable one."""
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


def _read_exif_bytes(data: bytes, found: _Found) -> None:
    """A TIFF-structured EXIF block (with or without the "Exif\\0\\0" prefix)."""
    from PIL import Image

    exif = Image.Exif()
    try:
        exif.load(data)
        _read_exif(exif, found)
    except Exception as error:
        raise _Unreadable(f"damaged EXIF block ({type(error).__name__})") from None
