"""The demo's second, small case: a release from prison (all invented).

S., 22, is in a youth prison (invented) and wants out of a group of
fellow inmates; the prison's social service referred his mother, Mrs H., to
the office (the justice route, so the case has a Release tab). She is the
key-client, with close contact around the release and less afterwards
(seed 004). He is released on a Friday afternoon, one to two weeks from the
demo's ``today``: the probation officer and the job centre have closed by
then, and nobody is on call at the weekend, so the Release tab warns.

Every date counts from ``today``; every text goes through ``demo._d``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from legato_desk.model import map as m
from legato_desk.model.availability import Availability, Hours
from legato_desk.model.case import CaseStatus
from legato_desk.model.contact_plan import PlanStep, Unit
from legato_desk.model.release import ChecklistItem
from legato_desk.vault import Vault

_S, _R = m.Sector, m.Ring


def release_day(today: date) -> date:
    """The Friday seven to thirteen days after ``today``."""
    day = today + timedelta(days=7)
    return day + timedelta(days=(4 - day.weekday()) % 7)


def _hours(mon_thu: tuple[int, int], fri: tuple[int, int]) -> Availability:
    days = [Hours(mon_thu[0], mon_thu[1])] * 4 + [Hours(fri[0], fri[1])]
    return Availability(tuple(days), weekend=False)


def _directory(vault: Vault) -> dict[str, int]:
    """Probation, job centre and the prison's social service, with office hours."""
    from legato_desk.demo import _d

    d = vault.directory
    ids = {}
    for key, agency, kind, fields, hours, deputy_hours in (
            ("probation", _d("Probation service (invented)"), "probation",
             dict(name=_d("Ms W."), role=_d("probation officer"), deputy=_d("Mr V.")),
             _hours((8 * 60, 16 * 60), (8 * 60, 12 * 60)),
             _hours((9 * 60, 15 * 60), (9 * 60, 12 * 60))),
            ("jobcentre", _d("Job centre (invented)"), "other",
             dict(name=_d("Mr T."), role=_d("job centre adviser")),
             _hours((8 * 60, 15 * 60), (8 * 60, 12 * 60 + 30)), None),
            ("prison", _d("Youth prison (invented)"), "prison",
             dict(name=_d("Mr P."), role=_d("social service of the prison")),
             _hours((7 * 60 + 30, 15 * 60 + 30), (7 * 60 + 30, 13 * 60)), None)):
        agency_id = d.add_agency(agency, kind).id
        ids[key] = d.save_contact(agency_id, **fields,
                                  phone="000 000 00" + str(len(ids) + 2))
        d.set_availability(ids[key], hours, deputy_hours)
    return ids


