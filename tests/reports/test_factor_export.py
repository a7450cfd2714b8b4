"""The supervision PDF carries the latest factor sheet, what changed since the sheet
before it, and the referrals, with every known name pseudonymised."""

import dataclasses
import io
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from legato_desk.exporting import export_pdf, review
from legato_desk.model.export import Audience, ExportRequest, Section
from legato_desk.model.factors import Factor, Kind, Level, Weight
from legato_desk.vault.factors import FactorRepository
from legato_desk.vault.referrals import ReferralRepository

NOW = datetime(2025, 6, 13, 15, 30, tzinfo=timezone.utc)


def _text(path):
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def case(vault):
    vault.factors = FactorRepository(vault.conn, vault.audit, vault.settings,
                                     clock=lambda: NOW)
    vault.referrals = ReferralRepository(vault.conn, vault.audit, clock=lambda: NOW)
    case = vault.cases.create("M.")
    vault.maps.add_person(case.id, 0.2, -0.3, name="Jürgen Weiß", role="father")
    vault.maps.add_person(case.id, -0.2, -0.3, name="Selin Kaya", role="sister")
    agency = vault.directory.add_agency("Jugendprojekt Nord", "other")
    contact = vault.directory.contact(vault.directory.save_contact(
        agency.id, name="Lena Berg", role="Mentoring"))
    vault.factors.create(case.id, date(2025, 1, 10), note="Told by Jürgen on the phone",
                         factors=[
        Factor(Level.FAMILY, Kind.RISK, "Conflict with the father", Weight.STRONG,
               "Jürgen shouts"),
        Factor(Level.SOCIAL, Kind.PROTECTIVE, "Friends outside the milieu", Weight.SLIGHT),
        Factor(Level.IDEOLOGICAL, Kind.RISK, "Justifies violence", Weight.CLEAR)])
    vault.factors.create(case.id, date(2025, 5, 2), factors=[
        Factor(Level.FAMILY, Kind.RISK, "Conflict with the father", Weight.SLIGHT),
        Factor(Level.FAMILY, Kind.PROTECTIVE, "Bond with Selin", Weight.STRONG, "Selin visits"),
        Factor(Level.IDEOLOGICAL, Kind.RISK, "Justifies violence", Weight.CLEAR)])
    vault.referrals.add(case.id, referred_on=date(2025, 6, 2), recipient=contact.label(),
                        reason="Selin asked for a project near her school",
                        agreement="agreed", contact_id=contact.id)
    return case


def test_supervision_prints_the_latest_sheet_its_balance_the_changes_and_the_referrals(
        vault, case, tmp_path):
    text = _text(export_pdf(vault, ExportRequest.default(Audience.SUPERVISION,
                                                         case_id=case.id),
                            tmp_path / "s.pdf"))
    assert "Risk and protective factors" in text
    assert "Factor sheet of 02 May 2025" in text
    assert "What changed since the sheet of 10 Jan 2025" in text
    assert "added Family situation, protective Bond with P2 3" in text
    assert "removed Social, protective Friends outside the milieu 1" in text
    assert "weighs less Family situation, risk Conflict with the father 3 → 1" in text
    assert "Unchanged: 1" in text
    assert "Family situation 1 (1) 3 (1)" in text  # the balance: risk, protective
    assert "Referrals on" in text and "agreed" in text
    assert "Jugendprojekt Nord" in text and "project near her school" in text
    # Pseudonymised: no map person, no directory contact by name.
    for part in ("Jürgen", "Weiß", "Selin", "Kaya", "Lena", "Berg"):
        assert part not in text, part
    # The older sheet's own note and factor notes are not printed, only the latest.
    assert "on the phone" not in text


def test_the_name_review_sees_the_factor_and_referral_texts(vault, case):
    """The export dialog's review lists what these sections replace, like any other text."""
    found = review(vault, ExportRequest.default(Audience.SUPERVISION, case_id=case.id))
    replaced = {(written, code) for written, code, _how, _n in found.replaced}
    assert {("Selin", "P2"), ("Lena Berg", "C1")} <= replaced  # Jürgen: only the older sheet


def test_german_words_and_a_period_that_ends_before_the_second_sheet(vault, case, tmp_path):
    request = ExportRequest.default(Audience.SUPERVISION, case_id=case.id, language="de",
                                    date_to=date(2025, 3, 1))
    text = _text(export_pdf(vault, request, tmp_path / "de.pdf"))
    assert "Risiko- und Schutzfaktoren" in text and "Faktorenbogen vom 10.01.2025" in text
    assert "Kein früherer Bogen zum Vergleich." in text
    assert "Keine Weitervermittlung erfasst." in text  # June is after the period


def test_other_audiences_get_neither(vault, case, tmp_path):
    request = dataclasses.replace(
        ExportRequest.default(Audience.CASE_CONFERENCE, case_id=case.id, ground="consent"),
        sections=frozenset({Section.SUMMARY, Section.PARTICIPANTS}))
    text = _text(export_pdf(vault, request, tmp_path / "cc.pdf"))
    assert "Risk and protective factors" not in text and "Referrals on" not in text
