"""One case conference's record in the case-conference export (model/conference.py).

Printed first when the counsellor chose a conference: its date, whether the
case is brought in anonymously, the topics the client agreed may be
discussed (never the others: only how many were left out), the participants
by role (institution and role; persons through the name register), who holds
which role, the agreed measures and the minutes only where the client agreed
to their wording. Every free text passes through the case's name register.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from legato_desk.model.conference import DUTIES
from legato_desk.reports import document as doc

WIDTH = doc.A4[0] - 2 * doc.MARGIN
_DUTY_KEYS = dict(zip(DUTIES, ("conf_duty_chair", "conf_duty_minutes", "conf_duty_family")))


def _w(r, key: str, **values) -> str:
    return r.labels.get(key, **values)


def _who(r, p) -> str:
    if not p.from_directory:
        return r.names.text(p.role)
    person = r.names.text(p.name)
    if p.deputy:
        person = _w(r, "conf_deputy", name=person)
    return f"{person} ({r.names.text(p.agency)})" if p.agency else person


def _duty(r, duty: str) -> str:
    key = _DUTY_KEYS.get(duty)
    return _w(r, key) if key else r.names.text(duty)


def conference(r) -> list:
    c = getattr(r.data, "conference", None)
    if c is None:
        return []
    day = doc.format_date(c.held_on, r.labels.language)
    out = [doc.para(_w(r, "conf_heading", date=day), r.styles["h1"])]
    if c.anonymous:
        out.append(doc.para(_w(r, "conf_anonymous"), r.styles["warning"]))
    out.append(doc.para(_w(r, "conf_topics"), r.styles["h2"]))
    topics = c.agreed_agenda
    rows = [[str(i), r.names.text(a.text)] for i, a in enumerate(topics, 1)]
    out.append(r.table(rows, [10 * mm, WIDTH - 10 * mm], header=False) if rows
               else doc.para(_w(r, "conf_no_topics"), r.styles["small"]))
    left_out = len(c.agenda) - len(topics)
    if left_out:
        out.append(doc.para(_w(r, "conf_topics_left_out", count=left_out), r.styles["small"]))
    out.append(doc.para(_w(r, "conf_participants"), r.styles["h2"]))
    rows = [[_w(r, "role"), _w(r, "conf_institution"), _w(r, "person")]]
    for p in c.participants:
        if p.from_directory:
            person = r.names.text(p.name)
            if p.deputy:
                person = _w(r, "conf_deputy", name=person)
            rows.append([r.names.text(p.role) or "–", r.names.text(p.agency) or "–", person])
        else:
            rows.append([r.names.text(p.role), "–", "–"])
    out.append(r.table(rows, [55 * mm, 60 * mm, WIDTH - 115 * mm]))
    if c.roles:
        out.append(doc.para(_w(r, "conf_roles"), r.styles["h2"]))
        rows = [[_w(r, "conf_duty"), _w(r, "conf_held_by")]]
        rows += [[_duty(r, a.duty), _who(r, c.participants[a.holder])] for a in c.roles]
        out.append(r.table(rows, [55 * mm, WIDTH - 55 * mm]))
    out.append(doc.para(_w(r, "conf_measures"), r.styles["h2"]))
    if c.measures:
        rows = [[_w(r, "conf_what"), _w(r, "conf_who"), _w(r, "conf_by_when")]]
        rows += [[r.names.text(m.what), r.names.text(m.who),
                  doc.format_date(m.due_on, r.labels.language) if m.due_on else "–"]
                 for m in c.measures]
        out.append(r.table(rows, [90 * mm, 50 * mm, WIDTH - 140 * mm]))
    else:
        out.append(doc.para(_w(r, "conf_no_measures"), r.styles["small"]))
    out.append(doc.para(_w(r, "conf_minutes"), r.styles["h2"]))
    if c.printed_minutes:
        out += [doc.para(_w(r, "conf_minutes_agreed"), r.styles["small"]), Spacer(1, 2),
                r.text(c.printed_minutes)]
    else:
        out.append(doc.para(_w(r, "conf_minutes_not_agreed"), r.styles["small"]))
    return out
