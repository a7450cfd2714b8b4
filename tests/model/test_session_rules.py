"""Session records: sign-off, task status transitions, drafts, progress series."""

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legato_desk.errors import ValidationError
from legato_desk.model import progress as p
from legato_desk.model.session import (
    GROUNDING, Change, Fact, Mode, RecordSigned, SessionRecord, Task, TaskEntry, TaskStatus,
    check_editable, check_transition, clean_addendum, clean_record, is_empty,
    record_from_json, record_to_json)

T0 = datetime(2026, 3, 2, 17, 30)


def record(**kw) -> SessionRecord:
    return SessionRecord(case_id=1, held_at=T0, **kw)


def test_tasks_are_grounding_first_then_the_six_in_the_practice_order():
    assert list(Task)[:3] == list(GROUNDING)
    assert [t.number for t in Task][3:] == [1, 2, 3, 4, 5, 6]
    assert Task.FUTURE.number == 1 and Task.THERAPY.number == 6
    assert {t.group.value for t in GROUNDING} == {"grounding"}


@pytest.mark.parametrize("old,new,change", [
    (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS, Change.STARTED),
    (TaskStatus.IN_PROGRESS, TaskStatus.ACHIEVED, Change.ACHIEVED),
    (TaskStatus.ACHIEVED, TaskStatus.IN_PROGRESS, Change.REOPENED),
    (TaskStatus.IN_PROGRESS, TaskStatus.PAUSED, Change.PAUSED),
    (TaskStatus.PAUSED, TaskStatus.IN_PROGRESS, Change.RESUMED),
    (TaskStatus.PAUSED, TaskStatus.PAUSED, Change.NONE),
    (TaskStatus.NOT_STARTED, TaskStatus.ACHIEVED, Change.ACHIEVED),
])
def test_status_transitions_have_a_meaning(old, new, change):
    assert check_transition(old, new) is change


@pytest.mark.parametrize("old", [TaskStatus.IN_PROGRESS, TaskStatus.ACHIEVED, TaskStatus.PAUSED])
def test_no_way_back_to_not_started(old):
    with pytest.raises(ValidationError, match="paused"):
        check_transition(old, TaskStatus.NOT_STARTED)


def test_an_addressed_task_cannot_be_not_started():
    with pytest.raises(ValidationError):
        clean_record(record(tasks=(TaskEntry(Task.WORK, status=TaskStatus.NOT_STARTED),)))


def test_clean_record_trims_orders_and_checks_ranges():
    r = clean_record(record(
        facts="  said he will visit  ", key_clients=(3, 3, 4),
        tasks=(TaskEntry(Task.THERAPY, rating=2), TaskEntry(Task.RELATIONSHIPS, rating=4)),
        sources=(Fact("  visits sister weekly ", "reported by the mother"), Fact("", ""))))
    assert r.facts == "said he will visit" and r.key_clients == (3, 4)
    assert [e.task for e in r.tasks] == [Task.RELATIONSHIPS, Task.THERAPY]
    assert r.sources == (Fact("visits sister weekly", "reported by the mother"),)
    for bad in (dict(stress=0), dict(resilience=6), dict(duration_min=-1),
                dict(tasks=(TaskEntry(Task.WORK, rating=9),)),
                dict(tasks=(TaskEntry(Task.WORK), TaskEntry(Task.WORK))),
                dict(sources=(Fact("", "reported by the father"),)),
                dict(follow_up_on=T0.date() - timedelta(days=1)),
                dict(facts="x" * 20_001)):
        with pytest.raises(ValidationError):
            clean_record(record(**bad))


def test_signed_records_are_final_and_addenda_need_text():
    check_editable(record())
    with pytest.raises(RecordSigned):
        check_editable(record(signed_at=T0))
    assert clean_addendum("  later: the father called  ") == "later: the father called"
    with pytest.raises(ValidationError):
        clean_addendum("   ")


def test_an_untouched_record_is_empty():
    assert is_empty(record(mode=Mode.PHONE, duration_min=10))
    assert not is_empty(record(facts="x"))
    assert not is_empty(record(tasks=(TaskEntry(Task.WORK),)))


