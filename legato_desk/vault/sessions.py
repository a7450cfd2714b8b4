"""The session repository: records, sign-off, addenda, drafts (reading what they
add up to, search included, is in ``session_reports``).

Saving a record is one transaction (row, participants, facts, task entries,
audit entry, the case's last activity). Signed records are refused here and,
should anything slip through, by the triggers of the schema.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Callable, NamedTuple

from legato_desk.collector import collector_paused
from legato_desk.errors import ValidationError
from legato_desk.model import session as s
from legato_desk.model.map import new_uid
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.session_reports import SearchHit, SessionReports, _local  # noqa: F401

_COLS = ("id", "case_id", "uid", "held_at", "duration_min", "mode", "others", "facts",
         "reflection", "stress", "guilt", "resilience", "state_note", "next_steps",
         "follow_up_on", "signed_at", "signed_by")
_CONTENT = _COLS[3:15]


class SessionNotFound(ValidationError):
    message = "This session record no longer exists."


class SessionSummary(NamedTuple):
    """A row of the session list.

    A named tuple, not a frozen dataclass: a frozen dataclass sets each field
    through ``object.__setattr__``: about a third of ``list`` on the large
    case's 2,000 records."""

    id: int
    held_at: datetime
    mode: s.Mode
    duration_min: int
    key_clients: str        # names, comma separated
    signed: bool
    addenda: int
    follow_up_on: date | None
    tasks: int


@dataclass(frozen=True, slots=True)
class Draft:
    id: int
    case_id: int
    session_id: int | None
    saved_at: datetime
    record: s.SessionRecord


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


