"""What files say about where, with what and by whom they were made: real files written by
Pillow, reportlab and by hand (ISO BMFF boxes), read back by `fieldmon.vault.metadata`."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo
from reportlab.pdfgen import canvas

from fieldmon.vault import files, metadata
from fieldmon.vault.store import Vault

# A fictional place near Baku; fictional device and person.
LAT, LON = (40, 24, 33.48), (49, 52, 12.0)


def gps_jpeg(**extra: str) -> bytes:
    """A small JPEG with GPS, camera and artist in its EXIF, written by Pillow."""
    exif = Image.Exif()
    exif[271] = "Fictiphone"
    exif[272] = "FP-7"
    exif[315] = extra.get("artist", "Tural Fictiyev")
    exif[0x8825] = {1: "N", 2: LAT, 3: "E", 4: LON}
    exif[0x8769] = {0xA431: "SN-000123", 36867: "2026:01:09 14:20:00"}
    out = io.BytesIO()
    Image.new("RGB", (32, 24), (120, 30, 30)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def plain_jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (0, 90, 0)).save(out, "JPEG")
    return out.getvalue()


def text_png() -> bytes:
    info = PngInfo()
    info.add_text("Author", "Nigar Fictiyeva")
    info.add_text("Software", "Fictional Editor 2")
    out = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 0, 200)).save(out, "PNG", pnginfo=info)
    return out.getvalue()


def authored_pdf(author: str | None = "Elvin Fictiyev") -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    if author:
        pdf.setAuthor(author)
    pdf.setCreator("Fictional Writer")
    pdf.drawString(72, 720, "Medical certificate (fictional)")
    pdf.save()
    return out.getvalue()


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def udta_mp4(position: str = "+40.4093+049.8700+028.000/") -> bytes:
    """An MP4 as phones write it: ftyp, moov/udta with ©xyz and ©mak, mdat."""
    text = position.encode()
    xyz = box(b"\xa9xyz", struct.pack(">HH", len(text), 0x15C7) + text)
    make = box(b"\xa9mak", struct.pack(">HH", 10, 0x15C7) + b"Fictiphone")
    moov = box(b"moov", box(b"mvhd", bytes(100)) + box(b"udta", xyz + make))
    return box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41") + moov + box(b"mdat", bytes(64))


def apple_mov() -> bytes:
    """A QuickTime movie with Apple's moov/meta keys and ilst location item."""
    keys_list = [b"com.apple.quicktime.location.ISO6709", b"com.apple.quicktime.model"]
    keys = box(
        b"keys",
        struct.pack(">II", 0, len(keys_list))
        + b"".join(struct.pack(">I4s", 8 + len(k), b"mdta") + k for k in keys_list),
    )

    def item(index: int, value: bytes) -> bytes:
        return box(struct.pack(">I", index), box(b"data", struct.pack(">II", 1, 0) + value))

    ilst = box(b"ilst", item(1, b"-33.8688+151.2093+005.000/") + item(2, b"FictiPad 3"))
    hdlr = box(b"hdlr", bytes(8) + b"mdta" + bytes(13))
    meta = box(b"meta", hdlr + keys + ilst)  # QuickTime meta: no version and flags
    moov = box(b"moov", box(b"mvhd", bytes(100)) + meta)
    return box(b"ftyp", b"qt  \x00\x00\x00\x00qt  ") + moov + box(b"mdat", bytes(16))


def test_jpeg_gps_camera_author() -> None:
    report = metadata.inspect(gps_jpeg(), "image/jpeg")
    assert report.checked and report.sensitive and report.can_strip
    assert report.location is not None
    assert report.location.latitude == pytest.approx(40.4093, abs=1e-4)
    assert report.location.longitude == pytest.approx(49.87, abs=1e-4)
    assert report.camera is not None and "Fictiphone FP-7" in report.camera
    assert "SN-000123" in report.camera
    assert report.author == "Tural Fictiyev"
    assert report.other["taken"] == "2026:01:09 14:20:00"


