"""Encrypted storage: keys, the SQLCipher connection, migrations, repositories.

Never imports Qt. Repositories return ``legato_desk.model`` objects.
"""

from legato_desk.vault.vault import Vault, VaultPaths

__all__ = ["Vault", "VaultPaths"]
