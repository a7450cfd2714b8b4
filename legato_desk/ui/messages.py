"""Turning errors into words for people, and bugs into a content-free log."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication

from legato_desk.errors import KnownError

log = logging.getLogger("legato_desk")


def error_text(exc: BaseException) -> str:
    """The translated message for a KnownError; a neutral text for a bug."""
    if isinstance(exc, KnownError):
        return QCoreApplication.translate("KnownError", exc.message)
    log_bug(exc)
    return QCoreApplication.translate(
        "KnownError",
        "Something unexpected went wrong. Nothing you saved was lost. "
        "The details (without any case content) are in the error log.",
    )


def log_bug(exc: BaseException) -> None:
    """Log where a bug happened: exception type and stack, never its message.

    Exception messages can quote data (an SQL value, a path with a name), so
    only the type and the code locations reach the log.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    where = "".join(traceback.format_list(frames))
    log.error("bug: %s\n%s", type(exc).__name__, where)
