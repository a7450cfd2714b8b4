"""Map ▸ Export (PNG, SVG, GraphML) and Map ▸ Import GraphML…, driven as a counsellor would.

Every export ends up in the case's sharing log with recipient and ground
(issue 16.8); an import shows what it adds and changes first, and undo takes
it back (issue 18). Each test checks the files and the rows the vault stores.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from legato_desk.model.map import Ring, Sector, point_at
from legato_desk.reports.graphml import NS, parse_graphml
from legato_desk.ui.map.dialogs import ExportDialog
from legato_desk.ui.map.import_graphml import ImportPreview
from tests.ui.conftest import answer_modal


@pytest.fixture
def window(map_window):
    return map_window


@pytest.fixture
def case(vault):
    case = vault.cases.create("M.")
    index = vault.maps.state(case.id).index_client
    vault.maps.update_person(index.id, name="Emre Yılmaz", aliases="Emo")
    mother = vault.maps.add_person(case.id, *point_at(Sector.FAMILY, Ring.CLOSE),
                                   name="Zeynep Keller", role="mother", aliases="Zeyno",
                                   note="calls every day")
    teacher = vault.maps.add_person(case.id, *point_at(Sector.SCHOOL_WORK, Ring.MIDDLE),
                                    name="Herr Wunderlich", role="teacher")
    vault.maps.add_relation(mother.id, teacher.id, kind="school_work")
    return case


@pytest.fixture
def page(qtbot, window, case):
    window.open_case(case.id)
    window.workspace.tabs.setCurrentWidget(window.workspace.page("map"))
    page = window.workspace.page("map")
    qtbot.waitExposed(page.view)
    return page


def log_rows(vault, case):
    return vault.conn.execute(
        "SELECT kind, what, recipient, ground FROM disclosures WHERE case_id = ? ORDER BY id",
        (case.id,)).fetchall()


def export_through_dialog(qtbot, page, monkeypatch, path, answer):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    seen = answer_modal(qtbot, answer)
    page.export_action.trigger()
    assert seen and isinstance(seen[0], ExportDialog)


def test_graphml_export_is_pseudonymised_by_default_and_logged(qtbot, page, vault, case,
                                                              tmp_path, monkeypatch):
    path = tmp_path / "map.graphml"

    def choose(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData("graphml"))
        assert dialog.ground.currentData() == "internal"  # pseudonymised: inside the office
        qtbot.keyClicks(dialog.recipient, "Supervision group")
        dialog.accept()

    export_through_dialog(qtbot, page, monkeypatch, path, choose)
    text = path.read_text(encoding="utf-8")
    for secret in ("Zeynep", "Keller", "Wunderlich", "Emre", "Yılmaz", "Emo", "Zeyno",
                   "calls every day"):
        assert secret not in text, secret
    parsed = parse_graphml(path.read_bytes())
    assert len(parsed.persons) == 3 and len(parsed.ties) == 1
    assert f">{case.pseudonym}<" in text and "P1 · mother" in text
    assert log_rows(vault, case) == [
        ("export", "Map as GRAPHML, pseudonymised: current map", "Supervision group",
         "internal")]


def test_png_and_svg_exports_are_in_the_sharing_log_too(qtbot, page, vault, case, tmp_path,
                                                        monkeypatch):
    for fmt in ("png", "svg"):
        def choose(dialog, fmt=fmt):
            dialog.format.setCurrentIndex(dialog.format.findData(fmt))
            dialog.accept()

        export_through_dialog(qtbot, page, monkeypatch, tmp_path / f"map.{fmt}", choose)
    assert (tmp_path / "map.png").stat().st_size > 1000
    assert log_rows(vault, case) == [
        ("export", "Map as PNG, pseudonymised: current map", "not named", "internal"),
        ("export", "Map as SVG, pseudonymised: current map", "not named", "internal")]
    workspace = page.window().workspace
    sharing = workspace.page("sharing")
    workspace.tabs.setCurrentWidget(sharing)  # the Sharing log tab lists them
    shown = [" | ".join(sharing.table.item(row, col).text() if sharing.table.item(row, col)
                        else "" for col in range(sharing.table.columnCount()))
             for row in range(sharing.table.rowCount())]
    assert len(shown) == 2
    assert {"PNG", "SVG"} == {f for f in ("PNG", "SVG") for row in shown
                              if f"Map as {f}, pseudonymised" in row and "not named" in row}


def test_a_real_name_export_needs_recipient_and_ground_and_logs_them(
        qtbot, page, vault, case, tmp_path, monkeypatch):
    path = tmp_path / "named.svg"
    refused = []

    def choose(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData("svg"))
        dialog.show_names.setChecked(True)
        assert dialog.ground.currentData() is None  # never preset for real names
        dialog.accept()
        refused.append((dialog.isVisible(), dialog.message.text()))
        qtbot.keyClicks(dialog.recipient, "Jugendamt, Frau D.")
        dialog.accept()
        refused.append((dialog.isVisible(), dialog.message.text()))
        dialog.ground.setCurrentIndex(dialog.ground.findData("consent"))
        dialog.accept()

    export_through_dialog(qtbot, page, monkeypatch, path, choose)
    assert [visible for visible, _ in refused] == [True, True]
    assert "disclosure" in refused[0][1]
    assert "Wunderlich" in path.read_text(encoding="utf-8")
    assert log_rows(vault, case) == [
        ("export", "Map as SVG, real names: current map", "Jugendamt, Frau D.", "consent")]


def test_a_cancelled_export_writes_and_logs_nothing(qtbot, page, vault, case, tmp_path,
                                                    monkeypatch):
    path = tmp_path / "map.graphml"
    export_through_dialog(qtbot, page, monkeypatch, path, lambda dialog: dialog.reject())
    assert not path.exists() and log_rows(vault, case) == []


def _file_from_elsewhere(tmp_path, case, vault):
    """A GraphML file edited in another tool: the mother's role changed, an aunt added."""
    state = vault.maps.state(case.id)
    mother = next(p for p in state.persons if p.role == "mother")
    path = tmp_path / "edited.graphml"
    path.write_text(f"""<?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="{NS}">
      <key id="r" for="node" attr.name="role" attr.type="string"/>
      <key id="n" for="node" attr.name="name" attr.type="string"/>
      <key id="k" for="edge" attr.name="kind" attr.type="string"/>
      <graph edgedefault="undirected">
        <node id="{mother.uid}"><data key="r">stepmother</data></node>
        <node id="aunt-1"><data key="n">Tante Gül</data><data key="r">aunt</data></node>
        <edge id="e-1" source="aunt-1" target="{mother.uid}"><data key="k">family</data></edge>
      </graph>
    </graphml>""", encoding="utf-8")
    return path, mother


