"""Forks: a monitor's version that arrived after headquarters had edited the same case.

Headquarters' version is never overwritten by a packet: it is kept (and sealed), and the
monitor's content is kept beside it in ``forks`` until a lawyer reads both and chooses
(docs/receiving.md). Choosing the monitor's makes it the working copy and seals it; choosing
headquarters' keeps the case as it is. Either way the fork is marked resolved, by whom and
when, with a custody ``edit`` entry, and nothing is deleted: the version not chosen stays in
``forks`` or among the sealed versions.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import Any

from fieldmon.errors import ExchangeRefused, NotFound
from fieldmon.exchange import intake, text
from fieldmon.vault import custody, records, search, versions
from fieldmon.vault.custody import canonical, sha256_hex, utc_now
from fieldmon.vault.store import Vault

__all__ = [
    "KEEP",
    "Comparison",
    "Fork",
    "all_forks",
    "compare",
    "differences",
    "field_lines",
    "incoming_hash",
    "open_forks",
    "resolve",
    "side_by_side",
]

KEEP = ("headquarters", "monitor")
"""Which version a resolution keeps as the case's working copy."""


@dataclass(frozen=True)
class Fork:
    """A monitor's version kept beside headquarters' edited one.

    :ivar fork_id: its number, for ``fieldmon fork show/resolve``.
    :ivar case_uuid: the case.
    :ivar reference: the case's reference.
    :ivar packet_id: the packet that brought the monitor's version.
    :ivar sender_name: the monitor, from their certificate.
    :ivar monitor_version: the monitor's version number.
    :ivar hq_version: headquarters' sealed version it was kept beside.
    :ivar incoming_sha256: SHA-256 of the monitor's sealed content.
    :ivar created_at: when it arrived (UTC ISO 8601).
    :ivar resolved_at: when it was resolved, or None while open.
    :ivar resolved_by: who resolved it, or None.
    :ivar resolution: ``headquarters`` or ``monitor`` (the version kept), or None.
    """

    fork_id: int
    case_uuid: str
    reference: str
    packet_id: str
    sender_name: str | None
    monitor_version: int
    hq_version: int
    incoming_sha256: str
    created_at: str
    resolved_at: str | None
    resolved_by: str | None
    resolution: str | None


_COLUMNS = (
    "rid, case_uuid, reference, packet_id, sender_name, monitor_version, hq_version,"
    " incoming_sha256, created_at, resolved_at, resolved_by, resolution"
)


def _fork(row: Any) -> Fork:
    rid, case_uuid, reference, packet_id, sender, monitor_version, hq_version = row[:7]
    return Fork(
        int(rid),
        str(case_uuid),
        str(reference),
        str(packet_id),
        sender,
        int(monitor_version),
        int(hq_version),
        str(row[7]),
        str(row[8]),
        row[9],
        row[10],
        row[11],
    )


def all_forks(vault: Vault) -> list[Fork]:
    """Every fork, open or resolved, oldest first.

    :param vault: headquarters' open vault.
    """
    with vault.transaction():
        rows = vault.conn.execute(f"SELECT {_COLUMNS} FROM forks ORDER BY rid").fetchall()
    return [_fork(r) for r in rows]


def open_forks(vault: Vault) -> list[Fork]:
    """The forks not yet resolved, oldest first.

    :param vault: headquarters' open vault.
    """
    return [f for f in all_forks(vault) if f.resolved_at is None]


