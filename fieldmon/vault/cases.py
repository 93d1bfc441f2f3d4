"""Case documents in the vault: checked, stored (with their files), read, listed, deleted.

A case document is the dict form of a case (fieldmon.vault.records, fieldmon-case/1); storing
one replaces the working copy of a case with the same id, all or nothing, and appends a signed
custody entry. Sealed versions are in fieldmon.vault.versions.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

from fieldmon.errors import FieldMonError, ImportRejected
from fieldmon.vault import purged, records, search, versions
from fieldmon.vault.attachments import attach_file, evidence_with_files
from fieldmon.vault.blobs import BlobBatch
from fieldmon.vault.custody import canonical, sha256_hex
from fieldmon.vault.session import Session
from fieldmon.vault.validate import InvalidCase, Problem, case_problem, case_problems

__all__ = [
    "CaseSummary",
    "CasesChanged",
    "StoreOptions",
    "StreamOptions",
    "case_count",
    "check_cases",
    "delete_case",
    "export_cases",
    "get_case",
    "list_cases",
    "log_dossier_export",
    "store_case_stream",
    "store_cases",
    "view_case",
    "write_case",
]


@dataclass(frozen=True)
class CaseSummary:
    """One line of the case list: ``persons`` and ``events`` are counts of records and
    ``updated_at`` is UTC ISO 8601."""

    reference: str
    title: str
    status: str | None
    language: str | None
    persons: int
    events: int
    updated_at: str


def write_case(session: Session, case: records.CaseDocument) -> tuple[int, bool]:
    """Write a case document to the tables and the search index, unchecked. The caller has
    validated it and holds the transaction.

    :return: the case's row id, and whether the case is new.
    """
    conn = session.conn
    existed = conn.execute("SELECT 1 FROM cases WHERE uuid = ?", (case["id"],)).fetchone()
    case_rid = records.write_case(conn, case)
    # A new case has no index entries to remove first (issue 16: the removal's lookup cost
    # 3.2 s of 12.6 s for 400 new cases): every way a case row leaves the vault removes them.
    search.index_case(conn, case_rid, case, new=existed is None)
    return case_rid, existed is None


class _Checker:
    """The checks of `check_cases`, one case at a time: what is kept between cases is only the
    ids and references seen, so a file of any number of cases is checked in bounded memory."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.by_id: dict[str, str] = {}
        self.by_reference: dict[str, str] = {}

    def check(self, index: int, case: records.CaseDocument) -> None:
        problem = case_problem(case, index)
        if problem:
            raise InvalidCase(problem, case_problems(case, index))
        self._check_identity(index, case)
        _check_evidence_kept(self.session, case)

    def _check_identity(self, index: int, case: records.CaseDocument) -> None:
        label = case["reference"]
        if case["id"] in self.by_id:
            raise InvalidCase(
                Problem(
                    label,
                    "id",
                    case["id"],
                    f"is also the id of case {self.by_id[case['id']]} in this file",
                )
            )
        if case["reference"] in self.by_reference:
            raise InvalidCase(
                Problem(
                    f"#{index + 1}",
                    "reference",
                    label,
                    "is the reference of another case in this file",
                )
            )
        self.by_id[case["id"]] = label
        self.by_reference[label] = case["id"]
        row = self.session.conn.execute(
            "SELECT uuid FROM cases WHERE reference = ?", (case["reference"],)
        ).fetchone()
        if row is not None and row[0] != case["id"]:
            raise InvalidCase(
                Problem(label, "reference", label, "is already used by another case in this vault")
            )
        if row is None:
            # A case purged from this laptop keeps its reference in the stub, the log and at
            # headquarters: another case under it would be filed there as that one.
            stub = purged.purged_under(self.session.conn, case["reference"])
            if stub is not None and stub[0] != case["id"]:
                raise InvalidCase(
                    Problem(
                        label,
                        "reference",
                        label,
                        "is the reference of another case, purged from this laptop on"
                        f" {str(stub[1])[:10]}",
                    )
                )


def check_cases(session: Session, cases: Sequence[records.CaseDocument]) -> None:
    """Refuse documents that may not be stored: invalid against the schema and rules
    (fieldmon.vault.validate), an id or reference used twice, a reference taken by another
    case (stored, or purged from this laptop: its stub keeps the reference), or an evidence
    record dropped while it has stored files.

    :raises InvalidCase: with the first problem (and all problems of that case).
    """
    checker = _Checker(session)
    for index, case in enumerate(cases):
        checker.check(index, case)


