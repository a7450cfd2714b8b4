"""The counsellor's decisions on words that look like names (schema 12).

An export's review lists the words of a case that look like names but match
nobody; each is kept as written, redacted in every pseudonymised export of
the case, or made an alias of a person (stored with the person, not here).
"""

from __future__ import annotations

import unicodedata

from legato_desk.errors import ValidationError
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction

DECISIONS = ("keep", "redact")


class NameReviews:
    def __init__(self, conn, audit: AuditTrail):
        self._conn = conn
        self._audit = audit

    def decisions(self, case_id: int) -> dict[str, str]:
        """word -> "keep" or "redact", for one case."""
        return dict(self._conn.execute(
            "SELECT word, decision FROM name_reviews WHERE case_id = ? ORDER BY id",
            (case_id,)).fetchall())

    def decide(self, case_id: int, word: str, decision: str) -> None:
        word = unicodedata.normalize("NFC", " ".join(word.split()))
        if decision not in DECISIONS:
            raise ValueError(f"unknown decision {decision!r}")
        if not 1 <= len(word) <= 80:
            raise ValidationError("A reviewed word must be 1 to 80 characters long.")
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO name_reviews (case_id, word, decision) VALUES (?, ?, ?)"
                " ON CONFLICT (case_id, word) DO UPDATE SET decision = excluded.decision",
                (case_id, word, decision))
            row_id = self._conn.execute(
                "SELECT id FROM name_reviews WHERE case_id = ? AND word = ?",
                (case_id, word)).fetchone()[0]
            self._audit.append("changed", "name_review", row_id, case_id=case_id)

    def forget(self, case_id: int, word: str) -> None:
        """Undo a decision: the word is listed for review again."""
        with transaction(self._conn):
            self._conn.execute("DELETE FROM name_reviews WHERE case_id = ? AND word = ?",
                               (case_id, word))
            self._audit.append("deleted", "name_review", 0, case_id=case_id)