def _get(conn: Any, fork_id: int) -> tuple[Fork, dict[str, Any]]:
    row = conn.execute(
        f"SELECT {_COLUMNS}, incoming FROM forks WHERE rid = ?", (fork_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"No fork {fork_id} in this vault.")
    return _fork(row[:-1]), dict(json.loads(bytes(row[-1])))


def _log(vault: Vault, fork: Fork, action: str, record: str) -> None:
    custody.append(
        vault.conn,
        vault.signer,
        vault.actor,
        action,
        case_uuid=fork.case_uuid,
        case_reference=fork.reference,
        record=record,
        content_hash=fork.incoming_sha256,
    )


@dataclass(frozen=True)
class Comparison:
    """Both versions of a fork as text, and what differs between them.

    :ivar hq_text: headquarters' version, readable (fieldmon.exchange.text).
    :ivar monitor_text: the monitor's version, readable.
    :ivar diff: :func:`differences` of the two: empty when the case documents are the same.
    """

    hq_text: str
    monitor_text: str
    diff: tuple[str, ...]


def field_lines(node: Any, path: str = "") -> list[str]:
    """Every field of a case document as one ``path = value`` line (values as JSON), records
    of a list named by their id when they have one (``mentions[m1].person = "p2"``), so that a
    line-by-line comparison shows every field, also those the readable text leaves out.

    :param node: a case document, or a part of one.
    :param path: the path of ``node`` in the document.
    :return: the lines, in document order.
    """
    if isinstance(node, dict):
        return [
            line
            for key, value in node.items()
            for line in field_lines(value, f"{path}.{key}" if path else str(key))
        ]
    if isinstance(node, list) and node and all(isinstance(v, dict) for v in node):
        return [
            line
            for index, value in enumerate(node)
            for line in field_lines(value, f"{path}[{value.get('id', index)}]")
        ]
    return [f"{path} = {json.dumps(node, ensure_ascii=False, sort_keys=True)}"]


def differences(
    hq_document: dict[str, Any], monitor_document: dict[str, Any], hq_text: str, monitor_text: str
) -> tuple[str, ...]:
    """What differs between headquarters' version of a case and the monitor's, as unified
    diffs (difflib; ``-`` headquarters', ``+`` the monitor's): of the readable texts, then of
    every field (:func:`field_lines`), which also shows the fields the text leaves out.

    :param hq_document: headquarters' case document.
    :param monitor_document: the monitor's.
    :param hq_text: headquarters' version as readable text.
    :param monitor_text: the monitor's.
    :return: the diff's lines (no line ends); empty when the documents are the same.
    """
    if canonical(hq_document) == canonical(monitor_document):
        return ()
    text = difflib.unified_diff(
        hq_text.splitlines(),
        monitor_text.splitlines(),
        "headquarters' version (text)",
        "the monitor's version (text)",
        lineterm="",
        n=1,
    )
    fields = difflib.unified_diff(
        field_lines(hq_document),
        field_lines(monitor_document),
        "headquarters' version (every field)",
        "the monitor's version (every field)",
        lineterm="",
        n=0,
    )
    return (*text, *fields)


def compare(vault: Vault, fork_id: int, lang: str = "en") -> Comparison:
    """Both versions of a fork as readable text, and what differs (:func:`differences`), for a
    person to compare; the custody log records the view.

    :param vault: headquarters' open vault.
    :param fork_id: the fork.
    :param lang: language of vocabulary labels.
    :return: the comparison.
    :raises NotFound: no such fork.
    """
    with vault.transaction():
        fork, incoming = _get(vault.conn, fork_id)
        ours = versions.sealed_content(vault.conn, fork.case_uuid, fork.hq_version)
        _log(vault, fork, "view", f"fork {fork_id}")
    if ours is None:
        raise NotFound(f"{fork.reference} has no sealed version {fork.hq_version}.")
    header = "{} version {} ({})\n\n"
    left = header.format("Headquarters'", fork.hq_version, fork.reference)
    right = header.format(
        f"{fork.sender_name or 'The monitor'}'s", fork.monitor_version, fork.reference
    )
    # The monitor's document under headquarters' reference: a renamed case differs in nothing.
    theirs = {**incoming["case"], "reference": fork.reference}
    hq_text, monitor_text = (text.render_case(d, lang) for d in (ours["case"], theirs))
    return Comparison(
        left + hq_text,
        right + monitor_text,
        differences(ours["case"], theirs, hq_text, monitor_text),
    )


def side_by_side(vault: Vault, fork_id: int, lang: str = "en") -> tuple[str, str]:
    """Both versions of a fork as readable text (fieldmon.exchange.text), for a person to
    compare; the custody log records the view.

    :param vault: headquarters' open vault.
    :param fork_id: the fork.
    :param lang: language of vocabulary labels.
    :return: (headquarters' version, the monitor's version).
    :raises NotFound: no such fork.
    """
    shown = compare(vault, fork_id, lang)
    return shown.hq_text, shown.monitor_text


def resolve(vault: Vault, fork_id: int, keep: str) -> None:
    """Resolve a fork, keeping headquarters' version or the monitor's as the working copy.

    ``monitor``: the monitor's case document becomes the working copy (its files were stored
    when the fork arrived) and is sealed as a new version; the received content becomes what
    later packets are compared with. ``headquarters``: the case stays as it is (sealed, if
    files the fork brought changed it). Either way the fork is marked resolved with who and
    when, and a custody ``edit`` entry names the fork and the choice; nothing is deleted.

    :param vault: headquarters' open vault.
    :param fork_id: the fork.
    :param keep: ``headquarters`` or ``monitor``.
    :raises ExchangeRefused: keep is neither; the fork is already resolved; its case is gone.
    :raises NotFound: no such fork.
    """
    if keep not in KEEP:
        raise ExchangeRefused(f"keep must be one of {', '.join(KEEP)}, not {keep!r}")
    with vault.transaction():
        conn = vault.conn
        fork, incoming = _get(conn, fork_id)
        if fork.resolved_at is not None:
            raise ExchangeRefused(
                f"fork {fork_id} was resolved on {fork.resolved_at} by {fork.resolved_by}"
            )
        row = conn.execute("SELECT rid FROM cases WHERE uuid = ?", (fork.case_uuid,)).fetchone()
        if row is None:
            raise ExchangeRefused(f"the case of fork {fork_id} is no longer at headquarters")
        case_rid = int(row[0])
        if keep == "monitor":
            # Filed under headquarters' reference, as intake files it (fieldmon.exchange.held):
            # the monitor's may be another case's here.
            document = {**incoming["case"], "reference": fork.reference}
            records.write_case(conn, document)
            search.index_case(conn, case_rid, document)
            conn.execute("DELETE FROM drafts WHERE case_uuid = ?", (fork.case_uuid,))
        number = intake.seal_current(vault, case_rid, fork.case_uuid, fork.reference)
        if keep == "monitor":
            what = f"case, fork {fork_id} resolved: the monitor's version {fork.monitor_version}"
            _log(vault, fork, "edit", f"{what} kept as version {number}")
            conn.execute(
                "UPDATE received_logs SET monitor_version = ?, content_sha256 = ?,"
                " hq_version = ? WHERE case_uuid = ?",
                (fork.monitor_version, fork.incoming_sha256, number, fork.case_uuid),
            )
        else:
            what = f"case, fork {fork_id} resolved: headquarters' version {number} kept"
            _log(vault, fork, "edit", f"{what}, the monitor's {fork.monitor_version} set aside")
        conn.execute(
            "UPDATE forks SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE rid = ?",
            (utc_now(), vault.actor, keep, fork_id),
        )


def incoming_hash(content: dict[str, Any]) -> str:
    """SHA-256 of a fork's incoming content as canonical JSON (what its sender sealed).

    :param content: the content, parsed.
    :return: 64 hex digits.
    """
    return sha256_hex(canonical(content))
