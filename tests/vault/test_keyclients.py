"""Key-client candidates, decisions and status history in a real vault."""

from datetime import date, timedelta

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.keyclients import (
    Assessment,
    Criterion as C,
    EndReason,
    Essential,
    Grounding,
    Level,
    Status,
)
from legato_desk.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture
def case(vault):
    return vault.cases.create("M.")


@pytest.fixture
def sister(vault, case):
    return vault.maps.add_person(case.id, 0.2, -0.2, name="Sister", role="sister")


def _count(vault, table):
    return vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_mark_rate_and_read_back_after_reopening(vault, vault_dir, case, sister):
    cand = vault.keyclients.mark(case.id, sister.id, on=date(2026, 11, 2))
    assert cand.status is Status.CANDIDATE and not cand.is_keyclient
    vault.keyclients.rate(cand.id, C.CHOSEN, Level.HIGH, "  He visits her  every week. ")
    vault.keyclients.rate(cand.id, C.IDEOLOGY, Level.LOW)
    vault.keyclients.rate(cand.id, C.RESILIENCE, None, "ask the mother")
    vault.close()
    reopened = Vault.open(vault_dir, PASSPHRASE)
    try:
        [got] = reopened.keyclients.candidates(case.id)
        assert got.marked_on == date(2026, 11, 2) and got.person_id == sister.id
        assert got.assessments[C.CHOSEN] == Assessment(Level.HIGH, "He visits her every week.")
        assert got.assessments[C.RESILIENCE] == Assessment(None, "ask the mother")
        assert got.levels()[C.SIMILARITY] is None
        assert reopened.keyclients.badges(case.id) == {sister.id: "candidate"}
    finally:
        reopened.close()


def test_marking_is_refused_for_the_index_client_twice_or_another_case(vault, case, sister):
    index = vault.maps.ensure_index(case.id)
    other = vault.cases.create("B.")
    with pytest.raises(ValidationError, match="index client"):
        vault.keyclients.mark(case.id, index.id)
    with pytest.raises(ValidationError, match="not on the map"):
        vault.keyclients.mark(other.id, sister.id)
    vault.keyclients.mark(case.id, sister.id)
    with pytest.raises(ValidationError, match="already"):
        vault.keyclients.mark(case.id, sister.id)
    assert _count(vault, "keyclients") == 1


def test_decide_then_follow_through_the_statuses(vault, case, sister):
    cand = vault.keyclients.mark(case.id, sister.id, on=date(2026, 11, 2))
    with pytest.raises(ValidationError, match="Decide first"):
        vault.keyclients.change_status(cand.id, Status.APPROACHED)
    with pytest.raises(ValidationError, match="rationale"):
        vault.keyclients.decide(cand.id, "   ")
    assert not vault.keyclients.candidate(cand.id).is_keyclient
    vault.keyclients.decide(cand.id, "M. still seeks her out.", on=date(2026, 11, 10))
    assert vault.keyclients.badges(case.id) == {sister.id: "keyclient"}
    vault.keyclients.change_status(cand.id, Status.APPROACHED, on=date(2026, 11, 11))
    vault.keyclients.change_status(cand.id, Status.ACTIVE, note="first session held")
    with pytest.raises(ValidationError, match="Say why"):
        vault.keyclients.change_status(cand.id, Status.ENDED, note="no reason kind")
    ev = vault.keyclients.change_status(cand.id, Status.ENDED, EndReason.BY_KEYCLIENT)
    got = vault.keyclients.candidate(cand.id)
    assert got.status is Status.ENDED and got.decided_on == date(2026, 11, 10)
    assert [(e.status, e.end_reason) for e in vault.keyclients.history(cand.id)] == [
        (Status.APPROACHED, None), (Status.ACTIVE, None),
        (Status.ENDED, EndReason.BY_KEYCLIENT)]
    assert vault.keyclients.badges(case.id) == {}
    vault.keyclients.undo_status(cand.id, ev.id)
    assert vault.keyclients.candidate(cand.id).status is Status.ACTIVE
    assert len(vault.keyclients.history(cand.id)) == 2


