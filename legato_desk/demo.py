"""A throwaway vault holding two wholly fictional cases, for a first look.

M.'s case is the main story (map, key-clients, sessions, safeguarding; its
intervention plan and case conference in demo_plan.py); S.'s small case
shows a release from prison (demo_release.py).

Every name, place and event here is invented. The demo vault lives in a
temporary folder and uses a cheap key derivation: it must never hold real
data, and the UI says so.
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from typing import Callable

from legato_desk.demo_plan import populate_plan
from legato_desk.demo_release import populate_release_case
from legato_desk.model import map as m
from legato_desk.model.case import CaseStatus
from legato_desk.model.contact_plan import PlanStep, Unit
from legato_desk.translatable import QT_TRANSLATE_NOOP
from legato_desk.vault import Vault
from legato_desk.vault.keys import KdfParams

DEMO_PASSPHRASE = "demo vault, not for real data"

# The demo is written in the UI's language: populate() sets this for its run
# (the UI passes Qt's translator for the context "Demo"; the CLI keeps English).
_language: Callable[[str], str] = str


def _d(text: str) -> str:
    """A demo text, in the language the demo vault is being made in."""
    return _language(QT_TRANSLATE_NOOP("Demo", text))


def _summary() -> str:
    return _d(
        "First call from the mother, Mrs K. (invented), worried about her son M., 19. "
        "Since leaving his apprenticeship in spring he spends his evenings with a new "
        "group met through an online gaming forum, has cut off two school friends and "
        "argues with his father about religion. He still visits his older sister every "
        "week and accepts her help with paperwork.\n\n"
        "Working hypothesis: the sister is the person M. still seeks out; the father "
        "carries much anger and guilt. Next: map the social system with the mother, "
        "then meet the sister.")


def populate(vault: Vault, *, today: date | None = None,
             translate: Callable[[str], str] | None = None) -> None:
    """Write the demo cases; ``translate`` turns each English text into the UI's language."""
    global _language
    today = today or date.today()
    _language = translate or str
    try:
        # S.'s small case first: M.'s, the main story, is then the newest and the
        # last worked on, so the case list shows it on top (ties go to the newer).
        populate_release_case(vault, today)
        case = vault.cases.create("M.", opened_on=today - timedelta(days=74))
        vault.cases.set_summary(case.id, _summary())
        vault.cases.set_status(case.id, CaseStatus.ACTIVE)
        persons = _populate_map(vault, case.id, case.opened_on)
        _demo_keyclients(vault, case, persons, today)
        contact_id = _populate_safeguarding(vault, case.id)
        measures = populate_plan(vault, case, persons, contact_id, today)
        _demo_sessions(vault, case, persons, today=today, measures=measures)
    finally:
        _language = str


_S, _R = m.Sector, m.Ring


def _persons() -> list:
    """The social system around M. at intake, as the mother described it:
    (key, sector, ring, degrees off the sector centre, fields). Made on each
    call, so its texts come out in the language of the run."""
    return [
        ("mother", _S.FAMILY, _R.CLOSE, -28, dict(
            name=_d("Mrs K."), role=_d("mother"), age=47, gender=_d("female"), marker="resource",
            source=_d("reported by the mother"), verified=True)),
        ("father", _S.FAMILY, _R.CLOSE, 24, dict(
            name=_d("Mr K."), role=_d("father"), age=52, gender=_d("male"),
            source=_d("reported by the mother"))),
        ("sister", _S.FAMILY, _R.MIDDLE, -4, dict(
            name=_d("Lena"), role=_d("sister"), age=24, gender=_d("female"), marker="resource",
            note=_d("Sees M. every Sunday; helps him with letters from the job centre."),
            source=_d("reported by the mother"))),
        ("grandfather", _S.FAMILY, _R.DISTANT, 22, dict(
            name=_d("Grandfather"), role=_d("grandfather"), deceased=True)),
        ("tim", _S.FRIENDS, _R.CLOSE, -6, dict(
            name=_d("Tim"), role=_d("friend"), age=19, gender=_d("male"),
            source=_d("reported by the mother"))),
        ("jonas", _S.FRIENDS, _R.MIDDLE, 18, dict(
            name=_d("Jonas"), role=_d("classmate"), age=20, gender=_d("male"))),
        ("trainer", _S.SCHOOL_WORK, _R.MIDDLE, -10, dict(
            name=_d("Mr A."), role=_d("trainer"), source=_d("reported by the mother"))),
        ("school", _S.SCHOOL_WORK, _R.DISTANT, 16, dict(
            name=_d("Vocational school"), role=_d("school"), kind="institution")),
        ("youthworker", _S.PROFESSIONAL, _R.DISTANT, -8, dict(
            name=_d("Ms R."), role=_d("youth worker"), marker="resource", verified=True,
            source=_d("verified (phone call)"))),
        ("forum", _S.MILIEU, _R.MIDDLE, -14, dict(
            name=_d("Gaming forum"), role=_d("online forum"), kind="online", marker="risk",
            source=_d("reported by the sister"))),
        ("brother_d", _S.MILIEU, _R.DISTANT, 14, dict(
            name=_d("Brother D."), role=_d("contact from the forum"), age=27, gender=_d("male"),
            marker="risk", source=_d("reported by the sister"))),
    ]


