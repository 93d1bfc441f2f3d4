-- Schema version 1: the records of DESIGN.md. Frozen: later changes go in new migrations.

CREATE TABLE vault_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE cases (
    rid INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    "reference" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "language" TEXT,
    "respondent_state" TEXT,
    "status" TEXT,
    "summary" TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX cases_reference ON cases(reference);

CREATE TABLE persons (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "name" TEXT,
    "other_names" TEXT, -- JSON array
    "sex" TEXT,
    "birth_date" TEXT,
    "nationality" TEXT, -- JSON array
    "occupation" TEXT,
    "roles" TEXT, -- JSON array
    "address" TEXT,
    "description" TEXT,
    "counting_unit" TEXT,
    "group_size" INTEGER,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX persons_case ON persons(case_rid);

CREATE TABLE events (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "start" TEXT,
    "end" TEXT,
    "date_precision" TEXT,
    "place" TEXT,
    "description" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX events_case ON events(case_rid);

CREATE TABLE acts (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    parent_rid INTEGER NOT NULL REFERENCES events(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "type" TEXT,
    "victim" TEXT,
    "start" TEXT,
    "end" TEXT,
    "date_precision" TEXT,
    "location_type" TEXT,
    "methods" TEXT, -- JSON array
    "description" TEXT,
    "arrest_detention_type" TEXT,
    "arrest_legal_basis" TEXT,
    "arrest_reason_given" TEXT,
    "arrest_access_to_lawyer" TEXT,
    "arrest_access_to_family" TEXT,
    "arrest_access_to_doctor" TEXT,
    "arrest_family_notified" INTEGER, -- 0 or 1
    "arrest_whereabouts_known" INTEGER, -- 0 or 1
    "arrest_released" TEXT,
    "torture_intent" TEXT, -- JSON array
    "torture_statements_signed" TEXT,
    "torture_medical_attention" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX acts_case ON acts(case_rid);

CREATE TABLE involvements (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    parent_rid INTEGER NOT NULL REFERENCES acts(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "perpetrator" TEXT,
    "degree" TEXT,
    "perpetrator_type" TEXT,
    "notes" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX involvements_case ON involvements(case_rid);

CREATE TABLE interviews (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "interviewee" TEXT,
    "interviewers" TEXT, -- JSON array
    "interpreter" TEXT,
    "present" TEXT, -- JSON array
    "date" TEXT,
    "place" TEXT,
    "language" TEXT,
    "restrictions" TEXT,
    "narrative" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX interviews_case ON interviews(case_rid);

CREATE TABLE consents (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "person" TEXT,
    "recipient" TEXT,
    "identity" TEXT,
    "date" TEXT,
    "recorded_by" TEXT,
    "explained" INTEGER, -- 0 or 1
    "withdrawn" TEXT,
    "notes" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX consents_case ON consents(case_rid);

CREATE TABLE medical_evaluations (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "person" TEXT,
    "clinician" TEXT,
    "date" TEXT,
    "overall" TEXT,
    "notes" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX medical_evaluations_case ON medical_evaluations(case_rid);

CREATE TABLE findings (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    parent_rid INTEGER NOT NULL REFERENCES medical_evaluations(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "location" TEXT,
    "description" TEXT,
    "alleged_method" TEXT,
    "consistency" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX findings_case ON findings(case_rid);

CREATE TABLE evidence (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "file" TEXT,
    "source_type" TEXT,
    "collected_by" TEXT,
    "collected" TEXT,
    "description" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX evidence_case ON evidence(case_rid);

CREATE TABLE remedies (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "date" TEXT,
    "authority" TEXT,
    "decision" TEXT,
    "final" INTEGER, -- 0 or 1
    UNIQUE (case_rid, local_id)
);
CREATE INDEX remedies_case ON remedies(case_rid);

CREATE TABLE violations (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "instrument" TEXT,
    "article" TEXT,
    "acts" TEXT, -- JSON array
    UNIQUE (case_rid, local_id)
);
CREATE INDEX violations_case ON violations(case_rid);

CREATE TABLE interventions (
    rid INTEGER PRIMARY KEY,
    case_rid INTEGER NOT NULL REFERENCES cases(rid) ON DELETE CASCADE,
    local_id TEXT,
    ord INTEGER NOT NULL,
    "body" TEXT,
    "type" TEXT,
    "date" TEXT,
    "reference" TEXT NOT NULL,
    "status" TEXT,
    UNIQUE (case_rid, local_id)
);
CREATE INDEX interventions_case ON interventions(case_rid);

