"""The main window's lifecycle actions: backups, restore, handover, retention, erase.

Built by the main window with its menus; restoring needs the vault closed,
so it is only *requested* here (``restore_requested``) and done by the
application (app.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox

from legato_desk.model.case import Case
from legato_desk.ui.messages import error_text
from legato_desk.vault import backups, retention


class LifecycleActions(QObject):
    restore_requested = Signal(object, str)  # backup folder, its passphrase

    def __init__(self, window, vault_menu, case_menu, *, kdf=None):
        super().__init__(window)
        self._window = window
        self.kdf = kdf  # for handover files; None: production Argon2id
        actions = vault_menu.actions()  # insert above the separator above Lock
        at = actions.index(window.lock_action)
        before = actions[at - 1] if at and actions[at - 1].isSeparator() else window.lock_action
        act = window._action
        self.backup_action = act(self.tr("&Back up now"), self.back_up_now, "Ctrl+Shift+B")
        self.restore_action = act(self.tr("&Restore from a backup…"), self.restore)
        self.export_action = act(self.tr("&Hand over cases…"), self.export_cases)
        self.import_action = act(self.tr("&Import a handover file…"), self.import_cases)
        self.retention_action = act(self.tr("Cases past rete&ntion…"), self.review_retention)
        vault_menu.insertSeparator(before)
        for action in (self.backup_action, self.restore_action):
            vault_menu.insertAction(before, action)
        vault_menu.insertSeparator(before)
        for action in (self.export_action, self.import_action, self.retention_action):
            vault_menu.insertAction(before, action)
        case_menu.addSeparator()
        self.erase_action = act(self.tr("Erase case &permanently…"),
                                lambda: self.erase_case(window._current_case_id()),
                                menu=case_menu)

    @property
    def vault(self):
        return self._window.vault

    def _status(self, text: str, ms: int = 8000) -> None:
        self._window.statusBar().showMessage(text, ms)

    # -- backups --------------------------------------------------------------

    def back_up_now(self) -> None:
        self._window.flush()
        try:
            made = backups.back_up(self.vault, "manual")
        except Exception as exc:
            self._window._warn(exc)
            return
        self._status(self.tr("Backup written to {folder}.").format(folder=made.parent))

    def restore(self) -> None:
        from legato_desk.ui.lifecycle.restore import RestoreDialog

        folders = [backups.location(self.vault), self.vault.paths.backups]
        dialog = RestoreDialog(folders, self._window)
        accepted = dialog.exec()
        chosen, passphrase = dialog.chosen, dialog.passphrase_text
        dialog.deleteLater()
        if accepted and chosen is not None:
            # Queued: the window is closed and deleted after this slot returned.
            QTimer.singleShot(0, lambda: self.restore_requested.emit(Path(chosen), passphrase))

    # -- handover -------------------------------------------------------------

    def export_cases(self) -> None:
        from legato_desk.ui.lifecycle.handover import ExportDialog

        self._window.flush()
        current = self._window._current_case_id()
        dialog = ExportDialog(self.vault, [current] if current else [], kdf=self.kdf,
                              parent=self._window)
        if dialog.exec() and dialog.written:
            self._status(self.tr("Transfer file written: {path}").format(path=dialog.written))
        dialog.deleteLater()

    def import_cases(self) -> None:
        from legato_desk.ui.lifecycle.handover import ImportDialog

        dialog = ImportDialog(self.vault, self._window)
        if dialog.exec() and dialog.outcome is not None:
            self._window.undo_stack.clear()  # replaced cases are new rows now
            self._window.show_case_list()
            self._status(dialog.result_text(), 15000)
        dialog.deleteLater()

    # -- retention and erasure ---------------------------------------------------

    def review_retention(self) -> None:
        from legato_desk.ui.lifecycle.retention import RetentionDialog

        dialog = RetentionDialog(self.vault, self._confirm_and_erase, self._window)
        dialog.exec()
        dialog.deleteLater()

    def erase_case(self, case_id: int | None) -> None:
        if case_id is None:
            return
        try:
            case = self.vault.cases.get(case_id)
        except Exception as exc:
            self._window._warn(exc)
            return
        if self._confirm_and_erase(case):
            self._status(self.tr("Case {code} was erased.").format(code=case.code))

    def _confirm_and_erase(self, case: Case) -> bool:
        from legato_desk.ui.lifecycle.retention import confirm_erase

        window = self._window
        if not confirm_erase(window, case):
            return False
        window.flush()
        try:
            retention.erase_case(self.vault, case.id)
        except Exception as exc:
            QMessageBox.warning(window, self.tr("legato-desk"), error_text(exc))
            return False
        window.undo_stack.clear()  # its commands point at the erased case
        if window.shown_case_id() == case.id:
            window.workspace.clear()
        window.show_case_list()
        return True
