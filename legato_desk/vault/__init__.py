"""Encrypted storage: keys, the SQLCipher connection, migrations, repositories.

Never imports Qt. Repositories return ``legato_desk.model`` objects.
``Vault`` is imported on first use: the unlock window can appear before the
crypto libraries have loaded.
"""

from legato_desk.vault.layout import VaultPaths

__all__ = ["Vault", "VaultPaths"]


def __getattr__(name: str):
    if name == "Vault":
        from legato_desk.vault.vault import Vault

        return Vault
    raise AttributeError(name)
