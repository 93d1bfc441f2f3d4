"""A damaged search index (rows edited with the database key, or lost) neither stops the vault
from opening nor refuses later imports; `fieldmon check` names the damage and
``--rebuild-search`` repairs it from the cases. Real SQLCipher vaults, migrated from schema 15."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldmon.exchange import casejson
from fieldmon.vault.check import check_vault
from fieldmon.vault.ids import new_case_id
from fieldmon.vault.migrations import LATEST
from fieldmon.vault.search import match_expression, remove_case
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli


def _hits(vault: Vault, query: str) -> set[tuple[str, str, str]]:
    return {(h.case_reference, h.record_type, h.record_id) for h in vault.search(query, 10_000)}


def _schema_15(path: Path, samples_json: Path) -> Vault:
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF, schema_version=15)
    casejson.import_file(vault, samples_json)
    return vault


def _rid(vault: Vault, reference: str) -> int:
    return int(
        vault.conn.execute("SELECT rid FROM cases WHERE reference = ?", (reference,)).fetchone()[0]
    )


def test_a_schema_15_entry_without_its_record_type_still_opens(
    tmp_path: Path, samples_json: Path
) -> None:
    """0016 copied a NULL record_type into a NOT NULL column: every open failed with an
    IntegrityError, and the vault could not be opened at all."""
    vault = _schema_15(tmp_path / "v", samples_json)
    rid = _rid(vault, "AZ-2026-001")
    with vault.transaction():
        newest = vault.conn.execute("SELECT max(rowid) FROM search_index").fetchone()[0]
        vault.conn.execute(
            "INSERT INTO search_index (rowid, case_rid, record_type, record_id, original, folded)"
            " VALUES (?, ?, NULL, NULL, NULL, 'kvokkezefir')",
            (newest + 1, rid),
        )
        vault.conn.execute(
            "INSERT INTO search_owner (entry, case_rid) VALUES (?, ?)", (newest + 1, rid)
        )
    vault.close()
    with Vault.open(tmp_path / "v", PASSPHRASE) as migrated:
        assert migrated.schema_version == LATEST
        assert check_vault(migrated).faults == [
            "search index: 1 index entries name no record (fieldmon check --rebuild-search"
            " indexes every case again)"
        ]
        assert ("AZ-2026-001", "persons", "p1") in _hits(migrated, "resad")


def test_a_mismatched_owner_keeps_the_case_schema_15_named(
    tmp_path: Path, samples_json: Path
) -> None:
    """Up to 15 a hit was named by the FTS5 row's case_rid; 0016 trusted the owner table's,
    so an edited owner row moved a witness's name to another case at the upgrade."""
    vault = _schema_15(tmp_path / "v", samples_json)
    one, two = _rid(vault, "AZ-2026-001"), _rid(vault, "AZ-2026-002")
    before = _hits_at_15(vault, "resad")
    assert ("AZ-2026-001", "persons", "p1") in before
    with vault.transaction():
        vault.conn.execute(
            "UPDATE search_owner SET case_rid = ? WHERE entry IN"
            " (SELECT rowid FROM search_index WHERE case_rid = ? AND record_type = 'persons')",
            (two, one),
        )
    vault.close()
    with Vault.open(tmp_path / "v", PASSPHRASE) as migrated:
        assert _hits(migrated, "resad") == before
        assert check_vault(migrated).ok


def _hits_at_15(vault: Vault, query: str) -> set[tuple[str, str, str]]:
    rows = vault.conn.execute(
        "SELECT c.reference, s.record_type, coalesce(s.record_id, '') FROM search_index AS s"
        " JOIN cases AS c ON c.rid = s.case_rid WHERE search_index MATCH ?",
        (match_expression(query),),
    )
    return {(str(r[0]), str(r[1]), str(r[2])) for r in rows}


def test_orphan_owner_rows_neither_block_imports_nor_pass_check(
    tmp_path: Path, samples_json: Path, sample_document: dict[str, Any]
) -> None:
    """Owner rows past the index's newest entry made every later import fail on the owner
    table's primary key (new entries were numbered from the index alone)."""
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    casejson.import_file(vault, samples_json)
    with vault.transaction():
        newest = int(vault.conn.execute("SELECT max(entry) FROM search_owner").fetchone()[0])
        vault.conn.executemany(
            "INSERT INTO search_owner (entry, case_rid, record_type, record_id)"
            " VALUES (?, ?, 'persons', 'p1')",
            [(newest + n, _rid(vault, "AZ-2026-001")) for n in (1, 2, 3)],
        )
    case = dict(sample_document["cases"][0], id=new_case_id(), reference="AZ-2026-077")
    case["title"] = "Detention at the Gabala station"
    vault.store_cases([case])
    assert {h.case_reference for h in vault.search("gabala station")} == {"AZ-2026-077"}
    assert check_vault(vault).faults == [
        "search index: 3 owner rows name an index entry that is not there (fieldmon check"
        " --rebuild-search indexes every case again)"
    ]
    vault.close()


def test_check_names_a_case_missing_from_the_index_and_the_rebuild_repairs_it(
    vault: Vault,
) -> None:
    vault_dir = vault.path
    hits = _hits(vault, "resad")
    assert hits
    rid = _rid(vault, "AZ-2026-001")
    with vault.transaction():
        remove_case(vault.conn, rid)
    assert ("AZ-2026-001", "persons", "p1") not in _hits(vault, "resad")
    entries = int(vault.conn.execute("SELECT count(*) FROM search_owner").fetchone()[0])
    vault.close()

    def check(*args: str) -> Any:
        return run_cli(
            "check",
            *args,
            "--vault",
            str(vault_dir),
            "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        )

    found = check()
    assert found.returncode == 6, found.stderr
    assert (
        "FAULT: search index: 1 cases have nothing in the index: a search never finds them"
        " (fieldmon check --rebuild-search indexes every case again)"
    ) in found.stdout.splitlines()
    repaired = check("--rebuild-search")
    assert repaired.returncode == 0, repaired.stdout
    first, *_, last = repaired.stdout.splitlines()
    assert first.startswith("Search index rebuilt: 3 case(s), ") and last.startswith(
        "Vault is intact"
    )
    with Vault.open(vault_dir, PASSPHRASE) as reopened:
        assert _hits(reopened, "resad") == hits
        rebuilt = int(reopened.conn.execute("SELECT count(*) FROM search_owner").fetchone()[0])
        assert rebuilt > entries
        assert check_vault(reopened).ok
