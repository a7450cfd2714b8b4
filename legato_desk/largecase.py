"""The "large case" of shared/docs/performance.md, generated deterministically.

A case that has grown for two years: 300 persons, 800 ties, 12 map
snapshots, 2,000 sessions touching the grounding and all six tasks, and 50
safeguarding and sharing records. Every name is made of invented
syllables; the same seed always gives the same case. Everything is written
through the real repositories; while generating, the connection skips the
fsync of each commit (``synchronous = OFF``), which is restored after, so a
bench's set-up takes seconds instead of minutes. Used by ``make bench`` and
by ``legato-desk demo --large``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from legato_desk.model import map as m

_SYLLABLES = ("ka", "lo", "mer", "ta", "vin", "so", "rel", "da", "mi", "no", "ber", "lu",
              "sa", "tor", "en", "il", "ra", "fe", "gon", "ul")
_ROLES = {
    m.Sector.FAMILY: ("mother", "father", "sister", "brother", "aunt", "uncle", "cousin",
                      "grandmother", "step-father"),
    m.Sector.FRIENDS: ("friend", "neighbour", "old school friend", "team mate"),
    m.Sector.SCHOOL_WORK: ("teacher", "classmate", "colleague", "trainer", "employer"),
    m.Sector.PROFESSIONAL: ("youth worker", "social worker", "police officer", "psychologist",
                            "probation officer", "imam"),
    m.Sector.MILIEU: ("online contact", "preacher", "brother in faith", "recruiter"),
}
_TIE_KIND = {
    m.Sector.FAMILY: m.RelationKind.FAMILY, m.Sector.FRIENDS: m.RelationKind.FRIENDSHIP,
    m.Sector.SCHOOL_WORK: m.RelationKind.SCHOOL_WORK,
    m.Sector.PROFESSIONAL: m.RelationKind.PROFESSIONAL, m.Sector.MILIEU: m.RelationKind.MILIEU,
}


@dataclass(frozen=True)
class LargeCaseSize:
    persons: int = 300
    ties: int = 800
    snapshots: int = 12
    sessions: int = 2_000
    safeguarding: int = 50   # escalations and disclosures together


def invented_name(rng: random.Random) -> str:
    first = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()
    return f"{first} {rng.choice('BDFGHKLMNPRSTVWZ')}."


def generate_large_case(vault, *, seed: int = 7, size: LargeCaseSize = LargeCaseSize()):
    """A new case "L." holding everything the large case has; returns it."""
    conn = vault.conn
    conn.execute("PRAGMA synchronous = OFF")
    try:
        start = date.today() - timedelta(days=730)
        case = vault.cases.create("L.", opened_on=start)
        generate_map(vault, case.id, seed=seed, size=size, start=start)
        generate_sessions(vault, case.id, seed=seed, count=size.sessions, start=start)
        generate_safeguarding(vault, case.id, seed=seed, count=size.safeguarding, start=start)
    finally:
        conn.execute("PRAGMA synchronous = FULL")
    return vault.cases.get(case.id)


_WORDS = ("talked", "about", "work", "the", "mosque", "football", "sister", "future", "plans",
          "school", "argument", "dinner", "proud", "worried", "calm", "phone", "letter", "job",
          "apprenticeship", "friends", "forum", "evening", "weekend", "visit", "trust")


def _sentence(rng: random.Random, words: int, vocabulary=_WORDS) -> str:
    return " ".join(rng.choice(vocabulary) for _ in range(words)).capitalize() + "."


def generate_sessions(vault, case_id: int, *, seed: int, count: int, start: date) -> None:
    """``count`` session records over two years, each touching a few tasks."""
    rng = random.Random(seed + 1)
    state = vault.maps.state(case_id)
    people = [p.id for p in state.persons if not p.is_index][:12] or [None]
    for i in range(count):
        saved = vault.sessions.save(_session_record(rng, case_id, people, i, count, start))
        if i < count - 5:
            vault.sessions.sign(saved.id)


def _session_record(rng: random.Random, case_id: int, people: list, i: int, count: int,
                    start: date, vocabulary=_WORDS):
    """The ``i``-th of ``count`` records spread over two years from ``start``."""
    from datetime import datetime, time

    from legato_desk.model.session import Mode, SessionRecord, Task, TaskEntry, TaskStatus

    minutes = 730 * 24 * 60 // max(count, 1)
    held = datetime.combine(start, time(9)) + timedelta(minutes=i * minutes)
    tasks = rng.sample(list(Task), rng.randint(2, 4))
    return SessionRecord(
        case_id=case_id, held_at=held.replace(second=0, microsecond=0),
        duration_min=rng.choice((25, 45, 60, 90)), mode=rng.choice(list(Mode)),
        key_clients=tuple(p for p in {rng.choice(people)} if p is not None),
        facts=_sentence(rng, 40, vocabulary), reflection=_sentence(rng, 20, vocabulary),
        stress=rng.randint(1, 5), guilt=rng.randint(1, 5), resilience=rng.randint(1, 5),
        next_steps=_sentence(rng, 8, vocabulary),
        tasks=tuple(TaskEntry(t, _sentence(rng, 10, vocabulary), rng.randint(1, 5),
                              rng.choice((TaskStatus.IN_PROGRESS, TaskStatus.IN_PROGRESS,
                                          TaskStatus.PAUSED, TaskStatus.ACHIEVED)),
                              setback=(_sentence(rng, 6, vocabulary) if rng.random() < 0.1
                                       else ""),
                              next_step=_sentence(rng, 5, vocabulary)) for t in tasks))


# -- the vault of many cases, for search -------------------------------------------------

@dataclass(frozen=True)
class SearchVaultSize:
    """performance.md asks for "a vault of 200 such cases for search" and a
    search over 20,000 notes. 200 full large cases would be 400,000 records
    (hours to generate, gigabytes of vault): the search cases are lighter,
    100 records each, so 200 of them hold the 20,000 notes the search target
    names, each with its task notes (2-4 per record) indexed as well."""

    cases: int = 200
    sessions: int = 100
    persons: int = 8
    ties: int = 10


def search_vocabulary(seed: int = 7) -> tuple[str, ...]:
    """The words of the search cases' notes: the large case's everyday words
    and 2,000 invented ones, so searched words range from common to rare."""
    rng = random.Random(seed + 3)
    invented = set()
    while len(invented) < 2_000:
        invented.add("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))))
    return tuple(_WORDS) + tuple(sorted(invented - set(_WORDS)))


def generate_search_vault(vault, *, seed: int = 7, size: SearchVaultSize = SearchVaultSize(),
                          progress=None) -> list:
    """``size.cases`` light cases (a small map, ``size.sessions`` records each,
    unsigned) written through the real repositories, one transaction per
    case's records; returns the cases. Same seed, same content."""
    conn = vault.conn
    conn.execute("PRAGMA synchronous = OFF")
    vocabulary = search_vocabulary(seed)
    small = LargeCaseSize(persons=size.persons, ties=size.ties, snapshots=1, sessions=0,
                          safeguarding=0)
    start = date.today() - timedelta(days=730)
    cases = []
    try:
        for k in range(size.cases):
            rng = random.Random(seed * 100_003 + k)
            case = vault.cases.create(invented_name(rng), opened_on=start)
            generate_map(vault, case.id, seed=seed + k, size=small, start=start)
            people = [p.id for p in vault.maps.persons(case.id) if not p.is_index] or [None]
            vault.sessions.add_many(
                _session_record(rng, case.id, people, i, size.sessions, start, vocabulary)
                for i in range(size.sessions))
            cases.append(vault.cases.get(case.id))
            if progress is not None:
                progress(k + 1, size.cases)
    finally:
        conn.execute("PRAGMA synchronous = FULL")
    return cases


