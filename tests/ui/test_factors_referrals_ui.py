"""The Factors and Referral on tabs and Settings ▸ Factors, driven like a person."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from legato_desk.model.factors import Kind, Level, Weight, default_catalogue
from legato_desk.model.referral import Agreement
from legato_desk.ui.main_window import MainWindow
from legato_desk.vault.factors import FactorRepository
from legato_desk.vault.referrals import ReferralRepository
from tests.ui.conftest import answer_modal

TODAY = date(2025, 6, 13)  # a Friday; the window's and the vault's clock
NOW = datetime(2025, 6, 13, 15, 30, tzinfo=timezone.utc)


@pytest.fixture
def window(qtbot, vault, app_paths):
    vault.factors = FactorRepository(vault.conn, vault.audit, vault.settings,
                                     clock=lambda: NOW)
    vault.referrals = ReferralRepository(vault.conn, vault.audit, clock=lambda: NOW)
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings, today=lambda: TODAY)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def case(vault, window):
    case = vault.cases.create("A.")
    window.refresh_cases(case.id)
    window.open_case(case.id)
    return case


def _choose(combo, value):
    combo.setFocus()
    index = combo.findData(value)
    assert index >= 0
    combo.setCurrentIndex(index)


def _add(qtbot, page, level, kind, label, weight, note=""):
    _choose(page.level, level)
    _choose(page.kind, kind)
    _choose(page.weight, weight)
    page.factor.setFocus()
    page.factor.lineEdit().selectAll()
    qtbot.keyClicks(page.factor.lineEdit(), label)
    page.factor_note.setFocus()
    qtbot.keyClicks(page.factor_note, note)
    qtbot.keyClick(page.factor_note, Qt.Key.Key_Return)


def test_two_dated_sheets_are_filled_from_the_keyboard_and_compared(qtbot, window, vault, case):
    ws = window.workspace
    page = ws.page("factors")
    ws.tabs.setCurrentWidget(page)
    assert ws.tabs.tabText(ws.tabs.indexOf(page)) == "Facto&rs"
    assert ws.tabs.indexOf(page) == ws.tabs.indexOf(ws.page("intake")) + 1
    assert not page.editor.isEnabled()  # no sheet yet

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    (first,) = vault.factors.sheets(case.id)
    assert first.assessed_on == TODAY
    # The office's wording (here the English defaults) is offered for the level and kind.
    _choose(page.level, Level.FAMILY)
    _choose(page.kind, Kind.RISK)
    assert page.factor.itemText(0) == default_catalogue("en")[Level.FAMILY][Kind.RISK][0]
    _add(qtbot, page, Level.FAMILY, Kind.RISK, "Conflict with the father", Weight.STRONG,
         "mother reports shouting")
    _add(qtbot, page, Level.SOCIAL, Kind.PROTECTIVE, "Friends outside the milieu",
         Weight.SLIGHT)
    # Date the first sheet back to the intake, by typing into the date field.
    page.assessed_on.setFocus()
    page.assessed_on.setDate(QDate(2025, 1, 10))
    page.assessed_on.editingFinished.emit()
    qtbot.keyClicks(page.note, "after the intake")
    assert page.flush()
    sheet = vault.factors.get(first.id)
    assert (sheet.assessed_on, sheet.note) == (date(2025, 1, 10), "after the intake")
    assert [(f.level, f.kind, f.label, f.weight, f.note) for f in sheet.factors] == [
        (Level.FAMILY, Kind.RISK, "Conflict with the father", Weight.STRONG,
         "mother reports shouting"),
        (Level.SOCIAL, Kind.PROTECTIVE, "Friends outside the milieu", Weight.SLIGHT, "")]
    stored = vault.conn.execute(
        "SELECT level, kind, label, weight FROM factor_items WHERE sheet_id = ?"
        " ORDER BY position", (first.id,)).fetchall()
    assert stored == [("family", "risk", "Conflict with the father", 3),
                      ("social", "protective", "Friends outside the milieu", 1)]

    # A new sheet today starts as a copy; the counsellor adjusts it.
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    second = vault.factors.sheets(case.id)[-1]
    assert second.assessed_on == TODAY and second.id != first.id
    assert page.table.rowCount() == 2
    page.table.setFocus()
    page.table.selectRow(0)  # the conflict: its fields are loaded, the weight lowered
    assert page.factor.currentText() == "Conflict with the father"
    _choose(page.weight, Weight.SLIGHT)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.table.setFocus()
    page.table.selectRow(1)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # the friends are gone
    _add(qtbot, page, Level.MOTIVATIONAL, Kind.PROTECTIVE, "Doubts about the group",
         Weight.CLEAR)
    latest = vault.factors.get(second.id)
    assert [(f.label, f.weight) for f in latest.factors] == [
        ("Conflict with the father", Weight.SLIGHT), ("Doubts about the group", Weight.CLEAR)]
    # Compared with the sheet before, by default.
    assert page.compare_with.currentData() == first.id
    lines = [page.changes.item(i).text() for i in range(page.changes.count())]
    assert lines == [
        "From 10.01.2025 to 13.06.2025:",
        "Added: Doubts about the group (Motivational, Protective factor)",
        "Removed: Friends outside the milieu (Social, Protective factor)",
        "Weighs less: Conflict with the father (Family situation, Risk factor), 3 → 1"]
    family = [page.balance.item(r, 0).text() for r in range(page.balance.rowCount())].index(
        "Family situation")
    assert page.balance.item(family, 1).text() == "1 (1)"
    assert page.sheets.count() == 2 and page.sheets.item(0).text().startswith("13.06.2025")
    # The audit trail knows which sheet changed, never what.
    assert {e[3] for e in vault.audit.for_case(case.id)} >= {"factor_sheet"}


def test_a_second_sheet_on_the_same_day_is_refused_with_a_message(qtbot, window, vault, case):
    page = window.workspace.page("factors")
    window.workspace.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert len(vault.factors.sheets(case.id)) == 1
    assert "already has a factor sheet" in page.message.text()


def test_a_sheet_is_deleted_after_asking(qtbot, window, vault, case, monkeypatch):
    page = window.workspace.page("factors")
    window.workspace.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert vault.factors.sheets(case.id) == []
    assert not page.editor.isEnabled()


def test_the_office_sets_its_wording_in_settings(qtbot, window, vault, case):
    from legato_desk.ui.factors.settings_page import FactorWordingPage
    from legato_desk.ui.settings.dialog import SettingsDialog

    def fill(dialog):
        page = next(p for p in dialog.pages if isinstance(p, FactorWordingPage))
        dialog.tabs.setCurrentWidget(page)
        _choose(page.level, Level.FAMILY)
        page.risks.setFocus()
        page.risks.selectAll()
        qtbot.keyClicks(page.risks, "Father absent")
        qtbot.keyClick(page.risks, Qt.Key.Key_Return)
        qtbot.keyClicks(page.risks, "Older brother in the scene")
        _choose(page.level, Level.SOCIAL)  # the family's lines are kept meanwhile
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    answer_modal(qtbot, fill)
    window.settings_action.trigger()
    catalogue = vault.factors.catalogue("en")
    assert catalogue[Level.FAMILY][Kind.RISK] == ["Father absent", "Older brother in the scene"]
    assert catalogue[Level.SOCIAL] == default_catalogue("en")[Level.SOCIAL]
    assert vault.settings.get("factors.catalogue")["family"]["risk"] == [
        "Father absent", "Older brother in the scene"]
    # The Factors tab offers the new wording.
    page = window.workspace.page("factors")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    _choose(page.level, Level.SOCIAL)
    _choose(page.level, Level.FAMILY)
    _choose(page.kind, Kind.RISK)
    assert [page.factor.itemText(i) for i in range(page.factor.count())] == [
        "Father absent", "Older brother in the scene"]


def test_settings_that_were_not_touched_store_no_wording(qtbot, vault):
    from legato_desk.ui.factors.settings_page import FactorWordingPage

    page = FactorWordingPage(vault)
    qtbot.addWidget(page)
    page.apply()
    assert vault.settings.get("factors.catalogue") is None


def _contact(vault):
    agency = vault.directory.add_agency("Jugendprojekt Nord", "other")
    contact_id = vault.directory.save_contact(agency.id, name="Lena Berg", role="Mentoring",
                                              phone="040 123", deputy="Tom Sand")
    return vault.directory.contact(contact_id)


def test_a_referral_is_recorded_with_the_directory_entry_and_the_callers_answer(
        qtbot, window, vault, case):
    contact = _contact(vault)
    ws = window.workspace
    page = ws.page("referrals")
    ws.tabs.setCurrentWidget(page)
    assert ws.tabs.tabText(ws.tabs.indexOf(page)) == "Referral o&n"
    seen_hint = []

    def first_try(dialog):
        # Nothing chosen for the caller's answer: refused, kept open, nothing stored.
        dialog.recipient.setFocus()
        qtbot.keyClicks(dialog.recipient.lineEdit(), contact.label())
        seen_hint.append(dialog.contact_hint.text())
        qtbot.keyClicks(dialog.reason, "A local project closer to the family")
        dialog.accept()
        assert dialog.isVisible() and "agreed" in dialog.message.text()
        assert vault.referrals.for_case(case.id) == []
        _choose(dialog.agreement, Agreement.AGREED)
        dialog.when.setDate(QDate(2025, 6, 2))
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    answer_modal(qtbot, first_try)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert "040 123" in seen_hint[0] and "Tom Sand" in seen_hint[0]
    (referral,) = vault.referrals.for_case(case.id)
    assert (referral.referred_on, referral.recipient, referral.reason, referral.agreement,
            referral.contact_id, referral.agency_id) == (
        date(2025, 6, 2), "Lena Berg, Mentoring (Jugendprojekt Nord)",
        "A local project closer to the family", Agreement.AGREED, contact.id,
        contact.agency_id)
    row = vault.conn.execute("SELECT agreement, contact_id FROM referrals").fetchone()
    assert row == ("agreed", contact.id)
    assert page.table.rowCount() == 1
    assert page.table.item(0, 3).text() == "The caller agreed"

    # Changing it: the caller changed their mind; a note on what came of it.
    def change(dialog):
        assert dialog.recipient.currentText() == referral.recipient
        _choose(dialog.agreement, Agreement.DECLINED)
        dialog.note.setFocus()
        qtbot.keyClicks(dialog.note, "wants to stay with us")
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return)

    page.table.setFocus()
    page.table.selectRow(0)
    answer_modal(qtbot, change)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    changed = vault.referrals.get(referral.id)
    assert (changed.agreement, changed.note, changed.contact_id) == (
        Agreement.DECLINED, "wants to stay with us", contact.id)
    assert [e[2:4] for e in vault.audit.for_case(case.id)][-2:] == [
        ("created", "referral"), ("changed", "referral")]


def test_a_referral_to_someone_not_in_the_directory_keeps_the_typed_name(
        qtbot, window, vault, case):
    page = window.workspace.page("referrals")
    window.workspace.tabs.setCurrentWidget(page)

    def fill(dialog):
        dialog.recipient.setFocus()
        qtbot.keyClicks(dialog.recipient.lineEdit(), "Beratungsstelle Sued, Herr Kaya")
        qtbot.keyClicks(dialog.reason, "Turkish-speaking counsellor")
        _choose(dialog.agreement, Agreement.NOT_ASKED)
        dialog.accept()

    answer_modal(qtbot, fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    (referral,) = vault.referrals.for_case(case.id)
    assert (referral.recipient, referral.contact_id, referral.referred_on) == (
        "Beratungsstelle Sued, Herr Kaya", None, TODAY)


def test_both_tabs_can_be_walked_with_the_keyboard(qtbot, window, vault, case):
    from tests.ui.test_accessibility import _activate, problems

    _activate(qtbot, window)
    _contact(vault)
    vault.referrals.add(case.id, referred_on=TODAY, recipient="X", reason="y",
                        agreement="agreed")
    vault.factors.create(case.id, date(2025, 1, 10))
    vault.factors.create(case.id, TODAY)
    window.open_case(case.id)
    found = {}
    for name in ("factors", "referrals"):
        window.workspace.tabs.setCurrentWidget(window.workspace.page(name))
        found[name] = problems(qtbot, window, window.workspace.tabs.tabBar())
    assert found == {"factors": [], "referrals": []}