_TIES = [  # a, b, fields at intake
    ("index", "mother", dict(kind="family")),
    ("index", "father", dict(kind="family", strength=2)),
    ("mother", "father", dict(kind="family")),
    ("index", "sister", dict(kind="family", strength=2, direction="b_to_a")),
    ("index", "grandfather", dict(kind="family", status="cut_off")),
    ("index", "tim", dict(kind="friendship", strength=2)),
    ("index", "jonas", dict(kind="friendship")),
    ("index", "trainer", dict(kind="school_work", status="tenuous")),
    ("index", "school", dict(kind="school_work", strength=0)),
    ("index", "youthworker", dict(kind="professional", strength=0)),
    ("mother", "youthworker", dict(kind="professional")),
    ("index", "forum", dict(kind="milieu")),
    ("index", "brother_d", dict(kind="milieu", strength=0, direction="b_to_a")),
    ("forum", "brother_d", dict(kind="milieu")),
    ("tim", "jonas", dict(kind="friendship")),
]


def _populate_map(vault: Vault, case_id: int, intake: date) -> dict[str, int]:
    """The demo map with its intake snapshot; returns person ids by key."""
    maps = vault.maps
    ids = {"index": maps.ensure_index(case_id).id}
    for key, sector, ring, offset, fields in _persons():
        x, y = m.point_at(sector, ring, offset)
        ids[key] = maps.add_person(case_id, x, y, **fields).id
    ties = {(a, b): maps.add_relation(ids[a], ids[b], **f).id for a, b, f in _TIES}
    maps.take_snapshot(case_id, _d("intake"), intake)
    # Ten weeks later: the father argues, the friends are gone, the milieu is closer.
    maps.update_relation(ties["index", "father"], conflict=True, strength=1)
    maps.update_relation(ties["mother", "father"], conflict=True)
    maps.update_relation(ties["index", "tim"], status="cut_off")
    maps.update_relation(ties["index", "jonas"], status="tenuous", strength=0)
    maps.update_relation(ties["index", "brother_d"], strength=2)
    maps.update_relation(ties["index", "youthworker"], strength=1, direction="a_to_b")
    maps.move({ids["father"]: m.point_at(_S.FAMILY, _R.MIDDLE, 26),
               ids["tim"]: m.point_at(_S.FRIENDS, _R.DISTANT, -10),
               ids["jonas"]: m.point_at(_S.FRIENDS, _R.OUTSIDE, 14),
               ids["forum"]: m.point_at(_S.MILIEU, _R.CLOSE, -12),
               ids["brother_d"]: m.point_at(_S.MILIEU, _R.MIDDLE, 12),
               ids["youthworker"]: m.point_at(_S.PROFESSIONAL, _R.MIDDLE, -6)})
    maps.remove([ids["school"]])
    coach = maps.add_person(case_id, *m.point_at(_S.PROFESSIONAL, _R.DISTANT, 12),
                            name=_d("Ms B."), role=_d("job coach"), marker="resource",
                            source=_d("verified (meeting)"), verified=True)
    maps.add_relation(ids["index"], coach.id, kind="professional", strength=0,
                      status="tenuous")
    maps.add_relation(ids["sister"], coach.id, kind="professional")
    return ids


