-- Schema 14: dated risk and protective factor sheets (issue 19.5; seed 001:
-- balance risk and protective factors on the individual, family, social,
-- motivational and ideological/cultural levels). A sheet is dated; each factor
-- keeps the wording as chosen (the office's catalogue lives in settings and
-- may change later without rewriting a past sheet).
CREATE TABLE factor_sheets (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    assessed_on TEXT    NOT NULL,
    note        TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    created_at  TEXT    NOT NULL,
    changed_at  TEXT    NOT NULL,
    UNIQUE (case_id, assessed_on)
);
CREATE TABLE factor_items (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    sheet_id INTEGER NOT NULL REFERENCES factor_sheets(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    level    TEXT    NOT NULL CHECK (level IN ('individual', 'family', 'social',
                         'motivational', 'ideological')),
    kind     TEXT    NOT NULL CHECK (kind IN ('risk', 'protective')),
    label    TEXT    NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
    weight   INTEGER NOT NULL CHECK (weight IN (1, 2, 3)),
    note     TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    UNIQUE (sheet_id, position)
);
CREATE INDEX factor_items_sheet ON factor_items (sheet_id);
