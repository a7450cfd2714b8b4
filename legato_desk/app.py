"""Composition root: settings, logging, the vault and the windows, wired once.

Nothing imports this module except the entry point and tests. The flow:

    no vault yet  -> WelcomeDialog -> CreateVaultDialog -> MainWindow
    vault exists  -> UnlockDialog --------------------> MainWindow
    --demo        -> a throwaway demo vault -----------> MainWindow
    Lock (Ctrl+L) -> MainWindow closed, key dropped -> UnlockDialog
    idle, session locked -> the same as Ctrl+L (ui/lifecycle/guards.py)
    Restore (menu) -> backup chosen, vault closed and replaced -> UnlockDialog
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

# QMessageBox and QIcon are imported where used: only errors and main() need
# them, and taking them creates their enums (~3 ms before the first window).

from legato_desk import APP_NAME, __version__
from legato_desk.hardening import harden_process
from legato_desk.paths import RESOURCES, AppPaths
from legato_desk.ui import first_paint, i18n, workers
from legato_desk.ui.lifecycle import guards
from legato_desk.ui.messages import error_text, log_bug
from legato_desk.ui.start.unlock import UnlockDialog
from legato_desk.vault.layout import VaultPaths


class Application(QObject):
    """Owns the open vault (if any) and whichever window is current."""

    def __init__(self, paths: AppPaths, *, vault_dir: Path | None = None,
                 demo_mode: bool = False, kdf=None, clock=None, parent=None):
        super().__init__(parent)
        self.paths = paths
        self.settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
        self.demo_mode = demo_mode
        self._kdf = kdf
        self._demo_root: Path | None = None
        self.vault = None  # the open legato_desk.vault.Vault, if any
        self.window: QWidget | None = None  # whichever window is current
        self.main_window = None  # the MainWindow while the vault is unlocked
        self._reopen_case: tuple[int, str] | None = None  # (case id, tab name) after a lock
        remembered = self.settings.value("vault/path")
        self.folder = Path(vault_dir or remembered or paths.default_vault_dir)
        qt_app = QApplication.instance()
        self.idle = guards.IdleWatcher(qt_app, clock or time.time, self)
        self.idle.idle.connect(self.lock)
        self.session_lock = guards.SessionLockWatcher(qt_app, self)
        self.session_lock.session_locked.connect(self.lock)
        self.clipboard_guard = guards.ClipboardGuard.for_application(
            lambda: self._vault_setting(guards.CLIPBOARD_KEY, guards.CLIPBOARD_DEFAULT))
        self._backup_timer = QTimer(self, interval=3_600_000)  # hourly look, daily backup
        self._backup_timer.timeout.connect(self._timed_backup)

    # -- the first window -----------------------------------------------------

    def first_window(self) -> QWidget:
        if self.demo_mode:
            return self.open_demo()
        if VaultPaths(self.folder).exists():
            return self.show_unlock(show=False)
        return self.show_welcome(show=False)

    def start(self) -> None:
        self.first_window().show()

    def _set_window(self, window: QWidget, show: bool) -> QWidget:
        self.window = window
        if show:
            window.show()
            window.raise_()
            window.activateWindow()
        return window

    # -- welcome and create -----------------------------------------------------

    def show_welcome(self, show: bool = True) -> QDialog:  # a WelcomeDialog
        # Imported here: only a first start (no vault yet) shows it.
        from legato_desk.ui.start.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.folder)
        dialog.accepted.connect(lambda: self._welcome_chosen(dialog))
        dialog.rejected.connect(self.quit)
        return self._set_window(dialog, show)

    def _welcome_chosen(self, dialog) -> None:  # the WelcomeDialog, accepted
        self.folder = dialog.folder
        if dialog.choice == dialog.DEMO:
            self.demo_mode = True
            self.open_demo(show=True)
        elif dialog.choice == dialog.OPEN:
            self.show_unlock()
        else:
            self.show_create()

    def show_create(self):
        from legato_desk.ui.start.create_vault import CreateVaultDialog

        dialog = CreateVaultDialog(self.folder, kdf=self._kdf)
        dialog.accepted.connect(lambda: self.show_main(dialog.vault))
        dialog.rejected.connect(lambda: self.show_welcome())
        return self._set_window(dialog, True)

    # -- unlock ---------------------------------------------------------------

    def show_unlock(self, show: bool = True) -> UnlockDialog:
        hint = ""
        if self.demo_mode:
            from legato_desk import demo

            hint = self.tr("Demo vault: the passphrase is “{passphrase}”.").format(
                passphrase=demo.DEMO_PASSPHRASE)
        dialog = UnlockDialog(self.folder, hint=hint)
        dialog.accepted.connect(lambda: self.show_main(dialog.vault))
        dialog.rejected.connect(self.quit)
        return self._set_window(dialog, show)

    def open_demo(self, show: bool = False):
        from legato_desk import demo

        vault, folder = demo.create_demo_vault(translate=i18n.demo_text)
        self._demo_root = folder.parent
        self.folder = folder
        return self.show_main(vault, show=show)

    # -- main window and locking -------------------------------------------------

    def show_main(self, vault, show: bool = True):
        # Imported here: the first window (unlock) does not need it.
        from legato_desk.ui.main_window import MainWindow

        self.vault = vault
        if not self.demo_mode:
            self.settings.setValue("vault/path", str(vault.paths.folder))
            self.settings.sync()
        window = MainWindow(vault, self.settings, demo=self.demo_mode)
        window.lock_requested.connect(self.lock)
        window.lifecycle.restore_requested.connect(self.restore_backup)
        window.installEventFilter(self)
        self.main_window = window
        self.idle.start(lambda: 60 * self._vault_setting(guards.AUTOLOCK_KEY,
                                                         guards.AUTOLOCK_DEFAULT))
        self.session_lock.watch_window(window)
        self._backup_timer.start()
        if self._reopen_case is not None:
            try:
                window.open_case(*self._reopen_case)  # (case id, tab name)
            finally:
                self._reopen_case = None
        return self._set_window(window, show)

    def eventFilter(self, obj, event):
        from PySide6.QtCore import QEvent

        if obj is self.main_window and event.type() == QEvent.Type.Close:
            # Let the window save first (its own closeEvent), then quit, unless
            # the window refused to close (an unsaved record, and Cancel).
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: self._window_closed(obj))
        return False

    def _window_closed(self, window) -> None:
        if window is self.main_window and not window.isVisible():
            self.quit()

    def lock(self) -> None:
        window = self.main_window
        if window is None:
            return
        self._reopen_case = window.shown_place()
        problem = self._leave_main()
        QApplication.clipboard().clear()
        dialog = self.show_unlock()
        if problem:
            dialog.message.setText(problem)

    def _leave_main(self, backup: bool = True) -> str | None:
        """Save, back up if due, clear every window, drop the key."""
        window = self.main_window
        self.main_window = None
        self.idle.stop()
        self.session_lock.stop()
        self._backup_timer.stop()
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        for dialog in window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()  # modal dialogs, message boxes: their content goes too
        window.flush()
        problem = self._auto_backup() if backup else None
        window.clear_content()
        window.removeEventFilter(self)
        window.close()
        window.deleteLater()
        self._close_vault()
        return problem

    def _vault_setting(self, key: str, default: float) -> float:
        if self.vault is None or not self.vault.is_open:
            return default
        try:
            return float(self.vault.settings.get(key, default))
        except (TypeError, ValueError):
            return default

    def _auto_backup(self) -> str | None:
        """The daily automatic backup, if due; a message when it failed."""
        if self.vault is None or not self.vault.is_open or self.demo_mode:
            return None
        from legato_desk.vault import backups

        try:
            backups.auto_backup(self.vault)
        except Exception as exc:
            return self.tr("The automatic backup failed: {reason}").format(
                reason=error_text(exc))
        return None

    def _timed_backup(self) -> None:
        problem = self._auto_backup()
        if problem and self.main_window is not None:
            self.main_window.statusBar().showMessage(problem, 30_000)

    def restore_backup(self, backup_path: Path, passphrase: str) -> None:
        """Replace the open vault by a backup (chosen and previewed in the UI)."""
        from legato_desk.vault import backups

        window = self.main_window
        if window is None:
            return
        window.flush()
        folder = self.vault.paths.folder
        try:  # the current state, into the vault's own folder (never rotated away)
            self.vault.backup("before-restore")
            keep_replaced = False
        except OSError:
            keep_replaced = True
        self._reopen_case = None
        self._leave_main(backup=False)
        QApplication.clipboard().clear()
        try:
            backups.restore(folder, backup_path, passphrase, keep_replaced=keep_replaced)
            text = self.tr("The backup was restored. Unlock it with the passphrase that was "
                           "valid when it was made.")
        except Exception as exc:
            text = self.tr("The backup could not be restored; your vault was left as it "
                           "was. {reason}").format(reason=error_text(exc))
        dialog = self.show_unlock()
        dialog.message.setText(text)

    def _close_vault(self) -> None:
        if self.vault is not None:
            workers.wait_for_all(timeout=60)  # no background task may outlive the vault
            self.vault.close()
            self.vault = None

    def quit(self) -> None:
        if self.main_window is not None:
            self.main_window.flush()
            problem = self._auto_backup()
            if problem:
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(None, APP_NAME, problem)
        self.idle.stop()
        self.session_lock.stop()
        self._close_vault()
        if self._demo_root is not None:
            shutil.rmtree(self._demo_root, ignore_errors=True)
            self._demo_root = None
        QApplication.quit()


# -- process-wide setup --------------------------------------------------------

def setup_logging(paths: AppPaths) -> None:
    """A local error log with code locations only (see ui.messages.log_bug)."""
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    log = paths.log_file
    if log.exists() and log.stat().st_size > 512_000:  # keep one old file
        log.replace(log.with_name(log.name + ".1"))
    # logging.handlers would import socket; a plain, lazily opened file suffices.
    handler = logging.FileHandler(log, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    logger = logging.getLogger("legato_desk")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def install_excepthook(smoke: bool = False) -> None:
    def hook(exc_type, exc, tb):
        from PySide6.QtWidgets import QMessageBox

        exc.__traceback__ = tb
        text = error_text(exc)  # logs the bug without its message
        if smoke:  # nobody is there to close a message box: fail, don't hang
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
            os._exit(1)
        parent = QApplication.activeWindow()
        QMessageBox.critical(parent, APP_NAME, text)

    sys.excepthook = hook


def set_window_icon(app: QApplication) -> None:
    """The app's icon on every window. Set once the first window is drawn: the
    window manager draws it, not our first frame, and loading the SVG icon
    engine with QIcon's enums took 3 ms (Wayland takes it from the .desktop file)."""
    icon = RESOURCES / "legato-desk.svg"
    if icon.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))


