"""PDF layout with reportlab: A4, embedded fonts for every script, running header, "page X of
Y", bookmarks, and annexes that start on numbered pages known before they are drawn.

Page numbers that are not known when they are first printed (the total, and the first page of
each annex in the list of annexes) are form XObjects referenced early and defined once known,
so the document is laid out in one pass.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from fieldmon.resources import resources_dir

# Binary image and font streams: ASCII85 in pure Python (without reportlab's C accelerator)
# was most of the time spent on a dossier with photos, and made the file a quarter bigger.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - 8 * mm
SANS, SANS_BOLD, SANS_ITALIC = "FMSans", "FMSans-Bold", "FMSans-Italic"
_ARABIC_LETTERS = r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]"
# Scripts Noto Sans lacks, with the font that has them.
_SCRIPT_FONTS = (
    (re.compile(r"[\u10A0-\u10FF\u1C90-\u1CBF\u2D00-\u2D2F]+"), "FMGeorgian"),
    (re.compile(r"[\u0530-\u058F\uFB13-\uFB17]+"), "FMArmenian"),
    (
        # Whole phrases: their words are laid right to left together.
        re.compile(_ARABIC_LETTERS + r"+(?:\s+" + _ARABIC_LETTERS + r"+)*"),
        "FMArabic",
    ),
)
_FONT_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    "FMGeorgian": "NotoSansGeorgian-Regular.ttf",
    "FMArmenian": "NotoSansArmenian-Regular.ttf",
    "FMArabic": "NotoNaskhArabic-Regular.ttf",
}
_ARABIC_FONT = "FMArabic"


@cache
def register_fonts() -> None:
    folder = resources_dir() / "fonts"
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_ITALIC, boldItalic=SANS_BOLD
    )


@cache
def _arabic_shaper() -> tuple[Any, dict[str, int]]:
    import uharfbuzz
    from fontTools.ttLib import TTFont as ToolsFont

    path = str(resources_dir() / "fonts" / _FONT_FILES[_ARABIC_FONT])
    by_name = {name: code for code, name in ToolsFont(path).getBestCmap().items()}
    font = uharfbuzz.Font(uharfbuzz.Face(uharfbuzz.Blob.from_file_path(path)))
    return font, by_name


def _glyph_char(name: str, by_name: dict[str, int]) -> str:
    base = name.split(".", 1)[0]
    if base in by_name:
        return chr(by_name[base])
    if base.startswith("uni") and len(base) == 7:
        return chr(int(base[3:], 16))
    return ""


def arabic_visual(run: str) -> str:
    """An Arabic run shaped by HarfBuzz, as presentation-form characters in visual order.

    reportlab's own shaping upsets the fonts of neighbouring text and has no bidi without a
    library that is not on PyPI, so each word is shaped here and the words of the run are laid
    right to left. A run that wraps onto several lines keeps visual order per line only.
    """
    import uharfbuzz

    font, by_name = _arabic_shaper()
    words = []
    for word in run.split():
        buffer = uharfbuzz.Buffer()
        buffer.add_str(word)
        buffer.guess_segment_properties()
        uharfbuzz.shape(font, buffer, {})
        names = [font.glyph_to_string(info.codepoint) for info in buffer.glyph_infos]
        words.append("".join(_glyph_char(n, by_name) for n in names))
    return " ".join(reversed(words))


def markup(text: str) -> str:
    """Escape text for a Paragraph and put runs of other scripts in a font that has them."""
    text = unicodedata.normalize("NFC", text)
    spans: list[tuple[int, int, str]] = []
    for pattern, font in _SCRIPT_FONTS:
        for match in pattern.finditer(text):
            spans.append((match.start(), match.end(), font))
    if not spans:
        return escape(text).replace("\n", "<br/>")
    spans.sort()
    out, last = [], 0
    for start, end, font in spans:
        run = text[start:end]
        if font == _ARABIC_FONT:
            run = arabic_visual(run)
        out.append(escape(text[last:start]))
        out.append(f'<font name="{font}">{escape(run)}</font>')
        last = end
    out.append(escape(text[last:]))
    return "".join(out).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    urgent: ParagraphStyle
    mono: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=13.5, spaceAfter=5)
    return Styles(
        body=body,
        small=ParagraphStyle(
            "small",
            parent=body,
            fontSize=8,
            leading=10,
            spaceAfter=2,
            textColor=colors.HexColor("#333333"),
        ),
        title=ParagraphStyle(
            "title", parent=body, fontName=SANS_BOLD, fontSize=17, leading=22, spaceAfter=10
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=13,
            leading=17,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, spaceAfter=0),
        cell_bold=ParagraphStyle(
            "cellb", parent=body, fontName=SANS_BOLD, fontSize=8.5, leading=11, spaceAfter=0
        ),
        urgent=ParagraphStyle(
            "urgent",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=20,
            leading=24,
            textColor=colors.HexColor("#B00020"),
            alignment=TA_CENTER,
        ),
        mono=ParagraphStyle("mono", parent=body, fontSize=7.5, leading=9.5),
    )


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    return Paragraph(markup(text), style or styles().body)


class Heading(Flowable):
    """A section heading that is also a bookmark."""

    def __init__(self, text: str, level: int = 0, visible: bool = True) -> None:
        super().__init__()
        self.text = text
        self.level = level
        self.visible = visible
        self.key = f"h{id(self)}"
        self._para = para(text, styles().h1 if level == 0 else styles().h2)
        # reportlab clears this flag once it has grouped the heading with what follows; a
        # heading that always answered True was regrouped forever before a long table.
        self.keepWithNext = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if not self.visible:
            return 0, 0
        width, height = self._para.wrap(available_width, available_height)
        return width, height + self._para.getSpaceBefore()

    def draw(self) -> None:
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.text, self.key, level=self.level, closed=False)
        if self.visible:
            self._para.drawOn(self.canv, 0, 0)


class PageNumberOf(Flowable):
    """Draws a page number that is only known later (a form defined elsewhere)."""

    def __init__(self, form: str) -> None:
        super().__init__()
        self.form = form

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 12 * mm, 10

    def draw(self) -> None:
        self.canv.doForm(self.form)


class DefinePageNumber(Flowable):
    """Defines the form PageNumberOf(name) shows: the page this flowable lands on."""

    def __init__(self, form: str) -> None:
        super().__init__()
        self.form = form

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        define_number_form(self.canv, self.form, self.canv.getPageNumber())


def define_number_form(canvas: Canvas, name: str, number: int) -> None:
    canvas.beginForm(name)
    canvas.setFont(SANS, 8.5)
    canvas.drawString(0, 2, str(number))
    canvas.endForm()


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


class FittedImage(Flowable):
    """An image scaled to the space left on the page, aspect kept, never enlarged past 2x.

    The image is opened only when drawn and let go right after: reportlab decodes it to hash
    it, and forty decoded photos kept to the end of the document cost half a gigabyte.
    """

    def __init__(self, load: Callable[[], Any], size: tuple[float, float]) -> None:
        super().__init__()
        self.load = load
        self.size = size

    @classmethod
    def from_bytes(cls, data: bytes) -> FittedImage:
        size = _EvidenceImage(data).getSize()
        return cls(lambda: _EvidenceImage(data), (float(size[0]), float(size[1])))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        iw, ih = self.size
        scale = min(available_width / iw, available_height / ih, 2.0)
        self.draw_width, self.draw_height = iw * scale, ih * scale
        return available_width, self.draw_height

    def draw(self) -> None:
        x = (self.width - self.draw_width) / 2 if hasattr(self, "width") else 0
        reader = self.load()
        self.canv.drawImage(reader, x, 0, self.draw_width, self.draw_height)
        reader._data = None  # the decoded pixels; the page keeps what it embedded

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        self.width = FRAME_WIDTH
        super().drawOn(canvas, x, y, _sW)


def table(
    rows: Sequence[Sequence[Any]], widths: Sequence[float] | None = None, header: bool = True
) -> Table:
    s = styles()
    cells = [
        [
            c
            if isinstance(c, Flowable)
            else para(str(c), s.cell_bold if header and i == 0 else s.cell)
            for c in row
        ]
        for i, row in enumerate(rows)
    ]
    t = Table(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        # Tables set a cell font even for flowable cells; Helvetica would not be embedded.
        ("FONT", (0, 0), (-1, -1), SANS, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8E8E8")))
    t.setStyle(TableStyle(commands))
    return t


def fields(rows: Sequence[tuple[str, str]]) -> Table:
    """Label: value pairs, as a borderless two-column table."""
    s = styles()
    t = Table(
        [[para(k, s.cell_bold), para(v, s.cell)] for k, v in rows],
        colWidths=[48 * mm, FRAME_WIDTH - 48 * mm],
        hAlign="LEFT",
    )
    t.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), SANS, 8.5),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return t


@dataclass(frozen=True)
class PageDecor:
    header_left: str
    header_right: str
    page_of: Callable[[int], str]
    """Text before the total in the footer: "Page 3 of"."""
    title: str
    author: str
    subject: str


class _NumberedCanvas(Canvas):
    """Defines the page-total form once the last page is known."""

    def save(self) -> None:
        define_number_form(self, "fm_total", self.getPageNumber() - 1)
        super().save()


def render(story: list[Flowable], decor: PageDecor, out: io.BytesIO) -> int:
    """Lay the story out on A4 pages with header, footer and outline; return the page count."""
    register_fonts()
    s = styles()

    def on_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(SANS, 8)
        canvas.setFillColor(colors.HexColor("#555555"))
        top = PAGE_HEIGHT - MARGIN + 4 * mm
        canvas.drawString(MARGIN, top, decor.header_left)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top, decor.header_right)
        canvas.setStrokeColor(colors.HexColor("#BBBBBB"))
        canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        label = decor.page_of(canvas.getPageNumber()) + " "
        width = pdfmetrics.stringWidth(label, SANS, 8.5)
        x = PAGE_WIDTH / 2 - (width + 10) / 2
        canvas.setFont(SANS, 8.5)
        canvas.drawString(x, MARGIN - 10 * mm, label)
        canvas.saveState()
        canvas.translate(x + width, MARGIN - 10 * mm - 2)
        canvas.doForm("fm_total")
        canvas.restoreState()
        canvas.restoreState()

    frame = Frame(
        MARGIN,
        MARGIN,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=decor.title,
        author=decor.author,
        subject=decor.subject,
        creator="FieldMon",
        producer="FieldMon (reportlab)",
        initialFontName=SANS,
        pageTemplates=[PageTemplate(id="page", frames=[frame], onPage=on_page)],
        invariant=0,
    )
    doc.build(story, canvasmaker=_NumberedCanvas)
    _ = s
    return int(doc.page)


__all__ = [
    "FRAME_HEIGHT",
    "FRAME_WIDTH",
    "DefinePageNumber",
    "FittedImage",
    "Heading",
    "PageBreak",
    "PageDecor",
    "PageNumberOf",
    "Spacer",
    "fields",
    "para",
    "render",
    "styles",
    "table",
]
