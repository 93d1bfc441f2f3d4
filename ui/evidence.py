"""The files of an evidence record: add (dialog or drag and drop, in the background), view
from memory, see hash, metadata and custody, extract to a chosen place.

Before a file is stored, what it says about where, with what and by whom it was made is shown
(`MetadataDialog`), with a copy without metadata offered. The panel needs no case view: it
takes the vault, asks `save_first` before storing, and reports through its signals `stored`
(reference, evidence id) and `message` (a line for the status bar).
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon import images
from fieldmon.errors import FieldMonError
from fieldmon.vault import files, metadata, redacting
from fieldmon.vault.metadata import Location, MetadataReport
from fieldmon.vault.store import Attachment, Vault
from ui import file_dialogs, i18n
from ui.labels import custody_action
from ui.redact_dialog import RedactDialog
from ui.workers import run_in_background


def format_location(location: Location, digits: int = 2) -> str:
    """A position in plain words: "40.41° N, 49.87° E" (altitude added when digits > 2).

    :param location: the position, decimal degrees.
    :param digits: decimals of a degree to show (2 is about a kilometre; 5 about a metre).
    :return: the text, with the hemisphere letters in the interface language.
    """
    if location.latitude >= 0:
        north = QCoreApplication.translate("EvidenceMetadata", "N")
    else:
        north = QCoreApplication.translate("EvidenceMetadata", "S")
    if location.longitude >= 0:
        east = QCoreApplication.translate("EvidenceMetadata", "E")
    else:
        east = QCoreApplication.translate("EvidenceMetadata", "W")
    latitude = f"{abs(location.latitude):.{digits}f}° {north}"
    text = f"{latitude}, {abs(location.longitude):.{digits}f}° {east}"
    if digits > 2 and location.altitude is not None:
        text += " · " + QCoreApplication.translate(
            "EvidenceMetadata", "%1 m above sea level"
        ).replace("%1", f"{location.altitude:g}")
    return text


def _other_label(key: str) -> str:
    labels = {
        "taken": QCoreApplication.translate("EvidenceMetadata", "Taken"),
        "software": QCoreApplication.translate("EvidenceMetadata", "Software"),
        "creator": QCoreApplication.translate("EvidenceMetadata", "Made with"),
        "producer": QCoreApplication.translate("EvidenceMetadata", "Converted with"),
        "title": QCoreApplication.translate("EvidenceMetadata", "Title"),
        "subject": QCoreApplication.translate("EvidenceMetadata", "Subject"),
        "keywords": QCoreApplication.translate("EvidenceMetadata", "Keywords"),
        "creationdate": QCoreApplication.translate("EvidenceMetadata", "Created"),
        "moddate": QCoreApplication.translate("EvidenceMetadata", "Modified"),
        "place": QCoreApplication.translate("EvidenceMetadata", "Place named"),
        "comment": QCoreApplication.translate("EvidenceMetadata", "Comment"),
        "location": QCoreApplication.translate("EvidenceMetadata", "Location"),
    }
    return labels.get(key.lower(), key)


_EXIF_DATE = re.compile(r"(\d{4}):(\d{2}):(\d{2})(?:[ T](\d{2}:\d{2}(?::\d{2})?))?(.*)", re.S)


def format_date_taken(value: str) -> str:
    """An EXIF date ("2026:01:11 18:02:11") in ISO order: "2026-01-11 18:02:11"; any other
    text unchanged."""
    match = _EXIF_DATE.fullmatch(value.strip())
    if not match:
        return value
    date = f"{match[1]}-{match[2]}-{match[3]}"
    return " ".join(p for p in (date, match[4], match[5].strip()) if p)


def metadata_rows(report: MetadataReport, digits: int = 2) -> list[tuple[str, str]]:
    """What a report found, as (translated label, value) rows: location, camera and author first.

    :param report: from `fieldmon.vault.metadata.inspect`.
    :param digits: decimals of a degree for the location.
    :return: the rows; empty when nothing was found or the file was not checked.
    """
    rows: list[tuple[str, str]] = []
    if report.location is not None:
        rows.append(
            (
                QCoreApplication.translate("EvidenceMetadata", "Location"),
                format_location(report.location, digits),
            )
        )
    if report.camera:
        rows.append((QCoreApplication.translate("EvidenceMetadata", "Camera"), report.camera))
    if report.author:
        rows.append((QCoreApplication.translate("EvidenceMetadata", "Author"), report.author))
    rows += [(_other_label(key), format_date_taken(value)) for key, value in report.other.items()]
    return rows


def sensitive_rows(report: MetadataReport, digits: int = 2) -> list[tuple[str, str]]:
    """Only the rows that tell place, device or person (location, camera, author)."""
    shown = sum(bool(x) for x in (report.location, report.camera, report.author))
    return metadata_rows(report, digits)[:shown]


def metadata_intro(report: MetadataReport, file_name: str) -> str:
    """What a file records, in one sentence: the same words wherever a file is added.

    :param report: from `fieldmon.vault.metadata.inspect`.
    :param file_name: the file's name, as the monitor knows it.
    """
    if not report.checked:
        text = QCoreApplication.translate(
            "MetadataDialog",
            "%1: metadata not checked. FieldMon cannot read the metadata of this kind"
            " of file; it may record where it was made, the device, or who made it.",
        )
    elif report.sensitive:
        text = QCoreApplication.translate(
            "MetadataDialog",
            "%1 records where, with what or by whom it was made. Anyone who receives"
            " the file can read this:",
        )
    else:
        text = QCoreApplication.translate(
            "EvidenceMetadata", "%1: no location, device or author found."
        )
    return text.replace("%1", file_name)


def metadata_summary(report: MetadataReport, file_name: str) -> str:
    """`metadata_intro` followed by the location, camera and author found, on one line."""
    found = "; ".join(f"{label}: {value}" for label, value in sensitive_rows(report))
    if found and not found.endswith("."):
        found += "."  # a sentence may follow it (the testimony's review)
    return " ".join(p for p in (metadata_intro(report, file_name), found) if p)


def cannot_strip_note() -> str:
    """Said when a file records something but no copy without it can be made."""
    return QCoreApplication.translate(
        "MetadataDialog",
        "FieldMon cannot remove metadata from this kind of file; the original will be"
        " stored as it is.",
    )


class MetadataDialog(QDialog):
    """Says what a file about to be stored records of place, device and person, and asks
    whether to keep a copy without it (the original is always stored: it is evidence)."""

    def __init__(self, report: MetadataReport, file_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.report = report
        self.file_name = file_name
        self.setObjectName("metadataDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        # Wide enough to read the findings as lines, not a narrow column; within small screens.
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        room = screen.availableGeometry().width() - 24 if screen is not None else 560
        self.setMinimumWidth(min(560, room))
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setObjectName("metadataIntro")
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.found = QLabel()
        self.found.setObjectName("metadataFound")
        self.found.setWordWrap(True)
        self.found.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.found)
        self.strip_choice = QRadioButton()
        self.strip_choice.setObjectName("keepStrippedCopy")
        self.original_choice = QRadioButton()
        self.original_choice.setObjectName("storeOriginalOnly")
        self.choices = QButtonGroup(self)
        self.choices.addButton(self.strip_choice)
        self.choices.addButton(self.original_choice)
        layout.addWidget(self.strip_choice)
        layout.addWidget(self.original_choice)
        self.note = QLabel()
        self.note.setObjectName("metadataNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.store_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.store_button.setObjectName("metadataStore")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("metadataCancel")
        layout.addWidget(self.buttons)
        if report.can_strip:
            self.strip_choice.setChecked(True)
        else:
            self.strip_choice.setEnabled(False)
            self.original_choice.setChecked(True)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("What this file says about itself"))
        report = self.report
        self.intro.setText(metadata_intro(report, self.file_name))
        if not report.checked:
            self.found.hide()
        else:
            self.found.setText(
                "\n".join(f"{label}: {value}" for label, value in metadata_rows(self.report))
            )
        self.strip_choice.setText(self.tr("Keep a copy without metadata (recommended)"))
        self.strip_choice.setAccessibleName(self.tr("Keep a copy without metadata"))
        self.original_choice.setText(self.tr("Store the original only"))
        self.original_choice.setAccessibleName(self.tr("Store the original only"))
        if report.can_strip:
            note = self.tr(
                "The original is always stored: it is evidence. Dossiers use the copy without"
                " metadata."
            )
        else:
            note = cannot_strip_note()
        self.note.setText(note)
        self.store_button.setText(self.tr("&Store"))
        self.store_button.setAccessibleName(self.tr("Store the file"))
        self.cancel_button.setText(self.tr("&Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Do not store the file"))

    def strip_copy(self) -> bool:
        """Whether a copy without metadata is to be stored beside the original."""
        return self.report.can_strip and self.strip_choice.isChecked()


class EvidencePanel(QWidget):
    """The stored files of one evidence record.

    :param vault: the open vault.
    :param save_first: called before a file is stored; returns False to stop (unsaved edits
        that cannot be saved).

    Signals: ``stored(reference, evidence_id)`` after a file is stored; ``message(text)`` for
    the status line.
    """

    stored = Signal(str, str)
    message = Signal(str)

    def __init__(
        self,
        vault: Vault,
        *,
        save_first: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.save_first = save_first
        self.reference: str | None = None
        self.evidence_id: str | None = None
        self.files: list[Attachment] = []
        self.metadata_dialog: MetadataDialog | None = None
        """The question about a file's metadata while it is open."""
        self.setAcceptDrops(True)
        self.setObjectName("evidenceFiles")
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("evidenceFileTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.doubleClicked.connect(self.view_file)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addFile")
        self.add_button.clicked.connect(self.choose_file)
        self.view_button = QPushButton()
        self.view_button.setObjectName("viewFile")
        self.view_button.clicked.connect(self.view_file)
        self.extract_button = QPushButton()
        self.extract_button.setObjectName("extractFile")
        self.extract_button.clicked.connect(self.extract_file)
        self.redact_button = QPushButton()
        self.redact_button.setObjectName("redactFile")
        self.redact_button.clicked.connect(self.redact_file)
        self.redactor: RedactDialog | None = None
        """The redaction dialog while it is open."""
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.progress = QProgressBar()
        self.progress.setObjectName("attachProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        for w in (self.add_button, self.view_button, self.extract_button, self.redact_button):
            buttons.addWidget(w)
        buttons.addWidget(self.progress, 1)
        layout.addLayout(buttons)
        i18n.follow_language(self)
        self.show_record(None, None)

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "Files of the selected evidence record. Drop files here or"
                " add them; they are stored encrypted."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("File"),
                self.tr("Type"),
                self.tr("Bytes"),
                self.tr("SHA-256"),
            ]
        )
        self.table.setAccessibleName(self.tr("Stored files"))
        self.add_button.setText(self.tr("Add file…"))
        self.add_button.setAccessibleName(self.tr("Add a file to this evidence record"))
        self.view_button.setText(self.tr("View"))
        self.view_button.setAccessibleName(self.tr("View the selected file"))
        self.extract_button.setText(self.tr("Extract…"))
        self.extract_button.setAccessibleName(self.tr("Extract the selected file"))
        self.redact_button.setText(self.tr("Redact…"))
        self.redact_button.setAccessibleName(
            self.tr("Make a redacted copy of the selected photo or PDF")
        )
        self.progress.setAccessibleName(self.tr("Storing"))

    def show_record(self, reference: str | None, evidence_id: str | None) -> None:
        """List the files of one evidence record (none when either is None or not stored)."""
        self.reference, self.evidence_id = reference, evidence_id
        self.files = []
        if reference and evidence_id:
            try:
                self.files = [
                    a for a in self.vault.attachments(reference) if a.evidence_id == evidence_id
                ]
            except FieldMonError:
                self.files = []  # case not stored yet
        self.table.setRowCount(len(self.files))
        for row, a in enumerate(self.files):
            name = a.original_name + (" ✂" if a.derivation else "")
            for col, text in enumerate((a.item, name, a.media_type, str(a.size), a.sha256)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(f"SHA-256 {a.sha256}")
                self.table.setItem(row, col, cell)
        self.table.resizeColumnsToContents()
        self.add_button.setEnabled(bool(reference and evidence_id))
        self.view_button.setEnabled(bool(self.files))
        self.extract_button.setEnabled(bool(self.files))
        self._selection_changed()

    def _selection_changed(self) -> None:
        selected = self._selected()
        self.redact_button.setEnabled(
            selected is not None and redacting.redactable(selected.media_type)
        )

    def _selected(self) -> Attachment | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.files):
            return self.files[row]
        return self.files[0] if self.files else None

    def choose_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Add a file"))
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        """Store a file for the current evidence record, after saving and, when the file
        records place, device or person (or cannot be checked), asking in `metadata_dialog`
        whether to keep a copy without metadata. Storing runs in the background and ends in
        `stored` or `message`."""
        if not (self.reference and self.evidence_id):
            return
        if self.save_first is not None and not self.save_first():
            return
        reference, evidence_id = self.reference, self.evidence_id
        try:
            # A named pipe would block the window forever: refused before it is opened.
            if not stat.S_ISREG(os.stat(path).st_mode):
                self.message.emit(
                    "⚠ " + self.tr("%1 is not a regular file.").replace("%1", path.name)
                )
                return
            kind = files.media_type(files.read_head(path), path.name)
            report = metadata.inspect(path, kind)
        except FieldMonError as error:
            self.message.emit("⚠ " + str(error))
            return
        except OSError as error:
            self.message.emit("⚠ " + f"{path.name}: {error.strerror or error}")
            return
        if report.checked and not report.sensitive:
            self._store(reference, evidence_id, path, strip=False)
            return
        dialog = MetadataDialog(report, path.name, self)
        self.metadata_dialog = dialog

        def answered(result: int) -> None:
            self.metadata_dialog = None
            if result == QDialog.DialogCode.Accepted.value:
                self._store(reference, evidence_id, path, strip=dialog.strip_copy())
            else:
                self.message.emit(self.tr("Nothing was stored."))
            dialog.deleteLater()

        dialog.finished.connect(answered)
        dialog.open()

    def _store(self, reference: str, evidence_id: str, path: Path, strip: bool) -> None:
        self.progress.show()
        self.add_button.setEnabled(False)  # one store at a time; viewing others goes on
        self.message.emit(self.tr("Storing %1…").replace("%1", path.name))

        def work(progress: Any) -> list[Attachment]:
            return self.vault.attach(reference, path, evidence_id=evidence_id, strip_metadata=strip)

        run_in_background(
            work, lambda stored: self._attached(reference, evidence_id, stored), self._failed
        )

    def _record_title(self, reference: str, evidence_id: str) -> str:
        try:
            case = self.vault.get_case(reference)
        except FieldMonError:
            return ""
        for record in case.get("evidence", []):
            if record.get("id") == evidence_id:
                return str(record.get("title") or "").strip()
        return ""

    def stored_text(self, reference: str, evidence_id: str, stored: list[Attachment]) -> str:
        """The status line after storing, in words (the hash is in the table and the viewer)."""
        title = self._record_title(reference, evidence_id)
        copy = len(stored) > 1
        if title and copy:
            text = self.tr(
                "Stored %1 in evidence record “%2”; a copy without location, camera or author"
                " details is kept for dossiers."
            )
        elif title:
            text = self.tr("Stored %1 in evidence record “%2”.")
        elif copy:
            text = self.tr(
                "Stored %1; a copy without location, camera or author details is kept for dossiers."
            )
        else:
            text = self.tr("Stored %1.")
        values = {"1": stored[0].original_name, "2": title}
        return re.sub(r"%([12])", lambda m: values[m[1]], text)  # a name may hold "%2"

    def _attached(self, reference: str, evidence_id: str, stored: list[Attachment]) -> None:
        self.progress.hide()
        text = self.stored_text(reference, evidence_id, stored)
        self.show_record(reference, evidence_id)
        self.message.emit(text)
        self.stored.emit(reference, evidence_id)

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.add_button.setEnabled(True)
        self.view_button.setEnabled(bool(self.files))
        self.extract_button.setEnabled(bool(self.files))
        self.message.emit("⚠ " + message)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.add_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.attach(Path(url.toLocalFile()))
                break

    def open_viewer(self) -> FileViewer | None:
        """The viewer of the selected file, decrypted in memory (the view is logged)."""
        attachment = self._selected()
        if attachment is None or self.reference is None:
            return None
        try:
            data = self.vault.read_attachment(self.reference, attachment.item)
        except FieldMonError as error:
            self.message.emit("⚠ " + str(error))
            return None
        entries = [
            e
            for e in self.vault.custody_log(self.reference)
            if e.record and e.record.endswith(f"item {attachment.item}")
        ]
        return FileViewer(attachment, data, entries, self)

    def view_file(self) -> None:
        viewer = self.open_viewer()
        if viewer is not None:
            viewer.exec()

    def open_redactor(self) -> RedactDialog | None:
        """The redaction dialog on the selected photo or PDF, decrypted in memory (the view is
        logged); None when nothing is selected or the file cannot be drawn (said in `message`).
        A stored copy ends in `stored` and a status line."""
        attachment = self._selected()
        if attachment is None or self.reference is None:
            return None
        try:
            data = self.vault.read_attachment(self.reference, attachment.item)
            dialog = RedactDialog(self.vault, attachment, data, self)
        except FieldMonError as error:
            self.message.emit(
                "⚠ "
                + self.tr("%1 cannot be redacted here (%2).")
                .replace("%1", attachment.item)
                .replace("%2", str(error))
            )
            return None
        # The handlers name no dialog: the panel holds the only reference to it (a closure
        # holding it made PySide free it twice when the panel went first).
        dialog.saved.connect(self._redacted)
        dialog.failed.connect(lambda text: self.message.emit("⚠ " + text))
        dialog.finished.connect(self._redactor_closed)
        self.redactor = dialog
        return dialog

    def _redacted(self, copy: Attachment) -> None:
        """A redacted copy was stored: list it, say so, and tell the case view."""
        if (self.reference, self.evidence_id) == (copy.case_reference, copy.evidence_id):
            self.show_record(copy.case_reference, copy.evidence_id)
        self.message.emit(
            self.tr("Stored redacted copy %1 of %2.")
            .replace("%1", copy.item)
            .replace("%2", str(copy.derived_from))
        )
        self.stored.emit(copy.case_reference, copy.evidence_id)

    def _redactor_closed(self, *_: object) -> None:
        dialog, self.redactor = self.redactor, None
        if dialog is not None:
            dialog.deleteLater()

    def redact_file(self) -> None:
        dialog = self.open_redactor()
        if dialog is not None:
            dialog.open()

    def extract_file(self) -> None:
        attachment = self._selected()
        if attachment is None or self.reference is None:
            return
        path = file_dialogs.save_file(self, self.tr("Extract to"), attachment.original_name)
        if not path:
            return
        try:
            self.vault.extract(self.reference, attachment.item, Path(path), force=True)
        except FieldMonError as error:
            self.message.emit("⚠ " + str(error))
            return
        self.message.emit(self.tr("Extracted to %1.").replace("%1", path))


