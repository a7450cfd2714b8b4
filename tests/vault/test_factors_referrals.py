"""Factor sheets and referrals in the vault: stored rows, audit, handover, erasure."""

from __future__ import annotations

import secrets
from datetime import date, datetime, timezone

import pytest

from legato_desk.errors import ValidationError
from legato_desk.model.factors import Factor, Kind, Level, Weight, default_catalogue
from legato_desk.model.referral import Agreement
from legato_desk.vault import Vault, retention, transfer
from legato_desk.vault.factors import FactorRepository, SheetDateTaken
from legato_desk.vault.referrals import ReferralRepository
from tests.conftest import PASSPHRASE
from tests.vault.pages import hits, vault_plaintext

NOW = datetime(2025, 6, 13, 15, 30, tzinfo=timezone.utc)  # a Friday afternoon
ONE_TIME = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX"


def clocked(vault, now=NOW):
    vault.factors = FactorRepository(vault.conn, vault.audit, vault.settings,
                                     clock=lambda: now)
    vault.referrals = ReferralRepository(vault.conn, vault.audit, clock=lambda: now)
    return vault


@pytest.fixture
def v(vault):
    return clocked(vault)


def rows(vault, sql, *args):
    return vault.conn.execute(sql, args).fetchall()


def test_a_sheet_is_stored_with_its_factors_and_the_audit_names_only_the_sheet(v):
    case = v.cases.create("A.")
    sheet = v.factors.create(case.id, date(2025, 1, 10), note="after the intake", factors=[
        Factor(Level.SOCIAL, Kind.PROTECTIVE, "  Friends   outside ", Weight.SLIGHT, "football"),
        Factor(Level.FAMILY, Kind.RISK, "Conflict with the father", Weight.STRONG)])
    assert rows(v, "SELECT case_id, assessed_on, note, created_at FROM factor_sheets") == [
        (case.id, "2025-01-10", "after the intake", "2025-06-13T15:30:00+00:00")]
    # Level order, risks first; the wording as typed, spaces folded.
    assert rows(v, "SELECT position, level, kind, label, weight, note FROM factor_items"
                   " WHERE sheet_id = ? ORDER BY position", sheet.id) == [
        (0, "family", "risk", "Conflict with the father", 3, ""),
        (1, "social", "protective", "Friends outside", 1, "football")]
    entry = v.audit.for_case(case.id)[-1]
    assert entry[2:] == ("created", "factor_sheet", str(sheet.id))


def test_a_new_sheet_starts_from_the_latest_earlier_one_and_changes_replace_the_factors(v):
    case = v.cases.create("A.")
    first = v.factors.create(case.id, date(2025, 1, 10), factors=[
        Factor(Level.FAMILY, Kind.RISK, "Conflict", Weight.STRONG, "shouting")])
    second = v.factors.create(case.id, date(2025, 4, 1))
    assert [(f.label, f.weight, f.note) for f in second.factors] == [
        ("Conflict", Weight.STRONG, "shouting")]
    changed = v.factors.save(second.id, factors=[
        Factor(Level.FAMILY, Kind.RISK, "Conflict", Weight.SLIGHT),
        Factor(Level.MOTIVATIONAL, Kind.PROTECTIVE, "Doubts about the group")])
    assert [f.label for f in changed.factors] == ["Conflict", "Doubts about the group"]
    assert [f.weight for f in v.factors.get(first.id).factors] == [Weight.STRONG]  # untouched
    assert [s.assessed_on for s in v.factors.sheets(case.id)] == [date(2025, 1, 10),
                                                                  date(2025, 4, 1)]
    assert [(s.risks, s.protectives) for s in v.factors.sheets(case.id)] == [(1, 0), (1, 1)]
    before = len(v.audit.entries())
    v.factors.save(second.id, factors=changed.factors)  # nothing changed: nothing logged
    assert len(v.audit.entries()) == before
    v.factors.delete(first.id)
    assert rows(v, "SELECT count(*) FROM factor_items WHERE sheet_id = ?", first.id) == [(0,)]
    assert v.audit.entries()[-1][3:] == ("deleted", "factor_sheet", str(first.id))


def test_refused_sheets_store_nothing(v):
    case = v.cases.create("A.")
    v.factors.create(case.id, date(2025, 1, 10))
    before = rows(v, "SELECT count(*) FROM factor_sheets")
    with pytest.raises(SheetDateTaken):
        v.factors.create(case.id, date(2025, 1, 10))
    with pytest.raises(ValidationError, match="future"):
        v.factors.create(case.id, date(2025, 6, 14))  # the day after the injected clock
    with pytest.raises(ValidationError, match="twice"):
        v.factors.create(case.id, date(2025, 2, 1), factors=[
            Factor(Level.FAMILY, Kind.RISK, "Conflict"),
            Factor(Level.FAMILY, Kind.RISK, "conflict ")])
    with pytest.raises(ValidationError, match="wording"):
        v.factors.create(case.id, date(2025, 2, 1), factors=[
            Factor(Level.FAMILY, Kind.RISK, "  ")])
    assert rows(v, "SELECT count(*) FROM factor_sheets") == before


def test_the_office_wording_defaults_per_language_and_is_kept_in_the_vault(v):
    assert v.factors.catalogue("de") == default_catalogue("de")
    assert v.factors.catalogue("en")[Level.IDEOLOGICAL][Kind.PROTECTIVE][1] == "Rejects violence"
    assert not v.factors.has_own_catalogue()
    own = default_catalogue("en")
    own[Level.FAMILY][Kind.RISK] = ["Father absent", "", "Older brother in the scene"]
    v.factors.set_catalogue(own)
    assert v.factors.catalogue("de")[Level.FAMILY][Kind.RISK] == [
        "Father absent", "Older brother in the scene"]
    assert v.audit.entries()[-1][3:] == ("changed", "setting", "factors.catalogue")
    own[Level.FAMILY][Kind.RISK] = ["Same", "same"]
    with pytest.raises(ValidationError, match="twice"):
        v.factors.set_catalogue(own)
    v.factors.reset_catalogue()
    assert v.factors.catalogue("en") == default_catalogue("en")


