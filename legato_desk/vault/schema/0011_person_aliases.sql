-- Schema 11: other names of a person (nicknames, short forms, spellings, a
-- surname alone), ", "-separated (model/map.py alias_list). They exist so that
-- a pseudonymised export can find and replace every way a person is written;
-- no export prints them. The index client's real name, when the counsellor
-- records one, is its ``name`` (which was unused for the index client).
-- Existing persons get none; snapshots keep their state as it was (a state
-- without the key reads as no aliases).
ALTER TABLE persons ADD COLUMN aliases TEXT NOT NULL DEFAULT ''
    CHECK (length(aliases) <= 400);
