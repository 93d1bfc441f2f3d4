-- Schema version 15: the search index holds one key per word instead of every spelling a monitor
-- may type (fieldmon/vault/folding.py), and no longer a copy of the text: snippets read it from
-- the records shown (fieldmon/vault/search_text.py). The table keeps its columns, so the code
-- writing it is the same for every schema; it is contentless (content='': the indexed column
-- "folded" is not stored, SQLite FTS5 documentation 4.4.3), its entries can be deleted
-- (contentless_delete=1, SQLite 3.43) and its UNINDEXED columns are stored and read back
-- (contentless_unindexed=1, SQLite 3.48); "original" is written NULL. No prefix index: with one
-- key per word, prefix queries read as fast from the terms (measured with bench/vault.py's mix)
-- and the prefix indexes of 0002 more than doubled the index. The Python step of this
-- migration (fieldmon/vault/migrations/__init__.py) fills it again from the cases. Frozen.

DROP TABLE search_index;
DELETE FROM search_owner;
CREATE VIRTUAL TABLE search_index USING fts5(
    case_rid UNINDEXED,
    record_type UNINDEXED,
    record_id UNINDEXED,
    original UNINDEXED,
    folded,
    content = '',
    contentless_delete = 1,
    contentless_unindexed = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);
