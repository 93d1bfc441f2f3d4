"""Evidence privacy, offscreen against real vaults: the question about a file's metadata before
it is stored, the viewer's metadata table and location warning, staying on the evidence record
a file was added to, the export warning about annexes with metadata, and the verify wording."""

from __future__ import annotations

import os
import subprocess
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fieldmon.dossier import build
from fieldmon.vault import metadata
from fieldmon.vault.store import Vault
from tests.conftest import decided_plan, record_nobody_appears
from tests.gui.conftest import shot
from tests.test_metadata import HOSTILE_PDFS, gps_jpeg, plain_jpeg, udta_mp4
from ui import i18n
from ui.case_view import CaseView
from ui.dossier_dialogs import ExportDialog, VerifyDialog
from ui.evidence import EvidencePanel, FileViewer, preview_image

REFERENCE = "AZ-2026-001"


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.install("en")


def attach_through_panel(qtbot: QtBot, panel: EvidencePanel, path: Path) -> None:
    """Add a file as a monitor does, accepting the metadata question with its default choice."""
    with qtbot.waitSignal(panel.stored, timeout=20_000):
        panel.attach(path)
        dialog = panel.metadata_dialog
        assert dialog is not None and dialog.isVisible()
        dialog.store_button.click()


def test_gps_photo_is_named_and_a_copy_without_metadata_is_stored(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    messages: list[str] = []
    panel.message.connect(messages.append)
    panel.show_record(REFERENCE, "x2")
    photo = tmp_path / "cell-wall.jpg"
    photo.write_bytes(gps_jpeg())
    panel.attach(photo)
    dialog = panel.metadata_dialog
    assert dialog is not None and dialog.isVisible()
    shot(dialog, "metadata-dialog")
    found = dialog.found.text()
    assert "Location: 40.41° N, 49.87° E" in found
    assert "Camera: Fictiphone FP-7" in found and "Author: Tural Fictiyev" in found
    assert dialog.strip_choice.isChecked() and dialog.strip_choice.isEnabled()
    with qtbot.waitSignal(panel.stored, timeout=20_000) as blocker:
        dialog.store_button.click()
    assert blocker.args == [REFERENCE, "x2"]
    stored = [a for a in vault.attachments(REFERENCE) if a.evidence_id == "x2"]
    originals = [a for a in stored if a.derived_from is None]
    copies = [a for a in stored if a.derived_from is not None]
    assert originals and copies and copies[0].derived_from == originals[-1].item
    assert vault.read_attachment(REFERENCE, originals[-1].item) == photo.read_bytes()
    clean = vault.read_attachment(REFERENCE, copies[0].item)
    assert not metadata.inspect(clean, "image/jpeg").sensitive
    assert messages[-1] == (
        "Stored cell-wall.jpg in evidence record “Forensic medical report”; a copy without"
        " location, camera or author details is kept for dossiers."
    )
    assert originals[-1].sha256 not in messages[-1] and "x2." not in messages[-1]
    assert panel.files == stored  # the panel shows what was stored, with no case view
    row = panel.files.index(originals[-1])
    cell = panel.table.item(row, 1)
    assert cell is not None and cell.toolTip() == f"SHA-256 {originals[-1].sha256}"


def test_store_the_original_only_and_cancel(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    panel.show_record(REFERENCE, "x1")
    before = len(vault.attachments(REFERENCE))
    photo = tmp_path / "wall.jpg"
    photo.write_bytes(gps_jpeg())
    panel.attach(photo)
    assert panel.metadata_dialog is not None
    panel.metadata_dialog.cancel_button.click()
    assert len(vault.attachments(REFERENCE)) == before
    panel.attach(photo)
    dialog = panel.metadata_dialog
    assert dialog is not None
    dialog.original_choice.setChecked(True)
    with qtbot.waitSignal(panel.stored, timeout=20_000):
        dialog.store_button.click()
    assert len(vault.attachments(REFERENCE)) == before + 1


def test_a_clean_photo_is_stored_without_a_question(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    panel.show_record(REFERENCE, "x1")
    photo = tmp_path / "plain.jpg"
    photo.write_bytes(plain_jpeg())
    messages: list[str] = []
    panel.message.connect(messages.append)
    with qtbot.waitSignal(panel.stored, timeout=20_000):
        panel.attach(photo)
    assert panel.metadata_dialog is None
    assert messages[-1] == (
        "Stored plain.jpg in evidence record “Photograph of the left wrist, 11 January”."
    )


def test_video_location_is_named_and_cannot_be_removed(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    panel.show_record(REFERENCE, "x1")
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(udta_mp4())
    panel.attach(clip)
    dialog = panel.metadata_dialog
    assert dialog is not None
    shot(dialog, "metadata-dialog-video")
    assert "Location: 40.41° N, 49.87° E" in dialog.found.text()
    assert not dialog.strip_choice.isEnabled() and dialog.original_choice.isChecked()
    assert "cannot remove metadata from this kind of file" in dialog.note.text()
    assert not dialog.strip_copy()
    dialog.reject()


def test_viewer_says_not_checked_for_an_unreadable_video(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    panel.show_record(REFERENCE, "x1")
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(_noise())
    panel.attach(clip)
    dialog = panel.metadata_dialog
    assert dialog is not None  # asked, not stored as clean without a word
    assert "clip.mp4: metadata not checked" in dialog.intro.text()
    with qtbot.waitSignal(panel.stored, timeout=20_000):
        dialog.store_button.click()
    panel.table.selectRow(
        next(r for r, a in enumerate(panel.files) if a.original_name == "clip.mp4")
    )
    viewer = panel.open_viewer()
    assert isinstance(viewer, FileViewer)
    qtbot.addWidget(viewer)
    rows = dict(viewer.detail_rows())
    assert rows["Metadata"] == "not checked (FieldMon cannot read it)"


def test_unreadable_kind_says_metadata_not_checked(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    panel.show_record(REFERENCE, "x1")
    audio = tmp_path / "voice.ogg"
    audio.write_bytes(b"OggS" + bytes(200))
    panel.attach(audio)
    dialog = panel.metadata_dialog
    assert dialog is not None
    assert "metadata not checked" in dialog.intro.text()
    dialog.reject()


def test_viewer_shows_a_table_and_a_location_warning(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    panel.show_record(REFERENCE, "x1")
    photo = tmp_path / "yard.jpg"
    photo.write_bytes(gps_jpeg())
    attach_through_panel(qtbot, panel, photo)
    original = next(r for r, a in enumerate(panel.files) if a.original_name == "yard.jpg")
    panel.table.selectRow(original)
    viewer = panel.open_viewer()
    assert isinstance(viewer, FileViewer)
    qtbot.addWidget(viewer)
    viewer.show()
    shot(viewer, "file-viewer")
    assert viewer.warning.isVisible()
    assert "40.41° N, 49.87° E" in viewer.warning.text()
    rows = {
        viewer.details.item(r, 0).text(): viewer.details.item(r, 1).text()  # type: ignore[union-attr]
        for r in range(viewer.details.rowCount())
    }
    assert rows["Location"].startswith("40.40930° N, 49.87000° E")
    assert rows["Camera"].startswith("Fictiphone FP-7")
    assert rows["Author"] == "Tural Fictiyev"
    assert rows["Taken"] == "2026-01-09 14:20:00"  # EXIF writes 2026:01:09 14:20:00
    assert rows["SHA-256"] == panel.files[original].sha256
    assert not any(text.lstrip().startswith("{") for text in rows.values())  # no raw JSON
    # The copy without metadata: no warning.
    copy = next(r for r, a in enumerate(panel.files) if a.derived_from)
    panel.table.selectRow(copy)
    clean = panel.open_viewer()
    assert clean is not None
    qtbot.addWidget(clean)
    clean.show()
    assert not clean.warning.isVisible()


def test_viewer_fits_a_small_screen(qtbot: QtBot, vault: Vault) -> None:
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    panel.show_record(REFERENCE, "x1")
    viewer = panel.open_viewer()
    assert viewer is not None
    qtbot.addWidget(viewer)
    screen = viewer.screen().availableGeometry()
    assert viewer.width() <= screen.width() and viewer.height() <= screen.height()
    assert viewer.height() <= min(720, screen.height() - 48)


def test_adding_a_file_keeps_the_evidence_record(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    view = CaseView(vault)
    qtbot.addWidget(view)
    view.open_case(REFERENCE)
    view.evidence_editor.list.setCurrentRow(1)
    assert view.evidence_files.evidence_id == "x2"
    photo = tmp_path / "bruise.jpg"
    photo.write_bytes(gps_jpeg())
    attach_through_panel(qtbot, view.evidence_files, photo)
    qtbot.waitUntil(lambda: "bruise.jpg" in [a.original_name for a in view.evidence_files.files])
    assert view.evidence_editor.list.currentRow() == 1
    assert view.evidence_files.evidence_id == "x2"


def test_export_warns_about_annexes_with_metadata(qtbot: QtBot, vault: Vault) -> None:
    dialog = ExportDialog(vault, REFERENCE)
    qtbot.addWidget(dialog)
    # The sample photo (x1, wrist.jpg) records a position and a camera; no copy was made.
    warning = dialog.metadata_warning()
    assert warning is not None
    assert "x1.1 wrist.jpg" in warning and "Location: 40.41° N, 49.87° E" in warning
    assert "medical-report.pdf" not in warning  # its PDF names no author
    answers: list[str] = []

    def answer(button: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        shot(box, "export-warning")
        answers.append(box.text())
        box.findChild(QWidget, button).click()  # type: ignore[union-attr]

    QTimer.singleShot(0, lambda: answer("exportCancel"))
    assert dialog.confirm_metadata() is False
    assert "Not exported." in dialog.status.text()
    QTimer.singleShot(0, lambda: answer("exportAnyway"))
    assert dialog.confirm_metadata() is True
    assert "still carry metadata" in answers[0]


def _people(dialog: ExportDialog) -> list[list[str]]:
    return [
        [dialog.people.item(r, c).text() for c in range(4)]  # type: ignore[union-attr]
        for r in range(dialog.people.rowCount())
    ]


def test_export_preview_shows_people_as_the_dossier_will(qtbot: QtBot, vault: Vault) -> None:
    dialog = ExportDialog(vault, REFERENCE)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    index = dialog.profile.findData("un-srt")
    dialog.profile.setCurrentIndex(index)
    qtbot.waitUntil(lambda: dialog.loaded)
    rows = build.preview(vault, [REFERENCE], "un-srt", dialog.language.currentData())
    shown = {name: (level, label) for name, _roles, level, label in _people(dialog)}
    assert {name: label for name, (_level, label) in shown.items()} == {
        row.name: row.shown_as for row in rows
    }
    assert shown["Səbinə Quliyeva"] == ("left out", "[identity withheld]")
    # No consent recorded for this recipient: left out, not a pseudonym (issue 13).
    assert shown["Rəşad Əliyev"] == ("left out", "[identity withheld]")
    # No internal ids, no raw level codes.
    cells = [text for row in _people(dialog) for text in row]
    assert not any(row.person_id in text.split() for row in rows for text in cells)
    assert not {"pseudonym", "full_name", "full name", "none"} & set(cells)
    dialog.profile.setCurrentIndex(dialog.profile.findData("echr"))
    qtbot.waitUntil(lambda: dialog.loaded)
    levels = {name: level for name, _roles, level, _label in _people(dialog)}
    assert levels["Rəşad Əliyev"] == "Full name"
    assert levels["Səbinə Quliyeva"] == "Initials only"
    dialog.profile.setCurrentIndex(dialog.profile.findData("pattern"))
    qtbot.waitUntil(lambda: dialog.loaded)
    levels = {name: level for name, _roles, level, _label in _people(dialog)}
    assert levels["Rəşad Əliyev"] == "Pseudonym"
    shot(dialog, "export-preview")


def test_export_preview_levels_in_the_interface_language(qtbot: QtBot, vault: Vault) -> None:
    i18n.install("ru")
    try:
        dialog = ExportDialog(vault, REFERENCE)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.loaded)
        dialog.profile.setCurrentIndex(dialog.profile.findData("un-srt"))
        qtbot.waitUntil(lambda: dialog.loaded)
        levels = {name: level for name, _roles, level, _label in _people(dialog)}
        assert levels["Səbinə Quliyeva"] == "не упоминается"
        dialog.profile.setCurrentIndex(dialog.profile.findData("pattern"))
        qtbot.waitUntil(lambda: dialog.loaded)
        levels = {name: level for name, _roles, level, _label in _people(dialog)}
        assert levels["Rəşad Əliyev"] == "Псевдоним"
    finally:
        i18n.install("en")


def _noise(size: int = 20_000) -> bytes:
    import random

    return random.Random(11).randbytes(size)


def test_export_lists_the_files_left_out_of_the_dossier(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    # Several files on one evidence record, as the walkthrough stored them.
    photo = tmp_path / "wrist-2.jpg"
    photo.write_bytes(gps_jpeg())
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(_noise())
    report = tmp_path / "report.docx"
    report.write_bytes(b"PK\x03\x04" + _noise(2000))
    vault.attach(REFERENCE, photo, evidence_id="x1", strip_metadata=True)  # x1.2 and its copy
    vault.attach(REFERENCE, clip, evidence_id="x1")
    vault.attach(REFERENCE, report, evidence_id="x1")
    record_nobody_appears(vault, REFERENCE)  # so that consent lets both annexes in
    items = {a.original_name: a.item for a in vault.attachments(REFERENCE) if not a.derivation}
    dialog = ExportDialog(vault, REFERENCE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    text = dialog.left_out.text()
    assert dialog.left_out.isVisible()
    assert "only one file per evidence record is annexed" in text
    record = "evidence record “Photograph of the left wrist, 11 January”"
    for name in ("wrist-2.jpg", "clip.mp4", "report.docx"):
        assert f"• {items[name]} {name} ({record})" in text
    assert "wrist.jpg" not in text.replace("wrist-2.jpg", "")  # the annex itself is not listed
    assert "medical-report.pdf" not in text
    shot(dialog, "export-left-out")
    # What the dialog says is what the signed dossier holds: two annexes, x1.1 and x2.1.
    out = tmp_path / "dossier.pdf"
    plan = decided_plan(vault, [REFERENCE], "echr", "en")
    build.write_dossier(vault, plan, out)
    assert [a.item for a in plan.annexes] == ["x1.1", "x2.1"]
    listed = subprocess.run(
        ["pdfdetach", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout
    assert "annex-01.jpg" in listed and "annex-02.pdf" in listed and "annex-03" not in listed
    # The pattern profile has no annexes at all, and says so.
    dialog.profile.setCurrentIndex(dialog.profile.findData("pattern"))
    qtbot.waitUntil(lambda: dialog.loaded)
    assert "no annexes: none of the 6 stored files is in it" in dialog.left_out.text()


def test_export_says_nothing_is_left_out_when_every_file_is_annexed(
    qtbot: QtBot, vault: Vault
) -> None:
    dialog = ExportDialog(vault, REFERENCE)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.left_out.text() == "" and not dialog.left_out.isVisible()


def test_export_warns_about_an_annex_whose_metadata_cannot_be_checked(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    clip = tmp_path / "clip.mp4"
    clip.write_bytes(_noise())  # unreadable: it must not pass for a file without metadata
    (stored,) = vault.attach(REFERENCE, clip)  # a new evidence record: it is annexed
    dialog = ExportDialog(vault, REFERENCE)
    qtbot.addWidget(dialog)
    warning = dialog.metadata_warning()
    assert warning is not None
    assert f"• {stored.item} clip.mp4: metadata not checked" in warning


def test_verify_says_changed_after_signing(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    build.write_dossier(vault, decided_plan(vault, [REFERENCE], "echr", "en"), out)
    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0x01
    changed = tmp_path / "changed.pdf"
    changed.write_bytes(bytes(data))
    verify = VerifyDialog(vault)
    qtbot.addWidget(verify)
    verify.check(changed)
    qtbot.waitUntil(lambda: "Verdict" in verify.report.toPlainText(), timeout=30_000)
    text = verify.report.toPlainText()
    shot(verify, "verify-changed")
    assert "CHANGED AFTER SIGNING" in text.splitlines()[2]
    assert "NOT TRUSTED" not in text and "not issued" not in text
    verify.check(out)
    qtbot.waitUntil(lambda: "Verdict: VALID" in verify.report.toPlainText(), timeout=30_000)
    assert "VALID AND TRUSTED" in verify.report.toPlainText()


def test_verify_says_valid_but_not_trusted(
    qtbot: QtBot, vault: Vault, empty_vault_factory: object, tmp_path: Path
) -> None:
    out = tmp_path / "dossier.pdf"
    build.write_dossier(vault, decided_plan(vault, [REFERENCE], "echr", "en"), out)
    other = empty_vault_factory()  # type: ignore[operator]
    verify = VerifyDialog(other)
    qtbot.addWidget(verify)
    verify.check(out)
    qtbot.waitUntil(lambda: "Verdict" in verify.report.toPlainText(), timeout=30_000)
    headline = verify.report.toPlainText().splitlines()[2]
    assert headline.startswith("Signature valid, but the signer is NOT TRUSTED")


# -- attacker review ---------------------------------------------------------------------------


def test_a_named_pipe_is_refused_in_one_line(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    messages: list[str] = []
    panel.message.connect(messages.append)
    panel.show_record(REFERENCE, "x1")
    fifo = tmp_path / "clip.mp4"
    os.mkfifo(fifo)  # reading it would wait for a writer forever, on the window's thread
    panel.attach(fifo)
    assert messages == ["⚠ clip.mp4 is not a regular file."]
    assert panel.metadata_dialog is None


def huge_png(width: int = 12_000, height: int = 12_000) -> bytes:
    """A PNG whose header declares 144 megapixels (its pixel data is a token few bytes)."""
    from tests.test_metadata import chunk, png_chunks

    return png_chunks(chunk(b"IDAT", zlib.compress(bytes(64))), width=width, height=height)


def view_stored(qtbot: QtBot, vault: Vault, path: Path) -> tuple[EvidencePanel, FileViewer]:
    """The viewer of path stored on evidence record x1, with its panel (its parent)."""
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    (stored,) = vault.attach(REFERENCE, path, evidence_id="x1")
    panel.show_record(REFERENCE, "x1")
    panel.table.selectRow(next(r for r, a in enumerate(panel.files) if a.item == stored.item))
    viewer = panel.open_viewer()
    assert isinstance(viewer, FileViewer)
    return panel, viewer


def export_warning(qtbot: QtBot, vault: Vault, path: Path) -> str:
    """The export warning once path is stored as a new evidence record (so it is annexed)."""
    vault.attach(REFERENCE, path)
    dialog = ExportDialog(vault, REFERENCE)
    qtbot.addWidget(dialog)
    warning = dialog.metadata_warning()
    assert warning is not None
    return warning


def test_viewer_says_a_huge_picture_is_too_large_and_does_not_decode_it(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    panel_png = tmp_path / "panorama.png"
    panel_png.write_bytes(huge_png())
    assert preview_image(panel_png.read_bytes()) is None  # refused from its header alone
    _panel, viewer = view_stored(qtbot, vault, panel_png)
    assert viewer.too_large
    assert viewer.no_preview.text() == "This picture is too large to show here."
    assert dict(viewer.detail_rows())["Picture size"] == "12000 × 12000"


def test_preview_decodes_a_large_jpeg_reduced_and_refuses_other_large_pictures(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import io

    from PIL import Image

    import ui.evidence

    monkeypatch.setattr(ui.evidence, "VIEW_PIXELS", 1000)
    monkeypatch.setattr(ui.evidence, "VIEW_SIDE", 16)
    for fmt in ("JPEG", "PNG"):
        out = io.BytesIO()
        Image.new("RGB", (64, 48), (10, 20, 30)).save(out, fmt)
        image = preview_image(out.getvalue())
        if fmt == "JPEG":
            assert image is not None and (image.width(), image.height()) == (16, 12)
        else:
            assert image is None


@pytest.mark.parametrize("index", range(len(HOSTILE_PDFS)))
def test_hostile_pdf_stored_by_core_attach_can_be_viewed_and_exported(
    qtbot: QtBot, vault: Vault, tmp_path: Path, index: int
) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(HOSTILE_PDFS[index].values[0])  # type: ignore[arg-type]
    _panel, viewer = view_stored(qtbot, vault, report)
    assert dict(viewer.detail_rows())["Metadata"] == "not checked (FieldMon cannot read it)"
    assert "report.pdf: metadata not checked" in export_warning(qtbot, vault, report)


def test_a_place_name_is_warned_about_in_the_viewer_and_before_export(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    from tests.test_metadata import xmp_jpeg

    photo = tmp_path / "street.jpg"
    photo.write_bytes(xmp_jpeg(b'<x:xmpmeta><r photoshop:City="Fictional City"/></x:xmpmeta>'))
    _panel, viewer = view_stored(qtbot, vault, photo)
    viewer.show()
    assert viewer.warning.isVisible() and "Fictional City" in viewer.warning.text()
    assert "street.jpg: Place named: Fictional City" in export_warning(qtbot, vault, photo)
