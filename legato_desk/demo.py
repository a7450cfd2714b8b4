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
    _populate_safeguarding(vault, case.id)


def _populate_safeguarding(vault: Vault, case_id: int) -> None:
    """An intake, one closed escalation and one sharing entry (all invented)."""
    from legato_desk.model.intake import CallerCategory, ContactKind, Intake, ReferralRoute
    from legato_desk.model.safeguarding import FlagType, SharingGround, StepState

    vault.intake.save(Intake(
        case_id, CallerCategory.FAMILY, ReferralRoute.HELPLINE, ContactKind.CASE,
        concern="\u201cHe is slipping away from us. He says we are not real believers.\u201d",
        personality="Quiet, ambitious at school; took the end of his apprenticeship hard.",
        communication="Talks with his mother about everyday things, not about faith.",
        relationships="Close to his older sister; two school friends dropped.",
        recent="New online group since spring; evenings away from home.",
        past="Parents separated for a year when he was twelve.",
        risk_factors="Isolation from old friends; conflict with the father.",
        protective_factors="The sister; a part-time job he likes.",
        goals="The mother wants to keep talking with him without fights.",
        languages="German, Turkish", confidentiality_explained=True))
    agency = vault.directory.add_agency("Youth welfare office (invented)", "youth_welfare")
    contact_id = vault.directory.save_contact(
        agency.id, name="Ms Example", role="youth welfare office, case worker",
        phone="000 000 000", deputy="Mr Sample", deputy_phone="000 000 001")
    esc = vault.safeguarding.raise_flag(
        case_id, FlagType.CHILD_PROTECTION,
        "The mother mentioned a younger cousin (8) staying with the group at weekends.")
    for step in esc.steps:
        vault.safeguarding.set_step(esc.id, step.id, StepState.DONE)
    contact = vault.directory.contact(contact_id)
    vault.sharing.log(
        case_id, what="That a child may be staying with the group at weekends; no names of "
        "the family beyond the cousin's.", recipient=contact.label(),
        purpose="child protection check", ground=SharingGround.LEGAL_DUTY,
        contact_id=contact_id, escalation_id=esc.id, acknowledged_by="Ms Example")
    vault.safeguarding.close(esc.id, "The youth welfare office visited; no danger found.")


def create_demo_vault(folder: Path | None = None) -> tuple[Vault, Path]:
    """A filled demo vault in ``folder`` (default: a new temporary folder)."""
    folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="legato-demo-")) / "vault"
    vault, _recovery = Vault.create(folder, DEMO_PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    populate(vault)
    return vault, folder
