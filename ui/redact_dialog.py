"""Redact a stored photo or PDF: boxes dragged over the picture or page, then a redacted copy
stored (fieldmon.vault.redacting) off the window's thread.

The file is decrypted and drawn in memory only (no temporary file, no thumbnail). A box is kept
as fractions of the page as seen, which is what the core redacts, so the copy is blacked out
where the box was drawn whatever the size the page is shown at.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fieldmon import images
from fieldmon.errors import FieldMonError
from fieldmon.vault import files
from fieldmon.vault.redacting import MAX_PDF_PAGES, Box, store_redacted
from fieldmon.vault.store import Attachment, Vault
from ui import i18n
from ui.workers import run_in_background

SHOWN_SIDE = 2000
"""The longest side, in pixels, a picture or page is drawn at for boxes to be placed on."""
SHOWN_PAGE_PIXELS = 4_000_000
"""At most this many pixels per rendered PDF page (a page of 200 × 200 inches is drawn smaller)."""


def _qimage(picture: Any) -> QImage:
    """A Qt image owning a copy of an 8-bit RGB or L Pillow picture's pixels."""
    rgb = picture if picture.mode == "RGB" else picture.convert("RGB")
    raw = rgb.tobytes()
    image = QImage(raw, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888)
    return image.copy()


class PageSource:
    """The pages of a stored picture (one) or PDF, drawn on demand in memory.

    :param data: the file's bytes.
    :param media_type: as recorded (a HEIF photo recorded as video/mp4 counts as a photo).
    :raises FieldMonError: neither a picture nor a PDF that can be drawn.
    """

    def __init__(self, data: bytes, media_type: str) -> None:
        self.data = data
        declared = files.bmff_media_type(data[:256]) or ""
        self.pdf = media_type == "application/pdf"
        self.count = 1
        self._picture: QImage | None = None
        if self.pdf:
            import pypdfium2

            try:
                document = pypdfium2.PdfDocument(data)
            except pypdfium2.PdfiumError as error:
                raise FieldMonError(str(error)) from None
            try:
                self.count = len(document)
            finally:
                document.close()
            return
        if not (media_type.startswith("image/") or declared.startswith("image/")):
            raise FieldMonError(media_type)
        picture = images.draw(data, max_side=SHOWN_SIDE)
        if picture.image is None:
            raise FieldMonError(picture.problem)
        self._picture = _qimage(picture.image)

    def page(self, number: int) -> QImage:
        """Page ``number`` (from 1) drawn upright, at most `SHOWN_PAGE_PIXELS` pixels."""
        if self._picture is not None:
            return self._picture
        import pypdfium2

        document = pypdfium2.PdfDocument(self.data)
        try:
            page = document[number - 1]
            try:
                width, height = page.get_size()
                scale = min(2.0, (SHOWN_PAGE_PIXELS / max(1.0, width * height)) ** 0.5)
                bitmap = page.render(scale=scale)
                try:
                    # A copy of the pixels, made while PDFium's bitmap still exists.
                    return _qimage(bitmap.to_pil().convert("RGB"))
                finally:
                    bitmap.close()
            finally:
                page.close()
        finally:
            document.close()


