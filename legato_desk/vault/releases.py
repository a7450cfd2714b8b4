"""A case's release from prison and its checklist (model/release.py), the
office's default checklist, and who can be reached after the release.

The release and its items are written in one transaction, the items
replaced as a whole (a checklist is short). The audit trail records that
the release changed, never an item or a note.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Callable

from legato_desk.model.availability import ReleaseCheck, check_release
from legato_desk.model.release import (
    ChecklistItem,
    Release,
    clean_institution,
    clean_items,
    clean_labels,
    default_items,
)
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.directory import AgencyDirectory
from legato_desk.vault.records import new_uid, parse, stamp, touch_case, utcnow
from legato_desk.vault.settings import SettingsRepository

CHECKLIST_KEY = "release.checklist"


class ReleaseRepository:
    def __init__(self, conn, audit: AuditTrail, settings: SettingsRepository,
                 directory: AgencyDirectory, clock: Callable[[], datetime] = utcnow):
        self._conn = conn
        self._audit = audit
        self._settings = settings
        self._directory = directory
        self._clock = clock

    # -- the office's default checklist -----------------------------------------------

    def default_checklist(self, language: str = "en") -> list[str]:
        stored = self._settings.get(CHECKLIST_KEY)
        return default_items(language) if stored is None else list(stored)

    def has_own_checklist(self) -> bool:
        return self._settings.get(CHECKLIST_KEY) is not None

    def set_default_checklist(self, labels) -> None:
        self._settings.set(CHECKLIST_KEY, clean_labels(labels))

    def reset_default_checklist(self) -> None:
        self._settings.delete(CHECKLIST_KEY)

    # -- a case's release --------------------------------------------------------------

    def get(self, case_id: int) -> Release | None:
        row = self._conn.execute(
            "SELECT id, case_id, released_on, released_at, institution, changed_at"
            " FROM releases WHERE case_id = ?", (case_id,)).fetchone()
        if row is None:
            return None
        items = tuple(ChecklistItem(r[0], bool(r[1]), r[2], r[3], r[4])
                      for r in self._conn.execute(
                          "SELECT label, done, note, responsible, contact_id FROM release_items"
                          " WHERE release_id = ? ORDER BY position", (row[0],)))
        return Release(row[0], row[1], date.fromisoformat(row[2]) if row[2] else None,
                       time.fromisoformat(row[3]) if row[3] else None, row[4], items,
                       parse(row[5]))

    def start(self, case_id: int, language: str = "en") -> Release:
        """The case's release, begun with the office's default checklist if new."""
        existing = self.get(case_id)
        if existing is not None:
            return existing
        items = [ChecklistItem(text) for text in self.default_checklist(language)]
        return self.save(case_id, released_on=None, released_at=None, institution="",
                         items=items)

    def save(self, case_id: int, *, released_on: date | None, released_at: time | None,
             institution: str, items) -> Release:
        """Create or change the case's release; the checklist is replaced as a whole."""
        institution = clean_institution(institution)
        items = clean_items(items)
        old = self.get(case_id)
        if old is not None and (old.released_on, old.released_at, old.institution,
                                old.items) == (released_on, released_at, institution, items):
            return old
        now = self._clock()
        day = released_on.isoformat() if released_on else None
        hour = released_at.strftime("%H:%M") if released_at else None
        with transaction(self._conn):
            touch_case(self._conn, case_id, now)
            if old is None:
                release_id = self._conn.execute(
                    "INSERT INTO releases (uid, case_id, released_on, released_at, institution,"
                    " created_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (new_uid(), case_id, day, hour, institution, stamp(now),
                     stamp(now))).lastrowid
            else:
                release_id = old.id
                self._conn.execute(
                    "UPDATE releases SET released_on = ?, released_at = ?, institution = ?,"
                    " changed_at = ? WHERE id = ?",
                    (day, hour, institution, stamp(now), release_id))
                self._conn.execute("DELETE FROM release_items WHERE release_id = ?",
                                   (release_id,))
            self._conn.executemany(
                "INSERT INTO release_items (case_id, release_id, position, label, done, note,"
                " responsible, contact_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(case_id, release_id, i, x.label, int(x.done), x.note, x.responsible,
                  self._known_contact(x.contact_id)) for i, x in enumerate(items)])
            self._audit.append("created" if old is None else "changed", "release",
                               release_id, case_id=case_id)
        return self.get(case_id)

    def delete(self, case_id: int) -> None:
        old = self.get(case_id)
        if old is None:
            return
        with transaction(self._conn):
            touch_case(self._conn, case_id, self._clock())
            self._conn.execute("DELETE FROM release_items WHERE release_id = ?", (old.id,))
            self._conn.execute("DELETE FROM releases WHERE id = ?", (old.id,))
            self._audit.append("deleted", "release", old.id, case_id=case_id)

    def _known_contact(self, contact_id: int | None) -> int | None:
        """A link to a contact deleted meanwhile is dropped; the name typed stays."""
        if contact_id is None:
            return None
        row = self._conn.execute("SELECT 1 FROM agency_contacts WHERE id = ?",
                                 (contact_id,)).fetchone()
        return contact_id if row else None

    # -- who can be reached -----------------------------------------------------------

    def check(self, case_id: int) -> ReleaseCheck | None:
        """Who of the contacts responsible for checklist items (and their deputies)
        can be reached after the release; None until its date and time are known."""
        release = self.get(case_id)
        if release is None or release.moment is None:
            return None
        contacts = self._directory.contact_hours(
            i.contact_id for i in release.items if i.contact_id is not None)
        return check_release(release.moment, contacts)
