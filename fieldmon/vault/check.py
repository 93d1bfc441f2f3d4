"""`fieldmon check`: is everything in the vault what it was when it was written?

Checked: SQLCipher's page authentication over the whole database, SQLite's own structure, every
blob (it decrypts, and its plaintext has the size and SHA-256 recorded at collection), every
sealed version (its content still has its hash, is linked to the one before, and has exactly one
seal entry in the custody log, and every seal entry a version), the custody log (chain,
signatures, the head recorded apart, never empty beside cases or sealed versions), and every
stored RFC 3161 timestamp (over a seal entry still in the log, signature intact), every
headquarters receipt as the log's external anchor (the entry at the head it accepted still has
that hash) and every purge stub (logged, covered by a receipt). Each fault names the blob,
version, entry or case.

What a check inside the vault cannot see: someone with the passphrase who rewrites the log and
the versions consistently and re-signs them with the vault's own key. Only a copy of a case's
history that left the laptop shows that (``fieldmon verify LATER.pdf --since EARLIER.pdf``),
a timestamp token over a seal entry that no longer matches, or a headquarters receipt whose
log head the log no longer has (up to the newest receipt).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from fieldmon.vault import custody, files, purged, search_check, timestamps, versions

__all__ = ["CheckReport", "OpenVault", "check_vault"]


class OpenVault(Protocol):
    """What a check needs of an open vault (``fieldmon.vault.store.Vault`` has it)."""

    @property
    def conn(self) -> Any:
        """The keyed SQLCipher connection."""

    @property
    def blob_dir(self) -> Path:
        """The folder of the vault's encrypted files."""

    @property
    def cleaned(self) -> list[str]:
        """Unfinished blobs removed when the vault was opened."""


@dataclass
class CheckReport:
    """What a check found: ``faults`` (one line each, naming what is wrong), how many of each
    kind of thing were ``checked``, and ``notes`` that are not faults."""

    faults: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Whether no fault was found."""
        return not self.faults


def check_vault(vault: OpenVault, progress: Callable[[str], None] | None = None) -> CheckReport:
    """Check everything in the vault against what was recorded when it was written: SQLCipher's
    page authentication (``PRAGMA cipher_integrity_check``), SQLite's ``integrity_check``,
    every blob decrypted and hashed, every sealed version, the custody log, every receipt's
    log head and purge stub (fieldmon.vault.purged), the search index against the cases
    (fieldmon.vault.search_check) and every stored RFC 3161 seal timestamp.

    :param vault: the open vault.
    :param progress: called with the name of each stage as it starts.
    :return: the report; the vault is not changed. Takes seconds per GB of stored files.
    """
    report = CheckReport()
    conn = vault.conn
    say = progress or (lambda _: None)

    say("database pages")
    for (problem,) in conn.execute("PRAGMA cipher_integrity_check").fetchall():
        report.faults.append(f"database: {problem}")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    report.checked["database pages"] = int(pages)
    result = [str(r[0]) for r in conn.execute("PRAGMA integrity_check").fetchall()]
    if result != ["ok"]:
        report.faults.extend(f"database structure: {r}" for r in result)

    say("stored files")
    rows = conn.execute(
        "SELECT c.reference, a.item, a.blob_name, a.age_identity, a.sha256, a.size"
        " FROM attachments a JOIN cases c ON c.rid = a.case_rid ORDER BY c.reference, a.rid"
    ).fetchall()
    known = set()
    for reference, item, blob_name, identity, sha256, size in rows:
        known.add(blob_name)
        name = f"blob {blob_name} ({reference} {item})"
        try:
            digest, actual_size = files.decrypt_stream(vault.blob_dir / blob_name, identity, None)
        except files.BlobUnreadable as error:
            report.faults.append(f"{name}: {error}")
            continue
        if digest != sha256 or actual_size != size:
            report.faults.append(f"{name}: does not match the SHA-256 taken at collection")
    report.checked["stored files"] = len(rows)
    for path in files.iter_blob_files(vault.blob_dir):
        if path.name not in known:
            report.faults.append(f"blob {path.name}: belongs to no evidence record")
    if vault.cleaned:
        report.notes.append(
            f"removed {len(vault.cleaned)} unfinished blob(s) left by an interrupted attach"
        )

    say("sealed versions")
    report.faults.extend(versions.verify(conn))
    report.checked["sealed versions"] = int(
        conn.execute("SELECT count(*) FROM case_versions").fetchone()[0]
    )

    say("custody log")
    report.faults.extend(custody.verify(conn))
    report.checked["custody entries"] = int(
        conn.execute("SELECT count(*) FROM custody_log").fetchone()[0]
    )

    say("receipts and purges")
    report.faults.extend(purged.anchor_faults(conn))
    report.faults.extend(purged.verify(conn))
    report.checked["receipts"] = len(purged.receipts_held(conn))
    report.checked["purged cases"] = len(purged.stubs(conn))

    say("search index")
    report.faults.extend(search_check.index_faults(conn))
    report.checked["search entries"] = int(
        conn.execute("SELECT count(*) FROM search_owner").fetchone()[0]
    )

    say("seal timestamps")
    report.faults.extend(timestamps.verify(conn))
    report.checked["seal timestamps"] = int(
        conn.execute("SELECT count(*) FROM seal_timestamps").fetchone()[0]
    )
    return report
