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
    _demo_sessions(vault, case, today=today)


def create_demo_vault(folder: Path | None = None) -> tuple[Vault, Path]:
    """A filled demo vault in ``folder`` (default: a new temporary folder)."""
    folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="legato-demo-")) / "vault"
    vault, _recovery = Vault.create(folder, DEMO_PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    populate(vault)
    return vault, folder


def _demo_sessions(vault: Vault, case, *, today: date | None = None) -> None:
    """A few invented session records for the demo case (with the persons they need)."""
    from datetime import datetime, time

    from legato_desk.model.session import Fact, Mode, SessionRecord, Task, TaskEntry, TaskStatus

    today = today or date.today()
    mother = vault.maps.add_person(case.id, -0.15, -0.2, name="Mrs K.", role="mother")
    sister = vault.maps.add_person(case.id, 0.2, -0.15, name="Lena", role="older sister")
    father = vault.maps.add_person(case.id, -0.3, -0.35, name="Mr K.", role="father")

    def at(days_ago: int, hour: int) -> datetime:
        return datetime.combine(today - timedelta(days=days_ago), time(hour, 0))

    records = [
        SessionRecord(
            case_id=case.id, held_at=at(70, 17), duration_min=90, mode=Mode.IN_PERSON,
            key_clients=(mother.id,),
            facts="First meeting at the office. M. left his apprenticeship in spring and "
                  "spends his evenings with a group from a gaming forum.",
            sources=(Fact("M. cut off two school friends", "reported by the mother"),),
            reflection="The mother carries a lot of guilt; she asks what she did wrong.",
            stress=5, guilt=5, resilience=2, next_steps="Map the family with her.",
            tasks=(TaskEntry(Task.RELATIONSHIPS, "Agreed she keeps the Sunday dinner going.",
                             2, TaskStatus.IN_PROGRESS),)),
        SessionRecord(
            case_id=case.id, held_at=at(49, 18), duration_min=60, mode=Mode.IN_PERSON,
            key_clients=(sister.id,),
            facts="Lena sees M. every week and helps him with paperwork. He asked her about "
                  "jobs in logistics.",
            sources=(Fact("Weekly visits at Lena's flat", "", True),),
            reflection="Lena is the person M. still seeks out; she is steady and not "
                       "dogmatic.",
            stress=2, guilt=2, resilience=4, next_steps="Talk about future plans with M.",
            tasks=(TaskEntry(Task.RELATIONSHIPS, "Kept the weekly visits.", 4),
                   TaskEntry(Task.MESSAGES, "Practised praising small steps.", 3),
                   TaskEntry(Task.FUTURE, "Listened to his idea of a driving licence.", 2),
                   TaskEntry(Task.WORK, "Looked at a logistics apprenticeship together.", 2))),
        SessionRecord(
            case_id=case.id, held_at=at(28, 21), duration_min=25, mode=Mode.OUT_OF_HOURS,
            key_clients=(mother.id,),
            facts="The mother called late: a loud argument between M. and his father "
                  "about prayer times.",
            reflection="Crisis of the moment, no danger to anybody reported.",
            stress=4, guilt=4, resilience=3, next_steps="Invite the father.",
            tasks=(TaskEntry(Task.RELATIONSHIPS, "Calmed the situation on the phone.", 2,
                             setback="The argument broke off the Sunday dinners."),)),
        SessionRecord(
            case_id=case.id, held_at=at(14, 17), duration_min=60, mode=Mode.VIDEO,
            key_clients=(sister.id,),
            facts="M. applied for the logistics apprenticeship and told Lena he was proud.",
            reflection="The job plan is his own; Lena's praise lands.",
            stress=2, guilt=1, resilience=4,
            next_steps="Lena asks whether he wants to talk to someone outside the family.",
            follow_up_on=today + timedelta(days=2),
            tasks=(TaskEntry(Task.RELATIONSHIPS, "Weekly visits continue.", 5, TaskStatus.ACHIEVED),
                   TaskEntry(Task.ACKNOWLEDGEMENT, "Told him she is proud of the application.", 4),
                   TaskEntry(Task.FUTURE, "A plan for the next half year.", 3),
                   TaskEntry(Task.WORK, "Application sent.", 4),
                   TaskEntry(Task.THERAPY, "Mentioned a counsellor at the job centre.", 1,
                             next_step="Find a psychologist who takes this like any case."))),
        SessionRecord(
            case_id=case.id, held_at=at(3, 16), duration_min=75, mode=Mode.IN_PERSON,
            key_clients=(mother.id, father.id), others="interpreter",
            facts="Both parents came. The father spoke about his own father for the first "
                  "time.",
            reflection="A turning point may be near: the father showed weakness.",
            stress=3, guilt=3, resilience=3, next_steps="Prepare a letter from the father.",
            follow_up_on=today + timedelta(days=4),
            tasks=(TaskEntry(Task.EMOTIONS, "Talked about the family's silence.", 2),
                   TaskEntry(Task.MESSAGES, "The father will tell M. he is proud.", 3))),
    ]
    for i, record in enumerate(records):
        saved = vault.sessions.save(record)
        if i < len(records) - 1:
            vault.sessions.sign(saved.id)
    vault.maps.take_snapshot(case.id, "At intake", taken_on=today - timedelta(days=70))
    first = vault.sessions.list(case.id)[-1]
    vault.sessions.add_addendum(first.id, "The mother added later: M.'s grandmother is ill.")
