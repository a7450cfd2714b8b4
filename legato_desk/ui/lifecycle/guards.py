"""Watchers that lock the vault or clear the clipboard when nobody is looking.

* ``IdleWatcher``: no keyboard or mouse input for the configured period.
  Time is measured with the wall clock, so a laptop that slept through the
  period locks as soon as it wakes up. Tests pass a fake clock and call
  ``check()``.
* ``SessionLockWatcher``: the desktop session was locked, where the platform
  tells a Qt application so without D-Bus or other IPC modules: on Windows
  (WM_WTSSESSION_CHANGE after WTSRegisterSessionNotification, via ctypes)
  and where Qt reports the application as *suspended*. X11/Wayland and
  macOS do not tell a plain Qt application; there the idle timer applies.
* ``ClipboardGuard``: text the app put on the clipboard is removed after a
  timeout, unless something else has been copied since.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

# Qt itself is imported in the methods that use it: taking the name creates
# all its enums (about 12 ms), which the first window does not need.

AUTOLOCK_KEY = "autolock.minutes"
AUTOLOCK_DEFAULT = 5
CLIPBOARD_KEY = "clipboard.clear_seconds"
CLIPBOARD_DEFAULT = 30
CHECK_MS = 5000


def _input_types() -> set:
    """The event types that count as input (QEvent's enums are made on first use, ~1.5 ms)."""
    kind = QEvent.Type
    return {kind.KeyPress, kind.MouseButtonPress, kind.MouseMove, kind.Wheel,
            kind.TouchBegin, kind.TabletPress, kind.InputMethod}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, app, clock: Callable[[], float] = time.time, parent=None):
        super().__init__(parent)
        self._app = app
        self._clock = clock
        self._last = clock()
        self._timeout: Callable[[], float] | None = None
        self._input: set = set()  # filled by start()
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)

    def start(self, timeout_seconds: Callable[[], float]) -> None:
        """Watch input from now on; ``timeout_seconds()`` is read at each check."""
        self._timeout = timeout_seconds
        self._last = self._clock()
        self._input = self._input or _input_types()
        self._app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._timeout = None
        self._app.removeEventFilter(self)

    @property
    def active(self) -> bool:
        return self._timeout is not None

    def eventFilter(self, obj, event) -> bool:
        if event.type() in self._input:
            self._last = self._clock()
        return False

    def idle_seconds(self) -> float:
        return self._clock() - self._last

    def check(self) -> None:
        if self._timeout is None:
            return
        timeout = self._timeout()
        if timeout > 0 and self.idle_seconds() >= timeout:
            self.stop()
            self.idle.emit()


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    WM_WTSSESSION_CHANGE = 0x02B1
    WTS_SESSION_LOCK = 0x7

    def __init__(self, on_lock: Callable[[], None]):
        super().__init__()
        self._on_lock = on_lock

    def nativeEventFilter(self, event_type, message):
        if bytes(event_type) == b"windows_generic_MSG" and is_session_lock(int(message)):
            QTimer.singleShot(0, self._on_lock)
        return False, 0


def is_session_lock(msg_address: int) -> bool:
    """Whether the Windows MSG at ``msg_address`` says the session was locked."""
    from ctypes import wintypes

    msg = wintypes.MSG.from_address(msg_address)
    return (msg.message == _WindowsSessionFilter.WM_WTSSESSION_CHANGE
            and msg.wParam == _WindowsSessionFilter.WTS_SESSION_LOCK)


class SessionLockWatcher(QObject):
    session_locked = Signal()

    def __init__(self, app, parent=None):
        super().__init__(parent)
        self._app = app
        self._filter = None
        self._watching = False
        self.platform_support = "application suspended (Qt)"

    def watch_window(self, window) -> None:
        """Watch while ``window`` shows case data; on Windows, ask for its session
        notifications.

        Not from the start: PySide cannot pass the ``Qt::ApplicationState`` of
        ``applicationStateChanged`` to Python before ``Qt`` is imported, which
        the first window does without (``theme``); and before a vault is open
        there is nothing to lock.
        """
        if not self._watching:
            self._watching = True
            self._app.applicationStateChanged.connect(self._state_changed)
        if sys.platform != "win32":
            return
        try:
            import ctypes

            NOTIFY_FOR_THIS_SESSION = 0
            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(
                int(window.winId()), NOTIFY_FOR_THIS_SESSION)
            if self._filter is None:
                self._filter = _WindowsSessionFilter(self.session_locked.emit)
                self._app.installNativeEventFilter(self._filter)
            self.platform_support = "Windows session lock"
        except (OSError, AttributeError):
            pass

    def stop(self) -> None:
        """Nothing to lock any more (the vault was locked or closed)."""
        if self._watching:
            self._watching = False
            self._app.applicationStateChanged.disconnect(self._state_changed)

    def _state_changed(self, state) -> None:
        from PySide6.QtCore import Qt  # not at the top: see there

        if state == Qt.ApplicationState.ApplicationSuspended:
            self.session_locked.emit()


class ClipboardGuard(QObject):
    """Clears text the app copied after ``timeout_seconds()``, if still there."""

    def __init__(self, clipboard, timeout_seconds: Callable[[], float], parent=None):
        super().__init__(parent)
        self._clipboard = clipboard
        self._timeout = timeout_seconds
        self.pending: str | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.expire)
        clipboard.dataChanged.connect(self._changed)

    @classmethod
    def for_application(cls, timeout_seconds: Callable[[], float]) -> "ClipboardGuard":
        """The one guard of this process, owned by the QApplication.

        One per process and never deleted: a guard deleted while connected
        to the clipboard (e.g. with a short-lived controller in tests)
        crashed in QObject::~QObject on a loaded machine.
        """
        app = QGuiApplication.instance()
        guard = getattr(app, "_legato_clipboard_guard", None)
        if guard is None:
            guard = cls(app.clipboard(), timeout_seconds, parent=app)
            app._legato_clipboard_guard = guard
        guard._timeout = timeout_seconds
        guard.pending = None
        return guard

    def is_ours(self) -> bool:
        """Copied by this app: it owns the clipboard, or it is the active application."""
        from PySide6.QtCore import Qt

        return (self._clipboard.ownsClipboard()
                or QGuiApplication.applicationState() == Qt.ApplicationState.ApplicationActive)

    def _changed(self) -> None:
        text = self._clipboard.text()
        if text and self.is_ours():
            self.pending = text
            self._timer.start(int(max(1.0, self._timeout()) * 1000))
        else:
            self.pending = None
            self._timer.stop()

    @property
    def waiting(self) -> bool:
        return self._timer.isActive()

    def expire(self) -> None:
        self._timer.stop()
        if self.pending is not None and self._clipboard.text() == self.pending:
            self._clipboard.clear()
        self.pending = None
