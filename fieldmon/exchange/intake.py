"""A verified packet's content entering headquarters' vault, in one transaction.

fieldmon.exchange.receive reads and checks a packet (docs/receiving.md) and stages its
evidence files as blobs; this module then decides, under the vault's lock, what the packet is
(a new case or version, a duplicate, or a fork of a case headquarters edited meanwhile) and
writes it: the case, its files' rows, the seal, the custody ``receive`` entries, the log head
received, and the inbox row. The monitor's sealed content (``fieldmon-sealed/1``) must read
back at headquarters byte for byte, so headquarters' sealed version has the same SHA-256.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldmon.errors import ExchangeRefused
from fieldmon.exchange.continuity import LogPoint
from fieldmon.exchange.held import as_monitor, check_sender, hq_reference, stored_head
from fieldmon.vault import custody, files, records, search, versions
from fieldmon.vault.custody import canonical, sha256_hex, utc_now
from fieldmon.vault.validate import case_problem

__all__ = [
    "Incoming",
    "check_content",
    "known_state",
    "record",
    "record_refusal",
    "stored_head",
    "write_content",
]

FINAL_STATES = ("imported", "duplicate", "fork", "quarantined")
"""Inbox states of a packet that is never read again (``waiting`` ones are)."""


@dataclass(frozen=True)
class Incoming:
    """A packet read and checked, its files staged as blobs, ready to be recorded.

    :ivar packet_id: the packet's id.
    :ivar source: the transport it came from (its ``describe()``: no password).
    :ivar sender_fingerprint: the sender's certificate fingerprint (colon hex).
    :ivar sender_name: the sender's certificate subject, as shown to people.
    :ivar case: the manifest's ``case`` (uuid, reference, version, content_sha256).
    :ivar content: ``case.json`` parsed: the sealed content (``fieldmon-sealed/1``).
    :ivar content_bytes: ``case.json`` as sent (canonical JSON; SHA-256 = content_sha256).
    :ivar head: the custody log head after the packet's ``send`` entry.
    :ivar staged: item -> (blob name, what was sealed) for every evidence file read.
    :ivar sender_key: SHA-256 (hex) of the sender's public key (DER SubjectPublicKeyInfo): the
        monitor, whatever certificate they hold now.
    :ivar points: the case's entries the packet's log carried whole (seq, hash).
    :ivar stale: a later packet of the case was accepted first: the packet's log ends before
        the head headquarters holds; nothing of its content is imported (``duplicate``).
    """

    packet_id: str
    source: str
    sender_fingerprint: str
    sender_name: str
    case: Mapping[str, Any]
    content: Mapping[str, Any]
    content_bytes: bytes
    head: LogPoint
    staged: dict[str, tuple[str, files.Sealed]] = field(default_factory=dict)
    sender_key: str = ""
    points: tuple[LogPoint, ...] = ()
    stale: bool = False

    @property
    def case_uuid(self) -> str:
        """The case's uuid, as the manifest names it."""
        return str(self.case["uuid"])

    @property
    def reference(self) -> str:
        """The case's reference, as the manifest names it."""
        return str(self.case["reference"])


def check_content(case: Mapping[str, Any], content: Any) -> None:
    """Refuse a ``case.json`` that is not the sealed content of the case the manifest names.

    :param case: the manifest's ``case``.
    :param content: ``case.json`` parsed.
    :raises ExchangeRefused: not ``fieldmon-sealed/1``; another case's id or reference; an
        attachment manifest that is not a list of objects; a case document the vault's rules
        (fieldmon.vault.validate) refuse.
    """
    if not isinstance(content, dict) or content.get("format") != versions.SEALED_FORMAT:
        raise ExchangeRefused(f"its case.json is not {versions.SEALED_FORMAT} content")
    document, manifest = content.get("case"), content.get("attachments")
    if not isinstance(document, dict) or not isinstance(manifest, list):
        raise ExchangeRefused("its case.json holds no case document and file list")
    if document.get("id") != case.get("uuid") or document.get("reference") != case.get("reference"):
        raise ExchangeRefused("its case.json is not the case its manifest names")
    if not all(isinstance(a, dict) and isinstance(a.get("item"), str) for a in manifest):
        raise ExchangeRefused("its case.json lists a file without an item id")
    problem = case_problem(document)
    if problem is not None:
        raise ExchangeRefused(f"its case is not valid: {problem.describe()}")


def known_state(conn: Any, packet_id: str) -> str | None:
    """The inbox state of a packet, or None if never seen. The caller holds the transaction."""
    row = conn.execute("SELECT state FROM inbox WHERE packet_id = ?", (packet_id,)).fetchone()
    return str(row[0]) if row else None


