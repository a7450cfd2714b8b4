"""Backups: made encrypted, rotated, previewed, restored; restore is safe to fail."""

from __future__ import annotations

import hashlib
import shutil
from datetime import datetime, timedelta

import pytest

from legato_desk.vault import Vault, backups
from legato_desk.vault.errors import WrongPassphrase
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def digest(folder) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def vault_files(folder) -> dict[str, str]:
    return {k: v for k, v in digest(folder).items() if "/" not in k}


def pseudonyms(folder, passphrase=PASSPHRASE) -> list[str]:
    vault = Vault.open(folder, passphrase)
    try:
        return sorted(c.pseudonym for c in vault.cases.list())
    finally:
        vault.close()


# --- making and rotating ------------------------------------------------------------


def test_back_up_now_goes_to_the_vault_folder_and_opens(vault, vault_dir):
    vault.cases.create("A.")
    made = backups.back_up(vault)
    assert made.parent == vault_dir / "backups"
    assert made.name.endswith("-manual")
    assert sorted(p.name for p in made.iterdir()) == ["vault.db", "vault.header"]
    [listed] = backups.list_backups(vault_dir / "backups")
    assert listed.path == made and listed.reason == "manual"
    contents = backups.read_contents(made, PASSPHRASE)
    assert [c[1] for c in contents.cases] == ["A."]
    assert contents.schema == vault.schema_version


def test_a_backup_opens_with_the_passphrase_valid_when_it_was_made(vault, vault_dir):
    vault.cases.create("Before.")
    made = backups.back_up(vault)
    vault.change_passphrase(PASSPHRASE, OTHER_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        backups.read_contents(made, OTHER_PASSPHRASE)
    assert [c[1] for c in backups.read_contents(made, PASSPHRASE).cases] == ["Before."]


def test_rotation_keeps_the_newest_n_of_this_vault_only(vault, tmp_path, kdf):
    shared = tmp_path / "usb-drive"
    shared.mkdir()
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=kdf)
    other_backup = other.backup("manual", folder=shared)
    other.close()
    (shared / "20250101-000000-000000-auto.partial").mkdir()  # left by a crash
    vault.settings.set(backups.FOLDER_KEY, str(shared))
    vault.settings.set(backups.KEEP_KEY, 3)

    made = [backups.back_up(vault) for _ in range(5)]

    left = {b.path for b in backups.list_backups(shared)}
    assert left == {*made[-3:], other_backup}
    assert not list(shared.glob("*.partial"))
    assert not (vault.paths.backups).exists()


def test_a_missing_backup_folder_is_a_clear_error(vault, tmp_path):
    vault.settings.set(backups.FOLDER_KEY, str(tmp_path / "unplugged-drive"))
    with pytest.raises(backups.BackupFolderMissing, match="external drive"):
        backups.back_up(vault)
    assert not (tmp_path / "unplugged-drive").exists()


def test_automatic_backups_are_at_most_daily(vault):
    assert backups.auto_backup_due(vault)
    first = backups.auto_backup(vault)
    assert first is not None and first.name.endswith("-auto")
    assert backups.auto_backup(vault) is None
    tomorrow = datetime.now() + timedelta(days=1, minutes=1)
    assert backups.auto_backup_due(vault, now=tomorrow)


