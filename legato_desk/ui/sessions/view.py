"""A signed-off record as a read-only document, with its dated addenda."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from legato_desk.model.session import SessionRecord, TaskGroup
from legato_desk.ui.sessions.labels import group_name, mode_name, status_name, task_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionView", text)


def _para(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines()) or "–"


def record_html(record: SessionRecord, key_clients: str, measures=()) -> str:
    """``key_clients``: who was present, each labelled with what they were that day;
    ``measures``: what the measures of the plan it worked on said when it was saved."""
    h = record.held_at
    out = [f"<h3>{h:%d.%m.%Y %H:%M} · {escape(mode_name(record.mode))} · "
           f"{record.duration_min} min</h3>"]
    if record.signed_at is not None:
        out.append("<p style='color:#2e6b30'>✔ " + escape(_tr("Signed off {when} by {who}").format(
            when=record.signed_at.astimezone().strftime("%d.%m.%Y %H:%M"),
            who=record.signed_by or "–")) + "</p>")
    people = key_clients or "–"
    if record.others:
        people += " · " + _tr("also: {others}").format(others=record.others)
    out.append(f"<p><b>{escape(_tr('Present'))}:</b> {escape(people)}</p>")
    out.append(f"<h4>{escape(_tr('What happened / facts'))}</h4><p>{_para(record.facts)}</p>")
    if record.sources:
        out.append("<ul>")
        for fact in record.sources:
            source = _tr("verified") if fact.verified else fact.source
            out.append(f"<li>{escape(fact.text)} <i>({escape(source or _tr('no source'))})</i></li>")
        out.append("</ul>")
    out.append(f"<h4>{escape(_tr('Reflection'))}</h4>"
               f"<p style='background:#f5f2fa'>{_para(record.reflection)}</p>")
    state = [f"{escape(name)} {value}" for name, value in (
        (_tr("stress"), record.stress), (_tr("guilt"), record.guilt),
        (_tr("resilience"), record.resilience)) if value is not None]
    if state or record.state_note:
        out.append(f"<p><b>{escape(_tr('State'))}:</b> {', '.join(state)}"
                   f"{' – ' if state and record.state_note else ''}{escape(record.state_note)}</p>")
    for group in TaskGroup:
        entries = [e for e in record.tasks if e.task.group is group]
        if not entries:
            continue
        out.append(f"<h4>{escape(group_name(group))}</h4><ul>")
        for e in entries:
            bits = [status_name(e.status, e.task)]
            if e.rating is not None:
                bits.append(_tr("progress {n}/5").format(n=e.rating))
            line = f"<li><b>{escape(task_name(e.task))}</b> ({escape(', '.join(bits))})"
            if e.done:
                line += f"<br>{_para(e.done)}"
            if e.setback:
                line += f"<br><i>{escape(_tr('Setback'))}:</i> {escape(e.setback)}"
            if e.next_step:
                line += f"<br><i>{escape(_tr('Next step'))}:</i> {escape(e.next_step)}"
            out.append(line + "</li>")
        out.append("</ul>")
    if measures:
        out.append(f"<h4>{escape(_tr('Measures of the plan worked on'))}</h4><ul>"
                   + "".join(f"<li>{escape(m)}</li>" for m in measures) + "</ul>")
    out.append(f"<h4>{escape(_tr('Next steps'))}</h4><p>{_para(record.next_steps)}</p>")
    if record.follow_up_on:
        out.append(f"<p><b>{escape(_tr('Follow-up on'))}:</b> {record.follow_up_on:%d.%m.%Y}</p>")
    if record.addenda:
        out.append(f"<h4>{escape(_tr('Addenda'))}</h4>")
        for a in record.addenda:
            when = a.written_at.astimezone().strftime("%d.%m.%Y %H:%M")
            out.append(f"<p><b>{when}</b> {escape(a.by)}<br>{_para(a.text)}</p>")
    return "".join(out)
