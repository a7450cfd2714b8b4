"""How each task's series looks in a chart: one table for the app and the PDF.

The app's Progress tab (ui/sessions/chart.py) and the PDF's progress chart
(reports/session_sections.py) both draw from ``SERIES``, so a task has the
same colour, marker and line in both. Colours are hex strings and markers
plain names; each side turns them into its own drawing calls.

The nine colours all read at 3:1 or more on white (WCAG's figure for marks)
and stay apart for red-green colour-blind readers too (deuteranopia and
protanopia simulated: no two closer than about 14 CIELAB units). Colour is
never the only cue: every task has its own marker shape, filled or open, and
the grounding essentials are drawn dashed.
"""

from __future__ import annotations

from dataclasses import dataclass

from legato_desk.model.session import GROUNDING, Task

MARKERS = ("circle", "square", "diamond", "triangle", "cross", "star")


@dataclass(frozen=True, slots=True)
class SeriesStyle:
    colour: str        # "#rrggbb"
    marker: str        # one of MARKERS
    filled: bool       # an open marker is drawn white inside, outlined in the colour
    dashed: bool       # the grounding essentials' lines

    def __post_init__(self) -> None:
        if self.marker not in MARKERS:
            raise ValueError(f"unknown marker {self.marker!r}")


def _style(task: Task, colour: str, marker: str, filled: bool = True) -> SeriesStyle:
    return SeriesStyle(colour, marker, filled, task in GROUNDING)


SERIES: dict[Task, SeriesStyle] = {
    Task.RELATIONSHIPS: _style(Task.RELATIONSHIPS, "#3e86e6", "circle"),
    Task.MESSAGES: _style(Task.MESSAGES, "#0e9664", "square"),
    Task.ACKNOWLEDGEMENT: _style(Task.ACKNOWLEDGEMENT, "#9952ae", "diamond"),
    Task.FUTURE: _style(Task.FUTURE, "#f34316", "triangle"),
    Task.WORK: _style(Task.WORK, "#9a8e28", "cross"),
    Task.CHALLENGES: _style(Task.CHALLENGES, "#332288", "star"),
    Task.PARTNER: _style(Task.PARTNER, "#c05d93", "circle", filled=False),
    Task.EMOTIONS: _style(Task.EMOTIONS, "#065816", "square", filled=False),
    Task.THERAPY: _style(Task.THERAPY, "#654f46", "diamond", filled=False),
}

TASK_COLOURS: dict[Task, str] = {task: style.colour for task, style in SERIES.items()}
