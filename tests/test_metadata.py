"""What files say about where, with what and by whom they were made: real files written by
Pillow, reportlab and by hand (ISO BMFF boxes), read back by `fieldmon.vault.metadata`."""

from __future__ import annotations

import contextlib
import io
import os
import struct
import zlib
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


# -- attacker review: no false "none found" ----------------------------------------------------

XMP_GPS = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF'
    b' xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description'
    b' xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"'
    b' exif:GPSLatitude="40,24.558N" exif:GPSLongitude="49,52.026E">'
    b"<dc:creator><rdf:Seq><rdf:li>Tural Fictiyev</rdf:li></rdf:Seq></dc:creator>"
    b"</rdf:Description></rdf:RDF></x:xmpmeta>"
)
XMP_UUID = bytes.fromhex("BE7ACFCB97A942E89C71999491E3AFAC")


def loci_box(name: bytes = b"Fictional house") -> bytes:
    """3GPP loci: version/flags, language, name, role, longitude, latitude, altitude (16.16)."""
    coords = struct.pack(">iii", int(49.87 * 65536), int(40.4093 * 65536), 0)
    return box(b"loci", bytes(4) + b"\x15\xc7" + name + b"\x00\x00" + coords + b"Earth\x00\x00")


def movie(*udta: bytes, top: bytes = b"") -> bytes:
    moov = box(b"moov", box(b"mvhd", bytes(100)) + box(b"udta", b"".join(udta)))
    return FTYP_MP4 + top + moov + box(b"mdat", bytes(16))


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(movie(box(b"XMP_", XMP_GPS)), id="udta-XMP_"),
        pytest.param(movie(top=box(b"uuid", XMP_UUID + XMP_GPS)), id="top-level-xmp-uuid"),
        pytest.param(movie(loci_box()), id="3gpp-loci"),
    ],
)
def test_movie_positions_in_xmp_and_loci_are_found(data: bytes) -> None:
    report = metadata.inspect(data, "video/mp4")
    assert report.checked and report.sensitive
    assert report.location is not None
    assert report.location.latitude == pytest.approx(40.4093, abs=1e-3)
    assert report.location.longitude == pytest.approx(49.867, abs=1e-2)


def test_loci_names_the_place() -> None:
    report = metadata.inspect(movie(loci_box()), "video/mp4")
    assert report.place == "Fictional house"


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(movie(box(b"smta", b"fictional vendor data")), id="unknown-udta-box"),
        pytest.param(movie(top=box(b"uuid", bytes(16) + b"vendor")), id="unknown-uuid"),
        pytest.param(
            FTYP_MP4
            + box(b"moov", box(b"trak", box(b"mdia", box(b"hdlr", bytes(8) + b"meta" + bytes(12)))))
            + box(b"mdat", bytes(16)),
            id="timed-metadata-track",
        ),
        pytest.param(
            FTYP_MP4 + box(b"moov", box(b"meta", bytes(4) + box(b"hdlr", bytes(8) + b"ID32"))),
            id="meta-of-unknown-kind",
        ),
        pytest.param(movie(box(b"\xa9xyz", b"+40.4093+049.8700/" * 4000)), id="huge-xyz-atom"),
        pytest.param(
            FTYP_MP4 + struct.pack(">I4s", 10_000, b"moov") + movie(box(b"XMP_", XMP_GPS))[24:],
            id="moov-claims-more-than-the-file",
        ),
        pytest.param(
            FTYP_MP4 + struct.pack(">I4s", 10**6, b"mdat") + bytes(16) + movie(loci_box())[24:],
            id="mdat-runs-past-the-end",
        ),
        pytest.param(b"", id="empty-file"),
        pytest.param(bytes(2) + b"ftyp" + FTYP_MP4 + MOOV, id="ftyp-not-at-offset-4"),
    ],
)
def test_movies_not_walked_or_understood_are_not_checked(data: bytes) -> None:
    report = metadata.inspect(data, "video/mp4")
    assert report.checked is False and report.reason


def test_boxes_nested_deeper_than_the_walk_are_not_checked() -> None:
    inner = box(b"udta", b"")
    for _ in range(40):
        inner = box(b"udta", inner)
    report = metadata.inspect(FTYP_MP4 + box(b"moov", inner), "video/mp4")
    assert report.checked is False


def test_a_movie_position_that_is_not_iso6709_is_still_a_place() -> None:
    text = b" 40.4093 +049.8671/"
    report = metadata.inspect(movie(box(b"\xa9xyz", struct.pack(">HH", len(text), 0) + text)), "")
    assert report.checked and report.sensitive and report.place == text.decode().strip()


def exif_gps_block() -> bytes:
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: LAT, 3: "E", 4: LON}
    return exif.tobytes()


