-- Headquarters exchange, part 3 (docs/packets.md, docs/receiving.md): packets received, forks.

-- Every packet seen, with what became of it; a quarantined packet keeps its one-line reason,
-- a waiting one (an earlier packet of its case has not arrived) is tried again.
CREATE TABLE inbox (
    packet_id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    sender_fingerprint TEXT,
    sender_name TEXT,
    case_uuid TEXT,
    reference TEXT,
    monitor_reference TEXT,
    state TEXT NOT NULL CHECK (state IN ('imported', 'duplicate', 'quarantined', 'waiting', 'fork')),
    reason TEXT,
    version INTEGER,
    received_at TEXT NOT NULL
);

-- Per case: the custody log head of the last packet received, which the next must extend, and
-- the content headquarters last imported from the monitor (to tell its own edits apart); the
-- monitor who sends it (SHA-256 of their public key: a re-issued certificate keeps it) and the
-- reference the monitor gives it (headquarters' may differ: two monitors' AZ-2026-001).
CREATE TABLE received_logs (
    case_uuid TEXT PRIMARY KEY,
    sender_fingerprint TEXT NOT NULL,
    sender_key TEXT NOT NULL,
    monitor_reference TEXT NOT NULL,
    log_seq INTEGER NOT NULL,
    log_hash TEXT NOT NULL,
    monitor_version INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL,
    hq_version INTEGER
);

-- Per case: every entry of the case in a monitor's log that an accepted packet carried whole
-- (its seq and hash): a packet that arrives after a later one ends on one of these.
CREATE TABLE received_points (
    case_uuid TEXT NOT NULL,
    log_seq INTEGER NOT NULL,
    log_hash TEXT NOT NULL,
    PRIMARY KEY (case_uuid, log_seq)
);

-- A monitor's version that arrived after headquarters edited the case: kept beside it until a
-- lawyer chooses; nothing is deleted when they do.
CREATE TABLE forks (
    rid INTEGER PRIMARY KEY,
    case_uuid TEXT NOT NULL,
    reference TEXT NOT NULL,
    packet_id TEXT NOT NULL,
    sender_name TEXT,
    monitor_version INTEGER NOT NULL,
    hq_version INTEGER NOT NULL,
    incoming BLOB NOT NULL,
    incoming_sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT,
    resolution TEXT CHECK (resolution IN ('headquarters', 'monitor'))
);
