"""Pictures as they are: an evidence image decoded for drawing (a dossier annex, the app's
viewer), upright, faithful and bounded in memory. Pillow only; no Qt, no reportlab.

The stored file is never changed by anything here: this module only decides what is drawn.

- Upright: the EXIF orientation (CIPA DC-008 tag 0x0112) is applied as Pillow's
  ``ImageOps.exif_transpose`` applies it; HEIF photos come upright from libheif (pillow-heif
  applies ``irot``/``imir`` and resets the tag).
- Faithful: 16-bit greyscale is scaled to 8 bits (65535 -> 255), not clipped to white; CMYK
  becomes RGB (through its ICC profile when it has one); transparency is composited on white;
  palette, 1-bit, LAB, YCbCr and 32-bit images become RGB or L. A file of several frames
  (TIFF, GIF, WebP, HEIF) is drawn from its first frame, and the number of frames is told.
- Bounded: no more than `MAX_PIXELS` pixels are ever decoded. A JPEG is decoded already
  reduced (``Image.draft``: libjpeg scales by 1/2, 1/4 or 1/8 while decoding), a JPEG 2000 at
  a lower resolution level (``reduce``); any other picture larger than the bound is not decoded
  at all (`Picture.too_large`), its size read from its header. Pillow's own decompression-bomb
  check (``Image.MAX_IMAGE_PIXELS``) stays as it is; a file it refuses is measured from its
  header and reported too large.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

import pillow_heif
from PIL import Image, ImageCms, UnidentifiedImageError

__all__ = [
    "MAX_PIXELS",
    "MAX_SIDE",
    "ORIENTATIONS",
    "Header",
    "Picture",
    "draw",
    "read_header",
]

MAX_PIXELS = 50_000_000
"""The most pixels decoded at once (an RGBA picture of this size takes 200 MB); a picture
larger than `MAX_SIDE` is shrunk by a whole factor before it is converted, so conversions copy
few pixels."""
MAX_SIDE = 4096
"""The longest side, in pixels, of a picture as drawn (600 dpi across an A4 page)."""

ORIENTATIONS = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
"""EXIF orientation (CIPA DC-008 tag 0x0112) -> the transposition that makes it upright, as
Pillow's ``ImageOps.exif_transpose`` uses it; 1 (and any value not listed) needs none."""

_ORIENTATION_TAG = 0x0112

# pillow-heif adds HEIF (HEIC) to Pillow's openers; AVIF is Pillow's own (Pillow 11.2+).
pillow_heif.register_heif_opener()

# What Pillow documents Image.open (UnidentifiedImageError, ValueError), load (OSError for a
# truncated or unreadable file) and seek (EOFError) to raise on content; SyntaxError is what
# its plugins raise for a malformed header, and DecompressionBombError its size check.
_DECODE_ERRORS = (OSError, ValueError, EOFError, SyntaxError, Image.DecompressionBombError)


@dataclass(frozen=True)
class Header:
    """What a picture's header says, read without decoding its pixels.

    :ivar format: Pillow's format name (``JPEG``, ``PNG``, ``HEIF``…).
    :ivar mode: Pillow's mode of the stored pixels (``RGB``, ``I;16``, ``CMYK``…).
    :ivar size: the stored size in pixels (width, height), before orientation.
    :ivar orientation: the EXIF orientation, 1 to 8 (1 when absent or not a valid value).
    :ivar frames: the number of frames (pages of a TIFF, frames of a GIF or WebP); 1 or more.
    """

    format: str
    mode: str
    size: tuple[int, int]
    orientation: int
    frames: int

    @property
    def upright_size(self) -> tuple[int, int]:
        """The size as drawn (width, height) in pixels: orientations 5 to 8 swap the sides."""
        w, h = self.size
        return (h, w) if self.orientation in (5, 6, 7, 8) else (w, h)

    @property
    def pixels(self) -> int:
        """Width times height, in pixels."""
        return self.size[0] * self.size[1]


@dataclass(frozen=True)
class Picture:
    """A picture as drawn, or why it is not drawn.

    :ivar image: the upright picture in mode ``RGB`` or ``L``, at most `MAX_SIDE` (or the
        caller's bound) pixels a side; None when it is not drawn.
    :ivar header: what the header said; None when the file is not a picture Pillow can read.
    :ivar too_large: True when the picture has more pixels than can be decoded within the bound
        (even reduced); the header then says its size.
    :ivar problem: why it is not drawn, in a few words for logs (not translated); "" when drawn.
    """

    image: Image.Image | None
    header: Header | None
    too_large: bool = False
    problem: str = ""

    @property
    def frames(self) -> int:
        """The number of frames of the file (1 when unknown); only the first is drawn."""
        return self.header.frames if self.header else 1


