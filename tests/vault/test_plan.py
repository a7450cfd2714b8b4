"""The intervention plan in the vault: stored rows, audit, session links (frozen
once signed), undo of removals, timeline, handover, erasure."""

from __future__ import annotations

import secrets
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.plan import GoalState, MeasureState, WhoKind
from legato_desk.model.session import RecordSigned, SessionRecord
from legato_desk.vault import Vault, retention, transfer
from legato_desk.vault.connection import IntegrityError
from legato_desk.vault.plan import PlanRepository
from legato_desk.vault.timeline import case_timeline
from tests.conftest import PASSPHRASE
from tests.vault.pages import hits, vault_plaintext

NOW = datetime(2025, 6, 13, 15, 30, tzinfo=timezone.utc)
OPENED = date(2025, 3, 3)
ONE_TIME = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX"


@pytest.fixture
def v(vault):
    vault.plan = PlanRepository(vault.conn, vault.audit, clock=lambda: NOW)
    return vault


@pytest.fixture
def case(v):
    return v.cases.create("A.", opened_on=OPENED)


def rows(vault, sql, *args):
    return vault.conn.execute(sql, args).fetchall()


def test_a_plan_starts_at_the_intake_and_its_goals_are_set_on_that_day(v, case):
    plan = v.plan.get(case.id)
    assert (plan.started_on, plan.stored, plan.goals) == (OPENED, False, ())
    goal = v.plan.add_goal(case.id, text="  Mother talks to her son again ")
    assert (goal.text, goal.set_on, goal.state) == ("Mother talks to her son again", OPENED,
                                                   GoalState.OPEN)
    later = v.plan.add_goal(case.id, text="Son keeps his apprenticeship",
                            set_on=date(2025, 5, 2))
    assert [g.id for g in v.plan.get(case.id).goals] == [goal.id, later.id]
    v.plan.update_goal(later.id, text=later.text, set_on=later.set_on, state="partly_met")
    assert rows(v, "SELECT set_on, text, state, created_at FROM plan_goals ORDER BY id") == [
        ("2025-03-03", "Mother talks to her son again", "open", "2025-06-13T15:30:00+00:00"),
        ("2025-05-02", "Son keeps his apprenticeship", "partly_met",
         "2025-06-13T15:30:00+00:00")]
    assert v.plan.goal_states(case.id) == [GoalState.OPEN, GoalState.PARTLY_MET]
    # The audit trail says which record, never its words.
    assert [e[2:] for e in v.audit.for_case(case.id)[-3:]] == [
        ("created", "goal", str(goal.id)), ("created", "goal", str(later.id)),
        ("changed", "goal", str(later.id))]
    assert not any("Mother" in str(e) for e in v.audit.entries())


def test_the_plan_start_and_wind_down_are_stored_once_per_case(v, case):
    v.plan.add_goal(case.id, text="g", set_on=date(2025, 4, 1))
    plan = v.plan.set_plan(case.id, started_on=date(2025, 3, 10),
                           wind_down="Fewer sessions from September, then an open door")
    assert (plan.stored, plan.started_on) == (True, date(2025, 3, 10))
    v.plan.set_plan(case.id, started_on=date(2025, 3, 10), wind_down="")
    assert rows(v, "SELECT started_on, wind_down FROM plans") == [("2025-03-10", "")]
    with pytest.raises(ValidationError, match="earliest of them"):
        v.plan.set_plan(case.id, started_on=date(2025, 4, 2), wind_down="")
    with pytest.raises(ValidationError, match="before the plan starts"):
        v.plan.add_goal(case.id, text="too early", set_on=date(2025, 3, 9))


