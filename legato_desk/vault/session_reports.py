"""What the session records add up to: task overview, progress series,
follow-ups across cases, full-text search and timeline events. Read-only;
``SessionRepository`` inherits these, so they are ``vault.sessions.*``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from legato_desk.model import keyclients as k
from legato_desk.model import progress as p
from legato_desk.model import session as s
from legato_desk.model.task_state import task_states


@dataclass(frozen=True, slots=True)
class SearchHit:
    session_id: int
    case_id: int
    case_code: str
    pseudonym: str
    held_at: datetime
    key_clients: str
    snippet: str            # with model.progress.HIGHLIGHT_START/END around matches


def _local(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _names_sql(alias: str = "s") -> str:
    return ("(SELECT group_concat(name, ', ') FROM (SELECT name FROM session_participants"
            f" WHERE session_id = {alias}.id ORDER BY id))")


class SessionReports:
    _conn = None  # set by SessionRepository

    # -- what the records add up to ----------------------------------------------

    def task_events(self, case_id: int, person_id: int | None = None, *,
                    done: bool = True) -> list[p.TaskEvent]:
        """Every task entry of the case (or of the sessions a person was present at).
        ``done=False`` leaves out the "what was done" texts (overview and chart
        do not show them, and reading them is most of the cost on a large case)."""
        local = datetime.fromisoformat
        # The dates come from the sessions' (case, held_at) index, not a join: a
        # join reads each record's row, whose notes fill most of the vault's
        # pages (at 4x the large case 52 ms instead of 26 ms).
        held = {i: local(h) for i, h in self._conn.execute(
            "SELECT id, held_at FROM sessions WHERE case_id = ?", (case_id,))}
        sql = ("SELECT session_id, task, " + ("done" if done else "''")
               + ", rating, status, setback, next_step FROM session_tasks WHERE case_id = ?")
        args: list = [case_id]
        if person_id is not None:
            sql += (" AND session_id IN (SELECT session_id FROM session_participants"
                    " WHERE person_id = ?)")
            args.append(person_id)
        tasks = {t.value: t for t in s.Task}
        states = {t.value: t for t in s.TaskStatus}
        event, entry = p.TaskEvent, s.TaskEntry
        return [event(r[0], held[r[0]], entry(tasks[r[1]], r[2], r[3], states[r[4]], r[5], r[6]))
                for r in self._conn.execute(sql, args)]

    def task_overview(self, case_id: int, person_id: int | None = None) -> list[p.TaskOverview]:
        """Grounding and the six tasks: status, last activity, latest next step.
        With ``person_id``: only sessions that key-client was present at, and
        only their profile. Where each task stands follows model.task_state,
        as in every export."""
        return task_states(self.task_events(case_id, person_id, done=False),
                           self.grounding_profiles(case_id, person_id))

    def grounding_profiles(self, case_id: int, person_id: int | None = None
                           ) -> list[dict[k.Essential, k.Grounding]]:
        """The profile grounding of the case's chosen key-clients (or of one)."""
        sql = ("SELECT grounding_relationship, grounding_messages, grounding_acknowledgement"
               " FROM keyclients WHERE case_id = ? AND decided_on IS NOT NULL")
        args: list = [case_id]
        if person_id is not None:
            sql += " AND person_id = ?"
            args.append(person_id)
        order = list(k.Essential)
        return [{e: k.Grounding(v) for e, v in zip(order, row)}
                for row in self._conn.execute(sql, args)]

    def task_standing(self, case_id: int) -> list[p.TaskOverview]:
        """Each task's current status and last activity only (what the editor shows
        beside its rows), aggregated in SQL: the latest entry decides, as in
        ``model.progress.overview``. Tasks never addressed are left out."""
        states = {t.value: t for t in s.TaskStatus}
        standing = []
        for task in s.Task:  # newest session first (index on case, held_at); stops at a hit
            row = self._conn.execute(
                "SELECT t.status, s.held_at, s.id FROM sessions s JOIN session_tasks t"
                " ON t.session_id = s.id AND t.task = ? WHERE s.case_id = ?"
                " ORDER BY s.held_at DESC, s.id DESC LIMIT 1", (task.value, case_id)).fetchone()
            if row is not None:
                standing.append(p.TaskOverview(task, states[row[0]], _local(row[1]),
                                               last_session_id=row[2]))
        return standing

    def progress(self, case_id: int, person_id: int | None = None
                 ) -> dict[s.Task, list[p.ProgressPoint]]:
        return p.progress_series(self.task_events(case_id, person_id, done=False))

    def follow_ups(self, until: date) -> list[p.FollowUp]:
        """Open follow-ups of all cases due on or before ``until``."""
        rows = self._conn.execute(
            "SELECT s.id, s.case_id, c.code, c.pseudonym, s.follow_up_on, s.next_steps,"
            " s.held_at FROM sessions s JOIN cases c ON c.id = s.case_id"
            " WHERE s.follow_up_done = 0 AND s.follow_up_on IS NOT NULL"
            " AND s.follow_up_on <= ? ORDER BY s.follow_up_on, s.held_at",
            (until.isoformat(),)).fetchall()
        return [p.FollowUp(r[0], r[1], r[2], r[3], date.fromisoformat(r[4]), r[5], _local(r[6]))
                for r in rows]

    _SEARCHED = (  # index, and how its rowids lead to their session
        ("sessions_fts", "SELECT id, id FROM sessions WHERE id IN ({})"),
        ("session_tasks_fts", "SELECT id, session_id FROM session_tasks WHERE id IN ({})"),
        ("session_facts_fts", "SELECT id, session_id FROM session_facts WHERE id IN ({})"),
        ("session_addenda_fts",
         "SELECT id, session_id FROM session_addenda WHERE id IN ({})"))

    _TEXTS = {  # index -> the table and columns it indexes
        "sessions_fts": ("sessions", ("facts", "reflection", "state_note", "next_steps",
                                      "others")),
        "session_tasks_fts": ("session_tasks", ("done", "setback", "next_step")),
        "session_facts_fts": ("session_facts", ("fact", "source")),
        "session_addenda_fts": ("session_addenda", ("body",)),
    }

    def search(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Records whose notes contain all words of ``text`` (as prefixes), newest first.

        Each index yields its most recently written matches (FTS5 walks rowids
        backwards and stops early); the passage shown is cut from the matching
        note in Python (``model.progress.make_snippet``), only for the records shown:
        FTS5's snippet() would re-run the whole match for each.
        """
        query = p.fts_query(text)
        if not query:
            return []
        best: dict[int, tuple[str, int]] = {}  # session id -> (index, rowid) of one match
        for fts, owner in self._SEARCHED:
            ids = [r[0] for r in self._conn.execute(
                f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid DESC LIMIT ?",
                (query, limit))]
            if ids:
                for rowid, sid in self._conn.execute(owner.format(",".join("?" * len(ids))),
                                                     ids):
                    best.setdefault(sid, (fts, rowid))
        if not best:
            return []
        rows = self._conn.execute(
            "SELECT s.id, s.case_id, c.code, c.pseudonym, s.held_at, " + _names_sql() +
            f" FROM sessions s JOIN cases c ON c.id = s.case_id"
            f" WHERE s.id IN ({','.join('?' * len(best))})"
            " ORDER BY s.held_at DESC, s.id DESC LIMIT ?", (*best, limit)).fetchall()
        texts: dict[tuple[str, int], tuple] = {}  # the matching note's columns
        for fts in {best[r[0]][0] for r in rows}:
            table, columns = self._TEXTS[fts]
            wanted = [best[r[0]][1] for r in rows if best[r[0]][0] == fts]
            for row in self._conn.execute(
                    f"SELECT id, {', '.join(columns)} FROM {table}"
                    f" WHERE id IN ({','.join('?' * len(wanted))})", wanted):
                texts[(fts, row[0])] = row[1:]
        return [SearchHit(r[0], r[1], r[2], r[3], _local(r[4]), r[5] or "",
                          p.make_snippet(texts.get(best[r[0]], ()), text)) for r in rows]

    def timeline(self, case_id: int) -> list[p.TimelineEvent]:
        """Sessions and addenda of a case as timeline events (local times).

        A session's ``ref`` is ("session", id, mode value, signed)."""
        events = []
        for r in self._conn.execute(
                "SELECT s.id, s.held_at, s.mode, s.signed_at IS NOT NULL, " + _names_sql()
                + ", substr(s.facts, 1, 200) FROM sessions s WHERE s.case_id = ?", (case_id,)):
            events.append(p.TimelineEvent(_local(r[1]), "session", r[4] or "",
                                          " ".join(r[5].split()), ("session", r[0], r[2],
                                                                    bool(r[3]))))
        for sid, at, body, held in self._conn.execute(
                "SELECT a.session_id, a.written_at, a.body, s.held_at FROM session_addenda a"
                " JOIN sessions s ON s.id = a.session_id WHERE a.case_id = ?", (case_id,)):
            local = datetime.fromisoformat(at).astimezone().replace(tzinfo=None)
            events.append(p.TimelineEvent(local, "addendum", f"{_local(held):%d.%m.%Y %H:%M}",
                                          " ".join(body[:200].split()), ("session", sid)))
        return events
