"""The case-conference PDF prints the chosen conference's record: agreed topics only,
participants by role, the roles, the agreed measures, the minutes only where agreed,
and no real name when pseudonymised; an anonymous conference refuses real names."""

import io
from datetime import date, datetime, timezone

import pytest
from types import SimpleNamespace
from pypdf import PdfReader

from legato_desk.errors import ValidationError
from legato_desk.exporting import export_pdf, review
from legato_desk.model.conference import AgendaItem, Measure, Participant, RoleAssignment
from legato_desk.model.export import Audience, ExportRequest, Section

NOW = datetime(2025, 6, 13, 15, 30, tzinfo=timezone.utc)


def _text(path):
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def _request(case, conference, **kw):
    return ExportRequest.default(Audience.CASE_CONFERENCE, case_id=case.id,
                                 conference_id=conference.id, ground="consent", **kw)


@pytest.fixture
def case(vault):
    made = vault.cases.create("M.")
    case = SimpleNamespace(id=made.id)
    vault.maps.add_person(case.id, 0.2, -0.3, name="Jürgen Weiß", role="father")
    agency = vault.directory.add_agency("Jugendamt Nord", "youth_welfare")
    contact = vault.directory.contact(vault.directory.save_contact(
        agency.id, name="Lena Berg", role="case worker", deputy="Tom Kral"))
    case.conference = vault.conferences.add(
        case.id, held_on=date(2025, 5, 14), anonymous=True,
        agenda=[AgendaItem("School attendance since Jürgen moved out", True),
                AgendaItem("Contacts to the mosque group", False)],
        participants=[Participant(contact.role, contact.name, contact.agency_name, contact.id),
                      Participant("case worker", contact.deputy, contact.agency_name,
                                  contact.id, deputy=True),
                      Participant("class teacher")],
        roles=[RoleAssignment("chairs", 0), RoleAssignment("keeps the minutes", 2)],
        measures=[Measure("Ask Jürgen about the weekends", "Lena Berg", date(2025, 6, 1))],
        minutes="Jürgen says it got better", minutes_agreed=False)
    return case


def test_the_record_is_printed_pseudonymised(vault, case, tmp_path):
    text = _text(export_pdf(vault, _request(case, case.conference), tmp_path / "c.pdf"))
    assert "Case conference of 14 May 2025" in text
    assert "Anonymous case conference" in text
    assert "Topics the client agreed may be discussed" in text
    assert "School attendance since P1 moved out" in text
    assert "mosque" not in text and "Topics the client did not agree to are left out: 1" in text
    assert "Jugendamt Nord" in text and "class teacher" in text and "(deputy)" in text
    assert "chairs" in text and "keeps the minutes" in text
    assert "Agreed measures" in text and "01 Jun 2025" in text
    assert "Not printed: the client has not agreed" in text and "got better" not in text
    for name in ("Jürgen", "Weiß", "Lena", "Berg", "Tom Kral"):
        assert name not in text


def test_agreed_minutes_are_printed_in_german(vault, case, tmp_path):
    c = case.conference
    vault.conferences.update(
        c.id, held_on=c.held_on, anonymous=False, agenda=c.agenda,
        participants=c.participants, roles=c.roles, measures=c.measures,
        minutes="Es ist besser geworden", minutes_agreed=True)
    text = _text(export_pdf(vault, _request(case, c, language="de"), tmp_path / "c.pdf"))
    assert "Fallkonferenz vom 14.05.2025" in text or "Fallkonferenz vom 14. Mai 2025" in text
    assert "Vereinbarte Maßnahmen" in text and "Moderation" in text
    assert "Es ist besser geworden" in text and "Anonyme Fallkonferenz" not in text


def test_an_anonymous_conference_refuses_real_names(vault, case, tmp_path):
    with pytest.raises(ValidationError, match="anonymous"):
        export_pdf(vault, _request(case, case.conference, real_names=True),
                   tmp_path / "c.pdf")
    assert not (tmp_path / "c.pdf").exists()


def test_the_name_review_sees_the_record(vault, case):
    found = review(vault, _request(case, case.conference))
    written = {r[0] for r in found.replaced}
    assert {"Jürgen", "Lena Berg", "Tom Kral"} <= written


def test_the_request_says_what_is_missing(case):
    with pytest.raises(ValidationError, match="Choose the case conference"):
        ExportRequest.default(Audience.CASE_CONFERENCE, case_id=case.id, ground="consent",
                              sections=frozenset({Section.CONFERENCE})).checked()
    with pytest.raises(ValidationError, match="Only a case-conference export"):
        ExportRequest.default(Audience.SUPERVISION, case_id=case.id, conference_id=1).checked()
    plain = ExportRequest.default(Audience.CASE_CONFERENCE, case_id=case.id, ground="consent")
    assert Section.CONFERENCE not in plain.sections


def test_a_conference_of_another_case_is_refused(vault, case, tmp_path):
    other = vault.cases.create("O.")
    request = ExportRequest.default(Audience.CASE_CONFERENCE, case_id=other.id,
                                    conference_id=case.conference.id, ground="consent")
    with pytest.raises(ValidationError, match="another case"):
        export_pdf(vault, request, tmp_path / "c.pdf")


def test_a_participant_who_left_the_directory_stays_pseudonymised(vault, case, tmp_path):
    """Found by the name corpus: the record keeps a participant's name from the
    directory; once the contact is deleted (or renamed, or the deputy changes,
    or the case came from another office) it must still be coded, not printed."""
    [contact] = vault.directory.contacts()
    vault.directory.save_contact(contact.agency_id, contact.id, name="Lena Berg-Kowalski",
                                 role=contact.role, deputy="Ida Roth")  # married; new deputy
    text = _text(export_pdf(vault, _request(case, case.conference), tmp_path / "a.pdf"))
    assert "Tom" not in text and "Kral" not in text
    assert "Lena" not in text and "Berg" not in text
    vault.directory.delete_contact(contact.id)
    text = _text(export_pdf(vault, _request(case, case.conference), tmp_path / "b.pdf"))
    for part in ("Lena", "Berg", "Tom", "Kral"):
        assert part not in text, part
    assert "Jugendamt Nord C1 " in text and "C2 (deputy)" in text  # coded, in their rows
    written = {w: code for w, code, _how, _n in review(vault, _request(
        case, case.conference)).replaced}
    assert written["Tom Kral"] == "C2" and written["Lena Berg"] == "C1"
