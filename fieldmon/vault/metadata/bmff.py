"""ISO BMFF files read as what their boxes say: HEIF images (ISO/IEC 23008-12) or movies."""

from __future__ import annotations

import re
from typing import BinaryIO

from fieldmon.vault.metadata.boxes import _bmff_top_level
from fieldmon.vault.metadata.exif import _read_exif_bytes
from fieldmon.vault.metadata.movie import _walk_mp4
from fieldmon.vault.metadata.report import _EMBEDDED_IMAGES, MetadataReport, _Found, _Unreadable
from fieldmon.vault.metadata.xmp import _read_xmp

_HEIC_SCAN_LIMIT = 64 * 1024 * 1024  # a larger HEIF file is not checked (it is read whole)

# Media types read as HEIF, and the brands (ISO/IEC 23008-12 Annex B; MIAF; AVIF) that make a
# file HEIF whatever its major brand.
_HEIF_TYPES = ("image/heic", "image/heif", "image/avif")
_HEIF_BRANDS = {
    b"mif1", b"msf1", b"miaf", b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"heif",
    b"avif", b"avis", b"MiHE", b"MiHA", b"MiHB", b"MiAC", b"MiCH", b"MiPr", b"mif2",
}  # fmt: skip


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


def _inspect_mp4(source: BinaryIO, kind: str, size: int) -> MetadataReport:
    """A movie's report: every box walked (`movie._walk_mp4`); a file with a top-level meta box
    is read as HEIF.

    :raises _Unreadable: when the file is not one ftyp, one moov and boxes FieldMon knows.
    """
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
