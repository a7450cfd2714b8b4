"""The vault: one encrypted database plus its header, in one folder.

    <folder>/vault.db       SQLCipher 4 database (WAL mode)
    <folder>/vault.header   salts, KDF parameters, the wrapped data key
    <folder>/backups/       encrypted copies, each with its own header copy

Opening is slow on purpose (Argon2id); callers in the UI run it off the UI
thread. After opening, the connection is used from one thread at a time.
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from legato_desk.model.passphrase import check_new_passphrase
from legato_desk.vault import connection, keys, migrations
from legato_desk.vault.audit import AuditTrail
from legato_desk.vault.case_search import CaseSearch
from legato_desk.vault.cases import CaseRepository
from legato_desk.vault.errors import (
    HeaderDamaged,
    HeaderDoesNotMatch,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from legato_desk.vault.header import Header, write_atomically
from legato_desk.vault.exports import ExportLog
from legato_desk.vault.layout import VaultPaths
from legato_desk.vault.keyclients import KeyClientRepository
from legato_desk.vault.maps import MapRepository
from legato_desk.vault.names import NameReviews
from legato_desk.vault.sessions import SessionRepository
from legato_desk.vault.settings import SettingsRepository
from legato_desk.vault.directory import AgencyDirectory
from legato_desk.vault.endings import EndingRepository
from legato_desk.vault.factors import FactorRepository
from legato_desk.vault.referrals import ReferralRepository
from legato_desk.vault.contact_plans import ContactPlanRepository, OpenDoorRepository
from legato_desk.vault.conferences import ConferenceRepository
from legato_desk.vault.releases import ReleaseRepository
from legato_desk.vault.plan import PlanRepository
from legato_desk.vault.intake import IntakeRepository
from legato_desk.vault.safeguarding import SafeguardingRepository
from legato_desk.vault.sharing import SharingLog


# Asking the backups whether the passphrase was right (see Vault.open).
BACKUP_HEADERS_TRIED = 20
OTHER_SALTS_TRIED = 2


class Vault:
    """An unlocked vault. Build one with ``create``, ``open`` or ``recover``."""

    def __init__(self, paths: VaultPaths, header: Header, data_key: bytes, conn):
        self.paths = paths
        self._header = header
        self._key = data_key
        self.conn = conn
        self.audit = AuditTrail(conn)
        self.cases = CaseRepository(conn, self.audit)
        self.settings = SettingsRepository(conn, self.audit)
        self.maps = MapRepository(conn, self.audit)
        self.exports = ExportLog(conn, self.audit)
        self.keyclients = KeyClientRepository(conn, self.audit)
        self.intake = IntakeRepository(conn, self.audit)
        self.sharing = SharingLog(conn, self.audit)
        self.safeguarding = SafeguardingRepository(conn, self.audit, self.settings, self.sharing)
        self.directory = AgencyDirectory(conn, self.audit)
        self.endings = EndingRepository(conn, self.audit)
        self.sessions = SessionRepository(conn, self.audit)
        self.names = NameReviews(conn, self.audit)
        self.factors = FactorRepository(conn, self.audit, self.settings)
        self.referrals = ReferralRepository(conn, self.audit)
        self.contact_plans = ContactPlanRepository(conn, self.audit)
        self.open_doors = OpenDoorRepository(conn, self.audit, self.keyclients)
        self.conferences = ConferenceRepository(conn, self.audit)  # case conference records
        self.releases = ReleaseRepository(conn, self.audit, self.settings, self.directory)
        self.search = CaseSearch(conn)  # one search over a whole case
        self.plan = PlanRepository(conn, self.audit)

    # -- creating and opening -------------------------------------------------

    @classmethod
    def create(cls, folder: Path, passphrase: str, *,
               kdf: keys.KdfParams | None = None) -> tuple["Vault", str]:
        """A new, empty vault and its recovery key (to be shown once)."""
        check_new_passphrase(passphrase)
        paths = VaultPaths(Path(folder))
        if paths.exists():
            raise VaultExists()
        paths.folder.mkdir(parents=True, exist_ok=True)
        kdf = kdf or keys.calibrate()
        data_key = keys.new_data_key()
        recovery_key = keys.new_recovery_key()
        header = Header.create(passphrase, data_key, kdf, recovery_key)
        conn = connection.connect(paths.db, data_key)
        try:
            migrations.migrate(conn)
        except BaseException:
            conn.close()
            for p in [paths.db, *paths.sidecars()]:
                p.unlink(missing_ok=True)
            raise
        # Written last: a folder with a header always has a usable database.
        header.write(paths.header)
        return cls(paths, header, data_key, conn), recovery_key

    @classmethod
    def open(cls, folder: Path, passphrase: str) -> "Vault":
        paths = VaultPaths(Path(folder))
        keks: dict = {}
        data_key = None
        try:
            header = cls._read_header(paths)
            data_key = header.unlock(passphrase, keks)
            if not paths.db.exists():
                raise VaultDamaged()
            cls._verify_read_only(paths, data_key)
        except (WrongPassphrase, HeaderDamaged, VaultDamaged) as exc:
            # AES-GCM cannot tell a wrong passphrase from a damaged wrap, nor
            # can SQLCipher tell a wrong key from a damaged first page: a
            # backup's copy of the header that opens this database with the
            # same passphrase says the passphrase was right and the header not.
            found = cls._backup_header_for(paths, passphrase, keks, tried=data_key)
            if found is not None:
                raise HeaderDoesNotMatch(found) from exc
            raise
        return cls._open_with_key(paths, header, data_key, verified=True)

    @classmethod
    def repair_header(cls, folder: Path, passphrase: str, backup_header: Path) -> "Vault":
        """Put back a backup's copy of the header and open the vault.

        The data key never changes (a new passphrase only re-wraps it), so the
        copy opens the current database: nothing written since is lost. The
        replaced header is kept beside it as ``vault.header.damaged-<stamp>``.
        """
        paths = VaultPaths(Path(folder))
        header = Header.read(Path(backup_header))
        data_key = header.unlock(passphrase)
        if not paths.db.exists():
            raise VaultDamaged()
        cls._verify_read_only(paths, data_key)
        if paths.header.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            paths.header.replace(paths.folder / f"vault.header.damaged-{stamp}")
        write_atomically(paths.header, Path(backup_header).read_bytes())
        return cls._open_with_key(paths, header, data_key, verified=True)

    @classmethod
    def _backup_header_for(cls, paths: VaultPaths, passphrase: str, keks: dict,
                           tried: bytes | None) -> Path | None:
        """The newest backup header whose key (not ``tried``) opens this database.

        Backups made under the same passphrase share the header's salt, so
        ``keks`` spares their derivation; at most a few other salts are tried.
        """
        from legato_desk.vault import backups

        if not paths.db.exists():
            return None
        other_salts = 0
        for backup in backups.list_backups(paths.backups)[:BACKUP_HEADERS_TRIED]:
            path = backup.path / "vault.header"
            try:
                header = Header.read(path)
            except HeaderDamaged:
                continue
            if (header.salt, header.kdf) not in keks:
                if other_salts >= OTHER_SALTS_TRIED:
                    continue
                other_salts += 1
            try:
                data_key = header.unlock(passphrase, keks)
            except WrongPassphrase:
                continue
            if data_key == tried:
                continue  # this key already failed on the database
            created = [p for p in paths.sidecars() if not p.exists()]
            try:
                cls._verify_read_only(paths, data_key)
            except (VaultDamaged, VaultTooNew):
                continue
            finally:  # a failed open leaves the folder as it was
                for sidecar in created:
                    sidecar.unlink(missing_ok=True)
            return path
        return None

    @classmethod
    def recover(cls, folder: Path, recovery_key: str, new_passphrase: str) -> "Vault":
        """Open with the recovery key and set a new passphrase at once."""
        check_new_passphrase(new_passphrase)
        paths = VaultPaths(Path(folder))
        header = cls._read_header(paths)
        data_key = header.unlock_with_recovery(recovery_key)
        vault = cls._open_with_key(paths, header, data_key)
        vault._replace_header(header.rewrapped(data_key, new_passphrase))
        return vault

    @staticmethod
    def _read_header(paths: VaultPaths) -> Header:
        if not paths.header.exists():
            if paths.db.exists():
                raise HeaderDamaged()
            raise VaultNotFound()
        return Header.read(paths.header)

    @classmethod
    def _open_with_key(cls, paths: VaultPaths, header: Header, data_key: bytes, *,
                       verified: bool = False) -> "Vault":
        if not verified:
            if not paths.db.exists():
                raise VaultDamaged()
            cls._verify_read_only(paths, data_key)
        conn = connection.connect(paths.db, data_key)
        vault = cls(paths, header, data_key, conn)
        try:
            migrations.migrate(conn, before=lambda v: vault.backup(f"before-schema-{v + 1}"))
        except BaseException:
            conn.close()
            raise
        vault.audit.actor = vault.settings.get("profile.name") or "counsellor"
        return vault

    @staticmethod
    def _verify_read_only(paths: VaultPaths, data_key: bytes) -> None:
        """Check cipher and structure without the chance to write anything.

        SQLite may create -wal/-shm files in order to read (a read-only
        connection writes nothing into them); a failed check removes the
        ones it created, leaving the folder as it was.
        """
        created = [p for p in paths.sidecars() if not p.exists()]
        try:
            conn = connection.connect(paths.db, data_key, read_only=True)
            try:
                if connection.integrity_problems(conn):
                    raise VaultDamaged()
                version = migrations.current_version(conn)
                # A vault with a header was always migrated before the header
                # was written: version 0 means an emptied (e.g. zero-length)
                # file, not a new vault to be silently re-created over lost data.
                if version < 1:
                    raise VaultDamaged()
                if version > migrations.latest_version():
                    raise VaultTooNew()
            finally:
                conn.close()
        except BaseException:
            for sidecar in created:
                sidecar.unlink(missing_ok=True)
            raise

    # -- while open -----------------------------------------------------------

    @property
    def kdf(self) -> keys.KdfParams:
        return self._header.kdf

    def change_passphrase(self, old: str, new: str, repeated: str | None = None) -> None:
        """Re-wrap the data key; the database itself is not touched."""
        check_new_passphrase(new, repeated)
        data_key = Header.read(self.paths.header).unlock(old)  # raises WrongPassphrase
        self._replace_header(self._header.rewrapped(data_key, new))

    def _replace_header(self, header: Header) -> None:
        header.write(self.paths.header)
        self._header = header

    def backup(self, reason: str = "manual", folder: Path | None = None) -> Path:
        """An encrypted copy of the database with its header, in backups/.

        Written under a ``.partial`` name and renamed when complete, so a
        crash never leaves something that looks like a usable backup.
        Rotation and the configured folder: vault/backups.py.
        """
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = Path(folder or self.paths.backups) / f"{stamp}-{reason}"
        partial = target.with_name(target.name + ".partial")
        partial.mkdir(parents=True)
        try:
            connection.export_copy(self.conn, self._key, partial / "vault.db",
                                   migrations.current_version(self.conn))
            shutil.copy2(self.paths.header, partial / "vault.header")
            partial.rename(target)
        except BaseException:
            shutil.rmtree(partial, ignore_errors=True)
            raise
        return target

    @property
    def vault_id(self) -> str:
        return self._header.vault_id

    def check(self, *, full: bool = True) -> list[str]:
        problems = connection.integrity_problems(self.conn, full=full)
        broken = self.audit.verify()
        if broken is not None:
            problems.append(f"audit trail broken at entry {broken}")
        return problems

    @property
    def schema_version(self) -> int:
        return migrations.current_version(self.conn)

    def close(self) -> None:
        """Checkpoint, close and forget the key."""
        if self.conn is None:
            return
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        finally:
            self.conn.close()
            self.conn = None
            self._key = b""

    @property
    def is_open(self) -> bool:
        return self.conn is not None
