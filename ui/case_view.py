"""One case: its records in tabs, saved as drafts while typing, stored, sealed and exported."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldmon.errors import FieldMonError, NotFound
from fieldmon.exchange import card as cards
from fieldmon.exchange import hq, purge
from fieldmon.exchange.text import render_case
from fieldmon.resources import vocabulary
from fieldmon.vault.model import CASE, RECORD_TYPES
from fieldmon.vault.store import InvalidCase, Vault
from ui import i18n
from ui.case_text import case_text_words
from ui.events import EventsPage
from ui.evidence import EvidencePanel
from ui.forms import RecordForm, RecordListEditor, reference_choices
from ui.labels import custody_action, record_label
from ui.problems import show_problems
from ui.sections import SectionTabs
from ui.time_limit_bar import TimeLimitBar
from ui.workers import run_in_background

# While text changes, the draft is written at this interval (not after a pause in typing, which
# continuous typing never makes): a kill loses at most this much typing plus one write.
DRAFT_INTERVAL_MS = 1000
_STEP = re.compile(r"([A-Za-z_]+)(?:\[([^\]]+)\])?")
# The tabs of "Remedies and interventions": the complaints and what was done about them, then
# the Rule 39 request, the WGAD category analyses and the judgments under execution (issue 14).
REMEDY_TABS = ("remedies", "violations", "interventions", "interim", "wgad_categories", "judgments")


class CaseView(QWidget):
    """Edits one case document in place; the vault only changes on Save (drafts aside)."""

    stored = Signal(str)
    export_requested = Signal(str)
    sealed = Signal(str)
    send_requested = Signal(str)
    purge_requested = Signal(str)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.case: dict[str, Any] | None = None
        self.dirty = False
        self.setObjectName("caseView")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setObjectName("caseHeading")
        self.heading.setWordWrap(True)
        top.addWidget(self.heading, 1)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCase")
        self.save_button.clicked.connect(self.save)
        self.seal_button = QPushButton()
        self.seal_button.setObjectName("sealCase")
        self.seal_button.clicked.connect(self.seal)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportDossier")
        self.export_button.clicked.connect(self._export)
        # Headquarters (issue 15): send the case, or purge it once a receipt covers it.
        self.hq_button = QPushButton()
        self.hq_button.setObjectName("caseHeadquarters")
        self.hq_menu = QMenu(self.hq_button)
        self.hq_menu.setToolTipsVisible(True)
        self.send_action = QAction(self)
        self.send_action.setObjectName("sendCase")
        self.send_action.triggered.connect(self._send)
        self.purge_action = QAction(self)
        self.purge_action.setObjectName("purgeCase")
        self.purge_action.triggered.connect(self._purge)
        self.hq_menu.addAction(self.send_action)
        self.hq_menu.addAction(self.purge_action)
        self.hq_button.setMenu(self.hq_menu)
        self.hq_button.hide()
        self._purge_reason: str | None = None
        for button in (self.save_button, self.seal_button, self.export_button, self.hq_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.recovered = RecoveredBar()
        self.recovered.discard.clicked.connect(self.discard_recovered)
        layout.addWidget(self.recovered)
        # A complaint's time limit for the Court expired or close: recomputed on every edit.
        self.time_limit = TimeLimitBar()
        layout.addWidget(self.time_limit)
        self.status = QLabel()
        self.status.setObjectName("caseStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status_text: Callable[[], str] | None = None
        layout.addWidget(self.status)

        self.tabs = SectionTabs()
        self.tabs.setObjectName("caseTabs")
        layout.addWidget(self.tabs, 1)
        self.overview = RecordForm(CASE, self.choices)
        self.overview.changed.connect(self._changed)
        self.editors: dict[str, RecordListEditor] = {}
        self.tabs.addTab(self.overview, "")
        self._add_editor("persons", self.tabs)
        self.events_page = EventsPage(self.choices)
        self.events_page.changed.connect(self._changed)
        self.tabs.addTab(self.events_page, "")
        for name in ("interviews", "consents", "medical"):
            self._add_editor(name, self.tabs)
        self.evidence_editor = RecordListEditor(RECORD_TYPES["evidence"], self.choices)
        self.evidence_editor.changed.connect(self._changed)
        self.evidence_editor.removed.connect(self._reload_events)
        self.editors["evidence"] = self.evidence_editor
        self.evidence_files = EvidencePanel(vault, save_first=self._save_if_dirty)
        self.evidence_files.message.connect(self.set_status)
        self.evidence_files.stored.connect(self._evidence_stored)
        self.evidence_editor.list.currentRowChanged.connect(self._evidence_selected)
        evidence_tab = QSplitter(Qt.Orientation.Vertical)
        evidence_tab.addWidget(self.evidence_editor)
        evidence_tab.addWidget(self.evidence_files)
        self.tabs.addTab(evidence_tab, "")
        self.remedies_tabs = QTabWidget()
        self.remedies_tabs.setObjectName("remediesTabs")
        self.remedies_tabs.setUsesScrollButtons(True)
        for name in REMEDY_TABS:
            self._add_editor(name, self.remedies_tabs)
        self.tabs.addTab(self.remedies_tabs, "")
        # Only the newest removal of the case can be undone (see RecordListEditor.forget_undo).
        self._undo_sizes: dict[int, int] = {}
        for each in self._list_editors():
            each.removed.connect(self._removal_made)
        self.events_page.removed.connect(self._forget_every_undo)
        self.history = HistoryPanel(vault)
        self.tabs.addTab(self.history, "")

        self.draft_timer = QTimer(self)
        self.draft_timer.setSingleShot(True)
        self.draft_timer.setInterval(DRAFT_INTERVAL_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        i18n.follow_language(self)
        self.setEnabled(False)

    def _add_editor(self, name: str, tabs: QTabWidget | SectionTabs) -> None:
        editor = RecordListEditor(RECORD_TYPES[name], self.choices)
        editor.changed.connect(self._changed)
        # Removing a person removes the acts that need them: the events page shows them too.
        editor.removed.connect(self._reload_events)
        self.editors[name] = editor
        tabs.addTab(editor, "")

    def retranslate(self) -> None:
        # Alt+S opens the Settings menu; Save keeps Ctrl+S and takes Alt+V.
        self.save_button.setText(self.tr("Sa&ve"))
        self.save_button.setAccessibleName(self.tr("Save the case"))
        self.seal_button.setText(self.tr("S&eal"))
        self.seal_button.setAccessibleName(self.tr("Seal the case as a new version"))
        self.export_button.setText(self.tr("E&xport dossier…"))
        self.export_button.setAccessibleName(self.tr("Export a signed dossier"))
        self.hq_button.setText(self.tr("Headquarters"))
        self.hq_button.setAccessibleName(self.tr("Send to headquarters or purge"))
        self.send_action.setText(self.tr("Send to headquarters…"))
        self.purge_action.setText(self.tr("Purge from this laptop…"))
        self._purge_tooltip()
        titles = [
            self.tr("Overview"),
            record_label("persons"),
            self.tr("Events and acts"),
            record_label("interviews"),
            record_label("consents"),
            self.tr("Medical"),
            record_label("evidence"),
            self.tr("Remedies and interventions"),
            self.tr("History and custody"),
        ]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.tabs.nav.setAccessibleName(self.tr("Parts of the case"))
        for i, name in enumerate(REMEDY_TABS):
            self.remedies_tabs.setTabText(i, record_label(name))
        self._show_heading()
        self.recovered.retranslate()
        if self._status_text is not None:
            self.status.setText(self._status_text())

    def set_status(self, text: Callable[[], str] | str) -> None:
        """Show a line under the heading; a callable is asked again after a language switch.

        Messages from the core (errors) arrive as plain strings and stay as they are.
        """
        self._status_text = text if callable(text) else (lambda: text)
        self.status.setText(self._status_text())

    # -- loading -------------------------------------------------------------------------

    def open_case(self, reference: str) -> None:
        """Open a stored case; unsaved work kept as a draft is restored, and said so."""
        try:
            case = self.vault.view_case(reference)
        except NotFound:
            # A case begun (in the testimony flow, say) and never stored: only its draft exists.
            unstored = [(c, at) for c, at in self.vault.drafts() if c.get("reference") == reference]
            if not unstored:
                raise
            case = unstored[-1][0]
        draft = self.vault.draft(str(case["id"]))
        self.dirty = False
        if draft is not None:
            # Never ask "continue?" with a No that throws typing away: restore, then offer.
            case = draft[0]
            self.dirty = True
            self.recovered.show_for(draft[1])
        else:
            self.recovered.hide()
        self.set_status("")
        self.load(case)

    def discard_recovered(self) -> None:
        """Drop the recovered draft and show the case as last stored."""
        if self.case is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Discard recovered work"),
            self.tr("Throw away the recovered changes and go back to the case as last saved?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.draft_timer.stop()
        self.vault.discard_draft(str(self.case["id"]))
        self.recovered.hide()
        try:
            self.load(self.vault.get_case(str(self.case["reference"])), dirty=False)
        except NotFound:  # never stored: nothing is left of it
            self.close_case()
        self.set_status(lambda: self.tr("Recovered changes discarded."))

    def close_case(self) -> None:
        """Show no case (after the only copy of an unstored case was discarded, or a purge):
        every field emptied, not only greyed out, since what stays on screen can be read by
        whoever takes the laptop."""
        self.draft_timer.stop()
        self.case = None
        self.dirty = False
        self.overview.load(None)
        for editor in self.editors.values():
            editor.load(None)
        self.events_page.load(None)
        self.history.load(None)
        self.setEnabled(False)
        self._show_heading()
        self.time_limit.show_for(None)

    def load(self, case: dict[str, Any], dirty: bool | None = None) -> None:
        self.case = case
        if dirty is not None:
            self.dirty = dirty
        self.setEnabled(True)
        self.overview.load(case)
        for editor in self.editors.values():
            editor.load(case)
        self.events_page.load(case)
        self.history.load(case.get("reference"))
        self._evidence_selected(self.evidence_editor.list.currentRow())
        self._show_heading()
        self.time_limit.show_for(case)
        self.update_exchange_actions()

    def update_exchange_actions(self) -> None:
        """Offer sending and purging on a monitor's laptop with an organisation card; purging
        only when fieldmon.exchange.purge allows it, saying why not otherwise."""
        offered = (
            self.case is not None
            and self.vault.is_open
            and not hq.is_hq(self.vault)
            and cards.installed_card(self.vault) is not None
        )
        self.hq_button.setVisible(offered)
        if not offered or self.case is None:
            return
        try:
            self._purge_reason = purge.purgeable(self.vault, str(self.case["reference"]))
        except FieldMonError as error:
            self._purge_reason = str(error)
        self._purge_tooltip()

    def _purge_tooltip(self) -> None:
        self.purge_action.setEnabled(self._purge_reason is None)
        self.purge_action.setToolTip(
            self._purge_reason
            or self.tr("Headquarters' receipt covers the newest version: it may be purged.")
        )

    def _send(self) -> None:
        if self.case is None or (self.dirty and not self.save()):
            return
        self.send_requested.emit(str(self.case["reference"]))

    def _purge(self) -> None:
        if self.case is not None and self._purge_reason is None:
            self.purge_requested.emit(str(self.case["reference"]))

    def choices(self, name: str) -> list[tuple[str, str]]:
        """Records of a type anywhere in the case, for reference fields: (id, label)."""
        return reference_choices(self.case, name)

    # -- editing -------------------------------------------------------------------------

    def _changed(self) -> None:
        self.dirty = True
        if not self.draft_timer.isActive():
            # Not restarted by later keystrokes: continuous typing is saved every interval.
            self.draft_timer.start()
        self._show_heading()
        self.time_limit.show_for(self.case)
        self.set_status(lambda: self.tr("Unsaved changes (kept as an encrypted draft)."))

    def save_draft(self) -> None:
        """Write what is typed as the case's encrypted draft (valid or not)."""
        if self.case is not None and self.dirty:
            self.vault.save_draft(self.case)

    def shut_down(self) -> None:
        """Keep what was typed before the vault closes, and stop the draft timer."""
        self.draft_timer.stop()
        self.save_draft()

    def save(self) -> bool:
        if self.case is None:
            return True
        try:
            self.vault.store_cases([self.case])
        except InvalidCase as error:
            self.set_status("⚠ " + show_problems(self, error.problems))
            return False
        except FieldMonError as error:
            self.set_status(str(error))
            return False
        show_problems(self, [])  # clear what an earlier save reported
        self.dirty = False
        self.draft_timer.stop()
        self.recovered.hide()
        self.set_status(lambda: self.tr("Saved."))
        self.history.load(self.case.get("reference"))
        self._show_heading()
        self.update_exchange_actions()
        self.stored.emit(str(self.case["reference"]))
        return True

    def reveal_record(self, record_type: str, record_id: str) -> bool:
        """Show the record of ``record_type`` with ``record_id`` (a search hit, for example).

        :return: whether the record was found in the open case.
        """
        if self.case is None:
            return False
        if record_type == "cases" or not record_id:
            self.tabs.setCurrentWidget(self.overview)
            return True
        path = _path_to(self.case, record_type, record_id)
        if path is None:
            return False
        self._select_path(path)
        return True

    def _select_path(self, path: str) -> None:
        """Open the section and select the records along ``path`` (``events[e1].acts[a1]``,
        as :func:`_path_to` writes it)."""
        steps = [(m.group(1), m.group(2)) for m in _STEP.finditer(path)]
        first, index = steps[0]
        if first == "events":
            self.tabs.setCurrentWidget(self.events_page)
            self.events_page.select_path(steps)
            return
        editor = self.editors.get(first)
        if editor is None:
            return
        self._reveal(editor)
        if index is not None:
            editor.select_id(index)
        for name, child_index in steps[1:]:
            if name not in editor.child_editors:
                return
            editor = editor.child_editors[name]
            if editor.owner is not None:  # its tab among the parent record's children
                editor.owner.child_tabs.setCurrentWidget(editor)
            if child_index is not None:
                editor.select_id(child_index)

    def _reveal(self, editor: RecordListEditor) -> None:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is not None and (page is editor or page.isAncestorOf(editor)):
                self.tabs.setCurrentIndex(i)
        if self.remedies_tabs.isAncestorOf(editor):
            self.remedies_tabs.setCurrentWidget(editor)

    def seal(self) -> None:
        """Seal the open case off the GUI thread (where a timestamp authority is set, sealing
        waits for its answer, up to seconds); ``sealed`` is emitted when it is done."""
        if self.case is None or (self.dirty and not self.save()):
            return
        reference = str(self.case["reference"])
        self.set_status(lambda: self.tr("Sealing…"))
        run_in_background(
            lambda _progress: self.vault.seal(reference),
            lambda result: self._sealed(reference, *result),
            self.set_status,
        )

    def _sealed(self, reference: str, version: Any, new: bool) -> None:
        number = str(version.version)
        if not new:
            self.set_status(
                lambda: self.tr("Nothing changed since version %1.").replace("%1", number)
            )
        elif version.timestamp_problem:
            problem = str(version.timestamp_problem)
            self.set_status(
                lambda: (
                    self.tr("Sealed as version %1, without a timestamp: %2")
                    .replace("%1", number)
                    .replace("%2", problem)
                )
            )
        else:
            self.set_status(lambda: self.tr("Sealed as version %1.").replace("%1", number))
        if self.case is not None and self.case.get("reference") == reference:
            self.history.load(reference)
            self._show_heading()
            self.update_exchange_actions()
        self.sealed.emit(reference)

    def _export(self) -> None:
        if self.case is None or (self.dirty and not self.save()):
            return
        self.export_requested.emit(str(self.case["reference"]))

    def _evidence_selected(self, row: int) -> None:
        records = self.evidence_editor.records
        record = records[row] if 0 <= row < len(records) else None
        reference = str(self.case["reference"]) if self.case else None
        self.evidence_files.show_record(reference, record.get("id") if record else None)

    def _list_editors(self) -> list[RecordListEditor]:
        found: list[RecordListEditor] = []
        pending = list(self.editors.values())
        while pending:
            editor = pending.pop()
            found.append(editor)
            pending.extend(editor.child_editors.values())
        return found

    def _removal_made(self) -> None:
        """A removal (or an undo) in one list: keep undo only where the newest removal is."""
        editors = self._list_editors()
        grown = [e for e in editors if len(e.undo_stack) > self._undo_sizes.get(id(e), 0)]
        if grown:
            for editor in editors:
                if editor not in grown:
                    editor.forget_undo()
        self._undo_sizes = {id(e): len(e.undo_stack) for e in editors}

    def _forget_every_undo(self) -> None:
        for editor in self._list_editors():
            editor.forget_undo()
        self._undo_sizes = {}

    def _reload_events(self) -> None:
        if self.case is not None:
            self.events_page.load(self.case)

    def _save_if_dirty(self) -> bool:
        return not self.dirty or self.save()

    def _evidence_stored(self, reference: str, evidence_id: str) -> None:
        """A file was stored: reload, and stay on the evidence record it was added to."""
        self.reload_from_vault()
        ids = [r.get("id") for r in self.evidence_editor.records]
        if evidence_id in ids:
            self.evidence_editor.list.setCurrentRow(ids.index(evidence_id))

    def reload_from_vault(self) -> None:
        if self.case is not None:
            self.load(self.vault.get_case(str(self.case["reference"])), dirty=False)

    def _show_heading(self) -> None:
        if self.case is None:
            self.heading.setText(self.tr("No case open."))
            return
        mark = " •" if self.dirty else ""
        self.heading.setText(
            f"<b>{self.case.get('reference', '')}</b> — {self.case.get('title', '')}{mark}"
        )


