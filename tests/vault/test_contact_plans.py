"""Contact plans and open doors in the vault: stored rows, audit, the ending they
belong to, handover and erasure (the generic case tables take them along)."""

from __future__ import annotations

import secrets
from datetime import date, datetime, timezone

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.contact_plan import PlanStep, SlotState, Unit
from legato_desk.model.keyclients import EndReason, Status
from legato_desk.model.session import SessionRecord
from legato_desk.vault import Vault, casedata, retention, transfer
from legato_desk.vault.contact_plans import ContactPlanRepository, OpenDoorRepository
from legato_desk.vault.keyclients import KeyClientRepository
from tests.conftest import PASSPHRASE
from tests.vault.pages import hits, vault_plaintext

NOW = datetime(2026, 11, 20, 16, 0, tzinfo=timezone.utc)
ONE_TIME = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX"
PLAN = [PlanStep(date(2026, 3, 2), Unit.WEEKS, 1), PlanStep(date(2026, 5, 4), Unit.WEEKS, 2),
        PlanStep(date(2026, 7, 1), Unit.MONTHS, 1), PlanStep(date(2026, 10, 1), Unit.ON_REQUEST)]


def clocked(vault, now=NOW):
    clock = lambda: now  # noqa: E731
    vault.keyclients = KeyClientRepository(vault.conn, vault.audit, clock=clock)
    vault.contact_plans = ContactPlanRepository(vault.conn, vault.audit, clock=clock)
    vault.open_doors = OpenDoorRepository(vault.conn, vault.audit, vault.keyclients,
                                          clock=clock)
    return vault


@pytest.fixture
def v(vault):
    return clocked(vault)


def rows(vault, sql, *args):
    return vault.conn.execute(sql, args).fetchall()


def keyclient(vault, pseudonym="A.", name="Mother"):
    case = vault.cases.create(pseudonym)
    person = vault.maps.add_person(case.id, 0.1, 0.1, name=name, role="mother")
    cand = vault.keyclients.mark(case.id, person.id, date(2026, 2, 1))
    vault.keyclients.decide(cand.id, "the son still calls her", date(2026, 2, 10))
    vault.keyclients.change_status(cand.id, Status.APPROACHED, on=date(2026, 2, 10))
    vault.keyclients.change_status(cand.id, Status.ACTIVE, on=date(2026, 3, 1))
    return case, person, vault.keyclients.candidate(cand.id)


def session(vault, case, person, day, others=()):
    return vault.sessions.save(SessionRecord(
        case_id=case.id, held_at=datetime.combine(day, datetime.min.time()).replace(hour=10),
        key_clients=(person.id, *others)))


def test_a_plan_is_stored_step_by_step_and_replaced_whole(v):
    case, person, cand = keyclient(v)
    saved = v.contact_plans.set_steps(cand.id, list(reversed(PLAN)))
    assert saved == PLAN
    assert rows(v, "SELECT case_id, keyclient_id, starts_on, unit, every FROM"
                   " contact_plan_steps ORDER BY starts_on") == [
        (case.id, cand.id, "2026-03-02", "weeks", 1), (case.id, cand.id, "2026-05-04", "weeks", 2),
        (case.id, cand.id, "2026-07-01", "months", 1),
        (case.id, cand.id, "2026-10-01", "on_request", None)]
    assert v.audit.entries()[-1][3:] == ("changed", "contact_plan", str(cand.id))
    before = len(v.audit.entries())
    v.contact_plans.set_steps(cand.id, PLAN)  # the same plan: nothing written
    assert len(v.audit.entries()) == before
    v.contact_plans.set_steps(cand.id, PLAN[:1])
    assert v.contact_plans.steps(cand.id) == PLAN[:1]
    assert v.contact_plans.for_case(case.id) == {cand.id: PLAN[:1]}
    v.contact_plans.set_steps(cand.id, [])
    assert rows(v, "SELECT count(*) FROM contact_plan_steps") == [(0,)]


