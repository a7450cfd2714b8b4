"""The append-only audit trail: who did what to which record, never the content.

Each entry's hash covers its fields and the previous entry's hash, so an
edited or removed entry breaks the chain and ``verify`` finds it. Triggers in
the schema refuse UPDATE and DELETE on the table. The chain rules live in
``model.audit_chain``; a removed tail is found through sqlite_sequence (the
table is AUTOINCREMENT since schema 4).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from legato_desk.model.audit_chain import Entry, digest, first_break

ACTIONS = {"created", "changed", "deleted", "exported", "erased", "status"}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_digest = digest  # the chain rule, kept under its old name


class AuditTrail:
    def __init__(self, conn, actor: str = "counsellor",
                 clock: Callable[[], str] = _now):
        self._conn = conn
        self.actor = actor
        self._clock = clock
        self._has_case_ref = False

    def _case_ref_column(self) -> bool:
        """Whether the table has case_ref yet (migrations before 4 append too)."""
        if not self._has_case_ref:
            self._has_case_ref = any(r[1] == "case_ref" for r in
                                     self._conn.execute("PRAGMA table_info(audit_log)"))
        return self._has_case_ref

    def append(self, action: str, entity: str, entity_id: object, *,
               case_id: int | None = None) -> None:
        """Add one entry. Call inside the transaction that made the change.

        ``case_id`` names the case the record belongs to (for the per-case
        view); entries about a case itself get it without asking.
        """
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        row = self._conn.execute(
            "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        prev = row[0] if row else ""
        at = self._clock()
        entity_id = str(entity_id)
        if case_id is None and entity == "case":
            case_id = int(entity_id)
        if not self._case_ref_column():
            self._conn.execute(
                "INSERT INTO audit_log (at, actor, action, entity, entity_id, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (at, self.actor, action, entity, entity_id, prev,
                 digest(prev, at, self.actor, action, entity, entity_id)))
            return
        self._conn.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, prev_hash, hash,"
            " case_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (at, self.actor, action, entity, entity_id, prev,
             digest(prev, at, self.actor, action, entity, entity_id, case_id), case_id),
        )

    def entries(self) -> list[tuple]:
        return self._conn.execute(
            "SELECT id, at, actor, action, entity, entity_id FROM audit_log ORDER BY id"
        ).fetchall()

    def for_case(self, case_id: int) -> list[tuple]:
        """(at, actor, action, entity, entity_id) about one case, oldest first.

        Starts at the case's latest "created" entry, so a re-used id of an
        erased case does not show the old case's history.
        """
        start = self._conn.execute(
            "SELECT max(id) FROM audit_log WHERE case_ref = ? AND entity = 'case'"
            " AND action = 'created'", (case_id,)).fetchone()[0] or 0
        return self._conn.execute(
            "SELECT at, actor, action, entity, entity_id FROM audit_log"
            " WHERE case_ref = ? AND id >= ? ORDER BY id", (case_id, start)).fetchall()

    def verify(self) -> int | None:
        """The id of the first entry that breaks the chain, or None if intact.

        Also finds removed entries at the end: the ids must run without a gap
        up to the highest id the table ever issued (sqlite_sequence).
        """
        issued = None
        table = self._conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'audit_log'").fetchone()
        if table and "AUTOINCREMENT" in table[0].upper():
            row = self._conn.execute(
                "SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'").fetchone()
            issued = row[0] if row else 0
        rows = self._conn.execute(
            "SELECT id, at, actor, action, entity, entity_id, prev_hash, hash"
            + (", case_ref" if self._case_ref_column() else "")
            + " FROM audit_log ORDER BY id")
        return first_break((Entry(*row) for row in rows), issued)
