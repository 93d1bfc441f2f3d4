"""Named destinations of packets: a folder, or a WebDAV collection with its account.

Kept in the vault's ``destinations`` table (migration 0012), inside the encrypted database: a
WebDAV password is never in a configuration file, an argument or the environment. Listing a
destination never shows its password.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from fieldmon.errors import FieldMonError, NotFound
from fieldmon.exchange.transports import (
    FolderTransport,
    Transport,
    WebDAVTransport,
    plain_http_refusal,
)
from fieldmon.vault.custody import utc_now
from fieldmon.vault.store import Vault

__all__ = ["Destination", "add", "entries", "open_transport", "redact", "remove", "resolve"]

_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")

_USERINFO = re.compile(r"(?:^|(?<=//)|(?<=:/)|(?<=\s))[^/\s?#]*@")
"""The userinfo of a URL (RFC 3986 section 3.2.1: up to the last ``@`` of the authority), also
in a malformed one (one slash, no scheme)."""


def redact(text: str) -> str:
    """``text`` with any URL's userinfo (``user:password@``) replaced by ``***@``, for messages.

    :param text: what a person typed, or a message quoting it.
    :return: the same text without user names or passwords in URLs.
    """
    return _USERINFO.sub("***@", text)


@dataclass(frozen=True)
class Destination:
    """A stored destination, without its password.

    :ivar name: how commands name it (``--to NAME``).
    :ivar kind: ``folder`` or ``webdav``.
    :ivar location: the folder's absolute path, or the collection's URL.
    :ivar username: the WebDAV account, or None.
    :ivar created_at: when it was added (UTC ISO 8601).
    """

    name: str
    kind: str
    location: str
    username: str | None
    created_at: str


def _webdav_url(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FieldMonError(f"not an http:// or https:// URL: {redact(url)}")
    if parts.username or parts.password:
        raise FieldMonError("put the user name in --user, never in the URL")
    refusal = plain_http_refusal(url)
    if refusal is not None:
        raise FieldMonError(refusal)
    return url.rstrip("/") + "/"


def _refuse_taken(vault: Vault, name: str) -> None:
    """Refuse a destination name already stored.

    :raises FieldMonError: it is.
    """
    with vault.transaction():
        if vault.conn.execute("SELECT 1 FROM destinations WHERE name = ?", (name,)).fetchone():
            raise FieldMonError(f"a destination named {redact(name)} already exists")


def add(
    vault: Vault,
    name: str,
    *,
    folder: Path | None = None,
    webdav_url: str | None = None,
    username: str | None = None,
    password: str | None = None,
    check: bool = False,
) -> Destination:
    """Store a destination: a folder, or a WebDAV collection with its user name and password.

    With ``check``, a WebDAV destination is stored only after the server answered once for
    the collection with that account (:meth:`WebDAVTransport.probe`, a PROPFIND): so a wrong
    password is found now, not at the first send. Without it (a laptop set up before
    travelling, offline), it is stored untried. This makes a network call: not in a GUI thread.

    :param vault: the open vault.
    :param name: letters, digits, ``.``, ``_``, ``-`` (at most 64), starting with a letter or
        digit.
    :param folder: an existing folder (a USB stick, a sync folder).
    :param webdav_url: an http(s) URL of a WebDAV collection (RFC 4918).
    :param username: the WebDAV account (with ``webdav_url``).
    :param password: its password (with ``webdav_url``), kept only in the vault.
    :return: the destination stored.
    :param check: try the WebDAV server first (see above); ignored for a folder.
    :raises FieldMonError: a bad name, a name already used, neither or both of folder and URL,
        a folder that does not exist, a bad URL, or a WebDAV destination without user name or
        password; with ``check``, the server refused the account, cannot be reached or has no
        such collection (:class:`TransportError`). Nothing is stored then.
    """
    if not _NAME.fullmatch(name):
        raise FieldMonError("a destination's name is letters, digits, '.', '_' or '-' (at most 64)")
    if (folder is None) == (webdav_url is None):
        raise FieldMonError("a destination is either a folder or a WebDAV URL")
    if folder is not None:
        location = str(Path(folder).expanduser().resolve())
        if not Path(location).is_dir():
            raise FieldMonError(f"{redact(str(folder))} is not a folder")
        kind, username, password = "folder", None, None
    else:
        assert webdav_url is not None
        location = _webdav_url(webdav_url)
        if not username or not password:
            raise FieldMonError("a WebDAV destination needs a user name and a password")
        kind = "webdav"
    if kind == "webdav" and check:
        _refuse_taken(vault, name)  # before the network: a name already used needs no server
        WebDAVTransport(location, username or "", password or "").probe()
    created = utc_now()
    with vault.transaction():
        if vault.conn.execute("SELECT 1 FROM destinations WHERE name = ?", (name,)).fetchone():
            raise FieldMonError(f"a destination named {redact(name)} already exists")
        vault.conn.execute(
            "INSERT INTO destinations (name, kind, location, username, password, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (name, kind, location, username, password, created),
        )
    return Destination(name, kind, location, username, created)


def entries(vault: Vault) -> list[Destination]:
    """Every stored destination, by name (never a password)."""
    with vault.transaction():
        rows = vault.conn.execute(
            "SELECT name, kind, location, username, created_at FROM destinations ORDER BY name"
        ).fetchall()
    return [Destination(str(r[0]), str(r[1]), str(r[2]), r[3], str(r[4])) for r in rows]


def remove(vault: Vault, name: str) -> None:
    """Forget a destination and its password.

    :raises NotFound: no destination has that name.
    """
    with vault.transaction():
        gone = vault.conn.execute("DELETE FROM destinations WHERE name = ?", (name,)).rowcount
    if not gone:
        raise NotFound(f"no destination named {redact(name)}")


def _stored(vault: Vault, spec: str) -> tuple[str, str, str, str | None, str | None] | None:
    with vault.transaction():
        row = vault.conn.execute(
            "SELECT name, kind, location, username, password FROM destinations WHERE name = ?",
            (spec,),
        ).fetchone()
        if row is None and spec.startswith(("http://", "https://")):
            row = vault.conn.execute(
                "SELECT name, kind, location, username, password FROM destinations"
                " WHERE kind = 'webdav' AND location = ?",
                (spec.rstrip("/") + "/",),
            ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]), str(row[2]), row[3], row[4])


def resolve(vault: Vault, spec: str) -> str:
    """What the outbox records for ``spec``: a stored destination's name, else the folder's
    absolute path.

    :raises FieldMonError: as :func:`open_transport`.
    """
    found = _stored(vault, spec)
    if found is not None:
        return found[0]
    open_transport(vault, spec)
    return str(Path(spec).expanduser().resolve())


def open_transport(vault: Vault, spec: str) -> Transport:
    """The transport of a destination.

    :param vault: the open vault.
    :param spec: a stored destination's name; the http(s) URL of a stored WebDAV destination
        (its password is in the vault); or the path of an existing folder.
    :return: a :class:`FolderTransport` or :class:`WebDAVTransport`.
    :raises FieldMonError: a URL with no stored destination (add one first: the password is
        never taken from the command line), or no such destination or folder.
    """
    found = _stored(vault, spec)
    if found is not None:
        _, kind, location, username, password = found
        if kind == "webdav":
            return WebDAVTransport(location, username or "", password or "")
        if not Path(location).is_dir():
            raise FieldMonError(
                f"the folder of destination {redact(spec)} is not there: {redact(location)}"
            )
        return FolderTransport(Path(location))
    if spec.startswith(("http://", "https://")):
        raise FieldMonError(
            "no stored destination has that URL: add it with fieldmon destination add NAME"
            " --webdav URL --user NAME"
        )
    folder = Path(spec).expanduser()
    if not folder.is_dir():
        raise FieldMonError(f"no destination named {redact(spec)}, and no such folder")
    return FolderTransport(folder.resolve())
