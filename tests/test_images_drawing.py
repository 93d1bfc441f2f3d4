"""Pictures as they are (issue 11, item 4): what `fieldmon.images` draws is upright, faithful
and bounded; a stripped copy is upright without its orientation tag; HEIF brands are photos.

Inputs are the testers' files in /work/shared/cases (compared with their expected looks) and
pictures made here with Pillow, each a kind of the same fault."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageOps, ImageStat

from fieldmon import images
from fieldmon.vault import metadata
from fieldmon.vault.mediatype import media_type

CASES = Path(__file__).resolve().parents[2] / "shared" / "cases"
needs_cases = pytest.mark.skipif(not CASES.is_dir(), reason="the testers' cases are not here")


def mean_difference(a: Image.Image, b: Image.Image) -> float:
    """The mean absolute difference of two pictures of the same size, 0 to 255."""
    assert a.size == b.size
    difference = ImageChops.difference(a.convert("RGB"), b.convert("RGB"))
    return float(max(ImageStat.Stat(difference).mean))


def encode(image: Image.Image, fmt: str, **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def arrow(size: tuple[int, int] = (60, 120)) -> Image.Image:
    """An upright picture no turn or mirror leaves unchanged: a red bar on top, a mark left."""
    w, h = size
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, w - 1, h // 8), fill=(255, 0, 0))
    draw.rectangle((0, h // 2, w // 4, h // 2 + h // 8), fill=(0, 0, 255))
    draw.polygon([(w // 2, h // 5), (w - 5, h // 2), (5, h // 2)], fill="black")
    return image


def stored_as(upright: Image.Image, orientation: int) -> Image.Image:
    """What a camera stores for an upright scene and the orientation tag it writes: the
    inverse of the turn that tag asks for."""
    inverse = {2: 2, 3: 3, 4: 4, 5: 5, 6: 8, 7: 7, 8: 6}
    if orientation == 1:
        return upright.copy()
    return upright.transpose(images.ORIENTATIONS[inverse[orientation]])


def with_orientation(image: Image.Image, orientation: int, fmt: str) -> bytes:
    exif = Image.Exif()
    exif[0x0112] = orientation
    options: dict[str, object] = {"exif": exif.tobytes()}
    if fmt == "JPEG":
        options["quality"] = 95
    return encode(image, fmt, **options)


# -- the testers' files --------------------------------------------------------------------------


@needs_cases
def test_the_exif_orientation_photo_is_drawn_upright_as_expected() -> None:
    picture = images.draw((CASES / "exif-orientation-6.jpg").read_bytes())
    expected = Image.open(CASES / "exif-orientation-expected.png")
    assert picture.image is not None and picture.header is not None
    assert picture.header.orientation == 6 and picture.header.size == (480, 240)
    assert picture.image.size == expected.size == (240, 480)
    assert mean_difference(picture.image, expected) < 2  # JPEG noise only


@needs_cases
def test_16_bit_grey_is_scaled_not_clipped_to_white() -> None:
    picture = images.draw((CASES / "grey16.png").read_bytes())
    expected = Image.open(CASES / "grey16-expected.png")
    assert picture.image is not None and picture.image.mode == "L"
    assert ImageChops.difference(picture.image, expected.convert("L")).getbbox() is None
    # Clipping would have made every pixel above 255/65535 white: most of them.
    assert picture.image.getextrema() == (0, 255)


@needs_cases
def test_the_decompression_bomb_is_measured_not_decoded() -> None:
    data = (CASES / "panorama-14000.png").read_bytes()
    picture = images.draw(data)
    assert picture.too_large and picture.image is None
    assert picture.header is not None and picture.header.upright_size == (14000, 14000)
    assert images.read_header(data) == picture.header


@needs_cases
def test_the_heic_photo_is_an_image_and_is_drawn() -> None:
    data = (CASES / "photo.heic").read_bytes()
    assert media_type(data[:256], "photo.heic") == "image/heic"
    assert media_type(data[:256], "photo.mp4") == "image/heic"
    picture = images.draw(data)
    expected = Image.open(CASES / "exif-orientation-expected.png")
    assert picture.image is not None and picture.image.size == expected.size
    assert mean_difference(picture.image, expected) < 4


# -- orientation ---------------------------------------------------------------------------------


@pytest.mark.parametrize("orientation", range(1, 9))
@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "TIFF", "WEBP"])
def test_every_orientation_is_drawn_upright(orientation: int, fmt: str) -> None:
    upright = arrow()
    data = with_orientation(stored_as(upright, orientation), orientation, fmt)
    picture = images.draw(data)
    assert picture.image is not None and picture.image.size == upright.size
    assert mean_difference(picture.image, upright) < 6, (fmt, orientation)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_the_turns_are_pillows_exif_transpose(orientation: int) -> None:
    data = with_orientation(stored_as(arrow(), orientation), orientation, "PNG")
    theirs = ImageOps.exif_transpose(Image.open(io.BytesIO(data)))
    ours = images.draw(data).image
    assert ours is not None and ImageChops.difference(ours, theirs.convert("RGB")).getbbox() is None


@pytest.mark.parametrize("value", [0, 9, 65535])
def test_an_orientation_out_of_range_turns_nothing(value: int) -> None:
    data = with_orientation(arrow(), value, "PNG")
    picture = images.draw(data)
    assert picture.header is not None and picture.header.orientation == 1
    assert picture.image is not None and mean_difference(picture.image, arrow()) == 0


# -- faithful: modes, transparency, frames -------------------------------------------------------


def test_cmyk_jpeg_is_drawn_in_its_colours() -> None:
    rgb = Image.new("RGB", (40, 30), (200, 40, 30))
    data = encode(rgb.convert("CMYK"), "JPEG", quality=95)
    picture = images.draw(data)
    assert picture.header is not None and picture.header.mode == "CMYK"
    assert picture.image is not None and picture.image.mode == "RGB"
    assert mean_difference(picture.image, rgb) < 8


def test_transparency_is_composited_on_white() -> None:
    rgba = Image.new("RGBA", (20, 20), (0, 0, 0, 0))
    rgba.paste((0, 128, 0, 255), (0, 0, 10, 20))
    picture = images.draw(encode(rgba, "PNG"))
    assert picture.image is not None and picture.image.mode == "RGB"
    assert picture.image.getpixel((15, 10)) == (255, 255, 255)  # not black
    assert picture.image.getpixel((5, 10)) == (0, 128, 0)


def test_grey_with_alpha_and_palette_with_transparency_are_on_white() -> None:
    la = Image.new("LA", (8, 8), (0, 0))
    assert images.draw(encode(la, "PNG")).image.getpixel((1, 1)) == 255  # type: ignore[union-attr]
    palette = Image.new("P", (8, 8), 3)
    palette.putpalette([0, 0, 0] * 3 + [255, 0, 0] + [0, 0, 0] * 252)
    picture = images.draw(encode(palette, "PNG", transparency=3))
    assert picture.image is not None and picture.image.getpixel((1, 1)) == (255, 255, 255)


def test_palette_png_keeps_its_colours() -> None:
    palette = Image.new("P", (8, 8), 1)
    palette.putpalette([0, 0, 0, 10, 120, 200] + [0, 0, 0] * 254)
    picture = images.draw(encode(palette, "PNG"))
    assert picture.image is not None and picture.image.getpixel((1, 1)) == (10, 120, 200)


def test_16_bit_rgb_png_is_drawn_in_8_bits() -> None:
    # A 16-bit RGB PNG written by hand (Pillow writes none): one pixel, 0x8000 in each channel.
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    ihdr = struct.pack(">IIBBBBB", 2, 1, 16, 2, 0, 0, 0)
    raw = b"\x00" + b"\x80\x00" * 3 + b"\xff\xff" * 3
    data = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )
    picture = images.draw(data)
    assert picture.image is not None
    assert picture.image.getpixel((0, 0)) == (128, 128, 128)
    assert picture.image.getpixel((1, 0)) == (255, 255, 255)


def test_32_bit_and_float_tiff_are_stretched_to_grey() -> None:
    for mode, high in (("I", 100_000), ("F", 0.5)):
        image = Image.new(mode, (4, 4), 0)
        image.putpixel((0, 0), high)
        picture = images.draw(encode(image, "TIFF"))
        assert picture.image is not None and picture.image.getextrema() == (0, 255), mode


def test_webp_is_drawn() -> None:
    rgb = Image.new("RGB", (32, 16), (30, 60, 200))
    picture = images.draw(encode(rgb, "WEBP", lossless=True))
    assert picture.image is not None and mean_difference(picture.image, rgb) == 0


@pytest.mark.parametrize("fmt", ["TIFF", "GIF", "WEBP"])
def test_several_frames_draw_the_first_and_say_how_many(fmt: str) -> None:
    frames = [Image.new("RGB", (16, 16), colour) for colour in ("red", "lime", "blue")]
    options: dict[str, object] = {"save_all": True, "append_images": frames[1:]}
    if fmt == "WEBP":
        options["lossless"] = True
    picture = images.draw(encode(frames[0], fmt, **options))
    assert picture.frames == 3
    assert picture.image is not None and picture.image.getpixel((8, 8)) == (255, 0, 0)


def test_a_jpeg_2000_over_the_bound_is_decoded_at_a_lower_resolution() -> None:
    data = encode(Image.new("RGB", (256, 128), (90, 90, 90)), "JPEG2000")
    picture = images.draw(data, max_pixels=256 * 128 // 4)
    assert picture.image is not None and picture.image.size == (128, 64)
    assert images.draw(data, max_pixels=256 * 128 // 4096).too_large


# -- bounded -------------------------------------------------------------------------------------


def test_a_large_jpeg_is_decoded_reduced_and_a_larger_one_refused() -> None:
    data = encode(arrow((800, 400)), "JPEG", quality=90)
    picture = images.draw(data, max_pixels=10_000, max_side=100)
    assert picture.image is not None and picture.image.size == (100, 50)
    assert images.draw(data, max_pixels=4_000).too_large  # even 1/8 is 100 × 50 = 5,000


def test_a_png_over_the_bound_is_not_decoded_and_one_within_is_scaled() -> None:
    data = encode(arrow((400, 200)), "PNG")
    assert images.draw(data, max_pixels=400 * 200 - 1).too_large
    picture = images.draw(data, max_pixels=400 * 200, max_side=50)
    assert picture.image is not None and picture.image.size == (50, 25)


def bomb_png(width: int, height: int) -> bytes:
    """A 1-bit PNG header declaring width × height, with a little image data (never decoded)."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(bytes(1024)))
        + chunk(b"IEND", b"")
    )


