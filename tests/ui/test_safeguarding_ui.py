"""Intake, flags, the checklist, disclosures, endings and the protocol, driven like a person."""

import json

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from legato_desk.model.case import CaseStatus
from legato_desk.model.intake import CallerCategory
from legato_desk.model.safeguarding import FlagType, SharingGround, StepState
from legato_desk.ui.cases.case_list import CaseTableModel
from legato_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, vault, app_paths):
    settings = QSettings(str(app_paths.settings_file), QSettings.Format.IniFormat)
    win = MainWindow(vault, settings)
    qtbot.addWidget(win)
    win.show()
    return win


def answer_modal(qtbot, handler):
    """The shared helper, but a failing handler closes its dialog and fails the test."""
    import traceback

    from tests.ui.conftest import answer_modal as shared

    errors = []

    def guarded(dialog):
        try:
            handler(dialog)
            if dialog.isVisible():
                message = getattr(dialog, "message", None)
                raise AssertionError("the dialog stayed open: "
                                     + (message.text() if message else type(dialog).__name__))
        except BaseException as exc:
            errors.append(exc)
            traceback.print_exc()
            dialog.reject()

    seen = shared(qtbot, guarded)
    _errors.append(errors)
    return seen


_errors: list = []


@pytest.fixture(autouse=True)
def _handler_errors():
    _errors.clear()
    yield
    for errors in _errors:
        if errors:
            raise errors[0]


def _tick(qtbot, button):
    """Click a check or radio box on its indicator (its centre may be past the label)."""
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _flag_cell(window, row=0):
    return window.case_list.model.index(row, CaseTableModel.FLAGS).data()


def _click_button(qtbot, box, standard):
    qtbot.mouseClick(box.findChild(QDialogButtonBox).button(standard), Qt.MouseButton.LeftButton)


