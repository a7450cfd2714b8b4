"""Comparing key-client candidates and the status rules, without any storage."""

from datetime import date

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.keyclients import (
    Basis,
    Criterion as C,
    EndReason,
    Level,
    Status,
    Tier,
    check_transition,
    clean_rationale,
    compare,
    merit,
    next_statuses,
)

H, M, L = Level.HIGH, Level.MEDIUM, Level.LOW


def test_risks_are_modelled_as_risks():
    assert {c for c in C if c.is_risk} == {C.EMOTIONAL, C.DOGMATISM, C.IDEOLOGY}
    assert merit(C.CREDIBILITY, H) == 1 and merit(C.CREDIBILITY, L) == -1
    assert merit(C.IDEOLOGY, H) == -1 and merit(C.IDEOLOGY, L) == 1
    assert merit(C.DOGMATISM, None) == 0 and merit(C.DOGMATISM, M) == 0
    assert C.CHOSEN.tier is Tier.DECIDING
    assert {c for c in C if c.tier is Tier.CORE} == {C.SIMILARITY, C.CREDIBILITY, C.RESILIENCE}


def test_chosen_outweighs_everything_else():
    chosen_only = {C.CHOSEN: H}
    excellent_not_chosen = {c: (L if c.is_risk else H) for c in C} | {C.CHOSEN: M}
    [first, second] = compare({1: excellent_not_chosen, 2: chosen_only})
    assert (first.candidate_id, second.candidate_id) == (2, 1)
    assert first.ahead_because is Basis.CHOSEN and first.rank == 1 and second.rank == 2
    assert second.ahead_because is None


def test_chosen_but_not_resilient():
    sister = {C.CHOSEN: H, C.CREDIBILITY: H, C.RESILIENCE: L}
    father = {C.CHOSEN: M, C.CREDIBILITY: H, C.RESILIENCE: H}
    [first, second] = compare({1: father, 2: sister})
    assert first.candidate_id == 2  # chosen still decides
    assert first.strengths == (C.CHOSEN, C.CREDIBILITY)
    assert first.concerns == (C.RESILIENCE,)
    assert second.strengths == (C.CREDIBILITY, C.RESILIENCE) and second.concerns == ()


def test_core_criteria_decide_among_equally_chosen():
    a = {C.CHOSEN: H, C.RESILIENCE: L, C.WILLINGNESS: H, C.AVAILABILITY: H}
    b = {C.CHOSEN: H, C.RESILIENCE: M}
    [first, second] = compare({1: a, 2: b})
    assert first.candidate_id == 2 and first.ahead_because is Basis.CORE


def test_risks_count_against_among_the_further_criteria():
    calm = {C.CHOSEN: H, C.DOGMATISM: L}
    dogmatic = {C.CHOSEN: H, C.DOGMATISM: H}
    [first, second] = compare({1: dogmatic, 2: calm})
    assert first.candidate_id == 2 and first.ahead_because is Basis.FURTHER
    assert first.strengths == (C.CHOSEN, C.DOGMATISM)  # "not dogmatic" speaks for them
    assert second.concerns == (C.DOGMATISM,)


def test_unknowns_are_gaps_and_never_strengths_or_concerns():
    [only] = compare({7: {C.CHOSEN: H, C.RESILIENCE: None}})
    assert only.strengths == (C.CHOSEN,) and only.concerns == ()
    assert C.RESILIENCE in only.gaps and C.CHOSEN not in only.gaps
    assert len(only.gaps) == len(C) - 1
    # risks are listed before the other further criteria
    assert only.gaps.index(C.DOGMATISM) < only.gaps.index(C.WILLINGNESS)


def test_unknown_chosen_ranks_below_partly_chosen_and_above_not_chosen():
    order = compare({1: {C.CHOSEN: L}, 2: {}, 3: {C.CHOSEN: M}})
    assert [s.candidate_id for s in order] == [3, 2, 1]
    assert [s.ahead_because for s in order] == [Basis.CHOSEN, Basis.CHOSEN, None]


