"""Pure safeguarding rules: flag lifecycle, protocol steps, disclosures, endings, chain."""

import dataclasses
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from legato_desk.errors import ValidationError
from legato_desk.model import audit_chain
from legato_desk.model.case import CaseStatus
from legato_desk.model.ending import EndingReason, check_ending, ending_status
from legato_desk.model.safeguarding import (
    Escalation,
    FlagType,
    SharingGround,
    Step,
    StepState,
    check_can_change,
    check_can_close,
    clean_disclosure,
    default_protocol,
    protocol_from_data,
    protocol_to_data,
)

NOW = datetime(2026, 3, 4, 10, 0, tzinfo=timezone.utc)


def _escalation(*states, closed=False):
    steps = tuple(Step(i, i, f"step {i}", "", "", s) for i, s in enumerate(states))
    return Escalation(1, 1, FlagType.SELF_HARM, NOW, "", steps,
                      closed_at=NOW if closed else None)


def test_an_escalation_with_open_steps_cannot_close_and_names_them():
    esc = _escalation(StepState.DONE, StepState.OPEN, StepState.OPEN)
    with pytest.raises(ValidationError) as err:
        check_can_close(esc)
    assert "2 step(s)" in err.value.message
    assert "step 1" in err.value.message and "step 2" in err.value.message
    assert "step 0" not in err.value.message


def test_done_and_not_needed_steps_allow_closing():
    check_can_close(_escalation(StepState.DONE, StepState.NOT_NEEDED))
    check_can_close(_escalation())  # a flag type without protocol steps


def test_a_closed_escalation_is_final():
    esc = _escalation(StepState.DONE, closed=True)
    assert not esc.is_open
    with pytest.raises(ValidationError, match="already closed"):
        check_can_close(esc)
    with pytest.raises(ValidationError, match="closed"):
        check_can_change(esc)


def _disclosure(**kw):
    args = dict(what="The threat, in his words", recipient="Police, state security",
                purpose="acute threat", ground=SharingGround.ACUTE_DANGER,
                shared_at=NOW, now=NOW)
    args.update(kw)
    return clean_disclosure(**args)


def test_a_disclosure_needs_a_ground_a_recipient_what_and_why():
    with pytest.raises(ValidationError, match="ground"):
        _disclosure(ground=None)
    with pytest.raises(ValidationError, match="to whom"):
        _disclosure(recipient="   ")
    with pytest.raises(ValidationError, match="what was shared"):
        _disclosure(what="")
    with pytest.raises(ValidationError, match="why"):
        _disclosure(purpose=" ")
    with pytest.raises(ValidationError, match="future"):
        _disclosure(shared_at=NOW + timedelta(hours=1))
    assert _disclosure(ground="consent", recipient=" Youth  welfare ")[1:] == (
        "Youth welfare", "acute threat", SharingGround.CONSENT)


def test_protocol_round_trips_through_its_file_format():
    protocol = default_protocol()
    assert set(protocol) == set(FlagType)
    assert protocol_from_data(protocol_to_data(protocol)) == protocol


@pytest.mark.parametrize("data", [
    None, [], "text", {"format": "other"},
    {"format": "legato-desk office protocol", "version": 2, "flags": {}},
    {"format": "legato-desk office protocol", "version": 1},
    {"format": "legato-desk office protocol", "version": 1, "flags": {"alien": []}},
    {"format": "legato-desk office protocol", "version": 1, "flags": {"self_harm": "x"}},
    {"format": "legato-desk office protocol", "version": 1, "flags": {"self_harm": [{}]}},
    {"format": "legato-desk office protocol", "version": 1,
     "flags": {"self_harm": [{"step": 5}]}},
    {"format": "legato-desk office protocol", "version": 1,
     "flags": {"self_harm": [{"step": "x" * 201}]}},
])
def test_bad_protocol_data_is_refused_with_a_message(data):
    with pytest.raises(ValidationError, match="not a usable office protocol"):
        protocol_from_data(data)


@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                    max_leaves=20))
def test_any_json_either_parses_or_raises_validation_error(data):
    try:
        protocol_from_data(data)
    except ValidationError:
        pass


def test_ending_rules():
    today = date(2026, 3, 4)
    assert check_ending("goal_reached", "", today, today) is EndingReason.GOAL_REACHED
    with pytest.raises(ValidationError, match="who or what"):
        check_ending(None, "", today, today)
    with pytest.raises(ValidationError, match="other"):
        check_ending(EndingReason.OTHER, " ", today, today)
    with pytest.raises(ValidationError, match="future"):
        check_ending(EndingReason.MOVED_AWAY, "", today + timedelta(days=1), today)
    assert ending_status(True) is CaseStatus.ENDED_REACHABLE
    assert ending_status(False) is CaseStatus.ENDED