class SessionRepository(SessionReports):
    def __init__(self, conn, audit: AuditTrail, clock: Callable[[], datetime] = _utcnow):
        self._conn = conn
        self._audit = audit
        self._clock = clock

    # -- reading ---------------------------------------------------------------

    @collector_paused()  # thousands of rows made and kept: see collector.py
    def list(self, case_id: int) -> list[SessionSummary]:
        # The records, then what belongs to them in one read over the case each
        # (per-record subqueries cost 10-30 us a record: 20-60 ms on 2,000).
        rows = self._conn.execute(
            "SELECT id, held_at, mode, duration_min, signed_at IS NOT NULL, follow_up_on"
            " FROM sessions WHERE case_id = ? ORDER BY held_at DESC, id DESC",
            (case_id,)).fetchall()
        present: dict[int, list[str]] = {}
        for session_id, name in self._conn.execute(
                "SELECT session_id, name FROM session_participants WHERE case_id = ?"
                " ORDER BY session_id, id", (case_id,)):
            present.setdefault(session_id, []).append(name)
        addenda = dict(self._conn.execute(
            "SELECT session_id, count(*) FROM session_addenda WHERE case_id = ?"
            " GROUP BY session_id", (case_id,)).fetchall())
        tasks = dict(self._conn.execute(
            "SELECT session_id, count(*) FROM session_tasks WHERE case_id = ?"
            " GROUP BY session_id", (case_id,)).fetchall())
        modes = {m.value: m for m in s.Mode}
        return [SessionSummary(r[0], _local(r[1]), modes[r[2]], r[3],
                               ", ".join(present.get(r[0], ())), bool(r[4]),
                               addenda.get(r[0], 0),
                               date.fromisoformat(r[5]) if r[5] else None, tasks.get(r[0], 0))
                for r in rows]

    def get(self, session_id: int) -> s.SessionRecord:
        row = self._conn.execute(f"SELECT {', '.join(_COLS)} FROM sessions WHERE id = ?",
                                 (session_id,)).fetchone()
        if row is None:
            raise SessionNotFound()
        d = dict(zip(_COLS, row))
        people = tuple(r[0] for r in self._conn.execute(
            "SELECT person_id FROM session_participants WHERE session_id = ?"
            " AND person_id IS NOT NULL ORDER BY id", (session_id,)))
        facts = tuple(s.Fact(r[0], r[1], bool(r[2])) for r in self._conn.execute(
            "SELECT fact, source, verified FROM session_facts WHERE session_id = ?"
            " ORDER BY position", (session_id,)))
        tasks = tuple(s.TaskEntry(s.Task(r[0]), r[1], r[2], s.TaskStatus(r[3]), r[4], r[5])
                      for r in self._conn.execute(
                          "SELECT task, done, rating, status, setback, next_step"
                          " FROM session_tasks WHERE session_id = ?", (session_id,)))
        tasks = tuple(sorted(tasks, key=lambda e: list(s.Task).index(e.task)))
        measures = tuple(r[0] for r in self._conn.execute(
            "SELECT measure_id FROM session_measures WHERE session_id = ?"
            " AND measure_id IS NOT NULL ORDER BY id", (session_id,)))
        addenda = tuple(s.Addendum(r[0], datetime.fromisoformat(r[1]), r[2], r[3])
                        for r in self._conn.execute(
                            "SELECT id, written_at, body, written_by FROM session_addenda"
                            " WHERE session_id = ? ORDER BY written_at, id", (session_id,)))
        return s.SessionRecord(
            id=d["id"], case_id=d["case_id"], uid=d["uid"], held_at=_local(d["held_at"]),
            duration_min=d["duration_min"], mode=s.Mode(d["mode"]), key_clients=people,
            others=d["others"], facts=d["facts"], sources=facts, reflection=d["reflection"],
            stress=d["stress"], guilt=d["guilt"], resilience=d["resilience"],
            state_note=d["state_note"], next_steps=d["next_steps"],
            follow_up_on=date.fromisoformat(d["follow_up_on"]) if d["follow_up_on"] else None,
            tasks=tasks, measures=measures,
            signed_at=datetime.fromisoformat(d["signed_at"]) if d["signed_at"] else None,
            signed_by=d["signed_by"], addenda=addenda)

    # -- writing ---------------------------------------------------------------

    def save(self, record: s.SessionRecord, draft_id: int | None = None) -> s.SessionRecord:
        """Insert a new record (id None) or replace an unsigned one. Drops the
        draft it was typed in (``draft_id``) and any draft of the stored record."""
        record = s.clean_record(record)
        with transaction(self._conn):
            session_id = self._write(record, draft_id)
        return self.get(session_id)

    def add_many(self, records) -> list[int]:
        """New records (``id`` None) in one transaction: the same rows, audit
        entries and full-text index as ``save`` of each, without reading each
        back (generated data: the search vault of performance.md). Their ids."""
        records = [s.clean_record(r) for r in records]
        if any(r.id is not None for r in records):
            raise ValueError("add_many only adds new records")
        with transaction(self._conn):
            return [self._write(record, None) for record in records]

    def _write(self, record: s.SessionRecord, draft_id: int | None) -> int:
        """The rows of ``save``; the caller holds the transaction."""
        now = self._clock().isoformat()
        names = self._names(record.case_id, record.key_clients)
        work = self._measures(record.case_id, record.measures)
        values = (record.held_at.isoformat(timespec="minutes"), record.duration_min,
                  record.mode.value, record.others, record.facts, record.reflection,
                  record.stress, record.guilt, record.resilience, record.state_note,
                  record.next_steps,
                  record.follow_up_on.isoformat() if record.follow_up_on else None)
        if record.id is None:
            uid = new_uid()
            cur = self._conn.execute(
                f"INSERT INTO sessions (case_id, uid, {', '.join(_CONTENT)},"
                " created_at, updated_at) VALUES (?, ?, "
                + ", ".join("?" * len(_CONTENT)) + ", ?, ?)",
                (record.case_id, uid, *values, now, now))
            session_id = cur.lastrowid
            self._audit.append("created", "session", session_id, case_id=record.case_id)
        else:
            session_id = record.id
            stored = self._conn.execute(
                "SELECT signed_at, case_id FROM sessions WHERE id = ?",
                (session_id,)).fetchone()
            if stored is None:
                raise SessionNotFound()
            if stored[0] is not None:
                raise s.RecordSigned()
            if stored[1] != record.case_id:
                raise ValueError("a session cannot move to another case")
            sets = ", ".join(f"{c} = ?" for c in _CONTENT)
            self._conn.execute(  # a new follow-up date is a new follow-up
                f"UPDATE sessions SET {sets}, follow_up_done = CASE WHEN follow_up_on"
                " IS ? THEN follow_up_done ELSE 0 END, updated_at = ? WHERE id = ?",
                (*values, values[-1], now, session_id))
            for table in ("session_participants", "session_facts", "session_tasks",
                          "session_measures"):
                self._conn.execute(f"DELETE FROM {table} WHERE session_id = ?",
                                   (session_id,))
            self._audit.append("changed", "session", session_id, case_id=record.case_id)
            self._conn.execute("DELETE FROM session_drafts WHERE session_id = ?",
                               (session_id,))
        self._conn.executemany(
            "INSERT INTO session_participants (case_id, session_id, person_id, name)"
            " VALUES (?, ?, ?, ?)",
            [(record.case_id, session_id, pid, names[pid]) for pid in record.key_clients])
        self._conn.executemany(
            "INSERT INTO session_facts (case_id, session_id, position, fact, source,"
            " verified) VALUES (?, ?, ?, ?, ?, ?)",
            [(record.case_id, session_id, i, f.text, f.source, int(f.verified))
             for i, f in enumerate(record.sources)])
        self._conn.executemany(
            "INSERT INTO session_tasks (case_id, session_id, task, done, rating, status,"
            " setback, next_step) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(record.case_id, session_id, e.task.value, e.done, e.rating, e.status.value,
              e.setback, e.next_step) for e in record.tasks])
        self._conn.executemany(
            "INSERT INTO session_measures (case_id, session_id, measure_id, what)"
            " VALUES (?, ?, ?, ?)",
            [(record.case_id, session_id, mid, work[mid]) for mid in record.measures])
        self._conn.execute("DELETE FROM session_drafts WHERE id = ?", (draft_id,))
        self._touch(record.case_id, now)
        return session_id

    def sign(self, session_id: int) -> s.SessionRecord:
        """Lock the record for good; from now on only addenda."""
        record = self.get(session_id)
        s.check_editable(record)
        now = self._clock().isoformat()
        with transaction(self._conn):
            self._conn.execute("UPDATE sessions SET signed_at = ?, signed_by = ? WHERE id = ?",
                               (now, self._audit.actor, session_id))
            self._conn.execute("DELETE FROM session_drafts WHERE session_id = ?", (session_id,))
            self._audit.append("status", "session", session_id, case_id=record.case_id)
            self._touch(record.case_id, now)
        return self.get(session_id)

    def add_addendum(self, session_id: int, text: str) -> s.Addendum:
        text = s.clean_addendum(text)
        record = self.get(session_id)
        if not record.signed:
            raise ValidationError("Edit the record itself: it is not signed off yet.")
        now = self._clock().isoformat()
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO session_addenda (case_id, session_id, uid, written_at,"
                " written_by, body) VALUES (?, ?, ?, ?, ?, ?)",
                (record.case_id, session_id, new_uid(), now, self._audit.actor, text))
            self._audit.append("created", "addendum", cur.lastrowid, case_id=record.case_id)
            self._touch(record.case_id, now)
        return s.Addendum(cur.lastrowid, datetime.fromisoformat(now), text, self._audit.actor)

    def delete(self, session_id: int) -> None:
        """Remove an unsigned record (a signed one stays: it is part of the file)."""
        record = self.get(session_id)
        s.check_editable(record)
        with transaction(self._conn):
            self._conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
            self._audit.append("deleted", "session", session_id, case_id=record.case_id)

    def set_follow_up_done(self, session_id: int, done: bool = True) -> None:
        with transaction(self._conn):
            row = self._conn.execute("SELECT case_id FROM sessions WHERE id = ?",
                                     (session_id,)).fetchone()
            if row and self._conn.execute(
                    "UPDATE sessions SET follow_up_done = ? WHERE id = ?",
                    (int(done), session_id)).rowcount:
                self._audit.append("status", "session", session_id, case_id=row[0])

    # -- drafts ------------------------------------------------------------------

    def save_draft(self, record: s.SessionRecord, draft_id: int | None = None) -> int:
        """Keep what is being typed (unchecked: a draft may be half-finished).

        Rewrites draft ``draft_id`` when it still exists, else starts a new one;
        returns its id. Each editing keeps its own draft, so a draft still
        waiting to be restored is never overwritten by another record."""
        payload = s.record_to_json(record)
        now = self._clock().isoformat()
        with transaction(self._conn):
            if draft_id is not None and self._conn.execute(
                    "UPDATE session_drafts SET saved_at = ?, payload = ? WHERE id = ?"
                    " AND case_id = ?", (now, payload, draft_id, record.case_id)).rowcount:
                return draft_id  # rewritten every few seconds: one audit entry is enough
            cur = self._conn.execute(
                "INSERT INTO session_drafts (case_id, session_id, saved_at, payload)"
                " VALUES (?, ?, ?, ?)", (record.case_id, record.id, now, payload))
            self._audit.append("created", "draft", cur.lastrowid, case_id=record.case_id)
            return cur.lastrowid

    def drafts(self, case_id: int) -> list[Draft]:
        """The case's drafts, newest first."""
        rows = self._conn.execute(
            "SELECT id, case_id, session_id, saved_at, payload FROM session_drafts"
            " WHERE case_id = ? ORDER BY saved_at DESC, id DESC", (case_id,)).fetchall()
        return [Draft(r[0], r[1], r[2], datetime.fromisoformat(r[3]),
                      s.record_from_json(r[4])) for r in rows]

    def discard_draft(self, draft_id: int) -> None:
        with transaction(self._conn):
            row = self._conn.execute("SELECT case_id FROM session_drafts WHERE id = ?",
                                     (draft_id,)).fetchone()
            if row and self._conn.execute("DELETE FROM session_drafts WHERE id = ?",
                                          (draft_id,)).rowcount:
                self._audit.append("deleted", "draft", draft_id, case_id=row[0])

    # -- helpers -------------------------------------------------------------------

    def _names(self, case_id: int, person_ids) -> dict[int, str]:
        names = {}
        for pid in person_ids:
            row = self._conn.execute(
                "SELECT name, role, case_id FROM persons WHERE id = ?", (pid,)).fetchone()
            if row is None or row[2] != case_id:
                raise ValidationError("A key-client chosen for this session is no longer on "
                                      "the case's map.")
            names[pid] = row[0] or row[1] or "?"
        return names

    def _measures(self, case_id: int, measure_ids) -> dict[int, str]:
        """The wording of each measure of the plan worked on, kept with the record."""
        work = {}
        for mid in measure_ids:
            row = self._conn.execute("SELECT what, case_id FROM plan_measures WHERE id = ?",
                                     (mid,)).fetchone()
            if row is None or row[1] != case_id:
                raise ValidationError("A measure ticked for this session is no longer in "
                                      "the case's plan.")
            work[mid] = row[0]
        return work

    def _touch(self, case_id: int, now: str) -> None:
        self._conn.execute("UPDATE cases SET last_activity = ? WHERE id = ?", (now, case_id))

