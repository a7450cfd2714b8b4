-- Schema 15: referral on (issue 19.8; seed 003: callers are passed on to
-- local projects). To whom (a directory entry, and always its name as text,
-- which stays when the entry is deleted or the case is handed over), why,
-- when, and whether the caller agreed.
CREATE TABLE referrals (
    id          INTEGER PRIMARY KEY,
    uid         TEXT    NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    referred_on TEXT    NOT NULL,
    contact_id  INTEGER REFERENCES agency_contacts(id) ON DELETE SET NULL,
    agency_id   INTEGER REFERENCES agencies(id) ON DELETE SET NULL,
    recipient   TEXT    NOT NULL CHECK (length(recipient) BETWEEN 1 AND 300),
    reason      TEXT    NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
    agreement   TEXT    NOT NULL CHECK (agreement IN ('agreed', 'declined', 'not_asked')),
    note        TEXT    NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
    created_at  TEXT    NOT NULL
);
CREATE INDEX referrals_case ON referrals (case_id, referred_on);
