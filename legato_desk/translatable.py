"""Marking texts below the UI layer for translation, without importing Qt.

``model/`` and ``vault/`` hold a few texts a person reads (the default note
templates, say). They are marked with this stand-in for Qt's own
``QT_TRANSLATE_NOOP``, so packaging/i18n.py finds them under their context;
the UI translates them when it shows them. Error messages use
``legato_desk.errors.label`` instead.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, for tools
    return text
