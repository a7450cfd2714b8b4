"""Help ▸ About names every bundled library with its version and licence text."""

from importlib import metadata

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction

from legato_desk import __version__
from legato_desk.ui.about import AboutDialog, licence_name
from legato_desk.ui.main_window import MainWindow
from tests.ui.conftest import answer_modal

# What the office's licence review expects to see, each with a word that
# must be in its licence column.
EXPECTED = {
    "PySide6": "LGPL-3.0", "Qt": "LGPL-3.0", "SQLCipher": "BSD", "SQLite": "ublic domain",
    "OpenSSL": "Apache-2.0", "reportlab": "BSD", "argon2-cffi": "MIT",
    "cryptography": "Apache-2.0 OR BSD", "platformdirs": "MIT", "sqlcipher3": "Zlib",
}


def _rows(dialog: AboutDialog) -> list[tuple[str, str, str]]:
    table = dialog.table
    return [tuple(table.item(row, col).text() for col in range(3))
            for row in range(table.rowCount())]


@pytest.fixture
def window(qtbot, vault, app_paths):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def test_help_about_opens_the_dialog_with_version_and_libraries(qtbot, window):
    [about] = [a for a in window.findChildren(QAction) if a.text() == "&About legato-desk"]
    seen = []

    def handler(dialog):
        seen.append((dialog.windowTitle(), _rows(dialog), dialog.table.isVisible()))
        dialog.reject()

    answer_modal(qtbot, handler)
    about.trigger()
    [(title, rows, table_shown)] = seen
    assert title == "About legato-desk" and table_shown
    names = " ".join(name for name, _version, _licence in rows)
    for library in EXPECTED:
        assert library in names


def test_each_library_names_its_licence_and_shows_its_text(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert f"legato-desk {__version__}" in dialog.header.text()
    rows = _rows(dialog)
    for library, licence in EXPECTED.items():
        matching = [row for row in rows if row[0].startswith(library)]
        assert matching, library
        assert all(licence in row[2] for row in matching), (library, matching)
    for row, (name, version, _licence) in enumerate(rows):
        assert version and version != "?", name
        qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.table.visualRect(dialog.table.model().index(row, 0)).center())
        assert dialog.table.currentRow() == row
        text = dialog.licence_text.toPlainText()
        assert len(text) > 200 or name.startswith("SQLite"), name
        assert "missing from this installation" not in text, name


def test_package_versions_come_from_the_installed_metadata(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    versions = {name: version for name, version, _ in _rows(dialog)}
    assert versions["reportlab"] == metadata.version("reportlab")
    assert versions["cryptography"] == metadata.version("cryptography")
    assert versions["PySide6 (Qt for Python)"] == metadata.version("PySide6_Essentials")


def test_licence_name_prefers_the_expression_then_a_short_field_then_classifiers():
    from email.message import Message

    def meta(**fields):
        message = Message()
        for key, values in fields.items():
            for value in values if isinstance(values, list) else [values]:
                message[key.replace("_", "-")] = value
        return message

    assert licence_name(meta(License_Expression="MIT", License="whatever")) == "MIT"
    assert licence_name(meta(License="BSD-3-Clause")) == "BSD-3-Clause"
    long = "BSD license (see license.txt for details), Copyright (c) 2000-2025, Someone Inc."
    assert licence_name(meta(License=long, Classifier=[
        "Programming Language :: Python", "License :: OSI Approved :: BSD License"])) \
        == "BSD License"
    assert licence_name(meta(License=long)) == "BSD license"
    assert licence_name(meta()) == ""
