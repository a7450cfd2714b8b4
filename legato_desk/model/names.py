"""Who is called what in a case, and finding those names in free text.

One register per export: every person who has been on the case's map (the
current map and every snapshot), the index client, the agency contacts and
their deputies, each with a code ("P3", "C1", "C1-D", the case pseudonym) and
every way the counsellor may have written them: the display name, the index
client's real name, and the aliases (nicknames, short forms, spellings, a
surname alone). ``NameRegister.redact`` replaces each of them in free text.

A name is found as people write it, not as it was typed into the map:

- in any case, in composed or decomposed Unicode, with ’ or ' ("O’Neill"),
  with a soft hyphen or zero-width space inside (the PDF prints "Yılmaz");
- transliterated: every word is folded to ASCII (``anyascii``: ü→u, ß→ss,
  ı→i, ş→s, é→e) and German digraphs to their vowel (ue→u, oe→o, ae→a), so
  "Mueller", "Muller" and "Müller" are one name, as are "Joerg" and "Jörg";
- inflected: a German, English or Turkish ending is taken off before the
  word is compared ("Ahmets", "Alis", "O'Neills", "Müllersches", "Yılmazlar",
  "Yılmaz'ın", "Yılmazlardan");
- in parts: each part of a double or hyphenated name is a name of its own,
  and each part of a hyphenated word is compared ("Ahmet-Leyla conflict");
- misspelt by one letter, for names of five letters or more ("Ahmed" for
  "Ahmet"), unless the word is a common word of German or English.

Over-redaction is the accepted price: a common word that is also a
registered name is replaced too. What was replaced is reported by ``hits``
so the export can say so. ``lookalikes`` lists the words that look like
names (capitalised mid-sentence and not an ordinary word, or after a title
such as "Herrn") but match nobody, for the counsellor to review.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Sequence

from anyascii import anyascii

# Titles and particles: never a name on their own.
TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "herr", "herrn", "frau",
                    "fr", "hr", "familie", "family", "sir", "madam", "bay", "bayan"})
PARTICLES = frozenset({"von", "van", "de", "der", "den", "la", "le", "al", "el", "bin",
                       "ibn", "zu", "du", "da", "di", "dos", "ten", "ter", "bint", "oglu"})
# Words a name is written with that are never names themselves.
NOT_NAMES = TITLES | PARTICLES | {"the", "and", "und", "y"}

# Endings taken off a folded word before it is compared, longest first:
# German genitive and weak nouns (-s, -ns, -n, -es, -en) and adjectives made
# from names ("die Müllersche Wohnung", "Müllersches Haus"), English possessive
# and plural (after the apostrophe is dropped: -s, -es), Turkish plural and
# case suffixes in their folded spelling (-lar, -ler, -in, -nin, -a, -ya ...),
# also the plural followed by a case ("Yılmazlardan", "Öztürklerle").
ENDINGS = tuple(sorted({
    "s", "n", "ns", "es", "en", "ens", "sche", "schen", "scher", "sches", "schem",
    "lar", "ler", "lari", "leri", "larin", "lerin", "lara", "lere", "larda", "lerde",
    "lardan", "lerden", "larla", "lerle",
    "in", "un", "nin", "nun", "i", "u", "yi", "yu", "a", "e", "ya", "ye",
    "da", "de", "ta", "te", "dan", "den", "tan", "ten", "la", "le", "yla", "yle",
}, key=len, reverse=True))

MIN_PART = 2     # shorter pieces ("O" of O'Neill) are not names on their own
MIN_FUZZY = 5    # names this long tolerate one wrong, missing or extra letter

_APOSTROPHES = "'’ʼ´`‘"
# Invisible inside a word (a soft hyphen or zero-width space pasted from a word
# processor): the PDF prints "Yıl\u00admaz" as "Yılmaz", so it is one word.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_LETTER = rf"(?:[^\W\d_]|[\u0300-\u036f{_INVISIBLE}])"
WORD = re.compile(rf"{_LETTER}+(?:[{_APOSTROPHES}]{_LETTER}+)*[{_APOSTROPHES}]?")
_SENTENCE_MARKS = ".!?:;\n•-–—\"“„("


def _sentence_start(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence, a line or a bullet point."""
    before = text[max(0, at - 80):at].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_MARKS