@pytest.mark.parametrize(
    "ftyp",
    [b"avis\x00\x00\x00\x00avismsf1miaf", b"MiHE\x00\x00\x00\x00MiHEmiaf", b"isom\x00\x00\x00\x00"],
)
def test_heif_exif_gps_is_found_whatever_the_brand(ftyp: bytes) -> None:
    meta = box(b"meta", bytes(4) + box(b"hdlr", bytes(8) + b"pict" + bytes(13)))
    data = box(b"ftyp", ftyp) + meta + box(b"mdat", b"\x00\x00\x00\x06" + exif_gps_block())
    report = metadata.inspect(data, "video/mp4")
    assert report.checked and report.location is not None
    assert report.location.latitude == pytest.approx(40.4093, abs=1e-4)


def test_heif_decoy_exif_block_does_not_hide_a_later_one() -> None:
    decoy = Image.Exif()
    decoy[271] = "Fictiphone"
    data = (
        box(b"ftyp", b"heic\x00\x00\x00\x00mif1heic")
        + box(b"free", decoy.tobytes())
        + box(b"mdat", b"\x00\x00\x00\x06" + exif_gps_block())
    )
    assert metadata.inspect(data, "image/heic").location is not None


def xmp_jpeg(xmp: bytes) -> bytes:
    payload = b"http://ns.adobe.com/xap/1.0/\x00" + xmp
    segment = b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload
    jpeg = plain_jpeg()
    return jpeg[:2] + segment + jpeg[2:]


@pytest.mark.parametrize(
    "prop",
    [
        b'photoshop:City="Fictional City"',
        b'Iptc4xmpCore:Location="Fictional Street 12"',
        b'photoshop:State="Fictional Province"',
        b'photoshop:Country="Fictional Republic"',
        b'Iptc4xmpCore:Sublocation="Flat 4"',
    ],
)
def test_jpeg_xmp_place_names_are_a_place(prop: bytes) -> None:
    xmp = (
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description ' + prop + b"/>"
        b"</rdf:RDF></x:xmpmeta>"
    )
    report = metadata.inspect(xmp_jpeg(xmp), "image/jpeg")
    assert report.checked and report.sensitive
    assert report.place == prop.split(b'"')[1].decode()
    assert report.other["place"] == report.place


def test_jpeg_xmp_place_as_an_element_inside_a_structure() -> None:
    xmp = (
        b"<x:xmpmeta><rdf:RDF><rdf:Description><Iptc4xmpExt:LocationCreated><rdf:Bag>"
        b"<rdf:li><Iptc4xmpExt:City><b>Fictional City</b></Iptc4xmpExt:City></rdf:li>"
        b"</rdf:Bag></Iptc4xmpExt:LocationCreated></rdf:Description></rdf:RDF></x:xmpmeta>"
    )
    assert metadata.inspect(xmp_jpeg(xmp), "image/jpeg").place == "Fictional City"


def iptc_jpeg() -> bytes:
    iim = b"\x1c\x02\x5a" + struct.pack(">H", 13) + b"Fictional Twn"
    resource = b"8BIM\x04\x04\x00\x00" + struct.pack(">I", len(iim)) + iim + b"\x00"
    payload = b"Photoshop 3.0\x00" + resource
    jpeg = plain_jpeg()
    return jpeg[:2] + b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


def test_jpeg_iptc_city_is_a_place() -> None:
    report = metadata.inspect(iptc_jpeg(), "image/jpeg")
    assert report.checked and report.place == "Fictional Twn"


def test_jpeg_unknown_app_segment_is_not_checked() -> None:
    jpeg = plain_jpeg()
    data = jpeg[:2] + b"\xff\xe5" + struct.pack(">H", 12) + b"FictVendor" + jpeg[2:]
    assert metadata.inspect(data, "image/jpeg").checked is False


def test_jpeg_appended_picture_with_gps_is_found() -> None:
    assert metadata.inspect(plain_jpeg() + gps_jpeg(), "image/jpeg").location is not None


def test_png_text_after_the_pixels_is_read() -> None:
    data = png_chunks(chunk(b"IDAT", zlib.compress(bytes(9))), text_chunk(b"Author", b"Fictiyev"))
    report = metadata.inspect(data, "image/png")
    assert report.checked and report.author == "Fictiyev"


# -- XMP is parsed in linear time -------------------------------------------------------------


