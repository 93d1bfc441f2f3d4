"""A case's history as it leaves the vault: its own custody chain and its sealed versions.

Every dossier and every fieldmon-case/1 export carries, for each case it holds, what
:func:`case_history` gives: the hashes of that case's custody entries in log order, the head
of a hash chain over them, and each sealed version with its content hash, the hash of the
custody entry that sealed it, and the RFC 3161 token over that entry where one was stored.
Nothing in it concerns another case: the entry hashes are opaque (each is the SHA-256 of an
entry whose content, including the hash of the entry before it, is not given), so they reveal
only how many entries the case has.

The chain (:func:`chain_head`), stated in docs/dossiers.md "History":
``h0`` = 32 zero bytes; ``h(i) = SHA-256(h(i-1) || e(i))``, where ``e(i)`` is the 32-byte
``entry_hash`` of the case's i-th custody entry; the head is ``h(n)`` in hex. A later copy of
the history extends an earlier one when the earlier list of entry hashes is a prefix of the
later one and every earlier sealed version is in the later with the same hashes
(:mod:`fieldmon.dossier.history` checks it).
"""

from __future__ import annotations

import base64
from typing import Any

from fieldmon.vault import custody, timestamps
from fieldmon.vault.custody import GENESIS, sha256_hex

__all__ = ["HISTORY_FORMAT", "case_history", "chain_head"]

HISTORY_FORMAT = "fieldmon-case-history/1"
"""The format named in every history a dossier or export carries."""


def chain_head(entry_hashes: list[str]) -> str:
    """The head of the hash chain over a case's custody entries (see the module's text).

    :param entry_hashes: the entries' hashes, 64 hex digits each, in log order.
    :return: the head, 64 hex digits; :data:`fieldmon.vault.custody.GENESIS` for no entry.
    :raises ValueError: an entry hash is not hex.
    """
    head = GENESIS
    for entry_hash in entry_hashes:
        head = sha256_hex(bytes.fromhex(head) + bytes.fromhex(entry_hash))
    return head


def case_history(conn: Any, case_uuid: str, reference: str) -> dict[str, Any]:
    """What a dossier or export records of one case's history, as it stands.

    :param conn: an open vault database connection; read only (hold the vault's lock, ideally
        a transaction, so that the log and the versions are read as of one moment).
    :param case_uuid: the case.
    :param reference: its reference, named in the result.
    :return: ``{"case": reference, "entries": n, "head": hex, "entry_hashes": [hex...],
        "sealed": [{"version", "sha256", "seal_entry", "timestamp"?}...]}``; ``seal_entry`` is
        None for a version whose seal entry is missing (``fieldmon check`` names it), and
        ``timestamp`` (base64 of the RFC 3161 token, DER) is there only for a stamped seal.
    """
    entries = custody.entries(conn, case_uuid)
    hashes = [e.entry_hash for e in entries]
    seals = {e.record: e.entry_hash for e in entries if e.action == "seal"}
    stamped = timestamps.tokens(conn)
    sealed = []
    rows = conn.execute(
        "SELECT version, content_hash FROM case_versions WHERE case_uuid = ? ORDER BY version",
        (case_uuid,),
    ).fetchall()
    for number, content_hash in rows:
        seal_entry = seals.get(f"version {number}")
        item: dict[str, Any] = {
            "version": int(number),
            "sha256": str(content_hash),
            "seal_entry": seal_entry,
        }
        if seal_entry in stamped:
            item["timestamp"] = base64.b64encode(stamped[seal_entry]).decode("ascii")
        sealed.append(item)
    return {
        "case": reference,
        "entries": len(hashes),
        "head": chain_head(hashes),
        "entry_hashes": hashes,
        "sealed": sealed,
    }
