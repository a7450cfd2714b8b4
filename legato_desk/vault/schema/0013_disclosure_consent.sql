-- Schema 13: before a disclosure, the person is told why sharing matters and
-- asked to agree, even where the law allows sharing (seed 002); what was said
-- in counselling leaves only on acute danger. Older entries and the app's own
-- exports read as "not recorded". A withdrawn consent keeps its entry, dated.
ALTER TABLE disclosures ADD COLUMN client_told INTEGER NOT NULL DEFAULT 0
    CHECK (client_told IN (0, 1));
ALTER TABLE disclosures ADD COLUMN consent TEXT NOT NULL DEFAULT 'not_recorded'
    CHECK (consent IN ('not_recorded', 'given', 'refused', 'not_asked'));
ALTER TABLE disclosures ADD COLUMN consent_note TEXT NOT NULL DEFAULT ''
    CHECK (length(consent_note) <= 200);
ALTER TABLE disclosures ADD COLUMN counselling_content INTEGER NOT NULL DEFAULT 0
    CHECK (counselling_content IN (0, 1));
ALTER TABLE disclosures ADD COLUMN consent_withdrawn_at TEXT;
-- Entries on the ground of consent were given with it.
UPDATE disclosures SET consent = 'given' WHERE ground = 'consent';
