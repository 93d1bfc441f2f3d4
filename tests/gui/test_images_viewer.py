"""The app's viewer shows pictures as they are (issue 11, item 4): upright, 16-bit grey as grey,
a bomb as "too large" without decoding it, a HEIC photo, and a damaged picture not at all.
Offscreen, over a real vault."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from fieldmon.vault.store import Vault
from ui.evidence import EvidencePanel, FileViewer, preview_image

CASES = Path(__file__).resolve().parents[3] / "shared" / "cases"
pytestmark = pytest.mark.skipif(not CASES.is_dir(), reason="the testers' cases are not here")
REFERENCE = "AZ-2026-001"


def view(qtbot: QtBot, vault: Vault, path: Path) -> tuple[EvidencePanel, FileViewer]:
    """The viewer of path, stored as a new evidence record of the sample case, and its panel
    (which owns it: the caller keeps it while the viewer is looked at)."""
    panel = EvidencePanel(vault)
    qtbot.addWidget(panel)
    (stored,) = vault.attach(REFERENCE, path)
    evidence = stored.evidence_id
    panel.show_record(REFERENCE, evidence)
    panel.table.selectRow(next(r for r, a in enumerate(panel.files) if a.item == stored.item))
    viewer = panel.open_viewer()
    assert isinstance(viewer, FileViewer)
    return panel, viewer


def shown(viewer: FileViewer) -> list[QImage]:
    """The pictures the viewer shows, as images."""
    return [
        label.pixmap().toImage()
        for label in viewer.findChildren(QLabel)
        if not label.pixmap().isNull()
    ]


def colour(image: QImage, x: float, y: float) -> tuple[int, int, int]:
    pixel = QColor(image.pixel(int(x * (image.width() - 1)), int(y * (image.height() - 1))))
    return pixel.red(), pixel.green(), pixel.blue()


def near(a: tuple[int, int, int], b: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a, b, strict=True))


@pytest.mark.parametrize("name", ["exif-orientation-6.jpg", "photo.heic"])
def test_photos_are_shown_upright(qtbot: QtBot, vault: Vault, name: str) -> None:
    _panel, viewer = view(qtbot, vault, CASES / name)
    (image,) = shown(viewer)
    assert image.height() > image.width()  # stored 480 × 240 with orientation 6 / irot
    assert near(colour(image, 0.5, 0.02), (255, 0, 0))  # the red bar on top
    assert near(colour(image, 0.5, 0.8), (0, 0, 0))  # the arrow's shaft below


def test_16_bit_grey_is_shown_grey_not_white(qtbot: QtBot, vault: Vault) -> None:
    _panel, viewer = view(qtbot, vault, CASES / "grey16.png")
    (image,) = shown(viewer)
    expected = Image.open(CASES / "grey16-expected.png").convert("L")
    for x, y in ((0.1, 0.1), (0.3, 0.9), (0.5, 0.5), (0.75, 0.2), (0.95, 0.5)):
        value = colour(image, x, y)[0]
        wanted = expected.getpixel((int(x * (expected.width - 1)), int(y * (expected.height - 1))))
        assert abs(value - int(wanted)) <= 12, (x, y, value, wanted)  # type: ignore[arg-type]


def test_the_bomb_is_too_large_to_show_and_is_not_decoded(qtbot: QtBot, vault: Vault) -> None:
    bomb = CASES / "panorama-14000.png"
    assert preview_image(bomb.read_bytes()) is None
    _panel, viewer = view(qtbot, vault, bomb)
    assert viewer.too_large and not shown(viewer)
    assert viewer.no_preview.text() == "This picture is too large to show here."
    assert dict(viewer.detail_rows())["Picture size"] == "14000 × 14000"


@pytest.mark.parametrize("kind", ["cut", "empty"])
def test_a_damaged_or_empty_picture_is_not_shown(
    qtbot: QtBot, vault: Vault, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / f"{kind}.jpg"
    whole = (CASES / "exif-orientation-6.jpg").read_bytes()
    path.write_bytes(whole[:3000] if kind == "cut" else b"")
    _panel, viewer = view(qtbot, vault, path)
    assert not viewer.too_large and not shown(viewer)
    assert viewer.no_preview.text() == "This kind of file cannot be shown here."


def test_first_frame_cmyk_and_transparency(tmp_path: Path) -> None:
    frames = [Image.new("RGB", (30, 20), c) for c in ("blue", "yellow")]
    out = io.BytesIO()
    frames[0].save(out, "GIF", save_all=True, append_images=frames[1:])
    gif = preview_image(out.getvalue())
    assert gif is not None and near(colour(gif, 0.5, 0.5), (0, 0, 255))
    out = io.BytesIO()
    Image.new("RGB", (30, 20), (200, 40, 30)).convert("CMYK").save(out, "JPEG")
    cmyk = preview_image(out.getvalue())
    assert cmyk is not None and near(colour(cmyk, 0.5, 0.5), (200, 40, 30))
    out = io.BytesIO()
    Image.new("RGBA", (30, 20), (0, 0, 0, 0)).save(out, "PNG")
    clear = preview_image(out.getvalue())
    assert clear is not None and colour(clear, 0.5, 0.5) == (255, 255, 255)
