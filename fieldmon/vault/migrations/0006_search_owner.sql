-- Schema version 6: which case each search entry belongs to, in an indexed table. FTS5 cannot
-- index its UNINDEXED case_rid column, so replacing a case's entries scanned the whole index:
-- imports slowed down as the vault grew. Frozen.

CREATE TABLE search_owner (
    entry INTEGER PRIMARY KEY,        -- rowid in search_index
    case_rid INTEGER NOT NULL
);
CREATE INDEX search_owner_case ON search_owner(case_rid);

INSERT INTO search_owner (entry, case_rid) SELECT rowid, case_rid FROM search_index;
