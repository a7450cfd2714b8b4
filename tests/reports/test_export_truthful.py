"""Exports say what is true and share only what the audience needs (issue 16).

Each test drives the real export path (vault -> ``export_pdf`` -> PDF on disk)
and reads the PDF back with pypdf, as the recipient would see it.
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

from pypdf import PdfReader

from legato_desk.exporting import export_pdf
from legato_desk.model.export import Audience, ExportRequest

BERLIN_WINTER = timezone(timedelta(hours=1))
MOMENT = datetime(2026, 12, 6, 15, 42, 7, tzinfo=BERLIN_WINTER)


def _reader(path, password=None) -> PdfReader:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    if password:
        reader.decrypt(password)
    return reader


def _text(path, password=None) -> str:
    return "\n".join(page.extract_text() for page in _reader(path, password).pages)


# -- CreationDate --------------------------------------------------------------------

def test_the_pdf_is_dated_by_the_export_clock_not_2000(vault, tmp_path):
    case = vault.cases.create("M.")
    out = export_pdf(vault, ExportRequest.default(Audience.SUPERVISION, case_id=case.id),
                     tmp_path / "s.pdf", clock=lambda: MOMENT)
    meta = _reader(out).metadata
    assert meta["/CreationDate"] == "D:20261206154207+01'00'"
    assert meta.creation_date == MOMENT and meta.modification_date == MOMENT
    assert "Exported 06 Dec 2026" in _text(out)


def test_an_encrypted_pdf_keeps_its_creation_date(vault, tmp_path):
    case = vault.cases.create("M.")
    request = ExportRequest.default(Audience.SUPERVISION, case_id=case.id,
                                    passphrase="tulip mirror 77")
    out = export_pdf(vault, request, tmp_path / "locked.pdf", clock=lambda: MOMENT)
    assert _reader(out, "tulip mirror 77").metadata.creation_date == MOMENT


# -- signed or draft (16.3) -------------------------------------------------------------

def _two_records(vault, case):
    from legato_desk.model.session import SessionRecord

    signed = vault.sessions.save(SessionRecord(
        case.id, datetime(2026, 3, 2, 10, 0), facts="Talked about the first call."))
    signed = vault.sessions.sign(signed.id)
    draft = vault.sessions.save(SessionRecord(
        case.id, datetime(2026, 3, 9, 10, 0), facts="Still being written up."))
    return signed, draft


def _session_block(text: str, day: str) -> str:
    """The text of one session, from its heading to the next session's heading."""
    start = text.index(day + " · ")
    rest = text[start + 1:]
    ends = [rest.index(d) for d in ("02 Mar 2026 · ", "09 Mar 2026 · ", "Setbacks\n")
            if d in rest]
    return text[start:start + 1 + min(ends, default=len(rest))]


def test_a_draft_record_is_marked_and_a_signed_one_says_by_whom_and_when(vault, tmp_path):
    case = vault.cases.create("M.")
    signed, _draft = _two_records(vault, case)
    text = _text(export_pdf(vault, ExportRequest.default(Audience.SUPERVISION,
                                                         case_id=case.id), tmp_path / "s.pdf"))
    at = signed.signed_at.astimezone()
    draft_block, signed_block = _session_block(text, "09 Mar 2026"), \
        _session_block(text, "02 Mar 2026")
    assert "DRAFT, NOT SIGNED OFF" in draft_block and "Signed off" not in draft_block
    assert (f"Signed off by counsellor on {at:%d %b %Y %H:%M}." in signed_block
            and "DRAFT" not in signed_block)


def test_the_german_pdf_marks_drafts_too(vault, tmp_path):
    case = vault.cases.create("M.")
    _two_records(vault, case)
    text = _text(export_pdf(vault, ExportRequest.default(
        Audience.SUPERVISION, case_id=case.id, language="de"), tmp_path / "de.pdf"))
    assert text.count("ENTWURF, NICHT ABGEZEICHNET") == 1
    assert text.count("Abgezeichnet von counsellor am") == 1


# -- a case conference gets what it needs (16.5) ------------------------------------------

def _demo(vault):
    from datetime import date

    from legato_desk.demo import populate

    populate(vault, today=date(2026, 12, 6))
    return vault.cases.list()[0]


def _between(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end, text.index(start))]


def test_a_case_conference_hears_of_agencies_active_key_clients_and_no_summary(
        vault, tmp_path):
    import dataclasses

    from legato_desk.model.export import Section

    case = _demo(vault)
    export_pdf(vault, ExportRequest.default(Audience.SUPERVISION, case_id=case.id),
               tmp_path / "s.pdf")  # the sharing log now holds an export "to supervision"
    request = ExportRequest.default(Audience.CASE_CONFERENCE, case_id=case.id,
                                    ground="legal_duty")
    assert Section.SUMMARY not in request.sections
    text = _text(export_pdf(vault, request, tmp_path / "c.pdf"))
    participants = _between(text, "Participants", "Key-clients and candidates")
    assert "supervision" not in participants.lower()
    assert "case conference" not in participants.lower()
    assert participants.count("agency informed about the case") == 1
    assert "Youth welfare" in participants
    keyclients = _between(text, "Key-clients and candidates", "Safeguarding")
    assert keyclients.count("active") == 1
    assert "ended" not in keyclients and "candidate\n" not in keyclients
    assert "Case summary" not in text and case.summary[:40] not in text

    # What the counsellor asks for on purpose is there.
    wider = dataclasses.replace(request, all_keyclients=True,
                                sections=request.sections | {Section.SUMMARY})
    text = _text(export_pdf(vault, wider, tmp_path / "c2.pdf"))
    keyclients = _between(text, "Key-clients and candidates", "Safeguarding")
    assert "ended" in keyclients and "candidate" in keyclients
    assert "Case summary" in text


