-- Schema version 4: certificates for signing dossiers. The root's private key, when the vault
-- made its own root, is a signing_keys row with purpose 'root'. Frozen.

CREATE TABLE certificates (
    rid INTEGER PRIMARY KEY,
    purpose TEXT NOT NULL,            -- 'root' (trust anchor) or 'monitor' (signs dossiers)
    der BLOB NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE, -- SHA-256 of der, colon hex
    subject TEXT NOT NULL,
    installed_at TEXT NOT NULL
);