def test_jpeg_from_path_and_stripped_copy_is_clean(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(gps_jpeg())
    assert metadata.inspect(path, "image/jpeg").location is not None
    stripped = metadata.strip_metadata(path.read_bytes(), "image/jpeg")
    clean = metadata.inspect(stripped, "image/jpeg")
    assert clean.checked and not clean.sensitive and clean.location is None
    # files.py keeps its public names.
    assert files.strip_metadata is metadata.strip_metadata
    assert files.embedded_metadata(path, "image/jpeg")["gps"]["latitude"] == pytest.approx(
        40.4093, abs=1e-4
    )


def test_plain_jpeg_is_checked_and_clean() -> None:
    report = metadata.inspect(plain_jpeg(), "image/jpeg")
    assert report.checked and not report.sensitive


def test_png_text_chunks() -> None:
    report = metadata.inspect(text_png(), "image/png")
    assert report.checked and report.sensitive
    assert report.author == "Nigar Fictiyeva"
    assert report.other["Software"] == "Fictional Editor 2"
    assert not metadata.inspect(metadata.strip_metadata(text_png(), "image/png"), "image/png").other


def test_pdf_author_and_creator() -> None:
    report = metadata.inspect(authored_pdf(), "application/pdf")
    assert report.checked and report.sensitive and not report.can_strip
    assert report.author == "Elvin Fictiyev"
    assert report.other["creator"] == "Fictional Writer"
    assert report.location is None


def test_pdf_without_author_is_not_sensitive() -> None:
    report = metadata.inspect(authored_pdf(None), "application/pdf")
    assert report.checked and not report.sensitive


def test_mp4_xyz_atom(tmp_path: Path) -> None:
    path = tmp_path / "clip.mp4"
    path.write_bytes(udta_mp4())
    kind = files.media_type(files.read_head(path), path.name)
    report = metadata.inspect(path, kind)
    assert report.checked and report.sensitive and not report.can_strip
    assert report.location == metadata.Location(40.4093, 49.87, 28.0)
    assert report.camera == "Fictiphone"


def test_quicktime_apple_location_key() -> None:
    report = metadata.inspect(apple_mov(), "video/mp4")
    assert report.media_type == "video/quicktime"
    assert report.location is not None
    assert (report.location.latitude, report.location.longitude) == (-33.8688, 151.2093)
    assert report.camera == "FictiPad 3"


def test_mp4_without_location() -> None:
    moov = box(b"moov", box(b"mvhd", bytes(100)))
    data = box(b"ftyp", b"isom\x00\x00\x02\x00isom") + moov
    report = metadata.inspect(data, "video/mp4")
    assert report.checked and not report.sensitive


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x00\x01fictional unknown format" * 4, "application/octet-stream"),
        (b"OggS" + bytes(60), "audio/ogg"),
        (b"\xff\xd8\xff\xe0 damaged", "image/jpeg"),
    ],
)
def test_unknown_or_unreadable_is_not_checked(data: bytes, kind: str) -> None:
    report = metadata.inspect(data, kind)
    assert report.checked is False and not report.sensitive


def test_heic_exif_block_is_found() -> None:
    exif = Image.Exif()
    exif[0x8825] = {1: "S", 2: (10, 30, 0.0), 3: "W", 4: (20, 15, 0.0)}
    tiff = exif.tobytes()
    data = box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic") + box(b"mdat", b"\x00\x00\x00\x06" + tiff)
    report = metadata.inspect(data, "video/mp4")
    assert report.media_type == "image/heic" and report.checked
    assert report.location == metadata.Location(-10.5, -20.25, None)


def test_vault_stores_the_stripped_copy_beside_the_original(
    empty_vault: Vault, sample_document: dict[str, object], tmp_path: Path
) -> None:
    from fieldmon.exchange import casejson
    from tests.conftest import write_json

    casejson.import_file(empty_vault, write_json(tmp_path / "cases.json", sample_document))
    photo = tmp_path / "wall.jpg"
    photo.write_bytes(gps_jpeg())
    stored = empty_vault.attach("AZ-2026-001", photo, strip_metadata=True)
    assert [a.derivation is None for a in stored] == [True, False]
    copy = empty_vault.read_attachment("AZ-2026-001", stored[1].item)
    assert not metadata.inspect(copy, "image/jpeg").sensitive


# -- unreadable files are never reported clean ------------------------------------------------


def random_bytes(size: int = 20_000, seed: int = 7) -> bytes:
    import random

    return random.Random(seed).randbytes(size)


