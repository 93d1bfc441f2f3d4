"""The vault: a folder holding the wrapped key header and the SQLCipher database.

    vault.key   the vault key, wrapped under the passphrase (fieldmon.crypto.keys)
    vault.db    SQLCipher database opened with the raw vault key

Folders are created 0700 and files 0600. Nothing is written in plaintext.
"""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from fieldmon import __version__
from fieldmon.crypto import keys
from fieldmon.crypto.passphrase import passphrase_problem
from fieldmon.errors import (
    NotFound,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
)
from fieldmon.vault import migrations, records, search
from fieldmon.vault.validate import Problem, case_problem

KEY_FILE = "vault.key"
DB_FILE = "vault.db"


@dataclass(frozen=True)
class CaseSummary:
    reference: str
    title: str
    status: str | None
    language: str | None
    persons: int
    events: int
    updated_at: str


class InvalidCase(ValueError):
    """A case document that may not be stored; the vault is unchanged."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.describe())
        self.problem = problem


def default_vault_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("FieldMon", appauthor=False) / "vault"


def _make_private_dir(path: Path) -> None:
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def configure_connection(conn: Any) -> None:
    """Settings every vault connection gets once keyed (benchmarks reuse them on plain SQLite)."""
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA cache_size = -32768")
    # The first read fails here when the key does not fit the file.
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.execute("PRAGMA journal_mode = WAL").fetchone()


def _open_database(db_path: Path, key: bytes, *, create: bool) -> Any:
    if not create and not db_path.exists():
        raise VaultDamaged(f"The database {db_path} is missing; the vault cannot be opened.")
    if create:
        # Create the file ourselves so it is 0600 from its first byte.
        os.close(os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlcipher3.connect(str(db_path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher would otherwise report decryption faults on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_memory_security = ON")
        configure_connection(conn)
    except sqlcipher3.DatabaseError:
        conn.close()
        raise VaultDamaged(
            f"The database {db_path} cannot be decrypted with this vault's key: it is damaged"
            " or belongs to another vault."
        ) from None
    return conn


class Vault:
    """An open vault. Use Vault.create or Vault.open; close it (or use it as a context manager)."""

    def __init__(self, path: Path, conn: Any) -> None:
        self.path = path
        self._conn: Any = conn

    # -- lifecycle -----------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        kdf: keys.KdfParams = keys.DEFAULT_KDF,
        schema_version: int = migrations.LATEST,
    ) -> Vault:
        problem = passphrase_problem(passphrase)
        if problem:
            raise WeakPassphrase(f"This passphrase is too weak: {problem}")
        path = Path(path)
        if (path / KEY_FILE).exists() or (path / DB_FILE).exists():
            raise VaultExists(f"A vault already exists in {path}.")
        if path.exists() and any(path.iterdir()):
            raise VaultExists(f"{path} is not empty; choose an empty or new folder for a vault.")
        _make_private_dir(path)
        vault_key = keys.new_vault_key()
        conn = _open_database(path / DB_FILE, vault_key, create=True)
        try:
            migrations.migrate(conn, target=schema_version)
            with _transaction(conn):
                conn.executemany(
                    "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                    [("vault_id", str(uuid.uuid4())), ("created_by", f"FieldMon {__version__}")],
                )
            keys.write_private_file(path / KEY_FILE, keys.wrap_key(vault_key, passphrase, kdf))
        except BaseException:
            conn.close()
            for leftover in path.iterdir():
                leftover.unlink()
            raise
        return cls(path, conn)

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Vault:
        path = Path(path)
        key_path = path / KEY_FILE
        if not path.is_dir():
            raise VaultNotFound(f"No vault at {path}. Create one with 'fieldmon init'.")
        if not key_path.exists():
            if (path / DB_FILE).exists():
                raise VaultDamaged(
                    f"The key header {key_path} is missing; without it the database cannot be"
                    " decrypted."
                )
            raise VaultNotFound(f"No vault at {path}. Create one with 'fieldmon init'.")
        vault_key = keys.unwrap_key(key_path.read_bytes(), passphrase, key_path)
        conn = _open_database(path / DB_FILE, vault_key, create=False)
        try:
            migrations.migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(path, conn)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise RuntimeError("the vault is closed")
        return self._conn

    @property
    def schema_version(self) -> int:
        return migrations.current_version(self.conn)

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the vault key under a new passphrase. The database is not re-encrypted."""
        problem = passphrase_problem(new)
        if problem:
            raise WeakPassphrase(f"The new passphrase is too weak: {problem}")
        key_path = self.path / KEY_FILE
        raw = key_path.read_bytes()
        vault_key = keys.unwrap_key(raw, old, key_path)
        params = max(
            keys.kdf_params_of(raw, key_path),
            keys.DEFAULT_KDF,
            key=lambda p: (p.memory_kib, p.time_cost),
        )
        keys.write_private_file(key_path, keys.wrap_key(vault_key, new, params))

    # -- records -------------------------------------------------------------------------

    def store_cases(self, cases: Sequence[records.CaseDocument]) -> list[str]:
        """Validate and store case documents, all or none; return their references.

        A case whose id is already in the vault is replaced. Raises InvalidCase naming the first
        problem, with nothing stored.
        """
        for index, case in enumerate(cases):
            problem = case_problem(case, index)
            if problem:
                raise InvalidCase(problem)
        self._check_identities(cases)
        with _transaction(self.conn):
            for case in cases:
                case_rid = records.write_case(self.conn, case)
                search.index_case(self.conn, case_rid, case)
        return [str(c["reference"]) for c in cases]

    def _check_identities(self, cases: Sequence[records.CaseDocument]) -> None:
        by_id: dict[str, str] = {}
        by_reference: dict[str, str] = {}
        for index, case in enumerate(cases):
            label = case["reference"]
            if case["id"] in by_id:
                raise InvalidCase(
                    Problem(
                        label,
                        "id",
                        case["id"],
                        f"is also the id of case {by_id[case['id']]} in this file",
                    )
                )
            if case["reference"] in by_reference:
                raise InvalidCase(
                    Problem(
                        f"#{index + 1}",
                        "reference",
                        label,
                        "is the reference of another case in this file",
                    )
                )
            by_id[case["id"]] = label
            by_reference[label] = case["id"]
            row = self.conn.execute(
                "SELECT uuid FROM cases WHERE reference = ?", (case["reference"],)
            ).fetchone()
            if row is not None and row[0] != case["id"]:
                raise InvalidCase(
                    Problem(
                        label, "reference", label, "is already used by another case in this vault"
                    )
                )

    def _case_rid(self, reference: str) -> int:
        row = self.conn.execute(
            "SELECT rid FROM cases WHERE reference = ?", (reference,)
        ).fetchone()
        if row is None:
            raise NotFound(f"No case with reference {reference} in this vault.")
        return int(row[0])

    def get_case(self, reference: str) -> records.CaseDocument:
        return records.read_case(self.conn, self._case_rid(reference))

    def all_cases(self) -> Iterator[records.CaseDocument]:
        for (case_rid,) in self.conn.execute("SELECT rid FROM cases ORDER BY reference").fetchall():
            yield records.read_case(self.conn, int(case_rid))

    def delete_case(self, reference: str) -> None:
        case_rid = self._case_rid(reference)
        with _transaction(self.conn):
            self.conn.execute("DELETE FROM search_index WHERE case_rid = ?", (case_rid,))
            self.conn.execute("DELETE FROM cases WHERE rid = ?", (case_rid,))

    def list_cases(self, status: str | None = None) -> list[CaseSummary]:
        sql = (
            "SELECT reference, title, status, language,"
            " (SELECT count(*) FROM persons p WHERE p.case_rid = c.rid),"
            " (SELECT count(*) FROM events e WHERE e.case_rid = c.rid), updated_at"
            " FROM cases c"
        )
        args: list[Any] = []
        if status:
            sql += " WHERE status = ?"
            args.append(status)
        rows = self.conn.execute(sql + " ORDER BY reference", args).fetchall()
        return [CaseSummary(*row) for row in rows]

    def search(self, query: str, limit: int = 50) -> list[search.Hit]:
        return search.search(self.conn, query, limit)


@contextmanager
def _transaction(conn: Any) -> Iterator[None]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def vault_files(path: Path) -> list[Path]:
    """Every file of the vault folder (for tests and permission checks)."""
    return [p for p in Path(path).rglob("*") if p.is_file()]


def is_private(path: Path) -> bool:
    mode = stat.S_IMODE(path.stat().st_mode)
    return mode & 0o077 == 0
