"""What kind of file this is: a media type from a file's first bytes, or from its name.

The lowest layer of evidence handling: `fieldmon.vault.metadata` reads a file as the type given
here, and `fieldmon.vault.files` (which re-exports `media_type` and `bmff_media_type`) stores it.
Nothing here imports another FieldMon module.
"""

from __future__ import annotations

import mimetypes
import struct

__all__ = ["bmff_media_type", "media_type"]

# Signatures at a fixed offset: JPEG (JFIF / ITU-T T.81 SOI), PNG (PNG spec §5.2), PDF
# (ISO 32000-1 §7.5.2), GIF, WebP (RIFF), ISO BMFF (ftyp at 4), Ogg, MP3 (ID3v2), WAV (RIFF),
# ZIP (local file header), TIFF (TIFF 6.0 byte order and 42).
_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"%PDF-", 0, "application/pdf"),
    (b"GIF8", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),
    (b"ftyp", 4, "video/mp4"),
    (b"OggS", 0, "audio/ogg"),
    (b"ID3", 0, "audio/mpeg"),
    (b"RIFF", 0, "audio/wav"),
    (b"PK\x03\x04", 0, "application/zip"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
)


# ISO BMFF brands (ISO/IEC 14496-12 ftyp; HEIF: ISO/IEC 23008-12; AVIF; QuickTime; MP4).
_HEVC_BRANDS = (b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx")
_BRANDS: dict[bytes, str] = {
    **dict.fromkeys(_HEVC_BRANDS, "image/heic"),
    # Generic HEIF (ISO/IEC 23008-12 §10.2; MIAF), narrowed by a codec brand when there is one;
    # mif1/msf1 alone are read as HEIC, the codec of nearly every such photo (phones).
    **dict.fromkeys((b"mif1", b"msf1"), "image/heic"),
    **dict.fromkeys((b"mif2", b"miaf", b"heif"), "image/heif"),
    **dict.fromkeys((b"avif", b"avis"), "image/avif"),
    b"qt  ": "video/quicktime",
    **dict.fromkeys(
        (b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V ", b"dash"),
        "video/mp4",
    ),
    **dict.fromkeys((b"M4A ", b"M4B "), "audio/mp4"),
    **dict.fromkeys((b"3gp4", b"3gp5", b"3gp6", b"3g2a"), "video/3gpp"),
}


_GENERIC_HEIF = (b"mif1", b"msf1", b"mif2", b"miaf", b"heif")


def bmff_media_type(head: bytes) -> str | None:
    """The media type an ISO BMFF file's ftyp box declares, or None without an ftyp box.

    The major brand decides when FieldMon knows it; a generic HEIF brand (mif1, msf1, mif2,
    miaf, heif) is narrowed by the compatible brands (an AVIF photo may be mif1 with avif, a
    phone's HEIC photo mif1 with heic), as is an unknown major brand with a generic HEIF brand
    among the compatible ones; without a codec brand, mif1 and msf1 are ``image/heic`` and
    mif2, miaf and heif ``image/heif``. Otherwise the first
    compatible brand FieldMon knows decides, and a movie of an unknown brand is video/mp4.

    Brands are those of ISO/IEC 14496-12 (ISO BMFF), ISO/IEC 23008-12 (HEIF), AVIF, QuickTime,
    MP4 and 3GPP.

    :param head: the file's first bytes (the whole ftyp box, or as much of it as there is).
    :return: a media type (``image/heic``, ``image/heif``, ``image/avif``, ``video/quicktime``,
        ``video/mp4``, ``audio/mp4``, ``video/3gpp``), or None when head has no ftyp box at 4.
    """
    if head[4:8] != b"ftyp" or len(head) < 12:
        return None
    (size,) = struct.unpack(">I", head[:4])
    major = head[8:12]
    end = min(len(head), size) if size >= 16 else min(len(head), 16)
    compatible = [head[i : i + 4] for i in range(16, end - 3, 4)]
    kinds = [_BRANDS[b] for b in compatible if b in _BRANDS]
    generic = major in _GENERIC_HEIF or (
        major not in _BRANDS and any(b in _GENERIC_HEIF for b in compatible)
    )
    if generic:
        # Generic HEIF: the codec brands among the compatible ones say which kind of photo.
        if any(b in (b"avif", b"avis") for b in compatible):
            return "image/avif"
        if any(b in _HEVC_BRANDS for b in compatible):
            return "image/heic"
    if major in _BRANDS:
        return _BRANDS[major]
    return kinds[0] if kinds else "video/mp4"


def media_type(head: bytes, name: str) -> str:
    """The media type from the file's first bytes, or its name when the bytes do not say.

    The bytes are trusted over the name: a photo named ``.pdf`` is still a photo. An ISO BMFF
    file is typed by its brands (`bmff_media_type`); a RIFF file is WebP or else WAV.

    :param head: the file's first bytes (256 are enough; see `fieldmon.vault.files.read_head`).
    :param name: the file's name, for its extension (Python's `mimetypes`).
    :return: a media type; ``application/octet-stream`` when neither bytes nor name tell.
    """
    for magic, offset, kind in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if kind == "audio/wav" and head[8:12] == b"WEBP":
                return "image/webp"
            if magic == b"ftyp":
                return bmff_media_type(head) or kind
            return kind
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"
