"""vault.search: one search over everything written in a case, with filters."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from legato_desk.model.conference import AgendaItem, Participant
from legato_desk.model.release import ChecklistItem
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


def test_the_plan_the_conferences_and_the_release_are_searched(vault, case):
    c = case
    # Goals and measures: the wind-down note, a goal, a measure's what and who, a review
    assert found(vault, c, "autumn") == [(HitKind.PLAN, "wind_down", None)]
    assert found(vault, c, "handball") == [(HitKind.GOAL, "goal", c.goal)]
    assert found(vault, c, "coach") == [(HitKind.MEASURE, "what", c.measure)]
    assert found(vault, c, "lena") == [(HitKind.MEASURE, "who", c.measure),
                                       (HitKind.CONFERENCE, "participant", c.conference)]
    assert found(vault, c, "winter break") == [(HitKind.PLAN_REVIEW, "note", c.review)]
    # a conference: agenda (agreed or not), participants, roles, measures, minutes
    conf = c.conference
    assert found(vault, c, "exams") == [(HitKind.CONFERENCE, "agenda_agreed", conf)]
    assert found(vault, c, "milieu") == [(HitKind.CONFERENCE, "agenda", conf)]
    assert found(vault, c, "wilhelmsburg") == [(HitKind.CONFERENCE, "participant", conf)]
    assert found(vault, c, "chairs") == [(HitKind.CONFERENCE, "role", conf)]
    assert found(vault, c, "sparring") == [(HitKind.CONFERENCE, "measure", conf)]
    assert found(vault, c, "mentoring") == [(HitKind.CONFERENCE, "minutes", conf)]
    # the release: its institution (ref None), each checklist item by its position
    assert found(vault, c, "hahnöfersand") == [(HitKind.RELEASE, "institution", None)]
    assert found(vault, c, "gate") == [(HitKind.RELEASE, "item", 0)]
    assert found(vault, c, "jacket") == [(HitKind.RELEASE, "item_note", 0)]
    assert found(vault, c, "flat") == [(HitKind.RELEASE, "item_note", 1)]
    assert found(vault, c, "omar") == [(HitKind.RELEASE, "responsible", 0),
                                       (HitKind.CONFERENCE, "measure_who", conf)]


def test_plan_conference_and_release_hits_say_when_and_whom(vault, case):
    [measure] = vault.search.search(case.case_id, "coach").hits
    assert measure.on == date(2026, 4, 30)  # by when
    assert (measure.persons, measure.person_ids) == (("Lena",), (case.lena,))
    [undated] = vault.search.search(case.case_id, "probation").hits
    assert (undated.kind, undated.on, undated.persons) == (HitKind.MEASURE, None, ())
    [goal] = vault.search.search(case.case_id, "handball").hits
    assert goal.on == date(2025, 12, 1)
    [minutes] = vault.search.search(case.case_id, "mentoring").hits
    assert minutes.on == date(2026, 2, 12)
    # Lena took part by name, Omar carries out a measure: both are on the map
    assert (minutes.persons, minutes.person_ids) == (("Lena", "Omar"), (case.lena, case.father))
    assert minutes.snippet.endswith("an imam offers \x02mentoring\x03.")
    [item] = vault.search.search(case.case_id, "jacket").hits
    assert (item.on, item.persons, item.person_ids) == (date(2026, 5, 4), ("Omar",),
                                                        (case.father,))
    [night] = vault.search.search(case.case_id, "flat").hits
    assert (night.persons, night.person_ids) == ((), ())


def test_what_is_stored_now_is_found(vault, case):
    """A conference and a checklist are saved whole (child rows written anew)."""
    vault.conferences.update(case.conference, held_on=date(2026, 2, 13), anonymous=True,
                             agenda=[AgendaItem("Apprenticeship options", agreed=True)],
                             participants=[Participant("youth worker")],
                             minutes="Short meeting.")
    assert found(vault, case, "mentoring") == found(vault, case, "exams") == []
    [hit] = vault.search.search(case.case_id, "options").hits
    assert (hit.ref, hit.on, hit.person_ids) == (case.conference, date(2026, 2, 13), ())
    vault.releases.save(case.case_id, released_on=None, released_at=None, institution="",
                        items=[ChecklistItem("First night", note="Sleeps at his aunt's flat")])
    assert found(vault, case, "hahnöfersand") == found(vault, case, "jacket") == []
    [night] = vault.search.search(case.case_id, "flat").hits
    assert (night.ref, night.on) == (0, None)  # now the first item; the release is undated
    vault.plan.remove_goal(case.goal)
    assert found(vault, case, "handball") == []


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
    [agenda] = vault.search.search(case.case_id, "exams").hits
    assert agenda.snippet == "School attendance and \x02exams\x03"


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
    assert [h.kind for h in vault.search.search(case.other_case_id, "handball").hits] == [
        HitKind.GOAL]
    assert found(vault, case, "handball") == [(HitKind.GOAL, "goal", case.goal)]
    assert found(vault, case, "first night") == [(HitKind.RELEASE, "item", 1)]


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
    # the doer of a plan measure; names typed at a conference or on the release
    # checklist that are a map person's name
    assert (HitKind.MEASURE, "what", case.measure) in lena
    assert (HitKind.CONFERENCE, "agenda_agreed", case.conference) in lena
    assert (HitKind.RELEASE, "item", 0) not in lena
    omar = found(vault, case, "", person_id=case.father)
    assert (HitKind.CONFERENCE, "agenda_agreed", case.conference) in omar
    assert (HitKind.RELEASE, "item", 0) in omar and (HitKind.RELEASE, "item", 1) not in omar
    assert (HitKind.MEASURE, "what", case.measure) not in omar
    # the counsellor's own measure, goals, reviews, the wind-down concern nobody on the map
    nobody = {(HitKind.GOAL, "goal", case.goal), (HitKind.PLAN, "wind_down", None),
              (HitKind.PLAN_REVIEW, "note", case.review)}
    assert not nobody & set(lena) and not nobody & set(omar)
    assert found(vault, case, "probation", person_id=case.lena) == []


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
    # the plan by its dates (a measure by when it is due), a conference, the release
    february = found(vault, case, "", since=date(2026, 2, 10), until=date(2026, 2, 28))
    assert february == [(HitKind.PLAN_REVIEW, "note", case.review),
                        (HitKind.SHARING, "what", case.disclosure),
                        (HitKind.SAFEGUARDING, "reason", case.escalation),
                        (HitKind.CONFERENCE, "agenda_agreed", case.conference)]
    assert found(vault, case, "", since=date(2026, 4, 1), until=date(2026, 5, 31)) == [
        (HitKind.RELEASE, "institution", None), (HitKind.RELEASE, "item", 0),
        (HitKind.RELEASE, "item", 1), (HitKind.MEASURE, "what", case.measure)]
    assert found(vault, case, "handball", since=date(2025, 12, 1),
                 until=date(2025, 12, 1)) == [(HitKind.GOAL, "goal", case.goal)]
    assert found(vault, case, "autumn", since=date(2025, 11, 3)) == []  # undated
    assert found(vault, case, "probation", until=date(2026, 12, 31)) == []  # no due date


def test_filters_combine(vault, case):
    assert found(vault, case, "", tasks=TASK_CHOICES["grounding"], person_id=case.father,
                 since=date(2026, 3, 1), until=date(2026, 3, 31)) == [
        (HitKind.SESSION, "done", case.march)]
    assert found(vault, case, "", tasks=TASK_CHOICES["grounding"], person_id=case.father,
                 until=date(2026, 2, 28)) == []


def test_no_words_and_no_filter_find_nothing(vault, case):
    assert vault.search.search(case.case_id, "  ").total == 0
    assert vault.search.search(case.case_id, "?!").hits == []


def test_the_number_of_queries_does_not_grow_with_the_records(vault, case):
    """One query per table: more goals, conferences or checklist items, no more reads."""
    def queries(text: str, **where) -> int:
        seen: list[str] = []
        vault.conn.set_trace_callback(seen.append)
        try:  # every hit shown: the session texts of each table are read once
            vault.search.search(case.case_id, text, SearchFilter(**where), limit=1000)
        finally:
            vault.conn.set_trace_callback(None)
        return sum(1 for q in seen if not q.startswith("--"))  # not FTS5's own reads

    before = queries("the"), queries("", since=date(2025, 1, 1))
    for day in (3, 4, 5):
        vault.plan.add_goal(case.case_id, text=f"Goal {day}", set_on=date(2026, 2, day))
        vault.plan.add_review(case.case_id, held_on=date(2026, 2, day), note="The review.")
        vault.conferences.add(case.case_id, held_on=date(2026, 2, day), anonymous=True,
                              agenda=[AgendaItem("The school"), AgendaItem("The family")],
                              participants=[Participant("mother"), Participant("teacher")],
                              minutes="The minutes.")
    vault.releases.save(case.case_id, released_on=None, released_at=None, institution="JVA",
                        items=[ChecklistItem(f"The item {i}") for i in range(6)])
    assert (queries("the"), queries("", since=date(2025, 1, 1))) == before
    assert vault.search.search(case.case_id, "the review").total >= 3
