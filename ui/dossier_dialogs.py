"""Export a signed dossier (profile, language, who appears how and why, the review of possible
names, progress) and verify one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldmon.consent.policy import AGGREGATED_PROFILES
from fieldmon.consent.review import ConsentBlocked, ReviewRequired
from fieldmon.crypto import identity
from fieldmon.dossier import build, history, naming, profiles
from fieldmon.dossier.profiles import AUDIENCES, DossierOptions
from fieldmon.dossier.verify import Outcome, Verdict, read_aloud, read_trust_file, verify_pdf
from fieldmon.errors import FieldMonError
from fieldmon.resources import vocabulary
from fieldmon.vault import metadata
from fieldmon.vault.files import safe_filename
from fieldmon.vault.store import Attachment, Vault
from ui import file_dialogs, i18n
from ui.evidence import sensitive_rows
from ui.review_page import BlockedDialog, ReviewPanel, WithheldPreview, withheld_annexes
from ui.workers import run_in_background

PROFILES = ("echr", "rule39", "un-srt", "wgad", "pattern", "cm-rule9")
AGGREGATED = AGGREGATED_PROFILES
"""Profiles that name nobody and carry no annexes: ``pattern`` and ``cm-rule9``."""


# The recipients vocabulary code a profile is named by, where it is not the profile's own.
def profile_name(profile: str) -> str:
    """A profile's recipient as the interface names it ("Committee of Ministers (execution of
    judgments)" for ``cm-rule9``), from the recipients vocabulary."""
    return vocabulary("recipients").label(profiles.RECIPIENT[profile], i18n.current())


