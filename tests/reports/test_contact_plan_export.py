"""The supervision PDF shows each key-client's contact plan against the sessions
held and the crisis route of an open door, names pseudonymised; the funder
statistics stay counts only."""

import io
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from legato_desk.exporting import export_pdf
from legato_desk.model.contact_plan import PlanStep, Unit
from legato_desk.model.export import Audience, ExportRequest
from legato_desk.model.keyclients import EndReason, Status
from legato_desk.model.session import SessionRecord
from legato_desk.vault.contact_plans import ContactPlanRepository, OpenDoorRepository
from legato_desk.vault.keyclients import KeyClientRepository

NOW = datetime(2026, 11, 20, 15, 30, tzinfo=timezone.utc)


def _text(path):
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def case(vault):
    clock = lambda: NOW  # noqa: E731
    vault.keyclients = KeyClientRepository(vault.conn, vault.audit, clock=clock)
    vault.contact_plans = ContactPlanRepository(vault.conn, vault.audit, clock=clock)
    vault.open_doors = OpenDoorRepository(vault.conn, vault.audit, vault.keyclients,
                                          clock=clock)
    case = vault.cases.create("M.")
    person = vault.maps.add_person(case.id, 0.2, -0.3, name="Jürgen Weiß", role="father")
    cand = vault.keyclients.mark(case.id, person.id, date(2026, 2, 1))
    vault.keyclients.decide(cand.id, "the son listens to him", date(2026, 2, 2))
    vault.keyclients.change_status(cand.id, Status.APPROACHED, on=date(2026, 2, 2))
    vault.keyclients.change_status(cand.id, Status.ACTIVE, on=date(2026, 2, 9))
    vault.contact_plans.set_steps(cand.id, [
        PlanStep(date(2026, 3, 2), Unit.WEEKS, 1), PlanStep(date(2026, 4, 6), Unit.WEEKS, 3),
        PlanStep(date(2026, 7, 1), Unit.ON_REQUEST)])
    for day in (date(2026, 3, 3), date(2026, 3, 10), date(2026, 3, 24), date(2026, 4, 7),
                date(2026, 5, 20), date(2026, 8, 1)):
        vault.sessions.save(SessionRecord(case_id=case.id, held_at=datetime.combine(
            day, datetime.min.time()).replace(hour=9), key_clients=(person.id,)))
    agency = vault.directory.add_agency("Beratungsstelle Nord", "other")
    contact_id = vault.directory.save_contact(agency.id, name="Lena Berg", role="Crisis line")
    vault.open_doors.end_reachable(cand.id, EndReason.GOALS_REACHED, "", date(2026, 9, 1),
                                   route="Jürgen calls the office line; evenings the crisis "
                                         "phone", contact_id=contact_id)
    return case


def test_supervision_shows_the_plan_against_the_sessions_and_the_open_door(vault, case,
                                                                           tmp_path):
    request = ExportRequest.default(Audience.SUPERVISION, case_id=case.id)
    text = _text(export_pdf(vault, request, tmp_path / "s.pdf", clock=lambda: NOW))
    assert "Contact plan and sessions held" in text
    # Weekly 02.03.-05.04.: five weeks, three held; every 3 weeks to 30.06.: four slots
    # (the last one longer), two held; on request since 01.07.: one held.
    assert "02 Mar 2026 05 Apr 2026 weekly 5 3 2" in text
    assert "06 Apr 2026 30 Jun 2026 every 3 weeks 4 2 2" in text
    assert "01 Jul 2026 20 Nov 2026 on request (open door) – 1 –" in text
    assert "9 contacts planned, 6 held, 4 missed" in text
    assert "Ended, still reachable. Agreed crisis route: P1 calls the office line" in text
    assert "Contact: C1" in text
    for part in ("Jürgen", "Weiß", "Lena", "Berg"):
        assert part not in text, part


def test_a_period_counts_only_its_slots_and_german_words(vault, case, tmp_path):
    request = ExportRequest.default(Audience.SUPERVISION, case_id=case.id, language="de",
                                    date_from=date(2026, 4, 6), date_to=date(2026, 6, 30))
    text = _text(export_pdf(vault, request, tmp_path / "s.pdf", clock=lambda: NOW))
    assert "Kontaktplan und geführte Gespräche" in text
    # The last slot ends with the period: exported after it, its day is over.
    assert "06.04.2026 30.06.2026 alle 3 Wochen 4 2 2" in text
    assert "wöchentlich" not in text  # the weekly step ended before the period
    assert "Im Zeitraum: 4 Kontakte geplant, 2 geführt, 2 versäumt" in text


def test_the_statistics_stay_counts(vault, case, tmp_path):
    text = _text(export_pdf(vault, ExportRequest.default(Audience.STATISTICS),
                            tmp_path / "f.pdf", clock=lambda: NOW))
    assert "Contact plan" not in text and "crisis" not in text.lower()
