-- Headquarters exchange, part 1 (docs/packets.md): the organisation card and the age identities
-- a vault holds to read what is sent to it. A vault is headquarters when vault_meta holds the
-- key 'hq' (value: the organisation's name); its root key stays in signing_keys (purpose 'root').

-- Every organisation card installed (a monitor) or issued (headquarters), newest serial last;
-- every row carries the same root (an update from another root is refused before it is stored).
-- The document is the signed card file as read; it is verified again whenever it is used.
CREATE TABLE org_cards (
    rid INTEGER PRIMARY KEY,
    serial INTEGER NOT NULL UNIQUE,
    root_fingerprint TEXT NOT NULL,
    document BLOB NOT NULL,
    installed_at TEXT NOT NULL
);

-- X25519 identities (age v1) of this vault: headquarters' own reading key (purpose 'hq', the
-- card's first reader). The secret never leaves the vault database.
CREATE TABLE age_identities (
    rid INTEGER PRIMARY KEY,
    purpose TEXT NOT NULL,
    name TEXT,
    secret TEXT NOT NULL,
    recipient TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);

-- Monitor certificates headquarters issued (fieldmon hq issue), so that it can name and revoke
-- one when the monitor's laptop is gone. Certificates are public; nothing here is secret.
CREATE TABLE issued_certificates (
    rid INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    der BLOB NOT NULL,
    not_after TEXT NOT NULL,
    issued_at TEXT NOT NULL
);
