-- Schema 9: a stable identity for each case across vaults (handover).
-- A case moved to another counsellor's vault keeps its uid, so importing the
-- same case twice is recognised as a duplicate, whatever its code there.
-- ADD COLUMN cannot add NOT NULL without a default; the trigger gives every
-- new row a uid and the UPDATE fills the rows that already exist.
ALTER TABLE cases ADD COLUMN uid TEXT;
UPDATE cases SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
CREATE UNIQUE INDEX cases_uid ON cases (uid);
CREATE TRIGGER cases_uid_default AFTER INSERT ON cases WHEN NEW.uid IS NULL
BEGIN
    UPDATE cases SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;
CREATE TRIGGER cases_uid_stays BEFORE UPDATE OF uid ON cases
    WHEN OLD.uid IS NOT NULL AND NEW.uid IS NOT OLD.uid
BEGIN
    SELECT RAISE(ABORT, 'a case keeps its uid');
END;
