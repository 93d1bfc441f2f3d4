-- Schema version 8: RFC 3161 timestamps over seal entries of the custody log, asked of the
-- timestamp authority named in vault_meta ('tsa_url') when one is set. Frozen.

CREATE TABLE seal_timestamps (
    entry_hash TEXT PRIMARY KEY,      -- entry_hash of the custody entry (action 'seal') stamped
    token BLOB NOT NULL,              -- the RFC 3161 TimeStampToken (CMS ContentInfo), DER
    gen_time TEXT NOT NULL,           -- its genTime, UTC ISO 8601
    tsa_url TEXT NOT NULL,            -- where it was asked for
    stored_at TEXT NOT NULL
);

CREATE TRIGGER seal_timestamps_never_change BEFORE UPDATE ON seal_timestamps
BEGIN
    SELECT RAISE(ABORT, 'a seal timestamp never changes');
END;

CREATE TRIGGER seal_timestamps_never_go BEFORE DELETE ON seal_timestamps
BEGIN
    SELECT RAISE(ABORT, 'a seal timestamp is never deleted');
END;
