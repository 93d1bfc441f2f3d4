"""Record one interview in steps: the case, the person, what happened, what was seen, consent
per recipient, evidence files, and a plain review before anything is stored.

The dialog only collects; :mod:`fieldmon.vault.testimony` writes the same records the full case
editor writes (with generated ids, never shown) and stores them. Nothing is stored until Finish.

Typing survives anything: while anything changes, the case as it would be with what has been
typed so far is kept as the case's encrypted draft (every second while typing, on every change
of step, and when the app locks or quits: :meth:`TestimonyDialog.shut_down`). After a crash the
draft is listed as recovered work and opens in the full editor, even for a case never stored.
Finish stores the case, which deletes its draft; Cancel discards the draft.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from fieldmon.errors import FieldMonError
from fieldmon.resources import vocabulary
from fieldmon.vault import files, ids, metadata
from fieldmon.vault.metadata import MetadataReport
from fieldmon.vault.store import InvalidCase, Vault
from fieldmon.vault.testimony import (
    NOT_ASKED,
    ActStep,
    CaseStep,
    EventStep,
    EvidenceFile,
    InterviewStep,
    Perpetrator,
    PersonStep,
    Stored,
    Testimony,
    TestimonyIncomplete,
    apply_testimony,
    draft_case,
    is_date,
    new_case,
    store_testimony,
    taken_references,
)
from ui import file_dialogs, i18n
from ui.events import add_remove_row
from ui.evidence import cannot_strip_note, metadata_summary
from ui.pickers import CodeListPicker, SearchableCombo, country_names, language_names
from ui.workers import run_in_background, wait_for_all

# Roles a person giving a testimony usually has; the full editor offers every role.
INTERVIEWEE_ROLES = ("victim", "witness", "relative", "applicant", "source", "other")
OTHER_PERSON = "__other__"
# While anything changes, the draft is written at this interval (a single-shot timer started by
# the first change and not restarted by later ones, so continuous typing is kept every second).
DRAFT_INTERVAL_MS = 1000


def vocab_items(name: str) -> list[tuple[str, str]]:
    """The codes of a vocabulary with their labels in the interface language."""
    return [(t.code, t.label(i18n.current())) for t in vocabulary(name).terms]


def fill(combo: QComboBox, items: list[tuple[str | None, str]]) -> None:
    """Replace a combo's items, keeping the chosen one (by its data) where it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for code, label in items:
        combo.addItem(label, code)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, index))
    combo.blockSignals(False)


def text_of(widget: QLineEdit | QPlainTextEdit) -> str | None:
    """What was typed, stripped; None when nothing was."""
    value = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
    return value.strip() or None


def names_in(widget: QLineEdit) -> list[str]:
    """A comma-separated list typed in one line."""
    return [n.strip() for n in widget.text().split(",") if n.strip()]


