"""What a file says about where, with what and by whom it was made, and copies without it.

A photo's GPS position can reveal where a victim lives or where a monitor met them; a camera's
serial number or a document's author can name the person who made it. `inspect` reads, without
writing anything, what FieldMon can read of:

- JPEG, PNG, TIFF, WebP: EXIF (GPS, Make/Model, BodySerialNumber, Artist, CameraOwnerName,
  XPAuthor, Copyright, Software, DateTimeOriginal), XMP, PNG text chunks (tEXt, iTXt, zTXt);
- HEIC/HEIF/AVIF: every EXIF block and XMP packet found in the file;
- PDF: the document information dictionary (/Author, /Creator, /Producer; ISO 32000-1 §14.3.3)
  and the XMP metadata stream;
- MP4/MOV (ISO/IEC 14496-12 boxes): the QuickTime user-data atoms ``©xyz`` (an ISO 6709
  position), ``©mak``, ``©mod``, ``©swr``, and Apple's ``moov/meta`` ``keys``/``ilst`` items
  (``com.apple.quicktime.location.ISO6709``, ``.make``, ``.model``, ``.software``, ``.author``).

Any other kind of file is reported as not checked, never as clean; so is a file whose structure
could not be read to the end (an image its decoder cannot open, a PDF its parser refuses, a movie
without a valid ``ftyp`` box and a ``moov`` box walked to its end), whatever its name says.
`strip_metadata` makes a copy without metadata of JPEG and PNG files only, losslessly (image data
is copied, not re-encoded), except that a picture with an EXIF orientation is turned upright
first: the copy is upright without the tag (`strip`).

The package has one module per concept; this module is its public surface, and decides which
reader reads a file:

- `report`: `MetadataReport`, `Location`, and what every reader fills in as it reads;
- `exif`, `xmp`, `iptc`: the metadata blocks, wherever a file keeps them;
- `jpeg`, `png`, `image`: image files (TIFF and WebP through Pillow's header readers);
- `boxes`, `movie`, `bmff`: ISO BMFF box structure, MP4/QuickTime movies, HEIF images;
- `pdf`: PDF documents;
- `embedded`: `embedded_metadata`, the summary stored with a photo;
- `strip`: `strip_metadata` and `CannotStrip`.

A file's media type comes from `fieldmon.vault.mediatype`, below this package; nothing here
imports `fieldmon.vault.files`.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import BinaryIO

from fieldmon.vault.mediatype import bmff_media_type
from fieldmon.vault.metadata.bmff import _HEIF_BRANDS, _HEIF_TYPES, _inspect_heic, _inspect_mp4
from fieldmon.vault.metadata.embedded import embedded_metadata as embedded_metadata
from fieldmon.vault.metadata.image import _PIL_FORMATS, _inspect_image
from fieldmon.vault.metadata.pdf import _inspect_pdf as _inspect_pdf
from fieldmon.vault.metadata.report import STRIPPABLE as STRIPPABLE
from fieldmon.vault.metadata.report import Location as Location
from fieldmon.vault.metadata.report import MetadataReport as MetadataReport
from fieldmon.vault.metadata.report import _Unreadable as _Unreadable
from fieldmon.vault.metadata.report import can_strip as can_strip
from fieldmon.vault.metadata.strip import CannotStrip as CannotStrip
from fieldmon.vault.metadata.strip import strip_metadata as strip_metadata
from fieldmon.vault.metadata.xmp import _xmp_properties as _xmp_properties
from fieldmon.vault.regular import NotRegularFile, open_regular

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


def _content_report(
    handle: BinaryIO, media_type: str, size: int, kind: list[str]
) -> MetadataReport:
    """The report on an open file; any failure to read its content raises.

    :param kind: receives the media type the file is read as (an ISO BMFF file's brands).
    """
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
    :param media_type: its media type, as `mediatype.media_type` gives it (an ISO BMFF file is
        inspected as the brands of its ``ftyp`` box declare: HEIC, AVIF, QuickTime, MP4).
    :return: the report; ``checked`` is True only when every part of the file that can carry
        metadata was read to its end; it is False (with a short ``reason``) for kinds of file
        FieldMon cannot read, files too damaged, too large or too unlike what they claim to be,
        and whatever else goes wrong while reading the content: this never raises for content.
    :raises OSError: when the path does not exist or cannot be opened.
    """
    if isinstance(data_or_path, bytes):
        handle: BinaryIO = io.BytesIO(data_or_path)
        size = len(data_or_path)
    else:
        try:
            handle = open_regular(Path(data_or_path))
        except NotRegularFile:
            return MetadataReport(media_type, checked=False, reason="not a regular file")
        size = os.fstat(handle.fileno()).st_size
    kind = [media_type]
    with handle:
        try:
            return _content_report(handle, media_type, size, kind)
        except _Unreadable as error:
            return MetadataReport(kind[0], checked=False, reason=str(error))
        except Exception as error:  # any failure on hostile content: not checked
            reason = f"the file cannot be read ({type(error).__name__})"
            return MetadataReport(kind[0], checked=False, reason=reason)
