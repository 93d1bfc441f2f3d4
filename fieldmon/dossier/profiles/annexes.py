"""The list of annexes and the annexes themselves, each starting on a new page whose number
the list shows."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from fieldmon.dossier.images import CannotDraw
from fieldmon.dossier.layout import (
    FRAME_WIDTH,
    DefinePageNumber,
    FittedImage,
    Heading,
    PageNumberOf,
    para,
    styles,
    table,
)
from fieldmon.dossier.profiles.base import Annex, Context


def annex_list(ctx: Context) -> list[Flowable]:
    """The list of annexes: number, title, the document's own date (never when it was
    collected: a decision of 5 March collected on 6 March is dated 5 March; "date not recorded"
    when none is), and the page the annex starts on (a
    :class:`~fieldmon.dossier.layout.PageNumberOf` filled in once that page is laid out).

    :param ctx: the dossier's context.
    :return: the section's flowables; "none recorded" when there are no annexes.
    """
    t = ctx.texts
    out: list[Flowable] = [Heading(t.heading("annex_list"))]
    if not ctx.annexes:
        return [*out, para(t.label("none_recorded")), *withheld_list(ctx)]
    rows: list[list[Any]] = [
        [t.label("annex_no"), t.label("title"), t.label("document_date"), t.label("page")]
    ]
    for annex in ctx.annexes:
        rows.append(
            [
                str(annex.number),
                annex.title,
                _own_date(ctx, annex.document_date),
                PageNumberOf(f"fm_annex_{annex.number}"),
            ]
        )
    out.append(table(rows, [12 * mm, FRAME_WIDTH - 72 * mm, 45 * mm, 15 * mm]))
    return out + withheld_list(ctx)


def _own_date(ctx: Context, value: str) -> str:
    return ctx.texts.date(value) if value else ctx.texts.label("document_date_missing")


def withheld_list(ctx: Context) -> list[Flowable]:
    """The evidence files withheld for consent reasons: title, date and the original's SHA-256,
    so that the recipient knows they exist and can later check a copy given another way.

    :param ctx: the dossier's context.
    :return: a sub-heading and a table; nothing when no file was withheld.
    """
    if not ctx.withheld_annexes:
        return []
    t = ctx.texts
    rows: list[list[Any]] = [[t.label("title"), t.label("document_date"), "SHA-256"]]
    for w in ctx.withheld_annexes:
        rows.append([w.title, _own_date(ctx, w.document_date), w.sha256])
    return [
        para(t.label("withheld_annexes", count=len(ctx.withheld_annexes)), styles().h2),
        para(t.label("withheld_annexes_note"), styles().small),
        table(rows, [55 * mm, 35 * mm, FRAME_WIDTH - 90 * mm]),
    ]


def annex_pages(ctx: Context) -> list[Flowable]:
    """Each annex from a new page: its heading, a caption (SHA-256, size in bytes, media type,
    collection), the original's hash where a copy without metadata is shown; then an image
    fitted to the page, a PDF's pages as images, or a note that the file is attached without
    a preview.

    :param ctx: the dossier's context.
    :return: the section's flowables; nothing when there are no annexes.
    """
    t = ctx.texts
    s = styles()
    out: list[Flowable] = []
    for annex in ctx.annexes:
        out.append(PageBreak())
        out.append(DefinePageNumber(f"fm_annex_{annex.number}"))
        out.append(
            Heading(
                t.label("annex_heading", number=annex.number, title=annex.title),
                outline=t.label(
                    "annex_heading", number=annex.number, title=annex.public_title or annex.title
                ),
            )
        )
        caption = t.label(
            "annex_caption",
            sha256=annex.sha256,
            size=annex.size,
            media_type=annex.media_type,
            collected=annex.collected,
            collector=annex.collector,
        )
        out.append(para(caption, s.mono))
        if annex.derived_from_sha256:
            out.append(para(t.label("stripped_copy", sha256=annex.derived_from_sha256), s.mono))
        if annex.media_type.startswith("image/"):
            out.extend(_picture(ctx, annex))
        elif annex.preview_pages:
            pages = len(annex.preview_pages)
            for n, page in enumerate(annex.preview_pages, start=1):
                if n > 1:
                    out.append(PageBreak())
                    out.append(
                        para(t.label("annex_heading", number=annex.number, title=annex.title), s.h2)
                    )
                out.append(para(t.label("annex_page", page=n, pages=pages), s.small))
                out.append(page)
        else:
            out.append(
                para(t.label("annex_no_preview", media_type=annex.media_type, file=annex.file_name))
            )
    return out


def _picture(ctx: Context, annex: Annex) -> list[Flowable]:
    """An image annex drawn upright and fitted to the page (`fieldmon.images` bounds what is
    decoded); a file of several frames says so; a picture too large to decode says its size in
    pixels instead, and one that cannot be read says it is attached without a preview."""
    t = ctx.texts
    no_preview = t.label("annex_no_preview", media_type=annex.media_type, file=annex.file_name)
    try:
        image = FittedImage.from_bytes(annex.data)
    except CannotDraw as error:
        header = error.picture.header
        if not error.picture.too_large or header is None:
            return [para(no_preview)]
        width, height = header.upright_size
        too_large = t.label("annex_too_large", width=width, height=height, file=annex.file_name)
        return [para(too_large)]
    if image.frames > 1:
        frames = t.label("annex_frames", frames=image.frames)
        return [para(frames, styles().small), image]
    return [image]
