"""Safeguarding: flags, the office protocol, escalations and disclosures.

The rules here are pure: the vault stores what they accept, the UI shows
the messages they raise. A flag opens an escalation whose checklist is a
copy of the office protocol's steps for that flag type at the moment it was
raised, so a later change of the protocol never rewrites history.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from legato_desk.errors import ValidationError, label


class FlagType(enum.Enum):
    THREAT_TO_OTHERS = "threat_to_others"
    PLANNED_CRIME = "planned_crime"
    SELF_HARM = "self_harm"
    MILIEU_DANGER = "milieu_danger"  # danger to the client from the milieu
    CHILD_PROTECTION = "child_protection"


class SharingGround(enum.Enum):
    """Why information may leave the office at all."""

    CONSENT = "consent"
    LEGAL_DUTY = "legal_duty"
    ACUTE_DANGER = "acute_danger"
    INTERNAL = "internal"  # within the office: supervision, pseudonymised


class DisclosureKind(enum.Enum):
    DISCLOSURE = "disclosure"  # told or sent to someone by the counsellor
    EXPORT = "export"  # a file the app produced (PDF, ...)


class Consent(enum.Enum):
    """Whether the person was asked to agree to a disclosure, and what they said.

    Counsellors ask even where the law allows sharing: it keeps the trust the
    work rests on (seed 002). NOT_RECORDED is for entries made before this was
    asked and for the app's own exports.
    """

    NOT_RECORDED = "not_recorded"
    GIVEN = "given"
    REFUSED = "refused"
    NOT_ASKED = "not_asked"


class StepState(enum.Enum):
    OPEN = "open"
    DONE = "done"
    NOT_NEEDED = "not_needed"


TEXT_MAX = 4_000
LINE_MAX = 200
STEPS_MAX = 30


@dataclass(frozen=True, slots=True)
class ProtocolStep:
    """One line of the office protocol: what to do, whose role, how soon."""

    text: str
    role: str = ""  # contact role, e.g. "police, state security unit"
    when: str = ""  # e.g. "at once", "within 24 hours"


@dataclass(frozen=True, slots=True)
class Step:
    id: int
    position: int
    text: str
    role: str
    when: str
    state: StepState
    done_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Disclosure:
    id: int
    case_id: int
    shared_at: datetime
    what: str
    recipient: str
    purpose: str
    ground: SharingGround
    informed_by: str = ""
    acknowledged_by: str = ""
    contact_id: int | None = None
    escalation_id: int | None = None
    kind: DisclosureKind = DisclosureKind.DISCLOSURE
    client_told: bool = False       # the person was told why sharing matters
    consent: Consent = Consent.NOT_RECORDED
    consent_note: str = ""          # why it was not asked, or what was agreed
    counselling_content: bool = False  # holds what was said in counselling
    consent_withdrawn_at: datetime | None = None

    @property
    def consent_in_force(self) -> bool:
        return self.consent is Consent.GIVEN and self.consent_withdrawn_at is None


@dataclass(frozen=True, slots=True)
class Escalation:
    id: int
    case_id: int
    flag: FlagType
    raised_at: datetime
    reason: str
    steps: tuple[Step, ...] = ()
    disclosures: tuple[Disclosure, ...] = ()
    closed_at: datetime | None = None
    closing_note: str = ""

    @property
    def is_open(self) -> bool:
        return self.closed_at is None

    @property
    def open_steps(self) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.state is StepState.OPEN)


# -- rules ----------------------------------------------------------------------


def check_can_close(escalation: Escalation) -> None:
    """Raise unless every protocol step is done or marked not needed."""
    if not escalation.is_open:
        raise ValidationError("This escalation is already closed.")
    pending = escalation.open_steps
    if pending:
        listed = "\n".join(f"\u2022 {s.text}" for s in pending)
        raise ValidationError(
            "This escalation cannot be closed yet: {count} step(s) of the protocol "
            "are still open. Tick each one as done, or mark it as not needed, "
            "first.\n\n{steps}", count=len(pending), steps=listed)


def check_can_change(escalation: Escalation) -> None:
    if not escalation.is_open:
        raise ValidationError(
            "This escalation is closed; its record can no longer be changed.")


def clean_disclosure(*, what: str, recipient: str, purpose: str,
                     ground: SharingGround | str | None, shared_at: datetime,
                     now: datetime) -> tuple[str, str, str, SharingGround]:
    """The cleaned fields of a disclosure, or ValidationError naming what is missing."""
    what, recipient, purpose = what.strip(), " ".join(recipient.split()), purpose.strip()
    if ground in (None, ""):
        raise ValidationError(
            "Choose the ground for sharing: the person's consent, a legal duty, "
            "or acute danger. Without a ground nothing may be shared.")
    try:
        ground = SharingGround(ground)
    except ValueError:
        raise ValidationError("This ground for sharing is not known.") from None
    if not recipient:
        raise ValidationError("Say to whom the information went.")
    if not what:
        raise ValidationError("Say what was shared.")
    if not purpose:
        raise ValidationError("Say why it was shared.")
    if len(what) > TEXT_MAX or len(purpose) > TEXT_MAX or len(recipient) > LINE_MAX:
        raise ValidationError("One of the fields is too long.")
    if shared_at > now:
        raise ValidationError("A disclosure cannot be dated in the future.")
    return what, recipient, purpose, ground


def clean_consent(*, ground: SharingGround, consent: Consent | str, note: str,
                  counselling_content: bool, answered: bool) -> tuple[Consent, str]:
    """The consent of a disclosure and its note, or ValidationError.

    ``answered``: the counsellor must say whether consent was asked (the
    disclosure dialog); other callers may leave it unrecorded. Sharing on
    the ground of consent means consent was given. Content of the counselling
    itself leaves the office only on acute danger (seed 002: "no information
    stemming from the counseling process ... unless there was an acute threat").
    """
    try:
        consent = Consent(consent)
    except ValueError:
        raise ValidationError("This answer about consent is not known.") from None
    note = " ".join(note.split())
    if answered and consent is Consent.NOT_RECORDED:
        raise ValidationError(
            "Say whether the person was asked to agree, and what they answered.")
    if ground is SharingGround.CONSENT:
        if consent is Consent.NOT_RECORDED:
            consent = Consent.GIVEN
        elif consent is not Consent.GIVEN:
            raise ValidationError(
                "The ground is the person's consent, but they did not give it: choose "
                "the ground it was shared on, or record that consent was given.")
    if consent is Consent.NOT_ASKED and not note:
        raise ValidationError(
            "Say why the person was not asked: ask even where the law allows sharing, "
            "unless asking would put someone in danger.")
    if counselling_content and ground is not SharingGround.ACUTE_DANGER:
        raise ValidationError(
            "What was said in counselling may leave the office only on the ground of "
            "acute danger. Share only facts the recipient needs, or choose acute danger "
            "if there is one.")
    if len(note) > LINE_MAX:
        raise ValidationError("One of the fields is too long.")
    return consent, note


def check_can_withdraw(disclosure: Disclosure, at: datetime) -> None:
    if disclosure.consent is not Consent.GIVEN:
        raise ValidationError("Only a consent that was given can be withdrawn.")
    if disclosure.consent_withdrawn_at is not None:
        raise ValidationError("This consent was already withdrawn.")
    if at < disclosure.shared_at:
        raise ValidationError("Consent cannot be withdrawn before it was given.")


# -- the office protocol ------------------------------------------------------------

PROTOCOL_FORMAT = "legato-desk office protocol"
PROTOCOL_VERSION = 1

Protocol = dict[FlagType, tuple[ProtocolStep, ...]]


def default_protocol() -> Protocol:
    """A starting point until the office sets its own."""
    lead = ProtocolStep("Tell the team lead", "team lead", "at once")
    record = ProtocolStep("Write down what was said, in the caller's words", "", "same day")
    police = ProtocolStep("Inform the police (state security unit)", "police", "at once")
    return {
        FlagType.THREAT_TO_OTHERS: (lead, police, record),
        FlagType.PLANNED_CRIME: (lead, police, record),
        FlagType.SELF_HARM: (
            ProtocolStep("Make sure the person is not alone; call emergency services "
                         "if life is in danger", "emergency services", "at once"),
            lead, record),
        FlagType.MILIEU_DANGER: (
            lead, ProtocolStep("Agree a safety plan with the key-client", "", "within 24 hours"),
            record),
        FlagType.CHILD_PROTECTION: (
            lead, ProtocolStep("Inform the youth welfare office", "youth welfare office",
                               "within 24 hours"),
            record),
    }


def protocol_to_data(protocol: Protocol) -> dict[str, Any]:
    return {
        "format": PROTOCOL_FORMAT,
        "version": PROTOCOL_VERSION,
        "flags": {flag.value: [{"step": s.text, "role": s.role, "when": s.when}
                               for s in protocol.get(flag, ())]
                  for flag in FlagType},
    }


def protocol_from_data(data: Any) -> Protocol:
    """Parse a stored or imported protocol; raise ValidationError on anything odd."""
    def bad(why: str) -> ValidationError:
        return ValidationError("This is not a usable office protocol: {why}.",
                               why=why)

    if not isinstance(data, dict) or data.get("format") != PROTOCOL_FORMAT:
        raise bad(label("it is not a legato-desk protocol file"))
    if data.get("version") != PROTOCOL_VERSION:
        raise bad(label("it was written by a different version of legato-desk"))
    flags = data.get("flags")
    if not isinstance(flags, dict):
        raise bad(label("the list of flags is missing"))
    known = {f.value for f in FlagType}
    unknown = set(flags) - known
    if unknown:
        raise bad(label("it names a flag type this version does not know"))
    protocol: Protocol = {}
    for flag in FlagType:
        raw = flags.get(flag.value, [])
        if not isinstance(raw, list) or len(raw) > STEPS_MAX:
            raise bad(label("a flag's steps are not a list of at most 30 steps"))
        steps = []
        for item in raw:
            if not isinstance(item, dict):
                raise bad(label("a step is not a record"))
            values = [item.get(k, "") for k in ("step", "role", "when")]
            if not all(isinstance(v, str) for v in values):
                raise bad(label("a step holds something other than text"))
            text, role, when = (" ".join(v.split()) for v in values)
            if not text:
                raise bad(label("a step has no text"))
            if max(len(text), len(role), len(when)) > LINE_MAX:
                raise bad(label("a step is longer than 200 characters"))
            steps.append(ProtocolStep(text, role, when))
        protocol[flag] = tuple(steps)
    return protocol
