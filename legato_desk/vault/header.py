"""The vault header: a small JSON file beside the database.

It holds nothing secret on its own: the salts, the KDF parameters and the
data key wrapped twice (under the passphrase and under the recovery key).
The vault id and format are bound into each wrap as associated data, so a
header cannot be spliced onto another vault's key material unnoticed.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, replace
from pathlib import Path

from legato_desk.vault import keys
from legato_desk.vault.errors import HeaderDamaged, WrongPassphrase, WrongRecoveryKey

FORMAT = "legato-desk-vault"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Header:
    vault_id: str
    kdf: keys.KdfParams
    salt: bytes
    passphrase_wrap: dict
    recovery_salt: bytes
    recovery_wrap: dict

    @property
    def aad(self) -> bytes:
        return f"{FORMAT}/{FORMAT_VERSION}/{self.vault_id}".encode()

    # -- building and using ---------------------------------------------------

    @classmethod
    def create(cls, passphrase: str, data_key: bytes, kdf: keys.KdfParams,
               recovery_key: str) -> "Header":
        vault_id = str(uuid.uuid4())
        salt, recovery_salt = keys.new_salt(), keys.new_salt()
        header = cls(vault_id, kdf, salt, {}, recovery_salt, {})
        return replace(
            header,
            passphrase_wrap=keys.wrap(keys.derive_key(passphrase, salt, kdf), data_key, header.aad),
            recovery_wrap=keys.wrap(keys.recovery_kek(recovery_key, recovery_salt),
                                    data_key, header.aad),
        )

    def unlock(self, passphrase: str, keks: dict | None = None) -> bytes:
        """The data key. ``keks`` caches derivations by salt and parameters, so
        trying the same passphrase on copies of this header costs no more Argon2."""
        cache_key = (self.salt, self.kdf)
        if keks is not None and cache_key in keks:
            kek = keks[cache_key]
        else:
            kek = keys.derive_key(passphrase, self.salt, self.kdf)
            if keks is not None:
                keks[cache_key] = kek
        data_key = keys.unwrap(kek, self.passphrase_wrap, self.aad)
        if data_key is None:
            raise WrongPassphrase()
        return data_key

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        normal = keys.normalise_recovery_key(recovery_key)
        if normal is None:
            raise WrongRecoveryKey()
        data_key = keys.unwrap(keys.recovery_kek(normal, self.recovery_salt),
                               self.recovery_wrap, self.aad)
        if data_key is None:
            raise WrongRecoveryKey()
        return data_key

    def rewrapped(self, data_key: bytes, new_passphrase: str,
                  kdf: keys.KdfParams | None = None) -> "Header":
        """The same vault with the data key wrapped under a new passphrase."""
        kdf = kdf or self.kdf
        salt = keys.new_salt()
        kek = keys.derive_key(new_passphrase, salt, kdf)
        return replace(self, kdf=kdf, salt=salt,
                       passphrase_wrap=keys.wrap(kek, data_key, self.aad))

    # -- file format ----------------------------------------------------------

    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "version": FORMAT_VERSION,
                "vault_id": self.vault_id,
                "kdf": {"alg": "argon2id", **self.kdf.as_dict(),
                        "salt": keys._b64(self.salt)},
                "passphrase_wrap": self.passphrase_wrap,
                "recovery": {"salt": keys._b64(self.recovery_salt), **self.recovery_wrap},
            },
            indent=2,
        )

    @classmethod
    def from_json(cls, text: str) -> "Header":
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT or data.get("version") != FORMAT_VERSION:
                raise HeaderDamaged()
            kdf = data["kdf"]
            if kdf.get("alg") != "argon2id":
                raise HeaderDamaged()
            recovery = data["recovery"]
            header = cls(
                vault_id=str(data["vault_id"]),
                kdf=keys.KdfParams.from_dict(kdf),
                salt=keys._unb64(kdf["salt"]),
                passphrase_wrap=_wrap(data["passphrase_wrap"]),
                recovery_salt=keys._unb64(recovery["salt"]),
                recovery_wrap=_wrap(recovery),
            )
            uuid.UUID(header.vault_id)  # ValueError: damaged
            # Values Argon2 itself would reject: a damaged header, not a bug.
            k = header.kdf
            if (k.time_cost < 1 or k.parallelism < 1 or k.memory_kib < 8 * k.parallelism
                    or len(header.salt) < 8
                    # A tampered header must not make unlocking hang or exhaust memory.
                    or k.time_cost > keys.MAX_TIME_COST * 4 or k.parallelism > 64
                    or k.memory_kib > 4 * 1024 * 1024):
                raise HeaderDamaged()
            return header
        except HeaderDamaged:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise HeaderDamaged() from exc

    @classmethod
    def read(cls, path: Path) -> "Header":
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise HeaderDamaged() from exc
        return cls.from_json(text)

    def write(self, path: Path) -> None:
        """Replace the header atomically: a crash leaves the old or the new one."""
        write_atomically(path, self.to_json().encode("utf-8"))


def _wrap(data: dict) -> dict:
    """A wrapped data key as written by ``keys.wrap``: a 12-byte nonce and the
    32-byte key with its 16-byte tag. Anything else is damage, not a wrong
    passphrase (AES-GCM alone cannot tell the two apart)."""
    wrap = {"nonce": _text(data["nonce"]), "ct": _text(data["ct"])}
    if (len(keys._unb64(wrap["nonce"])) != 12
            or len(keys._unb64(wrap["ct"])) != keys.KEY_BYTES + 16):
        raise HeaderDamaged()
    return wrap


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise HeaderDamaged()
    return value


def write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
