"""Export a signed dossier (profile, language, who appears how, progress) and verify one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
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
    QVBoxLayout,
    QWidget,
)

from fieldmon.crypto import identity
from fieldmon.dossier import build, history
from fieldmon.dossier.redaction import safe_filename
from fieldmon.dossier.verify import Outcome, Verdict, read_aloud, read_trust_file, verify_pdf
from fieldmon.errors import FieldMonError
from fieldmon.resources import vocabulary
from fieldmon.vault import metadata
from fieldmon.vault.store import Attachment, Vault
from ui import file_dialogs, i18n
from ui.evidence import sensitive_rows
from ui.workers import run_in_background

PROFILES = ("echr", "rule39", "un-srt", "wgad", "pattern")


class ExportDialog(QDialog):
    def __init__(self, vault: Vault, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.reference = reference
        self.written: Path | None = None
        self.setObjectName("exportDialog")
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.profile = QComboBox()
        self.profile.setObjectName("exportProfile")
        for code in PROFILES:
            self.profile.addItem(vocabulary("recipients").label(code, i18n.current()), code)
        self.language = QComboBox()
        self.language.setObjectName("exportLanguage")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        self.profile_label, self.language_label = QLabel(), QLabel()
        form.addRow(self.profile_label, self.profile)
        form.addRow(self.language_label, self.language)
        layout.addLayout(form)
        self.people_label = QLabel()
        layout.addWidget(self.people_label)
        self.people = QTableWidget(0, 4)
        self.people.setObjectName("exportPeople")
        self.people.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.people, 1)
        self.left_out = QLabel()
        self.left_out.setObjectName("exportLeftOut")
        self.left_out.setWordWrap(True)
        self.left_out.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
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
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export a signed dossier: %1").replace("%1", self.reference))
        self.profile_label.setText(self.tr("&Recipient"))
        self.profile_label.setBuddy(self.profile)
        self.profile.setAccessibleName(self.tr("Recipient"))
        self.language_label.setText(self.tr("&Language of the dossier"))
        self.language_label.setBuddy(self.language)
        self.language.setAccessibleName(self.tr("Language of the dossier"))
        self.people_label.setText(self.tr("How each person will appear, from their consent:"))
        self.people.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Roles"),
                self.tr("Identity level"),
                self.tr("Shown in the dossier as"),
            ]
        )
        self.people.setAccessibleName(self.tr("How each person will appear"))
        self.export_button.setText(self.tr("&Write and sign…"))
        self.export_button.setAccessibleName(self.tr("Write and sign the dossier"))
        self.show_button.setText(self.tr("Show the &file"))
        self.show_button.setAccessibleName(self.tr("Show the file"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        if self.vault.is_open:  # not after a lock: the preview reads the vault
            self.refresh()  # roles and identity levels are named in the interface language

    def level_label(self, level: str) -> str:
        """An identity level in the interface language ("left out" for none)."""
        if level == "none":
            return self.tr("left out")
        return vocabulary("identity_levels").label(level, i18n.current())

    def refresh(self) -> None:
        self.left_out.setText(self.left_out_text())
        self.left_out.setVisible(bool(self.left_out.text()))
        try:
            rows = build.preview(
                self.vault,
                [self.reference],
                self.profile.currentData(),
                self.language.currentData(),
            )
        except FieldMonError as error:
            self.status.setText(str(error))
            return
        self.people.setRowCount(len(rows))
        for r, row in enumerate(rows):
            roles = ", ".join(
                vocabulary("roles").label(code.strip(), i18n.current())
                for code in row.roles.split(",")
                if code.strip()
            )
            for c, text in enumerate((row.name, roles, self.level_label(row.level), row.shown_as)):
                self.people.setItem(r, c, QTableWidgetItem(text))
        self.people.resizeColumnsToContents()

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
            [build.StoredRef(a.item, a.evidence_id, a.derived_from) for a in stored],
        )
        titles = {str(r["id"]): str(r.get("title") or "").strip() for r in records}
        return choice, {a.item: a for a in stored}, titles

    def left_out_text(self) -> str:
        """Which stored files will not be in the dossier, and why; empty when every one is."""
        try:
            choice, by_item, titles = self.annex_choice()
        except FieldMonError as error:
            return "⚠ " + str(error)
        if self.profile.currentData() == "pattern":
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

    def files_with_metadata(self) -> list[tuple[Attachment, metadata.MetadataReport]]:
        """Annex files the dossier would embed (the copy without metadata where one is stored)
        that still tell place, device or person, or whose metadata FieldMon could not check.

        :raises FieldMonError: when the case or a file cannot be read.
        """
        if self.profile.currentData() == "pattern":
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

    def metadata_warning(self) -> str | None:
        """The warning to show before export, or None when no annex carries metadata."""
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

    def confirm_metadata(self) -> bool:
        """Warn when annexes still carry metadata; True to go on with the export."""
        warning = self.metadata_warning()
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
        if not self.confirm_metadata():
            return
        suggested = safe_filename(
            f"{self.reference}-{self.profile.currentData()}-{self.language.currentData()}.pdf"
        )
        path = file_dialogs.save_file(self, self.tr("Save the dossier"), suggested, "PDF (*.pdf)")
        if path:
            self.write(Path(path))

    def write(self, path: Path) -> None:
        profile, language = self.profile.currentData(), self.language.currentData()
        self.progress.show()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Sealing, laying out and signing…"))

        def work(progress: Any) -> tuple[str, dict[str, Any]]:
            plan = build.plan(self.vault, [self.reference], profile, language)
            return build.write_dossier(self.vault, plan, path, force=True, progress=progress)

        def done(result: tuple[str, dict[str, Any]]) -> None:
            self.progress.hide()
            self.written = path
            self.export_button.setEnabled(True)
            self.show_button.show()
            self.status.setText(
                self.tr("Signed dossier written to %1 (SHA-256 %2).")
                .replace("%1", str(path))
                .replace("%2", result[0])
            )

        def failed(message: str) -> None:
            self.progress.hide()
            self.export_button.setEnabled(True)
            self.status.setText("⚠ " + message)

        run_in_background(work, done, failed, self.status.setText)

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
