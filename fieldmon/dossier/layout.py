"""PDF layout with reportlab: A4, embedded fonts for every script, running header, "page X of
Y", bookmarks, and annexes that start on numbered pages known before they are drawn. Page
numbers not known when first printed (the total, the first page of each annex in the list of
annexes) are form XObjects referenced early and defined once known: one pass of layout.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
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

from fieldmon.dossier.fonts import SANS as SANS
from fieldmon.dossier.fonts import SANS_BOLD as SANS_BOLD
from fieldmon.dossier.fonts import SANS_ITALIC as SANS_ITALIC
from fieldmon.dossier.fonts import arabic_visual as arabic_visual
from fieldmon.dossier.fonts import markup as markup
from fieldmon.dossier.fonts import register_fonts as register_fonts
from fieldmon.dossier.images import FittedImage as FittedImage
from fieldmon.dossier.page_flow import DossierDocTemplate
from fieldmon.dossier.page_numbers import DefinePageNumber as DefinePageNumber
from fieldmon.dossier.page_numbers import PageNumberOf as PageNumberOf
from fieldmon.dossier.page_numbers import define_number_form as define_number_form

# Binary image and font streams: ASCII85 in pure Python (without reportlab's C accelerator)
# was most of the time spent on a dossier with photos, and made the file a quarter bigger.
rl_config.useA85 = 0

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - 8 * mm


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a dossier; sizes in points.

    :ivar body: running text, 10 pt.
    :ivar small: notes, 8 pt, dark grey.
    :ivar title: the cover's title, bold 17 pt.
    :ivar h1: section headings, bold 13 pt.
    :ivar h2: sub-headings, bold 10.5 pt.
    :ivar cell: table cells, 8.5 pt.
    :ivar cell_bold: table headers and field labels, bold 8.5 pt.
    :ivar urgent: the "urgent" banner, bold 20 pt, red, centred.
    :ivar mono: hashes and file particulars, 7.5 pt.
    """

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
    """The dossier's paragraph styles, built once (fonts registered first).

    :return: the styles.
    """
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


