"""`fieldmon check`: is everything in the vault what it was when it was written?

Checked: SQLCipher's page authentication over the whole database, SQLite's own structure, every
blob (it decrypts, and its plaintext has the size and SHA-256 recorded at collection), every
sealed version (its content still has its hash and is linked to the one before), and the custody
log (chain and signatures). Each fault names the blob, version or entry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from fieldmon.vault import custody, files, versions
from fieldmon.vault.store import Vault


@dataclass
class CheckReport:
    faults: list[str] = field(default_factory=list)
    checked: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.faults


def check_vault(vault: Vault, progress: Callable[[str], None] | None = None) -> CheckReport:
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
    return report
