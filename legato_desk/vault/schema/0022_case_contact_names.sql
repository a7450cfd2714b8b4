-- Schema 22: the names of the directory contacts a case's records were tied to.
-- A referral, a release checklist item, an open door and a sharing-log entry
-- keep the contact's label as text ("name, role (agency)"): it stays when the
-- directory entry is renamed or deleted (contact_id then NULL). The export's
-- name register knew only the directory as it is now, so such a label printed
-- its name in clear in a pseudonymised PDF (seen: a deleted probation officer
-- in the release checklist). The register also reads this table: each name
-- (and the deputy's) once per case, as it was when a record was tied to the
-- contact. Triggers fill it; it belongs to the case (erased and handed over
-- with it). One view says which names a contact has, for the fill and every
-- trigger.
CREATE TABLE case_contact_names (
    id      INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    name    TEXT    NOT NULL,
    UNIQUE (case_id, name) ON CONFLICT IGNORE
);
CREATE VIEW agency_contact_names AS
    SELECT id AS contact_id, name FROM agency_contacts
    UNION ALL SELECT id, deputy FROM agency_contacts WHERE deputy != '';
INSERT INTO case_contact_names (case_id, name)
    SELECT r.case_id, n.name FROM (
        SELECT case_id, contact_id FROM referrals
        UNION ALL SELECT case_id, contact_id FROM release_items
        UNION ALL SELECT case_id, contact_id FROM keyclient_open_doors
        UNION ALL SELECT case_id, contact_id FROM disclosures) r
    JOIN agency_contact_names n ON n.contact_id = r.contact_id
    ORDER BY r.case_id, n.name;
CREATE TRIGGER referrals_contact_name AFTER INSERT ON referrals
    WHEN NEW.contact_id IS NOT NULL
BEGIN
    INSERT INTO case_contact_names (case_id, name)
        SELECT NEW.case_id, name FROM agency_contact_names WHERE contact_id = NEW.contact_id;
END;
CREATE TRIGGER referrals_contact_name_changed AFTER UPDATE OF contact_id ON referrals
    WHEN NEW.contact_id IS NOT NULL
BEGIN
    INSERT INTO case_contact_names (case_id, name)
        SELECT NEW.case_id, name FROM agency_contact_names WHERE contact_id = NEW.contact_id;
END;
CREATE TRIGGER release_items_contact_name AFTER INSERT ON release_items
    WHEN NEW.contact_id IS NOT NULL
BEGIN
    INSERT INTO case_contact_names (case_id, name)
        SELECT NEW.case_id, name FROM agency_contact_names WHERE contact_id = NEW.contact_id;
END;
CREATE TRIGGER open_doors_contact_name AFTER INSERT ON keyclient_open_doors
    WHEN NEW.contact_id IS NOT NULL
BEGIN
    INSERT INTO case_contact_names (case_id, name)
        SELECT NEW.case_id, name FROM agency_contact_names WHERE contact_id = NEW.contact_id;
END;
CREATE TRIGGER open_doors_contact_name_changed AFTER UPDATE OF contact_id ON keyclient_open_doors
    WHEN NEW.contact_id IS NOT NULL
BEGIN
    INSERT INTO case_contact_names (case_id, name)
        SELECT NEW.case_id, name FROM agency_contact_names WHERE contact_id = NEW.contact_id;
END;
CREATE TRIGGER disclosures_contact_name AFTER INSERT ON disclosures
    WHEN NEW.contact_id IS NOT NULL
BEGIN
    INSERT INTO case_contact_names (case_id, name)
        SELECT NEW.case_id, name FROM agency_contact_names WHERE contact_id = NEW.contact_id;
END;
