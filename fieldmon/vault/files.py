"""Evidence files: media type and streaming age encryption (metadata: `fieldmon.vault.metadata`).

Each file is encrypted on its own with the age format (pyrage), to a fresh X25519 identity that
is kept only in the file's database row. age's STREAM construction authenticates every 64 KiB
chunk and marks the last one, so a flipped byte or a blob cut at any point fails to decrypt
rather than reading as a shorter file. Plaintext never touches the disk: files are hashed while
they are read, and decrypted straight into memory or into the file the user asked for.
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import os
import stat
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyrage
from pyrage import x25519

from fieldmon.errors import FieldMonError
from fieldmon.vault.metadata import CannotStrip as CannotStrip
from fieldmon.vault.metadata import embedded_metadata as embedded_metadata
from fieldmon.vault.metadata import strip_metadata as strip_metadata

CHUNK = 1 << 20
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
    **dict.fromkeys((b"mif1", b"msf1"), "image/heic"),
    **dict.fromkeys((b"heif",), "image/heif"),
    **dict.fromkeys((b"avif", b"avis"), "image/avif"),
    b"qt  ": "video/quicktime",
    **dict.fromkeys(
        (b"isom", b"iso2", b"iso4", b"iso5", b"iso6", b"mp41", b"mp42", b"avc1", b"M4V ", b"dash"),
        "video/mp4",
    ),
    **dict.fromkeys((b"M4A ", b"M4B "), "audio/mp4"),
    **dict.fromkeys((b"3gp4", b"3gp5", b"3gp6", b"3g2a"), "video/3gpp"),
}


def bmff_media_type(head: bytes) -> str | None:
    """The media type an ISO BMFF file's ftyp box declares, or None without an ftyp box.

    The major brand decides when FieldMon knows it; a generic HEIF brand (mif1, msf1, heif) is
    narrowed by the compatible brands (an AVIF photo may be mif1 with avif). Otherwise the first
    compatible brand FieldMon knows decides, and a movie of an unknown brand is video/mp4.

    :param head: the file's first bytes (the whole ftyp box, or as much of it as there is).
    """
    if head[4:8] != b"ftyp" or len(head) < 12:
        return None
    (size,) = struct.unpack(">I", head[:4])
    major = head[8:12]
    end = min(len(head), size) if size >= 16 else min(len(head), 16)
    compatible = [head[i : i + 4] for i in range(16, end - 3, 4)]
    kinds = [_BRANDS[b] for b in compatible if b in _BRANDS]
    if major in (b"mif1", b"msf1", b"heif"):
        # Generic HEIF: the codec brands among the compatible ones say which kind of photo.
        if any(b in (b"avif", b"avis") for b in compatible):
            return "image/avif"
        if any(b in _HEVC_BRANDS for b in compatible):
            return "image/heic"
    if major in _BRANDS:
        return _BRANDS[major]
    return kinds[0] if kinds else "video/mp4"


def media_type(head: bytes, name: str) -> str:
    """The media type from the file's first bytes, or its name when the bytes do not say."""
    for magic, offset, kind in _MAGIC:
        if head[offset : offset + len(magic)] == magic:
            if kind == "audio/wav" and head[8:12] == b"WEBP":
                return "image/webp"
            if magic == b"ftyp":
                return bmff_media_type(head) or kind
            return kind
    guessed, _ = mimetypes.guess_type(name)
    return guessed or "application/octet-stream"


class _HashingReader(io.RawIOBase):
    """Reads a file for the encryptor while hashing what passes through."""

    def __init__(self, source: BinaryIO) -> None:
        self.source = source
        self.sha256 = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = int(self.source.readinto(buffer) or 0)  # type: ignore[attr-defined]
        if n:
            self.sha256.update(memoryview(buffer)[:n])
            self.size += n
        return n


class _HashingWriter(io.RawIOBase):
    """Receives the decryptor's plaintext, hashing it on the way to its destination."""

    def __init__(self, sink: BinaryIO | None) -> None:
        self.sink = sink
        self.sha256 = hashlib.sha256()
        self.size = 0
        self.sink_error: OSError | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.sha256.update(chunk)
        self.size += len(chunk)
        if self.sink is not None:
            try:
                self.sink.write(chunk)
            except OSError as error:
                # Kept so a full disk is not mistaken for a damaged blob.
                self.sink_error = error
                raise
        return len(chunk)


