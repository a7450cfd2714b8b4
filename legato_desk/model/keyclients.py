"""Choosing and following key-clients: criteria, comparison, status rules.

A candidate is a person on the map who might become a key-client. The
counsellor rates each criterion on a small ordinal scale (low, medium, high)
or leaves it unknown. Some criteria are *resources* (higher is better), some
are *risks* (higher is worse: own dogmatism, own closeness to the ideology,
emotional involvement). ``compare`` orders the candidates and explains the
order in structured reasons; it never produces a number to show. Being
chosen by the index client is the deciding factor: it is compared first,
and nothing below it can outweigh it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Mapping

from legato_desk.errors import ValidationError, label
from legato_desk.model.map import Sector

EVIDENCE_MAX = 500
RATIONALE_MAX = 5000
NOTE_MAX = 5000
REASON_MAX = 1000


class Level(enum.IntEnum):
    """A rating; ``None`` stands for "unknown" wherever a Level is expected."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Polarity(enum.Enum):
    RESOURCE = "resource"  # higher is better
    RISK = "risk"          # higher is worse


class Tier(enum.IntEnum):
    """How much a criterion weighs; a smaller value is compared first."""

    DECIDING = 0   # chosen by the index client
    CORE = 1       # similar, credible, resilient
    FURTHER = 2    # everything else worth recording


class Criterion(enum.Enum):
    CHOSEN = "chosen"                  # the index client listens to / seeks out this person
    SIMILARITY = "similarity"
    CREDIBILITY = "credibility"
    RESILIENCE = "resilience"
    ACCESS = "access"                  # access and contact frequency
    EMOTIONAL = "emotional"            # emotional involvement: guilt, anger
    DOGMATISM = "dogmatism"            # own dogmatism
    IDEOLOGY = "ideology"              # own closeness to the ideology
    WILLINGNESS = "willingness"
    AVAILABILITY = "availability"

    @property
    def polarity(self) -> Polarity:
        return Polarity.RISK if self in _RISK_CRITERIA else Polarity.RESOURCE

    @property
    def tier(self) -> Tier:
        if self is Criterion.CHOSEN:
            return Tier.DECIDING
        if self in (Criterion.SIMILARITY, Criterion.CREDIBILITY, Criterion.RESILIENCE):
            return Tier.CORE
        return Tier.FURTHER

    @property
    def is_risk(self) -> bool:
        return self.polarity is Polarity.RISK


_RISK_CRITERIA = frozenset({Criterion.EMOTIONAL, Criterion.DOGMATISM, Criterion.IDEOLOGY})


def merit(criterion: Criterion, level: Level | None) -> int:
    """+1 speaks for the candidate, -1 against, 0 neither (medium or unknown)."""
    if level is None or level is Level.MEDIUM:
        return 0
    good = level is Level.HIGH
    if criterion.is_risk:
        good = not good
    return 1 if good else -1


# -- comparison ---------------------------------------------------------------

class Basis(enum.Enum):
    """Why one candidate stands above the next one."""

    CHOSEN = "chosen"      # more clearly chosen by the index client
    CORE = "core"          # same on chosen; better on similar/credible/resilient
    FURTHER = "further"    # same so far; better on the further criteria
    KNOWN = "known"        # same so far; fewer gaps


# Chosen: clearly > partly > not known yet > clearly not.
_CHOSEN_ORDER = {Level.HIGH: 3, Level.MEDIUM: 2, None: 1, Level.LOW: 0}


@dataclass(frozen=True)
class Standing:
    """One candidate's place in the comparison and the words for it."""

    candidate_id: int
    rank: int                               # 1 is first; tied candidates share a rank
    strengths: tuple[Criterion, ...]        # most important first
    concerns: tuple[Criterion, ...]
    gaps: tuple[Criterion, ...]             # unknown: to find out about
    ahead_because: Basis | None = None      # why above the next one (None: last or tied)
    tied_with_next: bool = False


