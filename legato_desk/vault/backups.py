"""Encrypted backups: where they go, rotation, what one holds, restoring one.

A backup is a folder ``<YYYYmmdd-HHMMSS-ffffff>-<reason>`` holding an
encrypted copy of the database (``sqlcipher_export``, never a raw copy of a
live file) and the header as it was at that moment, so it opens with the
passphrase that was valid when it was made. Backups go to
``<vault>/backups`` unless the office chose another folder (e.g. an external
drive) in the settings; rotation keeps the newest N of this vault's backups
there and never touches another vault's.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from legato_desk.errors import KnownError
from legato_desk.vault import connection
from legato_desk.vault.errors import HeaderDamaged, VaultDamaged
from legato_desk.vault.header import Header
from legato_desk.vault.layout import VaultPaths

FOLDER_KEY = "backup.folder"  # "" or missing: <vault>/backups
KEEP_KEY = "backup.keep"
KEEP_DEFAULT = 10
AUTO_INTERVAL = timedelta(days=1)
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)$")


class BackupDamaged(VaultDamaged):
    message = ("This backup is damaged or is not a legato-desk backup. Choose "
               "another one; nothing was changed.")


class BackupFolderMissing(KnownError):
    message = ("The backup folder is not available (is the external drive "
               "connected?). Connect it or choose another folder in Settings.")


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # local time
    reason: str


@dataclass(frozen=True)
class BackupContents:
    made_at: datetime
    schema: int
    cases: list[tuple[str, str]]  # (code, pseudonym), by code


def location(vault) -> Path:
    chosen = vault.settings.get(FOLDER_KEY) or ""
    return Path(chosen) if chosen else vault.paths.backups


def list_backups(folder: Path) -> list[Backup]:
    """The backups in ``folder`` (or ``folder`` itself if it is one), newest first."""
    folder = Path(folder)
    if _is_backup(folder):
        candidates = [folder]
    elif folder.is_dir():
        candidates = [p for p in folder.iterdir() if _is_backup(p)]
    else:
        return []
    found = []
    for path in candidates:
        match = _NAME.match(path.name)
        if match:
            made_at = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
            reason = match.group(2)
        else:
            made_at = datetime.fromtimestamp((path / "vault.db").stat().st_mtime)
            reason = "copy"
        found.append(Backup(path, made_at, reason))
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


def _is_backup(path: Path) -> bool:
    return (not path.name.endswith(".partial") and (path / "vault.db").is_file()
            and (path / "vault.header").is_file())


def _vault_id(backup: Backup) -> str | None:
    try:
        return Header.read(backup.path / "vault.header").vault_id
    except HeaderDamaged:
        return None


def rotate(folder: Path, keep: int, vault_id: str) -> list[Path]:
    """Delete this vault's backups in ``folder`` beyond the newest ``keep``."""
    mine = [b for b in list_backups(folder) if b.path.parent == Path(folder)
            and _vault_id(b) == vault_id]
    removed = []
    for backup in mine[max(1, keep):]:
        shutil.rmtree(backup.path, ignore_errors=True)
        removed.append(backup.path)
    for partial in Path(folder).glob("*.partial"):  # left by a crash mid-backup
        shutil.rmtree(partial, ignore_errors=True)
    return removed


def back_up(vault, reason: str = "manual", folder: Path | None = None) -> Path:
    """A backup now, in the configured (or given) folder, then rotation."""
    folder = Path(folder) if folder else location(vault)
    if folder != vault.paths.backups and not folder.is_dir():
        raise BackupFolderMissing()
    try:
        made = vault.backup(reason, folder=folder)
    except OSError as exc:
        raise BackupFolderMissing() from exc
    rotate(folder, int(vault.settings.get(KEEP_KEY, KEEP_DEFAULT)), vault.vault_id)
    return made


def auto_backup_due(vault, now: datetime | None = None) -> bool:
    now = now or datetime.now()
    mine = [b for b in list_backups(location(vault)) if _vault_id(b) == vault.vault_id]
    return not mine or now - mine[0].made_at >= AUTO_INTERVAL


def auto_backup(vault, now: datetime | None = None) -> Path | None:
    """At most one automatic backup a day (on close, lock or a timer)."""
    if not auto_backup_due(vault, now):
        return None
    return back_up(vault, "auto")


# -- reading and restoring -------------------------------------------------------------

def read_contents(backup_path: Path, passphrase: str) -> BackupContents:
    """Unlock a backup read-only and list its cases; nothing is written."""
    paths = VaultPaths(Path(backup_path))
    if not _is_backup(paths.folder):
        raise BackupDamaged()
    try:
        key = Header.read(paths.header).unlock(passphrase)  # WrongPassphrase
    except HeaderDamaged as exc:
        raise BackupDamaged() from exc
    created = [p for p in paths.sidecars() if not p.exists()]
    try:
        conn = connection.connect(paths.db, key, read_only=True)
        try:
            if connection.integrity_problems(conn):
                raise BackupDamaged()
            schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if schema < 1:
                raise BackupDamaged()
            cases = conn.execute("SELECT code, pseudonym FROM cases ORDER BY code").fetchall()
        finally:
            conn.close()
    except (VaultDamaged, connection.DatabaseError) as exc:
        raise BackupDamaged() from exc
    finally:
        for sidecar in created:
            sidecar.unlink(missing_ok=True)
    made = list_backups(paths.folder)
    return BackupContents(made[0].made_at, schema, [tuple(r) for r in cases])


def restore(folder: Path, backup_path: Path, passphrase: str, *,
            keep_replaced: bool) -> Path | None:
    """Replace the vault in ``folder`` by a backup; the vault must be closed.

    The current files are moved aside first and put back if anything fails,
    including the final check that the restored vault opens. Afterwards they
    are deleted, or kept in ``<folder>/replaced-<stamp>`` (returned) when
    ``keep_replaced`` (e.g. a damaged vault nobody could back up first).
    """
    from legato_desk.vault.vault import Vault

    paths, source = VaultPaths(Path(folder)), VaultPaths(Path(backup_path))
    read_contents(source.folder, passphrase)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    paths.folder.mkdir(parents=True, exist_ok=True)
    staging = paths.folder / f".restoring-{stamp}"
    aside = paths.folder / f"replaced-{stamp}"
    staging.mkdir()
    files = [paths.db, *paths.sidecars(), paths.header]
    existed = {p for p in files if p.exists()}
    moved: list[Path] = []
    try:
        for name in ("vault.db", "vault.header"):
            _copy_synced(source.folder / name, staging / name)
        aside.mkdir()
        for current in files:
            if current in existed:
                os.replace(current, aside / current.name)
                moved.append(current)
        os.replace(staging / "vault.db", paths.db)
        os.replace(staging / "vault.header", paths.header)
        Vault.open(paths.folder, passphrase).close()
    except BaseException:
        # Whatever is in place now came from the backup, unless it was never moved.
        for path in files:
            if path in moved or path not in existed:
                path.unlink(missing_ok=True)
        for current in moved:
            os.replace(aside / current.name, current)
        shutil.rmtree(aside, ignore_errors=True)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    shutil.rmtree(staging, ignore_errors=True)
    if keep_replaced and moved:
        return aside
    shutil.rmtree(aside, ignore_errors=True)
    return None


def _copy_synced(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with open(target, "rb+") as fh:
        os.fsync(fh.fileno())
