"""The intervention plan's rules (model/plan.py) and its goal counts (model/plan_counts.py)."""

from __future__ import annotations

from datetime import date

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model import plan as p
from legato_desk.model.plan_counts import goal_outcomes

START, TODAY = date(2025, 3, 1), date(2025, 6, 13)


def goal(**kw):
    values = dict(text="Mother feels able to talk to her son again", set_on=START,
                  state="open", started_on=START, today=TODAY)
    return p.clean_goal(**{**values, **kw})


def measure(**kw):
    values = dict(what="Weekly talks with the mother", who_kind="counsellor", who="x",
                  person_id=None, contact_id=None, due_on=date(2025, 7, 1), state="planned",
                  started_on=START)
    return p.clean_measure(**{**values, **kw})


def test_a_goal_is_trimmed_and_open_by_default():
    assert goal(text="  Back to school  ") == ("Back to school", START, p.GoalState.OPEN)
    assert goal(state="partly_met")[2] is p.GoalState.PARTLY_MET


@pytest.mark.parametrize("change, message", [
    (dict(text="   "), "A goal needs a text"),
    (dict(text="x" * 1001), "too long (at most 1000"),
    (dict(set_on=date(2025, 2, 28)), "before the plan starts (01.03.2025)"),
    (dict(set_on=date(2025, 6, 14)), "cannot be set in the future"),
    (dict(set_on=None), "needs a date"),
    (dict(state="reached"), "what became of the goal"),
])
def test_a_wrong_goal_says_what_is_wrong(change, message):
    with pytest.raises(ValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        goal(**change)


def test_the_counsellor_needs_no_name_and_a_measure_may_have_no_due_date():
    assert measure() == ("Weekly talks with the mother", p.WhoKind.COUNSELLOR, "",
                         date(2025, 7, 1), p.MeasureState.PLANNED)
    assert measure(due_on=None)[3] is None
    assert measure(who_kind="contact", contact_id=4, who=" Lena  Berg ")[2] == "Lena Berg"
    # a name typed at a case conference stands without a directory entry
    assert measure(who_kind="contact", who="Uncle  Ben")[1:3] == (p.WhoKind.CONTACT,
                                                                  "Uncle Ben")


@pytest.mark.parametrize("change, message", [
    (dict(what=""), "A measure needs a text"),
    (dict(who_kind=None), "Say who carries out the measure"),
    (dict(who_kind="neighbour"), "Say who carries out the measure"),
    (dict(who_kind="person"), "Choose the person on the map"),
    (dict(who_kind="contact", who=" "), "Choose the contact of the agency directory"),
    (dict(due_on=date(2025, 2, 1)), "cannot be due before the plan starts"),
    (dict(state="half"), "how far the measure is"),
])
def test_a_wrong_measure_says_what_is_wrong(change, message):
    with pytest.raises(ValidationError, match=message):
        measure(**change)


def test_a_review_needs_a_note_and_a_date_within_the_plan():
    assert p.clean_review(held_on=TODAY, note=" went well ", started_on=START,
                          today=TODAY) == (TODAY, "went well")
    with pytest.raises(ValidationError, match="needs a short note"):
        p.clean_review(held_on=TODAY, note=" ", started_on=START, today=TODAY)
    with pytest.raises(ValidationError, match="in the future"):
        p.clean_review(held_on=date(2025, 6, 14), note="n", started_on=START, today=TODAY)
    with pytest.raises(ValidationError, match="before the plan starts"):
        p.clean_review(held_on=date(2025, 1, 1), note="n", started_on=START, today=TODAY)


def test_the_plan_cannot_start_after_what_it_already_holds():
    assert p.clean_plan(started_on=START, wind_down=" fewer talks from autumn ",
                        today=TODAY) == (START, "fewer talks from autumn")
    with pytest.raises(ValidationError, match="earliest of them"):
        p.clean_plan(started_on=START, wind_down="", today=TODAY,
                     first_dates=[date(2025, 2, 1)])
    with pytest.raises(ValidationError, match="in the future"):
        p.clean_plan(started_on=date(2025, 7, 1), wind_down="", today=TODAY)


def test_a_measure_counts_as_done_from_the_day_it_became_done():
    done, planned = p.MeasureState.DONE, p.MeasureState.PLANNED
    assert p.done_on(planned, done, None, TODAY) == TODAY
    assert p.done_on(done, done, START, TODAY) == START          # stays done: its day stays
    assert p.done_on(done, planned, START, TODAY) is None        # not done any more


def test_goal_outcomes_are_counts_of_every_state():
    counts = goal_outcomes([p.GoalState.MET, "met", "not_met", p.GoalState.OPEN])
    assert dict(counts) == {"open": 1, "met": 2, "partly_met": 0, "not_met": 1}
    assert dict(goal_outcomes([])) == {"open": 0, "met": 0, "partly_met": 0, "not_met": 0}
    with pytest.raises(ValueError):
        goal_outcomes(["reached"])
