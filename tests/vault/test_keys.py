"""Key material: wrapping, recovery keys, KDF parameters and their floor."""

import base64
import json
import re
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legato_desk.vault import Vault, keys
from legato_desk.vault.header import Header
from tests.conftest import PASSPHRASE

AAD = b"legato-desk-vault/1/test"
RECOVERY_FORMAT = re.compile(r"^[A-Z2-7]{4}(-[A-Z2-7]{4}){7}$")

# --- wrap / unwrap ---------------------------------------------------------------


def test_wrap_then_unwrap_gives_the_secret_back():
    kek, secret = keys.new_data_key(), keys.new_data_key()
    wrapped = keys.wrap(kek, secret, AAD)
    assert keys.unwrap(kek, wrapped, AAD) == secret
    # Stored as base64 text, and the secret is not in it.
    assert set(wrapped) == {"nonce", "ct"}
    assert len(base64.b64decode(wrapped["nonce"])) == 12
    assert secret.hex() not in json.dumps(wrapped)
    assert base64.b64encode(secret).decode() not in json.dumps(wrapped)


def test_each_wrap_uses_a_fresh_nonce():
    kek, secret = keys.new_data_key(), keys.new_data_key()
    first, second = keys.wrap(kek, secret, AAD), keys.wrap(kek, secret, AAD)
    assert first["nonce"] != second["nonce"]
    assert first["ct"] != second["ct"]


def test_wrong_kek_gives_none():
    secret = keys.new_data_key()
    wrapped = keys.wrap(keys.new_data_key(), secret, AAD)
    assert keys.unwrap(keys.new_data_key(), wrapped, AAD) is None


def test_wrong_aad_gives_none():
    kek, secret = keys.new_data_key(), keys.new_data_key()
    wrapped = keys.wrap(kek, secret, AAD)
    assert keys.unwrap(kek, wrapped, AAD + b"x") is None
    assert keys.unwrap(kek, wrapped, b"") is None


def _flip(b64: str, index: int) -> str:
    raw = bytearray(base64.b64decode(b64))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize("index", [0, 15, 31, 32, -1])  # secret bytes and GCM tag
def test_tampered_ciphertext_gives_none(index):
    kek, secret = keys.new_data_key(), keys.new_data_key()
    wrapped = keys.wrap(kek, secret, AAD)
    tampered = {**wrapped, "ct": _flip(wrapped["ct"], index)}
    assert keys.unwrap(kek, tampered, AAD) is None


def test_tampered_nonce_gives_none():
    kek, secret = keys.new_data_key(), keys.new_data_key()
    wrapped = keys.wrap(kek, secret, AAD)
    assert keys.unwrap(kek, {**wrapped, "nonce": _flip(wrapped["nonce"], 3)}, AAD) is None


@pytest.mark.parametrize("broken", [
    {},
    {"nonce": "AAAA"},
    {"nonce": "not base64!", "ct": "AAAA"},
    {"nonce": base64.b64encode(b"\0" * 12).decode(), "ct": ""},
    {"nonce": base64.b64encode(b"\0" * 12).decode(), "ct": "é"},
])
def test_malformed_wrap_gives_none(broken):
    assert keys.unwrap(keys.new_data_key(), broken, AAD) is None


def test_derived_key_depends_on_passphrase_salt_and_params(kdf):
    salt = keys.new_salt()
    key = keys.derive_key(PASSPHRASE, salt, kdf)
    assert len(key) == keys.KEY_BYTES
    assert keys.derive_key(PASSPHRASE, salt, kdf) == key
    assert keys.derive_key(PASSPHRASE + "!", salt, kdf) != key
    assert keys.derive_key(PASSPHRASE, keys.new_salt(), kdf) != key
    stronger = keys.KdfParams(kdf.time_cost + 1, kdf.memory_kib, kdf.parallelism)
    assert keys.derive_key(PASSPHRASE, salt, stronger) != key


def test_data_keys_are_random_256_bit():
    first, second = keys.new_data_key(), keys.new_data_key()
    assert len(first) == 32 and len(second) == 32
    assert first != second


# --- recovery keys ----------------------------------------------------------------


def test_recovery_key_format():
    key = keys.new_recovery_key()
    assert RECOVERY_FORMAT.match(key), key
    assert len(base64.b32decode(key.replace("-", ""))) == keys.RECOVERY_BYTES
    assert keys.new_recovery_key() != key
    assert keys.normalise_recovery_key(key) == key


def test_normalise_accepts_lower_case_spaces_and_missing_dashes():
    key = keys.new_recovery_key()
    assert keys.normalise_recovery_key(key.lower()) == key
    assert keys.normalise_recovery_key(key.replace("-", "")) == key
    assert keys.normalise_recovery_key(key.replace("-", " ")) == key
    assert keys.normalise_recovery_key("  " + key.replace("-", " - ").lower() + "\n") == key
    assert keys.normalise_recovery_key(key[:9] + key[9:].replace("-", "")) == key


def test_normalise_maps_look_alikes():
    canonical = "OIBA-OOII-BBAA-CDEF-GHIJ-KLMN-OPQR-STUV"
    typed = "0iba 0O1I 8bAA cdef ghij klmn 0pqr stuv"
    assert keys.normalise_recovery_key(typed) == canonical
    assert keys.normalise_recovery_key(canonical.replace("O", "0").replace("I", "1")
                                       .replace("B", "8")) == canonical


