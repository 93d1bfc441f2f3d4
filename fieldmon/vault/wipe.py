"""The panic wipe: crypto-erase the vault by destroying its key header first, then delete
every file of the folder.

Without the key header neither the database nor any blob can be decrypted, so the header is
overwritten with random bytes and synced before anything else is removed. What a disk can keep
despite this (flash remapping, journals, copies) is stated in docs/SECURITY.md.
"""

from __future__ import annotations

import os
import secrets
import shutil
from pathlib import Path

from fieldmon.errors import VaultNotFound
from fieldmon.vault.layout import DB_FILE, KEY_FILE

__all__ = ["wipe"]


def _destroy(path: Path) -> None:
    """Overwrite a file with random bytes, sync it, then delete it."""
    size = path.stat().st_size
    with open(path, "r+b", buffering=0) as handle:
        handle.write(secrets.token_bytes(size))
        os.fsync(handle.fileno())
    path.unlink()


def wipe(path: Path) -> list[str]:
    """Crypto-erase the vault in folder ``path``, then delete the folder.

    :return: the names of what was removed, key header first.
    :raises VaultNotFound: the folder holds no key header and no database.
    :raises OSError: the first file that could not be overwritten or removed; after the key
        header is destroyed, every other file is still removed before this is raised.
    """
    path = Path(path)
    if not (path / KEY_FILE).exists() and not (path / DB_FILE).exists():
        raise VaultNotFound(f"No vault at {path}.")
    removed = []
    for name in (KEY_FILE, KEY_FILE + ".new"):
        if (path / name).exists():
            _destroy(path / name)
            removed.append(name)
    directory = os.open(path, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    # Once the header is gone, remove all that can be removed: one file that cannot be (a
    # read-only blob folder) must not leave the database and the rest behind too.
    failed: OSError | None = None
    for entry in sorted(path.iterdir()):
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError as error:
            failed = failed or error
            continue
        removed.append(entry.name)
    if failed is not None:
        raise failed
    path.rmdir()
    return removed
