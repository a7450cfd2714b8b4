"""Safeguarding flags and their escalation records; the office protocol.

Raising a flag copies the protocol's steps for that flag type into the
escalation, so the checklist stays as it was when the flag was raised.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Callable

from legato_desk.model.safeguarding import (
    TEXT_MAX,
    Escalation,
    FlagType,
    Protocol,
    Step,
    StepState,
    check_can_change,
    check_can_close,
    default_protocol,
    protocol_from_data,
    protocol_to_data,
)
from legato_desk.errors import ValidationError
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.records import new_uid, parse, stamp, touch_case, utcnow
from legato_desk.vault.settings import SettingsRepository
from legato_desk.vault.sharing import SharingLog

PROTOCOL_KEY = "safeguarding.protocol"


class EscalationNotFound(ValidationError):
    message = "This escalation record no longer exists."


class SafeguardingRepository:
    def __init__(self, conn, audit: AuditTrail, settings: SettingsRepository,
                 sharing: SharingLog, clock: Callable[[], datetime] = utcnow):
        self._conn = conn
        self._audit = audit
        self._settings = settings
        self._sharing = sharing
        self._clock = clock

    # -- the office protocol ------------------------------------------------------

    def protocol(self) -> Protocol:
        stored = self._settings.get(PROTOCOL_KEY)
        return default_protocol() if stored is None else protocol_from_data(stored)

    def set_protocol(self, protocol: Protocol) -> None:
        data = protocol_to_data(protocol)
        protocol_from_data(data)  # the same checks as an import
        self._settings.set(PROTOCOL_KEY, data)

    def export_protocol(self, protocol: Protocol, path: Path) -> None:
        """Write the protocol as a JSON file the other counsellors can import."""
        data = protocol_to_data(protocol)
        try:
            Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n",
                                  encoding="utf-8")
        except OSError as exc:
            raise ValidationError(
                "The protocol file could not be written there. Choose another folder."
            ) from exc
        with transaction(self._conn):
            self._audit.append("exported", "setting", PROTOCOL_KEY)

    @staticmethod
    def read_protocol_file(path: Path) -> Protocol:
        """Parse a protocol file; ValidationError for anything unusable."""
        try:
            raw = Path(path).read_bytes()
        except OSError as exc:
            raise ValidationError("The file could not be read.") from exc
        if len(raw) > 1_000_000:
            raise ValidationError("This is not a usable office protocol: the file is too large.")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise ValidationError(
                "This is not a usable office protocol: the file is not JSON text.") from exc
        return protocol_from_data(data)

    # -- escalations ----------------------------------------------------------------

    def raise_flag(self, case_id: int, flag: FlagType, reason: str = "") -> Escalation:
        flag = FlagType(flag)
        if len(reason) > TEXT_MAX:
            raise ValidationError("The description is too long.")
        steps = self.protocol().get(flag, ())
        now = self._clock()
        with transaction(self._conn):
            touch_case(self._conn, case_id, now)
            cur = self._conn.execute(
                "INSERT INTO escalations (uid, case_id, flag, raised_at, reason)"
                " VALUES (?, ?, ?, ?, ?)",
                (new_uid(), case_id, flag.value, stamp(now), reason.strip()))
            escalation_id = cur.lastrowid
            self._conn.executemany(
                "INSERT INTO escalation_steps (case_id, escalation_id, position, text, role, due)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(case_id, escalation_id, i, s.text, s.role, s.when)
                 for i, s in enumerate(steps)])
            self._audit.append("created", "escalation", escalation_id, case_id=case_id)
        return self.get(escalation_id)

    def get(self, escalation_id: int) -> Escalation:
        row = self._conn.execute(
            "SELECT id, case_id, flag, raised_at, reason, closed_at, closing_note"
            " FROM escalations WHERE id = ?", (escalation_id,)).fetchone()
        if row is None:
            raise EscalationNotFound()
        steps = tuple(
            Step(r[0], r[1], r[2], r[3], r[4], StepState(r[5]), parse(r[6]))
            for r in self._conn.execute(
                "SELECT id, position, text, role, due, state, done_at FROM escalation_steps"
                " WHERE escalation_id = ? ORDER BY position", (escalation_id,)))
        return Escalation(row[0], row[1], FlagType(row[2]), parse(row[3]), row[4], steps,
                          tuple(self._sharing.for_escalation(escalation_id)),
                          parse(row[5]), row[6])

    def for_case(self, case_id: int) -> list[Escalation]:
        """Open ones first, newest first within each group."""
        ids = [r[0] for r in self._conn.execute(
            "SELECT id FROM escalations WHERE case_id = ?"
            " ORDER BY closed_at IS NOT NULL, raised_at DESC, id DESC", (case_id,))]
        return [self.get(i) for i in ids]

    def open_flags(self, case_id: int) -> list[FlagType]:
        """The case's open flags, newest first (as ``for_case`` lists them): the
        banner over an opened case, without reading every escalation's steps."""
        return [FlagType(r[0]) for r in self._conn.execute(
            "SELECT flag FROM escalations WHERE case_id = ? AND closed_at IS NULL"
            " ORDER BY raised_at DESC, id DESC", (case_id,))]

    def open_flags_by_case(self) -> dict[int, list[FlagType]]:
        """For the case list: each case with open flags, and which."""
        found: dict[int, list[FlagType]] = {}
        for case_id, flag in self._conn.execute(
                "SELECT case_id, flag FROM escalations WHERE closed_at IS NULL"
                " ORDER BY raised_at, id"):
            found.setdefault(case_id, []).append(FlagType(flag))
        return found

    def set_step(self, escalation_id: int, step_id: int, state: StepState) -> Escalation:
        state = StepState(state)
        with transaction(self._conn):
            escalation = self.get(escalation_id)
            check_can_change(escalation)
            if step_id not in {s.id for s in escalation.steps}:
                raise ValidationError("This step is not part of the escalation.")
            now = self._clock()
            touch_case(self._conn, escalation.case_id, now)
            self._conn.execute(
                "UPDATE escalation_steps SET state = ?, done_at = ? WHERE id = ?",
                (state.value, None if state is StepState.OPEN else stamp(now), step_id))
            self._audit.append("changed", "escalation", escalation_id,
                               case_id=escalation.case_id)
        return self.get(escalation_id)

    def close(self, escalation_id: int, note: str = "") -> Escalation:
        """Close the escalation, or raise (storing nothing) while steps are open."""
        if len(note) > TEXT_MAX:
            raise ValidationError("The closing note is too long.")
        with transaction(self._conn):
            escalation = self.get(escalation_id)
            check_can_close(escalation)
            now = self._clock()
            touch_case(self._conn, escalation.case_id, now)
            self._conn.execute(
                "UPDATE escalations SET closed_at = ?, closing_note = ? WHERE id = ?",
                (stamp(now), note.strip(), escalation_id))
            self._audit.append("status", "escalation", escalation_id,
                               case_id=escalation.case_id)
        return self.get(escalation_id)