def _check_evidence_kept(session: Session, case: records.CaseDocument) -> None:
    """An edit may not drop an evidence record whose files are stored: they would be lost."""
    kept = {e.get("id") for e in case.get("evidence", [])}
    for evidence_id in sorted(evidence_with_files(session, str(case["id"]))):
        if evidence_id not in kept:
            raise InvalidCase(
                Problem(
                    str(case["reference"]),
                    "evidence",
                    evidence_id,
                    "has stored files, so it cannot be left out of the case",
                )
            )


def _store_one(
    session: Session,
    batch: BlobBatch,
    case: records.CaseDocument,
    action: str,
    attach: Iterable[tuple[str, Path]],
) -> None:
    """Write one checked case, drop its draft, log it and store its files (in the caller's
    transaction and blob batch)."""
    case_rid, created = write_case(session, case)
    session.conn.execute("DELETE FROM drafts WHERE case_uuid = ?", (str(case["id"]),))
    ids = (str(case["id"]), str(case["reference"]))
    logged = action if action == "import" or not created else "create"
    session.log(logged, ids, "case", sha256_hex(canonical(case)))
    for evidence_id, source in attach:
        attach_file(session, batch, case_rid, ids, evidence_id, source, skip_same=True)


class StoreOptions(TypedDict, total=False):
    """The optional arguments of `store_cases` (see there)."""

    action: str
    files_to_attach: Callable[[], Mapping[tuple[int, str], Path]] | None


class StreamOptions(TypedDict, total=False):
    """The optional arguments of `store_case_stream` (see there)."""

    action: str
    files_for: Callable[[int, records.CaseDocument], Mapping[str, Path]] | None


def store_cases(
    session: Session,
    cases: Sequence[records.CaseDocument],
    *,
    action: str = "edit",
    files_to_attach: Callable[[], Mapping[tuple[int, str], Path]] | None = None,
) -> list[str]:
    """Validate and store case documents, all or none; a stored case's draft is dropped.

    A case whose id is already in the vault is replaced by the new document (a sealed
    version of it stays as it was).

    :param action: how the custody log names the change: ``edit`` (``create`` for a new
        case) or ``import``.
    :param files_to_attach: called once the documents are found valid; maps (index of the
        case, evidence id) to a file to store encrypted for that evidence record.
    :return: the references of the cases stored, in order.
    :raises InvalidCase: naming the first problem, with nothing stored.
    :raises FieldMonError: a file to attach cannot be read, with nothing stored.
    """
    check_cases(session, cases)
    attach = files_to_attach() if files_to_attach is not None else {}
    with BlobBatch(session.blob_dir) as batch, session.transaction():
        for index, case in enumerate(cases):
            mine = [(e, source) for (i, e), source in attach.items() if i == index]
            _store_one(session, batch, case, action, mine)
    return [str(c["reference"]) for c in cases]


class CasesChanged(ImportRejected):
    """The cases read a second time to be stored are not those checked the first time (the
    file changed while it was imported); nothing was stored (exit status 4)."""


def store_case_stream(
    session: Session,
    read: Callable[[], Iterable[records.CaseDocument]],
    *,
    action: str = "import",
    files_for: Callable[[int, records.CaseDocument], Mapping[str, Path]] | None = None,
) -> list[str]:
    """Check, then store, a stream of case documents of any length, all or none, in bounded
    memory: only one case at a time is held, with the ids, references and SHA-256 of those
    seen.

    The first pass reads every case from ``read()`` and checks it as `check_cases` does, and
    asks ``files_for`` which files to store for it; nothing is written. The second pass reads
    them again from a fresh ``read()`` and stores them in one transaction (one blob batch),
    each only if it is exactly the case checked (same SHA-256 of `custody.canonical`, the
    form the custody log hashes); any difference or exception rolls everything back.

    :param read: makes a new iterator over the cases each time it is called (twice); it may
        raise to refuse its input, which stores nothing.
    :param action: how the custody log names the change (``import``; ``edit``/``create``).
    :param files_for: for a checked case and its position from 0, the files to store
        encrypted, by evidence id; None for none.
    :return: the references of the cases stored, in order.
    :raises InvalidCase: naming the first problem, with nothing stored.
    :raises CasesChanged: the second reading differs from the first; nothing stored.
    :raises FieldMonError: a file to attach cannot be read, with nothing stored.
    """
    checker = _Checker(session)
    digests: list[bytes] = []
    attach: dict[int, list[tuple[str, Path]]] = {}
    for index, case in enumerate(read()):
        checker.check(index, case)
        digests.append(hashlib.sha256(canonical(case)).digest())
        if files_for is not None:
            chosen = files_for(index, case)
            if chosen:
                attach[index] = list(chosen.items())
    references: list[str] = []
    with BlobBatch(session.blob_dir) as batch, session.transaction():
        for index, case in enumerate(read()):
            if index >= len(digests) or hashlib.sha256(canonical(case)).digest() != digests[index]:
                raise CasesChanged(_CHANGED)
            _store_one(session, batch, case, action, attach.get(index, []))
            references.append(str(case["reference"]))
        if len(references) != len(digests):
            raise CasesChanged(_CHANGED)
    return references


