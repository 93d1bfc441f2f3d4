"""Redacted copies of evidence files, and what the monitor records about who a file shows.

A redacted copy is the original redrawn as pixels with opaque black boxes over what must not
leave: nothing of what was under a box remains, because nothing of the original remains but
its pixels outside the boxes.

- A picture (JPEG, PNG, HEIC… whatever `fieldmon.images` reads) is drawn upright (its EXIF
  orientation applied first, so a box drawn on the picture as it is seen covers that place),
  boxed, and written as a PNG holding only its pixels: no EXIF, XMP, ICC profile, text chunks
  or resolution.
- A PDF is rendered page by page with PDFium (annotations and form fields as they are drawn),
  each page boxed, and written as a new PDF made only of those page images, page sizes kept:
  no text layer, no fonts, no document information, XMP, outlines, attachments, forms,
  JavaScript or links (the file is written here, object by object, so nothing else can be in it).

The copy is stored encrypted as a new item of the same evidence record, linked to the original
(``derived_from``, derivation ``redacted``), with its own SHA-256, and logged in the custody log;
the original is never changed. Everything happens in memory: no plaintext is written to disk.

Who a file shows is recorded on its evidence record (``appears``, ``appears_recorded``), and a
person may clear the original itself for a recipient (``cleared_for``); `set_appears` and
`set_cleared` change them through the same path as any edit of a case (validation, custody
log, search). Dossiers read them in fieldmon.consent.annexes.
"""

from __future__ import annotations

import io
import math
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PIL import Image, ImageChops, ImageDraw

from fieldmon import images
from fieldmon.errors import FieldMonError, NotFound
from fieldmon.resources import vocabulary
from fieldmon.vault import files
from fieldmon.vault.attachments import Attachment, attachment, record_copy
from fieldmon.vault.blobs import BlobBatch

if TYPE_CHECKING:
    from fieldmon.vault.store import Vault

__all__ = [
    "DEFAULT_DPI",
    "MAX_PAGE_PIXELS",
    "MAX_PDF_PAGES",
    "MAX_REDACT_BYTES",
    "Box",
    "CannotRedact",
    "parse_box",
    "redact",
    "redact_image",
    "redact_pdf",
    "redactable",
    "set_appears",
    "set_cleared",
    "store_redacted",
]

DEFAULT_DPI = 150
"""Pixels per inch a PDF page is rendered at: print quality for a scanned letter or report."""
MAX_PDF_PAGES = 300
"""The most pages of a PDF redacted; a longer document is refused, not cut short."""
MAX_PAGE_PIXELS = 25_000_000
"""The most pixels a page is rendered with (A4 at 600 dpi is 35 million): a larger page (a PDF
may declare 200 × 200 inches) is rendered at a lower resolution, never refused for its size."""
MAX_REDACT_BYTES = 256 * 1024 * 1024
"""The largest stored file redacted (read whole into memory), as for copies without metadata."""


class CannotRedact(FieldMonError):
    """A box that cannot be read or does not fit, or a file that cannot be redacted (not a
    picture or PDF, damaged, too large, too many pages); nothing was stored (exit status 1)."""


