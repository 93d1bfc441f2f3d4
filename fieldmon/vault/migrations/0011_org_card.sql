-- Headquarters exchange, part 1 (docs/packets.md): the organisation card and the age identities
-- a vault holds to read what is sent to it.

-- Every organisation card installed (a monitor) or issued (headquarters), newest serial last.
-- The document is the signed card file as read; it is verified again whenever it is used.
CREATE TABLE org_cards (
    rid INTEGER PRIMARY KEY,
    serial INTEGER NOT NULL UNIQUE,
    root_fingerprint TEXT NOT NULL,
    document BLOB NOT NULL,
    installed_at TEXT NOT NULL
);

-- X25519 identities (age) of this vault: headquarters' own reading key (purpose 'hq').
CREATE TABLE age_identities (
    rid INTEGER PRIMARY KEY,
    purpose TEXT NOT NULL,
    name TEXT,
    secret TEXT NOT NULL,
    recipient TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
