"""The viewer renders PDFs within bounds: the first pages only, named as such, and a page of
200 × 200 inches (the largest a PDF may declare) at a size that fits in memory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from reportlab.pdfgen.canvas import Canvas

from fieldmon.vault.store import Vault
from ui.evidence import (
    PDF_PAGE_PIXELS,
    PDF_PAGES_SHOWN,
    EvidencePanel,
    FileViewer,
    pdf_page_images,
)

REFERENCE = "AZ-2026-001"


def viewer_of(qtbot: QtBot, vault: Vault, path: Path) -> tuple[EvidencePanel, FileViewer]:
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    (stored,) = vault.attach(REFERENCE, path)
    panel.show_record(REFERENCE, stored.evidence_id)
    panel.table.selectRow(next(r for r, a in enumerate(panel.files) if a.item == stored.item))
    viewer = panel.open_viewer()
    assert isinstance(viewer, FileViewer)
    return panel, viewer


def pages(viewer: FileViewer) -> list[QLabel]:
    return [label for label in viewer.findChildren(QLabel) if not label.pixmap().isNull()]


def test_a_long_pdf_shows_its_first_pages_and_says_so(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "long.pdf"
    canvas = Canvas(str(path))
    for number in range(PDF_PAGES_SHOWN + 5):
        canvas.drawString(72, 720, f"Page {number + 1}")
        canvas.showPage()
    canvas.save()
    _panel, viewer = viewer_of(qtbot, vault, path)
    assert len(pages(viewer)) == PDF_PAGES_SHOWN
    assert viewer.pages == PDF_PAGES_SHOWN + 5
    assert not viewer.more_pages.isHidden()
    assert viewer.more_pages.text() == (
        f"Only the first {PDF_PAGES_SHOWN} of {PDF_PAGES_SHOWN + 5} pages are shown;"
        " extract the file to read it all."
    )


def test_the_largest_page_a_pdf_may_declare_is_rendered_small(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "huge.pdf"
    canvas = Canvas(str(path), pagesize=(14400, 14400))
    canvas.drawString(72, 72, "A very large page")
    canvas.showPage()
    canvas.save()
    (image,), total = pdf_page_images(path.read_bytes())
    # At 1.4 pixels per point it would be 20,160 pixels a side (1.2 GB): it is at most 4 MP.
    assert total == 1
    assert image.width() * image.height() <= PDF_PAGE_PIXELS
    assert image.width() > 1000  # still a readable page, not a thumbnail
    _panel, viewer = viewer_of(qtbot, vault, path)
    assert viewer.pages == 1 and viewer.more_pages.isHidden()
    assert len(pages(viewer)) == 1
