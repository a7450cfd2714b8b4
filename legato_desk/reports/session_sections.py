"""Report sections from the session records: tasks with their progress chart,
session summaries (facts, and reflection where the audience may read it),
setbacks and next steps.
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.validators import Auto
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from legato_desk.model.export import Audience, Section
from legato_desk.model.palette import SERIES
from legato_desk.model.progress import dodge, progress_series
from legato_desk.model.session import GROUNDING, Task, TaskStatus
from legato_desk.model.task_state import events_of_sessions, task_states
from legato_desk.reports import document as doc

WIDTH = doc.A4[0] - 2 * doc.MARGIN
MARKER_SIZE = 4.2                # points
STEP = MARKER_SIZE + 1.2         # between the centres of coinciding points
# model.palette's marker names as reportlab draws them
_KINDS = {"circle": "Circle", "square": "Square", "diamond": "Diamond", "triangle": "Triangle",
          "cross": "Cross", "star": "StarFive"}


def _date(r, value) -> str:
    return doc.format_date(value, r.labels.language) if value else ""


def _status(r, task: Task, status: TaskStatus) -> str:
    if task in GROUNDING and status is TaskStatus.IN_PROGRESS:
        return r.labels["gr_building"]
    if task in GROUNDING and status is TaskStatus.ACHIEVED:
        return r.labels["gr_established"]
    return r.labels[f"ts_{status.value}"]


def _sessions(r) -> list:
    """The sessions this export covers (period, exclusions, own file: with the person)."""
    chosen = [x for x in r.data.sessions if x.id not in r.request.excluded_sessions
              and r.request.in_period(x.held_at.date())]
    if r.request.audience is Audience.OWN_FILE:
        chosen = [x for x in chosen if r.request.person_id in x.key_clients]
    return sorted(chosen, key=lambda x: x.held_at)


def profiles(r, person_id: int | None = None) -> list:
    """The grounding of the key-clients a view covers: one person's, or every
    chosen key-client's of the case (model.task_state.task_states)."""
    return [c.grounding for c in r.data.candidates if c.is_keyclient
            and (person_id is None or c.person_id == person_id)]


def states(r, person_id: int | None = None) -> list:
    """Where each task stands in this export: the sessions it covers (only those
    ``person_id`` took part in, if given) and the key-clients' profiles."""
    chosen = _sessions(r)
    if person_id is not None:
        chosen = [x for x in chosen if person_id in x.key_clients]
    return task_states(events_of_sessions(chosen), profiles(r, person_id))


def state_word(r, row) -> str:
    """The status of a task_states row, saying where a grounding state comes from."""
    word = _status(r, row.task, row.status)
    return f"{word} ({r.labels['from_profile']})" if row.from_profile else word


def tasks(r) -> list:
    out = [r.heading("section_tasks")]
    rows = [[r.labels["task"], r.labels["status"], r.labels["sessions_n"],
             r.labels["last_rating"], r.labels["setbacks_n"], r.labels["next_step"]]]
    own = r.request.person_id if r.request.audience is Audience.OWN_FILE else None
    for row in states(r, own):
        rows.append([r.labels[f"task_{row.task.value}"], state_word(r, row), str(row.sessions),
                     "" if row.last_rating is None else str(row.last_rating),
                     str(row.setbacks) if row.setbacks else "", r.names.text(row.next_step)])
    out.append(r.table(rows, [41 * mm, 33 * mm, 23 * mm, 17 * mm, 27 * mm, WIDTH - 141 * mm]))
    series = progress_series(events_of_sessions(_sessions(r)))
    if series:
        out += [Spacer(1, 6), doc.para(r.labels["progress_chart"], r.styles["label"]),
                _chart(r, series)]
    return out


def marker(task: Task):
    """The task's marker as the app draws it (model.palette.SERIES)."""
    style = SERIES[task]
    colour = colors.HexColor(style.colour)
    return makeMarker(("Filled" if style.filled else "") + _KINDS[style.marker],
                      size=MARKER_SIZE, strokeColor=colour, strokeWidth=0.8,
                      fillColor=colour if style.filled else colors.white)


def _chart(r, series) -> Drawing:
    """Rating per task per session, styled as the app's Progress tab: coinciding
    points (one day, one rating) moved apart along the time axis (model.progress.dodge)."""
    height = 62 * mm
    d = Drawing(WIDTH, height)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 30, 22, WIDTH - 190, height - 40
    tasks = list(series)  # legend in the practice's order
    days = [pt.held_at.toordinal() for t in tasks for pt in series[t]]
    low, high = min(days), max(days)
    if low == high:
        low, high = low - 1, high + 1
    per_point = (high - low) / plot.width  # days per point of paper
    slots = dodge(series)
    plot.data = [[(pt.held_at.toordinal() + k * STEP * per_point, pt.rating)
                  for pt, k in zip(series[t], slots[t])] for t in tasks]
    for i, task in enumerate(tasks):
        line = plot.lines[i]
        line.strokeColor = colors.HexColor(SERIES[task].colour)
        line.strokeWidth = 1.2
        line.strokeDashArray = [3, 2] if SERIES[task].dashed else None
        line.symbol = marker(task)
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax, plot.yValueAxis.valueStep = 0, 5, 1
    plot.yValueAxis.labels.fontName = doc.FONT
    plot.yValueAxis.labels.fontSize = 7
    spread = max((abs(k) for row in slots.values() for k in row), default=0) * STEP
    margin = (spread + MARKER_SIZE) * per_point
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = low - margin, high + margin
    plot.xValueAxis.valueSteps = [low, (low + high) / 2, high]
    plot.xValueAxis.labelTextFormat = lambda v: _date(r, date.fromordinal(int(v)))
    plot.xValueAxis.labels.fontName = doc.FONT
    plot.xValueAxis.labels.fontSize = 7
    d.add(plot)
    legend = Legend()
    legend.x, legend.y = WIDTH - 150, height - 8
    legend.fontName, legend.fontSize = doc.FONT, 7
    legend.alignment = "right"
    legend.columnMaximum = 9
    legend.dx, legend.dy = 18, 6
    legend.colorNamePairs = [(Auto(chart=plot, index=i), r.labels[f"task_{t.value}"])
                             for i, t in enumerate(tasks)]
    d.add(legend)
    d.add(String(2, height - 8, r.labels["rating_axis"], fontName=doc.FONT, fontSize=7,
                 fillColor=doc.MUTED))
    return d


