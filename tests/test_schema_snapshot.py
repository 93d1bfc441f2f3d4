"""A new vault's schema comes from latest.sql in one step (fieldmon/vault/migrations/snapshot.py);
it must be exactly what migrations 1 to LATEST make, object for object and column for column."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from fieldmon.vault import migrations
from fieldmon.vault.database import open_database
from fieldmon.vault.migrations import LATEST, snapshot
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

REWRITE = "python -m fieldmon.vault.migrations.snapshot"


def _schema(conn: Any) -> dict[str, Any]:
    """Everything about a database's schema that a vault could notice."""
    objects = sorted(
        tuple(row) for row in conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
    )
    tables = [row[1] for row in objects if row[0] == "table"]
    return {
        "version": conn.execute("PRAGMA user_version").fetchone()[0],
        "objects": objects,
        "table_list": sorted(tuple(row) for row in conn.execute("PRAGMA table_list")),
        "columns": {t: conn.execute(f"PRAGMA table_xinfo('{t}')").fetchall() for t in tables},
        "indexes": {t: conn.execute(f"PRAGMA index_list('{t}')").fetchall() for t in tables},
        "foreign_keys": {
            t: conn.execute(f"PRAGMA foreign_key_list('{t}')").fetchall() for t in tables
        },
        "fts5_config": conn.execute("SELECT * FROM search_index_config ORDER BY k").fetchall()
        if "search_index_config" in tables
        else None,
    }


def _migrated(target: int = LATEST) -> Any:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    migrations.migrate(conn, target=target)
    return conn


def _from_snapshot() -> Any:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    snapshot.apply(conn)
    return conn


def test_the_snapshot_is_what_the_migrations_make() -> None:
    migrated, made = _schema(_migrated()), _schema(_from_snapshot())
    for key in migrated:
        assert made[key] == migrated[key], (
            f"fieldmon/vault/migrations/latest.sql differs from the migrations in {key};"
            f" write it again with `{REWRITE}`"
        )


def test_the_comparison_notices_a_missing_migration() -> None:
    """The test above would pass against a snapshot of LATEST - 1 if it compared too little."""
    assert _schema(_migrated(LATEST - 1)) != _schema(_migrated())


def test_the_snapshot_names_the_latest_version() -> None:
    version, script = snapshot.read()
    assert version == LATEST, f"latest.sql is of version {version}; write it with `{REWRITE}`"
    assert script == snapshot.dump(_migrated())


def test_a_new_vault_has_the_migrated_schema_and_a_certified_monitor(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    try:
        assert vault.schema_version == LATEST
        assert _schema(vault.conn) == _schema(_migrated())
        purposes = sorted(r[0] for r in vault.conn.execute("SELECT purpose FROM signing_keys"))
        assert purposes == ["monitor", "root"]
        certified = sorted(r[0] for r in vault.conn.execute("SELECT purpose FROM certificates"))
        assert certified == ["monitor", "root"]
    finally:
        vault.close()


def test_the_snapshot_refuses_a_database_with_a_schema(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "x.db", os.urandom(32), create=True)
    try:
        migrations.migrate(conn, target=3)
        before = _schema(conn)
        keys = conn.execute("SELECT * FROM signing_keys").fetchall()
        with pytest.raises(ValueError, match="only for an empty database"):
            snapshot.create_latest(conn)
        assert _schema(conn) == before
        assert conn.execute("SELECT * FROM signing_keys").fetchall() == keys
    finally:
        conn.close()


def test_a_snapshot_of_another_version_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot, "LATEST", LATEST + 1)
    conn = open_database(tmp_path / "x.db", os.urandom(32), create=True)
    try:
        with pytest.raises(ValueError, match=f"not {LATEST + 1}"):
            snapshot.create_latest(conn)
        assert conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0] == 0
    finally:
        conn.close()
