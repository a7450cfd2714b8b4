"""A case's workspace: a header and one tab per working page.

The overview lives here; every other page (map, key-clients, sessions,
safeguarding, ...) comes from its own package and is added by the main
window with ``add_page``. A page offers ``show_case(case)``, ``flush() ->
bool`` (save pending typing) and ``clear()`` (forget everything, on lock).
A page is flushed when the counsellor leaves its tab, as when they leave the
case, lock or quit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from legato_desk.collector import collector_paused
from legato_desk.model.case import Case
from legato_desk.ui import tab_bars
from legato_desk.ui.cases.commands import CaseCommands
from legato_desk.ui.cases.labels import status_combo, status_name
from legato_desk.ui.messages import error_text

AUTOSAVE_MS = 1500
# Tabs that show nothing outside themselves when given a case: while another
# tab is on screen they get the case after it is drawn, one per turn of the
# event loop (or at once when shown or asked for with ``page``). Opening the
# large case on the map no longer waits for the Sessions page (about 60 ms:
# its list and the name register), the key-client page (the map reads its
# badges itself), the plan or the safeguarding page (its red banner and the
# count on its tab come from the open flags alone, on ``case_shown``).
DEFERRABLE = frozenset({"map", "keyclients", "sessions", "progress", "timeline", "plan",
                        "safeguarding", "sharing", "audit", "search"})


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
        status_label = QLabel(self.tr("Stat&us:"))
        status_label.setBuddy(self.status)
        form.addRow(status_label, status_row)
        form.addRow(self.tr("Opened on:"), self.opened_on)
        form.addRow(self.tr("Last activity:"), self.last_activity)
        summary_label = QLabel(self.tr("Summar&y:"))
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
    case_shown = Signal(object)  # the Case, once the eager pages have it

    def __init__(self, commands: CaseCommands, parent=None):
        super().__init__(parent)
        self._commands = commands
        self.case: Case | None = None
        self.back = QPushButton(self.tr("← &Back to cases"))
        self.back.setToolTip(self.tr("Back to the case list (Alt+Left)"))
        self.back.clicked.connect(self._back)
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Case title"))
        head = QHBoxLayout()
        head.addWidget(self.back)
        head.addWidget(self.title, 1)
        self.tabs = QTabWidget()
        tab_bars.unclipped(self.tabs)
        # Every tab in a list too: at the default width the later tabs sit
        # behind the bar's scroll arrows (in German from "Weitervermittlung" on).
        self.all_tabs = QToolButton()
        self.all_tabs.setArrowType(Qt.ArrowType.DownArrow)
        self.all_tabs.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.all_tabs.setAutoRaise(True)
        self.all_tabs.setToolTip(self.tr("All tabs of this case"))
        self.all_tabs.setAccessibleName(self.tr("All tabs"))
        self.all_tabs.setMenu(QMenu(self.all_tabs))
        self.all_tabs.menu().aboutToShow.connect(self._list_tabs)
        self.tabs.setCornerWidget(self.all_tabs, Qt.Corner.TopRightCorner)
        self.overview = OverviewPage(commands)
        self.overview.rename_requested.connect(
            lambda: self.case and self.rename_requested.emit(self.case.id))
        self.overview.summary.installEventFilter(self)
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self._pages: dict[str, QWidget] = {}  # other packages' tabs, see add_page
        self._order: dict[str, int] = {}
        self._pending: dict[str, QWidget] = {}  # deferred pages not yet given self.case
        self._catch_up = QTimer(self, singleShot=True, interval=0)
        self._catch_up.timeout.connect(self._catch_up_one)
        self._left: QWidget | None = None  # the tab on screen, flushed when left
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)

    def _list_tabs(self) -> None:
        menu = self.all_tabs.menu()
        menu.clear()
        for i in range(self.tabs.count()):
            if not self.tabs.isTabVisible(i):
                continue
            page = self.tabs.widget(i)
            action = menu.addAction(self.tabs.tabText(i))  # the tab's access key too
            action.setCheckable(True)
            action.setChecked(i == self.tabs.currentIndex())
            action.triggered.connect(lambda _checked=False, p=page: self.tabs.setCurrentWidget(p))

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent

        if obj is self.overview.summary and event.type() == QEvent.Type.FocusOut:
            self.overview.flush()
        return super().eventFilter(obj, event)

    def show_case(self, case: Case) -> None:
        with collector_paused():  # a case's pages are a bulk build (legato_desk.collector)
            self._show_case(case)

    def _show_case(self, case: Case) -> None:
        if self.case is not None and self.case.id != case.id:
            self.overview.flush()
        self.case = case
        self.title.setText(self.tr("<h2>{name} <small>· {code} · {status}</small></h2>").format(
            name=_escape(case.pseudonym), code=case.code, status=status_name(case.status)))
        self.overview.show_case(case)
        shown = self.tabs.currentWidget()
        self._pending = {name: page for name, page in self._pages.items()
                         if name in DEFERRABLE and page is not shown}
        for name, page in self._pages.items():
            if name not in self._pending:
                page.show_case(case)
        self.case_shown.emit(case)
        if self._pending and self.isVisible():
            self._catch_up.start()

    def _bring_up_to_date(self, name: str) -> None:
        page = self._pending.pop(name, None)
        if page is not None and self.case is not None:
            with collector_paused():
                page.show_case(self.case)

    def _catch_up_one(self) -> None:
        if self._pending:
            self._bring_up_to_date(next(iter(self._pending)))
        if self._pending and self.isVisible():
            self._catch_up.start()

    def _tab_shown(self, _index: int) -> None:
        shown = self.tabs.currentWidget()
        left, self._left = self._left, shown
        if (left is not None and left is not shown and self.case is not None
                and left not in self._pending.values()):
            left.flush()  # a refusal stays on that page, said where it was typed
        for name, page in list(self._pending.items()):
            if page is shown:
                self._bring_up_to_date(name)

    def hideEvent(self, event) -> None:
        # Off screen (case list shown, window closed): nothing to catch up for.
        self._catch_up.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending:
            self._catch_up.start()

    def pending_pages(self) -> list[str]:
        """Pages not yet given the shown case (empty soon after a case opens)."""
        return list(self._pending)

    def add_page(self, name: str, page: QWidget, title: str, order: int = 100) -> QWidget:
        """Another package's tab, known as ``name`` (see ``page``).

        Tabs stand in ``order`` (the overview is 0), whoever adds them first,
        so the counsellor's path through a case (intake, map, key-clients,
        sessions, safeguarding, records) does not depend on wiring order.
        """
        self._pages[name] = page
        self._order[name] = order
        position = sum(1 for other in self._order.values() if other <= order)
        self.tabs.insertTab(position, page, title)
        return page

    def page(self, name: str) -> QWidget:
        """The page known as ``name``, given the shown case if it was still waiting."""
        if name == "overview":
            return self.overview
        self._bring_up_to_date(name)
        return self._pages[name]

    def named_page(self, name: str) -> QWidget | None:
        """The tab called ``name`` ("overview" or an added page's name), if any."""
        if name == "overview":
            return self.overview
        return self._pages.get(name)

    def current_page_name(self) -> str:
        current = self.tabs.currentWidget()
        for name, page in self._pages.items():
            if page is current:
                return name
        return "overview"

    def flush(self) -> bool:
        results = [self.overview.flush(), *(page.flush() for page in self._pages.values())]
        return all(results)  # every page saves, even after one could not

    def clear(self) -> None:
        self._catch_up.stop()
        self._pending = {}
        self.case = None
        self.overview.case = None
        self.overview.summary.blockSignals(True)
        self.overview.summary.clear()
        self.overview.summary.blockSignals(False)
        self.title.clear()
        self.overview.pseudonym.clear()
        for page in self._pages.values():
            page.clear()

    def _back(self) -> None:
        self.flush()
        self.back_requested.emit()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
