"""Export a case (or statistics) as a PDF for a named audience.

The dialog shows what will be included (the audience's sections, each of
which can be left out), pseudonymises by default (real names only with a
visible warning), can encrypt the PDF, and builds it off the UI thread with
a progress bar. The export is logged in the vault only once the file is
written.

A pseudonymised case export shows its review of names beside the choices
(review.py): checked again off the UI thread whenever a choice or a decision
changes what the PDF prints, and once more for exactly the export being
written; words that look like names and are not reviewed need an explicit
"Export anyway".

The funder statistics can also be saved as the anonymous statistics file
(JSON or CSV, ``model.stats_file``) that the office adds up across counsellors.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from legato_desk.errors import ValidationError
from legato_desk.exporting import export_stats_file, finish, gather, review_of
from legato_desk.model.export import (
    DEFAULT_GROUND,
    SECTIONS,
    Audience,
    ExportRequest,
    Section,
    default_sections,
)
from legato_desk.reports.case_report import build_report
from legato_desk.ui import i18n, theme
from legato_desk.ui.export.review import NameReview
from legato_desk.ui.messages import error_text
from legato_desk.ui.widgets.passphrase import password_field
from legato_desk.ui.workers import run_task


def _tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


def audience_name(audience: Audience) -> str:
    return {
        Audience.SUPERVISION: _tr("Supervision: pseudonymised case summary"),
        Audience.CASE_CONFERENCE: _tr("Case conference: need-to-know content only"),
        Audience.OWN_FILE: _tr("Own file: what is recorded about one person"),
        Audience.STATISTICS: _tr("Funder statistics: anonymous counts, all cases"),
    }[audience]


def section_name(section: Section) -> str:
    return {
        Section.SUMMARY: _tr("Case summary"), Section.PARTICIPANTS: _tr("Participants"),
        Section.MAP: _tr("Relationship map with legend"),
        Section.KEYCLIENTS: _tr("Key-clients and the reasons for choosing them"),
        Section.TASKS: _tr("Grounding and six tasks, with progress charts"),
        Section.SESSIONS: _tr("Session summaries (facts)"),
        Section.REFLECTION: _tr("Counsellor's reflection in each session"),
        Section.SETBACKS: _tr("Setbacks"), Section.NEXT_STEPS: _tr("Next steps"),
        Section.SAFEGUARDING: _tr("Safeguarding flags and escalations"),
        Section.SHARING: _tr("Information shared with other agencies"),
        Section.PERSON: _tr("What the map holds about the person"),
        Section.COUNTS: _tr("Counts of cases"),
        Section.PLAN: _tr("Intervention plan: goals, measures, last review"),
        Section.CONFERENCE: _tr("The chosen conference's record"),
    }[section]


class ExportDialog(QDialog):
    exported = Signal(str)  # the file written

    def __init__(self, vault, case_id: int | None, parent=None, *,
                 conference_id: int | None = None):
        super().__init__(parent)
        self._vault = vault
        self._case_id = case_id
        self.target: Path | None = None  # set by the file dialog (or a test)
        self.setWindowTitle(self.tr("Export PDF"))
        self.audience = QComboBox()
        self.audience.setAccessibleName(self.tr("Audience"))
        for audience in Audience:
            if audience.per_case and case_id is None:
                continue
            self.audience.addItem(audience_name(audience), audience)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person"))
        if case_id is not None:
            state = vault.maps.state(case_id)
            index = state.index_client
            if index is not None:  # the first person with a right of access; never
                # by the real name the index person may hold, only by the pseudonym
                self.person.addItem(self.tr("{pseudonym} · index client").format(
                    pseudonym=vault.cases.get(case_id).pseudonym), index.id)
            for p in state.persons:
                if not p.is_index:
                    self.person.addItem(" · ".join(filter(None, (p.name or self.tr("(no name)"),
                                                                 p.role))), p.id)
        self.conference = QComboBox()
        self.conference.setAccessibleName(self.tr("Case conference"))
        self.conference.addItem(self.tr("No conference record"), None)
        for c in vault.conferences.for_case(case_id) if case_id is not None else ():
            self.conference.addItem(self.tr("{date} (anonymous)").format(
                date=c.held_on.strftime("%d.%m.%Y")) if c.anonymous
                else c.held_on.strftime("%d.%m.%Y"), c.id)
        self.whole = QCheckBox(self.tr("&Whole case"))
        self.whole.setChecked(True)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setDate(QDate.currentDate())
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        self.whole.toggled.connect(lambda on: (self.date_from.setEnabled(not on),
                                               self.date_to.setEnabled(not on)))
        period = QHBoxLayout()
        period.addWidget(self.whole)
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.date_to)
        period.addStretch(1)
        self.sections = QListWidget()
        self.sections.setAccessibleName(self.tr("Sections to include"))
        self.session_list = QListWidget()
        self.session_list.setAccessibleName(self.tr("Sessions to include"))
        self.session_list.setMaximumHeight(120)
        if case_id is not None:
            for x in vault.sessions.list(case_id):
                # A draft is printed as one ("draft, not signed off"): say so here too.
                item = QListWidgetItem(" · ".join(filter(None, (
                    x.held_at.strftime("%d.%m.%Y %H:%M"), x.key_clients,
                    None if x.signed else self.tr("DRAFT, not signed off")))))
                if not x.signed:
                    item.setToolTip(self.tr(
                        "Not signed off yet: the PDF prints it marked as a draft that may "
                        "still change. Sign it off first, or untick it to leave it out."))
                item.setData(Qt.ItemDataRole.UserRole, x.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
                self.session_list.addItem(item)
        self.sessions_label = QLabel(self.tr("Sessions (untick one to leave it &out):"))
        self.sessions_label.setBuddy(self.session_list)
        self.all_keyclients = QCheckBox(self.tr(
            "Also list candidates and e&nded key-clients (else only the active ones)"))
        self.all_keyclients.setToolTip(self.tr(
            "Need to know: a case conference usually hears only of the key-clients "
            "working with you now."))
        self.real_names = QCheckBox(self.tr("Show &real names instead of pseudonyms"))
        self.names_warning = QLabel(self.tr(
            "Warning: this PDF will identify the persons of the case. Share it only "
            "where the law and the office allow, and keep it as safe as the vault."))
        self.names_warning.setWordWrap(True)
        theme.set_text_colour(self.names_warning, theme.ERROR, "font-weight: bold;")
        self.names_warning.hide()
        self.real_names.toggled.connect(self.names_warning.setVisible)
        self.ground = QComboBox()
        self.ground.setAccessibleName(self.tr("Ground for sharing"))
        self.ground.addItem(self.tr("Choose the ground…"), None)
        for value, text in (("consent", self.tr("Consent of the person")),
                            ("legal_duty", self.tr("Legal duty")),
                            ("acute_danger", self.tr("Acute danger"))):
            self.ground.addItem(text, value)
        self.recipient = QLineEdit()
        self.recipient.setAccessibleName(self.tr("Recipient"))
        self.recipient.setPlaceholderText(self.tr(
            "For the sharing log, e.g. the case conference at the youth welfare office"))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the PDF"))
        self.language.addItem("English", "en")
        self.language.addItem("Deutsch", "de")
        self.language.setCurrentIndex(self.language.findData(i18n.pdf_language()))
        self.encrypt = QCheckBox(self.tr("&Encrypt the PDF with a passphrase (AES-256)"))
        self.pdf_passphrase = password_field(self.tr("Passphrase for the PDF"))
        self.pdf_passphrase.setPlaceholderText(self.tr("Passphrase for the PDF (at least 8 "
                                                       "characters; tell it separately)"))
        self.pdf_passphrase.setEnabled(False)
        self.encrypt.toggled.connect(self.pdf_passphrase.setEnabled)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.progress = QProgressBar()
        self.progress.hide()
        self.names_review = NameReview(vault, case_id) if case_id is not None else None
        self._review_run = 0  # only the newest check of the names is shown
        self._review_timer = QTimer(self)
        self._review_timer.setSingleShot(True)
        self._review_timer.setInterval(300)
        self._review_timer.timeout.connect(self._check_names)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("E&xport…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.stats_file_button = QPushButton(self.tr("Save statistics &file…"))
        self.stats_file_button.setToolTip(self.tr(
            "The same counts as a JSON or CSV file, without case codes, names, texts or "
            "dates: the office adds up the files of all counsellors (legato-desk stats "
            "merge)."))
        self.stats_file_button.clicked.connect(self.save_stats_file)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)

        self.form = form = QFormLayout()
        form.addRow(self.tr("&Audience:"), self.audience)
        form.addRow(self.tr("&Person:"), self.person)
        form.addRow(self.tr("Period:"), period)
        form.addRow(self.tr("&Conference:"), self.conference)
        form.addRow(self.tr("&Ground:"), self.ground)
        form.addRow(self.tr("&Recipient:"), self.recipient)
        form.addRow(self.tr("&Language:"), self.language)
        for field in (self.audience, self.person, self.conference, self.ground, self.recipient, self.language):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        choices = QVBoxLayout()
        choices.addLayout(form)
        included = QLabel(self.tr("&Included (untick what this audience should not get):"))
        included.setBuddy(self.sections)
        choices.addWidget(included)
        choices.addWidget(self.sections, 1)
        choices.addWidget(self.all_keyclients, 0, Qt.AlignmentFlag.AlignLeft)
        choices.addWidget(self.sessions_label)
        choices.addWidget(self.session_list)
        # Check boxes as wide as their text: a click beside the text toggles nothing.
        choices.addWidget(self.real_names, 0, Qt.AlignmentFlag.AlignLeft)
        choices.addWidget(self.names_warning)
        choices.addWidget(self.encrypt, 0, Qt.AlignmentFlag.AlignLeft)
        choices.addWidget(self.pdf_passphrase)
        columns.addLayout(choices, 3)
        layout.addLayout(columns, 1)
        if self.names_review is not None:
            columns.addWidget(self.names_review, 2)
            self.names_review.decided.connect(self._check_names)
            for changed in (self.sections.itemChanged, self.session_list.itemChanged,
                            self.whole.toggled, self.date_from.dateChanged,
                            self.date_to.dateChanged, self.person.currentIndexChanged,
                            self.real_names.toggled, self.all_keyclients.toggled,
                            self.conference.currentIndexChanged,
                            self.language.currentIndexChanged):
                changed.connect(self._schedule_names_check)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        bottom = QHBoxLayout()
        bottom.addWidget(self.stats_file_button)
        bottom.addWidget(self.buttons, 1)
        layout.addLayout(bottom)
        self.audience.currentIndexChanged.connect(self._audience_changed)
        self.conference.currentIndexChanged.connect(self._conference_changed)
        if conference_id is not None:
            self.audience.setCurrentIndex(self.audience.findData(Audience.CASE_CONFERENCE))
        self._audience_changed()
        if conference_id is not None:
            self.conference.setCurrentIndex(self.conference.findData(conference_id))
        self.resize(940 if self.names_review is not None else 560, 600)

    # -- choices -------------------------------------------------------------------

    def chosen_audience(self) -> Audience:
        return self.audience.currentData()

    def _audience_changed(self) -> None:
        audience = self.chosen_audience()
        self.sections.clear()
        ticked = default_sections(audience)  # need to know: some start unticked
        for section in SECTIONS[audience]:
            item = QListWidgetItem(section_name(section))
            item.setData(Qt.ItemDataRole.UserRole, section)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if section in ticked
                               else Qt.CheckState.Unchecked)
            self.sections.addItem(item)
        self.all_keyclients.setVisible(audience is Audience.CASE_CONFERENCE)
        self.all_keyclients.setChecked(False)
        self.form.setRowVisible(self.person, audience is Audience.OWN_FILE)
        self.form.setRowVisible(self.ground, audience is Audience.CASE_CONFERENCE)
        self.form.setRowVisible(self.conference, audience is Audience.CASE_CONFERENCE
                                and self.conference.count() > 1)
        self.form.setRowVisible(self.recipient, audience.per_case)
        with_sessions = Section.SESSIONS in SECTIONS[audience] and self.session_list.count() > 0
        self.sessions_label.setVisible(with_sessions)
        self.session_list.setVisible(with_sessions)
        self.real_names.setEnabled(audience is not Audience.STATISTICS)
        self.stats_file_button.setVisible(audience is Audience.STATISTICS)
        if audience is Audience.STATISTICS:
            self.real_names.setChecked(False)
        self._conference_changed()
        self.message.clear()
        self._schedule_names_check()

    def chosen_conference(self):
        cid = self.conference.currentData()
        if cid is None or self.chosen_audience() is not Audience.CASE_CONFERENCE:
            return None
        return self._vault.conferences.get(cid)

    def _conference_changed(self, *_args) -> None:
        """Choosing a conference ticks its record; an anonymous one refuses real names."""
        chosen = self.chosen_conference()
        self.set_section(Section.CONFERENCE, chosen is not None)
        anonymous = chosen is not None and chosen.anonymous
        if anonymous:
            self.real_names.setChecked(False)
        self.real_names.setEnabled(self.chosen_audience() is not Audience.STATISTICS
                                   and not anonymous)
        self.real_names.setToolTip(self.tr(
            "This case conference is anonymous: its PDF is always pseudonymised.")
            if anonymous else "")

    def set_section(self, section: Section, included: bool) -> None:
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == section:
                item.setCheckState(Qt.CheckState.Checked if included
                                   else Qt.CheckState.Unchecked)

    def request(self) -> ExportRequest:
        return self._chosen_request().checked()

    def _chosen_request(self) -> ExportRequest:
        audience = self.chosen_audience()
        sections = frozenset(
            self.sections.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.sections.count())
            if self.sections.item(row).checkState() == Qt.CheckState.Checked)
        whole = self.whole.isChecked()
        return ExportRequest(
            audience, case_id=self._case_id if audience.per_case else None,
            person_id=self.person.currentData() if audience is Audience.OWN_FILE else None,
            date_from=None if whole else self.date_from.date().toPython(),
            date_to=None if whole else self.date_to.date().toPython(),
            sections=sections, real_names=self.real_names.isChecked(),
            excluded_sessions=frozenset(
                self.session_list.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.session_list.count())
                if self.session_list.item(row).checkState() != Qt.CheckState.Checked),
            language=self.language.currentData(),
            passphrase=self.pdf_passphrase.text() if self.encrypt.isChecked() else None,
            ground=(self.ground.currentData() if audience is Audience.CASE_CONFERENCE
                    else DEFAULT_GROUND.get(audience.value)),
            recipient=self.recipient.text(),
            all_keyclients=(audience is Audience.CASE_CONFERENCE
                            and self.all_keyclients.isChecked()),
            conference_id=(self.conference.currentData()
                           if audience is Audience.CASE_CONFERENCE
                           and Section.CONFERENCE in sections else None),
        )

    # -- the review of names -----------------------------------------------------------

    def _names_reviewed(self) -> bool:
        """Whether the export chosen is one whose names are reviewed: pseudonymised, of a case."""
        return (self.names_review is not None and self.chosen_audience().per_case
                and not self.real_names.isChecked())

    def _schedule_names_check(self, *_args) -> None:
        if self.names_review is None:
            return
        self.names_review.setVisible(self._names_reviewed())
        if self._names_reviewed():
            self.names_review.set_checking()
            self._review_timer.start()

    def _check_names(self, *_args) -> None:
        """Check the names of the export as chosen now (the ground, recipient and
        passphrase change nothing the PDF prints, so they need not be chosen yet)."""
        self._review_timer.stop()
        if not self._names_reviewed():
            return
        self._review_run += 1
        run = self._review_run
        try:
            chosen = self._chosen_request()
            request = dataclasses.replace(
                chosen, passphrase=None, recipient="",
                ground=(chosen.ground or "consent") if chosen.audience is
                Audience.CASE_CONFERENCE else chosen.ground).checked()
            data = gather(self._vault, request)
        except Exception as exc:
            self.names_review.show_problem(error_text(exc))
            return
        self.names_review.set_checking()
        run_task(self, lambda: review_of(data, request),
                 lambda found: self._names_checked(run, found),
                 lambda exc: self._names_check_failed(run, exc))

    def _names_checked(self, run: int, found) -> None:
        if run == self._review_run and self._names_reviewed():
            self.names_review.show_review(found)

    def _names_check_failed(self, run: int, exc: BaseException) -> None:
        if run == self._review_run:
            self.names_review.show_problem(error_text(exc))

    def _export_anyway(self, words: list[str]) -> bool:
        """Ask before words that look like names leave unreviewed."""
        shown = ", ".join(words[:12]) + (", …" if len(words) > 12 else "")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Names not reviewed"), self.tr(
            "%n word(s) that look like names are left unreviewed: {words}. "
            "Export anyway?", "", len(words)).format(words=shown), parent=self)
        anyway = box.addButton(self.tr("Export &anyway"), QMessageBox.ButtonRole.AcceptRole)
        anyway.setObjectName("export_anyway")
        back = box.addButton(self.tr("&Review them first"), QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("review_first")
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        return box.clickedButton() is anyway

    # -- exporting -------------------------------------------------------------------

    def start_export(self) -> None:
        try:
            request = self.request()
            if self.encrypt.isChecked() and not self.pdf_passphrase.text():
                raise ValidationError("Enter the passphrase for the PDF.")
            data = gather(self._vault, request)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        if request.real_names or not request.audience.per_case:
            self._write(request, data)
            return
        # The names of exactly this export, checked once more: the review shown may
        # be a moment old, and a decision since may have changed it.
        self._review_timer.stop()
        self._review_run += 1
        self._set_busy(True)
        run_task(self, lambda: review_of(data, request),
                 lambda found: self._reviewed(request, data, found), self._failed)

    def _reviewed(self, request: ExportRequest, data, found) -> None:
        self._set_busy(False)
        if self.names_review is not None:
            self.names_review.show_review(found)
        if found.unreviewed and not self._export_anyway(found.unreviewed):
            self.message.setText(self.tr(
                "Not exported: decide for each word in the list, then export again."))
            return
        self._write(request, data)

    def _write(self, request: ExportRequest, data) -> None:
        """Ask where the PDF goes (unless a test set it), then build it off the UI thread."""
        if self.target is None:
            suggested = f"{request.audience.value}.pdf"
            if data.case is not None:
                suggested = f"{data.case.code}-{request.audience.value}.pdf"
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the PDF"), str(Path.home() / suggested),
                self.tr("PDF documents (*.pdf)"))
            if not path:
                return
            self.target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
        self._set_busy(True)
        run_task(self, lambda report: build_report(data, request, progress=report),
                 lambda pdf: self._finish(request, pdf), self._failed,
                 on_progress=self._show_progress)

    def save_stats_file(self) -> None:
        """The anonymous statistics file of the chosen period instead of the PDF
        (small: written at once). Asks where it goes unless a test set ``target``."""
        try:
            request = dataclasses.replace(self.request(), passphrase=None)
        except Exception as exc:
            self.message.setText(error_text(exc))
            return
        if self.target is None:
            as_json, as_csv = self.tr("JSON files (*.json)"), self.tr("CSV files (*.csv)")
            path, chosen = QFileDialog.getSaveFileName(
                self, self.tr("Save the statistics file"),
                str(Path.home() / "statistics.json"), f"{as_json};;{as_csv}")
            if not path:
                return
            if not path.lower().endswith((".json", ".csv")):
                path += ".csv" if chosen == as_csv else ".json"
            self.target = Path(path)
        try:
            export_stats_file(self._vault, request, self.target)
        except Exception as exc:
            self._failed(exc)
            return
        self.exported.emit(str(self.target))
        self.accept()

    def _show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self, request: ExportRequest, pdf: bytes) -> None:
        try:
            finish(self._vault, request, pdf, self.target)
        except Exception as exc:
            self._failed(exc)
            return
        self._set_busy(False)
        self.exported.emit(str(self.target))
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.target = None
        self.message.setText(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        self.export_button.setEnabled(not busy)
        self.stats_file_button.setEnabled(not busy)
        self.sections.setEnabled(not busy)
        if self.names_review is not None:
            self.names_review.set_busy(busy)