def _contact(vault):
    agency = vault.directory.add_agency("Jugendprojekt Nord", "other")
    contact_id = vault.directory.save_contact(agency.id, name="Lena Berg", role="Mentoring")
    return vault.directory.contact(contact_id)


def test_a_referral_keeps_to_whom_even_when_the_directory_entry_goes(v):
    case = v.cases.create("A.")
    contact = _contact(v)
    referral = v.referrals.add(case.id, referred_on=date(2025, 6, 2), recipient=contact.label(),
                               reason="a local project closer to the family",
                               agreement=Agreement.AGREED, contact_id=contact.id)
    assert rows(v, "SELECT referred_on, contact_id, agency_id, recipient, reason, agreement"
                   " FROM referrals") == [
        ("2025-06-02", contact.id, contact.agency_id,
         "Lena Berg, Mentoring (Jugendprojekt Nord)", "a local project closer to the family",
         "agreed")]
    assert v.audit.entries()[-1][3:] == ("created", "referral", str(referral.id))
    v.directory.delete_agency(contact.agency_id)
    kept = v.referrals.get(referral.id)
    assert (kept.contact_id, kept.agency_id, kept.recipient) == (
        None, None, "Lena Berg, Mentoring (Jugendprojekt Nord)")
    changed = v.referrals.update(referral.id, referred_on=date(2025, 6, 2),
                                 recipient=kept.recipient, reason=kept.reason,
                                 agreement="declined", note="wants to stay with us")
    assert (changed.agreement, changed.note) == (Agreement.DECLINED, "wants to stay with us")
    v.referrals.delete(referral.id)
    assert v.referrals.for_case(case.id) == []


@pytest.mark.parametrize("change, message", [
    ({"recipient": " "}, "to whom"), ({"reason": ""}, "why"),
    ({"agreement": None}, "agreed"), ({"referred_on": date(2025, 6, 14)}, "future")])
def test_an_incomplete_referral_is_refused_and_nothing_is_stored(v, change, message):
    case = v.cases.create("A.")
    values = dict(referred_on=date(2025, 6, 2), recipient="Projekt X", reason="closer",
                  agreement=Agreement.NOT_ASKED)
    values.update(change)
    before = len(v.audit.entries())
    with pytest.raises(ValidationError, match=message):
        v.referrals.add(case.id, **values)
    assert rows(v, "SELECT count(*) FROM referrals") == [(0,)]
    assert len(v.audit.entries()) == before


def _fill(vault, m):
    case = vault.cases.create(m["pseudo"])
    contact = _contact(vault)
    vault.factors.create(case.id, date(2025, 1, 10), note=m["sheet"], factors=[
        Factor(Level.FAMILY, Kind.RISK, m["label"], Weight.STRONG, m["fnote"])])
    vault.factors.create(case.id, date(2025, 3, 10))
    vault.referrals.add(case.id, referred_on=date(2025, 6, 2), recipient=contact.label(),
                        reason=m["reason"], agreement="agreed", note=m["rnote"],
                        contact_id=contact.id)
    return case


def _markers(tag):
    token = secrets.token_hex(5)
    return {k: f"zq{k}{tag}{token}" for k in ("pseudo", "sheet", "label", "fnote", "reason",
                                              "rnote")}


def test_sheets_and_referrals_move_with_a_handover(v, tmp_path, kdf):
    m = _markers("moved")
    case = _fill(v, m)
    path = tmp_path / "h.legato-transfer"
    transfer.export_cases(v, [case.id], path, ONE_TIME, kdf=kdf)
    target, _ = Vault.create(tmp_path / "target", PASSPHRASE, kdf=kdf)
    try:
        other = target.cases.create("T.")
        target.factors.create(other.id, date(2025, 1, 10))  # ids collide
        result = transfer.import_transfer(target, path, ONE_TIME)
        moved = result.imported[0]
        sheets = target.factors.all(moved)
        assert [(s.assessed_on, s.note) for s in sheets] == [
            (date(2025, 1, 10), m["sheet"]), (date(2025, 3, 10), "")]
        assert [(f.label, f.weight, f.note) for f in sheets[1].factors] == [
            (m["label"], Weight.STRONG, m["fnote"])]
        (referral,) = target.referrals.for_case(moved)
        # The directory is the other office's: the link goes, the name stays.
        assert (referral.recipient, referral.reason, referral.note, referral.contact_id) == (
            "Lena Berg, Mentoring (Jugendprojekt Nord)", m["reason"], m["rnote"], None)
        assert target.check() == []
    finally:
        target.close()


def test_erasing_a_case_leaves_none_of_its_sheets_or_referrals(v, vault_dir):
    gone, kept = _markers("gone"), _markers("kept")
    gone_case = _fill(v, gone)
    _fill(v, kept)
    key = v._key
    assert hits(vault_plaintext(vault_dir, key), list(gone.values()))
    retention.erase_case(v, gone_case.id)
    for table in ("factor_sheets", "factor_items", "referrals"):
        assert rows(v, f"SELECT count(*) FROM {table} WHERE case_id = ?", gone_case.id) == [(0,)]
    plain = vault_plaintext(vault_dir, key)
    assert hits(plain, list(gone.values())) == []
    assert {m for _f, m in hits(plain, list(kept.values()))} == set(kept.values())