def generate_safeguarding(vault, case_id: int, *, seed: int, count: int, start: date) -> None:
    """Escalations (one in five records) and disclosures to agencies."""
    from legato_desk.model.safeguarding import FlagType, SharingGround, StepState

    rng = random.Random(seed + 2)
    escalations = max(count // 5, 1) if count else 0
    for i in range(escalations):
        esc = vault.safeguarding.raise_flag(case_id, rng.choice(list(FlagType)),
                                            _sentence(rng, 15))
        for step in esc.steps:
            vault.safeguarding.set_step(esc.id, step.id, StepState.DONE)
        if i < escalations - 1:
            vault.safeguarding.close(esc.id, _sentence(rng, 10))
    for _ in range(count - escalations):
        vault.sharing.log(case_id, what=_sentence(rng, 12),
                          recipient=rng.choice(("youth welfare office", "school", "police")),
                          purpose=_sentence(rng, 5),
                          ground=rng.choice((SharingGround.CONSENT, SharingGround.LEGAL_DUTY)))


def generate_map(vault, case_id: int, *, seed: int = 7,
                 size: LargeCaseSize = LargeCaseSize(), start: date | None = None) -> None:
    """Fill the case's map; take ``size.snapshots`` snapshots as it grows."""
    rng = random.Random(seed)
    start = start or date.today() - timedelta(days=730)
    persons: dict[str, dict] = {}
    taken: list[tuple[float, float]] = []
    for i in range(size.persons):
        sector = rng.choice(list(m.Sector))
        ring = rng.choices(list(m.Ring), weights=(2, 3, 3, 1))[0]
        x, y = m.free_position(sector, ring, taken, spacing=0.05)
        taken.append((x, y))
        persons[f"large{case_id}-p{i}"] = m.clean_person_fields({
            "name": invented_name(rng), "role": rng.choice(_ROLES[sector]),
            "kind": rng.choices(list(m.PersonKind), weights=(12, 2, 1))[0],
            "age": rng.randint(12, 80), "marker": rng.choices(list(m.Marker),
                                                              weights=(8, 2, 1))[0],
            "note": f"Note {i}: contact every {rng.randint(1, 6)} weeks.",
            "source": rng.choice(("reported by the mother", "verified", "reported by school")),
            "x": x, "y": y})
    uids = list(persons)
    ties: dict[str, tuple[str, str, dict]] = {}
    index_uid = f"large{case_id}-index"
    while len(ties) < size.ties:
        a = rng.choice([index_uid, *uids[:40]]) if rng.random() < 0.3 else rng.choice(uids)
        b = rng.choice(uids)
        if a == b:
            continue
        sector = m.sector_at(persons[b]["x"], persons[b]["y"])
        ties[f"large{case_id}-t{len(ties)}"] = (a, b, {
            "kind": _TIE_KIND[sector], "strength": rng.choice(list(m.Strength)),
            "conflict": rng.random() < 0.15,
            "status": rng.choices(list(m.TieStatus), weights=(8, 2, 1))[0],
            "direction": rng.choice(list(m.Direction))})
    # The map grows over two years: each snapshot sees a larger part of it.
    steps = max(size.snapshots, 1)
    merged_p: set[str] = set()
    merged_t: set[str] = set()
    for step in range(1, steps + 1):
        known = set(uids[:len(uids) * step // steps]) | {index_uid}
        batch_p = {u: persons[u] for u in uids if u in known and u not in merged_p}
        batch_t = {t: v for t, v in ties.items()
                   if t not in merged_t and v[0] in known and v[1] in known}
        vault.maps.merge(case_id, batch_p, batch_t, index_uid=index_uid)
        merged_p |= set(batch_p)
        merged_t |= set(batch_t)
        _life_goes_on(vault, case_id, rng, sorted(merged_p), sorted(merged_t))
        if step <= size.snapshots:
            vault.maps.take_snapshot(case_id, f"month {step * 2}",
                                     start + timedelta(days=61 * step))


def _life_goes_on(vault, case_id: int, rng: random.Random, persons: list[str],
                  ties: list[str]) -> None:
    """Between two snapshots a few persons move rings and a few ties change."""
    state = vault.maps.state(case_id)
    by_uid = {p.uid: p for p in state.persons}
    moves = {}
    for uid in rng.sample(persons, min(4, len(persons))):
        p = by_uid[uid]
        ring = rng.choice(list(m.Ring))
        moves[p.id] = m.point_at(p.sector, ring, rng.uniform(-25, 25))
    vault.maps.move(moves)
    tie_ids = {r.uid: r.id for r in state.relations}
    for uid in rng.sample(ties, min(4, len(ties))):
        vault.maps.update_relation(tie_ids[uid], **rng.choice((
            {"conflict": True}, {"status": m.TieStatus.CUT_OFF},
            {"status": m.TieStatus.NORMAL, "conflict": False},
            {"strength": m.Strength.STRONG})))
