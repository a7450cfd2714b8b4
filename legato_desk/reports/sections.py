"""Report sections about people and safety: key-clients, safeguarding, sharing.

Each builder takes the ``Report`` of ``case_report`` and returns flowables.
What an audience sees differs inside a section too: a case conference gets
who the key-clients are and where they stand, supervision also the
assessment and the rationale.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from legato_desk.model import keyclients as k
from legato_desk.model.export import Audience
from legato_desk.model.safeguarding import DisclosureKind
from legato_desk.model.task_state import grounding_states
from legato_desk.reports import document as doc
from legato_desk.reports import session_sections

WIDTH = doc.A4[0] - 2 * doc.MARGIN
LEVEL_KEYS = {None: "level_unknown", k.Level.LOW: "level_low", k.Level.MEDIUM: "level_medium",
              k.Level.HIGH: "level_high"}


def _date(r, value) -> str:
    return doc.format_date(value, r.labels.language) if value else ""


def keyclients(r) -> list:
    data = r.data
    if r.request.audience is Audience.OWN_FILE:
        chosen = [c for c in data.candidates if c.person_id == r.request.person_id]
    else:
        chosen = [c for c in data.candidates if r.request.shows_keyclient(c.status)]
    out = [r.heading("section_keyclients")]
    if not chosen:
        return out + [doc.para(r.labels["nothing_recorded"], r.styles["small"])]
    order = {s.candidate_id: s for s in data.standings}
    chosen.sort(key=lambda c: (order[c.id].rank if c.id in order else 99, c.id))
    full = r.request.audience is not Audience.CASE_CONFERENCE
    rows = [[r.labels["person"], r.labels["status"], r.labels["decided_on"],
             r.labels["relation"]]]
    for c in chosen:
        rows.append([r.names.label(c.person_id), r.labels[f"kc_{c.status.value}"],
                     _date(r, c.decided_on), r.names.text(c.relation)])
    out.append(r.table(rows, [55 * mm, 30 * mm, 28 * mm, WIDTH - 113 * mm]))
    if not full:
        return out
    for c in chosen:
        out += _candidate(r, c, order.get(c.id))
    return out


def _candidate(r, c: k.Candidate, standing: k.Standing | None) -> list:
    block = [doc.para(r.names.label(c.person_id), r.styles["h2"])]
    if standing is not None:
        def rated(criteria) -> str:  # "own dogmatism (low)": a risk reads right either way
            return ", ".join(
                f"{r.labels['crit_' + x.value]} ({r.labels[LEVEL_KEYS[c.assessments[x].level]]})"
                for x in criteria)

        words = []
        if standing.strengths:
            words.append(r.labels["strengths"] + ": " + rated(standing.strengths))
        if standing.concerns:
            words.append(r.labels["concerns"] + ": " + rated(standing.concerns))
        if standing.gaps:
            words.append(r.labels["gaps"] + ": " + ", ".join(
                r.labels[f"crit_{x.value}"] for x in standing.gaps))
        block.append(doc.para(f"{r.labels['rank']} {standing.rank}. " + "; ".join(words),
                              r.styles["body"]))
    rows = [[r.labels["criterion"], r.labels["rating"], r.labels["evidence"]]]
    for criterion in k.Criterion:
        a = c.assessments.get(criterion, k.Assessment())
        name = r.labels[f"crit_{criterion.value}"]
        if criterion.is_risk:
            name += f" ({r.labels['risk_word']})"
        rows.append([name, r.labels[LEVEL_KEYS[a.level]], r.names.text(a.evidence)])
    block.append(r.table(rows, [52 * mm, 24 * mm, WIDTH - 76 * mm]))
    out = [KeepTogether(block)]
    if c.is_keyclient:
        out += [doc.para(r.labels["rationale"], r.styles["label"]), r.text(c.rationale)]
        # The same answer as the task table (model.task_state): the sessions this
        # key-client took part in decide, the profile stands until one does.
        standing = grounding_states(session_sections.states(r, c.person_id))
        grounding = [[r.labels[f"ess_{e.value}"], _grounding_word(r, standing[e])]
                     for e in k.Essential]
        out += [doc.para(r.labels["grounding"], r.styles["label"]),
                r.table(grounding, [70 * mm, WIDTH - 70 * mm], header=False)]
        events = r.data.histories.get(c.id, [])
        if events:
            rows = [[r.labels["date"], r.labels["status"], r.labels["note"]]]
            for e in events:
                note = r.names.text(e.note)
                if e.end_reason is not None:
                    note = " — ".join(filter(None, (r.labels["end_" + e.end_reason.value],
                                                    note)))
                rows.append([_date(r, e.on), r.labels[f"kc_{e.status.value}"], note])
            out += [doc.para(r.labels["history"], r.styles["label"]),
                    r.table(rows, [28 * mm, 30 * mm, WIDTH - 58 * mm])]
    out.append(Spacer(1, 6))
    return out


def _grounding_word(r, row) -> str:
    """"building (session of 03 Dec 2026, rating 4)", "established (key-client profile)"."""
    word = session_sections.state_word(r, row)
    if row.sessions and row.last_activity is not None:
        where = r.labels.get("from_session", date=_date(r, row.last_activity))
        if row.last_rating is not None:
            where += f", {r.labels['rating_axis']} {row.last_rating}"
        word += f" ({where})"
    return word


def safeguarding(r) -> list:
    out = [r.heading("section_safeguarding")]
    escalations = r.data.escalations
    if not escalations:
        return out + [doc.para(r.labels["no_flags"], r.styles["small"])]
    full = r.request.audience is Audience.SUPERVISION
    for e in escalations:
        state = (r.labels.get("closed_on", date=_date(r, e.closed_at)) if e.closed_at
                 else r.labels["flag_open"])
        head = (f"{r.labels['flag_' + e.flag.value]} · "
                f"{r.labels.get('raised_on', date=_date(r, e.raised_at))} · {state}")
        block = [doc.para(head, r.styles["h2"])]
        if full and e.reason.strip():
            block.append(r.text(e.reason))
        steps = [[r.labels["step"], r.labels["step_state"]]]
        for step in e.steps:
            steps.append([r.names.text(step.text), r.labels[f"step_{step.state.value}"]])
        if len(steps) > 1:
            block.append(r.table(steps, [WIDTH - 40 * mm, 40 * mm]))
        out.append(KeepTogether(block))
        if e.disclosures:
            out.append(_disclosures(r, e.disclosures))
        if full and e.closing_note.strip():
            out += [doc.para(r.labels["closing_note"], r.styles["label"]),
                    r.text(e.closing_note)]
    return out


def _disclosures(r, disclosures) -> object:
    rows = [[r.labels["date"], r.labels["recipient"], r.labels["what"], r.labels["ground"]]]
    for d in disclosures:
        rows.append([_date(r, d.shared_at), r.names.text(d.recipient), r.names.text(d.what),
                     r.labels[f"ground_{d.ground.value}"]])
    return r.table(rows, [24 * mm, 45 * mm, WIDTH - 109 * mm, 40 * mm])


def sharing(r) -> list:
    out = [r.heading("section_sharing")]
    if not r.data.disclosures:
        return out + [doc.para(r.labels["nothing_recorded"], r.styles["small"])]
    return out + [_disclosures(r, r.data.disclosures)]


def participants(r) -> list:
    """Who is involved: the key-clients the audience hears of, and the agencies
    the counsellor informed. The app's own exports (kind EXPORT, recipient
    "supervision", "case conference", ...) are entries of the sharing log, not
    agencies involved in the case."""
    out = [r.heading("section_participants")]
    rows = [[r.labels["person"], r.labels["role"]]]
    for c in r.data.candidates:
        if (c.is_keyclient and c.status is not k.Status.ENDED
                and r.request.shows_keyclient(c.status)):
            rows.append([r.names.label(c.person_id), r.labels["badge_keyclient"]])
    seen = set()
    for d in r.data.disclosures:
        if d.kind is not DisclosureKind.DISCLOSURE:
            continue
        name = r.names.text(d.recipient)
        if name not in seen:
            seen.add(name)
            rows.append([name, r.labels["agency_informed"]])
    if len(rows) == 1:
        return out + [doc.para(r.labels["nothing_recorded"], r.styles["small"])]
    return out + [r.table(rows, [90 * mm, WIDTH - 90 * mm])]
