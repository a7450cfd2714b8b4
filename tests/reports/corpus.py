"""A generated case whose every free text names its people as counsellors write them.

``corpora()`` draws one case: map persons (double names, particles,
apostrophes; Turkish, Arabic, Slavic, German, French names), the index
client's real name, nicknames as aliases, a person who left the map after
the snapshot, agency contacts with deputies; and a text for every free-text
field the vault holds, made from sentence templates whose slots are filled
with those names in one of many forms: inflected (German genitive -s,
English 's and ’s, plural "the O'Neills", Turkish -lar/-ler, -'ın/-'in/-'nın,
-'a/-'ye, -'dan/-'den), in capitals or lower case, transliterated (ü→ue or u,
ß→ss, ı→i, ş→s, ğ→g, é→e, ł→l, ř→r), decomposed (NFD), with ’ for ', inside
hyphen compounds ("Ahmet-Leyla conflict"). ``write`` stores it through the
vault's repositories: the map, key-clients, intake, safeguarding and the
sharing log with its consent, sessions, and the newer parts of a case that
exports print: factor sheets and referrals, a key-client's contact plan and
open door, the release transition (the case comes by the justice route), the
intervention plan (doers on the map, who left it, the counsellor, a contact)
and a case-conference record whose measures the plan takes over. A directory
contact and deputy named nowhere but among the conference's participants
leave the directory afterwards: the record keeps their names.

The oracle does not use the name register: ``Corpus.secrets`` are the parts
of every name as the generator built them (particles and titles are known
to it, so they are left out), and ``survivors`` looks for them among the
folded words of a text: equal, or a prefix (an inflected survivor), or, for
longer names, anywhere inside a word. ``test_the_corpus_names_collide_with_
no_ordinary_word`` makes sure no label or template word could match a name,
so every survivor is a real leak.

Unregistered names are written too ("Herrn Beckers Vertreterin", "Olga
Petrenko", a measure's doer typed at the conference, "Milena Horvat"): the
export's review must list them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from hypothesis import strategies as st

from legato_desk.model import map as m
from legato_desk.model.names import fold

# -- names -----------------------------------------------------------------------


@dataclass(frozen=True)
class Name:
    """A name as typed into the map or the directory, and the parts that identify."""
    written: str
    parts: tuple[str, ...]
    given: str = ""
    surname: str = ""


# (as written, identifying parts)
GIVEN = [
    ("Ahmet", ("Ahmet",)), ("Leyla", ("Leyla",)), ("Şükrü", ("Şükrü",)),
    ("Çağla", ("Çağla",)), ("Ayşe Gül", ("Ayşe", "Gül")), ("Özlem", ("Özlem",)),
    ("Gökhan", ("Gökhan",)), ("İbrahim", ("İbrahim",)), ("Işıl", ("Işıl",)),
    ("Fatima", ("Fatima",)), ("Khaled", ("Khaled",)), ("Youssef", ("Youssef",)),
    ("Rania", ("Rania",)), ("Małgorzata", ("Małgorzata",)), ("Dmitrij", ("Dmitrij",)),
    ("Zdeněk", ("Zdeněk",)), ("Agnieszka", ("Agnieszka",)), ("Ljiljana", ("Ljiljana",)),
    ("Jürgen", ("Jürgen",)), ("Jörg", ("Jörg",)), ("Björn", ("Björn",)),
    ("Bärbel", ("Bärbel",)), ("Hans-Peter", ("Hans", "Peter")),
    ("Marie-Luise", ("Marie", "Luise")), ("Zoë", ("Zoë",)), ("Renée", ("Renée",)),
    ("José", ("José",)), ("Anaïs", ("Anaïs",)), ("Siobhán", ("Siobhán",)),
]
SURNAMES = [
    ("Yılmaz", ("Yılmaz",)), ("Öztürk", ("Öztürk",)), ("Karaoğlu", ("Karaoğlu",)),
    ("Şahin", ("Şahin",)), ("Çelik", ("Çelik",)), ("Doğan", ("Doğan",)),
    ("Kılıç", ("Kılıç",)), ("al-Hassan", ("Hassan",)), ("el-Masri", ("Masri",)),
    ("bin Rashid", ("Rashid",)), ("Kowalczyk", ("Kowalczyk",)), ("Wójcik", ("Wójcik",)),
    ("Dvořák", ("Dvořák",)), ("Ibrahimović", ("Ibrahimović",)),
    ("Müller-Lüdenscheidt", ("Müller", "Lüdenscheidt")), ("Weiß", ("Weiß",)),
    ("Großmann", ("Großmann",)), ("von Bülow", ("Bülow",)), ("Schäfer", ("Schäfer",)),
    ("Köhler", ("Köhler",)), ("Strauß", ("Strauß",)), ("de la Cruz", ("Cruz",)),
    ("van der Heijden", ("Heijden",)), ("da Silva", ("Silva",)), ("O'Neill", ("O'Neill",)),
    ("D'Souza", ("D'Souza", "Souza")), ("O’Brien", ("O’Brien",)), ("Nguyễn", ("Nguyễn",)),
]
NICKNAMES = ["Ahmo", "Annie", "Gosia", "Dima", "Jojo", "Bibi", "Lulu", "Mimo", "Nino"]
TITLES = ["Frau", "Herr", "Dr.", "Mrs", "Mr", "Ms"]  # written before a name, never a part
PARTICLES = {"al", "el", "bin", "von", "de", "la", "van", "der", "da"}

# A measure's doer typed at a case conference, registered nowhere (no map
# person, no directory entry): the plan and the conference record print it
# as typed, so the review must list it.
FREE_DOER = "Milena Horvat"
FREE_DOER_PARTS = ("Milena", "Horvat")

# Written in notes, registered nowhere: the review must list them.
LOOKALIKE_TEXT = ("Sie sprach mit Herrn Beckers Vertreterin. Dann kam Olga Petrenko dazu, "
                  "und wir riefen Herrn Szymanski an.")
LOOKALIKES = ("Beckers", "Olga", "Petrenko", "Szymanski")

ROLES = ["mother", "father", "teacher", "sister", "imam", "youth worker", "coach", "aunt",
         "Lehrerin", "Onkel", "Nachbarin", "friend"]
NAMED_ROLES = ["{a}'s teacher", "Lehrer von {a}", "Ex-Freundin von {a}", "{a}s Onkel"]
AGENCIES = ["Jugendamt Mitte", "Polizei Nord", "Schulamt", "Bewährungshilfe Ost"]
CONTACT_ROLES = ["case worker", "Sachbearbeiterin", "state security unit", "Schulleitung"]

TEMPLATES = [
    "{a} kam heute spät zum Termin.",
    "Heute sagte {a}, es gehe ihr gut.",
    "We met {a} at the school gate, together with {b}.",
    "Laut {a} hat {b} zweimal angerufen.",
    "Konflikt {a}-{b} seit Ostern.",
    "the {a}-{b} conflict came up again",
    "„{a}“ rief an; {b} war dabei.",
    "Talked about it ({a}).",
    "{a}, {a} und wieder {a}.",
    "The mother says {a} is afraid of {b}.",
    "{a} ile {b} konuştu.",
    "Termin mit {a} und {b} verschoben.",
    "{a}/{b}: Telefonat am Abend.",
    "Seit dem Umzug von {a} ist {b} allein.",
    "Asked whether {a} trusts {b}.",
]

# -- forms a mention takes ---------------------------------------------------------------

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                         "ß": "ss"})
_PLAIN = str.maketrans({"ß": "ss", "ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d",
                        "’": "'"})
_VOWELS = "aıoueiöüAIOUEİÖÜ"


def german(text: str) -> str:
    """ü→ue, ö→oe, ä→ae, ß→ss, as a German keyboard without umlauts writes it."""
    return text.translate(_GERMAN)


def plain(text: str) -> str:
    """Every letter without its accent: ı→i, ş→s, ğ→g, é→e, ł→l, ř→r, ü→u."""
    text = unicodedata.normalize("NFD", text.translate(_PLAIN))
    return "".join(c for c in text if not unicodedata.combining(c))


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def typographic(text: str) -> str:
    return text.replace("'", "’")


TRANSFORMS = [lambda t: t, str.upper, str.lower, nfd, german, plain, typographic,
              lambda t: nfd(str.upper(t))]


def _last_vowel(word: str) -> str:
    vowels = [c for c in word.lower() if c in "aıoueiöü"]
    return vowels[-1] if vowels else "e"


def turkish(word: str, case: str) -> str:
    """A Turkish suffix after the name, with vowel harmony and the apostrophe."""
    v = _last_vowel(word.replace("I", "ı"))
    back = v in "aıou"
    after_vowel = word[-1] in _VOWELS
    if case == "plural":
        return word + ("lar" if back else "ler")
    if case == "plural_genitive":
        return word + ("ların" if back else "lerin")
    if case == "genitive":
        high = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü",
                "ü": "ü"}[v]
        return f"{word}'{'n' if after_vowel else ''}{high}n"
    if case == "dative":
        return f"{word}'{'y' if after_vowel else ''}{'a' if back else 'e'}"
    if case == "ablative":
        return f"{word}'{'dan' if back else 'den'}"
    plural = "lar" if back else "ler"
    stacked = {"plural_ablative": ("dan", "den"), "plural_dative": ("a", "e"),
               "plural_locative": ("da", "de"), "plural_accusative": ("ı", "i"),
               "plural_with": ("la", "le")}[case]
    return word + plural + stacked[0 if back else 1]


INFLECTIONS = [
    lambda w: w, lambda w: w + "s", lambda w: w + "'s", lambda w: w + "’s",
    lambda w: "the " + w + "s", lambda w: w + "es",
    # German adjectives from names: "die Müllersche Wohnung", "Müllersches Haus"
    *(lambda w, e=e: w + e for e in ("sche", "schen", "scher", "sches", "schem")),
    *(lambda w, c=c: turkish(w, c) for c in (
        "plural", "plural_genitive", "genitive", "dative", "ablative", "plural_ablative",
        "plural_dative", "plural_locative", "plural_accusative", "plural_with")),
]


# -- the corpus ----------------------------------------------------------------------


@dataclass(frozen=True)
class PersonSpec:
    name: Name
    aliases: tuple[str, ...]
    role: str
    note: str
    source: str
    sector: m.Sector
    ring: m.Ring


@dataclass
class Corpus:
    pseudonym: str
    index: Name
    index_aliases: tuple[str, ...]
    persons: list[PersonSpec]
    gone: PersonSpec                         # on the intake snapshot only
    contacts: list[tuple[Name, Name]]       # (contact, deputy)
    agency: str
    texts: dict[str, str] = field(default_factory=dict)
    # A directory contact (and deputy) named nowhere but among a case
    # conference's participants.
    attendee: tuple[Name, Name] | None = None
    anonymous: bool = True                  # the conference's flag

    def names(self) -> list[Name]:
        return [self.index, *(p.name for p in self.persons), self.gone.name,
                *(n for pair in self.contacts for n in pair), *(self.attendee or ())]

    def secrets(self) -> list[str]:
        """Every registered name part and alias, as the generator wrote it."""
        out = [part for name in self.names() for part in name.parts]
        out += [*self.index_aliases, *(a for p in self.persons for a in p.aliases)]
        return list(dict.fromkeys(out))

    def text(self, key: str) -> str:
        return self.texts[key]


# Fields of one line: one sentence each, within the field's limit.
SHORT_FIELDS = {"others": 190, "step": 190, "training": 118, "shared_ack": 190,
                "languages": 190, "kc_relation": 118, "profile_contact": 190,
                "snapshot": 80, "source": 190, "fact_source": 190,
                "participant_role": 190, "duty": 190, "conf_who": 190, "institution": 190,
                "item": 118, "responsible": 190, "factor": 80, "ref_recipient": 190,
                "consent_note": 190}

# Every free-text field written (printed or not); each gets its own text.
TEXT_FIELDS = (
    ["summary", "snapshot", "gone_note", "relation_note"]
    + [f"{what}{i}" for i in range(4) for what in ("note", "source")]
    + ["kc_relation0", "kc_relation1", "rationale0", "rationale1", "approached0",
       "active0", "approached1", "ended1", "profile_contact", "profile_guilt",
       "profile_responsibility", "profile_resilience", "training"]
    + [f"evidence{i}" for i in range(10)]
    + ["step0", "step1", "reason", "closing", "shared_what", "shared_purpose",
       "shared_ack", "own_what", "own_purpose"]
    + ["concern", "personality", "communication", "relationships", "recent", "past",
       "risk_factors", "protective_factors", "goals", "languages"]
    + [f"{what}{i}" for i in range(3) for what in (
        "others", "facts", "fact", "fact_source", "vfact", "reflection", "state_note",
        "next_steps", "done", "setback", "next_step", "addendum")]
    # the disclosure consent (schema 13)
    + ["consent_note"]
    # factor sheets and referrals (schema 14/15)
    + ["sheet_note0", "sheet_note1"]
    + [f"{what}{i}" for i in range(4) for what in ("factor", "factor_note")]
    + ["ref_recipient", "ref_reason0", "ref_reason1", "ref_note0", "ref_note1"]
    # the tapering contact plan's open door (schema 16)
    + ["door_route"]
    # the release transition (schema 17)
    + ["institution", "item0", "item1", "item_note0", "item_note1", "responsible"]
    # the intervention plan (schema 18)
    + ["wind_down", "goal0", "goal1", "review0", "review1"]
    + [f"measure{i}" for i in range(4)]
    # the case-conference record (schema 19)
    + ["agenda0", "agenda1", "agenda2", "participant_role", "duty", "conf_what0",
       "conf_what1", "conf_who0", "minutes"]
)


@st.composite
def names_(draw, title: bool = False) -> Name:
    given, given_parts = draw(st.sampled_from(GIVEN))
    surname, surname_parts = draw(st.sampled_from(SURNAMES))
    shape = draw(st.sampled_from(["full", "full", "given", "surname"]))
    prefix = draw(st.sampled_from(TITLES)) + " " if title or shape == "surname" else ""
    if shape == "given":
        return Name(given, given_parts, given=given)
    if shape == "surname":
        return Name(prefix + surname, surname_parts, surname=surname)
    return Name(prefix + f"{given} {surname}", given_parts + surname_parts, given, surname)


def _mentions(name: Name, aliases: tuple[str, ...]) -> list[str]:
    """The ways a note refers to a person: in full, a part, a surname with a title."""
    out = [name.written, *name.parts, *aliases]
    if name.given:
        out.append(name.given)
    if name.surname:
        out += [name.surname, f"Frau {name.surname}", f"Herrn {name.surname}"]
    if name.given and name.surname:
        out.append(f"{name.given} {name.surname}")
    return list(dict.fromkeys(out))


@st.composite
def mention(draw, choices: list[str], inflected: bool = True) -> str:
    written = draw(st.sampled_from(choices))
    inflect = draw(st.sampled_from(INFLECTIONS)) if inflected else INFLECTIONS[0]
    transform = draw(st.sampled_from(TRANSFORMS))
    return transform(inflect(written))


@st.composite
def sentence(draw, choices: list[str]) -> str:
    template = draw(st.sampled_from(TEMPLATES))
    return template.format(a=draw(mention(choices)), b=draw(mention(choices)))


@st.composite
def corpora(draw) -> Corpus:
    index = draw(names_())
    index_aliases = tuple(draw(st.lists(st.sampled_from(NICKNAMES), max_size=2, unique=True)))
    specs: list[PersonSpec] = []
    sectors, rings = list(m.Sector), [m.Ring.CLOSE, m.Ring.MIDDLE, m.Ring.DISTANT]
    for i in range(draw(st.integers(3, 4)) + 1):
        name = draw(names_())
        aliases = tuple(draw(st.lists(st.sampled_from(NICKNAMES), max_size=1)))
        specs.append(PersonSpec(name, aliases, "", "", "", sectors[i % len(sectors)],
                                rings[i % len(rings)]))
    gone, persons = specs[-1], specs[:-1]
    contacts = [(draw(names_(title=True)), draw(names_()))
                for _ in range(draw(st.integers(1, 2)))]
    attendee = (draw(names_(title=True)), draw(names_()))
    corpus = Corpus(draw(st.sampled_from(["K.", "M.", "A. B.", "Y."])), index,
                    index_aliases, persons, gone, contacts, draw(st.sampled_from(AGENCIES)),
                    attendee=attendee, anonymous=draw(st.booleans()))
    choices = [w for n, a in [(index, index_aliases), *((p.name, p.aliases) for p in specs),
                              *((n, ()) for pair in contacts for n in pair)]
               for w in _mentions(n, a)]
    for key in TEXT_FIELDS:
        limit = SHORT_FIELDS.get(key.rstrip("0123456789"))
        if limit:
            corpus.texts[key] = draw(sentence(choices).filter(lambda s: len(s) <= limit))
        else:
            corpus.texts[key] = " ".join(draw(st.lists(sentence(choices), min_size=1,
                                                       max_size=2)))
    corpus.texts["summary"] += " " + LOOKALIKE_TEXT
    corpus.texts["facts0"] += " " + LOOKALIKE_TEXT

    def role() -> str:
        if draw(st.booleans()):
            return draw(st.sampled_from(ROLES))
        return draw(st.sampled_from(NAMED_ROLES).flatmap(  # the role inflects the name
            lambda r: mention(choices, inflected=False).map(lambda a: r.format(a=a))
        ).filter(lambda r: len(r) <= 60))

    corpus.persons = [PersonSpec(p.name, p.aliases, role(), corpus.texts[f"note{i}"],
                                 corpus.texts[f"source{i}"], p.sector, p.ring)
                      for i, p in enumerate(persons)]
    corpus.gone = PersonSpec(gone.name, gone.aliases, role(), corpus.texts["gone_note"], "",
                             gone.sector, gone.ring)
    return corpus


# -- into a vault ------------------------------------------------------------------------


@dataclass
class Written:
    case_id: int
    index_id: int
    person_ids: list[int]
    own_file_id: int          # the chosen key-client, in every session
    conference_id: int | None = None


def write(vault, c: Corpus, today: date | None = None) -> Written:
    """Store the corpus as one case, through the repositories as the app does."""
    from legato_desk.model.intake import CallerCategory, ContactKind, Intake, ReferralRoute
    from legato_desk.model.keyclients import Criterion, EndReason, Level, Status
    from legato_desk.model.safeguarding import (
        FlagType, ProtocolStep, SharingGround, StepState, default_protocol,
    )
    from legato_desk.model.session import (
        Fact, Mode, SessionRecord, Task, TaskEntry, TaskStatus,
    )
    from legato_desk.model.conference import (
        AgendaItem, Measure, Participant, RoleAssignment,
    )
    from legato_desk.model.contact_plan import PlanStep, Unit
    from legato_desk.model.factors import Factor, Kind, Level as FactorLevel, Weight
    from legato_desk.model.release import ChecklistItem
    from legato_desk.model.safeguarding import Consent

    t = c.texts
    today = today or date.today()
    case = vault.cases.create(c.pseudonym, opened_on=today - timedelta(days=90))
    vault.cases.set_summary(case.id, t["summary"])
    maps = vault.maps
    index = maps.ensure_index(case.id)
    maps.update_person(index.id, name=c.index.written, aliases=", ".join(c.index_aliases))
    ids = []
    for i, p in enumerate([*c.persons, c.gone]):
        x, y = m.point_at(p.sector, p.ring, 8.0 * i - 12)
        ids.append(maps.add_person(case.id, x, y, name=p.name.written,
                                   aliases=", ".join(p.aliases), role=p.role, note=p.note,
                                   source=p.source, verified=i == 1).id)
    person_ids, gone_id = ids[:-1], ids[-1]
    for i, pid in enumerate(ids):
        maps.add_relation(index.id, pid, kind="family", conflict=i == 0,
                          note=t["relation_note"] if i == 0 else "")
    maps.add_relation(person_ids[0], person_ids[1], kind="family")
    maps.take_snapshot(case.id, t["snapshot"], today - timedelta(days=60))
    # A measure of the plan done by the person who then left the map: the plan
    # keeps the name as recorded.
    plan = vault.plan
    plan.add_measure(case.id, what=t["measure3"], who_kind="person", person_id=gone_id,
                     state="dropped")
    maps.remove([gone_id])

    kc = vault.keyclients
    chosen, ended = (kc.mark(case.id, pid, on=today - timedelta(days=50)).id
                     for pid in person_ids[:2])
    for i, criterion in enumerate(Criterion):
        kc.rate(chosen, criterion, [Level.HIGH, Level.MEDIUM, Level.LOW][i % 3],
                t[f"evidence{i}"])
        kc.rate(ended, criterion, Level.MEDIUM, t[f"evidence{(i + 5) % 10}"])
    kc.decide(chosen, t["rationale0"], on=today - timedelta(days=45))
    kc.change_status(chosen, Status.APPROACHED, note=t["approached0"],
                     on=today - timedelta(days=44))
    kc.change_status(chosen, Status.ACTIVE, note=t["active0"], on=today - timedelta(days=40))
    kc.set_profile(chosen, relation=t["kc_relation0"], contact=t["profile_contact"],
                   guilt=t["profile_guilt"], responsibility=t["profile_responsibility"],
                   resilience=t["profile_resilience"])
    kc.add_training(chosen, t["training"], today - timedelta(days=30))
    kc.decide(ended, t["rationale1"], on=today - timedelta(days=42))
    kc.set_profile(ended, relation=t["kc_relation1"])
    kc.change_status(ended, Status.APPROACHED, note=t["approached1"],
                     on=today - timedelta(days=41))
    vault.contact_plans.set_steps(chosen, [PlanStep(today - timedelta(days=40), Unit.WEEKS, 1),
                                           PlanStep(today - timedelta(days=20), Unit.WEEKS, 2)])

    # The justice route: the release transition is printed.
    vault.intake.save(Intake(
        case.id, CallerCategory.FAMILY, ReferralRoute.JUSTICE, ContactKind.CASE,
        **{f: t[f] for f in ("concern", "personality", "communication", "relationships",
                             "recent", "past", "risk_factors", "protective_factors", "goals",
                             "languages")}, confidentiality_explained=True))
    agency = vault.directory.add_agency(c.agency, "youth_welfare")
    contact_ids = [vault.directory.save_contact(
        agency.id, name=name.written, role=CONTACT_ROLES[i % len(CONTACT_ROLES)],
        phone="000 000", deputy=deputy.written, deputy_phone="000 001")
        for i, (name, deputy) in enumerate(c.contacts)]
    attendee = None
    if c.attendee is not None:
        attendee = vault.directory.contact(vault.directory.save_contact(
            agency.id, name=c.attendee[0].written, role=CONTACT_ROLES[2], phone="000 002",
            deputy=c.attendee[1].written))
    protocol = dict(default_protocol())
    protocol[FlagType.CHILD_PROTECTION] = (ProtocolStep(t["step0"], "youth welfare"),
                                           ProtocolStep(t["step1"]))
    vault.safeguarding.set_protocol(protocol)
    esc = vault.safeguarding.raise_flag(case.id, FlagType.CHILD_PROTECTION, t["reason"])
    for step in esc.steps:
        vault.safeguarding.set_step(esc.id, step.id, StepState.DONE)
    contact = vault.directory.contact(contact_ids[0])
    vault.sharing.log(case.id, what=t["shared_what"], recipient=contact.label()[:200],
                      purpose=t["shared_purpose"], ground=SharingGround.LEGAL_DUTY,
                      contact_id=contact.id, escalation_id=esc.id,
                      acknowledged_by=t["shared_ack"], client_told=True,
                      consent=Consent.NOT_ASKED, consent_note=t["consent_note"])
    vault.sharing.log(case.id, what=t["own_what"], recipient=c.contacts[-1][1].written,
                      purpose=t["own_purpose"], ground=SharingGround.CONSENT)
    vault.safeguarding.close(esc.id, t["closing"])

    def ago(days: int) -> date:
        return today - timedelta(days=days)

    # The ended key-client's door stays open (schema 16).
    vault.open_doors.end_reachable(ended, EndReason.OTHER, t["ended1"], on=ago(35),
                                   route=t["door_route"], contact_id=contact_ids[-1])
    # Factor sheets and referrals (schema 14/15).
    vault.factors.create(case.id, ago(70), note=t["sheet_note0"], factors=[
        Factor(FactorLevel.FAMILY, Kind.RISK, t["factor0"], Weight.STRONG, t["factor_note0"]),
        Factor(FactorLevel.SOCIAL, Kind.PROTECTIVE, t["factor1"], Weight.SLIGHT,
               t["factor_note1"])])
    vault.factors.create(case.id, ago(10), note=t["sheet_note1"], factors=[
        Factor(FactorLevel.FAMILY, Kind.RISK, t["factor0"], Weight.SLIGHT, t["factor_note2"]),
        Factor(FactorLevel.INDIVIDUAL, Kind.PROTECTIVE, t["factor2"], Weight.CLEAR,
               t["factor_note2"]),
        Factor(FactorLevel.IDEOLOGICAL, Kind.RISK, t["factor3"], Weight.CLEAR,
               t["factor_note3"])])
    vault.referrals.add(case.id, referred_on=ago(20), recipient=contact.label(),
                        reason=t["ref_reason0"], agreement="agreed", note=t["ref_note0"],
                        contact_id=contact.id)
    vault.referrals.add(case.id, referred_on=ago(5), recipient=t["ref_recipient"],
                        reason=t["ref_reason1"], agreement="declined", note=t["ref_note1"])
    if attendee is not None:  # kept as the directory showed them (deleted below)
        vault.referrals.add(case.id, referred_on=ago(4), recipient=attendee.label(),
                            reason=t["ref_reason1"], agreement="not_asked",
                            contact_id=attendee.id)
    # The release transition (schema 17): a contact of the directory and a name typed.
    vault.releases.save(case.id, released_on=today + timedelta(days=10), released_at=time(9),
                        institution=t["institution"], items=[
                            ChecklistItem(t["item0"], True, t["item_note0"], contact.label(),
                                          contact.id),
                            ChecklistItem(t["item1"], False, t["item_note1"],
                                          t["responsible"]),
                            *([ChecklistItem(t["item1"] + ".", False, "", attendee.label(),
                                             attendee.id)] if attendee else [])])
    # The intervention plan (schema 18): doers on the map, the counsellor, a contact.
    plan.set_plan(case.id, started_on=case.opened_on, wind_down=t["wind_down"])
    goals = [plan.add_goal(case.id, text=t["goal0"]),
             plan.add_goal(case.id, text=t["goal1"], set_on=ago(30), state="partly_met")]
    measures = [
        plan.add_measure(case.id, what=t["measure0"], who_kind="person",
                         person_id=person_ids[1], due_on=today + timedelta(days=14),
                         goal_id=goals[0].id),
        plan.add_measure(case.id, what=t["measure1"], who_kind="counsellor",
                         state="in_progress", goal_id=goals[1].id),
        plan.add_measure(case.id, what=t["measure2"], who_kind="contact",
                         contact_id=contact_ids[0], state="done")]
    plan.add_review(case.id, held_on=ago(25), note=t["review0"])
    plan.add_review(case.id, held_on=ago(5), note=t["review1"])
    # The case-conference record (schema 19), its measures taken over into the plan:
    # a doer typed as free text (naming people of the case), and one nobody registered.
    participants = [Participant(contact.role, contact.name, contact.agency_name, contact.id)]
    if attendee is not None:
        participants += [
            Participant(attendee.role, attendee.name, attendee.agency_name, attendee.id),
            Participant(CONTACT_ROLES[3], attendee.deputy, attendee.agency_name, attendee.id,
                        deputy=True)]
    participants.append(Participant(t["participant_role"]))
    last = len(participants) - 1
    conference = vault.conferences.add(
        case.id, held_on=ago(20), anonymous=c.anonymous,
        agenda=[AgendaItem(t["agenda0"], True), AgendaItem(t["agenda1"], False),
                AgendaItem(t["agenda2"], True)],
        participants=participants,
        roles=[RoleAssignment("chairs", min(1, last)), RoleAssignment(t["duty"], last),
               RoleAssignment("keeps the minutes", min(2, last))],
        measures=[Measure(t["conf_what0"], t["conf_who0"], ago(10)),
                  Measure(t["conf_what1"], FREE_DOER, None)],
        minutes=t["minutes"], minutes_agreed=True)
    plan.take_over(case.id, vault.conferences.agreed_measures(case.id))
    if attendee is not None:
        # The attendee left the office since: the directory forgets them, the
        # conference record keeps their names as it recorded them.
        vault.directory.delete_contact(attendee.id)

    def at(days_ago: int) -> datetime:
        return datetime.combine(today - timedelta(days=days_ago), time(17, 0))

    tasks = [Task.RELATIONSHIPS, Task.MESSAGES, Task.FUTURE]
    for i in range(3):
        record = vault.sessions.save(SessionRecord(
            case_id=case.id, held_at=at(30 - 10 * i), duration_min=60, mode=Mode.IN_PERSON,
            key_clients=(person_ids[0], person_ids[1 + i % 2]), others=t[f"others{i}"],
            facts=t[f"facts{i}"],
            sources=(Fact(t[f"fact{i}"], t[f"fact_source{i}"]),
                     Fact(t[f"vfact{i}"], "", True)),
            reflection=t[f"reflection{i}"], stress=3, guilt=2, resilience=4,
            state_note=t[f"state_note{i}"], next_steps=t[f"next_steps{i}"],
            follow_up_on=today + timedelta(days=3),
            measures=(measures[i].id,),  # the session ticks a measure of the plan
            tasks=(TaskEntry(tasks[i], t[f"done{i}"], 3, TaskStatus.IN_PROGRESS,
                             setback=t[f"setback{i}"], next_step=t[f"next_step{i}"]),)))
        vault.sessions.sign(record.id)
        vault.sessions.add_addendum(record.id, t[f"addendum{i}"])
    return Written(case.id, index.id, person_ids, person_ids[0], conference.id)


# -- the oracle ----------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def words(text: str) -> list[str]:
    """The folded words of ``text`` (apostrophes inside a word kept together)."""
    text = unicodedata.normalize("NFC", text)
    return [w for w in (fold(x) for x in _WORD.findall(text)) if w]


def keys(secrets) -> set[str]:
    return {k for k in (fold(s) for s in secrets) if len(k) >= 2}


def survivors(text: str, secrets) -> list[tuple[str, str]]:
    """(name part, word) for every word of ``text`` that is, begins with or (for
    names of five letters or more) contains a registered name."""
    found = []
    for word in set(words(text)):
        for key in keys(secrets):
            if word == key or (len(key) >= 3 and word.startswith(key)) \
                    or (len(key) >= 5 and key in word):
                found.append((key, word))
    return sorted(found)


def pool_keys() -> set[str]:
    """Every name part and nickname the generator can register, folded."""
    parts = [p for _w, ps in GIVEN + SURNAMES for p in ps] + NICKNAMES
    return keys(parts)
