"""The export log: which audience received which sections of which case, when."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone

from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction


@dataclass(frozen=True)
class ExportRecord:
    id: int
    case_id: int | None
    at: datetime
    audience: str
    sections: tuple[str, ...]
    real_names: bool
    encrypted: bool
    format: str


class ExportLog:
    def __init__(self, conn, audit: AuditTrail):
        self._conn = conn
        self._audit = audit

    def record(self, case_id: int | None, audience: str, sections: list[str], *,
               real_names: bool, encrypted: bool, format: str = "pdf",
               in_transaction: bool = False) -> int:
        if not in_transaction:
            with transaction(self._conn):
                return self.record(case_id, audience, sections, real_names=real_names,
                                   encrypted=encrypted, format=format, in_transaction=True)
        at = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
        cur = self._conn.execute(
            "INSERT INTO exports (case_id, at, audience, sections, real_names, encrypted,"
            " format) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (case_id, at, audience, json.dumps(sorted(sections)), int(real_names),
             int(encrypted), format))
        self._audit.append("exported", "case" if case_id else "statistics",
                           case_id if case_id else cur.lastrowid, case_id=case_id)
        return cur.lastrowid

    def list(self, case_id: int | None = None) -> list[ExportRecord]:
        where, args = ("WHERE case_id = ?", (case_id,)) if case_id else ("", ())
        rows = self._conn.execute(
            "SELECT id, case_id, at, audience, sections, real_names, encrypted, format"
            f" FROM exports {where} ORDER BY at, id", args).fetchall()
        return [ExportRecord(r[0], r[1], datetime.fromisoformat(r[2]), r[3],
                             tuple(json.loads(r[4])), bool(r[5]), bool(r[6]), r[7])
                for r in rows]
