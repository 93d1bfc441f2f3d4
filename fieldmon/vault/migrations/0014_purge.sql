-- Headquarters exchange, part 4 (docs/packets.md, docs/purge.md): receipts issued and
-- received, and what is left of a purged case.

-- Receipts this vault received for its packets (fieldmon-receipt/1, verified when fetched).
-- What it acknowledges is kept in columns so that `fieldmon check` can use a receipt as the
-- external anchor of the custody log without reading the signed document: log_seq/log_hash is
-- the head of this vault's own log that headquarters accepted, and version/content_sha256 the
-- sealed version it holds.
CREATE TABLE receipts (
    packet_id TEXT PRIMARY KEY,
    case_uuid TEXT NOT NULL,
    reference TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL,
    outcome TEXT NOT NULL,
    document BLOB NOT NULL,
    document_sha256 TEXT NOT NULL,
    log_seq INTEGER NOT NULL,
    log_hash TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX receipts_case ON receipts(case_uuid);

-- The stub a purge leaves: the reference, the receipt's packet, and hashes only.
-- versions: JSON [[number, content_sha256], ...] of every sealed version; files: JSON list of
-- the SHA-256 of every evidence file. Its canonical form's SHA-256 is the content hash of the
-- custody 'purge' entry (fieldmon.vault.purged).
CREATE TABLE purged_cases (
    case_uuid TEXT PRIMARY KEY,
    reference TEXT NOT NULL,
    packet_id TEXT NOT NULL,
    versions TEXT NOT NULL,
    files TEXT NOT NULL,
    purged_at TEXT NOT NULL
);

CREATE TRIGGER purged_cases_never_change BEFORE UPDATE ON purged_cases
BEGIN
    SELECT RAISE(ABORT, 'a purge stub never changes');
END;

-- A sealed version is still never deleted, except the versions of a case whose purge stub is
-- written (in the same transaction, before them): a purge keeps their hashes in the stub.
DROP TRIGGER case_versions_never_go;
CREATE TRIGGER case_versions_never_go BEFORE DELETE ON case_versions
WHEN NOT EXISTS (SELECT 1 FROM purged_cases WHERE case_uuid = OLD.case_uuid)
BEGIN
    SELECT RAISE(ABORT, 'a sealed version is never deleted');
END;

-- Receipts this vault issued (headquarters): the signed document, and the age file made of it
-- for the packet's reply_to (written to the packet's source as receipts/<packet_id>.age).
CREATE TABLE receipts_issued (
    packet_id TEXT PRIMARY KEY,
    case_uuid TEXT NOT NULL,
    outcome TEXT NOT NULL,
    document BLOB NOT NULL,
    encrypted BLOB NOT NULL,
    issued_at TEXT NOT NULL
);
