"""Evidence files: streaming age encryption, and the files a user exports to.

Each file is encrypted on its own with the age format (pyrage), to a fresh X25519 identity that
is kept only in the file's database row. age's STREAM construction authenticates every 64 KiB
chunk and marks the last one, so a flipped byte or a blob cut at any point fails to decrypt
rather than reading as a shorter file. Plaintext never touches the disk: files are hashed while
they are read (by a thread beside the encryptor, on copies of exactly the pieces encrypted), and
decrypted straight into memory or into the file the user asked for.

The media type of a file is `fieldmon.vault.mediatype`'s and what it records is
`fieldmon.vault.metadata`'s; both are re-exported here for the callers that import them from
this module (`media_type`, `bmff_media_type`, `embedded_metadata`, `strip_metadata`,
`CannotStrip`).
"""

from __future__ import annotations

import hashlib
import io
import os
import queue
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyrage
from pyrage import x25519

from fieldmon.errors import FieldMonError
from fieldmon.vault.mediatype import bmff_media_type as bmff_media_type
from fieldmon.vault.mediatype import media_type as media_type

# Re-exported so that callers of `files` keep working; metadata lives in its own package, which
# never imports this module (dependencies point one way: files -> metadata -> mediatype).
from fieldmon.vault.metadata import CannotStrip as CannotStrip
from fieldmon.vault.metadata import embedded_metadata as embedded_metadata
from fieldmon.vault.metadata import strip_metadata as strip_metadata
from fieldmon.vault.regular import NotRegularFile, open_regular

CHUNK = 1 << 20
"""Bytes read from a blob at a time (1 MiB)."""

PIECE = 4 << 20
"""Bytes handed at a time between the age encryptor or decryptor and the hashing thread (4 MiB).

Large enough that the thread's work per piece dwarfs the cost of waking it, small enough that
the pieces in flight (`_PIECES` of them, plus one being filled) stay far below the 100 MiB
that issue 16 allows a 1 GiB attach or extract.
"""

_PIECES = 2
"""Pieces the hashing thread may lag behind the encryptor (double buffering)."""


class _Hasher:
    """SHA-256 of a stream, computed by a thread of its own, in the order the pieces came.

    pyrage 1.4 holds the interpreter lock (GIL) for the whole of `pyrage.encrypt_io` and
    `pyrage.decrypt_io`, except in its calls back into Python; hashlib releases it while it
    hashes a large buffer. So the pieces are copied into buffers that this class owns and
    hashed by a thread, on another core, while age works on the next piece: where a core is
    idle the hash then adds almost no time to the encryption's, instead of all of its own (on a
    machine with no idle core it still costs its CPU time; bench/blobs.py shows both). pyrage
    1.4's file-level calls (`pyrage.encrypt_file`) hold the GIL too, from start to end, so a
    hashing thread could not run beside them at all.

    The thread only hashes: reading the source and writing the sink stay in the caller's
    thread, so a sink that must be used from the thread that made it still works.
    """

    def __init__(self) -> None:
        self.sha256 = hashlib.sha256()
        self.size = 0
        self._todo: queue.SimpleQueue[tuple[bytearray, int] | None] = queue.SimpleQueue()
        self._free: queue.SimpleQueue[bytearray] = queue.SimpleQueue()
        self._made = 0
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="fieldmon-sha256", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (item := self._todo.get()) is not None:
            buffer, n = item
            try:
                if self.error is None:
                    self.sha256.update(memoryview(buffer)[:n])
                    self.size += n
            except BaseException as error:  # kept for `finish`; the caller must not hang
                self.error = error
            finally:
                self._free.put(buffer)

    def add(self, data: Any) -> None:
        """Hash a copy of data after what came before; returns once the copy is made.

        :param data: bytes or a buffer of bytes (the caller may reuse it at once).
        """
        view = memoryview(data).cast("B")
        start = 0
        while start < len(view):
            if self._made < _PIECES and self._free.empty():
                buffer = bytearray(PIECE)
                self._made += 1
            else:
                buffer = self._free.get()  # waits (without the GIL) for the thread to free one
            n = min(PIECE, len(view) - start)
            memoryview(buffer)[:n] = view[start : start + n]  # a plain memcpy, 3x a slice
            self._todo.put((buffer, n))
            start += n

    def finish(self) -> tuple[str, int]:
        """Wait for the thread to hash all it was given.

        :return: the SHA-256 (hex) and the number of bytes hashed.
        :raises RuntimeError: when the thread failed (it never does short of memory running out).
        """
        self.close()
        if self.error is not None:
            raise RuntimeError(f"hashing failed ({self.error!r})") from self.error
        return self.sha256.hexdigest(), self.size

    def close(self) -> None:
        """Stop the thread (after the pieces already given); harmless when called again."""
        if self._thread.is_alive():
            self._todo.put(None)
            self._thread.join()


