"""A case exported as a PDF for one audience.

``ExportData`` is everything the vault holds that an export may show, as
model objects; ``build_report`` turns the sections the request asks for
into pages. Every piece of free text passes through ``Pseudonyms.text``
and every person through ``Pseudonyms.label``, so a pseudonymised export
cannot print a name from the map.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Callable

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from legato_desk.collector import collector_paused
from legato_desk.model import map as m
from legato_desk.model.case import Case, CaseStatus
from legato_desk.model.export import SECTIONS, Audience, ExportRequest, Section
from legato_desk.model.session import Task
from legato_desk.model.statistics import BANDS
from legato_desk.reports import document as doc
from legato_desk.reports import (conference_sections, factor_sections, plan_section,
                                 contact_plan_sections, release_sections, sections,
                                 session_sections)
from legato_desk.reports.labels import Labels
from legato_desk.reports.map_drawing import legend_drawing, map_drawing
from legato_desk.reports.pseudonymise import Pseudonyms

CONTENT_WIDTH = doc.A4[0] - 2 * doc.MARGIN


@dataclass
class ExportData:
    exported_on: date
    exported_at: datetime | None = None               # the export's moment (CreationDate)
    case: Case | None = None
    map_state: m.MapState = field(default_factory=m.MapState)
    badges: dict[int, str] = field(default_factory=dict)
    other_names: list[tuple[str, str]] = field(default_factory=list)  # (name, deputy)
    names: object = None                              # model.names.CaseNames
    cases: list[Case] = field(default_factory=list)  # statistics: every case
    candidates: list = field(default_factory=list)    # model.keyclients.Candidate
    standings: list = field(default_factory=list)     # model.keyclients.Standing
    histories: dict = field(default_factory=dict)     # candidate id -> [StatusEvent]
    escalations: list = field(default_factory=list)   # model.safeguarding.Escalation
    disclosures: list = field(default_factory=list)   # model.safeguarding.Disclosure
    sessions: list = field(default_factory=list)      # model.session.SessionRecord
    statistics: object = None                         # model.statistics.Statistics
    factor_sheets: list = field(default_factory=list)  # model.factors.FactorSheet
    referrals: list = field(default_factory=list)     # model.referral.Referral
    contact_plans: dict = field(default_factory=dict)  # key-client id -> [PlanStep]
    contact_held: dict = field(default_factory=dict)   # key-client id -> [date] (all sessions)
    open_doors: dict = field(default_factory=dict)     # key-client id -> OpenDoor
    release: object = None                            # model.release.Release (justice route)
    release_check: object = None                      # model.availability.ReleaseCheck
    plan: object = None                               # model.plan.Plan
    conference: object = None                         # model.conference.Conference chosen


class Report:
    """The state one build shares: labels, styles, pseudonyms, the request."""

    def __init__(self, data: ExportData, request: ExportRequest, labels: Labels):
        self.data, self.request, self.labels = data, request, labels
        self.styles = doc.styles()
        index = data.case.pseudonym if data.case else ""
        self.names = Pseudonyms(index, data.map_state.persons, real_names=request.real_names,
                                other_names=data.other_names, names=data.names)

    def text(self, value: str, style: str = "body"):
        return doc.para(self.names.text(value), self.styles[style])

    def release(self) -> None:
        """Free what the build kept for its texts (``document.forget``)."""
        doc.forget(self.styles.values())

    def heading(self, key: str):
        return doc.para(self.labels[key], self.styles["h1"])

    def table(self, rows: list[list], widths: list[float], header: bool = True) -> Table:
        cells = [[c if not isinstance(c, str) else doc.para(c, self.styles[
            "cell_bold" if header and i == 0 else "cell"]) for c in row]
            for i, row in enumerate(rows)]
        table = Table(cells, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, doc.RULE),
                 ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), doc.SHADE)]
        table.setStyle(TableStyle(style))
        return table


SectionBuilder = Callable[[Report], list]


def _summary(r: Report) -> list:
    case = r.data.case
    out = [r.heading("section_summary")]
    out.append(r.table([
        [r.labels["case_code"], case.code],
        [r.labels["index_client_heading"], case.pseudonym],
        [r.labels["status"], r.labels[f"status_{case.status.value}"]],
        [r.labels["opened_on"], doc.format_date(case.opened_on, r.labels.language)],
    ], [45 * mm, CONTENT_WIDTH - 45 * mm], header=False))
    out.append(Spacer(1, 4))
    out.append(r.text(case.summary) if case.summary.strip()
               else doc.para(r.labels["nothing_recorded"], r.styles["small"]))
    return out


def _map(r: Report) -> list:
    state = r.data.map_state
    out = [r.heading("map")]
    if len(state.persons) <= 1:
        return out + [doc.para(r.labels["map_empty"], r.styles["small"])]
    drawing = map_drawing(state, r.names.labels(), r.labels, size=CONTENT_WIDTH,
                          badges=r.data.badges)
    out.append(KeepTogether([drawing, Spacer(1, 4), doc.para(r.labels["legend"],
                                                             r.styles["label"]),
                             legend_drawing(r.labels, CONTENT_WIDTH)]))
    rows = [[r.labels["person"], r.labels["sector"], r.labels["ring"], r.labels["marker"]]]
    for p in sorted(state.persons, key=lambda p: (p.ring, p.sector.centre_angle, p.id)):
        if p.is_index:
            continue
        marker = "" if p.marker is m.Marker.NONE else r.labels.of(p.marker)
        if p.deceased:
            marker = ", ".join(filter(None, (marker, r.labels["deceased"])))
        rows.append([r.names.label(p.id), r.labels.of(p.sector), r.labels.of(p.ring), marker])
    out += [Spacer(1, 6), r.table(rows, [70 * mm, 45 * mm, 35 * mm,
                                         CONTENT_WIDTH - 150 * mm])]
    return out


def _person(r: Report) -> list:
    p = r.data.map_state.person(r.request.person_id)
    rows = [[r.labels["person"], r.names.label(p.id)]]
    if p.is_index:
        # The centre of the map: no sector, no ring (sector_at(0, 0) is a mere angle).
        rows.append([r.labels["place_on_map"], r.labels["index_client_place"]])
        if p.role.strip():
            rows.append([r.labels["role"], r.names.text(p.role)])
    else:
        rows += [[r.labels["role"], r.names.text(p.role)],
                 [r.labels["kind"], r.labels.of(p.kind)],
                 [r.labels["sector"], r.labels.of(p.sector)],
                 [r.labels["ring"], r.labels.of(p.ring)]]
    if p.age is not None:
        rows.append([r.labels["age"], str(p.age)])
    if p.note.strip():
        rows.append([r.labels["note"], r.names.text(p.note)])
    if p.source.strip():
        source = r.names.text(p.source) + (f" ({r.labels['verified']})" if p.verified else "")
        rows.append([r.labels["source"], source])
    ties = [t for t in r.data.map_state.relations if p.id in (t.a, t.b)]
    for t in ties:
        other = t.b if t.a == p.id else t.a
        rows.append([r.labels["tie"], f"{r.names.label(other)}: {r.labels.of(t.kind)}"])
    return [r.heading("section_person"),
            r.table(rows, [45 * mm, CONTENT_WIDTH - 45 * mm], header=False)]


def _counts(r: Report) -> list:
    """Funder statistics: counts of category values only."""
    st, L = r.data.statistics, r.labels
    out = [r.heading("section_counts"),
           doc.para(L.get("stats_intro", cases=st.cases, opened=st.opened), r.styles["body"])]

    def block(title: str, counter, word) -> None:
        rows = [[title, L["count"]]]
        rows += [[word(key), str(n)] for key, n in sorted(counter.items(), key=lambda i: -i[1])]
        if len(rows) == 1:
            rows.append([L["nothing_recorded"], "0"])
        out.extend([Spacer(1, 4), r.table(rows, [110 * mm, 25 * mm])])

    block(L["status"], st.by_status, lambda k: L[f"status_{k}"])
    block(L["stats_caller"], st.by_caller, lambda k: L.get_or(f"caller_{k}", k))
    block(L["stats_route"], st.by_route, lambda k: L.get_or(f"route_{k}", k))
    block(L["stats_contact"], st.by_contact, lambda k: L.get_or(f"contact_{k}", k))
    block(L["stats_keyclients"], st.keyclients_by_sector, lambda k: L[f"sector_{k}"])
    block(L["stats_sessions"], st.sessions_by_mode, lambda k: L[f"mode_{k}"])
    block(L["stats_case_endings"], st.case_endings, lambda k: L.get_or(f"ending_{k}", k))
    block(L["stats_keyclient_endings"], st.keyclient_endings,
          lambda k: L.get_or(f"end_{k}", k))
    block(L["stats_goals"], st.goals_at_ending, lambda k: L[f"goal_{k}"])
    out += _durations(r)
    rows = [[L["task"], L["ts_in_progress"], L["ts_achieved"], L["ts_paused"],
             L["reopened_n"], L["setbacks_n"]]]
    for task in Task:
        counts = st.tasks.get(task.value, {})
        rows.append([L[f"task_{task.value}"], *(str(counts.get(x, 0)) for x in
                                                ("in_progress", "achieved", "paused")),
                     str(st.reopened.get(task.value, 0)), str(st.setbacks.get(task.value, 0))])
    out += [Spacer(1, 4), doc.para(L["stats_tasks"], r.styles["label"]),
            r.table(rows, [x * mm for x in (58, 21, 21, 21, 25, 27)]),
            doc.para(L["stats_went_back"], r.styles["small"])]
    # Goals met / partly met / not met (the intervention plans) get their table here.
    return out


def _durations(r: Report) -> list:
    """Cases and key-clients' work by how long they lasted: one row per band."""
    st, L = r.data.statistics, r.labels
    columns = [(st.case_durations, "ended"), (st.case_durations, "running"),
               (st.keyclient_durations, "ended"), (st.keyclient_durations, "running")]
    rows = [[L["stats_durations"], L["dur_cases_ended"], L["dur_cases_running"],
             L["dur_kc_ended"], L["dur_kc_running"]]]
    for band in BANDS:
        rows.append([L[f"band_{band}"], *(str(d.get(how, {}).get(band, 0))
                                          for d, how in columns)])
    rows.append([L["total"], *(str(sum(d.get(how, {}).values())) for d, how in columns)])
    return [Spacer(1, 4), r.table(rows, [50 * mm] + [30 * mm] * 4),
            doc.para(L["stats_durations_note"], r.styles["small"])]


