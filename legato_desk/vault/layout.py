"""Where a vault's files are inside its folder. Cheap to import: no crypto."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / "vault.db"

    @property
    def header(self) -> Path:
        return self.folder / "vault.header"

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    def exists(self) -> bool:
        return self.header.exists() or self.db.exists()

    def sidecars(self) -> list[Path]:
        return [self.db.with_name(self.db.name + s) for s in ("-wal", "-shm", "-journal")]
