"""The Safeguarding tab: raise a flag, work through its checklist, close it.

Safeguarding records are not undone with Ctrl+Z: they record what happened.
A step ticked by mistake can be unticked while the escalation is open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.case import Case
from legato_desk.model.safeguarding import Escalation, StepState, check_can_close
from legato_desk.ui.messages import error_text
from legato_desk.ui.safeguarding.disclosure_dialog import DisclosureDialog
from legato_desk.ui.safeguarding.labels import FLAG_COLOUR, name
from legato_desk.ui.safeguarding.raise_dialog import RaiseFlagDialog


def _when(moment) -> str:
    return moment.astimezone().strftime("%d.%m.%Y %H:%M") if moment else ""


class EscalationPage(QWidget):
    changed = Signal(int)  # case id
    open_flags_changed = Signal(list)  # the open FlagTypes of the shown case

    def __init__(self, vault, parent=None):
        super().__init__(parent)
        self._vault = vault
        self.case: Case | None = None
        self.escalations: list[Escalation] = []
        self.raise_button = QPushButton(self.tr("&Raise a flag…"))
        self.raise_button.clicked.connect(self.raise_flag)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Escalations"))
        self.list.currentRowChanged.connect(self._show_current)

        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Protocol steps"))
        self.steps.itemChanged.connect(self._step_ticked)
        self.not_needed_button = QPushButton(self.tr("Not &needed"))
        self.not_needed_button.setToolTip(self.tr("Mark the selected step as not needed here"))
        self.not_needed_button.clicked.connect(self._step_not_needed)
        self.informed = QListWidget()
        self.informed.setAccessibleName(self.tr("Who was informed"))
        self.informed.setWordWrap(True)
        self.informed.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.inform_button = QPushButton(self.tr("Record &who was informed…"))
        self.inform_button.clicked.connect(self.record_informed)
        self.close_button = QPushButton(self.tr("C&lose escalation…"))
        self.close_button.clicked.connect(self.close_escalation)

        detail = QWidget()
        right = QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.heading)
        right.addWidget(self.reason)
        self.steps_label = QLabel()
        right.addWidget(self.steps_label)
        right.addWidget(self.steps, 2)
        step_row = QHBoxLayout()
        step_row.addStretch(1)
        step_row.addWidget(self.not_needed_button)
        right.addLayout(step_row)
        right.addWidget(QLabel(self.tr("<b>Who informed whom</b>")))
        right.addWidget(self.informed, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.inform_button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        right.addLayout(actions)
        self.detail = detail

        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.raise_button)
        left_column.addWidget(self.list, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 2)
        char = self.fontMetrics().averageCharWidth()  # sizes in characters: a larger
        splitter.setSizes([n * char for n in [43, 86]])  # font gets wider columns
        self.empty = QLabel(self.tr(
            "No safeguarding flags. Raise one when there is a threat to anybody, knowledge "
            "of a planned crime, a risk of self-harm, danger to the client from the milieu "
            "or a child protection concern."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.empty)

    # -- showing ----------------------------------------------------------------------

    def show_case(self, case: Case) -> None:
        keep = self.current().id if self.current() and self.case and \
            self.case.id == case.id else None
        self.case = case
        self.reload(keep)

    def reload(self, select_id: int | None = None) -> None:
        self.escalations = self._vault.safeguarding.for_case(self.case.id) if self.case else []
        self.list.blockSignals(True)
        self.list.clear()
        row = 0
        for i, esc in enumerate(self.escalations):
            if esc.is_open:
                text = self.tr("⚠ {flag}\nopen since {when}").format(
                    flag=name(esc.flag), when=_when(esc.raised_at))
            else:
                text = self.tr("{flag}\nclosed {when}").format(
                    flag=name(esc.flag), when=_when(esc.closed_at))
            item = QListWidgetItem(text)
            if esc.is_open:
                item.setForeground(Qt.GlobalColor.white)
                item.setBackground(_red())
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.list.addItem(item)
            if esc.id == select_id:
                row = i
        self.list.blockSignals(False)
        has = bool(self.escalations)
        self.empty.setVisible(not has)
        self.detail.setVisible(has)
        self.list.setVisible(has)
        if has:
            self.list.setCurrentRow(row)
        self._show_current()
        self.open_flags_changed.emit([e.flag for e in self.escalations if e.is_open])

    def current(self) -> Escalation | None:
        row = self.list.currentRow()
        return self.escalations[row] if 0 <= row < len(self.escalations) else None

    def _show_current(self, *_args) -> None:
        esc = self.current()
        self.steps.blockSignals(True)
        self.steps.clear()
        self.informed.clear()
        if esc is None:
            self.steps.blockSignals(False)
            return
        state = self.tr("open") if esc.is_open else self.tr("closed {when}").format(
            when=_when(esc.closed_at))
        style = f" style='color:{FLAG_COLOUR}'" if esc.is_open else ""
        self.heading.setText(self.tr(
            "<h3{style}>{flag}</h3>raised {when} · {state}").format(
                style=style, flag=name(esc.flag), when=_when(esc.raised_at), state=state))
        note = esc.reason
        if esc.closing_note:
            note += "\n\n" + self.tr("On closing: {note}").format(note=esc.closing_note)
        self.reason.setText(note)
        self.steps_label.setText(
            self.tr("<b>Protocol checklist</b> — tick each step when done") if esc.is_open
            else self.tr("<b>Protocol checklist</b>"))
        for step in esc.steps:
            detail = " · ".join(p for p in (step.role, step.when) if p)
            text = step.text + (f"  ({detail})" if detail else "")
            if step.state is StepState.DONE:
                text += self.tr("  — done {when}").format(when=_when(step.done_at))
            elif step.state is StepState.NOT_NEEDED:
                text += self.tr("  — not needed")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, step.id)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if esc.is_open:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if step.state is StepState.DONE
                               else Qt.CheckState.Unchecked)
            if step.state is StepState.NOT_NEEDED:
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
            self.steps.addItem(item)
        self.steps.blockSignals(False)
        for d in esc.disclosures:
            line = self.tr("{when}: {by} → {to} ({ground}). {what}").format(
                when=_when(d.shared_at), by=d.informed_by or "?", to=d.recipient,
                ground=name(d.ground), what=d.what)
            if d.acknowledged_by:
                line += self.tr(" Acknowledged by {who}.").format(who=d.acknowledged_by.rstrip("."))
            self.informed.addItem(line)
        for widget in (self.not_needed_button, self.inform_button, self.close_button):
            widget.setEnabled(esc.is_open)

    # -- changes -------------------------------------------------------------------------

    def _done(self, escalation_id: int) -> None:
        self.reload(escalation_id)
        self.changed.emit(self.case.id)

    def raise_flag(self) -> None:
        if self.case is None:
            return
        dialog = RaiseFlagDialog(self)
        try:
            if dialog.exec():
                esc = self._vault.safeguarding.raise_flag(
                    self.case.id, dialog.flag.currentData(), dialog.reason.toPlainText())
                self._done(esc.id)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Safeguarding"), error_text(exc))
        finally:
            dialog.deleteLater()

    def _set_step(self, step_id: int, state: StepState) -> None:
        esc = self.current()
        try:
            self._vault.safeguarding.set_step(esc.id, step_id, state)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Safeguarding"), error_text(exc))
        self._done(esc.id)

    def _step_ticked(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        self._set_step(item.data(Qt.ItemDataRole.UserRole),
                       StepState.DONE if done else StepState.OPEN)

    def _step_not_needed(self) -> None:
        item = self.steps.currentItem()
        if item is None:
            QMessageBox.information(self, self.tr("Safeguarding"),
                                    self.tr("Select a step of the checklist first."))
            return
        self._set_step(item.data(Qt.ItemDataRole.UserRole), StepState.NOT_NEEDED)

    def record_informed(self) -> None:
        esc = self.current()
        if esc is None:
            return
        open_roles = [s.role for s in esc.open_steps if s.role]
        dialog = DisclosureDialog(self._vault, esc.case_id, escalation_id=esc.id,
                                  role_hint=open_roles[0] if open_roles else "", parent=self)
        if dialog.exec():
            self._done(esc.id)
        dialog.deleteLater()

    def close_escalation(self) -> None:
        esc = self.current()
        if esc is None:
            return
        try:
            check_can_close(esc)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Close escalation"), error_text(exc))
            return
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("Close escalation"),
            self.tr("Closing note (what was agreed, what happens next):"))
        if not ok:
            return
        try:
            self._vault.safeguarding.close(esc.id, note)
        except Exception as exc:
            QMessageBox.warning(self, self.tr("Close escalation"), error_text(exc))
        self._done(esc.id)

    def flush(self) -> bool:
        return True

    def clear(self) -> None:
        self.case = None
        self.escalations = []
        self.list.clear()
        self.steps.clear()
        self.informed.clear()
        self.heading.clear()
        self.reason.clear()
        self.open_flags_changed.emit([])


def _red() -> QColor:
    return QColor(FLAG_COLOUR)