class _HashingReader(io.RawIOBase):
    """Reads a source for the encryptor, handing every piece read to a `_Hasher`.

    The bytes hashed are a copy of exactly the bytes returned to the encryptor, taken from the
    one read of the source: a file that changes while it is stored cannot get the hash of
    other bytes than those encrypted (see `encrypt_stream`).
    """

    def __init__(self, source: BinaryIO, hasher: _Hasher) -> None:
        self.source = source
        self.hasher = hasher
        self.source_error: OSError | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            n = int(self.source.readinto(buffer) or 0)  # type: ignore[attr-defined]
        except OSError as error:
            self.source_error = error  # pyrage reports it as an EncryptError: kept to re-raise
            raise
        if n:
            self.hasher.add(memoryview(buffer)[:n])
        return n


class _HashingWriter(io.RawIOBase):
    """Receives the decryptor's plaintext, hands it to a `_Hasher`, and writes it to the sink."""

    def __init__(self, sink: BinaryIO | None, hasher: _Hasher) -> None:
        self.sink = sink
        self.hasher = hasher
        self.sink_error: OSError | None = None
        self.done = False

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data).cast("B")
        if self.done:  # a buffer flushed when it is collected, after a failure: dropped
            return len(view)
        self.hasher.add(view)
        if self.sink is not None:
            try:
                self.sink.write(view)
            except OSError as error:
                # Kept so a full disk is not mistaken for a damaged blob.
                self.sink_error = error
                raise
        return len(view)


@dataclass(frozen=True)
class Sealed:
    """A blob just written: its identity (the only key to it) and what the plaintext was.

    :ivar identity: the age X25519 identity (``AGE-SECRET-KEY-1…``) the blob is encrypted to;
        stored only in the file's database row.
    :ivar sha256: the plaintext's SHA-256, in hex.
    :ivar size: the plaintext's size in bytes.
    """

    identity: str
    sha256: str
    size: int


def _private_file(path: Path) -> BinaryIO:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    return os.fdopen(fd, "wb")


def check_output(path: Path, force: bool) -> None:
    """Refuse a path the user gave for an export that is a folder, a symbolic link, or exists
    without force.

    Called before long work, so that it is not done for nothing; `open_output` checks again. A
    symbolic link is refused even with force: a link planted in the folder the user chose must
    not send what FieldMon writes somewhere else (issue 11).

    :param path: where the user asked the file to be written.
    :param force: whether an existing file may be replaced.
    :raises FieldMonError: "X is a folder…", "X is a symbolic link…" or "X exists; add
        --force…".
    """
    if path.is_symlink():
        raise FieldMonError(
            f"{path} is a symbolic link; FieldMon does not write through links. Remove it or"
            " choose another name."
        )
    if path.is_dir():
        raise FieldMonError(f"{path} is a folder; give the path of the file to write.")
    if path.exists() and not force:
        raise FieldMonError(f"{path} exists; add --force to overwrite it.")


def open_output(path: Path, force: bool) -> BinaryIO:
    """A new file the user asked to export to, 0600; never replaces one without force, and
    never writes through a symbolic link.

    The file is always created exclusively (``O_CREAT | O_EXCL | O_NOFOLLOW``, POSIX open(2)),
    so a file or link that appears after the check is not written through. With force an
    existing file is first removed (its name only: a hard link planted in its place loses
    only that name, and the file it points to is not touched), then created anew.

    :param path: where the user asked the file to be written.
    :param force: whether an existing file may be replaced.
    :return: the file, open for writing in binary; the caller closes it.
    :raises FieldMonError: when the path is a folder or a symbolic link, exists without force,
        or cannot be written (the message gives the system's reason).
    """
    check_output(path, force)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        if force and path.exists():
            path.unlink()
        return os.fdopen(os.open(path, flags, 0o600), "wb")
    except FileExistsError:
        check_output(path, force=False)  # names a link or a folder that appeared meanwhile
        raise FieldMonError(f"{path} exists; add --force to overwrite it.") from None
    except OSError as error:
        if path.is_symlink():
            check_output(path, force)
        raise FieldMonError(f"{path} cannot be written ({error.strerror}).") from None


def encrypt_stream(source: BinaryIO, destination: Path) -> Sealed:
    """Encrypt what source holds into a new blob, with age (age v1 spec, X25519 recipient), to a
    fresh identity, hashing the plaintext as it is read; the blob is synced to disk.

    The source is read once, in pieces of `PIECE` bytes; each piece goes to the encryptor and a
    copy of it to a hashing thread (`_Hasher`), which hashes while age encrypts the next piece.
    The SHA-256 recorded is therefore that of exactly the bytes encrypted, even when the file
    changes while it is read (a monitor's phone still writing to it, another program editing
    it): there is no second read to differ from the first, and so no window between a check
    and a use (TOCTOU). A separate hash pass with `pyrage.encrypt_file` was rejected for that
    reason: hashing before and after and comparing narrows the window but cannot close it (a
    change and its undoing in between go unseen), and pyrage 1.4 holds the interpreter lock
    through `encrypt_file`, so the hash pass could not even run beside it. The blob itself is
    age's and only age's; what `decrypt_stream` returns for it is the hash recorded here.

    :param source: the plaintext, read to its end.
    :param destination: the blob to create (0600); it must not exist.
    :return: the blob's identity and the plaintext's SHA-256 and size.
    :raises FileExistsError: when destination exists.
    :raises OSError: when source cannot be read or destination written.
    """
    identity = x25519.Identity.generate()
    hasher = _Hasher()
    raw = _HashingReader(source, hasher)
    try:
        with _private_file(destination) as out:
            pyrage.encrypt_io(io.BufferedReader(raw, PIECE), out, [identity.to_public()])
            out.flush()
            os.fsync(out.fileno())
        digest, size = hasher.finish()
    except pyrage.EncryptError:
        if raw.source_error is not None:
            raise raw.source_error from None
        raise
    finally:
        hasher.close()
    return Sealed(str(identity), digest, size)


