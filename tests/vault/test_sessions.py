"""Session records in a real vault: save, sign, addenda, triggers, drafts, search."""

from datetime import date, datetime, timedelta

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.progress import HIGHLIGHT_END, HIGHLIGHT_START
from legato_desk.model.session import (
    Fact, Mode, RecordSigned, SessionRecord, Task, TaskEntry, TaskStatus)
from legato_desk.vault import Vault
from legato_desk.vault.connection import IntegrityError
from legato_desk.vault.timeline import case_timeline
from tests.conftest import PASSPHRASE

T0 = datetime(2026, 3, 2, 17, 30)


@pytest.fixture
def case(vault):
    return vault.cases.create("M.")


@pytest.fixture
def mother(vault, case):
    return vault.maps.add_person(case.id, 0.2, -0.3, name="Mrs K.", role="mother")


def full_record(case, mother, **kw) -> SessionRecord:
    kw.setdefault("key_clients", (mother.id,))
    return SessionRecord(
        case_id=case.id, held_at=T0, mode=Mode.PHONE, duration_min=45, others="interpreter",
        facts="He spent the weekend with the new group.",
        sources=(Fact("He quit the apprenticeship", "reported by the mother"),
                 Fact("Sister sees him weekly", "", True)),
        reflection="She blames herself; guilt is the main theme.",
        stress=4, guilt=5, resilience=2, state_note="tired, but steady",
        next_steps="Meet the sister.", follow_up_on=T0.date() + timedelta(days=3),
        tasks=(TaskEntry(Task.RELATIONSHIPS, "regular calls agreed", 3),
               TaskEntry(Task.WORK, "talked about a workshop", 2, TaskStatus.PAUSED,
                         "he refused the placement", "ask the youth worker")),
        **kw)


def test_save_and_read_back_everything(vault, case, mother):
    saved = vault.sessions.save(full_record(case, mother))
    assert saved.id and saved.uid and not saved.signed
    again = vault.sessions.get(saved.id)
    assert again == saved
    assert again.sources[0].source == "reported by the mother" and again.sources[1].verified
    assert [e.task for e in again.tasks] == [Task.RELATIONSHIPS, Task.WORK]
    [row] = vault.sessions.list(case.id)
    assert row.key_clients == "Mrs K." and row.tasks == 2 and row.mode is Mode.PHONE
    assert ("created", "session", str(saved.id)) in [e[3:] for e in vault.audit.entries()]


def test_the_list_is_read_with_the_cycle_collector_resting_and_its_rows_are_fixed(
        vault, case, mother, monkeypatch):
    """The list of a case's records is a bulk build (legato_desk.collector);
    its rows cannot be changed by whoever shows them."""
    import gc

    from legato_desk.vault import sessions as repository

    first = vault.sessions.save(full_record(case, mother))
    from dataclasses import replace

    vault.sessions.save(replace(full_record(case, mother, key_clients=()),
                                held_at=T0 + timedelta(days=7), follow_up_on=None))
    seen = []
    made = repository.SessionSummary

    def spy(*fields):
        seen.append(gc.isenabled())
        return made(*fields)

    monkeypatch.setattr(repository, "SessionSummary", spy)
    newest, oldest = vault.sessions.list(case.id)
    assert seen == [False, False] and gc.isenabled()
    assert (newest.held_at, newest.key_clients, newest.tasks) == (T0 + timedelta(days=7), "", 2)
    assert (oldest.id, oldest.key_clients, oldest.follow_up_on) == (
        first.id, "Mrs K.", T0.date() + timedelta(days=3))
    with pytest.raises(AttributeError):
        oldest.key_clients = "someone else"


def test_an_unsigned_record_can_be_edited_a_signed_one_never(vault, case, mother):
    saved = vault.sessions.save(full_record(case, mother))
    from dataclasses import replace

    edited = vault.sessions.save(replace(saved, facts="corrected", tasks=()))
    assert edited.facts == "corrected" and edited.tasks == ()
    signed = vault.sessions.sign(saved.id)
    assert signed.signed and signed.signed_at is not None
    with pytest.raises(RecordSigned):
        vault.sessions.save(replace(signed, facts="silent edit"))
    with pytest.raises(RecordSigned):
        vault.sessions.sign(saved.id)
    with pytest.raises(RecordSigned):
        vault.sessions.delete(saved.id)
    # The database itself refuses, whatever code tries.
    for sql in ("UPDATE sessions SET facts = 'x' WHERE id = ?",
                "UPDATE sessions SET signed_at = NULL WHERE id = ?",
                "INSERT INTO session_tasks (case_id, session_id, task, status)"
                " VALUES (1, ?, 'work', 'paused')"):
        with pytest.raises(IntegrityError, match="signed"):
            vault.conn.execute(sql, (saved.id,))
    assert vault.sessions.get(saved.id).facts == "corrected"
    # Follow-up bookkeeping is not content.
    vault.sessions.set_follow_up_done(saved.id)


