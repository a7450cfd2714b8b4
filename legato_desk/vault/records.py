"""Small helpers shared by the repositories of case-owned records."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from legato_desk.vault.cases import CaseNotFound


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def new_uid() -> str:
    return uuid.uuid4().hex


def stamp(moment: datetime) -> str:
    """An aware datetime as stored: ISO, UTC, whole seconds."""
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def parse(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def touch_case(conn, case_id: int, now: datetime) -> None:
    """Mark the case as worked on; raise CaseNotFound if it is gone."""
    cur = conn.execute("UPDATE cases SET last_activity = ? WHERE id = ?",
                       (stamp(now), case_id))
    if cur.rowcount == 0:
        raise CaseNotFound()
