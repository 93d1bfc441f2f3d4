"""Pictures on a dossier's pages: an evidence image fitted to the page, upright and bounded in
memory (`fieldmon.images` decides what is drawn), or a PDF annex's page rendered as an image.

A JPEG in RGB or grey is embedded as its own bytes (reportlab writes them as a DCTDecode
stream, ISO 32000-1 §7.4.8) and turned upright by the page's transformation matrix (ISO
32000-1 §8.3.4), so a phone's portrait photo costs no re-encoding and no decoded pixels. Any
other picture is decoded by `fieldmon.images.draw` when its page is drawn, and let go after.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from fieldmon import images

__all__ = ["CannotDraw", "FittedImage"]

# EXIF orientation -> the matrix (a, b, c, d) that draws the stored picture upright, about its
# centre, in PDF space (y up): x' = a·x + c·y, y' = b·x + d·y. The same turns and mirrors as
# `fieldmon.images.ORIENTATIONS` (Pillow's exif_transpose).
_MATRICES = {
    1: (1, 0, 0, 1),
    2: (-1, 0, 0, 1),
    3: (-1, 0, 0, -1),
    4: (1, 0, 0, -1),
    5: (0, -1, -1, 0),
    6: (0, -1, 1, 0),
    7: (0, 1, 1, 0),
    8: (0, 1, -1, 0),
}

# Annex pictures are drawn at most this many pixels a side (300 dpi across the A4 frame).
DOSSIER_SIDE = 2048


class CannotDraw(ValueError):
    """The picture is not drawn: too large to decode within the bound, or not readable.

    :ivar picture: what `fieldmon.images.draw` found (its header gives the size when known).
    """

    def __init__(self, picture: images.Picture) -> None:
        super().__init__(picture.problem)
        self.picture = picture


class _EvidenceImage(ImageReader):
    """Names a JPEG by its bytes rather than its decoded pixels: reportlab embeds JPEGs as they
    are, and decoding a photo only to hash it cost as much as laying out the dossier."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._bytes = data

    def getRGBData(self) -> Any:
        if getattr(self._image, "format", None) == "JPEG":
            self._dataA = None  # a JPEG has no alpha channel for reportlab to mask with
            return self._bytes
        return super().getRGBData()


def _drawn(data: bytes) -> ImageReader:
    """The picture decoded now, for reportlab (which hashes and embeds its pixels)."""
    picture = images.draw(data, max_side=DOSSIER_SIDE)
    if picture.image is None:  # pragma: no cover - from_bytes decoded it once already
        raise CannotDraw(picture)
    return ImageReader(picture.image)


class FittedImage(Flowable):
    """An image scaled to the space left on the page, aspect kept, never enlarged past 2x.

    The image is opened only when drawn and let go right after: reportlab decodes it to hash
    it, and forty decoded photos kept to the end of the document cost half a gigabyte.

    :param load: opens the image, as a reportlab ``ImageReader``.
    :param size: the image's size in pixels (width, height) as stored, drawn as points before
        scaling.
    :param orientation: the EXIF orientation (1 to 8) the page turns the image by; 1 draws it
        as loaded.
    :param frames: the number of frames of the file (only the first is drawn).
    """

    def __init__(
        self,
        load: Callable[[], Any],
        size: tuple[float, float],
        orientation: int = 1,
        frames: int = 1,
    ) -> None:
        super().__init__()
        self.load = load
        self.size = size
        self.orientation = orientation if orientation in _MATRICES else 1
        self.frames = frames

    @classmethod
    def from_bytes(cls, data: bytes) -> FittedImage:
        """An image from its encoded bytes; a whole JPEG (its EOI marker after its last
        scan, ITU-T T.81 B.2.1) in RGB or grey is embedded as it is, not re-encoded, and turned
        upright on the page; any other picture is decoded once now to know it can be drawn
        (then again when its page is drawn, within the same bounds), so a cut-short JPEG is not
        drawn at all.

        :param data: the image file's bytes.
        :return: the flowable.
        :raises CannotDraw: when the picture is too large to decode within
            `fieldmon.images.MAX_PIXELS` (even reduced) or cannot be read (empty, truncated,
            damaged, a kind Pillow does not read).
        """
        header = images.read_header(data)
        if (
            header is not None
            and header.format == "JPEG"
            and header.mode in ("RGB", "L")
            and header.pixels <= images.MAX_PIXELS
            and data.rfind(b"\xff\xd9") > data.rfind(b"\xff\xda")  # EOI after the last scan
        ):
            w, h = header.size
            return cls(lambda: _EvidenceImage(data), (float(w), float(h)), header.orientation)
        picture = images.draw(data, max_side=DOSSIER_SIDE)
        if picture.image is None:
            raise CannotDraw(picture)
        w, h = picture.image.size
        return cls(lambda: _drawn(data), (float(w), float(h)), frames=picture.frames)

    @property
    def upright(self) -> tuple[float, float]:
        """The size as drawn before scaling (width, height): orientations 5 to 8 swap sides."""
        w, h = self.size
        return (h, w) if self.orientation in (5, 6, 7, 8) else (w, h)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """reportlab's measuring call: scale the image to the space, at most 2x.

        :param available_width: in points.
        :param available_height: in points.
        :return: (available width, scaled height) in points.
        """
        iw, ih = self.upright
        scale = min(available_width / iw, available_height / ih, 2.0)
        self.draw_width, self.draw_height = iw * scale, ih * scale
        self.width = available_width
        return available_width, self.draw_height

    def draw(self) -> None:
        """Draw the image upright, centred across the frame, then drop its decoded pixels."""
        x = (self.width - self.draw_width) / 2
        reader = self.load()
        canvas: Canvas = self.canv
        if self.orientation == 1:
            canvas.drawImage(reader, x, 0, self.draw_width, self.draw_height)
        else:
            # Stored width and height, drawn about the centre and turned by the matrix.
            sw, sh = (
                (self.draw_height, self.draw_width)
                if self.orientation in (5, 6, 7, 8)
                else (self.draw_width, self.draw_height)
            )
            canvas.saveState()
            canvas.translate(x + self.draw_width / 2, self.draw_height / 2)
            canvas.transform(*_MATRICES[self.orientation], 0, 0)
            canvas.drawImage(reader, -sw / 2, -sh / 2, sw, sh)
            canvas.restoreState()
        reader._data = None  # the decoded pixels; the page keeps what it embedded
