"""Which file of a vault folder is which, and how private folders are made.

A vault is one folder (mode 0700) of files (mode 0600)::

    vault.key       the key header: key slots, written in place (fieldmon.crypto.keyheader)
    vault-1.db, blobs-1/   one compartment: a SQLCipher database and its age-encrypted files
    vault-2.db, blobs-2/   the other compartment
    vault.lock      held while a FieldMon process has the vault open

One compartment is the real vault, the other the decoy a duress passphrase opens
(fieldmon.vault.decoy); which is which is chosen at random when the vault is made and is
written only inside the key slots. Vaults made before key header version 3 had ``vault.db``,
``blobs/``, ``decoy.db``, ``decoy-blobs/`` and ``vault.attempts``; they are upgraded when the
real passphrase opens them (fieldmon.vault.legacy).
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
from pathlib import Path

from fieldmon.errors import (
    FieldMonError,
    VaultDamaged,
    VaultFull,
    VaultNotFound,
    VaultNotWritable,
)

__all__ = [
    "ATTEMPTS_FILE",
    "COMPARTMENTS",
    "KEY_FILE",
    "LEGACY_BLOB_DIR",
    "LEGACY_DB",
    "LEGACY_DECOY_BLOB_DIR",
    "LEGACY_DECOY_DB",
    "LOCK_FILE",
    "MAX_KEY_HEADER_BYTES",
    "MIN_FREE_BYTES",
    "PARTIAL",
    "blob_dir_name",
    "check_location",
    "compartment_files",
    "db_name",
    "default_vault_dir",
    "entry_kind",
    "make_private_dir",
    "read_small_file",
    "refusal",
    "sync_folder",
    "vault_files",
]

KEY_FILE = "vault.key"
LOCK_FILE = "vault.lock"
COMPARTMENTS = (1, 2)
"""The numbers of a vault's two compartments (real and decoy, in an order nobody can see)."""
# Vaults before key header version 3 (fieldmon.vault.legacy).
LEGACY_DB = "vault.db"
LEGACY_BLOB_DIR = "blobs"
LEGACY_DECOY_DB = "decoy.db"
LEGACY_DECOY_BLOB_DIR = "decoy-blobs"
ATTEMPTS_FILE = "vault.attempts"
"""The failed-unlock count and policy (JSON) of a vault not yet upgraded
(fieldmon.vault.attempts; version 3 keeps them in the key header)."""
# Suffix of a blob being written; renamed to its final name once complete and synced.
PARTIAL = ".partial"

MIN_FREE_BYTES = 1024 * 1024
"""Free space, in bytes (1 MiB), the disk holding a vault must have for FieldMon to open it:
room for the session's custody entries, its journal (WAL and its 32 KiB index) and the
failed-unlock count. FieldMon's own figure, generous for a session of views."""
MAX_KEY_HEADER_BYTES = 64 * 1024
"""The largest key header read, in bytes (64 KiB); one with four slots is under 1 KiB."""

NO_READ_ONLY_MODE = (
    "FieldMon does not open a vault it cannot write, as it could not log views, count failed"
    " unlocks or wipe it there; it has no read-only mode."
)
"""The end of every refusal of a vault that cannot be written."""


def db_name(compartment: int) -> str:
    """The database file of a compartment. :param compartment: 1 or 2. :return: its name."""
    return f"vault-{compartment}.db"


def blob_dir_name(compartment: int) -> str:
    """The blob folder of a compartment. :param compartment: 1 or 2. :return: its name."""
    return f"blobs-{compartment}"


def compartment_files(vault: Path, compartment: int) -> tuple[Path, Path]:
    """The database file and blob folder of a compartment.

    :param vault: the vault folder; :param compartment: 1 or 2, or 0 for the decoy of a vault
        not yet upgraded (``decoy.db``, ``decoy-blobs``).
    :return: (database, blob folder).
    """
    if compartment == 0:
        return vault / LEGACY_DECOY_DB, vault / LEGACY_DECOY_BLOB_DIR
    return vault / db_name(compartment), vault / blob_dir_name(compartment)


def _with_journals(name: str) -> tuple[str, str, str]:
    return name, name + "-wal", name + "-shm"