BUILDERS: dict[Section, SectionBuilder] = {
    Section.SUMMARY: _summary, Section.MAP: _map, Section.PERSON: _person,
    Section.COUNTS: _counts, Section.KEYCLIENTS: sections.keyclients,
    Section.SAFEGUARDING: sections.safeguarding, Section.SHARING: sections.sharing,
    Section.PARTICIPANTS: sections.participants, Section.TASKS: session_sections.tasks,
    Section.SESSIONS: session_sections.sessions, Section.SETBACKS: session_sections.setbacks,
    Section.NEXT_STEPS: session_sections.next_steps, Section.PLAN: plan_section.plan,
    Section.CONFERENCE: conference_sections.conference,
}


def build_report(data: ExportData, request: ExportRequest, *,
                 progress: Callable[[int, int], None] | None = None) -> bytes:
    """The PDF for ``request`` (sections without data yet are left out)."""
    with collector_paused():
        return _build_report(data, request, progress)


def _build_report(data: ExportData, request: ExportRequest,
                  progress: Callable[[int, int], None] | None) -> bytes:
    # Its own frame, so that the story is freed before the collector resumes:
    # else its first collection walks every flowable (4x the large case: 200 ms).
    r, story, title = build_story(data, request)
    try:
        return _lay_out(r, story, title, progress)
    finally:
        r.release()


