from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from fieldmon.errors import VaultTooNew
from fieldmon.vault import migrations, records
from fieldmon.vault.migrations import LATEST, Migration
from fieldmon.vault.model import CASE, walk
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _make_version_1_vault(path: Path, document: dict[str, Any]) -> None:
    """A vault as FieldMon wrote it at schema version 1: records, no search index yet."""
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF, schema_version=1)
    assert vault.schema_version == 1
    conn = vault.conn
    conn.execute("BEGIN")
    with mock.patch.object(records, "CASE", records.model_as_of(conn)):
        for case in document["cases"]:
            records.write_case(conn, case)
    conn.execute("COMMIT")
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "search_index" not in tables
    vault.close()


def test_a_version_1_vault_opens_and_is_migrated(
    tmp_path: Path, sample_document: dict[str, Any]
) -> None:
    _make_version_1_vault(tmp_path / "v", sample_document)
    with Vault.open(tmp_path / "v", PASSPHRASE) as vault:
        assert vault.schema_version == LATEST
        assert [c.reference for c in vault.list_cases()] == [
            "AZ-2026-001",
            "AZ-2026-002",
            "AZ-2026-003",
        ]
        # The search index of version 2 was filled from the records already there.
        hits = vault.search("resad aliyev")
        assert [(h.case_reference, h.record_type) for h in hits] == [("AZ-2026-001", "persons")]
        original = records.normalise(sample_document["cases"][0])
        assert vault.get_case("AZ-2026-001") == original


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, sample_document: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_version_1_vault(tmp_path / "v", sample_document)

    def explode(conn: Any) -> None:
        raise RuntimeError("boom")

    broken = (*migrations.MIGRATIONS[:1], Migration(2, "0002_search.sql", after=explode))
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    monkeypatch.setattr(migrations, "LATEST", 2)
    with pytest.raises(RuntimeError, match="boom"):
        Vault.open(tmp_path / "v", PASSPHRASE)
    # Reopen with a FieldMon that knows only version 1: the vault is exactly as it was.
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
    monkeypatch.setattr(migrations, "LATEST", 1)
    with Vault.open(tmp_path / "v", PASSPHRASE) as vault:
        assert vault.schema_version == 1
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master")}
        assert "search_index" not in tables
        assert vault.conn.execute("SELECT count(*) FROM persons").fetchone()[0] == 8


def test_a_vault_from_a_newer_fieldmon_is_refused(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    with pytest.raises(VaultTooNew, match="Update FieldMon"):
        Vault.open(vault_dir, PASSPHRASE)


def test_every_model_field_has_its_column(empty_vault: Vault) -> None:
    for rt, parent in walk():
        columns = {r[1] for r in empty_vault.conn.execute(f"PRAGMA table_info({rt.table})")}
        expected = {f.column for f in rt.fields} | {"rid"}
        expected |= {"uuid"} if rt is CASE else {"case_rid", "local_id", "ord"}
        if parent is not None and parent is not CASE:
            expected.add("parent_rid")
        assert expected <= columns, (rt.table, expected - columns)


def test_an_intervention_without_a_reference_is_stored(empty_vault: Vault) -> None:
    """The model makes an intervention's reference optional (a communication not yet
    registered); version 1 declared the column NOT NULL, so a valid case failed to store.
    Schema 10 rebuilt the table without it."""
    case = {
        "id": str(uuid.uuid4()),
        "reference": "IV-1",
        "title": "A communication not yet registered",
        "interventions": [{"body": "wgad", "type": "individual_communication"}],
    }
    empty_vault.store_cases([case])
    assert empty_vault.get_case("IV-1")["interventions"] == case["interventions"]