_texts = st.text(max_size=40)
_entries = st.builds(TaskEntry, task=st.sampled_from(Task), done=_texts,
                     rating=st.none() | st.integers(1, 5),
                     status=st.sampled_from([TaskStatus.IN_PROGRESS, TaskStatus.PAUSED]),
                     setback=_texts, next_step=_texts)


@given(st.builds(
    SessionRecord, case_id=st.integers(1, 9),
    held_at=st.datetimes(datetime(2000, 1, 1), datetime(2100, 1, 1)),
    id=st.none() | st.integers(1, 10**6), mode=st.sampled_from(Mode),
    key_clients=st.lists(st.integers(1, 99), max_size=3).map(tuple),
    facts=_texts, reflection=_texts, sources=st.lists(st.builds(
        Fact, text=_texts, source=_texts, verified=st.booleans()), max_size=3).map(tuple),
    stress=st.none() | st.integers(1, 5), follow_up_on=st.none() | st.dates(),
    tasks=st.lists(_entries, max_size=4).map(tuple)))
def test_drafts_round_trip_exactly(rec):
    assert record_from_json(record_to_json(rec)) == rec


def ev(day: int, task: Task, status=TaskStatus.IN_PROGRESS, rating=None, sid=None, **kw):
    return p.TaskEvent(sid or day, T0 + timedelta(days=day),
                       TaskEntry(task, status=status, rating=rating, **kw))


def test_overview_follows_the_latest_entry_and_counts_setbacks():
    rows = {r.task: r for r in p.overview([
        ev(7, Task.WORK, TaskStatus.IN_PROGRESS, 2, setback="lost the apprenticeship"),
        ev(1, Task.WORK, TaskStatus.ACHIEVED, 4, next_step="call the job centre"),
        ev(3, Task.RELATIONSHIPS, rating=3),
    ])}
    assert list(rows) == list(Task)
    work = rows[Task.WORK]
    assert work.status is TaskStatus.IN_PROGRESS and work.last_change is Change.REOPENED
    assert work.last_rating == 2 and work.sessions == 2 and work.setbacks == 1
    assert work.next_step == "call the job centre" and work.last_session_id == 7
    assert work.last_activity == T0 + timedelta(days=7)
    assert rows[Task.THERAPY].status is TaskStatus.NOT_STARTED
    assert rows[Task.THERAPY].last_activity is None


def test_progress_series_is_chronological_and_skips_unrated():
    series = p.progress_series([ev(5, Task.FUTURE, rating=3), ev(2, Task.FUTURE, rating=1),
                                ev(3, Task.FUTURE), ev(4, Task.RELATIONSHIPS, rating=5)])
    assert list(series) == [Task.RELATIONSHIPS, Task.FUTURE]
    assert [pt.rating for pt in series[Task.FUTURE]] == [1, 3]
    assert p.time_span(series) == (T0 + timedelta(days=2), T0 + timedelta(days=5))
    assert p.time_span({}) is None


def test_due_within_is_a_rolling_window_that_keeps_overdue_ones():
    friday = date(2026, 3, 6)
    assert p.horizon(friday, 7) == date(2026, 3, 13) and p.horizon(friday, 1) == date(2026, 3, 7)
    items = [p.FollowUp(i, 1, "2026-001", "A.", d, "", T0) for i, d in enumerate(
        [date(2026, 3, 14), date(2026, 3, 9), date(2026, 2, 20), date(2026, 3, 13)])]
    due = p.due_within(items, friday, 7)  # Monday after the weekend, and the last day
    assert [f.due for f in due] == [date(2026, 2, 20), date(2026, 3, 9), date(2026, 3, 13)]
    assert due[0].overdue(friday) and not due[1].overdue(friday)
    assert [f.due for f in p.due_within(items, friday, 2)] == [date(2026, 2, 20)]


@given(st.text())
def test_fts_query_is_words_only(text):
    query = p.fts_query(text)
    assert all(part.startswith('"') and part.endswith('"*') for part in query.split())
    assert query.count('"') % 2 == 0