def test_import_previews_merges_and_is_undone_and_redone(qtbot, window, page, vault, case,
                                                        tmp_path, monkeypatch):
    path, mother = _file_from_elsewhere(tmp_path, case, vault)
    before = vault.maps.state(case.id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    preview = []

    def look(dialog):
        assert vault.maps.state(case.id) == before  # nothing written while it is shown
        preview.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        preview.append(dialog.summary.text())
        dialog.import_button.click()

    button = page.toolbar.widgetForAction(page.export_action)
    assert page.import_action in button.menu().actions()  # Export ▸ Import GraphML…
    seen = answer_modal(qtbot, look)
    page.import_action.trigger()
    assert isinstance(seen[0], ImportPreview)
    lines, summary = preview
    assert lines[0].startswith("Adds Tante Gül (")
    assert "Changes Zeynep Keller: role" in lines
    assert any(line.startswith("Adds a tie Tante Gül – Zeynep Keller") for line in lines)
    assert "adds 1 person(s) and 1 tie(s)" in summary
    after = vault.maps.state(case.id)
    aunt = next(p for p in after.persons if p.name == "Tante Gül")
    assert after.person(mother.id).role == "stepmother"
    assert len(after.relations) == 2
    assert page.item_for(aunt.id) is not None  # the canvas follows

    window.undo_action.trigger()
    assert vault.maps.state(case.id) == before
    assert page.item_for(aunt.id) is None
    window.redo_action.trigger()
    assert vault.maps.state(case.id) == after  # the same ids and uids again


def test_a_cancelled_import_writes_nothing(qtbot, page, vault, case, tmp_path, monkeypatch):
    path, _mother = _file_from_elsewhere(tmp_path, case, vault)
    before, audit = vault.maps.state(case.id), len(vault.audit.entries())
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    answer_modal(qtbot, lambda dialog: dialog.reject())
    page.import_action.trigger()
    assert vault.maps.state(case.id) == before and len(vault.audit.entries()) == audit
    assert not page.window().undo_stack.canUndo()


@pytest.mark.parametrize("hostile", [
    '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE g [<!ENTITY inj "Injected">]>'
    f'<graphml xmlns="{NS}"><key id="n" for="node" attr.name="name"/><graph>'
    '<node id="z"><data key="n">&inj;</data></node></graph></graphml>',
    f'<graphml xmlns="{NS}"><key id="x" for="node" attr.name="x"/><key id="y" for="node" '
    'attr.name="y"/><graph><node id="z"><data key="x">1e308</data><data key="y">0</data>'
    '</node></graph></graphml>',
])
def test_a_hostile_file_is_refused_with_a_message_and_changes_nothing(
        qtbot, page, vault, case, tmp_path, monkeypatch, hostile):
    path = tmp_path / "hostile.graphml"
    path.write_bytes(hostile.encode("utf-16") if "UTF-16" in hostile else hostile.encode())
    before = vault.maps.state(case.id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))
    messages = []

    def close(box):
        messages.append(box.text())
        box.accept()

    answer_modal(qtbot, close)
    page.import_action.trigger()
    assert messages and ("DOCTYPE" in messages[0] or "outside the map" in messages[0])
    assert vault.maps.state(case.id) == before