@dataclass(frozen=True)
class Box:
    """A rectangle to black out, in fractions of the page (or picture) as it is seen: upright,
    origin at the top left, x across and y down, each from 0 to 1.

    :ivar page: the page, from 1 (always 1 for a picture).
    :ivar x: the left edge, as a fraction of the width.
    :ivar y: the top edge, as a fraction of the height.
    :ivar w: the width, as a fraction of the width (more than 0).
    :ivar h: the height, as a fraction of the height (more than 0).
    :raises CannotRedact: a value out of range, or a box reaching beyond the page.
    """

    page: int
    x: float
    y: float
    w: float
    h: float

    def __post_init__(self) -> None:
        values = (self.x, self.y, self.w, self.h)
        if not isinstance(self.page, int) or self.page < 1:
            raise CannotRedact(f"{self}: the page number must be 1 or more.")
        if not all(math.isfinite(v) for v in values):
            raise CannotRedact(f"{self}: every value must be a number from 0 to 1.")
        if min(values) < 0 or max(values) > 1 or self.w <= 0 or self.h <= 0:
            raise CannotRedact(
                f"{self}: x, y, width and height are fractions from 0 to 1 (width and height"
                " more than 0)."
            )
        if self.x + self.w > 1 + 1e-9 or self.y + self.h > 1 + 1e-9:
            raise CannotRedact(f"{self}: the box reaches beyond the edge of the page.")

    def __str__(self) -> str:
        return f"Box {self.page}:{self.x:g},{self.y:g},{self.w:g},{self.h:g}"

    def pixels(self, width: int, height: int) -> tuple[int, int, int, int]:
        """The box on a picture of width × height pixels, rounded outwards so that every
        pixel it touches is covered.

        :return: (left, top, right, bottom) in pixels, right and bottom exclusive.
        """
        left = max(0, math.floor(self.x * width))
        top = max(0, math.floor(self.y * height))
        right = min(width, max(left + 1, math.ceil((self.x + self.w) * width)))
        bottom = min(height, max(top + 1, math.ceil((self.y + self.h) * height)))
        return left, top, right, bottom


_BOX = re.compile(r"\s*(\d+)\s*:\s*([^,]+),([^,]+),([^,]+),([^,]+)\s*")


def parse_box(text: str) -> Box:
    """A box as typed: ``PAGE:X,Y,W,H``, fractions of the page (``2:0.10,0.20,0.30,0.05``).

    :param text: the box.
    :return: the box.
    :raises CannotRedact: not in that form, or out of range (one line saying which).
    """
    match = _BOX.fullmatch(text)
    numbers: list[float] = []
    if match:
        try:
            numbers = [float(v) for v in match.groups()[1:]]
        except ValueError:
            match = None
    if not match:
        raise CannotRedact(
            f"{text!r} is not a box: give PAGE:X,Y,W,H as fractions of the page from its top"
            " left corner, for example 1:0.10,0.20,0.30,0.05."
        )
    return Box(int(match[1]), *numbers)


def _black_out(image: Image.Image, boxes: Iterable[Box]) -> None:
    """Fill each box with opaque black, in place (RGB or L)."""
    draw = ImageDraw.Draw(image)
    for box in boxes:
        left, top, right, bottom = box.pixels(*image.size)
        draw.rectangle(
            (left, top, right - 1, bottom - 1), fill=0 if image.mode == "L" else (0,) * 3
        )


def _bare(image: Image.Image) -> Image.Image:
    """A new image of the same pixels and nothing else (no ``info``: EXIF, ICC, dpi…)."""
    return Image.frombytes(image.mode, image.size, image.tobytes())


def _need_boxes(boxes: Sequence[Box]) -> None:
    if not boxes:
        raise CannotRedact("No box given: nothing would be redacted.")


def redact_image(data: bytes, boxes: Sequence[Box]) -> bytes:
    """A picture redacted: drawn upright as `fieldmon.images.draw` draws it (EXIF orientation
    applied, 16-bit grey scaled, CMYK as RGB, transparency on white, full resolution), each box
    filled with opaque black, written as a PNG with no metadata at all (IHDR, IDAT and IEND).

    :param data: the picture's bytes.
    :param boxes: the boxes, all on page 1, in fractions of the upright picture.
    :return: the PNG.
    :raises CannotRedact: no box, a box on another page, not a picture Pillow reads, a file of
        several frames, more than `fieldmon.images.MAX_PIXELS` pixels, or pixels that cannot
        be decoded.
    """
    _need_boxes(boxes)
    for box in boxes:
        if box.page != 1:
            raise CannotRedact(f"{box}: a picture has one page only; give its boxes as page 1.")
    header = images.read_header(data)
    if header is None:
        raise CannotRedact("The file is not a picture FieldMon can read; nothing was redacted.")
    if header.frames > 1:
        raise CannotRedact(
            f"The picture has {header.frames} frames; FieldMon redacts pictures of one frame only."
        )
    if header.pixels > images.MAX_PIXELS:
        w, h = header.size
        raise CannotRedact(
            f"The picture is too large to redact ({w} × {h} pixels; at most"
            f" {images.MAX_PIXELS:,} pixels)."
        )
    picture = images.draw(data, max_pixels=images.MAX_PIXELS, max_side=max(header.size))
    if picture.image is None:
        raise CannotRedact(f"The picture cannot be redacted: {picture.problem}.")
    image = _bare(picture.image)
    _black_out(image, boxes)
    out = io.BytesIO()
    image.save(out, "PNG", compress_level=6)
    return out.getvalue()


