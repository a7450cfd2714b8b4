"""Factor sheets of a case, and the office's wording of the factors.

A sheet and its factors are written in one transaction, the factors
replaced as a whole (a sheet is short). The audit trail records which sheet
changed, never a factor or a note.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Callable

from legato_desk.errors import ValidationError
from legato_desk.model.factors import (
    Catalogue,
    Factor,
    FactorSheet,
    Kind,
    Level,
    SheetSummary,
    Weight,
    catalogue_from_data,
    catalogue_to_data,
    check_date,
    clean_factors,
    clean_sheet_note,
    copy_for_new_sheet,
    default_catalogue,
    sort_factors,
)
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction
from legato_desk.vault.records import new_uid, parse, stamp, touch_case, utcnow
from legato_desk.vault.settings import SettingsRepository

CATALOGUE_KEY = "factors.catalogue"


class SheetNotFound(ValidationError):
    message = "This factor sheet no longer exists."


class SheetDateTaken(ValidationError):
    message = "This case already has a factor sheet of that date. Open that one instead."


class FactorRepository:
    def __init__(self, conn, audit: AuditTrail, settings: SettingsRepository,
                 clock: Callable[[], datetime] = utcnow):
        self._conn = conn
        self._audit = audit
        self._settings = settings
        self._clock = clock

    # -- the office's wording --------------------------------------------------------

    def catalogue(self, language: str = "en") -> Catalogue:
        """The office's labels per level and kind; the defaults in ``language`` if none."""
        stored = self._settings.get(CATALOGUE_KEY)
        return default_catalogue(language) if stored is None else catalogue_from_data(stored)

    def has_own_catalogue(self) -> bool:
        return self._settings.get(CATALOGUE_KEY) is not None

    def set_catalogue(self, catalogue: Catalogue) -> None:
        data = catalogue_to_data(catalogue)
        catalogue_from_data(data)  # the same checks as reading it back
        self._settings.set(CATALOGUE_KEY, data)

    def reset_catalogue(self) -> None:
        self._settings.delete(CATALOGUE_KEY)

    # -- sheets ------------------------------------------------------------------------

    def sheets(self, case_id: int) -> list[SheetSummary]:
        """The case's sheets, oldest first, with their counts."""
        return [SheetSummary(r[0], date.fromisoformat(r[1]), r[2] or 0, r[3] or 0)
                for r in self._conn.execute(
                    "SELECT s.id, s.assessed_on,"
                    " sum(i.kind = 'risk'), sum(i.kind = 'protective')"
                    " FROM factor_sheets s LEFT JOIN factor_items i ON i.sheet_id = s.id"
                    " WHERE s.case_id = ? GROUP BY s.id ORDER BY s.assessed_on, s.id",
                    (case_id,))]

    def get(self, sheet_id: int) -> FactorSheet:
        row = self._conn.execute(
            "SELECT id, case_id, assessed_on, note, created_at, changed_at FROM factor_sheets"
            " WHERE id = ?", (sheet_id,)).fetchone()
        if row is None:
            raise SheetNotFound()
        factors = tuple(
            Factor(Level(r[1]), Kind(r[2]), r[3], Weight(r[4]), r[5], r[0])
            for r in self._conn.execute(
                "SELECT id, level, kind, label, weight, note FROM factor_items"
                " WHERE sheet_id = ? ORDER BY position", (sheet_id,)))
        return FactorSheet(row[0], row[1], date.fromisoformat(row[2]), row[3], factors,
                           parse(row[4]), parse(row[5]))

    def all(self, case_id: int) -> list[FactorSheet]:
        return [self.get(s.id) for s in self.sheets(case_id)]

    def latest(self, case_id: int, before: date | None = None) -> FactorSheet | None:
        """The newest sheet (dated before ``before``, if given)."""
        found = [s for s in self.sheets(case_id)
                 if before is None or s.assessed_on < before]
        return self.get(found[-1].id) if found else None

    def create(self, case_id: int, assessed_on: date, *, factors=None, note: str = "",
               copy_latest: bool = True) -> FactorSheet:
        """A new sheet. Without ``factors`` it starts as a copy of the latest
        earlier sheet (``copy_latest``), to be adjusted."""
        now = self._clock()
        assessed_on = check_date(assessed_on, now.astimezone().date())
        if factors is None:
            factors = copy_for_new_sheet(self.latest(case_id, before=assessed_on)
                                         if copy_latest else None)
        factors = sort_factors(clean_factors(factors))
        note = clean_sheet_note(note)
        with transaction(self._conn):
            touch_case(self._conn, case_id, now)
            self._check_free(case_id, assessed_on, None)
            cur = self._conn.execute(
                "INSERT INTO factor_sheets (uid, case_id, assessed_on, note, created_at,"
                " changed_at) VALUES (?, ?, ?, ?, ?, ?)",
                (new_uid(), case_id, assessed_on.isoformat(), note, stamp(now), stamp(now)))
            sheet_id = cur.lastrowid
            self._write_factors(case_id, sheet_id, factors)
            self._audit.append("created", "factor_sheet", sheet_id, case_id=case_id)
        return self.get(sheet_id)

    def save(self, sheet_id: int, *, assessed_on: date | None = None, factors=None,
             note: str | None = None) -> FactorSheet:
        """Change a sheet's date, factors (replaced as a whole) or note."""
        sheet = self.get(sheet_id)
        now = self._clock()
        new_date = sheet.assessed_on if assessed_on is None else check_date(
            assessed_on, now.astimezone().date())
        new_factors = sheet.factors if factors is None else sort_factors(clean_factors(factors))
        new_note = sheet.note if note is None else clean_sheet_note(note)
        same = (new_date == sheet.assessed_on and new_note == sheet.note
                and [(f.key, f.weight, f.note, f.label) for f in new_factors]
                == [(f.key, f.weight, f.note, f.label) for f in sheet.factors])
        if same:
            return sheet
        with transaction(self._conn):
            touch_case(self._conn, sheet.case_id, now)
            self._check_free(sheet.case_id, new_date, sheet_id)
            self._conn.execute(
                "UPDATE factor_sheets SET assessed_on = ?, note = ?, changed_at = ?"
                " WHERE id = ?", (new_date.isoformat(), new_note, stamp(now), sheet_id))
            self._conn.execute("DELETE FROM factor_items WHERE sheet_id = ?", (sheet_id,))
            self._write_factors(sheet.case_id, sheet_id, new_factors)
            self._audit.append("changed", "factor_sheet", sheet_id, case_id=sheet.case_id)
        return self.get(sheet_id)

    def delete(self, sheet_id: int) -> None:
        sheet = self.get(sheet_id)
        with transaction(self._conn):
            touch_case(self._conn, sheet.case_id, self._clock())
            self._conn.execute("DELETE FROM factor_items WHERE sheet_id = ?", (sheet_id,))
            self._conn.execute("DELETE FROM factor_sheets WHERE id = ?", (sheet_id,))
            self._audit.append("deleted", "factor_sheet", sheet_id, case_id=sheet.case_id)

    def _check_free(self, case_id: int, day: date, own_id: int | None) -> None:
        row = self._conn.execute(
            "SELECT id FROM factor_sheets WHERE case_id = ? AND assessed_on = ?",
            (case_id, day.isoformat())).fetchone()
        if row is not None and row[0] != own_id:
            raise SheetDateTaken()

    def _write_factors(self, case_id: int, sheet_id: int, factors) -> None:
        self._conn.executemany(
            "INSERT INTO factor_items (case_id, sheet_id, position, level, kind, label,"
            " weight, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(case_id, sheet_id, i, f.level.value, f.kind.value, f.label, int(f.weight),
              f.note) for i, f in enumerate(factors)])
