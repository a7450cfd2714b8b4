"""vault.search: one search over everything written in a case, with filters."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from legato_desk.model.search import TASK_CHOICES, HitKind, SearchFilter
from legato_desk.model.session import Task
from tests.vault.searched_case import fill


@pytest.fixture
def case(vault):
    return fill(vault)


def found(vault, case, text, **where):
    result = vault.search.search(case.case_id, text, SearchFilter(**where))
    assert result.total == len(result.hits)
    return [(h.kind, h.part, h.ref) for h in result.hits]


def test_every_place_a_counsellor_writes_is_searched(vault, case):
    c = case
    assert found(vault, c, "kickboxing") == [(HitKind.SUMMARY, "summary", None)]
    assert found(vault, c, "telegram") == [(HitKind.INTAKE, "concern", None)]
    assert found(vault, c, "bakery") == [(HitKind.PERSON, "note", c.lena)]
    assert found(vault, c, "chess") == [(HitKind.TIE, "note", c.tie)]
    assert found(vault, c, "pizza") == [(HitKind.SESSION, "done", c.march)]
    assert found(vault, c, "mosque") == [(HitKind.SESSION, "fact", c.march)]
    assert found(vault, c, "pilgrimage") == [(HitKind.SESSION, "body", c.march)]
    assert found(vault, c, "birthdays") == [(HitKind.KEYCLIENT, "rationale", c.keyclient)]
    assert found(vault, c, "football") == [
        (HitKind.KEYCLIENT, "evidence:credibility", c.keyclient)]
    assert found(vault, c, "hamburg") == [(HitKind.KEYCLIENT, "event", c.keyclient)]
    assert found(vault, c, "knife") == [(HitKind.SAFEGUARDING, "reason", c.escalation)]
    assert found(vault, c, "welfare") == [(HitKind.SHARING, "recipient", c.disclosure)]
    assert found(vault, c, "school report") == [(HitKind.FACTORS, "note", c.sheet)]
    assert found(vault, c, "older boys") == [(HitKind.FACTORS, "factor_note", c.sheet)]
    assert found(vault, c, "trauma") == [(HitKind.REFERRAL, "reason", c.referral)]


def test_hits_say_who_which_task_and_when_with_the_match_highlighted(vault, case):
    [facts, task] = vault.search.search(case.case_id, "apprenticeship").hits
    assert (facts.part, facts.tasks, task.part, task.tasks) == ("facts", (), "done",
                                                                 (Task.WORK,))
    assert task.on == datetime(2026, 1, 10, 10, 0) and task.persons == ("Lena",)
    assert task.person_ids == (case.lena,)
    assert task.snippet == "Application for a carpentry \x02apprenticeship\x03."
    [tie] = vault.search.search(case.case_id, "chess").hits
    assert tie.persons == ("Lena", "Omar") and tie.on is None
    [rationale] = vault.search.search(case.case_id, "birthdays").hits
    assert rationale.on == date(2025, 12, 15) and rationale.persons == ("Lena",)


def test_the_snippet_comes_from_the_field_that_matched(vault, case):
    """A record repeats a part (a sheet's factors, a conference's agenda items)."""
    [first] = vault.search.search(case.case_id, "older boys").hits
    assert first.snippet == "\x02Older\x03 \x02boys\x03 from the gym."
    [second] = vault.search.search(case.case_id, "calls evening").hits
    assert second.kind is HitKind.FACTORS
    assert second.snippet == "\x02Calls\x03 him every \x02evening\x03."


def test_matching_folds_case_and_accents_and_takes_words_as_prefixes(vault, case):
    assert found(vault, case, "ZURICH") == [(HitKind.INTAKE, "past", None)]
    assert found(vault, case, "zür") == [(HitKind.INTAKE, "past", None)]
    assert found(vault, case, "APPRENTICE")[0][0] is HitKind.SESSION
    # every word must occur in the same record, in any of its fields
    assert found(vault, case, "kickboxing worried") == [(HitKind.SUMMARY, "summary", None)]
    assert found(vault, case, "kickboxing pizza") == []
    assert found(vault, case, "ickboxing") == []  # a word's start, not its middle


def test_the_search_stays_inside_its_case(vault, case):
    assert [h.kind for h in vault.search.search(case.other_case_id, "bakery").hits] == [
        HitKind.SUMMARY]
    assert found(vault, case, "bakery") == [(HitKind.PERSON, "note", case.lena)]


def test_undated_texts_first_then_newest_first(vault, case):
    kinds = [(h.kind, h.on) for h in vault.search.search(case.case_id, "the").hits]
    undated = [k for k, on in kinds if on is None]
    dated = [on for _k, on in kinds if on is not None]
    assert kinds[:len(undated)] == [(k, None) for k in undated]
    assert undated == sorted(undated, key=list(HitKind).index)
    as_time = [on if isinstance(on, datetime) else datetime(on.year, on.month, on.day)
               for on in dated]
    assert as_time == sorted(as_time, reverse=True)


def test_a_limit_keeps_the_first_hits_and_says_how_many_matched(vault, case):
    everything = vault.search.search(case.case_id, "the")
    first = vault.search.search(case.case_id, "the", limit=2)
    assert first.total == everything.total > 2
    assert first.hits == everything.hits[:2]


def test_filter_by_task_grounding_or_one_of_the_six(vault, case):
    grounding = TASK_CHOICES["grounding"]
    assert found(vault, case, "", tasks=grounding) == [
        (HitKind.SESSION, "done", case.march), (HitKind.SESSION, "done", case.january)]
    assert found(vault, case, "birthday", tasks=grounding) == [
        (HitKind.SESSION, "done", case.january)]  # the card, not the rationale
    assert found(vault, case, "apprenticeship", tasks=TASK_CHOICES["work"]) == [
        (HitKind.SESSION, "done", case.january)]
    assert found(vault, case, "apprenticeship", tasks=TASK_CHOICES["therapy"]) == []


def test_filter_by_person_of_the_map(vault, case):
    lena = found(vault, case, "", person_id=case.lena)
    assert (HitKind.PERSON, "note", case.lena) in lena
    assert (HitKind.TIE, "note", case.tie) in lena
    assert (HitKind.KEYCLIENT, "rationale", case.keyclient) in lena
    assert {ref for kind, _p, ref in lena if kind is HitKind.SESSION} == {case.january}
    father = found(vault, case, "father", person_id=case.father)
    assert father == [(HitKind.PERSON, "role", case.father),  # his role on the map
                      (HitKind.SESSION, "body", case.march),
                      (HitKind.SESSION, "facts", case.march)]


def test_filter_by_dates_admits_dated_texts_in_the_range_only(vault, case):
    january = found(vault, case, "", since=date(2026, 1, 1), until=date(2026, 1, 31))
    assert january == [(HitKind.SESSION, "facts", case.january),
                       (HitKind.SESSION, "done", case.january),
                       (HitKind.SESSION, "done", case.january),
                       (HitKind.KEYCLIENT, "event", case.keyclient)]
    # the day itself belongs to the range; the summary and the map have no date
    assert found(vault, case, "the", since=date(2026, 3, 6), until=date(2026, 3, 6)) == [
        (HitKind.SESSION, "body", case.march)]
    assert found(vault, case, "kickboxing", since=date(2020, 1, 1)) == []
    assert found(vault, case, "trauma", since=date(2026, 3, 10)) == [
        (HitKind.REFERRAL, "reason", case.referral)]
    assert found(vault, case, "trauma", until=date(2026, 3, 9)) == []


def test_filters_combine(vault, case):
    assert found(vault, case, "", tasks=TASK_CHOICES["grounding"], person_id=case.father,
                 since=date(2026, 3, 1), until=date(2026, 3, 31)) == [
        (HitKind.SESSION, "done", case.march)]
    assert found(vault, case, "", tasks=TASK_CHOICES["grounding"], person_id=case.father,
                 until=date(2026, 2, 28)) == []


def test_no_words_and_no_filter_find_nothing(vault, case):
    assert vault.search.search(case.case_id, "  ").total == 0
    assert vault.search.search(case.case_id, "?!").hits == []
