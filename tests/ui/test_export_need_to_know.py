"""The export dialog as a counsellor uses it: drafts flagged, need-to-know defaults
(issue 16). Each test exports through the dialog and reads the PDF back."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from legato_desk.model.session import SessionRecord
from legato_desk.ui.export.dialog import ExportDialog


def _text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def _dialog(qtbot, vault, case_id) -> ExportDialog:
    dialog = ExportDialog(vault, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _export(qtbot, dialog, target) -> str:
    dialog.target = target
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    return _text(target)


@pytest.fixture
def records(vault):
    case = vault.cases.create("M.")
    signed = vault.sessions.save(SessionRecord(case.id, datetime(2026, 3, 2, 10, 0),
                                               facts="We met at the office."))
    vault.sessions.sign(signed.id)
    vault.sessions.save(SessionRecord(case.id, datetime(2026, 3, 9, 10, 0),
                                      facts="We spoke on the phone."))
    return case


def test_the_session_list_flags_drafts_and_the_pdf_marks_them(qtbot, vault, records,
                                                              tmp_path):
    dialog = _dialog(qtbot, vault, records.id)
    rows = [dialog.session_list.item(i) for i in range(dialog.session_list.count())]
    texts = [item.text() for item in rows]
    assert texts[0].startswith("09.03.2026 10:00") and "DRAFT, not signed off" in texts[0]
    assert texts[1].startswith("02.03.2026 10:00") and "DRAFT" not in texts[1]
    assert "Not signed off yet" in rows[0].toolTip() and not rows[1].toolTip()
    text = _export(qtbot, dialog, tmp_path / "s.pdf")
    assert text.count("DRAFT, NOT SIGNED OFF") == 1 and text.count("Signed off by") == 1


@pytest.fixture
def demo_case(vault):
    from datetime import date

    from legato_desk.demo import populate

    populate(vault, today=date(2026, 12, 6))
    case = vault.cases.list()[0]
    vault.names.decide(case.id, "Sunday", "keep")  # the demo's one look-alike word
    return case


def _ticked(dialog) -> dict:
    return {dialog.sections.item(i).data(Qt.ItemDataRole.UserRole):
            dialog.sections.item(i).checkState() == Qt.CheckState.Checked
            for i in range(dialog.sections.count())}


def test_a_case_conference_starts_without_the_summary_and_with_active_key_clients(
        qtbot, vault, demo_case, tmp_path):
    from legato_desk.model.export import Audience, Section

    dialog = _dialog(qtbot, vault, demo_case.id)
    assert _ticked(dialog)[Section.SUMMARY]  # supervision: the summary is in
    assert not dialog.all_keyclients.isVisible()
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.CASE_CONFERENCE))
    ticked = _ticked(dialog)
    assert not ticked[Section.SUMMARY] and ticked[Section.PARTICIPANTS]
    assert dialog.all_keyclients.isVisible() and not dialog.all_keyclients.isChecked()
    dialog.ground.setCurrentIndex(dialog.ground.findData("legal_duty"))
    text = _export(qtbot, dialog, tmp_path / "c.pdf")
    assert "Case summary" not in text
    keyclients = text[text.index("Key-clients and candidates"):text.index("Safeguarding")]
    assert "active" in keyclients and "ended" not in keyclients
    assert "case conference" not in text[text.index("Participants"):].split(
        "Key-clients")[0].lower()


def test_ticking_them_in_adds_summary_and_every_candidate(qtbot, vault, demo_case, tmp_path):
    from legato_desk.model.export import Audience, Section

    dialog = _dialog(qtbot, vault, demo_case.id)
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.CASE_CONFERENCE))
    dialog.ground.setCurrentIndex(dialog.ground.findData("consent"))
    dialog.set_section(Section.SUMMARY, True)
    qtbot.mouseClick(dialog.all_keyclients, Qt.MouseButton.LeftButton)
    assert dialog.all_keyclients.isChecked()
    text = _export(qtbot, dialog, tmp_path / "c.pdf")
    keyclients = text[text.index("Key-clients and candidates"):text.index("Safeguarding")]
    assert "Case summary" in text and "ended" in keyclients and "candidate" in keyclients


def test_the_index_client_can_have_an_own_file_and_it_has_no_sector(qtbot, vault, demo_case,
                                                                    tmp_path):
    from legato_desk.model.export import Audience

    index = vault.maps.state(demo_case.id).index_client
    dialog = _dialog(qtbot, vault, demo_case.id)
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.OWN_FILE))
    row = dialog.person.findData(index.id)
    assert row >= 0 and dialog.person.itemText(row) == "M. · index client"
    dialog.person.setCurrentIndex(row)
    text = _export(qtbot, dialog, tmp_path / "own.pdf")
    assert "the index client, at the centre" in text
    assert "Professional helpers" not in text[:text.index("Key-client")]
