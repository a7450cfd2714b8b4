"""Turning errors into words for people, and bugs into a content-free log."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication

from legato_desk.errors import KnownError, Label

log = logging.getLogger("legato_desk")


def error_text(exc: BaseException) -> str:
    """The translated message for a KnownError; a neutral text for a bug."""
    if isinstance(exc, KnownError):
        params = {name: _parameter(value) for name, value in exc.params.items()}
        text = QCoreApplication.translate("KnownError", exc.template)
        return text.format(**params) if params else text
    log_bug(exc)
    return QCoreApplication.translate(
        "KnownError",
        "Something unexpected went wrong. Nothing you saved was lost. "
        "The details (without any case content) are in the error log.",
    )


def _parameter(value):
    """A value in a message: labels and nested errors translated, data as it is."""
    if isinstance(value, Label):
        return QCoreApplication.translate("KnownError", value)
    if isinstance(value, KnownError):
        return error_text(value)
    return value


def log_bug(exc: BaseException) -> None:
    """Log where a bug happened: exception type and stack, never its message.

    Exception messages can quote data (an SQL value, a path with a name), so
    only the type and the code locations reach the log.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    where = "".join(traceback.format_list(frames))
    log.error("bug: %s\n%s", type(exc).__name__, where)
