-- Schema 8: session records, their task entries, addenda, drafts and the
-- full-text index over all notes.
--
-- A signed-off record is never changed: triggers refuse UPDATE of a signed
-- session's content and any new or changed child row of it. Later knowledge
-- is an addendum (append-only). Deleting stays possible so that erasing a
-- case removes everything (ON DELETE CASCADE).
CREATE TABLE sessions (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    uid          TEXT    NOT NULL UNIQUE,
    held_at      TEXT    NOT NULL,   -- local time, 'YYYY-MM-DDTHH:MM'
    duration_min INTEGER NOT NULL DEFAULT 60 CHECK (duration_min BETWEEN 0 AND 1440),
    mode         TEXT    NOT NULL CHECK (mode IN ('in_person', 'phone', 'video', 'out_of_hours')),
    others       TEXT    NOT NULL DEFAULT '',
    facts        TEXT    NOT NULL DEFAULT '',
    reflection   TEXT    NOT NULL DEFAULT '',
    stress       INTEGER CHECK (stress IS NULL OR stress BETWEEN 1 AND 5),
    guilt        INTEGER CHECK (guilt IS NULL OR guilt BETWEEN 1 AND 5),
    resilience   INTEGER CHECK (resilience IS NULL OR resilience BETWEEN 1 AND 5),
    state_note   TEXT    NOT NULL DEFAULT '',
    next_steps   TEXT    NOT NULL DEFAULT '',
    follow_up_on TEXT,                -- ISO date
    follow_up_done INTEGER NOT NULL DEFAULT 0 CHECK (follow_up_done IN (0, 1)),
    created_at   TEXT    NOT NULL,   -- ISO timestamp, UTC
    updated_at   TEXT    NOT NULL,
    signed_at    TEXT,               -- ISO timestamp, UTC; NULL = still a draft record
    signed_by    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX sessions_case ON sessions (case_id, held_at);
CREATE INDEX sessions_follow_up ON sessions (follow_up_on) WHERE follow_up_done = 0;

-- Key-clients present (persons of the map). The name is kept so that a
-- signed record still says who was there after a person leaves the map.
CREATE TABLE session_participants (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    person_id  INTEGER REFERENCES persons(id) ON DELETE SET NULL,
    name       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX session_participants_session ON session_participants (session_id);
CREATE INDEX session_participants_person ON session_participants (person_id, session_id);
CREATE INDEX session_participants_case ON session_participants (case_id, session_id);

-- Important facts and where each came from.
CREATE TABLE session_facts (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    fact       TEXT    NOT NULL,
    source     TEXT    NOT NULL DEFAULT '',
    verified   INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1))
);
CREATE INDEX session_facts_session ON session_facts (session_id);
CREATE INDEX session_facts_case ON session_facts (case_id);

-- The grounding essentials and six tasks addressed in a session.
CREATE TABLE session_tasks (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    task       TEXT    NOT NULL CHECK (task IN ('relationships', 'messages', 'acknowledgement',
                   'future', 'work', 'challenges', 'partner', 'emotions', 'therapy')),
    done       TEXT    NOT NULL DEFAULT '',
    rating     INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    status     TEXT    NOT NULL CHECK (status IN ('in_progress', 'achieved', 'paused')),
    setback    TEXT    NOT NULL DEFAULT '',
    next_step  TEXT    NOT NULL DEFAULT '',
    UNIQUE (session_id, task)
);
CREATE INDEX session_tasks_case ON session_tasks (case_id, session_id);

CREATE TABLE session_addenda (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    uid        TEXT    NOT NULL UNIQUE,
    written_at TEXT    NOT NULL,   -- ISO timestamp, UTC
    written_by TEXT    NOT NULL DEFAULT '',
    body       TEXT    NOT NULL CHECK (length(body) > 0)
);
CREATE INDEX session_addenda_session ON session_addenda (session_id);
CREATE INDEX session_addenda_case ON session_addenda (case_id, session_id);

