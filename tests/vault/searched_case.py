"""A case with one distinctive word in every place a counsellor writes, for the
case search's vault and UI tests. Clocks are fixed; nothing depends on today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from legato_desk.model.conference import AgendaItem, Measure, Participant, RoleAssignment
from legato_desk.model.factors import Factor, Kind, Level
from legato_desk.model.intake import Intake, ReferralRoute
from legato_desk.model.keyclients import Criterion, Level as Rating, Status
from legato_desk.model.map import Ring, Sector, point_at
from legato_desk.model.safeguarding import FlagType, SharingGround
from legato_desk.model.plan import WhoKind
from legato_desk.model.release import ChecklistItem
from legato_desk.model.session import Fact, SessionRecord, Task, TaskEntry
from legato_desk.vault.plan import PlanRepository
from legato_desk.vault.safeguarding import SafeguardingRepository
from legato_desk.vault.sessions import SessionRepository
from legato_desk.vault.sharing import SharingLog

RAISED = datetime(2026, 2, 20, 12, 0, tzinfo=timezone.utc)
ADDENDUM = datetime(2026, 3, 6, 9, 0, tzinfo=timezone.utc)


@dataclass
class Searched:
    case_id: int
    other_case_id: int
    lena: int          # the sister: key-client, present in January
    father: int        # present in March
    tie: int
    january: int       # session ids
    march: int
    keyclient: int
    escalation: int
    disclosure: int
    sheet: int
    referral: int
    goal: int          # the intervention plan
    measure: int       # by Lena, due 30.04.2026
    review: int
    conference: int
    release: int


def fill(vault) -> Searched:
    vault.sessions = SessionRepository(vault.conn, vault.audit, clock=lambda: ADDENDUM)
    vault.sharing = SharingLog(vault.conn, vault.audit, clock=lambda: ADDENDUM)
    vault.safeguarding = SafeguardingRepository(vault.conn, vault.audit, vault.settings,
                                                vault.sharing, clock=lambda: RAISED)
    vault.plan = PlanRepository(vault.conn, vault.audit, clock=lambda: ADDENDUM)
    case = vault.cases.create("Y.", opened_on=date(2025, 11, 3))
    other = vault.cases.create("Z.", opened_on=date(2025, 11, 3))
    vault.cases.set_summary(case.id, "Worried since he joined a kickboxing gym.")
    vault.intake.save(Intake(case.id, referral_route=ReferralRoute.JUSTICE,
                             concern="He spends nights in a Telegram channel.",
                             past="The family's move from Zürich was hard on him."))
    lena = vault.maps.add_person(case.id, *point_at(Sector.FAMILY, Ring.CLOSE), name="Lena",
                                 role="sister", note="Works night shifts at the bakery.")
    father = vault.maps.add_person(case.id, *point_at(Sector.FAMILY, Ring.MIDDLE),
                                   name="Omar", role="father")
    tie = vault.maps.add_relation(lena.id, father.id, note="They play chess on Sundays.")
    january = vault.sessions.save(SessionRecord(
        case.id, datetime(2026, 1, 10, 10, 0), key_clients=(lena.id,),
        facts="Talked about the apprenticeship fair.",
        tasks=(TaskEntry(Task.WORK, done="Application for a carpentry apprenticeship."),
               TaskEntry(Task.MESSAGES, done="Sent a birthday card with a warm note."))))
    march = vault.sessions.save(SessionRecord(
        case.id, datetime(2026, 3, 5, 14, 0), key_clients=(father.id,),
        facts="The father stayed calm.",
        sources=(Fact("The stepbrother visits the mosque daily.", "reported by the aunt"),),
        tasks=(TaskEntry(Task.RELATIONSHIPS, done="A weekly pizza evening, every Friday."),)))
    vault.sessions.sign(march.id)
    vault.sessions.add_addendum(march.id, "Later the father called about the pilgrimage.")
    kc = vault.keyclients.mark(case.id, lena.id, on=date(2025, 12, 1))
    vault.keyclients.rate(kc.id, Criterion.CREDIBILITY, Rating.HIGH,
                          evidence="He listens to her about football.")
    vault.keyclients.decide(kc.id, "She is the one he still phones on birthdays.",
                            on=date(2025, 12, 15))
    vault.keyclients.change_status(kc.id, Status.APPROACHED, note="Moved back from Hamburg.",
                                   on=date(2026, 1, 2))
    escalation = vault.safeguarding.raise_flag(case.id, FlagType.THREAT_TO_OTHERS,
                                               "Threatened a classmate with a knife.")
    disclosure = vault.sharing.log(case.id, what="Details of the threat",
                                   recipient="Youth welfare office", purpose="Protection",
                                   ground=SharingGround.LEGAL_DUTY,
                                   shared_at=datetime(2026, 2, 21, 8, 0, tzinfo=timezone.utc))
    sheet = vault.factors.create(case.id, date(2026, 2, 1), note="Rests on the school report.",
                                 factors=[Factor(Level.SOCIAL, Kind.RISK, "Peer group",
                                                 note="Older boys from the gym."),
                                          Factor(Level.FAMILY, Kind.PROTECTIVE, "Sister",
                                                 note="Calls him every evening.")])
    referral = vault.referrals.add(case.id, referred_on=date(2026, 3, 10),
                                   recipient="Counselling centre", reason="Trauma therapy",
                                   agreement="agreed")
    # The intervention plan (Goals and measures), nothing of it dated in January or March.
    vault.plan.set_plan(case.id, started_on=date(2025, 11, 3),
                        wind_down="Fewer talks from autumn onwards, later an open door.")
    goal = vault.plan.add_goal(case.id, text="Rejoins his handball club.",
                               set_on=date(2025, 12, 1))
    measure = vault.plan.add_measure(case.id, what="Asks his coach about trial training.",
                                     who_kind=WhoKind.PERSON, person_id=lena.id,
                                     due_on=date(2026, 4, 30), goal_id=goal.id)
    vault.plan.add_measure(case.id, what="Phone his probation officer monthly.",
                           who_kind=WhoKind.COUNSELLOR)
    review = vault.plan.add_review(case.id, held_on=date(2026, 2, 25),
                                   note="Attendance improved after winter break.")
    # A case conference: Lena took part by name, Omar carries out a measure.
    conference = vault.conferences.add(
        case.id, held_on=date(2026, 2, 12), anonymous=False,
        agenda=[AgendaItem("School attendance and exams", agreed=True),
                AgendaItem("Milieu contacts", agreed=False)],
        participants=[Participant("class teacher", agency="Stadtteilschule Wilhelmsburg"),
                      Participant("sister", name="Lena")],
        roles=[RoleAssignment("chairs", 0)],
        measures=[Measure("Weekly sparring session together", "Omar")],
        minutes="Everyone wants a quieter tone at home; an imam offers mentoring.")
    # The release from prison (justice route) and its checklist.
    release = vault.releases.save(
        case.id, released_on=date(2026, 5, 4), released_at=None,
        institution="JVA Hahnöfersand",
        items=[ChecklistItem("Pick-up at the gate", note="Bring a winter jacket",
                             responsible="Omar"),
               ChecklistItem("First night", note="Sleeps at his aunt's flat")])
    # The other case holds the same words: the search stays inside its case.
    vault.cases.set_summary(other.id, "Apprenticeship at a bakery, a kickboxing gym.")
    vault.plan.add_goal(other.id, text="A handball club nearby.")
    vault.releases.save(other.id, released_on=None, released_at=None,
                        institution="JVA Hahnöfersand", items=[ChecklistItem("First night")])
    return Searched(case.id, other.id, lena.id, father.id, tie.id, january.id, march.id,
                    kc.id, escalation.id, disclosure.id, sheet.id, referral.id, goal.id,
                    measure.id, review.id, conference.id, release.id)