def test_fewer_gaps_break_an_otherwise_equal_comparison():
    known = {C.CHOSEN: H, C.ACCESS: M}
    unknown = {C.CHOSEN: H}
    [first, _] = compare({1: unknown, 2: known})
    assert first.candidate_id == 2 and first.ahead_because is Basis.KNOWN


def test_ties_share_a_rank_and_keep_the_order_they_were_marked():
    same = {C.CHOSEN: H, C.CREDIBILITY: H}
    order = compare({5: same, 3: dict(same), 9: {C.CHOSEN: L}})
    assert [s.candidate_id for s in order] == [3, 5, 9]
    assert [s.rank for s in order] == [1, 1, 3]
    assert order[0].tied_with_next and order[0].ahead_because is None
    assert not order[1].tied_with_next and order[1].ahead_because is Basis.CHOSEN


def test_no_candidates_compare_to_nothing():
    assert compare({}) == []


# -- status ----------------------------------------------------------------------

def test_a_candidate_is_approached_only_after_the_decision():
    assert next_statuses(Status.CANDIDATE, decided=False) == []
    assert next_statuses(Status.CANDIDATE, decided=True) == [Status.APPROACHED]
    with pytest.raises(ValidationError, match="Decide first"):
        check_transition(Status.CANDIDATE, Status.APPROACHED, decided=False)
    assert check_transition(Status.CANDIDATE, Status.APPROACHED, decided=True) == ""


@pytest.mark.parametrize("current, new", [
    (Status.APPROACHED, Status.ACTIVE), (Status.ACTIVE, Status.PAUSED),
    (Status.PAUSED, Status.ACTIVE), (Status.ENDED, Status.APPROACHED)])
def test_allowed_transitions(current, new):
    assert check_transition(current, new, decided=True, note=" holiday ") == " holiday "


@pytest.mark.parametrize("current, new", [
    (Status.CANDIDATE, Status.ACTIVE), (Status.CANDIDATE, Status.ENDED),
    (Status.ACTIVE, Status.APPROACHED), (Status.ACTIVE, Status.ACTIVE),
    (Status.ENDED, Status.ACTIVE), (Status.PAUSED, Status.CANDIDATE)])
def test_refused_transitions(current, new):
    with pytest.raises(ValidationError, match="not possible"):
        check_transition(current, new, decided=True, end_reason=EndReason.OTHER, note="x")


def test_ending_needs_a_reason():
    with pytest.raises(ValidationError, match="Say why"):
        check_transition(Status.ACTIVE, Status.ENDED, decided=True, note="moved away")
    with pytest.raises(ValidationError, match="Describe"):
        check_transition(Status.ACTIVE, Status.ENDED, decided=True,
                         end_reason=EndReason.OTHER, note="   ")
    # "ended by the key-client" is a reason on its own
    assert check_transition(Status.PAUSED, Status.ENDED, decided=True,
                            end_reason=EndReason.BY_KEYCLIENT) == ""


def test_every_status_reaches_ended_or_is_ended():
    for status in Status:
        reachable, todo = set(), [status]
        while todo:
            for nxt in next_statuses(todo.pop(), decided=True):
                if nxt not in reachable:
                    reachable.add(nxt)
                    todo.append(nxt)
        assert Status.ENDED in reachable | {status}


def test_rationale_is_required_and_bounded():
    with pytest.raises(ValidationError, match="rationale"):
        clean_rationale(" \n ")
    with pytest.raises(ValidationError, match="at most"):
        clean_rationale("x" * 5001)
    assert clean_rationale("  She is the one he still visits.\n") == (
        "She is the one he still visits.")


@pytest.mark.parametrize("role, sector", [
    ("older sister", "family"), ("Father", "family"), ("youth worker", "professional"),
    ("class teacher", "school_work"), ("brother in faith", "milieu"), ("", "friends"),
    ("neighbour", "friends")])
