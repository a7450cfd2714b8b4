"""The export dialog, driven from the menu; the PDF and the vault checked after."""

import io

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QPushButton

from legato_desk.model.export import Audience, ExportRequest, Section
from legato_desk.ui.export.dialog import ExportDialog
from legato_desk.ui.main_window import MainWindow
from tests.ui.conftest import answer_modal


@pytest.fixture
def case(vault):
    case = vault.cases.create("M.")
    vault.maps.add_person(case.id, 0.0, -0.3, name="Karoline Brandt", role="mother")
    vault.cases.set_summary(case.id, "Karoline Brandt called about her son.")
    return case


@pytest.fixture
def window(qtbot, vault, app_paths, case):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings)
    qtbot.addWidget(win)
    win.show()
    win.open_case(case.id)
    return win


def _text(path):
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_ctrl_p_exports_a_pseudonymised_supervision_pdf(qtbot, window, vault, case, tmp_path):
    target = tmp_path / "s.pdf"
    done = []

    def handler(dialog):
        assert dialog.chosen_audience() is Audience.SUPERVISION
        assert not dialog.real_names.isChecked()
        dialog.target = target
        dialog.set_section(Section.MAP, False)
        dialog.finished.connect(done.append)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    answer_modal(qtbot, handler)
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    text = _text(target)
    assert "P1 called about her son." in text and "Brandt" not in text
    assert "Relationship map" not in text  # left out by the counsellor
    [record] = vault.exports.list(case.id)
    assert record.sections == ("keyclients", "next_steps", "plan", "reflection",
                               "safeguarding", "sessions", "setbacks", "summary", "tasks")


