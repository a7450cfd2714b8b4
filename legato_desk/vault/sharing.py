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
    Disclosure,
    DisclosureKind,
    SharingGround,
    clean_disclosure,
)
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.records import new_uid, parse, stamp, touch_case, utcnow

_COLUMNS = ("id, case_id, shared_at, what, recipient, purpose, ground, informed_by,"
            " acknowledged_by, contact_id, escalation_id, kind")


def _row(r) -> Disclosure:
    return Disclosure(r[0], r[1], parse(r[2]), r[3], r[4], r[5], SharingGround(r[6]),
                      r[7], r[8], r[9], r[10], DisclosureKind(r[11]))


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
            in_transaction: bool = False) -> Disclosure:
        """Add one entry; ValidationError (and nothing stored) if a field is missing."""
        now = self._clock()
        shared_at = shared_at or now
        what, recipient, purpose, ground = clean_disclosure(
            what=what, recipient=recipient, purpose=purpose, ground=ground,
            shared_at=shared_at, now=now)
        informed_by = self._audit.actor if informed_by is None else informed_by.strip()
        if in_transaction:
            entry_id = self._insert(case_id, now, shared_at, what, recipient, purpose, ground,
                                    informed_by, acknowledged_by, contact_id, escalation_id,
                                    DisclosureKind(kind))
        else:
            with transaction(self._conn):
                entry_id = self._insert(case_id, now, shared_at, what, recipient, purpose,
                                        ground, informed_by, acknowledged_by, contact_id,
                                        escalation_id, DisclosureKind(kind))
        return _row(self._conn.execute(
            f"SELECT {_COLUMNS} FROM disclosures WHERE id = ?", (entry_id,)).fetchone())

    def _insert(self, case_id, now, shared_at, what, recipient, purpose, ground,
                informed_by, acknowledged_by, contact_id, escalation_id, kind) -> int:
        touch_case(self._conn, case_id, now)
        cur = self._conn.execute(
            "INSERT INTO disclosures (uid, case_id, escalation_id, contact_id, kind, shared_at,"
            " what, recipient, purpose, ground, informed_by, acknowledged_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (new_uid(), case_id, escalation_id, contact_id, kind.value, stamp(shared_at),
             what, recipient, purpose, ground.value, informed_by, acknowledged_by.strip()))
        action = "exported" if kind is DisclosureKind.EXPORT else "created"
        self._audit.append(action, "disclosure", cur.lastrowid, case_id=case_id)
        return cur.lastrowid