def test_a_refused_plan_stores_nothing(v):
    _case, _person, cand = keyclient(v)
    v.contact_plans.set_steps(cand.id, PLAN)
    with pytest.raises(ValidationError, match="Two steps start on 02.03.2026"):
        v.contact_plans.set_steps(cand.id, [*PLAN, PlanStep(date(2026, 3, 2), Unit.DAYS, 3)])
    assert v.contact_plans.steps(cand.id) == PLAN
    case = v.cases.create("B.")
    other = v.maps.add_person(case.id, 0.2, 0.2, name="Uncle")
    candidate = v.keyclients.mark(case.id, other.id, date(2026, 2, 1))
    with pytest.raises(ValidationError, match="choose the candidate as key-client first"):
        v.contact_plans.set_steps(candidate.id, PLAN)


def test_planned_against_the_sessions_the_key_client_was_present_at(v):
    case, person, cand = keyclient(v)
    father = v.maps.add_person(case.id, 0.3, 0.1, name="Father")
    v.contact_plans.set_steps(cand.id, PLAN[:1])
    session(v, case, person, date(2026, 3, 3))
    session(v, case, person, date(2026, 3, 4), others=(father.id,))  # same slot
    v.sessions.save(SessionRecord(case_id=case.id, held_at=datetime(2026, 3, 10, 9),
                                  key_clients=(father.id,)))  # not hers
    result = v.contact_plans.compare(cand.id, until=date(2026, 3, 20))
    assert [(s.start, s.held, s.state) for s in result.slots] == [
        (date(2026, 3, 2), 2, SlotState.HELD), (date(2026, 3, 9), 0, SlotState.OVERDUE),
        (date(2026, 3, 16), 0, SlotState.DUE)]
    assert v.contact_plans.compare(cand.id).slots[-1].end > NOW.date()  # the clock's today


def test_ending_with_the_door_open_records_the_crisis_route_with_the_ending(v):
    case, _person, cand = keyclient(v)
    agency = v.directory.add_agency("Beratungsstelle Nord", "other")
    contact_id = v.directory.save_contact(agency.id, name="Lena Berg", role="Counsellor")
    event = v.open_doors.end_reachable(cand.id, EndReason.GOALS_REACHED, "", date(2026, 10, 1),
                                       route="Call the office line; evenings the crisis phone",
                                       contact_id=contact_id)
    assert v.keyclients.candidate(cand.id).status is Status.ENDED
    door = v.open_doors.current(cand.id)
    assert (door.event_id, door.route, door.contact_id, door.contact_label) == (
        event.id, "Call the office line; evenings the crisis phone", contact_id,
        "Lena Berg, Counsellor (Beratungsstelle Nord)")
    assert v.open_doors.for_case(case.id) == {cand.id: door}
    changed = v.open_doors.change_route(event.id, "Only the crisis phone")
    assert (changed.route, changed.contact_id, changed.contact_label) == (
        "Only the crisis phone", None, "")
    assert v.audit.entries()[-1][3:] == ("changed", "open_door", str(door.id))
    # Undoing the ending takes its open door along.
    v.keyclients.undo_status(cand.id, event.id)
    assert v.open_doors.current(cand.id) is None
    assert rows(v, "SELECT count(*) FROM keyclient_open_doors") == [(0,)]


def test_an_open_door_without_a_route_ends_nothing(v):
    _case, _person, cand = keyclient(v)
    events = len(v.keyclients.history(cand.id))
    with pytest.raises(ValidationError, match="crisis route"):
        v.open_doors.end_reachable(cand.id, EndReason.BY_KEYCLIENT, route="  ")
    with pytest.raises(ValidationError, match="Say why"):
        v.open_doors.end_reachable(cand.id, None, route="call us")
    assert len(v.keyclients.history(cand.id)) == events
    assert v.keyclients.candidate(cand.id).status is Status.ACTIVE
    assert rows(v, "SELECT count(*) FROM keyclient_open_doors") == [(0,)]