# What the vault folder may hold, and of which kind. Anything else in it is left alone.
_FILES = (
    KEY_FILE,
    *(f for n in COMPARTMENTS for f in _with_journals(db_name(n))),
    *_with_journals(LEGACY_DB),
    *_with_journals(LEGACY_DECOY_DB),
    LOCK_FILE,
    ATTEMPTS_FILE,
)
_FOLDERS = (*(blob_dir_name(n) for n in COMPARTMENTS), LEGACY_BLOB_DIR, LEGACY_DECOY_BLOB_DIR)


def default_vault_dir() -> Path:
    """The vault folder used when none is given: ``vault`` in the user's data folder.

    :return: for example ``~/.local/share/FieldMon/vault`` on Linux (platformdirs' rule);
        the folder may not exist yet.
    """
    from platformdirs import user_data_path

    return user_data_path("FieldMon", appauthor=False) / "vault"


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and its parents) if missing, and make it readable by its owner only.

    :param path: the folder; an existing folder is kept and set to mode 0700.
    :raises OSError: the folder cannot be created or its mode set.
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def sync_folder(folder: Path) -> None:
    """fsync(2) a folder, so that a file created, renamed or removed in it is on the disk.

    :param folder: the folder. :raises OSError: it cannot be opened or synced.
    """
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def vault_files(path: Path) -> list[Path]:
    """Every regular file below the vault folder ``path`` (for tests and permission checks).

    :return: the files, in no particular order; empty if the folder does not exist.
    """
    return [p for p in Path(path).rglob("*") if p.is_file()]


def entry_kind(mode: int) -> str:
    """What a file mode says a directory entry is, in words, for messages that refuse it.

    :param mode: ``st_mode`` of ``os.stat`` or ``os.lstat``.
    :return: "a file", "a folder", "a symbolic link", "a named pipe", "a socket",
        "a device", or "a special file" for any other kind.
    """
    for test, words in (
        (stat.S_ISREG, "a file"),
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISLNK, "a symbolic link"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
    ):
        if test(mode):
            return words
    return "a special file"


