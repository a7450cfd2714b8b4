"""`legato-desk backup` and `legato-desk restore`, run for real."""

from __future__ import annotations

from legato_desk.vault import Vault, backups
from tests.cli.test_cli import assert_calm, cli, digest_folder, run_in_process
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def names(folder, passphrase=PASSPHRASE):
    vault = Vault.open(folder, passphrase)
    try:
        return sorted(c.pseudonym for c in vault.cases.list())
    finally:
        vault.close()


def make_vault(vault_dir, kdf, *pseudonyms):
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=kdf)
    for name in pseudonyms:
        vault.cases.create(name)
    vault.close()
    return vault_dir


def test_backup_and_restore_round_trip(vault_dir, kdf, tmp_path):
    make_vault(vault_dir, kdf, "Kept.")
    drive = tmp_path / "usb" / "legato"

    made = cli("backup", "--vault", vault_dir, "--to", drive, stdin=PASSPHRASE + "\n")

    assert made.returncode == 0, made.stderr
    assert made.stderr == ""
    [backup] = backups.list_backups(drive)
    assert str(backup.path) in made.stdout
    vault = Vault.open(vault_dir, PASSPHRASE)
    vault.cases.create("Added later.")
    vault.close()

    restored = cli("restore", "--vault", vault_dir, "--from", backup.path,
                   stdin=PASSPHRASE + "\n")

    assert restored.returncode == 0, restored.stderr
    assert "(1 case(s))" in restored.stdout and "kept" not in restored.stdout
    assert names(vault_dir) == ["Kept."]
    # What was replaced is itself in a backup now.
    [before] = [b for b in backups.list_backups(vault_dir / "backups")
                if b.reason == "before-restore"]
    assert sorted(c[1] for c in backups.read_contents(before.path, PASSPHRASE).cases) == [
        "Added later.", "Kept."]


def test_backup_goes_to_the_vault_folder_by_default(monkeypatch, capsys, vault_dir, kdf):
    make_vault(vault_dir, kdf, "A.")
    code, out, err = run_in_process(monkeypatch, capsys, ["backup", "--vault", vault_dir],
                                    PASSPHRASE + "\n")
    assert code == 0, err
    [backup] = backups.list_backups(vault_dir / "backups")
    assert out.strip() == f"Backup written to {backup.path}"


def test_restore_from_a_folder_of_backups_takes_the_newest(monkeypatch, capsys, vault_dir,
                                                           kdf):
    make_vault(vault_dir, kdf)
    vault = Vault.open(vault_dir, PASSPHRASE)
    vault.cases.create("First.")
    backups.back_up(vault)
    vault.cases.create("Second.")
    backups.back_up(vault)
    vault.cases.create("Third.")
    vault.close()
    code, out, err = run_in_process(
        monkeypatch, capsys, ["restore", "--vault", vault_dir, "--from", vault_dir / "backups"],
        PASSPHRASE + "\n")
    assert code == 0, err
    assert names(vault_dir) == ["First.", "Second."]


def test_restore_with_a_wrong_passphrase_changes_nothing(vault_dir, kdf):
    make_vault(vault_dir, kdf, "A.")
    vault = Vault.open(vault_dir, PASSPHRASE)
    made = backups.back_up(vault)
    vault.close()
    before = digest_folder(vault_dir)
    result = cli("restore", "--vault", vault_dir, "--from", made, stdin=OTHER_PASSPHRASE + "\n")
    assert result.returncode == 2
    assert "passphrase" in result.stderr
    assert_calm(result.stderr)
    assert digest_folder(vault_dir) == before


def test_restore_from_a_damaged_backup_exits_1_and_changes_nothing(monkeypatch, capsys,
                                                                    vault_dir, kdf, tmp_path):
    make_vault(vault_dir, kdf, "A.")
    vault = Vault.open(vault_dir, PASSPHRASE)
    made = backups.back_up(vault, folder=tmp_path)
    vault.close()
    db = made / "vault.db"
    db.write_bytes(db.read_bytes()[:4096])
    before = digest_folder(vault_dir)
    code, out, err = run_in_process(monkeypatch, capsys,
                                    ["restore", "--vault", vault_dir, "--from", made],
                                    PASSPHRASE + "\n")
    assert code == 1 and "damaged" in err
    assert digest_folder(vault_dir) == before
    code, out, err = run_in_process(monkeypatch, capsys,
                                    ["restore", "--vault", vault_dir, "--from", tmp_path / "x"],
                                    PASSPHRASE + "\n")
    assert code == 1 and "no legato-desk backup" in err


def test_restore_over_a_damaged_vault_keeps_the_damaged_files(monkeypatch, capsys, vault_dir,
                                                              kdf):
    make_vault(vault_dir, kdf, "Safe.")
    vault = Vault.open(vault_dir, PASSPHRASE)
    made = backups.back_up(vault)
    vault.close()
    db = vault_dir / "vault.db"
    damaged = db.read_bytes()[:4096] + b"\x00" * 8192
    db.write_bytes(damaged)
    code, out, err = run_in_process(monkeypatch, capsys,
                                    ["restore", "--vault", vault_dir, "--from", made],
                                    PASSPHRASE + "\n")
    assert code == 0, err
    assert "were kept in" in out
    assert names(vault_dir) == ["Safe."]
    [aside] = [p for p in vault_dir.iterdir() if p.name.startswith("replaced-")]
    assert (aside / "vault.db").read_bytes() == damaged
