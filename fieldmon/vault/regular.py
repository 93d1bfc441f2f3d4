"""Opening a file that comes from outside for reading, only if it is a regular file, and
never waiting on it.

A named pipe would block a reader forever and a device may never end: the path is examined
with ``stat`` first (a pipe is never opened), then opened with ``O_NONBLOCK`` and examined
again on the open descriptor, so a pipe swapped in between is not waited on either.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

from fieldmon.vault.layout import entry_kind

__all__ = ["NotRegularFile", "open_regular"]


class NotRegularFile(OSError):
    """The path names no regular file.

    :ivar kind: what it is, in words (:func:`fieldmon.vault.layout.entry_kind`).
    :ivar is_folder: whether it is a folder.
    """

    def __init__(self, path: Path, mode: int) -> None:
        self.kind = entry_kind(mode)
        self.is_folder = stat.S_ISDIR(mode)
        super().__init__(errno.EINVAL, f"is {self.kind}, not a regular file", str(path))


def _check(path: Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        raise NotRegularFile(path, mode)


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file, without blocking.

    :param path: the file.
    :return: the open file, positioned at its start; the caller closes it.
    :raises NotRegularFile: it is a folder, a named pipe, a device or a socket, before or after
        opening.
    :raises OSError: it does not exist or cannot be opened (``os.stat``, ``os.open``).
    """
    _check(path, os.stat(path).st_mode)
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        _check(path, os.fstat(fd).st_mode)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
