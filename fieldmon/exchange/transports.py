"""Where packets travel: a folder (a USB stick, a sync folder) or a WebDAV collection.

Both hold only what docs/packets.md lists (age ciphertext, and the public organisation card),
under paths relative to their root. Every file is *write-once*: it is written under a temporary
name in its own folder, then renamed (a folder) or MOVEd with ``Overwrite: F`` (WebDAV,
RFC 4918 section 9.9) into place, so a reader never sees half a file and an existing name is
never overwritten. Writing the same part again after a kill is therefore harmless: parts are
content-addressed (same name, same bytes), and an envelope already in place stays.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import os
import secrets
import stat
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import httpx
from webdav4 import client as dav  # type: ignore[import-untyped]  # no py.typed marker

from fieldmon.errors import FieldMonError
from fieldmon.vault.regular import open_regular

__all__ = [
    "TEMP_PREFIX",
    "FolderTransport",
    "MissingFile",
    "Transport",
    "TransportError",
    "WebDAVTransport",
    "check_path",
    "plain_http_refusal",
]

TEMP_PREFIX = ".fieldmon-"
"""Temporary names start with this and end in ``.tmp``; :meth:`Transport.list` hides them."""
TIMEOUT_SECONDS = 60.0
"""How long a WebDAV request may wait to connect, or between two reads, before it fails."""


class TransportError(FieldMonError):
    """A destination cannot be read or written; the message is one line naming it (a folder,
    or a WebDAV server by its host only: never a password)."""


class MissingFile(TransportError):
    """The file asked for is not at the destination."""


class Transport(Protocol):
    """A place packets are written to and read from, by paths relative to its root."""

    def describe(self) -> str:
        """A short name for messages: the folder, or ``webdav://host/path`` (no password)."""
        ...

    def list(self, folder: str) -> list[str]:
        """Names directly in ``folder`` (temporary names hidden), sorted; [] if it is missing."""
        ...

    def read(self, path: str, limit: int | None = None) -> bytes:
        """The bytes of a file; :raises MissingFile: absent; :raises TransportError: larger
        than ``limit`` bytes, or unreadable."""
        ...

    def exists(self, path: str) -> bool:
        """Whether a file is at ``path``."""
        ...

    def write_once(self, path: str, data: bytes) -> None:
        """Write a file atomically under a temporary name, then move it into place; a file
        already at ``path`` is left as it is."""
        ...

    def delete(self, path: str) -> None:
        """Remove a file; a missing one is no error."""
        ...


LOOPBACK_HOSTS = ("127.0.0.1", "::1", "localhost")
"""Hosts a plain http:// URL may name: this computer only (RFC 6761 section 6.3, RFC 4291)."""


