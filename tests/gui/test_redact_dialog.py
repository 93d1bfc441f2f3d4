"""The redaction dialog (issue 13, item 3), offscreen over a real vault: opened from the evidence
files' "Redact…" button, a box dragged with the mouse, the copy stored by a background worker,
and the stored copy black under the box and not elsewhere."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from fieldmon.vault.store import Vault
from ui.evidence import EvidencePanel
from ui.redact_dialog import RedactDialog
from ui.workers import wait_for_all

REFERENCE = "AZ-2026-001"


def _panel(qtbot: QtBot, vault: Vault, evidence_id: str) -> EvidencePanel:
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    panel.show_record(REFERENCE, evidence_id)
    panel.table.selectRow(0)
    return panel


def _drag(dialog: RedactDialog, start: tuple[float, float], end: tuple[float, float]) -> None:
    """Drag from start to end, given as fractions of the page as shown."""
    canvas = dialog.canvas
    page = canvas.page_rect()

    def at(x: float, y: float) -> QPoint:
        return QPoint(round(page.x() + x * page.width()), round(page.y() + y * page.height()))

    left = Qt.MouseButton.LeftButton
    QTest.mousePress(canvas, left, Qt.KeyboardModifier.NoModifier, at(*start))
    middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
    QTest.mouseMove(canvas, at(*middle))
    QTest.mouseMove(canvas, at(*end))
    QTest.mouseRelease(canvas, left, Qt.KeyboardModifier.NoModifier, at(*end))


def test_a_dragged_box_is_black_in_the_stored_copy(qtbot: QtBot, vault: Vault) -> None:
    panel = _panel(qtbot, vault, "x1")
    assert panel.redact_button.isEnabled()
    dialog = panel.open_redactor()
    assert isinstance(dialog, RedactDialog)
    dialog.resize(800, 640)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.save_button.isEnabled()  # nothing drawn yet
    _drag(dialog, (0.2, 0.3), (0.6, 0.7))
    _drag(dialog, (0.7, 0.1), (0.9, 0.2))
    assert len(dialog.boxes()) == 2
    dialog.undo_button.click()  # the last box is removed again
    (box,) = dialog.boxes()
    assert (box.page, round(box.x, 2), round(box.y, 2)) == (1, 0.2, 0.3)
    assert (round(box.w, 2), round(box.h, 2)) == (0.4, 0.4)
    with qtbot.waitSignal(panel.stored, timeout=20_000):
        dialog.save_button.click()
    wait_for_all()
    assert dialog.copy is not None and dialog.copy.item == "x1.2"
    assert "x1.2" in dialog.status.text() and dialog.copy.sha256 in dialog.status.text()
    assert [a.item for a in panel.files] == ["x1.1", "x1.2"]  # the panel shows the copy
    assert not dialog.save_button.isEnabled()  # not saved twice by a second click
    copy = vault.attachments(REFERENCE)[-1]
    assert (copy.derived_from, copy.derivation, copy.media_type) == (
        "x1.1",
        "redacted",
        "image/png",
    )
    image = Image.open(io.BytesIO(vault.read_attachment(REFERENCE, "x1.2"))).convert("L")
    w, h = image.size
    inside = image.crop((int(0.21 * w), int(0.31 * h), int(0.59 * w), int(0.69 * h)))
    assert inside.getextrema() == (0, 0)
    for outside in ((0, 0, w, int(0.29 * h)), (0, int(0.71 * h), w, h), (0, 0, int(0.19 * w), h)):
        assert max(image.crop(outside).getdata()) > 60
    dialog.close_button.click()


def test_pdf_pages_are_boxed_one_by_one(qtbot: QtBot, vault: Vault) -> None:
    panel = _panel(qtbot, vault, "x2")
    dialog = panel.open_redactor()
    assert isinstance(dialog, RedactDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.source.count == 1 and not dialog.next_button.isVisible()
    _drag(dialog, (0.05, 0.08), (0.95, 0.14))
    dialog.clear_button.click()
    assert dialog.boxes() == []
    _drag(dialog, (0.05, 0.08), (0.95, 0.14))
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_button.click()
    wait_for_all()
    copy = vault.attachments(REFERENCE)[-1]
    assert (copy.item, copy.media_type, copy.original_name) == (
        "x2.2",
        "application/pdf",
        "medical-report-redacted.pdf",
    )
    assert b"Examinee" not in vault.read_attachment(REFERENCE, "x2.2")
