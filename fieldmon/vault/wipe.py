"""The panic wipe: crypto-erase the vault by destroying its key header first, then overwrite
and delete every file of the folder.

The key header holds the only wrapped copies of the master keys (fieldmon.crypto.keyheader):
overwritten in place with random bytes and synced, it takes every passphrase, duress
passphrase and recovery share with it, and nothing else is needed. The databases and blobs are
then overwritten where that is cheap (:func:`destroy_file`) and deleted. What a disk can keep
despite this (flash remapping, journals, snapshots, copies) is stated in docs/SECURITY.md.
"""

from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from fieldmon.errors import VaultNotFound
from fieldmon.vault.layout import KEY_FILE, LEGACY_DB, db_name, sync_folder

__all__ = [
    "HEAD_BYTES",
    "STAGED_HEADERS",
    "WHOLE_FILE_BYTES",
    "destroy_file",
    "overwrite",
    "wipe",
]

STAGED_HEADERS = ("vault.key.new", "vault.key.v3")
"""Header files written beside vault.key: by passwd before version 3, and by the upgrade."""
WHOLE_FILE_BYTES = 64 * 1024 * 1024
"""Files up to this size (64 MiB) are overwritten whole before they are deleted: the key
header, the databases and their journals."""
HEAD_BYTES = 64 * 1024
"""Of an evidence file, and of any larger file, the first 64 KiB are overwritten: for an age
file that is its header, which holds the file key wrapped to its recipient, and the payload
nonce, without which the rest cannot be decrypted even with the identity
(age-encryption.org/v1). Overwriting gigabytes of evidence whole would keep a panic wipe
running for minutes; the header is already gone by then."""


def destroy_file(path: Path, whole_up_to: int = WHOLE_FILE_BYTES) -> None:
    """Overwrite a file with random bytes in place (whole up to ``whole_up_to`` bytes, else
    its first :data:`HEAD_BYTES`), sync it, then delete it. A symbolic link or another kind of
    entry is only removed, never followed or opened.

    :param path: the file.
    :param whole_up_to: the largest size overwritten whole, in bytes.
    :raises OSError: it cannot be opened, written or removed.
    """
    if path.is_symlink() or not path.is_file():
        path.unlink()
        return
    size = path.stat().st_size
    todo = size if size <= whole_up_to else HEAD_BYTES
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        overwrite(fd, todo)
    finally:
        os.close(fd)
    path.unlink()


def overwrite(fd: int, size: int) -> None:
    """Write ``size`` random bytes from the start of an open file, in 1 MiB pieces, and sync.

    :param fd: the file, open for writing; :param size: bytes to overwrite.
    :raises OSError: a write or the sync failed.
    """
    done = 0
    while done < size:
        done += os.pwrite(fd, secrets.token_bytes(min(size - done, 1 << 20)), done)
    os.fsync(fd)


def _destroy_tree(entry: Path, whole_up_to: int = WHOLE_FILE_BYTES) -> None:
    if entry.is_dir() and not entry.is_symlink():
        for child in sorted(entry.iterdir()):
            _destroy_tree(child, HEAD_BYTES)  # evidence files: their age header
        entry.rmdir()
    else:
        destroy_file(entry, whole_up_to)


def wipe(path: Path) -> list[str]:
    """Crypto-erase the vault in folder ``path``, then overwrite what is cheap to overwrite,
    and delete the folder.

    :return: the names of what was removed, key header first.
    :raises VaultNotFound: the folder holds no key header and no database.
    :raises OSError: the first file that could not be overwritten or removed; after the key
        header is destroyed, every other file is still removed before this is raised.
    """
    path = Path(path)
    if not any((path / n).exists() for n in (KEY_FILE, LEGACY_DB, db_name(1), db_name(2))):
        raise VaultNotFound(f"No vault at {path}.")
    removed = []
    for name in (KEY_FILE, *STAGED_HEADERS):
        if (path / name).exists():
            destroy_file(path / name)
            removed.append(name)
    sync_folder(path)
    # Once the header is gone, remove all that can be removed: one file that cannot be (a
    # read-only blob folder) must not leave the database and the rest behind too.
    failed: OSError | None = None
    for _ in range(3):  # a process counting a failed unlock at this moment may add a file
        for entry in sorted(path.iterdir()):
            try:
                _destroy_tree(entry)
            except FileNotFoundError:
                continue
            except OSError as error:
                failed = failed or error
                continue
            removed.append(entry.name)
        try:
            path.rmdir()
        except OSError as error:
            if error.errno != errno.ENOTEMPTY or failed is not None:
                raise failed or error from None
            continue
        return removed
    raise failed or OSError(errno.ENOTEMPTY, f"{path} could not be emptied")