def _demo_keyclients(vault: Vault, case, persons: dict[str, int],
                     today: date | None = None) -> None:
    """Three candidates from the demo map: the sister is chosen and followed."""
    from legato_desk.model.keyclients import Criterion as C
    from legato_desk.model.keyclients import EndReason, Essential, Grounding, Level, Status

    today = today or date.today()
    H, M, L = Level.HIGH, Level.MEDIUM, Level.LOW
    ids = {key: vault.keyclients.mark(case.id, persons[key],
                                      on=today - timedelta(days=60)).id
           for key in ("sister", "father", "youthworker")}
    ratings = {
        "sister": {C.CHOSEN: (H, _d("M. visits her every week and asks for her help")),
                   C.SIMILARITY: (H, _d("four years older, same friends at school")),
                   C.CREDIBILITY: (H, _d("he calls her 'the only one who does not preach'")),
                   C.RESILIENCE: (L, _d("exhausted; own small child; cries on the phone")),
                   C.ACCESS: (H, _d("weekly visits")),
                   C.EMOTIONAL: (M, _d("worried, little anger")),
                   C.DOGMATISM: (L, ""), C.IDEOLOGY: (L, _d("not religious")),
                   C.WILLINGNESS: (H, _d("called back the same day"))},
        "father": {C.CHOSEN: (L, _d("M. leaves the room when he comes in")),
                   C.SIMILARITY: (M, ""), C.CREDIBILITY: (M, ""),
                   C.RESILIENCE: (H, _d("steady, used to pressure at work")),
                   C.EMOTIONAL: (H, _d("much anger and guilt, says the mother")),
                   C.DOGMATISM: (H, _d("argues about religion at dinner")),
                   C.WILLINGNESS: (M, _d("wants to help, on his terms")),
                   C.AVAILABILITY: (H, "")},
        "youthworker": {C.CHOSEN: (M, _d("M. still goes to the football group sometimes")),
                   C.CREDIBILITY: (H, _d("grew up in the same district")),
                   C.RESILIENCE: (H, _d("trained, has supervision")),
                   C.IDEOLOGY: (L, ""), C.AVAILABILITY: (L, _d("two evenings a month"))},
    }
    for key, criteria in ratings.items():
        for criterion, (level, evidence) in criteria.items():
            vault.keyclients.rate(ids[key], criterion, level, evidence)
    sister = ids["sister"]
    vault.keyclients.decide(sister, _d(
        "M. still seeks her out and trusts her; she is credible to him and not "
        "dogmatic. Her resilience is the concern: we start with her own "
        "grounding and keep calls short and frequent."), on=today - timedelta(days=45))
    vault.keyclients.change_status(sister, Status.APPROACHED, on=today - timedelta(days=44))
    vault.keyclients.change_status(sister, Status.ACTIVE, note=_d("first session held"),
                                   on=today - timedelta(days=38))
    vault.keyclients.set_profile(
        sister, relation=_d("older sister (24)"), contact=_d("mobile via the mother"),
        guilt=_d("Feels she should have noticed earlier; we place this in the family's story."),
        responsibility=_d("Her part: stay in contact, no arguments about faith."),
        resilience=_d("Her partner supports her; sleep is short with the baby."))
    vault.keyclients.set_grounding(sister, Essential.RELATIONSHIP, Grounding.ESTABLISHED)
    vault.keyclients.set_grounding(sister, Essential.MESSAGES, Grounding.BUILDING)
    vault.keyclients.add_training(sister, _d("The key-client role"), today - timedelta(days=30))
    vault.keyclients.add_training(sister, _d("Positive emotional messages"),
                                  today - timedelta(days=16))
    father = ids["father"]
    vault.keyclients.decide(father, _d("Tried in parallel at the mother's wish."),
                            on=today - timedelta(days=40))
    vault.keyclients.change_status(father, Status.APPROACHED, on=today - timedelta(days=39))
    # He came to the session three days ago, as key-client, and ended the work
    # himself the day after: no task work is recorded with him after his ending
    # unless he is approached again, with a reason (issue 16.6).
    # He stays reachable: the door is open, with an agreed crisis route (issue 19.3).
    vault.open_doors.end_reachable(
        father, EndReason.BY_KEYCLIENT, _d("does not want counselling for now"),
        today - timedelta(days=2),
        route=_d("He may call the office line at any time; in the evening and at weekends, "
                 "the central helpline."))
    # Close contact with the sister first, then less often, then on request (seed 004);
    # her sessions (49 and 14 days ago) keep to it.
    vault.contact_plans.set_steps(sister, [
        PlanStep(today - timedelta(days=49), Unit.WEEKS, 3),
        PlanStep(today + timedelta(days=14), Unit.MONTHS, 1),
        PlanStep(today + timedelta(days=120), Unit.ON_REQUEST)])


