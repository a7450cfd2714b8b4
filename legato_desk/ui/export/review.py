"""The names of a pseudonymised case export, reviewed before it is written.

Two lists: what the export replaces ("Ahmets → P1 (inflected) ×2"), and the
words it would print that look like names but match nobody of the case. For
each such word the counsellor decides, and the decision is stored at once:
redact it in every pseudonymised export of the case (``vault.names``), make
it another name of a person on the map (the person's aliases), or keep it as
written. ``decided`` then asks the export dialog to check the export again;
the widget itself never reads the export, only shows what it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
)

from legato_desk.model.names import Review, split_aliases
from legato_desk.ui.messages import error_text

WORD = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("NameReview", text)


def promise() -> str:
    """What pseudonymisation does and does not do, in one sentence (README says the same)."""
    return _tr(
        "Pseudonymised: every person, contact and alias known to this case is replaced "
        "by a code, however it is capitalised, accented or inflected and, for longer "
        "names, when one letter is off; a name the case does not know stays in the text "
        "— the words that look like names are listed below, but places, dates and other "
        "details are not checked, so read the text before you send it.")


def replaced_text(written: str, code: str, how: str, times: int) -> str:
    if how == "inflected":
        template = _tr("{written} → {code} (inflected) ×{times}")
    elif how == "spelling":
        template = _tr("{written} → {code} (one letter off) ×{times}")
    else:
        template = _tr("{written} → {code} ×{times}")
    return template.format(written=written, code=code, times=times)


class NameReview(QGroupBox):
    decided = Signal(str)  # the word a decision was stored for

    def __init__(self, vault, case_id: int, parent=None):
        super().__init__(parent)
        self._vault = vault
        self._case_id = case_id
        self._review: Review | None = None
        self._busy = False
        self.setTitle(self.tr("Names in this export"))
        self.statement = QLabel(promise())
        self.statement.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Review of the names"))
        self.replaced = QListWidget()
        self.replaced.setAccessibleName(self.tr("Names the export replaces"))
        self.replaced.setMaximumHeight(110)
        replaced_label = QLabel(self.tr("Replace&d by a code:"))
        replaced_label.setBuddy(self.replaced)
        self.lookalikes = QListWidget()
        self.lookalikes.setAccessibleName(self.tr("Words that look like names"))
        self.lookalikes.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.lookalikes.customContextMenuRequested.connect(self._context_menu)
        self.lookalikes.currentItemChanged.connect(lambda *_: self._enable())
        lookalikes_label = QLabel(self.tr("Look like &names but match nobody:"))
        lookalikes_label.setBuddy(self.lookalikes)
        self.redact_button = QPushButton(self.tr("Redact &here"))
        self.redact_button.setToolTip(self.tr(
            "Replace this word by a code in every pseudonymised export of this case"))
        self.redact_button.clicked.connect(self.redact_selected)
        self.alias_menu = QMenu(self)
        self.alias_button = QPushButton(self.tr("Add as alia&s of…"))
        self.alias_button.setToolTip(self.tr(
            "Make this word another name of a person on the map: it is then replaced "
            "by that person's code"))
        self.alias_button.setMenu(self.alias_menu)
        self.keep_button = QPushButton(self.tr("&Keep"))
        self.keep_button.setToolTip(self.tr(
            "This word is not a name: print it as written and stop listing it"))
        self.keep_button.clicked.connect(self.keep_selected)
        self._fill_alias_menu(self.alias_menu)

        buttons = QVBoxLayout()
        for button in (self.redact_button, self.alias_button, self.keep_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        words = QHBoxLayout()
        words.addWidget(self.lookalikes, 1)
        words.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.statement)
        layout.addWidget(self.status)
        layout.addWidget(replaced_label)
        layout.addWidget(self.replaced)
        layout.addWidget(lookalikes_label)
        layout.addLayout(words, 1)
        self.set_checking()

    # -- what is shown -------------------------------------------------------------

    @property
    def review(self) -> Review | None:
        """The review shown, or None while the export is being checked."""
        return self._review

    def set_checking(self) -> None:
        self._review = None
        self.status.setText(self.tr("Checking the names in this export…"))
        self._enable()

    def show_problem(self, text: str) -> None:
        self._review = None
        self.status.setText(text)
        self._enable()

    def show_review(self, review: Review) -> None:
        self._review = review
        current = self.selected_word()
        self.replaced.clear()
        for written, code, how, times in review.replaced:
            self.replaced.addItem(replaced_text(written, code, how, times))
        if not review.replaced:
            self.replaced.addItem(self.tr("No name of the case is in the text."))
        self.lookalikes.clear()
        for word, times in review.lookalikes:
            item = QListWidgetItem(self.tr("{word} ×{times}").format(word=word, times=times))
            item.setData(WORD, word)
            self.lookalikes.addItem(item)
        words = review.unreviewed
        if words:
            self.lookalikes.setCurrentRow(words.index(current) if current in words else 0)
            self.status.setText(self.tr(
                "%n word(s) left to review: decide for each before you export.", "",
                len(words)))
        else:
            self.status.setText(self.tr("Nothing left in the text looks like a name."))
        self._enable()

    def selected_word(self) -> str | None:
        item = self.lookalikes.currentItem()
        return item.data(WORD) if item is not None else None

    def set_busy(self, busy: bool) -> None:
        """No decisions while the export is being written."""
        self._busy = busy
        self._enable()

    def _enable(self) -> None:
        # Enabled whenever the dialog is not writing, so that Tab always passes the
        # same buttons; without a word to act on they say so (see _decide).
        for button in (self.redact_button, self.alias_button, self.keep_button):
            button.setEnabled(not self._busy)

    # -- decisions -------------------------------------------------------------------

    def redact_selected(self) -> None:
        self._decide(lambda word: self._vault.names.decide(self._case_id, word, "redact"))

    def keep_selected(self) -> None:
        self._decide(lambda word: self._vault.names.decide(self._case_id, word, "keep"))

    def add_alias(self, person_id: int) -> None:
        def add(word: str) -> None:
            aliases = split_aliases(self._vault.maps.person(person_id).aliases)
            if word not in aliases:
                self._vault.maps.update_person(person_id, aliases=", ".join([*aliases, word]))
        self._decide(add)

    def _decide(self, store) -> None:
        word = self.selected_word()
        if self._review is None:
            return  # being checked: the list is about to change
        if word is None:
            self.status.setText(self.tr("Choose a word in the list first."))
            return
        try:
            store(word)
        except Exception as exc:
            self.status.setText(error_text(exc))
            return
        self.set_checking()
        self.decided.emit(word)

    # -- menus -----------------------------------------------------------------------

    def _fill_alias_menu(self, menu: QMenu) -> None:
        """The persons of the case's map by the name the counsellor knows them by; the
        index client by the case pseudonym."""
        pseudonym = self._vault.cases.get(self._case_id).pseudonym
        for p in self._vault.maps.state(self._case_id).persons:
            if p.is_index:
                shown = self.tr("{pseudonym} (index client)").format(pseudonym=pseudonym)
            else:
                shown = " · ".join(filter(None, (p.name or self.tr("(no name)"), p.role)))
            action = QAction(shown, menu)
            action.setData(p.id)
            action.triggered.connect(lambda _checked=False, pid=p.id: self.add_alias(pid))
            menu.addAction(action)

    def _context_menu(self, at: QPoint) -> None:
        if self.lookalikes.itemAt(at) is None or self._busy or self._review is None:
            return
        menu = QMenu(self)
        menu.addAction(self.redact_button.text(), self.redact_selected)
        self._fill_alias_menu(menu.addMenu(self.alias_button.text()))
        menu.addAction(self.keep_button.text(), self.keep_selected)
        menu.exec(self.lookalikes.viewport().mapToGlobal(at))
