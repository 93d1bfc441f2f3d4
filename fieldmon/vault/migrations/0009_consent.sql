-- Schema version 9: consent that cannot leak a name (issue 13). Frozen.
-- Consent to transmission to the State (UN mandates), who an evidence file shows, person
-- mentions as data, and the monitor's review decisions on uncertain name matches.

ALTER TABLE consents ADD COLUMN "transmission" INTEGER; -- 0 or 1

ALTER TABLE evidence ADD COLUMN "appears" TEXT; -- JSON array of person ids
ALTER TABLE evidence ADD COLUMN "appears_recorded" INTEGER; -- 0 or 1
ALTER TABLE evidence ADD COLUMN "cleared_for" TEXT; -- JSON array of recipient codes

CREATE TABLE mentions (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "field" TEXT,
    "start" INTEGER,
    "end" INTEGER,
    "text" TEXT,
    "person" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX mentions_case ON mentions(case_rid);

-- Review decisions on uncertain name matches, per case and recipient; keyed by a hash of the
-- candidate and its context, so a changed context asks again. Not part of the case record.
CREATE TABLE review_decisions (
    case_uuid TEXT NOT NULL,
    recipient TEXT NOT NULL,
    key TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('replace', 'keep')),
    candidate TEXT NOT NULL,          -- the words as written, for the monitor's review list
    decided_at TEXT NOT NULL,
    PRIMARY KEY (case_uuid, recipient, key)
);
