"""The vault's signing identities: the monitor's key and certificate, and the root above it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldmon.crypto import identity
from fieldmon.crypto.signing import SigningKey
from fieldmon.errors import FieldMonError
from fieldmon.vault.custody import utc_now

DEFAULT_NAME = "FieldMon monitor"
"""The monitor's name in a certificate when none was given."""


@dataclass(frozen=True)
class Identity:
    """Who signs for this vault: the monitor's name and certificate, and the root above it.

    :ivar name: the monitor's name, as in the certificate.
    :ivar organisation: the organisation, or None.
    :ivar monitor_cert: the monitor's X.509 certificate, DER.
    :ivar root_cert: the root's X.509 certificate (RFC 5280), DER.
    """

    name: str
    organisation: str | None
    monitor_cert: bytes
    root_cert: bytes
    """The trust anchor recipients are given: this vault's own root or the organisation's."""
    own_root: bool
    """Whether the root was made by this vault (else installed from headquarters)."""


def _key(conn: Any, purpose: str) -> SigningKey | None:
    row = conn.execute(
        "SELECT private_key, public_key FROM signing_keys WHERE purpose = ?"
        " ORDER BY rid DESC LIMIT 1",
        (purpose,),
    ).fetchone()
    return SigningKey(bytes(row[0]), bytes(row[1])) if row else None


def _store_key(conn: Any, key: SigningKey, purpose: str) -> None:
    conn.execute(
        "INSERT INTO signing_keys (purpose, private_key, public_key, fingerprint, created_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (purpose, key.private_der, key.public_der, key.fingerprint, utc_now()),
    )


def _store_cert(conn: Any, purpose: str, der: bytes) -> None:
    conn.execute(
        "INSERT INTO certificates (purpose, der, fingerprint, subject, installed_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (purpose, der, identity.cert_fingerprint(der), identity.describe(der).subject, utc_now()),
    )


def set_up(conn: Any, name: str | None = None, organisation: str | None = None) -> None:
    """Give the monitor's key a name and a certificate from a new root of this vault.

    Used when a vault is created and when an older vault reaches schema version 4. It replaces
    any root and certificate the vault made for itself before (a new vault has signed nothing
    with them yet). The caller holds the transaction.

    :param conn: an open vault database connection, inside a transaction.
    :param name: the monitor's name; when None, the name stored with the key, else
        :data:`DEFAULT_NAME`.
    :param organisation: the organisation; when None, the one stored with the key, if any.
    :raises FieldMonError: when the vault has no monitor key.
    """
    monitor = _key(conn, "monitor")
    if monitor is None:
        raise FieldMonError("This vault has no monitor key to certify.")
    row = conn.execute(
        "SELECT display_name, organisation FROM signing_keys WHERE fingerprint = ?",
        (monitor.fingerprint,),
    ).fetchone()
    name = name or (row[0] if row and row[0] else DEFAULT_NAME)
    organisation = organisation or (row[1] if row else None)
    conn.execute(
        "UPDATE signing_keys SET display_name = ?, organisation = ? WHERE fingerprint = ?",
        (name, organisation, monitor.fingerprint),
    )
    conn.execute("DELETE FROM certificates")
    conn.execute("DELETE FROM signing_keys WHERE purpose = 'root'")
    root_key = SigningKey.generate()
    _store_key(conn, root_key, "root")
    root = identity.make_root(root_key, organisation)
    _store_cert(conn, "root", root)
    _store_cert(
        conn,
        "monitor",
        identity.issue_monitor(root, root_key, monitor.public_der, name, organisation),
    )


def current(conn: Any) -> Identity:
    """The vault's signing identity as it stands.

    :param conn: an open vault database connection.
    :return: the monitor's name, organisation and certificates.
    :raises FieldMonError: when the vault has no monitor or root certificate yet.
    """
    certs: dict[str, bytes] = {}
    for purpose, der in conn.execute("SELECT purpose, der FROM certificates ORDER BY rid"):
        certs[str(purpose)] = bytes(der)
    row = conn.execute(
        "SELECT display_name, organisation FROM signing_keys WHERE purpose = 'monitor'"
        " ORDER BY rid DESC LIMIT 1"
    ).fetchone()
    if "monitor" not in certs or "root" not in certs:
        raise FieldMonError("This vault has no signing certificate yet.")
    return Identity(
        name=str(row[0] or DEFAULT_NAME),
        organisation=row[1],
        monitor_cert=certs["monitor"],
        root_cert=certs["root"],
        own_root=_key(conn, "root") is not None,
    )


def csr(conn: Any) -> bytes:
    """A certificate signing request for the monitor's key, for a headquarters' own root.

    A thin wrapper over :func:`fieldmon.crypto.identity.make_csr` with the current name and
    organisation.

    :param conn: an open vault database connection.
    :return: a PKCS#10 request (RFC 2986), PEM.
    :raises FieldMonError: when the vault has no signing certificate yet (see :func:`current`).
    """
    me = current(conn)
    monitor = _key(conn, "monitor")
    assert monitor is not None
    return identity.make_csr(monitor, me.name, me.organisation)


def install(conn: Any, pem_data: bytes) -> Identity:
    """Install a monitor certificate issued by headquarters, with the root that issued it.

    The PEM must hold the monitor's certificate (for this vault's key) and the issuing root.
    The vault's own root key is deleted: it must not sign anything again. The caller holds the
    transaction.

    :param conn: an open vault database connection, inside a transaction.
    :param pem_data: the contents of a PEM file with X.509 certificates.
    :return: the identity now installed.
    :raises FieldMonError: when the file holds no PEM certificate, none for this vault's key,
        or not the root that issued it.
    """
    try:
        chain = identity.load_pem_chain(pem_data)
    except ValueError:
        raise FieldMonError("The file holds no PEM certificate.") from None
    monitor = _key(conn, "monitor")
    assert monitor is not None
    mine = [c for c in chain if identity.public_key_der(c) == monitor.public_der]
    if not mine:
        raise FieldMonError(
            "None of the certificates in the file is for this vault's key; was it issued from"
            " this vault's request (fieldmon identity csr)?"
        )
    roots = [c for c in chain if c is not mine[0] and identity.issued_by(mine[0], c)]
    if not roots:
        raise FieldMonError(
            "The file must also hold the root certificate that issued the monitor's certificate."
        )
    conn.execute("DELETE FROM certificates")
    # This vault's own root is no longer the anchor: its key must not sign anything again.
    conn.execute("DELETE FROM signing_keys WHERE purpose = 'root'")
    _store_cert(conn, "root", roots[0])
    _store_cert(conn, "monitor", mine[0])
    return current(conn)