def test_a_measure_names_who_does_it_and_keeps_the_name(v, case):
    father = v.maps.add_person(case.id, 0.2, 0.3, name="Karl Weber", role="father")
    agency = v.directory.add_agency("Jugendamt Nord", "youth_welfare")
    contact_id = v.directory.save_contact(agency.id, name="Lena Berg", role="social worker")
    goal = v.plan.add_goal(case.id, text="Family talks again")
    by_father = v.plan.add_measure(case.id, what="Call his son every Sunday",
                                   who_kind="person", person_id=father.id,
                                   due_on=date(2025, 7, 1), goal_id=goal.id)
    by_contact = v.plan.add_measure(case.id, what="Housing advice", who_kind=WhoKind.CONTACT,
                                    contact_id=contact_id, state="in_progress")
    mine = v.plan.add_measure(case.id, what="Weekly talks", who_kind="counsellor",
                              state="done")
    assert (by_father.who, by_father.goal_id, by_father.due_on) == (
        "Karl Weber", goal.id, date(2025, 7, 1))
    assert (by_contact.who, by_contact.contact_id, by_contact.state) == (
        "Lena Berg", contact_id, MeasureState.IN_PROGRESS)
    assert (mine.who, mine.done_on) == ("", NOW.date())
    # Due ones first, those without a date after.
    assert [m.id for m in v.plan.measures(case.id)] == [by_father.id, by_contact.id, mine.id]
    # The directory entry goes, the name stays.
    v.directory.delete_contact(contact_id)
    assert (v.plan.measure(by_contact.id).contact_id, v.plan.measure(by_contact.id).who) == (
        None, "Lena Berg")
    # A removed goal leaves its measures serving none; undo gives both back.
    kept = v.plan.remove_goal(goal.id)
    assert v.plan.measure(by_father.id).goal_id is None
    v.plan.restore(kept)
    assert v.plan.measure(by_father.id).goal_id == goal.id
    assert v.plan.goal(goal.id).text == "Family talks again"


@pytest.mark.parametrize("change, message", [
    (dict(what=" "), "A measure needs a text"),
    (dict(who_kind=None), "Say who carries out"),
    (dict(who_kind="person", person_id=None), "Choose the person on the map"),
    (dict(who_kind="person", person_id=9999), "no longer on the case's map"),
    (dict(who_kind="contact", contact_id=9999), "no longer in the agency directory"),
    (dict(due_on=date(2025, 3, 2)), "cannot be due before the plan starts"),
])
def test_a_wrong_measure_stores_nothing(v, case, change, message):
    values = dict(what="Weekly talks", who_kind="counsellor", due_on=date(2025, 7, 1))
    before = len(v.audit.entries())
    with pytest.raises(ValidationError, match=message):
        v.plan.add_measure(case.id, **{**values, **change})
    assert rows(v, "SELECT count(*) FROM plan_measures") == [(0,)]
    assert len(v.audit.entries()) == before


def test_reviews_are_dated_with_a_note_and_removal_can_be_undone(v, case):
    review = v.plan.add_review(case.id, held_on=date(2025, 6, 2), note="Half the way there")
    assert v.plan.get(case.id).last_review == review
    kept = v.plan.remove_review(review.id)
    assert v.plan.reviews(case.id) == []
    v.plan.restore(kept)
    assert v.plan.reviews(case.id) == [review]
    with pytest.raises(ValidationError, match="needs a short note"):
        v.plan.add_review(case.id, held_on=date(2025, 6, 2), note="")


def test_sessions_name_the_measures_they_worked_on_and_a_signed_one_keeps_them(v, case):
    talks = v.plan.add_measure(case.id, what="Weekly talks", who_kind="counsellor")
    other = v.plan.add_measure(case.id, what="School meeting", who_kind="counsellor")
    record = v.sessions.save(SessionRecord(case_id=case.id, held_at=datetime(2025, 6, 2, 10),
                                           measures=(talks.id, talks.id)))
    assert record.measures == (talks.id,)
    record = v.sessions.save(replace(record, measures=(other.id, talks.id)))
    assert v.sessions.get(record.id).measures == (other.id, talks.id)
    with pytest.raises(ValidationError, match="worked on this measure"):
        v.plan.remove_measure(talks.id)
    signed = v.sessions.sign(record.id)
    with pytest.raises(RecordSigned):
        v.sessions.save(replace(signed, measures=()))
    for sql in ("INSERT INTO session_measures (case_id, session_id, measure_id, what)"
                f" VALUES ({case.id}, ?, NULL, 'x')",
                "UPDATE session_measures SET what = 'x' WHERE session_id = ?",
                f"UPDATE session_measures SET measure_id = {other.id} WHERE session_id = ?"):
        with pytest.raises(IntegrityError, match="signed"):
            v.conn.execute(sql, (record.id,))
    # The measure's wording changes later; the signed record still says what it worked on.
    v.plan.update_measure(talks.id, what="Talks every fortnight", who_kind="counsellor",
                          state="in_progress")
    assert v.plan.session_work(record.id) == ["School meeting", "Weekly talks"]
    # A measure of another case cannot be ticked.
    elsewhere = v.cases.create("B.")
    foreign = v.plan.add_measure(elsewhere.id, what="x", who_kind="counsellor")
    with pytest.raises(ValidationError, match="no longer in the case's plan"):
        v.sessions.save(SessionRecord(case_id=case.id, held_at=datetime(2025, 6, 3, 10),
                                      measures=(foreign.id,)))


