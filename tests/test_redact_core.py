"""Redacted copies (fieldmon.vault.redacting): boxes blacked out on the picture as it is seen,
nothing left under them, nothing else carried over (text layer, metadata, attachments,
outlines, forms), and the copy stored as a derived, hashed, logged item of its evidence record.

Real files throughout: the sample photo and report, the hostile inputs testers found, PDFs
made with reportlab and qpdf, read back with pdftotext, pdfinfo, pdfdetach and qpdf.
"""

from __future__ import annotations

import hashlib
import io
import struct
import subprocess
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from fieldmon.errors import NotFound
from fieldmon.resources import sample_cases_path
from fieldmon.vault import redacting
from fieldmon.vault.check import check_vault
from fieldmon.vault.redacting import Box, CannotRedact, parse_box
from fieldmon.vault.store import Vault

SAMPLES = sample_cases_path().parent
PHOTO = SAMPLES / "wrist.jpg"
REPORT = SAMPLES / "medical-report.pdf"
CASES = Path(__file__).resolve().parent.parent.parent / "shared" / "cases"
ROTATED = CASES / "exif-orientation-6.jpg"
CANARY = "Zərifə Qocayeva-Talıblı"  # a fictional name that must not survive
CANARY_ASCII = "Tamerlan Quliyevski"


def _png_chunks(data: bytes) -> list[bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        chunks.append(data[at + 4 : at + 8])
        at += 12 + length
    return chunks


def _region(image: Image.Image, box: Box, inset: int = 0) -> Image.Image:
    left, top, right, bottom = box.pixels(*image.size)
    return image.crop((left + inset, top + inset, right - inset, bottom - inset))


def _all_black(image: Image.Image) -> bool:
    return image.convert("L").getextrema() == (0, 0)


def _hostile_pdf(tmp_path: Path, pages: int = 2) -> Path:
    """A PDF with a text layer naming the canary on every page, a title, author, subject and
    keywords naming it, an outline entry, a form field, a rotated second page, and the canary
    as an embedded file (added by qpdf)."""
    plain = tmp_path / "plain.pdf"
    c = canvas.Canvas(str(plain))
    c.setTitle(f"Examination of {CANARY_ASCII}")
    c.setAuthor(CANARY_ASCII)
    c.setSubject(CANARY_ASCII)
    c.setKeywords(CANARY_ASCII)
    for number in range(1, pages + 1):
        if number == 2:
            c.setPageRotation(90)
        c.setFont("Helvetica", 14)
        c.drawString(72, 760, f"Examinee: {CANARY_ASCII} (page {number})")
        c.bookmarkPage(f"p{number}")
        c.addOutlineEntry(f"{CANARY_ASCII} {number}", f"p{number}")
        if number == 1:
            c.acroForm.textfield(name="examinee", value=CANARY_ASCII, x=72, y=600)
        c.showPage()
    c.save()
    secret = tmp_path / "secret.txt"
    secret.write_text(f"{CANARY_ASCII} lives at 12 Fictional Street\n", encoding="utf-8")
    out = tmp_path / "hostile.pdf"
    subprocess.run(
        ["qpdf", str(plain), "--add-attachment", str(secret), "--", str(out)], check=True
    )
    return out


def _tool(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


# -- boxes ---------------------------------------------------------------------------------


def test_a_box_is_read_as_page_and_fractions() -> None:
    assert parse_box("2:0.10,0.20,0.30,0.05") == Box(2, 0.1, 0.2, 0.3, 0.05)
    assert parse_box(" 1 : 0,0,1,1 ") == Box(1, 0.0, 0.0, 1.0, 1.0)
    # Rounded outwards: every pixel the box touches is covered.
    assert Box(1, 0.101, 0.2, 0.3, 0.05).pixels(100, 10) == (10, 2, 41, 3)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("0.1,0.2,0.3,0.4", "is not a box"),
        ("1:0.1,0.2,0.3", "is not a box"),
        ("1:a,0.2,0.3,0.4", "is not a box"),
        ("0:0.1,0.2,0.3,0.4", "page number must be 1 or more"),
        ("1:0.1,0.2,0,0.4", "fractions from 0 to 1"),
        ("1:-0.1,0.2,0.3,0.4", "fractions from 0 to 1"),
        ("1:nan,0.2,0.3,0.4", "must be a number"),
        ("1:0.8,0.2,0.3,0.4", "reaches beyond the edge"),
    ],
)
def test_a_box_that_cannot_be_read_is_refused_in_one_line(text: str, words: str) -> None:
    with pytest.raises(CannotRedact) as caught:
        parse_box(text)
    assert words in str(caught.value) and "\n" not in str(caught.value)