def plain_http_refusal(url: str) -> str | None:
    """Why a WebDAV URL may not carry a password, or None: plain ``http://`` sends it
    readable by anyone on the way (HTTP Basic, RFC 7617 section 4), so it is refused except to
    this computer (:data:`LOOPBACK_HOSTS`).

    :param url: the collection's URL.
    :return: one line saying to use https, or None when the URL is https or loopback.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() == "http" and (parts.hostname or "").lower() not in LOOPBACK_HOSTS:
        return (
            "a WebDAV password is never sent over plain http:// (anyone on the way could read"
            " it): use an https:// URL"
        )
    return None


def check_path(path: str, *, folder: bool = False) -> list[str]:
    """The components of a relative transport path, refusing any that could leave the root.

    :param path: ``packets/<id>/parts/<sha256>``...; ``""`` is the root (only as a folder).
    :param folder: whether the root itself is allowed.
    :return: the components.
    :raises TransportError: an absolute path, a backslash, ``..`` or ``.``, an empty or
        temporary component, or a NUL.
    """
    if path == "" and folder:
        return []
    parts = path.split("/")
    if (
        path.startswith("/")
        or "\\" in path
        or "\0" in path
        or any(p in ("", ".", "..") or p.startswith(TEMP_PREFIX) for p in parts)
    ):
        raise TransportError(f"refused transport path {path!r}: it must stay inside the root")
    return parts


def _temp_name(name: str) -> str:
    return f"{TEMP_PREFIX}{secrets.token_hex(8)}-{name[:40]}.tmp"


def _visible(names: list[str]) -> list[str]:
    return sorted(n for n in names if not (n.startswith(TEMP_PREFIX) and n.endswith(".tmp")))


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (FAT on a USB stick, on some kernels) refuse it
        pass
    finally:
        os.close(fd)


class FolderTransport:
    """A folder on this computer: a USB stick, or a Syncthing or Nextcloud sync folder.

    :param root: the folder; created (and its subfolders) when something is written.
    """

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def describe(self) -> str:
        """The folder's path."""
        return str(self.root)

    def _path(self, path: str, *, folder: bool = False) -> Path:
        return self.root.joinpath(*check_path(path, folder=folder))

    def _fail(self, what: str, error: OSError) -> TransportError:
        return TransportError(f"{self.root}: cannot {what} ({error.strerror or error})")

    def _no_link(self, target: Path, path: str) -> os.stat_result:
        """``os.lstat`` of ``target`` after checking that neither it nor a folder between the
        root and it is a symbolic link (which could lead out of the mailbox).

        :raises TransportError: one of them is a symbolic link.
        :raises OSError: as ``os.lstat`` (FileNotFoundError: missing).
        """
        current = self.root
        for name in target.relative_to(self.root).parts:
            current = current / name
            found = os.lstat(current)
            if stat.S_ISLNK(found.st_mode):
                raise TransportError(
                    f"{self.root}: {path} goes through a symbolic link, which is not followed"
                )
        return os.lstat(target)

    def list(self, folder: str) -> list[str]:
        """Names directly in ``folder``, sorted, without temporary ones; [] if missing."""
        target = self._path(folder, folder=True)
        try:
            self._no_link(target, folder or ".")
            return _visible(os.listdir(target))
        except (FileNotFoundError, NotADirectoryError):
            return []
        except OSError as error:
            raise self._fail(f"list {folder or '.'}", error) from None

    def read(self, path: str, limit: int | None = None) -> bytes:
        """The bytes of a file.

        :param limit: refuse a file larger than this many bytes (read no more than that).
        :raises MissingFile: no such file.
        :raises TransportError: larger than ``limit``, or unreadable.
        """
        target = self._path(path)
        try:
            seen = self._no_link(target, path)
            with open_regular(target) as handle:
                opened = os.fstat(handle.fileno())
                if (opened.st_dev, opened.st_ino) != (seen.st_dev, seen.st_ino):
                    raise TransportError(f"{self.root}: {path} changed while it was opened")
                data = handle.read() if limit is None else handle.read(limit + 1)
        except FileNotFoundError:
            raise MissingFile(f"{self.root}: {path} is missing") from None
        except OSError as error:
            raise self._fail(f"read {path}", error) from None
        if limit is not None and len(data) > limit:
            raise TransportError(f"{self.root}: {path} is larger than {limit} bytes")
        return data

    def exists(self, path: str) -> bool:
        """Whether a regular file is at ``path`` (not a link, a pipe or a device: those are
        never opened, so a pipe cannot make a reader wait)."""
        target = self._path(path)
        try:
            return stat.S_ISREG(self._no_link(target, path).st_mode)
        except (OSError, TransportError):
            return False

    def write_once(self, path: str, data: bytes) -> None:
        """Write ``data`` to a temporary name in the same folder, fsync it, link it to
        ``path`` only if nothing is there (a hard link never replaces a file), remove the
        temporary name and fsync the folder. Where hard links are not supported (FAT),
        :func:`os.replace` after a check that ``path`` is still free.

        :raises TransportError: the folder cannot be written (full, read-only...).
        """
        target = self._path(path)
        if target.exists():
            return
        temp = target.with_name(_temp_name(target.name))
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                with os.fdopen(fd, "wb", closefd=False) as handle:
                    handle.write(data)
                    handle.flush()
                    os.fsync(fd)
            finally:
                os.close(fd)
            try:
                os.link(temp, target)
            except FileExistsError:
                pass
            except OSError as error:
                if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                    raise
                if not target.exists():
                    os.replace(temp, target)
            temp.unlink(missing_ok=True)
            _fsync_dir(target.parent)
        except OSError as error:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            raise self._fail(f"write {path}", error) from None

    def delete(self, path: str) -> None:
        """Remove a file; a missing one is no error."""
        try:
            self._path(path).unlink(missing_ok=True)
        except OSError as error:
            raise self._fail(f"delete {path}", error) from None