class ExportDialog(QDialog):
    """Export a signed dossier: recipient and language, who appears how and why, the annexes
    withheld for consent reasons, the review of possible names, then sealing and signing.

    Everything that reads or writes the vault runs in a background worker (``ui/workers.py``);
    ``loaded`` is True once the preview for the current choices has arrived.
    """

    def __init__(self, vault: Vault, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.reference = reference
        self.written: Path | None = None
        self.loaded = False
        self.busy = False
        self.rows: list[build.NamingRow] = []
        self.withheld: list[WithheldPreview] = []
        self.choice_data: tuple[Any, dict[str, Attachment], dict[str, str]] | None = None
        self._generation = 0
        self._choice_error: str | None = None
        self.blocked_dialog: BlockedDialog | None = None
        self.warnings_box: QMessageBox | None = None
        self._profile_shown: str | None = None
        self.setObjectName("exportDialog")
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.profile = QComboBox()
        self.profile.setObjectName("exportProfile")
        for code in PROFILES:
            self.profile.addItem(profile_name(code), code)
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        self.profile_label, self.language_label = QLabel(), QLabel()
        form.addRow(self.profile_label, self.profile)
        form.addRow(self.language_label, self.language)
        # A pattern report goes to the CPT, PACE or the Commissioner: headings and the letter
        # of transmission follow the choice (DossierOptions.audience).
        self.audience = QComboBox()
        self.audience.setObjectName("exportAudience")
        for code in AUDIENCES:
            self.audience.addItem(vocabulary("recipients").label(code, i18n.current()), code)
        self.audience_label = QLabel()
        form.addRow(self.audience_label, self.audience)
        self.form = form
        layout.addLayout(form)
        self.description = QLabel()
        self.description.setObjectName("exportDescription")
        self.description.setWordWrap(True)
        layout.addWidget(self.description)
        # The profile's refusal or warnings (expired time limits, Art. 35 § 2 (b), Rule 39
        # outside Articles 2 and 3, over 20 pages), each on its own line, before writing.
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("exportWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_label.setStyleSheet(
            "#exportWarnings { background: #B00020; color: white; font-weight: bold;"
            " padding: 4px; }"
        )
        self.warnings_label.hide()
        layout.addWidget(self.warnings_label)
        self.refusal: str | None = None
        self.preview_warnings: list[str] = []
        self.withhold = QCheckBox()
        self.withhold.setObjectName("exportWithholdPerpetrators")
        layout.addWidget(self.withhold)
        self.state_note = QLabel()
        self.state_note.setObjectName("exportStateNote")
        self.state_note.setWordWrap(True)
        layout.addWidget(self.state_note)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("exportTabs")
        people_page = QWidget()
        people_layout = QVBoxLayout(people_page)
        people_layout.setContentsMargins(4, 4, 4, 4)
        self.people_label = QLabel()
        people_layout.addWidget(self.people_label)
        self.people = QTableWidget(0, 5)
        self.people.setObjectName("exportPeople")
        self.people.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.people.setWordWrap(True)
        self.people.horizontalHeader().setStretchLastSection(True)
        people_layout.addWidget(self.people, 1)
        self.withheld_label = QLabel()
        self.withheld_label.setObjectName("exportWithheldAnnexes")
        self.withheld_label.setWordWrap(True)
        self.withheld_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.withheld_label.hide()  # until a load says which annexes are withheld
        people_layout.addWidget(self.withheld_label)
        self.tabs.addTab(people_page, "")
        self.review = ReviewPanel()
        self.review.changed.connect(self.update_buttons)
        self.review.save_requested.connect(self.save_decisions)
        self.tabs.addTab(self.review, "")
        self.recommendations = QPlainTextEdit()
        self.recommendations.setObjectName("exportRecommendations")
        self.recommendations.setTabChangesFocus(True)
        self.tabs.addTab(self.recommendations, "")
        layout.addWidget(self.tabs, 1)
        self.left_out = QLabel()
        self.left_out.setObjectName("exportLeftOut")
        self.left_out.setWordWrap(True)
        self.left_out.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.left_out.hide()  # until a load says which files are left out
        layout.addWidget(self.left_out)
        self.progress = QProgressBar()
        self.progress.setObjectName("exportProgress")
        self.progress.setRange(0, 0)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportWrite")
        self.export_button.setDefault(True)
        self.export_button.setEnabled(False)  # until the preview and the review are in
        self.export_button.clicked.connect(self.choose_and_write)
        self.show_button = QPushButton()
        self.show_button.setObjectName("exportShow")
        self.show_button.clicked.connect(self.show_file)
        self.close_button = QPushButton()
        self.close_button.setObjectName("exportClose")
        self.close_button.clicked.connect(self.reject)
        for b in (self.export_button, self.show_button, self.close_button):
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.hide()  # until there is a file to show
        layout.addWidget(self.buttons)
        self.profile.currentIndexChanged.connect(self.refresh)
        self.language.currentIndexChanged.connect(self.refresh)
        self.audience.currentIndexChanged.connect(self.refresh)
        self.withhold.toggled.connect(self.refresh)
        i18n.follow_language(self)
        self.fit_to_screen()
        self.refresh()

    def fit_to_screen(self) -> None:
        """No larger than the screen it is on (a 1024x600 netbook included)."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        self.resize(min(self.width(), room.width() - 40), min(self.height(), room.height() - 60))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export a signed dossier: %1").replace("%1", self.reference))
        self.profile_label.setText(self.tr("&Recipient"))
        self.profile_label.setBuddy(self.profile)
        self.profile.setAccessibleName(self.tr("Recipient"))
        self.language_label.setText(self.tr("&Language of the dossier"))
        self.language_label.setBuddy(self.language)
        self.language.setAccessibleName(self.tr("Language of the dossier"))
        self.audience_label.setText(self.tr("&Addressed to"))
        self.audience_label.setBuddy(self.audience)
        self.audience.setAccessibleName(self.tr("Pattern report addressed to"))
        for i in range(self.audience.count()):
            code = str(self.audience.itemData(i))
            self.audience.setItemText(i, vocabulary("recipients").label(code, i18n.current()))
        for i in range(self.profile.count()):
            self.profile.setItemText(i, profile_name(str(self.profile.itemData(i))))
        self.recommendations.setAccessibleName(self.tr("Recommendations"))
        self.recommendations.setPlaceholderText(
            self.tr("The recommendations section of the report, as you want it printed.")
        )
        self.show_profile_parts()
        self.withhold.setText(self.tr("Withhold the names of alleged &perpetrators"))
        self.withhold.setAccessibleName(self.tr("Withhold the names of alleged perpetrators"))
        self.state_note.setText(
            self.tr(
                "Every recipient passes this dossier to the State concerned: the Court"
                " communicates applications to the Government; UN mandates transmit"
                " communications to it."
            )
        )
        self.people_label.setText(self.tr("How each person will appear, from their consent:"))
        self.people.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Roles"),
                self.tr("Identity level"),
                self.tr("Shown in the dossier as"),
                self.tr("Why"),
            ]
        )
        self.people.setAccessibleName(self.tr("How each person will appear"))
        self.tabs.setAccessibleName(self.tr("Preview and review"))
        self.export_button.setText(self.tr("&Write and sign…"))
        self.export_button.setAccessibleName(self.tr("Write and sign the dossier"))
        self.show_button.setText(self.tr("Show the &file"))
        self.show_button.setAccessibleName(self.tr("Show the file"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.tab_titles()
        self.show_preview()  # roles, levels and reasons are named in the interface language

    def level_label(self, level: str) -> str:
        """An identity level in the interface language ("left out" for none)."""
        if level in ("none", "left_out"):
            return self.tr("left out")
        return vocabulary("identity_levels").label(level, i18n.current())

    def basis_text(self, row: build.NamingRow) -> str:
        """Why a person appears as they do, in plain words."""
        known = {
            "consent": self.tr("as their consent for this recipient allows"),
            "no_consent": self.tr("left out — no consent for this recipient"),
            "consent_none": self.tr("left out — consented to no identification"),
            "withdrawn": self.tr("left out — consent withdrawn"),
            "no_transmission": self.tr("left out — no consent to transmission to the State"),
            "professional": self.tr("professional identity"),
            "perpetrator": self.tr("alleged perpetrator, as recorded"),
            "perpetrator_withheld": self.tr("alleged perpetrator, name withheld"),
            "court_applicant": self.tr("applicant: the Court is given the identity"),
            "pattern": (
                self.tr(
                    "communication to the Committee of Ministers on the execution of a"
                    " judgment: nobody is named"
                )
                if self.profile.currentData() == "cm-rule9"
                else self.tr("pattern report: nobody is named")
            ),
            "group": self.tr("a group, by its description"),
        }
        text = known.get(row.basis, row.basis)
        if row.anonymity_request:
            text += "; " + self.tr(
                "asks the Court for anonymity (Rule 47 § 4): no name in the file name,"
                " metadata or bookmarks"
            )
        return text

    # -- loading, off the GUI thread ------------------------------------------------------

    def choices(self) -> tuple[str, str, bool]:
        return (
            str(self.profile.currentData()),
            str(self.language.currentData()),
            self.withhold.isChecked(),
        )

    def options(self) -> DossierOptions:
        """The pattern report's audience and recommendations (none for other profiles)."""
        if self.profile.currentData() != "pattern":
            return DossierOptions()
        text = self.recommendations.toPlainText().strip()
        return DossierOptions(str(self.audience.currentData()), text or None)

    def show_profile_parts(self) -> None:
        """The audience and recommendations for a pattern report only; what an aggregated
        report is, in a line."""
        profile = self.profile.currentData()
        pattern = profile == "pattern"
        self.form.setRowVisible(self.audience, pattern)
        self.tabs.setTabVisible(self.tabs.indexOf(self.recommendations), pattern)
        descriptions = {
            "pattern": self.tr(
                "Pattern report: acts counted over the cases, by place of detention, method and"
                " source; nobody is named and no file is annexed."
            ),
            "cm-rule9": self.tr(
                "Communication to the Committee of Ministers on the execution of a judgment:"
                " nobody is named and no file is annexed. It is published."
            ),
        }
        self.description.setText(descriptions.get(str(profile), ""))
        self.description.setVisible(profile in descriptions)
        self.withhold.setVisible(profile not in AGGREGATED)

    def show_warnings(self) -> None:
        """The refusal (one line) or each warning on its own line, in red; hidden when none."""
        if self.refusal:
            text = "⚠ " + self.tr("This dossier cannot be made: %1").replace("%1", self.refusal)
        elif self.preview_warnings:
            text = "\n".join("⚠ " + w for w in self.preview_warnings)
        else:
            text = ""
        self.warnings_label.setText(text)
        self.warnings_label.setVisible(bool(text))

    def refresh(self) -> None:
        """Load who appears how, the review list, the annexes withheld and the files left out,
        for the current choices, in a worker; the newest request wins."""
        if not self.vault.is_open:  # not after a lock: the preview reads the vault
            return
        self._generation += 1
        generation = self._generation
        profile, language, withhold = self.choices()
        options = self.options()
        if profile != self._profile_shown:
            self.review.pending.clear()  # decisions are per recipient: none carried over
        self.show_profile_parts()
        self.loaded = False
        self.update_buttons()
        vault, reference = self.vault, self.reference

        def work(progress: Any) -> dict[str, Any]:
            out: dict[str, Any] = {"choice": None, "choice_error": None}
            out["refusal"], out["warnings"] = naming.preview_warnings(
                vault, [reference], profile, language, withhold, options
            )
            try:
                out["choice"] = self.annex_choice()
            except FieldMonError as error:
                out["choice_error"] = str(error)
            out["rows"] = build.preview(
                vault, [reference], profile, language, withhold_perpetrators=withhold
            )
            out["review"] = build.review_list(
                vault, [reference], profile, language, withhold_perpetrators=withhold
            )
            out["withheld"] = withheld_annexes(vault, reference, profile, language, withhold)
            return out

        def done(result: dict[str, Any]) -> None:
            if generation != self._generation:
                return  # a later request is on its way
            self._profile_shown = profile
            self.choice_data = result["choice"]
            self._choice_error = result["choice_error"]
            self.rows = result["rows"]
            self.withheld = result["withheld"]
            self.refusal, self.preview_warnings = result["refusal"], result["warnings"]
            self.show_warnings()
            people = {(r.case_reference, r.person_id): r for r in self.rows}
            self.review.show_candidates(result["review"], people)
            self.loaded = True
            if self.status.text().startswith("⚠"):
                self.status.clear()  # an earlier load's failure, now past
            self.show_preview()
            if self.review.undecided():
                self.tabs.setCurrentWidget(self.review)
            self.update_buttons()

        def failed(message: str) -> None:
            if generation != self._generation:
                return
            self.status.setText("⚠ " + message)
            self.refusal, self.preview_warnings = None, []
            self.show_warnings()
            self.loaded = False
            self.update_buttons()

        run_in_background(work, done, failed)

    def show_preview(self) -> None:
        """Draw what the last load brought, in the interface language."""
        if not self.loaded:
            return
        self.left_out.setText(self.left_out_text())
        self.left_out.setVisible(bool(self.left_out.text()))
        self.people.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            roles = ", ".join(
                vocabulary("roles").label(code.strip(), i18n.current())
                for code in row.roles.split(",")
                if code.strip()
            )
            texts = (
                row.name,
                roles,
                self.level_label(row.level),
                row.shown_as,
                self.basis_text(row),
            )
            for c, text in enumerate(texts):
                self.people.setItem(r, c, QTableWidgetItem(text))
        for column in range(4):
            self.people.resizeColumnToContents(column)
        self.people.resizeRowsToContents()  # "Why" fills the rest of the width, wrapped
        self.withheld_label.setText(self.withheld_text())
        self.withheld_label.setVisible(bool(self.withheld))
        self.tab_titles()

    def withheld_text(self) -> str:
        """The annexes withheld for consent reasons, by hash."""
        if not self.withheld:
            return ""
        reasons = {
            "not_recorded": self.tr("who appears in it is not recorded yet"),
            "below_level": self.tr("it shows or names someone not shown in full to this recipient"),
            "names_hidden_person": self.tr(
                "its own words (text or metadata) name someone not shown in full to this recipient"
            ),
        }
        lines = [
            self.tr(
                "Withheld for consent reasons (listed in the dossier by hash; a redacted copy,"
                " or clearing the file for this recipient, puts it back):"
            )
        ]
        for w in self.withheld:
            lines.append(
                f"• {w.evidence_id} “{w.title}” — {reasons.get(w.reason, w.reason)}"
                f" (SHA-256 {w.sha256[:16]}…)"
            )
        return "\n".join(lines)

    def update_buttons(self) -> None:
        """Export only once loaded, not busy, and with every possible name decided."""
        decided = not self.review.undecided()
        refused = bool(self.refusal)
        self.export_button.setEnabled(self.loaded and not self.busy and decided and not refused)
        self.review.set_busy(self.busy or not self.loaded)
        self.tab_titles()

    def tab_titles(self) -> None:
        self.tabs.setTabText(0, self.tr("How each person appears"))
        left, total = len(self.review.undecided()), len(self.review.items)
        if not self.loaded:
            title = self.tr("Possible names to review")
        elif left:
            title = self.tr("Possible names to review (%1 undecided)").replace("%1", str(left))
        else:
            title = self.tr("Possible names to review (%1)").replace("%1", str(total))
        self.tabs.setTabText(1, title)
        self.tabs.setTabText(2, self.tr("Recommendations"))

    def save_decisions(self) -> None:
        """Store the decisions chosen (per case and recipient), off the GUI thread."""
        chosen = self.review.unsaved()
        if not chosen or self.busy:
            return
        profile = self.choices()[0]
        vault = self.vault
        self.busy = True
        self.update_buttons()
        self.status.setText(self.tr("Saving decisions…"))

        def work(progress: Any) -> int:
            naming.save_decisions(vault, profile, chosen)
            return len(chosen)

        def done(count: int) -> None:
            self.busy = False
            self.status.setText(self.tr("%1 decision(s) saved.").replace("%1", str(count)))
            self.refresh()

        def failed(message: str) -> None:
            self.busy = False
            self.update_buttons()
            self.status.setText("⚠ " + message)

        run_in_background(work, done, failed)

    def annex_choice(self) -> tuple[build.AnnexChoice, dict[str, Attachment], dict[str, str]]:
        """Which stored files the dossier annexes (the rule of `build.choose_annexes`), the
        stored files by item, and the evidence records' titles by id.

        :raises FieldMonError: when the case or its files cannot be read.
        """
        case = self.vault.get_case(self.reference)
        records = [r for r in case.get("evidence", []) if r.get("id")]
        stored = self.vault.attachments(self.reference)
        choice = build.choose_annexes(
            [str(r["id"]) for r in records],
            [build.StoredRef(a.item, a.evidence_id, a.derived_from, a.derivation) for a in stored],
        )
        titles = {str(r["id"]): str(r.get("title") or "").strip() for r in records}
        return choice, {a.item: a for a in stored}, titles

    def left_out_text(self) -> str:
        """Which stored files will not be in the dossier, and why; empty when every one is
        (from the last load: no vault work here)."""
        if self._choice_error is not None:
            return "⚠ " + self._choice_error
        if self.choice_data is None:
            return ""
        choice, by_item, titles = self.choice_data
        if self.profile.currentData() in AGGREGATED:
            if not by_item:
                return ""
            return self.tr(
                "This recipient's dossier has no annexes: none of the %1 stored files is in it."
            ).replace("%1", str(len(by_item)))

        def line(item: str) -> str:
            a = by_item[item]
            title = titles.get(a.evidence_id, "")
            if not title:
                return f"• {a.item} {a.original_name}"
            where = self.tr("evidence record “%1”").replace("%1", title)
            return f"• {a.item} {a.original_name} ({where})"

        parts: list[str] = []
        if choice.another_file_annexed:
            parts.append(
                self.tr(
                    "Not in the dossier: only one file per evidence record is annexed (its first"
                    " file, or that file's copy without metadata). To annex another file, store"
                    " it in an evidence record of its own. Left out:"
                )
            )
            parts += [line(item) for item in choice.another_file_annexed]
        if choice.no_record:
            parts.append(
                self.tr("Not in the dossier: files whose evidence record is no longer in the case:")
            )
            parts += [line(item) for item in choice.no_record]
        return "\n".join(parts)

    def files_with_metadata(
        self, profile: str | None = None
    ) -> list[tuple[Attachment, metadata.MetadataReport]]:
        """Annex files the dossier would embed (the copy without metadata where one is stored)
        that still tell place, device or person, or whose metadata FieldMon could not check.
        Vault work: the export runs it in a worker, with the profile chosen.

        :raises FieldMonError: when the case or a file cannot be read.
        """
        if (profile or self.profile.currentData()) in AGGREGATED:
            return []  # no annexes
        choice, by_item, _ = self.annex_choice()
        found = []
        for item in choice.embedded():
            attachment = by_item[item]
            data = self.vault.read_attachment(self.reference, item, log_view=False)
            report = metadata.inspect(data, attachment.media_type)
            if report.sensitive or not report.checked:
                found.append((attachment, report))
        return found

    def metadata_warning(
        self, found: list[tuple[Attachment, metadata.MetadataReport]] | None = None
    ) -> str | None:
        """The warning to show before export, or None when no annex carries metadata.

        :param found: what :meth:`files_with_metadata` found; looked up here when None.
        """
        if found is None:
            try:
                found = self.files_with_metadata()
            except FieldMonError as error:
                return "⚠ " + str(error)
        if not found:
            return None
        lines = [
            self.tr(
                "These annexes still carry metadata: anyone who receives the dossier can read"
                " it from the attached files."
            ),
            "",
        ]
        for attachment, report in found:
            if report.checked:
                rows = sensitive_rows(report)
                if report.place and report.location is None:
                    from PySide6.QtCore import QCoreApplication

                    label = QCoreApplication.translate("EvidenceMetadata", "Place named")
                    rows = [(label, report.place), *rows]
                what = "; ".join(f"{k}: {v}" for k, v in rows)[:300]
            else:
                what = self.tr("metadata not checked (FieldMon cannot read this kind of file)")
            lines.append(f"• {attachment.item} {attachment.original_name}: {what}")
        lines += [
            "",
            self.tr(
                "To leave it out, add the file again and keep a copy without metadata. Export"
                " anyway?"
            ),
        ]
        return "\n".join(lines)

    def confirm_metadata(self, warning: str | bool | None = True) -> bool:
        """Warn when annexes still carry metadata; True to go on with the export.

        :param warning: the warning worked out already (None: nothing to warn about); True to
            work it out here.
        """
        if warning is True:
            warning = self.metadata_warning()
        assert warning is None or isinstance(warning, str)
        if warning is None:
            return True
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Annexes with metadata"), warning)
        box.setObjectName("exportMetadataWarning")
        box.setParent(self, box.windowFlags())
        go_on = box.addButton(self.tr("&Export anyway"), QMessageBox.ButtonRole.AcceptRole)
        go_on.setObjectName("exportAnyway")
        cancel = box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("exportCancel")
        box.setDefaultButton(cancel)
        box.exec()
        if box.clickedButton() is not go_on:
            self.status.setText(self.tr("Not exported."))
            return False
        return True

    def choose_and_write(self) -> None:
        """Check the annexes for metadata (in a worker), warn, ask where, then write."""
        if self.busy or not self.export_button.isEnabled():
            return
        profile = self.choices()[0]
        self.busy = True
        self.update_buttons()
        self.status.setText(self.tr("Checking the annexes for metadata…"))

        def work(progress: Any) -> list[tuple[Attachment, metadata.MetadataReport]] | str:
            try:
                return self.files_with_metadata(profile)
            except FieldMonError as error:
                return "⚠ " + str(error)

        def done(found: list[tuple[Attachment, metadata.MetadataReport]] | str) -> None:
            self.busy = False
            self.update_buttons()
            self.status.clear()
            warning = found if isinstance(found, str) else self.metadata_warning(found)
            if not self.confirm_metadata(warning):
                return
            path = file_dialogs.save_file(
                self, self.tr("Save the dossier"), self.suggested_name(), "PDF (*.pdf)"
            )
            if path:
                self.write(Path(path))

        def failed(message: str) -> None:
            self.busy = False
            self.update_buttons()
            self.status.setText("⚠ " + message)

        run_in_background(work, done, failed)

    def suggested_name(self) -> str:
        """The file name offered: reference, profile and language; never a person's name."""
        return safe_filename(
            f"{self.reference}-{self.profile.currentData()}-{self.language.currentData()}.pdf"
        )

    def write(self, path: Path, override_withdrawn: str | None = None) -> None:
        """Seal, plan, lay out, sign and write the dossier to ``path`` in a worker, with the
        decisions chosen in the review. A withdrawn consent opens :class:`BlockedDialog`; a
        possible name met since the review was loaded sends the monitor back to the review.

        The profile's warnings (``plan.warnings``) are shown, each on its own line, and the
        dossier is written only once the monitor chooses to write it anyway
        (:meth:`confirm_warnings`).

        :param path: the file to write.
        :param override_withdrawn: the written reason to send despite withdrawn consent.
        """
        profile, language, withhold = self.choices()
        options = self.options()
        decisions = self.review.choices()
        vault, reference = self.vault, self.reference
        self.busy = True
        self.progress.show()
        self.update_buttons()
        self.status.setText(self.tr("Sealing, laying out and signing…"))

        def work(progress: Any) -> tuple[str, Any]:
            try:
                plan = build.plan(
                    vault,
                    [reference],
                    profile,
                    language,
                    decisions=decisions or None,
                    withhold_perpetrators=withhold,
                    override_withdrawn=override_withdrawn,
                    options=options,
                )
            except ConsentBlocked as blocked:
                return "blocked", blocked.persons
            except ReviewRequired as required:
                return "review", len(required.candidates)
            if plan.warnings:
                return "warnings", plan
            return "written", build.write_dossier(vault, plan, path, force=True, progress=progress)

        def done(result: tuple[str, Any]) -> None:
            self.progress.hide()
            self.busy = False
            kind, value = result
            if kind == "blocked":
                self.status.setText(self.tr("Not exported: consent was withdrawn."))
                self.update_buttons()
                self.ask_override(value, path)
                return
            if kind == "review":
                self.status.setText(
                    self.tr(
                        "Not exported: %1 possible name(s) need a decision first (the case"
                        " changed since the review was shown)."
                    ).replace("%1", str(value))
                )
                self.refresh()
                return
            if kind == "warnings":
                self.update_buttons()
                self.confirm_warnings(value, path)
                return
            self.written_to(path, value[0])

        def failed(message: str) -> None:
            self.progress.hide()
            self.busy = False
            self.update_buttons()
            self.status.setText("⚠ " + message)

        run_in_background(work, done, failed, self.status.setText)

    def written_to(self, path: Path, sha256: str) -> None:
        self.written = path
        self.show_button.show()
        self.update_buttons()
        self.status.setText(
            self.tr("Signed dossier written to %1 (SHA-256 %2).")
            .replace("%1", str(path))
            .replace("%2", sha256)
        )
        self.refresh()  # decisions given with the export are stored now

    def confirm_warnings(self, plan: build.Plan, path: Path) -> None:
        """Show the plan's warnings, each on its own line (also above the tabs), and write the
        dossier only if the monitor chooses to (the box does not block the event loop)."""
        self.refusal, self.preview_warnings = None, list(plan.warnings)
        self.show_warnings()
        self.status.setText(self.tr("Not written yet: read the warnings first."))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Before the dossier is written"),
            "\n\n".join("⚠ " + w for w in plan.warnings),
        )
        box.setObjectName("exportPlanWarnings")
        box.setParent(self, box.windowFlags())
        go_on = box.addButton(self.tr("&Write anyway"), QMessageBox.ButtonRole.AcceptRole)
        go_on.setObjectName("exportWriteAnyway")
        cancel = box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("exportWarningsCancel")
        box.setDefaultButton(cancel)
        self.warnings_box = box

        def answered() -> None:
            if box.clickedButton() is go_on:
                self.write_plan(plan, path)
            else:
                self.status.setText(self.tr("Not exported."))

        box.finished.connect(answered)
        box.open()

    def write_plan(self, plan: build.Plan, path: Path) -> None:
        """Lay out, sign and write a plan already made (its warnings accepted), in a worker."""
        vault = self.vault
        self.busy = True
        self.progress.show()
        self.update_buttons()
        self.status.setText(self.tr("Laying out and signing…"))

        def work(progress: Any) -> Any:
            return build.write_dossier(vault, plan, path, force=True, progress=progress)

        def done(value: Any) -> None:
            self.progress.hide()
            self.busy = False
            self.written_to(path, value[0])

        def failed(message: str) -> None:
            self.progress.hide()
            self.busy = False
            self.update_buttons()
            self.status.setText("⚠ " + message)

        run_in_background(work, done, failed, self.status.setText)

    def ask_override(self, persons: list[tuple[str, str, str]], path: Path) -> None:
        """Say who withdrew consent; write anyway only with a reason in writing."""
        recipient = profile_name(self.choices()[0])
        dialog = BlockedDialog(persons, recipient, self)
        self.blocked_dialog = dialog
        dialog.accepted.connect(lambda: self.write(path, override_withdrawn=dialog.reason()))
        dialog.open()

    def show_file(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))


