-- Schema 12: what the counsellor decided about words that look like names
-- but match nobody of the case (issue 15). "keep" prints the word as written;
-- "redact" replaces it in every pseudonymised export of the case. The word is
-- case content (it may be a name) and lives only here, inside the vault.
CREATE TABLE name_reviews (
    id       INTEGER PRIMARY KEY,
    case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    word     TEXT    NOT NULL CHECK (length(word) BETWEEN 1 AND 80),
    decision TEXT    NOT NULL CHECK (decision IN ('keep', 'redact')),
    UNIQUE (case_id, word)
);