def test_import_is_not_offered_on_a_snapshot(qtbot, page, vault, case):
    vault.maps.take_snapshot(case.id, "intake")
    page.versions.refresh()
    [snap] = vault.maps.snapshots(case.id)
    page.versions.show_version(snap.id)
    assert not page.import_action.isEnabled()
    page.versions.back_to_now()
    assert page.import_action.isEnabled()


def test_case_menu_reaches_the_map_export_from_any_tab(qtbot, window, vault, case, tmp_path,
                                                       monkeypatch):
    actions = window.map_menu_actions
    window._enable_map_menu()
    assert not any(a.isEnabled() for a in actions.values())  # no case shown yet
    window.open_case(case.id)  # on the Overview
    window.map_menu.aboutToShow.emit()
    assert all(a.isEnabled() for a in actions.values())
    path = tmp_path / "from-menu.graphml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(path), "")))

    def choose(dialog):
        dialog.format.setCurrentIndex(dialog.format.findData("graphml"))
        qtbot.keyClicks(dialog.recipient, "Supervision group")
        dialog.accept()

    seen = answer_modal(qtbot, choose)
    actions["export_dialog"].trigger()
    assert seen and isinstance(seen[0], ExportDialog)
    assert window.workspace.tabs.currentWidget() is window.workspace.page("map")
    assert "Zeynep" not in path.read_text(encoding="utf-8")
    assert log_rows(vault, case) == [
        ("export", "Map as GRAPHML, pseudonymised: current map", "Supervision group",
         "internal")]

    page = window.workspace.page("map")
    vault.maps.take_snapshot(case.id, "intake")
    page.versions.refresh()
    page.versions.show_version(vault.maps.snapshots(case.id)[0].id)
    window.map_menu.aboutToShow.emit()
    assert not actions["import_dialog"].isEnabled()  # a snapshot takes no import
    assert actions["export_dialog"].isEnabled()
