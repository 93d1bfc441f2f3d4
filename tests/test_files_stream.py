"""Evidence blobs are hashed by a thread beside age (issue 16): the hash is still that of exactly
the bytes encrypted, a file that changes while it is stored included, and no thread is left."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import threading
from pathlib import Path
from typing import Any

import pytest

from fieldmon.vault import files

PIECE = 64 * 1024
"""A small piece for the tests, so that a few hundred KiB are several pieces."""


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "PIECE", PIECE)


def _hash_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "fieldmon-sha256"]


class ChangedAfterFirstRead(io.RawIOBase):
    """A file that another program rewrites, all of it, just after FieldMon read its first piece."""

    def __init__(self, path: Path, new: bytes) -> None:
        self.handle = open(path, "rb", buffering=0)  # noqa: SIM115 (closed by close())
        self.path = path
        self.new = new
        self.reads = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = int(self.handle.readinto(buffer) or 0)
        self.reads += 1
        if self.reads == 1:
            fd = os.open(self.path, os.O_WRONLY)
            try:
                os.pwrite(fd, self.new, 0)
            finally:
                os.close(fd)
        return n

    def close(self) -> None:
        self.handle.close()
        super().close()


def test_a_file_changed_while_stored_gets_the_hash_of_the_bytes_encrypted(tmp_path: Path) -> None:
    old, new = b"a" * (3 * PIECE + 100), b"b" * (3 * PIECE + 100)
    source = tmp_path / "statement.txt"
    source.write_bytes(old)
    changing = ChangedAfterFirstRead(source, new)
    with changing:
        sealed = files.encrypt_stream(changing, tmp_path / "blob")  # type: ignore[arg-type]
    assert source.read_bytes() == new  # the change did happen, after the first piece
    plaintext = files.decrypt_bytes(tmp_path / "blob", sealed.identity)
    # What was encrypted: the first piece as it was, the rest as it became.
    assert plaintext == old[:PIECE] + new[PIECE:]
    assert sealed.sha256 == hashlib.sha256(plaintext).hexdigest()
    assert sealed.size == len(plaintext)
    # Neither a hash taken before nor one taken after the encryption would match it.
    assert sealed.sha256 not in {hashlib.sha256(old).hexdigest(), hashlib.sha256(new).hexdigest()}
    assert not _hash_threads()


@pytest.mark.parametrize("size", [0, 1, PIECE - 1, PIECE, 5 * PIECE + 17])
def test_hash_and_size_over_piece_boundaries(tmp_path: Path, size: int) -> None:
    data = os.urandom(size)
    source = tmp_path / "file.bin"
    source.write_bytes(data)
    sealed = files.encrypt_file(source, tmp_path / "blob")
    assert (sealed.sha256, sealed.size) == (hashlib.sha256(data).hexdigest(), size)
    sink = io.BytesIO()
    assert files.decrypt_stream(tmp_path / "blob", sealed.identity, sink) == (
        sealed.sha256,
        size,
    )
    assert sink.getvalue() == data
    assert files.decrypt_stream(tmp_path / "blob", sealed.identity, None) == (sealed.sha256, size)
    assert not _hash_threads()


class FullDisk(io.RawIOBase):
    """A sink that takes one piece, then fails as a full disk does."""

    def __init__(self) -> None:
        self.taken = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        if self.taken:
            raise OSError(errno.ENOSPC, "No space left on device")
        self.taken += len(memoryview(data))
        return len(memoryview(data))


def test_a_full_disk_is_not_a_damaged_blob_and_leaves_no_thread(tmp_path: Path) -> None:
    sealed = files.encrypt_bytes(os.urandom(4 * PIECE), tmp_path / "blob")
    with pytest.raises(OSError) as raised:
        files.decrypt_stream(tmp_path / "blob", sealed.identity, FullDisk())  # type: ignore[arg-type]
    assert not isinstance(raised.value, files.BlobUnreadable)
    assert raised.value.errno == errno.ENOSPC
    assert not _hash_threads()


def test_a_blob_damaged_after_several_pieces_is_unreadable_and_leaves_no_thread(
    tmp_path: Path,
) -> None:
    sealed = files.encrypt_bytes(os.urandom(6 * PIECE), tmp_path / "blob")
    blob = bytearray((tmp_path / "blob").read_bytes())
    blob[-3 * PIECE] ^= 1  # well after the first pieces were hashed and written
    (tmp_path / "blob").write_bytes(bytes(blob))
    sink = io.BytesIO()
    with pytest.raises(files.BlobUnreadable):
        files.decrypt_stream(tmp_path / "blob", sealed.identity, sink)
    assert 0 < len(sink.getvalue()) < 6 * PIECE
    assert not _hash_threads()


def test_an_unreadable_source_leaves_no_thread(tmp_path: Path) -> None:
    class Failing(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: Any) -> int:
            raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(OSError):
        files.encrypt_stream(Failing(), tmp_path / "blob")  # type: ignore[arg-type]
    assert not _hash_threads()