-- Text being typed, autosaved every few seconds; one per case and record
-- (session_id NULL: a record not yet saved). Offered back after a crash.
CREATE TABLE session_drafts (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
    saved_at   TEXT    NOT NULL,   -- ISO timestamp, UTC
    payload    TEXT    NOT NULL    -- the record as JSON (model.session.record_to_json)
);
CREATE INDEX session_drafts_case ON session_drafts (case_id);

-- Sign-off is final -----------------------------------------------------------
CREATE TRIGGER sessions_signed_is_final BEFORE UPDATE ON sessions
WHEN OLD.signed_at IS NOT NULL AND (
    NEW.signed_at IS NOT OLD.signed_at OR NEW.signed_by IS NOT OLD.signed_by
    OR NEW.held_at IS NOT OLD.held_at OR NEW.duration_min IS NOT OLD.duration_min
    OR NEW.mode IS NOT OLD.mode OR NEW.others IS NOT OLD.others
    OR NEW.facts IS NOT OLD.facts OR NEW.reflection IS NOT OLD.reflection
    OR NEW.stress IS NOT OLD.stress OR NEW.guilt IS NOT OLD.guilt
    OR NEW.resilience IS NOT OLD.resilience OR NEW.state_note IS NOT OLD.state_note
    OR NEW.next_steps IS NOT OLD.next_steps OR NEW.follow_up_on IS NOT OLD.follow_up_on
    OR NEW.case_id IS NOT OLD.case_id OR NEW.uid IS NOT OLD.uid
    OR NEW.created_at IS NOT OLD.created_at)
BEGIN
    SELECT RAISE(ABORT, 'a signed session record cannot be changed');
END;

