"""A case's workspace: a header and one tab per working page.

Only the overview exists yet; the map, key-clients, sessions and
safeguarding pages are added by their own packages as tabs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import Case
from legato_desk.ui.cases.commands import CaseCommands
from legato_desk.ui.cases.labels import status_combo, status_name
from legato_desk.ui.messages import error_text

AUTOSAVE_MS = 1500


class OverviewPage(QWidget):
    rename_requested = Signal()

    def __init__(self, commands: CaseCommands, parent=None):
        super().__init__(parent)
        self._commands = commands
        self.case: Case | None = None
        self.code = QLabel()
        self.pseudonym = QLabel()
        self.pseudonym.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        rename = QPushButton(self.tr("Rena&me…"))
        rename.clicked.connect(self.rename_requested)
        name_row = QHBoxLayout()
        name_row.addWidget(self.pseudonym, 1)
        name_row.addWidget(rename)
        self.status = status_combo()
        self.status.setAccessibleName(self.tr("Case status"))
        self.status.setSizeAdjustPolicy(self.status.SizeAdjustPolicy.AdjustToContents)
        self.status.activated.connect(self._status_chosen)
        self.opened_on = QLabel()
        self.last_activity = QLabel()
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Case summary"))
        self.summary.setPlaceholderText(self.tr(
            "The case in a few sentences: who called, what worries them, the "
            "working hypothesis, what comes next. Saved as you type."))
        self.summary.setTabChangesFocus(True)
        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Save state"))
        self._timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)
        self.summary.textChanged.connect(self._summary_edited)

        form = QFormLayout()
        form.addRow(self.tr("Case:"), self.code)
        form.addRow(self.tr("Pseudonym:"), name_row)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status)
        status_row.addStretch(1)
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status)
        form.addRow(status_label, status_row)
        form.addRow(self.tr("Opened on:"), self.opened_on)
        form.addRow(self.tr("Last activity:"), self.last_activity)
        summary_label = QLabel(self.tr("Su&mmary:"))
        summary_label.setBuddy(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(summary_label)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.save_state)

    def show_case(self, case: Case) -> None:
        same = self.case is not None and self.case.id == case.id
        self.case = case
        self.code.setText(case.code)
        self.pseudonym.setText(case.pseudonym)
        self.status.setCurrentIndex(self.status.findData(case.status))
        self.opened_on.setText(case.opened_on.strftime("%d.%m.%Y"))
        self.last_activity.setText(case.last_activity.astimezone().strftime("%d.%m.%Y %H:%M"))
        if not same or not self._timer.isActive():
            if self.summary.toPlainText() != case.summary:
                self.summary.blockSignals(True)
                self.summary.setPlainText(case.summary)
                self.summary.blockSignals(False)
                self.save_state.clear()

    def _status_chosen(self, index: int) -> None:
        if self.case is not None:
            self._commands.set_status(self.case.id, self.status.itemData(index))

    def _summary_edited(self) -> None:
        self.save_state.setText(self.tr("Editing…"))
        self._timer.start()

    def flush(self) -> bool:
        """Save pending text now. True when nothing is left unsaved."""
        self._timer.stop()
        if self.case is None or self.summary.toPlainText() == self.case.summary:
            return True
        try:
            self._commands.set_summary(self.case.id, self.summary.toPlainText())
        except Exception as exc:  # shown, never swallowed silently
            self.save_state.setText(self.tr("Not saved: {reason}").format(
                reason=error_text(exc)))
            return False
        self.save_state.setText(self.tr("Saved."))
        return True



class CaseWorkspace(QWidget):
    back_requested = Signal()
    rename_requested = Signal(int)

    def __init__(self, commands: CaseCommands, parent=None, vault=None):
        super().__init__(parent)
        self._commands = commands
        self.case: Case | None = None
        self.case_pages: list[QWidget] = []  # tabs with show_case(id), flush(), clear()
        self.back = QPushButton(self.tr("← &Cases"))
        self.back.setToolTip(self.tr("Back to the case list (Alt+Left)"))
        self.back.clicked.connect(self._back)
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Case title"))
        head = QHBoxLayout()
        head.addWidget(self.back)
        head.addWidget(self.title, 1)
        self.tabs = QTabWidget()
        self.overview = OverviewPage(commands)
        self.overview.rename_requested.connect(
            lambda: self.case and self.rename_requested.emit(self.case.id))
        self.overview.summary.installEventFilter(self)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        if vault is not None:
            from legato_desk.ui.sessions.workspace_tabs import add_session_tabs

            add_session_tabs(self, vault)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent

        if obj is self.overview.summary and event.type() == QEvent.Type.FocusOut:
            self.overview.flush()
        return super().eventFilter(obj, event)

    def show_case(self, case: Case) -> None:
        if self.case is not None and self.case.id != case.id:
            self.overview.flush()
        self.case = case
        self.title.setText(self.tr("<h2>{name} <small>· {code} · {status}</small></h2>").format(
            name=_escape(case.pseudonym), code=case.code, status=status_name(case.status)))
        self.overview.show_case(case)
        for page in self.case_pages:
            page.show_case(case.id)

    def add_case_page(self, page: QWidget, title: str) -> None:
        self.case_pages.append(page)
        self.tabs.addTab(page, title)

    def flush(self) -> bool:
        saved = [page.flush() for page in self.case_pages]
        return self.overview.flush() and all(saved)

    def clear(self) -> None:
        self.case = None
        self.overview.case = None
        self.overview.summary.blockSignals(True)
        self.overview.summary.clear()
        self.overview.summary.blockSignals(False)
        self.title.clear()
        self.overview.pseudonym.clear()
        for page in self.case_pages:
            page.clear()

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