def test_raise_a_flag_work_the_checklist_log_who_was_informed_and_close(qtbot, window, vault):
    case = vault.cases.create("A.")
    window.refresh_cases(case.id)
    window.open_case(case.id)
    page = window.safeguarding.escalations
    window.workspace.tabs.setCurrentWidget(page)

    def raise_dialog(dialog):
        dialog.flag.setCurrentIndex(dialog.flag.findData(FlagType.PLANNED_CRIME))
        qtbot.keyClicks(dialog.reason, "Talk of a plan for Friday")
        _click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    answer_modal(qtbot, raise_dialog)
    qtbot.mouseClick(page.raise_button, Qt.MouseButton.LeftButton)
    [esc] = vault.safeguarding.for_case(case.id)
    assert esc.flag is FlagType.PLANNED_CRIME and esc.is_open
    assert esc.reason == "Talk of a plan for Friday" and len(esc.steps) == 3
    assert window.safeguarding.banner.isVisible()
    assert "Planned crime" in window.safeguarding.banner.text()
    assert "1 open" in window.workspace.tabs.tabText(window.workspace.tabs.indexOf(page))

    # Tick the first step with the keyboard.
    page.steps.setFocus()
    page.steps.setCurrentRow(0)
    qtbot.keyClick(page.steps, Qt.Key.Key_Space)
    esc = vault.safeguarding.get(esc.id)
    assert [s.state for s in esc.steps] == [StepState.DONE, StepState.OPEN, StepState.OPEN]

    # Closing now: a clear prompt, nothing stored.
    prompts = []

    def refuse(box):
        prompts.append(box.text())
        box.accept()

    answer_modal(qtbot, refuse)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    assert prompts and "still open" in prompts[0] and "Inform the police" in prompts[0]
    assert vault.safeguarding.get(esc.id).is_open

    # Who was informed: without a ground it stays open and stores nothing.
    messages = []

    def inform(dialog):
        dialog.recipient.setEditText("Police, state security unit")
        qtbot.keyClicks(dialog.what, "That a plan was mentioned")
        qtbot.keyClicks(dialog.why, "planned crime")
        _click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
        messages.append(dialog.message.text())
        assert dialog.isVisible() and vault.sharing.for_case(case.id) == []
        [legal] = [b for b in dialog.grounds.buttons()
                   if b.property("ground") == SharingGround.LEGAL_DUTY.value]
        _tick(qtbot, legal)
        qtbot.keyClicks(dialog.acknowledged, "Officer P.")
        _click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
        # ... nor without saying whether the person was asked to agree.
        messages.append(dialog.message.text())
        assert dialog.isVisible() and vault.sharing.for_case(case.id) == []
        _tick(qtbot, dialog.told)
        dialog.consent.setFocus()
        qtbot.keyClick(dialog.consent, Qt.Key.Key_End)  # not asked: needs a reason
        _click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
        messages.append(dialog.message.text())
        qtbot.keyClicks(dialog.consent_note, "asking would have warned him")
        _click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    answer_modal(qtbot, inform)
    qtbot.mouseClick(page.inform_button, Qt.MouseButton.LeftButton)
    assert messages and "ground" in messages[0]
    assert "asked to agree" in messages[1] and "why the person was not asked" in messages[2]
    [entry] = vault.sharing.for_case(case.id)
    assert entry.escalation_id == esc.id and entry.ground is SharingGround.LEGAL_DUTY
    assert (entry.client_told, entry.consent.value, entry.consent_note) == (
        True, "not_asked", "asking would have warned him")
    assert entry.recipient == "Police, state security unit"
    assert entry.acknowledged_by == "Officer P."
    assert page.informed.count() == 1 and "Officer P." in page.informed.item(0).text()

    # The rest: one done, one not needed; then close with a note.
    page.steps.setCurrentRow(1)
    qtbot.keyClick(page.steps, Qt.Key.Key_Space)
    page.steps.setCurrentRow(2)
    qtbot.mouseClick(page.not_needed_button, Qt.MouseButton.LeftButton)
    esc = vault.safeguarding.get(esc.id)
    assert [s.state for s in esc.steps] == [StepState.DONE, StepState.DONE,
                                            StepState.NOT_NEEDED]

    def close_note(dialog):
        from PySide6.QtWidgets import QPlainTextEdit

        qtbot.keyClicks(dialog.findChild(QPlainTextEdit), "Police took over")
        dialog.accept()

    answer_modal(qtbot, close_note)
    qtbot.mouseClick(page.close_button, Qt.MouseButton.LeftButton)
    esc = vault.safeguarding.get(esc.id)
    assert not esc.is_open and esc.closing_note == "Police took over"
    assert not window.safeguarding.banner.isVisible()
    assert not page.close_button.isEnabled()
    window.show_case_list()
    assert _flag_cell(window) == "" and not window.case_list.flag_banner.isVisible()


def test_an_open_flag_shows_on_the_case_list(qtbot, window, vault):
    vault.cases.create("Quiet.")
    flagged = vault.cases.create("B.")
    vault.safeguarding.raise_flag(flagged.id, FlagType.SELF_HARM)
    window.refresh_cases()
    model = window.case_list.model
    row = model.row_of(flagged.id)
    assert model.index(row, CaseTableModel.FLAGS).data() == "⚠ Self-harm"
    assert model.index(row, CaseTableModel.FLAGS).data(Qt.ItemDataRole.BackgroundRole)
    assert model.index(1 - row, CaseTableModel.FLAGS).data() == ""
    banner = window.case_list.flag_banner
    assert banner.isVisible() and flagged.code in banner.text() and "Quiet." not in banner.text()


