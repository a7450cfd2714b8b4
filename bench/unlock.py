"""Figure (i): unlock = Vault.open at production-calibrated Argon2id parameters.

Floor: one Argon2id ``derive_key`` at the parameters stored in the header,
i.e. the part of unlocking that is slow on purpose. The difference is the
cost of our own work: unwrapping, the read-only integrity probe, the keyed
connection, the migration check.
"""

from __future__ import annotations

from pathlib import Path

from bench.common import PASSPHRASE
from bench.stats import interleaved, report, timed

REPEAT = 7


def run(scratch: Path) -> None:
    from legato_desk import demo
    from legato_desk.vault import Vault
    from legato_desk.vault.header import Header
    from legato_desk.vault.keys import derive_key

    folder = scratch / "unlock-vault"
    vault, _recovery = Vault.create(folder, PASSPHRASE)  # calibrated, as the app does
    demo.populate(vault)
    vault.close()
    header = Header.read(folder / "vault.header")
    kdf = header.kdf

    def open_vault() -> float:
        holder = []
        seconds = timed(lambda: holder.append(Vault.open(folder, PASSPHRASE)))
        holder[0].close()
        return seconds

    def derive() -> float:
        return timed(lambda: derive_key(PASSPHRASE, header.salt, kdf))

    samples = interleaved({"open": open_vault, "derive": derive}, repeat=REPEAT)
    report(
        f"(i) unlock: Vault.open, production params "
        f"(t={kdf.time_cost}, m={kdf.memory_kib // 1024} MiB, p={kdf.parallelism})",
        ("Vault.open", samples["open"]),
        ("Argon2id derive_key alone", samples["derive"]),
        target="0.3–1.0 s absolute, run off the UI thread; overhead over the floor small",
        notes=["the vault holds the demo case; the integrity probe at open reads every "
               "page, so its share grows with the vault"],
    )
