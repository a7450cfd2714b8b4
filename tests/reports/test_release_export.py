"""Supervision and case-conference PDFs print the release and the checklist's state;
only supervision prints the notes; names are pseudonymised."""

import dataclasses
import io
from datetime import date, time

import pytest
from pypdf import PdfReader

from legato_desk.exporting import export_pdf
from legato_desk.model.availability import Availability, Hours
from legato_desk.model.export import Audience, ExportRequest, Section
from legato_desk.model.intake import Intake, ReferralRoute
from legato_desk.model.release import ChecklistItem


def _text(path):
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def case(vault):
    case = vault.cases.create("M.")
    vault.intake.save(Intake(case_id=case.id, referral_route=ReferralRoute.JUSTICE))
    agency = vault.directory.add_agency("Bewährungshilfe Mitte", "probation")
    cid = vault.directory.save_contact(agency.id, name="Lena Berg", role="probation officer")
    vault.directory.set_availability(cid, Availability((Hours(540, 960),) * 5), None)
    label = vault.directory.contact(cid).label()
    vault.releases.save(case.id, released_on=date(2025, 6, 13), released_at=time(15, 30),
                        institution="JVA Nord", items=[
                            ChecklistItem("Pick-up arranged", True, "brother drives at noon"),
                            ChecklistItem("Probation contact", False, "", label, cid)])
    return case


def _request(audience, case, **kw):
    return ExportRequest.default(audience, case_id=case.id, **kw)


def test_supervision_prints_release_warning_checklist_and_notes(vault, case, tmp_path):
    text = _text(export_pdf(vault, _request(Audience.SUPERVISION, case), tmp_path / "s.pdf"))
    assert "Release from prison" in text and "13 Jun 2025, 15:30" in text and "JVA Nord" in text
    assert ("Released Friday 13 Jun 2025 15:30: none of the case's contacts is reachable "
            "until Monday 16 Jun 2025 9:00.") in text
    assert "Checklist for the first days: 1 of 2 done" in text
    assert "Pick-up arranged done brother drives at noon" in text
    assert "Probation contact open" in text
    assert "Lena" not in text and "Berg" not in text  # the contact is coded


def test_the_case_conference_gets_the_state_without_notes(vault, case, tmp_path):
    request = _request(Audience.CASE_CONFERENCE, case, ground="consent")
    text = _text(export_pdf(vault, request, tmp_path / "cc.pdf"))
    assert "Release from prison" in text and "1 of 2 done" in text
    assert "Pick-up arranged done" in text
    assert "brother drives" not in text


def test_german_words(vault, case, tmp_path):
    text = _text(export_pdf(vault, _request(Audience.SUPERVISION, case, language="de"),
                            tmp_path / "de.pdf"))
    assert "Haftentlassung" in text and "13.06.2025, 15:30" in text
    assert "vor Montag 16.06.2025 9:00 erreichbar" in text
    assert "Checkliste für die ersten Tage: 1 von 2 erledigt" in text


def test_not_printed_without_the_justice_route_or_the_next_steps(vault, case, tmp_path):
    vault.intake.save(Intake(case_id=case.id, referral_route=ReferralRoute.SCHOOL))
    text = _text(export_pdf(vault, _request(Audience.SUPERVISION, case), tmp_path / "a.pdf"))
    assert "Release from prison" not in text
    vault.intake.save(Intake(case_id=case.id, referral_route=ReferralRoute.JUSTICE))
    request = dataclasses.replace(_request(Audience.SUPERVISION, case),
                                  sections=frozenset({Section.SUMMARY}))
    text = _text(export_pdf(vault, request, tmp_path / "b.pdf"))
    assert "Release from prison" not in text


def test_a_contact_deleted_from_the_directory_stays_pseudonymised(vault, case, tmp_path):
    """The checklist, a referral and an open door keep the contact's label as text;
    after the directory entry goes, the name in it is still one of the case's."""
    from legato_desk.model.keyclients import EndReason, Status

    [contact] = vault.directory.contacts()
    person = vault.maps.add_person(case.id, 0.2, -0.3, name="Selin", role="sister")
    cand = vault.keyclients.mark(case.id, person.id, on=date(2025, 4, 1))
    vault.keyclients.decide(cand.id, "she still listens", on=date(2025, 4, 2))
    vault.keyclients.change_status(cand.id, Status.APPROACHED, on=date(2025, 4, 3))
    vault.open_doors.end_reachable(cand.id, EndReason.OTHER, "moved away",
                                   on=date(2025, 6, 1), route="via probation",
                                   contact_id=contact.id)
    vault.referrals.add(case.id, referred_on=date(2025, 5, 2), recipient=contact.label(),
                        reason="housing", agreement="agreed", contact_id=contact.id)
    vault.directory.delete_contact(contact.id)
    text = _text(export_pdf(vault, _request(Audience.SUPERVISION, case), tmp_path / "s.pdf"))
    assert "Probation contact open" in text and "housing" in text
    assert "Lena" not in text and "Berg" not in text
