"""The first screen when there is no vault yet: create one, open one, or look at the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from legato_desk.ui import theme
from legato_desk.vault import VaultPaths


class WelcomeDialog(QDialog):
    CREATE, OPEN, DEMO = "create", "open", "demo"

    def __init__(self, default_folder: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to legato-desk"))
        self.choice: str | None = None
        self.folder = Path(default_folder)

        title = QLabel(self.tr("<h2>Welcome to legato-desk</h2>"))
        intro = QLabel(self.tr(
            "legato-desk keeps your case work in an encrypted vault on this "
            "computer. Nothing leaves this machine unless you export it yourself."))
        intro.setWordWrap(True)
        # What a first-time user must understand before creating anything.
        points = "".join(f"<p style='margin-top:6px'>{text}</p>" for text in (
            self.tr("<b>Your vault</b> is one folder holding the encrypted database. "
                    "It opens only with your passphrase. To back it up, copy the whole "
                    "folder while legato-desk is closed."),
            self.tr("<b>The recovery key</b> is shown once, when the vault is created. "
                    "Write it down on paper and keep it away from this computer: it is "
                    "the only way back in if you forget the passphrase. Nobody, not even "
                    "the makers of legato-desk, can reset it for you."),
            self.tr("<b>The demo vault</b> holds two invented cases for trying things "
                    "out, and is deleted when you quit. Never put real data into it."),
        ))
        self.explanation = QLabel(points)
        self.explanation.setWordWrap(True)

        create_box = QGroupBox(self.tr("Start with a new vault"))
        self.location = QLineEdit(str(self.folder))
        self.location.setReadOnly(True)
        self.location.setAccessibleName(self.tr("Vault folder"))
        choose = QPushButton(self.tr("C&hange folder…"))
        choose.clicked.connect(self._choose_folder)
        self.create_button = QPushButton(self.tr("&Create vault…"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(lambda: self._finish(self.CREATE))
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(choose)
        box = QVBoxLayout(create_box)
        box.addWidget(QLabel(self.tr("The vault will be created in this folder:")))
        box.addLayout(where)
        box.addWidget(self.create_button)

        self.open_button = QPushButton(self.tr("&Open an existing vault…"))
        self.open_button.clicked.connect(self._open_existing)
        self.demo_button = QPushButton(self.tr("Open &demo vault"))
        self.demo_button.setToolTip(self.tr(
            "A throwaway vault with two invented cases, deleted when you quit."))
        self.demo_button.clicked.connect(lambda: self._finish(self.DEMO))
        self.message = QLabel()
        self.message.setWordWrap(True)
        theme.set_text_colour(self.message, theme.HIGHLIGHT)

        others = QHBoxLayout()
        others.addWidget(self.open_button)
        others.addWidget(self.demo_button)
        others.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addWidget(create_box)
        layout.addLayout(others)
        layout.addWidget(self.message)
        self.setMinimumWidth(560)

    def showEvent(self, event):
        super().showEvent(event)
        self.create_button.setFocus()

    def _start_folder(self) -> str:
        """The nearest existing folder to offer in a file dialog."""
        folder = self.folder
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        return str(folder)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the vault"), self._start_folder())
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        if VaultPaths(folder).exists():
            self.message.setText(self.tr(
                "That folder already holds a vault. Use “Open an existing "
                "vault…” to open it, or choose another folder."))
            return
        self.folder = Path(folder)
        self.location.setText(str(self.folder))
        self.message.clear()

    def _open_existing(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Open the folder that holds your vault"), self._start_folder())
        if folder:
            self.open_folder(Path(folder))

    def open_folder(self, folder: Path) -> None:
        if not VaultPaths(folder).exists():
            self.message.setText(self.tr(
                "There is no vault in that folder. A vault folder contains the "
                "files vault.db and vault.header."))
            return
        self.folder = Path(folder)
        self._finish(self.OPEN)

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()