def test_a_new_persons_sector_follows_the_role(role, sector):
    from legato_desk.model.keyclients import sector_for_role

    assert sector_for_role(role).value == sector


# -- issue 16.6: who was present, re-approach, ending with work still running ------------

def _kc(marked=date(2026, 1, 5), decided=date(2026, 1, 6)):
    from legato_desk.model.keyclients import Candidate

    return Candidate(id=1, case_id=1, person_id=7, uid="u", marked_on=marked,
                     decided_on=decided, rationale="r" if decided else "")


def test_what_a_person_present_was_on_the_day():
    from legato_desk.model.keyclients import Presence, StatusEvent, present_as

    events = [StatusEvent(1, date(2026, 1, 7), Status.APPROACHED),
              StatusEvent(2, date(2026, 3, 1), Status.ENDED, EndReason.BY_KEYCLIENT),
              StatusEvent(3, date(2026, 3, 9), Status.APPROACHED, note="asked to come back")]
    at = lambda d: present_as(_kc(), events, d)  # noqa: E731
    assert present_as(None, [], date(2026, 1, 1)).presence is Presence.OTHER
    assert at(date(2026, 1, 1)).presence is Presence.OTHER          # not marked yet
    assert at(date(2026, 1, 6)) == present_as(_kc(), [], date(2026, 1, 6))
    assert at(date(2026, 1, 6)).presence is Presence.KEYCLIENT      # chosen that day
    assert at(date(2026, 2, 1)).status is Status.APPROACHED
    assert at(date(2026, 3, 1)).is_keyclient                        # the day he ended it
    ended = at(date(2026, 3, 2))
    assert (ended.presence, ended.since) == (Presence.ENDED, date(2026, 3, 1))
    assert at(date(2026, 3, 9)).is_keyclient                        # approached again
    undecided = present_as(_kc(decided=None), [], date(2026, 2, 1))
    assert undecided.presence is Presence.CANDIDATE
    assert present_as(_kc(decided=date(2026, 2, 1)), [], date(2026, 1, 20)).presence \
        is Presence.CANDIDATE                                       # chosen only later


def test_no_task_work_with_a_key_client_whose_work_ended():
    from legato_desk.model.keyclients import Presence, PresentAs, check_task_work

    ended = PresentAs(Presence.ENDED, Status.ENDED, date(2026, 3, 1))
    check_task_work({"Mr K.": ended}, has_task_work=False)  # present, no task work: fine
    check_task_work({"Mrs K.": PresentAs(Presence.OTHER)}, has_task_work=True)
    with pytest.raises(ValidationError, match=r"Mr K\. ended the work as key-client on "
                                              r"01\.03\.2026\. Before task work"):
        check_task_work({"Lena": PresentAs(Presence.KEYCLIENT, Status.ACTIVE),
                         "Mr K.": ended}, has_task_work=True)


def test_approaching_again_after_the_end_needs_a_reason():
    with pytest.raises(ValidationError, match="why you approach them again"):
        check_transition(Status.ENDED, Status.APPROACHED, decided=True, note="  ")
    assert check_transition(Status.ENDED, Status.APPROACHED, decided=True,
                            note="he asked") == "he asked"
    assert check_transition(Status.CANDIDATE, Status.APPROACHED, decided=True) == ""


def test_ending_a_case_with_work_still_running_needs_a_confirmation_and_a_note():
    from legato_desk.model.ending import StillOpen, check_still_open

    check_still_open(StillOpen(), confirmed=False, note="")
    running = StillOpen(keyclients=(("Lena", "active"),))
    flagged = StillOpen(flags=("self_harm",))
    for still in (running, flagged):
        with pytest.raises(ValidationError, match="Confirm"):
            check_still_open(still, confirmed=False, note="moved away")
        with pytest.raises(ValidationError, match="Say in the note"):
            check_still_open(still, confirmed=True, note=" ")
        check_still_open(still, confirmed=True, note="moved abroad")
