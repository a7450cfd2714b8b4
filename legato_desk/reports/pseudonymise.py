"""Consistent pseudonyms for one export, and redaction of names in free text.

Every person of the map gets a code (P1, P2, … in the order they were added)
shown with their role, e.g. "P3 · teacher"; the same code stands for the same
person throughout the document. Free text (summaries, notes) is searched for
each person's name as written and for its parts (given name, surname, each
half of a double name), and every hit is replaced by the code: a note that
says "Hans-Peter said" prints "P4 said". Matching is case-sensitive on whole
words, so a name that is also a common word ("Rose", "Will") is replaced
where it is written as a name, and over-redaction of a capitalised common
word is the accepted price for never printing a name.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from legato_desk.model.map import Person, PersonKind

# Titles and particles that are not names on their own.
_NOT_NAMES = {"mr", "mrs", "ms", "miss", "dr", "prof", "herr", "frau", "von", "van", "de",
              "der", "den", "la", "le", "al", "el", "bin", "ibn", "the", "and", "und"}


def name_parts(name: str, *, words_too: bool = True) -> list[str]:
    """The full name and every part of it that could identify a person, longest first.

    ``words_too=False`` (institutions, online spaces) leaves out parts written
    in lower case: the "forum" of "Gaming forum" is a word, not a name.
    """
    name = " ".join(name.split())
    if not name:
        return []
    parts = {name}
    words = name.split()
    while words and words[0].strip(".").lower() in _NOT_NAMES:
        words = words[1:]  # "Dr. Amelie de la Cruz" is also written "Amelie de la Cruz"
    if words and len(" ".join(words).replace(".", "")) >= 2:
        parts.add(" ".join(words))
    for word in re.split(r"[\s/]+", name):
        word = word.strip(".,;:()\"'")
        pieces = [word, *word.split("-")] if "-" in word else [word]
        for piece in pieces:
            bare = piece.strip(".")
            if len(bare) >= 2 and (words_too or not bare[0].islower()) \
                    and bare.lower() not in _NOT_NAMES:
                parts.add(bare)
    return sorted(parts, key=len, reverse=True)


class Pseudonyms:
    def __init__(self, index_pseudonym: str, persons: Sequence[Person], *,
                 real_names: bool = False, other_names: Iterable[tuple[str, str]] = ()):
        """``other_names``: (real name, code) pairs from outside the map (agency contacts)."""
        self.real_names = real_names
        self._labels: dict[int, str] = {}
        self._codes: dict[int, str] = {}
        redact: list[tuple[str, str]] = []
        number = 0
        for p in sorted(persons, key=lambda p: p.id):
            if p.is_index:
                self._labels[p.id] = self._codes[p.id] = index_pseudonym
                continue
            number += 1
            code = f"P{number}"
            self._codes[p.id] = code
            shown = p.name if real_names and p.name else code
            self._labels[p.id] = f"{shown} · {p.role}" if p.role else shown
            redact += [(part, code) for part in name_parts(
                p.name, words_too=p.kind is PersonKind.PERSON)]
        for name, code in other_names:
            redact += [(part, code) for part in name_parts(name)]
        redact.sort(key=lambda pair: len(pair[0]), reverse=True)
        self._pattern = None
        self._replacement: dict[str, str] = {}
        if redact and not real_names:
            for part, code in redact:
                self._replacement.setdefault(part, code)
            alternatives = "|".join(re.escape(part) for part in self._replacement)
            self._pattern = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")

    def label(self, person_id: int) -> str:
        """How a person is shown: "P3 · teacher" (or their name when real names are on)."""
        return self._labels.get(person_id, "?")

    def code(self, person_id: int) -> str:
        return self._codes.get(person_id, "?")

    def labels(self) -> dict[int, str]:
        return dict(self._labels)

    def text(self, value: str) -> str:
        """Free text with every known name replaced by its code."""
        if self._pattern is None or not value:
            return value
        return self._pattern.sub(lambda hit: self._replacement[hit.group(0)], value)