@dataclass(frozen=True)
class Sealed:
    """A blob just written: its identity (the only key to it) and what the plaintext was."""

    identity: str
    sha256: str
    size: int


def _private_file(path: Path) -> BinaryIO:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return os.fdopen(fd, "wb")


def check_output(path: Path, force: bool) -> None:
    """Refuse a path the user gave for an export that is a folder, or exists without force."""
    if path.is_dir():
        raise FieldMonError(f"{path} is a folder; give the path of the file to write.")
    if path.exists() and not force:
        raise FieldMonError(f"{path} exists; add --force to overwrite it.")


def open_output(path: Path, force: bool) -> BinaryIO:
    """A file the user asked to export to, 0600; never replaces one without force."""
    check_output(path, force)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if force else os.O_EXCL)
    try:
        return os.fdopen(os.open(path, flags, 0o600), "wb")
    except FileExistsError:
        raise FieldMonError(f"{path} exists; add --force to overwrite it.") from None
    except OSError as error:
        raise FieldMonError(f"{path} cannot be written ({error.strerror}).") from None


def encrypt_stream(source: BinaryIO, destination: Path) -> Sealed:
    identity = x25519.Identity.generate()
    reader = _HashingReader(source)
    with _private_file(destination) as out:
        pyrage.encrypt_io(io.BufferedReader(reader, CHUNK), out, [identity.to_public()])
        out.flush()
        os.fsync(out.fileno())
    return Sealed(str(identity), reader.sha256.hexdigest(), reader.size)


def encrypt_file(source: Path, destination: Path) -> Sealed:
    with open(source, "rb") as handle:
        return encrypt_stream(handle, destination)


def encrypt_bytes(data: bytes, destination: Path) -> Sealed:
    return encrypt_stream(io.BytesIO(data), destination)


class BlobUnreadable(Exception):
    """The blob is missing, damaged, truncated, or not encrypted to this identity."""


def decrypt_stream(blob: Path, identity: str, sink: BinaryIO | None) -> tuple[str, int]:
    """Decrypt blob into sink (or nowhere, to check it); return the plaintext's SHA-256 and size."""
    writer = _HashingWriter(sink)
    # pyrage writes 8 KiB at a time; hash and write in large pieces instead.
    buffered = io.BufferedWriter(writer, CHUNK)
    try:
        key = x25519.Identity.from_str(identity)
        with open(blob, "rb", buffering=CHUNK) as handle:
            pyrage.decrypt_io(handle, buffered, [key])
        buffered.flush()
    except FileNotFoundError:
        raise BlobUnreadable("the file is missing") from None
    except (pyrage.DecryptError, pyrage.IdentityError, ValueError, OSError) as error:
        if writer.sink_error is not None:
            raise writer.sink_error from None
        raise BlobUnreadable(f"it does not decrypt ({error})") from None
    return writer.sha256.hexdigest(), writer.size


def decrypt_bytes(blob: Path, identity: str) -> bytes:
    buffer = io.BytesIO()
    decrypt_stream(blob, identity, buffer)
    return buffer.getvalue()


def check_regular(path: Path) -> None:
    """Refuse, before opening it, a path that is not a regular file (a named pipe would block
    the reader forever; a device or a folder is no evidence file).

    :raises FieldMonError: "X is not a regular file."
    :raises OSError: when the path does not exist or cannot be examined.
    """
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise FieldMonError(f"{path} is not a regular file.")


def read_head(path: Path, n: int = 256) -> bytes:
    """The first n bytes of a regular file (see `check_regular`); the file is opened without
    blocking and checked again once open, so a pipe put in its place is not waited on."""
    check_regular(path)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise FieldMonError(f"{path} is not a regular file.")
        return handle.read(n)


def iter_blob_files(folder: Path) -> Iterator[Path]:
    if folder.is_dir():
        yield from (p for p in folder.iterdir() if p.is_file())
