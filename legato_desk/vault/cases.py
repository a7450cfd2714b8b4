"""The case repository: SQL in, ``model.Case`` out."""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Callable

from legato_desk.errors import ValidationError
from legato_desk.model.case import Case, CaseStatus, clean_pseudonym, next_case_code
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction

SUMMARY_MAX = 20_000

_COLUMNS = "id, code, pseudonym, status, opened_on, last_activity, summary"


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def _row_to_case(row) -> Case:
    return Case(
        id=row[0],
        code=row[1],
        pseudonym=row[2],
        status=CaseStatus(row[3]),
        opened_on=date.fromisoformat(row[4]),
        last_activity=datetime.fromisoformat(row[5]),
        summary=row[6],
    )


class CaseNotFound(ValidationError):
    message = "This case no longer exists."


class CaseRepository:
    def __init__(self, conn, audit: AuditTrail,
                 clock: Callable[[], datetime] = _utcnow):
        self._conn = conn
        self._audit = audit
        self._clock = clock

    def list(self) -> list[Case]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM cases ORDER BY last_activity DESC, id DESC"
        ).fetchall()
        return [_row_to_case(r) for r in rows]

    def get(self, case_id: int) -> Case:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise CaseNotFound()
        return _row_to_case(row)

    def create(self, pseudonym: str, *, opened_on: date | None = None) -> Case:
        pseudonym = clean_pseudonym(pseudonym)
        now = self._clock()
        opened_on = opened_on or now.astimezone().date()
        with transaction(self._conn):
            codes = [r[0] for r in self._conn.execute("SELECT code FROM cases")]
            code = next_case_code(opened_on.year, codes)
            cur = self._conn.execute(
                "INSERT INTO cases (code, pseudonym, status, opened_on, last_activity)"
                " VALUES (?, ?, ?, ?, ?)",
                (code, pseudonym, CaseStatus.INTAKE.value, opened_on.isoformat(),
                 now.isoformat()),
            )
            case_id = cur.lastrowid
            self._audit.append("created", "case", case_id)
        return self.get(case_id)

    def rename(self, case_id: int, pseudonym: str) -> Case:
        return self._update(case_id, "pseudonym", clean_pseudonym(pseudonym), "changed")

    def set_status(self, case_id: int, status: CaseStatus) -> Case:
        return self._update(case_id, "status", CaseStatus(status).value, "status")

    def set_summary(self, case_id: int, summary: str) -> Case:
        if len(summary) > SUMMARY_MAX:
            raise ValidationError(
                "The summary is too long (at most {limit} characters).", limit=SUMMARY_MAX
            )
        return self._update(case_id, "summary", summary, "changed")

    def _update(self, case_id: int, column: str, value: object, action: str) -> Case:
        assert column in {"pseudonym", "status", "summary"}
        with transaction(self._conn):
            current = self._conn.execute(
                f"SELECT {column} FROM cases WHERE id = ?", (case_id,)
            ).fetchone()
            if current is None:
                raise CaseNotFound()
            if current[0] != value:
                self._conn.execute(
                    f"UPDATE cases SET {column} = ?, last_activity = ? WHERE id = ?",
                    (value, self._clock().isoformat(), case_id),
                )
                self._audit.append(action, "case", case_id)
        return self.get(case_id)
