-- Schema 7: intake, safeguarding (escalations, disclosures), the agency
-- directory, case endings; and an audit trail that can see a removed tail.
--
-- The audit log is rebuilt with AUTOINCREMENT: sqlite_sequence then keeps the
-- highest id ever issued, so removing the newest entries (which leaves a
-- shorter, still valid hash chain) is detected by `check`. It also gains
-- case_ref, the case an entry is about (a plain number, not a foreign key:
-- the trail outlives an erased case and is never deleted with it).
CREATE TABLE audit_log_v4 (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL UNIQUE,
    case_ref  INTEGER
);
INSERT INTO audit_log_v4 (id, at, actor, action, entity, entity_id, prev_hash, hash)
    SELECT id, at, actor, action, entity, entity_id, prev_hash, hash FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_v4 RENAME TO audit_log;
CREATE INDEX audit_log_case ON audit_log (case_ref);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TABLE intake (
    case_id            INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
    caller_category    TEXT CHECK (caller_category IN ('family', 'professional', 'private',
                           'school', 'employer', 'authority', 'self')),
    referral_route     TEXT CHECK (referral_route IN ('direct', 'police', 'helpline',
                           'school', 'justice', 'health', 'other')),
    contact_kind       TEXT NOT NULL DEFAULT 'case'
                           CHECK (contact_kind IN ('case', 'advice_only')),
    concern            TEXT NOT NULL DEFAULT '',
    personality        TEXT NOT NULL DEFAULT '',
    communication      TEXT NOT NULL DEFAULT '',
    relationships      TEXT NOT NULL DEFAULT '',
    recent             TEXT NOT NULL DEFAULT '',
    past               TEXT NOT NULL DEFAULT '',
    risk_factors       TEXT NOT NULL DEFAULT '',
    protective_factors TEXT NOT NULL DEFAULT '',
    goals              TEXT NOT NULL DEFAULT '',
    languages          TEXT NOT NULL DEFAULT '',
    confidentiality_explained INTEGER NOT NULL DEFAULT 0
                           CHECK (confidentiality_explained IN (0, 1))
);

-- The agency directory is office-wide: institutions and named contacts.
CREATE TABLE agencies (
    id    INTEGER PRIMARY KEY,
    uid   TEXT NOT NULL UNIQUE,
    name  TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    kind  TEXT NOT NULL DEFAULT 'other',
    note  TEXT NOT NULL DEFAULT ''
);
CREATE TABLE agency_contacts (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    agency_id    INTEGER NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    role         TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    deputy       TEXT NOT NULL DEFAULT '',
    deputy_phone TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agency_contacts_agency ON agency_contacts (agency_id);

CREATE TABLE escalations (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    flag         TEXT NOT NULL CHECK (flag IN ('threat_to_others', 'planned_crime',
                     'self_harm', 'milieu_danger', 'child_protection')),
    raised_at    TEXT NOT NULL,
    reason       TEXT NOT NULL DEFAULT '',
    closed_at    TEXT,
    closing_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX escalations_case ON escalations (case_id, closed_at);
CREATE TABLE escalation_steps (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    escalation_id INTEGER NOT NULL REFERENCES escalations(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    role          TEXT NOT NULL DEFAULT '',
    due           TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'not_needed')),
    done_at       TEXT,
    UNIQUE (escalation_id, position)
);

-- The information-sharing log: every disclosure, by hand or by an export.
CREATE TABLE disclosures (
    id              INTEGER PRIMARY KEY,
    uid             TEXT NOT NULL UNIQUE,
    case_id         INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    escalation_id   INTEGER REFERENCES escalations(id) ON DELETE SET NULL,
    contact_id      INTEGER REFERENCES agency_contacts(id) ON DELETE SET NULL,
    kind            TEXT NOT NULL DEFAULT 'disclosure' CHECK (kind IN ('disclosure', 'export')),
    shared_at       TEXT NOT NULL,
    what            TEXT NOT NULL CHECK (length(what) > 0),
    recipient       TEXT NOT NULL CHECK (length(recipient) > 0),
    purpose         TEXT NOT NULL CHECK (length(purpose) > 0),
    ground          TEXT NOT NULL CHECK (ground IN ('consent', 'legal_duty',
                        'acute_danger', 'internal')),
    informed_by     TEXT NOT NULL DEFAULT '',
    acknowledged_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX disclosures_case ON disclosures (case_id, shared_at);

CREATE TABLE case_endings (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    ended_on  TEXT NOT NULL,
    reason    TEXT NOT NULL CHECK (reason IN ('keyclient_decided', 'goal_reached',
                  'moved_away', 'contact_lost', 'handed_over', 'index_client_distanced',
                  'office_ended', 'other')),
    reachable INTEGER NOT NULL CHECK (reachable IN (0, 1)),
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_endings_case ON case_endings (case_id);
