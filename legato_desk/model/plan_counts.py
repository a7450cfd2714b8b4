"""Goals of the intervention plan, counted for the funder statistics.

Counts only, never a goal's text: a case contributes the states of its
goals (model.plan.GoalState values), and the statistics add them up.
``model/statistics.py`` calls ``goal_outcomes`` for the cases it counts
(the goals at the case's ending: a closed case's goals as they were left).
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable

from legato_desk.model.plan import GoalState

OUTCOMES = tuple(s.value for s in GoalState)  # open, met, partly_met, not_met


def goal_outcomes(states: Iterable[str | GoalState]) -> Counter:
    """How many goals stand at each state; every state is a key (0 if none)."""
    out = Counter({key: 0 for key in OUTCOMES})
    for state in states:
        value = state.value if isinstance(state, GoalState) else str(state)
        if value not in out:
            raise ValueError(f"unknown goal state {value!r}")
        out[value] += 1
    return out
