-- Schema 17: release from prison of justice-route cases (issue 19, part 4;
-- seed 004: the first hours and days after release are the most crucial).
-- One release per case: its date and time (both optional), the institution,
-- and a checklist for the first days. An item's wording is kept as chosen;
-- who is responsible is a directory contact and always their name as text,
-- which stays when the entry is deleted or the case is handed over.
CREATE TABLE releases (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
    released_on TEXT,
    released_at TEXT    CHECK (released_at IS NULL OR released_at GLOB '[0-2][0-9]:[0-5][0-9]'),
    institution TEXT    NOT NULL DEFAULT '' CHECK (length(institution) <= 200),
    created_at  TEXT    NOT NULL,
    changed_at  TEXT    NOT NULL
);
CREATE TABLE release_items (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    release_id  INTEGER NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    label       TEXT    NOT NULL CHECK (length(label) BETWEEN 1 AND 120),
    done        INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    note        TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    responsible TEXT    NOT NULL DEFAULT '' CHECK (length(responsible) <= 300),
    contact_id  INTEGER REFERENCES agency_contacts(id) ON DELETE SET NULL,
    UNIQUE (release_id, position)
);
CREATE INDEX release_items_release ON release_items (release_id);
-- When a directory contact and their deputy can be reached (office-wide, not
-- case-owned: stored with the directory rows). One row per person; each
-- weekday '' (not reachable) or 'H:MM-H:MM'; weekend 1: reachable all of
-- Saturday and Sunday. No row: availability not recorded.
CREATE TABLE contact_availability (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES agency_contacts(id) ON DELETE CASCADE,
    person      TEXT    NOT NULL CHECK (person IN ('contact', 'deputy')),
    mon         TEXT    NOT NULL DEFAULT '' CHECK (length(mon) <= 11),
    tue         TEXT    NOT NULL DEFAULT '' CHECK (length(tue) <= 11),
    wed         TEXT    NOT NULL DEFAULT '' CHECK (length(wed) <= 11),
    thu         TEXT    NOT NULL DEFAULT '' CHECK (length(thu) <= 11),
    fri         TEXT    NOT NULL DEFAULT '' CHECK (length(fri) <= 11),
    weekend     INTEGER NOT NULL DEFAULT 0 CHECK (weekend IN (0, 1)),
    UNIQUE (contact_id, person)
);
