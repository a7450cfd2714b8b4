"""Retention review and complete erasure of a case (security.md §16).

Erasing removes every row that belongs to the case (casedata.py), rebuilds
full-text indexes, records "erased" in the audit trail (the id only) and
then checkpoints the WAL with TRUNCATE. ``secure_delete`` is on, so freed
pages are zeroed, and no old copy of a page remains in the WAL.
"""

from __future__ import annotations

from datetime import date

from legato_desk.model.case import Case
from legato_desk.model.retention import past_retention
from legato_desk.vault import casedata
from legato_desk.vault.cases import CaseNotFound
from legato_desk.vault.connection import transaction

MONTHS_KEY = "retention.months"  # 0 or missing: the office has set no period


def cases_past_retention(vault, today: date | None = None) -> list[Case]:
    months = vault.settings.get(MONTHS_KEY, 0)
    today = today or date.today()
    return [c for c in vault.cases.list() if past_retention(c, months, today)]


def erase_case(vault, case_id: int) -> None:
    conn = vault.conn
    with transaction(conn):
        if conn.execute("SELECT 1 FROM cases WHERE id = ?", (case_id,)).fetchone() is None:
            raise CaseNotFound()
        casedata.delete_case_rows(conn, case_id)
        casedata.rebuild_fts(conn)
        vault.audit.append("erased", "case", case_id)
    checkpoint(conn)


def checkpoint(conn) -> None:
    """Move every WAL page into the database and empty the WAL file."""
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        raise RuntimeError("the WAL checkpoint could not complete (another reader)")