def scrolled(page: QWizardPage, content: QWidget) -> None:
    """Put a page's content in a scroll area, so every field is reachable on a small screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(area)
    page.scroll_area = area  # type: ignore[attr-defined]


class StepPage(QWizardPage):
    """A step with a line for its plain problem message, shown before Next.

    Emits :attr:`changed` when anything typed or chosen on it changes (see :meth:`watch`).
    """

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.content = QWidget()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020; font-weight: bold;")
        self.problem.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.problem.hide()
        outer = QVBoxLayout(self.content)
        outer.addWidget(self.problem)
        outer.addLayout(self.form)
        self.outer = outer
        scrolled(self, self.content)

    def watch(self, root: QWidget) -> None:
        """Emit :attr:`changed` when anything typed or chosen in root (or under it) changes.

        Each widget is connected once, however often it is watched; choices relabelled on a
        language change do not count (their signals are blocked while they are refilled).
        """

        def emit(*_: object) -> None:
            self.changed.emit()

        for widget in [root, *root.findChildren(QWidget)]:
            if widget.property("fieldmonWatched"):
                continue
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.textChanged.connect(emit)
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(emit)
                if isinstance(widget, SearchableCombo):
                    widget.unmatched.connect(self._unmatched)
            elif isinstance(widget, QCheckBox | QRadioButton):
                widget.toggled.connect(emit)
            elif isinstance(widget, QListWidget):
                widget.itemChanged.connect(emit)
                widget.currentRowChanged.connect(emit)
            elif isinstance(widget, CodeListPicker):
                widget.changed.connect(emit)
            else:
                continue
            widget.setProperty("fieldmonWatched", True)

    def _unmatched(self, text: str, containing: int) -> None:
        """A country or language typed that names nothing in the list: say so on the page."""
        # Translated in this class's context whichever page subclass runs it.
        if containing:
            message = QCoreApplication.translate(
                "StepPage", "Several names contain “%1”; choose one from the list."
            )
        else:
            message = QCoreApplication.translate(
                "StepPage", "No name contains “%1”; type part of a name and choose from the list."
            )
        self.show_problem(message.replace("%1", text))

    def wizard_(self) -> TestimonyDialog:
        wizard = self.wizard()
        assert isinstance(wizard, TestimonyDialog)
        return wizard

    def show_problem(self, message: str | None, widget: QWidget | None = None) -> bool:
        """Show message (or hide the line when None); return whether the page may be left."""
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))
        if message:
            self.problem.setAccessibleName(message)
            area: QScrollArea = self.scroll_area  # type: ignore[attr-defined]
            area.ensureWidgetVisible(widget or self.problem)
            if widget is not None:
                widget.setFocus()
        return not message

    def check(self) -> tuple[str, QWidget | None] | None:
        """The first problem of this step and the widget to fix, or None."""
        return None

    def validatePage(self) -> bool:
        found = self.check()
        return self.show_problem(*found) if found else self.show_problem(None)

    def retranslate(self) -> None:
        """Set every label in the interface language.

        Each step calls :func:`ui.i18n.follow_language` at the end of its ``__init__``, once
        its labels exist: that calls this now and on every language change.
        """


def date_problem(edit: QLineEdit) -> tuple[str, QWidget] | None:
    """What is wrong with the date typed in ``edit``, with ``edit`` as the widget to fix; None
    if it is empty or a date."""
    value = edit.text().strip()
    if value and not is_date(value):
        return QCoreApplication.translate(
            "StepPage", "Write the date as 09.01.2026, 01.2026, 2026 or 2026-01-09T14:20."
        ), edit
    return None


def date_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText("09.01.2026")
    edit.setMaximumWidth(300)
    return edit


# -- 1. the case ---------------------------------------------------------------------------


class CasePage(StepPage):
    def __init__(self, vault: Vault, reference: str | None) -> None:
        super().__init__()
        self.setObjectName("casePage")
        self.new_radio = QRadioButton()
        self.new_radio.setObjectName("newCaseChoice")
        self.existing_radio = QRadioButton()
        self.existing_radio.setObjectName("existingCaseChoice")
        self.title_label = QLabel()
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("caseTitle")
        self.state_label = QLabel()
        self.state = SearchableCombo()
        self.state.setObjectName("respondentState")
        self.cases = QListWidget()
        self.cases.setObjectName("existingCases")
        self.cases.setMinimumHeight(120)
        for summary in vault.list_cases():
            item = QListWidgetItem(f"{summary.reference} — {summary.title}")
            item.setData(Qt.ItemDataRole.UserRole, summary.reference)
            self.cases.addItem(item)
            if summary.reference == reference:
                self.cases.setCurrentItem(item)
        self.form.addRow(self.new_radio)
        self.form.addRow(self.title_label, self.title_edit)
        self.form.addRow(self.state_label, self.state)
        self.form.addRow(self.existing_radio)
        self.form.addRow(self.cases)
        self.new_radio.toggled.connect(self._mode)
        self.cases.itemClicked.connect(lambda _: self.existing_radio.setChecked(True))
        self.existing_radio.setEnabled(self.cases.count() > 0)
        (
            self.existing_radio if reference and self.cases.currentItem() else self.new_radio
        ).setChecked(True)
        self._mode()
        i18n.follow_language(self)

    def _mode(self) -> None:
        new = self.new_radio.isChecked()
        for widget in (self.title_edit, self.state, self.title_label, self.state_label):
            widget.setEnabled(new)

    def retranslate(self) -> None:
        self.setTitle(self.tr("1. The case"))
        self.setSubTitle(self.tr("Start a new case, or add this testimony to one you have."))
        self.new_radio.setText(self.tr("Start a new case"))
        self.existing_radio.setText(self.tr("Add to a case already in the vault"))
        self.title_label.setText(self.tr("Short title"))
        self.title_edit.setPlaceholderText(self.tr("e.g. Journalist beaten in police custody"))
        self.state_label.setText(self.tr("State responsible"))
        self.state.setToolTip(self.tr("The State an application would be made against."))
        self.state.set_options(list(country_names(i18n.current())), self.state.currentData())
        self.state.setAccessibleName(self.tr("State responsible"))
        self.cases.setAccessibleName(self.tr("Cases in the vault"))

    def reference(self) -> str | None:
        """The existing case chosen, or None for a new case."""
        if self.new_radio.isChecked():
            return None
        item = self.cases.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def case_step(self) -> CaseStep:
        return CaseStep(self.title_edit.text().strip(), self.state.currentData())

    def check(self) -> tuple[str, QWidget | None] | None:
        if self.new_radio.isChecked() and not self.title_edit.text().strip():
            return self.tr("Give the case a short title."), self.title_edit
        reference = self.reference()
        if self.existing_radio.isChecked() and reference is None:
            return self.tr("Choose the case to add the testimony to."), self.cases
        if reference is not None and self.wizard_().has_unsaved_edits(reference):
            return (
                self.tr(
                    "Case %1 has edits that are not saved yet. Save or discard them in the case"
                    " first, or start a new case."
                ).replace("%1", reference),
                self.cases,
            )
        return None

    def validatePage(self) -> bool:
        ok = super().validatePage()
        if ok:
            self.wizard_().case_chosen()
        return ok


# -- 2. the person -------------------------------------------------------------------------


class PersonPage(StepPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("personPage")
        self.who_label = QLabel()
        self.who = QComboBox()
        self.who.setObjectName("whoIsInterviewed")
        self.who.currentIndexChanged.connect(self._who)
        self.labels = [QLabel() for _ in range(7)]
        self.name = QLineEdit()
        self.name.setObjectName("personName")
        self.other_names = QLineEdit()
        self.other_names.setObjectName("otherNames")
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        self.birth_date = date_edit("birthDate")
        self.nationality = CodeListPicker()
        self.occupation = QLineEdit()
        self.occupation.setObjectName("occupation")
        self.roles_box = QWidget()
        grid = QGridLayout(self.roles_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.roles: dict[str, QCheckBox] = {}
        for i, code in enumerate(INTERVIEWEE_ROLES):
            box = QCheckBox()
            box.setObjectName(f"role_{code}")
            self.roles[code] = box
            grid.addWidget(box, i // 3, i % 3)
        self.form.addRow(self.who_label, self.who)
        widgets = (
            self.name,
            self.other_names,
            self.sex,
            self.birth_date,
            self.nationality,
            self.occupation,
            self.roles_box,
        )
        for label, widget in zip(self.labels, widgets, strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.outer.addStretch(1)
        self.persons: list[tuple[str, str]] = []
        i18n.follow_language(self)
        self.set_persons([])

    def set_persons(self, persons: list[tuple[str, str]]) -> None:
        """Offer persons already in the chosen case (id, name); their ids are never shown."""
        self.persons = persons
        self.retranslate()
        visible = bool(persons)
        self.who.setVisible(visible)
        self.who_label.setVisible(visible)

    def _who(self) -> None:
        new = self.who.currentData() is None
        for widget in (
            self.name,
            self.other_names,
            self.sex,
            self.birth_date,
            self.nationality,
            self.occupation,
        ):
            widget.setEnabled(new)

    def retranslate(self) -> None:
        self.setTitle(self.tr("2. The person"))
        self.setSubTitle(self.tr("Who gives this testimony. Only the name is required."))
        self.who_label.setText(self.tr("Who is interviewed"))
        fill(self.who, [(None, self.tr("Someone not yet in this case")), *self.persons])
        texts = (
            self.tr("&Name or pseudonym"),
            self.tr("Other spellings"),
            self.tr("Sex"),
            self.tr("Date of birth"),
            self.tr("Nationality"),
            self.tr("Occupation"),
            self.tr("This person is"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.other_names.setPlaceholderText(self.tr("Separate spellings with commas"))
        self.birth_date.setPlaceholderText(self.tr("e.g. 1990 or 1990-04"))
        fill(self.sex, [(None, self.tr("Not recorded")), *vocab_items("sexes")])
        self.nationality.set_names(
            "nationality",
            self.tr("Nationality"),
            self.tr("Remove"),
            self.tr("Remove the selected nationality"),
        )
        self.nationality.set_options(list(country_names(i18n.current())), self.nationality.codes())
        for code, role in vocab_items("roles"):
            if code in self.roles:
                self.roles[code].setText(role)
        self.name.setAccessibleName(self.tr("Name or pseudonym"))

    def person_step(self) -> PersonStep:
        roles = [code for code, box in self.roles.items() if box.isChecked()]
        existing = self.who.currentData()
        if existing is not None:
            return PersonStep(existing=str(existing), roles=roles)
        return PersonStep(
            name=self.name.text().strip(),
            other_names=names_in(self.other_names),
            sex=self.sex.currentData(),
            birth_date=text_of(self.birth_date),
            nationality=self.nationality.codes(),
            occupation=text_of(self.occupation),
            roles=roles,
        )

    def display_name(self) -> str:
        existing = self.who.currentData()
        if existing is not None:
            return self.who.currentText()
        return self.name.text().strip()

    def check(self) -> tuple[str, QWidget | None] | None:
        if self.who.currentData() is None:
            if not self.name.text().strip():
                return self.tr("Give the person's name or a pseudonym."), self.name
            problem = date_problem(self.birth_date)
            if problem:
                return problem
        if not any(box.isChecked() for box in self.roles.values()):
            return self.tr("Tick what this person is: a victim, a witness, or other."), self.roles[
                "victim"
            ]
        return None


# -- 3. what happened ----------------------------------------------------------------------


class ActBox(QGroupBox):
    """One act: what was done, to whom, when, where, and by whom if known."""

    removed = Signal(object)

    def __init__(self, number: int, persons: list[tuple[str, str]]) -> None:
        super().__init__()
        self.number = number
        self.persons = persons
        self.setObjectName(f"act{number}")
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels = [QLabel() for _ in range(8)]
        self.type = QComboBox()
        self.type.setObjectName("actType")
        self.victim = QComboBox()
        self.victim.setObjectName("actVictim")
        self.victim.currentIndexChanged.connect(self._victim)
        self.victim_name = QLineEdit()
        self.victim_name.setObjectName("actVictimName")
        self.start = date_edit("actDate")
        self.location_type = QComboBox()
        self.location_type.setObjectName("actPlaceType")
        self.methods = QListWidget()
        self.methods.setObjectName("actMethods")
        self.methods.setMaximumHeight(96)
        self.methods.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.description = QPlainTextEdit()
        self.description.setObjectName("actDescription")
        self.description.setMaximumHeight(72)
        perpetrator = QWidget()
        row = QHBoxLayout(perpetrator)
        row.setContentsMargins(0, 0, 0, 0)
        self.perpetrator = QLineEdit()
        self.perpetrator.setObjectName("perpetratorName")
        self.perpetrator_type = QComboBox()
        self.perpetrator_type.setObjectName("perpetratorType")
        row.addWidget(self.perpetrator, 3)
        row.addWidget(self.perpetrator_type, 2)
        widgets: tuple[QWidget, ...] = (
            self.type,
            self.victim,
            self.victim_name,
            self.start,
            self.location_type,
            self.methods,
            self.description,
            perpetrator,
        )
        for label, widget in zip(self.labels, widgets, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeAct")
        self.remove_button.clicked.connect(lambda: self.removed.emit(self))
        form.addRow(self.remove_button)
        self.form = form
        self.retranslate()
        self._victim()

    def _victim(self) -> None:
        other = self.victim.currentData() == OTHER_PERSON
        self.victim_name.setVisible(other)
        self.form.labelForField(self.victim_name).setVisible(other)

    def retranslate(self) -> None:
        self.setTitle(self.tr("What was done (%1)").replace("%1", str(self.number)))
        texts = (
            self.tr("What was done"),
            self.tr("To whom"),
            self.tr("Their name"),
            self.tr("When"),
            self.tr("Kind of place"),
            self.tr("Methods"),
            self.tr("Description"),
            self.tr("By whom, if known"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        fill(self.type, [(None, self.tr("Choose…")), *vocab_items("act_types")])
        fill(
            self.victim,
            [
                (None, self.tr("The person interviewed")),
                *self.persons,
                (OTHER_PERSON, self.tr("Someone else…")),
            ],
        )
        fill(self.location_type, [(None, self.tr("Not recorded")), *vocab_items("location_types")])
        fill(
            self.perpetrator_type,
            [(None, self.tr("Kind not known")), *vocab_items("perpetrator_types")],
        )
        checked = self.checked_methods()
        self.methods.clear()
        for code, method in vocab_items("torture_methods"):
            item = QListWidgetItem(method)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if code in checked else Qt.CheckState.Unchecked
            )
            self.methods.addItem(item)
        self.methods.setAccessibleName(self.tr("Methods"))
        self.start.setPlaceholderText(self.tr("e.g. 09.01.2026 or 09.01.2026 14:20"))
        self.perpetrator.setPlaceholderText(self.tr("Name or description, e.g. 'Officer A'"))
        self.remove_button.setText(self.tr("Remove this act"))

    def checked_methods(self) -> list[str]:
        out: list[str] = []
        for i in range(self.methods.count()):
            item = self.methods.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def act_step(self) -> ActStep:
        victim = self.victim.currentData()
        name = self.perpetrator.text().strip()
        return ActStep(
            type=str(self.type.currentData() or ""),
            start=text_of(self.start),
            location_type=self.location_type.currentData(),
            methods=self.checked_methods(),
            description=text_of(self.description),
            victim=None if victim in (None, OTHER_PERSON) else str(victim),
            victim_name=self.victim_name.text() if victim == OTHER_PERSON else None,
            perpetrators=[Perpetrator(name, perpetrator_type=self.perpetrator_type.currentData())]
            if name
            else [],
        )


class EventPage(StepPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("eventPage")
        self.skip = QCheckBox()
        self.skip.setObjectName("noEvent")
        self.skip.toggled.connect(self._skip)
        self.labels = [QLabel() for _ in range(4)]
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("eventTitle")
        self.start = date_edit("eventDate")
        self.place = QLineEdit()
        self.place.setObjectName("eventPlace")
        self.description = QPlainTextEdit()
        self.description.setObjectName("eventDescription")
        self.description.setMaximumHeight(80)
        self.form.addRow(self.skip)
        for label, widget in zip(
            self.labels, (self.title_edit, self.start, self.place, self.description), strict=True
        ):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.acts_area = QVBoxLayout()
        self.outer.addLayout(self.acts_area)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addAct")
        self.add_button.clicked.connect(self.add_act)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.outer.addLayout(add_row)
        self.outer.addStretch(1)
        self.acts: list[ActBox] = []
        self.persons: list[tuple[str, str]] = []
        self.add_act()
        i18n.follow_language(self)

    def set_persons(self, persons: list[tuple[str, str]]) -> None:
        self.persons = persons
        for box in self.acts:
            box.persons = persons
            box.retranslate()

    def add_act(self) -> ActBox:
        box = ActBox(len(self.acts) + 1, self.persons)
        box.removed.connect(self.remove_act)
        self.acts.append(box)
        self.acts_area.addWidget(box)
        self._renumber()
        box.setEnabled(not self.skip.isChecked())
        self.watch(box)
        return box

    def remove_act(self, box: ActBox) -> None:
        if len(self.acts) <= 1:
            return
        self.acts.remove(box)
        box.deleteLater()
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        for number, box in enumerate(self.acts, 1):
            box.number = number
            box.retranslate()
            box.remove_button.setVisible(len(self.acts) > 1)

    def _skip(self) -> None:
        on = not self.skip.isChecked()
        for widget in (self.title_edit, self.start, self.place, self.description, self.add_button):
            widget.setEnabled(on)
        for box in self.acts:
            box.setEnabled(on)

    def retranslate(self) -> None:
        self.setTitle(self.tr("3. What happened"))
        self.setSubTitle(
            self.tr(
                "The event and what was done. Dates may be as precise as is known: 01.2026 or 2026."
            )
        )
        self.skip.setText(self.tr("Nothing to add here: the event is already in the case"))
        texts = (
            self.tr("In a few words"),
            self.tr("When"),
            self.tr("Where"),
            self.tr("What happened"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.title_edit.setPlaceholderText(self.tr("e.g. Detained at a protest and beaten"))
        self.add_button.setText(self.tr("Add another act"))
        for box in self.acts:
            box.retranslate()

    def event_step(self, every_act: bool = False) -> EventStep | None:
        """What happened; acts whose kind is not chosen are left out unless every_act (for a
        draft, which keeps what was typed about them)."""
        if self.skip.isChecked():
            return None
        return EventStep(
            title=self.title_edit.text().strip(),
            start=text_of(self.start),
            place=text_of(self.place),
            description=text_of(self.description),
            acts=[box.act_step() for box in self.acts if every_act or box.type.currentData()],
        )

    def check(self) -> tuple[str, QWidget | None] | None:
        if self.skip.isChecked():
            return None
        if not self.title_edit.text().strip():
            return self.tr("Say in a few words what happened."), self.title_edit
        problem = date_problem(self.start)
        if problem:
            return problem
        for box in self.acts:
            if box.type.currentData() is None:
                if len(self.acts) == 1 and not box.act_step().description:
                    continue  # an event may be recorded without acts
                return self.tr("Choose what was done to the person."), box.type
            problem = date_problem(box.start)
            if problem:
                return problem
            if box.victim.currentData() == OTHER_PERSON and not box.victim_name.text().strip():
                return self.tr("Give the name of the person it was done to."), box.victim_name
        return None


# -- 4. the interview ----------------------------------------------------------------------


class InterviewPage(StepPage):
    def __init__(self, monitor: str) -> None:
        super().__init__()
        self.setObjectName("interviewPage")
        self.labels = [QLabel() for _ in range(8)]
        self.date = date_edit("interviewDate")
        self.place = QLineEdit()
        self.place.setObjectName("interviewPlace")
        self.language = SearchableCombo()
        self.language.setObjectName("interviewLanguage")
        self.interviewers = QLineEdit(monitor)
        self.interviewers.setObjectName("interviewers")
        self.interpreter = QLineEdit()
        self.interpreter.setObjectName("interpreter")
        self.present = QLineEdit()
        self.present.setObjectName("present")
        self.restrictions = QLineEdit()
        self.restrictions.setObjectName("restrictions")
        self.narrative = QPlainTextEdit()
        self.narrative.setObjectName("narrative")
        self.narrative.setMinimumHeight(160)
        widgets = (
            self.date,
            self.place,
            self.language,
            self.interviewers,
            self.interpreter,
            self.present,
            self.restrictions,
        )
        for label, widget in zip(self.labels, widgets, strict=False):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        self.labels[7].setBuddy(self.narrative)
        self.outer.addWidget(self.labels[7])
        self.outer.addWidget(self.narrative, 1)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.setTitle(self.tr("4. What was seen and said"))
        self.setSubTitle(self.tr("The interview, and the account in the person's own words."))
        texts = (
            self.tr("Date of the interview"),
            self.tr("Where it took place"),
            self.tr("Language spoken"),
            self.tr("Interviewed by"),
            self.tr("Interpreter"),
            self.tr("Also present"),
            self.tr("Conditions"),
            self.tr("&What the person saw and said"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.language.set_options(list(language_names(i18n.current())), self.language.currentData())
        self.language.setAccessibleName(self.tr("Language spoken"))
        self.interviewers.setPlaceholderText(self.tr("Separate names with commas"))
        self.interpreter.setPlaceholderText(self.tr("None"))
        self.present.setPlaceholderText(self.tr("Anyone else in the room, separated by commas"))
        self.restrictions.setPlaceholderText(
            self.tr("e.g. short visit, guard within earshot, person in pain")
        )
        self.narrative.setAccessibleName(self.tr("What the person saw and said"))

    def interview_step(self) -> InterviewStep:
        return InterviewStep(
            date=text_of(self.date),
            place=text_of(self.place),
            language=self.language.currentData(),
            interviewers=names_in(self.interviewers),
            interpreter=text_of(self.interpreter),
            present=names_in(self.present),
            restrictions=text_of(self.restrictions),
            narrative=text_of(self.narrative),
        )

    def check(self) -> tuple[str, QWidget | None] | None:
        problem = date_problem(self.date)
        if problem:
            return problem
        if not self.narrative.toPlainText().strip():
            return self.tr("Write down what the person saw and said."), self.narrative
        return None


# -- 5. consent ----------------------------------------------------------------------------


class ConsentPage(StepPage):
    def __init__(self, monitor: str) -> None:
        super().__init__()
        self.setObjectName("consentPage")
        self.monitor = monitor
        self.explanation = QLabel()
        self.explanation.setObjectName("consentExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.outer.insertWidget(1, self.explanation)
        self.outer.insertSpacing(2, 8)
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        self.combos: dict[str, QComboBox] = {}
        self.recipient_labels: dict[str, QLabel] = {}
        for row, code in enumerate(vocabulary("recipients").codes):
            combo = QComboBox()
            combo.setObjectName(f"consent_{code}")
            combo.setMinimumWidth(200)
            label = QLabel()
            label.setBuddy(combo)
            self.combos[code] = combo
            self.recipient_labels[code] = label
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
        self.outer.insertLayout(3, grid)
        self.date_label = QLabel()
        self.date = date_edit("consentDate")
        self.date_label.setBuddy(self.date)
        self.explained = QCheckBox()
        self.explained.setObjectName("consentExplained")
        self.form.addRow(self.date_label, self.date)
        self.form.addRow(self.explained)
        self.transmission_note = QLabel()
        self.transmission_note.setObjectName("consentTransmissionNote")
        self.transmission_note.setWordWrap(True)
        self.outer.addWidget(self.transmission_note)
        self.outer.addStretch(1)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.setTitle(self.tr("5. Consent"))
        self.transmission_note.setText(
            self.tr(
                "Every recipient passes the dossier to the State concerned: the Court"
                " communicates applications to the Government, and UN mandates transmit"
                " communications to it. For un-srt and wgad, record the person's consent to that"
                " transmission."
            )
            + " "
            + self.tr("After this testimony is stored, record it under Consents in the case.")
        )
        self.setSubTitle(
            self.tr("Ask the person, for each body, how they may be named. Nothing is assumed.")
        )
        levels = dict(vocab_items("identity_levels"))
        lines = [
            (self.tr("Not asked"), self.tr("nothing is recorded for this body.")),
            (levels["full_name"], self.tr("the person may be named in full.")),
            (levels["initials"], self.tr("only their initials are shown.")),
            (levels["pseudonym"], self.tr("they appear as 'Person A', never by name.")),
            (levels["none"], self.tr("they are not mentioned at all.")),
        ]
        self.explanation.setText(
            "<br>".join(f"<b>{html.escape(name)}</b>: {html.escape(text)}" for name, text in lines)
        )
        items: list[tuple[str | None, str]] = [(NOT_ASKED, self.tr("Not asked"))]
        items += vocab_items("identity_levels")
        for code, label in vocab_items("recipients"):
            self.recipient_labels[code].setText(label)
            fill(self.combos[code], items)
            self.combos[code].setAccessibleName(label)
        self.date_label.setText(self.tr("Date consent was given"))
        self.explained.setText(self.tr("What each choice means was explained to the person"))

    def asked(self) -> dict[str, str]:
        return {
            code: str(combo.currentData())
            for code, combo in self.combos.items()
            if combo.currentData() != NOT_ASKED
        }

    def check(self) -> tuple[str, QWidget | None] | None:
        return date_problem(self.date)


# -- 6. evidence ---------------------------------------------------------------------------


class EvidencePage(StepPage):
    """The files of the interview, each with what its metadata tells (place, device, person, or
    "not checked") in the words of the evidence panel, and a copy without metadata chosen
    wherever one can be made."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("evidencePage")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("evidenceFiles")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        # Rows as tall as their wrapped text at the width the column finally gets (the
        # description was cut when rows were sized before the page was shown).
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.setMinimumHeight(140)
        self.outer.addWidget(self.table, 1)
        row, self.add_button, self.remove_button = add_remove_row(
            ("addFiles", self.choose_files), ("removeFile", self.remove_selected)
        )
        self.outer.addLayout(row)
        self.outer.addStretch(0)
        self.paths: list[Path] = []
        self.kinds: list[QComboBox] = []
        self.reports: list[MetadataReport] = []
        self.copies: list[QCheckBox] = []
        """Per file: keep a copy without metadata (enabled only where one can be made)."""
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.setTitle(self.tr("6. Evidence"))
        self.setSubTitle(
            self.tr("Photos, documents or recordings from this interview. You may add none.")
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("What it is"),
                self.tr("What the file itself records"),
                self.tr("Copy for dossiers"),
            ]
        )
        self.table.setAccessibleName(self.tr("Files to store"))
        self.add_button.setText(self.tr("&Add files…"))
        self.remove_button.setText(self.tr("&Remove"))
        for combo in self.kinds:
            fill(combo, [(None, self.tr("Not said")), *vocab_items("source_types")])
        for row in range(len(self.paths)):
            self._describe(row)

    def metadata_text(self, row: int) -> str:
        """What file row records, in the words of the evidence panel's question."""
        return metadata_summary(self.reports[row], self.paths[row].name)

    def _describe(self, row: int) -> None:
        report = self.reports[row]
        text = self.metadata_text(row)
        cell = QTableWidgetItem(("⚠ " if report.sensitive or not report.checked else "") + text)
        cell.setToolTip(text)
        self.table.setItem(row, 2, cell)
        box = self.copies[row]
        box.setText(QCoreApplication.translate("MetadataDialog", "Keep a copy without metadata"))
        box.setAccessibleName(
            QCoreApplication.translate("MetadataDialog", "Keep a copy without metadata")
            + ": "
            + self.paths[row].name
        )
        box.setToolTip("" if report.can_strip else cannot_strip_note())
        self.table.resizeRowToContents(row)

    def choose_files(self) -> None:
        paths = file_dialogs.open_files(self, self.tr("Add files"))
        self.add_files([Path(p) for p in paths])

    def add_files(self, paths: list[Path]) -> None:
        """List files to store (each once), guessing photographs by their name, and say what
        each one's metadata tells (read now, with `fieldmon.vault.metadata.inspect`)."""
        for path in paths:
            if path in self.paths or not path.is_file():
                continue
            try:
                kind = files.media_type(files.read_head(path), path.name)
                report = metadata.inspect(path, kind)
            except OSError:
                report = MetadataReport("application/octet-stream", checked=False)
            self.paths.append(path)
            self.reports.append(report)
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(path.name))
            combo = QComboBox()
            combo.setObjectName("evidenceKind")
            fill(combo, [(None, self.tr("Not said")), *vocab_items("source_types")])
            if path.suffix.lower() in {".jpg", ".jpeg", ".png", ".heic", ".webp", ".tif"}:
                combo.setCurrentIndex(combo.findData("photograph"))
            self.kinds.append(combo)
            self.table.setCellWidget(row, 1, combo)
            box = QCheckBox()
            box.setObjectName("keepCopy")
            box.setChecked(report.can_strip)  # preselected wherever a copy can be made
            box.setEnabled(report.can_strip)
            self.copies.append(box)
            self.table.setCellWidget(row, 3, box)
            self._describe(row)
            self.watch(combo)
            self.watch(box)
            self.changed.emit()
        self.table.setColumnWidth(1, max(220, self.table.columnWidth(1)))

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.paths):
            self.table.removeRow(row)
            del self.paths[row]
            del self.kinds[row]
            del self.reports[row]
            del self.copies[row]
            self.changed.emit()

    def files(self) -> list[EvidenceFile]:
        return [
            EvidenceFile(
                path,
                source_type=combo.currentData(),
                strip_metadata=box.isEnabled() and box.isChecked(),
            )
            for path, combo, box in zip(self.paths, self.kinds, self.copies, strict=True)
        ]


