"""Dated risk and protective factors (seed 001: a dynamic assessment that
balances risk and protective factors on the individual, family, social,
motivational and ideological/cultural levels).

A *factor sheet* is a short, dated list of factors, each on one level, a
risk or a protective factor, with a weight (1 slight, 2 clear, 3 strong) and
a short note on what it rests on. A case has several sheets over time; two
are compared as map snapshots are: what was added, removed or changed in
weight. The wording of the factors is the office's (a *catalogue* per level
and kind, set in Settings); a sheet keeps a copy of the label as it was
chosen, so changing the catalogue never rewrites a past sheet.

The app shows the balance per level as two numbers side by side, never as
one score: weighing them is the counsellor's judgement.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime

from legato_desk.errors import ValidationError, label

LABEL_MAX = 80
NOTE_MAX = 500
SHEET_NOTE_MAX = 2000
ITEMS_MAX = 60            # factors on one sheet
CATALOGUE_MAX = 30        # labels per level and kind in the office's catalogue


class Level(enum.Enum):
    INDIVIDUAL = "individual"      # the person: development, health, crises
    FAMILY = "family"              # the family situation
    SOCIAL = "social"              # friends, school, work, exclusion
    MOTIVATIONAL = "motivational"  # what draws or holds: belonging, meaning, grievance
    IDEOLOGICAL = "ideological"    # ideological and cultural factors


class Kind(enum.Enum):
    RISK = "risk"
    PROTECTIVE = "protective"


class Weight(enum.IntEnum):
    SLIGHT = 1
    CLEAR = 2
    STRONG = 3


@dataclass(frozen=True)
class Factor:
    level: Level
    kind: Kind
    label: str
    weight: Weight = Weight.CLEAR
    note: str = ""
    id: int | None = None

    @property
    def key(self) -> tuple[Level, Kind, str]:
        """How a factor is recognised on another sheet: its level, kind and wording."""
        return (self.level, self.kind, " ".join(self.label.split()).casefold())


@dataclass(frozen=True)
class FactorSheet:
    id: int
    case_id: int
    assessed_on: date
    note: str = ""
    factors: tuple[Factor, ...] = ()
    created_at: datetime | None = None
    changed_at: datetime | None = None


# -- checking input ------------------------------------------------------------------

def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def clean_label(text: str) -> str:
    value = _one_line(text)
    if not value:
        raise ValidationError("A factor needs a wording.")
    if len(value) > LABEL_MAX:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=label("A factor's wording"), limit=LABEL_MAX)
    return value


def clean_factor(factor: Factor) -> Factor:
    note = (factor.note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=label("A factor's note"), limit=NOTE_MAX)
    return Factor(Level(factor.level), Kind(factor.kind), clean_label(factor.label),
                  Weight(int(factor.weight)), note, factor.id)


def clean_factors(factors) -> tuple[Factor, ...]:
    """The factors of one sheet, checked; the same factor twice is refused."""
    cleaned = tuple(clean_factor(f) for f in factors)
    if len(cleaned) > ITEMS_MAX:
        raise ValidationError("A factor sheet holds at most {limit} factors.", limit=ITEMS_MAX)
    seen = set()
    for f in cleaned:
        if f.key in seen:
            raise ValidationError(
                "The factor “{factor}” is on this sheet twice.", factor=f.label)
        seen.add(f.key)
    return cleaned


def clean_sheet_note(note: str) -> str:
    note = (note or "").strip()
    if len(note) > SHEET_NOTE_MAX:
        raise ValidationError("{what} is too long (at most {limit} characters).",
                              what=label("The sheet's note"), limit=SHEET_NOTE_MAX)
    return note


def check_date(assessed_on: date, today: date) -> date:
    if not isinstance(assessed_on, date):
        raise ValidationError("A factor sheet needs a date.")
    if isinstance(assessed_on, datetime):
        assessed_on = assessed_on.date()
    if assessed_on > today:
        raise ValidationError("A factor sheet cannot be dated in the future.")
    return assessed_on


def sort_factors(factors) -> tuple[Factor, ...]:
    """Level by level (as in ``Level``), risks before protective factors, heaviest first."""
    levels = list(Level)
    return tuple(sorted(factors, key=lambda f: (levels.index(f.level), f.kind is Kind.PROTECTIVE,
                                                -int(f.weight), f.label.casefold())))


# -- the balance ------------------------------------------------------------------------

@dataclass(frozen=True)
class LevelBalance:
    level: Level
    risk: int          # sum of the risk factors' weights
    protective: int    # sum of the protective factors' weights
    risks: int         # how many risk factors
    protectives: int   # how many protective factors


def balance(factors) -> tuple[LevelBalance, ...]:
    """Per level, both sides' weights and counts; every level, even an empty one."""
    out = []
    for level in Level:
        on = [f for f in factors if f.level is level]
        risks = [f for f in on if f.kind is Kind.RISK]
        prot = [f for f in on if f.kind is Kind.PROTECTIVE]
        out.append(LevelBalance(level, sum(int(f.weight) for f in risks),
                                sum(int(f.weight) for f in prot), len(risks), len(prot)))
    return tuple(out)


