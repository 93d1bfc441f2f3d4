"""RFC 3161 timestamps over seals: asked of a timestamp authority (TSA), stored, checked.

Where a TSA's URL is set (``fieldmon tsa set URL``, kept in ``vault_meta`` as ``tsa_url``),
every new seal asks it for a timestamp token whose message imprint is the seal's custody entry
hash: SHA-256 of the entry's canonical form (:func:`fieldmon.vault.custody.canonical`), which
names the sealed version's content hash and the hash of the entry before it. A token is
therefore evidence, from outside the laptop, that the custody log up to that seal existed at
the token's time. A TSA that cannot be reached never blocks a seal: the seal is kept without a
token and the reason returned.

The token's signature is checked for integrity (pyHanko's
:func:`~pyhanko.sign.validation.generic_cms.validate_tst_signed_data`), and its imprint against
the entry; the TSA's certificate is named by subject and SHA-256, not validated against a root
(no root is configured), so the reader compares it with the one the TSA publishes.
"""

from __future__ import annotations

import asyncio
import http.client
import logging
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms, tsp

from fieldmon.errors import FieldMonError
from fieldmon.vault.custody import sha256_hex, utc_now

__all__ = [
    "MAX_RESPONSE_BYTES",
    "TIMEOUT_SECONDS",
    "TimestampUnavailable",
    "TokenCheck",
    "check_token",
    "clear_tsa_url",
    "request_token",
    "set_tsa_url",
    "store_token",
    "tokens",
    "tsa_url",
    "verify",
]

TIMEOUT_SECONDS = 10
"""How long a seal waits for the TSA before it is kept without a timestamp, in seconds."""
MAX_RESPONSE_BYTES = 256 * 1024
"""The largest TSA response read, in bytes: a token with its certificates is a few KiB."""
MAX_URL_CHARS = 2000
"""The longest TSA URL accepted, in characters."""
_META_KEY = "tsa_url"
# What the checks raise on a malformed token: asn1crypto's ValueError and TypeError when a
# structure does not parse, KeyError for a missing field, and pyHanko's SignatureValidationError
# and CMSStructuralError (both ValueError).
_TOKEN_ERRORS = (ValueError, TypeError, KeyError)


class TimestampUnavailable(FieldMonError):
    """No timestamp token could be had from the TSA; the message says why in a few words."""


def tsa_url(conn: Any) -> str | None:
    """The timestamp authority's URL set for this vault.

    :param conn: an open vault database connection.
    :return: the URL, or None when none is set.
    """
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (_META_KEY,)).fetchone()
    return str(row[0]) if row else None


def set_tsa_url(conn: Any, url: str) -> str:
    """Set the TSA's URL (an RFC 3161 section 3.4 "Time-Stamp Protocol via HTTP" endpoint).

    :param conn: an open vault database connection, inside a transaction.
    :param url: ``http://`` or ``https://`` followed by a host, at most :data:`MAX_URL_CHARS`,
        without spaces or control characters.
    :return: the URL stored.
    :raises FieldMonError: the URL is not of that form; nothing is stored.
    """
    host = url.split("://", 1)[1] if "://" in url else ""
    if (
        not url.lower().startswith(("http://", "https://"))
        or not host
        or host.startswith("/")
        or len(url) > MAX_URL_CHARS
        or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url)
    ):
        raise FieldMonError(
            "A timestamp authority URL starts with http:// or https:// and a host name,"
            f" without spaces, and has at most {MAX_URL_CHARS} characters; nothing was changed."
        )
    conn.execute(
        "INSERT INTO vault_meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (_META_KEY, url),
    )
    return url


def clear_tsa_url(conn: Any) -> bool:
    """Stop asking for timestamps (tokens already stored are kept).

    :param conn: an open vault database connection, inside a transaction.
    :return: whether a URL was set.
    """
    return bool(conn.execute("DELETE FROM vault_meta WHERE key = ?", (_META_KEY,)).rowcount)


