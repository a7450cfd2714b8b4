"""The intervention plan in the PDFs: supervision by default, a case conference only
when ticked; every name in it pseudonymised (the PDF read back with pypdf)."""

import io
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from legato_desk.exporting import export_pdf, review
from legato_desk.model.export import Audience, ExportRequest, Section, default_sections
from legato_desk.vault.plan import PlanRepository

NOW = datetime(2025, 6, 13, 15, 30, tzinfo=timezone.utc)
NAMES = ("Jürgen", "Weiß", "Selin", "Kaya", "Lena", "Berg")


def _text(path):
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def case(vault):
    vault.plan = PlanRepository(vault.conn, vault.audit, clock=lambda: NOW)
    case = vault.cases.create("M.", opened_on=date(2025, 3, 3))
    father = vault.maps.add_person(case.id, 0.2, -0.3, name="Jürgen Weiß", role="father")
    selin = vault.maps.add_person(case.id, -0.2, -0.3, name="Selin Kaya", role="sister")
    agency = vault.directory.add_agency("Jugendamt Nord", "youth_welfare")
    contact = vault.directory.save_contact(agency.id, name="Lena Berg", role="social work")
    school = vault.plan.add_goal(case.id, text="Back to school, Selin helps with homework")
    home = vault.plan.add_goal(case.id, text="Fewer rows with Jürgen at home",
                               set_on=date(2025, 4, 1))
    vault.plan.add_measure(case.id, what="Call Selin's teacher", who_kind="person",
                           person_id=selin.id, due_on=date(2025, 7, 1), goal_id=school.id)
    vault.plan.add_measure(case.id, what="Housing advice for the family", who_kind="contact",
                           contact_id=contact, state="in_progress")
    vault.plan.add_measure(case.id, what="Weekly talks with Jürgen", who_kind="counsellor",
                           goal_id=home.id, state="done")
    gone = vault.plan.add_measure(case.id, what="Talk to the uncle", who_kind="person",
                                  person_id=father.id, state="dropped")
    vault.maps.remove([father.id])  # has left the map since: his name as recorded
    assert vault.plan.measure(gone.id).who == "Jürgen Weiß"
    vault.plan.update_goal(home.id, text=home.text, set_on=home.set_on, state="partly_met")
    vault.plan.add_review(case.id, held_on=date(2025, 5, 2), note="first look")
    vault.plan.add_review(case.id, held_on=date(2025, 6, 2),
                          note="Selin is back at school; Lena Berg found a flat")
    vault.plan.set_plan(case.id, started_on=date(2025, 3, 3),
                        wind_down="From September fewer talks; Jürgen may call any time")
    return case


def test_supervision_prints_goals_measures_and_the_last_review_without_a_name(
        vault, case, tmp_path):
    assert Section.PLAN in default_sections(Audience.SUPERVISION)
    text = _text(export_pdf(vault, ExportRequest.default(Audience.SUPERVISION,
                                                         case_id=case.id),
                            tmp_path / "s.pdf"))
    # Selin is P1 on the map; Jürgen, who left it, is known from the plan (S1).
    assert "Intervention plan" in text and "Plan started on 03 Mar 2025." in text
    assert "1 Back to school, P1 helps with homework 03 Mar 2025 open" in text
    assert "2 Fewer rows with S1 at home 01 Apr 2025 partly met" in text
    assert "Call P1 teacher P1 · sister 01 Jul 2025 planned 1" in text
    assert "Housing advice for the family C1 – in progress" in text
    assert "Weekly talks with S1 counsellor – done 2" in text
    assert "Talk to the uncle S1 – dropped" in text  # left the map: kept in the register
    assert "Review of 02 Jun 2025 (2 held so far)" in text
    assert "P1 is back at school; C1 found a flat" in text
    assert "first look" not in text  # only the last review
    assert "From September fewer talks; S1 may call any time" in text
    for part in NAMES:
        assert part not in text, part


def test_real_names_print_the_names_as_recorded(vault, case, tmp_path):
    text = _text(export_pdf(vault, ExportRequest.default(
        Audience.SUPERVISION, case_id=case.id, real_names=True), tmp_path / "r.pdf"))
    assert "Housing advice for the family Lena Berg" in text
    assert "Talk to the uncle Jürgen Weiß" in text


def test_a_case_conference_gets_the_plan_only_when_it_is_ticked(vault, case, tmp_path):
    assert Section.PLAN not in default_sections(Audience.CASE_CONFERENCE)
    plain = ExportRequest.default(Audience.CASE_CONFERENCE, case_id=case.id, ground="consent")
    text = _text(export_pdf(vault, plain, tmp_path / "c.pdf"))
    assert "Intervention plan" not in text and "Housing advice" not in text
    chosen = ExportRequest.default(Audience.CASE_CONFERENCE, case_id=case.id,
                                   ground="consent",
                                   sections=frozenset(plain.sections | {Section.PLAN}))
    text = _text(export_pdf(vault, chosen, tmp_path / "c2.pdf"))
    assert "Intervention plan" in text and "Housing advice for the family C1" in text
    for part in NAMES:
        assert part not in text, part


def test_the_plan_in_german(vault, case, tmp_path):
    text = _text(export_pdf(vault, ExportRequest.default(
        Audience.SUPERVISION, case_id=case.id, language="de"), tmp_path / "d.pdf"))
    assert "Interventionsplan" in text and "Vereinbarte Maßnahmen" in text
    assert "teilweise erreicht" in text and "Berater/in" in text


def test_the_name_review_sees_the_plan_texts(vault, case):
    found = review(vault, ExportRequest.default(Audience.SUPERVISION, case_id=case.id))
    replaced = {(written, code) for written, code, _how, _n in found.replaced}
    assert {("Selin", "P1"), ("Lena Berg", "C1"), ("Jürgen", "S1")} <= replaced


def test_a_doer_renamed_in_the_directory_stays_pseudonymised(vault, case, tmp_path):
    """The plan keeps the doer's name as chosen from the directory: after the
    contact is renamed that name is still one of the case's (found by the name corpus)."""
    [contact] = vault.directory.contacts()
    vault.directory.save_contact(contact.agency_id, contact.id, name="Lena Roth",
                                 role=contact.role)
    text = _text(export_pdf(vault, ExportRequest.default(Audience.SUPERVISION,
                                                         case_id=case.id),
                            tmp_path / "s.pdf"))
    assert "Housing advice for the family C2 – in progress" in text
    for part in NAMES + ("Roth",):
        assert part not in text, part