def _chain(n):
    entries, prev = [], ""
    for i in range(1, n + 1):
        ref = i if i % 2 else None
        h = audit_chain.digest(prev, f"t{i}", "JK", "created", "case", str(i), ref)
        entries.append(audit_chain.Entry(i, f"t{i}", "JK", "created", "case", str(i),
                                         prev, h, ref))
        prev = h
    return entries


def test_chain_verification_finds_edits_gaps_and_a_removed_tail():
    entries = _chain(5)
    assert audit_chain.first_break(entries, issued=5) is None
    assert audit_chain.first_break(entries) is None
    edited = list(entries)
    edited[2] = dataclasses.replace(entries[2], entity_id="99")
    assert audit_chain.first_break(edited, issued=5) == 3
    assert audit_chain.first_break(entries[:3] + entries[4:], issued=5) == 5
    # The newest two removed: the chain alone is still valid...
    assert audit_chain.first_break(entries[:3]) is None
    # ...but the issued counter is not.
    assert audit_chain.first_break(entries[:3], issued=5) == 4
    assert audit_chain.first_break([], issued=2) == 1
    assert audit_chain.first_break(entries, issued=3) == 4  # counter lowered


def test_case_ref_is_part_of_the_hash_and_old_entries_hash_as_before():
    assert audit_chain.digest("", "t", "a", "created", "case", "1") != audit_chain.digest(
        "", "t", "a", "created", "case", "1", 1)


# -- before a disclosure: told, asked, and what counselling content may leave (issue 19.7)


def _consent(**kw):
    from legato_desk.model.safeguarding import clean_consent

    args = dict(ground=SharingGround.LEGAL_DUTY, consent="given", note="",
                counselling_content=False, answered=True)
    args.update(kw)
    return clean_consent(**args)


def test_the_dialog_must_say_whether_consent_was_asked():
    from legato_desk.model.safeguarding import Consent

    with pytest.raises(ValidationError, match="asked to agree"):
        _consent(consent=Consent.NOT_RECORDED)
    assert _consent(consent=Consent.NOT_RECORDED, answered=False) == (Consent.NOT_RECORDED, "")
    assert _consent(consent="refused") == (Consent.REFUSED, "")  # the law may still allow it


def test_sharing_on_consent_needs_it_given_and_not_asking_needs_a_reason():
    from legato_desk.model.safeguarding import Consent

    for answer in ("refused", "not_asked"):
        with pytest.raises(ValidationError, match="did not give it"):
            _consent(ground=SharingGround.CONSENT, consent=answer, note="x")
    assert _consent(ground=SharingGround.CONSENT, consent="not_recorded",
                    answered=False)[0] is Consent.GIVEN
    with pytest.raises(ValidationError, match="why the person was not asked"):
        _consent(consent="not_asked", note="   ")
    assert _consent(consent="not_asked", note=" asking  would warn\nhim ") == (
        Consent.NOT_ASKED, "asking would warn him")


@pytest.mark.parametrize("ground", list(SharingGround))
def test_counselling_content_leaves_only_on_acute_danger(ground):
    if ground is SharingGround.ACUTE_DANGER:
        assert _consent(ground=ground, counselling_content=True, consent="refused")
    else:
        with pytest.raises(ValidationError, match="acute danger"):
            _consent(ground=ground, counselling_content=True)


def test_only_a_given_consent_can_be_withdrawn_once_and_not_before_it_was_given():
    from dataclasses import replace

    from legato_desk.model.safeguarding import Consent, Disclosure, check_can_withdraw

    entry = Disclosure(1, 1, NOW, "w", "r", "p", SharingGround.CONSENT, consent=Consent.GIVEN)
    assert entry.consent_in_force
    check_can_withdraw(entry, NOW)
    with pytest.raises(ValidationError, match="before it was given"):
        check_can_withdraw(entry, NOW - timedelta(days=1))
    with pytest.raises(ValidationError, match="already withdrawn"):
        check_can_withdraw(replace(entry, consent_withdrawn_at=NOW), NOW)
    with pytest.raises(ValidationError, match="was given"):
        check_can_withdraw(replace(entry, consent=Consent.REFUSED), NOW)