def request_token(url: str, entry_hash: str, timeout: float = TIMEOUT_SECONDS) -> bytes:
    """Ask a TSA for a timestamp token over a custody entry (RFC 3161 sections 2.4 and 3.4).

    The request's message imprint is SHA-256 with the entry hash as hashed message, with a
    nonce and ``certReq``; the response must grant it, echo the nonce, and hold a token whose
    imprint is the entry hash and whose signature is intact (:func:`check_token`).

    :param url: the TSA's URL (:func:`tsa_url`); proxies set in the environment are used.
    :param entry_hash: the custody entry's hash, 64 hex digits.
    :param timeout: seconds to wait for the TSA.
    :return: the token (CMS ContentInfo, DER).
    :raises TimestampUnavailable: the TSA cannot be reached, answers with an HTTP error, refuses,
        or answers with something that is not a valid token over this entry.
    """
    # pyHanko is loaded when a timestamp is asked for: it costs every command a third of a second.
    from pyhanko.sign.timestamps.api import TimeStamper
    from pyhanko.sign.timestamps.common_utils import TimestampRequestError, handle_tsp_response

    nonce, request = TimeStamper().request_cms(bytes.fromhex(entry_hash), "sha256")  # type: ignore[no-untyped-call]
    http_request = urllib.request.Request(
        url,
        data=request.dump(),
        headers={"Content-Type": "application/timestamp-query"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(http_request, timeout=timeout) as response:
            body = response.read(MAX_RESPONSE_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise TimestampUnavailable(f"{url} answered HTTP {error.code}") from None
    except urllib.error.URLError as error:
        raise TimestampUnavailable(f"{url} cannot be reached ({error.reason})") from None
    except (OSError, http.client.HTTPException, ValueError) as error:
        # OSError: a timeout or a connection reset while reading; HTTPException: a reply that is
        # not HTTP; ValueError: a URL urllib cannot use.
        reason = error or type(error).__name__
        raise TimestampUnavailable(f"{url} cannot be reached ({reason})") from None
    if len(body) > MAX_RESPONSE_BYTES:
        raise TimestampUnavailable(f"{url} answered with more than {MAX_RESPONSE_BYTES} bytes")
    try:
        token = bytes(handle_tsp_response(tsp.TimeStampResp.load(body), nonce).dump())
    except TimestampRequestError as error:
        raise TimestampUnavailable(f"{url} refused: {error}") from None
    except _TOKEN_ERRORS:
        raise TimestampUnavailable(f"{url} did not answer with an RFC 3161 response") from None
    found = check_token(token, entry_hash)
    if found.problem:
        raise TimestampUnavailable(f"{url} answered with a token that {found.problem}")
    return token


@dataclass(frozen=True)
class TokenCheck:
    """What :func:`check_token` found.

    :ivar problem: None when the token holds; else what is wrong, in words that follow
        "the token ..." (``"is over another entry"``).
    :ivar gen_time: the token's genTime, ``YYYY-MM-DD HH:MM:SS UTC``, or ``"-"``.
    :ivar tsa: the TSA certificate's subject, or ``"-"``.
    :ivar tsa_sha256: the TSA certificate's SHA-256, hex, or ``"-"``.
    """

    problem: str | None
    gen_time: str = "-"
    tsa: str = "-"
    tsa_sha256: str = "-"


def check_token(token: bytes, entry_hash: str) -> TokenCheck:
    """Check a timestamp token against the custody entry it should be over.

    Checked (RFC 3161 section 2.4.2, RFC 5652 section 5.6): the token is a CMS SignedData
    holding a TSTInfo; its message imprint is SHA-256 with ``entry_hash`` as hashed message; its
    signature over the TSTInfo is valid for the certificate it names. Not checked: whether the
    TSA's certificate chains to a root (none is configured).

    :param token: the token, DER (at most :data:`MAX_RESPONSE_BYTES`; longer is a problem).
    :param entry_hash: the custody entry's hash, 64 hex digits.
    :return: what was found; a malformed token is a problem, never an exception.
    """
    if len(token) > MAX_RESPONSE_BYTES:
        return TokenCheck(f"is longer than {MAX_RESPONSE_BYTES} bytes")
    # pyHanko logs every failed check with a traceback; the problem is said in words.
    from pyhanko.sign.validation.generic_cms import validate_tst_signed_data
    from pyhanko_certvalidator import ValidationContext

    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        expected = bytes.fromhex(entry_hash)
        signed = cms.ContentInfo.load(token)["content"]
        info = signed["encap_content_info"]["content"].parsed
        imprint = info["message_imprint"]
        algorithm = imprint["hash_algorithm"]["algorithm"].native
        gen_time = info["gen_time"].native.strftime("%Y-%m-%d %H:%M:%S UTC")
        if algorithm != "sha256" or imprint["hashed_message"].native != expected:
            return TokenCheck("is over another entry", gen_time)
        # No root is configured for TSAs: an empty trust list checks the signature alone.
        context = ValidationContext(trust_roots=[], allow_fetching=False)
        status = asyncio.run(validate_tst_signed_data(signed, context, lambda _: expected))
        cert = status["signing_cert"]
        found = TokenCheck(
            None, gen_time, str(cert.subject.human_friendly)[:200], sha256_hex(cert.dump())
        )
    except _TOKEN_ERRORS:
        return TokenCheck("is not an RFC 3161 timestamp token")
    if not (status["intact"] and status["valid"]):
        return TokenCheck("has an invalid signature", found.gen_time, found.tsa, found.tsa_sha256)
    return found


def store_token(conn: Any, entry_hash: str, token: bytes, url: str) -> TokenCheck:
    """Store a token over a seal entry.

    :param conn: an open vault database connection, inside a transaction.
    :param entry_hash: the seal entry's hash.
    :param token: the token (:func:`request_token`).
    :param url: the TSA it came from.
    :return: the token's check (its time and TSA).
    """
    found = check_token(token, entry_hash)
    conn.execute(
        "INSERT INTO seal_timestamps (entry_hash, token, gen_time, tsa_url, stored_at)"
        " VALUES (?, ?, ?, ?, ?)",
        (entry_hash, token, found.gen_time, url, utc_now()),
    )
    return found


def tokens(conn: Any) -> dict[str, bytes]:
    """Every stored token, by the hash of the seal entry it is over.

    :param conn: an open vault database connection.
    :return: entry hash -> token (DER).
    """
    return {
        str(h): bytes(t) for h, t in conn.execute("SELECT entry_hash, token FROM seal_timestamps")
    }


def verify(conn: Any) -> list[str]:
    """Check every stored token: over a seal entry still in the log, with an intact signature.

    :param conn: an open vault database connection.
    :return: one line per fault, naming the entry; empty when all hold.
    """
    seals = {
        str(h): (int(s), str(r), str(rec))
        for s, h, r, rec in conn.execute(
            "SELECT seq, entry_hash, coalesce(case_reference, case_uuid), record FROM custody_log"
            " WHERE action = 'seal'"
        )
    }
    faults = []
    for entry_hash, token in sorted(tokens(conn).items()):
        seal = seals.get(entry_hash)
        if seal is None:
            faults.append(
                f"timestamp over entry {entry_hash[:16]}…: no seal entry of the custody log has"
                " this hash (the log was rewritten after it was stamped)"
            )
            continue
        found = check_token(token, entry_hash)
        if found.problem:
            faults.append(
                f"timestamp of custody entry {seal[0]} ({seal[1]} {seal[2]}): the token"
                f" {found.problem}"
            )
    return faults
