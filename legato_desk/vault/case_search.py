"""One search over everything written in a case (``vault.search``).

Session records (notes, task entries, facts, addenda) are found through
their full-text indexes, restricted to the case; the rest of a case is a
few hundred short rows at most (summary, intake, the current map's persons
and ties, key-clients, safeguarding, sharing, factor sheets, referrals, the
intervention plan, case conferences, the release), read decrypted and
matched in Python by ``model.search``'s rule, which is the index's rule, one
query per table. Filters and the order apply to all hits alike; texts for
snippets are read only for the hits returned.

Conference participants, the doers of conference measures and those
responsible for release checklist items are kept as names, not linked to the
map: a name that is a map person's name (as the plan's take-over reads a
conference's "who") counts as that person for the person filter.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Iterator

from legato_desk.model import search as ms
from legato_desk.model.progress import fts_query
from legato_desk.model.session import Task

# table, its index, its text columns, the column leading to the session, task column
_SESSION_TEXTS = (
    ("sessions", "sessions_fts",
     ("facts", "reflection", "state_note", "next_steps", "others"), "id", None),
    ("session_tasks", "session_tasks_fts", ("done", "setback", "next_step"),
     "session_id", "task"),
    ("session_facts", "session_facts_fts", ("fact", "source"), "session_id", None),
    ("session_addenda", "session_addenda_fts", ("body",), "session_id", None),
)
_INTAKE_TEXTS = ("concern", "personality", "communication", "relationships", "recent", "past",
                 "risk_factors", "protective_factors", "goals", "languages")
_KEYCLIENT_TEXTS = ("rationale", "draft", "relation", "contact", "guilt", "responsibility",
                    "resilience")


def _local(stamp: str) -> str:
    """A stored UTC timestamp as local wall-clock time, as session times are kept
    ("YYYY-MM-DDTHH:MM"): records are ordered and filtered by these texts."""
    at = datetime.fromisoformat(stamp)
    return (at.astimezone().replace(tzinfo=None) if at.tzinfo else at).isoformat(
        timespec="minutes")


def _day(text: str | None) -> str | None:
    return text[:10] if text else None


def _name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _map_persons(typed, names: dict[int, str], named: dict[str, int]):
    """The map persons among names typed elsewhere: (ids, names shown), each once."""
    ids: list[int] = []
    for name in typed:
        pid = named.get(_name_key(name)) if name else None
        if pid is not None and pid not in ids:
            ids.append(pid)
    return tuple(ids), tuple(names.get(pid, "") for pid in ids)


class _Found:
    """A matching record before its snippet is cut."""

    __slots__ = ("kind", "fields", "on", "person_ids", "persons", "tasks", "ref", "table",
                 "row_id")  # on: ISO date or local time, or None

    def __init__(self, kind, fields, on, person_ids=(), persons=(), tasks=(), ref=None,
                 table=None, row_id=None):
        self.kind, self.fields, self.on = kind, fields, on
        self.person_ids, self.persons, self.tasks, self.ref = person_ids, persons, tasks, ref
        self.table, self.row_id = table, row_id  # session texts: read when shown


class CaseSearch:
    def __init__(self, conn):
        self._conn = conn

    def search(self, case_id: int, text: str, where: ms.SearchFilter = ms.SearchFilter(),
               limit: int = 50) -> ms.SearchResult:
        """Records of the case matching ``text`` and admitted by ``where``, in list
        order (undated first, then newest first), at most ``limit`` of them. With
        no words, every record the filter admits (none without a filter)."""
        patterns = ms.word_pattern(ms.query_words(text))
        if not patterns and not where.active:
            return ms.SearchResult([], 0)
        found = ms.in_list_order([f for f in self._candidates(case_id, text, patterns)
                                  if where.admits(f.tasks, f.person_ids, f.on)])
        shown = found[:limit]
        self._read_session_texts(shown)
        hits = []
        for f in shown:
            part = ms.best_part(f.fields, patterns)
            hits.append(ms.CaseHit(
                f.kind, part, ms.parse_on(f.on), tuple(f.persons), tuple(f.tasks),
                ms.snippet_of(f.fields, part, text), f.ref, tuple(f.person_ids)))
        return ms.SearchResult(hits, len(found))

    # -- the sources -----------------------------------------------------------------

    def _candidates(self, case_id: int, text: str, patterns) -> Iterator[_Found]:
        names, named = self._person_names(case_id)
        yield from self._sessions(case_id, fts_query(text))
        records = (self._records(case_id, names), self._plan(case_id, names),
                   self._conferences(case_id, names, named),
                   self._release(case_id, names, named))
        for source in records:
            for f in source:
                if ms.record_matches((t for _p, t in f.fields), patterns):
                    yield f

    def _person_names(self, case_id: int) -> tuple[dict[int, str], dict[str, int]]:
        """Person id -> the name shown (the index client's pseudonym); and a name
        as typed elsewhere (folded) -> the first map person of that name."""
        pseudonym = self._conn.execute("SELECT pseudonym FROM cases WHERE id = ?",
                                       (case_id,)).fetchone()
        shown: dict[int, str] = {}
        named: dict[str, int] = {}
        for pid, index, name, role in self._conn.execute(
                "SELECT id, is_index, name, role FROM persons WHERE case_id = ? ORDER BY id",
                (case_id,)):
            shown[pid] = pseudonym[0] if index and pseudonym else name or role
            if name:
                named.setdefault(_name_key(name), pid)
        return shown, named

    def _sessions(self, case_id: int, query: str) -> Iterator[_Found]:
        present: dict[int, list[tuple[int | None, str]]] = defaultdict(list)
        for sid, pid, name in self._conn.execute(
                "SELECT session_id, person_id, name FROM session_participants"
                " WHERE case_id = ? ORDER BY id", (case_id,)):
            present[sid].append((pid, name))
        tasks = {t.value: t for t in Task}
        for table, fts, columns, owner, task in _SESSION_TEXTS:
            sql = (f"SELECT x.id, s.id, s.held_at, {('x.' + task) if task else 'NULL'},"
                   f" {'x.written_at' if table == 'session_addenda' else 'NULL'}"
                   f" FROM {table} x JOIN sessions s ON s.id = x.{owner} WHERE x.case_id = ?")
            args: list = [case_id]
            if query:
                sql += f" AND x.id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)"
                args.append(query)
            else:
                sql += " AND (" + " OR ".join(f"x.{c} <> ''" for c in columns) + ")"
            for row_id, sid, held, task_value, written in self._conn.execute(sql, args):
                who = present.get(sid, ())
                yield _Found(ms.HitKind.SESSION, (), _local(written) if written else held,
                             tuple(p for p, _n in who if p is not None),
                             tuple(n for _p, n in who if n),
                             (tasks[task_value],) if task_value else (), sid,
                             table, row_id)

    def _read_session_texts(self, shown: list[_Found]) -> None:
        wanted: dict[str, list[_Found]] = defaultdict(list)
        for f in shown:
            if f.table is not None:
                wanted[f.table].append(f)
        for table, _fts, columns, _owner, _task in _SESSION_TEXTS:
            found = {f.row_id: f for f in wanted.get(table, ())}
            if not found:
                continue
            for row in self._conn.execute(
                    f"SELECT id, {', '.join(columns)} FROM {table}"
                    f" WHERE id IN ({','.join('?' * len(found))})", list(found)):
                found[row[0]].fields = tuple(zip(columns, row[1:]))

    def _records(self, case_id: int, names: dict[int, str]) -> Iterator[_Found]:
        """Everything else written in the case, as rows of (part, text) fields."""
        one = self._conn.execute
        K = ms.HitKind
        (summary,) = one("SELECT summary FROM cases WHERE id = ?", (case_id,)).fetchone() \
            or ("",)
        yield _Found(K.SUMMARY, (("summary", summary),), None)
        row = one(f"SELECT {', '.join(_INTAKE_TEXTS)} FROM intake WHERE case_id = ?",
                  (case_id,)).fetchone()
        if row is not None:
            fields = tuple(zip(_INTAKE_TEXTS, row))
            yield _Found(K.INTAKE, fields, None)  # the screen opens the hit's part
        for pid, note, role, source in one(
                "SELECT id, note, role, source FROM persons WHERE case_id = ?", (case_id,)):
            yield _Found(K.PERSON, (("note", note), ("role", role), ("source", source)), None,
                         (pid,), (names.get(pid, ""),), ref=pid)
        for rid, a, b, note in one("SELECT id, person_a, person_b, note FROM relations"
                                   " WHERE case_id = ? AND note <> ''", (case_id,)):
            yield _Found(K.TIE, (("note", note),), None, (a, b),
                         (names.get(a, ""), names.get(b, "")), ref=rid)
        yield from self._keyclients(case_id, names)
        for eid, raised, reason, closing in one(
                "SELECT id, raised_at, reason, closing_note FROM escalations WHERE case_id = ?",
                (case_id,)):
            yield _Found(K.SAFEGUARDING, (("reason", reason), ("closing_note", closing)),
                         _local(raised), ref=eid)
        for row in one("SELECT id, shared_at, what, recipient, purpose, informed_by,"
                       " acknowledged_by, consent_note FROM disclosures WHERE case_id = ?",
                       (case_id,)):
            fields = tuple(zip(("what", "recipient", "purpose", "informed_by",
                                "acknowledged_by", "consent_note"), row[2:]))
            yield _Found(K.SHARING, fields, _local(row[1]), ref=row[0])
        items: dict[int, list[tuple[str, str]]] = defaultdict(list)
        for sheet, label, note in one("SELECT sheet_id, label, note FROM factor_items"
                                      " WHERE case_id = ? ORDER BY position", (case_id,)):
            items[sheet] += [("factor", label), ("factor_note", note)]
        for sid, on, note in one("SELECT id, assessed_on, note FROM factor_sheets"
                                 " WHERE case_id = ?", (case_id,)):
            yield _Found(K.FACTORS, (("note", note), *items.get(sid, ())), _day(on), ref=sid)
        for rid, on, recipient, reason, note in one(
                "SELECT id, referred_on, recipient, reason, note FROM referrals"
                " WHERE case_id = ?", (case_id,)):
            yield _Found(K.REFERRAL, (("reason", reason), ("recipient", recipient),
                                      ("note", note)), _day(on), ref=rid)

    def _keyclients(self, case_id: int, names: dict[int, str]) -> Iterator[_Found]:
        K, one = ms.HitKind.KEYCLIENT, self._conn.execute
        persons: dict[int, tuple[int, str | None]] = {}
        for row in one(f"SELECT id, person_id, coalesce(decided_on, marked_on),"
                       f" {', '.join(_KEYCLIENT_TEXTS)} FROM keyclients WHERE case_id = ?",
                       (case_id,)):
            kid, pid, on = row[0], row[1], _day(row[2])
            persons[kid] = (pid, on)
            yield _Found(K, tuple(zip(_KEYCLIENT_TEXTS, row[3:])), on, (pid,),
                         (names.get(pid, ""),), ref=kid)
        for kid, criterion, evidence in one(
                "SELECT keyclient_id, criterion, evidence FROM keyclient_ratings"
                " WHERE case_id = ? AND evidence <> ''", (case_id,)):
            pid, on = persons[kid]
            yield _Found(K, ((f"evidence:{criterion}", evidence),), on, (pid,),
                         (names.get(pid, ""),), ref=kid)
        for kid, on, note in one("SELECT keyclient_id, on_date, note FROM keyclient_events"
                                 " WHERE case_id = ? AND note <> ''", (case_id,)):
            pid, _decided = persons[kid]
            yield _Found(K, (("event", note),), _day(on), (pid,), (names.get(pid, ""),),
                         ref=kid)
        for kid, on, route, contact in one(  # an open door's crisis route (schema 16)
                "SELECT d.keyclient_id, e.on_date, d.route, d.contact_label FROM"
                " keyclient_open_doors d JOIN keyclient_events e ON e.id = d.event_id"
                " WHERE d.case_id = ?", (case_id,)):
            pid, _decided = persons[kid]
            yield _Found(K, (("crisis_route", route), ("crisis_contact", contact)), _day(on),
                         (pid,), (names.get(pid, ""),), ref=kid)

    def _plan(self, case_id: int, names: dict[int, str]) -> Iterator[_Found]:
        """The intervention plan (schema 18): its wind-down note, goals, measures, reviews."""
        K, one = ms.HitKind, self._conn.execute
        for (wind_down,) in one("SELECT wind_down FROM plans WHERE case_id = ?"
                                " AND wind_down <> ''", (case_id,)):
            yield _Found(K.PLAN, (("wind_down", wind_down),), None)
        for gid, on, text in one("SELECT id, set_on, text FROM plan_goals WHERE case_id = ?",
                                 (case_id,)):
            yield _Found(K.GOAL, (("goal", text),), _day(on), ref=gid)
        for mid, due, what, pid, who in one(
                "SELECT id, due_on, what, person_id, who FROM plan_measures WHERE case_id = ?",
                (case_id,)):
            # the doer: a map person (filtered by), a directory contact or a name as kept
            on_map = pid is not None and pid in names
            shown = (names[pid] or who) if on_map else who
            yield _Found(K.MEASURE, (("what", what), ("who", who)), _day(due),
                         (pid,) if on_map else (), (shown,) if shown else (), ref=mid)
        for rid, on, note in one("SELECT id, held_on, note FROM plan_reviews WHERE case_id = ?",
                                 (case_id,)):
            yield _Found(K.PLAN_REVIEW, (("note", note),), _day(on), ref=rid)

    def _conferences(self, case_id: int, names: dict[int, str],
                     named: dict[str, int]) -> Iterator[_Found]:
        """Case conferences (schema 19), each one record: agenda, participants and their
        roles, the measures agreed, the minutes."""
        one = self._conn.execute
        fields: dict[int, list[tuple[str, str]]] = defaultdict(list)
        typed: dict[int, list[str]] = defaultdict(list)  # names that may be map persons
        for cid, text, agreed in one("SELECT conference_id, text, agreed FROM"
                                     " conference_agenda WHERE case_id = ? ORDER BY position",
                                     (case_id,)):
            fields[cid].append(("agenda_agreed" if agreed else "agenda", text))
        holders: dict[int, str] = {}
        for pid, cid, name, agency, role in one(
                "SELECT id, conference_id, name, agency, role FROM conference_participants"
                " WHERE case_id = ? ORDER BY position", (case_id,)):
            holders[pid] = name or role
            fields[cid].append(("participant", ", ".join(x for x in (name, role, agency) if x)))
            typed[cid].append(name)
        for cid, duty, pid in one("SELECT conference_id, duty, participant_id FROM"
                                  " conference_roles WHERE case_id = ? ORDER BY position",
                                  (case_id,)):
            fields[cid].append(("role", f"{duty}: {holders.get(pid, '')}"))
        for cid, what, who in one("SELECT conference_id, what, who FROM conference_measures"
                                  " WHERE case_id = ? ORDER BY position", (case_id,)):
            fields[cid] += [("measure", what), ("measure_who", who)]
            typed[cid].append(who)
        for cid, on, minutes in one("SELECT id, held_on, minutes FROM case_conferences"
                                    " WHERE case_id = ?", (case_id,)):
            ids, shown = _map_persons(typed.get(cid, ()), names, named)
            yield _Found(ms.HitKind.CONFERENCE, (*fields.get(cid, ()), ("minutes", minutes)),
                         _day(on), ids, shown, ref=cid)

    def _release(self, case_id: int, names: dict[int, str],
                 named: dict[str, int]) -> Iterator[_Found]:
        """The release (schema 17): the institution, and each checklist item on its own
        (by its position: a saved checklist is written anew)."""
        K, one = ms.HitKind.RELEASE, self._conn.execute
        row = one("SELECT released_on, institution FROM releases WHERE case_id = ?",
                  (case_id,)).fetchone()
        if row is None:
            return
        on = _day(row[0])
        if row[1]:
            yield _Found(K, (("institution", row[1]),), on)
        for position, label, note, responsible in one(
                "SELECT position, label, note, responsible FROM release_items"
                " WHERE case_id = ? ORDER BY position", (case_id,)):
            ids, shown = _map_persons((responsible,), names, named)
            yield _Found(K, (("item", label), ("responsible", responsible),
                             ("item_note", note)), on, ids,
                         shown or ((responsible,) if responsible else ()), ref=position)
