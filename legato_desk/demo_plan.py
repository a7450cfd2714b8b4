"""The demo case's intervention plan and its case conference (all invented).

M.'s plan starts at intake (goals from the mother's first call), gains the
goals of the key-client work once the sister is chosen, and takes over the
measures agreed at an anonymous case conference three weeks ago (youth
welfare office, job coach, youth worker; seeds 001, 002, 004). A review a day
later says what the conference changed. The sessions of demo.py then tick
the measures they worked on (``measures`` maps keys to ids for them).

Every date counts back from the demo's ``today``; every text goes through
``demo._d``, so the German demo speaks German.
"""

from __future__ import annotations

from datetime import date, timedelta

from legato_desk.model.conference import AgendaItem, Measure, Participant, RoleAssignment
from legato_desk.model.plan import GoalState, MeasureState, WhoKind
from legato_desk.vault import Vault


def populate_plan(vault: Vault, case, persons: dict[str, int], contact_id: int,
                  today: date) -> dict[str, int]:
    """Plan, conference and review of the demo case; returns measure ids by key."""
    from legato_desk.demo import _d

    plan, start = vault.plan, case.opened_on
    plan.set_plan(case.id, started_on=start, wind_down=_d(
        "When M. has started an apprenticeship and Lena feels steady, contact with her "
        "becomes monthly, then on request. The door stays open for the whole family."))
    goal = {key: plan.add_goal(case.id, text=text, set_on=day, state=state).id
            for key, text, day, state in (
                ("talk", _d("The mother can talk with M. without fights."), start,
                 GoalState.PARTLY_MET),
                ("keyclient", _d("A key-client whom M. still trusts is found and supported."),
                 start, GoalState.MET),
                ("ties", _d("M. keeps at least one close tie outside the online group."),
                 today - timedelta(days=45), GoalState.OPEN),
                ("work", _d("M. has an apprenticeship or a job he chose himself."),
                 today - timedelta(days=45), GoalState.OPEN))}

    def person(key: str) -> dict:
        return {"who_kind": WhoKind.PERSON, "person_id": persons[key]}

    counsellor = {"who_kind": WhoKind.COUNSELLOR}
    measures = {}
    for key, what, who, due, state, serves in (
            ("dinners", _d("Keep the Sunday dinners going."), person("mother"), None,
             MeasureState.IN_PROGRESS, "talk"),
            ("training", _d("Two training sessions with Lena on the key-client role."),
             counsellor, today - timedelta(days=16), MeasureState.DONE, "keyclient"),
            ("visits", _d("Weekly visits; praise small steps, no arguments about faith."),
             person("sister"), None, MeasureState.IN_PROGRESS, "ties"),
            ("apprenticeship", _d("Look at apprenticeships in logistics together with M."),
             person("sister"), today + timedelta(days=30), MeasureState.IN_PROGRESS, "work"),
            ("father", _d("Invite the father to a session with the mother."), counsellor,
             today - timedelta(days=3), MeasureState.DONE, "talk"),
            ("psychologist", _d("Find a psychologist who takes this like any other case."),
             counsellor, today + timedelta(days=60), MeasureState.PLANNED, None)):
        measures[key] = plan.add_measure(case.id, what=what, due_on=due, state=state,
                                         goal_id=goal[serves] if serves else None,
                                         **who).id
    _conference(vault, case, contact_id, today)
    agreed = plan.take_over(case.id, vault.conferences.agreed_measures(case.id))
    for m in agreed:
        if m.who_kind is WhoKind.CONTACT:  # the written outcome went out the next week
            plan.update_measure(m.id, what=m.what, who_kind=m.who_kind, who=m.who,
                                contact_id=m.contact_id, due_on=m.due_on,
                                state=MeasureState.DONE)
        elif m.person_id == persons["youthworker"]:
            plan.update_measure(m.id, what=m.what, who_kind=m.who_kind,
                                person_id=m.person_id, due_on=m.due_on,
                                state=MeasureState.IN_PROGRESS, goal_id=goal["ties"])
    plan.add_review(case.id, held_on=today - timedelta(days=20), note=_d(
        "First review, the day after the case conference. Lena carries the key-client "
        "role; the Sunday dinners broke off after the argument about prayer times, so "
        "talking without fights is only partly reached. The job plan is M.'s own: the "
        "job coach now asks about a trial week."))
    return measures


def _conference(vault: Vault, case, contact_id: int, today: date) -> None:
    """An anonymous conference: the case without identifying data (no security risk)."""
    from legato_desk.demo import _d

    contact = vault.directory.contact(contact_id)
    held = today - timedelta(days=21)
    vault.conferences.add(
        case.id, held_on=held, anonymous=True,
        agenda=[AgendaItem(_d("Support for the application for an apprenticeship in "
                              "logistics"), True),
                AgendaItem(_d("A place outside the online group: the football group"), True),
                AgendaItem(_d("Outcome of the child-protection check"), True),
                AgendaItem(_d("The family's conflict about religion"), False)],
        participants=[
            Participant(_d("counsellor, advice centre")),
            Participant(contact.role, contact.deputy, contact.agency_name, contact.id,
                        deputy=True),
            Participant(_d("job coach")),
            Participant(_d("youth worker, football group"))],
        roles=[RoleAssignment("chairs", 0), RoleAssignment("keeps the minutes", 1),
               RoleAssignment("contact for the family", 0)],
        measures=[
            Measure(_d("Ask the logistics firm about a trial week."), _d("Ms B."),
                    today + timedelta(days=10)),
            Measure(_d("Invite M. to the football group's tournament."), _d("Ms R."),
                    today + timedelta(days=5)),
            Measure(_d("Send the family the written outcome of the child-protection check."),
                    contact.name, held + timedelta(days=7))],
        minutes=_d(
            "The case was brought in without names. The youth welfare office reported "
            "that the check found no danger to the cousin. The job coach supports the "
            "application and will ask the firm about a trial week. The youth worker "
            "invites M. to the tournament; the football group is the one place outside "
            "the online group that he still goes to. The family's conflict about "
            "religion stays in counselling, as the sister asked."),
        minutes_agreed=True)
