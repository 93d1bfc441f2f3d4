"""Headquarters mode (docs/headquarters.md): a vault that issues the organisation card, certifies
monitors and reads what they send.

A vault becomes headquarters with :func:`init_hq` when it still holds its own root key (made
at ``fieldmon init``): that root becomes the organisation's. Headquarters gets an age X25519
identity of its own (kept in the vault's ``age_identities``, purpose ``hq``), which is the
card's first reader. Every change of the card (a revocation, a reader added or removed) is a
new serial signed by the root key; monitors accept it only from the same root.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pyrage
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from fieldmon.crypto import identity
from fieldmon.crypto.signing import SigningKey
from fieldmon.errors import ExchangeRefused, FieldMonError
from fieldmon.exchange.card import MAX_CARD_BYTES, OrgCard, read_card, sign_card
from fieldmon.exchange.signed import b64encode
from fieldmon.vault import identities
from fieldmon.vault.custody import utc_now

if TYPE_CHECKING:
    from fieldmon.exchange.transports import Transport
    from fieldmon.vault.store import Vault

HQ_META = "hq"
"""The vault_meta key whose presence makes a vault headquarters (its value: the organisation)."""
PURPOSE = "hq"
"""The purpose of headquarters' own age identity in ``age_identities``."""
CARD_PATH = "card.json"
"""Where a transport holds the published card (docs/packets.md, transport layout)."""
MAX_CSR_BYTES = 64 * 1024
"""A certificate request larger than this (bytes) is refused before it is parsed."""
MAX_NAME_CHARS = 64
"""The longest monitor name headquarters may give (RFC 5280 appendix A, ub-common-name)."""


def is_hq(vault: Vault) -> bool:
    """Whether this vault is headquarters.

    :param vault: the open vault.
    :return: True after :func:`init_hq`.
    """
    with vault.transaction():
        row = vault.conn.execute("SELECT 1 FROM vault_meta WHERE key = ?", (HQ_META,)).fetchone()
    return row is not None


def hq_identities(vault: Vault) -> list[str]:
    """Headquarters' age identities, to decrypt what monitors send.

    :param vault: the open vault.
    :return: age X25519 secret keys (``AGE-SECRET-KEY-1...``), oldest first; empty when the
        vault is not headquarters.
    """
    with vault.transaction():
        rows = vault.conn.execute(
            "SELECT secret FROM age_identities WHERE purpose = ? ORDER BY rid", (PURPOSE,)
        ).fetchall()
    return [str(row[0]) for row in rows]


def _recipient(recipient: str, what: str) -> str:
    recipient = recipient.strip()
    try:
        pyrage.x25519.Recipient.from_str(recipient)
    except Exception:
        raise ExchangeRefused(f"{what} is not an age X25519 recipient (age1...)") from None
    return recipient


