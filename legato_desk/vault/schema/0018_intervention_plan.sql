-- Schema 18: the intervention plan (issue 19; seed 004: a tailor-made
-- multidisciplinary intervention plan after the needs assessment; seed 001:
-- a multi-agency action plan, evaluated from the outset). Per case: when the
-- plan started and how the work should wind down; goals with their state at
-- review or ending; the measures agreed (what, who, by when, state), each
-- optionally serving a goal; dated reviews with a short note.
CREATE TABLE plans (
    id         INTEGER PRIMARY KEY,
    uid        TEXT    NOT NULL UNIQUE,
    case_id    INTEGER NOT NULL UNIQUE REFERENCES cases(id) ON DELETE CASCADE,
    started_on TEXT    NOT NULL,
    wind_down  TEXT    NOT NULL DEFAULT '' CHECK (length(wind_down) <= 2000),
    changed_at TEXT    NOT NULL
);
CREATE TABLE plan_goals (
    id         INTEGER PRIMARY KEY,
    uid        TEXT    NOT NULL UNIQUE,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    set_on     TEXT    NOT NULL,
    text       TEXT    NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
    state      TEXT    NOT NULL DEFAULT 'open'
                       CHECK (state IN ('open', 'met', 'partly_met', 'not_met')),
    created_at TEXT    NOT NULL
);
CREATE INDEX plan_goals_case ON plan_goals (case_id, set_on);
-- Who does it: a person of the map, the counsellor, or a contact of the
-- agency directory; ``who`` keeps the name as shown, which stays when the
-- person leaves the map or the contact the directory (or the case moves to
-- another vault, whose directory is another).
CREATE TABLE plan_measures (
    id         INTEGER PRIMARY KEY,
    uid        TEXT    NOT NULL UNIQUE,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    goal_id    INTEGER REFERENCES plan_goals(id) ON DELETE SET NULL,
    what       TEXT    NOT NULL CHECK (length(what) BETWEEN 1 AND 1000),
    who_kind   TEXT    NOT NULL CHECK (who_kind IN ('person', 'counsellor', 'contact')),
    person_id  INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    contact_id INTEGER REFERENCES agency_contacts(id) ON DELETE SET NULL,
    who        TEXT    NOT NULL DEFAULT '' CHECK (length(who) <= 300),
    due_on     TEXT,
    state      TEXT    NOT NULL DEFAULT 'planned'
                       CHECK (state IN ('planned', 'in_progress', 'done', 'dropped')),
    done_on    TEXT,   -- the day it was set to done (the timeline's event)
    created_at TEXT    NOT NULL
);
CREATE INDEX plan_measures_case ON plan_measures (case_id);
CREATE TABLE plan_reviews (
    id         INTEGER PRIMARY KEY,
    uid        TEXT    NOT NULL UNIQUE,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    held_on    TEXT    NOT NULL,
    note       TEXT    NOT NULL CHECK (length(note) BETWEEN 1 AND 2000),
    created_at TEXT    NOT NULL
);
CREATE INDEX plan_reviews_case ON plan_reviews (case_id, held_on);

-- The measures a session worked on (its follow-up belongs to the session).
-- The measure's wording is kept, so a signed record still says what it
-- worked on; like the persons present, a signed session's links are final:
-- only measure_id may still become NULL.
CREATE TABLE session_measures (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    measure_id INTEGER REFERENCES plan_measures(id) ON DELETE SET NULL,
    what       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX session_measures_session ON session_measures (session_id);
CREATE INDEX session_measures_measure ON session_measures (measure_id);
CREATE INDEX session_measures_case ON session_measures (case_id, session_id);
CREATE TRIGGER session_measures_signed_insert BEFORE INSERT ON session_measures
WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed session record cannot be changed');
END;
CREATE TRIGGER session_measures_signed_update BEFORE UPDATE ON session_measures
WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
     AND (NEW.what IS NOT OLD.what OR NEW.session_id IS NOT OLD.session_id
          OR NEW.measure_id IS NOT NULL AND NEW.measure_id IS NOT OLD.measure_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed session record cannot be changed');
END;
