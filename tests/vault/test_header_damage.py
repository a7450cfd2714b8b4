"""A damaged or wrong vault.header with the right passphrase is called what it is.

AES-GCM cannot tell a wrong passphrase from a damaged wrap, so the vault asks
its backups: when a backup's copy of the header opens with the same passphrase
and its key opens this database, the passphrase was right and the header is
not. Nothing is changed by the failed open; putting back the backup's key file
is an explicit step and loses nothing written since the backup.
"""

import hashlib
import json

import pytest

from legato_desk.vault import Vault, VaultPaths, keys
from legato_desk.vault.errors import HeaderDamaged, HeaderDoesNotMatch, WrongPassphrase
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _flip_in_wrap(header_path, field="ct"):
    """Change one base64 character of the passphrase wrap: still valid base64."""
    data = json.loads(header_path.read_text())
    text = data["passphrase_wrap"][field]
    ch = "B" if text[5] != "B" else "C"
    data["passphrase_wrap"][field] = text[:5] + ch + text[6:]
    header_path.write_text(json.dumps(data, indent=2))


def _folder_state(folder):
    return sorted((p.relative_to(folder).as_posix(), _sha(p))
                  for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def backed_up(vault, vault_dir):
    vault.cases.create("Before backup.")
    vault.backup("manual")
    vault.cases.create("After backup.")
    vault.close()
    return vault_dir


@pytest.mark.parametrize("field", ["ct", "nonce"])
def test_one_flipped_character_with_the_right_passphrase_says_damaged(backed_up, field):
    paths = VaultPaths(backed_up)
    _flip_in_wrap(paths.header, field)
    before = _folder_state(backed_up)
    with pytest.raises(HeaderDamaged) as err:
        Vault.open(backed_up, PASSPHRASE)
    assert not isinstance(err.value, WrongPassphrase)
    assert isinstance(err.value, HeaderDoesNotMatch)
    assert "passphrase is right" in err.value.message
    assert "damaged" in err.value.message and "backup" in err.value.message
    assert err.value.backup_header is not None
    assert _folder_state(backed_up) == before  # a failed open changes nothing


def test_a_wrong_passphrase_is_still_a_wrong_passphrase(backed_up, monkeypatch):
    calls = []
    real = keys.derive_key
    monkeypatch.setattr(keys, "derive_key", lambda *a: calls.append(1) or real(*a))
    with pytest.raises(WrongPassphrase):
        Vault.open(backed_up, "not the passphrase at all")
    # Backups share the header's salt: asking them costs no extra derivation.
    assert len(calls) == 1


def test_putting_back_the_backup_key_file_loses_nothing(backed_up):
    paths = VaultPaths(backed_up)
    _flip_in_wrap(paths.header)
    damaged = paths.header.read_bytes()
    with pytest.raises(HeaderDoesNotMatch) as err:
        Vault.open(backed_up, PASSPHRASE)
    vault = Vault.repair_header(backed_up, PASSPHRASE, err.value.backup_header)
    try:
        assert sorted(c.pseudonym for c in vault.cases.list()) == [
            "After backup.", "Before backup."]
    finally:
        vault.close()
    kept = [p for p in backed_up.iterdir() if p.name.startswith("vault.header.damaged")]
    assert [p.read_bytes() for p in kept] == [damaged]
    Vault.open(backed_up, PASSPHRASE).close()


def test_another_vaults_header_with_the_same_passphrase(backed_up, tmp_path, kdf):
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=kdf)
    other.close()
    paths = VaultPaths(backed_up)
    paths.header.write_bytes((tmp_path / "other" / "vault.header").read_bytes())
    with pytest.raises(HeaderDoesNotMatch):
        Vault.open(backed_up, PASSPHRASE)


def test_another_vaults_header_with_another_passphrase(backed_up, tmp_path, kdf):
    other, _ = Vault.create(tmp_path / "other", OTHER_PASSPHRASE, kdf=kdf)
    other.close()
    VaultPaths(backed_up).header.write_bytes(
        (tmp_path / "other" / "vault.header").read_bytes())
    with pytest.raises(HeaderDoesNotMatch):
        Vault.open(backed_up, PASSPHRASE)


@pytest.mark.parametrize("damage", ["truncated", "not base64", "short nonce"])
def test_a_malformed_wrap_is_damage_even_without_a_backup(vault, vault_dir, damage):
    vault.close()
    header = VaultPaths(vault_dir).header
    data = json.loads(header.read_text())
    wrap = data["passphrase_wrap"]
    if damage == "truncated":
        wrap["ct"] = wrap["ct"][:20]
    elif damage == "not base64":
        wrap["ct"] = "!" + wrap["ct"][1:]
    else:
        wrap["nonce"] = keys._b64(b"\0" * 8)
    header.write_text(json.dumps(data))
    with pytest.raises(HeaderDamaged) as err:
        Vault.open(vault_dir, PASSPHRASE)
    assert not isinstance(err.value, WrongPassphrase)
