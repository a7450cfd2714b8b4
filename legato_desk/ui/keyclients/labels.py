"""Translated words for the key-client model: criteria, levels, statuses, reasons.

The model returns enums and structured reasons; only this module turns them
into sentences, always through Qt's translation (context "KeyClients").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

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


def tr(text: str) -> str:
    return QCoreApplication.translate("KeyClients", text)


_CRITERIA = {
    Criterion.CHOSEN: "Chosen by the index client",
    Criterion.SIMILARITY: "Similar to the index client",
    Criterion.CREDIBILITY: "Credible to the index client",
    Criterion.RESILIENCE: "Resilient",
    Criterion.ACCESS: "Access and contact frequency",
    Criterion.EMOTIONAL: "Emotional involvement: guilt, anger",
    Criterion.DOGMATISM: "Own dogmatism",
    Criterion.IDEOLOGY: "Own closeness to the ideology",
    Criterion.WILLINGNESS: "Willing",
    Criterion.AVAILABILITY: "Available",
}

_HINTS = {
    Criterion.CHOSEN: "The deciding factor: does the index client still listen to, "
                      "trust or seek out this person?",
    Criterion.SIMILARITY: "Age, background, interests, language.",
    Criterion.CREDIBILITY: "In the index client's eyes.",
    Criterion.RESILIENCE: "Can carry the emotional load and stay steady under attack.",
    Criterion.ACCESS: "How often they are in contact, and how easily.",
    Criterion.EMOTIONAL: "A risk: strong guilt or anger makes controlled support hard.",
    Criterion.DOGMATISM: "A risk: a key-client who argues theology escalates.",
    Criterion.IDEOLOGY: "A risk: how close they are to the ideology themselves.",
    Criterion.WILLINGNESS: "To take on the role and be counselled.",
    Criterion.AVAILABILITY: "Time and steadiness over months.",
}

# What a clear rating says about the candidate, in a few words.
_GOOD = {
    Criterion.CHOSEN: "chosen by the index client",
    Criterion.SIMILARITY: "similar",
    Criterion.CREDIBILITY: "credible",
    Criterion.RESILIENCE: "resilient",
    Criterion.ACCESS: "frequent contact",
    Criterion.EMOTIONAL: "little guilt or anger",
    Criterion.DOGMATISM: "not dogmatic",
    Criterion.IDEOLOGY: "distant from the ideology",
    Criterion.WILLINGNESS: "willing",
    Criterion.AVAILABILITY: "available",
}
_BAD = {
    Criterion.CHOSEN: "not chosen by the index client",
    Criterion.SIMILARITY: "little similarity",
    Criterion.CREDIBILITY: "low credibility",
    Criterion.RESILIENCE: "low resilience",
    Criterion.ACCESS: "little contact",
    Criterion.EMOTIONAL: "strong guilt or anger",
    Criterion.DOGMATISM: "dogmatic",
    Criterion.IDEOLOGY: "close to the ideology",
    Criterion.WILLINGNESS: "reluctant",
    Criterion.AVAILABILITY: "rarely available",
}
_GAP = {c: text[0].lower() + text[1:] for c, text in _CRITERIA.items()}

_LEVELS = {None: "Unknown", Level.LOW: "Low", Level.MEDIUM: "Medium", Level.HIGH: "High"}

_STATUSES = {
    Status.CANDIDATE: "Candidate",
    Status.APPROACHED: "Approached",
    Status.ACTIVE: "Active",
    Status.PAUSED: "Paused",
    Status.ENDED: "Ended",
}

_END_REASONS = {
    EndReason.BY_KEYCLIENT: "Ended by the key-client",
    EndReason.GOALS_REACHED: "Goals reached",
    EndReason.NOT_SUITABLE: "Not the right key-client after all",
    EndReason.CONTACT_LOST: "Contact lost",
    EndReason.OTHER: "Other reason (describe it)",
}

_ESSENTIALS = {
    Essential.RELATIONSHIP: "Reliable relationship",
    Essential.MESSAGES: "Positive emotional messages",
    Essential.ACKNOWLEDGEMENT: "Acknowledgement",
}

_GROUNDING = {
    Grounding.NOT_STARTED: "Not started",
    Grounding.BUILDING: "Building",
    Grounding.ESTABLISHED: "Established",
}

_BASES = {
    Basis.CHOSEN: "Ahead of {name}: more clearly chosen by the index client.",
    Basis.CORE: "Ahead of {name}: equally chosen; more similar, credible or resilient.",
    Basis.FURTHER: "Ahead of {name}: equal on the main criteria, stronger on the others.",
    Basis.KNOWN: "Ahead of {name}: equal so far, fewer gaps.",
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
