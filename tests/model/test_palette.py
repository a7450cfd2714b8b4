"""The chart series' looks (model/palette) and where coinciding points go
(model/progress.dodge): the rules both the app's and the PDF's chart follow."""

from __future__ import annotations

from datetime import datetime, timedelta

from legato_desk.model import progress as p
from legato_desk.model.palette import MARKERS, SERIES
from legato_desk.model.session import GROUNDING, Task

T0 = datetime(2026, 3, 2, 10, 0)


def _luminance(hex_colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def test_every_task_has_a_style_of_its_own_that_reads_on_white():
    assert list(SERIES) == list(Task)
    looks = {(s.marker, s.filled) for s in SERIES.values()}
    assert len(looks) == len(Task) and {s.marker for s in SERIES.values()} <= set(MARKERS)
    assert len({s.colour for s in SERIES.values()}) == len(Task)
    on_white = {t.name: round(1.05 / (_luminance(s.colour) + 0.05), 2) for t, s in SERIES.items()}
    assert {t: c for t, c in on_white.items() if c < 3.0} == {}  # WCAG for marks
    assert {t for t, s in SERIES.items() if s.dashed} == set(GROUNDING)


def _points(*pairs, hour=10):
    return [p.ProgressPoint(T0 + timedelta(days=d, hours=hour - 10), r, d) for d, r in pairs]


def test_points_of_one_day_and_one_rating_are_spread_around_their_place():
    series = {Task.RELATIONSHIPS: _points((0, 2), (7, 3)),
              Task.MESSAGES: _points((0, 4), (7, 3)),
              Task.WORK: _points((7, 3), hour=16)}  # a later session of the same day
    assert p.dodge(series) == {Task.RELATIONSHIPS: [0.0, -1.0], Task.MESSAGES: [0.0, 0.0],
                               Task.WORK: [1.0]}
    crowd = p.crowds(series)[(T0 + timedelta(days=7)).date(), 3]
    assert [task for task, _pt in crowd] == [Task.RELATIONSHIPS, Task.MESSAGES, Task.WORK]
    assert p.dodge({}) == {} and p.crowds({}) == {}


def test_two_points_in_a_crowd_sit_half_a_step_either_side():
    series = {Task.FUTURE: _points((3, 1)), Task.THERAPY: _points((3, 1))}
    assert p.dodge(series) == {Task.FUTURE: [-0.5], Task.THERAPY: [0.5]}