def _on_read_only_mount(place: Path) -> bool:
    """Whether ``place`` is on a file system mounted read-only (``ST_RDONLY`` of statvfs(3))."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:  # not POSIX: the write checks alone decide
        return False
    try:
        return bool(statvfs(place).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _where(vault: Path, place: Path) -> str:
    return f"The vault folder {vault}" if place == vault else f"{place.name} in the vault {vault}"


def _cannot_write(vault: Path, place: Path, read_only: bool) -> VaultNotWritable:
    if read_only:
        return VaultNotWritable(
            f"{_where(vault, place)} is on read-only media (write-protected?). {NO_READ_ONLY_MODE}"
        )
    return VaultNotWritable(
        f"{_where(vault, place)} cannot be written (permission denied). {NO_READ_ONLY_MODE}"
    )


def refusal(vault: Path, place: Path, error: OSError) -> FieldMonError | None:
    """The plain refusal for an error met while opening or writing ``place`` for the vault.

    :param vault: the vault folder.
    :param place: the file or folder that could not be written (the folder itself, or in it).
    :param error: what ``os.open``, ``mkdir`` or a write raised.
    :return: :class:`~fieldmon.errors.VaultFull` for ``ENOSPC``/``EDQUOT``,
        :class:`~fieldmon.errors.VaultNotWritable` for ``EROFS``, ``EACCES`` and ``EPERM``
        (errno(3)), :class:`~fieldmon.errors.VaultNotFound` for ``ENOTDIR`` (a file on the
        path), :class:`~fieldmon.errors.VaultDamaged` for ``EISDIR`` and ``ELOOP`` (a folder
        or a symbolic link where a file belongs); None for any other error, which the
        caller lets through.
    """
    code = error.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return VaultFull(
            f"The disk holding the vault {vault} is full; nothing was stored. Free some space"
            " and try again."
        )
    if code == errno.EROFS:
        return _cannot_write(vault, place, read_only=True)
    if code in (errno.EACCES, errno.EPERM):
        return _cannot_write(vault, place, read_only=_on_read_only_mount(place))
    if code == errno.ENOTDIR:
        return VaultNotFound(
            f"{place} cannot be reached: part of its path is a file, not a folder."
        )
    if code in (errno.EISDIR, errno.ELOOP):
        kind = "a folder" if code == errno.EISDIR else "a symbolic link"
        return VaultDamaged(f"{_where(vault, place)} is {kind}, not a file: nothing was changed.")
    return None


def check_location(path: Path, *, min_free: int = MIN_FREE_BYTES) -> None:
    """Refuse, before any passphrase is tried, a vault folder FieldMon could not work in.

    Checked in this order: the folder exists and is a folder (it may be reached through a
    symbolic link); each file and folder a vault holds is of its kind (never a symbolic link,
    a named pipe or a device, which could stall or mislead a read); the folder is not on a
    read-only mount (``ST_RDONLY``, statvfs(3)); the folder and everything checked in it may be
    read and written by this process (access(2)); the disk has ``min_free`` bytes free.

    :param path: the vault folder.
    :param min_free: the free space required, in bytes (:data:`MIN_FREE_BYTES`).
    :raises VaultNotFound: there is nothing at ``path``, or it is not a folder.
    :raises VaultDamaged: an entry of the vault is of the wrong kind.
    :raises VaultNotWritable: the folder or an entry cannot be written.
    :raises VaultFull: less than ``min_free`` bytes are free.
    """
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        raise VaultNotFound(f"No vault at {path}. Create one with 'fieldmon init'.") from None
    except PermissionError:
        raise _cannot_write(path, path, read_only=False) from None
    if not stat.S_ISDIR(mode):
        raise VaultNotFound(f"{path} is {entry_kind(mode)}, not a folder: there is no vault there.")
    read_only = _on_read_only_mount(path)
    if read_only or not os.access(path, os.R_OK | os.W_OK | os.X_OK):
        raise _cannot_write(path, path, read_only)
    for name in (*_FILES, *_FOLDERS):
        entry = path / name
        try:
            mode = os.lstat(entry).st_mode
        except FileNotFoundError:
            continue
        folder = name in _FOLDERS
        if not (stat.S_ISDIR(mode) if folder else stat.S_ISREG(mode)):
            raise VaultDamaged(
                f"{_where(path, entry)} is {entry_kind(mode)},"
                f" not {'a folder' if folder else 'a file'}: the vault was not opened."
            )
        if not os.access(entry, os.R_OK | os.W_OK | (os.X_OK if folder else 0)):
            raise _cannot_write(path, entry, _on_read_only_mount(entry))
    free = shutil.disk_usage(path).free
    if free < min_free:
        raise VaultFull(
            f"The disk holding the vault {path} is full ({free // 1024} KiB free, FieldMon needs"
            f" {min_free // 1024} KiB): the vault was not opened, as views could not be logged"
            " nor failed unlocks counted. Free some space first."
        )


def read_small_file(vault: Path, name: str, limit: int = MAX_KEY_HEADER_BYTES) -> bytes:
    """Read a small file of the vault (the key header) without following a symbolic link and
    without waiting on a named pipe, and only if it is a regular file of at most ``limit`` bytes.

    :param vault: the vault folder.
    :param name: the file's name in it.
    :param limit: the largest size accepted, in bytes.
    :return: the file's bytes.
    :raises FileNotFoundError: the file does not exist.
    :raises VaultDamaged: it is not a regular file, or is larger than ``limit``.
    :raises VaultNotWritable: it may not be read (permission denied).
    """
    file = vault / name
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(file, flags)
    except (PermissionError, IsADirectoryError) as error:
        raise refusal(vault, file, error) or error from None
    except OSError as error:
        if error.errno != errno.ELOOP:
            raise
        raise VaultDamaged(
            f"{_where(vault, file)} is a symbolic link, not a file: the vault was not opened."
        ) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise VaultDamaged(
                f"{_where(vault, file)} is {entry_kind(info.st_mode)}, not a file:"
                " the vault was not opened."
            )
        if info.st_size > limit:
            raise VaultDamaged(
                f"{_where(vault, file)} is {info.st_size} bytes, more than the {limit} bytes it"
                " can be: it is damaged, and the vault was not opened."
            )
        data = os.read(fd, limit + 1)
        chunks = [data]
        while data and sum(map(len, chunks)) <= limit:
            data = os.read(fd, limit + 1)
            chunks.append(data)
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    if len(raw) > limit:
        raise VaultDamaged(f"{_where(vault, file)} grew while it was read: it was not opened.")
    return raw
