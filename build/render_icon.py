"""Render build/icons/fieldmon.svg to fieldmon.png (256 x 256) with Qt's own SVG renderer.

Run once after changing the SVG (the PNG is committed): ``QT_QPA_PLATFORM=offscreen
.venv/bin/python build/render_icon.py``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent / "icons"


def main() -> None:
    """Write icons/fieldmon.png beside the SVG."""
    app = QGuiApplication([])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(HERE / "fieldmon.svg")).render(painter)
    painter.end()
    image.save(str(HERE / "fieldmon.png"), "PNG")
    app.quit()


if __name__ == "__main__":
    main()
