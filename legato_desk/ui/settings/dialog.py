"""Vault ▸ Settings: one dialog, one tab per settings page.

A page is a QWidget with a ``title()`` and an ``apply()`` that stores its
values in ``vault.settings`` (raising ValidationError keeps the dialog open
on that page, with the message shown). Pages are listed in ``PAGES``; a new
page is one class and one line there.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from legato_desk.errors import ValidationError
from legato_desk.ui import i18n, tab_bars, theme
from legato_desk.ui.lifecycle.settings_pages import BackupPage, LockingPage, RetentionPage
from legato_desk.ui.messages import error_text
from legato_desk.ui.safeguarding.protocol_page import ProtocolPage

PROFILE_KEY = "profile.name"
PROFILE_MAX = 60
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch"}  # each in its own language


class ProfilePage(QWidget):
    """Who works with this vault: the name the audit trail records."""

    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self.name = QLineEdit(vault.settings.get(PROFILE_KEY, ""))
        self.name.setMaxLength(PROFILE_MAX)
        self.name.setAccessibleName(self.tr("Counsellor profile"))
        self.name.setPlaceholderText(self.tr("e.g. your initials"))
        explain = QLabel(self.tr(
            "The audit trail records which profile made each change (never the "
            "content). Initials are enough."))
        explain.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Counsellor &profile:"), self.name)
        form.addRow(explain)
        label = form.labelForField(self.name)
        if isinstance(label, QLabel):
            label.setBuddy(self.name)

    def title(self) -> str:
        return self.tr("Profile")

    def apply(self) -> None:
        value = " ".join(self.name.text().split())
        if len(value) > PROFILE_MAX:
            raise ValidationError("A profile name can be at most 60 characters long.")
        self._vault.settings.set(PROFILE_KEY, value)
        self._vault.audit.actor = value or "counsellor"


class AppearancePage(QWidget):
    """Light, dark or as the system says, and the language of the app. Stored with the
    window geometry, not in the vault: it is no case data, and the unlock screen needs
    it before any vault is open."""

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self._settings = settings
        self.scheme = QComboBox()
        for value, text in ((theme.SYSTEM, self.tr("As the system")),
                            (theme.LIGHT, self.tr("Light")), (theme.DARK, self.tr("Dark"))):
            self.scheme.addItem(text, value)
        self.scheme.setCurrentIndex(self.scheme.findData(theme.scheme_of(settings)))
        explain = QLabel(self.tr(
            "Dark colours are easier on the eyes late in the evening. Every text keeps "
            "a contrast of at least 4.5:1 in both."))
        explain.setWordWrap(True)
        form = QFormLayout(self)
        label = QLabel(self.tr("&Colours:"))
        label.setBuddy(self.scheme)
        form.addRow(label, self.scheme)
        form.addRow(explain)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the app"))
        system = i18n.resolve(None, QLocale.system().uiLanguages())
        self.language.addItem(self.tr("As the system ({language})").format(
            language=LANGUAGE_NAMES[system]), i18n.SYSTEM)
        for code in i18n.LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(self.language.findData(i18n.saved_choice(settings)))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        restart = QLabel(self.tr("A new language takes effect the next time legato-desk starts."))
        restart.setWordWrap(True)
        form.addRow(language_label, self.language)
        form.addRow(restart)

    def title(self) -> str:
        return self.tr("Appearance")

    def apply(self) -> None:
        value = self.scheme.currentData()
        self._settings.setValue(theme.KEY, value)
        self._settings.setValue(i18n.SETTING, self.language.currentData())
        theme.apply(QApplication.instance(), value)


PAGES: list[type] = [ProfilePage]
PAGES.append(ProtocolPage)

from legato_desk.ui.sessions.followups import FollowUpsPage  # noqa: E402
from legato_desk.ui.sessions.templates_page import TemplatesPage  # noqa: E402

PAGES += [TemplatesPage, FollowUpsPage]
from legato_desk.ui.factors.settings_page import FactorWordingPage  # noqa: E402

PAGES.append(FactorWordingPage)
from legato_desk.ui.release.settings_page import ReleaseChecklistPage  # noqa: E402

PAGES.append(ReleaseChecklistPage)
PAGES += [LockingPage, BackupPage, RetentionPage]


class SettingsDialog(QDialog):
    def __init__(self, vault, parent=None, *, app_settings=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        tab_bars.unclipped(self.tabs)
        self.pages = [page(vault) for page in PAGES]
        if app_settings is not None:  # the app's own settings (QSettings), not the vault's
            self.pages.insert(1, AppearancePage(app_settings))
        for page in self.pages:
            self.tabs.addTab(page, page.title())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def accept(self) -> None:
        for page in self.pages:
            try:
                page.apply()
            except Exception as exc:
                self.tabs.setCurrentWidget(page)
                self.message.setText(error_text(exc))
                return
        super().accept()