def _key(levels: Mapping[Criterion, Level | None]) -> tuple[int, int, int, int]:
    def balance(tier: Tier) -> int:
        return sum(merit(c, levels.get(c)) for c in Criterion if c.tier is tier)

    known = sum(levels.get(c) is not None for c in Criterion)
    return (_CHOSEN_ORDER[levels.get(Criterion.CHOSEN)], balance(Tier.CORE),
            balance(Tier.FURTHER), known)


_BASES = (Basis.CHOSEN, Basis.CORE, Basis.FURTHER, Basis.KNOWN)


def compare(candidates: Mapping[int, Mapping[Criterion, Level | None]]) -> list[Standing]:
    """The candidates best first, each with its reasons.

    ``candidates`` maps a candidate id to its ratings (a missing criterion is
    unknown). Equal candidates keep the order of their ids and share a rank.
    """
    keyed = sorted(((_key(levels), cid) for cid, levels in candidates.items()),
                   key=lambda item: (tuple(-k for k in item[0]), item[1]))
    out: list[Standing] = []
    rank = 0
    for i, (key, cid) in enumerate(keyed):
        if i == 0 or keyed[i - 1][0] != key:
            rank = i + 1
        after = keyed[i + 1][0] if i + 1 < len(keyed) else None
        basis = None
        if after is not None and after != key:
            basis = next(b for b, mine, theirs in zip(_BASES, key, after) if mine != theirs)
        levels = candidates[cid]
        out.append(Standing(
            candidate_id=cid, rank=rank,
            strengths=tuple(c for c in _by_weight() if merit(c, levels.get(c)) > 0),
            concerns=tuple(c for c in _by_weight() if merit(c, levels.get(c)) < 0),
            gaps=tuple(c for c in _by_weight() if levels.get(c) is None),
            ahead_because=basis, tied_with_next=after == key))
    return out


def _by_weight() -> list[Criterion]:
    """Criteria in the order they weigh: deciding, core, then risks, then the rest."""
    return sorted(Criterion, key=lambda c: (c.tier, c.tier is Tier.FURTHER and not c.is_risk))


# -- status over time ------------------------------------------------------------

class Status(enum.Enum):
    CANDIDATE = "candidate"
    APPROACHED = "approached"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class EndReason(enum.Enum):
    BY_KEYCLIENT = "by_keyclient"      # counselling ends when the key-client says so
    GOALS_REACHED = "goals_reached"
    NOT_SUITABLE = "not_suitable"      # the counsellor's judgement: not the right person
    CONTACT_LOST = "contact_lost"
    OTHER = "other"                    # needs words


TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.CANDIDATE: frozenset({Status.APPROACHED}),
    Status.APPROACHED: frozenset({Status.ACTIVE, Status.PAUSED, Status.ENDED}),
    Status.ACTIVE: frozenset({Status.PAUSED, Status.ENDED}),
    Status.PAUSED: frozenset({Status.ACTIVE, Status.ENDED}),
    Status.ENDED: frozenset({Status.APPROACHED}),  # approached again later
}


def next_statuses(current: Status, *, decided: bool) -> list[Status]:
    """The statuses a key-client may move to now, in the usual order."""
    if current is Status.CANDIDATE and not decided:
        return []
    return [s for s in Status if s in TRANSITIONS[current]]


def check_transition(current: Status, new: Status, *, decided: bool,
                     end_reason: EndReason | None = None, note: str = "") -> str:
    """The cleaned note, or ValidationError when the change is not allowed."""
    note = clean_text(note, REASON_MAX, label("The reason"))
    if new not in TRANSITIONS[current]:
        raise ValidationError("This status change is not possible from the current status.")
    if current is Status.CANDIDATE and not decided:
        raise ValidationError(
            "Decide first: a candidate is approached only once chosen as key-client.")
    if current is Status.ENDED and new is Status.APPROACHED and not note.strip():
        raise ValidationError(
            "The work with this key-client had ended. Write down why you approach them "
            "again: the reason is part of the re-approach.")
    if new is Status.ENDED:
        if end_reason is None:
            raise ValidationError("Say why the work with this key-client ends.")
        if end_reason is EndReason.OTHER and not note.strip():
            raise ValidationError("Describe the reason for ending in a few words.")
    elif end_reason is not None:
        raise ValueError("an end reason belongs to ending only")
    return note


