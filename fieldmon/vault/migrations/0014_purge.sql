-- Headquarters exchange, part 4 (docs/packets.md): receipts issued and received, and what is
-- left of a purged case.

-- Receipts this vault received for its packets.
CREATE TABLE receipts (
    packet_id TEXT PRIMARY KEY,
    case_uuid TEXT NOT NULL,
    document BLOB NOT NULL,
    log_seq INTEGER NOT NULL,
    log_hash TEXT NOT NULL,
    received_at TEXT NOT NULL
);

-- The stub a purge leaves: the reference, the receipt's packet, and hashes only.
CREATE TABLE purged_cases (
    case_uuid TEXT PRIMARY KEY,
    reference TEXT NOT NULL,
    packet_id TEXT NOT NULL,
    versions TEXT NOT NULL,
    files TEXT NOT NULL,
    purged_at TEXT NOT NULL
);

-- Receipts this vault issued.
CREATE TABLE receipts_issued (
    packet_id TEXT PRIMARY KEY,
    document BLOB NOT NULL,
    issued_at TEXT NOT NULL
);
