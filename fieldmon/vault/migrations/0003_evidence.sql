-- Schema version 3: evidence files, sealed versions, the signed custody log and the monitor's
-- signing key. Frozen: later changes go in new migrations.

-- Private keys live only here, inside the encrypted database.
CREATE TABLE signing_keys (
    rid INTEGER PRIMARY KEY,
    purpose TEXT NOT NULL,            -- 'monitor'
    private_key BLOB NOT NULL,        -- PKCS#8 DER
    public_key BLOB NOT NULL,         -- SubjectPublicKeyInfo DER
    fingerprint TEXT NOT NULL UNIQUE, -- SHA-256 of public_key, hex
    display_name TEXT,
    organisation TEXT,
    created_at TEXT NOT NULL
);

-- One row per stored file. The blob under blobs/ is age-encrypted to age_identity's recipient;
-- deleting the row deletes the only key that opens it.
CREATE TABLE attachments (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    evidence_id TEXT NOT NULL,        -- local id of the evidence record in its case
    item TEXT NOT NULL,               -- short id shown to people ("x1.1")
    blob_name TEXT NOT NULL UNIQUE,
    age_identity TEXT NOT NULL,
    sha256 TEXT NOT NULL,             -- of the original, taken at collection, kept forever
    size INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    original_name TEXT NOT NULL,
    collected_at TEXT NOT NULL,       -- UTC, when stored in the vault
    collector TEXT NOT NULL,
    file_metadata TEXT NOT NULL,      -- JSON: EXIF camera, time, GPS...
    derived_from INTEGER REFERENCES attachments(rid) ON DELETE CASCADE,
    derivation TEXT,                  -- 'metadata_stripped'
    UNIQUE (case_rid, item)
);
CREATE INDEX attachments_case ON attachments(case_rid, evidence_id);

CREATE TABLE case_versions (
    rid INTEGER PRIMARY KEY,
    case_uuid TEXT NOT NULL,
    version INTEGER NOT NULL,
    content TEXT NOT NULL,            -- canonical JSON of the case and its attachments' metadata
    content_hash TEXT NOT NULL,       -- SHA-256 of content
    previous_hash TEXT,               -- content_hash of version - 1
    sealed_at TEXT NOT NULL,
    actor TEXT NOT NULL,
    UNIQUE (case_uuid, version)
);

CREATE TRIGGER case_versions_never_change BEFORE UPDATE ON case_versions
BEGIN
    SELECT RAISE(ABORT, 'a sealed version never changes');
END;

CREATE TRIGGER case_versions_never_go BEFORE DELETE ON case_versions
BEGIN
    SELECT RAISE(ABORT, 'a sealed version is never deleted');
END;

CREATE TABLE custody_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    case_uuid TEXT,
    case_reference TEXT,
    record TEXT,
    content_hash TEXT,
    prev_hash TEXT NOT NULL,
    entry_hash TEXT NOT NULL,
    key_fingerprint TEXT NOT NULL,
    signature BLOB NOT NULL
);
CREATE INDEX custody_log_case ON custody_log(case_uuid);

CREATE TRIGGER custody_log_append_only BEFORE UPDATE ON custody_log
BEGIN
    SELECT RAISE(ABORT, 'the custody log is append-only');
END;

CREATE TRIGGER custody_log_never_shrinks BEFORE DELETE ON custody_log
BEGIN
    SELECT RAISE(ABORT, 'the custody log is append-only');
END;