def _populate_safeguarding(vault: Vault, case_id: int) -> int:
    """An intake, one closed escalation and one sharing entry (all invented);
    returns the youth welfare office's contact."""
    from legato_desk.model.intake import CallerCategory, ContactKind, Intake, ReferralRoute
    from legato_desk.model.safeguarding import FlagType, SharingGround, StepState

    vault.intake.save(Intake(
        case_id, CallerCategory.FAMILY, ReferralRoute.HELPLINE, ContactKind.CASE,
        concern=_d("\u201cHe is slipping away from us. He says we are not real believers.\u201d"),
        personality=_d("Quiet, ambitious at school; took the end of his apprenticeship hard."),
        communication=_d("Talks with his mother about everyday things, not about faith."),
        relationships=_d("Close to his older sister; two school friends dropped."),
        recent=_d("New online group since spring; evenings away from home."),
        past=_d("Parents separated for a year when he was twelve."),
        risk_factors=_d("Isolation from old friends; conflict with the father."),
        protective_factors=_d("The sister; a part-time job he likes."),
        goals=_d("The mother wants to keep talking with him without fights."),
        languages=_d("German, Turkish"), confidentiality_explained=True))
    agency = vault.directory.add_agency(_d("Youth welfare office (invented)"), "youth_welfare")
    contact_id = vault.directory.save_contact(
        agency.id, name=_d("Ms Example"), role=_d("youth welfare office, case worker"),
        phone="000 000 000", deputy=_d("Mr Sample"), deputy_phone="000 000 001")
    esc = vault.safeguarding.raise_flag(
        case_id, FlagType.CHILD_PROTECTION,
        _d("The mother mentioned a younger cousin (8) staying with the group at weekends."))
    for step in esc.steps:
        vault.safeguarding.set_step(esc.id, step.id, StepState.DONE)
    contact = vault.directory.contact(contact_id)
    vault.sharing.log(
        case_id, what=_d("That a child may be staying with the group at weekends; no names of "
        "the family beyond the cousin's."), recipient=contact.label(),
        purpose=_d("child protection check"), ground=SharingGround.LEGAL_DUTY,
        contact_id=contact_id, escalation_id=esc.id, acknowledged_by=_d("Ms Example"))
    vault.safeguarding.close(esc.id, _d("The youth welfare office visited; no danger found."))
    return contact_id


def create_demo_vault(folder: Path | None = None,
                      translate: Callable[[str], str] | None = None) -> tuple[Vault, Path]:
    """A filled demo vault in ``folder`` (default: a new temporary folder)."""
    folder = Path(folder) if folder else Path(tempfile.mkdtemp(prefix="legato-demo-")) / "vault"
    vault, _recovery = Vault.create(folder, DEMO_PASSPHRASE, kdf=KdfParams.cheap_for_tests())
    populate(vault, translate=translate)
    return vault, folder


