"""The release from prison in supervision and case-conference exports.

Printed after the next steps (the release is what the next steps prepare
for), only for justice-route cases that have a release plan: its date and
time, the institution, whether anyone of the case's contacts is reachable
at the release moment, and the checklist's state. Supervision also gets the
counsellor's note on each item; a case conference is outside the office and
gets no free-text notes (need to know, as its other sections). Names (who
is responsible, the institution) pass through the case's name register.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from legato_desk.model.export import Audience, Section
from legato_desk.reports import document as doc

WIDTH = doc.A4[0] - 2 * doc.MARGIN


def _w(r, key: str, **values) -> str:
    return r.labels.get(key, **values)


def _moment(r, moment) -> str:
    day = _w(r, f"release_weekday_{moment.weekday()}")
    return f"{day} {doc.format_date(moment.date(), r.labels.language)} " \
           f"{moment.hour}:{moment.minute:02d}"


def _reach(r, check) -> str:
    if check is None:
        return _w(r, "release_reach_no_time")
    when = _moment(r, check.moment)
    if not check.known:
        return _w(r, "release_reach_unknown", when=when)
    if not check.warning:
        return _w(r, "release_reach_ok", when=when)
    if check.first is None:
        return _w(r, "release_reach_none", when=when)
    return _w(r, "release_reach_until", when=when, until=_moment(r, check.first))


def release(r) -> list:
    plan = getattr(r.data, "release", None)
    if plan is None:
        return []
    out = [doc.para(_w(r, "section_release"), r.styles["h1"])]
    if plan.released_on is None:
        day = _w(r, "release_not_known")
    else:
        day = doc.format_date(plan.released_on, r.labels.language)
        if plan.released_at is not None:
            day += f", {plan.released_at.hour}:{plan.released_at.minute:02d}"
    rows = [[_w(r, "release_date"), day],
            [_w(r, "release_institution"), r.names.text(plan.institution) or "–"],
            [_w(r, "release_reach"), _reach(r, getattr(r.data, "release_check", None))]]
    out.append(r.table(rows, [45 * mm, WIDTH - 45 * mm], header=False))
    if not plan.items:
        return out + [doc.para(_w(r, "release_no_items"), r.styles["small"])]
    notes = r.request.audience is Audience.SUPERVISION
    head = [_w(r, "release_item"), _w(r, "release_state"), _w(r, "release_responsible")]
    widths = [60 * mm, 22 * mm]
    if notes:
        head.append(_w(r, "note"))
        widths += [45 * mm, WIDTH - 127 * mm]
    else:
        widths.append(WIDTH - 82 * mm)
    rows = [head]
    for item in plan.items:
        row = [r.names.text(item.label), _w(r, "release_done" if item.done else "release_open"),
               r.names.text(item.responsible)]
        if notes:
            row.append(r.names.text(item.note))
        rows.append(row)
    out.append(doc.para(_w(r, "release_checklist", done=plan.done, count=len(plan.items)),
                        r.styles["h2"]))
    return out + [r.table(rows, widths)]


AFTER: dict[tuple[Audience, Section], tuple] = {
    (Audience.SUPERVISION, Section.NEXT_STEPS): (release,),
    (Audience.CASE_CONFERENCE, Section.NEXT_STEPS): (release,),
}
