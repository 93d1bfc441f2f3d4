"""The custody log: an append-only, hash-chained list of everything done to the evidence.

Each entry names the time (UTC), the actor, the action, the case and record, and the SHA-256 of
the content concerned; it carries the hash of the entry before it and is signed with the
monitor's ECDSA key. Triggers refuse updates and deletes; `fieldmon check` recomputes the chain
and every signature, so an entry changed or removed behind the database's back is named.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import astuple, dataclass, replace
from datetime import UTC, datetime
from typing import Any

from fieldmon.crypto import signing
from fieldmon.crypto.signing import SigningKey

GENESIS = "0" * 64
"""The ``prev_hash`` of the first entry: 64 zeros, the width of a SHA-256 hex digest."""
ACTIONS = (
    "create",
    "import",
    "attach",
    "view",
    "extract",
    "edit",
    "seal",
    "export",
    "delete",
    "send",
    "receive",
    "receipt",
    "purge",
)
"""Every action an entry may name; :func:`append` refuses any other. ``send``, ``receive``,
``receipt`` and ``purge`` are the headquarters exchange's (docs/packets.md)."""


def canonical(value: Any) -> bytes:
    """The one serialisation hashed and signed everywhere: sorted keys, no spaces, UTF-8.

    This is :func:`json.dumps` with ``sort_keys``, ``(",", ":")`` separators and
    ``ensure_ascii=False``, encoded as UTF-8. It resembles but is not RFC 8785 (JSON
    Canonicalization Scheme): keys are sorted by code point rather than by UTF-16 code unit,
    and numbers are written as Python writes them (``1.0``, ``1e+16``), not as ECMAScript does.
    Hashes and signatures already stored depend on this exact form.

    :param value: anything :func:`json.dumps` accepts (a case document, an entry's signed part).
    :return: the UTF-8 bytes.
    :raises TypeError: when value holds something JSON cannot represent.
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256_hex(data: bytes) -> str:
    """SHA-256 (FIPS 180-4) of data.

    :param data: the bytes to hash.
    :return: the digest as 64 lowercase hex digits.
    """
    return hashlib.sha256(data).hexdigest()


def utc_now() -> str:
    """The current time for a custody entry.

    :return: UTC in ISO 8601 with microseconds and a ``Z``: ``2026-01-09T14:20:05.123456Z``.
    """
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True)
class Entry:
    """One row of the custody log, as stored.

    :ivar seq: its place in the log, from 1, without gaps.
    :ivar at: when, from :func:`utc_now`.
    :ivar actor: who did it.
    :ivar action: one of :data:`ACTIONS`.
    :ivar case_uuid: the case concerned, or None.
    :ivar case_reference: that case's reference at the time, or None.
    :ivar record: the record or file concerned (``"case"``, ``"version 2"``...), or None.
    :ivar content_hash: :func:`sha256_hex` of the content concerned, or None.
    :ivar prev_hash: ``entry_hash`` of the entry before, :data:`GENESIS` for the first.
    :ivar entry_hash: :func:`sha256_hex` of :func:`canonical` of :meth:`signed_part`.
    :ivar key_fingerprint: fingerprint of the signing key
        (:func:`fieldmon.crypto.signing.fingerprint`).
    :ivar signature: ECDSA P-256 with SHA-256 signature of the same bytes
        (:mod:`fieldmon.crypto.signing`).
    """

    seq: int
    at: str
    actor: str
    action: str
    case_uuid: str | None
    case_reference: str | None
    record: str | None
    content_hash: str | None
    prev_hash: str
    entry_hash: str
    key_fingerprint: str
    signature: bytes

    def signed_part(self) -> dict[str, Any]:
        """What is hashed and signed: every field but ``entry_hash`` and ``signature``.

        :return: a dict to pass to :func:`canonical`; its keys (``case``, ``reference``,
            ``key``) are part of the signed form and must not change.
        """
        return {
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "case": self.case_uuid,
            "reference": self.case_reference,
            "record": self.record,
            "content_hash": self.content_hash,
            "prev_hash": self.prev_hash,
            "key": self.key_fingerprint,
        }


_COLUMNS = (
    "seq, at, actor, action, case_uuid, case_reference, record, content_hash, prev_hash,"
    " entry_hash, key_fingerprint, signature"
)


def _entry(row: Any) -> Entry:
    seq, at, actor, action, case_uuid, reference, record, content_hash, prev, entry_hash = row[:10]
    return Entry(
        seq,
        at,
        actor,
        action,
        case_uuid,
        reference,
        record,
        content_hash,
        prev,
        entry_hash,
        row[10],
        bytes(row[11]),
    )


def head(conn: Any) -> tuple[int, str]:
    """The newest entry of the log.

    :param conn: an open vault database connection.
    :return: its ``seq`` and ``entry_hash``; ``(0, GENESIS)`` when the log is empty.
    """
    row = conn.execute(
        "SELECT seq, entry_hash FROM custody_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def append(
    conn: Any,
    signer: SigningKey,
    actor: str,
    action: str,
    *,
    case_uuid: str | None = None,
    case_reference: str | None = None,
    record: str | None = None,
    content_hash: str | None = None,
) -> Entry:
    """Append one signed entry. The caller holds the transaction.

    The entry follows the newest one (:func:`head`), is hashed and signed over
    :func:`canonical` of its :meth:`Entry.signed_part`, and the log's head is recorded apart
    (``vault_meta.custody_head``) so that removing the newest entries is noticed too.

    :param conn: an open vault database connection, inside a transaction.
    :param signer: the monitor's signing key.
    :param actor: who did it.
    :param action: one of :data:`ACTIONS`.
    :param case_uuid: the case concerned, or None.
    :param case_reference: that case's reference, or None.
    :param record: the record or file concerned, or None.
    :param content_hash: :func:`sha256_hex` of the content concerned, or None.
    :return: the entry written.
    :raises ValueError: when action is not one of :data:`ACTIONS`.
    """
    if action not in ACTIONS:
        raise ValueError(f"unknown custody action {action!r}")
    last_seq, last_hash = head(conn)
    draft = Entry(
        last_seq + 1,
        utc_now(),
        actor,
        action,
        case_uuid,
        case_reference,
        record,
        content_hash,
        last_hash,
        "",
        signer.fingerprint,
        b"",
    )
    message = canonical(draft.signed_part())
    entry = replace(draft, entry_hash=sha256_hex(message), signature=signer.sign(message))
    # Entry's fields are in the order of _COLUMNS.
    conn.execute(
        f"INSERT INTO custody_log ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        astuple(entry),
    )
    # The head is kept apart from the log so that removing the newest entries is noticed too.
    conn.execute(
        "INSERT INTO vault_meta (key, value) VALUES ('custody_head', ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (f"{entry.seq}:{entry.entry_hash}",),
    )
    return entry


def entries(conn: Any, case_uuid: str | None = None) -> list[Entry]:
    """Entries of the log, oldest first.

    :param conn: an open vault database connection.
    :param case_uuid: only the entries of this case; all entries when None.
    :return: the entries in ``seq`` order.
    """
    sql = f"SELECT {_COLUMNS} FROM custody_log"
    args: tuple[Any, ...] = ()
    if case_uuid is not None:
        sql += " WHERE case_uuid = ?"
        args = (case_uuid,)
    return [_entry(r) for r in conn.execute(sql + " ORDER BY seq", args).fetchall()]


def verify(conn: Any) -> list[str]:
    """Every fault of the chain and its signatures, each naming the entry.

    Checked: ``seq`` has no gaps, each entry's hash matches its content, each follows from the
    one before (``prev_hash``), each is signed by a key of the vault with a valid signature,
    the log ends at the head recorded apart (``vault_meta.custody_head``), the log is not
    empty beside cases or sealed versions, and every case has at least one entry (storing a
    case always writes one).

    Someone with the passphrase can still rewrite the log consistently (re-sign it with the
    vault's own key and fix the recorded head); only a copy of the history that left the
    laptop (a dossier's or an export's, :mod:`fieldmon.vault.anchors`) shows that.

    :param conn: an open vault database connection.
    :return: one sentence per fault (``"custody log: entry 7 was altered ..."``); empty when
        the log is intact.
    """
    keys = {
        str(fp): bytes(public)
        for fp, public in conn.execute("SELECT fingerprint, public_key FROM signing_keys")
    }
    faults: list[str] = []
    expected_seq, expected_prev = 1, GENESIS
    for entry in entries(conn):
        if entry.seq != expected_seq:
            missing = (
                f"entry {expected_seq}"
                if entry.seq == expected_seq + 1
                else f"entries {expected_seq} to {entry.seq - 1}"
            )
            faults.append(
                f"custody log: {missing} missing (entry {entry.seq} follows entry"
                f" {expected_seq - 1})"
            )
        message = canonical(entry.signed_part())
        public = keys.get(entry.key_fingerprint)
        if sha256_hex(message) != entry.entry_hash:
            # One fault per altered entry: its signature fails too, for the same reason.
            faults.append(f"custody log: entry {entry.seq} was altered (its hash does not match)")
        elif entry.prev_hash != expected_prev and entry.seq == expected_seq:
            faults.append(
                f"custody log: entry {entry.seq} does not follow from entry {entry.seq - 1}"
            )
        elif public is None:
            faults.append(f"custody log: entry {entry.seq} is signed by an unknown key")
        elif not signing.verify(public, entry.signature, message):
            faults.append(f"custody log: entry {entry.seq} has an invalid signature")
        expected_seq, expected_prev = entry.seq + 1, entry.entry_hash
    row = conn.execute("SELECT value FROM vault_meta WHERE key = 'custody_head'").fetchone()
    recorded = str(row[0]) if row else "0:" + GENESIS
    actual = f"{expected_seq - 1}:{expected_prev}"
    if recorded != actual:
        recorded_seq = recorded.split(":", 1)[0]
        faults.append(
            f"custody log: the log ends at entry {expected_seq - 1} but entry {recorded_seq} was"
            " the last one written"
            if recorded_seq != str(expected_seq - 1)
            else f"custody log: entry {expected_seq - 1} is not the last entry written"
        )
    return faults + _coverage_faults(conn, expected_seq - 1)


def _coverage_faults(conn: Any, logged: int) -> list[str]:
    """An empty log beside cases, sealed versions or purge stubs; cases without a single
    entry. A purged case is gone from ``cases``, so it needs no entry here: its stub's purge
    entry and receipt are checked by :func:`fieldmon.vault.purged.verify`."""
    cases = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
    sealed = int(conn.execute("SELECT count(*) FROM case_versions").fetchone()[0])
    has_stubs = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'purged_cases'"
    ).fetchone()
    stubs = int(conn.execute("SELECT count(*) FROM purged_cases").fetchone()[0]) if has_stubs else 0
    if logged == 0:
        if cases or sealed or stubs:
            purges = f" and {stubs} purge stub(s)" if stubs else ""
            return [
                f"custody log: empty, but the vault holds {cases} case(s){',' if stubs else ' and'}"
                f" {sealed} sealed version(s){purges}; every one of them was logged when it was"
                " stored"
            ]
        return []
    missing = [
        str(r[0])
        for r in conn.execute(
            "SELECT reference FROM cases WHERE uuid NOT IN"
            " (SELECT case_uuid FROM custody_log WHERE case_uuid IS NOT NULL) ORDER BY reference"
        )
    ]
    return [f"custody log: case {reference} has no entry in the log" for reference in missing]
