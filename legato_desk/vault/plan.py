"""The intervention plan of a case: its start, goals, measures and reviews
(model/plan.py), and which measures each session worked on.

Every change is one transaction with its audit entry (which record, never
its text) and the case's last activity. A removed goal, measure or review
comes back with ``restore`` (the screens' undo). A measure a session worked
on stays: it is set to dropped instead, so the session still says what it
worked on.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Callable

from legato_desk.errors import ValidationError
from legato_desk.model import plan as p
from legato_desk.model.progress import TimelineEvent
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.records import new_uid, stamp, touch_case, utcnow

_GOAL_COLS = "id, case_id, text, set_on, state"
_MEASURE_COLS = ("id, case_id, what, who_kind, who, person_id, contact_id, due_on, state,"
                 " goal_id, done_on")
_REVIEW_COLS = "id, case_id, held_on, note"
# Every column, for taking a row away and putting it back (undo).
_TABLES = {"goal": ("plan_goals", "id, uid, case_id, set_on, text, state, created_at"),
           "measure": ("plan_measures", "id, uid, case_id, goal_id, what, who_kind, person_id,"
                       " contact_id, who, due_on, state, done_on, created_at"),
           "plan_review": ("plan_reviews", "id, uid, case_id, held_on, note, created_at")}


class PlanRecordNotFound(ValidationError):
    message = "This entry of the plan no longer exists."


def _d(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _goal(r) -> p.Goal:
    return p.Goal(r[0], r[1], r[2], date.fromisoformat(r[3]), p.GoalState(r[4]))


def _measure(r) -> p.Measure:
    return p.Measure(r[0], r[1], r[2], p.WhoKind(r[3]), r[4], r[5], r[6], _d(r[7]),
                     p.MeasureState(r[8]), r[9], _d(r[10]))


def _review(r) -> p.Review:
    return p.Review(r[0], r[1], date.fromisoformat(r[2]), r[3])


class PlanRepository:
    def __init__(self, conn, audit: AuditTrail, clock: Callable[[], datetime] = utcnow):
        self._conn = conn
        self._audit = audit
        self._clock = clock

    def _today(self) -> date:
        return self._clock().astimezone().date()

    # -- reading -------------------------------------------------------------------

    def get(self, case_id: int) -> p.Plan:
        """The case's plan; one never written starts on the day the case was opened."""
        row = self._conn.execute("SELECT started_on, wind_down FROM plans WHERE case_id = ?",
                                 (case_id,)).fetchone()
        if row is None:
            opened = self._conn.execute("SELECT opened_on FROM cases WHERE id = ?",
                                        (case_id,)).fetchone()
            start = _d(opened[0]) if opened and opened[0] else self._today()
            row, stored = (start.isoformat(), ""), False
        else:
            stored = True
        return p.Plan(case_id, date.fromisoformat(row[0]), row[1], tuple(self.goals(case_id)),
                      tuple(self.measures(case_id)), tuple(self.reviews(case_id)), stored)

    def goals(self, case_id: int) -> list[p.Goal]:
        return [_goal(r) for r in self._conn.execute(
            f"SELECT {_GOAL_COLS} FROM plan_goals WHERE case_id = ? ORDER BY set_on, id",
            (case_id,))]

    def measures(self, case_id: int) -> list[p.Measure]:
        """Those due first first; those without a date last."""
        return [_measure(r) for r in self._conn.execute(
            f"SELECT {_MEASURE_COLS} FROM plan_measures WHERE case_id = ?"
            " ORDER BY due_on IS NULL, due_on, id", (case_id,))]

    def reviews(self, case_id: int) -> list[p.Review]:
        return [_review(r) for r in self._conn.execute(
            f"SELECT {_REVIEW_COLS} FROM plan_reviews WHERE case_id = ? ORDER BY held_on, id",
            (case_id,))]

    def goal(self, goal_id: int) -> p.Goal:
        row = self._conn.execute(f"SELECT {_GOAL_COLS} FROM plan_goals WHERE id = ?",
                                 (goal_id,)).fetchone()
        if row is None:
            raise PlanRecordNotFound()
        return _goal(row)

    def measure(self, measure_id: int) -> p.Measure:
        row = self._conn.execute(f"SELECT {_MEASURE_COLS} FROM plan_measures WHERE id = ?",
                                 (measure_id,)).fetchone()
        if row is None:
            raise PlanRecordNotFound()
        return _measure(row)

    def goal_states(self, case_id: int) -> list[p.GoalState]:
        """The state of each goal (for the statistics: counts only)."""
        return [p.GoalState(r[0]) for r in self._conn.execute(
            "SELECT state FROM plan_goals WHERE case_id = ? ORDER BY id", (case_id,))]

    def session_work(self, session_id: int) -> list[str]:
        """What the measures a session worked on said when it was saved."""
        return [r[0] for r in self._conn.execute(
            "SELECT what FROM session_measures WHERE session_id = ? ORDER BY id",
            (session_id,))]

    def sessions_of(self, measure_id: int) -> int:
        return self._conn.execute("SELECT count(*) FROM session_measures WHERE measure_id = ?",
                                  (measure_id,)).fetchone()[0]

    # -- the plan itself ---------------------------------------------------------------

    def _dates(self, case_id: int) -> list[date]:
        rows = self._conn.execute(
            "SELECT set_on FROM plan_goals WHERE case_id = ?1 UNION ALL"
            " SELECT due_on FROM plan_measures WHERE case_id = ?1 AND due_on IS NOT NULL"
            " UNION ALL SELECT held_on FROM plan_reviews WHERE case_id = ?1", (case_id,))
        return [date.fromisoformat(r[0]) for r in rows]

    def set_plan(self, case_id: int, *, started_on: date, wind_down: str = "") -> p.Plan:
        now = self._clock()
        day, wind_down = p.clean_plan(started_on=started_on, wind_down=wind_down,
                                      today=self._today(), first_dates=self._dates(case_id))
        with transaction(self._conn):
            touch_case(self._conn, case_id, now)
            row = self._conn.execute("SELECT id FROM plans WHERE case_id = ?",
                                     (case_id,)).fetchone()
            if row is None:
                cur = self._conn.execute(
                    "INSERT INTO plans (uid, case_id, started_on, wind_down, changed_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    (new_uid(), case_id, day.isoformat(), wind_down, stamp(now)))
                self._audit.append("created", "plan", cur.lastrowid, case_id=case_id)
            else:
                self._conn.execute(
                    "UPDATE plans SET started_on = ?, wind_down = ?, changed_at = ?"
                    " WHERE id = ?", (day.isoformat(), wind_down, stamp(now), row[0]))
                self._audit.append("changed", "plan", row[0], case_id=case_id)
        return self.get(case_id)

    def _start(self, case_id: int) -> date:
        return self.get(case_id).started_on

    # -- goals ---------------------------------------------------------------------------

    def add_goal(self, case_id: int, *, text: str, set_on: date | None = None,
                 state: p.GoalState | str = p.GoalState.OPEN) -> p.Goal:
        """A new goal; without ``set_on`` it is set on the day the plan starts (the intake)."""
        start = self._start(case_id)
        text, day, state = p.clean_goal(text=text, set_on=set_on or start, state=state,
                                        started_on=start, today=self._today())
        now = self._clock()
        with transaction(self._conn):
            touch_case(self._conn, case_id, now)
            cur = self._conn.execute(
                "INSERT INTO plan_goals (uid, case_id, set_on, text, state, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (new_uid(), case_id, day.isoformat(), text, state.value, stamp(now)))
            self._audit.append("created", "goal", cur.lastrowid, case_id=case_id)
        return self.goal(cur.lastrowid)

    def update_goal(self, goal_id: int, *, text: str, set_on: date,
                    state: p.GoalState | str) -> p.Goal:
        old = self.goal(goal_id)
        text, day, state = p.clean_goal(text=text, set_on=set_on, state=state,
                                        started_on=self._start(old.case_id),
                                        today=self._today())
        with transaction(self._conn):
            touch_case(self._conn, old.case_id, self._clock())
            self._conn.execute("UPDATE plan_goals SET text = ?, set_on = ?, state = ?"
                               " WHERE id = ?", (text, day.isoformat(), state.value, goal_id))
            self._audit.append("changed", "goal", goal_id, case_id=old.case_id)
        return self.goal(goal_id)

    def remove_goal(self, goal_id: int) -> dict:
        """Remove a goal; its measures stay, serving no goal. Returns what ``restore`` needs."""
        old = self.goal(goal_id)
        linked = [r[0] for r in self._conn.execute(
            "SELECT id FROM plan_measures WHERE goal_id = ?", (goal_id,))]
        return self._remove("goal", goal_id, old.case_id, links=linked)

    # -- measures ----------------------------------------------------------------------

    def _measure_values(self, case_id: int, values: dict):
        start = self._start(case_id)
        what, kind, who, due, state = p.clean_measure(
            what=values.get("what", ""), who_kind=values.get("who_kind"),
            who=values.get("who", ""), person_id=values.get("person_id"),
            contact_id=values.get("contact_id"), due_on=values.get("due_on"),
            state=values.get("state", p.MeasureState.PLANNED), started_on=start)
        person_id = values.get("person_id") if kind is p.WhoKind.PERSON else None
        contact_id = values.get("contact_id") if kind is p.WhoKind.CONTACT else None
        if person_id is not None:
            row = self._conn.execute("SELECT case_id, name, role FROM persons WHERE id = ?",
                                     (person_id,)).fetchone()
            if row is None or row[0] != case_id:
                raise ValidationError("This person is no longer on the case's map.")
            who = row[1] or row[2] or "?"  # as the session records keep who was present
        if contact_id is not None:
            row = self._conn.execute("SELECT name FROM agency_contacts WHERE id = ?",
                                     (contact_id,)).fetchone()
            if row is None:
                raise ValidationError("This contact is no longer in the agency directory.")
            who = row[0]
        goal_id = values.get("goal_id")
        if goal_id is not None and self.goal(goal_id).case_id != case_id:
            raise ValidationError("This goal belongs to another case.")
        return what, kind, who, person_id, contact_id, due, state, goal_id

    def add_measure(self, case_id: int, **values) -> p.Measure:
        """``what``, ``who_kind`` (+ ``person_id`` / ``contact_id``, whose name is kept),
        ``due_on``, ``state``, ``goal_id``; ValidationError (nothing stored) if wrong."""
        what, kind, who, person_id, contact_id, due, state, goal_id = \
            self._measure_values(case_id, values)
        now = self._clock()
        done = p.done_on(None, state, None, self._today())
        with transaction(self._conn):
            touch_case(self._conn, case_id, now)
            cur = self._conn.execute(
                "INSERT INTO plan_measures (uid, case_id, goal_id, what, who_kind, person_id,"
                " contact_id, who, due_on, state, done_on, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_uid(), case_id, goal_id, what, kind.value, person_id, contact_id, who,
                 due.isoformat() if due else None, state.value,
                 done.isoformat() if done else None, stamp(now)))
            self._audit.append("created", "measure", cur.lastrowid, case_id=case_id)
        return self.measure(cur.lastrowid)

    def take_over(self, case_id: int, agreed) -> list[p.Measure]:
        """Plan measures for the conference measures ``agreed`` (AgreedMeasure) that
        the plan does not hold yet (same what, who and by when), in one transaction.
        Who: the person of the map or the directory contact of that name, the
        counsellor if nobody was named, else the name as typed. A date before the
        plan starts is dropped (the measure stays, without a date). Returns those made."""
        start, made = self._start(case_id), []
        held = {(m.what, m.who, m.due_on) for m in self.measures(case_id)}
        rows = []
        for a in agreed:
            due = a.due_on if a.due_on is not None and a.due_on >= start else None
            values = dict(what=a.what, due_on=due, **self._who(case_id, a.who))
            what, kind, who, person_id, contact_id, due, state, _goal = \
                self._measure_values(case_id, values)
            if (what, who, due) in held:
                continue
            held.add((what, who, due))
            rows.append((what, kind, who, person_id, contact_id, due, state))
        if not rows:
            return []
        now = self._clock()
        with transaction(self._conn):
            touch_case(self._conn, case_id, now)
            for what, kind, who, person_id, contact_id, due, state in rows:
                cur = self._conn.execute(
                    "INSERT INTO plan_measures (uid, case_id, goal_id, what, who_kind,"
                    " person_id, contact_id, who, due_on, state, done_on, created_at)"
                    " VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, NULL, ?)",
                    (new_uid(), case_id, what, kind.value, person_id, contact_id, who,
                     due.isoformat() if due else None, state.value, stamp(now)))
                self._audit.append("created", "measure", cur.lastrowid, case_id=case_id)
                made.append(cur.lastrowid)
        return [self.measure(i) for i in made]

    def _who(self, case_id: int, name: str) -> dict:
        name = " ".join((name or "").split())
        if not name:
            return {"who_kind": p.WhoKind.COUNSELLOR}
        row = self._conn.execute("SELECT id FROM persons WHERE case_id = ? AND name = ?"
                                 " ORDER BY id", (case_id, name)).fetchone()
        if row is not None:
            return {"who_kind": p.WhoKind.PERSON, "person_id": row[0]}
        row = self._conn.execute("SELECT id FROM agency_contacts WHERE name = ? ORDER BY id",
                                 (name,)).fetchone()
        return {"who_kind": p.WhoKind.CONTACT, "who": name,
                "contact_id": row[0] if row is not None else None}

    def update_measure(self, measure_id: int, **values) -> p.Measure:
        old = self.measure(measure_id)
        what, kind, who, person_id, contact_id, due, state, goal_id = \
            self._measure_values(old.case_id, values)
        done = p.done_on(old.state, state, old.done_on, self._today())
        with transaction(self._conn):
            touch_case(self._conn, old.case_id, self._clock())
            self._conn.execute(
                "UPDATE plan_measures SET goal_id = ?, what = ?, who_kind = ?, person_id = ?,"
                " contact_id = ?, who = ?, due_on = ?, state = ?, done_on = ? WHERE id = ?",
                (goal_id, what, kind.value, person_id, contact_id, who,
                 due.isoformat() if due else None, state.value,
                 done.isoformat() if done else None, measure_id))
            self._audit.append("changed", "measure", measure_id, case_id=old.case_id)
        return self.measure(measure_id)

    def remove_measure(self, measure_id: int) -> dict:
        old = self.measure(measure_id)
        if self.sessions_of(measure_id):
            raise ValidationError("Sessions worked on this measure: set it to dropped "
                                  "instead of removing it.")
        return self._remove("measure", measure_id, old.case_id)

    # -- reviews -----------------------------------------------------------------------

    def add_review(self, case_id: int, *, held_on: date, note: str) -> p.Review:
        day, note = p.clean_review(held_on=held_on, note=note,
                                   started_on=self._start(case_id), today=self._today())
        now = self._clock()
        with transaction(self._conn):
            touch_case(self._conn, case_id, now)
            cur = self._conn.execute(
                "INSERT INTO plan_reviews (uid, case_id, held_on, note, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (new_uid(), case_id, day.isoformat(), note, stamp(now)))
            self._audit.append("created", "plan_review", cur.lastrowid, case_id=case_id)
        return _review(self._conn.execute(f"SELECT {_REVIEW_COLS} FROM plan_reviews"
                                          " WHERE id = ?", (cur.lastrowid,)).fetchone())

    def remove_review(self, review_id: int) -> dict:
        row = self._conn.execute("SELECT case_id FROM plan_reviews WHERE id = ?",
                                 (review_id,)).fetchone()
        if row is None:
            raise PlanRecordNotFound()
        return self._remove("plan_review", review_id, row[0])

    # -- removing and putting back (undo) ------------------------------------------------

    def _remove(self, entity: str, row_id: int, case_id: int, links=()) -> dict:
        table, cols = _TABLES[entity]
        row = self._conn.execute(f"SELECT {cols} FROM {table} WHERE id = ?",
                                 (row_id,)).fetchone()
        with transaction(self._conn):
            touch_case(self._conn, case_id, self._clock())
            self._conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
            self._audit.append("deleted", entity, row_id, case_id=case_id)
        return {"entity": entity, "row": tuple(row), "case_id": case_id, "links": list(links)}

    def restore(self, kept: dict) -> None:
        """Put back what ``remove_*`` took away, with its id (and a goal's measures)."""
        table, cols = _TABLES[kept["entity"]]
        row, case_id = kept["row"], kept["case_id"]
        with transaction(self._conn):
            touch_case(self._conn, case_id, self._clock())
            self._conn.execute(f"INSERT INTO {table} ({cols}) VALUES"
                               f" ({', '.join('?' * len(row))})", row)
            for measure_id in kept["links"]:
                self._conn.execute("UPDATE plan_measures SET goal_id = ? WHERE id = ?"
                                   " AND goal_id IS NULL", (row[0], measure_id))
            self._audit.append("created", kept["entity"], row[0], case_id=case_id)

    # -- the timeline ---------------------------------------------------------------------

    def timeline(self, case_id: int) -> list[TimelineEvent]:
        """Goals set, measures done, reviews held."""
        def at(day: date) -> datetime:
            return datetime.combine(day, time())

        out = [TimelineEvent(at(g.set_on), "plan", g.text, "goal_set", ("goal", g.id))
               for g in self.goals(case_id)]
        out += [TimelineEvent(at(m.done_on), "plan", m.what, "measure_done", ("measure", m.id))
                for m in self.measures(case_id) if m.done_on is not None]
        out += [TimelineEvent(at(r.held_on), "plan", r.note, "review_held",
                              ("plan_review", r.id)) for r in self.reviews(case_id)]
        return out
