"""Ask, then do: the one shape of every "Delete …?" on the case pages."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from legato_desk.ui.messages import error_text


def confirm_and_run(parent: QWidget, title: str, question: str,
                    action: Callable[[], object]) -> bool:
    """Ask ``question``; on Yes run ``action``. A refusal from the vault is shown
    under the same title. True when the action ran."""
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return False
    try:
        action()
    except Exception as exc:
        QMessageBox.warning(parent, title, error_text(exc))
        return False
    return True
