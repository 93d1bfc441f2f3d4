"""Pictures as they are in real dossiers and through the real `fieldmon attach` (issue 11,
item 4): the testers' inputs attached to their empty cases, one signed dossier (un-srt), its annex
pages rendered by poppler (pdftoppm) and compared with the expected looks."""

from __future__ import annotations

import hashlib
import io
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageStat

from fieldmon.dossier import build
from fieldmon.exchange import casejson
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, decided_plan, record_nobody_appears, run_cli

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases"
pytestmark = pytest.mark.skipif(not CASES.is_dir(), reason="the testers' cases are not here")
REFERENCES = ["BH-IMG-EXIF", "BH-IMG-16", "BH-IMG-BOMB", "BH-HEIC-1"]
RED = (255, 0, 0)


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def variants(folder: Path) -> dict[str, Path]:
    """Pictures of other kinds of the same faults, written to folder, by evidence title."""
    rgba = Image.new("RGBA", (200, 100), (0, 0, 0, 0))
    ImageDraw.Draw(rgba).rectangle((0, 0, 99, 99), fill=(0, 128, 0, 255))
    frames = [Image.new("RGB", (120, 60), c) for c in ((0, 0, 255), (255, 255, 0), (0, 0, 0))]
    files = {
        "cmyk.jpg": encode(Image.new("RGB", (200, 100), (200, 40, 30)).convert("CMYK"), "JPEG"),
        "alpha.png": encode(rgba, "PNG"),
        "frames.gif": encode(frames[0], "GIF", save_all=True, append_images=frames[1:]),
        "cut.png": encode(Image.new("RGB", (64, 64), (1, 2, 3)), "PNG")[:-40],
        "empty.png": b"",
    }
    out = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        out[name] = folder / name
    return out


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, Path]]:
    """The dossier of the four cases, and the folder of its pages rendered at 50 dpi."""
    folder = tmp_path_factory.mktemp("images")
    vault = Vault.create(folder / "vault", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7")
    for reference in REFERENCES:
        casejson.import_file(vault, CASES / f"empty-{reference}.json")
    vault.attach("BH-IMG-EXIF", CASES / "exif-orientation-6.jpg", title="Turned original")
    vault.attach(
        "BH-IMG-EXIF", CASES / "exif-orientation-6.jpg", title="Turned copy", strip_metadata=True
    )
    vault.attach("BH-IMG-16", CASES / "grey16.png", title="Sixteen-bit grey")
    vault.attach("BH-IMG-BOMB", CASES / "panorama-14000.png", title="Panorama bomb")
    vault.attach("BH-HEIC-1", CASES / "photo.heic", title="Phone photo")
    for name, path in variants(folder).items():
        vault.attach("BH-IMG-16", path, title=f"Variant {name}")
    record_nobody_appears(vault, *REFERENCES)
    out = folder / "images.pdf"
    # The UN allegation letter: the testers' cases have no applicant, so no Court application.
    build.write_dossier(vault, decided_plan(vault, REFERENCES, "un-srt", "en"), out)
    vault.close()
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(out), str(folder / "page")], check=True)
    yield out, folder


def pages_text(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in text.split("\f")]


def annex_page(dossier: tuple[Path, Path], title: str) -> tuple[str, Image.Image]:
    """The text and the 50 dpi image of the (first) page of the annex titled title."""
    pdf, folder = dossier
    texts = pages_text(pdf)
    number = next(i for i, t in enumerate(texts) if f": {title} SHA-256" in t)
    renders = sorted(folder.glob("page-*.png"))
    return texts[number], Image.open(renders[number]).convert("RGB")


def box_of(
    page: Image.Image, colour: tuple[int, int, int], tolerance: int = 60
) -> tuple[int, int, int, int]:
    """The bounding box of the page's pixels near colour."""
    red, green, blue = ImageChops.difference(page, Image.new("RGB", page.size, colour)).split()
    farthest = ImageChops.lighter(ImageChops.lighter(red, green), blue)  # per pixel, max channel
    box = farthest.point(lambda v: 255 if v < tolerance else 0).getbbox()
    assert box is not None, f"no {colour} on the page"
    return box


def compare_with_expected(page: Image.Image, expected: Image.Image) -> float:
    """The mean difference between the picture drawn on the page (found by its red bar, which
    spans its width at its top) and the expected look scaled to the same size."""
    left, top, right, _ = box_of(page, RED)
    width = right - left
    height = round(width * expected.height / expected.width)
    drawn = page.crop((left, top, right, top + height))
    scaled = expected.convert("RGB").resize(drawn.size, Image.Resampling.LANCZOS)
    return float(max(ImageStat.Stat(ImageChops.difference(drawn, scaled)).mean))


