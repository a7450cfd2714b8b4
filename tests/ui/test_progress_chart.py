"""The progress chart (issue 16.9): points that coincide stay visible and share
one tooltip, and a task looks the same on the Progress tab and in the PDF."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QToolTip
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing

from legato_desk.exporting import gather
from legato_desk.model.export import Audience, ExportRequest
from legato_desk.model.palette import SERIES
from legato_desk.model.session import SessionRecord, Task, TaskEntry, TaskStatus
from legato_desk.reports.case_report import build_story
from legato_desk.ui import theme
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.sessions.chart import RADIUS

DAY = date(2026, 3, 20)


def _session(vault, case_id, when, **ratings):
    vault.sessions.save(SessionRecord(case_id, when, facts="Talked.", tasks=tuple(
        TaskEntry(Task[name], done="worked on it", rating=rating,
                  status=TaskStatus.IN_PROGRESS) for name, rating in ratings.items())))


@pytest.fixture
def case(vault):
    """Relationships and messages both rated 3 on 16 March; apart before and after."""
    case = vault.cases.create("M.")
    _session(vault, case.id, datetime(2026, 3, 2, 10), RELATIONSHIPS=2, MESSAGES=4)
    _session(vault, case.id, datetime(2026, 3, 16, 10), RELATIONSHIPS=3, MESSAGES=3, WORK=1)
    _session(vault, case.id, datetime(2026, 3, 30, 10), RELATIONSHIPS=4, MESSAGES=2)
    return case


@pytest.fixture
def progress(qtbot, vault, app_paths, case):
    theme.apply(QApplication.instance(), theme.LIGHT)
    window = MainWindow(vault, QSettings(str(app_paths.settings_file),
                                         QSettings.Format.IniFormat), today=lambda: DAY)
    qtbot.addWidget(window)
    window.resize(1100, 800)
    window.show()
    window.open_case(case.id)
    page = window.workspace.page("progress")
    window.workspace.tabs.setCurrentWidget(page)
    chart = page.overview.chart
    qtbot.waitUntil(lambda: len(chart.series) == 3)
    chart.repaint()
    yield chart
    theme.apply(QApplication.instance(), theme.SYSTEM)


def _dots_on(chart, day: int):
    return {task: pos for pos, task, pt in chart._dots if pt.held_at.day == day}


def test_two_tasks_with_one_rating_on_one_day_are_both_seen(progress):
    chart = progress
    shared = _dots_on(chart, 16)
    rel, msg = shared[Task.RELATIONSHIPS], shared[Task.MESSAGES]
    assert rel.y() == msg.y()  # the rating stays exact
    assert abs(rel.x() - msg.x()) >= 2 * RADIUS  # side by side, not one over the other
    image = chart.grab().toImage()
    ratio = image.devicePixelRatio()
    for task, pos in shared.items():
        colour = image.pixelColor(QPoint(round(pos.x() * ratio), round(pos.y() * ratio)))
        assert colour.name() == chart.line_colour(task).name(), task
    alone = _dots_on(chart, 2)  # ratings 2 and 4: nothing to move apart
    assert alone[Task.RELATIONSHIPS].x() == alone[Task.MESSAGES].x()


def test_the_tooltip_names_every_task_at_a_point(qtbot, progress):
    chart = progress
    pos = _dots_on(chart, 16)[Task.MESSAGES].toPoint()
    qtbot.mouseMove(chart, pos)
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == "Relationships, Messages · 16.03.2026 · 3/5"
    work = _dots_on(chart, 16)[Task.WORK].toPoint()
    qtbot.mouseMove(chart, work)
    qtbot.waitUntil(lambda: QToolTip.text() == "Work · 16.03.2026 · 1/5")


def _pdf_chart(vault, case) -> LinePlot:
    request = ExportRequest.default(Audience.SUPERVISION, case_id=case.id)
    _r, story, _title = build_story(gather(vault, request, DAY), request)

    def drawings(flowables):
        for f in flowables:
            if isinstance(f, Drawing):
                yield f
            yield from drawings(getattr(f, "_content", []))

    [plot] = [c for d in drawings(story) for c in d.contents if isinstance(c, LinePlot)]
    return plot


def test_a_task_has_one_colour_and_marker_in_the_app_and_the_pdf(vault, case, progress):
    plot = _pdf_chart(vault, case)
    tasks = list(progress.series)
    assert tasks == [Task.RELATIONSHIPS, Task.MESSAGES, Task.WORK]
    in_pdf = {task: (QColor(plot.lines[i].strokeColor.hexval().replace("0x", "#")).name(),
                     plot.lines[i].symbol.kind) for i, task in enumerate(tasks)}
    in_app = {task: progress.line_colour(task).name() for task in tasks}
    assert {task: colour for task, (colour, _kind) in in_pdf.items()} == in_app
    assert [kind for _colour, kind in in_pdf.values()] == [
        "FilledCircle", "FilledSquare", "FilledCross"]
    assert all(SERIES[t].colour == in_app[t] for t in tasks)  # light: the table's own


def test_coinciding_points_are_moved_apart_in_the_pdf_too(vault, case):
    plot = _pdf_chart(vault, case)
    rel, msg = plot.data[0][1], plot.data[1][1]
    assert rel[1] == msg[1] == 3 and msg[0] > rel[0]
    assert plot.data[0][0][0] == plot.data[1][0][0]  # 2 March: ratings differ
