"""Help ▸ About: the version, and the licences of everything the app ships.

Versions and licence names of the Python packages are read at run time from
their installed metadata (importlib.metadata), so the dialog names what is
actually installed or bundled, never what someone remembered; the frozen
bundle carries that metadata (packaging/legato-desk.spec). Libraries without
package metadata of their own (Qt, SQLCipher, SQLite, OpenSSL, Python) are
listed by hand with their versions asked from the running library, and their
licence texts are in resources/licenses/.
"""

from __future__ import annotations

import os
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from legato_desk import APP_NAME, __version__
from legato_desk.paths import RESOURCES

LICENCES = RESOURCES / "licenses"
FONT_LICENCE = Path(__file__).resolve().parents[1] / "reports" / "fonts" / "LICENSE-DejaVu.txt"

# (name shown, distribution, licence if its metadata names none). Only the
# packages that are installed are listed: Pillow, say, comes with reportlab.
PACKAGES = (
    ("PySide6 (Qt for Python)", "PySide6_Essentials", None),
    ("shiboken6", "shiboken6", None),
    ("sqlcipher3", "sqlcipher3", "Zlib"),  # its LICENSE is the zlib licence
    ("cryptography", "cryptography", None),
    ("argon2-cffi", "argon2-cffi", None),
    ("argon2-cffi-bindings", "argon2-cffi-bindings", None),
    ("cffi", "cffi", None),
    ("platformdirs", "platformdirs", None),
    ("reportlab", "reportlab", None),
    ("rl_accel", "rl_accel", "BSD"),
    ("Pillow", "pillow", None),
    ("pypdf", "pypdf", None),
    ("anyascii", "anyascii", "ISC"),
    ("pyspellchecker", "pyspellchecker", None),
    ("defusedxml", "defusedxml", None),
)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    text: str  # the full licence text(s)


def _translate(text: str) -> str:
    return QCoreApplication.translate("AboutDialog", text)


def _read(*paths: Path) -> str:
    return "\n\n".join(p.read_text(encoding="utf-8") for p in paths if p.is_file())


def licence_name(meta) -> str:
    """The licence a distribution's metadata declares, as briefly as it says it."""
    expression = meta.get("License-Expression")
    if expression:
        return expression
    field = (meta.get("License") or "").strip()
    if field and len(field) <= 60 and "\n" not in field:
        return field
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License :: ")]
    return ", ".join(classifiers) or field.split("(")[0].strip()


def _licence_texts(dist: metadata.Distribution) -> str:
    texts = []
    # Wheels before metadata 2.2 (defusedxml 0.7) declare no License-File but
    # keep the text beside METADATA.
    for name in dist.metadata.get_all("License-File") or ["LICENSE", "LICENSE.txt"]:
        # Metadata 2.4 keeps the files under licenses/; older wheels beside METADATA.
        text = dist.read_text(f"licenses/{name}") or dist.read_text(name)
        if text:
            texts.append(text.strip())
    return "\n\n".join(texts)


def _package(name: str, dist_name: str, fallback: str | None) -> Component | None:
    try:
        dist = metadata.distribution(dist_name)
    except metadata.PackageNotFoundError:
        return None
    licence = licence_name(dist.metadata) or fallback or "?"
    text = _licence_texts(dist)
    if not text and licence.startswith("LGPL-3.0"):  # PySide6 ships no licence file
        text = _read(LICENCES / "LGPL-3.0.txt", LICENCES / "GPL-3.0.txt")
    return Component(name, dist.version, licence, text)


def _cipher_versions() -> tuple[str, str, str]:
    """SQLCipher, its SQLite and its OpenSSL, asked from the library itself."""
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(":memory:")
    try:
        conn.execute("PRAGMA key = 'about'")  # the provider answers only when keyed
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        provider = conn.execute("PRAGMA cipher_provider_version").fetchone()[0]
    finally:
        conn.close()
    return cipher, sqlcipher.sqlite_version, provider


def _openssl(provider: str) -> list[Component]:
    """SQLCipher and cryptography each carry their own OpenSSL."""
    from cryptography.hazmat.backends.openssl.backend import backend

    text = _read(LICENCES / "Apache-2.0.txt")
    found = {}
    for owner, version in (("SQLCipher", provider), ("cryptography",
                                                     backend.openssl_version_text())):
        number = version.split()[1] if version.startswith("OpenSSL ") else version
        found.setdefault(number, []).append(owner)
    return [Component(_translate("OpenSSL (in {owners})").format(owners=", ".join(owners)),
                      number, "Apache-2.0", text) for number, owners in found.items()]


def _icu_version() -> str:
    """The major version of the ICU that Qt links, from its library's file name."""
    qt_libs = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    for found in sorted(qt_libs.glob("libicuuc.so.*")):
        return found.name.split(".so.")[1]
    return "?"


def components() -> list[Component]:
    cipher, sqlite, provider = _cipher_versions()
    python_licence = Path(os.__file__).with_name("LICENSE.txt")
    native = [
        Component("Qt", qVersion(), "LGPL-3.0-only",
                  _read(LICENCES / "LGPL-3.0.txt", LICENCES / "GPL-3.0.txt")),
        Component("ICU (in Qt)", _icu_version(), "ICU", _read(LICENCES / "ICU.txt")),
        Component("SQLCipher", cipher, "BSD-3-Clause", _read(LICENCES / "SQLCipher.txt")),
        Component("SQLite", sqlite, _translate("Public domain"), _read(LICENCES / "SQLite.txt")),
        *_openssl(provider),
        Component("DejaVu Sans (PDF font)", "2.37", _translate("Bitstream Vera licence"),
                  _read(FONT_LICENCE)),
        Component("Python", platform.python_version(), "PSF-2.0",
                  _read(python_licence if python_licence.is_file()
                        else RESOURCES / "python" / "LICENSE.txt")),
    ]
    packages = [_package(*entry) for entry in PACKAGES]
    return native + [p for p in packages if p is not None]


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.components = components()

        self.header = header = QLabel(self.tr(
            "<h3>{app} {version}</h3><p>An offline, encrypted companion for key-client "
            "counselling. Your data stays on this computer.</p><p>{app} is built on the "
            "libraries below. Select one to read its licence. Qt and PySide6 are used "
            "under the GNU LGPL version 3; their libraries are separate files in the "
            "installed folder and can be replaced.</p>").format(
                app=APP_NAME, version=__version__))
        header.setWordWrap(True)
        header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.table = QTableWidget(len(self.components), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")])
        self.table.setAccessibleName(self.tr("Bundled libraries"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        for row, component in enumerate(self.components):
            for column, value in enumerate((component.name, component.version,
                                            component.licence)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        heading = self.table.horizontalHeader()
        heading.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        heading.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        heading.setStretchLastSection(True)
        self.table.resizeRowsToContents()

        self.licence_text = QPlainTextEdit()
        self.licence_text.setReadOnly(True)
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.licence_text)
        split.setSizes([260, 240])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(header)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.table.setCurrentCell(0, 0)

    def _show(self, row: int) -> None:
        if 0 <= row < len(self.components):
            component = self.components[row]
            self.licence_text.setPlainText(component.text or self.tr(
                "The licence text of {name} is missing from this installation.").format(
                    name=component.name))
