"""All candidates side by side: one column each, best first, every criterion a row.

The order and the reasons come from ``model.keyclients.compare``; this view
only words and colours them. No score is shown: the first rows say in words
why a candidate stands where they stand, the criterion rows show each
rating, and unknown ratings are marked as gaps to find out about.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from legato_desk.model.keyclients import Candidate, Criterion, Standing, Tier, merit
from legato_desk.ui import theme
from legato_desk.ui.keyclients import labels

# Cell tints, (light palette, dark palette): green in favour, red against, yellow unknown.
GOOD = ("#dcefdc", "#1f3d25")
BAD = ("#f6d8d4", "#4a2320")
GAP = ("#fbefc9", "#4a3d12")
_REASON_ROWS = 3  # place, strengths and concerns, to find out


class ComparisonView(QWidget):
    candidate_activated = Signal(int)  # a candidate id, from a double click

    def __init__(self, parent=None):
        super().__init__(parent)
        self.intro = QLabel(self.tr(
            "Best first: being chosen by the index client decides, then similarity, "
            "credibility and resilience, then the rest; risks count against. Yellow: "
            "unknown, to find out. Point at a rating for its evidence; double-click "
            "a column to open the candidate."))
        self.intro.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Comparison of candidates"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectColumns)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setMinimumSectionSize(150)
        self.table.verticalHeader().setMaximumWidth(260)
        self.table.cellActivated.connect(self._activated)  # double-click or Enter
        self.empty = QLabel(self.tr(
            "No candidates yet. Mark persons of the map as candidates to compare them."))
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self._order: list[int] = []

    def show_comparison(self, standings: list[Standing], candidates: dict[int, Candidate],
                        names: dict[int, str], short: dict[int, str] | None = None) -> None:
        """``names`` maps a candidate id to how they are called; ``short`` to a short form."""
        short = short or names
        self._order = [s.candidate_id for s in standings]
        self.empty.setVisible(not standings)
        self.table.setVisible(bool(standings))
        rows = [self.tr("Place"), self.tr("Reasons"), self.tr("Gaps")]
        rows += [self._criterion_header(c) for c in Criterion]
        self.table.clear()
        self.table.setRowCount(len(rows))
        self.table.setColumnCount(len(standings))
        self.table.setVerticalHeaderLabels(rows)
        for row, c in enumerate(Criterion, start=_REASON_ROWS):
            head = self.table.verticalHeaderItem(row)
            head.setToolTip(labels.criterion_hint(c))
            if c.tier is Tier.DECIDING:
                font = head.font()
                font.setBold(True)
                head.setFont(font)
        for col, s in enumerate(standings):
            cand = candidates[s.candidate_id]
            title = self.tr("{rank}. {name}").format(rank=s.rank, name=names[s.candidate_id])
            if cand.is_keyclient:
                title += "\n" + self.tr("key-client · {status}").format(
                    status=labels.status_name(cand.status).lower())
            head = QTableWidgetItem(title)
            self.table.setHorizontalHeaderItem(col, head)
            following = standings[col + 1] if col + 1 < len(standings) else None
            next_name = short[following.candidate_id] if following else None
            place = labels.place_text(s, next_name) or (
                self.tr("Only candidate.") if len(standings) == 1 else self.tr("Last."))
            self._set(0, col, place)
            self._set(1, col, labels.strengths_text(s) + "\n" + labels.concerns_text(s))
            gaps = self._set(2, col, labels.gaps_count_text(s))
            gaps.setToolTip(labels.gaps_text(s))
            if s.gaps:
                _paint(gaps, GAP)
            for row, c in enumerate(Criterion, start=_REASON_ROWS):
                self._criterion_cell(row, col, c, cand)
        self.table.resizeRowsToContents()

    def _criterion_header(self, c: Criterion) -> str:
        name = labels.criterion_name(c)
        return self.tr("{name} (risk)").format(name=name) if c.is_risk else name

    def _set(self, row: int, col: int, text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.table.setItem(row, col, item)
        return item

    def _criterion_cell(self, row: int, col: int, c: Criterion, cand: Candidate) -> None:
        a = cand.assessments.get(c)
        level = a.level if a else None
        evidence = a.evidence if a else ""
        text = labels.level_name(level) if level is not None else self.tr("? to find out")
        if evidence:
            text = self.tr("{level} · note").format(level=text)
        item = self._set(row, col, text)
        item.setToolTip(evidence or self.tr("No evidence noted."))
        m = merit(c, level)
        if level is None:
            _paint(item, GAP)
        elif m > 0:
            _paint(item, GOOD)
        elif m < 0:
            _paint(item, BAD)

    def _activated(self, _row: int, col: int) -> None:
        if 0 <= col < len(self._order):
            self.candidate_activated.emit(self._order[col])

    def column_of(self, candidate_id: int) -> int:
        return self._order.index(candidate_id)


def _paint(item: QTableWidgetItem, tint: tuple[str, str]) -> None:
    """A tinted cell: light with dark text, or dark with light text on a dark palette."""
    dark = theme.is_dark(QApplication.palette())
    item.setBackground(QBrush(QColor(tint[1 if dark else 0])))
    item.setForeground(QBrush(QColor("#ececec" if dark else "#1d1d1d")))
