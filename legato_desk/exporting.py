"""Exports end to end: gather from the vault, build the document, log it.

One path for the export dialog and ``legato-desk export``: ``export_pdf``
checks the request, reads what the audience may see, builds the PDF in
memory, writes it once and records the export in the vault (audience,
sections, date; never the content). Nothing is written or logged when any
step fails.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Callable

from legato_desk.errors import ValidationError
from legato_desk.model.conference import check_export
from legato_desk.model.export import SECTIONS, Audience, ExportRequest, Section
from legato_desk.model.intake import ReferralRoute
from legato_desk.model.names import CaseNames, Review
from legato_desk.model.names import review as _review
from legato_desk.model.names import case_names as _case_names
from legato_desk.model.safeguarding import DisclosureKind
from legato_desk.model import stats_file
from legato_desk.model.statistics import (
    CaseFacts, Spell, keyclient_spells, spell_durations, tally, went_back)
from legato_desk.reports.case_report import ExportData, build_report, build_story
from legato_desk.reports import wordlist
from legato_desk.reports.document import write_pdf
from legato_desk.vault.connection import transaction


Clock = Callable[[], datetime]


def _now() -> datetime:
    return datetime.now().astimezone()


def gather(vault, request: ExportRequest, today: date | None = None, *,
           clock: Clock | None = None) -> ExportData:
    """``clock`` gives the export's moment (the PDF's CreationDate; the export
    date printed on every page unless ``today`` says otherwise)."""
    now = (clock or _now)()
    data = ExportData(exported_on=today or now.date(), exported_at=now)
    if request.audience is Audience.STATISTICS:
        data.cases = vault.cases.list()
        last = request.date_to or data.exported_on
        data.statistics = tally([_case_facts(vault, c, request, last) for c in data.cases])
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
    data.sessions = [vault.sessions.get(x.id) for x in vault.sessions.list(case_id)
                     if request.in_period(x.held_at.date())
                     and x.id not in request.excluded_sessions]
    if request.audience is Audience.SUPERVISION:
        data.factor_sheets = vault.factors.all(case_id)
        data.referrals = vault.referrals.for_case(case_id)
        data.contact_plans = vault.contact_plans.for_case(case_id)
        data.contact_held = {kid: vault.contact_plans.held_days(kid)
                             for kid in data.contact_plans}
        data.open_doors = vault.open_doors.for_case(case_id)
    if request.audience in (Audience.SUPERVISION, Audience.CASE_CONFERENCE) and \
            vault.intake.get(case_id).referral_route is ReferralRoute.JUSTICE:
        data.release = vault.releases.get(case_id)
        data.release_check = vault.releases.check(case_id)
    if request.includes(Section.PLAN):
        data.plan = vault.plan.get(case_id)
    if request.conference_id is not None:
        data.conference = vault.conferences.get(request.conference_id)
        check_export(data.conference, case_id=case_id, real_names=request.real_names)
    data.names = case_names(vault, case_id, state=data.map_state)
    if request.audience is Audience.OWN_FILE:
        try:
            data.map_state.person(request.person_id)
        except KeyError:
            raise ValidationError("This person is not on the map of this case.") from None
    return data


def case_names(vault, case_id: int, *, state=None, dictionaries: bool = True) -> CaseNames:
    """The one register of who is called what in a case, for every export.

    Everyone who has been on the map (the current map and every snapshot,
    with their aliases; the index client with a real name if one is set),
    the names written into session records and kept as a measure's doer in
    the intervention plan, every agency contact and deputy
    (coded C1, C1-D, ...: a note may name any of them), the names a case
    conference's participants and the plan's doers were recorded under when
    chosen from the directory, the names of the contacts a referral, release
    item, open door or sharing entry was tied to (case_contact_names), and the
    counsellor's review decisions.
    ``dictionaries=False`` skips the word lists (0.7 s on first use): no
    misspelling is then guarded by a common word.
    """
    state = state if state is not None else vault.maps.state(case_id)
    persons = [*state.persons, *vault.maps.snapshot_names(case_id)]
    participants = vault.conn.execute(
        "SELECT DISTINCT person_id, name FROM session_participants WHERE case_id = ?"
        " ORDER BY id", (case_id,)).fetchall()
    # A measure's doer as the plan recorded them (kept when they left the map).
    participants += vault.conn.execute(
        "SELECT DISTINCT person_id, who FROM plan_measures WHERE case_id = ?"
        " AND who_kind = 'person' ORDER BY id", (case_id,)).fetchall()
    contacts = [(c.name, c.deputy) for c in vault.directory.contacts()]
    # Names the records kept from the directory: a conference's participants
    # (a contact or their deputy), a measure's doer chosen from it, and the
    # contact a referral, checklist item, open door or sharing entry was tied
    # to, whose label keeps the name as text (schema 22). They stay names of
    # the case when the entry is changed, deleted or left behind by a handover
    # (the directory is office-wide and does not move).
    recorded = [r[0] for r in vault.conn.execute(
        "SELECT name FROM conference_participants WHERE case_id = ?1 AND name != ''"
        " UNION ALL SELECT who FROM plan_measures WHERE case_id = ?1"
        " AND who_kind = 'contact' AND contact_id IS NOT NULL AND who != ''"
        " UNION ALL SELECT name FROM case_contact_names WHERE case_id = ?1"
        " ORDER BY 1", (case_id,))]
    words = dict(common=wordlist.common, ordinary=wordlist.ordinary) if dictionaries else {}
    return _case_names(vault.cases.get(case_id).pseudonym, persons,
                       participants=participants, contacts=contacts,
                       recorded_contacts=recorded,
                       reviews=vault.names.decisions(case_id), **words)


def _case_facts(vault, case, request: ExportRequest, last: date) -> CaseFacts:
    """One case reduced to category values for the statistics (no text, no names).
    ``last``: the period's last day (its end, or today), up to which a case or a
    key-client still at work is measured."""
    intake = vault.intake.get(case.id)
    persons = {p.id: p for p in vault.maps.state(case.id).persons}
    chosen = [c for c in vault.keyclients.candidates(case.id) if c.is_keyclient]
    sessions = [x for x in vault.sessions.list(case.id) if request.in_period(x.held_at.date())]
    endings = vault.endings.for_case(case.id)
    closed_on = None if case.status.is_open or not endings else endings[-1].ended_on
    histories = [(c, vault.keyclients.history(c.id)) for c in chosen]
    kc_spells = [s for c, events in histories for s in keyclient_spells(
        c.decided_on, [(e.on, e.status.value) for e in events])]
    reopened, setbacks = went_back(vault.sessions.task_events(case.id, done=False),
                                   request.date_from, request.date_to)
    return CaseFacts(
        status=case.status.value, opened_in_period=request.in_period(case.opened_on),
        caller=intake.caller_category.value if intake.caller_category else None,
        route=intake.referral_route.value if intake.referral_route else None,
        contact=intake.contact_kind.value,
        keyclient_sectors=tuple(persons[c.person_id].sector.value for c in chosen
                                if c.person_id in persons),
        session_modes=tuple(x.mode.value for x in sessions),
        task_status=tuple((t.task.value, t.status.value)
                          for t in vault.sessions.task_overview(case.id) if t.sessions),
        ending_reasons=tuple(e.reason.value for e in endings if request.in_period(e.ended_on)),
        keyclient_endings=tuple(
            e.end_reason.value if e.end_reason else "not_recorded"
            for _c, events in histories for e in events
            if e.status.value == "ended" and request.in_period(e.on)),
        case_duration=spell_durations([Spell(case.opened_on, closed_on)],
                                      request.date_from, last),
        keyclient_durations=spell_durations(kc_spells, request.date_from, last),
        reopened=reopened, setbacks=setbacks,
        # goals as a case left them: counted for cases ended in the period only
        goal_states=tuple(g.value for g in vault.plan.goal_states(case.id))
        if closed_on is not None and request.in_period(closed_on) else ())


def export_stats_file(vault, request: ExportRequest, target: Path, *,
                      clock: Clock | None = None) -> Path:
    """The anonymous statistics file (``model.stats_file``, JSON or CSV by the
    target's suffix) of ``request``'s period, written once, then logged as the
    statistics PDF is: in the export log (format "json"/"csv"), not in a case's
    sharing log, since the counts disclose nothing about anybody."""
    request = request.checked()
    if request.audience is not Audience.STATISTICS:
        raise ValidationError("Only the funder statistics can be saved as a statistics file.")
    suffix = stats_file.suffix_of(Path(target).name)
    data = gather(vault, request, clock=clock)
    sf = stats_file.StatsFile(data.statistics, request.date_from,
                              request.date_to or data.exported_on,
                              (stats_file.new_file_id(),))
    write_pdf(Path(target), stats_file.dumps(sf, suffix).encode("utf-8"))
    vault.exports.record(None, request.audience.value, [s.value for s in request.sections],
                         real_names=False, encrypted=False, format=suffix[1:])
    return Path(target)


def render(vault, request: ExportRequest, *, today: date | None = None,
           clock: Clock | None = None,
           progress: Callable[[int, int], None] | None = None) -> bytes:
    request = request.checked()
    return build_report(gather(vault, request, today, clock=clock), request,
                        progress=progress)


def review(vault, request: ExportRequest, *, today: date | None = None) -> Review:
    """What a pseudonymised export of ``request`` replaces, and the words it
    would print that look like names but match nobody (to be reviewed).

    Builds the document's content without laying it out: every text the PDF
    prints, through the same register. A real-name export reviews nothing.
    """
    request = request.checked()
    if request.real_names or not request.audience.per_case:
        return Review()
    return review_of(gather(vault, request, today), request)


def review_of(data: ExportData, request: ExportRequest) -> Review:
    """``review`` of what ``gather`` read: needs no vault, so the export dialog
    runs it off the UI thread (the vault's connection serves one thread at a time)."""
    if request.real_names or not request.audience.per_case:
        return Review()
    r, _story, _title = build_story(data, request)
    r.release()
    return _review(r.names.register, r.names.replaced, r.names.texts)


def export_pdf(vault, request: ExportRequest, target: Path, *, clock: Clock | None = None,
               progress: Callable[[int, int], None] | None = None) -> Path:
    request = request.checked()
    return finish(vault, request, render(vault, request, clock=clock, progress=progress),
                  target)


def finish(vault, request: ExportRequest, pdf: bytes, target: Path) -> Path:
    """Write the finished PDF, then log it (only once the file exists).

    A case export is also an entry of the case's information-sharing log
    (what, to whom, on what ground), in the same transaction as the export
    record; anonymous statistics are not a disclosure about anybody.
    """
    write_pdf(Path(target), pdf)
    sections = [s.value for s in request.sections]
    with transaction(vault.conn):
        vault.exports.record(request.case_id, request.audience.value, sections,
                             real_names=request.real_names,
                             encrypted=bool(request.passphrase), in_transaction=True)
        if request.audience.per_case:
            names = "real names" if request.real_names else "pseudonymised"
            vault.sharing.log(
                request.case_id, kind=DisclosureKind.EXPORT,
                what=f"PDF, {names}: " + ", ".join(
                    s.value for s in SECTIONS[request.audience] if s in request.sections),
                recipient=request.recipient.strip() or AUDIENCE_WORDS[request.audience],
                purpose=AUDIENCE_WORDS[request.audience], ground=request.ground,
                in_transaction=True)
    return Path(target)


AUDIENCE_WORDS = {Audience.SUPERVISION: "supervision", Audience.CASE_CONFERENCE:
                  "case conference", Audience.OWN_FILE: "the person's own file (access request)",
                  Audience.STATISTICS: "funder statistics"}


def merge_stats_files(sources: list[Path], target: Path, *, language: str = "en",
                      clock: Clock | None = None) -> stats_file.StatsFile:
    """Add up statistics files of several vaults into one office total, written
    to ``target`` as JSON, CSV or the statistics PDF (by its suffix). Needs no
    vault, logs nothing: the files are anonymous already."""
    target = Path(target)
    as_pdf = target.suffix.lower() == ".pdf"
    if not as_pdf:
        try:
            stats_file.suffix_of(target.name)
        except ValidationError:
            raise ValidationError("The office total ends in .json, .csv or .pdf.") from None
    files = []
    for path in map(Path, sources):
        suffix = stats_file.suffix_of(path.name)
        try:
            text = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError):
            raise ValidationError("{file} cannot be read.", file=str(path)) from None
        files.append((path.name, stats_file.loads(text, suffix, path.name)))
    total = stats_file.merge(files)
    if as_pdf:
        now = (clock or _now)()
        request = ExportRequest.default(Audience.STATISTICS, date_from=total.date_from,
                                        date_to=total.date_to, language=language).checked()
        data = ExportData(exported_on=now.date(), exported_at=now,
                          statistics=total.statistics)
        write_pdf(target, build_report(data, request))
    else:
        write_pdf(target, stats_file.dumps(total, stats_file.suffix_of(target.name))
                  .encode("utf-8"))
    return total
