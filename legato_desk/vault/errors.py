"""What can go wrong with a vault that is not a bug."""

from legato_desk.errors import KnownError


class WrongPassphrase(KnownError):
    message = "That passphrase does not open this vault. Please try again."


class WrongRecoveryKey(KnownError):
    message = "That recovery key does not open this vault. Check it for typing errors."


class VaultNotFound(KnownError):
    message = "There is no vault in this folder."


class VaultExists(KnownError):
    message = "This folder already holds a vault. Choose an empty folder."


class VaultDamaged(KnownError):
    message = (
        "This vault file is damaged or is not a legato-desk vault. Nothing was "
        "changed. Restore the latest backup, or ask your office for help."
    )


class VaultTooNew(KnownError):
    message = (
        "This vault was written by a newer version of legato-desk. Please "
        "install the newer version to open it; nothing was changed."
    )


class CipherUnavailable(KnownError):
    message = (
        "Encryption is not available (SQLCipher is missing). legato-desk "
        "refuses to run without it."
    )


class HeaderDamaged(KnownError):
    message = (
        "The vault's key file (vault.header) is missing or damaged. Restore "
        "it from a backup; the vault cannot be opened without it."
    )


class HeaderDoesNotMatch(HeaderDamaged):
    """The passphrase opens a backup's copy of the header, not the vault's own one.

    ``backup_header`` is that copy; its key opens this database, so putting it
    back (``Vault.repair_header``) loses nothing written since the backup.
    """

    message = (
        "Your passphrase is right, but the vault's key file (vault.header) is "
        "damaged or belongs to another vault. Nothing was changed. Put back the "
        "key file from the latest backup: your cases stay as they are."
    )

    def __init__(self, backup_header=None):
        super().__init__()
        self.backup_header = backup_header
