-- Schema 6: key-client candidates and key-clients of a case.
-- A candidate is a person on the map; deciding makes them a key-client
-- (decided_on + rationale). The status history lives in keyclient_events.
CREATE TABLE keyclients (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id      INTEGER NOT NULL UNIQUE REFERENCES persons(id) ON DELETE CASCADE,
    uid            TEXT    NOT NULL UNIQUE,
    marked_on      TEXT    NOT NULL,   -- ISO date the person became a candidate
    status         TEXT    NOT NULL DEFAULT 'candidate' CHECK (status IN
                       ('candidate', 'approached', 'active', 'paused', 'ended')),
    decided_on     TEXT,               -- ISO date of the decision, NULL for a candidate
    rationale      TEXT    NOT NULL DEFAULT '' CHECK (length(rationale) <= 5000),
    draft          TEXT    NOT NULL DEFAULT '' CHECK (length(draft) <= 5000), -- rationale being written
    relation       TEXT    NOT NULL DEFAULT '' CHECK (length(relation) <= 120),
    contact        TEXT    NOT NULL DEFAULT '' CHECK (length(contact) <= 300),
    guilt          TEXT    NOT NULL DEFAULT '' CHECK (length(guilt) <= 5000),
    responsibility TEXT    NOT NULL DEFAULT '' CHECK (length(responsibility) <= 5000),
    resilience     TEXT    NOT NULL DEFAULT '' CHECK (length(resilience) <= 5000),
    grounding_relationship    TEXT NOT NULL DEFAULT 'not_started'
        CHECK (grounding_relationship IN ('not_started', 'building', 'established')),
    grounding_messages        TEXT NOT NULL DEFAULT 'not_started'
        CHECK (grounding_messages IN ('not_started', 'building', 'established')),
    grounding_acknowledgement TEXT NOT NULL DEFAULT 'not_started'
        CHECK (grounding_acknowledgement IN ('not_started', 'building', 'established')),
    CHECK ((decided_on IS NULL) = (rationale = '')),
    CHECK (status = 'candidate' OR decided_on IS NOT NULL)
);
CREATE INDEX keyclients_case ON keyclients (case_id);

-- One rating per criterion; a missing row or a NULL level means "unknown".
CREATE TABLE keyclient_ratings (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    keyclient_id INTEGER NOT NULL REFERENCES keyclients(id) ON DELETE CASCADE,
    criterion    TEXT    NOT NULL CHECK (criterion IN ('chosen', 'similarity',
                     'credibility', 'resilience', 'access', 'emotional', 'dogmatism',
                     'ideology', 'willingness', 'availability')),
    level        INTEGER CHECK (level IS NULL OR level IN (1, 2, 3)),
    evidence     TEXT    NOT NULL DEFAULT '' CHECK (length(evidence) <= 500),
    UNIQUE (keyclient_id, criterion)
);
CREATE INDEX keyclient_ratings_case ON keyclient_ratings (case_id);

-- Every status change with its date and reason; the latest row is the current status.
CREATE TABLE keyclient_events (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    keyclient_id INTEGER NOT NULL REFERENCES keyclients(id) ON DELETE CASCADE,
    uid          TEXT    NOT NULL UNIQUE,
    on_date      TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN
                     ('approached', 'active', 'paused', 'ended')),
    end_reason   TEXT    CHECK (end_reason IS NULL OR end_reason IN ('by_keyclient',
                     'goals_reached', 'not_suitable', 'contact_lost', 'other')),
    note         TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    CHECK ((status = 'ended') = (end_reason IS NOT NULL))
);
CREATE INDEX keyclient_events_keyclient ON keyclient_events (keyclient_id, id);
CREATE INDEX keyclient_events_case ON keyclient_events (case_id);

-- Training modules the key-client attended.
CREATE TABLE keyclient_training (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    keyclient_id INTEGER NOT NULL REFERENCES keyclients(id) ON DELETE CASCADE,
    uid          TEXT    NOT NULL UNIQUE,
    module       TEXT    NOT NULL CHECK (length(module) BETWEEN 1 AND 120),
    attended_on  TEXT
);
CREATE INDEX keyclient_training_keyclient ON keyclient_training (keyclient_id);
CREATE INDEX keyclient_training_case ON keyclient_training (case_id);