def record_refusal(
    conn: Any,
    packet_id: str,
    source: str,
    state: str,
    reason: str,
    incoming: Mapping[str, Any] | None = None,
) -> None:
    """Write (or rewrite, for a packet that was waiting) the inbox row of a packet that was
    quarantined or must wait. The caller holds the transaction.

    :param state: ``quarantined`` or ``waiting``.
    :param reason: the one-line reason.
    :param incoming: what is known of it: ``sender_fingerprint``, ``sender_name``,
        ``case_uuid``, ``reference``, ``version`` (any may be missing).
    """
    known = dict(incoming or {})
    conn.execute(
        "INSERT OR REPLACE INTO inbox (packet_id, source, sender_fingerprint, sender_name,"
        " case_uuid, reference, monitor_reference, state, reason, version, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            packet_id,
            source,
            known.get("sender_fingerprint"),
            known.get("sender_name"),
            known.get("case_uuid"),
            known.get("reference"),
            known.get("reference"),
            state,
            reason,
            known.get("version"),
            utc_now(),
        ),
    )


def _free_item(taken: set[str], evidence: str, wanted: str) -> str:
    """The item id headquarters stores a monitor's file under when another file holds
    ``wanted``: the next of its evidence record's free numbers, as
    fieldmon.vault.attachments numbers the items it stores (``x2.2`` beside ``x2.1``)."""
    number = sum(1 for t in taken if t.startswith(f"{evidence}.")) + 1
    while f"{evidence}.{number}" in taken or f"{evidence}.{number}" == wanted:
        number += 1
    return f"{evidence}.{number}"


def _attach_rows(
    conn: Any,
    case_rid: int,
    manifest: list[dict[str, Any]],
    incoming: Incoming,
    *,
    rename: bool = False,
) -> list[tuple[str, str, str, str]]:
    """Rows for the files the manifest names that headquarters lacks; return (evidence id,
    item, sha256, headquarters' item) of each added.

    :param rename: a fork: a file under an item id headquarters holds another file as (both
        attached one, each at its end) is stored under a free item id (:func:`_free_item`), and
        one headquarters holds already under any item is not stored again. Otherwise such a
        file is refused.
    """
    existing = {
        str(r[0]): (str(r[1]), int(r[2]))
        for r in conn.execute(
            "SELECT item, sha256, rid FROM attachments WHERE case_rid = ?", (case_rid,)
        )
    }
    by_hash = {digest: (item, rid) for item, (digest, rid) in existing.items()}
    renamed: dict[str, str] = {}
    added = []
    for entry in manifest:
        item = str(entry["item"])
        stored_as = item
        if item in existing and existing[item][0] == entry.get("sha256"):
            continue
        if item in existing and not rename:
            raise ExchangeRefused(f"its file {item} is not the file headquarters holds as {item}")
        if rename and entry.get("sha256") in by_hash:
            renamed[item] = by_hash[str(entry.get("sha256"))][0]
            continue
        if item in existing:
            stored_as = _free_item(set(existing), str(entry.get("evidence")), item)
            renamed[item] = stored_as
        staged = incoming.staged.get(item)
        if staged is None or staged[1].sha256 != entry.get("sha256"):
            raise ExchangeRefused(f"its file {item} was not in the packet")
        derived = entry.get("derived_from")
        derived = renamed.get(str(derived), derived) if derived is not None else None
        derived_rid = existing[derived][1] if derived in existing else None
        if derived is not None and derived_rid is None:
            raise ExchangeRefused(f"its file {item} is a copy of {derived}, which it lacks")
        blob_name, sealed = staged
        cursor = conn.execute(
            "INSERT INTO attachments (case_rid, evidence_id, item, blob_name, age_identity,"
            " sha256, size, media_type, original_name, collected_at, collector, file_metadata,"
            " derived_from, derivation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_rid,
                entry.get("evidence"),
                stored_as,
                blob_name,
                sealed.identity,
                sealed.sha256,
                sealed.size,
                entry.get("media_type"),
                entry.get("original_name"),
                entry.get("collected_at"),
                entry.get("collector"),
                json.dumps(entry.get("metadata", {}), ensure_ascii=False),
                derived_rid,
                entry.get("derivation"),
            ),
        )
        existing[stored_as] = (sealed.sha256, int(cursor.lastrowid))
        by_hash[sealed.sha256] = (stored_as, int(cursor.lastrowid))
        added.append((str(entry.get("evidence")), item, sealed.sha256, stored_as))
    return added


def _case_rid(conn: Any, case_uuid: str) -> int | None:
    row = conn.execute("SELECT rid FROM cases WHERE uuid = ?", (case_uuid,)).fetchone()
    return int(row[0]) if row else None


