"""Images: JPEG and PNG by their own readers, TIFF and WebP through Pillow's header readers."""

from __future__ import annotations

from typing import Any, BinaryIO

from fieldmon.vault.metadata.exif import _read_exif
from fieldmon.vault.metadata.iptc import _read_iim, _read_photoshop
from fieldmon.vault.metadata.jpeg import _inspect_jpeg
from fieldmon.vault.metadata.png import _inspect_png
from fieldmon.vault.metadata.report import MetadataReport, _Found, _Unreadable
from fieldmon.vault.metadata.xmp import _read_xmp

_IMAGE_READ_LIMIT = 256 * 1024 * 1024  # a JPEG or PNG larger than this is not checked


_PIL_FORMATS = {
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/tiff": "TIFF",
    "image/webp": "WEBP",
}


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


def _inspect_image(source: BinaryIO, kind: str, size: int) -> MetadataReport:
    """An image's report: PNG and JPEG by their own readers, TIFF and WebP through Pillow (every
    page, with the XMP, IPTC and Photoshop blocks of TIFF tags 700, 33723 and 34377).

    :raises _Unreadable: for a file its reader cannot read to the end, a JPEG over 256 MiB, or
        more than 64 pages.
    """
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