CREATE TRIGGER session_tasks_signed_insert BEFORE INSERT ON session_tasks
WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed session record cannot be changed');
END;
CREATE TRIGGER session_tasks_signed_update BEFORE UPDATE ON session_tasks
WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed session record cannot be changed');
END;
CREATE TRIGGER session_facts_signed_insert BEFORE INSERT ON session_facts
WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed session record cannot be changed');
END;
CREATE TRIGGER session_facts_signed_update BEFORE UPDATE ON session_facts
WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed session record cannot be changed');
END;
CREATE TRIGGER session_participants_signed_insert BEFORE INSERT ON session_participants
WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed session record cannot be changed');
END;
-- person_id may still become NULL (the person left the map); nothing else.
CREATE TRIGGER session_participants_signed_update BEFORE UPDATE ON session_participants
WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
     AND (NEW.name IS NOT OLD.name OR NEW.session_id IS NOT OLD.session_id
          OR NEW.person_id IS NOT NULL AND NEW.person_id IS NOT OLD.person_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed session record cannot be changed');
END;
CREATE TRIGGER session_addenda_append_only BEFORE UPDATE ON session_addenda
BEGIN
    SELECT RAISE(ABORT, 'an addendum cannot be changed');
END;
CREATE TRIGGER session_addenda_signed_only BEFORE INSERT ON session_addenda
WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NULL
BEGIN
    SELECT RAISE(ABORT, 'addenda belong to signed records');
END;

-- Full-text search over every note (external content: the text lives once,
-- in the tables above; triggers keep the index in step inside the vault).
-- 'secure-delete' removes a deleted note's words from the index at once, so
-- erasing a case leaves none of its words behind in index segments ----------
CREATE VIRTUAL TABLE sessions_fts USING fts5(
    facts, reflection, state_note, next_steps, others,
    content = 'sessions', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO sessions_fts (sessions_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER sessions_fts_insert AFTER INSERT ON sessions BEGIN
    INSERT INTO sessions_fts (rowid, facts, reflection, state_note, next_steps, others)
    VALUES (NEW.id, NEW.facts, NEW.reflection, NEW.state_note, NEW.next_steps, NEW.others);
END;
CREATE TRIGGER sessions_fts_delete AFTER DELETE ON sessions BEGIN
    INSERT INTO sessions_fts (sessions_fts, rowid, facts, reflection, state_note, next_steps, others)
    VALUES ('delete', OLD.id, OLD.facts, OLD.reflection, OLD.state_note, OLD.next_steps, OLD.others);
END;
CREATE TRIGGER sessions_fts_update AFTER UPDATE OF facts, reflection, state_note, next_steps, others
ON sessions BEGIN
    INSERT INTO sessions_fts (sessions_fts, rowid, facts, reflection, state_note, next_steps, others)
    VALUES ('delete', OLD.id, OLD.facts, OLD.reflection, OLD.state_note, OLD.next_steps, OLD.others);
    INSERT INTO sessions_fts (rowid, facts, reflection, state_note, next_steps, others)
    VALUES (NEW.id, NEW.facts, NEW.reflection, NEW.state_note, NEW.next_steps, NEW.others);
END;

CREATE VIRTUAL TABLE session_tasks_fts USING fts5(
    done, setback, next_step,
    content = 'session_tasks', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO session_tasks_fts (session_tasks_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER session_tasks_fts_insert AFTER INSERT ON session_tasks BEGIN
    INSERT INTO session_tasks_fts (rowid, done, setback, next_step)
    VALUES (NEW.id, NEW.done, NEW.setback, NEW.next_step);
END;
CREATE TRIGGER session_tasks_fts_delete AFTER DELETE ON session_tasks BEGIN
    INSERT INTO session_tasks_fts (session_tasks_fts, rowid, done, setback, next_step)
    VALUES ('delete', OLD.id, OLD.done, OLD.setback, OLD.next_step);
END;
CREATE TRIGGER session_tasks_fts_update AFTER UPDATE ON session_tasks BEGIN
    INSERT INTO session_tasks_fts (session_tasks_fts, rowid, done, setback, next_step)
    VALUES ('delete', OLD.id, OLD.done, OLD.setback, OLD.next_step);
    INSERT INTO session_tasks_fts (rowid, done, setback, next_step)
    VALUES (NEW.id, NEW.done, NEW.setback, NEW.next_step);
END;

CREATE VIRTUAL TABLE session_facts_fts USING fts5(
    fact, source,
    content = 'session_facts', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO session_facts_fts (session_facts_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER session_facts_fts_insert AFTER INSERT ON session_facts BEGIN
    INSERT INTO session_facts_fts (rowid, fact, source) VALUES (NEW.id, NEW.fact, NEW.source);
END;
CREATE TRIGGER session_facts_fts_delete AFTER DELETE ON session_facts BEGIN
    INSERT INTO session_facts_fts (session_facts_fts, rowid, fact, source)
    VALUES ('delete', OLD.id, OLD.fact, OLD.source);
END;
CREATE TRIGGER session_facts_fts_update AFTER UPDATE ON session_facts BEGIN
    INSERT INTO session_facts_fts (session_facts_fts, rowid, fact, source)
    VALUES ('delete', OLD.id, OLD.fact, OLD.source);
    INSERT INTO session_facts_fts (rowid, fact, source) VALUES (NEW.id, NEW.fact, NEW.source);
END;

CREATE VIRTUAL TABLE session_addenda_fts USING fts5(
    body, content = 'session_addenda', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO session_addenda_fts (session_addenda_fts, rank) VALUES ('secure-delete', 1);
CREATE TRIGGER session_addenda_fts_insert AFTER INSERT ON session_addenda BEGIN
    INSERT INTO session_addenda_fts (rowid, body) VALUES (NEW.id, NEW.body);
END;
CREATE TRIGGER session_addenda_fts_delete AFTER DELETE ON session_addenda BEGIN
    INSERT INTO session_addenda_fts (session_addenda_fts, rowid, body)
    VALUES ('delete', OLD.id, OLD.body);
END;
