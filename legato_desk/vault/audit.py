"""The append-only audit trail: who did what to which record, never the content.

Each entry's hash covers its fields and the previous entry's hash, so an
edited or removed entry breaks the chain and ``verify`` finds it. Triggers in
the schema refuse UPDATE and DELETE on the table.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Callable

ACTIONS = {"created", "changed", "deleted", "exported", "erased", "status"}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _digest(prev_hash: str, at: str, actor: str, action: str, entity: str,
            entity_id: str) -> str:
    text = "\x1f".join((prev_hash, at, actor, action, entity, entity_id))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class AuditTrail:
    def __init__(self, conn, actor: str = "counsellor",
                 clock: Callable[[], str] = _now):
        self._conn = conn
        self.actor = actor
        self._clock = clock

    def append(self, action: str, entity: str, entity_id: object) -> None:
        """Add one entry. Call inside the transaction that made the change."""
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        row = self._conn.execute(
            "SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"
        ).fetchone()
        prev = row[0] if row else ""
        at = self._clock()
        entity_id = str(entity_id)
        self._conn.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (at, self.actor, action, entity, entity_id, prev,
             _digest(prev, at, self.actor, action, entity, entity_id)),
        )

    def entries(self) -> list[tuple]:
        return self._conn.execute(
            "SELECT id, at, actor, action, entity, entity_id FROM audit_log ORDER BY id"
        ).fetchall()

    def verify(self) -> int | None:
        """The id of the first entry that breaks the chain, or None if intact."""
        prev = ""
        for row in self._conn.execute(
            "SELECT id, at, actor, action, entity, entity_id, prev_hash, hash"
            " FROM audit_log ORDER BY id"
        ):
            entry_id, at, actor, action, entity, entity_id, prev_hash, digest = row
            if prev_hash != prev or digest != _digest(prev, at, actor, action, entity, entity_id):
                return entry_id
            prev = digest
        return None