class WebDAVTransport:
    """A WebDAV collection (Nextcloud, ownCloud, any RFC 4918 server), through ``webdav4``.

    :param url: the collection's http(s) URL; everything goes below it.
    :param username: the account's user name.
    :param password: its password (kept only in memory here; stored in the vault).
    :param timeout: seconds to wait to connect or between reads (:data:`TIMEOUT_SECONDS`).
    """

    def __init__(
        self, url: str, username: str, password: str, timeout: float = TIMEOUT_SECONDS
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise TransportError("a WebDAV destination needs an http:// or https:// URL")
        refusal = plain_http_refusal(url)
        if refusal is not None:
            raise TransportError(refusal)
        self.host = parts.hostname
        self._label = f"webdav://{parts.hostname}{parts.path.rstrip('/')}"
        base = url if url.endswith("/") else url + "/"
        self._client = dav.Client(base, auth=(username, password), timeout=timeout, retry=True)
        self._folders: set[str] = set()

    def describe(self) -> str:
        """``webdav://host/path``: the server's host and the collection, no user or password."""
        return self._label

    def _fail(self, what: str, error: Exception) -> TransportError:
        if isinstance(error, dav.HTTPError) and error.status_code in (401, 403):
            why = "the user name or password was refused"
        elif isinstance(error, dav.HTTPError):
            why = f"HTTP {error.status_code}"
        elif isinstance(error, httpx.TimeoutException):
            why = "it did not answer in time"
        elif isinstance(error, httpx.ConnectError):
            why = "it cannot be reached"
        else:
            why = type(error).__name__
        return TransportError(f"WebDAV server {self.host}: cannot {what}: {why}")

    def probe(self) -> None:
        """Ask the server once for the collection itself (PROPFIND, RFC 4918 section 9.1),
        before anything is stored about it: the account is accepted and the collection exists.

        :raises TransportError: in one line naming the host only: the user name or password
            was refused (HTTP 401 or 403), the server cannot be reached or did not answer in
            time, any other HTTP failure, or no collection at the URL (404).
        """
        try:
            self._client.ls("", detail=False)
        except dav.ResourceNotFound:
            raise TransportError(
                f"WebDAV server {self.host}: no collection at {self._label}"
            ) from None
        except (dav.ClientError, httpx.HTTPError) as error:
            raise self._fail("open the collection", error) from None

    def list(self, folder: str) -> list[str]:
        """Names directly in ``folder``, sorted, without temporary ones; [] if missing."""
        check_path(folder, folder=True)
        try:
            found = self._client.ls(folder, detail=False)
        except dav.ResourceNotFound:
            return []
        except (dav.ClientError, httpx.HTTPError) as error:
            raise self._fail(f"list {folder or '.'}", error) from None
        names: builtins.list[str] = [str(n).rstrip("/").rsplit("/", 1)[-1] for n in found]
        return _visible(names)

    def read(self, path: str, limit: int | None = None) -> bytes:
        """The bytes of a file, by one GET streamed up to ``limit`` bytes.

        :raises MissingFile: no such file (404).
        :raises TransportError: larger than ``limit``, or the server fails.
        """
        check_path(path)
        url = self._client.join_url(path)
        try:
            with self._client.http.stream("GET", url) as response:
                if response.status_code == 404:
                    raise MissingFile(f"WebDAV server {self.host}: {path} is missing")
                response.raise_for_status()
                chunks: builtins.list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if limit is not None and size > limit:
                        raise TransportError(
                            f"WebDAV server {self.host}: {path} is larger than {limit} bytes"
                        )
                    chunks.append(chunk)
        except httpx.HTTPStatusError as error:
            status = error.response.status_code
            why = "the user name or password was refused" if status in (401, 403) else status
            raise TransportError(f"WebDAV server {self.host}: cannot read {path}: {why}") from None
        except httpx.HTTPError as error:
            raise self._fail(f"read {path}", error) from None
        return b"".join(chunks)

    def exists(self, path: str) -> bool:
        """Whether a resource is at ``path`` (PROPFIND)."""
        check_path(path)
        try:
            return bool(self._client.exists(path))
        except (dav.ClientError, httpx.HTTPError) as error:
            raise self._fail(f"look for {path}", error) from None

    def _make_folders(self, parts: builtins.list[str]) -> None:
        for depth in range(1, len(parts)):
            folder = "/".join(parts[:depth])
            if folder in self._folders:
                continue
            with contextlib.suppress(dav.ResourceAlreadyExists):
                self._client.mkdir(folder)
            self._folders.add(folder)

    def write_once(self, path: str, data: bytes) -> None:
        """MKCOL the folders, PUT ``data`` to a temporary name beside ``path``, then MOVE it
        with ``Overwrite: F`` (RFC 4918 sections 9.3, 9.7, 9.9); a resource already at
        ``path`` is left alone and the temporary one removed.

        :raises TransportError: the server refuses or cannot be reached.
        """
        parts = check_path(path)
        temp = "/".join([*parts[:-1], _temp_name(parts[-1])])
        try:
            if self._client.exists(path):
                return
            self._make_folders(parts)
            url = self._client.join_url(temp)
            response = self._client.http.put(
                url, content=data, headers={"Content-Length": str(len(data))}
            )
            response.raise_for_status()
            try:
                self._client.move(temp, path, overwrite=False)
            except dav.ResourceAlreadyExists:
                self._client.remove(temp)
        except httpx.HTTPStatusError as error:
            status = error.response.status_code
            why = "the user name or password was refused" if status in (401, 403) else status
            raise TransportError(f"WebDAV server {self.host}: cannot write {path}: {why}") from None
        except (dav.ClientError, httpx.HTTPError) as error:
            raise self._fail(f"write {path}", error) from None

    def delete(self, path: str) -> None:
        """Remove a resource; a missing one is no error."""
        check_path(path)
        try:
            self._client.remove(path)
        except dav.ResourceNotFound:
            pass
        except dav.HTTPError as error:
            if error.status_code != 404:
                raise self._fail(f"delete {path}", error) from None
        except (dav.ClientError, httpx.HTTPError) as error:
            raise self._fail(f"delete {path}", error) from None
