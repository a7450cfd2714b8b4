"""Measures agreed at a case conference taken over into the intervention plan:
who they name, dates before the plan starts, no duplicate on a second take-over."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from legato_desk.model.conference import AgendaItem, Measure, Participant
from legato_desk.model.plan import MeasureState, WhoKind
from legato_desk.vault.plan import PlanRepository

NOW = datetime(2025, 6, 13, 15, 30, tzinfo=timezone.utc)
OPENED = date(2025, 3, 3)


@pytest.fixture
def v(vault):
    vault.plan = PlanRepository(vault.conn, vault.audit, clock=lambda: NOW)
    return vault


@pytest.fixture
def case(v):
    return v.cases.create("A.", opened_on=OPENED)


def _conference(v, case, held_on, measures):
    return v.conferences.add(case.id, held_on=held_on, anonymous=True,
                             agenda=[AgendaItem("School", True)],
                             participants=[Participant("mother"), Participant("teacher")],
                             roles=[], measures=measures, minutes="", minutes_agreed=False)


def _agreed(v, case, conference):
    return [a for a in v.conferences.agreed_measures(case.id)
            if a.conference_id == conference.id]


def test_agreed_measures_become_plan_measures_once(v, case):
    father = v.maps.add_person(case.id, 0, 0, name="Karl", role="father")
    agency = v.directory.add_agency("Jugendamt Nord", "youth_welfare")
    contact_id = v.directory.save_contact(agency.id, name="Lena Berg", role="case worker")
    c = _conference(v, case, date(2025, 5, 14), [
        Measure("Talk to the school", "Karl", date(2025, 6, 1)),
        Measure("Housing advice", "Lena Berg", date(2025, 7, 1)),
        Measure("Find a sports club", "Uncle Ben")])
    before = len(v.audit.entries())

    made = v.plan.take_over(case.id, _agreed(v, case, c))

    assert [(m.what, m.who_kind, m.who, m.person_id, m.contact_id, m.due_on, m.state)
            for m in made] == [
        ("Talk to the school", WhoKind.PERSON, "Karl", father.id, None, date(2025, 6, 1),
         MeasureState.PLANNED),
        ("Housing advice", WhoKind.CONTACT, "Lena Berg", None, contact_id, date(2025, 7, 1),
         MeasureState.PLANNED),
        ("Find a sports club", WhoKind.CONTACT, "Uncle Ben", None, None, None,
         MeasureState.PLANNED)]
    assert [m.id for m in v.plan.measures(case.id)] == [m.id for m in made]
    assert len(v.audit.entries()) == before + 3
    stored = v.conn.execute("SELECT who_kind, who FROM plan_measures ORDER BY id").fetchall()
    assert stored[2] == ("contact", "Uncle Ben")

    assert v.plan.take_over(case.id, _agreed(v, case, c)) == []   # nothing twice
    assert len(v.plan.measures(case.id)) == 3
    assert len(v.audit.entries()) == before + 3


def test_a_measure_already_typed_into_the_plan_is_not_taken_over_again(v, case):
    c = _conference(v, case, date(2025, 5, 14), [Measure("Call the imam", "Uncle Ben"),
                                                  Measure("Write to the court", "Uncle Ben")])
    v.plan.take_over(case.id, _agreed(v, case, c)[:1])
    made = v.plan.take_over(case.id, _agreed(v, case, c))
    assert [m.what for m in made] == ["Write to the court"]


def test_a_date_before_the_plan_starts_is_dropped_and_the_measure_kept(v, case):
    c = _conference(v, case, date(2025, 1, 10), [Measure("Meet the family", "mother",
                                                         date(2025, 2, 1))])
    made = v.plan.take_over(case.id, _agreed(v, case, c))
    assert [(m.what, m.who, m.due_on) for m in made] == [("Meet the family", "mother", None)]


def test_a_contact_without_a_name_is_still_refused(v, case):
    from legato_desk.errors import ValidationError
    with pytest.raises(ValidationError, match="agency directory"):
        v.plan.add_measure(case.id, what="x", who_kind=WhoKind.CONTACT)