def _log(vault: Any, reference: str, incoming: Incoming, record: str, digest: str) -> None:
    """A custody ``receive`` entry for the case, under headquarters' reference."""
    custody.append(
        vault.conn,
        vault.signer,
        vault.actor,
        "receive",
        case_uuid=incoming.case_uuid,
        case_reference=reference,
        record=record,
        content_hash=digest,
    )


def _files_only(vault: Any, case_rid: int, incoming: Incoming, reference: str) -> None:
    """Store the files a packet brings that headquarters lacks, nothing else (a fork). A file
    under an item id headquarters holds another file as is stored under a free one, and the
    custody entry names both (the mapping); nothing is lost."""
    manifest = list(incoming.content["attachments"])
    for evidence, item, digest, stored_as in _attach_rows(
        vault.conn, case_rid, manifest, incoming, rename=True
    ):
        what = f"evidence {evidence} item {item} from packet {incoming.packet_id}"
        if stored_as != item:
            what += f", stored as {stored_as} (headquarters holds another file as {item})"
        _log(vault, reference, incoming, what, digest)


def write_content(vault: Any, incoming: Incoming, reference: str | None = None) -> int:
    """Make the packet's content headquarters' working copy of the case (a new case, or a
    version after the one it holds), with the files it lacks, and log it. The caller holds
    the transaction; ``seal_current`` seals it afterwards.

    :param reference: headquarters' reference for the case (:func:`hq_reference`); the
        document is filed under it. None: the monitor's.
    :return: the case's row id.
    :raises ExchangeRefused: the reference is another case's at headquarters; a file the
        content names is neither held nor in the packet, or differs from the one held; the
        content does not read back at headquarters exactly as it was sealed (SHA-256, under
        the monitor's reference).
    """
    conn = vault.conn
    reference = reference or incoming.reference
    document = {**incoming.content["case"], "reference": reference}
    taken = conn.execute(
        "SELECT uuid FROM cases WHERE reference = ? AND uuid != ?",
        (reference, incoming.case_uuid),
    ).fetchone()
    if taken:
        raise ExchangeRefused(f"its reference {reference} is another case's at headquarters")
    case_rid = records.write_case(conn, document)
    search.index_case(conn, case_rid, document)
    conn.execute("DELETE FROM drafts WHERE case_uuid = ?", (incoming.case_uuid,))
    sender = f"packet {incoming.packet_id} from {incoming.sender_name}"
    if reference != incoming.reference:
        sender += f", the monitor's {incoming.reference}"
    _log(vault, reference, incoming, f"case, {sender}", sha256_hex(canonical(document)))
    for evidence, item, digest, _ in _attach_rows(
        conn, case_rid, list(incoming.content["attachments"]), incoming
    ):
        _log(vault, reference, incoming, f"evidence {evidence} item {item}, {sender}", digest)
    held = canonical(as_monitor(versions.current_content(conn, case_rid), incoming.reference))
    if sha256_hex(held) != incoming.case["content_sha256"]:
        raise ExchangeRefused("its case does not read back at headquarters as it was sealed")
    return case_rid


def seal_current(vault: Any, case_rid: int, case_uuid: str, reference: str) -> int:
    """Seal headquarters' working copy if it changed, logging the seal; return the version
    number that holds it. The caller holds the transaction."""
    version, new = versions.seal(vault.conn, case_rid, case_uuid, vault.actor)
    if new:
        custody.append(
            vault.conn,
            vault.signer,
            vault.actor,
            "seal",
            case_uuid=case_uuid,
            case_reference=reference,
            record=f"version {version.version}",
            content_hash=version.content_hash,
        )
    return version.version


def _remember(vault: Any, incoming: Incoming, hq_version: int | None, imported: bool) -> None:
    """Advance the received log head (never back: a packet overtaken by a later one leaves
    it), remember the case's entries the packet carried, and the content imported only when
    it was."""
    conn = vault.conn
    row = conn.execute(
        "SELECT monitor_version, content_sha256, hq_version, log_seq, log_hash"
        " FROM received_logs WHERE case_uuid = ?",
        (incoming.case_uuid,),
    ).fetchone()
    if imported or row is None:
        kept = (int(incoming.case["version"]), str(incoming.case["content_sha256"]), hq_version)
    else:
        kept = (int(row[0]), str(row[1]), row[2])
    head = incoming.head
    if row is not None and int(row[3]) > head.seq:
        head = LogPoint(int(row[3]), str(row[4]))
    conn.execute(
        "INSERT OR REPLACE INTO received_logs (case_uuid, sender_fingerprint, sender_key,"
        " monitor_reference, log_seq, log_hash, monitor_version, content_sha256, hq_version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            incoming.case_uuid,
            incoming.sender_fingerprint,
            incoming.sender_key,
            incoming.reference,
            head.seq,
            head.hash,
            *kept,
        ),
    )
    conn.executemany(
        "INSERT OR IGNORE INTO received_points (case_uuid, log_seq, log_hash) VALUES (?, ?, ?)",
        [(incoming.case_uuid, p.seq, p.hash) for p in (*incoming.points, incoming.head)],
    )