@pytest.mark.parametrize("title", ["Turned original", "Turned copy", "Phone photo"])
def test_photos_are_drawn_upright_as_expected(dossier: tuple[Path, Path], title: str) -> None:
    _, page = annex_page(dossier, title)
    left, top, right, bottom = box_of(page, RED)
    assert right - left > 3 * (bottom - top)  # the red bar lies across, not down the side
    below_caption = page.crop((0, top, page.width, page.height))
    black = box_of(below_caption, (0, 0, 0), tolerance=40)  # the arrow, under the bar
    assert black[1] + top > bottom and black[2] - black[0] < right - left
    expected = Image.open(CASES / "exif-orientation-expected.png")
    assert compare_with_expected(page, expected) < 20


def test_the_copy_annexed_is_the_upright_stripped_one(dossier: tuple[Path, Path]) -> None:
    text, _ = annex_page(dossier, "Turned copy")
    assert "copy without" in text.lower()
    assert "image/jpeg" in text


def test_16_bit_grey_is_drawn_as_an_image_viewer_shows_it(dossier: tuple[Path, Path]) -> None:
    _, page = annex_page(dossier, "Sixteen-bit grey")
    # The picture is the band of rows mostly not white (text rows are mostly white); drawn
    # white (the fault), there would be no such band.
    grey = page.convert("L")
    rows = [
        y
        for y in range(grey.height)
        if sum(v < 245 for v in grey.crop((0, y, grey.width, y + 1)).tobytes()) > grey.width / 2
    ]
    runs: list[list[int]] = []  # runs of consecutive rows; a rule under the header is one
    for y in rows:
        if runs and runs[-1][-1] == y - 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    assert runs, "no picture on the page"
    longest = max(runs, key=len)
    band = grey.crop((0, longest[0], grey.width, longest[-1] + 1))
    left, _, right, _ = band.point(lambda v: 255 if v < 245 else 0).getbbox() or (0, 0, 0, 0)
    expected = Image.open(CASES / "grey16-expected.png").convert("L")
    right = left + round(band.height * expected.width / expected.height)
    drawn = band.crop((left, 0, right, band.height))
    scaled = expected.resize(drawn.size, Image.Resampling.LANCZOS)
    assert drawn.width > 3 * drawn.height / 2
    assert ImageStat.Stat(ImageChops.difference(drawn, scaled)).mean[0] < 12


def test_the_bomb_is_said_to_be_too_large_with_its_size(dossier: tuple[Path, Path]) -> None:
    text, page = annex_page(dossier, "Panorama bomb")
    assert "14000 × 14000" in text
    assert "panorama-14000.png" not in text or "attached" in text
    # Nothing drawn below the words: the page is white but for text.
    assert ImageStat.Stat(page.convert("L").crop((0, 150, page.width, 520))).mean[0] > 250


def test_the_heic_photo_is_described_as_a_photo(dossier: tuple[Path, Path]) -> None:
    text, _ = annex_page(dossier, "Phone photo")
    assert "image/heic" in text and "video" not in text.lower()


def test_cmyk_is_drawn_in_its_colours(dossier: tuple[Path, Path]) -> None:
    _, page = annex_page(dossier, "Variant cmyk.jpg")
    left, top, right, bottom = box_of(page, (200, 40, 30), tolerance=50)
    assert right - left > 100 and bottom - top > 50  # the whole picture, not inverted


def test_transparency_is_drawn_on_white(dossier: tuple[Path, Path]) -> None:
    _, page = annex_page(dossier, "Variant alpha.png")
    left, top, right, bottom = box_of(page, (0, 128, 0), tolerance=40)
    width = right - left
    # The transparent right half is white, not black.
    right_half = page.crop((right + 2, top + 2, right + width - 2, bottom - 2))
    assert ImageStat.Stat(right_half.convert("L")).mean[0] > 250


def test_a_file_of_several_frames_draws_the_first_and_says_how_many(
    dossier: tuple[Path, Path],
) -> None:
    text, page = annex_page(dossier, "Variant frames.gif")
    assert "[1/3]" in text or "3 frames" in text
    box_of(page, (0, 0, 255), tolerance=40)  # the first frame is blue
    with pytest.raises(AssertionError):
        box_of(page, (255, 255, 0), tolerance=40)