@pytest.mark.parametrize("bad", [
    "",
    "ABCD-EFGH",                                   # too short
    "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-456",      # one character short
    "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567-A",   # one character long
    "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4569",     # 9 is not base32
    "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-ÄÖÜ7",     # letters outside base32
    "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-４５６７",    # full-width digits
])
def test_normalise_rejects_wrong_lengths_and_characters(bad):
    assert keys.normalise_recovery_key(bad) is None


@settings(max_examples=50, deadline=None)
@given(st.text())
def test_normalise_never_raises_and_returns_none_or_the_canonical_form(text):
    result = keys.normalise_recovery_key(text)
    assert result is None or RECOVERY_FORMAT.match(result)


@settings(max_examples=50, deadline=None)
@given(raw=st.binary(min_size=keys.RECOVERY_BYTES, max_size=keys.RECOVERY_BYTES),
       sep=st.sampled_from(["", " ", "-", "  ", " - "]), lower=st.booleans())
def test_any_typed_form_of_a_key_normalises_back(raw, sep, lower):
    text = base64.b32encode(raw).decode()
    canonical = "-".join(text[i:i + 4] for i in range(0, len(text), 4))
    typed = sep.join(text[i:i + 4] for i in range(0, len(text), 4))
    typed = typed.lower() if lower else typed
    assert keys.normalise_recovery_key(typed) == canonical


def test_recovery_kek_depends_on_key_and_salt():
    key, salt = keys.new_recovery_key(), keys.new_salt()
    kek = keys.recovery_kek(key, salt)
    assert len(kek) == keys.KEY_BYTES
    assert keys.recovery_kek(key, salt) == kek
    assert keys.recovery_kek(key, keys.new_salt()) != kek
    assert keys.recovery_kek(keys.new_recovery_key(), salt) != kek


def test_header_unlocks_with_a_sloppily_typed_recovery_key(kdf):
    data_key, recovery = keys.new_data_key(), keys.new_recovery_key()
    header = Header.create(PASSPHRASE, data_key, kdf, recovery)
    typed = recovery.lower().replace("-", " ").replace("o", "0").replace("i", "1")
    assert header.unlock_with_recovery(typed) == data_key
    assert header.unlock(PASSPHRASE) == data_key


# --- KDF parameters and the production floor ------------------------------------

FLOOR_T, FLOOR_M, FLOOR_P = 3, 64 * 1024, 4  # security.md §2: t=3, m=64 MiB, p=4


def _at_least_floor(params: keys.KdfParams) -> bool:
    return (params.time_cost >= FLOOR_T and params.memory_kib >= FLOOR_M
            and params.parallelism >= FLOOR_P)


def test_production_params_meet_the_floor():
    assert _at_least_floor(keys.KdfParams.production())


def test_cheap_test_params_are_below_the_floor():
    # So that the floor tests below cannot pass by accident with test params.
    assert not _at_least_floor(keys.KdfParams.cheap_for_tests())


def test_kdf_params_round_trip_through_dict():
    params = keys.KdfParams(5, 70_000, 4)
    assert keys.KdfParams.from_dict(params.as_dict()) == params
    assert keys.KdfParams.from_dict(json.loads(json.dumps(params.as_dict()))) == params


def test_calibrate_meets_the_floor_on_this_machine():
    params = keys.calibrate()
    assert _at_least_floor(params)
    assert params.time_cost <= keys.MAX_TIME_COST


@pytest.mark.parametrize("seconds_per_derivation", [100.0, 5.0, 0.5, 0.2, 0.1, 0.01, 0.0])
def test_calibrate_never_goes_below_the_floor_on_any_machine(monkeypatch,
                                                             seconds_per_derivation):
    """A slow machine must not get weaker parameters, a fast one not unbounded.

    A simulated machine: each derivation takes time in proportion to the
    time cost, ``seconds_per_derivation`` at the production floor.
    """
    clock = [0.0]
    per_pass = seconds_per_derivation / keys.PRODUCTION_TIME_COST

    def fake_derive(secret, salt, params):
        clock[0] += per_pass * params.time_cost
        return b"\0" * 32

    monkeypatch.setattr(keys, "time", SimpleNamespace(perf_counter=lambda: clock[0]))
    monkeypatch.setattr(keys, "derive_key", fake_derive)
    params = keys.calibrate()
    assert _at_least_floor(params)
    assert params.time_cost <= keys.MAX_TIME_COST
    if seconds_per_derivation >= 0.5:
        assert params == keys.KdfParams.production()
    if seconds_per_derivation <= 0.01:
        assert params.time_cost == keys.MAX_TIME_COST
    if 0.05 <= seconds_per_derivation < 0.5:  # calibrated to about half a second
        assert 0.4 <= per_pass * params.time_cost <= 0.6


@pytest.mark.parametrize("target", [0.0001, 0.05, 2.0])
def test_calibrate_with_any_target_stays_above_the_floor(target):
    assert _at_least_floor(keys.calibrate(target_seconds=target))


def test_vault_created_without_kdf_stores_calibrated_params_above_the_floor(vault_dir):
    vault, _recovery = Vault.create(vault_dir, PASSPHRASE)
    try:
        on_disk = json.loads((vault_dir / "vault.header").read_text(encoding="utf-8"))
    finally:
        vault.close()
    stored = on_disk["kdf"]
    assert stored["alg"] == "argon2id"
    assert stored["t"] >= FLOOR_T
    assert stored["m"] >= FLOOR_M
    assert stored["p"] >= FLOOR_P
    assert len(base64.b64decode(stored["salt"])) >= 16
    assert _at_least_floor(Header.read(vault_dir / "vault.header").kdf)
