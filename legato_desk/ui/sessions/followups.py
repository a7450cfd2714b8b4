"""Follow-ups due soon, across all cases: a panel above the case list.

"Soon" is a rolling window, ``DAYS_KEY`` days from today (Settings ▸
Follow-ups, stored in the vault), not the calendar week: on a Friday the
next Monday's follow-ups are shown too. Overdue ones are always shown until
they are marked done. The panel asks ``today()`` for the date, so tests and
the main window can pass a clock of their own.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.progress import due_within, horizon
from legato_desk.ui import theme

RefRole = Qt.ItemDataRole.UserRole + 1

DAYS_KEY = "followups.days"  # vault setting: how many days ahead the panel looks
DAYS_DEFAULT = 7
DAYS_MIN, DAYS_MAX = 1, 90


def horizon_days(settings) -> int:
    """The stored number of days ahead (``vault.settings``), within its range."""
    try:
        value = int(settings.get(DAYS_KEY, DAYS_DEFAULT))
    except (TypeError, ValueError):
        return DAYS_DEFAULT
    return min(max(value, DAYS_MIN), DAYS_MAX)


class FollowUpsPanel(QFrame):
    open_requested = Signal(int, int)  # case id, session id

    def __init__(self, vault, today=date.today, parent=None):
        super().__init__(parent)
        self.vault = vault
        self._today = today
        self.setObjectName("followUps")
        self.title = QLabel()
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("The follow-up happened; remove it from this list"))
        self.done_button.clicked.connect(self._mark_done)
        self.list = QListWidget()
        self._name_list(DAYS_DEFAULT)
        self.list.itemActivated.connect(self._open)
        self.list.itemDoubleClicked.connect(self._open)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addLayout(head)
        layout.addWidget(self.list)

    def refresh(self) -> None:
        today = self._today()
        days = horizon_days(self.vault.settings)
        items = due_within(self.vault.sessions.follow_ups(horizon(today, days)), today, days)
        self.list.clear()
        base = self.list.palette().color(QPalette.ColorRole.Base)
        for f in items:
            step = " ".join(f.next_steps.split()) or self.tr("(no next step written)")
            when = QLocale().toString(QDate(f.due), "ddd dd.MM.")  # weekday in the UI language
            if f.overdue(today):
                when += " " + self.tr("overdue")
            item = QListWidgetItem(f"{when} · {f.case_code} {f.pseudonym} · {step}")
            item.setData(RefRole, (f.case_id, f.session_id))
            item.setToolTip(f.next_steps)
            if f.overdue(today):
                item.setForeground(QBrush(theme.legible(theme.ERROR, base)))
            self.list.addItem(item)
        self.title.setText("<b>" + self.tr("Due within %n day(s) ({count})", "", days).format(
            count=len(items)) + "</b>")
        self._name_list(days)
        rows = min(len(items), 4)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 6 if rows else 0)
        self.setVisible(bool(items))

    def _name_list(self, days: int) -> None:
        self.list.setAccessibleName(self.tr("Follow-ups due within %n day(s)", "", days))

    def clear(self) -> None:
        self.list.clear()
        self.hide()

    def _open(self, item: QListWidgetItem) -> None:
        self.open_requested.emit(*item.data(RefRole))

    def _mark_done(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.vault.sessions.set_follow_up_done(item.data(RefRole)[1])
            self.refresh()


class FollowUpsPage(QWidget):
    """Settings ▸ Follow-ups: how many days ahead the case list shows follow-ups."""

    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self.days = QSpinBox()
        self.days.setRange(DAYS_MIN, DAYS_MAX)
        self.days.valueChanged.connect(self._suffix)
        self.days.setValue(horizon_days(vault.settings))
        self._suffix(self.days.value())
        self.days.setAccessibleName(self.tr("Show follow-ups due within this many days"))
        explain = QLabel(self.tr(
            "The case list shows the open follow-ups of all cases that are due from "
            "today up to this many days ahead, whatever the day of the week. Overdue "
            "follow-ups stay on the list until you mark them done."))
        explain.setWordWrap(True)
        form = QFormLayout(self)
        label = QLabel(self.tr("Show follow-ups due &within:"))
        label.setBuddy(self.days)
        form.addRow(label, self.days)
        form.addRow(explain)

    def _suffix(self, value: int) -> None:
        self.days.setSuffix(self.tr(" day(s)", "", value))

    def title(self) -> str:
        return self.tr("Follow-ups")

    def apply(self) -> None:
        self._vault.settings.set(DAYS_KEY, self.days.value())
