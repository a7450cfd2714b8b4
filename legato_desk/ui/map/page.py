"""The Map tab of a case: the canvas, the list of persons, the side panel.

What the page shows is a *version*: the current map (editable) or a
snapshot (read-only), optionally compared with another version. Every edit
goes through MapCommands onto the main window's undo stack; the page then
re-reads the map from the vault and brings the scene in line.

Hooks for other features: ``set_badges``, ``add_person_action``, the
``changed(case_id)`` signal, ``render_map`` (PNG/SVG bytes for the PDF),
``export_to`` / ``import_dialog`` (PNG, SVG, GraphML; see export.py and
import_graphml.py), and
``scene`` / ``view`` / ``item_for`` for benchmarks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.map import MapState, free_position
from legato_desk.model.pseudonyms import person_codes
from legato_desk.ui.map import style
from legato_desk.ui.map.commands import MapCommands
from legato_desk.ui.map.legend import LegendWidget
from legato_desk.ui.map.panel import PersonPanel, TiePanel
from legato_desk.ui.map.person_list import PersonList
from legato_desk.ui.map.scene import MapScene
from legato_desk.ui.map.versions import VersionBar
from legato_desk.ui.map.view import MapView
from legato_desk.ui.messages import error_text

NUDGE = 0.02  # map units per arrow key press


class MapPage(QWidget):
    changed = Signal(int)

    def __init__(self, maps, undo_stack, parent=None, names=None, badges=None):
        """``names(case_id)``: the case's name register (exporting.case_names),
        which pseudonymises every text of an exported drawing. ``badges(case_id)``:
        the case's key-client badges (vault.keyclients.badges), read when a case
        opens so its first frame has them; ``set_badges`` keeps them current."""
        super().__init__(parent)
        self.maps = maps
        self.names = names
        self.badge_source = badges
        self.commands = MapCommands(maps, undo_stack, self)
        self.commands.changed.connect(self._map_changed)
        self.case = None
        self.state = MapState()
        self._codes: dict[str, str] | None = {}  # see codes
        self.badges: dict[int, str] = {}
        self._person_actions: list[tuple[str, object]] = []
        self._syncing = False

        self.scene = MapScene(self)
        self.scene.setPalette(self.palette())
        self.scene.labeler = self._label
        self.view = MapView(self.scene)
        self.versions = VersionBar(self)
        self.versions.changed.connect(self.reload)
        self.versions.change_chosen.connect(self._select_uid)

        self.persons = PersonList()
        self.persons.selection_changed.connect(self._list_selected)
        # Shortcuts to the list's parts (tests and keyboard wiring use them).
        self.search, self.list = self.persons.search, self.persons.list
        self.proxy, self.list_model = self.persons.proxy, self.persons.model
        self.legend = LegendWidget()
        legend_box = QScrollArea()
        legend_box.setWidget(self.legend)
        legend_box.setAccessibleName(self.tr("Map legend"))
        legend_box.setWidgetResizable(True)
        legend_box.setFrameShape(QScrollArea.Shape.NoFrame)
        legend_box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.person_panel = PersonPanel()
        self.person_panel.edited.connect(self._person_edited)
        self.person_panel.tie_chosen.connect(self._choose_tie)
        self.person_panel.connect_to.connect(
            lambda other: self.connect_persons(self.person_panel.item.id, other))
        self.person_panel.delete_requested.connect(self.delete_selected)
        self.person_panel.action_requested.connect(self._run_person_action)
        self.person_panel.place_requested.connect(self._place_person)
        self.tie_panel = TiePanel()
        self.tie_panel.edited.connect(self._tie_edited)
        self.tie_panel.delete_requested.connect(self.delete_selected)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.side = QStackedWidget()
        person_scroll = QScrollArea()
        person_scroll.setWidget(self.person_panel)
        person_scroll.setAccessibleName(self.tr("Selected person"))
        person_scroll.setWidgetResizable(True)
        person_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        for widget in (self.hint, person_scroll, self.tie_panel, self.versions.changes):
            self.side.addWidget(widget)
        self._person_scroll = person_scroll

        self.scene.add_requested.connect(self._add_at)
        self.scene.moved.connect(self._dragged)
        self.scene.connect_requested.connect(self.connect_persons)
        self.scene.selectionChanged.connect(self._scene_selected)
        self.scene.current_tie_changed.connect(lambda _: self._update_side())
        self.scene.person_activated.connect(self._activate_person)
        self.scene.context_requested.connect(self._context_menu)
        self.view.nudge_requested.connect(self._nudge)

        self._build_actions()
        left = QWidget()
        left_col = QVBoxLayout(left)
        left_col.setContentsMargins(0, 0, 0, 0)
        left_col.addWidget(self.persons, 2)
        left_col.addWidget(legend_box, 3)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.view)
        split.addWidget(self.side)
        split.setStretchFactor(1, 1)
        char = self.fontMetrics().averageCharWidth()  # sizes in characters: a larger
        split.setSizes([n * char for n in [33, 86, 41]])  # font gets wider columns
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The version choosers beside the toolbar, not in it: with a large font or a narrow
        # window the toolbar folds its buttons into a "»" menu that Tab cannot reach (the
        # buttons have shortcuts; the choosers have none).
        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 6, 0)
        tools.addWidget(self.toolbar, 1)
        tools.addWidget(self.versions.bar)
        layout.addLayout(tools)
        layout.addWidget(self.versions.banner)
        layout.addWidget(split, 1)
        self.setTabOrder(self.list, self.view)
        self._update_side()

    # -- actions -----------------------------------------------------------------

    def _action(self, text, slot, keys=(), widgets=None) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        if keys:
            action.setToolTip(f"{text.replace('&', '')} ({QKeySequence(keys[0]).toString()})")
        action.triggered.connect(slot)
        for widget in widgets or [self]:
            widget.addAction(action)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut if widgets
                                  else Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    def _build_actions(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setAccessibleName(self.tr("Map tools"))
        canvas = [self.view, self.list]
        self.add_action = self._action(self.tr("&Add person…"), self.add_person_dialog,
                                       ["Ins", "Ctrl+Shift+P"])
        self.connect_action = self._action(self.tr("&Connect selected two"),
                                           self.connect_selected, ["Ctrl+J"])
        self.delete_action = self._action(self.tr("&Delete"), self.delete_selected,
                                          ["Del"], canvas)
        self.zoom_in_action = self._action(self.tr("Zoom &in"), lambda: self.view.zoom_by(1.25),
                                           ["Ctrl+=", "Ctrl++"])
        self.zoom_out_action = self._action(self.tr("Zoom &out"),
                                            lambda: self.view.zoom_by(0.8), ["Ctrl+-"])
        self.fit_action = self._action(self.tr("&Fit to view"), self.view.fit, ["Ctrl+0"])
        self.snapshot_action = self._action(self.tr("Take &snapshot…"), self.take_snapshot,
                                            ["Ctrl+Shift+S"])
        self.export_action = self._action(self.tr("&Export…"), self.export_dialog,
                                          ["Ctrl+Shift+E"])
        self.import_action = self._action(self.tr("Import &GraphML…"), self.import_dialog,
                                          ["Ctrl+Shift+I"])
        for action in (self.add_action, self.connect_action):
            self.toolbar.addAction(action)
        self.toolbar.addAction(self.delete_action)
        self.toolbar.addSeparator()
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.snapshot_action)
        self.toolbar.addAction(self.export_action)
        # Import beside export, behind the Export button's arrow: one more button
        # would fold the German toolbar behind "»" at the default width.
        self.file_menu = QMenu(self)
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.import_action)
        export_button = self.toolbar.widgetForAction(self.export_action)
        export_button.setMenu(self.file_menu)
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        # Zoom as "−" and "+" like every map, which leaves room for the longer German
        # labels at the default width; the name and tooltip keep the words.
        for action, glyph in ((self.zoom_out_action, "\u2212"), (self.zoom_in_action, "+")):
            action.setIconText(glyph)
            button = self.toolbar.widgetForAction(action)
            button.setAccessibleName(action.text().replace("&", ""))
            button.setMinimumWidth(3 * self.fontMetrics().averageCharWidth())

    # -- hooks ---------------------------------------------------------------------

    def set_badges(self, badges: dict[int, str]) -> None:
        """Draw a badge ("keyclient" or "candidate") on persons, by id."""
        self.badges = {pid: b for pid, b in badges.items() if b in style.BADGES}
        self.scene.set_badges(self.badges)

    def add_person_action(self, text: str, callback) -> None:
        """An entry in the person context menu and side panel: callback(person_id)."""
        self._person_actions.append((text, callback))
        self.person_panel.add_action_button(len(self._person_actions) - 1, text)

    def item_for(self, person_id: int):
        return self.scene.item_for(person_id)

    @property
    def editable(self) -> bool:
        return self.versions.is_live

    # -- showing a case ----------------------------------------------------------------

    def show_case(self, case) -> None:
        same = self.case is not None and self.case.id == case.id
        if same and case.pseudonym == self.case.pseudonym:
            self.case = case
            return  # e.g. the summary was saved: nothing on the map changed
        if not same:
            self.flush()
            self.scene.clearSelection()
            self.scene.set_current_tie(None)
        self.case = case
        if not same:
            if self.badge_source is not None:
                self.set_badges(self.badge_source(case.id))
            self.versions.set_case(self.maps, case.id)  # emits changed -> reload
            self.view.fit()
        else:
            self.reload()

    def reload(self) -> None:
        if self.case is None:
            return
        try:
            shown, compared = self.versions.states()
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Map"), error_text(exc))
            self.versions.back_to_now()
            return
        self.state = shown
        self._codes = None
        self._syncing = True
        self.scene.show_state(shown, self.editable)
        if compared is not None:
            diff = self.versions.show_changes(compared, shown, self.display_name)
            self.scene.show_diff(diff, compared)
        self.legend.set_comparing(compared is not None)
        self.view.set_stamp("" if self.editable else (
            self.tr("Comparison · read-only") if compared is not None
            else self.tr("Snapshot · read-only")))
        for action in (self.add_action, self.connect_action, self.delete_action,
                       self.import_action):
            action.setEnabled(self.editable)
        self._fill_list()
        self._syncing = False
        self._update_side()

    def _fill_list(self) -> None:
        rows = []
        for p in sorted(self.state.persons,
                        key=lambda p: (not p.is_index, self.display_name(p).lower())):
            where = (self.tr("index client") if p.is_index else
                     f"{style.sector_name(p.sector)}, {style.ring_name(p.ring)}")
            role = f" · {p.role}" if p.role and p.name else ""
            rows.append((p.id, f"{self.display_name(p)}{role} — {where}"))
        self.persons.fill(rows)  # keeps the list's selection, which follows the scene's

    @property
    def codes(self) -> dict[str, str]:
        """Person uid -> pseudonym code ("P3"), numbered over everyone the case's map
        ever held. Made when first asked: only a person with neither name nor role
        and the exports need them (2.3 ms of the large case's open)."""
        if self._codes is None:
            everyone = self.versions.everyone(self.state) if self.case else []
            by_id = person_codes(everyone)
            self._codes = {p.uid: by_id[p.id] for p in everyone if p.id in by_id}
        return self._codes

    def display_name(self, person) -> str:
        return self._label(person)[0]

    def _label(self, person) -> tuple[str, str]:
        if person.is_index:
            return (self.case.pseudonym if self.case else "", "")
        if person.name:
            return person.name, person.role
        return person.role or self.codes.get(person.uid, "?"), ""

    def _map_changed(self, case_id: int) -> None:
        if self.case is not None and case_id == self.case.id and self.versions.is_live:
            self.reload()
        self.changed.emit(case_id)

    def flush(self) -> bool:
        try:
            self.person_panel.flush()
            self.tie_panel.flush()
        except Exception:
            return False
        return True

    def clear(self) -> None:
        """Forget everything shown (before locking)."""
        self.person_panel._timer.stop()
        self.tie_panel._timer.stop()
        self.person_panel.item = self.tie_panel.item = None
        self.person_panel.note.clear()
        self.tie_panel.note.clear()
        self.case = None
        self.state = MapState()
        self.scene.clear_diff()
        self.scene.show_state(MapState(), False)
        self.persons.clear()
        self.versions.clear()
        self._update_side()

    # -- selection -------------------------------------------------------------------

    def _scene_selected(self) -> None:
        if self._syncing:
            return
        self.persons.select_ids(set(self.scene.selected_person_ids()))
        if self.scene.selected_person_ids():
            self.scene.set_current_tie(None)
        self._update_side()

    def _list_selected(self) -> None:
        ids = self.persons.selected_ids()
        self._syncing = True
        self.scene.clearSelection()
        for pid in ids:
            item = self.scene.item_for(pid)
            if item is not None:
                item.setSelected(True)
        self._syncing = False
        if ids:
            self.scene.set_current_tie(None)
            current = self.persons.current_id()
            item = self.scene.item_for(current if current in ids else next(iter(ids)))
            if item is not None:
                self.view.ensureVisible(item, 60, 60)
        self._update_side()

    def select_person(self, person_id: int) -> None:
        self.scene.clearSelection()
        self.scene.set_current_tie(None)
        item = self.scene.item_for(person_id)
        if item is not None:
            item.setSelected(True)
            self.view.centerOn(item)

    def select_tie(self, relation_id: int) -> None:
        self.scene.clearSelection()
        self.scene.set_current_tie(relation_id if relation_id in self.scene.ties else None)

    def _select_uid(self, uid: str, is_tie: bool) -> None:
        if is_tie:
            rid = next((r.id for r in self.state.relations if r.uid == uid), None)
            self.scene.clearSelection()
            self.scene.set_current_tie(rid if rid in self.scene.ties else None)
            return
        pid = next((p.id for p in self.state.persons if p.uid == uid), None)
        if pid is not None:
            self.select_person(pid)
        else:
            ghost = next((g for g in self.scene.ghosts if getattr(g, "person", None)
                          and g.person.uid == uid), None)
            if ghost is not None:
                self.scene.clearSelection()
                self.view.centerOn(ghost)

    @staticmethod
    def today() -> str:
        from datetime import date

        return f"{date.today():%d.%m.%Y}"

    def _choose_tie(self, rid: int) -> None:
        self.scene.clearSelection()
        self.scene.set_current_tie(rid)
        self.tie_panel.kind.setFocus()

    def _update_side(self) -> None:
        if self.versions.comparing:
            self.side.setCurrentWidget(self.versions.changes)
            return
        ids = self.scene.selected_person_ids()
        if self.case is None:
            self.hint.setText("")
            self.side.setCurrentWidget(self.hint)
        elif len(ids) == 1:
            p = self.state.person(ids[0])
            ties = [(r.id, self._tie_text(r, p.id)) for r in self.state.relations
                    if p.id in (r.a, r.b)]
            partners = [(q.id, self.display_name(q)) for q in sorted(
                self.state.persons, key=lambda q: self.display_name(q).lower()) if q.id != p.id]
            self.person_panel.show_person(p, self.display_name(p), ties, partners,
                                          self.editable)
            self.side.setCurrentWidget(self._person_scroll)
        elif self.scene.current_tie is not None:
            r = next(r for r in self.state.relations if r.id == self.scene.current_tie)
            self.tie_panel.show_tie(r, self.display_name(self.state.person(r.a)),
                                    self.display_name(self.state.person(r.b)), self.editable)
            self.side.setCurrentWidget(self.tie_panel)
        else:
            if ids:
                text = self.tr("{n} persons selected. Ctrl+J connects two; Del deletes "
                               "them.").format(n=len(ids))
            elif self.editable:
                text = self.tr(
                    "<p><b>Drawing the map</b></p><p>Double-click where a person belongs "
                    "(the sector and ring follow from the place), or use Add person "
                    "(Ins).</p><p>Shift+drag from one person to another to connect them; "
                    "click a line to edit the tie.</p><p>Drag to move, drag on empty space "
                    "to select several, arrow keys nudge the selection. Ctrl+0 fits the "
                    "map into view.</p>")
            else:
                text = self.tr("This is a frozen version of the map; it cannot be edited.")
            self.hint.setText(text)
            self.side.setCurrentWidget(self.hint)

    def _tie_text(self, r, pid: int) -> str:
        other = self.state.person(r.b if r.a == pid else r.a)
        bits = [style.relation_kind_name(r.kind), style.strength_name(r.strength)]
        if r.conflict:
            bits.append(self.tr("conflict"))
        if r.status.value != "normal":
            bits.append(style.status_name(r.status))
        return f"{self.display_name(other)} ({', '.join(bits)})"

    # -- editing -----------------------------------------------------------------------

    def _run(self, fn, *args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Map"), error_text(exc))
            self.reload()
            return None

    def _add_at(self, x: float, y: float) -> None:
        if self.editable and self.case is not None:
            person = self._run(self.commands.add_person, self.case.id, x, y)
            if person is not None:
                self._activate_person(person.id)

    def add_person_dialog(self) -> None:
        from legato_desk.ui.map.dialogs import AddPersonDialog

        if not self.editable or self.case is None:
            return
        dialog = AddPersonDialog(self)
        if dialog.exec():
            sector, ring = dialog.sector.currentData(), dialog.ring.currentData()
            taken = [(p.x, p.y) for p in self.state.persons]
            x, y = free_position(sector, ring, taken)
            person = self._run(self.commands.add_person, self.case.id, x, y, **dialog.fields())
            if person is not None:
                self._activate_person(person.id)
        dialog.deleteLater()

    def _activate_person(self, person_id: int) -> None:
        self.select_person(person_id)
        self._update_side()
        if self.editable and not self.state.person(person_id).is_index:
            self.person_panel.name.setFocus()
            self.person_panel.name.selectAll()

    def _person_edited(self, fields: dict) -> None:
        self._run(self.commands.update_person, self.case.id, self.person_panel.item.id, **fields)

    def _tie_edited(self, fields: dict) -> None:
        self._run(self.commands.update_relation, self.case.id, self.tie_panel.item.id, **fields)

    def _dragged(self, positions: dict) -> None:
        old = {pid: (self.state.person(pid).x, self.state.person(pid).y) for pid in positions}
        self._run(self.commands.move, self.case.id, positions, old)

    def _place_person(self, sector, ring) -> None:
        """Move the panel's person to a free spot of another sector or ring."""
        pid = self.person_panel.item.id
        taken = [(p.x, p.y) for p in self.state.persons if p.id != pid]
        self._run(self.commands.move, self.case.id, {pid: free_position(sector, ring, taken)})

    def _nudge(self, dx: int, dy: int) -> None:
        if not self.editable:
            return
        new = {}
        for pid in self.scene.selected_person_ids():
            p = self.state.person(pid)
            if not p.is_index:
                new[pid] = (p.x + dx * NUDGE, p.y + dy * NUDGE)
        if new:
            self._run(self.commands.move, self.case.id, new, nudge=True)

    def connect_persons(self, a: int, b: int) -> None:
        if not self.editable or a == b:
            return
        relation = self._run(self.commands.add_relation, self.case.id, a, b)
        if relation is not None:
            self._choose_tie(relation.id)

    def connect_selected(self) -> None:
        ids = self.scene.selected_person_ids()
        if len(ids) != 2:
            QMessageBox.information(self, self.tr("Connect"), self.tr(
                "Select exactly two persons (on the map or in the list) to connect them."))
            return
        self.connect_persons(*ids)

    def delete_selected(self) -> None:
        if not self.editable or self.case is None:
            return
        ids = [pid for pid in self.scene.selected_person_ids()
               if not self.state.person(pid).is_index]
        ties = [] if ids or self.scene.current_tie is None else [self.scene.current_tie]
        if ids or ties:
            self._run(self.commands.remove, self.case.id, ids, ties)
            self.view.setFocus()

    def _context_menu(self, person_id: int, screen_pos) -> None:
        menu = QMenu(self)
        if self.editable:
            menu.addAction(self.connect_action)
            menu.addAction(self.delete_action)
        for index, (text, _cb) in enumerate(self._person_actions):
            menu.addAction(text, lambda i=index: self._run_person_action(i, person_id))
        if not menu.isEmpty():
            menu.popup(screen_pos)

    def _run_person_action(self, index: int, person_id: int | None = None) -> None:
        pid = person_id if person_id is not None else self.person_panel.item.id
        self._person_actions[index][1](pid)

    # -- snapshots and export ------------------------------------------------------------

    def take_snapshot(self) -> None:
        from legato_desk.ui.map.dialogs import SnapshotDialog

        if self.case is None:
            return
        self.flush()
        dialog = SnapshotDialog(self)
        if dialog.exec():
            label, taken_on = dialog.value()
            snap = self._run(self.maps.take_snapshot, self.case.id, label, taken_on)
            if snap is not None:
                self.versions.refresh()
                self.changed.emit(self.case.id)
        dialog.deleteLater()

    def export_dialog(self) -> None:
        """Ask for the options and a file, then export (see ui/map/export.py)."""
        from legato_desk.ui.map.export import ask_and_export

        if self.case is not None:
            ask_and_export(self)

    def export_to(self, path, show_names: bool = False, *, recipient: str = "",
                  ground: str | None = None):
        """Write the map as shown (PNG, SVG or GraphML by suffix), pseudonymised by
        default, and log it in the sharing log (real names need recipient and ground)."""
        from legato_desk.ui.map.export import export_page

        return export_page(self, path, show_names, recipient=recipient, ground=ground)

    def import_dialog(self) -> None:
        """Choose a GraphML file, preview what it adds and changes, merge (undoable)."""
        from legato_desk.ui.map.import_graphml import ask_and_import

        if self.case is not None and self.editable:
            self.flush()
            ask_and_import(self)

    def render_map(self, fmt: str = "png", show_names: bool = False) -> bytes:
        """The map as shown, as PNG or SVG bytes with legend (for the PDF export)."""
        from legato_desk.ui.map.export import page_bytes

        return page_bytes(self, fmt, show_names)

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.PaletteChange:
            self.scene.setPalette(self.palette())
            self.scene.refresh_palette()
            self.view.resetCachedContent()
        super().changeEvent(event)
