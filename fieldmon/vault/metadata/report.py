"""What a file says about itself, as reported; what every reader fills in as it reads.

`MetadataReport` and `Location` are public (re-exported by `fieldmon.vault.metadata`); `_Found`
and `_Unreadable` are shared by the readers of this package and used nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass, field

STRIPPABLE = frozenset({"image/jpeg", "image/png"})
"""Media types of which a copy without metadata can be made."""


@dataclass(frozen=True)
class Location:
    """A position in decimal degrees (WGS 84): north and east positive; altitude in metres.

    Read from EXIF GPS tags (CIPA DC-008), XMP (XMP Specification Part 2), an ISO 6709 string
    (QuickTime ``©xyz``, Apple's location key) or a 3GPP ``loci`` box (3GPP TS 26.244).

    :ivar latitude: degrees, -90 to 90, rounded to 6 decimals (about 0.1 m).
    :ivar longitude: degrees, -180 to 180, rounded to 6 decimals.
    :ivar altitude: metres above sea level (negative below), when the file records it.
    """

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
        """Whether the file names a place (a position or a place name), a device or a person.

        The other fields (software, time taken…) do not count: they are shown, not warned of.
        A report that was not checked is never sensitive; callers say "not checked" instead.
        """
        return bool(self.location or self.place or self.camera or self.author)


def can_strip(kind: str) -> bool:
    """Whether `strip_metadata` can make a copy without metadata of a file of this kind.

    :param kind: a media type, as `fieldmon.vault.mediatype.media_type` gives it.
    :return: True for the types in `STRIPPABLE` (JPEG and PNG); the file itself may still be
        too damaged to strip (`strip_metadata` then raises `CannotStrip`).
    """
    return kind in STRIPPABLE


# Values some writers put in an author field (reportlab's "anonymous") that name nobody.
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
        """Add a device's make, model or serial number, once."""
        if text and text not in self.camera:
            self.camera.append(text)

    def add_author(self, text: str) -> None:
        """Add a person's name, once, unless it names nobody ("anonymous")."""
        # Placeholders some writers put in (reportlab's "anonymous") name nobody.
        if text.lower() in _NO_AUTHOR:
            return
        if text and text not in self.author:
            self.author.append(text)

    def add_place(self, text: str) -> None:
        """Add a place name (or a position FieldMon cannot read), once."""
        if text and text not in self.place:
            self.place.append(text)

    def add_other(self, name: str, text: str) -> None:
        """Add a further field; the first value of a name wins."""
        if text and name not in self.other:
            self.other[name] = text

    def report(self, kind: str) -> MetadataReport:
        """What was found, as a checked report on a file of media type kind."""
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


class _Unreadable(Exception):
    """Part of the content cannot be read to its end: the file is reported as not checked."""


# Words in a field's name (PNG text keyword, movie key) that make its value a place.
_PLACE_WORDS = ("location", "gps", "latitude", "longitude", "iso6709", "city", "country", "place")


# The most pictures read in one JPEG file (MPF, appended) or EXIF blocks in one HEIF file.
_EMBEDDED_IMAGES = 16
