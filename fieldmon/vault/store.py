"""The vault: a folder holding the wrapped key header, the SQLCipher database and the blobs.

    vault.key   the vault key, wrapped under the passphrase (fieldmon.crypto.keys)
    vault.db    SQLCipher database opened with the raw vault key
    vault.lock  held while a FieldMon process has the vault open
    blobs/      one age-encrypted file per attachment, named at random

Folders are created 0700 and files 0600. Nothing is written in plaintext.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import secrets
import shutil
import stat
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import sqlcipher3

from fieldmon import __version__
from fieldmon.crypto import keys
from fieldmon.crypto.passphrase import passphrase_problem
from fieldmon.crypto.signing import SigningKey
from fieldmon.errors import (
    FieldMonError,
    NotFound,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from fieldmon.logs import log
from fieldmon.vault import (
    attempts,
    custody,
    files,
    identities,
    migrations,
    records,
    search,
    versions,
)
from fieldmon.vault.custody import canonical, sha256_hex, utc_now
from fieldmon.vault.validate import InvalidCase, Problem, case_problem, case_problems

KEY_FILE = "vault.key"
DB_FILE = "vault.db"
# The decoy a duress passphrase opens. Every vault has one from init on (with a key nobody
# holds until a duress passphrase is set), so its presence says nothing.
DECOY_DB = "decoy.db"
DECOY_BLOB_DIR = "decoy-blobs"
LOCK_FILE = "vault.lock"
BLOB_DIR = "blobs"
PARTIAL = ".partial"
# Photos and scans are stripped in memory; nothing this large is a photo.
MAX_STRIP_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class CaseSummary:
    reference: str
    title: str
    status: str | None
    language: str | None
    persons: int
    events: int
    updated_at: str


@dataclass(frozen=True)
class Attachment:
    case_reference: str
    item: str
    evidence_id: str
    sha256: str
    size: int
    media_type: str
    original_name: str
    collected_at: str
    collector: str
    metadata: dict[str, Any]
    derived_from: str | None
    derivation: str | None


@dataclass(frozen=True)
class CaseHistory:
    reference: str
    versions: list[versions.Version]
    changed_since_seal: bool
    """True when the case has edits no sealed version holds (or was never sealed)."""

    @property
    def working_version(self) -> int:
        last = self.versions[-1].version if self.versions else 0
        return last + 1 if self.changed_since_seal else last


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


def _fresh_database(
    db_path: Path, key: bytes, schema_version: int, name: str | None, organisation: str | None
) -> Any:
    conn = _open_database(db_path, key, create=True)
    try:
        migrations.migrate(conn, target=schema_version)
        with _transaction(conn):
            conn.executemany(
                "INSERT INTO vault_meta (key, value) VALUES (?, ?)",
                [("vault_id", str(uuid.uuid4())), ("created_by", f"FieldMon {__version__}")],
            )
            if schema_version >= 4:
                identities.set_up(conn, name, organisation)
            elif schema_version >= 3:
                conn.execute(
                    "UPDATE signing_keys SET display_name = ?, organisation = ?"
                    " WHERE purpose = 'monitor'",
                    (name, organisation),
                )
    except BaseException:
        conn.close()
        raise
    return conn


def _remove_database(path: Path, db_name: str, blob_dir: str) -> None:
    """Delete a database with its journal files, and empty its blob folder."""
    for leftover in (db_name, db_name + "-wal", db_name + "-shm"):
        (path / leftover).unlink(missing_ok=True)
    shutil.rmtree(path / blob_dir, ignore_errors=True)


def _replace_decoy(path: Path, key: bytes, name: str | None, organisation: str | None) -> None:
    """A new, empty decoy vault beside the real one, opened by key (discarded by the caller
    when no duress passphrase is to open it)."""
    _remove_database(path, DECOY_DB, DECOY_BLOB_DIR)
    _fresh_database(path / DECOY_DB, key, migrations.LATEST, name, organisation).close()
    _make_private_dir(path / DECOY_BLOB_DIR)


def _wipe_real_silently(path: Path, raw: bytes, duress_slot: int, key_path: Path) -> None:
    """What a duress passphrase set with wipe does before it shows the decoy: every other slot
    (the real one among them) becomes random, and the real database and files are replaced by
    a fresh database nobody holds the key to, so the folder looks as it did."""
    header = keys.parse_header(raw, key_path)
    for index in range(len(header.slots)):
        if index != duress_slot:
            raw = keys.forget_slot(raw, index, key_path)
    keys.write_private_file(key_path, raw)
    _remove_database(path, DB_FILE, BLOB_DIR)
    _fresh_database(path / DB_FILE, keys.new_vault_key(), migrations.LATEST, None, None).close()
    _make_private_dir(path / BLOB_DIR)


_T = TypeVar("_T")


def _one_thread_at_a_time(cls: type[_T]) -> type[_T]:
    """Make every public method of ``cls`` hold the instance's lock while it runs.

    The desktop app's window thread and its background workers share one SQLite connection.
    Python's sqlite3 module is not safe for simultaneous use of one connection (its statement
    cache and transaction state are shared): a file viewed while another was being stored
    failed with "cannot start a transaction" or a KeyError from the cache. Serialising here,
    in one place, covers every caller. ``transaction`` takes the lock itself.
    """
    for name, member in list(vars(cls).items()):
        if name.startswith("_") or name == "transaction" or not inspect.isfunction(member):
            continue
        if getattr(member, "_without_lock", False):
            continue

        def locked(method: Callable[..., Any]) -> Callable[..., Any]:
            @functools.wraps(method)
            def run(self: Any, *args: Any, **kwargs: Any) -> Any:
                with self._writing:
                    return method(self, *args, **kwargs)

            return run

        setattr(cls, name, locked(member))
    return cls


@_one_thread_at_a_time
class Vault:
    """An open vault. Use Vault.create or Vault.open; close it (or use it as a context manager)."""

    def __init__(
        self, path: Path, conn: Any, lock_fd: int | None = None, *, decoy: bool = False
    ) -> None:
        self.path = Path(path)
        self.decoy = decoy
        self._conn: Any = conn
        # One connection serves the window's thread and its background workers: see
        # _one_thread_at_a_time.
        self._writing = threading.RLock()
        self._lock_fd = lock_fd
        self.cleaned: list[str] = []
        """Unfinished blobs (from an interrupted attach) removed when the vault was opened."""
        self._signer: SigningKey | None = None
        self._actor = identities.DEFAULT_NAME

    # -- lifecycle -----------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        kdf: keys.KdfParams = keys.DEFAULT_KDF,
        schema_version: int = migrations.LATEST,
        name: str | None = None,
        organisation: str | None = None,
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
        lock_fd = _lock(path)
        vault_key = keys.new_vault_key()
        conn = None
        try:
            conn = _fresh_database(path / DB_FILE, vault_key, schema_version, name, organisation)
            _make_private_dir(path / BLOB_DIR)
            _replace_decoy(path, keys.new_vault_key(), name, organisation)
            keys.write_private_file(path / KEY_FILE, keys.wrap_key(vault_key, passphrase, kdf))
        except BaseException:
            if conn is not None:
                conn.close()
            os.close(lock_fd)
            for leftover in sorted(path.rglob("*"), reverse=True):
                leftover.rmdir() if leftover.is_dir() else leftover.unlink()
            raise
        return cls(path, conn, lock_fd)

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
        raw = key_path.read_bytes()
        attempts.wait_before_attempt(path)
        try:
            opened = keys.open_header(raw, passphrase, key_path)
        except WrongPassphrase:
            log.warning("unlock failed: wrong passphrase")
            if attempts.record_failure(path):
                from fieldmon.vault.recovery import wipe

                wipe(path)
            raise
        attempts.record_success(path)
        lock_fd = _lock(path)
        try:
            if opened.role == keys.ROLE_DECOY_WIPE:
                _wipe_real_silently(path, raw, opened.slot, key_path)
            decoy = opened.role != keys.ROLE_REAL
            conn = _open_database(path / (DECOY_DB if decoy else DB_FILE), opened.key, create=False)
        except BaseException:
            os.close(lock_fd)
            raise
        try:
            migrations.migrate(conn)
            if keys.parse_header(raw, key_path).version == 1:
                # Older vaults get the fixed key slots, and a decoy, once opened.
                keys.write_private_file(key_path, keys.upgrade_header(raw, passphrase, key_path))
                if not (path / DECOY_DB).exists():
                    _replace_decoy(path, keys.new_vault_key(), None, None)
        except BaseException:
            conn.close()
            os.close(lock_fd)
            raise
        vault = cls(path, conn, lock_fd, decoy=decoy)
        vault._remove_unfinished_blobs()
        log.info("vault opened (schema %d)", vault.schema_version)
        if vault.cleaned:
            log.warning(
                "removed %d unfinished blob(s) of an interrupted attach", len(vault.cleaned)
            )
        return vault

    def abandon(self) -> None:
        """Let go of the database at once, without waiting for another thread's work (the
        panic wipe must not wait for a file being stored). That work is interrupted and fails;
        nothing it had not committed is kept. Call only when the vault is being destroyed."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.interrupt()  # the statement running in another thread stops with an error
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    abandon._without_lock = True  # type: ignore[attr-defined]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
            log.info("vault closed")
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        """Whether the database is open: False once closed by lock, quit or wipe."""
        return self._conn is not None

    @property
    def conn(self) -> Any:
        if self._conn is None:
            raise RuntimeError("the vault is closed")
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction on the vault: all or nothing, one thread at a time.

        A second thread waits until the first has committed or rolled back.
        """
        with self._writing, _transaction(self.conn):
            yield

    @property
    def schema_version(self) -> int:
        return migrations.current_version(self.conn)

    @property
    def blob_dir(self) -> Path:
        return self.path / (DECOY_BLOB_DIR if self.decoy else BLOB_DIR)

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the vault key under a new passphrase. The database is not re-encrypted."""
        problem = passphrase_problem(new)
        if problem:
            raise WeakPassphrase(f"The new passphrase is too weak: {problem}")
        key_path = self.path / KEY_FILE
        keys.write_private_file(
            key_path, keys.rewrap_slot(key_path.read_bytes(), old, new, key_path)
        )

    def set_duress(self, passphrase: str, duress: str, *, wipe_real: bool = False) -> None:
        """Let a second passphrase open a fresh decoy vault (and, with wipe_real, silently
        destroy this one when it is used). A duress passphrase set before stops working."""
        if self.decoy:
            raise FieldMonError("Set the duress passphrase from the real vault.")
        problem = passphrase_problem(duress)
        if problem:
            raise WeakPassphrase(f"The duress passphrase is too weak: {problem}")
        if duress == passphrase:
            raise FieldMonError("The duress passphrase must differ from the real one.")
        key_path = self.path / KEY_FILE
        raw = key_path.read_bytes()
        keys.open_header(raw, passphrase, key_path)  # the real passphrase, or WrongPassphrase
        me = identities.current(self.conn)
        decoy_key = keys.new_vault_key()
        _replace_decoy(self.path, decoy_key, me.name, me.organisation)
        keys.write_private_file(
            key_path,
            keys.set_duress_slot(raw, passphrase, duress, decoy_key, wipe_real, key_path),
        )

    def identity(self) -> identities.Identity:
        """The signing identity of this vault: its name, organisation and certificates."""
        return identities.current(self.conn)

    def install_certificates(self, pem_data: bytes) -> identities.Identity:
        """Install the monitor certificate headquarters issued (with its chain); see
        identities.install for what is checked. Returns the identity now in use."""
        with self.transaction():
            return identities.install(self.conn, pem_data)

    def certificate_request(self) -> bytes:
        """A PEM certificate signing request for this vault's monitor key, for headquarters."""
        return identities.csr(self.conn)

    def clear_duress(self, passphrase: str) -> None:
        """Stop any duress passphrase from opening anything; the decoy is emptied."""
        if self.decoy:
            raise FieldMonError("Clear the duress passphrase from the real vault.")
        key_path = self.path / KEY_FILE
        raw = key_path.read_bytes()
        keys.write_private_file(
            key_path, keys.set_duress_slot(raw, passphrase, "", None, False, key_path)
        )
        _replace_decoy(self.path, keys.new_vault_key(), None, None)

    # -- identity and custody --------------------------------------------------------------

    @property
    def signer(self) -> SigningKey:
        if self._signer is None:
            row = self.conn.execute(
                "SELECT private_key, public_key, display_name FROM signing_keys"
                " WHERE purpose = 'monitor' ORDER BY rid DESC LIMIT 1"
            ).fetchone()
            if row is None:
                raise VaultDamaged(f"The vault in {self.path} has no signing key.")
            self._signer = SigningKey(bytes(row[0]), bytes(row[1]))
            self._actor = str(row[2] or identities.DEFAULT_NAME)
        return self._signer

    @property
    def actor(self) -> str:
        _ = self.signer
        return self._actor

    def _log(
        self,
        action: str,
        case: tuple[str, str] | None = None,
        record: str | None = None,
        content_hash: str | None = None,
    ) -> custody.Entry:
        """Append a custody entry; case is (uuid, reference). The caller holds the transaction."""
        return custody.append(
            self.conn,
            self.signer,
            self.actor,
            action,
            case_uuid=case[0] if case else None,
            case_reference=case[1] if case else None,
            record=record,
            content_hash=content_hash,
        )

    def custody_log(self, reference: str | None = None) -> list[custody.Entry]:
        case_uuid = self._case_ids(reference)[1] if reference else None
        return custody.entries(self.conn, case_uuid)

    # -- records -------------------------------------------------------------------------

    def store_cases(
        self,
        cases: Sequence[records.CaseDocument],
        *,
        action: str = "edit",
        files_to_attach: Callable[[], Mapping[tuple[int, str], Path]] | None = None,
    ) -> list[str]:
        """Validate and store case documents, all or none; return their references.

        A case whose id is already in the vault is replaced by the new document (a sealed
        version of it stays as it was). action is how the custody log names the change:
        "edit" (or "create" for a new case) or "import". files_to_attach, called once the
        documents are found valid, maps (index of the case, evidence id) to a file to store
        encrypted for that evidence record. Raises InvalidCase naming the first problem, with
        nothing stored.
        """
        self.check_cases(cases)
        attach = files_to_attach() if files_to_attach is not None else {}
        with _BlobBatch(self.blob_dir) as batch, self.transaction():
            for index, case in enumerate(cases):
                case_rid, created = self._write_case(case)
                self.conn.execute("DELETE FROM drafts WHERE case_uuid = ?", (str(case["id"]),))
                ids = (str(case["id"]), str(case["reference"]))
                logged = action if action == "import" or not created else "create"
                self._log(logged, ids, "case", sha256_hex(canonical(case)))
                for (case_index, evidence_id), source in attach.items():
                    if case_index == index:
                        self._attach_file(batch, case_rid, ids, evidence_id, source, skip_same=True)
        return [str(c["reference"]) for c in cases]

    def check_cases(self, cases: Sequence[records.CaseDocument]) -> None:
        """Raise InvalidCase with the first reason these documents may not be stored."""
        for index, case in enumerate(cases):
            problem = case_problem(case, index)
            if problem:
                raise InvalidCase(problem, case_problems(case, index))
        self._check_identities(cases)
        self._check_evidence_kept(cases)

    def _write_case(self, case: records.CaseDocument) -> tuple[int, bool]:
        existed = self.conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (case["id"],)).fetchone()
        case_rid = records.write_case(self.conn, case)
        search.index_case(self.conn, case_rid, case)
        return case_rid, existed is None

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

    def _check_evidence_kept(self, cases: Sequence[records.CaseDocument]) -> None:
        """An edit may not drop an evidence record whose files are stored: they would be lost."""
        for case in cases:
            kept = {e.get("id") for e in case.get("evidence", [])}
            for evidence_id in sorted(self.evidence_with_files(str(case["id"]))):
                if evidence_id not in kept:
                    raise InvalidCase(
                        Problem(
                            str(case["reference"]),
                            "evidence",
                            evidence_id,
                            "has stored files, so it cannot be left out of the case",
                        )
                    )

    def _case_ids(self, reference: str) -> tuple[int, str]:
        row = self.conn.execute(
            "SELECT rid, uuid FROM cases WHERE reference = ?", (reference,)
        ).fetchone()
        if row is None:
            raise NotFound(f"No case with reference {reference} in this vault.")
        return int(row[0]), str(row[1])

    def _case_rid(self, reference: str) -> int:
        return self._case_ids(reference)[0]

    def get_case(self, reference: str) -> records.CaseDocument:
        """The case document, for the program's own use (not logged; see view_case)."""
        return records.read_case(self.conn, self._case_rid(reference))

    def view_case(self, reference: str) -> records.CaseDocument:
        """The case document, shown to a person: the custody log records the view."""
        case_rid, case_uuid = self._case_ids(reference)
        case = records.read_case(self.conn, case_rid)
        with self.transaction():
            self._log("view", (case_uuid, reference), "case", sha256_hex(canonical(case)))
        return case

    def export_cases(self, references: Sequence[str] | None = None) -> list[records.CaseDocument]:
        """Case documents leaving the vault; each export is recorded in the custody log."""
        chosen = list(references) if references else [c.reference for c in self.list_cases()]
        cases = [self.get_case(r) for r in chosen]
        with self.transaction():
            for case in cases:
                ids = (str(case["id"]), str(case["reference"]))
                self._log("export", ids, "case", sha256_hex(canonical(case)))
        return cases

    def log_dossier_export(self, references: Sequence[str], record: str, digest: str) -> None:
        """Record that a signed dossier with SHA-256 digest was made from these cases."""
        with self.transaction():
            for reference in references:
                self._log("export", (self._case_ids(reference)[1], reference), record, digest)

    def all_cases(self) -> Iterator[records.CaseDocument]:
        for (case_rid,) in self.conn.execute("SELECT rid FROM cases ORDER BY reference").fetchall():
            yield records.read_case(self.conn, int(case_rid))

    def delete_case(self, reference: str) -> None:
        """Delete an unsealed case, its records and its files. Sealed cases are only superseded."""
        case_rid, case_uuid = self._case_ids(reference)
        sealed = versions.versions(self.conn, case_uuid)
        if sealed:
            raise FieldMonError(
                f"{reference} is sealed (version {sealed[-1].version}); a sealed case cannot be"
                " deleted, only superseded by a new version."
            )
        blobs = [
            str(r[0])
            for r in self.conn.execute(
                "SELECT blob_name FROM attachments WHERE case_rid = ?", (case_rid,)
            )
        ]
        with self.transaction():
            search.remove_case(self.conn, case_rid)
            self.conn.execute("DELETE FROM cases WHERE rid = ?", (case_rid,))
            self._log("delete", (case_uuid, reference), "case")
        for name in blobs:
            (self.blob_dir / name).unlink(missing_ok=True)

    def list_cases(
        self, status: str | None = None, offset: int = 0, limit: int = -1
    ) -> list[CaseSummary]:
        """Cases in reference order; offset and limit fetch one page of them."""
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
        rows = self.conn.execute(
            sql + " ORDER BY reference LIMIT ? OFFSET ?", [*args, limit, offset]
        ).fetchall()
        return [CaseSummary(*row) for row in rows]

    def case_count(self, status: str | None = None) -> int:
        if status:
            row = self.conn.execute("SELECT count(*) FROM cases WHERE status = ?", (status,))
        else:
            row = self.conn.execute("SELECT count(*) FROM cases")
        return int(row.fetchone()[0])

    def search(self, query: str, limit: int = 50) -> list[search.Hit]:
        return search.search(self.conn, query, limit)

    # -- drafts --------------------------------------------------------------------------

    def save_draft(self, case: records.CaseDocument) -> None:
        """Keep what is being typed (valid or not) until it is stored or discarded."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO drafts (case_uuid, content, saved_at) VALUES (?, ?, ?)"
                " ON CONFLICT(case_uuid) DO UPDATE SET content = excluded.content,"
                " saved_at = excluded.saved_at",
                (str(case["id"]), json.dumps(case, ensure_ascii=False), utc_now()),
            )

    def draft(self, case_uuid: str) -> tuple[records.CaseDocument, str] | None:
        """The draft of a case and when it was saved, if there is one."""
        row = self.conn.execute(
            "SELECT content, saved_at FROM drafts WHERE case_uuid = ?", (case_uuid,)
        ).fetchone()
        return (dict(json.loads(row[0])), str(row[1])) if row else None

    def drafts(self) -> list[tuple[records.CaseDocument, str]]:
        rows = self.conn.execute(
            "SELECT content, saved_at FROM drafts ORDER BY saved_at"
        ).fetchall()
        return [(dict(json.loads(r[0])), str(r[1])) for r in rows]

    def discard_draft(self, case_uuid: str) -> None:
        with self.transaction():
            self.conn.execute("DELETE FROM drafts WHERE case_uuid = ?", (case_uuid,))

    def case_uuid(self, reference: str) -> str:
        return self._case_ids(reference)[1]

    # -- sealed versions -----------------------------------------------------------------

    def seal(self, reference: str) -> tuple[versions.Version, bool]:
        """Seal the case and every record in it; return the version and whether it is new."""
        case_rid, case_uuid = self._case_ids(reference)
        with self.transaction():
            version, new = versions.seal(self.conn, case_rid, case_uuid, self.actor)
            if new:
                self._log(
                    "seal",
                    (case_uuid, reference),
                    f"version {version.version}",
                    version.content_hash,
                )
        return version, new

    def history(self, reference: str) -> CaseHistory:
        case_rid, case_uuid = self._case_ids(reference)
        return CaseHistory(
            reference,
            versions.versions(self.conn, case_uuid),
            versions.working_copy_changed(self.conn, case_rid, case_uuid),
        )

    def sealed_version(self, reference: str, number: int) -> dict[str, Any]:
        """The sealed content of version number (case document and attachment manifest)."""
        _, case_uuid = self._case_ids(reference)
        content = versions.sealed_content(self.conn, case_uuid, number)
        if content is None:
            raise NotFound(f"{reference} has no sealed version {number}.")
        with self.transaction():
            self._log(
                "view", (case_uuid, reference), f"version {number}", sha256_hex(canonical(content))
            )
        return content

    # -- evidence files ------------------------------------------------------------------

    def attach(
        self,
        reference: str,
        source: Path,
        *,
        evidence_id: str | None = None,
        title: str | None = None,
        source_type: str | None = None,
        strip_metadata: bool = False,
    ) -> list[Attachment]:
        """Store a file encrypted for an evidence record (a new one unless evidence_id names one).

        With strip_metadata a copy without EXIF/GPS is stored too, linked to the original.
        Returns the stored items, original first.
        """
        source = Path(source)
        _check_readable(source)
        with self._writing:  # refuse an unknown case or record before the slow part
            self._evidence_record(reference, evidence_id, title, source, source_type)
        stripped: bytes | None = None
        kind = files.media_type(files.read_head(source), source.name)
        metadata = files.embedded_metadata(source, kind)
        if strip_metadata:
            if source.stat().st_size > MAX_STRIP_BYTES:
                raise FieldMonError(f"{source} is too large to remove metadata from.")
            try:
                stripped = files.strip_metadata(source.read_bytes(), kind)
            except files.CannotStrip as error:
                raise FieldMonError(f"{source}: {error}; nothing was stored.") from None
        with _BlobBatch(self.blob_dir) as batch:
            # Encrypting is the slow part (seconds per GB) and touches no database: it runs
            # outside the vault's lock, so the window can search or view meanwhile.
            name, sealed = batch.write(lambda target: files.encrypt_file(source, target))
            copy = None
            if stripped is not None:
                data = stripped
                copy = batch.write(lambda target: files.encrypt_bytes(data, target))
            with self._writing, self.transaction():
                case, evidence_id = self._evidence_record(
                    reference, evidence_id, title, source, source_type
                )
                case_rid, case_uuid = self._case_ids(reference)
                ids = (case_uuid, reference)
                self._write_case(case)
                original = self._record_attachment(
                    case_rid,
                    ids,
                    evidence_id,
                    name,
                    sealed,
                    kind,
                    source.name,
                    metadata,
                    None,
                    None,
                )
                items = [original]
                if copy is not None and stripped is not None:
                    items.append(
                        self._record_copy(
                            case_rid, ids, evidence_id, copy, stripped, kind, source.name, original
                        )
                    )
                return [self._attachment(reference, item) for item in items]

    attach._without_lock = True  # type: ignore[attr-defined]

    def _evidence_record(
        self,
        reference: str,
        evidence_id: str | None,
        title: str | None,
        source: Path,
        source_type: str | None,
    ) -> tuple[records.CaseDocument, str]:
        """The case with the evidence record a file is stored for: ``evidence_id``'s, or a new
        one (added to the returned document, which the caller writes).

        :raises NotFound: no such case, or no such evidence record.
        :raises InvalidCase: the case would not be valid with a new record.
        """
        case_rid = self._case_rid(reference)
        case = records.read_case(self.conn, case_rid)
        evidence = case.setdefault("evidence", [])
        if evidence_id is None:
            taken = {e.get("id") for e in evidence}
            evidence_id = next(f"x{n}" for n in range(1, len(taken) + 2) if f"x{n}" not in taken)
            record: dict[str, Any] = {
                "id": evidence_id,
                "title": title or source.name,
                "file": source.name,
                "collected_by": self.actor,
                "collected": utc_now()[:16],
            }
            if source_type:
                record["source_type"] = source_type
            evidence.append(record)
            problem = case_problem(case)
            if problem:
                raise InvalidCase(problem)
        elif not any(e.get("id") == evidence_id for e in evidence):
            raise NotFound(f"{reference} has no evidence record {evidence_id}.")
        return case, evidence_id

    def _next_item(self, case_rid: int, evidence_id: str) -> str:
        count = self.conn.execute(
            "SELECT count(*) FROM attachments WHERE case_rid = ? AND evidence_id = ?",
            (case_rid, evidence_id),
        ).fetchone()[0]
        return f"{evidence_id}.{int(count) + 1}"

    def _attach_file(
        self,
        batch: _BlobBatch,
        case_rid: int,
        ids: tuple[str, str],
        evidence_id: str,
        source: Path,
        skip_same: bool = False,
    ) -> str | None:
        """Encrypt source into a new blob and record it; with skip_same, a file already stored
        for that evidence record is not stored twice. Returns the item, or None if skipped."""
        _check_readable(source)
        kind = files.media_type(files.read_head(source), source.name)
        metadata = files.embedded_metadata(source, kind)
        name, sealed = batch.write(lambda target: files.encrypt_file(source, target))
        if (
            skip_same
            and self.conn.execute(
                "SELECT 1 FROM attachments WHERE case_rid = ? AND evidence_id = ? AND sha256 = ?",
                (case_rid, evidence_id, sealed.sha256),
            ).fetchone()
        ):
            batch.discard(name)
            return None
        return self._record_attachment(
            case_rid, ids, evidence_id, name, sealed, kind, source.name, metadata, None, None
        )

    def _record_copy(
        self,
        case_rid: int,
        ids: tuple[str, str],
        evidence_id: str,
        blob: tuple[str, files.Sealed],
        data: bytes,
        kind: str,
        original_name: str,
        derived_from_item: str,
    ) -> str:
        """Record the blob of a copy without metadata (already encrypted), linked to its
        original."""
        name, sealed = blob
        parent = self.conn.execute(
            "SELECT rid FROM attachments WHERE case_rid = ? AND item = ?",
            (case_rid, derived_from_item),
        ).fetchone()[0]
        stem, dot, suffix = original_name.rpartition(".")
        derived_name = f"{stem}-no-metadata.{suffix}" if dot else f"{original_name}-no-metadata"
        return self._record_attachment(
            case_rid,
            ids,
            evidence_id,
            name,
            sealed,
            kind,
            derived_name,
            files.embedded_metadata(data, kind),
            int(parent),
            "metadata_stripped",
        )

    def _record_attachment(
        self,
        case_rid: int,
        ids: tuple[str, str],
        evidence_id: str,
        blob_name: str,
        sealed: files.Sealed,
        kind: str,
        original_name: str,
        metadata: dict[str, Any],
        derived_from: int | None,
        derivation: str | None,
    ) -> str:
        item = self._next_item(case_rid, evidence_id)
        self.conn.execute(
            "INSERT INTO attachments (case_rid, evidence_id, item, blob_name, age_identity,"
            " sha256, size, media_type, original_name, collected_at, collector, file_metadata,"
            " derived_from, derivation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case_rid,
                evidence_id,
                item,
                blob_name,
                sealed.identity,
                sealed.sha256,
                sealed.size,
                kind,
                original_name,
                utc_now(),
                self.actor,
                json.dumps(metadata, ensure_ascii=False),
                derived_from,
                derivation,
            ),
        )
        self._log("attach", ids, f"evidence {evidence_id} item {item}", sealed.sha256)
        return item

    _ATTACHMENT_COLUMNS = (
        "c.reference, a.item, a.evidence_id, a.sha256, a.size, a.media_type, a.original_name,"
        " a.collected_at, a.collector, a.file_metadata, d.item, a.derivation"
    )

    def _attachment_from_row(self, row: Any) -> Attachment:
        reference, item, evidence_id, sha256, size, kind, name, collected_at, collector = row[:9]
        return Attachment(
            reference,
            item,
            evidence_id,
            sha256,
            size,
            kind,
            name,
            collected_at,
            collector,
            json.loads(row[9]),
            row[10],
            row[11],
        )

    def evidence_with_files(self, case_uuid: str) -> set[str]:
        """Ids of the evidence records of a case (by its uuid) that have stored files."""
        rows = self.conn.execute(
            "SELECT DISTINCT a.evidence_id FROM attachments a JOIN cases c ON c.rid = a.case_rid"
            " WHERE c.uuid = ?",
            (case_uuid,),
        )
        return {str(r[0]) for r in rows}

    def attachments(self, reference: str) -> list[Attachment]:
        case_rid = self._case_rid(reference)
        rows = self.conn.execute(
            f"SELECT {self._ATTACHMENT_COLUMNS} FROM attachments a JOIN cases c"
            " ON c.rid = a.case_rid LEFT JOIN attachments d ON d.rid = a.derived_from"
            " WHERE a.case_rid = ? ORDER BY a.rid",
            (case_rid,),
        ).fetchall()
        return [self._attachment_from_row(r) for r in rows]

    def _attachment_row(self, reference: str, item: str) -> tuple[Attachment, str, str, str]:
        """The attachment, its blob name, its age identity and the case uuid.

        item is an item id ("x1.1") or an evidence id, meaning that record's first file.
        """
        case_rid, case_uuid = self._case_ids(reference)
        row = self.conn.execute(
            f"SELECT {self._ATTACHMENT_COLUMNS}, a.blob_name, a.age_identity FROM attachments a"
            " JOIN cases c ON c.rid = a.case_rid LEFT JOIN attachments d ON d.rid = a.derived_from"
            " WHERE a.case_rid = ?"
            " AND (a.item = ? OR (a.evidence_id = ? AND a.derived_from IS NULL))"
            " ORDER BY a.item = ? DESC, a.rid LIMIT 1",
            (case_rid, item, item, item),
        ).fetchone()
        if row is None:
            raise NotFound(f"{reference} has no stored file {item}.")
        return self._attachment_from_row(row), str(row[12]), str(row[13]), case_uuid

    def _attachment(self, reference: str, item: str) -> Attachment:
        return self._attachment_row(reference, item)[0]

    def read_attachment(self, reference: str, item: str, *, log_view: bool = True) -> bytes:
        """The plaintext of a stored file, in memory only, checked against its hash.

        Logged as a view, unless the caller logs its own use (a dossier logs its export).
        """
        attachment, blob, identity, case_uuid = self._attachment_row(reference, item)
        data = self._decrypt(attachment, blob, identity, None)
        if not log_view:
            assert data is not None
            return data
        with self.transaction():
            self._log(
                "view",
                (case_uuid, reference),
                f"evidence {attachment.evidence_id} item {attachment.item}",
                attachment.sha256,
            )
        assert data is not None
        return data

    def extract(self, reference: str, item: str, out: Path, *, force: bool = False) -> Attachment:
        """Decrypt a stored file to a path the user chose; never overwrite without force."""
        attachment, blob, identity, case_uuid = self._attachment_row(reference, item)
        out = Path(out)
        sink = files.open_output(out, force)
        try:
            with sink:
                self._decrypt(attachment, blob, identity, sink)
        except BaseException:
            out.unlink(missing_ok=True)
            raise
        with self.transaction():
            self._log(
                "extract",
                (case_uuid, reference),
                f"evidence {attachment.evidence_id} item {attachment.item}",
                attachment.sha256,
            )
        return attachment

    def _decrypt(self, attachment: Attachment, blob: str, identity: str, sink: Any) -> bytes | None:
        import io

        buffer = io.BytesIO() if sink is None else None
        try:
            digest, size = files.decrypt_stream(self.blob_dir / blob, identity, sink or buffer)
        except files.BlobUnreadable as error:
            raise VaultDamaged(
                f"Stored file {attachment.case_reference} {attachment.item} cannot be read:"
                f" {error}."
            ) from None
        if digest != attachment.sha256 or size != attachment.size:
            raise VaultDamaged(
                f"Stored file {attachment.case_reference} {attachment.item} does not match the"
                " hash taken when it was collected."
            )
        return buffer.getvalue() if buffer is not None else None

    def _remove_unfinished_blobs(self) -> None:
        """Blobs with no row come from an attach interrupted before it committed: remove them."""
        if self.schema_version < 3:  # only a test's FieldMon of long ago opens such a vault
            return
        known = {str(r[0]) for r in self.conn.execute("SELECT blob_name FROM attachments")}
        for path in files.iter_blob_files(self.blob_dir):
            if path.name not in known:
                path.unlink()
                self.cleaned.append(path.name)


class _BlobBatch:
    """Blobs written for one transaction: removed again if the transaction does not commit.

    A blob is written under a .partial name, fsynced, then renamed before the commit; a crash
    in between leaves a blob without a row, which the next open removes.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.written: list[Path] = []

    def __enter__(self) -> _BlobBatch:
        _make_private_dir(self.folder)
        return self

    def write(self, encrypt: Any) -> tuple[str, files.Sealed]:
        name = secrets.token_hex(16)
        partial = self.folder / (name + PARTIAL)
        self.written.append(partial)
        sealed: files.Sealed = encrypt(partial)
        final = self.folder / name
        os.replace(partial, final)
        self.written[-1] = final
        return name, sealed

    def discard(self, name: str) -> None:
        path = self.folder / name
        path.unlink(missing_ok=True)
        self.written = [p for p in self.written if p != path]

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is not None:
            for path in self.written:
                path.unlink(missing_ok=True)


def _check_readable(source: Path) -> None:
    if not source.exists():
        raise FieldMonError(f"{source}: no such file.")
    if not source.is_file():
        raise FieldMonError(f"{source} is not a file.")
    if not os.access(source, os.R_OK):
        raise FieldMonError(f"{source} cannot be read (permission denied).")


def _lock(path: Path) -> int:
    """Hold the vault's lock file for as long as it is open, so one process has it at a time."""
    fd = os.open(path / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        import fcntl
    except ImportError:  # not on Linux or macOS: no lock
        return fd
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise VaultBusy(
            f"The vault in {path} is open in another FieldMon window or command; close it first."
        ) from None
    return fd


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