def _lower(word: str) -> str:
    """The form the word lists know: lower case, but "ß" kept ("Großmutter"
    casefolds to "grossmutter", which no list holds)."""
    return unicodedata.normalize("NFC", word).lower()


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """The form two spellings of one name share: "Müller", "MUELLER" -> "muller"."""
    text = anyascii(unicodedata.normalize("NFKC", word)).casefold()
    text = "".join(c for c in text if "a" <= c <= "z")
    return text.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def stems(folded: str) -> list[str]:
    """The word and the word without each ending it may carry."""
    out = [folded]
    for ending in ENDINGS:
        if folded.endswith(ending) and len(folded) - len(ending) >= MIN_PART:
            out.append(folded[:-len(ending)])
    return out


def within_one(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one edit (or one swap of neighbours)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if la < lb else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1:]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def name_parts(name: str, *, words_too: bool = True) -> list[str]:
    """Each part of a name that could identify a person on its own.

    ``words_too=False`` (institutions, online spaces) leaves out parts written
    in lower case: the "forum" of "Gaming forum" is a word, not a name.
    """
    parts = []
    for match in WORD.finditer(unicodedata.normalize("NFC", name)):
        word = match.group(0).rstrip(_APOSTROPHES)
        pieces = [word] + [p for p in re.split(f"[{_APOSTROPHES}]", word) if p != word]
        for piece in pieces:
            if not words_too and piece[:1].islower():
                continue
            key = fold(piece)
            if len(key) >= MIN_PART and key not in NOT_NAMES:
                parts.append(piece)
    return parts


def split_aliases(text: str) -> list[str]:
    """Aliases as stored: separated by commas, semicolons or new lines."""
    return [a.strip() for a in re.split(r"[,;\n]", text or "") if a.strip()]


@dataclass(frozen=True, slots=True)
class Entry:
    """One named party of the case and every way they may be written."""
    code: str
    names: tuple[str, ...]
    words_too: bool = True


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    text: str      # as written in the note
    code: str      # what it becomes
    how: str       # "exact", "inflected", "spelling"


@dataclass(frozen=True, slots=True)
class Lookalike:
    word: str
    start: int
    end: int


Common = Callable[[str], bool]


