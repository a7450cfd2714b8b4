"""The Audit trail tab: read-only, who did what to which record of this case, when."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import Case
from legato_desk.ui.widgets.shown import RefreshedWhenShown
from legato_desk.ui.safeguarding.labels import audit_word


class AuditPage(RefreshedWhenShown, QWidget):
    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self.case: Case | None = None
        intro = QLabel(self.tr(
            "Read-only. The vault records which profile created, changed, exported or "
            "deleted each record of this case, and when — never the content. "
            "“legato-desk check” verifies that no entry was edited or removed."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Profile"), self.tr("Action"), self.tr("Record")])
        self.table.setAccessibleName(self.tr("Audit trail"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        """Read when the tab is on screen (see RefreshedWhenShown): a long case has thousands."""
        entries = self._vault.audit.for_case(self.case.id) if self.case else []
        self.table.setRowCount(len(entries))
        for row, (at, actor, action, entity, entity_id) in enumerate(reversed(entries)):
            when = datetime.fromisoformat(at).astimezone().strftime("%d.%m.%Y %H:%M:%S")
            record = audit_word(entity) + ("" if entity in ("case", "intake")
                                           else f" #{entity_id}")
            verb = self.tr("closed") if (action, entity) == ("status", "escalation") \
                else audit_word(action)
            for col, value in enumerate((when, actor, verb, record)):
                self.table.setItem(row, col, QTableWidgetItem(value))

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self.case = None
        self.table.setRowCount(0)
