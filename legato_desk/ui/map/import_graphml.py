"""Map ▸ Import GraphML…: read a file, show what it adds and changes, merge on OK.

The file is parsed and checked completely (reports/graphml.py) and the merge
planned against the vault (vault.maps.plan_merge) before the preview opens;
nothing is written until the counsellor confirms, and then as one step on
the undo stack (ui/map/commands.py), so Ctrl+Z takes the whole import back.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QVBoxLayout,
)

from legato_desk.model import map as m
from legato_desk.ui.map import style

FIELD_WORDS = {
    "name": QT_TRANSLATE_NOOP("ImportPreview", "name"),
    "role": QT_TRANSLATE_NOOP("ImportPreview", "role"),
    "kind": QT_TRANSLATE_NOOP("ImportPreview", "kind"),
    "age": QT_TRANSLATE_NOOP("ImportPreview", "age"),
    "gender": QT_TRANSLATE_NOOP("ImportPreview", "gender"),
    "deceased": QT_TRANSLATE_NOOP("ImportPreview", "deceased"),
    "marker": QT_TRANSLATE_NOOP("ImportPreview", "marker"),
    "note": QT_TRANSLATE_NOOP("ImportPreview", "note"),
    "source": QT_TRANSLATE_NOOP("ImportPreview", "source"),
    "verified": QT_TRANSLATE_NOOP("ImportPreview", "verified"),
    "x": QT_TRANSLATE_NOOP("ImportPreview", "position"),
    "y": QT_TRANSLATE_NOOP("ImportPreview", "position"),
    "strength": QT_TRANSLATE_NOOP("ImportPreview", "strength"),
    "conflict": QT_TRANSLATE_NOOP("ImportPreview", "conflict"),
    "status": QT_TRANSLATE_NOOP("ImportPreview", "status"),
    "direction": QT_TRANSLATE_NOOP("ImportPreview", "direction"),
    "a": QT_TRANSLATE_NOOP("ImportPreview", "who it joins"),
    "b": QT_TRANSLATE_NOOP("ImportPreview", "who it joins"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreview", text)


def preview_lines(page, plan) -> list[str]:
    """One line per person or tie the import adds or changes, as the page names them."""
    shown = {p.id: page.display_name(p) for p in page.state.persons}
    new_names = {}
    lines = []
    for file_uid, _stored, fields in plan.new_persons:
        name = fields.get("name") or fields.get("role") or _tr("a person without a name")
        new_names[file_uid] = name
        where = (f"{style.sector_name(m.sector_at(fields['x'], fields['y']))}, "
                 f"{style.ring_name(m.ring_at(fields['x'], fields['y']))}")
        lines.append(_tr("Adds {name} ({where})").format(name=name, where=where))
    for current, differ in plan.changed_persons:
        lines.append(_tr("Changes {name}: {fields}").format(
            name=shown.get(current.id, "?"), fields=_fields(differ)))

    def end(value) -> str:
        return shown.get(value, "?") if isinstance(value, int) else new_names.get(value, "?")

    for _uid, (a, b), fields in plan.new_ties:
        lines.append(_tr("Adds a tie {a} – {b} ({kind})").format(
            a=end(a), b=end(b), kind=style.relation_kind_name(fields["kind"])))
    for current, differ in plan.changed_ties:
        lines.append(_tr("Changes the tie {a} – {b}: {fields}").format(
            a=end(differ.get("a", current.a)), b=end(differ.get("b", current.b)),
            fields=_fields(differ)))
    return lines


def _fields(differ: dict) -> str:
    words = []
    for name in differ:
        word = _tr(FIELD_WORDS.get(name, name))
        if word not in words:
            words.append(word)
    return ", ".join(words)


class ImportPreview(QDialog):
    """What a map file adds and changes; OK merges it, Cancel writes nothing."""

    def __init__(self, page, plan, file_name: str):
        super().__init__(page)
        self.plan = plan
        self.setWindowTitle(self.tr("Import a map file"))
        self.summary = QLabel(self.tr(
            "<b>{file}</b> adds {new_persons} person(s) and {new_ties} tie(s) and changes "
            "{changed_persons} person(s) and {changed_ties} tie(s); {same} already on the "
            "map as in the file stay as they are. Nothing of the file's index client is "
            "read. Undo (Ctrl+Z) takes the whole import back.").format(
                file=file_name.replace("<", "&lt;"), new_persons=len(plan.new_persons),
                new_ties=len(plan.new_ties), changed_persons=len(plan.changed_persons),
                changed_ties=len(plan.changed_ties),
                same=plan.same_persons + plan.same_ties))
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("What the import adds and changes"))
        self.list.addItems(preview_lines(page, plan))
        label = QLabel(self.tr("&Changes:"))
        label.setBuddy(self.list)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80,
                    self.fontMetrics().height() * 24)


def import_file(page, path) -> object | None:
    """Parse ``path``, preview the merge, merge on OK. Returns what was merged
    (vault.maps.Merged) or None when the file was refused or the preview cancelled."""
    from pathlib import Path

    from legato_desk.reports.graphml import read_graphml

    parsed = page._run(read_graphml, path)
    if parsed is None:
        return None
    plan = page._run(page.maps.plan_merge, page.case.id, parsed.persons, parsed.ties,
                     parsed.index_uid)
    if plan is None:
        return None
    if plan.empty:
        QMessageBox.information(page, _tr("Import a map file"), _tr(
            "Nothing to import: every person and tie in this file is already on the map "
            "as the file has it."))
        return None
    dialog = ImportPreview(page, plan, Path(path).name)
    accepted = dialog.exec()
    dialog.deleteLater()
    if not accepted:
        return None
    return page._run(page.commands.merge, page.case.id, plan)


def ask_and_import(page) -> None:
    from PySide6.QtWidgets import QFileDialog

    path, _ = QFileDialog.getOpenFileName(
        page, _tr("Import a map file"), "",
        _tr("GraphML network (*.graphml *.xml);;All files (*)"))
    if path and import_file(page, path) is not None:
        window = page.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(_tr("Map file imported."), 5000)