PDF_PAGES_SHOWN = 20
"""At most this many pages of a PDF are rendered in the viewer; the rest are named."""
PDF_PAGE_PIXELS = 4_000_000
"""At most this many pixels per rendered page: a page of 200 × 200 inches (the largest a PDF
may declare) is rendered smaller instead of taking gigabytes."""


def pdf_page_images(data: bytes, scale: float = 1.4) -> tuple[list[QImage], int]:
    """The first `PDF_PAGES_SHOWN` pages of a PDF rendered in memory with PDFium, each at
    ``scale`` pixels per point or less, so that it has at most `PDF_PAGE_PIXELS` pixels.

    :return: the page images, and how many pages the PDF has.
    :raises pypdfium2.PdfiumError: PDFium cannot read the PDF.
    """
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    images = []
    try:
        total = len(document)
        for i in range(min(total, PDF_PAGES_SHOWN)):
            page = document[i]
            width, height = page.get_size()  # points
            fit = min(scale, (PDF_PAGE_PIXELS / max(1.0, width * height)) ** 0.5)
            pil = page.render(scale=fit).to_pil().convert("RGB")
            raw = pil.tobytes()
            image = QImage(raw, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: raw is freed with pil
    finally:
        document.close()
    return images, total


def _utc(stamp: str) -> str:
    """An ISO 8601 UTC time as "2026-01-12 11:40:05 UTC"."""
    return stamp[:19].replace("T", " ") + " UTC" if len(stamp) >= 19 else stamp


def _fit_to_screen(dialog: QDialog, width: int, height: int, parent: QWidget | None) -> None:
    """Size a dialog to width × height, or less to fit the available screen (1024×600 too)."""
    screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, available.width() - 24)
        height = min(height, available.height() - 48)  # room for the window frame
    dialog.resize(max(320, width), max(240, height))


