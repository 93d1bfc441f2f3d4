"""Blob files: written in batches that vanish unless their transaction commits, and the
leftovers of an interrupted batch removed at the next open.

A blob is written under a ``.partial`` name, synced, then renamed before the database commit;
a crash in between leaves a blob without a row in ``attachments``, which the next open removes.
The encryption itself is in fieldmon.vault.files.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import pyrage

from fieldmon.errors import VaultFull
from fieldmon.logs import log
from fieldmon.vault import files
from fieldmon.vault.layout import PARTIAL, make_private_dir, refusal
from fieldmon.vault.session import Session

__all__ = ["FULL_MARGIN_BYTES", "BlobBatch", "remove_unfinished_blobs"]

# Below this much free space after a failed write, the disk is taken to be full.
FULL_MARGIN_BYTES = 1 << 20


class BlobBatch:
    """Blobs written for one transaction: removed again if the ``with`` block raises.

    :param folder: the blob folder (created 0700 on entry if missing).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.written: list[Path] = []

    def __enter__(self) -> BlobBatch:
        make_private_dir(self.folder)
        return self

    def write(self, encrypt: Callable[[Path], files.Sealed]) -> tuple[str, files.Sealed]:
        """Write one blob under a new random name (128 bits, hex).

        :param encrypt: writes the encrypted blob to the path it is given and returns what
            was sealed (fieldmon.vault.files.encrypt_file or encrypt_bytes).
        :return: the blob's name in the folder, and what ``encrypt`` returned.
        :raises VaultFull: the disk filled up while the blob was written.
        :raises VaultNotWritable: the blob folder cannot be written.
        """
        name = secrets.token_hex(16)
        partial = self.folder / (name + PARTIAL)
        self.written.append(partial)
        try:
            sealed = encrypt(partial)
        except OSError as error:
            raise refusal(self.folder.parent, partial, error) or error from None
        except pyrage.EncryptError:
            # pyrage reports the OSError of a write as text only; a disk that is now full is
            # the cause worth naming (the vault is unchanged: the batch is removed).
            if shutil.disk_usage(self.folder).free < FULL_MARGIN_BYTES:
                raise VaultFull(
                    f"The disk holding the vault {self.folder.parent} is full; nothing was"
                    " stored. Free some space and try again."
                ) from None
            raise
        final = self.folder / name
        os.replace(partial, final)
        self.written[-1] = final
        return name, sealed

    def discard(self, name: str) -> None:
        """Remove a blob of this batch that turned out not to be needed (a duplicate)."""
        path = self.folder / name
        path.unlink(missing_ok=True)
        self.written = [p for p in self.written if p != path]

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            for path in self.written:
                path.unlink(missing_ok=True)


def remove_unfinished_blobs(session: Session) -> list[str]:
    """Remove blobs with no row: they come from an attach interrupted before it committed.

    :return: the names of the blobs removed.
    """
    if session.schema_version < 3:  # only a test's FieldMon of long ago opens such a vault
        return []
    known = {str(r[0]) for r in session.conn.execute("SELECT blob_name FROM attachments")}
    removed = []
    for path in files.iter_blob_files(session.blob_dir):
        if path.name not in known:
            path.unlink()
            removed.append(path.name)
    if removed:
        log.warning("removed %d unfinished blob(s) of an interrupted attach", len(removed))
    return removed