@pytest.mark.parametrize("title", ["Variant cut.png", "Variant empty.png"])
def test_damaged_and_empty_pictures_are_attached_without_a_preview(
    dossier: tuple[Path, Path], title: str
) -> None:
    text, _ = annex_page(dossier, title)
    assert "cannot be shown on paper" in text


# -- the command line ----------------------------------------------------------------------------


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    vault = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7")
    for reference in REFERENCES:
        casejson.import_file(vault, CASES / f"empty-{reference}.json")
    vault.close()
    return tmp_path / "vault"


def attach(vault_dir: Path, *args: str) -> tuple[int, str, str]:
    result = run_cli("attach", "--vault", str(vault_dir), "--passphrase-stdin", *args,
                     stdin=PASSPHRASE + "\n")  # fmt: skip
    return result.returncode, result.stdout, result.stderr


def stored(vault_dir: Path, reference: str) -> list[tuple[str, int, str]]:
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        return [(a.item, a.size, a.sha256) for a in vault.attachments(reference)]
    finally:
        vault.close()


@pytest.mark.parametrize("strip", [False, True])
def test_the_bomb_is_stored_as_it_is(vault_dir: Path, strip: bool) -> None:
    bomb = CASES / "panorama-14000.png"
    options = ["--strip-metadata"] if strip else []
    status, _out, err = attach(vault_dir, *options, "BH-IMG-BOMB", str(bomb))
    assert status == 0 and "Traceback" not in err, err
    digest = hashlib.sha256(bomb.read_bytes()).hexdigest()
    assert stored(vault_dir, "BH-IMG-BOMB")[0] == ("x1.1", bomb.stat().st_size, digest)


def test_a_cut_short_turned_photo_is_refused_in_one_line_when_stripping(
    vault_dir: Path, tmp_path: Path
) -> None:
    cut = tmp_path / "cut.jpg"
    cut.write_bytes((CASES / "exif-orientation-6.jpg").read_bytes()[:3000])
    status, _, err = attach(vault_dir, "--strip-metadata", "BH-IMG-EXIF", str(cut))
    assert status != 0 and "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "cannot be decoded to turn it upright" in lines[0], err
    assert "nothing was stored" in lines[0]
    assert stored(vault_dir, "BH-IMG-EXIF") == []
    # Without stripping, the damaged original is evidence and is stored as it is.
    status, _, err = attach(vault_dir, "BH-IMG-EXIF", str(cut))
    assert status == 0, err
    assert [size for _, size, _ in stored(vault_dir, "BH-IMG-EXIF")] == [3000]


def test_a_zero_byte_picture_is_stored_and_cannot_be_stripped(
    vault_dir: Path, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    status, _, err = attach(vault_dir, "--strip-metadata", "BH-IMG-16", str(empty))
    assert status != 0 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert stored(vault_dir, "BH-IMG-16") == []
    status, _, err = attach(vault_dir, "BH-IMG-16", str(empty))
    assert status == 0, err


def test_the_heic_photo_is_recorded_as_image_heic(vault_dir: Path) -> None:
    status, _out, err = attach(vault_dir, "BH-HEIC-1", str(CASES / "photo.heic"))
    assert status == 0, err
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        (heic,) = vault.attachments("BH-HEIC-1")
    finally:
        vault.close()
    assert heic.media_type == "image/heic"


def test_the_stripped_copy_is_upright_without_the_tag(vault_dir: Path, tmp_path: Path) -> None:
    photo = CASES / "exif-orientation-6.jpg"
    status, _, err = attach(vault_dir, "--strip-metadata", "BH-IMG-EXIF", str(photo))
    assert status == 0, err
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        original = vault.read_attachment("BH-IMG-EXIF", "x1.1")
        copy = vault.read_attachment("BH-IMG-EXIF", "x1.2")
    finally:
        vault.close()
    assert original == photo.read_bytes()  # the evidence as it is
    image = Image.open(io.BytesIO(copy))
    assert image.size == (240, 480) and 0x0112 not in image.getexif()


def test_the_dossier_with_damaged_and_empty_pictures_verifies(dossier: tuple[Path, Path]) -> None:
    """A zero-byte annex is embedded as an empty stream: verify reads it as 0 bytes with the
    SHA-256 of nothing, as the manifest says, and the dossier FieldMon signed is valid."""
    from fieldmon.dossier.verify import verify_pdf

    out, _ = dossier
    verdict = verify_pdf(out)
    assert verdict.manifest_ok, verdict.problems
