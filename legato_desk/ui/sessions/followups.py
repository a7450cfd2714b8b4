"""Follow-ups due this week, across all cases: a panel above the case list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from legato_desk.model.progress import due_this_week, week_end
from legato_desk.ui import theme

RefRole = Qt.ItemDataRole.UserRole + 1


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
        self.list.setAccessibleName(self.tr("Follow-ups due this week"))
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
        items = due_this_week(self.vault.sessions.follow_ups(week_end(today)), today)
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
        self.title.setText("<b>" + self.tr("Due this week ({n})").format(n=len(items)) + "</b>")
        rows = min(len(items), 4)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 6 if rows else 0)
        self.setVisible(bool(items))

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
