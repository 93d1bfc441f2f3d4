-- Schema version 2: full-text search. The indexed column holds text folded the way monitors
-- type (see fieldmon/vault/search.py); the original text is kept beside it for snippets.
-- The index lives inside the encrypted database like everything else.

CREATE VIRTUAL TABLE search_index USING fts5(
    case_rid UNINDEXED,
    record_type UNINDEXED,
    record_id UNINDEXED,
    original UNINDEXED,
    folded,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '2 3 4'
);
