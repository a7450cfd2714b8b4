"""Names the case's register knows are underlined as the counsellor types them.

The marks are layout formats (QSyntaxHighlighter): the text that is saved is
the text typed. Checked in the real main window over a real vault.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from legato_desk.model.names import Entry, NameRegister
from legato_desk.ui.main_window import MainWindow
from legato_desk.ui.widgets.name_marks import NameMarks, mark_names, spans

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
NONE = QTextCharFormat.UnderlineStyle.NoUnderline


@pytest.fixture
def window(qtbot, vault, app_paths):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


@pytest.fixture
def case(vault):
    case = vault.cases.create("M.")
    vault.maps.add_person(case.id, 0.2, -0.3, name="Ahmet Yılmaz", role="brother")
    vault.maps.add_person(case.id, -0.2, -0.3, name="Mrs K.", role="mother")
    return case


def marked(edit) -> dict[str, str]:
    """The underlined words of a text field, with their tooltips."""
    out = {}
    block = edit.document().firstBlock()
    while block.isValid():
        text = block.text()
        for r in block.layout().formats():
            if r.format.underlineStyle() != NONE:
                out[text[r.start:r.start + r.length]] = r.format.toolTip()
        block = block.next()
    return out


def new_record(qtbot, window, case):
    window.refresh_cases(case.id)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL | SHIFT)
    page = window.workspace.page("sessions")
    # The register is built once the export module and word lists are loaded
    # (off the UI thread the first time).
    qtbot.waitUntil(lambda: page.names() is not None, timeout=10000)
    return page


def code_of(vault, case, name):
    from legato_desk.exporting import case_names
    names = case_names(vault, case.id)
    person = next(p for p in vault.maps.state(case.id).persons if p.name == name)
    return names.codes[person.id]


def test_a_map_name_typed_inflected_is_underlined_and_saved_as_typed(qtbot, window, vault,
                                                                      case):
    page = new_record(qtbot, window, case)
    ed = page.editor
    ed.reflection.setFocus()
    qtbot.keyClicks(ed.reflection, "Ahmets Bruder sagt wenig.")

    marks = marked(ed.reflection)
    assert list(marks) == ["Ahmets"]  # not "Bruder", "sagt", "wenig"
    code = code_of(vault, case, "Ahmet Yılmaz")
    assert marks["Ahmets"] == f"Will be replaced by {code} in pseudonymised exports"
    [mark] = ed.reflection.document().firstBlock().layout().formats()
    assert not mark.format.hasProperty(QTextCharFormat.Property.BackgroundBrush)  # no fill

    qtbot.keyClick(ed, Qt.Key.Key_S, CTRL)  # save
    [row] = vault.sessions.list(case.id)
    assert vault.sessions.get(row.id).reflection == "Ahmets Bruder sagt wenig."


def test_names_nobody_on_the_case_has_are_not_marked(qtbot, window, vault, case):
    page = new_record(qtbot, window, case)
    ed = page.editor
    ed.facts.setFocus()
    qtbot.keyClicks(ed.facts, "Kemal und Frau K. kamen, Yilmaz nicht.")
    # Kemal is nobody's name; "K." alone is too short to be one; Yilmaz is
    # Ahmet's surname written without the dotless ı.
    assert list(marked(ed.facts)) == ["Yilmaz"]


def test_every_free_text_field_of_the_record_is_marked(qtbot, window, vault, case):
    page = new_record(qtbot, window, case)
    ed = page.editor
    fields = ed.free_texts() + [page.addendum, window.workspace.overview.summary]
    for field in fields:
        field.setPlainText("Gespräch mit Ahmed.")  # one letter off
    assert all(marked(f) == {"Ahmed": marked(ed.facts)["Ahmed"]} for f in fields), \
        [f.accessibleName() for f in fields if "Ahmed" not in marked(f)]


def test_a_name_added_on_the_map_is_marked_without_reopening(qtbot, window, vault, case):
    page = new_record(qtbot, window, case)
    ed = page.editor
    ed.next_steps.setFocus()
    qtbot.keyClicks(ed.next_steps, "Leyla anrufen")
    assert marked(ed.next_steps) == {}
    changes = []
    ed.changed.connect(lambda: changes.append(True))
    map_page = window.workspace.page("map")
    map_page.commands.add_person(case.id, 0.1, 0.4, name="Leyla", role="cousin")
    qtbot.waitUntil(lambda: "Leyla" in marked(ed.next_steps), timeout=3000)
    assert changes == []  # re-marking is not an edit: no autosave, no "Editing…"
    assert ed.next_steps.toPlainText() == "Leyla anrufen"


def test_positions_follow_qt_through_emoji_and_decomposed_letters(qtbot):
    register = NameRegister([Entry("P4", ("Jörg Müller",))])
    text = "😀 Mu\u0308llers Sohn 😀 Joerg"
    found = [(s, n, h.code) for s, n, h in spans(register, text)]
    utf16 = text.encode("utf-16-le")
    words = [utf16[2 * s:2 * (s + n)].decode("utf-16-le") for s, n, _ in found]
    assert words == ["Mu\u0308llers", "Joerg"]

    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    current = {"register": None}
    marks = mark_names(edit, lambda: current["register"])
    assert isinstance(marks, NameMarks)
    edit.setPlainText(text)
    assert marked(edit) == {}
    current["register"] = register
    marks.rehighlight()
    assert marks.hit_at(3).code == "P4"
    assert marks.hit_at(0) is None
    assert edit.toPlainText() == text


def test_hovering_a_marked_name_says_what_it_becomes(qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    register = NameRegister([Entry("P3", ("Ahmet Yılmaz",))])
    mark_names(edit, lambda: register)
    edit.setPlainText("Gespräch mit Ahmets Vater")
    edit.show()
    qtbot.waitExposed(edit)

    def hover(position: int) -> None:
        cursor = edit.textCursor()
        cursor.setPosition(position)
        at = edit.cursorRect(cursor).center() + QPoint(2, 0)  # over the letter after it
        QApplication.sendEvent(edit.viewport(), QHelpEvent(
            QEvent.Type.ToolTip, at, edit.viewport().mapToGlobal(at)))

    hover(len("Gespräch mit A"))
    assert QToolTip.isVisible()
    assert QToolTip.text() == "Will be replaced by P3 in pseudonymised exports"
    hover(len("Gespräch mit Ahmets V"))  # off the name: the tip goes (after Qt's delay)
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=3000)