def sessions(r) -> list:
    out = [r.heading("section_sessions")]
    chosen = _sessions(r)
    if not chosen:
        return out + [doc.para(r.labels["nothing_recorded"], r.styles["small"])]
    with_reflection = r.request.includes(Section.REFLECTION)
    for x in chosen:
        present = ", ".join(r.names.label(pid) for pid in x.key_clients)
        if x.others.strip():
            present = ", ".join(filter(None, (present, r.names.text(x.others))))
        head = (f"{_date(r, x.held_at)} · {r.labels['mode_' + x.mode.value]} · "
                f"{x.duration_min} min" + (f" · {present}" if present else ""))
        block = [doc.para(head, r.styles["h2"]), _signature(r, x)]
        if x.facts.strip():
            block += [doc.para(r.labels["facts"], r.styles["label"]), r.text(x.facts)]
        if x.sources:
            rows = [[r.labels["fact"], r.labels["source"]]]
            rows += [[r.names.text(f.text), r.labels["verified"] if f.verified
                      else r.names.text(f.source)] for f in x.sources]
            block.append(r.table(rows, [WIDTH - 60 * mm, 60 * mm]))
        out.append(KeepTogether(block))
        if with_reflection and x.reflection.strip():
            out += [doc.para(r.labels["reflection"], r.styles["label"]), r.text(x.reflection)]
        state = [f"{r.labels[k]} {v}/5" for k, v in (("stress", x.stress), ("guilt", x.guilt),
                                                      ("resilience", x.resilience))
                 if v is not None]
        if state:
            out.append(doc.para(r.labels["kc_state"] + ": " + ", ".join(state),
                                r.styles["small"]))
        if x.tasks:
            rows = [[r.labels["task"], r.labels["what_done"], r.labels["rating"],
                     r.labels["status"]]]
            for e in x.tasks:
                rows.append([r.labels[f"task_{e.task.value}"], r.names.text(e.done),
                             "" if e.rating is None else str(e.rating),
                             _status(r, e.task, e.status)])
            out.append(r.table(rows, [48 * mm, WIDTH - 108 * mm, 16 * mm, 44 * mm]))
        for a in x.addenda:
            out.append(doc.para(f"{r.labels['addendum']} {_date(r, a.written_at)}: "
                                f"{r.names.text(a.text)}", r.styles["small"]))
        out.append(Spacer(1, 4))
    return out


def _signature(r, x):
    """Who signed the record off and when, or a plain mark that it is a draft:
    an unsigned record may still change and must not read like a signed one."""
    if not x.signed:
        return doc.para(r.labels["unsigned"], r.styles["warning"])
    at = x.signed_at.astimezone()
    when = f"{_date(r, at)} {at:%H:%M}"
    if x.signed_by.strip():
        return doc.para(r.labels.get("signed_by", by=r.names.text(x.signed_by), when=when),
                        r.styles["small"])
    return doc.para(r.labels.get("signed_on", when=when), r.styles["small"])


def setbacks(r) -> list:
    rows = [[r.labels["date"], r.labels["task"], r.labels["setback"]]]
    for x in _sessions(r):
        for e in x.tasks:
            if e.setback.strip():
                rows.append([_date(r, x.held_at), r.labels[f"task_{e.task.value}"],
                             r.names.text(e.setback)])
    out = [r.heading("section_setbacks")]
    if len(rows) == 1:
        return out + [doc.para(r.labels["no_setbacks"], r.styles["small"])]
    return out + [doc.para(r.labels["setbacks_note"], r.styles["small"]),
                  r.table(rows, [24 * mm, 48 * mm, WIDTH - 72 * mm])]


def next_steps(r) -> list:
    out = [r.heading("section_next_steps")]
    chosen = _sessions(r)
    latest = chosen[-1] if chosen else None
    rows = []
    if latest is not None and latest.next_steps.strip():
        rows.append([r.labels["agreed"] + f" ({_date(r, latest.held_at)})",
                     r.names.text(latest.next_steps)])
    if latest is not None and latest.follow_up_on:
        rows.append([r.labels["follow_up"], _date(r, latest.follow_up_on)])
    steps = {}
    for x in chosen:
        for e in x.tasks:
            if e.next_step.strip():
                steps[e.task] = e.next_step
    for task in Task:
        if task in steps:
            rows.append([r.labels[f"task_{task.value}"], r.names.text(steps[task])])
    if not rows:
        return out + [doc.para(r.labels["nothing_recorded"], r.styles["small"])]
    return out + [r.table(rows, [55 * mm, WIDTH - 55 * mm], header=False)]
