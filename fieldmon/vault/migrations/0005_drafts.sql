-- Schema version 5: drafts the desktop app saves while a monitor types, so that a crash, a kill
-- or an auto-lock loses seconds of work at most. Encrypted like everything else. Frozen.

CREATE TABLE drafts (
    case_uuid TEXT PRIMARY KEY,      -- the case being edited (a new case has its uuid already)
    content TEXT NOT NULL,           -- the case document as typed, valid or not (JSON)
    saved_at TEXT NOT NULL
);