def _path_to(
    node: dict[str, Any], record_type: str, record_id: str, prefix: str = ""
) -> str | None:
    """The problem-style path of a record in a case document, e.g. ``events[e1].acts[a2]``."""
    for key, value in node.items():
        if not isinstance(value, list):
            continue
        for item in value:
            if not isinstance(item, dict):
                continue
            here = f"{prefix}{key}[{item.get('id', '')}]"
            if key == record_type and str(item.get("id")) == record_id:
                return here
            found = _path_to(item, record_type, record_id, here + ".")
            if found is not None:
                return found
    return None


class RecoveredBar(QFrame):
    """Says plainly that unsaved work was recovered into the open case, and offers to drop it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("recoveredBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#recoveredBar { background: #FFF4CE; border: 1px solid #C8A400; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel()
        self.text.setObjectName("recoveredText")
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.discard = QPushButton()
        self.discard.setObjectName("discardRecovered")
        layout.addWidget(self.discard)
        self.saved_at = ""
        self.hide()

    def show_for(self, saved_at: str) -> None:
        """Show the notice for a draft written at ``saved_at`` (ISO 8601, UTC)."""
        self.saved_at = saved_at
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        when = self.saved_at[:16].replace("T", " ")
        self.text.setText(
            self.tr(
                "Unsaved work from %1 (UTC) was recovered and is shown below. It is kept as an"
                " encrypted draft in this vault until you save the case or discard it."
            ).replace("%1", when)
        )
        self.discard.setText(self.tr("Discard recovered changes…"))
        self.discard.setAccessibleName(self.tr("Discard the recovered changes"))


class HistoryPanel(QWidget):
    """Sealed versions (each viewable) and the case's custody log."""

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.reference: str | None = None
        layout = QVBoxLayout(self)
        self.versions = QTableWidget(0, 4)
        self.versions.setObjectName("versions")
        self.versions.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.versions.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.versions.itemSelectionChanged.connect(self._show_version)
        layout.addWidget(self.versions)
        self.version_text = QPlainTextEdit()
        self.version_text.setObjectName("versionText")
        self.version_text.setReadOnly(True)
        layout.addWidget(self.version_text)
        self.log = QTableWidget(0, 5)
        self.log.setObjectName("custodyLog")
        self.log.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.log)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        if self.reference is not None and self.vault.is_open:
            self.load(self.reference)  # action names and "not sealed yet" are translated
        self.versions.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Sealed"), self.tr("By"), self.tr("SHA-256")]
        )
        self.versions.setAccessibleName(self.tr("Sealed versions"))
        self.log.setHorizontalHeaderLabels(
            [
                self.tr("Time (UTC)"),
                self.tr("Who"),
                self.tr("Action"),
                self.tr("Record"),
                self.tr("SHA-256"),
            ]
        )
        self.log.setAccessibleName(self.tr("Custody log"))
        self.version_text.setAccessibleName(self.tr("Selected version"))

    def load(self, reference: str | None) -> None:
        self.reference = reference
        self.versions.setRowCount(0)
        self.log.setRowCount(0)
        self.version_text.clear()
        if not reference:
            return
        try:
            history = self.vault.history(reference)
            entries = self.vault.custody_log(reference)
        except FieldMonError:
            return  # a new case, not stored yet
        rows = [
            (str(v.version), v.sealed_at[:19].replace("T", " "), v.actor, v.content_hash)
            for v in history.versions
        ]
        if history.changed_since_seal:
            rows.append((str(history.working_version), self.tr("not sealed yet"), "", ""))
        self.versions.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.versions.setItem(r, c, QTableWidgetItem(text))
        names = self._record_names(reference)
        self.log.setRowCount(len(entries))
        for r, e in enumerate(entries):
            for c, text in enumerate(
                (
                    e.at[:19].replace("T", " "),
                    e.actor,
                    custody_action(e.action),
                    self._record_text(e.record or "", names),
                    e.content_hash or "",
                )
            ):
                self.log.setItem(r, c, QTableWidgetItem(text))
        self.versions.resizeColumnsToContents()
        self.log.resizeColumnsToContents()

    def _record_names(self, reference: str) -> dict[str, str]:
        """Evidence ids and stored items of the case, by what a person calls them."""
        names: dict[str, str] = {}
        try:
            case = self.vault.get_case(reference)
            stored = self.vault.attachments(reference)
        except FieldMonError:
            return names
        for record in case.get("evidence", []):
            names[str(record.get("id"))] = str(record.get("title") or "")
        for attachment in stored:
            names[attachment.item] = attachment.original_name
        return names

    def _record_text(self, record: str, names: dict[str, str]) -> str:
        """What a custody entry concerns, in the interface language: the core records
        "case", "version 2", "evidence x1 item x1.1" or "dossier echr NAME"."""
        words = record.split(" ")
        if record == "case":
            return self.tr("the case")
        if len(words) == 2 and words[0] == "version":
            return self.tr("version %1").replace("%1", words[1])
        if len(words) == 4 and words[0] == "evidence" and words[2] == "item":
            title = names.get(words[1]) or words[1]
            return (
                self.tr("file %1 (%2) of “%3”")
                .replace("%1", names.get(words[3], ""))
                .replace("%2", words[3])
                .replace("%3", title)
            )
        if len(words) >= 2 and words[0] == "dossier":
            return self.tr("dossier for %1").replace(
                "%1", vocabulary("recipients").label(words[1], i18n.current())
            )
        return record

    def _show_version(self) -> None:
        row = self.versions.currentRow()
        item = self.versions.item(row, 3) if row >= 0 else None
        if self.reference is None or item is None or not item.text():
            self.version_text.clear()
            return
        first = self.versions.item(row, 0)
        if first is None:
            return
        number = int(first.text())
        content = self.vault.sealed_version(self.reference, number)
        self.version_text.setPlainText(
            render_case(content["case"], i18n.current(), case_text_words(), ids=False)
        )