def test_supervision_still_sees_every_candidate_and_the_summary(vault, tmp_path):
    case = _demo(vault)
    text = _text(export_pdf(vault, ExportRequest.default(Audience.SUPERVISION,
                                                         case_id=case.id), tmp_path / "s.pdf"))
    keyclients = _between(text, "Key-clients and candidates", "Emotional grounding and")
    assert "active" in keyclients and "ended" in keyclients and "candidate" in keyclients
    assert "Case summary" in text


# -- the index client has no sector (16.7) ------------------------------------------------

def test_the_index_clients_own_file_places_them_at_the_centre_not_in_a_sector(vault, tmp_path):
    case = _demo(vault)
    index = vault.maps.state(case.id).index_client
    for language, centre in (("en", "the index client, at the centre"),
                             ("de", "Indexklient/in, in der Mitte")):
        text = _text(export_pdf(vault, ExportRequest.default(
            Audience.OWN_FILE, case_id=case.id, person_id=index.id, language=language),
            tmp_path / f"own-{language}.pdf"))
        about = text[:text.index("Key-client")] if language == "en" else \
            text[:text.index("Schlüsselklient")]
        assert centre in about
        for word in ("Professional helpers", "Professionelle Helfer", "Sector\n", "Sektor\n",
                     "Closeness\n", "Nähe\n"):
            assert word not in about, word


def test_another_persons_own_file_keeps_sector_and_ring(vault, tmp_path):
    case = _demo(vault)
    mother = next(p for p in vault.maps.state(case.id).persons if p.role == "mother")
    text = _text(export_pdf(vault, ExportRequest.default(
        Audience.OWN_FILE, case_id=case.id, person_id=mother.id), tmp_path / "own.pdf"))
    assert "Sector\nFamily" in text and "Closeness\n" in text and "at the centre" not in text


# -- one answer for the grounding (16.4) ---------------------------------------------------

def _grounded_case(vault):
    """A key-client whose profile says relationship established, acknowledgement not
    started, and one session that worked on acknowledgement (building, rating 4)."""
    from datetime import date

    from legato_desk.model.keyclients import Essential, Grounding, Status
    from legato_desk.model.session import SessionRecord, Task, TaskEntry, TaskStatus

    case = vault.cases.create("M.")
    sister = vault.maps.add_person(case.id, 0.1, -0.3, name="Lena", role="sister")
    cand = vault.keyclients.mark(case.id, sister.id, on=date(2026, 2, 1))
    vault.keyclients.decide(cand.id, "He trusts her.", on=date(2026, 2, 2))
    vault.keyclients.change_status(cand.id, Status.APPROACHED, on=date(2026, 2, 3))
    vault.keyclients.change_status(cand.id, Status.ACTIVE, on=date(2026, 2, 4))
    vault.keyclients.set_grounding(cand.id, Essential.RELATIONSHIP, Grounding.ESTABLISHED)
    vault.keyclients.set_grounding(cand.id, Essential.ACKNOWLEDGEMENT, Grounding.NOT_STARTED)
    vault.sessions.save(SessionRecord(
        case.id, datetime(2026, 3, 2, 10, 0), key_clients=(sister.id,),
        facts="We talked about praise.", tasks=(TaskEntry(
            Task.ACKNOWLEDGEMENT, done="practised praise", rating=4,
            status=TaskStatus.IN_PROGRESS),)))
    return case, cand


def _flat(text: str) -> str:
    """Cells wrap to the width of their column: compare words, not line breaks."""
    return " ".join(text.split())


def test_the_key_client_page_and_the_task_table_say_the_same(vault, tmp_path):
    case, _cand = _grounded_case(vault)
    text = _flat(_text(export_pdf(vault, ExportRequest.default(
        Audience.SUPERVISION, case_id=case.id), tmp_path / "s.pdf")))
    page = _between(text, "Why this key-client", "Emotional grounding and the six")
    table = text[text.index("Emotional grounding and the six"):]
    assert "acknowledgement building (session of 02 Mar 2026, rating 4)" in page
    assert "Acknowledgement building 1 4" in table
    assert "reliable relationship established (key-client profile)" in page
    assert "Reliable relationships established (key-client profile) 0" in table
    assert "positive emotional messages not started" in page
    assert "Positive emotional messages not started 0" in table


def test_the_own_file_of_the_key_client_says_the_same_in_german(vault, tmp_path):
    case, cand = _grounded_case(vault)
    text = _flat(_text(export_pdf(vault, ExportRequest.default(
        Audience.OWN_FILE, case_id=case.id, person_id=cand.person_id, language="de"),
        tmp_path / "own.pdf")))
    assert "Anerkennung im Aufbau (Gespräch vom 02.03.2026, Stand 4)" in text
    assert "Anerkennung im Aufbau 1 4" in text
    assert text.count("tragfähig (Profil der Schlüsselperson)") == 2