def _fill(vault, m):
    case, person, cand = keyclient(vault, m["pseudo"], m["name"])
    vault.contact_plans.set_steps(cand.id, PLAN)
    session(vault, case, person, date(2026, 3, 3))
    vault.open_doors.end_reachable(cand.id, EndReason.BY_KEYCLIENT, "", date(2026, 10, 2),
                                   route=m["route"])
    return case, cand


def _markers(tag):
    token = secrets.token_hex(5)
    return {k: f"zq{k}{tag}{token}" for k in ("pseudo", "name", "route")}


def test_plans_and_open_doors_move_with_a_handover(v, tmp_path, kdf):
    m = _markers("moved")
    case, _cand = _fill(v, m)
    assert {"contact_plan_steps", "keyclient_open_doors"} <= {
        t.name for t in casedata.case_tables(v.conn)}
    path = tmp_path / "h.legato-transfer"
    transfer.export_cases(v, [case.id], path, ONE_TIME, kdf=kdf)
    target, _ = Vault.create(tmp_path / "target", PASSPHRASE, kdf=kdf)
    try:
        clocked(target)
        other, _p, other_cand = keyclient(target, "T.", "Aunt")  # ids collide
        target.contact_plans.set_steps(other_cand.id, PLAN[:1])
        moved = transfer.import_transfer(target, path, ONE_TIME).imported[0]
        [cand] = target.keyclients.candidates(moved)
        assert target.contact_plans.steps(cand.id) == PLAN
        assert target.open_doors.current(cand.id).route == m["route"]
        assert target.contact_plans.steps(other_cand.id) == PLAN[:1]
        assert target.check() == []
    finally:
        target.close()


def test_erasing_a_case_leaves_none_of_its_plans_or_open_doors(v, vault_dir):
    gone, kept = _markers("gone"), _markers("kept")
    gone_case, _ = _fill(v, gone)
    _fill(v, kept)
    key = v._key
    retention.erase_case(v, gone_case.id)
    for table in ("contact_plan_steps", "keyclient_open_doors"):
        assert rows(v, f"SELECT count(*) FROM {table} WHERE case_id = ?", gone_case.id) == [(0,)]
        assert rows(v, f"SELECT count(*) FROM {table}") != [(0,)]
    plain = vault_plaintext(vault_dir, key)
    assert hits(plain, list(gone.values())) == []
    assert {m for _f, m in hits(plain, list(kept.values()))} == set(kept.values())


def test_removing_a_candidate_and_undoing_it_keeps_the_plan(v):
    """A decision taken back leaves a candidate with a plan; removing it and undoing
    the removal puts the plan back with the rest of its rows."""
    _case, _person, cand = keyclient(v)
    v.contact_plans.set_steps(cand.id, PLAN)
    for event in reversed(v.keyclients.history(cand.id)):
        v.keyclients.undo_status(cand.id, event.id)
    v.keyclients.undecide(cand.id)
    removed = v.keyclients.remove(cand.id)
    assert rows(v, "SELECT count(*) FROM contact_plan_steps") == [(0,)]
    v.keyclients.restore(removed)
    assert v.contact_plans.steps(cand.id) == PLAN


def test_the_case_search_finds_the_crisis_route(v):
    from legato_desk.model.search import HitKind

    case, _person, cand = keyclient(v)
    agency = v.directory.add_agency("Beratungsstelle Nord", "other")
    contact_id = v.directory.save_contact(agency.id, name="Quirin Falkenau", role="Crisis line")
    v.open_doors.end_reachable(cand.id, EndReason.BY_KEYCLIENT, "", date(2026, 10, 1),
                               route="the night helpline of the Zebulon project",
                               contact_id=contact_id)
    hits = v.search.search(case.id, "zebulon").hits
    assert [(h.kind, h.part, h.ref) for h in hits] == [
        (HitKind.KEYCLIENT, "crisis_route", cand.id)]
    assert [h.part for h in v.search.search(case.id, "falkenau").hits] == ["crisis_contact"]
