-- Schema version 15: the search index holds one key per word instead of every spelling a monitor
-- may type (fieldmon/vault/folding.py): the Python step of this migration
-- (fieldmon/vault/migrations/__init__.py) fills the emptied index
-- again from the cases. The table is made anew (same columns) rather than emptied
-- row by row, which would read every old row to delete its terms. Frozen.

DROP TABLE search_index;
DELETE FROM search_owner;
CREATE VIRTUAL TABLE search_index USING fts5(
    case_rid UNINDEXED,
    record_type UNINDEXED,
    record_id UNINDEXED,
    original UNINDEXED,
    folded,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3 4'
);