def test_a_draft_keeps_the_ticked_measures_and_an_older_draft_has_none(v, case):
    import json

    from legato_desk.model.session import record_from_json, record_to_json

    talks = v.plan.add_measure(case.id, what="Weekly talks", who_kind="counsellor")
    record = SessionRecord(case_id=case.id, held_at=datetime(2025, 6, 2, 10),
                           measures=(talks.id,))
    v.sessions.save_draft(record)
    assert v.sessions.drafts(case.id)[0].record.measures == (talks.id,)
    older = json.loads(record_to_json(record))
    del older["measures"]  # a draft kept before schema 18
    assert record_from_json(json.dumps(older)).measures == ()


def test_the_timeline_shows_goals_set_measures_done_and_reviews_held(v, case):
    goal = v.plan.add_goal(case.id, text="Back to school")
    measure = v.plan.add_measure(case.id, what="Meet the teacher", who_kind="counsellor")
    v.plan.update_measure(measure.id, what="Meet the teacher", who_kind="counsellor",
                          state="done")
    v.plan.add_review(case.id, held_on=date(2025, 6, 2), note="first review")
    events = [(e.at.date(), e.title, e.detail, e.ref)
              for e in case_timeline(v, case.id, kinds={"plan"})]
    assert events == [(OPENED, "Back to school", "goal_set", ("goal", goal.id)),
                      (date(2025, 6, 2), "first review", "review_held", ("plan_review", 1)),
                      (NOW.date(), "Meet the teacher", "measure_done", ("measure", measure.id))]


def _fill(v, m):
    case = v.cases.create(m["pseudo"], opened_on=OPENED)
    person = v.maps.add_person(case.id, 0.2, 0.3, name=m["person"], role="uncle")
    goal = v.plan.add_goal(case.id, text=m["goal"])
    measure = v.plan.add_measure(case.id, what=m["what"], who_kind="person",
                                 person_id=person.id, goal_id=goal.id)
    v.plan.add_review(case.id, held_on=date(2025, 6, 2), note=m["review"])
    v.plan.set_plan(case.id, started_on=OPENED, wind_down=m["wind"])
    v.sessions.save(SessionRecord(case_id=case.id, held_at=datetime(2025, 6, 2, 10),
                                  measures=(measure.id,)))
    v.sessions.sign(v.sessions.list(case.id)[0].id)
    return case


def _markers(tag):
    token = secrets.token_hex(5)
    return {k: f"zq{k}{tag}{token}" for k in ("pseudo", "person", "goal", "what", "review",
                                              "wind")}


def test_the_plan_moves_with_a_handover(v, tmp_path, kdf):
    m = _markers("moved")
    case = _fill(v, m)
    path = tmp_path / "h.legato-transfer"
    transfer.export_cases(v, [case.id], path, ONE_TIME, kdf=kdf)
    target, _ = Vault.create(tmp_path / "target", PASSPHRASE, kdf=kdf)
    try:
        other = target.cases.create("T.")
        target.plan.add_goal(other.id, text="ids collide")
        moved = transfer.import_transfer(target, path, ONE_TIME).imported[0]
        plan = target.plan.get(moved)
        assert [g.text for g in plan.goals] == [m["goal"]]
        (measure,) = plan.measures
        assert (measure.what, measure.goal_id, measure.who) == (m["what"], plan.goals[0].id,
                                                               m["person"])
        assert target.maps.person(measure.person_id).name == m["person"]
        assert (plan.wind_down, plan.last_review.note) == (m["wind"], m["review"])
        (session,) = target.sessions.list(moved)
        assert session.signed
        assert target.sessions.get(session.id).measures == (measure.id,)
        assert target.check() == []
    finally:
        target.close()


def test_erasing_a_case_leaves_none_of_its_plan(v, vault_dir):
    gone, kept = _markers("gone"), _markers("kept")
    gone_case = _fill(v, gone)
    _fill(v, kept)
    key = v._key
    assert hits(vault_plaintext(vault_dir, key), list(gone.values()))
    retention.erase_case(v, gone_case.id)
    for table in ("plans", "plan_goals", "plan_measures", "plan_reviews", "session_measures"):
        assert rows(v, f"SELECT count(*) FROM {table} WHERE case_id = ?", gone_case.id) == [(0,)]
    plain = vault_plaintext(vault_dir, key)
    assert hits(plain, list(gone.values())) == []
    assert {x for _f, x in hits(plain, list(kept.values()))} == set(kept.values())