def pathological_xmp(size: int) -> bytes:
    return b"<x:xmpmeta>" + b"<dc:creator>" * ((size - 11) // 12)


def test_repeated_unclosed_creator_is_refused_without_a_quadratic_regex() -> None:
    # 1 MiB: the old regex took minutes on this; the expat pass is one scan.
    data = pathological_xmp(1 << 20)
    assert len(data) <= 1 << 20
    with pytest.raises(metadata._Unreadable):
        metadata._xmp_properties(data)
    report = metadata.inspect(png_chunks(itxt_chunk(b"XML:com.adobe.xmp", data)), "image/png")
    assert report.checked is False
    jpeg = xmp_jpeg(pathological_xmp(64_000))
    assert metadata.inspect(jpeg, "image/jpeg").checked is False


def test_a_one_mebibyte_xmp_with_many_items_is_read_whole() -> None:
    items = b"".join(b"<rdf:li>Person %d</rdf:li>" % i for i in range(36_000))
    data = b"<x:xmpmeta><dc:creator><rdf:Seq>" + items + b"</rdf:Seq></dc:creator></x:xmpmeta>"
    assert 900_000 < len(data) <= 1 << 20
    values = metadata._xmp_properties(data)
    assert len(values["creator"]) == 36_000 and values["creator"][-1] == "Person 35999"


@pytest.mark.parametrize(
    "xmp",
    [
        pytest.param(b"<x:xmpmeta>" + b" " * (1 << 20) + b"</x:xmpmeta>", id="over-1-MiB"),
        pytest.param(
            b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><x:xmpmeta>&a;</x:xmpmeta>', id="entities"
        ),
        pytest.param(b"<x:xmpmeta><dc:creator>Fictiyev</dc:creator>", id="unclosed"),
    ],
)
def test_xmp_too_large_with_entities_or_broken_is_not_checked(xmp: bytes) -> None:
    data = png_chunks(itxt_chunk(b"XML:com.adobe.xmp", xmp))
    for report in (
        metadata.inspect(data, "image/png"),
        metadata.inspect(xmp_jpeg(xmp[:60_000]), "image/jpeg"),
    ):
        assert report.checked is False and "XMP" in report.reason


# -- nothing raises for content; huge pictures are read without decoding ------------------------


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def text_chunk(key: bytes, value: bytes) -> bytes:
    return chunk(b"tEXt", key + b"\x00" + value)


def itxt_chunk(key: bytes, value: bytes) -> bytes:
    return chunk(b"iTXt", key + b"\x00\x00\x00\x00\x00" + value)


def png_chunks(*chunks: bytes, width: int = 3, height: int = 3) -> bytes:
    ihdr = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + ihdr + b"".join(chunks) + chunk(b"IEND", b"")


def test_a_400_megapixel_png_is_read_without_decoding_it() -> None:
    # 20000 × 20000 pixels declared, far past Pillow's decompression bomb limit; no pixel data.
    data = png_chunks(
        chunk(b"eXIf", exif_gps_block()[6:]),
        chunk(b"IDAT", zlib.compress(b"\x00" * 64)),
        width=20_000,
        height=20_000,
    )
    report = metadata.inspect(data, "image/png")
    assert report.checked and report.location is not None
    assert files.embedded_metadata(data, "image/png")["width"] == 20_000


def minimal_pdf(objects: list[bytes], trailer: bytes) -> bytes:
    out, offsets = b"%PDF-1.7\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return out


CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
PAGES = b"<< /Type /Pages /Kids [] /Count 0 >>"
HOSTILE_PDFS = [
    pytest.param(
        minimal_pdf([CATALOG, PAGES, b"[1 2 3]"], b"/Root 1 0 R /Info 3 0 R"), id="info-array"
    ),
    pytest.param(
        minimal_pdf([CATALOG, PAGES, b"3 0 R"], b"/Root 1 0 R /Info 3 0 R"), id="info-itself"
    ),
    pytest.param(minimal_pdf([b"null", PAGES], b"/Root 1 0 R"), id="root-null"),
]


@pytest.mark.parametrize("data", HOSTILE_PDFS)
def test_hostile_pdfs_are_not_checked_and_never_raise(data: bytes) -> None:
    report = metadata.inspect(data, "application/pdf")
    assert report.checked is False and report.reason


def test_any_failure_while_reading_content_is_not_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(*_: object) -> None:
        raise RuntimeError("fictional parser bug")

    monkeypatch.setattr(metadata, "_inspect_pdf", explode)
    report = metadata.inspect(authored_pdf(), "application/pdf")
    assert report.checked is False and "RuntimeError" in report.reason


# -- pipes are refused; malformed files cannot be stripped ---------------------------------------


def test_a_named_pipe_is_refused_before_it_is_opened(tmp_path: Path) -> None:
    from fieldmon.errors import FieldMonError

    fifo = tmp_path / "clip.mp4"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    with pytest.raises(FieldMonError, match=r"clip\.mp4 is not a regular file"):
        files.read_head(fifo)
    assert metadata.inspect(fifo, "video/mp4").checked is False
    assert files.embedded_metadata(fifo, "image/jpeg") == {}


@pytest.mark.parametrize("kind", ["image/jpeg", "image/png"])
def test_every_cut_of_a_file_strips_or_says_it_cannot(kind: str) -> None:
    whole = gps_jpeg() if kind == "image/jpeg" else text_png()
    for cut in range(len(whole)):
        with contextlib.suppress(metadata.CannotStrip):
            metadata.strip_metadata(whole[:cut], kind)
    cut_in_marker = whole[:3] if kind == "image/jpeg" else whole[:20]
    with pytest.raises(metadata.CannotStrip):
        metadata.strip_metadata(cut_in_marker, kind)
