"""Report section for tapering contact and the open door (model/contact_plan.py).

Supervision gets, after the key-clients, each key-client's contact plan laid
over the sessions held in the period (per step: rhythm, planned, held,
missed) and, where the work ended with the door open, the agreed crisis
route. The sessions counted are every record the key-client was present at
(dates only, gathered apart from the sessions printed: a record left out of
the PDF was still held). The route and the contact's name pass through the
case's name register. The words are in ``reports/labels.py``.
"""

from __future__ import annotations

from datetime import timedelta

from reportlab.lib.units import mm

from legato_desk.model.contact_plan import PlanStep, Unit, compare_plan
from legato_desk.model.export import Audience, Section
from legato_desk.reports import document as doc

WIDTH = doc.A4[0] - 2 * doc.MARGIN


def rhythm(r, step: PlanStep) -> str:
    if step.unit is Unit.ON_REQUEST:
        return r.labels["rhythm_on_request"]
    special = {(Unit.DAYS, 1): "rhythm_daily", (Unit.WEEKS, 1): "rhythm_weekly",
               (Unit.WEEKS, 2): "rhythm_fortnightly", (Unit.MONTHS, 1): "rhythm_monthly"}
    key = special.get((step.unit, step.every))
    if key:
        return r.labels[key]
    return r.labels.get(f"rhythm_{step.unit.value}", n=step.every)


def contact_plans(r) -> list:
    data = r.data
    plans = getattr(data, "contact_plans", None) or {}
    doors = getattr(data, "open_doors", None) or {}
    held = getattr(data, "contact_held", None) or {}
    chosen = [c for c in data.candidates if (c.id in plans or c.id in doors)
              and r.request.shows_keyclient(c.status)]
    out = [r.heading("section_contact_plan")]
    if not chosen:
        return out + [doc.para(r.labels["no_contact_plan"], r.styles["small"])]
    until = r.request.date_to or data.exported_on
    for c in chosen:
        out.append(doc.para(r.names.label(c.person_id), r.styles["h2"]))
        steps = plans.get(c.id, [])
        if steps:
            result = compare_plan(steps, held.get(c.id, []), until=until,
                                  since=r.request.date_from, today=data.exported_on)
            rows = [[r.labels["plan_from"], r.labels["plan_until"], r.labels["plan_rhythm"],
                     r.labels["plan_planned"], r.labels["plan_held"], r.labels["plan_missed"]]]
            for t in result.by_step():
                last = min(t.end, until + timedelta(days=1)) - timedelta(days=1)
                on_request = t.step.on_request
                rows.append([_date(r, t.start), _date(r, last), rhythm(r, t.step),
                             "–" if on_request else str(t.planned), str(t.held),
                             "–" if on_request else str(t.overdue)])
            if len(rows) > 1:
                out.append(r.table(rows, [24 * mm, 24 * mm, WIDTH - 120 * mm, 24 * mm,
                                          24 * mm, 24 * mm]))
            out.append(doc.para(r.labels.get(
                "plan_totals", planned=result.planned, held=result.held,
                missed=result.overdue), r.styles["small"]))
        door = doors.get(c.id)
        if door is not None:
            words = r.labels["open_door"] + " " + r.names.text(door.route)
            if door.contact_label:
                words += " " + r.labels.get("open_door_contact",
                                            name=r.names.text(door.contact_label))
            out.append(doc.para(words, r.styles["body"]))
    return out


def _date(r, value) -> str:
    return doc.format_date(value, r.labels.language)


# Printed right after a section of an audience, as factor_sections.AFTER.
AFTER: dict[tuple[Audience, Section], tuple] = {
    (Audience.SUPERVISION, Section.KEYCLIENTS): (contact_plans,),
}