_CHANGED = "the cases changed while they were being imported. Nothing was imported."


def get_case(session: Session, reference: str) -> records.CaseDocument:
    """The case document, for the program's own use (not logged; see view_case).

    :raises NotFound: no such case.
    """
    return records.read_case(session.conn, session.case_ids(reference)[0])


def view_case(session: Session, reference: str) -> records.CaseDocument:
    """The case document, shown to a person: the custody log records the view.

    :raises NotFound: no such case.
    """
    case_rid, case_uuid = session.case_ids(reference)
    case = records.read_case(session.conn, case_rid)
    with session.transaction():
        session.log("view", (case_uuid, reference), "case", sha256_hex(canonical(case)))
    return case


def export_cases(
    session: Session, references: Sequence[str] | None = None
) -> list[records.CaseDocument]:
    """Case documents leaving the vault; each export is recorded in the custody log.

    :param references: the cases, or None (or empty) for every case in reference order.
    :raises NotFound: a reference names no case; nothing is logged.
    """
    chosen = list(references) if references else [c.reference for c in list_cases(session)]
    cases = [get_case(session, r) for r in chosen]
    with session.transaction():
        for case in cases:
            ids = (str(case["id"]), str(case["reference"]))
            session.log("export", ids, "case", sha256_hex(canonical(case)))
    return cases


def log_dossier_export(
    session: Session, references: Sequence[str], record: str, digest: str
) -> None:
    """Record that a signed dossier was made from these cases.

    :param record: what was exported, as the custody log names it (the dossier's profile).
    :param digest: hex SHA-256 of the signed PDF.
    :raises NotFound: a reference names no case; nothing is logged.
    """
    with session.transaction():
        for reference in references:
            session.log("export", (session.case_ids(reference)[1], reference), record, digest)


def delete_case(session: Session, reference: str) -> None:
    """Delete an unsealed case, its records and its files. Sealed cases are only superseded.

    :raises NotFound: no such case.
    :raises FieldMonError: the case has a sealed version.
    """
    case_rid, case_uuid = session.case_ids(reference)
    sealed = versions.versions(session.conn, case_uuid)
    if sealed:
        raise FieldMonError(
            f"{reference} is sealed (version {sealed[-1].version}); a sealed case cannot be"
            " deleted, only superseded by a new version."
        )
    blobs = [
        str(r[0])
        for r in session.conn.execute(
            "SELECT blob_name FROM attachments WHERE case_rid = ?", (case_rid,)
        )
    ]
    with session.transaction():
        search.remove_case(session.conn, case_rid)
        session.conn.execute("DELETE FROM cases WHERE rid = ?", (case_rid,))
        session.log("delete", (case_uuid, reference), "case")
    for name in blobs:
        (session.blob_dir / name).unlink(missing_ok=True)


def list_cases(
    session: Session, status: str | None = None, offset: int = 0, limit: int = -1
) -> list[CaseSummary]:
    """Cases in reference order.

    :param status: only cases with this status (a value of the ``case_status`` vocabulary).
    :param offset: how many to skip; :param limit: how many at most (-1: all).
    """
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
    rows = session.conn.execute(
        sql + " ORDER BY reference LIMIT ? OFFSET ?", [*args, limit, offset]
    ).fetchall()
    return [CaseSummary(*row) for row in rows]


def case_count(session: Session, status: str | None = None) -> int:
    """How many cases the vault holds (with this status, if given)."""
    if status:
        row = session.conn.execute("SELECT count(*) FROM cases WHERE status = ?", (status,))
    else:
        row = session.conn.execute("SELECT count(*) FROM cases")
    return int(row.fetchone()[0])