class VerifyDialog(QDialog):
    """Drop a PDF (or choose one): whether it changed, who signed it, and whether that is
    checked, in plain words.

    The signer is checked against, in this order: the fingerprint typed, the root certificate
    chosen, this vault's organisation root; with none of them the signer is unverified, and
    the dialog says so and shows the fingerprint to compare.
    """

    def __init__(self, vault: Vault | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.path: Path | None = None
        self.root_path: Path | None = None
        self.setObjectName("verifyDialog")
        self.setAcceptDrops(True)
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("verifyChoose")
        self.choose_button.clicked.connect(self.choose)
        layout.addWidget(self.choose_button)
        who = QFormLayout()
        self.root_button = QPushButton()
        self.root_button.setObjectName("verifyChooseRoot")
        self.root_button.clicked.connect(self.choose_root)
        self.root_label = QLabel()
        who.addRow(self.root_label, self.root_button)
        self.fingerprint = QLineEdit()
        self.fingerprint.setObjectName("verifyFingerprint")
        self.fingerprint.editingFinished.connect(self.recheck)
        self.fingerprint_label = QLabel()
        self.fingerprint_label.setBuddy(self.fingerprint)
        who.addRow(self.fingerprint_label, self.fingerprint)
        self.against = QLabel()
        self.against.setObjectName("verifyAgainst")
        self.against.setWordWrap(True)
        who.addRow(self.against)
        layout.addLayout(who)
        self.report = QPlainTextEdit()
        self.report.setObjectName("verifyResult")
        self.report.setReadOnly(True)
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("verifyClose")
        layout.addWidget(buttons)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify a dossier"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.choose_button.setAccessibleName(self.tr("Choose a PDF"))
        self.hint.setText(
            self.tr(
                "Drop a signed PDF here, or choose one. A signature shows whether the document"
                " changed; who signed it is shown only by checking the signer's certificate"
                " against what the monitor's organisation gave you: its root certificate, or a"
                " fingerprint."
            )
        )
        self.choose_button.setText(self.tr("&Choose a PDF…"))
        self.root_label.setText(self.tr("The organisation's root certificate:"))
        self.root_button.setText(self.tr("Choose a &root certificate…"))
        self.root_button.setAccessibleName(self.tr("Choose a root certificate"))
        self.fingerprint_label.setText(self.tr("Or the &fingerprint it gave you:"))
        self.fingerprint.setAccessibleName(self.tr("Fingerprint"))
        self.fingerprint.setPlaceholderText(
            self.tr("64 letters and digits, for example 6986 E7B8 E64C …")
        )
        self.report.setAccessibleName(self.tr("Verification result"))
        self.show_against()

    def source(self) -> str:
        """What the signer will be checked against: "fingerprint", "file", "vault" or ""."""
        if self.fingerprint.text().strip():
            return "fingerprint"
        if self.root_path is not None:
            return "file"
        return "vault" if self.vault is not None else ""

    def show_against(self) -> None:
        source = self.source()
        if source == "fingerprint":
            text = self.tr("The signer is checked against the fingerprint you typed.")
        elif source == "file" and self.root_path is not None:
            text = self.tr("The signer is checked against the root certificate %1.").replace(
                "%1", self.root_path.name
            )
        elif source == "vault":
            text = self.tr("The signer is checked against this vault's organisation root.")
        else:
            text = self.tr(
                "The signer is checked against nothing yet: choose a root certificate or type"
                " a fingerprint, or the signer stays unverified."
            )
        self.against.setText(text)

    def choose(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Choose a PDF"), "PDF (*.pdf)")
        if path:
            self.check(Path(path))

    def choose_root(self) -> None:
        path = file_dialogs.open_file(
            self, self.tr("Choose a root certificate"), "PEM (*.pem *.crt *.cer);;* (*)"
        )
        if path:
            self.set_root(Path(path))

    def set_root(self, path: Path) -> None:
        """Check the signer against the root certificate (PEM) in ``path`` from now on."""
        self.root_path = path
        self.recheck()

    def recheck(self) -> None:
        """Show what the signer is checked against, and check the PDF again if there is one."""
        self.show_against()
        if self.path is not None:
            self.check(self.path)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.check(Path(url.toLocalFile()))
                break

    def check(self, path: Path) -> None:
        self.path = path
        source = self.source()
        typed = self.fingerprint.text() if source == "fingerprint" else None
        root_path = self.root_path if source == "file" else None
        root = None
        if source == "vault" and self.vault is not None:
            root = identity.pem(self.vault.identity().root_cert)
        self.show_against()
        self.report.setPlainText(self.tr("Checking %1…").replace("%1", path.name))

        def work(progress: Any) -> tuple[Verdict, list[str], str | None]:
            trust = root
            if root_path is not None:
                trust = read_trust_file(root_path)
            verdict = verify_pdf(path, trust, typed)
            # Each case's custody history as the dossier recorded it (as `fieldmon verify`).
            lines, broken = history.report(path, None, later_unchanged=verdict.unchanged)
            return verdict, lines, broken

        def done(found: tuple[Verdict, list[str], str | None]) -> None:
            verdict, lines, broken = found
            described = self.describe(verdict, source)
            if broken is not None:
                described[-1] = self.tr("Verdict: NOT VALID") + f" ({broken})"
            text = [str(path), "", *described[:-1], *lines, described[-1]]
            self.report.setPlainText("\n".join(text))

        run_in_background(work, done, lambda message: self.report.setPlainText("⚠ " + message))

    def _problem_text(self, problem: str, source: str) -> str:
        """The verifier's fixed findings in the interface language (those carrying a library's
        error text stay as the verifier wrote them)."""
        known = {
            "the PDF has no signature": self.tr("the PDF has no signature"),
            "the signed bytes were changed after signing": self.tr(
                "the signed bytes were changed after signing"
            ),
            "content was added after the signature": self.tr(
                "content was added after the signature"
            ),
            "the signer's certificate was not issued by the given root": (
                self.tr("the signer's certificate was not issued by this vault's organisation")
                if source == "vault"
                else self.tr("the signer's certificate was not issued by the root you gave")
            ),
            "the signer's certificate does not have the fingerprint given": self.tr(
                "the signer's certificate does not have the fingerprint you typed"
            ),
            "the evidence manifest is missing": self.tr("the evidence manifest is missing"),
            "the evidence manifest is not valid JSON": self.tr(
                "the evidence manifest cannot be read"
            ),
            "the manifest names another signer's certificate": self.tr(
                "the manifest names another signer's certificate"
            ),
        }
        return known.get(problem, problem)

    @staticmethod
    def _adds_to(v: Verdict, problem: str) -> bool:
        """Whether a problem the verifier lists says more than the lines above; a changed
        document's certificate is not judged (its trust check fails with its integrity)."""
        return v.intact or not ("root" in problem or "fingerprint" in problem)

    def headline(self, v: Verdict, source: str = "vault") -> str:
        """The verdict in one line: changed after signing, signer not trusted, signer
        unverified, or valid.

        :param v: the verdict.
        :param source: what the signer was checked against: "vault", "file", "fingerprint",
            or "" (nothing).
        """
        if not v.intact:
            if v.signer == "-":
                return self.tr("NOT VALID: the file holds no signature that can be checked")
            return self.tr("CHANGED AFTER SIGNING: this is not the document that was signed")
        if not v.whole_file:
            return self.tr("CHANGED AFTER SIGNING: content was added after the signature")
        if not v.manifest_ok:
            return self.tr("NOT VALID: the attached annexes do not match the signed manifest")
        if v.trusted is False and v.checked_against == "fingerprint":
            return self.tr(
                "Signature valid, but the signer is NOT TRUSTED: the certificate is not the one"
                " whose fingerprint you typed, nor issued by it"
            )
        if v.trusted is False and source == "file":
            return self.tr(
                "Signature valid, but the signer is NOT TRUSTED: the certificate was not issued"
                " by the root certificate you chose"
            )
        if v.trusted is False:
            return self.tr(
                "Signature valid, but the signer is NOT TRUSTED: the certificate was not issued"
                " by this vault's organisation root"
            )
        if v.outcome is Outcome.SIGNER_UNVERIFIED:
            return self.tr(
                "The document has not been changed since it was signed, but nothing shows WHO"
                " signed it. Compare this fingerprint with the one the monitor's organisation"
                " gave you: %1"
            ).replace("%1", read_aloud(v.signer_fingerprint))
        if v.checked_against == "fingerprint":
            return self.tr(
                "VALID AND TRUSTED: signed by the certificate whose fingerprint you typed, or"
                " one it issued"
            )
        if source == "file":
            return self.tr(
                "VALID AND TRUSTED: signed by a certificate issued by the root certificate you"
                " chose"
            )
        return self.tr("VALID AND TRUSTED: signed by a certificate of this vault's organisation")

    def _trust_line(self, v: Verdict, source: str) -> str | None:
        if not v.intact:
            return self.tr("Trust: not assessed, since the document was changed after signing")
        if v.trusted is None:
            return self.tr(
                "Trust: NOT CHECKED: nothing shows who signed it. Choose the organisation's root"
                " certificate, or type the fingerprint it gave you"
            )
        if v.checked_against == "fingerprint" and v.trusted:
            return self.tr("Trust: checked against the fingerprint you typed: %1").replace(
                "%1", read_aloud(v.pinned or "-")
            )
        if v.checked_against == "fingerprint":
            return (
                self.tr("Trust: NOT TRUSTED: you typed %1; the signer's certificate is %2")
                .replace("%1", read_aloud(v.pinned or "-"))
                .replace("%2", read_aloud(v.signer_fingerprint))
            )
        if source == "file" and v.trusted:
            return self.tr("Trust: the signer's certificate was issued by the root you chose")
        if source == "file":
            return self.tr(
                "Trust: NOT TRUSTED: the certificate was not issued by the root you chose"
            )
        if v.trusted:
            return self.tr(
                "Trust: the signer's certificate was issued by this vault's organisation root"
            )
        return self.tr(
            "Trust: NOT TRUSTED: the certificate was not issued by this vault's organisation root"
        )

    def describe(self, v: Verdict, source: str = "vault") -> list[str]:
        """The verdict in plain words, in the interface language.

        :param v: the verdict.
        :param source: what the signer was checked against (see :meth:`headline`).
        """
        lines = [
            self.headline(v, source),
            "",
            self.tr(
                "Signer, as the certificate names it (anyone can make a certificate with any"
                " name): %1"
            ).replace("%1", v.signer),
            self.tr("Fingerprint of the signer's certificate (SHA-256): %1").replace(
                "%1", read_aloud(v.signer_fingerprint)
            ),
        ]
        if v.issuer is not None and v.issuer_fingerprint is not None:
            lines.append(
                self.tr("Issued by a certificate carried in the file, named %1, fingerprint %2")
                .replace("%1", v.issuer)
                .replace("%2", read_aloud(v.issuer_fingerprint))
            )
        lines.append(
            self.tr("Signed at: %1 (as stated by the signer's computer)").replace(
                "%1", v.signing_time
            )
        )
        if v.intact and v.whole_file:
            lines.append(self.tr("Integrity: intact: not one byte changed since it was signed"))
        elif v.intact:
            lines.append(
                self.tr("Integrity: the signed part is intact, but content was added after it")
            )
        else:
            lines.append(self.tr("Integrity: BROKEN: the document was changed after it was signed"))
        trust = self._trust_line(v, source)
        if trust is not None:
            lines.append(trust)
        if v.manifest_ok:
            lines.append(
                self.tr(
                    "Manifest: matches: %1 annex file(s), each with the SHA-256 taken at collection"
                ).replace("%1", str(v.annexes))
            )
        else:
            lines.append(self.tr("Manifest: DOES NOT MATCH"))
        shown = [problem for problem in v.problems if self._adds_to(v, problem)]
        lines += [f"— {self._problem_text(problem, source)}" for problem in shown]
        outcome = v.outcome
        if outcome is Outcome.VALID:
            lines.append(self.tr("Verdict: VALID"))
        elif outcome is Outcome.SIGNER_UNVERIFIED:
            lines.append(self.tr("Verdict: SIGNER UNVERIFIED (the document itself is unchanged)"))
        else:
            lines.append(self.tr("Verdict: NOT VALID"))
        return lines
