"""Case conference records of a case (model/conference.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from legato_desk.errors import ValidationError
from legato_desk.model.conference import (
    AgendaItem, AgreedMeasure, Conference, Measure, Participant, RoleAssignment,
    agreed_measures, clean_conference)
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.records import new_uid, parse, stamp, touch_case, utcnow

_COLUMNS = "id, case_id, held_on, anonymous, minutes, minutes_agreed, created_at"
_CHILDREN = ("conference_roles", "conference_agenda", "conference_measures",
             "conference_participants")


class ConferenceNotFound(ValidationError):
    message = "This case conference no longer exists."


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


class ConferenceRepository:
    def __init__(self, conn, audit: AuditTrail, clock: Callable[[], datetime] = utcnow):
        self._conn = conn
        self._audit = audit
        self._clock = clock

    # -- reading ---------------------------------------------------------------------

    def for_case(self, case_id: int) -> list[Conference]:
        """Oldest first."""
        return [self._load(r) for r in self._conn.execute(
            f"SELECT {_COLUMNS} FROM case_conferences WHERE case_id = ?"
            " ORDER BY held_on, id", (case_id,)).fetchall()]

    def get(self, conference_id: int) -> Conference:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM case_conferences WHERE id = ?",
                                 (conference_id,)).fetchone()
        if row is None:
            raise ConferenceNotFound()
        return self._load(row)

    def agreed_measures(self, case_id: int) -> list[AgreedMeasure]:
        """Every measure agreed at the case's conferences (what, who, by when),
        oldest conference first: what the intervention plan takes over."""
        return agreed_measures(self.for_case(case_id))

    def _load(self, r) -> Conference:
        cid = r[0]

        def rows(sql: str) -> list:
            return self._conn.execute(sql + " WHERE conference_id = ? ORDER BY position",
                                      (cid,)).fetchall()

        people = rows("SELECT id, role, name, agency, contact_id, deputy"
                      " FROM conference_participants")
        where = {p[0]: i for i, p in enumerate(people)}
        return Conference(
            cid, r[1], date.fromisoformat(r[2]), bool(r[3]),
            agenda=tuple(AgendaItem(t, bool(a)) for t, a in
                         rows("SELECT text, agreed FROM conference_agenda")),
            participants=tuple(Participant(p[1], p[2], p[3], p[4], bool(p[5]))
                               for p in people),
            roles=tuple(RoleAssignment(d, where[pid]) for d, pid in
                        rows("SELECT duty, participant_id FROM conference_roles")),
            measures=tuple(Measure(w, who, _day(due)) for w, who, due in
                           rows("SELECT what, who, due_on FROM conference_measures")),
            minutes=r[4], minutes_agreed=bool(r[5]), created_at=parse(r[6]))

    # -- writing ---------------------------------------------------------------------

    def add(self, case_id: int, **values) -> Conference:
        """Record a conference; ValidationError (nothing stored) if something is wrong.
        ``values``: held_on, anonymous, agenda, participants, roles, measures,
        minutes, minutes_agreed (see ``model.conference.clean_conference``)."""
        clean, now = self._clean(values)
        with transaction(self._conn):
            touch_case(self._conn, case_id, now)
            cur = self._conn.execute(
                "INSERT INTO case_conferences (uid, case_id, held_on, anonymous, minutes,"
                " minutes_agreed, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (new_uid(), case_id, clean[0].isoformat(), int(clean[1]), clean[6],
                 int(clean[7]), stamp(now)))
            self._children(case_id, cur.lastrowid, clean)
            self._audit.append("created", "conference", cur.lastrowid, case_id=case_id)
        return self.get(cur.lastrowid)

    def update(self, conference_id: int, **values) -> Conference:
        old = self.get(conference_id)
        clean, now = self._clean(values)
        with transaction(self._conn):
            touch_case(self._conn, old.case_id, now)
            self._conn.execute(
                "UPDATE case_conferences SET held_on = ?, anonymous = ?, minutes = ?,"
                " minutes_agreed = ? WHERE id = ?",
                (clean[0].isoformat(), int(clean[1]), clean[6], int(clean[7]),
                 conference_id))
            for table in _CHILDREN:
                self._conn.execute(f"DELETE FROM {table} WHERE conference_id = ?",
                                   (conference_id,))
            self._children(old.case_id, conference_id, clean)
            self._audit.append("changed", "conference", conference_id, case_id=old.case_id)
        return self.get(conference_id)

    def delete(self, conference_id: int) -> None:
        old = self.get(conference_id)
        with transaction(self._conn):
            touch_case(self._conn, old.case_id, self._clock())
            for table in _CHILDREN:
                self._conn.execute(f"DELETE FROM {table} WHERE conference_id = ?",
                                   (conference_id,))
            self._conn.execute("DELETE FROM case_conferences WHERE id = ?", (conference_id,))
            self._audit.append("deleted", "conference", conference_id, case_id=old.case_id)

    def _clean(self, values: dict):
        now = self._clock()
        clean = clean_conference(
            held_on=values.get("held_on"), anonymous=values.get("anonymous", True),
            agenda=values.get("agenda", ()), participants=values.get("participants", ()),
            roles=values.get("roles", ()), measures=values.get("measures", ()),
            minutes=values.get("minutes", ""),
            minutes_agreed=values.get("minutes_agreed", False))
        for p in clean[3]:
            if p.contact_id is not None and self._conn.execute(
                    "SELECT 1 FROM agency_contacts WHERE id = ?",
                    (p.contact_id,)).fetchone() is None:
                raise ValidationError("This contact is no longer in the agency directory.")
        return clean, now

    def _children(self, case_id: int, cid: int, clean) -> None:
        _day_, _anon, agenda, people, roles, measures, _m, _a = clean
        for i, a in enumerate(agenda):
            self._conn.execute(
                "INSERT INTO conference_agenda (case_id, conference_id, position, text,"
                " agreed) VALUES (?, ?, ?, ?, ?)", (case_id, cid, i, a.text, int(a.agreed)))
        ids = []
        for i, p in enumerate(people):
            ids.append(self._conn.execute(
                "INSERT INTO conference_participants (case_id, conference_id, position,"
                " contact_id, deputy, name, agency, role) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (case_id, cid, i, p.contact_id, int(p.deputy), p.name, p.agency,
                 p.role)).lastrowid)
        for i, r in enumerate(roles):
            self._conn.execute(
                "INSERT INTO conference_roles (case_id, conference_id, position, duty,"
                " participant_id) VALUES (?, ?, ?, ?, ?)", (case_id, cid, i, r.duty,
                                                          ids[r.holder]))
        for i, m in enumerate(measures):
            self._conn.execute(
                "INSERT INTO conference_measures (case_id, conference_id, position, what,"
                " who, due_on) VALUES (?, ?, ?, ?, ?, ?)",
                (case_id, cid, i, m.what, m.who,
                 m.due_on.isoformat() if m.due_on else None))