def encrypt_file(source: Path, destination: Path) -> Sealed:
    """`encrypt_stream` of the file at source (a thin wrapper).

    :raises OSError: when source cannot be opened or read, or destination written.
    """
    with open(source, "rb") as handle:
        return encrypt_stream(handle, destination)


def encrypt_bytes(data: bytes, destination: Path) -> Sealed:
    """`encrypt_stream` of bytes in memory (a thin wrapper).

    :raises OSError: when destination cannot be created or written.
    """
    return encrypt_stream(io.BytesIO(data), destination)


class BlobUnreadable(Exception):
    """The blob is missing, damaged, truncated, or not encrypted to this identity."""


def decrypt_stream(blob: Path, identity: str, sink: BinaryIO | None) -> tuple[str, int]:
    """Decrypt blob into sink (or nowhere, to check it); return the plaintext's SHA-256 and size.

    age authenticates every 64 KiB chunk and marks the last (age v1 spec, STREAM), so a damaged
    or truncated blob raises rather than yielding less; what was written to sink before the
    damage was found is then not to be trusted.

    :param blob: the encrypted file.
    :param identity: its age X25519 identity, as `Sealed.identity`.
    :param sink: where the plaintext goes, or None to only check and hash it.
    :return: the plaintext's SHA-256 (hex) and size in bytes.
    :raises BlobUnreadable: when the blob is missing, damaged, truncated, or not encrypted to
        this identity.
    :raises OSError: the sink's own error (a full disk), re-raised as it was.
    """
    hasher = _Hasher()
    writer = _HashingWriter(sink, hasher)
    # pyrage writes 8 KiB at a time; hash and write in large pieces instead.
    buffered = io.BufferedWriter(writer, PIECE)
    try:
        key = x25519.Identity.from_str(identity)
        with open(blob, "rb", buffering=CHUNK) as handle:
            pyrage.decrypt_io(handle, buffered, [key])
        buffered.flush()
        return hasher.finish()
    except FileNotFoundError:
        raise BlobUnreadable("the file is missing") from None
    except (pyrage.DecryptError, pyrage.IdentityError, ValueError, OSError) as error:
        if writer.sink_error is not None:
            raise writer.sink_error from None
        raise BlobUnreadable(f"it does not decrypt ({error})") from None
    finally:
        writer.done = True
        hasher.close()


def decrypt_bytes(blob: Path, identity: str) -> bytes:
    """The plaintext of a blob, in memory: `decrypt_stream` into a buffer (a thin wrapper).

    :raises BlobUnreadable: as `decrypt_stream`.
    """
    buffer = io.BytesIO()
    decrypt_stream(blob, identity, buffer)
    return buffer.getvalue()


def read_head(path: Path, n: int = 256) -> bytes:
    """The first n bytes of a regular file, opened without waiting on it
    (`fieldmon.vault.regular.open_regular`: a named pipe or device is refused, not read).

    :param path: the file.
    :param n: how many bytes to read at most (fewer when the file is shorter).
    :return: the bytes read, for `media_type`.
    :raises FieldMonError: "X is not a regular file.", before or after opening.
    :raises OSError: when the path does not exist or cannot be opened.
    """
    try:
        handle = open_regular(path)
    except NotRegularFile:
        raise FieldMonError(f"{path} is not a regular file.") from None
    with handle:
        return handle.read(n)


def iter_blob_files(folder: Path) -> Iterator[Path]:
    """The files directly in folder (the vault's blobs); nothing when it is not a folder.

    :param folder: a blob folder (``blobs/`` or ``decoy-blobs/``).
    :return: an iterator over the paths of its regular files, in no particular order.
    """
    if folder.is_dir():
        yield from (p for p in folder.iterdir() if p.is_file())


def safe_filename(text: str) -> str:
    """Text made safe as a file name: each run of characters other than letters, digits,
    underscores, dots and hyphens becomes one hyphen, and hyphens at either end are dropped.

    :param text: any text.
    :return: the file name; ``"file"`` if nothing is left.
    """
    cleaned = re.sub(r"[^\w.-]+", "-", text, flags=re.UNICODE).strip("-")
    return cleaned or "file"
