-- Schema 4: the relationship map of each case, and its dated snapshots.
-- Positions are in map units (index client at 0,0; outer ring radius 1);
-- sector and ring follow from the position and are not stored.
CREATE TABLE persons (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    uid       TEXT    NOT NULL UNIQUE,
    is_index  INTEGER NOT NULL DEFAULT 0 CHECK (is_index IN (0, 1)),
    name      TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 80),
    role      TEXT    NOT NULL DEFAULT '' CHECK (length(role) <= 60),
    kind      TEXT    NOT NULL DEFAULT 'person'
                      CHECK (kind IN ('person', 'institution', 'online')),
    age       INTEGER CHECK (age IS NULL OR age BETWEEN 0 AND 120),
    gender    TEXT    NOT NULL DEFAULT '' CHECK (length(gender) <= 30),
    deceased  INTEGER NOT NULL DEFAULT 0 CHECK (deceased IN (0, 1)),
    marker    TEXT    NOT NULL DEFAULT 'none' CHECK (marker IN ('none', 'resource', 'risk')),
    note      TEXT    NOT NULL DEFAULT '',
    source    TEXT    NOT NULL DEFAULT '' CHECK (length(source) <= 200),
    verified  INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
    x         REAL    NOT NULL DEFAULT 0,
    y         REAL    NOT NULL DEFAULT 0
);
CREATE INDEX persons_case ON persons (case_id);
CREATE UNIQUE INDEX persons_one_index_client ON persons (case_id) WHERE is_index = 1;

CREATE TABLE relations (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    uid       TEXT    NOT NULL UNIQUE,
    person_a  INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    person_b  INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    kind      TEXT    NOT NULL CHECK (kind IN
                  ('family', 'friendship', 'romantic', 'school_work', 'professional', 'milieu')),
    strength  INTEGER NOT NULL DEFAULT 1 CHECK (strength IN (0, 1, 2)),
    conflict  INTEGER NOT NULL DEFAULT 0 CHECK (conflict IN (0, 1)),
    status    TEXT    NOT NULL DEFAULT 'normal' CHECK (status IN ('normal', 'tenuous', 'cut_off')),
    direction TEXT    NOT NULL DEFAULT 'none'
                      CHECK (direction IN ('none', 'a_to_b', 'b_to_a', 'both')),
    note      TEXT    NOT NULL DEFAULT '',
    CHECK (person_a <> person_b)
);
CREATE INDEX relations_case ON relations (case_id);
CREATE INDEX relations_person_a ON relations (person_a);
CREATE INDEX relations_person_b ON relations (person_b);

-- A frozen copy of the whole map (persons and relations as JSON).
CREATE TABLE map_snapshots (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    uid        TEXT    NOT NULL UNIQUE,
    taken_on   TEXT    NOT NULL,   -- ISO date the snapshot stands for
    label      TEXT    NOT NULL CHECK (length(label) BETWEEN 1 AND 80),
    created_at TEXT    NOT NULL,   -- ISO timestamp, UTC
    state      TEXT    NOT NULL
);
CREATE INDEX map_snapshots_case ON map_snapshots (case_id, taken_on);
