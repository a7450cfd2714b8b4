"""The demo vault holds what a first look should find: M.'s intervention plan
and case conference, S.'s release from prison with its weekend warning, and
the tapering contact plans with their open door, all read back through the
repositories and dated from the demo's ``today``."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from legato_desk import demo
from legato_desk.demo_release import release_day
from legato_desk.model.contact_plan import Unit
from legato_desk.model.intake import ReferralRoute
from legato_desk.model.plan import GoalState, MeasureState, WhoKind
from legato_desk.vault import Vault
from legato_desk.vault.keys import KdfParams

TODAY = date(2026, 3, 4)  # a Wednesday


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    vault, _ = Vault.create(tmp_path_factory.mktemp("demo") / "v", demo.DEMO_PASSPHRASE,
                            kdf=KdfParams.cheap_for_tests())
    demo.populate(vault, today=TODAY)
    cases = {c.pseudonym: c for c in vault.cases.list()}
    yield vault, cases
    vault.close()


def test_two_cases_the_main_story_on_top(filled):
    vault, _cases = filled
    assert [c.pseudonym for c in vault.cases.list()] == ["M.", "S."]
    routes = {c.pseudonym: vault.intake.get(c.id).referral_route for c in vault.cases.list()}
    assert routes == {"M.": ReferralRoute.HELPLINE, "S.": ReferralRoute.JUSTICE}


def test_the_plan_has_goals_measures_a_wind_down_and_a_review(filled):
    vault, cases = filled
    case = cases["M."]
    plan = vault.plan.get(case.id)
    assert plan.stored and plan.started_on == case.opened_on and plan.wind_down
    assert {g.state for g in plan.goals} == {GoalState.OPEN, GoalState.MET,
                                             GoalState.PARTLY_MET}
    assert {m.state for m in plan.measures} == set(MeasureState) - {MeasureState.DROPPED}
    assert {m.who_kind for m in plan.measures} == set(WhoKind)
    assert all(m.goal_id is None or plan.goal(m.goal_id) for m in plan.measures)
    assert any(m.due_on and m.due_on > TODAY for m in plan.measures)
    [review] = plan.reviews
    assert review.held_on == TODAY - timedelta(days=20) and review.note
    # The sessions ticked the measures they worked on, in the session records.
    worked = {m.what: vault.plan.sessions_of(m.id) for m in plan.measures}
    assert sum(worked.values()) == 6
    sessions = vault.sessions.list(case.id)
    assert sum(bool(vault.plan.session_work(s.id)) for s in sessions) == 4


def test_the_conference_has_participants_roles_measures_and_minutes(filled):
    vault, cases = filled
    case = cases["M."]
    [conference] = vault.conferences.for_case(case.id)
    assert conference.held_on == TODAY - timedelta(days=21) and conference.anonymous
    assert 0 < len(conference.agreed_agenda) < len(conference.agenda)
    deputy = next(p for p in conference.participants if p.deputy)
    contact = vault.directory.contact(deputy.contact_id)
    assert deputy.name == contact.deputy and deputy.agency == contact.agency_name
    assert {r.duty for r in conference.roles} == {"chairs", "keeps the minutes",
                                                  "contact for the family"}
    assert conference.minutes_agreed and conference.printed_minutes
    # Every measure agreed there was taken over into the plan.
    plan = {(m.what, m.due_on) for m in vault.plan.measures(case.id)}
    assert {(m.what, m.due_on) for m in conference.measures} <= plan
    assert vault.plan.take_over(case.id, vault.conferences.agreed_measures(case.id)) == []


def test_the_release_falls_on_a_friday_afternoon_and_warns(filled):
    vault, cases = filled
    release = vault.releases.get(cases["S."].id)
    assert release.released_on == release_day(TODAY) and release.released_on.weekday() == 4
    assert 7 <= (release.released_on - TODAY).days <= 13
    assert release.institution and 0 < release.done < len(release.items)
    assert sum(i.contact_id is not None for i in release.items) == 3
    check = vault.releases.check(cases["S."].id)
    assert check.warning  # nobody is reachable on the Friday afternoon or at the weekend
    assert check.first.weekday() == 0 and all(p.recorded for p in check.people)
    assert vault.releases.get(cases["M."].id) is None


@pytest.mark.parametrize("today", [date(2026, 3, 2) + timedelta(days=n) for n in range(7)])
def test_the_release_day_is_the_friday_one_to_two_weeks_on(today):
    day = release_day(today)
    assert day.weekday() == 4 and 7 <= (day - today).days <= 13


def test_contact_plans_taper_to_an_open_door(filled):
    vault, cases = filled
    for case in cases.values():
        [steps] = vault.contact_plans.for_case(case.id).values()
        assert steps[-1].unit is Unit.ON_REQUEST and len(steps) >= 3
        assert vault.contact_plans.compare(next(iter(
            vault.contact_plans.for_case(case.id)))).slots
    [door] = vault.open_doors.for_case(cases["M."].id).values()
    assert door.route
