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