@pytest.mark.parametrize("name", ["clip.mp4", "clip.mov", "photo.jpg", "scan.png", "report.pdf"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_bytes_under_a_known_name_are_not_checked(
    tmp_path: Path, name: str, seed: int
) -> None:
    path = tmp_path / name
    path.write_bytes(random_bytes(seed=seed))
    kind = files.media_type(files.read_head(path), path.name)
    for source in (path, path.read_bytes()):
        report = metadata.inspect(source, kind)
        assert report.checked is False, (name, kind)
        assert not report.sensitive


FTYP_MP4 = box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41")
MOOV = box(b"moov", box(b"mvhd", bytes(100)))


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(FTYP_MP4 + random_bytes(5000), id="ftyp-then-noise"),
        pytest.param(FTYP_MP4 + box(b"mdat", bytes(64)), id="no-moov"),
        pytest.param(FTYP_MP4 + MOOV + random_bytes(3), id="stray-bytes-after-the-last-box"),
        pytest.param(FTYP_MP4 + MOOV[:-10], id="moov-cut-short"),
        pytest.param(box(b"ftyp", b"is") + MOOV, id="ftyp-too-small"),
        pytest.param(MOOV + FTYP_MP4, id="ftyp-not-first"),
        pytest.param(
            FTYP_MP4 + box(b"moov", struct.pack(">I4s", 4000, b"trak") + bytes(40)),
            id="moov-child-larger-than-moov",
        ),
    ],
)
def test_damaged_movies_are_not_checked(data: bytes) -> None:
    report = metadata.inspect(data, "video/mp4")
    assert report.checked is False and not report.sensitive


def test_a_whole_movie_without_metadata_is_checked() -> None:
    report = metadata.inspect(FTYP_MP4 + MOOV + box(b"mdat", bytes(32)), "video/mp4")
    assert report.checked and not report.sensitive and report.media_type == "video/mp4"


# -- media types of ISO BMFF files --------------------------------------------------------------

HEIC_SAMPLE = Path(__file__).resolve().parent.parent.parent / "shared" / "cases" / "photo.heic"


@pytest.mark.parametrize(
    ("ftyp", "expected"),
    [
        (b"isom\x00\x00\x02\x00isomiso2avc1mp41", "video/mp4"),
        (b"mp42\x00\x00\x00\x00mp42isom", "video/mp4"),
        (b"M4V \x00\x00\x00\x01M4V mp42isom", "video/mp4"),
        (b"qt  \x00\x00\x00\x00qt  ", "video/quicktime"),
        (b"heic\x00\x00\x00\x00mif1heic", "image/heic"),
        (b"heix\x00\x00\x00\x00mif1heix", "image/heic"),
        (b"hevc\x00\x00\x00\x00msf1hevc", "image/heic"),
        (b"mif1\x00\x00\x00\x00mif1heic", "image/heic"),
        (b"msf1\x00\x00\x00\x00msf1", "image/heic"),
        (b"avif\x00\x00\x00\x00avifmif1miaf", "image/avif"),
        (b"mif1\x00\x00\x00\x00mif1avifmiaf", "image/avif"),
        (b"heif\x00\x00\x00\x00mif1", "image/heif"),
    ],
)
def test_ftyp_brands_give_the_media_type(ftyp: bytes, expected: str) -> None:
    head = box(b"ftyp", ftyp) + MOOV
    assert files.media_type(head, "whatever.mp4") == expected
    assert files.media_type(head, "no-extension") == expected


def test_heic_photo_is_stored_as_image_heic(
    empty_vault: Vault, sample_document: dict[str, object], tmp_path: Path
) -> None:
    from fieldmon.exchange import casejson
    from tests.conftest import write_json

    casejson.import_file(empty_vault, write_json(tmp_path / "cases.json", sample_document))
    assert files.media_type(files.read_head(HEIC_SAMPLE), HEIC_SAMPLE.name) == "image/heic"
    (stored,) = empty_vault.attach("AZ-2026-001", HEIC_SAMPLE)
    assert stored.media_type == "image/heic"
    assert [a.media_type for a in empty_vault.attachments("AZ-2026-001")][-1] == "image/heic"
    report = metadata.inspect(HEIC_SAMPLE, stored.media_type)
    assert report.media_type == "image/heic"
    assert not report.checked  # it holds no EXIF block FieldMon could read: not "none found"
