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
