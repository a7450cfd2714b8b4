"""Where each person's label goes: the side of its person where it overlaps least.

Greedy, closest persons first, over a grid of plain tuples: each label takes
the candidate side (``PersonItem.label_boxes``) whose overlap with the
symbols and the labels already placed is smallest, a little penalty per side
breaking ties towards the first ones. A label that no side leaves free is
*crowded*: it is not placed in the grid and shows only when zoomed in or
selected.

On a dense map most labels are crowded, and counting each side's whole
overlap was most of the work (and grew with the persons times their
density: 8 ms at the large case, 63 ms at four times it). So the layout
first counts each side only up to the point where it could no longer be the
free side; a label that reaches that point on every side is crowded, and
which of its sides overlaps least is worked out when it is about to be shown
(``resolve``), against the labels placed before it, exactly as a full count
would have placed it. Labels with a free side are placed as before.
"""

from __future__ import annotations

import math

CELL = 96.0        # grid cell, scene units
CROWDED = 0.12     # a side is free while it overlaps at most this share of its box
SIDE_PENALTY = 2.0


class LabelLayout:
    def __init__(self):
        self._grid: dict[tuple[int, int], list[tuple]] = {}
        self._order: dict[int, int] = {}  # id(label box) -> when it was placed
        self._placed = 0
        self._pending: dict = {}  # crowded item -> (its boxes, labels placed before it)

    # -- the grid ----------------------------------------------------------------

    def _add(self, box: tuple, label: bool = False) -> None:
        x0, y0, x1, y1 = box
        grid = self._grid
        for gx in range(int(x0 // CELL), int(x1 // CELL) + 1):
            for gy in range(int(y0 // CELL), int(y1 // CELL) + 1):
                bucket = grid.get((gx, gy))
                if bucket is None:
                    grid[(gx, gy)] = [box]
                else:
                    bucket.append(box)
        if label:
            self._order[id(box)] = self._placed
            self._placed += 1

    def _overlap(self, x0, y0, x1, y1, limit: float, before: int | None = None) -> float:
        """The area the box shares with placed boxes; stops once it reaches ``limit``.
        ``before``: only labels placed before that many (symbols always count)."""
        total, seen = 0.0, None
        gy0, gy1 = int(y0 // CELL), int(y1 // CELL) + 1
        several = gy1 - gy0 > 1 or int(x1 // CELL) > int(x0 // CELL)
        grid, order = self._grid, self._order
        for gx in range(int(x0 // CELL), int(x1 // CELL) + 1):
            for gy in range(gy0, gy1):
                for other in grid.get((gx, gy), ()):
                    ox0, oy0, ox1, oy1 = other
                    if ox0 >= x1 or ox1 <= x0 or oy0 >= y1 or oy1 <= y0:
                        continue
                    if before is not None and order.get(id(other), -1) >= before:
                        continue
                    if several:  # a box in two cells counts once
                        if seen is None:
                            seen = set()
                        elif id(other) in seen:
                            continue
                        seen.add(id(other))
                    total += ((x1 if x1 < ox1 else ox1) - (x0 if x0 > ox0 else ox0)) * (
                        (y1 if y1 < oy1 else oy1) - (y0 if y0 > oy0 else oy0))
                    if total >= limit:  # already no better than the best side
                        return total
        return total

    def _choose(self, boxes: list[tuple], cap: float,
                before: int | None = None) -> tuple[int, float]:
        """(side, score) of the least overlapping side; scores count up to ``cap`` only."""
        best, best_score = 0, None
        for side, box in enumerate(boxes):
            penalty = side * SIDE_PENALTY
            limit = (cap if best_score is None else min(best_score, cap)) - penalty
            if limit <= 0:
                break  # later sides cost more than the best already found
            score = self._overlap(*box, limit, before) + penalty
            if best_score is None or score < best_score:
                best, best_score = side, score
            if score == 0:
                break
        return best, best_score

    # -- layout ------------------------------------------------------------------

    def run(self, items) -> None:
        """Place the labels of ``items`` (PersonItems, ghosts included)."""
        places = []
        for item in items:
            pos = item.pos()
            x, y, r = pos.x(), pos.y(), item.radius + 1
            self._add((x - r, y - r, x + r, y + r))
            places.append((x * x + y * y, x, y, item))
        places.sort(key=lambda t: t[0])
        for _, x, y, item in places:
            if item.person.is_index:
                continue
            boxes = [(x + bx0, y + by0, x + bx1, y + by1)
                     for bx0, by0, bx1, by1 in item.label_boxes()]
            area = (boxes[0][2] - boxes[0][0]) * (boxes[0][3] - boxes[0][1])
            # Above this score a side can no longer be the free one, whatever
            # the other sides overlap (the penalties are at most this much apart).
            cap = CROWDED * area + SIDE_PENALTY * len(boxes)
            side, score = self._choose(boxes, cap)
            if score >= cap:  # crowded on every side: its side is found when shown
                self._pending[item] = (boxes, self._placed)
                item.place_label(side, True)
                continue
            crowded = score - side * SIDE_PENALTY > CROWDED * area
            item.place_label(side, crowded)
            if not crowded:
                self._add(boxes[side], label=True)

    def pending(self) -> bool:
        return bool(self._pending)

    def resolve(self, items=None) -> None:
        """Give crowded labels (all, or those of ``items``) their least
        overlapping side, as the full count places them."""
        chosen = list(self._pending) if items is None else \
            [i for i in items if i in self._pending]
        for item in chosen:
            boxes, before = self._pending.pop(item)
            if item.scene() is not None:
                item.place_label(self._choose(boxes, math.inf, before)[0], True)