# -- comparing two sheets ------------------------------------------------------------------

class Change(enum.Enum):
    ADDED = "added"
    REMOVED = "removed"
    HEAVIER = "heavier"    # weight went up
    LIGHTER = "lighter"    # weight went down
    NOTE = "note"          # same weight, the note was changed


@dataclass(frozen=True)
class FactorChange:
    change: Change
    before: Factor | None
    after: Factor | None

    @property
    def factor(self) -> Factor:
        return self.after or self.before


@dataclass(frozen=True)
class SheetDiff:
    earlier: FactorSheet
    later: FactorSheet
    changes: tuple[FactorChange, ...] = ()
    unchanged: int = 0

    def of(self, change: Change) -> list[FactorChange]:
        return [c for c in self.changes if c.change is change]

    @property
    def empty(self) -> bool:
        return not self.changes


def compare(a: FactorSheet, b: FactorSheet) -> SheetDiff:
    """What changed from the earlier of the two sheets to the later one.

    Factors are matched by level, kind and wording (spaces and case do not
    count); a factor reworded is a removal and an addition.
    """
    earlier, later = sorted((a, b), key=lambda s: (s.assessed_on, s.id))
    before = {f.key: f for f in earlier.factors}
    after = {f.key: f for f in later.factors}
    changes, unchanged = [], 0
    for f in sort_factors(later.factors):
        old = before.get(f.key)
        if old is None:
            changes.append(FactorChange(Change.ADDED, None, f))
        elif f.weight > old.weight:
            changes.append(FactorChange(Change.HEAVIER, old, f))
        elif f.weight < old.weight:
            changes.append(FactorChange(Change.LIGHTER, old, f))
        elif f.note.strip() != old.note.strip():
            changes.append(FactorChange(Change.NOTE, old, f))
        else:
            unchanged += 1
    for f in sort_factors(earlier.factors):
        if f.key not in after:
            changes.append(FactorChange(Change.REMOVED, f, None))
    order = list(Change)
    changes.sort(key=lambda c: order.index(c.change))
    return SheetDiff(earlier, later, tuple(changes), unchanged)


# -- the office's wording ------------------------------------------------------------------

Catalogue = dict  # {Level: {Kind: [label, ...]}}