def _pdf_number(value: float) -> bytes:
    return f"{value:.4f}".rstrip("0").rstrip(".").encode("ascii")


def _page_objects(number: int, image: Image.Image, size: tuple[float, float]) -> list[bytes]:
    """The three objects of one page (page, content, image) numbered from ``number``."""
    width, height = (_pdf_number(v) for v in size)
    grey = image.mode == "L"
    pixels = zlib.compress(image.tobytes(), 6)
    content = b"q " + width + b" 0 0 " + height + b" 0 0 cm /Im0 Do Q"
    return [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + width + b" " + height + b"]"
        b" /Resources << /XObject << /Im0 %d 0 R >> >> /Contents %d 0 R >>"
        % (number + 2, number + 1),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /%s"
        b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
        % (image.width, image.height, b"DeviceGray" if grey else b"DeviceRGB", len(pixels))
        + pixels
        + b"\nendstream",
    ]


def _write_pdf(pages: list[list[bytes]]) -> bytes:
    """A PDF of a catalog, a page tree and the given pages' objects (numbered from 3, three a
    page), with a cross-reference table and a trailer naming only its root: no document
    information dictionary, no XMP, no ID (ISO 32000-1 §7.5)."""
    kids = b" ".join(b"%d 0 R" % (3 + 3 * i) for i in range(len(pages)))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % len(pages),
        *(o for page in pages for o in page),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    )
    return out.getvalue()


def _one_channel_if_grey(image: Image.Image) -> Image.Image:
    """An RGB page whose pixels are all grey, as L (a third of the size); else itself."""
    grey = image.convert("L")
    red, green, blue = image.split()
    same = ImageChops.difference(red, green).getbbox() is None
    return grey if same and ImageChops.difference(green, blue).getbbox() is None else image


def redact_pdf(data: bytes, boxes: Sequence[Box], dpi: int = DEFAULT_DPI) -> bytes:
    """A PDF redacted: every page rendered with PDFium at ``dpi`` (lower for a page that would
    have more than `MAX_PAGE_PIXELS` pixels), its boxes filled with opaque black, and a new PDF
    written of these page images only, each page the size of the original's as it is shown
    (its rotation applied, its crop box kept).

    :param data: the PDF's bytes.
    :param boxes: the boxes, on pages 1 to the number of pages, in fractions of the page as
        shown.
    :param dpi: pixels per inch (72 to 600).
    :return: the new PDF.
    :raises CannotRedact: no box, a box on a page the PDF does not have, a PDF PDFium cannot
        open (damaged, or protected by a password), more than `MAX_PDF_PAGES` pages, no page, a
        page of no size.
    """
    import pypdfium2

    _need_boxes(boxes)
    if not 72 <= dpi <= 600:
        raise CannotRedact(f"{dpi} dpi: pages are rendered at 72 to 600 pixels per inch.")
    try:
        document = pypdfium2.PdfDocument(data)
    except pypdfium2.PdfiumError as error:
        raise CannotRedact(f"The PDF cannot be opened ({error}); nothing was redacted.") from None
    try:
        count = len(document)
        if count > MAX_PDF_PAGES:
            raise CannotRedact(
                f"The PDF has {count} pages; FieldMon redacts PDFs of at most {MAX_PDF_PAGES}"
                " pages."
            )
        if count == 0:
            raise CannotRedact("The PDF has no pages; nothing was redacted.")
        for box in boxes:
            if box.page > count:
                raise CannotRedact(
                    f"{box}: the PDF has {count} page{'s' if count > 1 else ''}, not {box.page}."
                )
        pages = []
        for index in range(count):
            page = document[index]
            try:
                width, height = page.get_size()  # points, as shown (rotation applied)
                if not (width > 0 and height > 0):
                    raise CannotRedact(f"Page {index + 1} of the PDF has no size.")
                scale = min(dpi / 72, math.sqrt(MAX_PAGE_PIXELS / (width * height)))
                image = page.render(scale=scale).to_pil().convert("RGB")
            finally:
                page.close()
            _black_out(image, [b for b in boxes if b.page == index + 1])
            number = 3 + 3 * index
            pages.append(_page_objects(number, _one_channel_if_grey(image), (width, height)))
    finally:
        document.close()
    return _write_pdf(pages)