class NameRegister:
    """Every name of one case, and how each is replaced.

    ``common(word)`` says whether a (lower-case) word is a common word of
    German or English: such words are never taken for a misspelt name.
    ``ordinary(word)`` says whether a capitalised word is more likely an
    ordinary word than a name (for ``lookalikes``).
    ``kept`` are words the counsellor reviewed and keeps as they are.
    """

    def __init__(self, entries: Iterable[Entry], *, common: Common = lambda w: False,
                 ordinary: Common = lambda w: False, kept: Iterable[str] = ()):
        self.entries = [e for e in entries if e.code]
        self._common, self._ordinary = common, ordinary
        self._kept = {fold(w) for w in kept}
        self._exact: dict[str, set[str]] = {}
        for entry in self.entries:
            for name in entry.names:
                for part in name_parts(name, words_too=entry.words_too):
                    self._exact.setdefault(fold(part), set()).add(entry.code)
        self._near: dict[str, set[str]] = {}
        for key in self._exact:
            if len(key) >= MIN_FUZZY:
                for variant in _deletions(key) | {key}:
                    self._near.setdefault(variant, set()).add(key)
        self._cache: dict[str, tuple[frozenset[str], str] | None] = {}

    @property
    def empty(self) -> bool:
        return not self._exact

    def codes_of(self, word: str) -> tuple[frozenset[str], str] | None:
        """Which codes a written word stands for, and how it matched (or None)."""
        found = self._cache.get(word, False)
        if found is False:
            found = self._cache[word] = self._match(word)
        return found

    def _match(self, word: str) -> tuple[frozenset[str], str] | None:
        folded = fold(word)
        if len(folded) < MIN_PART or folded in NOT_NAMES:
            return None
        candidates = stems(folded)
        if folded in self._exact:
            return frozenset(self._exact[folded]), "exact"
        for stem in candidates[1:]:
            if stem in self._exact:
                # "time" and "times" are not Tim inflected; "Tims" and "tims" are.
                # A longer name is a word itself when it is one ("Weiß"), and
                # then redacted in every form, "weißes" too.
                if word[:1].islower() and len(stem) < MIN_FUZZY \
                        and self._common(_lower(word)):
                    return None
                return frozenset(self._exact[stem]), "inflected"
        if not self._near or self._is_common(word):
            return None
        codes: set[str] = set()
        for stem in candidates:
            if len(stem) < MIN_FUZZY - 1:
                continue
            for variant in _deletions(stem) | {stem}:
                for key in self._near.get(variant, ()):
                    if within_one(stem, key):
                        codes |= self._exact[key]
        return (frozenset(codes), "spelling") if codes else None

    def _is_common(self, word: str) -> bool:
        lower = _lower(word)
        for apostrophe in _APOSTROPHES:
            lower = lower.split(apostrophe)[0]
        return self._common(lower) or self._common(lower.rstrip("s"))

    # -- free text -------------------------------------------------------------

    def hits(self, text: str) -> list[Hit]:
        """Every registered name in ``text`` (NFC), runs of one person's name joined."""
        text = unicodedata.normalize("NFC", text or "")
        if self.empty or not text:
            return []
        out: list[Hit] = []
        run: list[tuple[int, int, str, frozenset[str], str]] = []
        for m in WORD.finditer(text):
            found = self.codes_of(m.group(0))
            if found is None:
                continue
            if run and not _joins(text[run[-1][1]:m.start()]):
                out += _close(run, text)
                run = []
            run.append((m.start(), m.end(), m.group(0), *found))
        if run:
            out += _close(run, text)
        return out

    def redact(self, text: str) -> str:
        """``text`` with every registered name replaced by its code."""
        hits = self.hits(text)
        if not hits:
            return text
        text = unicodedata.normalize("NFC", text)
        pieces, at = [], 0
        for hit in hits:
            pieces += [text[at:hit.start], hit.code]
            at = hit.end
        pieces.append(text[at:])
        return "".join(pieces)

    def lookalikes(self, text: str) -> list[Lookalike]:
        """Words that look like names but match nobody and were not kept."""
        text = unicodedata.normalize("NFC", text or "")
        out, previous = [], ""
        for m in WORD.finditer(text):
            word = m.group(0).rstrip(_APOSTROPHES)
            folded = fold(word)
            after_title = previous in TITLES
            previous = folded
            if not word[:1].isupper() or len(folded) < MIN_PART:
                continue
            if folded in NOT_NAMES or folded in self._kept:
                continue
            if not after_title and word.isupper() and len(word) <= 5:
                continue  # an abbreviation such as "JVA"
            if self.codes_of(word) is not None:
                continue
            lower = _lower(word)
            bare = re.split(f"[{_APOSTROPHES}]", lower)[0]
            forms = {lower, bare, bare.rstrip("s")}
            if not after_title and any(self._ordinary(w) for w in forms):
                continue
            # A sentence's first word is capitalised anyway: listed only when no
            # list knows it ("Ahmets Mutter rief an." but not "Dann rief sie an.").
            if not after_title and _sentence_start(text, m.start()) and any(
                    self._common(w) for w in forms):
                continue
            if any(s in self._kept for s in stems(folded)):
                continue
            out.append(Lookalike(word, m.start(), m.start() + len(word)))
        return out


def _joins(gap: str) -> bool:
    """Whether two name words with ``gap`` between them may be one name:
    a space, a hyphen or particles ("Amelie de la Cruz", "Müller-Lüdenscheidt")."""
    if len(gap) > 12:
        return False
    rest = [w for w in re.split(r"[\s\-‐]+", gap) if w]
    return all(fold(w) in PARTICLES for w in rest)


def _close(run, text: str) -> list[Hit]:
    """One run of name words: one code if one person fits them all."""
    shared = frozenset.intersection(*(codes for *_, codes, _how in run))
    how = next((h for *_, h in run if h != "exact"), "exact")
    if shared and len(run) > 1:
        start, end = run[0][0], run[-1][1]
        return [Hit(start, end, text[start:end], _code(shared), how)]
    return [Hit(s, e, w, _code(codes), h) for s, e, w, codes, h in run]


def _code(codes: frozenset[str]) -> str:
    """One code, or the few a shared name (a family's surname) may stand for."""
    ordered = sorted(codes, key=_code_order)
    return "/".join(ordered[:3]) + ("/…" if len(ordered) > 3 else "")


def _code_order(code: str):
    digits = re.findall(r"\d+", code)
    return (code[:1] != "P" if digits else -1, int(digits[0]) if digits else 0, code)


