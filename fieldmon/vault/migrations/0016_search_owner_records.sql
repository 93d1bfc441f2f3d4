-- Schema version 16: the owner table names each search entry's record (record_type, record_id)
-- beside its case, so a search reads the rows it shows from this ordinary table, by primary key,
-- instead of from the FTS5 table's UNINDEXED columns: a third of the cost (bench/vault.py,
-- issue 16). Entries written from version 16 on leave those FTS5 columns NULL. An FTS5 table
-- cannot drop a column or be updated without the text it indexed (contentless, 0015), so the
-- entries written before keep theirs until their case is indexed again. Frozen.

ALTER TABLE search_owner ADD COLUMN record_type TEXT NOT NULL DEFAULT '';
ALTER TABLE search_owner ADD COLUMN record_id TEXT NOT NULL DEFAULT '';

-- Up to 15 a hit was named by the FTS5 row's case_rid and record_type: those are copied, so a
-- search names what it named before. A NULL (only in a damaged vault) must not stop every
-- open on NOT NULL; `fieldmon check` names such entries (fieldmon.vault.search.index_faults).
UPDATE search_owner
SET case_rid = coalesce(s.case_rid, search_owner.case_rid),
    record_type = coalesce(s.record_type, ''),
    record_id = coalesce(s.record_id, '')
FROM (SELECT rowid AS entry, case_rid, record_type, record_id FROM search_index) AS s
WHERE s.entry = search_owner.entry;