def _orientation(image: Image.Image) -> int:
    """The EXIF orientation of an opened image, 1 when absent or not between 1 and 8."""
    try:
        value = image.getexif().get(_ORIENTATION_TAG, 1)
    except _DECODE_ERRORS:  # an EXIF block Pillow cannot read orients nothing
        return 1
    return value if isinstance(value, int) and 1 <= value <= 8 else 1


def _open(data: bytes) -> Image.Image:
    """Open (not decode) an image; a picture over Pillow's bomb limit is opened all the same by
    its format's opener, so that its header can be read and its pixels refused here.

    :raises UnidentifiedImageError: when no opener reads the file.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            return Image.open(io.BytesIO(data))
        except Image.DecompressionBombError:
            pass
    # Image.open's own sequence without its size check (Pillow's register_open registry).
    Image.init()
    prefix = data[:16]
    for name in Image.ID:
        factory, accept = Image.OPEN[name]
        if accept is not None and not accept(prefix):
            continue
        try:
            return factory(io.BytesIO(data), "")
        except (SyntaxError, IndexError, TypeError, *_DECODE_ERRORS):
            continue
    raise UnidentifiedImageError("cannot identify image file")


def _header(image: Image.Image) -> Header:
    frames = getattr(image, "n_frames", 1)
    return Header(
        format=str(image.format or ""),
        mode=image.mode,
        size=(int(image.size[0]), int(image.size[1])),
        # Pillow's TIFF reader gives the size upright and turns the pixels itself on load.
        orientation=1 if image.format == "TIFF" else _orientation(image),
        frames=frames if isinstance(frames, int) and frames > 0 else 1,
    )


def read_header(data: bytes) -> Header | None:
    """What a picture's header says, without decoding its pixels (any size is measured).

    :param data: the file's bytes.
    :return: the header; None when Pillow (with pillow-heif) cannot read the file as a picture.
    """
    try:
        with _open(data) as image:
            return _header(image)
    except _DECODE_ERRORS:
        return None


def _fit(size: tuple[int, int], side: int) -> tuple[int, int]:
    """size scaled down (never up) so that its longest side is at most side, aspect kept."""
    w, h = size
    scale = min(1.0, side / max(w, h, 1))
    return max(1, round(w * scale)), max(1, round(h * scale))


def _reduce_before_decoding(image: Image.Image, header: Header, limit: int, side: int) -> bool:
    """Ask the decoder for a reduced picture when it can make one; whether it fits the limit.

    JPEG: ``draft`` picks the largest libjpeg scale (1, 1/2, 1/4, 1/8) still at least as large
    as wanted. JPEG 2000: ``reduce`` discards resolution levels (each halves both sides).
    """
    w, h = header.size
    if header.format == "JPEG":
        wanted = _fit((w, h), side)
        if w * h > limit:  # the smallest scale that fits, even if below the wanted size
            for factor in (2, 4, 8):
                if -(-w // factor) * -(-h // factor) <= limit:
                    wanted = (max(wanted[0], -(-w // factor)), max(wanted[1], -(-h // factor)))
                    break
        image.draft(image.mode, wanted)
    elif header.format == "JPEG2000":
        level = 0
        while (w >> level) * (h >> level) > limit and level < 5:
            level += 1
        image.reduce = level  # type: ignore[method-assign,assignment]
        return ((w + (1 << level >> 1)) >> level) * ((h + (1 << level >> 1)) >> level) <= limit
    return image.size[0] * image.size[1] <= limit


def _on_white(image: Image.Image) -> Image.Image:
    """An image with transparency, composited on white (RGB, or L for grey)."""
    grey = image.mode in ("LA", "La")
    wanted = "LA" if grey else "RGBA"
    rgba = image if image.mode == wanted else image.convert(wanted)
    base = Image.new(rgba.mode, rgba.size, (255, 255) if grey else (255, 255, 255, 255))
    base.alpha_composite(rgba)
    return base.convert("L" if grey else "RGB")


def _to_display(image: Image.Image, header: Header) -> Image.Image:
    """The decoded pixels as 8-bit RGB or L, as an image viewer shows them."""
    mode = image.mode
    if mode in ("RGB", "L"):
        return image
    if mode.startswith("I;16") or (mode == "I" and header.format == "PNG"):
        # 16-bit samples: 0..65535 -> 0..255 (PNG 3rd edition §13.12; 257 = 65535 / 255).
        return image.convert("I").point(lambda v: v * (1 / 257)).convert("L")
    if mode in ("I", "F"):
        # 32-bit integers or floats (TIFF): their own range stretched to 0..255.
        low, high = (float(v) for v in image.getextrema()[:2])  # type: ignore[arg-type]
        scale = 255 / ((high - low) or 1.0)
        return image.point(lambda v: v * scale + (-low * scale)).convert("L")
    if mode == "CMYK":
        return _cmyk_to_rgb(image)
    if mode in ("RGBA", "RGBa", "LA", "La", "PA") or (mode == "P" and "transparency" in image.info):
        return _on_white(image)
    if mode == "1":
        return image.convert("L")
    return image.convert("RGB")  # P, RGBX, YCbCr, LAB, HSV


def _cmyk_to_rgb(image: Image.Image) -> Image.Image:
    """CMYK to RGB through the file's ICC profile when it has one Pillow's LittleCMS reads, and
    Pillow's plain conversion otherwise (Adobe's inverted CMYK is undone by the JPEG decoder)."""
    profile = image.info.get("icc_profile")
    if profile:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
            converted = ImageCms.profileToProfile(
                image, source, ImageCms.createProfile("sRGB"), outputMode="RGB"
            )
            if converted is not None:
                return converted
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # a profile LittleCMS refuses: the plain conversion
    return image.convert("RGB")


def _reduced(image: Image.Image, side: int) -> Image.Image:
    """The decoded pixels scaled down to at most side a side before any conversion (Pillow's
    ``resize``, alpha premultiplied for RGBA), so that converting a large picture copies few
    pixels; the image itself when it is small enough or of a mode resize does not take well
    (P, 1: converted first, then scaled)."""
    if max(image.size) <= side or image.mode not in _RESIZABLE:
        return image
    return image.resize(_fit(image.size, side), Image.Resampling.LANCZOS, reducing_gap=3.0)


_RESIZABLE = ("L", "LA", "RGB", "RGBA", "RGBX", "CMYK", "I", "F", "I;16", "I;16L", "I;16B")


def draw(data: bytes, *, max_pixels: int = MAX_PIXELS, max_side: int = MAX_SIDE) -> Picture:
    """A picture decoded to be drawn: upright, 8-bit RGB or L, its longest side at most
    max_side, never more than max_pixels pixels decoded.

    :param data: the file's bytes (as stored; they are not changed).
    :param max_pixels: the most pixels decoded (`MAX_PIXELS`, 50 million, by default).
    :param max_side: the longest side drawn, in pixels (`MAX_SIDE`, 4096, by default).
    :return: the picture, or why it is not drawn: ``too_large`` (with the size in its header)
        when even a reduced decoding would exceed max_pixels; a ``problem`` and no image when
        the file is not a picture Pillow can read (empty, truncated, damaged, unknown kind).
        Only the first frame of a file of several is drawn (``frames`` says how many).
    """
    if not data:
        return Picture(None, None, problem="empty file")
    try:
        image = _open(data)
    except _DECODE_ERRORS as error:
        return Picture(None, None, problem=f"not a picture Pillow can read ({error})")
    with image:
        try:
            header = _header(image)
        except _DECODE_ERRORS as error:
            return Picture(None, None, problem=f"not a picture Pillow can read ({error})")
        try:
            if not _reduce_before_decoding(image, header, max_pixels, max_side):
                return Picture(None, header, too_large=True, problem="too large to decode")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", Image.DecompressionBombWarning)
                image.load()
            shown = _to_display(_reduced(image, max_side), header)
        except _DECODE_ERRORS as error:
            return Picture(None, header, problem=f"cannot be decoded ({error})")
        if header.orientation in ORIENTATIONS:
            shown = shown.transpose(ORIENTATIONS[header.orientation])
        if max(shown.size) > max_side:
            shown = shown.resize(_fit(shown.size, max_side), Image.Resampling.LANCZOS)
        elif shown is image:
            shown = image.copy()  # the caller owns it; the file's image is closed here
        return Picture(shown, header)
