"""Which language the app speaks, and the Qt translators that make it speak it.

The language is chosen once, at start, before the first window: from
``--language``, else the choice saved in settings.ini (``ui/language``), else
the system's UI languages. German and English are the app's languages; the
``pseudo`` locale (accented, about 40 % longer, every text in ⟦…⟧) shows
layouts that break with long texts and any text that escaped translation.

The .qm files are built from ``resources/i18n/*.ts`` by
``packaging/i18n.py build`` (``make`` runs it), so they are not in git. A
changed choice (Settings ▸ Appearance) takes effect at the next start: Qt
widgets do not re-read their texts.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from legato_desk.paths import RESOURCES

log = logging.getLogger("legato_desk")

SETTING = "ui/language"
SYSTEM = "system"
PSEUDO = "pseudo"
LANGUAGES = ("en", "de")  # what a counsellor can choose; "system" picks one of them
I18N_DIR = RESOURCES / "i18n"
_LOCALES = {"en": "en_GB", "de": "de_DE"}


@dataclass
class _State:
    language: str = "en"  # in effect since start


_state = _State()
_installed: list[QTranslator] = []


def resolve(choice: str | None, system_languages: list[str]) -> str:
    """The language to use for a saved or given choice, the system's as fallback."""
    if choice in (*LANGUAGES, PSEUDO):
        return choice
    for tag in system_languages:  # e.g. ["de-DE", "en-US"], most preferred first
        base = tag.replace("_", "-").split("-")[0].lower()
        if base in LANGUAGES:
            return base
    return "en"


def saved_choice(settings: QSettings) -> str:
    value = settings.value(SETTING, SYSTEM)
    return value if value in (SYSTEM, *LANGUAGES) else SYSTEM


def current() -> str:
    """The language the running app speaks ("en", "de" or "pseudo")."""
    return _state.language


def pdf_language() -> str:
    """The default language for PDF exports: the UI's, English for pseudo."""
    return _state.language if _state.language in LANGUAGES else "en"


def demo_text(text: str) -> str:
    """A text of the demo case (legato_desk/demo.py marks them) in the UI's language."""
    return QCoreApplication.translate("Demo", text)


def install(app: QApplication, settings: QSettings | None, override: str | None = None) -> str:
    """Install the translators for the chosen language; returns that language."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    choice = override or (saved_choice(settings) if settings is not None else SYSTEM)
    language = resolve(choice, QLocale.system().uiLanguages())
    _state.language = language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    wanted = [(I18N_DIR, f"legato_desk_{language}")]
    if language == "de":
        wanted.insert(0, (qt_dir, "qtbase_de"))  # standard buttons: OK, Cancel, …
    for folder, name in wanted:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
        elif folder == I18N_DIR:
            log.warning("translation %s not found: run `make` (packaging/i18n.py build)", name)
    system = QLocale.system().name().split("_")[0]
    if language in LANGUAGES and language != system:  # dates and numbers to match
        QLocale.setDefault(QLocale(_LOCALES[language]))
    return language