# -- 7. review -----------------------------------------------------------------------------


class ReviewPage(StepPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("reviewPage")
        self.summary = QTextBrowser()
        self.summary.setObjectName("summary")
        self.summary.setMinimumHeight(200)
        self.outer.addWidget(self.summary, 1)
        self.progress = QProgressBar()
        self.progress.setObjectName("storeProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("storeStatus")
        self.status.setWordWrap(True)
        self.outer.addWidget(self.progress)
        self.outer.addWidget(self.status)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.setTitle(self.tr("7. Review"))
        self.setSubTitle(self.tr("Read it through. Finish stores it in the vault."))
        self.summary.setAccessibleName(self.tr("Summary"))
        self.progress.setAccessibleName(self.tr("Storing"))
        wizard = self.wizard()
        if isinstance(wizard, TestimonyDialog) and wizard.currentPage() is self:
            self.redraw()  # the summary is written in the interface language

    def redraw(self) -> None:
        self.summary.setHtml(self.wizard_().summary_html())

    def initializePage(self) -> None:
        self.redraw()


# -- the dialog ----------------------------------------------------------------------------


class TestimonyDialog(QWizard):
    """Record one interview in steps, then store it as ordinary records of a case.

    :param vault: the open vault.
    :param parent: the window it belongs to.
    :param reference: a case to add to (preselected on the first step); None for a new case.

    Emits :attr:`stored` with the case reference once the records (and files) are stored.

    What is typed is kept as the encrypted draft of the case (:meth:`save_draft`): every
    :data:`DRAFT_INTERVAL_MS` while anything changes, on every change of step, and in
    :meth:`shut_down`, which the window calls before the vault closes (lock, quit).
    """

    __test__ = False  # not a pytest test class, despite its name

    stored = Signal(str)

    def __init__(
        self, vault: Vault, parent: QWidget | None = None, reference: str | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setObjectName("testimonyDialog")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.busy = False
        self.result_: Stored | None = None
        monitor = vault.actor
        self.case_page = CasePage(vault, reference)
        self.person_page = PersonPage()
        self.event_page = EventPage()
        self.interview_page = InterviewPage(monitor)
        self.consent_page = ConsentPage(monitor)
        self.evidence_page = EvidencePage()
        self.review_page = ReviewPage()
        self.steps: list[StepPage] = [
            self.case_page,
            self.person_page,
            self.event_page,
            self.interview_page,
            self.consent_page,
            self.evidence_page,
            self.review_page,
        ]
        for page in self.steps:
            self.addPage(page)
        # A new case gets this UUID when stored, so its drafts are kept under it from the start.
        self.case_id = ids.new_case_id()
        # The existing case chosen and checked for unsaved edits (on leaving the first step).
        self.base: tuple[str, dict[str, Any]] | None = None
        self.drafted: set[str] = set()  # the cases whose draft this dialog wrote
        self.taken: list[str] | None = None  # references a new case may not take
        self.dirty = False  # changed since the last draft
        self.closed_ = False  # finished, cancelled or shut down: no more drafts
        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        for page in self.steps:
            page.watch(page.content)
            page.changed.connect(self._changed)
        self.currentIdChanged.connect(self._step_changed)
        self.pristine = self.snapshot()
        i18n.follow_language(self)
        screen = (
            parent.screen() if parent is not None else None
        ) or QGuiApplication.primaryScreen()
        self.fit_to(screen.availableGeometry())

    def fit_to(self, available: QRect) -> None:
        """Size the dialog to fit the available screen area (long pages scroll)."""
        width = min(920, max(480, available.width() - 40))
        height = min(700, max(400, available.height() - 40))
        self.setMaximumSize(available.size())
        self.resize(width, height)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New testimony"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Store the testimony"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    # -- what was collected ----------------------------------------------------------------

    def case_chosen(self) -> None:
        """Offer the persons of the chosen case (by name) on the later steps."""
        reference = self.case_page.reference()
        persons: list[tuple[str, str]] = []
        if reference is not None:
            case = self.vault.get_case(reference)
            self.base = (reference, case)
            persons = [(str(p["id"]), str(p["name"])) for p in case.get("persons", [])]
        if persons != self.person_page.persons:
            self.person_page.set_persons(persons)
            self.event_page.set_persons(persons)

    def has_unsaved_edits(self, reference: str) -> bool:
        """Whether the case has a draft this dialog did not write: edits not saved in the full
        editor, which storing the testimony would discard without a word.

        Asked once, when the case is chosen (leaving the first step); at Finish any draft of the
        case is the dialog's own, and storing the case replaces it.
        """
        case_id = self.vault.case_uuid(reference)
        return case_id not in self.drafted and self.vault.draft(case_id) is not None

    def testimony(self, draft: bool = False) -> Testimony:
        """What the steps hold; for a draft, also acts whose kind is not chosen yet."""
        interview = self.interview_page.interview_step()
        return Testimony(
            person=self.person_page.person_step(),
            event=self.event_page.event_step(every_act=draft),
            interview=interview,
            consents=self.consent_page.asked(),
            consent_date=text_of(self.consent_page.date),
            consent_explained=True if self.consent_page.explained.isChecked() else None,
            recorded_by=(interview.interviewers or [self.vault.actor])[0],
            evidence=self.evidence_page.files(),
        )

    def snapshot(self) -> list[Any]:
        """Everything typed or chosen, to tell whether Cancel would lose something."""
        out: list[Any] = []
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit) and widget.parent() is not None:
                if not isinstance(widget.parent(), QComboBox):
                    out.append(widget.text())
            elif isinstance(widget, QPlainTextEdit):
                out.append(widget.toPlainText())
            elif isinstance(widget, QComboBox):
                out.append(widget.currentData())
            elif isinstance(widget, QCheckBox | QRadioButton):
                out.append(widget.isChecked())
        out.append(self.case_page.reference())
        out.append(self.person_page.nationality.codes())
        out.append([box.checked_methods() for box in self.event_page.acts])
        out.append(list(self.evidence_page.paths))
        return out

    def has_input(self) -> bool:
        """Whether anything was typed or chosen since the dialog opened."""
        return self.snapshot() != self.pristine

    def summary_html(self) -> str:
        """A plain-language account of what Finish will store."""
        e = html.escape
        lang = i18n.current()
        t = self.testimony()
        parts: list[str] = []
        reference = self.case_page.reference()
        if reference is None:
            parts.append(
                "<p>"
                + e(
                    self.tr("A new case: %1.").replace(
                        "%1", self.case_page.title_edit.text().strip()
                    )
                )
                + "</p>"
            )
        else:
            parts.append("<p>" + e(self.tr("Added to case %1.").replace("%1", reference)) + "</p>")
        person = self.person_page.display_name()
        roles = ", ".join(vocabulary("roles").label(r, lang) for r in t.person.roles)
        parts.append(
            "<h3>" + e(self.tr("The person")) + "</h3><p>" + e(f"{person} ({roles})") + "</p>"
        )
        if t.event is not None:
            when = f" — {t.event.start}" if t.event.start else ""
            parts.append(
                "<h3>" + e(self.tr("What happened")) + "</h3><p>" + e(t.event.title + when) + "</p>"
            )
            items = []
            for act, box in zip(
                t.event.acts, [b for b in self.event_page.acts if b.type.currentData()], strict=True
            ):
                label = vocabulary("act_types").label(act.type, lang)
                whom = (
                    box.victim.currentText()
                    if act.victim or act.victim_name is None
                    else act.victim_name
                )
                if act.victim is None and act.victim_name is None:
                    whom = person
                items.append(
                    f"<li>{e(label)}: {e(whom)}"
                    + (f", {e(act.start)}" if act.start else "")
                    + "</li>"
                )
            if items:
                parts.append("<ul>" + "".join(items) + "</ul>")
        iv = t.interview
        parts.append("<h3>" + e(self.tr("What was seen and said")) + "</h3>")
        if iv.date:
            parts.append("<p>" + e(self.tr("Interview of %1.").replace("%1", iv.date)) + "</p>")
        narrative = iv.narrative or ""
        short = narrative if len(narrative) <= 400 else narrative[:400] + "…"
        parts.append("<p><i>" + e(short) + "</i></p>")
        parts.append("<h3>" + e(self.tr("Consent")) + "</h3>")
        if t.consents:
            items = [
                f"<li>{e(vocabulary('recipients').label(r, lang))}: "
                f"{e(vocabulary('identity_levels').label(level, lang))}</li>"
                for r, level in t.consents.items()
            ]
            parts.append("<ul>" + "".join(items) + "</ul>")
            parts.append(
                "<p>"
                + e(self.tr("Every other body: not asked, so no consent is recorded."))
                + "</p>"
            )
        else:
            parts.append("<p>" + e(self.tr("No body was asked: no consent is recorded.")) + "</p>")
        parts.append("<h3>" + e(self.tr("Evidence")) + "</h3>")
        if t.evidence:
            items = []
            page = self.evidence_page
            for row, f in enumerate(t.evidence):
                said = page.metadata_text(row) if row < len(page.reports) else f.path.name
                if f.strip_metadata:
                    said += " " + self.tr("A copy without metadata is kept for dossiers.")
                items.append(f"<li>{e(said)}</li>")
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append("<p>" + e(self.tr("No files.")) + "</p>")
        return "".join(parts)

    # -- drafts ----------------------------------------------------------------------------

    def _changed(self) -> None:
        if self.busy or self.closed_:
            return
        self.dirty = True
        if not self.draft_timer.isActive():
            # Not restarted by later keystrokes: continuous typing is kept every interval.
            self.draft_timer.start()

    def _step_changed(self, _id: int) -> None:
        self.save_draft()

    def draft_document(self) -> dict[str, Any] | None:
        """The case as it would be with what has been typed so far (valid or not).

        :return: the new case (under :attr:`case_id`, titled "New testimony" until a title is
            typed) or the existing case chosen, with the testimony's records written in as far
            as they go; None while an existing case is chosen but not yet checked for unsaved
            edits of its own.
        """
        reference = self.case_page.reference()
        if reference is None:
            if self.taken is None:
                self.taken = taken_references(self.vault, self.case_id)
            title = self.case_page.title_edit.text().strip() or self.tr("New testimony")
            step = CaseStep(title, self.case_page.state.currentData())
            case = new_case(step, self.taken, case_id=self.case_id)
        elif self.base is not None and self.base[0] == reference:
            case = self.base[1]
        else:
            return None
        return draft_case(case, self.testimony(draft=True))

    def save_draft(self) -> None:
        """Keep what has been typed as the encrypted draft of its case, if anything changed.

        When nothing is typed any more, or the testimony now goes into another case, the drafts
        this dialog wrote before are discarded (after the new one is written).
        """
        self.draft_timer.stop()
        if not self.dirty or self.busy or self.closed_ or not self.vault.is_open:
            return
        self.dirty = False
        if not self.has_input():
            self._discard_drafts()
            return
        try:
            document = self.draft_document()
            if document is None:
                return  # the last draft stays until the case chosen is checked
            self.vault.save_draft(document)
        except FieldMonError as error:  # kept for the next change; never a lost keystroke
            self.dirty = True
            self.review_page.status.setText("⚠ " + str(error))
            return
        case_id = str(document["id"])
        self.drafted.add(case_id)
        self._discard_drafts(keep=case_id)

    def _discard_drafts(self, keep: str | None = None) -> None:
        """Discard the drafts this dialog wrote (but keep's)."""
        if not self.vault.is_open:
            return
        for case_id in sorted(self.drafted - {keep}):
            self.vault.discard_draft(case_id)
            self.drafted.discard(case_id)

    def shut_down(self) -> None:
        """The vault is about to close (lock, quit): keep what was typed as a draft, and close
        the dialog without asking. The draft is offered as recovered work when the vault is
        opened again. Nothing happens once the dialog is finished or cancelled. When Finish is
        storing the testimony, that is waited for, so the vault never closes under it.
        """
        if self.closed_:
            return
        if self.busy:
            wait_for_all()  # its outcome arrives later, once the vault is closed: see _stored
        self.save_draft()
        self.closed_ = True
        self.draft_timer.stop()
        self.done(QWizard.DialogCode.Rejected)

    # -- finish and cancel -----------------------------------------------------------------

    def _page_of(self, step: str) -> StepPage:
        return {
            "case": self.case_page,
            "person": self.person_page,
            "event": self.event_page,
            "interview": self.interview_page,
            "consent": self.consent_page,
            "evidence": self.evidence_page,
        }.get(step, self.review_page)

    def accept(self) -> None:
        """Check everything, then store in the background; the dialog closes when stored."""
        if self.busy:
            return
        testimony = self.testimony()
        reference = self.case_page.reference()
        case_step = None if reference is not None else self.case_page.case_step()
        try:
            if reference is not None:
                document = self.vault.get_case(reference)
            else:
                assert case_step is not None
                document = new_case(
                    case_step, taken_references(self.vault, self.case_id), case_id=self.case_id
                )
            apply_testimony(document, testimony)
        except TestimonyIncomplete as problem:
            page = self._page_of(problem.step)
            while self.currentPage() is not page and self.currentId() > 0:
                self.back()
            page.show_problem(str(problem))
            return
        except InvalidCase as invalid:
            self.review_page.status.setText("⚠ " + invalid.problem.plain())
            return
        except FieldMonError as error:
            self.review_page.status.setText("⚠ " + str(error))
            return
        self.busy = True
        self.draft_timer.stop()
        for button in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(False)
        self.review_page.progress.show()
        self.review_page.status.setText(self.tr("Storing the testimony…"))
        vault = self.vault
        case_id = self.case_id

        def work(progress: Any) -> Stored:
            # The case was checked for unsaved edits when chosen; any draft of it now is this
            # dialog's own, which storing the case deletes.
            return store_testimony(
                vault,
                testimony,
                reference=reference,
                case=case_step,
                case_id=case_id,
                check_draft=False,
                progress=progress,
            )

        run_in_background(work, self._stored, self._failed, self._progress)

    def _progress(self, name: str) -> None:
        self.review_page.status.setText(self.tr("Storing %1…").replace("%1", name))

    def _stored(self, result: Stored) -> None:
        self.closed_ = True  # storing the case deleted its draft; no more are written
        self.busy = False
        if not self.vault.is_open:  # locked meanwhile (shut_down): nothing to show or refresh
            super().accept()
            return
        self._discard_drafts()  # one of a case it no longer went into, if any
        self.result_ = result
        self.review_page.progress.hide()
        self.stored.emit(result.reference)
        if result.failed:
            lines = "\n".join(f"{path.name}: {why}" for path, why in result.failed)
            QMessageBox.warning(
                self,
                self.tr("Some files were not stored"),
                self.tr(
                    "The testimony is stored in %1, but these files are not; add them from the"
                    " case's evidence tab:"
                ).replace("%1", result.reference)
                + "\n\n"
                + lines,
            )
        super().accept()

    def _failed(self, message: str) -> None:
        self.busy = False
        if self.closed_:  # shut down meanwhile: the draft holds what was typed
            return
        self.review_page.progress.hide()
        self.review_page.status.setText("⚠ " + message)
        for button in (
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CancelButton,
        ):
            self.button(button).setEnabled(True)
        if self.dirty:
            self.draft_timer.start()

    def reject(self) -> None:
        """Cancel stores nothing and discards the draft; ask first when something was typed."""
        if self.busy:
            return
        if self.closed_:  # stored, or shut down with its draft kept for recovery
            super().reject()
            return
        if self.has_input():
            answer = QMessageBox.question(
                self,
                self.tr("Discard this testimony?"),
                self.tr("Nothing has been stored yet. Close and lose what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self.closed_ = True
        self.draft_timer.stop()
        self._discard_drafts()
        super().reject()
