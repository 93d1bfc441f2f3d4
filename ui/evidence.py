"""The files of an evidence record: add (dialog or drag and drop, in the background), view
from memory, see hash, metadata and custody, extract to a chosen place."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldmon.errors import FieldMonError
from fieldmon.vault.store import Attachment, Vault
from ui.workers import run_in_background

if TYPE_CHECKING:
    from ui.case_view import CaseView


def file_dialog_options() -> QFileDialog.Option:
    # Qt's own dialog: the desktop's native one writes recently-used lists.
    return QFileDialog.Option.DontUseNativeDialog


class EvidencePanel(QWidget):
    def __init__(self, vault: Vault, view: CaseView) -> None:
        super().__init__()
        self.vault = vault
        self.view = view
        self.reference: str | None = None
        self.evidence_id: str | None = None
        self.files: list[Attachment] = []
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
        self.progress = QProgressBar()
        self.progress.setObjectName("attachProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        for w in (self.add_button, self.view_button, self.extract_button):
            buttons.addWidget(w)
        buttons.addWidget(self.progress, 1)
        layout.addLayout(buttons)
        self.retranslate()
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
        self.progress.setAccessibleName(self.tr("Storing"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_record(self, reference: str | None, evidence_id: str | None) -> None:
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
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.add_button.setEnabled(bool(reference and evidence_id))
        self.view_button.setEnabled(bool(self.files))
        self.extract_button.setEnabled(bool(self.files))

    def _selected(self) -> Attachment | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.files):
            return self.files[row]
        return self.files[0] if self.files else None

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Add a file"), "", "", options=file_dialog_options()
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        if not (self.reference and self.evidence_id):
            return
        if self.view.dirty and not self.view.save():
            return
        reference, evidence_id = self.reference, self.evidence_id
        self.progress.show()
        self.add_button.setEnabled(False)
        self.view.status.setText(self.tr("Storing %1…").replace("%1", path.name))

        def work(progress: Any) -> list[Attachment]:
            return self.vault.attach(reference, path, evidence_id=evidence_id)

        run_in_background(work, self._attached, self._failed)

    def _attached(self, stored: list[Attachment]) -> None:
        self.progress.hide()
        self.view.status.setText(
            self.tr("Stored %1, SHA-256 %2.")
            .replace("%1", stored[0].item)
            .replace("%2", stored[0].sha256)
        )
        self.view.reload_from_vault()

    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.add_button.setEnabled(True)
        self.view.status.setText("⚠ " + message)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.add_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.attach(Path(url.toLocalFile()))
                break

    def view_file(self) -> None:
        attachment = self._selected()
        if attachment is None or self.reference is None:
            return
        try:
            data = self.vault.read_attachment(self.reference, attachment.item)
        except FieldMonError as error:
            self.view.status.setText("⚠ " + str(error))
            return
        entries = [
            e
            for e in self.vault.custody_log(self.reference)
            if e.record and e.record.endswith(f"item {attachment.item}")
        ]
        FileViewer(attachment, data, entries, self).exec()

    def extract_file(self) -> None:
        attachment = self._selected()
        if attachment is None or self.reference is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Extract to"), attachment.original_name, "", options=file_dialog_options()
        )
        if not path:
            return
        try:
            self.vault.extract(self.reference, attachment.item, Path(path), force=True)
        except FieldMonError as error:
            self.view.status.setText("⚠ " + str(error))
            return
        self.view.status.setText(self.tr("Extracted to %1.").replace("%1", path))


def pdf_page_images(data: bytes, scale: float = 1.4) -> list[QImage]:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    images = []
    try:
        for i in range(len(document)):
            pil = document[i].render(scale=scale).to_pil().convert("RGB")
            raw = pil.tobytes()
            image = QImage(raw, pil.width, pil.height, 3 * pil.width, QImage.Format.Format_RGB888)
            images.append(image.copy())  # own the pixels: raw is freed with pil
    finally:
        document.close()
    return images


class FileViewer(QDialog):
    """A stored file shown from memory (no temporary file, no thumbnail cache)."""

    def __init__(
        self, attachment: Attachment, data: bytes, entries: list[Any], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fileViewer")
        self.setWindowTitle(f"{attachment.case_reference} {attachment.item}")
        self.resize(820, 720)
        layout = QVBoxLayout(self)
        area = QScrollArea()
        area.setWidgetResizable(True)
        pages = QWidget()
        pages_layout = QVBoxLayout(pages)
        images: list[QImage] = []
        if attachment.media_type.startswith("image/"):
            image = QImage.fromData(data)
            if not image.isNull():
                images.append(image)
        elif attachment.media_type == "application/pdf":
            images = pdf_page_images(data)
        for image in images:
            label = QLabel()
            label.setPixmap(
                QPixmap.fromImage(image).scaledToWidth(
                    min(760, image.width()), Qt.TransformationMode.SmoothTransformation
                )
            )
            pages_layout.addWidget(label)
        if not images:
            pages_layout.addWidget(QLabel(self.tr("This kind of file cannot be shown here.")))
        area.setWidget(pages)
        area.setAccessibleName(self.tr("File content"))
        layout.addWidget(area, 3)
        details = QPlainTextEdit()
        details.setObjectName("fileDetails")
        details.setReadOnly(True)
        details.setAccessibleName(self.tr("File details"))
        lines = [
            f"SHA-256: {attachment.sha256}",
            f"{attachment.original_name} · {attachment.media_type} · {attachment.size}",
            f"{attachment.collected_at} · {attachment.collector}",
            json.dumps(attachment.metadata, ensure_ascii=False),
            "",
            *(f"{e.at[:19]}  {e.actor}  {e.action}" for e in entries),
        ]
        details.setPlainText("\n".join(lines))
        layout.addWidget(details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("viewerClose")
        close.setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
