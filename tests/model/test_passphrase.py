"""Passphrase rules: strength, acceptance of a new passphrase, unlock delay."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from legato_desk.errors import ValidationError
from legato_desk.model.passphrase import (
    MIN_LENGTH,
    Strength,
    assess,
    check_new_passphrase,
    unlock_delay,
)
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

# --- assess -----------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "a", "Ab1!", "x" * (MIN_LENGTH - 1)])
def test_shorter_than_minimum_is_too_short(text):
    result = assess(text)
    assert result.strength is Strength.TOO_SHORT
    assert str(MIN_LENGTH) in result.hint


def test_length_raises_strength_for_plain_words():
    # Only lower case letters and spaces: two character classes, no bonus.
    assert assess("tiger lamp").strength is Strength.FAIR          # 10: the minimum
    assert assess("tiger lamp ocean").strength is Strength.GOOD    # 16
    assert assess("tiger lamp ocean violin").strength is Strength.STRONG  # 23


def test_variety_of_characters_adds_one_step():
    plain = "tiger lamp ocean"
    mixed = "Tiger lamp 7 ocean"
    assert assess(mixed).strength == assess(plain).strength + 1
    assert assess(mixed).strength is Strength.STRONG


def test_shared_passphrases_are_acceptable():
    assert assess(PASSPHRASE).strength >= Strength.FAIR
    assert assess(OTHER_PASSPHRASE).strength >= Strength.FAIR


@pytest.mark.parametrize("word", ["password", "Passwort", "qwerty", "123456", "legato"])
def test_common_words_cost_strength(word):
    base = "lamp 7"
    assert assess(base + " " + word).strength is Strength.WEAK
    assert assess(base + " " + "zebra").strength >= Strength.FAIR


def test_a_common_word_inside_a_long_passphrase_is_fine():
    assert assess("my secret garden party on tuesday").strength >= Strength.GOOD


def test_few_distinct_characters_cost_strength():
    assert assess("ab" * 10).strength is Strength.WEAK
    assert assess("a" * 40).strength is Strength.WEAK


def test_strength_never_exceeds_strong_and_hints_differ_by_level():
    hints = {assess(t).hint for t in ("short", "lamp 7 password", "tiger lamp",
                                       "tiger lamp ocean",
                                       "tiger lamp ocean violin")}
    assert len(hints) == 5
    assert assess("Xy7!" * 30 + "abcdefghijklmnop").strength <= Strength.STRONG


@settings(max_examples=50, deadline=None)
@given(st.text())
def test_assess_never_raises_and_always_gives_a_hint(text):
    result = assess(text)
    assert isinstance(result.strength, Strength)
    assert result.hint.strip()


# --- check_new_passphrase ------------------------------------------------------


def _refusal(passphrase, repeated=None) -> str:
    with pytest.raises(ValidationError) as err:
        check_new_passphrase(passphrase, repeated)
    assert err.value.message
    return err.value.message


@pytest.mark.parametrize("empty", ["", " ", "   \t\n  ", " " * 30])
def test_empty_passphrase_is_refused(empty):
    assert "choose" in _refusal(empty).lower()


def test_short_passphrase_is_refused_with_the_minimum_named():
    message = _refusal("Ab1!xyz")
    assert "short" in message.lower()
    assert str(MIN_LENGTH) in message


@pytest.mark.parametrize("weak", ["password1234567", "letmein letmein", "aaaaaaaaaaaaaaaa",
                                  "secret password"])
def test_guessable_passphrase_is_refused(weak):
    assert "guess" in _refusal(weak).lower()


def test_mismatched_repetition_is_refused():
    assert "match" in _refusal(PASSPHRASE, PASSPHRASE + " ").lower()
    assert "match" in _refusal(PASSPHRASE, OTHER_PASSPHRASE).lower()


def test_good_passphrase_is_accepted_with_or_without_repetition():
    assert check_new_passphrase(PASSPHRASE) is None
    assert check_new_passphrase(PASSPHRASE, PASSPHRASE) is None
    assert check_new_passphrase(OTHER_PASSPHRASE, OTHER_PASSPHRASE) is None


@settings(max_examples=50, deadline=None)
@given(st.text(), st.one_of(st.none(), st.text()))
def test_check_new_passphrase_only_ever_raises_validation_error(text, repeated):
    try:
        check_new_passphrase(text, repeated)
    except ValidationError as err:
        assert err.message
    else:
        assert assess(text).strength >= Strength.FAIR
        assert repeated is None or repeated == text


# --- unlock_delay --------------------------------------------------------------


def test_first_failures_cost_nothing_extra():
    assert unlock_delay(0) == 0
    assert unlock_delay(1) == 0


def test_delay_doubles_after_that():
    assert unlock_delay(2) > 0
    for failures in range(2, 6):
        assert unlock_delay(failures + 1) == 2 * unlock_delay(failures)


def test_delay_is_capped_at_half_a_minute():
    assert unlock_delay(7) == 30
    assert unlock_delay(50) == 30
    assert unlock_delay(10_000) == 30
    delays = [unlock_delay(n) for n in range(0, 200)]
    assert delays == sorted(delays)
    assert max(delays) == 30
    assert all(isinstance(d, float) for d in delays)