def test_addenda_are_dated_appended_and_only_for_signed_records(vault, case, mother):
    saved = vault.sessions.save(full_record(case, mother))
    with pytest.raises(ValidationError, match="not signed"):
        vault.sessions.add_addendum(saved.id, "later")
    vault.sessions.sign(saved.id)
    a = vault.sessions.add_addendum(saved.id, "  The father called the next day.  ")
    assert a.text == "The father called the next day." and a.written_at.tzinfo
    assert [x.text for x in vault.sessions.get(saved.id).addenda] == [a.text]
    with pytest.raises(IntegrityError, match="cannot be changed"):
        vault.conn.execute("UPDATE session_addenda SET body = 'x'")


def test_key_clients_must_be_on_this_cases_map(vault, case, mother):
    other = vault.cases.create("B.")
    stranger = vault.maps.add_person(other.id, 0.1, 0.1, name="Mr X")
    with pytest.raises(ValidationError, match="map"):
        vault.sessions.save(full_record(case, mother, key_clients=(stranger.id,)))


def test_drafts_are_kept_per_editing_and_dropped_on_save(vault, case, mother):
    rec = full_record(case, mother)
    first = vault.sessions.save_draft(rec)
    assert vault.sessions.save_draft(rec, first) == first  # rewritten, not duplicated
    [draft] = vault.sessions.drafts(case.id)
    assert draft.id == first and draft.session_id is None and draft.record == rec
    from dataclasses import replace

    other = vault.sessions.save_draft(replace(rec, facts="another new record"))
    assert other != first and len(vault.sessions.drafts(case.id)) == 2
    saved = vault.sessions.save(rec, first)
    assert [d.id for d in vault.sessions.drafts(case.id)] == [other]  # the other waits
    vault.sessions.discard_draft(other)
    vault.sessions.save_draft(replace(saved, facts="half typed"))
    [draft] = vault.sessions.drafts(case.id)
    assert draft.session_id == saved.id and draft.record.facts == "half typed"
    vault.sessions.save(replace(saved, facts="done"))  # a stored record's drafts go with it
    assert vault.sessions.drafts(case.id) == []
    assert vault.sessions.save_draft(rec, draft_id=12345) != 12345  # gone: a new one


def test_overview_and_progress_per_case_and_per_key_client(vault, case, mother):
    father = vault.maps.add_person(case.id, -0.2, -0.3, name="Mr K.", role="father")
    vault.sessions.save(full_record(case, mother))
    vault.sessions.save(SessionRecord(
        case_id=case.id, held_at=T0 + timedelta(days=7), key_clients=(father.id,),
        tasks=(TaskEntry(Task.WORK, rating=4, status=TaskStatus.IN_PROGRESS),)))
    work = {r.task: r for r in vault.sessions.task_overview(case.id)}[Task.WORK]
    assert work.status is TaskStatus.IN_PROGRESS and work.sessions == 2
    mine = {r.task: r for r in vault.sessions.task_overview(case.id, mother.id)}[Task.WORK]
    assert mine.status is TaskStatus.PAUSED and mine.sessions == 1
    series = vault.sessions.progress(case.id)
    assert [pt.rating for pt in series[Task.WORK]] == [2, 4]
    assert list(vault.sessions.progress(case.id, father.id)) == [Task.WORK]


def test_task_standing_agrees_with_the_overview(vault, case, mother):
    import random

    rng = random.Random(5)
    for day in rng.sample(range(60), 12):
        vault.sessions.save(SessionRecord(
            case_id=case.id, held_at=T0 + timedelta(days=day),
            tasks=tuple(TaskEntry(t, status=rng.choice([TaskStatus.IN_PROGRESS,
                                                        TaskStatus.ACHIEVED,
                                                        TaskStatus.PAUSED]))
                        for t in rng.sample(list(Task), 3))))
    full = {r.task: r for r in vault.sessions.task_overview(case.id) if r.sessions}
    standing = {r.task: r for r in vault.sessions.task_standing(case.id)}
    assert standing.keys() == full.keys()
    for task, row in standing.items():
        assert (row.status, row.last_activity, row.last_session_id) == (
            full[task].status, full[task].last_activity, full[task].last_session_id)


def test_follow_ups_across_cases(vault, case, mother):
    saved = vault.sessions.save(full_record(case, mother))
    until = T0.date() + timedelta(days=7)
    [f] = vault.sessions.follow_ups(until)
    assert f.session_id == saved.id and f.case_code == case.code and f.next_steps
    assert vault.sessions.follow_ups(T0.date()) == []
    vault.sessions.set_follow_up_done(saved.id)
    assert vault.sessions.follow_ups(until) == []


