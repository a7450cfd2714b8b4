"""The case conference record's rules (model/conference.py)."""

from __future__ import annotations

from datetime import date

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.conference import (
    AgendaItem, Conference, Measure, Participant, RoleAssignment, agreed_measures,
    check_export, clean_conference)

DAY = date(2025, 5, 14)


def values(**change):
    base = dict(held_on=DAY, anonymous=True,
                agenda=[AgendaItem("  School   attendance ", True),
                        AgendaItem("Contacts to the milieu", False)],
                participants=[Participant("case worker", "Lena Berg", "Jugendamt Nord", 3),
                              Participant("mother")],
                roles=[RoleAssignment("chairs", 0), RoleAssignment("contact for the family", 1)],
                measures=[Measure("Talk to the school", "case worker", date(2025, 6, 1))],
                minutes="", minutes_agreed=False)
    base.update(change)
    return base


def test_a_complete_conference_is_cleaned_and_kept_in_order():
    held, anonymous, agenda, people, roles, measures, minutes, agreed = clean_conference(
        **values())
    assert (held, anonymous, minutes, agreed) == (DAY, True, "", False)
    assert agenda == (AgendaItem("School attendance", True),
                      AgendaItem("Contacts to the milieu", False))
    assert people[0].from_directory and not people[1].from_directory
    assert [r.holder for r in roles] == [0, 1]
    assert measures == (Measure("Talk to the school", "case worker", date(2025, 6, 1)),)


@pytest.mark.parametrize("change, message", [
    (dict(held_on=None), "needs a date"),
    (dict(agenda=[]), "at least one agenda item"),
    (dict(agenda=[AgendaItem("   ", True)]), "agenda item is empty"),
    (dict(agenda=[AgendaItem("x" * 501, True)]), "at most 500"),
    (dict(participants=[], roles=[]), "at least one participant"),
    (dict(participants=[Participant("")], roles=[]), "role is empty"),
    (dict(participants=[Participant("", "", "", 4)], roles=[]), "role is empty"),
    (dict(roles=[RoleAssignment("chairs", 5)]), "which participant chairs"),
    (dict(roles=[RoleAssignment("chairs", None)]), "which participant chairs"),
    (dict(roles=[RoleAssignment("chairs", 0), RoleAssignment("Chairs", 1)]), "given twice"),
    (dict(roles=[RoleAssignment(" ", 0)]), "role is empty"),
    (dict(measures=[Measure("", "x")]), "measure is empty"),
    (dict(measures=[Measure("Call", " ")]), "who carries out"),
    (dict(measures=[Measure("Call", "me", date(2025, 5, 1))]), "due before"),
    (dict(measures=[Measure("Call", "me", "soon")]), "not a date"),
    (dict(minutes_agreed=True), "minutes that are empty"),
    (dict(minutes="x" * 10001), "at most 10000"),
])
def test_bad_values_are_refused_with_a_clear_message(change, message):
    with pytest.raises(ValidationError, match=message):
        clean_conference(**values(**change))


def conference(**change):
    held, anonymous, agenda, people, roles, measures, minutes, agreed = clean_conference(
        **values(**change))
    return Conference(7, 1, held, anonymous, agenda, people, roles, measures, minutes, agreed)


def test_only_agreed_topics_and_agreed_minutes_are_printed():
    c = conference(minutes="In her words: it got better.", minutes_agreed=False)
    assert [a.text for a in c.agreed_agenda] == ["School attendance"]
    assert c.printed_minutes == ""
    assert conference(minutes="It got better.", minutes_agreed=True).printed_minutes == \
        "It got better."


def test_an_anonymous_conference_refuses_a_real_name_export():
    with pytest.raises(ValidationError, match="anonymous"):
        check_export(conference(), case_id=1, real_names=True)
    check_export(conference(), case_id=1, real_names=False)
    check_export(conference(anonymous=False), case_id=1, real_names=True)
    with pytest.raises(ValidationError, match="another case"):
        check_export(conference(), case_id=2, real_names=False)


def test_agreed_measures_list_what_who_and_by_when_oldest_conference_first():
    late = conference(held_on=date(2025, 7, 1), measures=[Measure("B", "mother")])
    early = conference()
    assert [(m.agreed_on, m.what, m.who, m.due_on) for m in agreed_measures([late, early])] == [
        (DAY, "Talk to the school", "case worker", date(2025, 6, 1)),
        (date(2025, 7, 1), "B", "mother", None)]
