"""The key-client repository: candidates, ratings, decisions, status history.

Every change is one transaction with its audit entry (ids only) and a touch
of the case's last activity. ``remove`` returns every row it deleted and
``restore`` puts exactly those back, which is how undo works; the other
changes are undone by writing the old value back.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Callable

from legato_desk.errors import ValidationError
from legato_desk.model import keyclients as k
from legato_desk.model.map import new_uid
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction

_K_COLS = ("id", "case_id", "person_id", "uid", "marked_on", "status", "decided_on",
           "rationale", "draft", "relation", "contact", "guilt", "responsibility", "resilience",
           "grounding_relationship", "grounding_messages", "grounding_acknowledgement")
# Undo of a removal puts these back too (in this order: an open door needs its ending).
_CHILD_TABLES = ("keyclient_ratings", "keyclient_events", "keyclient_training",
                 "contact_plan_steps", "keyclient_open_doors")


class KeyClientNotFound(ValidationError):
    message = "This key-client candidate no longer exists."


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class KeyClientRepository:
    def __init__(self, conn, audit: AuditTrail, clock: Callable[[], datetime] = _utcnow):
        self._conn = conn
        self._audit = audit
        self._clock = clock

    def _today(self) -> date:
        return self._clock().astimezone().date()

    # -- reading -----------------------------------------------------------------

    def candidates(self, case_id: int) -> list[k.Candidate]:
        """Candidates and key-clients of a case, in the order they were marked."""
        ids = [r[0] for r in self._conn.execute(
            "SELECT id FROM keyclients WHERE case_id = ? ORDER BY id", (case_id,))]
        return [self.candidate(i) for i in ids]

    def candidate(self, keyclient_id: int) -> k.Candidate:
        row = self._conn.execute(
            f"SELECT {', '.join(_K_COLS)} FROM keyclients WHERE id = ?",
            (keyclient_id,)).fetchone()
        if row is None:
            raise KeyClientNotFound()
        d = dict(zip(_K_COLS, row))
        ratings = {
            k.Criterion(c): k.Assessment(k.Level(lv) if lv is not None else None, ev)
            for c, lv, ev in self._conn.execute(
                "SELECT criterion, level, evidence FROM keyclient_ratings"
                " WHERE keyclient_id = ?", (keyclient_id,))}
        grounding = {e: k.Grounding(d[f"grounding_{e.value}"]) for e in k.Essential}
        return k.Candidate(
            id=d["id"], case_id=d["case_id"], person_id=d["person_id"], uid=d["uid"],
            marked_on=date.fromisoformat(d["marked_on"]), status=k.Status(d["status"]),
            decided_on=_date(d["decided_on"]), rationale=d["rationale"], draft=d["draft"],
            assessments=ratings, relation=d["relation"], contact=d["contact"],
            guilt=d["guilt"], responsibility=d["responsibility"],
            resilience=d["resilience"], grounding=grounding)

    def by_person(self, person_id: int) -> k.Candidate | None:
        row = self._conn.execute("SELECT id FROM keyclients WHERE person_id = ?",
                                 (person_id,)).fetchone()
        return self.candidate(row[0]) if row else None

    def history(self, keyclient_id: int) -> list[k.StatusEvent]:
        return [k.StatusEvent(i, date.fromisoformat(on), k.Status(st),
                              k.EndReason(er) if er else None, note)
                for i, on, st, er, note in self._conn.execute(
                    "SELECT id, on_date, status, end_reason, note FROM keyclient_events"
                    " WHERE keyclient_id = ? ORDER BY id", (keyclient_id,))]

    def present_as(self, case_id: int) -> Callable[[int, date], k.PresentAs]:
        """What each person of the case was on a day (key-client, ended, candidate,
        other): the candidates and their histories read once, asked per person and day."""
        known = {c.person_id: (c, self.history(c.id)) for c in self.candidates(case_id)}

        def ask(person_id: int, day: date) -> k.PresentAs:
            cand, events = known.get(person_id, (None, []))
            return k.present_as(cand, events, day)
        return ask

    def training(self, keyclient_id: int) -> list[k.Training]:
        return [k.Training(i, module, _date(on)) for i, module, on in self._conn.execute(
            "SELECT id, module, attended_on FROM keyclient_training"
            " WHERE keyclient_id = ? ORDER BY coalesce(attended_on, ''), id",
            (keyclient_id,))]

    def compare(self, case_id: int) -> list[k.Standing]:
        return k.compare({c.id: c.levels() for c in self.candidates(case_id)})

    def badges(self, case_id: int) -> dict[int, str]:
        """Person id -> "candidate" or "keyclient" (ended key-clients get no badge)."""
        return {pid: ("candidate" if decided is None else "keyclient")
                for pid, decided in self._conn.execute(
                    "SELECT person_id, decided_on FROM keyclients"
                    " WHERE case_id = ? AND status <> 'ended'", (case_id,))}

    # -- candidates --------------------------------------------------------------

    def mark(self, case_id: int, person_id: int, on: date | None = None) -> k.Candidate:
        person = self._conn.execute("SELECT case_id, is_index FROM persons WHERE id = ?",
                                    (person_id,)).fetchone()
        if person is None or person[0] != case_id:
            raise ValidationError("This person is not on the map of this case.")
        if person[1]:
            raise ValidationError("The index client cannot be their own key-client.")
        if self.by_person(person_id) is not None:
            raise ValidationError("This person is already a key-client candidate.")
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO keyclients (case_id, person_id, uid, marked_on)"
                " VALUES (?, ?, ?, ?)",
                (case_id, person_id, new_uid(), (on or self._today()).isoformat()))
            self._audit.append("created", "keyclient", cur.lastrowid, case_id=case_id)
            self._touch(case_id)
        return self.candidate(cur.lastrowid)

    def remove(self, keyclient_id: int) -> dict[str, list[dict]]:
        """Delete a candidate with its ratings and history; returns the rows."""
        removed = {"keyclients": self._rows("keyclients", "id", keyclient_id)}
        if not removed["keyclients"]:
            raise KeyClientNotFound()
        for table in _CHILD_TABLES:
            removed[table] = self._rows(table, "keyclient_id", keyclient_id)
        case_id = removed["keyclients"][0]["case_id"]
        with transaction(self._conn):
            self._conn.execute("DELETE FROM keyclients WHERE id = ?", (keyclient_id,))
            self._audit.append("deleted", "keyclient", keyclient_id, case_id=case_id)
            self._touch(case_id)
        return removed

    def restore(self, removed: dict[str, list[dict]]) -> None:
        """Put back exactly what ``remove`` returned (undo)."""
        with transaction(self._conn):
            for table in ("keyclients", *_CHILD_TABLES):
                for row in removed[table]:
                    self._conn.execute(
                        f"INSERT INTO {table} ({', '.join(row)})"
                        f" VALUES ({', '.join('?' * len(row))})", list(row.values()))
            for row in removed["keyclients"]:
                self._audit.append("created", "keyclient", row["id"], case_id=row["case_id"])
                self._touch(row["case_id"])

    # -- assessment ----------------------------------------------------------------

    def rate(self, keyclient_id: int, criterion: k.Criterion, level: k.Level | None,
             evidence: str = "") -> k.Assessment:
        criterion = k.Criterion(criterion)
        level = k.Level(level) if level is not None else None
        evidence = k.clean_evidence(evidence)
        current = self.candidate(keyclient_id)
        if current.assessments.get(criterion, k.Assessment()) == k.Assessment(level, evidence):
            return current.assessments.get(criterion, k.Assessment())
        with transaction(self._conn):
            self._conn.execute(
                "INSERT INTO keyclient_ratings (case_id, keyclient_id, criterion, level,"
                " evidence) VALUES (?, ?, ?, ?, ?) ON CONFLICT (keyclient_id, criterion)"
                " DO UPDATE SET level = excluded.level, evidence = excluded.evidence",
                (current.case_id, keyclient_id, criterion.value,
                 None if level is None else int(level), evidence))
            self._audit.append("changed", "keyclient", keyclient_id, case_id=current.case_id)
            self._touch(current.case_id)
        return k.Assessment(level, evidence)

    # -- decision and status ---------------------------------------------------------

    def decide(self, keyclient_id: int, rationale: str, on: date | None = None
               ) -> k.Candidate:
        rationale = k.clean_rationale(rationale)
        current = self.candidate(keyclient_id)
        if current.is_keyclient:
            raise ValidationError("This person is already a key-client.")
        on = on or self._today()
        k.check_event_date(on, earliest=current.marked_on, today=self._today())
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE keyclients SET decided_on = ?, rationale = ?, draft = '' WHERE id = ?",
                (on.isoformat(), rationale, keyclient_id))
            self._audit.append("status", "keyclient", keyclient_id, case_id=current.case_id)
            self._touch(current.case_id)
        return self.candidate(keyclient_id)

    def undecide(self, keyclient_id: int) -> k.Candidate:
        """Take a decision back (undo); its rationale becomes the draft again."""
        current = self.candidate(keyclient_id)
        if current.status is not k.Status.CANDIDATE:
            raise ValidationError("Undo the later status changes first.")
        with transaction(self._conn):
            self._conn.execute(
                "UPDATE keyclients SET decided_on = NULL, rationale = '', draft = ?"
                " WHERE id = ?", (current.rationale, keyclient_id))
            self._audit.append("status", "keyclient", keyclient_id, case_id=current.case_id)
            self._touch(current.case_id)
        return self.candidate(keyclient_id)

    def change_status(self, keyclient_id: int, status: k.Status,
                      end_reason: k.EndReason | None = None, note: str = "",
                      on: date | None = None,
                      along: Callable[[int], None] | None = None) -> k.StatusEvent:
        """``along(event_id)`` writes what belongs to the change (an ending's open
        door) inside the same transaction."""
        current = self.candidate(keyclient_id)
        status = k.Status(status)
        end_reason = k.EndReason(end_reason) if end_reason is not None else None
        note = k.check_transition(current.status, status, decided=current.is_keyclient,
                                  end_reason=end_reason, note=note).strip()
        on = on or self._today()
        events = self.history(keyclient_id)
        k.check_event_date(on, today=self._today(), earliest=max(
            [current.marked_on, current.decided_on or current.marked_on,
             *(e.on for e in events[-1:])]))
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO keyclient_events (case_id, keyclient_id, uid, on_date, status,"
                " end_reason, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (current.case_id, keyclient_id, new_uid(), on.isoformat(), status.value,
                 end_reason.value if end_reason else None, note))
            self._conn.execute("UPDATE keyclients SET status = ? WHERE id = ?",
                               (status.value, keyclient_id))
            self._audit.append("status", "keyclient", keyclient_id, case_id=current.case_id)
            self._touch(current.case_id)
            if along is not None:
                along(cur.lastrowid)
        return k.StatusEvent(cur.lastrowid, on, status, end_reason, note)

    def undo_status(self, keyclient_id: int, event_id: int) -> None:
        """Delete the latest status change (undo) and go back to the one before."""
        events = self.history(keyclient_id)
        if not events or events[-1].id != event_id:
            raise ValidationError("Only the latest status change can be undone.")
        previous = events[-2].status if len(events) > 1 else k.Status.CANDIDATE
        case_id = self.candidate(keyclient_id).case_id
        with transaction(self._conn):
            self._conn.execute("DELETE FROM keyclient_events WHERE id = ?", (event_id,))
            self._conn.execute("UPDATE keyclients SET status = ? WHERE id = ?",
                               (previous.value, keyclient_id))
            self._audit.append("status", "keyclient", keyclient_id, case_id=case_id)
            self._touch(case_id)

    # -- profile -------------------------------------------------------------------

    def set_profile(self, keyclient_id: int, **fields) -> k.Candidate:
        fields = k.clean_profile_fields(fields)
        current = self.candidate(keyclient_id)
        changed = {f: v for f, v in fields.items() if getattr(current, f) != v}
        if changed:
            with transaction(self._conn):
                self._conn.execute(
                    f"UPDATE keyclients SET {', '.join(f'{f} = ?' for f in changed)}"
                    " WHERE id = ?", [*changed.values(), keyclient_id])
                self._audit.append("changed", "keyclient", keyclient_id, case_id=current.case_id)
                self._touch(current.case_id)
        return self.candidate(keyclient_id)

    def set_grounding(self, keyclient_id: int, essential: k.Essential,
                      level: k.Grounding) -> None:
        essential, level = k.Essential(essential), k.Grounding(level)
        current = self.candidate(keyclient_id)
        if current.grounding[essential] is level:
            return
        with transaction(self._conn):
            self._conn.execute(
                f"UPDATE keyclients SET grounding_{essential.value} = ? WHERE id = ?",
                (level.value, keyclient_id))
            self._audit.append("changed", "keyclient", keyclient_id, case_id=current.case_id)
            self._touch(current.case_id)

    def add_training(self, keyclient_id: int, module: str, on: date | None = None
                     ) -> k.Training:
        module = k.clean_training(module)
        case_id = self.candidate(keyclient_id).case_id
        with transaction(self._conn):
            cur = self._conn.execute(
                "INSERT INTO keyclient_training (case_id, keyclient_id, uid, module,"
                " attended_on) VALUES (?, ?, ?, ?, ?)",
                (case_id, keyclient_id, new_uid(), module, on.isoformat() if on else None))
            self._audit.append("created", "keyclient_training", cur.lastrowid, case_id=case_id)
            self._touch(case_id)
        return k.Training(cur.lastrowid, module, on)

    def remove_training(self, training_id: int) -> dict:
        [row] = self._rows("keyclient_training", "id", training_id) or [None]
        if row is None:
            raise KeyClientNotFound("This training entry no longer exists.")
        with transaction(self._conn):
            self._conn.execute("DELETE FROM keyclient_training WHERE id = ?", (training_id,))
            self._audit.append("deleted", "keyclient_training", training_id, case_id=row["case_id"])
            self._touch(row["case_id"])
        return row

    def restore_training(self, row: dict) -> None:
        with transaction(self._conn):
            self._conn.execute(
                f"INSERT INTO keyclient_training ({', '.join(row)})"
                f" VALUES ({', '.join('?' * len(row))})", list(row.values()))
            self._audit.append("created", "keyclient_training", row["id"], case_id=row["case_id"])
            self._touch(row["case_id"])

    # -- helpers -----------------------------------------------------------------

    def _rows(self, table: str, column: str, value: int) -> list[dict]:
        cur = self._conn.execute(f"SELECT * FROM {table} WHERE {column} = ? ORDER BY id",
                                 (value,))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def _touch(self, case_id: int) -> None:
        self._conn.execute("UPDATE cases SET last_activity = ? WHERE id = ?",
                           (self._clock().isoformat(), case_id))