VIEW_PIXELS = images.MAX_PIXELS
"""The most pixels decoded for the viewer: a larger JPEG is decoded already reduced (libjpeg
scales while decoding), any other larger picture is not shown (`fieldmon.images`)."""
VIEW_SIDE = 4096
"""The longest side a picture is shown at, in pixels."""


def qimage(picture: Image.Image) -> QImage:
    """A Qt image owning a copy of an 8-bit RGB or L picture's pixels."""
    grey = picture.mode == "L"
    rgb = picture if grey or picture.mode == "RGB" else picture.convert("RGB")
    raw = rgb.tobytes()
    image = QImage(
        raw,
        rgb.width,
        rgb.height,
        rgb.width * (1 if grey else 3),
        QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB888,
    )
    return image.copy()  # own the pixels: raw is freed with rgb


def preview_image(data: bytes) -> QImage | None:
    """A picture for the viewer as `fieldmon.images` draws it (upright, 16-bit grey scaled to
    8 bits, CMYK as RGB, transparency on white, the first of several frames), no more than
    `VIEW_SIDE` pixels a side, and never more than `VIEW_PIXELS` pixels decoded.

    :return: the picture (a null QImage when it cannot be read: empty, cut short, damaged, a
        kind Pillow does not read), or None when it is too large to show.
    """
    picture = images.draw(data, max_pixels=VIEW_PIXELS, max_side=VIEW_SIDE)
    if picture.too_large:
        return None
    if picture.image is None:
        return QImage()
    return qimage(picture.image)


