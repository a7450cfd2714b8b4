"""Exports end to end: gather from the vault, build the document, log it.

One path for the export dialog and ``legato-desk export``: ``export_pdf``
checks the request, reads what the audience may see, builds the PDF in
memory, writes it once and records the export in the vault (audience,
sections, date; never the content). Nothing is written or logged when any
step fails.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Callable

from legato_desk.errors import ValidationError
from legato_desk.model.export import Audience, ExportRequest
from legato_desk.reports.case_report import ExportData, build_report
from legato_desk.reports.document import write_pdf


def gather(vault, request: ExportRequest, today: date | None = None) -> ExportData:
    data = ExportData(exported_on=today or date.today())
    if request.audience is Audience.STATISTICS:
        data.cases = vault.cases.list()
        return data
    case_id = request.case_id
    data.case = vault.cases.get(case_id)
    data.map_state = vault.maps.state(case_id)
    data.badges = vault.keyclients.badges(case_id)
    data.candidates = vault.keyclients.candidates(case_id)
    data.standings = vault.keyclients.compare(case_id)
    data.histories = {c.id: vault.keyclients.history(c.id) for c in data.candidates}
    data.escalations = [e for e in vault.safeguarding.for_case(case_id)
                        if request.in_period(e.raised_at.date())]
    data.disclosures = [d for d in vault.sharing.for_case(case_id)
                        if request.in_period(d.shared_at.date())]
    # Agency contacts are named people too: they get codes like the map's persons.
    for i, contact in enumerate(vault.directory.contacts(), start=1):
        data.other_names += [(contact.name, f"C{i}"), (contact.deputy, f"C{i}-D")]
    if request.audience is Audience.OWN_FILE:
        try:
            data.map_state.person(request.person_id)
        except KeyError:
            raise ValidationError("This person is not on the map of this case.") from None
    return data


def render(vault, request: ExportRequest, *, today: date | None = None,
           progress: Callable[[int, int], None] | None = None) -> bytes:
    request = request.checked()
    return build_report(gather(vault, request, today), request, progress=progress)


def export_pdf(vault, request: ExportRequest, target: Path, *,
               progress: Callable[[int, int], None] | None = None) -> Path:
    request = request.checked()
    return finish(vault, request, render(vault, request, progress=progress), target)


def finish(vault, request: ExportRequest, pdf: bytes, target: Path) -> Path:
    """Write the finished PDF, then log the export (only once the file exists)."""
    write_pdf(Path(target), pdf)
    vault.exports.record(request.case_id, request.audience.value,
                         [s.value for s in request.sections],
                         real_names=request.real_names, encrypted=bool(request.passphrase))
    return Path(target)
