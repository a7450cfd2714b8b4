"""Who can be reached after the release: the warning in words and a table.

The rule is model/availability.py's; this only says it. Public holidays are
not known to the check, and the panel says so.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.availability import HORIZONS, ReleaseCheck
from legato_desk.ui import theme

_DAYS = (QT_TRANSLATE_NOOP("ReleaseReach", "Monday"), QT_TRANSLATE_NOOP("ReleaseReach", "Tuesday"),
         QT_TRANSLATE_NOOP("ReleaseReach", "Wednesday"),
         QT_TRANSLATE_NOOP("ReleaseReach", "Thursday"),
         QT_TRANSLATE_NOOP("ReleaseReach", "Friday"),
         QT_TRANSLATE_NOOP("ReleaseReach", "Saturday"),
         QT_TRANSLATE_NOOP("ReleaseReach", "Sunday"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReleaseReach", text)


def moment_text(moment: datetime, with_date: bool = False) -> str:
    """"Friday 15:30" (with the date: "Friday 13.06. 15:30")."""
    day = _tr(_DAYS[moment.weekday()])
    if with_date:
        day += moment.strftime(" %d.%m.")
    return f"{day} {moment.hour}:{moment.minute:02d}"


def warning_text(check: ReleaseCheck) -> str:
    """The check in one or two sentences; empty when someone is reachable at once."""
    released = moment_text(check.moment)
    if not check.known:
        return _tr("Released on {when}: no contact named in the checklist has office hours "
                   "in the agency directory, so nobody is known to be reachable.").format(
            when=released)
    if not check.warning:
        return ""
    if check.first is None:
        return _tr("Released on {when}: none of the case's contacts is reachable in the "
                   "week after release.").format(when=released)
    return _tr("Released on {when}: none of the case's contacts is reachable until "
               "{until}.").format(when=released, until=moment_text(check.first))


class ReachPanel(QWidget):
    """The warning, shown plainly, and per person when they can first be reached."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Reachability warning"))
        theme.set_text_colour(self.warning, theme.ERROR, extra="font-weight: bold;")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 2 + len(HORIZONS))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Contact"), self.tr("First reachable")]
            + [self.tr("{hours} h").format(hours=h) for h in HORIZONS])
        self.table.setAccessibleName(self.tr("Who is reachable after the release"))
        self.table.setTabKeyNavigation(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(150)
        holidays = QLabel(self.tr(
            "Office hours as recorded in the agency directory, for the contacts named in the "
            "checklist and their deputies. Public holidays are not taken into account."))
        holidays.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.warning, self.summary, self.table, holidays):
            layout.addWidget(widget)

    def show_check(self, check: ReleaseCheck | None) -> None:
        self.table.setRowCount(0)
        if check is None:
            self.warning.clear()
            self.warning.hide()
            self.summary.setText(self.tr(
                "Enter the date and time of release to see who can be reached in the first "
                "days."))
            return
        text = warning_text(check)
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
        counts = [self.tr("in the first {hours} hours: {count}").format(
            hours=h, count=len(check.reachable_within(h))) for h in HORIZONS]
        self.summary.setText(self.tr("Reachable people {counts}.").format(
            counts="; ".join(counts)))
        self.table.setRowCount(len(check.people))
        for row, p in enumerate(check.people):
            who = (self.tr("{name} (deputy)").format(name=p.name) if p.is_deputy else p.name)
            if not p.recorded:
                first = self.tr("office hours not recorded")
            elif p.first is None:
                first = self.tr("not in the week after release")
            else:
                first = (self.tr("at once") if p.first == check.moment
                         else moment_text(p.first, with_date=True))
            cells = [who, first] + [self.tr("yes") if p.within(check.moment, h)
                                    else self.tr("no") for h in HORIZONS]
            for col, value in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(value))
