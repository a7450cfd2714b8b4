"""How persons of a map are labelled outside the counsellor's own screen.

Exports (PNG, SVG, PDF) are pseudonymised by default: a person is shown by a
stable code and their role ("P3 · teacher"), never by the display name the
counsellor uses. The index client is shown by the case pseudonym. Codes
follow the order in which persons were added to the map (their id); number
them over everyone who has been on the map (the UI passes the current map and
all snapshots), and a person keeps their code in every export of the case.
"""

from __future__ import annotations

from dataclasses import dataclass

from legato_desk.model.map import Person


@dataclass(frozen=True, slots=True)
class Label:
    title: str       # "P3", the display name, or the case pseudonym
    detail: str = ""  # the role, when known

    @property
    def text(self) -> str:
        return f"{self.title} · {self.detail}" if self.detail else self.title


def person_codes(persons) -> dict[int, str]:
    """P1, P2, ... for every person except the index client, in id order.

    The same numbering as the name register of every export (model/names.py).
    """
    from legato_desk.model.names import person_entries
    index = {p.id for p in persons if p.is_index}
    codes, _entries = person_entries(persons, "")
    return {pid: code for pid, code in codes.items() if pid not in index}


def person_label(person: Person, code: str, index_pseudonym: str,
                 show_names: bool = False) -> Label:
    if person.is_index:
        return Label(index_pseudonym)
    title = person.name if show_names and person.name else code
    return Label(title, person.role)


def map_labels(persons, index_pseudonym: str, show_names: bool = False) -> dict[int, Label]:
    """The label of every person, keyed by id."""
    codes = person_codes(persons)
    return {p.id: person_label(p, codes.get(p.id, ""), index_pseudonym, show_names)
            for p in persons}
