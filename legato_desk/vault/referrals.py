"""Referrals of a case to other agencies (model/referral.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from legato_desk.errors import ValidationError
from legato_desk.model.referral import Agreement, Referral, clean_referral
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.records import new_uid, parse, stamp, touch_case, utcnow

_COLUMNS = ("id, case_id, referred_on, recipient, reason, agreement, note, contact_id,"
            " agency_id, created_at")


class ReferralNotFound(ValidationError):
    message = "This referral no longer exists."


def _row(r) -> Referral:
    return Referral(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4], Agreement(r[5]), r[6],
                    r[7], r[8], parse(r[9]))


class ReferralRepository:
    def __init__(self, conn, audit: AuditTrail, clock: Callable[[], datetime] = utcnow):
        self._conn = conn
        self._audit = audit
        self._clock = clock

    def for_case(self, case_id: int) -> list[Referral]:
        """Oldest first."""
        return [_row(r) for r in self._conn.execute(
            f"SELECT {_COLUMNS} FROM referrals WHERE case_id = ? ORDER BY referred_on, id",
            (case_id,))]

    def get(self, referral_id: int) -> Referral:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM referrals WHERE id = ?",
                                 (referral_id,)).fetchone()
        if row is None:
            raise ReferralNotFound()
        return _row(row)

    def _values(self, referred_on, recipient, reason, agreement, note, contact_id, agency_id):
        now = self._clock()
        values = clean_referral(referred_on=referred_on, recipient=recipient, reason=reason,
                                agreement=agreement, note=note,
                                today=now.astimezone().date())
        if agency_id is not None and self._conn.execute(
                "SELECT 1 FROM agencies WHERE id = ?", (agency_id,)).fetchone() is None:
            raise ValidationError("This institution is no longer in the agency directory.")
        if contact_id is not None:
            row = self._conn.execute("SELECT agency_id FROM agency_contacts WHERE id = ?",
                                     (contact_id,)).fetchone()
            if row is None:
                raise ValidationError("This contact is no longer in the agency directory.")
            agency_id = row[0]
        return now, values, agency_id

    def add(self, case_id: int, *, referred_on: date, recipient: str, reason: str,
            agreement: Agreement | str | None, note: str = "",
            contact_id: int | None = None, agency_id: int | None = None) -> Referral:
        """Record a referral; ValidationError (nothing stored) if something is missing.

        ``recipient`` is the name as shown (the directory entry's label when
        ``contact_id`` or ``agency_id`` is given): it stays when the entry goes.
        A contact's institution is found from the contact.
        """
        now, (day, recipient, reason, agreement, note), agency_id = self._values(
            referred_on, recipient, reason, agreement, note, contact_id, agency_id)
        with transaction(self._conn):
            touch_case(self._conn, case_id, now)
            cur = self._conn.execute(
                "INSERT INTO referrals (uid, case_id, referred_on, contact_id, agency_id,"
                " recipient, reason, agreement, note, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_uid(), case_id, day.isoformat(), contact_id, agency_id, recipient,
                 reason, agreement.value, note, stamp(now)))
            self._audit.append("created", "referral", cur.lastrowid, case_id=case_id)
        return self.get(cur.lastrowid)

    def update(self, referral_id: int, *, referred_on: date, recipient: str, reason: str,
               agreement: Agreement | str | None, note: str = "",
               contact_id: int | None = None, agency_id: int | None = None) -> Referral:
        old = self.get(referral_id)
        now, (day, recipient, reason, agreement, note), agency_id = self._values(
            referred_on, recipient, reason, agreement, note, contact_id, agency_id)
        with transaction(self._conn):
            touch_case(self._conn, old.case_id, now)
            self._conn.execute(
                "UPDATE referrals SET referred_on = ?, contact_id = ?, agency_id = ?,"
                " recipient = ?, reason = ?, agreement = ?, note = ? WHERE id = ?",
                (day.isoformat(), contact_id, agency_id, recipient, reason, agreement.value,
                 note, referral_id))
            self._audit.append("changed", "referral", referral_id, case_id=old.case_id)
        return self.get(referral_id)

    def delete(self, referral_id: int) -> None:
        old = self.get(referral_id)
        with transaction(self._conn):
            touch_case(self._conn, old.case_id, self._clock())
            self._conn.execute("DELETE FROM referrals WHERE id = ?", (referral_id,))
            self._audit.append("deleted", "referral", referral_id, case_id=old.case_id)
