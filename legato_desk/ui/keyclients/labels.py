"""Translated words for the key-client model: criteria, levels, statuses, reasons.

The model returns enums and structured reasons; only this module turns them
into sentences, always through Qt's translation (context "KeyClients").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from legato_desk.model.keyclients import (
    Basis,
    Criterion,
    EndReason,
    Essential,
    Grounding,
    Level,
    Standing,
    Status,
)


def _n(text: str) -> str:
    """Marks a table entry for translation (context "KeyClients"); the lookup is later."""
    return QT_TRANSLATE_NOOP("KeyClients", text)


def tr(text: str) -> str:
    return QCoreApplication.translate("KeyClients", text)


_CRITERIA = {
    Criterion.CHOSEN: _n("Chosen by the index client"),
    Criterion.SIMILARITY: _n("Similar to the index client"),
    Criterion.CREDIBILITY: _n("Credible to the index client"),
    Criterion.RESILIENCE: _n("Resilient"),
    Criterion.ACCESS: _n("Access and contact frequency"),
    Criterion.EMOTIONAL: _n("Emotional involvement: guilt, anger"),
    Criterion.DOGMATISM: _n("Own dogmatism"),
    Criterion.IDEOLOGY: _n("Own closeness to the ideology"),
    Criterion.WILLINGNESS: _n("Willing"),
    Criterion.AVAILABILITY: _n("Available"),
}

_HINTS = {
    Criterion.CHOSEN: _n("The deciding factor: does the index client still listen to, "
                         "trust or seek out this person?"),
    Criterion.SIMILARITY: _n("Age, background, interests, language."),
    Criterion.CREDIBILITY: _n("In the index client's eyes."),
    Criterion.RESILIENCE: _n("Can carry the emotional load and stay steady under attack."),
    Criterion.ACCESS: _n("How often they are in contact, and how easily."),
    Criterion.EMOTIONAL: _n("A risk: strong guilt or anger makes controlled support hard."),
    Criterion.DOGMATISM: _n("A risk: a key-client who argues theology escalates."),
    Criterion.IDEOLOGY: _n("A risk: how close they are to the ideology themselves."),
    Criterion.WILLINGNESS: _n("To take on the role and be counselled."),
    Criterion.AVAILABILITY: _n("Time and steadiness over months."),
}

# What a clear rating says about the candidate, in a few words.
_GOOD = {
    Criterion.CHOSEN: _n("chosen by the index client"),
    Criterion.SIMILARITY: _n("similar"),
    Criterion.CREDIBILITY: _n("credible"),
    Criterion.RESILIENCE: _n("resilient"),
    Criterion.ACCESS: _n("frequent contact"),
    Criterion.EMOTIONAL: _n("little guilt or anger"),
    Criterion.DOGMATISM: _n("not dogmatic"),
    Criterion.IDEOLOGY: _n("distant from the ideology"),
    Criterion.WILLINGNESS: _n("willing"),
    Criterion.AVAILABILITY: _n("available"),
}
_BAD = {
    Criterion.CHOSEN: _n("not chosen by the index client"),
    Criterion.SIMILARITY: _n("little similarity"),
    Criterion.CREDIBILITY: _n("low credibility"),
    Criterion.RESILIENCE: _n("low resilience"),
    Criterion.ACCESS: _n("little contact"),
    Criterion.EMOTIONAL: _n("strong guilt or anger"),
    Criterion.DOGMATISM: _n("dogmatic"),
    Criterion.IDEOLOGY: _n("close to the ideology"),
    Criterion.WILLINGNESS: _n("reluctant"),
    Criterion.AVAILABILITY: _n("rarely available"),
}
_GAP = {  # the criterion as a thing still to find out, inside a sentence
    Criterion.CHOSEN: _n("chosen by the index client"),
    Criterion.SIMILARITY: _n("similar to the index client"),
    Criterion.CREDIBILITY: _n("credible to the index client"),
    Criterion.RESILIENCE: _n("resilient"),
    Criterion.ACCESS: _n("access and contact frequency"),
    Criterion.EMOTIONAL: _n("emotional involvement: guilt, anger"),
    Criterion.DOGMATISM: _n("own dogmatism"),
    Criterion.IDEOLOGY: _n("own closeness to the ideology"),
    Criterion.WILLINGNESS: _n("willing"),
    Criterion.AVAILABILITY: _n("available"),
}

_LEVELS = {None: _n("Unknown"), Level.LOW: _n("Low"), Level.MEDIUM: _n("Medium"),
           Level.HIGH: _n("High")}

_STATUSES = {
    Status.CANDIDATE: _n("Candidate"),
    Status.APPROACHED: _n("Approached"),
    Status.ACTIVE: _n("Active"),
    Status.PAUSED: _n("Paused"),
    Status.ENDED: _n("Ended"),
}

_END_REASONS = {
    EndReason.BY_KEYCLIENT: _n("Ended by the key-client"),
    EndReason.GOALS_REACHED: _n("Goals reached"),
    EndReason.NOT_SUITABLE: _n("Not the right key-client after all"),
    EndReason.CONTACT_LOST: _n("Contact lost"),
    EndReason.OTHER: _n("Other reason (describe it)"),
}

_ESSENTIALS = {
    Essential.RELATIONSHIP: _n("Reliable relationship"),
    Essential.MESSAGES: _n("Positive emotional messages"),
    Essential.ACKNOWLEDGEMENT: _n("Acknowledgement"),
}

_GROUNDING = {
    Grounding.NOT_STARTED: _n("Not started"),
    Grounding.BUILDING: _n("Building"),
    Grounding.ESTABLISHED: _n("Established"),
}

_BASES = {
    Basis.CHOSEN: _n("Ahead of {name}: more clearly chosen by the index client."),
    Basis.CORE: _n("Ahead of {name}: equally chosen; more similar, credible or resilient."),
    Basis.FURTHER: _n("Ahead of {name}: equal on the main criteria, stronger on the others."),
    Basis.KNOWN: _n("Ahead of {name}: equal so far, fewer gaps."),
}


def criterion_name(c: Criterion) -> str:
    return tr(_CRITERIA[c])


def criterion_hint(c: Criterion) -> str:
    return tr(_HINTS[c])


def level_name(level: Level | None) -> str:
    return tr(_LEVELS[level])


def status_name(status: Status) -> str:
    return tr(_STATUSES[status])


def end_reason_name(reason: EndReason) -> str:
    return tr(_END_REASONS[reason])


def essential_name(e: Essential) -> str:
    return tr(_ESSENTIALS[e])


def grounding_name(g: Grounding) -> str:
    return tr(_GROUNDING[g])


def good_words(c: Criterion) -> str:
    return tr(_GOOD[c])


def bad_words(c: Criterion) -> str:
    return tr(_BAD[c])


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return tr("{most} and {last}").format(most=", ".join(items[:-1]), last=items[-1])


def strengths_text(s: Standing, limit: int = 3) -> str:
    if not s.strengths:
        return tr("Strongest: nothing clear yet")
    return tr("Strongest: {list}").format(list=_join([good_words(c) for c in s.strengths[:limit]]))


def concerns_text(s: Standing) -> str:
    if not s.concerns:
        return tr("Concern: none recorded")
    return tr("Concern: {list}").format(list=_join([bad_words(c) for c in s.concerns]))


def gaps_text(s: Standing) -> str:
    if not s.gaps:
        return tr("Nothing left unknown")
    return tr("To find out: {list}").format(list=_join([tr(_GAP[c]) for c in s.gaps]))


def gaps_count_text(s: Standing) -> str:
    if not s.gaps:
        return tr("Nothing left unknown")
    if len(s.gaps) == 1:
        return tr("1 criterion to find out")
    return tr("{count} criteria to find out").format(count=len(s.gaps))


def place_text(s: Standing, next_name: str | None) -> str:
    if s.tied_with_next and next_name is not None:
        return tr("Level with {name}: nothing tells them apart yet.").format(name=next_name)
    if s.ahead_because is None or next_name is None:
        return ""
    return tr(_BASES[s.ahead_because]).format(name=next_name)