def test_search_finds_every_kind_of_note_with_a_highlighted_passage(vault, case, mother):
    saved = vault.sessions.save(full_record(case, mother))
    vault.sessions.sign(saved.id)
    vault.sessions.add_addendum(saved.id, "Later the imam offered a conversation.")
    for word, expect in (("weekend", "weekend"), ("apprentice", "apprenticeship"),
                         ("placement", "placement"), ("imam", "imam"), ("GUILT", "guilt")):
        [hit] = vault.sessions.search(word)
        assert hit.session_id == saved.id and hit.case_code == case.code
        assert hit.key_clients == "Mrs K." and hit.held_at == T0
        assert f"{HIGHLIGHT_START}{expect}{HIGHLIGHT_END}" in hit.snippet.lower()
    assert vault.sessions.search("weekend nothere") == []
    assert vault.sessions.search('" OR * NEAR(') == []  # syntax is never passed through


def test_erasing_a_case_empties_the_index(vault, case, mother):
    saved = vault.sessions.save(full_record(case, mother))
    vault.sessions.sign(saved.id)
    vault.sessions.add_addendum(saved.id, "zebra crossing")
    vocab = {}
    for fts in ("sessions_fts", "session_addenda_fts"):
        vault.conn.execute(f"CREATE VIRTUAL TABLE temp.{fts}_v USING fts5vocab(main, {fts}, 'row')")
        vocab[fts] = f"SELECT term FROM temp.{fts}_v"
    assert "zebra" in {r[0] for r in vault.conn.execute(vocab["session_addenda_fts"])}
    vault.conn.execute("DELETE FROM cases WHERE id = ?", (case.id,))
    assert vault.sessions.search("zebra") == [] and vault.sessions.search("weekend") == []
    for sql in vocab.values():  # no word of the erased case is left in the index
        assert vault.conn.execute(sql).fetchall() == []
    for fts in ("sessions_fts", "session_tasks_fts", "session_facts_fts", "session_addenda_fts"):
        vault.conn.execute(f"INSERT INTO {fts} ({fts}) VALUES ('integrity-check')")
    assert vault.check() == []


def test_timeline_merges_sessions_addenda_and_snapshots(vault, case, mother):
    saved = vault.sessions.save(full_record(case, mother))
    vault.sessions.sign(saved.id)
    vault.sessions.add_addendum(saved.id, "later note")
    vault.maps.take_snapshot(case.id, "At intake", taken_on=date(2026, 2, 1))
    events = case_timeline(vault, case.id)
    assert [e.kind for e in events] == ["snapshot", "session", "addendum"]
    assert events[1].ref[:2] == ("session", saved.id) and "weekend" in events[1].detail
    extra = [lambda v, cid: [type(events[0])(datetime(2026, 2, 15), "key_client", "chosen")]]
    mixed = case_timeline(vault, case.id, sources=extra, kinds={"key_client"})
    assert [e.title for e in mixed] == ["chosen"]


def test_records_survive_reopening(vault, vault_dir, case, mother):
    saved = vault.sessions.save(full_record(case, mother))
    vault.close()
    again = Vault.open(vault_dir, PASSPHRASE)
    try:
        assert again.sessions.get(saved.id) == saved
        assert again.sessions.search("weekend")
    finally:
        again.close()


def test_notes_drafts_and_the_search_index_leave_no_plaintext(vault, vault_dir, case, mother,
                                                              tmp_path):
    from tests.test_security import files_under, scan

    markers = ["Quokkafacts", "Quokkareflection", "Quokkaaddendum", "Quokkadraft"]
    from dataclasses import replace

    saved = vault.sessions.save(replace(full_record(case, mother), facts=markers[0],
                                        reflection=markers[1]))
    vault.sessions.sign(saved.id)
    vault.sessions.add_addendum(saved.id, markers[2])
    vault.sessions.save_draft(SessionRecord(case_id=case.id, held_at=T0, facts=markers[3]))
    assert vault.sessions.search("quokkaf")  # the index holds it, encrypted
    vault.close()
    assert scan(files_under(vault_dir, tmp_path / "tmp"), markers) == []


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_any_text = st.text(max_size=300)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(facts=_any_text, reflection=_any_text, others=st.text(max_size=400),
       rating=st.integers(-2, 8), stress=st.none() | st.integers(-1, 7),
       duration=st.integers(-10, 2000), search=st.text(max_size=30))
def test_any_form_input_is_stored_exactly_or_refused_whole(vault, case, facts, reflection,
                                                           others, rating, stress, duration,
                                                           search):
    before = len(vault.sessions.list(case.id)), len(vault.audit.entries())
    record = SessionRecord(case_id=case.id, held_at=T0, facts=facts, reflection=reflection,
                           others=others, stress=stress, duration_min=duration,
                           tasks=(TaskEntry(Task.FUTURE, facts, rating),))
    try:
        saved = vault.sessions.save(record)
    except ValidationError:
        assert (len(vault.sessions.list(case.id)), len(vault.audit.entries())) == before
    else:
        assert saved.facts == facts.strip() and saved.reflection == reflection.strip()
        assert vault.sessions.get(saved.id) == saved
    vault.sessions.search(search)  # any text is a safe query