def init_hq(
    vault: Vault,
    organisation: str,
    readers: Sequence[tuple[str, str]],
    escrow: tuple[str, str],
) -> OrgCard:
    """Make this vault headquarters and issue the organisation card, serial 1.

    The vault's own root becomes the organisation's root; headquarters' new age identity is
    the first reader, then ``readers``; ``escrow`` is the recipient whose secret is kept
    offline; the vault's own certificate, which signs receipts, is the card's one receipt
    signer. All in one transaction: on a refusal nothing changes.

    :param vault: the open vault; it must still hold its own root key.
    :param organisation: the organisation's name, as the card shows it.
    :param readers: further readers as (name, age recipient).
    :param escrow: the escrow as (name, age recipient).
    :return: the card issued.
    :raises ExchangeRefused: the vault is already headquarters, has a card installed, or has
        a certificate installed from another root; or a recipient is not an age X25519
        recipient.
    """
    organisation = organisation.strip()
    if not organisation:
        raise ExchangeRefused("headquarters needs the organisation's name")
    checked = [(n.strip(), _recipient(r, f"the reader {n}")) for n, r in readers]
    escrow = (escrow[0].strip() or "escrow", _recipient(escrow[1], "the escrow"))
    own = pyrage.x25519.Identity.generate()
    own_recipient = str(own.to_public())
    with vault.transaction():
        conn = vault.conn
        if conn.execute("SELECT 1 FROM vault_meta WHERE key = ?", (HQ_META,)).fetchone():
            raise ExchangeRefused("this vault is already headquarters")
        if conn.execute("SELECT 1 FROM org_cards").fetchone():
            raise ExchangeRefused(
                "this vault has an organisation card installed: it is a monitor's vault and"
                " cannot become headquarters"
            )
        me = identities.current(conn)
        root_key = _root_key(conn)
        if not me.own_root or root_key is None:
            raise ExchangeRefused(
                "this vault's certificate was installed from another root: it cannot be"
                " headquarters (make a new vault for headquarters)"
            )
        body = {
            "organisation": organisation,
            "serial": 1,
            "issued_at": utc_now(),
            "root": b64encode(me.root_cert),
            "readers": [
                {"name": f"{organisation} headquarters", "recipient": own_recipient},
                *({"name": n or "reader", "recipient": r} for n, r in checked),
            ],
            "escrow": {"name": escrow[0], "recipient": escrow[1]},
            "revoked": [],
            "receipt_signers": [identity.cert_fingerprint(me.monitor_cert)],
        }
        document = sign_card(body, root_key)
        conn.execute(
            "INSERT INTO age_identities (purpose, name, secret, recipient, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (PURPOSE, f"{organisation} headquarters", str(own), own_recipient, utc_now()),
        )
        conn.execute("INSERT INTO vault_meta (key, value) VALUES (?, ?)", (HQ_META, organisation))
        _store(conn, read_card(document))
    return read_card(document)


def _root_key(conn: Any) -> SigningKey | None:
    row = conn.execute(
        "SELECT private_key, public_key FROM signing_keys WHERE purpose = 'root'"
        " ORDER BY rid DESC LIMIT 1"
    ).fetchone()
    return SigningKey(bytes(row[0]), bytes(row[1])) if row else None


def _store(conn: Any, card: OrgCard) -> None:
    conn.execute(
        "INSERT INTO org_cards (serial, root_fingerprint, document, installed_at)"
        " VALUES (?, ?, ?, ?)",
        (card.serial, card.root_fingerprint, card.document, utc_now()),
    )


def _current(conn: Any) -> OrgCard:
    if not conn.execute("SELECT 1 FROM vault_meta WHERE key = ?", (HQ_META,)).fetchone():
        raise ExchangeRefused("this vault is not headquarters (fieldmon hq init)")
    row = conn.execute("SELECT document FROM org_cards ORDER BY serial DESC LIMIT 1").fetchone()
    if row is None:
        raise ExchangeRefused("headquarters has no organisation card")
    return read_card(bytes(row[0]))


def _reissue(vault: Vault, change: Callable[[OrgCard, dict[str, Any]], None]) -> OrgCard:
    """The next serial of headquarters' card: ``change`` edits the body, the root signs it."""
    with vault.transaction():
        conn = vault.conn
        current = _current(conn)
        root_key = _root_key(conn)
        if root_key is None:
            raise ExchangeRefused("this vault no longer holds the organisation's root key")
        body = current.body()
        change(current, body)
        body["serial"] = current.serial + 1
        body["issued_at"] = utc_now()
        card = read_card(sign_card(body, root_key), pinned_root=current.root_der)
        _store(conn, card)
    return card


