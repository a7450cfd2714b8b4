"""Errors a person can cause, as opposed to bugs.

A ``KnownError`` carries a message written for people. The message is plain
English here (no Qt below the UI layer); the UI passes it through Qt's
translation with the context ``"KnownError"``, the CLI prints it as it is.
Anything that is not a KnownError is a bug: it goes to the local,
content-free log with a traceback.
"""


class KnownError(Exception):
    """An error with a message meant for the person at the keyboard."""

    message = "Something went wrong."

    def __init__(self, message: str | None = None):
        super().__init__(message or self.message)
        if message:
            self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(KnownError):
    """Input that a form or command cannot accept."""