def build_start_window(paths: AppPaths, vault_dir: Path | None, demo: bool = False) -> QWidget:
    """The first window the app would show, built but not shown (for benchmarks)."""
    app = QApplication.instance()
    controller = Application(paths, vault_dir=vault_dir, demo_mode=demo, parent=app)
    return controller.first_window()


def smoke_start(controller: Application, after_first_frame: Callable[[], None]) -> int:
    """Show the first window, let Qt draw it once, and quit (``--smoke``).

    Proves that a build starts, finds its Qt plugins and draws, without anyone
    at the keyboard; packaging/smoke.py runs it on the frozen app. The line is
    printed once the window is drawn; what waits for that runs before it quits.
    """
    window = controller.first_window()
    first_paint.after_first_paint(window, after_first_frame)
    window.show()
    QApplication.processEvents()
    # The title and the text of Qt's own Cancel button show which translations
    # loaded (the text, not a button: its constructor would create Qt's enums).
    qt_cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    print(f"smoke: {type(window).__name__} shown | {window.windowTitle()} | {qt_cancel}",
          flush=True)
    QApplication.processEvents()  # the work queued after the first paint
    window.close()
    controller.quit()
    return 0


def main(*, vault_dir: Path | None = None, demo: bool = False,
         paths: AppPaths | None = None, smoke: bool = False, language: str | None = None) -> int:
    harden_process()
    paths = paths or AppPaths.for_user()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)  # matches resources/legato-desk.desktop (Wayland app id)
    app.setQuitOnLastWindowClosed(False)  # the controller decides when to quit
    setup_logging(paths)
    i18n.install(app, QSettings(str(paths.settings_file), QSettings.Format.IniFormat),
                 override=language)
    install_excepthook(smoke)
    controller = Application(paths, vault_dir=vault_dir, demo_mode=demo, parent=app)
    from legato_desk.ui import theme

    # Light, dark or the system's (Settings ▸ Appearance); whether the system is
    # dark is asked once the first window is drawn (see theme.install).
    follow_system = theme.install(app, controller.settings)

    def after_first_frame() -> None:  # what the first frame does without
        set_window_icon(app)
        follow_system()

    try:
        if smoke:
            return smoke_start(controller, after_first_frame)
        controller.start()
        first_paint.after_first_paint(controller.window, after_first_frame)
    except Exception as exc:  # e.g. the demo vault could not be created
        log_bug(exc)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return 1
    return app.exec()
