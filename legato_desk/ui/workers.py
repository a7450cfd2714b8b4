"""Run slow work off the UI thread and get the result back on it.

    run_task(parent, fn, on_done, on_error)
    run_task(parent, fn, on_done, on_error, on_progress=show)  # fn(report)

``fn`` runs on a small pool of worker threads; ``on_done(result)`` or
``on_error(exception)`` run on the UI thread afterwards. With ``on_progress``,
``fn`` is called with ``report(done, total)`` and each report reaches
``on_progress(done, total)`` on the UI thread. Nothing is delivered once
``parent`` has been deleted, so a closed dialog never receives a late result.

Why one relay for the whole process: a worker thread must never emit on a
QObject that the UI thread may delete meanwhile (Qt leaves that undefined,
and under load it crashed in ``~QObject``). The single relay lives as long
as the process; each task is only a number in ``_pending``, which the UI
thread alone reads and writes.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

# concurrent.futures (threading, queue) and Qt's namespace enums (about 12 ms
# to create) are imported by the first task, not on the way to the first window.

_DONE, _FAILED, _PROGRESS = range(3)


class _Relay(QObject):
    message = Signal(int, int, object)  # token, kind, payload


_relay: _Relay | None = None
_executor = None  # the ThreadPoolExecutor, made with the relay
_tokens = itertools.count(1)
_pending: dict[int, tuple[QObject, Callable, Callable, Callable | None]] = {}
_futures: set = set()  # concurrent.futures.Future


def _deliver(token: int, kind: int, payload: Any) -> None:
    entry = _pending.get(token) if kind == _PROGRESS else _pending.pop(token, None)
    if entry is None:
        return
    parent, on_done, on_error, on_progress = entry
    if not shiboken6.isValid(parent):
        _pending.pop(token, None)
        return
    if kind == _PROGRESS:
        if on_progress is not None:
            on_progress(*payload)
    elif kind == _DONE:
        on_done(payload)
    else:
        on_error(payload)


def _setup():
    """The relay and the executor, made by the first task."""
    global _relay, _executor
    if _relay is None:
        from concurrent.futures.thread import ThreadPoolExecutor  # by name: PyInstaller sees it

        from PySide6.QtCore import Qt

        _relay = _Relay()  # created on the UI thread, lives as long as the process
        _relay.message.connect(_deliver, Qt.ConnectionType.QueuedConnection)
        _executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="legato-task")
    return _relay, _executor


def _work(relay: _Relay, token: int, fn: Callable, with_progress: bool) -> None:
    def report(done: int, total: int) -> None:
        relay.message.emit(token, _PROGRESS, (done, total))

    try:
        result = fn(report) if with_progress else fn()
    except BaseException as exc:  # handed to the UI thread, never lost
        relay.message.emit(token, _FAILED, exc)
    else:
        relay.message.emit(token, _DONE, result)


def run_task(parent: QObject, fn: Callable[..., Any],
             on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None],
             on_progress: Callable[[int, int], None] | None = None) -> int:
    """Start ``fn`` in the background; returns the task's token."""
    relay, executor = _setup()
    token = next(_tokens)
    _pending[token] = (parent, on_done, on_error, on_progress)
    future = executor.submit(_work, relay, token, fn, on_progress is not None)
    _futures.add(future)
    future.add_done_callback(_futures.discard)
    return token


def wait_for_all(timeout: float | None = None) -> bool:
    """Block until every started task has finished; False on timeout.

    Results still reach the UI thread as queued events; this only makes sure
    no worker is still touching a vault that is about to close.
    """
    running = list(_futures)
    if not running:
        return True
    from concurrent.futures import wait

    _done, not_done = wait(running, timeout=timeout)
    return not not_done
