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
    _demo_keyclients(vault, case, today)


def _demo_keyclients(vault: Vault, case, today: date | None = None) -> None:
    """Three invented candidates on the map: the sister is chosen and followed."""
    from legato_desk.model.keyclients import Criterion as C
    from legato_desk.model.keyclients import EndReason, Essential, Grounding, Level, Status
    from legato_desk.model.map import Ring, Sector, point_at

    today = today or date.today()
    H, M, L = Level.HIGH, Level.MEDIUM, Level.LOW
    people = {
        "sister": ("Leyla", "sister", Sector.FAMILY, Ring.CLOSE, -14),
        "father": ("Mr K.", "father", Sector.FAMILY, Ring.MIDDLE, 14),
        "worker": ("Jonas", "youth worker", Sector.PROFESSIONAL, Ring.DISTANT, 0),
    }
    ids = {}
    for key, (name, role, sector, ring, offset) in people.items():
        x, y = point_at(sector, ring, offset)
        person = vault.maps.add_person(case.id, x, y, name=name, role=role)
        ids[key] = vault.keyclients.mark(case.id, person.id,
                                         on=today - timedelta(days=60)).id
    ratings = {
        "sister": {C.CHOSEN: (H, "M. visits her every week and asks for her help"),
                   C.SIMILARITY: (H, "four years older, same friends at school"),
                   C.CREDIBILITY: (H, "he calls her 'the only one who does not preach'"),
                   C.RESILIENCE: (L, "exhausted; own small child; cries on the phone"),
                   C.ACCESS: (H, "weekly visits"), C.EMOTIONAL: (M, "worried, little anger"),
                   C.DOGMATISM: (L, ""), C.IDEOLOGY: (L, "not religious"),
                   C.WILLINGNESS: (H, "called back the same day")},
        "father": {C.CHOSEN: (L, "M. leaves the room when he comes in"),
                   C.SIMILARITY: (M, ""), C.CREDIBILITY: (M, ""),
                   C.RESILIENCE: (H, "steady, used to pressure at work"),
                   C.EMOTIONAL: (H, "much anger and guilt, says the mother"),
                   C.DOGMATISM: (H, "argues about religion at dinner"),
                   C.WILLINGNESS: (M, "wants to help, on his terms"),
                   C.AVAILABILITY: (H, "")},
        "worker": {C.CHOSEN: (M, "M. still goes to the football group sometimes"),
                   C.CREDIBILITY: (H, "grew up in the same district"),
                   C.RESILIENCE: (H, "trained, has supervision"),
                   C.IDEOLOGY: (L, ""), C.AVAILABILITY: (L, "two evenings a month")},
    }
    for key, criteria in ratings.items():
        for criterion, (level, evidence) in criteria.items():
            vault.keyclients.rate(ids[key], criterion, level, evidence)
    sister = ids["sister"]
    vault.keyclients.decide(sister, (
        "M. still seeks her out and trusts her; she is credible to him and not "
        "dogmatic. Her resilience is the concern: we start with her own "
        "grounding and keep calls short and frequent."), on=today - timedelta(days=45))
    vault.keyclients.change_status(sister, Status.APPROACHED, on=today - timedelta(days=44))
    vault.keyclients.change_status(sister, Status.ACTIVE, note="first session held",
                                   on=today - timedelta(days=38))
    vault.keyclients.set_profile(
        sister, relation="older sister (23)", contact="mobile via the mother",
        guilt="Feels she should have noticed earlier; we place this in the family's story.",
        responsibility="Her part: stay in contact, no arguments about faith.",
        resilience="Her partner supports her; sleep is short with the baby.")
    vault.keyclients.set_grounding(sister, Essential.RELATIONSHIP, Grounding.ESTABLISHED)
    vault.keyclients.set_grounding(sister, Essential.MESSAGES, Grounding.BUILDING)
    vault.keyclients.add_training(sister, "The key-client role", today - timedelta(days=30))
    vault.keyclients.add_training(sister, "Positive emotional messages",
                                  today - timedelta(days=16))
    father = ids["father"]
    vault.keyclients.decide(father, "Tried in parallel at the mother's wish.",
                            on=today - timedelta(days=40))
    vault.keyclients.change_status(father, Status.APPROACHED, on=today - timedelta(days=39))
    vault.keyclients.change_status(father, Status.ENDED, EndReason.BY_KEYCLIENT,
                                   "does not want counselling for now",
                                   on=today - timedelta(days=30))


def create_demo_vault(folder: Path | None = None) -> tuple[Vault, Path]:
    """A filled demo vault in ``folder`` (default: a new temporary folder)."""
    folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="legato-demo-")) / "vault"
    vault, _recovery = Vault.create(folder, DEMO_PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    populate(vault)
    return vault, folder
