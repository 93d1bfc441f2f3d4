"""Evidence privacy, offscreen against real vaults: the question about a file's metadata before
it is stored, the viewer's metadata table and location warning, staying on the evidence record
a file was added to, the export warning about annexes with metadata, and the verify wording."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from fieldmon.dossier import build
from fieldmon.vault import metadata
from fieldmon.vault.store import Vault
from tests.test_metadata import gps_jpeg, plain_jpeg, udta_mp4
from ui import i18n
from ui.case_view import CaseView
from ui.dossier_dialogs import ExportDialog, VerifyDialog
from ui.evidence import EvidencePanel, FileViewer

REFERENCE = "AZ-2026-001"
SHOTS = os.environ.get("FIELDMON_SHOTS")  # a folder to grab the dialogs into, to look at them


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.install("en")


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


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
    assert "copy without metadata" in messages[-1]
    assert panel.files == stored  # the panel shows what was stored, with no case view


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
    with qtbot.waitSignal(panel.stored, timeout=20_000):
        panel.attach(photo)
    assert panel.metadata_dialog is None


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


def test_export_preview_shows_people_as_the_dossier_will(qtbot: QtBot, vault: Vault) -> None:
    dialog = ExportDialog(vault, REFERENCE)
    qtbot.addWidget(dialog)
    index = dialog.profile.findData("un-srt")
    dialog.profile.setCurrentIndex(index)
    shown = {
        dialog.people.item(r, 0).text().split()[0]: (  # type: ignore[union-attr]
            dialog.people.item(r, 2).text(),  # type: ignore[union-attr]
            dialog.people.item(r, 3).text(),  # type: ignore[union-attr]
        )
        for r in range(dialog.people.rowCount())
    }
    expected = {
        row.person_id: row.shown_as
        for row in build.preview(vault, [REFERENCE], "un-srt", dialog.language.currentData())
    }
    assert {k: v[1] for k, v in shown.items()} == expected
    assert any(
        level == "left out" and label == "[identity withheld]" for level, label in shown.values()
    )
    shot(dialog, "export-preview")


def test_verify_says_changed_after_signing(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    build.write_dossier(vault, build.plan(vault, [REFERENCE], "echr", "en"), out)
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
    build.write_dossier(vault, build.plan(vault, [REFERENCE], "echr", "en"), out)
    other = empty_vault_factory()  # type: ignore[operator]
    verify = VerifyDialog(other)
    qtbot.addWidget(verify)
    verify.check(out)
    qtbot.waitUntil(lambda: "Verdict" in verify.report.toPlainText(), timeout=30_000)
    headline = verify.report.toPlainText().splitlines()[2]
    assert headline.startswith("Signature valid, but the signer is NOT TRUSTED")
