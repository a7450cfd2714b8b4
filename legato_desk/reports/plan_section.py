"""The intervention plan in an export: goals with their state, the measures
agreed (who, by when, how far) and the last review.

Supervision gets it by default; a case conference only when the counsellor
ticks it (model/export.py). Who does a measure is shown as every person is:
a person of the map by their code and role ("P3 · father"), anyone else
(a directory contact, a person who has left the map) by the name as
recorded, through the case's name register like every free text, so a
pseudonymised export prints no name the case knows.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from legato_desk.model.plan import WhoKind
from legato_desk.reports import document as doc

WIDTH = doc.A4[0] - 2 * doc.MARGIN


def _date(r, value) -> str:
    return doc.format_date(value, r.labels.language) if value else "–"


def who(r, measure) -> str:
    if measure.who_kind is WhoKind.COUNSELLOR:
        return r.labels["plan_counsellor"]
    persons = {p.id for p in r.data.map_state.persons}
    if measure.who_kind is WhoKind.PERSON and measure.person_id in persons:
        return r.names.label(measure.person_id)
    return r.names.text(measure.who)


def plan(r) -> list:
    L = r.labels
    out = [doc.para(L["section_plan"], r.styles["h1"])]
    data = getattr(r.data, "plan", None)
    end = r.request.date_to
    if data is None:
        return out + [doc.para(L["plan_none"], r.styles["small"])]
    goals = [g for g in data.goals if end is None or g.set_on <= end]
    reviews = [x for x in data.reviews if end is None or x.held_on <= end]
    if not (goals or data.measures or reviews or data.wind_down):
        return out + [doc.para(L["plan_none"], r.styles["small"])]
    out.append(doc.para(L.get("plan_started", date=_date(r, data.started_on)),
                        r.styles["body"]))
    if data.wind_down.strip():
        out.append(doc.para(f"{L['plan_wind_down']}: {r.names.text(data.wind_down)}",
                            r.styles["body"]))
    numbers = {g.id: i for i, g in enumerate(goals, 1)}
    out.append(doc.para(L["plan_goals"], r.styles["h2"]))
    if goals:
        rows = [["", L["plan_goal"], L["plan_set_on"], L["plan_state"]]]
        rows += [[str(numbers[g.id]), r.names.text(g.text), _date(r, g.set_on),
                  L[f"goal_{g.state.value}"]] for g in goals]
        out.append(r.table(rows, [8 * mm, WIDTH - 68 * mm, 25 * mm, 35 * mm]))
    else:
        out.append(doc.para(L["nothing_recorded"], r.styles["small"]))
    out.append(doc.para(L["plan_measures"], r.styles["h2"]))
    if data.measures:
        rows = [[L["plan_what"], L["plan_who"], L["plan_by"], L["plan_state"],
                 L["plan_goal_no"]]]
        rows += [[r.names.text(m.what), who(r, m), _date(r, m.due_on),
                  L[f"measure_{m.state.value}"], str(numbers.get(m.goal_id, ""))]
                 for m in data.measures]
        out.append(r.table(rows, [WIDTH - 115 * mm, 45 * mm, 25 * mm, 28 * mm, 17 * mm]))
    else:
        out.append(doc.para(L["nothing_recorded"], r.styles["small"]))
    out.append(doc.para(L["plan_last_review"], r.styles["h2"]))
    if reviews:
        last = reviews[-1]
        out.append(doc.para(L.get("plan_review_of", date=_date(r, last.held_on),
                                  count=len(reviews)), r.styles["label"]))
        out.append(r.text(last.note))
    else:
        out.append(doc.para(L["plan_no_review"], r.styles["small"]))
    return out