@pytest.mark.parametrize("side", [12_000, 20_000, 60_000])
def test_bombs_over_and_far_over_pillows_own_limit_are_measured(side: int) -> None:
    # 144 MP is over Pillow's warning, 400 MP and 3.6 GP over its error (twice the warning).
    picture = images.draw(bomb_png(side, side))
    assert picture.too_large and picture.header is not None
    assert picture.header.size == (side, side)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff",
        b"GIF89a",
        b"not a picture at all",
        b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic",
    ],
    ids=["empty", "png-signature", "jpeg-soi", "gif-header", "text", "heic-ftyp-only"],
)
def test_what_is_not_a_picture_is_not_drawn(data: bytes) -> None:
    picture = images.draw(data)
    assert picture.image is None and not picture.too_large and picture.problem


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "TIFF", "WEBP"])
def test_every_cut_of_a_picture_is_drawn_or_said_not_to_be(fmt: str) -> None:
    whole = encode(arrow((40, 40)), fmt)
    for cut in range(0, len(whole), max(1, len(whole) // 60)):
        picture = images.draw(whole[:cut])
        assert (picture.image is None) == bool(picture.problem), (fmt, cut)


@needs_cases
def test_a_cut_short_photo_is_not_drawn() -> None:
    data = (CASES / "exif-orientation-6.jpg").read_bytes()[:3000]
    picture = images.draw(data)
    assert picture.image is None and "truncated" in picture.problem
    assert picture.header is not None and picture.header.size == (480, 240)


# -- a copy without metadata is upright ----------------------------------------------------------


@needs_cases
def test_the_stripped_copy_of_the_turned_photo_is_upright_without_the_tag() -> None:
    copy = metadata.strip_metadata((CASES / "exif-orientation-6.jpg").read_bytes(), "image/jpeg")
    image = Image.open(io.BytesIO(copy))
    assert image.format == "JPEG" and image.size == (240, 480)
    assert 0x0112 not in image.getexif() and b"Exif" not in copy
    expected = Image.open(CASES / "exif-orientation-expected.png")
    assert mean_difference(image, expected) < 2
    assert metadata.inspect(copy, "image/jpeg").checked


@pytest.mark.parametrize("orientation", range(1, 9))
@pytest.mark.parametrize("kind", ["image/jpeg", "image/png"])
def test_stripped_copies_are_upright_in_every_orientation(orientation: int, kind: str) -> None:
    upright = arrow()
    fmt = "JPEG" if kind == "image/jpeg" else "PNG"
    data = with_orientation(stored_as(upright, orientation), orientation, fmt)
    copy = metadata.strip_metadata(data, kind)
    image = Image.open(io.BytesIO(copy))
    assert 0x0112 not in image.getexif()
    assert image.size == upright.size
    assert mean_difference(image, upright) < (4 if fmt == "JPEG" else 0.001)
    if orientation == 1:  # nothing to turn: copied byte for byte but for the metadata
        assert len(copy) < len(data) and copy[-200:] == data[-200:]


def test_a_turned_16_bit_png_keeps_its_depth_when_stripped() -> None:
    grey = Image.new("I;16", (4, 2), 0)
    grey.putpixel((3, 0), 65535)
    data = with_orientation(grey, 6, "PNG")
    copy = Image.open(io.BytesIO(metadata.strip_metadata(data, "image/png")))
    assert copy.mode == "I;16" and copy.size == (2, 4)
    assert copy.getpixel((1, 3)) == 65535  # the top-right corner turned 90° clockwise


@needs_cases
def test_a_cut_short_turned_photo_cannot_be_stripped() -> None:
    data = (CASES / "exif-orientation-6.jpg").read_bytes()[:3000]
    with pytest.raises(metadata.CannotStrip, match="cannot be decoded to turn it upright"):
        metadata.strip_metadata(data, "image/jpeg")


def test_a_turned_picture_too_large_to_decode_cannot_be_stripped() -> None:
    exif = Image.Exif()
    exif[0x0112] = 6
    data = encode(Image.new("1", (8, 8)), "PNG", exif=exif.tobytes())
    # The header says 8 × 8; a picture over the bound is made by patching IHDR's size.
    big = bomb_png(10_000, 6_000)
    assert b"eXIf" in data
    exif_chunk = data[data.index(b"eXIf") - 4 :]
    exif_chunk = exif_chunk[: 12 + struct.unpack(">I", exif_chunk[:4])[0]]
    turned_bomb = big[:33] + exif_chunk + big[33:]
    with pytest.raises(metadata.CannotStrip, match=r"10000 × 6000 pixels\) is too large"):
        metadata.strip_metadata(turned_bomb, "image/png")


@needs_cases
def test_the_bomb_without_orientation_is_stripped_without_decoding() -> None:
    data = (CASES / "panorama-14000.png").read_bytes()
    assert metadata.strip_metadata(data, "image/png") == data  # no metadata chunk to drop


# -- HEIF brands are photos ----------------------------------------------------------------------


def ftyp(body: bytes) -> bytes:
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"heic\x00\x00\x00\x00mif1heicmiaf", "image/heic"),
        (b"heix\x00\x00\x00\x00mif1heix", "image/heic"),
        (b"hevc\x00\x00\x00\x00msf1hevc", "image/heic"),
        (b"mif1\x00\x00\x00\x00mif1heic", "image/heic"),
        (b"msf1\x00\x00\x00\x00msf1heic", "image/heic"),
        (b"mif1\x00\x00\x00\x00mif1avifmiaf", "image/avif"),
        (b"avif\x00\x00\x00\x00avifmif1miaf", "image/avif"),
        (b"avis\x00\x00\x00\x00avismsf1", "image/avif"),
        (b"miaf\x00\x00\x00\x00miafmif1", "image/heif"),
        (b"heif\x00\x00\x00\x00mif1", "image/heif"),
        (b"MiHE\x00\x00\x00\x00mif1heicMiHE", "image/heic"),  # unknown major, HEIF compatible
        (b"XXXX\x00\x00\x00\x00mif1avif", "image/avif"),
        (b"isom\x00\x00\x02\x00isomiso2avc1mp41", "video/mp4"),
        (b"qt  \x00\x00\x00\x00qt  ", "video/quicktime"),
    ],
)
def test_heif_brands_are_photos_and_movies_stay_movies(body: bytes, expected: str) -> None:
    head = ftyp(body) + b"\x00\x00\x00\x08free"
    assert media_type(head, "IMG_0001.mp4") == expected