def test_real_names_show_a_warning_and_are_logged(qtbot, vault, case, tmp_path):
    dialog = ExportDialog(vault, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.names_warning.isVisible()
    qtbot.mouseClick(dialog.real_names, Qt.MouseButton.LeftButton)
    assert dialog.names_warning.isVisible()
    dialog.target = tmp_path / "named.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=10_000):
        dialog.start_export()
    assert "Karoline Brandt" in _text(dialog.target)
    assert vault.exports.list(case.id)[0].real_names


def test_nothing_chosen_or_a_missing_pdf_passphrase_gets_a_message(qtbot, vault, case,
                                                                   tmp_path):
    dialog = ExportDialog(vault, case.id)
    qtbot.addWidget(dialog)
    dialog.target = tmp_path / "x.pdf"
    for section in Section:
        dialog.set_section(section, False)
    dialog.start_export()
    assert "at least one section" in dialog.message.text()
    dialog.set_section(Section.SUMMARY, True)
    dialog.encrypt.setChecked(True)
    dialog.start_export()
    assert "passphrase" in dialog.message.text()
    assert not (tmp_path / "x.pdf").exists() and vault.exports.list() == []


def test_statistics_from_the_vault_menu_cover_all_cases(qtbot, window, vault, tmp_path):
    vault.cases.create("Q.")
    target = tmp_path / "stats.pdf"
    done = []

    def handler(dialog):
        assert [dialog.audience.itemData(i) for i in range(dialog.audience.count())] == [
            Audience.STATISTICS]
        assert not dialog.real_names.isEnabled()
        dialog.target = target
        dialog.finished.connect(done.append)
        dialog.start_export()

    answer_modal(qtbot, handler)
    window.statistics_action.trigger()
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert "Cases in the vault: 2;" in _text(target)


def keep_lookalikes(vault, case_id: int) -> None:
    """Keep the words the review lists (the demo's British "Practised"), so that the
    export does not stop to ask about them."""
    from legato_desk.exporting import review

    found = review(vault, ExportRequest.default(Audience.SUPERVISION, case_id=case_id))
    for word in found.unreviewed:
        vault.names.decide(case_id, word, "keep")


def test_a_session_left_out_in_the_dialog_is_missing_from_the_pdf(qtbot, vault, tmp_path):
    from legato_desk.demo import populate

    populate(vault)
    case = vault.cases.list()[0]
    keep_lookalikes(vault, case.id)
    dialog = ExportDialog(vault, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.session_list.isVisible() and dialog.session_list.count() == 5
    item = dialog.session_list.item(dialog.session_list.count() - 1)  # the oldest
    item.setCheckState(Qt.CheckState.Unchecked)
    oldest = vault.sessions.get(item.data(Qt.ItemDataRole.UserRole))
    dialog.target = tmp_path / "s.pdf"
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.start_export()
    text = _text(dialog.target)
    assert oldest.held_at.strftime("%d %b %Y") + " · " not in text
    assert "Sessions" in text


def test_a_case_conference_asks_for_the_ground_and_logs_the_disclosure(qtbot, vault, case,
                                                                       tmp_path):
    dialog = ExportDialog(vault, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.CASE_CONFERENCE))
    assert dialog.ground.isVisible() and dialog.recipient.isVisible()
    dialog.target = tmp_path / "c.pdf"
    dialog.start_export()
    assert "on what ground" in dialog.message.text() and not dialog.target.exists()
    dialog.ground.setCurrentIndex(dialog.ground.findData("legal_duty"))
    qtbot.keyClicks(dialog.recipient, "Case conference, youth welfare office")
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.start_export()
    [entry] = vault.sharing.for_case(case.id)
    assert entry.recipient == "Case conference, youth welfare office"
    assert entry.ground.value == "legal_duty"


# -- the review of names (issue 15) ------------------------------------------------------

NOTE = ("The mother said Ahmets new friends meet at the youth club. She met Olga Petrenko "
        "there; Ahmets phone was taken away by Olga Petrenko.")


@pytest.fixture
def named_case(vault):
    """A registered brother written inflected ("Ahmets"), and a woman nobody registered."""
    from datetime import datetime

    from legato_desk.model.session import SessionRecord

    case = vault.cases.create("M.")
    brother = vault.maps.add_person(case.id, 0.0, -0.3, name="Ahmet Yilmaz", role="brother")
    vault.sessions.save(SessionRecord(case_id=case.id, held_at=datetime(2026, 3, 2, 9),
                                      facts=NOTE))
    return case, brother


def _review_dialog(qtbot, vault, case):
    dialog = ExportDialog(vault, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _wait_for_review(qtbot, dialog)
    return dialog


def _wait_for_review(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.names_review.review is not None, timeout=20_000)
    return dialog.names_review


def _listed(review):
    lists = review.replaced, review.lookalikes
    return [[w.item(i).text() for i in range(w.count())] for w in lists]


def _words(review):
    return [review.lookalikes.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(review.lookalikes.count())]


def _choose(qtbot, review, word):
    """Click the word in the list of look-alikes."""
    row = _words(review).index(word)
    rect = review.lookalikes.visualItemRect(review.lookalikes.item(row))
    qtbot.mouseClick(review.lookalikes.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    assert review.selected_word() == word


def test_the_review_lists_what_is_replaced_and_what_looks_like_a_name(qtbot, vault,
                                                                       named_case):
    case, _brother = named_case
    review = _review_dialog(qtbot, vault, case).names_review
    assert review.isVisible() and review.statement.isVisible()
    assert "read the text before you send" in review.statement.text()
    replaced, lookalikes = _listed(review)
    assert "Ahmets → P1 (inflected) ×2" in replaced
    assert lookalikes == ["Olga ×2", "Petrenko ×2"]
    assert "2 word(s) left to review" in review.status.text()


def test_keep_stores_the_decision_and_the_word_leaves_the_list(qtbot, vault, named_case):
    case, _brother = named_case
    review = _review_dialog(qtbot, vault, case).names_review
    _choose(qtbot, review, "Olga")
    qtbot.mouseClick(review.keep_button, Qt.MouseButton.LeftButton)
    assert vault.names.decisions(case.id) == {"Olga": "keep"}
    _wait_for_review(qtbot, review.parent())
    assert _words(review) == ["Petrenko"]


def test_keep_is_reached_by_its_access_key(qtbot, vault, named_case):
    case, _brother = named_case
    dialog = _review_dialog(qtbot, vault, case)
    review = dialog.names_review
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    review.lookalikes.setFocus()
    qtbot.keyClick(review.lookalikes, Qt.Key.Key_Down)  # from Olga to Petrenko
    qtbot.keyClick(review.lookalikes, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    # An access key clicks its button after a short animation.
    qtbot.waitUntil(lambda: vault.names.decisions(case.id) == {"Petrenko": "keep"})
    _wait_for_review(qtbot, dialog)
    assert _words(review) == ["Olga"]


def _no_question(monkeypatch):
    """Record whether the dialog asks to export unreviewed words (and say no)."""
    asked = []
    monkeypatch.setattr(ExportDialog, "_export_anyway",
                        lambda self, words: asked.append(words) or False)
    return asked


def test_redact_here_takes_the_word_out_of_the_exported_pdf(qtbot, vault, named_case,
                                                             tmp_path, monkeypatch):
    case, _brother = named_case
    dialog = _review_dialog(qtbot, vault, case)
    review = dialog.names_review
    _choose(qtbot, review, "Petrenko")
    qtbot.mouseClick(review.redact_button, Qt.MouseButton.LeftButton)
    assert vault.names.decisions(case.id) == {"Petrenko": "redact"}
    _wait_for_review(qtbot, dialog)
    replaced, _lookalikes = _listed(review)
    assert _words(review) == ["Olga"] and "Petrenko → N1 ×2" in replaced
    _choose(qtbot, review, "Olga")
    qtbot.mouseClick(review.keep_button, Qt.MouseButton.LeftButton)
    _wait_for_review(qtbot, dialog)
    assert _words(review) == []
    dialog.target = tmp_path / "s.pdf"
    asked = _no_question(monkeypatch)  # every word is decided: nothing to ask
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    text = _text(dialog.target)
    assert "Petrenko" not in text and "Olga N1 there" in text.replace("\n", " ")
    assert "Ahmet" not in text and "P1 phone" in text.replace("\n", " ")
    assert asked == []


def test_add_as_alias_appends_to_the_persons_aliases(qtbot, vault, named_case):
    case, brother = named_case
    vault.maps.update_person(brother.id, aliases="Ahmo")
    review = _review_dialog(qtbot, vault, case).names_review
    _choose(qtbot, review, "Petrenko")
    shown = {a.text(): a for a in review.alias_menu.actions()}
    assert set(shown) == {"M. (index client)", "Ahmet Yilmaz · brother"}
    shown["Ahmet Yilmaz · brother"].trigger()
    assert vault.maps.person(brother.id).aliases == "Ahmo, Petrenko"
    _wait_for_review(qtbot, review.parent())
    replaced, _lookalikes = _listed(review)
    assert _words(review) == ["Olga"] and "Petrenko → P1 ×2" in replaced
    assert vault.names.decisions(case.id) == {}


def test_the_index_client_is_offered_by_pseudonym_and_takes_the_alias(qtbot, vault,
                                                                      named_case):
    case, _brother = named_case
    index = next(p for p in vault.maps.state(case.id).persons if p.is_index)
    review = _review_dialog(qtbot, vault, case).names_review
    _choose(qtbot, review, "Olga")
    [action] = [a for a in review.alias_menu.actions() if a.data() == index.id]
    assert action.text() == "M. (index client)"
    action.trigger()
    assert vault.maps.person(index.id).aliases == "Olga"
    _wait_for_review(qtbot, review.parent())
    assert _words(review) == ["Petrenko"] and "Olga → M. ×2" in _listed(review)[0]


def test_unreviewed_words_need_an_explicit_export_anyway(qtbot, vault, named_case, tmp_path):
    case, _brother = named_case
    dialog = _review_dialog(qtbot, vault, case)
    dialog.target = tmp_path / "s.pdf"
    texts = []

    def review_first(box):
        texts.append(box.text())
        qtbot.mouseClick(box.findChild(QPushButton, "review_first"),
                         Qt.MouseButton.LeftButton)

    answer_modal(qtbot, review_first)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not exported" in dialog.message.text(), timeout=20_000)
    assert texts == ["2 word(s) that look like names are left unreviewed: Olga, Petrenko. "
                     "Export anyway?"]
    assert not dialog.target.exists() and vault.exports.list() == []

    def anyway(box):
        qtbot.mouseClick(box.findChild(QPushButton, "export_anyway"),
                         Qt.MouseButton.LeftButton)

    answer_modal(qtbot, anyway)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Olga Petrenko" in _text(dialog.target)  # exported as the counsellor chose
    assert len(vault.exports.list(case.id)) == 1


def test_a_real_name_export_has_no_review_and_asks_nothing(qtbot, vault, named_case,
                                                           tmp_path, monkeypatch):
    case, _brother = named_case
    dialog = _review_dialog(qtbot, vault, case)
    qtbot.mouseClick(dialog.real_names, Qt.MouseButton.LeftButton)
    assert dialog.real_names.isChecked() and not dialog.names_review.isVisible()
    dialog.target = tmp_path / "named.pdf"
    asked = _no_question(monkeypatch)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert asked == [] and "Olga Petrenko" in _text(dialog.target)
