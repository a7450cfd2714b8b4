"""Translated names of the caller's answer to a referral."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from legato_desk.model.referral import Agreement

_NAMES = {
    Agreement.AGREED: QT_TRANSLATE_NOOP("ReferralLabels", "The caller agreed"),
    Agreement.DECLINED: QT_TRANSLATE_NOOP("ReferralLabels", "The caller did not agree"),
    Agreement.NOT_ASKED: QT_TRANSLATE_NOOP("ReferralLabels", "Not asked yet"),
}


def name(value: Agreement) -> str:
    return QCoreApplication.translate("ReferralLabels", _NAMES[value])
