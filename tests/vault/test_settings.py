"""Vault-wide settings: stored encrypted in the vault, audited without values."""

import pytest

from legato_desk.errors import ValidationError
from legato_desk.vault import Vault
from tests.conftest import PASSPHRASE


def test_values_round_trip_and_survive_reopening(vault, vault_dir):
    assert vault.settings.get("autolock.minutes", 5) == 5
    vault.settings.set("autolock.minutes", 10)
    vault.settings.set("protocol", {"threat": ["call the police", "tell the lead"]})
    vault.close()
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert reopened.settings.get("autolock.minutes", 5) == 10
        assert reopened.settings.get("protocol")["threat"][0] == "call the police"
        reopened.settings.delete("autolock.minutes")
        assert reopened.settings.get("autolock.minutes", 5) == 5
    finally:
        reopened.close()


def test_changes_are_audited_by_key_only_and_unchanged_values_are_not(vault):
    vault.settings.set("retention.years", 3)
    vault.settings.set("retention.years", 3)
    entries = [e for e in vault.audit.entries() if e[4] == "setting"]
    assert [(e[3], e[5]) for e in entries] == [("changed", "retention.years")]
    assert all("3" not in str(e[5]) for e in entries)


def test_an_oversized_value_is_refused_and_nothing_is_stored(vault):
    with pytest.raises(ValidationError):
        vault.settings.set("huge", "x" * 300_000)
    assert vault.settings.get("huge") is None


def test_the_profile_name_becomes_the_audit_actor_on_the_next_open(vault, vault_dir):
    vault.settings.set("profile.name", "JK")
    vault.close()
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        reopened.cases.create("A.")
        assert reopened.audit.entries()[-1][2] == "JK"
    finally:
        reopened.close()