class BoxCanvas(QWidget):
    """One page, fitted to the widget, with its boxes drawn black; a mouse drag adds a box.

    Signal ``changed`` after a box is added or removed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redactCanvas")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(200, 200)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.image = QImage()
        self.boxes: list[tuple[float, float, float, float]] = []
        """The page's boxes as fractions (x, y, w, h) of the page."""
        self._start: QPointF | None = None
        self._end: QPointF | None = None

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def set_page(self, image: QImage, boxes: list[tuple[float, float, float, float]]) -> None:
        """Show a page and its boxes (the list is kept and added to)."""
        self.image, self.boxes = image, boxes
        self.update()

    def page_rect(self) -> QRectF:
        """Where the page is drawn in the widget: fitted, centred, aspect kept."""
        if self.image.isNull():
            return QRectF()
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def _fraction(self, point: QPointF) -> QPointF:
        page = self.page_rect()
        x = min(1.0, max(0.0, (point.x() - page.x()) / max(1.0, page.width())))
        y = min(1.0, max(0.0, (point.y() - page.y()) / max(1.0, page.height())))
        return QPointF(x, y)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.image.isNull():
            self._start = self._end = self._fraction(event.position())
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._end = self._fraction(event.position())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None or event.button() != Qt.MouseButton.LeftButton:
            return
        end = self._fraction(event.position())
        start, self._start, self._end = self._start, None, None
        x, y = min(start.x(), end.x()), min(start.y(), end.y())
        w, h = abs(end.x() - start.x()), abs(end.y() - start.y())
        if w * self.page_rect().width() >= 3 and h * self.page_rect().height() >= 3:
            self.boxes.append((x, y, min(w, 1.0 - x), min(h, 1.0 - y)))
            self.changed.emit()
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().dark())
        page = self.page_rect()
        if not page.isNull():
            painter.drawImage(page, self.image)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0))
            for x, y, w, h in self.boxes:
                painter.drawRect(self._on_screen(page, x, y, w, h))
            if self._start is not None and self._end is not None:
                painter.setBrush(QColor(0, 0, 0, 120))
                painter.setPen(QPen(QColor(220, 0, 0), 2))
                s, e = self._start, self._end
                painter.drawRect(
                    self._on_screen(
                        page, min(s.x(), e.x()), min(s.y(), e.y()), abs(e.x() - s.x()),
                        abs(e.y() - s.y()),
                    )
                )  # fmt: skip
        painter.end()

    @staticmethod
    def _on_screen(page: QRectF, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(
            page.x() + x * page.width(),
            page.y() + y * page.height(),
            w * page.width(),
            h * page.height(),
        )


class RedactDialog(QDialog):
    """Boxes drawn over a stored photo or the pages of a stored PDF, and a redacted copy stored.

    :param vault: the open vault.
    :param attachment: the stored file to redact (the original is never changed).
    :param data: its bytes, already read (and the view logged) by the caller.
    :raises FieldMonError: the file cannot be drawn (the caller says so instead).

    Signals: ``saved(attachment)`` with the stored copy; ``failed(message)``.
    """

    saved = Signal(object)
    failed = Signal(str)

    def __init__(
        self, vault: Vault, attachment: Attachment, data: bytes, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.attachment = attachment
        self.source = PageSource(data, attachment.media_type)
        self.page_boxes: dict[int, list[tuple[float, float, float, float]]] = {}
        self.number = 1
        self.saving = False
        self.copy: Attachment | None = None
        """The stored copy, once saved."""
        self.error = ""
        self.setObjectName("redactDialog")
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.canvas = BoxCanvas()
        self.canvas.changed.connect(self._boxes_changed)
        layout.addWidget(self.canvas, 1)
        pages = QHBoxLayout()
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("redactPrevious")
        self.previous_button.clicked.connect(lambda: self.show_page(self.number - 1))
        self.page_label = QLabel()
        self.page_label.setObjectName("redactPage")
        self.next_button = QPushButton()
        self.next_button.setObjectName("redactNext")
        self.next_button.clicked.connect(lambda: self.show_page(self.number + 1))
        self.undo_button = QPushButton()
        self.undo_button.setObjectName("redactUndo")
        self.undo_button.clicked.connect(self.remove_last)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("redactClear")
        self.clear_button.clicked.connect(self.clear_page)
        for w in (self.previous_button, self.page_label, self.next_button):
            pages.addWidget(w)
        pages.addStretch(1)
        pages.addWidget(self.undo_button)
        pages.addWidget(self.clear_button)
        layout.addLayout(pages)
        self.status = QLabel()
        self.status.setObjectName("redactStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("redactSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.setObjectName("redactClose")
        self.close_button.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        # Within the screen it opens on (1024×600 too), frame included.
        screen = (parent.screen() if parent is not None else None) or self.screen()
        room = screen.availableGeometry()
        self.resize(max(400, min(860, room.width() - 24)), max(320, min(700, room.height() - 48)))
        i18n.follow_language(self)
        self.show_page(1)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Redact %1 %2")
            .replace("%1", self.attachment.case_reference)
            .replace("%2", self.attachment.item)
        )
        self.intro.setText(
            self.tr(
                "Drag boxes over every face, name and detail that must not leave. The copy is"
                " redrawn as pixels only: nothing under a box, no text layer and no metadata"
                " remain. The original is kept unchanged."
            )
        )
        self.canvas.setAccessibleName(self.tr("Page to redact: drag to draw a box"))
        self.previous_button.setText(self.tr("◀ Previous page"))
        self.next_button.setText(self.tr("Next page ▶"))
        self.undo_button.setText(self.tr("Remove last box"))
        self.clear_button.setText(self.tr("Clear this page"))
        self.save_button.setText(self.tr("Save redacted copy"))
        self.close_button.setText(self.tr("Close"))
        self._refresh()

    def boxes(self) -> list[Box]:
        """Every box drawn, on every page, for the core."""
        return [
            Box(number, x, y, w, h)
            for number, boxes in sorted(self.page_boxes.items())
            for x, y, w, h in boxes
        ]

    def show_page(self, number: int) -> None:
        """Show page ``number`` (from 1) with its boxes; a number out of range is ignored."""
        if not 1 <= number <= min(self.source.count, MAX_PDF_PAGES):
            return
        self.number = number
        self.canvas.set_page(self.source.page(number), self.page_boxes.setdefault(number, []))
        self._refresh()

    def remove_last(self) -> None:
        """Remove the last box drawn on this page."""
        if self.canvas.boxes:
            self.canvas.boxes.pop()
            self._boxes_changed()

    def clear_page(self) -> None:
        """Remove every box of this page."""
        self.canvas.boxes.clear()
        self._boxes_changed()

    def _boxes_changed(self) -> None:
        """Boxes changed: a copy saved before is not of these boxes, so saving is offered again."""
        self.copy, self.error = None, ""
        self.canvas.update()
        self._refresh()

    def _refresh(self) -> None:
        count = self.source.count
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.number)).replace("%2", str(count))
        )
        for w in (self.previous_button, self.next_button, self.page_label):
            w.setVisible(count > 1)
        self.previous_button.setEnabled(self.number > 1)
        self.next_button.setEnabled(self.number < count)
        self.undo_button.setEnabled(bool(self.canvas.boxes) and not self.saving)
        self.clear_button.setEnabled(bool(self.canvas.boxes) and not self.saving)
        total = len(self.boxes())
        self.save_button.setEnabled(total > 0 and not self.saving and self.copy is None)
        if self.saving:
            self.status.setText(self.tr("Storing the redacted copy…"))
        elif self.copy is not None:
            self.status.setText(
                self.tr("Stored redacted copy %1 (SHA-256 %2).")
                .replace("%1", self.copy.item)
                .replace("%2", self.copy.sha256)
            )
        elif self.error:
            self.status.setText("⚠ " + self.error)
        elif count > MAX_PDF_PAGES:
            self.status.setText(
                self.tr("This PDF has %1 pages; FieldMon redacts PDFs of at most %2 pages.")
                .replace("%1", str(count))
                .replace("%2", str(MAX_PDF_PAGES))
            )
        else:
            self.status.setText(self.tr("%n box(es) drawn.", "", total))

    def save(self) -> None:
        """Store the redacted copy in the background; ends in `saved` or `failed`."""
        boxes = self.boxes()
        if not boxes or self.saving:
            return
        self.saving, self.error = True, ""
        self._refresh()
        vault, reference, item = self.vault, self.attachment.case_reference, self.attachment.item

        def work(progress: Any) -> Attachment:
            return store_redacted(vault, reference, item, boxes)

        run_in_background(work, self._saved, self._failed)

    def reject(self) -> None:
        """Close, except while the copy is being stored (its outcome is still to be told)."""
        if not self.saving:
            super().reject()

    def _saved(self, copy: Attachment) -> None:
        self.saving, self.copy = False, copy
        self._refresh()
        self.saved.emit(copy)

    def _failed(self, message: str) -> None:
        self.saving, self.error = False, message
        self._refresh()
        self.failed.emit(message)
