"""The rules of factor sheets and referrals, without a vault."""

from datetime import date

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.factors import (
    Change,
    Factor,
    FactorSheet,
    Kind,
    Level,
    Weight,
    balance,
    catalogue_from_data,
    catalogue_to_data,
    compare,
    default_catalogue,
)
from legato_desk.model.referral import Agreement, clean_referral


def sheet(sid, day, *factors):
    return FactorSheet(sid, 1, day, factors=tuple(factors))


def test_compare_lists_added_removed_and_weight_changes_from_the_earlier_sheet():
    early = sheet(1, date(2025, 1, 1),
                  Factor(Level.FAMILY, Kind.RISK, "Conflict", Weight.STRONG),
                  Factor(Level.SOCIAL, Kind.PROTECTIVE, "Friends", Weight.SLIGHT),
                  Factor(Level.SOCIAL, Kind.RISK, "Isolation", Weight.CLEAR),
                  Factor(Level.INDIVIDUAL, Kind.PROTECTIVE, "Job", Weight.CLEAR, "maybe"))
    late = sheet(2, date(2025, 5, 1),
                 Factor(Level.FAMILY, Kind.RISK, "conflict ", Weight.SLIGHT),
                 Factor(Level.SOCIAL, Kind.PROTECTIVE, "Friends", Weight.STRONG),
                 Factor(Level.IDEOLOGICAL, Kind.PROTECTIVE, "Rejects violence"),
                 Factor(Level.INDIVIDUAL, Kind.PROTECTIVE, "Job", Weight.CLEAR, "apprenticeship"))
    diff = compare(late, early)  # either order: from the earlier to the later
    assert (diff.earlier.id, diff.later.id) == (1, 2)
    assert [(c.change, c.factor.label) for c in diff.changes] == [
        (Change.ADDED, "Rejects violence"), (Change.REMOVED, "Isolation"),
        (Change.HEAVIER, "Friends"), (Change.LIGHTER, "conflict "),
        (Change.NOTE, "Job")]
    assert diff.unchanged == 0
    assert compare(early, early).empty


def test_the_same_wording_as_risk_and_as_protective_factor_are_different_factors():
    a = sheet(1, date(2025, 1, 1), Factor(Level.FAMILY, Kind.RISK, "Father"))
    b = sheet(2, date(2025, 2, 1), Factor(Level.FAMILY, Kind.PROTECTIVE, "Father"))
    assert {c.change for c in compare(a, b).changes} == {Change.ADDED, Change.REMOVED}


def test_balance_keeps_both_sides_per_level_never_one_score():
    rows = balance([Factor(Level.FAMILY, Kind.RISK, "a", Weight.STRONG),
                    Factor(Level.FAMILY, Kind.RISK, "b", Weight.SLIGHT),
                    Factor(Level.FAMILY, Kind.PROTECTIVE, "c", Weight.CLEAR)])
    assert [r.level for r in rows] == list(Level)
    family = rows[1]
    assert (family.risk, family.protective, family.risks, family.protectives) == (4, 2, 2, 1)
    assert all((r.risk, r.protective) == (0, 0) for r in rows if r.level is not Level.FAMILY)


def test_defaults_exist_for_every_level_and_kind_in_both_languages():
    for language in ("en", "de"):
        catalogue = default_catalogue(language)
        assert all(catalogue[level][kind] for level in Level for kind in Kind)
        assert catalogue_from_data(catalogue_to_data(catalogue)) == catalogue
    assert default_catalogue("de")[Level.FAMILY][Kind.RISK][0].startswith("Konflikt")
    assert default_catalogue("xx") == default_catalogue("en")


@pytest.mark.parametrize("data", [[], {"family": []}, {"family": {"risk": [3]}},
                                  {"family": {"risk": ["x" * 81]}}])
def test_an_unusable_catalogue_is_refused(data):
    with pytest.raises(ValidationError):
        catalogue_from_data(data)


def test_a_referral_needs_to_whom_why_and_the_callers_answer():
    values = clean_referral(referred_on=date(2025, 6, 2), recipient="  Projekt  X ",
                            reason=" closer ", agreement="not_asked", note="",
                            today=date(2025, 6, 2))
    assert values == (date(2025, 6, 2), "Projekt X", "closer", Agreement.NOT_ASKED, "")
    with pytest.raises(ValidationError, match="agreed"):
        clean_referral(referred_on=date(2025, 6, 2), recipient="X", reason="y",
                       agreement="maybe", note="", today=date(2025, 6, 2))