def populate_release_case(vault: Vault, today: date) -> None:
    """The second demo case, with its release and checklist."""
    from legato_desk.demo import _d
    from legato_desk.model.intake import CallerCategory, ContactKind, Intake, ReferralRoute
    from legato_desk.model.keyclients import Criterion as C
    from legato_desk.model.keyclients import Essential, Grounding, Level, Status
    from legato_desk.model.session import Mode, SessionRecord, Task, TaskEntry

    case = vault.cases.create("S.", opened_on=today - timedelta(days=40))
    vault.cases.set_summary(case.id, _d(
        "The social service of a youth prison (invented) gave the mother, Mrs H., the "
        "office's number. Her son S., 22, is serving a sentence for violent offences. "
        "In prison he joined a circle of other prisoners with extremist views; now he "
        "says he wants out of it, but he will come home to the same street.\n\n"
        "Working hypothesis: the mother is the one he calls every week. The first "
        "days after the release decide much: plan them with her and the agencies."))
    vault.cases.set_status(case.id, CaseStatus.ACTIVE)
    vault.intake.save(Intake(
        case.id, CallerCategory.FAMILY, ReferralRoute.JUSTICE, ContactKind.CASE,
        concern=_d("\u201cHe wants to leave them. I am afraid of the day he comes out.\u201d"),
        relationships=_d("Calls his mother every week; his younger brother visits him."),
        recent=_d("Release planned for a Friday afternoon."),
        protective_factors=_d("The mother and the brother; he wants to train as a cook."),
        goals=_d("The mother wants to be ready for the first days after the release."),
        languages=_d("German, Turkish"), confidentiality_explained=True))
    maps = vault.maps
    index = maps.ensure_index(case.id).id
    people = {}
    for key, sector, ring, offset, fields in (
            ("mother", _S.FAMILY, _R.CLOSE, -10, dict(
                name=_d("Mrs H."), role=_d("mother"), age=51, gender=_d("female"),
                marker="resource", source=_d("reported by the mother"), verified=True)),
            ("brother", _S.FAMILY, _R.MIDDLE, 16, dict(
                name=_d("Emre"), role=_d("younger brother"), age=17, gender=_d("male"),
                marker="resource", source=_d("reported by the mother"))),
            ("probation", _S.PROFESSIONAL, _R.DISTANT, 0, dict(
                name=_d("Ms W."), role=_d("probation officer"))),
            # An institution: only its capitalised word is a name to code.
            ("inmates", _S.MILIEU, _R.CLOSE, 0, dict(
                name=_d("Inmate group"), role=_d("group in prison"), kind="institution",
                marker="risk", source=_d("reported by the mother")))):
        people[key] = maps.add_person(case.id, *m.point_at(sector, ring, offset),
                                      **fields).id
    for a, fields in (("mother", dict(kind="family", strength=2)),
                      ("brother", dict(kind="family")),
                      ("probation", dict(kind="professional", strength=0)),
                      ("inmates", dict(kind="milieu", status="tenuous"))):
        maps.add_relation(index, people[a], **fields)
    maps.take_snapshot(case.id, _d("intake"), case.opened_on)

    mother = vault.keyclients.mark(case.id, people["mother"], on=today - timedelta(days=35)).id
    for criterion, level, evidence in (
            (C.CHOSEN, Level.HIGH, _d("he calls her every week from prison")),
            (C.CREDIBILITY, Level.HIGH, _d("she never gave up on him")),
            (C.RESILIENCE, Level.MEDIUM, _d("worried about the neighbours' talk"))):
        vault.keyclients.rate(mother, criterion, level, evidence)
    vault.keyclients.decide(mother, _d("S. seeks her out and trusts her; she is steady."),
                            on=today - timedelta(days=32))
    vault.keyclients.change_status(mother, Status.APPROACHED, on=today - timedelta(days=31))
    vault.keyclients.change_status(mother, Status.ACTIVE, note=_d("first session held"),
                                   on=today - timedelta(days=30))
    vault.keyclients.set_grounding(mother, Essential.RELATIONSHIP, Grounding.ESTABLISHED)
    release = release_day(today)
    # Every two weeks until the release, weekly in the first two months after it,
    # then monthly, then on request (seed 004: close contact first).
    vault.contact_plans.set_steps(mother, [
        PlanStep(today - timedelta(days=30), Unit.WEEKS, 2),
        PlanStep(release, Unit.WEEKS, 1),
        PlanStep(release + timedelta(weeks=8), Unit.MONTHS, 1),
        PlanStep(release + timedelta(weeks=34), Unit.ON_REQUEST)])
    for days_ago, mode, facts, entry in (
            (30, Mode.IN_PERSON, _d("First meeting at the office. S. has written to his "
                                    "mother that he wants to leave the group."),
             TaskEntry(Task.RELATIONSHIPS, _d("She keeps the weekly calls."), 3)),
            (9, Mode.PHONE, _d("The mother has his old room ready. She worries that the "
                               "group will wait for him outside."),
             TaskEntry(Task.FUTURE, _d("Talked about his wish to train as a cook."), 2))):
        saved = vault.sessions.save(SessionRecord(
            case_id=case.id, duration_min=60, mode=mode, key_clients=(people["mother"],),
            held_at=datetime.combine(today - timedelta(days=days_ago), time(10, 0)),
            facts=facts, tasks=(entry,)))
        vault.sessions.sign(saved.id)
    _release(vault, case.id, release)


def _release(vault: Vault, case_id: int, release: date) -> None:
    from legato_desk.demo import _d

    contacts = _directory(vault)
    label = {k: vault.directory.contact(c).label() for k, c in contacts.items()}
    mother = _d("Mrs H.")
    vault.releases.save(case_id, released_on=release, released_at=time(14, 30),
                        institution=_d("Youth prison (invented)"), items=[
        ChecklistItem(_d("Pick-up arranged"), True, _d("The mother and Emre wait at the "
                                                       "gate."), mother),
        ChecklistItem(_d("First night's housing"), True, _d("His old room at his mother's "
                                                            "flat."), mother),
        ChecklistItem(_d("Appointment at the job centre"), False,
                      _d("Asked for; the earliest is on the Monday after."),
                      label["jobcentre"], contacts["jobcentre"]),
        ChecklistItem(_d("Probation contact"), True,
                      _d("First meeting on the Monday after the release."),
                      label["probation"], contacts["probation"]),
        ChecklistItem(_d("ID papers"), False, _d("His ID card has expired; the social "
                                                 "service applies for a new one."),
                      label["prison"], contacts["prison"]),
        ChecklistItem(_d("Health insurance"), False),
        ChecklistItem(_d("First meeting with the key-client"), True,
                      _d("The counsellor meets the mother on the Monday after."))])