def check_event_date(on: date, *, earliest: date, today: date) -> None:
    """A decision or status change is dated between the previous step and today."""
    if on > today:
        raise ValidationError("A step in the history cannot be dated in the future.")
    if on < earliest:
        raise ValidationError(
            "A step in the history cannot be dated before the step that came before it.")


def clean_rationale(text: str) -> str:
    text = clean_text(text, RATIONALE_MAX, label("The rationale"))
    if not text.strip():
        raise ValidationError(
            "Write down why this person becomes the key-client: the rationale is "
            "part of the decision.")
    return text.strip()


def clean_text(text: str, limit: int, what: str) -> str:
    text = str(text)
    if len(text) > limit:
        raise ValidationError("{what} can be at most {limit} characters long.",
                              what=what, limit=limit)
    return text


# -- who was present in a session -------------------------------------------------

class Presence(enum.Enum):
    """What a person present in a session was to the case on that day."""

    KEYCLIENT = "keyclient"   # chosen, and the work had not ended
    ENDED = "ended"           # was a key-client; the work had ended by then
    CANDIDATE = "candidate"   # a candidate, not (yet) chosen
    OTHER = "other"           # not a key-client: a parent alongside, the caller, ...


@dataclass(frozen=True)
class PresentAs:
    presence: Presence
    status: Status | None = None   # the key-client status that day
    since: date | None = None      # the day that status began (ENDED: the day it ended)

    @property
    def is_keyclient(self) -> bool:
        return self.presence is Presence.KEYCLIENT


def _starts(event: StatusEvent) -> date:
    """An ending takes effect after its day: the last talk that day still belongs to
    the work (it is often where the key-client says so)."""
    return event.on + timedelta(days=1) if event.status is Status.ENDED else event.on


def status_on(candidate: Candidate, events: list[StatusEvent], day: date
              ) -> tuple[Status, date] | None:
    """The key-client status in effect on ``day`` and the day it began; None before
    the person was marked as a candidate. ``events`` in the order they happened."""
    if day < candidate.marked_on:
        return None
    status, since = Status.CANDIDATE, candidate.marked_on
    for event in events:
        if _starts(event) <= day:
            status, since = event.status, event.on
    return status, since


def present_as(candidate: Candidate | None, events: list[StatusEvent], day: date
               ) -> PresentAs:
    """What a person present on ``day`` was: key-client, ended, candidate or other."""
    if candidate is None:
        return PresentAs(Presence.OTHER)
    found = status_on(candidate, events, day)
    if found is None:
        return PresentAs(Presence.OTHER)
    status, since = found
    if status is Status.ENDED:
        return PresentAs(Presence.ENDED, status, since)
    if candidate.decided_on is None or candidate.decided_on > day:
        return PresentAs(Presence.CANDIDATE, Status.CANDIDATE, candidate.marked_on)
    return PresentAs(Presence.KEYCLIENT, status, since)


def check_task_work(present: Mapping[str, PresentAs], has_task_work: bool) -> None:
    """Task work is recorded for everyone present: not for a key-client whose work
    ended, until they are approached again (a status change with a reason).
    ``present`` maps each present person's name to what they were that day."""
    if not has_task_work:
        return
    for name, was in present.items():
        if was.presence is Presence.ENDED:
            raise ValidationError(
                "{name} ended the work as key-client on {day}. Before task work is "
                "recorded for them, approach them again on the Key-clients tab (a status "
                "change with a reason), or record this session without task work.",
                name=name, day=was.since.strftime("%d.%m.%Y"))


# -- the profile -------------------------------------------------------------------

