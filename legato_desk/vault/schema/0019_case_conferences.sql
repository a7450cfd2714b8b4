-- Schema 19: the case conference as a record (issue 19, part 2; seeds 004,
-- 002). Several per case: the date, whether the case is brought in
-- anonymously, the agenda with what the client agreed may be discussed, the
-- participants (directory contacts or deputies with their names kept as text,
-- or free participants by role only), who holds which role, the measures
-- agreed and the minutes with whether the client agreed to their wording.
-- Every table carries case_id, so handover and erasure take them
-- (vault/casedata.py). A conference is saved whole: its child rows are
-- replaced on every save.
CREATE TABLE case_conferences (
    id             INTEGER PRIMARY KEY,
    uid            TEXT    NOT NULL UNIQUE,
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    held_on        TEXT    NOT NULL,
    anonymous      INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
    minutes        TEXT    NOT NULL DEFAULT '' CHECK (length(minutes) <= 10000),
    minutes_agreed INTEGER NOT NULL DEFAULT 0 CHECK (minutes_agreed IN (0, 1)),
    created_at     TEXT    NOT NULL
);
CREATE INDEX case_conferences_case ON case_conferences (case_id, held_on);

CREATE TABLE conference_agenda (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    conference_id INTEGER NOT NULL REFERENCES case_conferences(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    text          TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
    agreed        INTEGER NOT NULL CHECK (agreed IN (0, 1)),
    UNIQUE (conference_id, position)
);

CREATE TABLE conference_participants (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    conference_id INTEGER NOT NULL REFERENCES case_conferences(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    contact_id    INTEGER REFERENCES agency_contacts(id) ON DELETE SET NULL,
    deputy        INTEGER NOT NULL DEFAULT 0 CHECK (deputy IN (0, 1)),
    name          TEXT    NOT NULL DEFAULT '' CHECK (length(name) <= 200),
    agency        TEXT    NOT NULL DEFAULT '' CHECK (length(agency) <= 200),
    role          TEXT    NOT NULL DEFAULT '' CHECK (length(role) <= 200),
    CHECK (name <> '' OR role <> ''),
    UNIQUE (conference_id, position)
);

CREATE TABLE conference_roles (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    conference_id  INTEGER NOT NULL REFERENCES case_conferences(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    duty           TEXT    NOT NULL CHECK (length(duty) BETWEEN 1 AND 200),
    participant_id INTEGER NOT NULL REFERENCES conference_participants(id) ON DELETE CASCADE,
    UNIQUE (conference_id, position)
);

CREATE TABLE conference_measures (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    conference_id INTEGER NOT NULL REFERENCES case_conferences(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    what          TEXT    NOT NULL CHECK (length(what) BETWEEN 1 AND 500),
    who           TEXT    NOT NULL CHECK (length(who) BETWEEN 1 AND 200),
    due_on        TEXT,
    UNIQUE (conference_id, position)
);