def _outcome(conn: Any, case_rid: int | None, incoming: Incoming) -> str:
    """``imported`` (new case or next version), ``duplicate`` or ``fork``."""
    if case_rid is None:
        return "imported"
    if incoming.stale:
        return "duplicate"
    arriving = str(incoming.case["content_sha256"])
    row = conn.execute(
        "SELECT content_sha256 FROM received_logs WHERE case_uuid = ?", (incoming.case_uuid,)
    ).fetchone()
    current = as_monitor(versions.current_content(conn, case_rid), incoming.reference)
    held = sha256_hex(canonical(current))
    sealed = versions.versions(conn, incoming.case_uuid)
    newest = sealed and versions.sealed_content(conn, incoming.case_uuid, sealed[-1].version)
    newest_hash = sha256_hex(canonical(as_monitor(newest, incoming.reference))) if newest else None
    base = str(row[0]) if row else None
    if arriving in (base, held):
        return "duplicate"
    if base is None or held != base or (newest_hash is not None and newest_hash != base):
        return "fork"
    return "imported"


def record(vault: Any, incoming: Incoming) -> tuple[str, int | None]:
    """Record a checked packet: the caller holds the transaction (and the blob batch of its
    staged files, committed only if this returns).

    - a new case, or a version after the one headquarters last imported and has not edited
      since: becomes the working copy and is sealed (``imported``);
    - the content headquarters last imported, or holds now, or a packet overtaken by a later
      one already accepted (``stale``): no new version (``duplicate``);
    - headquarters edited the case since it last imported it: its own version is kept (and
      sealed), the incoming content is kept in ``forks`` for a lawyer to choose (``fork``);
      the files it brings are stored (evidence is never discarded).

    Either way the custody log gets a ``receive`` entry, the received log head advances and
    the inbox row says what happened.

    The case is filed under headquarters' reference (:func:`hq_reference`), the monitor's
    beside it in ``received_logs`` and the inbox.

    :return: the inbox state and headquarters' version number holding the case.
    :raises ExchangeRefused: as :func:`write_content` and :func:`check_sender`; the caller
        rolls back.
    """
    conn = vault.conn
    check_sender(conn, incoming.case_uuid, incoming.sender_key)
    case_rid = _case_rid(conn, incoming.case_uuid)
    state = _outcome(conn, case_rid, incoming)
    reference = hq_reference(conn, incoming.case_uuid, incoming.reference)
    sender = f"packet {incoming.packet_id} from {incoming.sender_name}"
    digest = str(incoming.case["content_sha256"])
    if state == "imported":
        case_rid = write_content(vault, incoming, reference)
    assert case_rid is not None
    if state == "duplicate":  # headquarters' own unsealed edits, if any, are left as they are
        sealed = versions.versions(conn, incoming.case_uuid)
        hq_version = sealed[-1].version if sealed else None
    else:
        hq_version = seal_current(vault, case_rid, incoming.case_uuid, reference)
    if state == "duplicate":
        what = "case (overtaken by a later packet)" if incoming.stale else "case (unchanged)"
        _log(vault, reference, incoming, f"{what}, {sender}", digest)
    elif state == "fork":
        _log(vault, reference, incoming, f"case (kept beside headquarters'), {sender}", digest)
        conn.execute(
            "INSERT INTO forks (case_uuid, reference, packet_id, sender_name, monitor_version,"
            " hq_version, incoming, incoming_sha256, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                incoming.case_uuid,
                reference,
                incoming.packet_id,
                incoming.sender_name,
                int(incoming.case["version"]),
                hq_version or 0,
                incoming.content_bytes,
                digest,
                utc_now(),
            ),
        )
        _files_only(vault, case_rid, incoming, reference)
    _remember(vault, incoming, hq_version, state == "imported")
    conn.execute(
        "INSERT OR REPLACE INTO inbox (packet_id, source, sender_fingerprint, sender_name,"
        " case_uuid, reference, monitor_reference, state, reason, version, received_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
        (
            incoming.packet_id,
            incoming.source,
            incoming.sender_fingerprint,
            incoming.sender_name,
            incoming.case_uuid,
            reference,
            incoming.reference,
            state,
            int(incoming.case["version"]),
            utc_now(),
        ),
    )
    return state, hq_version
