-- Headquarters exchange, part 2 (docs/packets.md): where packets go, and what was sent.

-- Named destinations; a WebDAV password is kept here, inside the encrypted vault, never in a
-- configuration file.
CREATE TABLE destinations (
    name TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('folder', 'webdav')),
    location TEXT NOT NULL,
    username TEXT,
    password TEXT,
    created_at TEXT NOT NULL
);

-- One row per packet made by this vault. one_time_identity is the only key on the laptop that
-- opens the packet; it is cleared when the case is purged. log_since and log_head are
-- "seq:hash" of the custody log; parts_total is how many parts the packet has (its objects'
-- sizes cut into PART_SIZE pieces); envelope is envelope.age's bytes once made, so a resumed
-- send writes the very same envelope.
CREATE TABLE outbox (
    packet_id TEXT PRIMARY KEY,
    case_uuid TEXT NOT NULL,
    reference TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL,
    destination TEXT NOT NULL,
    one_time_identity TEXT,
    one_time_recipient TEXT NOT NULL,
    log_since TEXT,
    log_head TEXT NOT NULL,
    parts_total INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'acknowledged')),
    envelope BLOB,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    acknowledged_at TEXT
);

-- Parts already written to the destination, so an interrupted send resumes after them.
CREATE TABLE outbox_parts (
    packet_id TEXT NOT NULL REFERENCES outbox (packet_id) ON DELETE CASCADE,
    object INTEGER NOT NULL,
    chunk INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    PRIMARY KEY (packet_id, object, chunk)
);