def _demo_sessions(vault: Vault, case, persons: dict[str, int], *,
                   today: date | None = None, measures: dict[str, int] | None = None
                   ) -> None:
    """A few invented session records with the demo map's mother, sister and father;
    they tick the measures of the plan (demo_plan.py) they worked on."""
    from datetime import datetime, time

    from legato_desk.model.session import Fact, Mode, SessionRecord, Task, TaskEntry, TaskStatus

    today = today or date.today()
    measures = measures or {}

    def worked(*keys: str) -> tuple[int, ...]:
        return tuple(measures[k] for k in keys if k in measures)

    mother, sister, father = (vault.maps.person(persons[k])
                              for k in ("mother", "sister", "father"))

    def at(days_ago: int, hour: int) -> datetime:
        return datetime.combine(today - timedelta(days=days_ago), time(hour, 0))

    records = [
        SessionRecord(
            case_id=case.id, held_at=at(70, 17), duration_min=90, mode=Mode.IN_PERSON,
            key_clients=(mother.id,),
            facts=_d("First meeting at the office. M. left his apprenticeship in spring and "
                  "spends his evenings with a group from a gaming forum."),
            sources=(Fact(_d("M. cut off two school friends"), _d("reported by the mother")),),
            reflection=_d("The mother carries a lot of guilt; she asks what she did wrong."),
            stress=5, guilt=5, resilience=2, next_steps=_d("Map the family with her."),
            measures=worked("dinners"),
            tasks=(TaskEntry(Task.RELATIONSHIPS, _d("Agreed she keeps the Sunday dinner going."),
                             2, TaskStatus.IN_PROGRESS),)),
        SessionRecord(
            case_id=case.id, held_at=at(49, 18), duration_min=60, mode=Mode.IN_PERSON,
            key_clients=(sister.id,),
            facts=_d("Lena sees M. every week and helps him with paperwork. He asked her about "
                  "jobs in logistics."),
            sources=(Fact(_d("Weekly visits at Lena's flat"), "", True),),
            reflection=_d("Lena is the person M. still seeks out; she is steady and not "
                       "dogmatic."),
            stress=2, guilt=2, resilience=4, next_steps=_d("Talk about future plans with M."),
            measures=worked("visits", "apprenticeship"),
            tasks=(TaskEntry(Task.RELATIONSHIPS, _d("Kept the weekly visits."), 4),
                   TaskEntry(Task.MESSAGES, _d("Practised praising small steps."), 3),
                   TaskEntry(Task.FUTURE, _d("Listened to his idea of a driving licence."), 2),
                   TaskEntry(Task.WORK, _d("Looked at a logistics apprenticeship together."), 2))),
        SessionRecord(
            case_id=case.id, held_at=at(28, 21), duration_min=25, mode=Mode.OUT_OF_HOURS,
            key_clients=(mother.id,),
            facts=_d("The mother called late: a loud argument between M. and his father "
                  "about prayer times."),
            reflection=_d("Crisis of the moment, no danger to anybody reported."),
            stress=4, guilt=4, resilience=3, next_steps=_d("Invite the father."),
            tasks=(TaskEntry(Task.RELATIONSHIPS, _d("Calmed the situation on the phone."), 2,
                             setback=_d("The argument broke off the Sunday dinners.")),)),
        SessionRecord(
            case_id=case.id, held_at=at(14, 17), duration_min=60, mode=Mode.VIDEO,
            key_clients=(sister.id,),
            facts=_d("M. applied for the logistics apprenticeship and told Lena he was proud."),
            reflection=_d("The job plan is his own; Lena's praise lands."),
            stress=2, guilt=1, resilience=4, measures=worked("visits", "apprenticeship"),
            next_steps=_d("Lena asks whether he wants to talk to someone outside the family."),
            follow_up_on=today + timedelta(days=2),
            tasks=(TaskEntry(Task.RELATIONSHIPS, _d("Weekly visits continue."), 5,
                             TaskStatus.ACHIEVED),
                   TaskEntry(Task.ACKNOWLEDGEMENT,
                             _d("Told him she is proud of the application."), 4),
                   TaskEntry(Task.FUTURE, _d("A plan for the next half year."), 3),
                   TaskEntry(Task.WORK, _d("Application sent."), 4),
                   TaskEntry(Task.THERAPY, _d("Mentioned a counsellor at the job centre."), 1,
                             next_step=_d("Find a psychologist who takes this like any case.")))),
        SessionRecord(
            case_id=case.id, held_at=at(3, 16), duration_min=75, mode=Mode.IN_PERSON,
            key_clients=(mother.id, father.id), others=_d("interpreter"),
            facts=_d("Both parents came. The father spoke about his own father for the first "
                  "time."),
            reflection=_d("A turning point may be near: the father showed weakness."),
            stress=3, guilt=3, resilience=3, next_steps=_d("Prepare a letter from the father."),
            measures=worked("father"),
            follow_up_on=today + timedelta(days=4),
            tasks=(TaskEntry(Task.EMOTIONS, _d("Talked about the family's silence."), 2),
                   TaskEntry(Task.MESSAGES, _d("The father will tell M. he is proud."), 3))),
    ]
    for i, record in enumerate(records):
        saved = vault.sessions.save(record)
        if i < len(records) - 1:
            vault.sessions.sign(saved.id)
    first = vault.sessions.list(case.id)[-1]
    vault.sessions.add_addendum(first.id, _d("The mother added later: M.'s grandmother is ill."))
