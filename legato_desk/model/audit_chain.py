"""The audit trail's hash chain, as pure rules.

Each entry's hash covers its fields and the previous entry's hash: an edited
entry or one removed from the middle breaks the chain. A removed *tail*
leaves a shorter but valid chain, so the verifier also takes the highest id
the log ever handed out (the vault keeps it in sqlite_sequence) and the ids
must run 1..that number without a gap.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable


@dataclass(frozen=True, slots=True)
class Entry:
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    prev_hash: str
    hash: str
    case_ref: int | None = None


def digest(prev_hash: str, at: str, actor: str, action: str, entity: str,
           entity_id: str, case_ref: int | None = None) -> str:
    parts = [prev_hash, at, actor, action, entity, entity_id]
    if case_ref is not None:  # entries written before case_ref existed hash as before
        parts.append(f"case={case_ref}")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def first_break(entries: Iterable[Entry], issued: int | None = None) -> int | None:
    """The id where the chain first breaks, or None if it is intact.

    ``issued`` is the highest id ever given out; entries missing at the end
    are reported as the first missing id.
    """
    prev, expected = "", 1
    for e in entries:
        if e.prev_hash != prev or e.hash != digest(prev, e.at, e.actor, e.action,
                                                   e.entity, e.entity_id, e.case_ref):
            return e.id
        if issued is not None and (e.id != expected or e.id > issued):
            return expected  # a gap, or the sequence itself was lowered
        prev, expected = e.hash, e.id + 1
    if issued is not None and issued >= expected:
        return expected
    return None
