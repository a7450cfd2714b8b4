"""Errors a person can cause, as opposed to bugs.

A ``KnownError`` carries a message written for people. The message is plain
English here (no Qt below the UI layer); the UI passes it through Qt's
translation with the context ``"KnownError"``, the CLI prints it as it is.
A message with values is a template plus named parameters,
``ValidationError("At most {limit} characters.", limit=200)``, so that the
template is what gets translated. A parameter that names a field is made with
``label("The rationale")`` and is translated too; a nested KnownError is
translated as a whole; anything else (a number, a text from a file) is shown
as it is. ``packaging/i18n.py`` finds the templates and labels in the code.
Anything that is not a KnownError is a bug: it goes to the local,
content-free log with a traceback.
"""

from __future__ import annotations


class Label(str):
    """A field's name quoted in a message, translated along with it."""


def label(text: str) -> Label:
    """Mark ``text`` for translation in the context "KnownError": a field name
    quoted in an error message, or another plain-English text from below the UI."""
    return Label(text)


class KnownError(Exception):
    """An error with a message meant for the person at the keyboard."""

    message = "Something went wrong."

    def __init__(self, message: str | None = None, **params):
        self.template = message or type(self).message
        self.params = params
        text = self.template.format(**params) if params else self.template
        super().__init__(text)
        self.message = text

    def __str__(self) -> str:
        return self.message


class ValidationError(KnownError):
    """Input that a form or command cannot accept."""
