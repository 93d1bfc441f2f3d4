"""Copies of JPEG and PNG files without metadata, made losslessly (no pixel is re-encoded),
except that a picture with an EXIF orientation is first turned upright (see `_upright`)."""

from __future__ import annotations

import io
import struct
import warnings

from PIL import Image, JpegImagePlugin

from fieldmon import images
from fieldmon.vault.metadata.jpeg import _jpeg_segments
from fieldmon.vault.metadata.png import _PNG_SIGNATURE


class CannotStrip(ValueError):
    """No copy without metadata can be made of this file (its kind, or its damaged structure).

    A `ValueError`; its message says why in a few words (for logs, not translated).
    """


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


def _upright(data: bytes, kind: str) -> bytes | None:
    """The picture turned upright and encoded again, when its EXIF orientation (CIPA DC-008 tag
    0x0112, or XMP tiff:Orientation as Pillow reads it) is not 1; None when it needs no turn.

    The orientation tag is metadata like any other and is dropped with the rest, so the pixels
    themselves must be upright. Pillow offers no lossless JPEG rotation (jpegtran's DCT-domain
    transform), so a JPEG is encoded again with the original's own quantisation tables and
    chroma subsampling (Pillow's ``qtables`` and ``subsampling``: as close to the original as
    a new encoding gets) and its ICC profile; a PNG is encoded again losslessly (same mode and
    bit depth, ICC profile and transparency kept; gAMA, cHRM and sRGB chunks are not).

    :raises CannotStrip: when the picture needs turning but has more pixels than
        `fieldmon.images.MAX_PIXELS`, or cannot be decoded (truncated, damaged).
    """
    header = images.read_header(data)
    if header is None or header.orientation not in images.ORIENTATIONS:
        return None
    width, height = header.size
    if header.pixels > images.MAX_PIXELS:
        raise CannotStrip(
            f"the picture ({width} × {height} pixels) is too large to turn upright"
            f" (at most {images.MAX_PIXELS:,} pixels)"
        )
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            source = Image.open(io.BytesIO(data))
        with source:
            source.load()
            turned = source.transpose(images.ORIENTATIONS[header.orientation])
            out = io.BytesIO()
            icc = source.info.get("icc_profile")
            if kind == "image/jpeg":
                options: dict[str, object] = {"quality": 95}
                if isinstance(source, JpegImagePlugin.JpegImageFile) and source.quantization:
                    sampling = JpegImagePlugin.get_sampling(source)
                    options = {"qtables": source.quantization}
                    if sampling >= 0:
                        options["subsampling"] = sampling
                turned.save(out, "JPEG", icc_profile=icc, **options)
            else:
                keep = ("transparency",)
                extra = {k: source.info[k] for k in keep if k in source.info}
                turned.save(out, "PNG", icc_profile=icc, **extra)
    except (OSError, ValueError, EOFError, SyntaxError, Image.DecompressionBombError) as error:
        raise CannotStrip(f"the picture cannot be decoded to turn it upright ({error})") from None
    return out.getvalue()


def strip_metadata(data: bytes, kind: str) -> bytes:
    """The same image without EXIF, GPS, XMP or comments, upright; pixels are copied, not
    re-encoded, unless they must be turned.

    JPEG: APP1 to APP15 segments (except ICC profiles and Adobe APP14) and comments are dropped
    (ITU-T T.81 Annex B); PNG: eXIf, tEXt, iTXt, zTXt and tIME chunks (PNG 3rd edition §11.3).
    Every other byte is kept as it was, so the picture is the same to the bit, except for a
    picture whose EXIF orientation is not 1: it is turned upright and encoded again first
    (`_upright`), because the orientation tag goes with the rest of the metadata.

    :param data: the file's content.
    :param kind: its media type (see `can_strip`).
    :return: the copy without metadata, upright without an orientation tag.
    :raises CannotStrip: for kinds other than JPEG and PNG, a file damaged or cut short before
        its image data (JPEG) or its IEND chunk (PNG), or a picture that must be turned upright
        but is too large (over `fieldmon.images.MAX_PIXELS` pixels) or cannot be decoded.
    """
    if kind not in ("image/jpeg", "image/png"):
        raise CannotStrip(
            f"removing metadata from {kind} files is not supported (JPEG and PNG are)"
        )
    # The structure is checked first: a file the walk refuses is refused whatever it shows.
    stripped = _strip_jpeg(data) if kind == "image/jpeg" else _strip_png(data)
    turned = _upright(data, kind)
    if turned is None:
        return stripped
    return _strip_jpeg(turned) if kind == "image/jpeg" else _strip_png(turned)