def _kind(original: Attachment, data: bytes) -> str:
    """What the file is for redaction: ``image/…``, ``application/pdf``, or something else.
    A HEIF photo an older FieldMon recorded as video/mp4 counts as the photo it is."""
    declared = files.bmff_media_type(data[:256]) or ""
    return declared if declared.startswith("image/") else original.media_type


def redactable(media_type: str) -> bool:
    """Whether files of this media type can be redacted: pictures and PDFs.

    :param media_type: as recorded for a stored file (``image/jpeg``, ``application/pdf``).
    """
    return media_type.startswith("image/") or media_type == "application/pdf"


def redact(data: bytes, media_type: str, boxes: Sequence[Box]) -> tuple[bytes, str, str]:
    """Redact a file by its media type (`redact_image` or `redact_pdf`).

    :param data: the file's bytes.
    :param media_type: its media type.
    :param boxes: the boxes.
    :return: the redacted copy, its media type and its file name suffix (``png``, ``pdf``).
    :raises CannotRedact: neither a picture nor a PDF, or as those functions say.
    """
    if media_type == "application/pdf":
        return redact_pdf(data, boxes), "application/pdf", "pdf"
    if media_type.startswith("image/"):
        return redact_image(data, boxes), "image/png", "png"
    raise CannotRedact(
        f"A file of type {media_type} cannot be redacted: FieldMon redacts pictures and PDFs."
    )


def store_redacted(
    vault: Vault, reference: str, item: str, boxes: Sequence[Box], *, actor: str | None = None
) -> Attachment:
    """Make a redacted copy of a stored picture or PDF and store it, encrypted, as a new item of
    the same evidence record, derived from the original (derivation ``redacted``), named
    ``<stem>-redacted.png`` or ``.pdf``; the attach is logged in the custody log with the
    copy's SHA-256 (the original and its hash stay as they were). The redaction runs in memory
    and outside the vault's lock (a long PDF takes seconds), so the app goes on meanwhile.

    The facade (fieldmon.vault.store) is at its size limit, so this takes the open vault and
    works on its session as the facade's own delegations do.

    :param vault: the open vault.
    :param reference: the case.
    :param item: the stored file (``x1.1``), or an evidence id meaning that record's first file.
    :param boxes: what to black out (see `Box`).
    :param actor: who made the copy, recorded as its collector; None: the vault's own name.
        The custody entry is signed by the vault's key in any case.
    :return: the stored copy.
    :raises NotFound: no such case or stored file.
    :raises CannotRedact: the file is larger than `MAX_REDACT_BYTES`, not a picture or PDF, or
        cannot be redacted (see `redact_image`, `redact_pdf`); nothing was stored.
    :raises VaultDamaged: the original cannot be decrypted or does not match its hash.
    """
    session = vault._session
    with session.lock:
        original = attachment(session, reference, item)
    if original.size > MAX_REDACT_BYTES:
        raise CannotRedact(
            f"{reference} {original.item} is too large to redact ({original.size:,} bytes; at"
            f" most {MAX_REDACT_BYTES:,})."
        )
    data = vault.read_attachment(reference, original.item, log_view=False)
    kind = _kind(original, data)
    if not redactable(kind):
        raise CannotRedact(
            f"{reference} {original.item} is of type {kind}; FieldMon redacts pictures and PDFs."
        )
    try:
        redacted, new_kind, suffix = redact(data, kind, boxes)
    except CannotRedact as error:
        raise CannotRedact(f"{reference} {original.item}: {error}") from None
    del data
    with BlobBatch(session.blob_dir) as batch:
        blob = batch.write(lambda target: files.encrypt_bytes(redacted, target))
        with session.transaction():
            case_rid, case_uuid = session.case_ids(reference)
            new_item = record_copy(
                session,
                case_rid,
                (case_uuid, reference),
                original.evidence_id,
                blob,
                redacted,
                new_kind,
                original.original_name,
                original.item,
                derivation="redacted",
                suffix=suffix,
                collector=actor,
            )
            return attachment(session, reference, new_item)