def test_highlights_split_into_pieces():
    s = f"a {p.HIGHLIGHT_START}job{p.HIGHLIGHT_END} centre"
    assert p.split_highlights(s) == [("a ", False), ("job", True), (" centre", False)]


def test_timeline_merges_in_order_and_filters_kinds():
    a = [p.TimelineEvent(T0 + timedelta(days=2), "session", "b")]
    b = [p.TimelineEvent(T0, "snapshot", "a"), p.TimelineEvent(T0 + timedelta(days=9), "x", "c")]
    assert [e.title for e in p.merge_timeline([a, b])] == ["a", "b", "c"]
    assert [e.title for e in p.merge_timeline([a, b], {"session", "x"})] == ["b", "c"]


def test_templates_fill_only_what_is_empty_and_round_trip():
    from legato_desk.model import templates as tpl

    crisis = tpl.DEFAULTS[1]
    filled = tpl.apply(crisis, record(facts="already typed", tasks=(TaskEntry(Task.WORK),)))
    assert filled.facts == "already typed" and filled.mode is Mode.OUT_OF_HOURS
    assert filled.next_steps.startswith("Call back")
    parent = tpl.apply(tpl.DEFAULTS[0], record(tasks=(TaskEntry(Task.RELATIONSHIPS),)))
    assert [e.task for e in parent.tasks] == [Task.RELATIONSHIPS]
    assert tpl.load(None) == list(tpl.DEFAULTS)
    assert tpl.load([t.to_dict() for t in tpl.DEFAULTS]) == list(tpl.DEFAULTS)
    with pytest.raises(ValidationError):
        tpl.clean_templates([tpl.Template(" "), ])
    with pytest.raises(ValidationError):
        tpl.clean_templates([tpl.Template("A"), tpl.Template("a ")])


def test_snippets_highlight_prefixes_across_case_and_diacritics():
    S, E = p.HIGHLIGHT_START, p.HIGHLIGHT_END
    assert p.make_snippet(["", "Met Müller at the Job centre."], "muller job") == (
        f"Met {S}Müller{E} at the {S}Job{E} centre.")
    long = " ".join(f"w{i}" for i in range(40)) + " apprenticeship " + " ".join(
        f"v{i}" for i in range(40))
    snip = p.make_snippet([long], "apprent", width=10)
    assert snip.startswith("…") and snip.endswith("…")
    assert f"{S}apprenticeship{E}" in snip and len(snip.split()) == 10
    assert p.make_snippet(["no hit here"], "zebra") == "no hit here"
    assert p.make_snippet([], "x") == ""


def test_addressing_a_task_keeps_the_status_it_stands_at():
    """Issue 16.2: ticking a task is no status change; only a task never begun starts."""
    from legato_desk.model import templates as tpl
    from legato_desk.model.session import status_when_addressed

    assert status_when_addressed(None) is TaskStatus.IN_PROGRESS
    for status in TaskStatus:
        expected = TaskStatus.IN_PROGRESS if status is TaskStatus.NOT_STARTED else status
        assert status_when_addressed(status) is expected
    parent = tpl.apply(tpl.DEFAULTS[0], record(), {Task.RELATIONSHIPS: TaskStatus.ACHIEVED})
    assert [(e.task, e.status) for e in parent.tasks] == [
        (Task.RELATIONSHIPS, TaskStatus.ACHIEVED)]
    assert tpl.apply(tpl.DEFAULTS[0], record()).tasks[0].status is TaskStatus.IN_PROGRESS


@given(st.text())
def test_folding_is_the_same_with_and_without_the_ascii_shortcut(text):
    import unicodedata

    slow = "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c)).casefold()
    assert p._fold(text) == slow
    assert p._fold(text.encode("ascii", "ignore").decode()) == \
        text.encode("ascii", "ignore").decode().lower()


def test_folding_takes_case_and_accents_away():
    assert p._fold("Zürich ÉCOLE Straße") == "zurich ecole strasse"
    assert p._fold("Kickboxing GYM") == "kickboxing gym"
