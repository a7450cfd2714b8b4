import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.case import CaseStatus, clean_pseudonym, next_case_code


def test_pseudonym_is_trimmed_and_inner_whitespace_folded():
    assert clean_pseudonym("  A.   K. ") == "A. K."


@pytest.mark.parametrize("bad", ["", "   ", "\n\t", "x" * 61])
def test_bad_pseudonyms_are_refused_with_a_message(bad):
    with pytest.raises(ValidationError) as err:
        clean_pseudonym(bad)
    assert err.value.message


def test_case_codes_count_within_the_year():
    assert next_case_code(2026, []) == "2026-001"
    assert next_case_code(2026, ["2026-001", "2026-009", "2025-044"]) == "2026-010"
    assert next_case_code(2027, ["2026-001"]) == "2027-001"


def test_ended_statuses_are_not_open():
    assert CaseStatus.ACTIVE.is_open
    assert not CaseStatus.ENDED.is_open
    assert not CaseStatus.ENDED_REACHABLE.is_open