class FileViewer(QDialog):
    """A stored file shown from memory (no temporary file, no thumbnail cache), with its
    details and metadata as a table and a warning when it records a location."""

    def __init__(
        self, attachment: Attachment, data: bytes, entries: list[Any], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.entries = entries
        self.report = metadata.inspect(data, attachment.media_type)
        self.setObjectName("fileViewer")
        self.setWindowTitle(f"{attachment.case_reference} {attachment.item}")
        _fit_to_screen(self, 820, 720, parent)
        layout = QVBoxLayout(self)
        self.warning = QLabel()
        self.warning.setObjectName("locationWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c3c00; border: 1px solid #d6a100;"
            " padding: 6px; }"
        )
        self.warning.setVisible(self.report.location is not None or bool(self.report.place))
        layout.addWidget(self.warning)
        splitter = QSplitter(Qt.Orientation.Vertical)
        area = QScrollArea()
        area.setWidgetResizable(True)
        self.area = area
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        images: list[QImage] = []
        self.too_large = False
        """Whether the picture has more pixels than the viewer decodes (`VIEW_PIXELS`)."""
        # A HEIF photo recorded as video/mp4 by an older FieldMon is shown as the photo it is.
        declared = files.bmff_media_type(data[:256]) or ""
        if attachment.media_type.startswith("image/") or declared.startswith("image/"):
            image = preview_image(data)
            if image is None:
                self.too_large = True
            elif not image.isNull():
                images.append(image)
        self.pages = 0
        """How many pages the PDF has (0 for a picture); the first `PDF_PAGES_SHOWN` are shown."""
        if attachment.media_type == "application/pdf" and not images:
            try:
                images, self.pages = pdf_page_images(data)
            except Exception:  # a PDF PDFium cannot render is not shown; its details still are
                images = []
        fit = max(200, self.width() - 60)
        for image in images:
            label = QLabel()
            label.setPixmap(
                QPixmap.fromImage(image).scaledToWidth(
                    min(fit, image.width()), Qt.TransformationMode.SmoothTransformation
                )
            )
            pages_layout.addWidget(label)
        self.no_preview = QLabel()
        if not images:
            pages_layout.addWidget(self.no_preview)
        self.more_pages = QLabel()
        self.more_pages.setWordWrap(True)
        self.more_pages.setVisible(self.pages > len(images) > 0)
        pages_layout.addWidget(self.more_pages)
        area.setWidget(pages)
        splitter.addWidget(area)
        self.details = QTableWidget(0, 2)
        self.details.setObjectName("fileDetails")
        self.details.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.details.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.details.verticalHeader().hide()
        self.details.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.details.horizontalHeader().setStretchLastSection(True)
        self.details.setWordWrap(True)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([self.height() * 3 // 5, self.height() * 2 // 5])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("viewerClose")
        layout.addWidget(buttons)
        i18n.follow_language(self)

    def detail_rows(self) -> list[tuple[str, str]]:
        """The rows of the details table: (translated label, value)."""
        a = self.attachment
        rows = [
            (self.tr("File"), a.original_name),
            (self.tr("Type"), a.media_type),
            (self.tr("Size"), self.tr("%1 bytes").replace("%1", QLocale().toString(a.size))),
            (self.tr("SHA-256"), a.sha256),
            (self.tr("Collected"), _utc(a.collected_at)),
            (self.tr("Collected by"), a.collector),
        ]
        if a.derived_from and a.derivation == "redacted":
            rows.append((self.tr("Redacted copy of"), a.derived_from))
        elif a.derived_from:
            rows.append((self.tr("Copy without metadata of"), a.derived_from))
        if a.metadata.get("width") and a.metadata.get("height"):
            rows.append(
                (
                    self.tr("Picture size"),
                    f"{a.metadata['width']} × {a.metadata['height']}",
                )
            )
        found = metadata_rows(self.report, digits=5)
        if not self.report.checked:
            rows.append((self.tr("Metadata"), self.tr("not checked (FieldMon cannot read it)")))
        elif not found:
            rows.append((self.tr("Metadata"), self.tr("none found")))
        rows += found
        rows += [
            (self.tr("Custody log"), f"{_utc(e.at)} · {e.actor} · {custody_action(e.action)}")
            for e in self.entries
        ]
        return rows

    def retranslate(self) -> None:
        self.close_button.setAccessibleName(self.tr("Close"))
        self.area.setAccessibleName(self.tr("File content"))
        if self.too_large:
            self.no_preview.setText(self.tr("This picture is too large to show here."))
        else:
            self.no_preview.setText(self.tr("This kind of file cannot be shown here."))
        self.more_pages.setText(
            self.tr("Only the first %1 of %2 pages are shown; extract the file to read it all.")
            .replace("%1", str(PDF_PAGES_SHOWN))
            .replace("%2", str(self.pages))
        )
        self.details.setAccessibleName(self.tr("File details"))
        self.details.setHorizontalHeaderLabels([self.tr("Detail"), self.tr("Value")])
        if self.report.location is not None or self.report.place:
            where = (
                format_location(self.report.location)
                if self.report.location is not None
                else str(self.report.place)
            )
            self.warning.setText(
                "⚠ "
                + self.tr(
                    "This file records where it was made: %1. Anyone who receives it can read"
                    " this; dossiers use a copy without metadata where one is stored."
                ).replace("%1", where)
            )
        rows = self.detail_rows()
        self.details.setRowCount(len(rows))
        for r, (label, value) in enumerate(rows):
            self.details.setItem(r, 0, QTableWidgetItem(label))
            self.details.setItem(r, 1, QTableWidgetItem(value))
        self.details.resizeRowsToContents()
