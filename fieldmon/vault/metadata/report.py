"""What a file says about itself, as reported; what every reader fills in as it reads."""

from __future__ import annotations

from dataclasses import dataclass, field

STRIPPABLE = frozenset({"image/jpeg", "image/png"})
"""Media types of which a copy without metadata can be made."""


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


class _Unreadable(Exception):
    """Part of the content cannot be read to its end: the file is reported as not checked."""


_PLACE_WORDS = ("location", "gps", "latitude", "longitude", "iso6709", "city", "country", "place")


_EMBEDDED_IMAGES = 16
