"""Key material: Argon2id key derivation, AES-256-GCM wrapping, recovery keys.

The database is encrypted with a random 256-bit *data key*. That key is
stored only wrapped, once under a key derived from the passphrase and once
under the recovery key. Changing the passphrase re-wraps the data key; the
database itself is never rewritten.
"""

from __future__ import annotations

import base64
import secrets
import time
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits, shown as 8 groups of 4 base32 characters

# The floor the security promise sets; calibration may only go up from here.
PRODUCTION_TIME_COST = 3
PRODUCTION_MEMORY_KIB = 64 * 1024
PRODUCTION_PARALLELISM = 4
MAX_TIME_COST = 24


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int

    @classmethod
    def production(cls) -> "KdfParams":
        return cls(PRODUCTION_TIME_COST, PRODUCTION_MEMORY_KIB, PRODUCTION_PARALLELISM)

    @classmethod
    def cheap_for_tests(cls) -> "KdfParams":
        """Only for tests and throwaway demo vaults; never for real data."""
        return cls(1, 1024, 1)

    def as_dict(self) -> dict:
        return {"t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_dict(cls, data: dict) -> "KdfParams":
        return cls(int(data["t"]), int(data["m"]), int(data["p"]))


def derive_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def calibrate(target_seconds: float = 0.5, base: KdfParams | None = None) -> KdfParams:
    """Raise the time cost until one derivation takes about ``target_seconds``.

    Never goes below the production floor. Argon2's time is close to linear
    in the time cost, but not quite (memory setup is a fixed share), so the
    estimate from the floor is measured once more and corrected.
    """
    floor = KdfParams.production()
    base = base or floor
    params = KdfParams(max(base.time_cost, floor.time_cost),
                       max(base.memory_kib, floor.memory_kib),
                       max(base.parallelism, floor.parallelism))
    for _ in range(2):
        took = max(_time_derivation(params), 1e-3)
        wanted = round(params.time_cost * target_seconds / took)
        time_cost = min(MAX_TIME_COST, max(floor.time_cost, base.time_cost, wanted))
        if time_cost == params.time_cost:
            break
        params = KdfParams(time_cost, params.memory_kib, params.parallelism)
    return params


def _time_derivation(params: KdfParams) -> float:
    start = time.perf_counter()
    derive_key("calibration", b"\0" * 16, params)
    return time.perf_counter() - start


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_salt() -> bytes:
    return secrets.token_bytes(16)


def wrap(kek: bytes, secret: bytes, aad: bytes) -> dict:
    nonce = secrets.token_bytes(12)
    ct = AESGCM(kek).encrypt(nonce, secret, aad)
    return {"nonce": _b64(nonce), "ct": _b64(ct)}


def unwrap(kek: bytes, wrapped: dict, aad: bytes) -> bytes | None:
    """The wrapped secret, or None when the key (or the data) is wrong."""
    try:
        return AESGCM(kek).decrypt(_unb64(wrapped["nonce"]), _unb64(wrapped["ct"]), aad)
    except (InvalidTag, KeyError, ValueError):
        return None


# --- recovery keys ---------------------------------------------------------

_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def new_recovery_key() -> str:
    raw = secrets.token_bytes(RECOVERY_BYTES)
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def normalise_recovery_key(text: str) -> str | None:
    """Accept any case, spaces or dashes, and the usual look-alikes (0/O, 1/I, 8/B)."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans({"0": "O", "1": "I", "8": "B"}))
    if len(cleaned) != RECOVERY_BYTES * 8 // 5 or any(c not in _B32 for c in cleaned):
        return None
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def recovery_kek(recovery_key: str, salt: bytes) -> bytes:
    """The recovery key already has 160 bits of entropy: a fast KDF suffices."""
    raw = base64.b32decode(recovery_key.replace("-", ""))
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt,
                info=b"legato-desk recovery key")
    return hkdf.derive(raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
