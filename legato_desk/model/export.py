"""What an export carries, by audience (domain.md, "Safeguarding and information sharing").

Each audience has its own sections; the counsellor may leave sections out
but never add one the audience is not meant to see (a case conference never
gets the counsellor's reflection notes). Funder statistics are anonymous
counts across all cases and carry no free text at all.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from legato_desk.errors import ValidationError
from legato_desk.model.keyclients import Status

PDF_PASSPHRASE_MIN = 8

# The ground an export leaves the office on (model.safeguarding.SharingGround
# values). Supervision stays inside the office; an own file answers the
# person's right of access; a case conference needs the counsellor to say why.
DEFAULT_GROUND = {"supervision": "internal", "own_file": "legal_duty"}
OUTSIDE_GROUNDS = ("consent", "legal_duty", "acute_danger")


class Audience(enum.Enum):
    SUPERVISION = "supervision"
    CASE_CONFERENCE = "case_conference"
    OWN_FILE = "own_file"           # what is recorded about one person (subject access)
    STATISTICS = "statistics"       # anonymous counts for funders

    @property
    def per_case(self) -> bool:
        return self is not Audience.STATISTICS


class Section(enum.Enum):
    SUMMARY = "summary"             # the case in the counsellor's words
    PARTICIPANTS = "participants"   # who takes part / which agencies are involved
    MAP = "map"                     # the relationship map with its legend
    KEYCLIENTS = "keyclients"       # key-clients and the rationale for choosing them
    TASKS = "tasks"                 # grounding and the six tasks, with progress charts
    SESSIONS = "sessions"           # session summaries: facts
    REFLECTION = "reflection"       # the counsellor's reflection within each session
    SETBACKS = "setbacks"
    NEXT_STEPS = "next_steps"
    SAFEGUARDING = "safeguarding"   # flags and escalations
    SHARING = "sharing"             # the information-sharing log
    PERSON = "person"               # what the map holds about one person
    COUNTS = "counts"               # statistics tables
    PLAN = "plan"                   # the intervention plan: goals, measures, last review
    CONFERENCE = "conference"       # one case conference's record (model/conference.py)


SECTIONS: dict[Audience, tuple[Section, ...]] = {
    Audience.SUPERVISION: (Section.SUMMARY, Section.PLAN, Section.MAP, Section.KEYCLIENTS,
                           Section.TASKS,
                           Section.SESSIONS, Section.REFLECTION, Section.SETBACKS,
                           Section.NEXT_STEPS, Section.SAFEGUARDING),
    Audience.CASE_CONFERENCE: (Section.CONFERENCE, Section.PARTICIPANTS, Section.SUMMARY,
                               Section.KEYCLIENTS, Section.PLAN, Section.SAFEGUARDING,
                               Section.NEXT_STEPS),
    Audience.OWN_FILE: (Section.PERSON, Section.KEYCLIENTS, Section.TASKS, Section.SESSIONS,
                        Section.SHARING),
    Audience.STATISTICS: (Section.COUNTS,),
}

# Need to know (seeds 002/003): a case conference is outside the office and
# gets counselling content only where it is needed, so the case summary in the
# counsellor's own words is left out unless the counsellor ticks it, and so is
# the intervention plan (its goals and measures are the counselling's own).
OFF_BY_DEFAULT: dict[Audience, frozenset[Section]] = {
    Audience.CASE_CONFERENCE: frozenset({Section.SUMMARY, Section.PLAN, Section.CONFERENCE}),
}
# The conference record is printed when a conference is chosen (``conference_id``):
# it is ticked with the choice, never by default.


def default_sections(audience: Audience) -> tuple[Section, ...]:
    """The sections ticked when an export for ``audience`` is first offered."""
    off = OFF_BY_DEFAULT.get(audience, frozenset())
    return tuple(s for s in SECTIONS[audience] if s not in off)


@dataclass(frozen=True)
class ExportRequest:
    audience: Audience
    case_id: int | None = None            # None only for statistics
    person_id: int | None = None          # the person an own-file export is about
    date_from: date | None = None
    date_to: date | None = None
    sections: frozenset[Section] = field(default_factory=frozenset)
    excluded_sessions: frozenset[int] = field(default_factory=frozenset)
    real_names: bool = False
    language: str = "en"
    passphrase: str | None = None         # encrypt the PDF (AES-256) when given
    ground: str | None = None             # why it may leave (sharing log), see above
    recipient: str = ""                   # who receives it, for the sharing log
    # A case conference hears of the active key-clients only; candidates never
    # approached and key-clients who ended are listed only when asked for.
    all_keyclients: bool = False
    conference_id: int | None = None      # the case conference whose record is printed

    @classmethod
    def default(cls, audience: Audience, **kwargs) -> "ExportRequest":
        kwargs.setdefault("ground", DEFAULT_GROUND.get(audience.value))
        sections = set(default_sections(audience))
        if kwargs.get("conference_id") is not None:
            sections.add(Section.CONFERENCE)
        kwargs.setdefault("sections", frozenset(sections))
        return cls(audience, **kwargs)

    def checked(self) -> "ExportRequest":
        """Itself, or ValidationError saying what is missing or not allowed."""
        allowed = set(SECTIONS[self.audience])
        if self.conference_id is not None and self.audience is not Audience.CASE_CONFERENCE:
            raise ValidationError("Only a case-conference export prints a conference record.")
        if not self.sections:
            raise ValidationError("Choose at least one section to export.")
        if not set(self.sections) <= allowed:
            raise ValidationError("This audience may not receive some of the chosen sections.")
        if self.audience.per_case and self.case_id is None:
            raise ValidationError("Choose the case to export.")
        if self.audience is Audience.OWN_FILE and self.person_id is None:
            raise ValidationError("Choose the person whose own file this is.")
        if self.audience is Audience.STATISTICS and (self.real_names or self.case_id):
            raise ValidationError("Statistics are anonymous and cover all cases.")
        if self.audience is Audience.CASE_CONFERENCE and self.ground not in OUTSIDE_GROUNDS:
            raise ValidationError(
                "Say on what ground the case conference receives this: consent, a legal "
                "duty or acute danger.")
        if (Section.CONFERENCE in self.sections) != (self.conference_id is not None):
            raise ValidationError("Choose the case conference whose record the PDF prints."
                                  if self.conference_id is None else
                                  "Tick the conference record to print the chosen conference.")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError("The period ends before it begins.")
        if self.passphrase is not None and len(self.passphrase) < PDF_PASSPHRASE_MIN:
            raise ValidationError(
                "A passphrase for the PDF needs at least {count} characters.",
                count=PDF_PASSPHRASE_MIN)
        return self

    def includes(self, section: Section) -> bool:
        return section in self.sections

    def shows_keyclient(self, status: Status) -> bool:
        """Whether a key-client or candidate with ``status`` is listed: a case
        conference hears of active key-clients only, unless ``all_keyclients``;
        the other audiences see every candidate."""
        if self.audience is not Audience.CASE_CONFERENCE or self.all_keyclients:
            return True
        return status is Status.ACTIVE

    def in_period(self, day: date) -> bool:
        return ((self.date_from is None or day >= self.date_from)
                and (self.date_to is None or day <= self.date_to))