def test_a_crash_mid_backup_leaves_nothing_that_looks_like_a_backup(vault, vault_dir,
                                                                     monkeypatch):
    from legato_desk.vault import connection

    def fail(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(connection, "export_copy", fail)
    with pytest.raises(backups.BackupFolderMissing):
        backups.back_up(vault)
    assert backups.list_backups(vault_dir / "backups") == []


# --- preview ------------------------------------------------------------------------------


def test_preview_reads_without_writing_anything(vault, vault_dir):
    for name in ("B.", "A."):
        vault.cases.create(name)
    made = backups.back_up(vault)
    before = digest(made)
    contents = backups.read_contents(made, PASSPHRASE)
    assert [c[1] for c in contents.cases] == ["B.", "A."]  # by code
    assert contents.made_at.date() == datetime.now().date()
    assert digest(made) == before


def test_preview_of_a_damaged_backup_is_refused(vault):
    for i in range(30):
        vault.cases.set_summary(vault.cases.create(f"C{i}.").id, "text " * 200)
    made = backups.back_up(vault)
    db = made / "vault.db"
    data = bytearray(db.read_bytes())
    data[len(data) // 2] ^= 0x01
    db.write_bytes(bytes(data))
    with pytest.raises(backups.BackupDamaged):
        backups.read_contents(made, PASSPHRASE)
    with pytest.raises(backups.BackupDamaged):
        backups.read_contents(made.parent, PASSPHRASE)  # not a backup folder itself


# --- restore --------------------------------------------------------------------------------


@pytest.fixture
def backed_up(vault, vault_dir):
    """A closed vault whose backup holds "Old." and whose current state holds "New."."""
    old = vault.cases.create("Old.")
    made = backups.back_up(vault)
    vault.cases.rename(old.id, "New.")
    vault.close()
    return vault_dir, made


def test_restore_replaces_the_vault_and_removes_the_old_files(backed_up):
    folder, made = backed_up
    assert backups.restore(folder, made, PASSPHRASE, keep_replaced=False) is None
    assert pseudonyms(folder) == ["Old."]
    assert [p.name for p in folder.iterdir() if p.name.startswith(("replaced", ".rest"))] == []
    assert made.exists()  # the backup itself stays


def test_restore_can_keep_the_replaced_files(backed_up):
    folder, made = backed_up
    aside = backups.restore(folder, made, PASSPHRASE, keep_replaced=True)
    assert aside is not None and aside.parent == folder
    assert pseudonyms(folder) == ["Old."]
    assert pseudonyms(aside) == ["New."]  # the kept files are a vault too


def test_a_failed_restore_puts_the_current_vault_back(backed_up, monkeypatch):
    folder, made = backed_up
    before = vault_files(folder)
    real_open = Vault.open

    def open_fails(*args, **kwargs):
        raise OSError("the disk went away")

    monkeypatch.setattr(Vault, "open", open_fails)
    with pytest.raises(OSError):
        backups.restore(folder, made, PASSPHRASE, keep_replaced=False)
    monkeypatch.setattr(Vault, "open", real_open)
    assert vault_files(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == ["backups", "vault.db", "vault.header"]
    assert pseudonyms(folder) == ["New."]


@pytest.mark.parametrize("how", ["wrong passphrase", "damaged backup", "not a backup"])
def test_a_refused_restore_changes_nothing(backed_up, tmp_path, how):
    folder, made = backed_up
    passphrase = PASSPHRASE
    if how == "wrong passphrase":
        passphrase = OTHER_PASSPHRASE
    elif how == "damaged backup":
        db = made / "vault.db"
        db.write_bytes(db.read_bytes()[:8192])
    else:
        made = tmp_path / "random"
        made.mkdir()
        (made / "vault.db").write_bytes(b"x" * 8192)
        (made / "vault.header").write_text("{}")
    before = digest(folder)
    with pytest.raises(Exception) as err:
        backups.restore(folder, made, passphrase, keep_replaced=False)
    assert isinstance(err.value, (WrongPassphrase, backups.BackupDamaged))
    assert digest(folder) == before


def test_restore_over_a_damaged_vault_keeps_the_damaged_files(backed_up):
    folder, made = backed_up
    db = folder / "vault.db"
    damaged = db.read_bytes()[:4096] + b"\0" * 4096
    db.write_bytes(damaged)
    aside = backups.restore(folder, made, PASSPHRASE, keep_replaced=True)
    assert pseudonyms(folder) == ["Old."]
    assert (aside / "vault.db").read_bytes() == damaged


def test_restore_into_an_empty_folder(backed_up, tmp_path):
    _folder, made = backed_up
    fresh = tmp_path / "new-laptop"
    assert backups.restore(fresh, made, PASSPHRASE, keep_replaced=True) is None
    assert pseudonyms(fresh) == ["Old."]
    shutil.rmtree(fresh)