def test_remove_and_restore_bring_back_everything(vault, case, sister):
    cand = vault.keyclients.mark(case.id, sister.id)
    vault.keyclients.rate(cand.id, C.CREDIBILITY, Level.MEDIUM, "respected")
    vault.keyclients.decide(cand.id, "chosen")
    vault.keyclients.change_status(cand.id, Status.APPROACHED)
    vault.keyclients.add_training(cand.id, "Module 1: the key-client role", date(2026, 11, 20))
    before = vault.keyclients.candidate(cand.id)
    removed = vault.keyclients.remove(cand.id)
    assert vault.keyclients.candidates(case.id) == []
    assert all(_count(vault, t) == 0 for t in (
        "keyclient_ratings", "keyclient_events", "keyclient_training"))
    vault.keyclients.restore(removed)
    assert vault.keyclients.candidate(cand.id) == before
    assert len(vault.keyclients.history(cand.id)) == 1
    assert [t.module for t in vault.keyclients.training(cand.id)] == [
        "Module 1: the key-client role"]


def test_profile_grounding_and_training(vault, case, sister):
    cand = vault.keyclients.mark(case.id, sister.id)
    vault.keyclients.set_profile(cand.id, relation="  older   sister ", contact="via mother")
    vault.keyclients.set_grounding(cand.id, Essential.MESSAGES, Grounding.BUILDING)
    got = vault.keyclients.candidate(cand.id)
    assert got.relation == "older sister" and got.contact == "via mother"
    assert got.grounding[Essential.MESSAGES] is Grounding.BUILDING
    assert got.grounding[Essential.RELATIONSHIP] is Grounding.NOT_STARTED
    t = vault.keyclients.add_training(cand.id, "Module 2")
    row = vault.keyclients.remove_training(t.id)
    assert vault.keyclients.training(cand.id) == []
    vault.keyclients.restore_training(row)
    assert vault.keyclients.training(cand.id) == [t]
    with pytest.raises(ValidationError):
        vault.keyclients.add_training(cand.id, "  ")
    with pytest.raises(ValidationError, match="at most"):
        vault.keyclients.set_profile(cand.id, contact="x" * 301)
    assert vault.keyclients.candidate(cand.id).contact == "via mother"


def test_deleting_the_person_or_the_case_removes_every_key_client_row(vault, case, sister):
    cand = vault.keyclients.mark(case.id, sister.id)
    vault.keyclients.rate(cand.id, C.CHOSEN, Level.HIGH)
    vault.maps.remove([sister.id])
    assert _count(vault, "keyclients") == 0 and _count(vault, "keyclient_ratings") == 0
    brother = vault.maps.add_person(case.id, 0.3, 0.1, name="Brother")
    cand = vault.keyclients.mark(case.id, brother.id)
    vault.keyclients.decide(cand.id, "why")
    vault.keyclients.change_status(cand.id, Status.APPROACHED)
    vault.conn.execute("DELETE FROM cases WHERE id = ?", (case.id,))
    for table in ("keyclients", "keyclient_ratings", "keyclient_events", "keyclient_training"):
        assert _count(vault, table) == 0


def test_every_key_client_table_carries_the_case_id(vault):
    for table in ("keyclients", "keyclient_ratings", "keyclient_events", "keyclient_training"):
        fks = vault.conn.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        assert ("cases", "case_id") in {(fk[2], fk[3]) for fk in fks}
        assert all(fk[6] in ("CASCADE", "SET NULL") for fk in fks)


def test_changes_are_audited_without_content(vault, case, sister):
    cand = vault.keyclients.mark(case.id, sister.id)
    vault.keyclients.rate(cand.id, C.CHOSEN, Level.HIGH, "SECRET-EVIDENCE")
    vault.keyclients.decide(cand.id, "SECRET-RATIONALE")
    entries = [e for e in vault.audit.entries() if e[4] == "keyclient"]
    assert [e[3] for e in entries] == ["created", "changed", "status"]
    assert not any("SECRET" in str(e) for e in vault.audit.entries())
    assert vault.audit.verify() is None


def test_compare_through_the_repository(vault, case, sister):
    father = vault.maps.add_person(case.id, -0.2, -0.2, name="Father", role="father")
    a = vault.keyclients.mark(case.id, father.id)
    b = vault.keyclients.mark(case.id, sister.id)
    vault.keyclients.rate(a.id, C.CHOSEN, Level.LOW)
    vault.keyclients.rate(b.id, C.CHOSEN, Level.HIGH)
    assert [s.candidate_id for s in vault.keyclients.compare(case.id)] == [b.id, a.id]


