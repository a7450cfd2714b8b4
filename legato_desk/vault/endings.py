"""Ending a case: why it ended, whether the person stays reachable."""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from legato_desk.model.ending import (
    Ending, EndingReason, StillOpen, check_ending, ending_status)
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.records import touch_case, utcnow


class EndingRepository:
    def __init__(self, conn, audit: AuditTrail, clock: Callable[[], datetime] = utcnow):
        self._conn = conn
        self._audit = audit
        self._clock = clock

    def end_case(self, case_id: int, reason: EndingReason | str | None, *,
                 reachable: bool, note: str = "", ended_on: date | None = None) -> Ending:
        """Record the ending and set the status (ended / ended, still reachable) at once."""
        now = self._clock()
        today = now.astimezone().date()
        ended_on = ended_on or today
        reason = check_ending(reason, note, ended_on, today)
        status = ending_status(reachable)
        with transaction(self._conn):
            touch_case(self._conn, case_id, now)
            cur = self._conn.execute(
                "INSERT INTO case_endings (case_id, ended_on, reason, reachable, note)"
                " VALUES (?, ?, ?, ?, ?)",
                (case_id, ended_on.isoformat(), reason.value, int(reachable), note.strip()))
            self._audit.append("created", "ending", cur.lastrowid, case_id=case_id)
            if self._conn.execute("UPDATE cases SET status = ? WHERE id = ? AND status != ?",
                                  (status.value, case_id, status.value)).rowcount:
                self._audit.append("status", "case", case_id)
        return Ending(cur.lastrowid, case_id, ended_on, reason, reachable, note.strip())

    def still_open(self, case_id: int) -> StillOpen:
        """Key-clients approached, active or paused, and open safeguarding flags:
        what ending the case now would leave running (``model.ending.check_still_open``)."""
        keyclients = tuple(
            (name or role or "?", status) for name, role, status in self._conn.execute(
                "SELECT p.name, p.role, k.status FROM keyclients k JOIN persons p"
                " ON p.id = k.person_id WHERE k.case_id = ? AND k.decided_on IS NOT NULL"
                " AND k.status IN ('approached', 'active', 'paused') ORDER BY k.id",
                (case_id,)))
        flags = tuple(r[0] for r in self._conn.execute(
            "SELECT flag FROM escalations WHERE case_id = ? AND closed_at IS NULL"
            " ORDER BY id", (case_id,)))
        return StillOpen(keyclients, flags)

    def for_case(self, case_id: int) -> list[Ending]:
        return [Ending(r[0], case_id, date.fromisoformat(r[1]), EndingReason(r[2]),
                       bool(r[3]), r[4]) for r in self._conn.execute(
            "SELECT id, ended_on, reason, reachable, note FROM case_endings"
            " WHERE case_id = ? ORDER BY ended_on, id", (case_id,))]
