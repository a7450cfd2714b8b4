"""Contact plans of key-clients and the open door after an ending
(model/contact_plan.py).

A plan is saved whole: ``set_steps`` replaces a key-client's steps in one
transaction (which is also how undo writes the old plan back). The sessions
a key-client was present at are read from the session records.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable, Iterable

from legato_desk.errors import ValidationError
from legato_desk.model import contact_plan as cp
from legato_desk.model import keyclients as k
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.keyclients import KeyClientNotFound
from legato_desk.vault.records import new_uid, stamp, touch_case, utcnow


def _step(row) -> cp.PlanStep:
    return cp.PlanStep(date.fromisoformat(row[0]), cp.Unit(row[1]), row[2])


class ContactPlanRepository:
    def __init__(self, conn, audit: AuditTrail, clock: Callable[[], datetime] = utcnow):
        self._conn = conn
        self._audit = audit
        self._clock = clock

    def _case_of(self, keyclient_id: int) -> int:
        row = self._conn.execute("SELECT case_id FROM keyclients WHERE id = ?",
                                 (keyclient_id,)).fetchone()
        if row is None:
            raise KeyClientNotFound()
        return row[0]

    def steps(self, keyclient_id: int) -> list[cp.PlanStep]:
        return [_step(r) for r in self._conn.execute(
            "SELECT starts_on, unit, every FROM contact_plan_steps WHERE keyclient_id = ?"
            " ORDER BY starts_on", (keyclient_id,))]

    def for_case(self, case_id: int) -> dict[int, list[cp.PlanStep]]:
        """Key-client id -> its steps, for the key-clients that have a plan."""
        plans: dict[int, list[cp.PlanStep]] = {}
        for kid, *row in self._conn.execute(
                "SELECT keyclient_id, starts_on, unit, every FROM contact_plan_steps"
                " WHERE case_id = ? ORDER BY keyclient_id, starts_on", (case_id,)):
            plans.setdefault(kid, []).append(_step(row))
        return plans

    def set_steps(self, keyclient_id: int, steps: Iterable[cp.PlanStep]) -> list[cp.PlanStep]:
        """Replace the plan; ValidationError (nothing stored) when a step is wrong."""
        now = self._clock()
        steps = cp.check_plan(steps, now.astimezone().date())
        case_id = self._case_of(keyclient_id)
        if self._conn.execute("SELECT decided_on FROM keyclients WHERE id = ?",
                              (keyclient_id,)).fetchone()[0] is None and steps:
            raise ValidationError("A contact plan is for a chosen key-client: choose the "
                                  "candidate as key-client first.")
        if steps == self.steps(keyclient_id):
            return steps
        with transaction(self._conn):
            touch_case(self._conn, case_id, now)
            self._conn.execute("DELETE FROM contact_plan_steps WHERE keyclient_id = ?",
                               (keyclient_id,))
            self._conn.executemany(
                "INSERT INTO contact_plan_steps (uid, case_id, keyclient_id, starts_on, unit,"
                " every) VALUES (?, ?, ?, ?, ?, ?)",
                [(new_uid(), case_id, keyclient_id, s.starts_on.isoformat(), s.unit.value,
                  s.every) for s in steps])
            self._audit.append("changed", "contact_plan", keyclient_id, case_id=case_id)
        return steps

    def held_days(self, keyclient_id: int) -> list[date]:
        """The days of the session records the key-client was present at."""
        return [datetime.fromisoformat(r[0]).date() for r in self._conn.execute(
            "SELECT DISTINCT s.held_at FROM sessions s JOIN session_participants p"
            " ON p.session_id = s.id JOIN keyclients k ON k.person_id = p.person_id"
            " WHERE k.id = ? ORDER BY s.held_at", (keyclient_id,))]

    def compare(self, keyclient_id: int, until: date | None = None,
                since: date | None = None) -> cp.PlanComparison:
        until = until or self._clock().astimezone().date()
        return cp.compare_plan(self.steps(keyclient_id), self.held_days(keyclient_id),
                               until=until, since=since)


_DOOR_COLS = "id, case_id, keyclient_id, event_id, route, contact_label, contact_id"


class OpenDoorRepository:
    """The crisis route of an ending that keeps the door open."""

    def __init__(self, conn, audit: AuditTrail, keyclients,
                 clock: Callable[[], datetime] = utcnow):
        self._conn = conn
        self._audit = audit
        self._keyclients = keyclients
        self._clock = clock

    def _contact_label(self, contact_id: int | None) -> str:
        if contact_id is None:
            return ""
        row = self._conn.execute(
            "SELECT c.name, c.role, a.name FROM agency_contacts c JOIN agencies a"
            " ON a.id = c.agency_id WHERE c.id = ?", (contact_id,)).fetchone()
        if row is None:
            raise ValidationError("This contact is no longer in the agency directory.")
        role = f", {row[1]}" if row[1] else ""
        return f"{row[0]}{role} ({row[2]})"

    def end_reachable(self, keyclient_id: int, end_reason: k.EndReason, note: str = "",
                      on: date | None = None, *, route: str,
                      contact_id: int | None = None) -> k.StatusEvent:
        """End the work with the key-client, the door staying open: the status change
        and its crisis route in one transaction (or neither)."""
        route, label = cp.clean_route(route, self._contact_label(contact_id))
        now = self._clock()

        def along(event_id: int) -> None:
            case_id = self._conn.execute("SELECT case_id FROM keyclients WHERE id = ?",
                                         (keyclient_id,)).fetchone()[0]
            cur = self._conn.execute(
                "INSERT INTO keyclient_open_doors (uid, case_id, keyclient_id, event_id,"
                " route, contact_id, contact_label, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (new_uid(), case_id, keyclient_id, event_id, route, contact_id, label,
                 stamp(now)))
            self._audit.append("created", "open_door", cur.lastrowid, case_id=case_id)

        return self._keyclients.change_status(keyclient_id, k.Status.ENDED, end_reason, note,
                                              on, along=along)

    def for_event(self, event_id: int) -> cp.OpenDoor | None:
        row = self._conn.execute(f"SELECT {_DOOR_COLS} FROM keyclient_open_doors"
                                 " WHERE event_id = ?", (event_id,)).fetchone()
        return cp.OpenDoor(*row) if row else None

    def current(self, keyclient_id: int) -> cp.OpenDoor | None:
        """The open door of a key-client whose work has ended (the latest ending)."""
        row = self._conn.execute(
            "SELECT id, status FROM keyclient_events WHERE keyclient_id = ?"
            " ORDER BY id DESC LIMIT 1", (keyclient_id,)).fetchone()
        if row is None or row[1] != k.Status.ENDED.value:
            return None
        return self.for_event(row[0])

    def for_case(self, case_id: int) -> dict[int, cp.OpenDoor]:
        """Key-client id -> its current open door."""
        ids = [r[0] for r in self._conn.execute(
            "SELECT DISTINCT keyclient_id FROM keyclient_open_doors WHERE case_id = ?",
            (case_id,))]
        doors = {kid: self.current(kid) for kid in ids}
        return {kid: door for kid, door in doors.items() if door is not None}

    def change_route(self, event_id: int, route: str, contact_id: int | None = None, *,
                     kept_label: str = "") -> cp.OpenDoor:
        """``kept_label``: the contact as recorded, kept when no directory entry is
        chosen (the entry was deleted, or the case came from another office)."""
        old = self.for_event(event_id)
        if old is None:
            raise ValidationError("This ending keeps no door open any more.")
        label = self._contact_label(contact_id) if contact_id is not None else kept_label
        route, label = cp.clean_route(route, label)
        now = self._clock()
        with transaction(self._conn):
            touch_case(self._conn, old.case_id, now)
            self._conn.execute(
                "UPDATE keyclient_open_doors SET route = ?, contact_id = ?, contact_label = ?,"
                " changed_at = ? WHERE id = ?", (route, contact_id, label, stamp(now), old.id))
            self._audit.append("changed", "open_door", old.id, case_id=old.case_id)
        return self.for_event(event_id)
