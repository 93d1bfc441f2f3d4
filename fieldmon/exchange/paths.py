"""Evidence file names in fieldmon-case/1 files: which a file may name on import, and which
names an export writes.

On import, an evidence record's ``file`` is a plain relative path (``/`` between folders) that
must lead, after every symbolic link is followed, to a regular file inside the folder of the
case file: a crafted case file must not make FieldMon read ``/etc/passwd``, ``/proc/self/environ``
or a device into the vault as evidence. On export, a stored name is never trusted: each file
is written under a plain name, made from the last part of the stored one, directly in the
folder the user chose (issue 11; docs/interchange.md, "Evidence file names").
"""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from pathlib import Path

from fieldmon.vault.layout import entry_kind

__all__ = [
    "MAX_NAME_BYTES",
    "MAX_PATH_CHARS",
    "BadPath",
    "ExportNames",
    "evidence_source",
    "safe_name",
    "shown",
]

MAX_NAME_BYTES = 255
"""The longest part of a path (a file or folder name), in bytes of UTF-8: NAME_MAX of Linux,
macOS and Windows file systems (ext4, APFS, NTFS: 255)."""

MAX_PATH_CHARS = 1024
"""The longest ``file`` value read, in characters (POSIX ``PATH_MAX`` of macOS; 4096 on
Linux)."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DRIVE = re.compile(r"^[A-Za-z]:")
# Characters Windows does not allow in a name (Microsoft, "Naming Files, Paths, and
# Namespaces"), path separators, and control characters.
# Line and paragraph separators, unpaired surrogates (no file system can name them) and the
# bidirectional controls that make "gpj.exe" look like "exe.jpg" (Unicode TR #9) go too.
_UNSAFE = re.compile(
    r'[\x00-\x1f\x7f-\x9f/\\:*?"<>|\u2028\u2029\ud800-\udfff'
    r"\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_OUTSIDE = "leads outside the case file's folder (through a symbolic link)"
_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {f"{p}{n}" for p in ("COM", "LPT") for n in "123456789"}


class BadPath(Exception):
    """A ``file`` value that may not be read as evidence; the message says why, in words that
    follow the quoted value ("goes up a folder (..)")."""


def shown(value: str, most: int = 80) -> str:
    """A value as a message quotes it: ``repr`` (so a newline or a control character shows as
    an escape and the message stays one line), cut to about ``most`` characters.

    :param value: the text to show.
    :param most: the most characters of the value shown.
    :return: the quoted text, with ``…`` and the full length when cut.
    """
    if len(value) <= most:
        return repr(value)
    return f"{value[:most]!r}… ({len(value)} characters)"


def _check_form(value: str) -> None:
    """Refuse a value that is not a plain relative path, before the file system is asked."""
    if value == "":
        raise BadPath("is empty")
    if len(value) > MAX_PATH_CHARS:
        raise BadPath(f"is longer than {MAX_PATH_CHARS} characters")
    if "\x00" in value:
        raise BadPath("contains a NUL character")
    if re.search(r"[\ud800-\udfff]", value):
        raise BadPath("contains an unpaired surrogate, which no file name holds")
    if _CONTROL.search(value):
        raise BadPath("contains a control character (such as a line break)")
    if "\\" in value:
        raise BadPath("contains a backslash; folders in a path are separated by /")
    if _DRIVE.match(value):
        raise BadPath("starts with a drive letter; give a path relative to the case file")
    if value.startswith("/"):
        raise BadPath("is an absolute path; give a path relative to the case file")
    for part in value.split("/"):
        if part == "..":
            raise BadPath("goes up a folder (..); the file must be inside the case file's folder")
        if part in ("", "."):
            raise BadPath("is not a plain relative path (an empty or '.' part)")
        if len(part.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
            raise BadPath(f"has a name longer than {MAX_NAME_BYTES} bytes")


def evidence_source(folder: Path, value: str) -> Path | None:
    """Where the evidence file named ``value`` in a case file in ``folder`` is, if allowed.

    Allowed: a plain relative path (no ``..``, no leading ``/``, no backslash or drive letter,
    no control character, parts at most `MAX_NAME_BYTES` bytes) that resolves, after following
    every symbolic link (also of its folders), to a regular file inside ``folder`` (itself
    resolved). Nothing is opened: the kind of file is taken with stat(2), so a named pipe or a
    device is refused without blocking.

    :param folder: the folder of the case file.
    :param value: the evidence record's ``file``.
    :return: the resolved path of the file to store, or None when nothing at all is there
        (the caller decides whether a missing file is allowed).
    :raises BadPath: the value may not be read, with the reason.
    """
    _check_form(value)
    base = Path(os.path.realpath(folder))
    candidate = base / value
    try:
        os.lstat(candidate)
    except (FileNotFoundError, NotADirectoryError):
        # Nothing there; but a link among its folders must not lead out either.
        if not Path(os.path.realpath(candidate)).is_relative_to(base):
            raise BadPath(
                "leads outside the case file's folder (through a symbolic link)"
            ) from None
        return None
    except OSError as error:
        raise BadPath(f"cannot be examined ({error.strerror})") from None
    try:
        real = Path(os.path.realpath(candidate, strict=True))
    except FileNotFoundError:
        raise BadPath("is a symbolic link to nothing") from None
    except (OSError, RuntimeError) as error:
        reason = getattr(error, "strerror", None) or "a loop of symbolic links"
        raise BadPath(f"cannot be followed ({reason})") from None
    if not real.is_relative_to(base):
        raise BadPath(_OUTSIDE)
    try:
        mode = os.stat(real).st_mode
    except OSError as error:
        raise BadPath(f"cannot be examined ({error.strerror})") from None
    if not stat.S_ISREG(mode):
        raise BadPath(f"is {entry_kind(mode)}, not a file")
    if not os.access(real, os.R_OK):
        raise BadPath("cannot be read (permission denied)")
    return real


def safe_name(value: str) -> str:
    """A plain file name for an exported evidence file, whatever the stored name says.

    The last part of the name (after any ``/`` or ``\\``), in Unicode NFC; control
    characters, line separators, unpaired surrogates, bidirectional controls (Unicode TR #9),
    separators and the characters Windows refuses (``:*?"<>|``) become ``_``;
    leading dots and spaces are dropped (no hidden file, no ``..``) and trailing ones too
    (Windows drops them); a name Windows reserves (``CON``, ``NUL``, ``COM1``…) gets a ``_``
    in front; the name is cut to 200 bytes of UTF-8, keeping a short extension. An empty
    result becomes ``evidence``.

    :param value: the stored ``file`` of an evidence record (any text).
    :return: the name to write, never empty, never a path.
    """
    last = re.split(r"[/\\]", unicodedata.normalize("NFC", value))[-1]
    name = _UNSAFE.sub("_", last).strip(". ")
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem or len(extension) > 16:
        stem, dot, extension = name, "", ""
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    limit = 200 - len(dot + extension)
    while len(stem.encode("utf-8", "replace")) > limit:
        stem = stem[:-1]
    name = (stem + dot + extension).strip(". ")
    return name or "evidence"


class ExportNames:
    """Names handed out for one export: each `safe_name`, made unique in the folder even on a
    file system that ignores case or normalisation (``Photo.jpg`` and ``photo.jpg`` become
    ``Photo.jpg`` and ``photo (2).jpg``).

    :param reserved: names already taken (the JSON file itself).
    """

    def __init__(self, reserved: tuple[str, ...] = ()) -> None:
        self._taken = {self._key(name) for name in reserved}

    @staticmethod
    def _key(name: str) -> str:
        return unicodedata.normalize("NFC", name).casefold()

    def name(self, value: str) -> str:
        """The name under which the file stored as ``value`` is written.

        :param value: the stored ``file``.
        :return: a safe name, not handed out before by this object.
        """
        name = safe_name(value)
        stem, dot, extension = name.rpartition(".")
        if not dot:
            stem, extension = name, ""
        number = 1
        while self._key(name) in self._taken:
            number += 1
            name = f"{stem} ({number}){dot}{extension}"
        self._taken.add(self._key(name))
        return name