def _evidence_record(case: dict[str, Any], reference: str, evidence_id: str) -> dict[str, Any]:
    for record in case.get("evidence", []):
        if record.get("id") == evidence_id:
            return record  # type: ignore[no-any-return]
    raise NotFound(f"{reference} has no evidence record {evidence_id}.")


def set_appears(
    vault: Vault, reference: str, evidence_id: str, persons: Sequence[str]
) -> dict[str, Any]:
    """Record who an evidence file shows or names: ``appears`` the given persons of the case,
    ``appears_recorded`` true; no persons means nobody identifiable. Stored as an edit of the
    case (validated, logged in the custody log, searched), as the app stores one.

    :param vault: the open vault.
    :param reference: the case.
    :param evidence_id: the evidence record (``x1``).
    :param persons: ids of the case's person records (``p1``), in any order; repeats are
        dropped.
    :return: the evidence record as stored.
    :raises NotFound: no such case, or no such evidence record.
    :raises FieldMonError: a person id that names no person of the case; nothing changed.
    :raises InvalidCase: the case would not be valid; nothing changed.
    """
    case = vault.get_case(reference)
    record = _evidence_record(case, reference, evidence_id)
    known = [str(p.get("id")) for p in case.get("persons", []) if p.get("id")]
    wanted = list(dict.fromkeys(persons))
    for person in wanted:
        if person not in known:
            raise FieldMonError(
                f"{reference} has no person {person}; its persons are"
                f" {', '.join(known) or 'none'}. Nothing was changed."
            )
    record.pop("appears", None)
    if wanted:
        record["appears"] = wanted
    record["appears_recorded"] = True
    vault.store_cases([case])
    return record


def set_cleared(
    vault: Vault, reference: str, evidence_id: str, recipient: str, cleared: bool = True
) -> dict[str, Any]:
    """Clear (or no longer clear) the original of an evidence file for a recipient: its
    dossiers may then embed the original, unredacted. Stored as an edit of the case.

    :param vault: the open vault.
    :param reference: the case.
    :param evidence_id: the evidence record.
    :param recipient: a code of the ``recipients`` vocabulary (resources/vocab/recipients.json).
    :param cleared: True to add the recipient to ``cleared_for``, False to remove it.
    :return: the evidence record as stored.
    :raises NotFound: no such case, or no such evidence record.
    :raises FieldMonError: a recipient that is not in the vocabulary; nothing changed.
    """
    codes = vocabulary("recipients").codes
    if recipient not in codes:
        raise FieldMonError(
            f"{recipient!r} is not a recipient; give one of {', '.join(codes)}."
            " Nothing was changed."
        )
    case = vault.get_case(reference)
    record = _evidence_record(case, reference, evidence_id)
    now = [c for c in record.get("cleared_for", []) if c != recipient]
    if cleared:
        now.append(recipient)
    record.pop("cleared_for", None)
    if now:
        record["cleared_for"] = now
    vault.store_cases([case])
    return record