def normalise_fingerprint(text: str) -> str:
    """A certificate fingerprint as typed, in the card's form.

    :param text: 64 hex digits, with or without colons or spaces, any case.
    :return: colon-separated upper-case hex pairs (:func:`identity.cert_fingerprint`).
    :raises ExchangeRefused: if it is not 64 hex digits.
    """
    digits = re.sub(r"[\s:]", "", text).upper()
    if not re.fullmatch(r"[0-9A-F]{64}", digits):
        raise ExchangeRefused("a certificate fingerprint is 64 hex digits (SHA-256)")
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def revoke(vault: Vault, cert_fingerprint: str, reason: str) -> OrgCard:
    """Revoke a monitor's certificate: the next card lists it, and headquarters refuses what
    it signs from then on (RFC 5280 calls this a revocation list; here it is in the card).

    :param vault: the open headquarters vault.
    :param cert_fingerprint: the certificate's SHA-256 fingerprint (see
        :func:`normalise_fingerprint`).
    :param reason: why, as shown to whoever checks the certificate.
    :return: the new card.
    :raises ExchangeRefused: not headquarters, a bad fingerprint, already revoked, or
        headquarters' own certificate.
    """
    fingerprint = normalise_fingerprint(cert_fingerprint)
    reason = " ".join(reason.split())
    if not reason:
        raise ExchangeRefused("a revocation needs a reason")
    with vault.transaction():
        own = identity.cert_fingerprint(vault.identity().monitor_cert)
    if fingerprint == own:
        raise ExchangeRefused("that is headquarters' own certificate: it cannot be revoked")

    def change(current: OrgCard, body: dict[str, Any]) -> None:
        if any(r.certificate == fingerprint for r in current.revoked):
            raise ExchangeRefused("that certificate is already revoked")
        body["revoked"].append(
            {"certificate": fingerprint, "revoked_at": utc_now(), "reason": reason}
        )

    return _reissue(vault, change)


def add_reader(vault: Vault, name: str, recipient: str) -> OrgCard:
    """Add a reader to the card: packets sent from the next card on are readable by them.

    :param vault: the open headquarters vault.
    :param name: who it is.
    :param recipient: their age X25519 recipient.
    :return: the new card.
    :raises ExchangeRefused: not headquarters, not a recipient, or already on the card.
    """
    recipient = _recipient(recipient, "the reader")
    name = name.strip() or "reader"

    def change(current: OrgCard, body: dict[str, Any]) -> None:
        if recipient in current.recipients():
            raise ExchangeRefused("that recipient is already on the card")
        body["readers"].append({"name": name, "recipient": recipient})

    return _reissue(vault, change)


def remove_reader(vault: Vault, recipient: str) -> OrgCard:
    """Remove a reader from the card. Packets sent before stay readable by them.

    :param vault: the open headquarters vault.
    :param recipient: the reader's age recipient.
    :return: the new card.
    :raises ExchangeRefused: not headquarters, no such reader, or headquarters' own.
    """
    recipient = recipient.strip()
    own = {_public(secret) for secret in hq_identities(vault)}
    if recipient in own:
        raise ExchangeRefused("that is headquarters' own reader: it cannot be removed")

    def change(current: OrgCard, body: dict[str, Any]) -> None:
        if recipient not in [r.recipient for r in current.readers]:
            raise ExchangeRefused("no reader on the card has that recipient")
        body["readers"] = [r for r in body["readers"] if r["recipient"] != recipient]

    return _reissue(vault, change)


def _public(secret: str) -> str:
    return str(pyrage.x25519.Identity.from_str(secret).to_public())


def current_card_document(vault: Vault) -> bytes:
    """The card file to publish: headquarters' newest card, as signed.

    :param vault: the open headquarters vault.
    :return: the card file's bytes.
    :raises ExchangeRefused: not headquarters.
    """
    with vault.transaction():
        return _current(vault.conn).document


