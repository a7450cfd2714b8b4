"""How one export shows persons and free text, from the case's name register.

Every person of the map is shown by the code the register gave them (P1, P2,
… in the order they were added) and their role, e.g. "P3 · teacher"; free
text goes through ``NameRegister.redact`` (model/names.py), which finds each
registered name and alias however it was written. With real names on,
persons are shown by their display name and text is printed as written.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from legato_desk.model.map import Person
from legato_desk.model.names import CaseNames, Hit, case_names


class Pseudonyms:
    def __init__(self, index_pseudonym: str, persons: Sequence[Person], *,
                 real_names: bool = False, other_names: Iterable[tuple[str, str]] = (),
                 names: CaseNames | None = None):
        """``names``: the case's register (exporting.case_names); without it one is
        made from ``persons`` and ``other_names`` ((name, deputy) of contacts)."""
        self.real_names = real_names
        if names is None:
            names = case_names(index_pseudonym, persons, contacts=other_names)
        self.register = names.register
        self._codes = dict(names.codes)
        self._labels: dict[int, str] = {}
        for p in persons:
            code = self._codes.get(p.id, "?")
            if p.is_index:
                self._labels[p.id] = index_pseudonym
                continue
            shown = p.name if real_names and p.name else code
            role = p.role if real_names else self.register.redact(p.role)
            self._labels[p.id] = f"{shown} · {role}" if role else shown
        self.replaced: list[Hit] = []  # every replacement made, for the export's review
        self.texts: list[str] = []     # every free text printed, for the look-alike review

    def label(self, person_id: int) -> str:
        """How a person is shown: "P3 · teacher" (or their name when real names are on)."""
        return self._labels.get(person_id, "?")

    def code(self, person_id: int) -> str:
        return self._codes.get(person_id, "?")

    def labels(self) -> dict[int, str]:
        return dict(self._labels)

    def text(self, value: str) -> str:
        """Free text with every known name replaced by its code."""
        if self.real_names or not value:
            return value
        self.texts.append(value)
        hits = self.register.hits(value)
        if not hits:
            return value
        self.replaced += hits
        return self.register.redact(value)
