"""Vault-wide settings: small JSON values under a key, inside the vault.

Settings that describe the office or the vault (auto-lock period, retention,
the escalation protocol, backup location) are stored here, encrypted, not in
QSettings. A screen declares its keys and defaults where it reads them:

    vault.settings.get("autolock.minutes", 5)
    vault.settings.set("autolock.minutes", 10)
"""

from __future__ import annotations

import json
from typing import Any

from legato_desk.errors import ValidationError
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.connection import transaction

VALUE_MAX = 200_000  # characters of JSON; an office protocol fits many times


class SettingsRepository:
    def __init__(self, conn, audit: AuditTrail):
        self._conn = conn
        self._audit = audit

    def get(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        text = json.dumps(value, ensure_ascii=False, sort_keys=True)
        if len(text) > VALUE_MAX:
            raise ValidationError("This setting is too large to be stored.")
        with transaction(self._conn):
            row = self._conn.execute("SELECT value FROM settings WHERE key = ?",
                                     (key,)).fetchone()
            if row is not None and row[0] == text:
                return
            self._conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, text))
            self._audit.append("changed", "setting", key)

    def delete(self, key: str) -> None:
        with transaction(self._conn):
            if self._conn.execute("DELETE FROM settings WHERE key = ?", (key,)).rowcount:
                self._audit.append("deleted", "setting", key)
