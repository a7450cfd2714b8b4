"""Wiring the safeguarding screens into the main window (one call from it).

Adds the Intake, Safeguarding, Sharing log and Audit trail tabs to the case
workspace, a red banner over the workspace while flags are open, and the
"End case…" and "Agency directory…" actions.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMessageBox

from legato_desk.ui.messages import error_text
from legato_desk.ui.safeguarding.audit_page import AuditPage
from legato_desk.ui.safeguarding.ending_dialog import EndingDialog
from legato_desk.ui.safeguarding.escalation_page import EscalationPage
from legato_desk.ui.safeguarding.intake_page import IntakePage
from legato_desk.ui.safeguarding.labels import FLAG_COLOUR, name
from legato_desk.ui.safeguarding.sharing_page import SharingPage


class Safeguarding(QObject):
    def __init__(self, window):
        super().__init__(window)
        self._window = window
        vault, workspace = window.vault, window.workspace
        self.intake = IntakePage(vault)
        self.escalations = EscalationPage(vault)
        self.sharing = SharingPage(vault)
        self.audit = AuditPage(vault)
        workspace.add_page("intake", self.intake, self.tr("&Intake"), order=10)
        workspace.add_page("safeguarding", self.escalations, self.tr("Sa&feguarding"),
                           order=60)
        workspace.add_page("sharing", self.sharing, self.tr("Sharing &log"), order=70)
        workspace.add_page("audit", self.audit, self.tr("Au&dit trail"), order=80)
        self.banner = QLabel()
        self.banner.setObjectName("flagBanner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Open safeguarding flags"))
        self.banner.setStyleSheet(
            f"background: {FLAG_COLOUR}; color: white; padding: 6px 10px; font-weight: bold;")
        self.banner.hide()
        workspace.layout().insertWidget(1, self.banner)
        self.escalations.open_flags_changed.connect(self._show_flags)
        # The banner is up with the case's first frame; the page itself may wait.
        workspace.case_shown.connect(
            lambda case: self._show_flags(vault.safeguarding.open_flags(case.id)))
        # A new case starts with its intake (first contact).
        window.commands.created.connect(lambda _id: workspace.tabs.setCurrentWidget(self.intake))
        self.intake.set_map_commands(workspace.page("map").commands)
        for page in (self.intake, self.escalations, self.sharing):
            page.changed.connect(window.commands.changed.emit)

        self.end_action = window._action(self.tr("En&d case…"), self.end_case, "Ctrl+E",
                                         window.case_menu)
        self.directory_action = window._action(self.tr("Agency &directory…"),
                                               self.open_directory, None, window.vault_menu)

    def _show_flags(self, flags: list) -> None:
        tabs = self._window.workspace.tabs
        index = tabs.indexOf(self.escalations)
        if flags:
            self.banner.setText(self.tr("⚠ Open safeguarding flag: {flags}").format(
                flags=", ".join(name(f) for f in flags)))
            tabs.setTabText(index, self.tr("Sa&feguarding ({count} open)").format(
                count=len(flags)))
        else:
            tabs.setTabText(index, self.tr("Sa&feguarding"))
        self.banner.setVisible(bool(flags))

    def end_case(self) -> None:
        window = self._window
        case_id = window._current_case_id()
        if case_id is None:
            return
        try:
            case = window.vault.cases.get(case_id)
        except Exception as exc:
            QMessageBox.warning(window, self.tr("End case"), error_text(exc))
            return
        dialog = EndingDialog(window.vault, case, window)
        if dialog.exec():
            # Undo puts the status back; the ending stays on record as history.
            window.commands.status_was_set(case_id, case.status, dialog.ending.status,
                                           self.tr("End case {code}").format(code=case.code))
            window.commands.changed.emit(case_id)
            window.statusBar().showMessage(self.tr("Case {code} ended.").format(
                code=case.code), 6000)
        dialog.deleteLater()

    def open_directory(self) -> None:
        from legato_desk.ui.safeguarding.directory_dialog import DirectoryDialog

        dialog = DirectoryDialog(self._window.vault, self._window)
        dialog.exec()
        dialog.deleteLater()


def install(window) -> Safeguarding:
    return Safeguarding(window)
