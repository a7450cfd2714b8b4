"""Case exports through the real path: vault -> PDF on disk -> read back."""

import io

import pytest
from pypdf import PdfReader

from legato_desk.errors import ValidationError
from legato_desk.exporting import export_pdf
from legato_desk.model.case import CaseStatus
from legato_desk.model.export import SECTIONS, Audience, ExportRequest, Section

NAMES = ["Jürgen Weiß-Öztürk", "Şule Yılmaz", "Rose Will", "Hans-Peter", "Dr. Amelie de la Cruz"]


def _pages(path, password=None):
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    if password:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def case(vault):
    case = vault.cases.create("M.")
    roles = ["father", "sister", "friend", "youth worker", "psychologist"]
    people = [vault.maps.add_person(case.id, 0.1 * i - 0.2, -0.3 - 0.1 * i, name=n, role=r)
              for i, (n, r) in enumerate(zip(NAMES, roles))]
    vault.maps.add_relation(people[0].id, people[1].id, kind="family", conflict=True)
    vault.cases.set_summary(case.id, "Jürgen Weiß-Öztürk called; Şule Yılmaz is the sister. "
                                     "Rose and Hans-Peter know him. <img src='http://x/y'>")
    return vault.cases.get(case.id)


def test_a_supervision_export_has_its_sections_and_no_real_name(vault, case, tmp_path):
    out = export_pdf(vault, ExportRequest.default(Audience.SUPERVISION, case_id=case.id),
                     tmp_path / "supervision.pdf")
    text = _pages(out)
    for heading in ("Case summary", "Relationship map", "Legend", case.code):
        assert heading in text
    for part in ("Jürgen", "Weiß", "Öztürk", "Şule", "Yılmaz", "Rose", "Will", "Hans",
                 "Peter", "Amelie", "Cruz"):
        assert part not in text, part
    assert "P1 · father" in text and "<img src='http://x/y'>" in text
    [record] = vault.exports.list(case.id)
    assert record.audience == "supervision" and not record.real_names
    assert vault.audit.entries()[-1][3] == "exported"


def test_real_names_are_shown_only_when_asked_and_then_with_a_warning(vault, case, tmp_path):
    request = ExportRequest.default(Audience.SUPERVISION, case_id=case.id, real_names=True)
    text = _pages(export_pdf(vault, request, tmp_path / "named.pdf"))
    assert "Şule Yılmaz" in text and "shows real names" in text


def test_german_labels(vault, case, tmp_path):
    request = ExportRequest.default(Audience.SUPERVISION, case_id=case.id, language="de")
    text = _pages(export_pdf(vault, request, tmp_path / "de.pdf"))
    assert "Fallzusammenfassung" in text and "Beziehungskarte" in text and "Seite 1 von" in text


def test_an_empty_case_exports_cleanly(vault, tmp_path):
    empty = vault.cases.create("E.")
    text = _pages(export_pdf(vault, ExportRequest.default(Audience.SUPERVISION,
                                                          case_id=empty.id),
                             tmp_path / "empty.pdf"))
    assert "Nothing recorded." in text and "No persons on the map yet." in text


def test_own_file_is_about_one_person(vault, case, tmp_path):
    person = vault.maps.state(case.id).persons[2]
    request = ExportRequest.default(Audience.OWN_FILE, case_id=case.id, person_id=person.id)
    text = _pages(export_pdf(vault, request, tmp_path / "own.pdf"))
    assert "What is recorded about this person" in text and "sister" in text


def test_statistics_count_the_vault_and_carry_no_free_text(vault, case, tmp_path):
    other = vault.cases.create("Q.")
    vault.cases.set_status(other.id, CaseStatus.ENDED)
    text = _pages(export_pdf(vault, ExportRequest.default(Audience.STATISTICS),
                             tmp_path / "stats.pdf"))
    assert "Intake\n1" in text and "Ended\n1" in text and "Total\n2" in text
    assert "M." not in text and "Q." not in text and "called" not in text
    [record] = vault.exports.list()
    assert record.case_id is None


def test_an_encrypted_export_opens_only_with_its_passphrase(vault, case, tmp_path):
    request = ExportRequest.default(Audience.SUPERVISION, case_id=case.id,
                                    passphrase="tulip mirror 77")
    out = export_pdf(vault, request, tmp_path / "locked.pdf")
    assert b"Case summary" not in out.read_bytes()
    assert "Case summary" in _pages(out, "tulip mirror 77")
    assert vault.exports.list(case.id)[0].encrypted


@pytest.mark.parametrize("change, words", [
    ({"sections": frozenset()}, "at least one section"),
    ({"sections": frozenset({Section.REFLECTION})}, "may not receive"),
    ({"passphrase": "short"}, "at least 8"),
])
def test_bad_requests_say_why_and_write_nothing(vault, case, tmp_path, change, words):
    import dataclasses

    request = dataclasses.replace(
        ExportRequest.default(Audience.CASE_CONFERENCE, case_id=case.id), **change)
    with pytest.raises(ValidationError, match=words):
        export_pdf(vault, request, tmp_path / "bad.pdf")
    assert not (tmp_path / "bad.pdf").exists() and vault.exports.list() == []


def test_a_case_conference_never_offers_reflection():
    assert Section.REFLECTION not in SECTIONS[Audience.CASE_CONFERENCE]
