"""A throwaway vault holding one wholly fictional case, for a first look.

Every name, place and event here is invented. The demo vault lives in a
temporary folder and uses a cheap key derivation: it must never hold real
data, and the UI says so.
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from legato_desk.model.case import CaseStatus
from legato_desk.vault import Vault
from legato_desk.vault.keys import KdfParams

DEMO_PASSPHRASE = "demo vault, not for real data"

_SUMMARY = (
    "First call from the mother, Mrs K. (invented), worried about her son M., 19. "
    "Since leaving his apprenticeship in spring he spends his evenings with a new "
    "group met through an online gaming forum, has cut off two school friends and "
    "argues with his father about religion. He still visits his older sister every "
    "week and accepts her help with paperwork.\n\n"
    "Working hypothesis: the sister is the person M. still seeks out; the father "
    "carries much anger and guilt. Next: map the social system with the mother, "
    "then meet the sister."
)


def populate(vault: Vault, *, today: date | None = None) -> None:
    today = today or date.today()
    case = vault.cases.create("M.", opened_on=today - timedelta(days=74))
    vault.cases.set_summary(case.id, _SUMMARY)
    vault.cases.set_status(case.id, CaseStatus.ACTIVE)


def create_demo_vault(folder: Path | None = None) -> tuple[Vault, Path]:
    """A filled demo vault in ``folder`` (default: a new temporary folder)."""
    folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="legato-demo-")) / "vault"
    vault, _recovery = Vault.create(folder, DEMO_PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    populate(vault)
    return vault, folder