def _lay_out(r: Report, story: list, title: str,
             progress: Callable[[int, int], None] | None) -> bytes:
    data, request = r.data, r.request
    labels, code = r.labels, data.case.code if data.case else ""
    audience = labels[f"audience_{request.audience.value}"]
    frame = doc.PageFrame(
        header_left=f"{labels.get('case', code=code)} · {audience}" if code else audience,
        header_right=labels.get("exported_on",
                                date=doc.format_date(data.exported_on, labels.language)),
        confidentiality=labels["confidential"], page_of=labels["page_of"])
    created = data.exported_at or datetime.combine(data.exported_on, datetime.min.time())
    return doc.build_pdf(story, frame=frame, title=title, subject=audience,
                         encrypt_with=request.passphrase, created=created, progress=progress)


def build_story(data: ExportData, request: ExportRequest) -> tuple[Report, list, str]:
    """Every flowable of the document, before layout: every free text the PDF
    prints has passed through ``r.names.text`` once this returns (the review
    reads ``r.names.replaced`` and ``r.names.texts``)."""
    labels = Labels(request.language)
    r = Report(data, request, labels)
    audience = labels[f"audience_{request.audience.value}"]
    code = data.case.code if data.case else ""
    title = (labels.get("title_case", code=code, audience=audience) if data.case
             else labels.get("title_statistics", audience=audience))
    story = [doc.para(title, r.styles["title"]),
             doc.para(_period(r), r.styles["subtitle"])]
    if request.audience is not Audience.STATISTICS:
        story.append(doc.para(labels["real_names_warning"], r.styles["warning"])
                     if request.real_names else
                     doc.para(labels["pseudonymised_note"], r.styles["small"]))
    for section in SECTIONS[request.audience]:  # the audience's order
        if request.includes(section) and section in BUILDERS:
            story += _heading_kept(BUILDERS[section](r))
            for extra in _after(request.audience, section):
                story += _heading_kept(extra(r))
    return r, story, title


# Sections printed right after one of an audience's sections (see each module).
_AFTER = (factor_sections.AFTER, release_sections.AFTER, contact_plan_sections.AFTER)


def _after(audience: Audience, section: Section) -> tuple:
    return tuple(b for table in _AFTER for b in table.get((audience, section), ()))


def _heading_kept(flowables: list) -> list:
    """A section's heading never stands alone at the foot of a page."""
    if len(flowables) >= 2:
        return [KeepTogether(flowables[:2]), *flowables[2:]]
    return flowables


def _period(r: Report) -> str:
    req, language = r.request, r.labels.language
    first = req.date_from or (r.data.case.opened_on if r.data.case else None)
    start = doc.format_date(first, language) if first else "…"
    end = doc.format_date(req.date_to or r.data.exported_on, language)
    return r.labels.get("period", start=start, end=end)
