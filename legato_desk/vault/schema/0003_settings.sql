-- Schema 3: vault-wide settings (auto-lock period, retention, office
-- protocol, ...). They live inside the encrypted vault because QSettings may
-- hold only window geometry, language and the vault's path (security.md §5).
-- Each value is JSON text.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 80),
    value TEXT NOT NULL
);
