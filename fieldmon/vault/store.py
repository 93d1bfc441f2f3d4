"""The vault: one object the CLI and the desktop app share, over the services that do the work.

``Vault`` is a facade of one-line delegations. Each concern has its own module, and services
take a ``Session`` (fieldmon.vault.session), never this class::

    layout     which file is which          database     SQLCipher, transactions, the lock
    access     create, open, passphrase     decoy        duress passphrase and decoy vault
    wipe       panic wipe                   session      connection, signer, custody entry
    cases      case documents               drafts       unsaved work
    versions   sealed versions              attach, attachments, blobs   evidence files
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Unpack

from fieldmon.crypto.signing import SigningKey
from fieldmon.vault import (
    access,
    attach,
    attachments,
    attempts,
    blobs,
    custody,
    decoy,
    drafts,
    identities,
    records,
    search,
    versions,
)
from fieldmon.vault import cases as _cases
from fieldmon.vault.attach import MAX_STRIP_BYTES as MAX_STRIP_BYTES
from fieldmon.vault.attachments import Attachment as Attachment
from fieldmon.vault.cases import CaseSummary as CaseSummary
from fieldmon.vault.database import configure_connection as configure_connection
from fieldmon.vault.layout import KEY_FILE as KEY_FILE
from fieldmon.vault.layout import compartment_files
from fieldmon.vault.layout import default_vault_dir as default_vault_dir
from fieldmon.vault.layout import vault_files as vault_files
from fieldmon.vault.notices import Notice
from fieldmon.vault.session import Closing, Session, one_thread_at_a_time, takes_own_lock
from fieldmon.vault.validate import InvalidCase as InvalidCase
from fieldmon.vault.versions import CaseHistory as CaseHistory


@one_thread_at_a_time
class Vault(Closing):
    """An open vault, from ``Vault.create`` or ``Vault.open``; close it, or use ``with``.
    Each public method holds the vault's lock, so threads may share it (session.py).

    :param path: the vault folder; :param conn: its keyed connection; :param lock_fd: the
        held lock file (fieldmon.vault.database.hold_lock); :param decoy: the decoy is open
        (known to the core only: nothing shown says so); :param compartment: which one
        (fieldmon.vault.layout; 0 for the decoy of a vault not yet upgraded). ``cleaned``: blobs
        an interrupted attach left, removed at open; ``notices``: notes from the unlock.
    """

    def __init__(
        self,
        path: Path,
        conn: Any,
        lock_fd: int | None = None,
        *,
        decoy: bool = False,
        compartment: int = 1,
    ) -> None:
        self.path = Path(path)
        self.decoy = decoy
        self.compartment = compartment
        self.db_path, blob_dir = compartment_files(self.path, compartment)
        self._session = Session(self.path, conn, blob_dir, lock_fd)
        self.cleaned: list[str] = []
        self.notices: list[Notice] = []

    # -- lifecycle: fieldmon.vault.access, session ------------------------------------------

    @classmethod
    def create(cls, path: Path, passphrase: str, **options: Unpack[access.CreateOptions]) -> Vault:
        """Create and open a vault; see access.create for the options and what it raises."""
        opened = access.create(path, passphrase, **options)
        return cls(path, opened.conn, opened.lock_fd, compartment=opened.compartment)

    @classmethod
    def open(cls, path: Path, passphrase: str) -> Vault:
        """Open a vault (real or decoy, as the passphrase says) and remove blobs an
        interrupted attach left; see access.open_vault for what it raises."""
        o = access.open_vault(path, passphrase)
        vault = cls(path, o.conn, o.lock_fd, decoy=o.decoy, compartment=o.compartment)
        vault.cleaned = blobs.remove_unfinished_blobs(vault._session)
        vault.notices = o.notices
        return vault

    @takes_own_lock
    def abandon(self) -> None:
        """Let go of the database at once, not waiting for another thread's work (the panic
        wipe must not wait for a file being stored), which fails uncommitted. Wipes only."""
        self._session.interrupt()

    def close(self) -> None:
        """Close the database and release the vault's lock file; closing twice is harmless."""
        self._session.close()

    @property
    def is_open(self) -> bool:
        """Whether the database is open: False once closed by lock, quit or wipe."""
        return self._session.is_open

    @property
    def conn(self) -> Any:
        """The connection, for core services and tests. :raises VaultClosed: closed."""
        return self._session.conn

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction on the vault: all or nothing, one thread at a time."""
        with self._session.transaction():
            yield

    @property
    def schema_version(self) -> int:
        """The database's schema version (fieldmon.vault.migrations)."""
        return self._session.schema_version

    @property
    def blob_dir(self) -> Path:
        """The folder of this database's encrypted files."""
        return self._session.blob_dir

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the master key under a new passphrase; see access.change_passphrase."""
        access.change_passphrase(self.path, self.conn, old, new)

    # -- duress: fieldmon.vault.decoy -------------------------------------------------------

    def set_duress(self, passphrase: str, duress: str, *, wipe_real: bool = False) -> None:
        """Let a second passphrase open the decoy, keeping its content; see decoy.py."""
        decoy.set_duress(
            self.path, self.conn, self.compartment, passphrase, duress, wipe_real=wipe_real
        )

    def clear_duress(self, passphrase: str) -> None:
        """Stop any duress passphrase opening anything; see decoy.py."""
        decoy.clear_duress(self.path, self.conn, self.compartment, passphrase)

    def set_wipe_after(self, limit: int | None) -> None:
        """Wipe after ``limit`` failed unlocks in a row (None: never); see attempts.py."""
        with self.transaction():
            attempts.set_wipe_after(self.path, limit, self.conn)
        decoy.share_record(self.path, self.conn, self.compartment)

    # -- identity and custody: fieldmon.vault.identities, custody, session ------------------

    def identity(self) -> identities.Identity:
        """The signing identity of this vault: its name, organisation and certificates."""
        return identities.current(self.conn)

    def install_certificates(self, pem_data: bytes) -> identities.Identity:
        """Install the certificate headquarters issued, with its chain; see identities.install."""
        with self.transaction():
            return identities.install(self.conn, pem_data)

    def certificate_request(self) -> bytes:
        """A PEM certificate signing request for this vault's monitor key, for headquarters."""
        return identities.csr(self.conn)

    @property
    def signer(self) -> SigningKey:
        """The monitor's signing key (custody entries, dossiers)."""
        return self._session.signer

    @property
    def actor(self) -> str:
        """The monitor's name, as the custody log records it."""
        return self._session.actor

    def custody_log(self, reference: str | None = None) -> list[custody.Entry]:
        """The custody log, oldest first: one case's entries, or all of them."""
        case_uuid = self._session.case_ids(reference)[1] if reference else None
        return custody.entries(self.conn, case_uuid)

    # -- cases: fieldmon.vault.cases, search ------------------------------------------------

    def store_cases(
        self, cases: Sequence[records.CaseDocument], **options: Unpack[_cases.StoreOptions]
    ) -> list[str]:
        """Validate and store case documents, all or none; see cases.store_cases."""
        return _cases.store_cases(self._session, cases, **options)

    def store_case_stream(
        self,
        read: Callable[[], Iterable[records.CaseDocument]],
        **options: Unpack[_cases.StreamOptions],
    ) -> list[str]:
        """Check, then store, streamed cases all or none in bounded memory; see cases.py."""
        return _cases.store_case_stream(self._session, read, **options)

    def check_cases(self, cases: Sequence[records.CaseDocument]) -> None:
        """Raise InvalidCase with the first reason these documents may not be stored."""
        _cases.check_cases(self._session, cases)

    def get_case(self, reference: str) -> records.CaseDocument:
        """The case document, for the program's own use (not logged; see view_case)."""
        return _cases.get_case(self._session, reference)

    def view_case(self, reference: str) -> records.CaseDocument:
        """The case document, shown to a person: the custody log records the view."""
        return _cases.view_case(self._session, reference)

    def export_cases(self, references: Sequence[str] | None = None) -> list[records.CaseDocument]:
        """Case documents leaving the vault; each export is recorded in the custody log."""
        return _cases.export_cases(self._session, references)

    def log_dossier_export(self, references: Sequence[str], record: str, digest: str) -> None:
        """Record that a signed dossier with SHA-256 ``digest`` was made from these cases."""
        _cases.log_dossier_export(self._session, references, record, digest)

    def delete_case(self, reference: str) -> None:
        """Delete an unsealed case, its records and its files; see cases.delete_case."""
        _cases.delete_case(self._session, reference)

    def list_cases(
        self, status: str | None = None, offset: int = 0, limit: int = -1
    ) -> list[CaseSummary]:
        """Cases in reference order; ``offset`` and ``limit`` fetch one page of them."""
        return _cases.list_cases(self._session, status, offset, limit)

    def case_count(self, status: str | None = None) -> int:
        """How many cases the vault holds (with this status, if given)."""
        return _cases.case_count(self._session, status)

    def case_uuid(self, reference: str) -> str:
        """The uuid of the case with this reference. :raises NotFound: no such case."""
        return self._session.case_ids(reference)[1]

    def search(self, query: str, limit: int = 50) -> list[search.Hit]:
        """Folded full-text search over every case; see fieldmon.vault.search."""
        return search.search(self.conn, query, limit)

    # -- drafts: fieldmon.vault.drafts ------------------------------------------------------

    def save_draft(self, case: records.CaseDocument) -> None:
        """Keep what is being typed (valid or not) until it is stored or discarded."""
        drafts.save_draft(self._session, case)

    def draft(self, case_uuid: str) -> tuple[records.CaseDocument, str] | None:
        """The draft of a case and when it was saved, if there is one."""
        return drafts.draft(self._session, case_uuid)

    def drafts(self) -> list[tuple[records.CaseDocument, str]]:
        """Every draft with when it was saved, oldest first."""
        return drafts.drafts(self._session)

    def discard_draft(self, case_uuid: str) -> None:
        """Drop the draft of a case, if any."""
        drafts.discard_draft(self._session, case_uuid)

    # -- sealed versions: fieldmon.vault.versions -------------------------------------------

    def seal(self, reference: str) -> tuple[versions.Version, bool]:
        """Seal the case and every record in it; return the version and whether it is new."""
        return versions.seal_case(self._session, reference)

    def history(self, reference: str) -> CaseHistory:
        """The sealed versions of a case and whether it changed since the last."""
        return versions.history(self._session, reference)

    def sealed_version(self, reference: str, number: int) -> dict[str, Any]:
        """The sealed content of version ``number`` (case document and attachment manifest)."""
        return versions.open_sealed_version(self._session, reference, number)

    # -- evidence files: fieldmon.vault.attach, attachments ---------------------------------

    @takes_own_lock
    def attach(
        self, reference: str, source: Path, **options: Unpack[attach.AttachOptions]
    ) -> list[Attachment]:
        """Store a file encrypted for an evidence record; see attach.attach for the options."""
        return attach.attach(self._session, reference, source, **options)

    def evidence_with_files(self, case_uuid: str) -> set[str]:
        """Ids of the evidence records of a case (by its uuid) that have stored files."""
        return attachments.evidence_with_files(self._session, case_uuid)

    def attachments(self, reference: str) -> list[Attachment]:
        """Every stored file of a case, in the order stored."""
        return attachments.attachments(self._session, reference)

    def read_attachment(self, reference: str, item: str, *, log_view: bool = True) -> bytes:
        """The plaintext of a stored file, in memory only; see attachments.read_attachment."""
        return attachments.read_attachment(self._session, reference, item, log_view=log_view)

    def extract(self, reference: str, item: str, out: Path, *, force: bool = False) -> Attachment:
        """Decrypt a stored file to a path the user chose; see attachments.extract."""
        return attachments.extract(self._session, reference, item, out, force=force)