def person_entries(persons: Sequence, index_pseudonym: str, *,
                   alias_text: Callable[[object], str] = lambda p: getattr(p, "aliases", "")
                   ) -> tuple[dict[int, str], list[Entry]]:
    """Codes P1, P2, ... for everyone who has been on the map, in id order, and their entries.

    ``persons`` may hold several versions of one person (the current map and
    snapshots): all their names and aliases count, under one code per id.
    """
    by_id: dict[int, list] = {}
    for p in persons:
        by_id.setdefault(p.id, []).append(p)
    codes: dict[int, str] = {}
    entries: list[Entry] = []
    number = 0
    for pid in sorted(by_id):
        versions = by_id[pid]
        if versions[0].is_index:
            codes[pid] = index_pseudonym
        else:
            number += 1
            codes[pid] = f"P{number}"
        names: list[str] = []
        for v in versions:
            names += [v.name, *split_aliases(alias_text(v))]
        institution = all(getattr(v.kind, "value", "person") != "person" for v in versions)
        entries.append(Entry(codes[pid], tuple(dict.fromkeys(n for n in names if n)),
                             words_too=not institution))
    return codes, entries


@dataclass(frozen=True)
class CaseNames:
    """Codes of the map's persons, and the register every export of the case uses."""
    codes: dict[int, str]
    register: NameRegister


def case_names(index_pseudonym: str, persons: Sequence, *,
               participants: Iterable[tuple[int | None, str]] = (),
               contacts: Iterable[tuple[str, str]] = (),
               recorded_contacts: Iterable[str] = (),
               reviews: dict[str, str] | None = None,
               common: Common = lambda w: False,
               ordinary: Common = lambda w: False) -> CaseNames:
    """Everybody of one case with a code.

    ``persons``: the current map and every snapshot's persons; ``participants``:
    (person id or None, name as written) of the session records; ``contacts``:
    (name, deputy) of each agency contact, coded C1, C1-D, ...;
    ``recorded_contacts``: names the case's records kept from the agency
    directory (a conference's participants, a plan measure's doer): one the
    directory no longer holds as written (the contact left it, was renamed,
    has another deputy, or the case came from another office) is coded after
    the contacts (C3, C4, ...); ``reviews``: word -> "keep" | "redact" from
    the export review (redacted words are coded N1, N2, ...).
    """
    codes, entries = person_entries(persons, index_pseudonym)
    by_code = {e.code: i for i, e in enumerate(entries)}
    loose: list[str] = []
    for pid, name in participants:
        if not name:
            continue
        if pid in codes:
            i = by_code[codes[pid]]
            entries[i] = Entry(entries[i].code, (*entries[i].names, name), entries[i].words_too)
        elif name not in loose:
            loose.append(name)
    entries += [Entry(f"S{n}", (name,)) for n, name in enumerate(loose, start=1)]
    contacts = list(contacts)
    for n, (name, deputy) in enumerate(contacts, start=1):
        entries += [Entry(f"C{n}", (name,)), Entry(f"C{n}-D", (deputy,))]
    held = {_same(n) for pair in contacts for n in pair if n}
    former = list(dict.fromkeys(n for n in recorded_contacts
                                if n and _same(n) not in held))
    entries += [Entry(f"C{n}", (name,)) for n, name in enumerate(former, len(contacts) + 1)]
    reviews = reviews or {}
    redacted = [w for w, d in reviews.items() if d == "redact"]
    entries += [Entry(f"N{n}", (w,)) for n, w in enumerate(redacted, start=1)]
    kept = [w for w, d in reviews.items() if d == "keep"]
    return CaseNames(codes, NameRegister(entries, common=common, ordinary=ordinary, kept=kept))


def _same(name: str) -> str:
    """A name as two records of the same entry hold it (spaces and case aside)."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


@dataclass(frozen=True)
class Review:
    """What a pseudonymised export will replace, and what it leaves that looks like a name.

    ``replaced``: (as written, code, how, times); ``lookalikes``: (word, times),
    both in the order first met.
    """
    replaced: tuple[tuple[str, str, str, int], ...] = ()
    lookalikes: tuple[tuple[str, int], ...] = ()

    @property
    def unreviewed(self) -> list[str]:
        return [word for word, _n in self.lookalikes]


def review(register: NameRegister, hits: Iterable[Hit], texts: Iterable[str]) -> Review:
    replaced: dict[tuple[str, str, str], int] = {}
    for hit in hits:
        key = (hit.text, hit.code, hit.how)
        replaced[key] = replaced.get(key, 0) + 1
    found: dict[str, int] = {}
    for text in texts:
        for look in register.lookalikes(text):
            found[look.word] = found.get(look.word, 0) + 1
    return Review(tuple((*k, n) for k, n in replaced.items()), tuple(found.items()))
