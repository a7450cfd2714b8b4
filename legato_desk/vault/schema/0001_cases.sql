-- Schema 1: the case list.
CREATE TABLE cases (
    id            INTEGER PRIMARY KEY,
    code          TEXT    NOT NULL UNIQUE,
    pseudonym     TEXT    NOT NULL CHECK (length(pseudonym) BETWEEN 1 AND 60),
    status        TEXT    NOT NULL CHECK (status IN
                      ('intake', 'analysis', 'active', 'ended', 'ended_reachable')),
    opened_on     TEXT    NOT NULL,   -- ISO date
    last_activity TEXT    NOT NULL,   -- ISO timestamp, UTC
    summary       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX cases_last_activity ON cases (last_activity);