_DEFAULTS = {
    "en": {
        Level.INDIVIDUAL: {
            Kind.RISK: ["Personal crisis or identity crisis", "Mental-health problems",
                        "Own experience of violence", "Low frustration tolerance",
                        "Drug or alcohol use"],
            Kind.PROTECTIVE: ["Sense of self-worth", "School, training or job prospects",
                              "Interests and talents outside the milieu",
                              "Open to psychological help"]},
        Level.FAMILY: {
            Kind.RISK: ["Conflict or break with the family",
                        "Family member close to the milieu",
                        "Loss or absence of a parent", "Family secrets, things never said",
                        "Violence in the family"],
            Kind.PROTECTIVE: ["Emotional bond with a family member",
                              "Family stays in contact without judging",
                              "Family takes part in counselling",
                              "Siblings who are a good influence"]},
        Level.SOCIAL: {
            Kind.RISK: ["Isolation, friends outside the milieu lost",
                        "Exclusion or discrimination experienced",
                        "Friends or partner in the milieu",
                        "Left school, training or work"],
            Kind.PROTECTIVE: ["Friends outside the milieu",
                              "A reliable contact at school, work or a club",
                              "A professional helper the person trusts"]},
        Level.MOTIVATIONAL: {
            Kind.RISK: ["Search for belonging, meaning or recognition",
                        "Wish for adventure, heroism or status",
                        "Grievance or a sense of injustice",
                        "Wish to protect or avenge others"],
            Kind.PROTECTIVE: ["Doubts about the group", "Plans and hopes for the future",
                              "Wish to belong to society", "Something to lose"]},
        Level.IDEOLOGICAL: {
            Kind.RISK: ["Black-and-white thinking, one absolute truth",
                        "Justifies violence", "Rejects people outside the group",
                        "Propaganda consumed online"],
            Kind.PROTECTIVE: ["Tolerates other views", "Rejects violence",
                              "Faith or culture lived outside the milieu",
                              "Asks questions, is curious"]},
    },
    "de": {
        Level.INDIVIDUAL: {
            Kind.RISK: ["Persönliche Krise oder Identitätskrise", "Psychische Probleme",
                        "Eigene Gewalterfahrung", "Geringe Frustrationstoleranz",
                        "Drogen- oder Alkoholkonsum"],
            Kind.PROTECTIVE: ["Selbstwertgefühl", "Schul-, Ausbildungs- oder Berufsperspektive",
                              "Interessen und Begabungen außerhalb des Milieus",
                              "Offen für psychologische Hilfe"]},
        Level.FAMILY: {
            Kind.RISK: ["Konflikt oder Bruch mit der Familie",
                        "Familienmitglied nahe am Milieu",
                        "Verlust oder Abwesenheit eines Elternteils",
                        "Familiengeheimnisse, nie Ausgesprochenes",
                        "Gewalt in der Familie"],
            Kind.PROTECTIVE: ["Emotionale Bindung an ein Familienmitglied",
                              "Familie hält Kontakt, ohne zu verurteilen",
                              "Familie nimmt an der Beratung teil",
                              "Geschwister mit gutem Einfluss"]},
        Level.SOCIAL: {
            Kind.RISK: ["Isolation, Freunde außerhalb des Milieus verloren",
                        "Ausgrenzung oder Diskriminierung erlebt",
                        "Freunde oder Partner/in im Milieu",
                        "Schule, Ausbildung oder Arbeit abgebrochen"],
            Kind.PROTECTIVE: ["Freunde außerhalb des Milieus",
                              "Verlässliche Ansprechperson in Schule, Arbeit oder Verein",
                              "Eine Fachkraft, der die Person vertraut"]},
        Level.MOTIVATIONAL: {
            Kind.RISK: ["Suche nach Zugehörigkeit, Sinn oder Anerkennung",
                        "Wunsch nach Abenteuer, Heldentum oder Status",
                        "Kränkung oder Gefühl von Ungerechtigkeit",
                        "Wunsch, andere zu schützen oder zu rächen"],
            Kind.PROTECTIVE: ["Zweifel an der Gruppe", "Pläne und Hoffnungen für die Zukunft",
                              "Wunsch, zur Gesellschaft zu gehören", "Etwas zu verlieren"]},
        Level.IDEOLOGICAL: {
            Kind.RISK: ["Schwarz-Weiß-Denken, eine absolute Wahrheit",
                        "Rechtfertigt Gewalt", "Lehnt Menschen außerhalb der Gruppe ab",
                        "Konsumiert Propaganda im Netz"],
            Kind.PROTECTIVE: ["Lässt andere Sichtweisen gelten", "Lehnt Gewalt ab",
                              "Glaube oder Kultur außerhalb des Milieus gelebt",
                              "Stellt Fragen, ist neugierig"]},
    },
}


def default_catalogue(language: str = "en") -> Catalogue:
    table = _DEFAULTS.get(language, _DEFAULTS["en"])
    return {level: {kind: list(table[level][kind]) for kind in Kind} for level in Level}


def catalogue_to_data(catalogue: Catalogue) -> dict:
    return {level.value: {kind.value: list(catalogue.get(level, {}).get(kind, []))
                          for kind in Kind} for level in Level}


def catalogue_from_data(data) -> Catalogue:
    """The stored (or typed) catalogue, checked; ValidationError for anything unusable."""
    if not isinstance(data, dict):
        raise ValidationError("The factor wording is not usable.")
    out: Catalogue = {}
    for level in Level:
        kinds = data.get(level.value, {})
        if not isinstance(kinds, dict):
            raise ValidationError("The factor wording is not usable.")
        out[level] = {}
        for kind in Kind:
            labels = kinds.get(kind.value, [])
            if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
                raise ValidationError("The factor wording is not usable.")
            out[level][kind] = clean_catalogue_labels(labels)
    return out


def clean_catalogue_labels(labels) -> list[str]:
    """One level's labels of one kind: blank lines dropped, duplicates refused."""
    cleaned, seen = [], set()
    for text in labels:
        if not _one_line(text):
            continue
        value = clean_label(text)
        if value.casefold() in seen:
            raise ValidationError("The factor “{factor}” is listed twice.", factor=value)
        seen.add(value.casefold())
        cleaned.append(value)
    if len(cleaned) > CATALOGUE_MAX:
        raise ValidationError("At most {limit} factors per level and kind.",
                              limit=CATALOGUE_MAX)
    return cleaned


def copy_for_new_sheet(latest: FactorSheet | None) -> tuple[Factor, ...]:
    """A new sheet starts from the latest one (to be adjusted), or empty."""
    if latest is None:
        return ()
    return tuple(Factor(f.level, f.kind, f.label, f.weight, f.note) for f in latest.factors)


@dataclass(frozen=True)
class SheetSummary:
    """One sheet in a list: its date and how many factors of each kind."""
    id: int
    assessed_on: date
    risks: int = 0
    protectives: int = 0
