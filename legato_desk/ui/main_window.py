"""The main window: a thin shell of menus around the case list and workspace.

It wires screens together with signals and owns the undo stack. Locking,
unlocking and quitting are the application's business (app.py): the window
only asks for them with ``lock_requested``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import CaseStatus
from legato_desk.ui import theme
from legato_desk.ui.cases.case_list import CaseListPage
from legato_desk.ui.cases.commands import CaseCommands
from legato_desk.ui.cases.labels import status_name
from legato_desk.ui.cases.pseudonym_dialog import PseudonymDialog
from legato_desk.ui.cases.workspace import CaseWorkspace
from legato_desk.ui.lifecycle.actions import LifecycleActions
from legato_desk.ui.messages import error_text
from legato_desk.ui.safeguarding.install import install as install_safeguarding
from legato_desk.ui.sessions.followups import FollowUpsPanel
from legato_desk.ui.settings.change_passphrase import ChangePassphraseDialog
from legato_desk.vault import Vault


class MainWindow(QMainWindow):
    lock_requested = Signal()

    def __init__(self, vault: Vault, settings: QSettings, *, demo: bool = False,
                 today: Callable[[], date] = date.today, parent=None):
        """``today`` is the clock of the follow-ups panel (tests pass a fixed day)."""
        super().__init__(parent)
        self.vault = vault
        self._settings = settings
        self.demo = demo
        title = self.tr("legato-desk")
        if demo:
            title = self.tr("legato-desk — demo vault (invented data, deleted on quit)")
        self.setWindowTitle(title)
        self.undo_stack = QUndoStack(self)
        self.commands = CaseCommands(vault.cases, self.undo_stack, self)
        self.case_list = CaseListPage()
        self.workspace = CaseWorkspace(self.commands)
        self.followups = FollowUpsPanel(vault, today)
        self.case_list.panels.addWidget(self.followups)
        # Tab in reading order: the buttons, the follow-ups above the table, the table.
        QWidget.setTabOrder(self.case_list.status_button, self.followups.list)
        QWidget.setTabOrder(self.followups.list, self.followups.done_button)
        QWidget.setTabOrder(self.followups.done_button, self.case_list.table)
        self.followups.open_requested.connect(self.open_session)
        self._add_case_pages()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.case_list)
        self.pages.addWidget(self.workspace)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        if demo:
            banner = QLabel(self.tr(
                "Demo vault: every person and event here is invented. It is "
                "deleted when you quit. Do not enter real data."))
            banner.setObjectName("demoBanner")
            banner.setWordWrap(True)
            theme.follow_palette(banner, lambda w, p: w.setStyleSheet(
                theme.note_style(p, extra="padding: 6px 10px;")))
            column.addWidget(banner)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.case_list.open_requested.connect(self.open_case)
        self.case_list.new_requested.connect(self.new_case)
        self.case_list.rename_requested.connect(self.rename_case)
        self.case_list.status_requested.connect(self.set_status)
        self.workspace.back_requested.connect(self.show_case_list)
        self.workspace.rename_requested.connect(self.rename_case)
        self.commands.changed.connect(self._case_changed)
        self._build_actions()
        self.safeguarding = install_safeguarding(self)
        from legato_desk.ui.factors.install import install as install_factors
        self.factor_tabs = install_factors(self, today)  # Factors, Referral on (issue 19.5, 19.8)
        from legato_desk.ui.contact_plan.install import install as install_contact_plan
        self.contact_plan = install_contact_plan(self, today)  # under Progress (issue 19.3)
        from legato_desk.ui.release.install import install as install_release
        self.release_tab = install_release(self)  # Release, justice route (issue 19.4)
        from legato_desk.ui.search.install import install as install_search
        self.case_search = install_search(self, today)  # Search: the whole case (issue 16.9)
        from legato_desk.ui.plan.install import install as install_plan
        self.plan_page = install_plan(self, today)  # Goals and measures (issue 19, part 1)
        from legato_desk.ui.conferences.install import install as install_conferences
        self.conference_tab = install_conferences(self, today)  # Conferences (issue 19.2)
        self._vault_label = QLabel()
        self.statusBar().addPermanentWidget(self._vault_label)
        self._vault_label.setText(self.tr("Vault: {folder}").format(folder=vault.paths.folder))
        self.refresh_cases()
        self.resize(1240, 720)  # the map tab needs the room; still fits a 1366×768 laptop
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _add_case_pages(self) -> None:
        """The workspace tabs of the other packages, and the wires between them."""
        from legato_desk.ui.keyclients.page import KeyClientPage
        from legato_desk.ui.map.page import MapPage

        ws = self.workspace
        map_page = ws.add_page("map", MapPage(
            self.vault.maps, self.undo_stack, names=self._case_names,
            badges=self.vault.keyclients.badges), self.tr("M&ap"), order=20)
        keyclients = ws.add_page("keyclients", KeyClientPage(self.vault, self.undo_stack),
                                 self.tr("&Key-clients"), order=30)

        def assess(person_id: int) -> None:
            ws.tabs.setCurrentWidget(keyclients)
            keyclients.mark_candidate(person_id)

        map_page.add_person_action(self.tr("Assess as key-client candidate"), assess)
        keyclients.badges_changed.connect(map_page.set_badges)

        from legato_desk.ui.sessions.progress import TaskOverviewWidget
        from legato_desk.ui.sessions.workspace_tabs import add_session_tabs

        self._open_session_in_workspace = add_session_tabs(
            ws, self.vault, candidates_provider=self._keyclient_persons)
        sessions = ws.page("sessions")
        sessions.records_changed.connect(lambda _cid: self.followups.refresh())
        # The names the case's register knows are underlined in the summary too,
        # and the register follows the map (names, aliases, persons added or gone).
        from legato_desk.ui.widgets.name_marks import mark_names
        self._summary_marks = mark_names(ws.overview.summary, sessions.names)
        map_page.changed.connect(lambda _cid: sessions.names.stale())
        keyclients.person_shown.connect(
            lambda pid: keyclients.profile.set_tasks_overview(
                TaskOverviewWidget(self.vault, ws.case.id, pid) if pid and ws.case else None))

    def _keyclient_persons(self, case_id: int) -> list:
        """Who can be ticked as present in a session: key-clients, candidates, then the rest.

        Everyone on the map stays available: before a key-client is chosen the
        counsellor talks with the caller, and a parent may still be counselled
        alongside the key-client.
        """
        persons = {p.id: p for p in self.vault.maps.persons(case_id) if not p.is_index}
        ranked = [c.person_id for c in sorted(self.vault.keyclients.candidates(case_id),
                                              key=lambda c: (not c.is_keyclient, c.id))]
        first = [persons[pid] for pid in ranked if pid in persons]
        chosen = set(ranked)  # a list here made this persons x candidates
        return first + [p for pid, p in persons.items() if pid not in chosen]

    def _case_names(self, case_id: int):
        """The case's name register (imported here: reportlab is not needed to start)."""
        from legato_desk.exporting import case_names
        return case_names(self.vault, case_id)

    # -- actions ----------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, menu=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.triggered.connect(slot)
        if menu is not None:
            menu.addAction(action)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_actions(self) -> None:
        bar = self.menuBar()
        self.vault_menu = vault_menu = bar.addMenu(self.tr("&Vault"))
        self.change_passphrase_action = self._action(
            self.tr("Change &passphrase…"), self.change_passphrase, menu=vault_menu)
        self.settings_action = self._action(
            self.tr("&Settings…"), self.open_settings, "Ctrl+,",
            vault_menu)
        self.statistics_action = self._action(
            self.tr("Funder s&tatistics…"), lambda: self.export_pdf(None), menu=vault_menu)
        vault_menu.addSeparator()
        self.lock_action = self._action(
            self.tr("&Lock"), self.lock_requested.emit, "Ctrl+L", vault_menu)
        # Ctrl+Q spelled out: some platforms (offscreen, a bare X11) bind no StandardKey.Quit.
        quit_keys = [QKeySequence("Ctrl+Q")] + [
            k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
            if k != QKeySequence("Ctrl+Q")]
        self.quit_action = self._action(
            self.tr("&Quit"), self.request_quit, quit_keys, vault_menu)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            edit_menu.addAction(action)
            self.addAction(action)
        edit_menu.addSeparator()
        self.find_action = self._action(
            self.tr("&Filter cases"), self._find, QKeySequence.StandardKey.Find, edit_menu)
        self.search_action = self._action(
            self.tr("&Search notes…"), self.search_notes, "Ctrl+Shift+F", edit_menu)

        self.case_menu = case_menu = bar.addMenu(self.tr("&Case"))
        self.new_case_action = self._action(
            self.tr("&New case…"), self.new_case, QKeySequence.StandardKey.New, case_menu)
        self.rename_action = self._action(
            self.tr("&Rename…"), lambda: self.rename_case(self._current_case_id()), "F2",
            case_menu)
        self.status_menu = case_menu.addMenu(self.tr("&Status"))
        for number, status in enumerate(CaseStatus, start=1):
            self._action(status_name(status),
                         lambda _=False, s=status: self.set_status(self._current_case_id(), s),
                         f"Ctrl+{number}", self.status_menu)
        self.new_session_action = self._action(
            self.tr("New session rec&ord"), self.new_session, "Ctrl+Shift+N", case_menu)
        case_menu.addSeparator()
        self.export_action = self._action(
            self.tr("&Export PDF…"), self._export_current_case, "Ctrl+P", case_menu)
        self._build_map_menu(case_menu)
        case_menu.addSeparator()
        self.back_action = self._action(
            self.tr("Back to the &case list"), self.show_case_list,
            [QKeySequence("Alt+Left"), QKeySequence("Ctrl+Shift+L")], case_menu)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(self.tr("&About legato-desk"), self._about, menu=help_menu)
        # Backups, restore, handover, retention and erasure (ui/lifecycle).
        self.lifecycle = LifecycleActions(self, vault_menu, case_menu)

    def _build_map_menu(self, case_menu) -> None:
        """Case ▸ Map: the map tab's file work, reachable from any tab of a case
        (the tab's own buttons and shortcuts stay where they are)."""
        menu = self.map_menu = case_menu.addMenu(self.tr("&Map"))
        self.map_menu_actions = {
            name: self._action(text, lambda _=False, n=name: self._on_map(n), menu=menu)
            for name, text in (("export_dialog", self.tr("&Export map (PNG, SVG, GraphML)…")),
                               ("import_dialog", self.tr("&Import GraphML…")),
                               ("take_snapshot", self.tr("Take &snapshot…")))}
        menu.aboutToShow.connect(self._enable_map_menu)
        self._enable_map_menu()

    def _enable_map_menu(self) -> None:
        shown = self.shown_case_id() is not None
        page = self.workspace.named_page("map") if shown else None
        for name, action in self.map_menu_actions.items():
            action.setEnabled(page is not None and (
                name != "import_dialog" or page.editable))

    def _on_map(self, name: str) -> None:
        """Show the map tab and run one of its file commands."""
        if self.shown_case_id() is None:
            return
        page = self.workspace.page("map")
        self.workspace.tabs.setCurrentWidget(page)
        getattr(page, name)()

    # -- case operations ------------------------------------------------------

    def _current_case_id(self) -> int | None:
        shown = self.shown_case_id()
        return shown if shown is not None else self.case_list.current_case_id()

    def shown_case_id(self) -> int | None:
        """The case whose workspace is on screen, if any."""
        if self.pages.currentWidget() is self.workspace and self.workspace.case:
            return self.workspace.case.id
        return None

    def refresh_cases(self, select_id: int | None = None) -> None:
        self.case_list.set_open_flags(self.vault.safeguarding.open_flags_by_case())
        self.case_list.set_cases(self.vault.cases.list(), select_id)
        self.followups.refresh()

    # -- session records ----------------------------------------------------------

    def open_session(self, case_id: int, session_id: int) -> None:
        self.open_case(case_id)
        if self.shown_case_id() == case_id:
            self._open_session_in_workspace(session_id)

    def new_session(self) -> None:
        case_id = self._current_case_id()
        if case_id is None:
            return
        if self.shown_case_id() != case_id:
            self.open_case(case_id)
        sessions = self.workspace.page("sessions")
        self.workspace.tabs.setCurrentWidget(sessions)
        sessions.new_session()

    def search_notes(self) -> None:
        from legato_desk.ui.sessions.search import SearchDialog

        dialog = SearchDialog(self.vault, self)
        dialog.open_requested.connect(self.open_session)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "search_dialog", None))
        self.search_dialog = dialog
        dialog.show()
        dialog.field.setFocus()

    def open_case(self, case_id: int, tab: str | None = None) -> None:
        """Show a case, on its Overview or on the tab named ``tab`` (see ``shown_place``)."""
        try:
            case = self.vault.cases.get(case_id)
        except Exception as exc:
            self._warn(exc)
            self.refresh_cases()
            return
        self.workspace.show_case(case)
        self.pages.setCurrentWidget(self.workspace)
        page = self.workspace.named_page(tab) if tab else None
        if page is None:
            self.workspace.overview.summary.setFocus()
        else:
            self.workspace.tabs.setCurrentWidget(page)
            self.workspace.tabs.tabBar().setFocus()

    def shown_place(self) -> tuple[int, str] | None:
        """The case on screen and the name of its tab, to come back to after a lock."""
        case_id = self.shown_case_id()
        if case_id is None:
            return None
        return case_id, self.workspace.current_page_name()

    def show_case_list(self) -> None:
        self.workspace.flush()
        current = self.workspace.case.id if self.workspace.case else None
        self.pages.setCurrentWidget(self.case_list)
        self.refresh_cases(current)
        self.case_list.table.setFocus()

    def new_case(self) -> None:
        dialog = PseudonymDialog(
            self.tr("New case"),
            self.tr("How should the index client be shown? Use a pseudonym or "
                    "initials, never the full name."), parent=self)
        accepted = dialog.exec()
        dialog.deleteLater()
        if accepted:
            try:
                case = self.commands.create(dialog.value)
            except Exception as exc:
                self._warn(exc)
                return
            self.refresh_cases(case.id)
            self.open_case(case.id)

    def rename_case(self, case_id: int | None) -> None:
        if case_id is None:
            return
        case = self.vault.cases.get(case_id)
        dialog = PseudonymDialog(self.tr("Rename case"),
                                 self.tr("The new pseudonym for case {code}:").format(
                                     code=case.code),
                                 case.pseudonym, parent=self)
        accepted = dialog.exec()
        dialog.deleteLater()
        if accepted:
            try:
                self.commands.rename(case_id, dialog.value)
            except Exception as exc:
                self._warn(exc)

    def set_status(self, case_id: int | None, status: CaseStatus) -> None:
        if case_id is None:
            return
        try:
            self.commands.set_status(case_id, status)
        except Exception as exc:
            self._warn(exc)

    def _case_changed(self, case_id: int) -> None:
        self.refresh_cases(case_id if self.pages.currentWidget() is self.case_list else None)
        if self.workspace.case and self.workspace.case.id == case_id:
            self.workspace.show_case(self.vault.cases.get(case_id))

    # -- vault ----------------------------------------------------------------

    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.vault, self)
        if dialog.exec():
            self.statusBar().showMessage(self.tr("The passphrase was changed."), 8000)

    def _export_current_case(self) -> None:
        case_id = self._current_case_id()
        if case_id is None:
            self.statusBar().showMessage(self.tr("Choose a case to export first."), 5000)
            return
        self.export_pdf(case_id)

    def export_pdf(self, case_id: int | None, *, conference_id: int | None = None) -> None:
        """The export dialog for a case, or for the statistics when ``case_id`` is None;
        ``conference_id`` preselects a case-conference export of that conference."""
        from legato_desk.ui.export.dialog import ExportDialog

        self.flush()
        dialog = ExportDialog(self.vault, case_id, self, conference_id=conference_id)
        dialog.exported.connect(lambda path: self.statusBar().showMessage(
            self.tr("Exported to {path}").format(path=path), 8000))
        dialog.exec()
        dialog.deleteLater()

    def open_settings(self) -> None:
        from legato_desk.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.vault, self, app_settings=self._settings)
        if dialog.exec():
            self.followups.refresh()  # its number of days may have changed
            self.statusBar().showMessage(self.tr("Settings saved."), 5000)
        dialog.deleteLater()

    def flush(self) -> bool:
        return self.workspace.flush()

    def clear_content(self) -> None:
        """Forget everything shown, e.g. before locking."""
        self.workspace.clear()
        self.case_list.model.clear()
        self.followups.clear()
        if getattr(self, "search_dialog", None) is not None:
            self.search_dialog.reject()
        self.undo_stack.clear()

    def _find(self) -> None:
        self.show_case_list()
        self.case_list.focus_filter()

    def _about(self) -> None:
        from legato_desk.ui.about import AboutDialog  # reads licences only when asked

        AboutDialog(self).exec()

    def _warn(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("legato-desk"), error_text(exc))

    def request_quit(self) -> None:
        """Ctrl+Q: ask about an unsaved session record first, then close."""
        if self.confirm_unsaved():
            self.close()

    def confirm_unsaved(self) -> bool:
        """Save, discard or cancel an unsaved session record (e.g. a restored draft).

        False when the counsellor cancels, or when saving failed (its reason is
        shown in the record's state line and the record stays on screen).
        """
        sessions = self.workspace.named_page("sessions")
        if sessions is None or not sessions.has_unsaved_record():
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("legato-desk"), self.tr(
            "The session record of {held} is not saved."), parent=self)
        box.setText(box.text().format(held=sessions.editor.value().held_at.strftime(
            "%d.%m.%Y %H:%M")))
        box.setInformativeText(self.tr(
            "Save it now, discard the changes, or cancel to go back to it."))
        box.setStandardButtons(QMessageBox.StandardButton.Save
                               | QMessageBox.StandardButton.Discard
                               | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        answer = box.exec()
        box.deleteLater()
        if answer == QMessageBox.StandardButton.Save:
            if sessions.save():
                return True
        elif answer == QMessageBox.StandardButton.Discard:
            sessions.discard_unsaved()
            return True
        # Cancelled or not saved: back to the record.
        if self.shown_case_id() is not None:
            self.workspace.tabs.setCurrentWidget(sessions)
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's own close button asks like Ctrl+Q; a close by the
        # program (lock, tests, the session ending) only keeps the draft.
        if event.spontaneous() and not self.confirm_unsaved():
            event.ignore()
            return
        self.flush()
        self._settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