def test_history_dates_run_forward_and_never_into_the_future(vault, case, sister):
    today = date.today()
    cand = vault.keyclients.mark(case.id, sister.id, on=today - timedelta(days=10))
    with pytest.raises(ValidationError, match="before"):
        vault.keyclients.decide(cand.id, "why", on=today - timedelta(days=11))
    with pytest.raises(ValidationError, match="future"):
        vault.keyclients.decide(cand.id, "why", on=today + timedelta(days=1))
    vault.keyclients.decide(cand.id, "why", on=today - timedelta(days=5))
    with pytest.raises(ValidationError, match="before"):
        vault.keyclients.change_status(cand.id, Status.APPROACHED, on=today - timedelta(days=6))
    vault.keyclients.change_status(cand.id, Status.APPROACHED, on=today - timedelta(days=5))
    with pytest.raises(ValidationError, match="future"):
        vault.keyclients.change_status(cand.id, Status.ACTIVE, on=today + timedelta(days=1))
    assert len(vault.keyclients.history(cand.id)) == 1


def test_demo_case_has_assessed_candidates_and_a_followed_key_client(vault):
    from legato_desk.demo import populate

    populate(vault)
    case = vault.cases.list()[0]  # M.'s (S.'s shows a release)
    sister, father, worker = vault.keyclients.candidates(case.id)
    names = {c.id: vault.maps.person(c.person_id).role for c in (sister, father, worker)}
    assert names == {sister.id: "sister", father.id: "father", worker.id: "youth worker"}
    first = vault.keyclients.compare(case.id)[0]
    assert first.candidate_id == sister.id and C.RESILIENCE in first.concerns
    assert sister.status is Status.ACTIVE and sister.rationale
    assert vault.keyclients.history(father.id)[-1].end_reason is EndReason.BY_KEYCLIENT
    assert vault.keyclients.badges(case.id) == {sister.person_id: "keyclient",
                                                worker.person_id: "candidate"}
    assert len(vault.keyclients.training(sister.id)) == 2


def test_a_map_undo_can_bring_back_a_removed_persons_candidate_rows(vault, case, sister):
    cand = vault.keyclients.mark(case.id, sister.id)
    vault.keyclients.rate(cand.id, C.CHOSEN, Level.HIGH, "weekly visits")
    removed_map = vault.maps.remove([sister.id])
    assert vault.keyclients.candidates(case.id) == []
    vault.maps.restore(removed_map)  # the cascaded candidate rows come back with it
    assert vault.keyclients.candidate(cand.id).assessments[C.CHOSEN].evidence == "weekly visits"


def test_what_is_still_open_when_a_case_ends_and_who_was_present_when(vault, case, sister):
    """Issue 16.6: the rows behind the ending's confirmation and the session labels."""
    from legato_desk.model.ending import StillOpen
    from legato_desk.model.keyclients import Presence
    from legato_desk.model.safeguarding import FlagType

    kc = vault.keyclients.mark(case.id, sister.id, on=date(2026, 1, 5))
    assert vault.endings.still_open(case.id) == StillOpen()  # a candidate runs nothing
    vault.keyclients.decide(kc.id, "she is credible", on=date(2026, 1, 6))
    vault.keyclients.change_status(kc.id, Status.APPROACHED, on=date(2026, 1, 7))
    esc = vault.safeguarding.raise_flag(case.id, FlagType.SELF_HARM)
    assert vault.endings.still_open(case.id) == StillOpen(
        (("Sister", "approached"),), ("self_harm",))
    vault.keyclients.change_status(kc.id, Status.ENDED, EndReason.CONTACT_LOST,
                                   on=date(2026, 2, 1))
    assert vault.endings.still_open(case.id) == StillOpen((), ("self_harm",))
    with pytest.raises(ValidationError, match="why you approach them again"):
        vault.keyclients.change_status(kc.id, Status.APPROACHED, on=date(2026, 2, 3))
    assert vault.keyclients.candidate(kc.id).status is Status.ENDED  # nothing half-stored
    vault.keyclients.change_status(kc.id, Status.APPROACHED, note="she called back",
                                   on=date(2026, 2, 3))
    assert vault.conn.execute(
        "SELECT on_date, status, note FROM keyclient_events WHERE keyclient_id = ?"
        " ORDER BY id DESC LIMIT 1", (kc.id,)).fetchone() == (
            "2026-02-03", "approached", "she called back")
    presence_of = vault.keyclients.present_as(case.id)
    assert presence_of(sister.id, date(2026, 2, 2)).presence is Presence.ENDED
    assert presence_of(sister.id, date(2026, 2, 3)).presence is Presence.KEYCLIENT
    assert presence_of(-1, date(2026, 2, 3)).presence is Presence.OTHER
