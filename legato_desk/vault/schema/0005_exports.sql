-- Schema 5: a record of every export that left the vault: for whom, when and
-- which sections, never the content (security.md §14).
CREATE TABLE exports (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER REFERENCES cases(id) ON DELETE CASCADE,  -- NULL: all cases
    at          TEXT    NOT NULL,   -- ISO timestamp, UTC
    audience    TEXT    NOT NULL,
    sections    TEXT    NOT NULL,   -- JSON list of section names
    real_names  INTEGER NOT NULL CHECK (real_names IN (0, 1)),
    encrypted   INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
    format      TEXT    NOT NULL DEFAULT 'pdf'
);
CREATE INDEX exports_case ON exports (case_id, at);
