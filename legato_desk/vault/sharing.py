"""The information-sharing log: every disclosure of a case, by hand or by export.

Other features add their entries with ``log``; the PDF exports, e.g.::

    vault.sharing.log(case_id, what="Case conference summary (PDF, minimal)",
                      recipient="Case conference, youth welfare office",
                      purpose="case conference", ground=SharingGround.CONSENT,
                      kind=DisclosureKind.EXPORT)

Call it inside your own ``transaction`` if the export writes more: the
entry then commits or rolls back with the rest (transactions do not nest,
so pass ``in_transaction=True``).
"""

from __future__ import annotations

from datetime import datetime
from typing import Callable

from legato_desk.model.safeguarding import (
    Consent,
    Disclosure,
    DisclosureKind,
    SharingGround,
    check_can_withdraw,
    clean_consent,
    clean_disclosure,
)
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.records import new_uid, parse, stamp, touch_case, utcnow

_COLUMNS = ("id, case_id, shared_at, what, recipient, purpose, ground, informed_by,"
            " acknowledged_by, contact_id, escalation_id, kind, client_told, consent,"
            " consent_note, counselling_content, consent_withdrawn_at")


def _row(r) -> Disclosure:
    return Disclosure(r[0], r[1], parse(r[2]), r[3], r[4], r[5], SharingGround(r[6]),
                      r[7], r[8], r[9], r[10], DisclosureKind(r[11]), bool(r[12]),
                      Consent(r[13]), r[14], bool(r[15]), parse(r[16]) if r[16] else None)


class SharingLog:
    def __init__(self, conn, audit: AuditTrail, clock: Callable[[], datetime] = utcnow):
        self._conn = conn
        self._audit = audit
        self._clock = clock

    def for_case(self, case_id: int) -> list[Disclosure]:
        return [_row(r) for r in self._conn.execute(
            f"SELECT {_COLUMNS} FROM disclosures WHERE case_id = ? ORDER BY shared_at, id",
            (case_id,))]

    def for_escalation(self, escalation_id: int) -> list[Disclosure]:
        return [_row(r) for r in self._conn.execute(
            f"SELECT {_COLUMNS} FROM disclosures WHERE escalation_id = ?"
            " ORDER BY shared_at, id", (escalation_id,))]

    def log(self, case_id: int, *, what: str, recipient: str, purpose: str,
            ground: SharingGround | str | None, shared_at: datetime | None = None,
            informed_by: str | None = None, acknowledged_by: str = "",
            contact_id: int | None = None, escalation_id: int | None = None,
            kind: DisclosureKind = DisclosureKind.DISCLOSURE,
            client_told: bool = False, consent: Consent | str = Consent.NOT_RECORDED,
            consent_note: str = "", counselling_content: bool = False,
            consent_answered: bool = False,
            in_transaction: bool = False) -> Disclosure:
        """Add one entry; ValidationError (and nothing stored) if a field is missing.

        ``consent_answered``: the counsellor was asked about consent (the
        disclosure dialog), so "not recorded" is refused.
        """
        now = self._clock()
        shared_at = shared_at or now
        what, recipient, purpose, ground = clean_disclosure(
            what=what, recipient=recipient, purpose=purpose, ground=ground,
            shared_at=shared_at, now=now)
        consent, consent_note = clean_consent(
            ground=ground, consent=consent, note=consent_note,
            counselling_content=counselling_content, answered=consent_answered)
        informed_by = self._audit.actor if informed_by is None else informed_by.strip()
        values = (case_id, now, shared_at, what, recipient, purpose, ground, informed_by,
                  acknowledged_by, contact_id, escalation_id, DisclosureKind(kind),
                  bool(client_told), consent, consent_note, bool(counselling_content))
        if in_transaction:
            entry_id = self._insert(*values)
        else:
            with transaction(self._conn):
                entry_id = self._insert(*values)
        return self.get(entry_id)

    def get(self, disclosure_id: int) -> Disclosure:
        return _row(self._conn.execute(
            f"SELECT {_COLUMNS} FROM disclosures WHERE id = ?", (disclosure_id,)).fetchone())

    def withdraw_consent(self, disclosure_id: int, at: datetime | None = None) -> Disclosure:
        """Record that the person withdrew the consent this disclosure was given with.

        The entry stays (it happened); later sharing must not rest on it.
        """
        entry = self.get(disclosure_id)
        at = at or self._clock()
        check_can_withdraw(entry, at)
        with transaction(self._conn):
            touch_case(self._conn, entry.case_id, self._clock())
            self._conn.execute("UPDATE disclosures SET consent_withdrawn_at = ? WHERE id = ?",
                               (stamp(at), disclosure_id))
            self._audit.append("changed", "disclosure", disclosure_id,
                               case_id=entry.case_id)
        return self.get(disclosure_id)

    def _insert(self, case_id, now, shared_at, what, recipient, purpose, ground,
                informed_by, acknowledged_by, contact_id, escalation_id, kind,
                client_told, consent, consent_note, counselling_content) -> int:
        touch_case(self._conn, case_id, now)
        cur = self._conn.execute(
            "INSERT INTO disclosures (uid, case_id, escalation_id, contact_id, kind, shared_at,"
            " what, recipient, purpose, ground, informed_by, acknowledged_by, client_told,"
            " consent, consent_note, counselling_content)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_uid(), case_id, escalation_id, contact_id, kind.value, stamp(shared_at),
             what, recipient, purpose, ground.value, informed_by, acknowledged_by.strip(),
             int(client_told), consent.value, consent_note, int(counselling_content)))
        action = "exported" if kind is DisclosureKind.EXPORT else "created"
        self._audit.append(action, "disclosure", cur.lastrowid, case_id=case_id)
        return cur.lastrowid
