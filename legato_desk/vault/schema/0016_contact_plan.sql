-- Schema 16: tapering contact and the open door (issue 19.3; seed 004:
-- high-intensity contact first, then gradually less, available long term).
-- A key-client's contact plan is a list of dated steps: from starts_on,
-- every N days / weeks / months, or 'on_request' (no planned contact).
CREATE TABLE contact_plan_steps (
    id           INTEGER PRIMARY KEY,
    uid          TEXT    NOT NULL UNIQUE,
    case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    keyclient_id INTEGER NOT NULL REFERENCES keyclients(id) ON DELETE CASCADE,
    starts_on    TEXT    NOT NULL,
    unit         TEXT    NOT NULL CHECK (unit IN ('days', 'weeks', 'months', 'on_request')),
    every        INTEGER CHECK (every IS NULL OR every BETWEEN 1 AND 90),
    CHECK ((unit = 'on_request') = (every IS NULL)),
    UNIQUE (keyclient_id, starts_on)
);
CREATE INDEX contact_plan_steps_case ON contact_plan_steps (case_id);

-- Ended, still reachable: the crisis route agreed when the work with a
-- key-client ended and the door stays open. It belongs to that ending (a
-- status change undone takes it along). The directory contact's name is
-- kept as text: it stays when the entry is deleted or the case handed over.
CREATE TABLE keyclient_open_doors (
    id            INTEGER PRIMARY KEY,
    uid           TEXT    NOT NULL UNIQUE,
    case_id       INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    keyclient_id  INTEGER NOT NULL REFERENCES keyclients(id) ON DELETE CASCADE,
    event_id      INTEGER NOT NULL UNIQUE REFERENCES keyclient_events(id) ON DELETE CASCADE,
    route         TEXT    NOT NULL CHECK (length(route) BETWEEN 1 AND 1000),
    contact_id    INTEGER REFERENCES agency_contacts(id) ON DELETE SET NULL,
    contact_label TEXT    NOT NULL DEFAULT '' CHECK (length(contact_label) <= 300),
    changed_at    TEXT    NOT NULL
);
CREATE INDEX keyclient_open_doors_keyclient ON keyclient_open_doors (keyclient_id);
CREATE INDEX keyclient_open_doors_case ON keyclient_open_doors (case_id);