def test_intake_autosaves_as_typed_and_on_leaving(qtbot, window, vault):
    case = vault.cases.create("A.")
    window.open_case(case.id)
    page = window.safeguarding.intake
    window.workspace.tabs.setCurrentWidget(page)
    page.caller.setCurrentIndex(page.caller.findData(CallerCategory.SCHOOL))
    page.caller.activated.emit(page.caller.currentIndex())
    _tick(qtbot, page.confidentiality)
    qtbot.keyClicks(page.texts["concern"], "She only talks about the group")
    qtbot.waitUntil(lambda: vault.intake.get(case.id).concern.startswith("She only"),
                    timeout=5_000)
    stored = vault.intake.get(case.id)
    assert stored.caller_category is CallerCategory.SCHOOL
    assert stored.confidentiality_explained
    qtbot.keyClicks(page.texts["goals"], "Keep the contact")
    window.back_action.trigger()  # leaving the case saves at once
    assert vault.intake.get(case.id).goals == "Keep the contact"
    assert [e[3:5] for e in vault.audit.entries() if e[4] == "intake"][0] == (
        "created", "intake")


def test_end_a_case_from_the_menu(qtbot, window, vault):
    case = vault.cases.create("A.")
    window.refresh_cases(case.id)
    messages = []

    def end(dialog):
        _click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)
        messages.append(dialog.message.text())
        assert dialog.isVisible()
        dialog.reason.setCurrentIndex(dialog.reason.findText("Goal reached"))
        _tick(qtbot, dialog.reachable)
        _click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)

    answer_modal(qtbot, end)
    window.case_list.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert messages and "who or what" in messages[0]
    assert vault.cases.get(case.id).status is CaseStatus.ENDED_REACHABLE
    [ending] = vault.endings.for_case(case.id)
    assert ending.reachable and ending.reason.value == "goal_reached"
    assert window.case_list.model.index(0, CaseTableModel.STATUS).data() == \
        "Ended, still reachable"
    window.undo_action.trigger()  # the status goes back; the ending stays as history
    assert vault.cases.get(case.id).status is CaseStatus.INTAKE
    assert len(vault.endings.for_case(case.id)) == 1
    window.redo_action.trigger()
    assert vault.cases.get(case.id).status is CaseStatus.ENDED_REACHABLE


def test_audit_tab_lists_the_case_records_read_only(qtbot, window, vault):
    case = vault.cases.create("A.")
    vault.audit.actor = "JK"
    vault.safeguarding.raise_flag(case.id, FlagType.CHILD_PROTECTION)
    window.open_case(case.id)
    window.workspace.tabs.setCurrentWidget(window.safeguarding.audit)  # read when shown
    table = window.safeguarding.audit.table
    rows = [[table.item(r, c).text() for c in (1, 2, 3)] for r in range(table.rowCount())]
    # the case, its escalation, and the map's index client (created on first view)
    assert len(rows) == 3 and ["JK", "created", "escalation #1"] in rows
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers


def test_protocol_page_exports_imports_and_refuses_a_bad_file(qtbot, vault, tmp_path,
                                                              monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QTableWidgetItem

    from legato_desk.ui.settings.dialog import SettingsDialog

    dialog = SettingsDialog(vault)
    qtbot.addWidget(dialog)
    [page] = [p for p in dialog.pages if p.title() == "Office protocol"]
    page.flags.setCurrentRow(list(FlagType).index(FlagType.SELF_HARM))
    page.add_step()
    page.steps.setItem(page.steps.rowCount() - 1, 0, QTableWidgetItem("Call the crisis service"))
    page.steps.setItem(page.steps.rowCount() - 1, 1, QTableWidgetItem("crisis service"))
    target = tmp_path / "protocol.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page.export_file()
    exported = json.loads(target.read_text("utf-8"))
    assert exported["flags"]["self_harm"][-1] == {
        "step": "Call the crisis service", "role": "crisis service", "when": ""}
    assert vault.audit.entries()[-1][3:6] == ("exported", "setting", "safeguarding.protocol")

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', "utf-8")
    before = dict(page.protocol)
    warnings = []
    answer_modal(qtbot, lambda box: (warnings.append(box.text()), box.accept()))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(bad), "")))
    page.import_file()
    assert warnings and "not a usable office protocol" in warnings[0]
    assert page.protocol == before and vault.settings.get("safeguarding.protocol") is None

    # Another counsellor imports the exported file and saves.
    exported["flags"]["planned_crime"] = [{"step": "Phone the duty officer", "role": "police",
                                           "when": "at once"}]
    target.write_text(json.dumps(exported), "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page.import_file()
    _click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)
    stored = vault.safeguarding.protocol()
    assert [s.text for s in stored[FlagType.PLANNED_CRIME]] == ["Phone the duty officer"]
    assert stored[FlagType.SELF_HARM][-1].text == "Call the crisis service"


