"""The intake record of a case: one row per case, saved as it is typed."""

from __future__ import annotations

from typing import Callable

from legato_desk.model.intake import (
    CallerCategory,
    ContactKind,
    Intake,
    ReferralRoute,
    check_intake,
)
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.records import touch_case, utcnow

_FIELDS = ("caller_category", "referral_route", "contact_kind", "concern", "personality",
           "communication", "relationships", "recent", "past", "risk_factors",
           "protective_factors", "goals", "languages", "confidentiality_explained")


def _to_row(intake: Intake) -> tuple:
    v = intake.values()
    return tuple(
        (v[f].value if v[f] is not None else None) if f in
        ("caller_category", "referral_route", "contact_kind")
        else int(v[f]) if f == "confidentiality_explained" else v[f]
        for f in _FIELDS)


def _from_row(case_id: int, row) -> Intake:
    v = dict(zip(_FIELDS, row))
    v["caller_category"] = v["caller_category"] and CallerCategory(v["caller_category"])
    v["referral_route"] = v["referral_route"] and ReferralRoute(v["referral_route"])
    v["contact_kind"] = ContactKind(v["contact_kind"])
    v["confidentiality_explained"] = bool(v["confidentiality_explained"])
    return Intake(case_id=case_id, **v)


class IntakeRepository:
    def __init__(self, conn, audit: AuditTrail, clock: Callable = utcnow):
        self._conn = conn
        self._audit = audit
        self._clock = clock

    def get(self, case_id: int) -> Intake:
        """The stored intake, or an empty one if nothing was recorded yet."""
        row = self._conn.execute(
            f"SELECT {', '.join(_FIELDS)} FROM intake WHERE case_id = ?", (case_id,)
        ).fetchone()
        return Intake(case_id=case_id) if row is None else _from_row(case_id, row)

    def save(self, intake: Intake) -> Intake:
        check_intake(intake)
        with transaction(self._conn):
            current = self._conn.execute(
                f"SELECT {', '.join(_FIELDS)} FROM intake WHERE case_id = ?",
                (intake.case_id,)).fetchone()
            values = _to_row(intake)
            if current is not None and tuple(current) == values:
                return intake
            touch_case(self._conn, intake.case_id, self._clock())
            self._conn.execute(
                f"INSERT INTO intake (case_id, {', '.join(_FIELDS)}) VALUES"
                f" (?, {', '.join('?' * len(_FIELDS))}) ON CONFLICT (case_id) DO UPDATE SET "
                + ", ".join(f"{f} = excluded.{f}" for f in _FIELDS),
                (intake.case_id, *values))
            self._audit.append("created" if current is None else "changed", "intake",
                               intake.case_id, case_id=intake.case_id)
        return self.get(intake.case_id)
