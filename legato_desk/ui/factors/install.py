"""Wiring the Factors and Referral on tabs into the main window (one call from it)."""

from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject

from legato_desk.ui.factors.page import FactorPage
from legato_desk.ui.referrals.page import ReferralPage


def _title(text: str) -> str:
    return QCoreApplication.translate("CaseWorkspace", text)


class FactorsAndReferrals(QObject):
    def __init__(self, window, today: Callable[[], date] = date.today):
        super().__init__(window)
        workspace = window.workspace
        directory = getattr(getattr(window, "safeguarding", None), "open_directory", None)
        self.factors = FactorPage(window.vault, today)
        self.referrals = ReferralPage(window.vault, today, open_directory=directory)
        workspace.add_page("factors", self.factors, _title("Facto&rs"), order=15)
        workspace.add_page("referrals", self.referrals, _title("Referral o&n"), order=75)
        for page in (self.factors, self.referrals):
            page.changed.connect(window.commands.changed.emit)
        if workspace.case is not None:
            for page in (self.factors, self.referrals):
                page.show_case(workspace.case)


def install(window, today: Callable[[], date] = date.today) -> FactorsAndReferrals:
    return FactorsAndReferrals(window, today)