def test_directory_contacts_are_offered_when_logging_a_disclosure(qtbot, window, vault):
    case = vault.cases.create("A.")
    window.open_case(case.id)

    def directory(dialog):
        def agency(form):
            qtbot.keyClicks(form.name, "Probation service East")
            form.kind.setCurrentIndex(form.kind.findData("probation"))
            _click_button(qtbot, form, QDialogButtonBox.StandardButton.Save)

        answer_modal(qtbot, agency)
        dialog.add_agency()

        def contact(form):
            qtbot.keyClicks(form.fields["name"], "Mr T.")
            qtbot.keyClicks(form.fields["role"], "probation officer")
            qtbot.keyClicks(form.fields["deputy"], "Ms U.")
            _click_button(qtbot, form, QDialogButtonBox.StandardButton.Save)

        answer_modal(qtbot, contact)
        dialog.add_contact()
        dialog.reject()

    answer_modal(qtbot, directory)
    window.safeguarding.directory_action.trigger()
    [contact] = vault.directory.contacts()
    assert (contact.name, contact.role, contact.deputy) == ("Mr T.", "probation officer",
                                                            "Ms U.")

    def disclose(dialog):
        dialog.recipient.setCurrentIndex(dialog.recipient.findData(contact.id))
        assert "Ms U." in dialog.contact_hint.text()
        qtbot.keyClicks(dialog.what, "Date of the next meeting")
        qtbot.keyClicks(dialog.why, "agreed with the client")
        [consent] = [b for b in dialog.grounds.buttons()
                     if b.property("ground") == SharingGround.CONSENT.value]
        _tick(qtbot, consent)
        _click_button(qtbot, dialog, QDialogButtonBox.StandardButton.Save)

    answer_modal(qtbot, disclose)
    page = window.safeguarding.sharing
    window.workspace.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    [entry] = vault.sharing.for_case(case.id)
    assert entry.contact_id == contact.id and entry.ground is SharingGround.CONSENT
    assert entry.consent.value == "given"  # the ground says so; the dialog chose it
    # Later the person takes the consent back: the entry stays, dated withdrawn.
    assert not page.withdraw_button.isEnabled()
    page.table.selectRow(0)
    assert page.withdraw_button.isEnabled() and page.table.item(0, 5).text() == "given"

    def confirm(box):
        assert contact.label() in box.text()
        box.button(box.StandardButton.Yes).click()

    answer_modal(qtbot, confirm)
    qtbot.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    [entry] = vault.sharing.for_case(case.id)
    assert entry.consent_withdrawn_at is not None and not entry.consent_in_force
    assert "withdrawn" in page.table.item(0, 5).text()
    page.table.selectRow(0)
    assert not page.withdraw_button.isEnabled()
    assert entry.recipient == contact.label()
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == contact.label()
    assert QApplication.activeModalWidget() is None


def test_clearing_the_window_for_lock_hides_every_flag_marker(qtbot, window, vault):
    case = vault.cases.create("Named B.")
    vault.safeguarding.raise_flag(case.id, FlagType.SELF_HARM)
    window.refresh_cases()
    window.open_case(case.id)
    assert window.safeguarding.banner.isVisible()
    assert "Named B." in window.case_list.flag_banner.text()
    window.clear_content()
    assert not window.safeguarding.banner.isVisible()
    assert not window.case_list.flag_banner.isVisible()
    assert window.safeguarding.escalations.list.count() == 0
    assert window.safeguarding.intake.texts["concern"].toPlainText() == ""


