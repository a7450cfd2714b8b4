"""A vault with dated records around the first half of 2026, for the statistics."""

from datetime import date, datetime, timezone

from legato_desk.model.ending import EndingReason
from legato_desk.model.intake import CallerCategory, Intake
from legato_desk.model.keyclients import EndReason, Status
from legato_desk.model.session import SessionRecord, Task, TaskEntry, TaskStatus

FIRST, LAST = date(2026, 1, 1), date(2026, 6, 30)
CLOCK = lambda: datetime(2026, 7, 2, 9, 0, tzinfo=timezone.utc)  # noqa: E731


def fill(vault):
    """Three cases with dates around the first half of 2026 (the period):

    A. opened 10 Nov 2025, ended 10 May 2026 (the key-client decided): six months;
       its key-client chosen 20 Nov 2025, work ended 15 Apr 2026 (goals reached);
       "work" achieved in December, back in progress with a setback in February;
       two plan goals, met and partly met at the ending.
    B. opened 20 May 2026 and still open: under three months at the period's end.
    C. opened and ended in 2024/2025: before the period, in no duration or ending.
    """
    a = vault.cases.create("Zorro A.", opened_on=date(2025, 11, 10))
    vault.cases.set_summary(a.id, "Quokka summary of the family")
    vault.intake.save(Intake(case_id=a.id, caller_category=CallerCategory.FAMILY,
                             concern="Wombat concern in her words", goals="Narwhal goals"))
    mother = vault.maps.add_person(a.id, 0.2, -0.3, name="Xaveria Kowalczyk", role="mother",
                                   note="Pangolin note")
    kc = vault.keyclients.mark(a.id, mother.id, on=date(2025, 11, 12))
    vault.keyclients.decide(kc.id, "Axolotl rationale: she is trusted", on=date(2025, 11, 20))
    vault.keyclients.change_status(kc.id, Status.APPROACHED, on=date(2025, 12, 1))
    vault.keyclients.change_status(kc.id, Status.ACTIVE, on=date(2025, 12, 5))
    for held, entries in (
            (datetime(2025, 12, 10, 10), (
                TaskEntry(Task.WORK, "Ocelot workshop found", 4, TaskStatus.ACHIEVED),
                TaskEntry(Task.RELATIONSHIPS, "", 2, TaskStatus.IN_PROGRESS,
                          "Capybara setback before the period"))),
            (datetime(2026, 2, 3, 10), (
                TaskEntry(Task.WORK, "Tapir talk", 2, TaskStatus.IN_PROGRESS,
                          "Okapi: he left the workshop", "Lemur next step"),)),
            (datetime(2026, 3, 1, 10), (
                TaskEntry(Task.FUTURE, "Gecko dreams", 3, TaskStatus.IN_PROGRESS),))):
        vault.sessions.save(SessionRecord(case_id=a.id, held_at=held, key_clients=(mother.id,),
                                          facts="Meerkat facts", reflection="Ibex reflection",
                                          tasks=entries))
    vault.keyclients.change_status(kc.id, Status.ENDED, end_reason=EndReason.GOALS_REACHED,
                                   note="Jackal end note", on=date(2026, 4, 15))
    vault.plan.add_goal(a.id, text="Kiwi goal: back into a workshop", state="met")
    vault.plan.add_goal(a.id, text="Dingo goal: talks with his father", state="partly_met")
    vault.endings.end_case(a.id, EndingReason.KEYCLIENT_DECIDED, reachable=True,
                           note="Vicuna ending note", ended_on=date(2026, 5, 10))
    b = vault.cases.create("Yeti B.", opened_on=date(2026, 5, 20))
    vault.plan.add_goal(b.id, text="Emu goal of a case still open")  # not counted
    c = vault.cases.create("Walrus C.", opened_on=date(2024, 3, 1))
    vault.endings.end_case(c.id, EndingReason.MOVED_AWAY, reachable=False,
                           ended_on=date(2025, 6, 1))
    return vault