def issue_certificate(vault: Vault, csr_pem: bytes, name: str | None = None) -> bytes:
    """Issue a monitor's certificate from their request (``fieldmon identity csr``).

    The request (PKCS#10, RFC 2986) must carry a valid self-signature (proof that the monitor
    holds the key) and an EC P-256 key; the certificate names the monitor as headquarters says
    (``name``), else as the request does, and the card's organisation, issued by the root
    (:func:`identity.issue_monitor`).

    :param vault: the open headquarters vault.
    :param csr_pem: the request, PEM.
    :param name: the monitor's name as headquarters wants to see it in its inbox (the
        certificate's common name: at most 64 printable characters, RFC 5280 ub-common-name);
        None: the request's.
    :return: PEM of the monitor's certificate then the root's, for ``fieldmon identity install``.
    :raises ExchangeRefused: not headquarters, not a request, a bad signature, no name, a name
        that is not 1 to 64 printable characters, or a key that is not EC P-256.
    """
    if name is not None:
        name = name.strip()
        if not 0 < len(name) <= MAX_NAME_CHARS or not name.isprintable():
            raise ExchangeRefused(f"a monitor's name is 1 to {MAX_NAME_CHARS} printable characters")
    if len(csr_pem) > MAX_CSR_BYTES:
        raise ExchangeRefused("the file is too large to be a certificate request")
    try:
        csr = x509.load_pem_x509_csr(csr_pem)
    except ValueError:
        raise ExchangeRefused("the file is not a certificate request (PEM)") from None
    try:
        valid = csr.is_signature_valid
        public = csr.public_key()
    except ValueError:  # a key that is not a point of its curve, an unknown algorithm
        valid = False
    if not valid:
        raise ExchangeRefused("the certificate request's signature does not verify")
    names = csr.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    if name is None:
        name = str(names[0].value).strip() if names else ""
    if not name:
        raise ExchangeRefused("the certificate request names nobody")
    if not isinstance(public, ec.EllipticCurvePublicKey) or public.curve.name != "secp256r1":
        raise ExchangeRefused("the certificate request's key is not ECDSA P-256")
    public_der = public.public_bytes(*identity.serialization_args())
    with vault.transaction():
        card = _current(vault.conn)
        root_key = _root_key(vault.conn)
    if root_key is None:
        raise ExchangeRefused("this vault no longer holds the organisation's root key")
    monitor = identity.issue_monitor(card.root_der, root_key, public_der, name, card.organisation)
    with vault.transaction():
        vault.conn.execute(
            "INSERT INTO issued_certificates (fingerprint, name, der, not_after, issued_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                identity.cert_fingerprint(monitor),
                name,
                monitor,
                identity.describe(monitor).not_after,
                utc_now(),
            ),
        )
    return identity.pem(monitor) + identity.pem(card.root_der)


@dataclass(frozen=True)
class Issued:
    """A monitor certificate headquarters issued, as the admin is shown it."""

    name: str
    fingerprint: str
    """SHA-256, :func:`fieldmon.crypto.identity.cert_fingerprint`: what ``revoke`` takes."""
    not_after: str
    """The last day it is valid, YYYY-MM-DD."""
    issued_at: str
    revoked: str | None
    """The reason it was revoked (in the current card), or None."""


def issued(vault: Vault) -> list[Issued]:
    """The monitor certificates this headquarters issued, oldest first, with their revocation.

    :param vault: the open headquarters vault.
    :return: one entry per certificate; empty when none was issued.
    :raises ExchangeRefused: not headquarters.
    """
    with vault.transaction():
        card = _current(vault.conn)
        rows = vault.conn.execute(
            "SELECT name, fingerprint, not_after, issued_at FROM issued_certificates ORDER BY rid"
        ).fetchall()
    reasons = {r.certificate: r.reason for r in card.revoked}
    return [Issued(str(n), str(f), str(a), str(t), reasons.get(str(f))) for n, f, a, t in rows]


def publish_card(vault: Vault, transport: Transport) -> bool:
    """Put headquarters' current card at ``card.json`` of a transport (a folder, WebDAV).

    The card is public by design; it is the one file of a transport that is not age
    ciphertext. A different card already there (an older serial) is deleted first, then the
    new one written under a temporary name and moved into place (the transport's write-once).

    :param vault: the open headquarters vault.
    :param transport: where monitors look for it.
    :return: True if it was written, False if the same card was already there.
    :raises ExchangeRefused: not headquarters.
    :raises FieldMonError: the transport fails
        (:class:`fieldmon.exchange.transports.TransportError`).
    """
    document = current_card_document(vault)
    if transport.exists(CARD_PATH):
        try:
            if transport.read(CARD_PATH, MAX_CARD_BYTES) == document:
                return False
        except FieldMonError:
            pass  # too large or unreadable: replaced below
        transport.delete(CARD_PATH)
    transport.write_once(CARD_PATH, document)
    return True