class Essential(enum.Enum):
    """The emotional grounding a key-client works on before any task."""

    RELATIONSHIP = "relationship"       # a reliable relationship
    MESSAGES = "messages"               # positive emotional messages
    ACKNOWLEDGEMENT = "acknowledgement"


class Grounding(enum.Enum):
    NOT_STARTED = "not_started"
    BUILDING = "building"
    ESTABLISHED = "established"


PROFILE_LIMITS = {"relation": 120, "contact": 300, "guilt": NOTE_MAX,
                  "responsibility": NOTE_MAX, "resilience": NOTE_MAX,
                  "draft": RATIONALE_MAX}
TRAINING_MAX = 120


@dataclass(frozen=True)
class Assessment:
    level: Level | None = None
    evidence: str = ""


@dataclass(frozen=True)
class StatusEvent:
    id: int
    on: date
    status: Status
    end_reason: EndReason | None = None
    note: str = ""


@dataclass(frozen=True)
class Training:
    id: int
    module: str
    attended_on: date | None = None


@dataclass(frozen=True)
class Candidate:
    id: int
    case_id: int
    person_id: int
    uid: str
    marked_on: date
    status: Status = Status.CANDIDATE
    decided_on: date | None = None
    rationale: str = ""
    draft: str = ""             # a rationale still being written (autosaved)
    assessments: dict[Criterion, Assessment] = field(default_factory=dict)
    relation: str = ""          # to the index client, in the counsellor's words
    contact: str = ""           # optional contact details
    guilt: str = ""             # notes on guilt, responsibility, resilience
    responsibility: str = ""
    resilience: str = ""
    grounding: dict[Essential, Grounding] = field(default_factory=dict)

    @property
    def is_keyclient(self) -> bool:
        return self.decided_on is not None

    def levels(self) -> dict[Criterion, Level | None]:
        return {c: self.assessments.get(c, Assessment()).level for c in Criterion}


def clean_evidence(text: str) -> str:
    return " ".join(clean_text(text, EVIDENCE_MAX, label("The evidence note")).split())


def clean_profile_fields(fields: dict) -> dict:
    unknown = set(fields) - set(PROFILE_LIMITS)
    if unknown:
        raise ValueError(f"unknown profile fields {sorted(unknown)}")
    notes = label("The notes")
    names = {"relation": label("The relation"), "contact": label("The contact details"),
             "guilt": notes, "responsibility": notes, "resilience": notes,
             "draft": label("The rationale")}
    out = {k: clean_text(v, PROFILE_LIMITS[k], names[k]) for k, v in fields.items()}
    if "relation" in out:
        out["relation"] = " ".join(out["relation"].split())
    return out


def clean_training(module: str) -> str:
    module = " ".join(clean_text(module, TRAINING_MAX, label("The module name")).split())
    if not module:
        raise ValidationError("Name the training module that was attended.")
    return module


# -- a new person for the map ----------------------------------------------------

_ROLE_WORDS = {
    Sector.FAMILY: ("mother", "father", "sister", "brother", "parent", "aunt", "uncle",
                    "grand", "cousin", "son", "daughter", "step", "family", "wife",
                    "husband"),
    Sector.SCHOOL_WORK: ("teacher", "colleague", "employer", "boss", "trainer", "school",
                         "classmate", "coach", "work"),
    Sector.PROFESSIONAL: ("youth worker", "social worker", "police", "officer", "imam",
                          "psycholog", "therap", "doctor", "probation", "counsel"),
    Sector.MILIEU: ("milieu", "online", "brother in faith", "forum", "channel"),
}


def sector_for_role(role: str) -> Sector:
    """The map sector a role most likely belongs to; friends when unsure."""
    role = role.casefold()
    for sector in (Sector.MILIEU, Sector.PROFESSIONAL, Sector.SCHOOL_WORK, Sector.FAMILY):
        if any(word in role for word in _ROLE_WORDS[sector]):
            return sector
    return Sector.FRIENDS