class TextParagraph(Paragraph):
    """A paragraph that breaks its lines once for each width it is given.

    reportlab measures a table's cells again each time the table is split, and a paragraph
    broke its lines anew each time: a table of hundreds of rows, or a cell of many pages, took
    time growing with the square of its length. The lines depend only on the width; reportlab
    drops them (``blPara``) where they must be broken again.
    """

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """reportlab's measuring call; the lines are broken again only for another width.

        :param available_width: in points.
        :param available_height: in points.
        :return: (width, height) in points.
        """
        if getattr(self, "_wrapped_width", None) == available_width and hasattr(self, "blPara"):
            return self.width, self.height
        size = super().wrap(available_width, available_height)
        self._wrapped_width = available_width
        return float(size[0]), float(size[1])


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text (:func:`markup`); a word wider than the column is broken
    between letters (reportlab's ``splitLongWords``, on in every style).

    :param text: plain text.
    :param style: its style; the body style if None.
    :return: the paragraph.
    """
    return TextParagraph(markup(text), style or styles().body)


class Heading(Flowable):
    """A section heading that is also a bookmark (an outline entry).

    :param text: the heading.
    :param level: the outline level: 0 for a section (style h1), deeper for a sub-heading (h2).
    :param visible: False for a bookmark with nothing drawn (the cover's).
    :param shown: the paragraph drawn, where it is not the whole text (the first part of a
        heading taller than the space left, :meth:`split`).
    :param outline: the bookmark's text where it differs: an applicant who asked the Court for
        anonymity (Rule 47 § 4) is named in the heading, never in a bookmark.
    """

    def __init__(
        self, text: str, level: int = 0, visible: bool = True, shown: Paragraph | None = None,
        outline: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__()
        self.text = text
        self.outline = text if outline is None else outline
        self.level = level
        self.visible = visible
        self.key = f"h{id(self)}"
        self._para = shown or para(text, styles().h1 if level == 0 else styles().h2)
        # reportlab clears this flag once it has grouped the heading with what follows; a
        # heading that always answered True was regrouped forever before a long table.
        self.keepWithNext = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """reportlab's measuring call.

        :param available_width: in points.
        :param available_height: in points.
        :return: (width, height) in points, the space before included; (0, 0) if not visible.
        """
        if not self.visible:
            return 0, 0
        width, height = self._para.wrap(available_width, available_height)
        return width, height + self._para.getSpaceBefore()

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """reportlab's splitting call, for a heading taller than the space left: the lines that
        fit, with the bookmark, and the rest as paragraphs of the same style.

        :param available_width: in points.
        :param available_height: in points.
        :return: the parts; empty if not even one line fits, or if not visible.
        """
        if not self.visible:
            return []
        parts = self._para.split(available_width, available_height - self._para.getSpaceBefore())
        if len(parts) < 2:
            return []
        first = Heading(self.text, self.level, shown=parts[0], outline=self.outline)
        first.keepWithNext = False  # already placed with what follows: the rest of itself
        return [first, *parts[1:]]

    def draw(self) -> None:
        """Add the bookmark and outline entry, and draw the heading if visible."""
        self.canv.bookmarkPage(self.key)
        self.canv.addOutlineEntry(self.outline, self.key, level=self.level, closed=False)
        if self.visible:
            self._para.drawOn(self.canv, 0, 0)


class FlowingTable(Table):
    """A table whose rows may flow over pages: a row taller than a page (a court decision pasted
    in full) is split between its lines where it stands; the table breaks between other rows as
    before. reportlab (``splitInRow``) splits a row only after failing to split between rows,
    which printed the header twice on a page. Cells must be lists of flowables: reportlab leaves
    a bare flowable out of both halves of a split row."""

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """reportlab's splitting call: split inside the first row that does not fit if that row
        is taller than a page under the repeated header, otherwise between rows.

        :param available_width: in points.
        :param available_height: in points.
        :return: the parts; empty if the table cannot be split in that space.
        """
        self._calc(available_width, available_height)
        heights = self._rowHeights
        first = self._getFirstPossibleSplitRowPosition(available_height)
        header = sum(heights[: self.repeatRows])
        if first < len(heights) and heights[first] > FRAME_HEIGHT - header:
            parts: list[Flowable] = self._splitRows(available_height, doInRowSplit=1)
            if parts:
                return parts
        return list(super().split(available_width, available_height))


def _flowing(cells: list[list[Any]], widths: Sequence[float] | None, repeat: int) -> Table:
    return FlowingTable(
        [[c if isinstance(c, list) else [c] for c in row] for row in cells],
        colWidths=widths,
        repeatRows=repeat,
        splitInRow=1,
        hAlign="LEFT",
    )


def table(
    rows: Sequence[Sequence[Any]], widths: Sequence[float] | None = None, header: bool = True
) -> Table:
    """A table with a grey grid; cells that are not flowables become paragraphs. Rows taller
    than a page flow over pages (:class:`FlowingTable`).

    :param rows: the rows; each cell text or a flowable.
    :param widths: column widths in points, or None to let reportlab choose.
    :param header: whether the first row is a bold, shaded header repeated on each page.
    :return: the table.
    """
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
    t = _flowing(cells, widths, 1 if header else 0)
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
    """Label: value pairs, as a borderless two-column table (labels 48 mm wide, in bold); a
    value taller than a page flows over pages (:class:`FlowingTable`).

    :param rows: (label, value) pairs of plain text.
    :return: the table.
    """
    s = styles()
    t = _flowing(
        [[para(k, s.cell_bold), para(v, s.cell)] for k, v in rows],
        [48 * mm, FRAME_WIDTH - 48 * mm],
        0,
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
    """What every page carries, and the PDF's document information.

    :ivar header_left: text at the top left (the case references).
    :ivar header_right: text at the top right (profile and dossier id).
    :ivar title: the document's title.
    :ivar author: its author.
    :ivar subject: its subject.
    """

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
    """Lay the story out on A4 pages with header, footer ("page X of Y") and outline.

    :param story: the flowables, in order.
    :param decor: the page decoration and document information.
    :param out: where the PDF is written.
    :return: the number of pages.
    """
    register_fonts()

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
    doc = DossierDocTemplate(
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
    return int(doc.page)


__all__ = [
    "FRAME_HEIGHT",
    "FRAME_WIDTH",
    "DefinePageNumber",
    "FittedImage",
    "FlowingTable",
    "Heading",
    "PageBreak",
    "PageDecor",
    "PageNumberOf",
    "Spacer",
    "TextParagraph",
    "fields",
    "para",
    "render",
    "styles",
    "table",
]