def test_the_intake_records_the_index_clients_names_for_pseudonymisation(
        qtbot, window, vault):
    from legato_desk.exporting import case_names

    case = vault.cases.create("A.")
    window.open_case(case.id)
    page = window.safeguarding.intake
    window.workspace.tabs.setCurrentWidget(page)
    page.index_name.setFocus()
    qtbot.keyClicks(page.index_name, "Emre Demir")
    qtbot.keyClick(page.index_name, Qt.Key.Key_Tab)
    assert page.index_aliases.hasFocus()
    qtbot.keyClicks(page.index_aliases, "Emo; Demir junior, emo")
    window.back_action.trigger()  # leaving the case saves what is being typed
    index = vault.maps.ensure_index(case.id)
    assert (index.name, index.aliases) == ("Emre Demir", "Emo, Demir junior")
    register = case_names(vault, case.id).register
    assert register.redact("Emres Mutter and emo met Demirs teacher") == (
        "A. Mutter and A. met A. teacher")
    window.open_case(case.id)  # shown again, and the map shows the pseudonym only
    assert (page.index_name.text(), page.index_aliases.text()) == ("Emre Demir",
                                                                   "Emo, Demir junior")
    map_page = window.workspace.page("map")
    assert map_page.display_name(vault.maps.ensure_index(case.id)) == "A."
    window.undo_action.trigger()  # the map's undo takes the edit back
    assert vault.maps.ensure_index(case.id).aliases == ""
    assert page.index_aliases.text() == ""


def test_a_new_case_opens_on_its_intake(qtbot, window, vault):
    def name(dialog):
        qtbot.keyClicks(dialog.field, "N.")
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)

    answer_modal(qtbot, name)
    window.new_case_action.trigger()
    assert window.workspace.tabs.currentWidget() is window.safeguarding.intake
    [case] = vault.cases.list()
    assert window.safeguarding.intake.case.id == case.id


def test_an_opened_case_shows_its_open_flags_before_the_safeguarding_page_has_it(
        qtbot, window, vault):
    from PySide6.QtWidgets import QLabel

    case = vault.cases.create("M.")
    vault.safeguarding.raise_flag(case.id, FlagType.SELF_HARM, "said so")
    closed = vault.safeguarding.raise_flag(case.id, FlagType.PLANNED_CRIME, "a rumour")
    for step in closed.steps:
        vault.safeguarding.set_step(closed.id, step.id, StepState.NOT_NEEDED)
    vault.safeguarding.close(closed.id, "checked: nothing")
    vault.safeguarding.raise_flag(case.id, FlagType.CHILD_PROTECTION, "a sibling")
    page = [e.flag for e in vault.safeguarding.for_case(case.id) if e.is_open]
    assert vault.safeguarding.open_flags(case.id) == page == [
        FlagType.CHILD_PROTECTION, FlagType.SELF_HARM]

    other = vault.cases.create("S.")
    window.open_case(other.id, tab="map")
    qtbot.waitUntil(lambda: not window.workspace.pending_pages())
    banner = window.findChild(QLabel, "flagBanner")
    assert not banner.isVisibleTo(window)
    window.open_case(case.id, tab="map")
    assert "safeguarding" in window.workspace.pending_pages()  # the page waits, the banner not
    assert banner.isVisibleTo(window)
    assert "Child protection" in banner.text() and "Self-harm" in banner.text()
    assert "Planned crime" not in banner.text()
    tabs = window.workspace.tabs
    escalations = window.workspace.named_page("safeguarding")
    assert "(2 open)" in tabs.tabText(tabs.indexOf(escalations))
    qtbot.waitUntil(lambda: not window.workspace.pending_pages())
    assert escalations.list.count() == 3 and banner.isVisibleTo(window)
