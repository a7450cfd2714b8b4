"""The app speaks German and English, and no window text escapes translation.

The pseudo locale wraps every translated text in ⟦…⟧. Walking the main
screens with it installed finds any text that did not pass through Qt's
translation (or was looked up under the wrong context): it shows without the
brackets. Data from the vault (names, codes, dates) is the only exception.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)

from legato_desk.errors import ValidationError, label
from legato_desk.ui import i18n
from legato_desk.ui.messages import error_text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import i18n as catalogue  # noqa: E402  (packaging/i18n.py)

OPEN, CLOSE = catalogue.PSEUDO_OPEN, catalogue.PSEUDO_CLOSE


@pytest.fixture(scope="session", autouse=True)
def built_translations():
    catalogue.build()


def test_the_language_follows_the_system_unless_chosen():
    assert i18n.resolve(None, ["de-DE", "en-US"]) == "de"
    assert i18n.resolve("system", ["de-AT"]) == "de"
    assert i18n.resolve(None, ["fr-FR", "en-GB"]) == "en"
    assert i18n.resolve(None, ["tr-TR"]) == "en"
    assert i18n.resolve("en", ["de-DE"]) == "en"
    assert i18n.resolve("de", ["en-US"]) == "de"


def test_german_is_spoken_in_windows_standard_buttons_and_errors(qtbot, speak, vault,
                                                                  app_paths):
    speak("de")
    from legato_desk.ui.main_window import MainWindow

    window = MainWindow(vault, QSettings(str(app_paths.settings_file),
                                         QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Bearbeiten" in menus
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    error = ValidationError("{what} can be at most {limit} characters long.",
                            what=label("The rationale"), limit=2000)
    text = error_text(error)
    assert "2000" in text and "Begründung" in text and "characters" not in text
    assert str(error) == "The rationale can be at most 2000 characters long."


def test_english_plurals_read_as_english(speak):
    speak("en")
    text = QCoreApplication.translate("ImportDialog", "%n case(s) in the file.", "", 1)
    assert "(s)" not in text and text.startswith("1 case")


def test_the_language_chosen_in_settings_is_kept_for_the_next_start(qtbot, vault, app_paths,
                                                                     speak):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    i18n.install(QApplication.instance(), settings, override="en")
    from legato_desk.ui.settings.dialog import AppearancePage, SettingsDialog

    dialog = SettingsDialog(vault, app_settings=settings)
    qtbot.addWidget(dialog)
    [page] = [p for p in dialog.pages if isinstance(p, AppearancePage)]
    assert page.language.currentData() == "system"
    page.language.setCurrentIndex(page.language.findData("de"))
    dialog.accept()
    settings.sync()
    again = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    assert i18n.saved_choice(again) == "de"
    assert i18n.resolve(i18n.saved_choice(again), ["en-US"]) == "de"
    # and nothing of the case reaches settings.ini
    from legato_desk.ui import theme

    assert set(again.allKeys()) <= {"ui/language", theme.KEY, "vault/path"} | {
        k for k in again.allKeys() if k.startswith("window/")}


# -- nothing escapes translation --------------------------------------------------

def _qt_own(widget: QWidget) -> bool:
    """Qt's own parts (standard buttons, tab scrollers): qtbase_de translates them."""
    box = widget.parent()
    if isinstance(box, QDialogButtonBox) and isinstance(widget, QAbstractButton):
        return box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    return widget.objectName() in ("ScrollLeftButton", "ScrollRightButton")


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can see in a window."""
    found = [("title", widget.windowTitle())]
    for child in [widget, *widget.findChildren(QWidget)]:
        if _qt_own(child):
            continue
        where = f"{type(child).__name__} {child.objectName()}".strip()
        if isinstance(child, QMenu):
            found.append((where, child.title()))
            found += [(where, a.text()) for a in child.actions() if not a.isSeparator()]
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        if isinstance(child, QLabel):
            found.append((where, child.text()))
        elif isinstance(child, QAbstractButton):
            found.append((where, child.text()))
        elif isinstance(child, QGroupBox):
            found.append((where, child.title()))
        elif isinstance(child, QTabWidget):
            found += [(where, child.tabText(i)) for i in range(child.count())]
        elif isinstance(child, (QLineEdit, QTextEdit, QPlainTextEdit)):
            found.append((where + " placeholder", child.placeholderText()))
        elif isinstance(child, QComboBox) and not child.isEditable():
            found += [(where, child.itemText(i)) for i in range(child.count())]
        header = getattr(child, "horizontalHeader", None) or getattr(child, "header", None)
        if isinstance(child, QAbstractItemView) and not isinstance(child, QHeaderView) \
                and child.model() is not None:
            model = child.model()
            columns = header().count() if callable(header) else 1
            for r in range(min(model.rowCount(), 20)):
                for c in range(columns):
                    found.append((where + " row", str(model.index(r, c).data() or "")))
        if isinstance(child, QAbstractItemView) and callable(header) and child.model():
            model = child.model()
            for section in range(header().count()):
                found.append((where + " header", str(model.headerData(
                    section, Qt.Orientation.Horizontal) or "")))
        if child.toolTip():
            found.append((where + " tooltip", child.toolTip()))
        if child.accessibleName():
            found.append((where + " accessible name", child.accessibleName()))
    for action in widget.actions():
        found.append(("action", action.text()))
    return found


_WORDS = re.compile(r"[A-Za-z]{3,}")


def _untranslated(widget: QWidget, data: set[str]) -> list[str]:
    bad = []
    for where, text in _texts(widget):
        plain = re.sub(r"<[^>]+>", " ", text or "")
        if OPEN in plain or not _WORDS.search(plain):
            continue
        rest = plain
        for value in sorted(data, key=len, reverse=True):
            rest = rest.replace(value, " ")
        if _WORDS.search(rest):
            bad.append(f"{where}: {text!r}")
    return sorted(set(bad))


def _demo_data(vault) -> set[str]:
    """Texts that come from the vault, not from the app: every text stored in it
    (and its lines), plus names that stay as they are in every language."""
    data = {"legato-desk", "PDF", "English", "Deutsch", "GraphML", "PNG", "SVG", "JSON",
            "Ctrl", "Shift", "Alt", "Del", "Ins", "Esc", "Enter", "Tab", "Home", "End",
            "DejaVu", "counsellor",  # the audit trail's actor until a profile is set
            "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}  # the pseudo locale's dates
    tables = [r[0] for r in vault.conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
    for table in tables:
        for row in vault.conn.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                if isinstance(value, str) and len(value) < 5000:
                    data.add(value.strip())
                    data |= {line.strip() for line in value.splitlines()}
    for case in vault.cases.list():
        for row in vault.sessions.list(case.id):
            data |= set(row.key_clients.split(", "))
    return {d for d in data if len(d) > 1}


def test_no_window_text_escapes_translation(qtbot, speak, vault, app_paths):
    from legato_desk.demo import populate
    from legato_desk.ui.main_window import MainWindow

    speak("pseudo")
    populate(vault)
    data = _demo_data(vault)
    window = MainWindow(vault, QSettings(str(app_paths.settings_file),
                                         QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    problems = {"case list": _untranslated(window, data)}
    for case in vault.cases.list():  # M.'s, then S.'s with its Release tab
        window.open_case(case.id)
        ws = window.workspace
        for index in range(ws.tabs.count()):
            if not ws.tabs.isTabVisible(index):
                continue
            ws.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            found = _untranslated(ws.tabs.widget(index), data)
            if found:
                problems[f"{case.pseudonym} {ws.tabs.tabText(index)}"] = found
    problems["main window"] = _untranslated(window, data)
    from legato_desk.ui.settings.dialog import SettingsDialog

    settings = SettingsDialog(vault, window)
    qtbot.addWidget(settings)
    for index in range(settings.tabs.count()):
        settings.tabs.setCurrentIndex(index)
    problems["settings"] = _untranslated(settings, data)
    problems = {k: v for k, v in problems.items() if v}
    assert not problems, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in problems.items())


def _dialogs(vault, case, tmp_path):
    from legato_desk.ui.about import AboutDialog
    from legato_desk.ui.export.dialog import ExportDialog
    from legato_desk.ui.keyclients.new_person import NewPersonDialog
    from legato_desk.ui.lifecycle import handover
    from legato_desk.ui.lifecycle.restore import RestoreDialog
    from legato_desk.ui.lifecycle.retention import RetentionDialog
    from legato_desk.ui.map.dialogs import AddPersonDialog, SnapshotDialog
    from legato_desk.ui.safeguarding.directory_dialog import DirectoryDialog
    from legato_desk.ui.safeguarding.disclosure_dialog import DisclosureDialog
    from legato_desk.ui.safeguarding.ending_dialog import EndingDialog
    from legato_desk.ui.safeguarding.raise_dialog import RaiseFlagDialog
    from legato_desk.ui.sessions.search import SearchDialog
    from legato_desk.ui.settings.change_passphrase import ChangePassphraseDialog
    from legato_desk.ui.start.create_vault import CreateVaultDialog
    from legato_desk.ui.start.unlock import UnlockDialog
    from legato_desk.ui.start.welcome import WelcomeDialog

    return {
        "welcome": lambda: WelcomeDialog(tmp_path / "new"),
        "create vault": lambda: CreateVaultDialog(tmp_path / "new"),
        "unlock": lambda: UnlockDialog(vault.paths.folder),
        "about": AboutDialog,
        "export": lambda: ExportDialog(vault, case.id),
        "new person": lambda: NewPersonDialog(lambda **_: None),
        "handover export": lambda: handover.ExportDialog(vault, [case.id]),
        "handover import": lambda: handover.ImportDialog(vault),
        "restore": lambda: RestoreDialog([tmp_path]),
        "retention": lambda: RetentionDialog(vault, lambda _case: False),
        "add person": AddPersonDialog,
        "snapshot": SnapshotDialog,
        "directory": lambda: DirectoryDialog(vault),
        "disclosure": lambda: DisclosureDialog(vault, case.id),
        "ending": lambda: EndingDialog(vault, case),
        "raise flag": RaiseFlagDialog,
        "search": lambda: SearchDialog(vault),
        "change passphrase": lambda: ChangePassphraseDialog(vault),
    }


def test_no_dialog_text_escapes_translation(qtbot, speak, vault, tmp_path):
    from legato_desk.demo import populate

    speak("pseudo")
    populate(vault)
    from legato_desk.ui.about import components

    libraries = {t for c in components() for t in (c.name, c.version, c.licence)}
    data = _demo_data(vault) | {str(tmp_path)} | libraries
    case = vault.cases.list()[0]  # M.'s, the main story
    problems = {}
    for name, make in _dialogs(vault, case, tmp_path).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        found = _untranslated(dialog, data)
        if found:
            problems[name] = found
        dialog.close()
    assert not problems, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in problems.items())


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_whole_map_toolbar_shows_at_the_default_width(qtbot, speak, vault, app_paths,
                                                           language):
    from legato_desk.demo import populate
    from legato_desk.ui.main_window import MainWindow
    speak(language)
    populate(vault)
    window = MainWindow(vault, QSettings(str(app_paths.settings_file),
                                         QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()  # at its own default size
    window.open_case(vault.cases.list()[0].id)
    page = window.workspace.page("map")
    window.workspace.tabs.setCurrentWidget(page)
    QApplication.processEvents()
    overflow = page.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert not overflow.isVisible(), "map tools folded behind »"
    zoom_in = page.toolbar.widgetForAction(page.zoom_in_action)
    assert zoom_in.text() == "+" and zoom_in.accessibleName() == page.zoom_in_action.text(
        ).replace("&", "")


@pytest.mark.parametrize("language, summary, names, latest, release_summary", [
    ("de", "Erster Anruf der Mutter", {"Frau K.", "Großvater", "Gaming-Forum"},
     "Beide Eltern kamen.", "Der Sozialdienst einer Jugendanstalt (erfunden)"),
    ("en", "First call from the mother", {"Mrs K.", "Grandfather", "Gaming forum"},
     "Both parents came.", "The social service of a youth prison (invented)"),
])
def test_the_demo_case_is_written_in_the_ui_language(qtbot, speak, make_app, language,
                                                     summary, names, latest,
                                                     release_summary):
    speak(language)
    app = make_app(demo_mode=True)
    app.first_window()
    case, release_case = app.vault.cases.list()  # M.'s, then S.'s
    assert release_case.summary.startswith(release_summary)
    assert case.summary.startswith(summary)
    assert names <= {p.name for p in app.vault.maps.persons(case.id)}
    [intake] = app.vault.maps.snapshots(case.id)
    assert intake.label == ("Erstaufnahme" if language == "de" else "intake")
    newest = app.vault.sessions.list(case.id)[0]
    assert app.vault.sessions.get(newest.id).facts.startswith(latest)
