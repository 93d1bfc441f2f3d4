"""XMP packets (ISO 16684-1; XMP Specification Part 2 for GPS): author, device, place."""

from __future__ import annotations

import re
from typing import Any

from fieldmon.vault.metadata.report import Location, _Found, _Unreadable

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
