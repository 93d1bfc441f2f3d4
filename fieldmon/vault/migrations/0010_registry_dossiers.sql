-- Schema version 10: dossiers a registry would accept (issue 14). Frozen.
-- The Court's form asks particulars and contact details of applicants and representatives,
-- complaints per article and limb with their own remedies and time limit, and documents dated
-- by their own date; Rule 39 requests, the WGAD's categories, judgments under execution,
-- Istanbul Protocol reports and translations of statements get their own records.

ALTER TABLE persons ADD COLUMN "birth_place" TEXT;
ALTER TABLE persons ADD COLUMN "phone" TEXT;
ALTER TABLE persons ADD COLUMN "fax" TEXT;
ALTER TABLE persons ADD COLUMN "email" TEXT;
ALTER TABLE persons ADD COLUMN "organisation" TEXT;
ALTER TABLE persons ADD COLUMN "authority_form" TEXT;
ALTER TABLE persons ADD COLUMN "authority_date" TEXT;

ALTER TABLE acts ADD COLUMN "arrest_place" TEXT;

ALTER TABLE findings ADD COLUMN "kind" TEXT;

ALTER TABLE medical_evaluations ADD COLUMN "conditions" TEXT;
ALTER TABLE medical_evaluations ADD COLUMN "restrictions" TEXT;
ALTER TABLE medical_evaluations ADD COLUMN "opinion" TEXT;
ALTER TABLE medical_evaluations ADD COLUMN "truthfulness" TEXT;

ALTER TABLE evidence ADD COLUMN "document_date" TEXT;

ALTER TABLE remedies ADD COLUMN "type" TEXT;
ALTER TABLE remedies ADD COLUMN "reference" TEXT;
ALTER TABLE remedies ADD COLUMN "served" TEXT;
ALTER TABLE remedies ADD COLUMN "documents" TEXT; -- JSON array of evidence ids

ALTER TABLE violations ADD COLUMN "limb" TEXT;
ALTER TABLE violations ADD COLUMN "argument" TEXT;
ALTER TABLE violations ADD COLUMN "remedies" TEXT; -- JSON array of remedy ids
ALTER TABLE violations ADD COLUMN "no_remedy" INTEGER; -- 0 or 1
ALTER TABLE violations ADD COLUMN "continuing" INTEGER; -- 0 or 1
ALTER TABLE violations ADD COLUMN "situation_end" TEXT;

CREATE TABLE interview_translations (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    parent_rid INTEGER NOT NULL REFERENCES interviews(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "language" TEXT,
    "narrative" TEXT,
    "translator" TEXT,
    "date" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX interview_translations_case ON interview_translations(case_rid);

CREATE TABLE interim_requests (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "contact" TEXT,
    "feared_date" TEXT,
    "measure" TEXT,
    "risk" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX interim_requests_case ON interim_requests(case_rid);

CREATE TABLE wgad_categories (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "category" TEXT,
    "analysis" TEXT,
    "acts" TEXT, -- JSON array of act ids
    UNIQUE (case_rid, local_id)
);
CREATE INDEX wgad_categories_case ON wgad_categories(case_rid);

CREATE TABLE judgments (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "title" TEXT,
    "application" TEXT,
    "date" TEXT,
    "final" TEXT,
    "group" TEXT,
    "supervision" TEXT,
    "individual_measures" TEXT,
    "general_measures" TEXT,
    "recommendations" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX judgments_case ON judgments(case_rid);

-- An intervention's reference is optional in the record model (a communication not yet
-- registered has none), but version 1 declared the column NOT NULL: a valid case failed to
-- import. SQLite cannot drop a constraint, so the table is rebuilt with the same columns.
CREATE TABLE interventions_v10 (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "body" TEXT,
    "type" TEXT,
    "date" TEXT,
    "reference" TEXT,
    "status" TEXT,
    UNIQUE (case_rid, local_id)
);
INSERT INTO interventions_v10 (rid, case_rid, local_id, ord, "body", "type", "date", "reference", "status")
    SELECT rid, case_rid, local_id, ord, "body", "type", "date", "reference", "status" FROM interventions;
DROP TABLE interventions;
ALTER TABLE interventions_v10 RENAME TO interventions;
CREATE INDEX interventions_case ON interventions(case_rid);