# -- pictures ------------------------------------------------------------------------------


def test_a_photo_is_black_under_its_boxes_and_carries_nothing_but_pixels() -> None:
    data = PHOTO.read_bytes()
    boxes = [Box(1, 0.25, 0.25, 0.5, 0.5), Box(1, 0.0, 0.9, 0.2, 0.1)]
    out = redacting.redact_image(data, boxes)
    assert _png_chunks(out) == [b"IHDR", b"IDAT", b"IEND"]  # no eXIf, iTXt, iCCP, pHYs…
    image = Image.open(io.BytesIO(out))
    original = Image.open(PHOTO)
    assert image.size == original.size
    for box in boxes:
        assert _all_black(_region(image, box))
    outside = image.crop((0, 0, image.width, image.height // 5))
    assert not _all_black(outside)
    assert b"SampleCam" not in out and b"Exif" not in out


def test_orientation_is_applied_before_the_boxes() -> None:
    """exif-orientation-6.jpg is stored sideways; upright it is an arrow pointing up with a red
    band across the top. A box over the top left of the upright picture covers the top left of
    the copy, which is upright without any tag."""
    expected = Image.open(CASES / "exif-orientation-expected.png").convert("RGB")
    box = Box(1, 0.0, 0.0, 0.5, 0.15)
    image = Image.open(io.BytesIO(redacting.redact_image(ROTATED.read_bytes(), [box])))
    assert image.size == expected.size == (240, 480)
    assert _all_black(_region(image, box))
    right_of_box = image.convert("RGB").crop((150, 5, 235, 60))
    red, green, blue = (_range(channel) for channel in right_of_box.split())
    assert red[0] > 180 and green[1] < 80 and blue[1] < 80  # still the red band
    assert _range(expected.crop((150, 5, 235, 60)).split()[0])[0] > 180


def test_a_heic_photo_is_redacted_to_a_png() -> None:
    out = redacting.redact_image((CASES / "photo.heic").read_bytes(), [Box(1, 0, 0, 1, 0.5)])
    image = Image.open(io.BytesIO(out))
    assert image.format == "PNG"
    assert _all_black(image.crop((0, 0, image.width, image.height // 2 - 1)))


def test_pictures_that_cannot_be_redacted_are_refused_in_one_line() -> None:
    frames = io.BytesIO()
    first, second = Image.new("RGB", (20, 20), "red"), Image.new("RGB", (20, 20), "blue")
    first.save(frames, "GIF", save_all=True, append_images=[second])
    cases = [
        ((CASES / "panorama-14000.png").read_bytes(), "too large to redact (14000 × 14000"),
        (frames.getvalue(), "has 2 frames"),
        (b"not a picture at all", "not a picture FieldMon can read"),
        (PHOTO.read_bytes()[:2000], "cannot be redacted"),
    ]
    for data, words in cases:
        with pytest.raises(CannotRedact) as caught:
            redacting.redact_image(data, [Box(1, 0, 0, 0.5, 0.5)])
        assert words in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(CannotRedact, match="one page only"):
        redacting.redact_image(PHOTO.read_bytes(), [Box(2, 0, 0, 0.5, 0.5)])
    with pytest.raises(CannotRedact, match="No box given"):
        redacting.redact_image(PHOTO.read_bytes(), [])


# -- PDFs ----------------------------------------------------------------------------------


def test_a_pdf_comes_out_as_page_images_only(tmp_path: Path) -> None:
    source = _hostile_pdf(tmp_path)
    assert CANARY_ASCII in _tool("pdftotext", str(source), "-")  # the test can fail
    assert "1 embedded files" in _tool("pdfdetach", "-list", str(source))
    box = Box(1, 0.05, 0.05, 0.9, 0.1)
    out_path = tmp_path / "redacted.pdf"
    out_path.write_bytes(redacting.redact_pdf(source.read_bytes(), [box]))
    assert _tool("pdftotext", str(out_path), "-").strip() == ""
    assert "0 embedded files" in _tool("pdfdetach", "-list", str(out_path))
    info = _tool("pdfinfo", str(out_path))
    for line in ("Pages:           2", "Form:            none", "JavaScript:      no"):
        assert line in info
    for field in ("Title:", "Author:", "Producer:", "Creator:", "Subject:", "Keywords:"):
        assert field not in info
    qdf = subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(out_path), "-"],
        capture_output=True,
        check=True,
    ).stdout
    for name in (b"/EmbeddedFile", b"/Outlines", b"/Info", b"/Title", b"/Metadata", b"/AcroForm"):
        assert name not in qdf
    for name in (b"/JavaScript", b"/Annots", b"/Font", b"/Names", CANARY_ASCII.encode()):
        assert name not in qdf
    # Page sizes as shown: the rotated second page keeps its shown (landscape) size, upright.
    before, after = pypdfium2.PdfDocument(source.read_bytes()), pypdfium2.PdfDocument(out_path)
    try:
        for i in range(2):
            assert after[i].get_size() == pytest.approx(before[i].get_size(), abs=0.01)
            assert after[i].get_rotation() == 0
        page = after[0].render(scale=1).to_pil()
    finally:
        before.close()
        after.close()
    assert _all_black(_region(page, box, inset=1))
    assert not _all_black(page.crop((0, page.height // 2, page.width, page.height)))


def test_the_sample_report_loses_its_examinee_line(tmp_path: Path) -> None:
    data = REPORT.read_bytes()
    out = redacting.redact_pdf(data, [Box(1, 0.0, 0.08, 1.0, 0.06)])
    path = tmp_path / "report-redacted.pdf"
    path.write_bytes(out)
    assert _tool("pdftotext", str(path), "-").strip() == ""
    document = pypdfium2.PdfDocument(out)
    try:
        assert len(document) == 1
        assert document[0].get_size() == pytest.approx((595.276, 841.89), abs=0.01)
    finally:
        document.close()


def test_pdfs_that_cannot_be_redacted_are_refused_in_one_line(tmp_path: Path) -> None:
    long_pdf = tmp_path / "long.pdf"
    c = canvas.Canvas(str(long_pdf))
    for _ in range(redacting.MAX_PDF_PAGES + 1):
        c.showPage()
    c.save()
    cases = [
        (long_pdf.read_bytes(), [Box(1, 0, 0, 1, 1)], "has 301 pages; FieldMon redacts PDFs"),
        (REPORT.read_bytes(), [Box(3, 0, 0, 1, 1)], "the PDF has 1 page, not 3"),
        (b"%PDF-1.4\n garbage", [Box(1, 0, 0, 1, 1)], "The PDF cannot be opened"),
        (REPORT.read_bytes(), [], "No box given"),
    ]
    for data, boxes, words in cases:
        with pytest.raises(CannotRedact) as caught:
            redacting.redact_pdf(data, boxes)
        assert words in str(caught.value) and "\n" not in str(caught.value)


# -- stored copies -------------------------------------------------------------------------


def _vault_state(vault: Vault) -> tuple[object, ...]:
    return (
        [a.item for a in vault.attachments("AZ-2026-001")],
        sorted(p.name for p in vault.blob_dir.iterdir()),
        len(vault.custody_log()),
        vault.get_case("AZ-2026-001"),
    )


def test_the_redacted_copy_is_stored_linked_hashed_and_logged(vault: Vault) -> None:
    before = vault.attachments("AZ-2026-001")
    copy = redacting.store_redacted(vault, "AZ-2026-001", "x2.1", [Box(1, 0, 0.08, 1, 0.06)])
    assert (copy.item, copy.evidence_id, copy.derived_from) == ("x2.2", "x2", "x2.1")
    assert (copy.derivation, copy.media_type) == ("redacted", "application/pdf")
    assert copy.original_name == "medical-report-redacted.pdf"
    data = vault.read_attachment("AZ-2026-001", "x2.2")
    assert hashlib.sha256(data).hexdigest() == copy.sha256 and len(data) == copy.size
    assert b"Examinee" not in data and b"/Font" not in data
    original = next(a for a in before if a.item == "x2.1")
    assert copy.sha256 != original.sha256
    assert vault.read_attachment("AZ-2026-001", "x2.1") == REPORT.read_bytes()
    attach = [e for e in vault.custody_log("AZ-2026-001") if e.action == "attach"][-1]
    assert (attach.record, attach.content_hash) == ("evidence x2 item x2.2", copy.sha256)
    photo = redacting.store_redacted(
        vault, "AZ-2026-001", "x1", [Box(1, 0.5, 0.5, 0.2, 0.2)], actor="Monitor 7"
    )
    assert (photo.item, photo.derived_from, photo.media_type) == ("x1.2", "x1.1", "image/png")
    assert photo.original_name == "wrist-redacted.png" and photo.collector == "Monitor 7"
    assert photo.metadata.get("gps") is None and photo.metadata.get("camera") is None
    assert check_vault(vault).ok
    # Never as plaintext on disk: no file of the vault holds the copy's bytes.
    for path in vault.path.rglob("*"):
        if path.is_file():
            assert data[:200] not in path.read_bytes()


def test_a_refused_redaction_leaves_the_vault_as_it_was(vault: Vault, tmp_path: Path) -> None:
    note = tmp_path / "statement.txt"
    note.write_text("A fictional statement.\n", encoding="utf-8")
    vault.attach("AZ-2026-001", note, evidence_id="x2")
    before = _vault_state(vault)
    refusals = [
        ("x2.2", [Box(1, 0, 0, 1, 1)], CannotRedact, "is of type text/plain"),
        ("x2.1", [Box(2, 0, 0, 1, 1)], CannotRedact, "AZ-2026-001 x2.1: Box 2:0,0,1,1"),
        ("x1.1", [Box(2, 0, 0, 1, 1)], CannotRedact, "one page only"),
        ("x9.1", [Box(1, 0, 0, 1, 1)], NotFound, "has no stored file x9.1"),
    ]
    for item, boxes, error, words in refusals:
        with pytest.raises(error) as caught:
            redacting.store_redacted(vault, "AZ-2026-001", item, boxes)
        assert words in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(NotFound):
        redacting.store_redacted(vault, "XX-0000-000", "x1.1", [Box(1, 0, 0, 1, 1)])
    assert _vault_state(vault) == before


def test_who_appears_and_clearances_go_through_the_edit_path(vault: Vault) -> None:
    log = len(vault.custody_log("AZ-2026-001"))
    record = redacting.set_appears(vault, "AZ-2026-001", "x1", ["p1", "p3", "p1"])
    assert record["appears"] == ["p1", "p3"] and record["appears_recorded"] is True
    stored = vault.get_case("AZ-2026-001")["evidence"][0]
    assert stored["appears"] == ["p1", "p3"] and stored["appears_recorded"] is True
    redacting.set_appears(vault, "AZ-2026-001", "x1", [])
    stored = vault.get_case("AZ-2026-001")["evidence"][0]
    assert "appears" not in stored and stored["appears_recorded"] is True  # nobody identifiable
    redacting.set_cleared(vault, "AZ-2026-001", "x2", "un-srt")
    redacting.set_cleared(vault, "AZ-2026-001", "x2", "wgad")
    redacting.set_cleared(vault, "AZ-2026-001", "x2", "un-srt", cleared=False)
    assert vault.get_case("AZ-2026-001")["evidence"][1]["cleared_for"] == ["wgad"]
    edits = [e for e in vault.custody_log("AZ-2026-001")[log:] if e.action == "edit"]
    assert len(edits) == 5
    before = vault.get_case("AZ-2026-001")
    with pytest.raises(Exception, match="has no person p9; its persons are p1, p2"):
        redacting.set_appears(vault, "AZ-2026-001", "x1", ["p1", "p9"])
    with pytest.raises(NotFound, match="has no evidence record x7"):
        redacting.set_appears(vault, "AZ-2026-001", "x7", ["p1"])
    with pytest.raises(Exception, match="'un_srt' is not a recipient"):
        redacting.set_cleared(vault, "AZ-2026-001", "x1", "un_srt")
    assert vault.get_case("AZ-2026-001") == before


def _range(band: Image.Image) -> tuple[int, int]:
    """The lowest and highest value of a one-band picture (Pillow types getextrema loosely)."""
    values = list(band.getdata())
    return int(min(values)), int(max(values))
