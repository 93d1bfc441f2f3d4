"""What goes into a packet, read from the vault: the case, its custody log slice, its files.

Pure reads under the caller's transaction (nothing here decrypts or writes): the sender
(fieldmon.exchange.send) reads them, lets go of the vault's lock, then streams and encrypts.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from fieldmon.errors import VaultDamaged
from fieldmon.vault import custody, versions
from fieldmon.vault.custody import canonical, sha256_hex

__all__ = ["EvidenceFile", "case_content", "custody_slice", "evidence_files", "part_count"]


@dataclass(frozen=True)
class EvidenceFile:
    """An evidence file of a sealed version, and where its encrypted blob is.

    :ivar item: its item id (``x1.1``); the object is ``files/<item>``.
    :ivar size: the plaintext's size in bytes, as the sealed version records it.
    :ivar sha256: the plaintext's SHA-256 (hex), as the sealed version records it.
    :ivar blob_name: the blob's file name in the vault's blob folder.
    :ivar identity: the blob's age X25519 identity.
    """

    item: str
    size: int
    sha256: str
    blob_name: str
    identity: str


def part_count(size: int, part_size: int) -> int:
    """How many parts an object of ``size`` bytes has: one at least (an empty object has one
    empty part), else ``ceil(size / part_size)``."""
    return max(1, -(-size // part_size))


def case_content(conn: Any, case_uuid: str, version: int) -> bytes:
    """``case.json``: the sealed version's content as :func:`canonical` bytes, whose SHA-256 is
    the version's content hash (and the seal entry's).

    :raises VaultDamaged: no such sealed version, or it no longer hashes to its content hash.
    """
    content = versions.sealed_content(conn, case_uuid, version)
    if content is None:
        raise VaultDamaged(f"sealed version {version} of case {case_uuid} is missing")
    data = canonical(content)
    row = conn.execute(
        "SELECT content_hash FROM case_versions WHERE case_uuid = ? AND version = ?",
        (case_uuid, version),
    ).fetchone()
    if sha256_hex(data) != str(row[0]):
        raise VaultDamaged(f"sealed version {version} of case {case_uuid} does not match its hash")
    return data


def evidence_files(conn: Any, case_uuid: str, content: bytes) -> list[EvidenceFile]:
    """The evidence files a sealed version lists (its ``attachments``), in that order.

    :param content: the version's ``case.json`` bytes.
    :raises VaultDamaged: a listed file is no longer stored.
    """
    manifest = json.loads(content).get("attachments", [])
    found: list[EvidenceFile] = []
    for item in manifest:
        row = conn.execute(
            "SELECT a.blob_name, a.age_identity FROM attachments a JOIN cases c"
            " ON c.rid = a.case_rid WHERE c.uuid = ? AND a.item = ?",
            (case_uuid, item["item"]),
        ).fetchone()
        if row is None:
            raise VaultDamaged(f"stored file {item['item']} of case {case_uuid} is missing")
        found.append(
            EvidenceFile(str(item["item"]), int(item["size"]), str(item["sha256"]), *map(str, row))
        )
    return found


def custody_slice(conn: Any, case_uuid: str, since: int, head: int) -> bytes:
    """``custody.json``: the log from entry ``since + 1`` to ``head``, without a gap.

    The case's entries whole (:meth:`fieldmon.vault.custody.Entry.signed_part` with
    ``entry_hash`` and a base64 ``signature``), every other entry as a bare link
    ``[seq, prev_hash, entry_hash]`` (its content stays on the laptop).

    :return: :func:`canonical` of ``{"entries": [...], "links": [...]}``.
    """
    whole = {e.seq: e for e in custody.entries(conn, case_uuid) if since < e.seq <= head}
    entries: list[dict[str, Any]] = []
    links: list[list[Any]] = []
    for seq, prev_hash, entry_hash in conn.execute(
        "SELECT seq, prev_hash, entry_hash FROM custody_log WHERE seq > ? AND seq <= ?"
        " ORDER BY seq",
        (since, head),
    ):
        entry = whole.get(int(seq))
        if entry is None:
            links.append([int(seq), str(prev_hash), str(entry_hash)])
        else:
            entries.append(
                {
                    **entry.signed_part(),
                    "entry_hash": entry.entry_hash,
                    "signature": base64.b64encode(entry.signature).decode("ascii"),
                }
            )
    return canonical({"entries": entries, "links": links})
