"""The export dialog's review step and its consent questions.

- :class:`ReviewPanel`: each possible name the matcher is not sure of, in its context, with who
  it could be, why it is uncertain, and a choice: replace it or keep it as written. Nothing
  here touches the vault; the export dialog loads and saves off the GUI thread.
- :class:`BlockedDialog`: a victim or applicant withdrew consent for the recipient; the
  dossier must not go, unless the monitor writes down why it must.
- :func:`withheld_annexes`: the annexes a dossier would withhold for consent reasons, worked
  out from the cases as they stand (nothing sealed); run in a worker.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldmon.consent.policy import AGGREGATED_PROFILES
from fieldmon.consent.redactor import Redactor
from fieldmon.consent.review import CONTEXT_CHARS, Candidate
from fieldmon.dossier import build, profiles
from fieldmon.dossier.annex_files import withheld_preview
from fieldmon.dossier.texts import Texts
from fieldmon.resources import vocabulary
from fieldmon.vault.store import Vault
from ui import i18n

REPLACE, KEEP = "replace", "keep"
HIGHLIGHT = "#ffd54f"  # the matched words, dark text on amber (readable in any theme)


@dataclass(frozen=True)
class WithheldPreview:
    """An annex the dossier would withhold for consent reasons, as the monitor sees it.

    :ivar evidence_id: the evidence record.
    :ivar title: its title as recorded (the monitor's own vault: not cleaned).
    :ivar sha256: the original file's hash, as the dossier will list it.
    :ivar reason: ``not_recorded``, ``below_level`` or ``names_hidden_person``.
    """

    evidence_id: str
    title: str
    sha256: str
    reason: str


def withheld_annexes(
    vault: Vault, reference: str, profile: str, language: str, withhold_perpetrators: bool
) -> list[WithheldPreview]:
    """The annexes of a case a dossier would withhold for consent reasons, from the case as it
    stands (:func:`fieldmon.dossier.annex_files.withheld_preview`, which also reads each file
    for names). Vault work: call it off the GUI thread.
    """
    if profile in AGGREGATED_PROFILES:
        return []  # no annexes at all
    redactor = Redactor(
        profiles.RECIPIENT[profile],
        Texts(language),
        pattern=False,
        withhold_perpetrators=withhold_perpetrators,
    )
    redactor.add_case(vault.get_case(reference))
    return [
        WithheldPreview(w.evidence_id, w.title, w.sha256, w.reason)
        for w in withheld_preview(vault, reference, redactor)
    ]


def context_html(candidate: Candidate) -> str:
    """The candidate in its context, its words highlighted: ``…before [TEXT] after…``."""

    def plain(text: str) -> str:
        return html.escape(" ".join(text.split()))

    before, after = candidate.before, candidate.after
    # The context is cut at CONTEXT_CHARS; shorter means the text starts or ends there.
    lead = "…" if len(before) >= CONTEXT_CHARS else ""
    tail = "…" if len(after) >= CONTEXT_CHARS else ""
    space_before = " " if before[-1:].isspace() else ""
    space_after = " " if after[:1].isspace() else ""
    return (
        f"{lead}{plain(before)}{space_before}"
        f'<span style="background-color:{HIGHLIGHT}; color:#000000; font-weight:bold">'
        f"{plain(candidate.text)}</span>{space_after}{plain(after)}{tail}"
    )


class ReviewPanel(QWidget):
    """Possible names to decide: each with Replace / Keep, plus Replace all and Save.

    ``changed`` is emitted whenever a choice changes; ``save_requested`` when the monitor asks to
    store the choices (the dialog stores them off the GUI thread).
    """

    changed = Signal()
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportReview")
        self.items: list[tuple[Candidate, str | None]] = []
        self.people: dict[tuple[str, str], build.NamingRow] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.pending: dict[str, str] = {}  # choices made here, not yet stored
        self._rows: list[tuple[Candidate, QLabel, QLabel, QRadioButton, QRadioButton]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("exportReviewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.area = QScrollArea()
        self.area.setObjectName("exportReviewList")
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget()
        self.list_layout = QVBoxLayout(self.inner)
        self.list_layout.addStretch(1)
        self.area.setWidget(self.inner)
        layout.addWidget(self.area, 1)
        row = QHBoxLayout()
        self.replace_all_button = QPushButton()
        self.replace_all_button.setObjectName("exportReplaceAll")
        self.replace_all_button.clicked.connect(self.replace_all)
        self.save_button = QPushButton()
        self.save_button.setObjectName("exportSaveDecisions")
        self.save_button.clicked.connect(self.save_requested)
        row.addWidget(self.replace_all_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        i18n.follow_language(self)

    # -- what the dialog asks -------------------------------------------------------------

    def show_candidates(
        self,
        items: Sequence[tuple[Candidate, str | None]],
        people: dict[tuple[str, str], build.NamingRow],
    ) -> None:
        """Show the candidates with their stored decisions (choices made here and not yet stored
        stay chosen)."""
        self.items = list(items)
        self.people = people
        keys = {c.key for c, _ in self.items}
        self.pending = {k: d for k, d in self.pending.items() if k in keys}
        while self.list_layout.count() > 1:
            taken = self.list_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.groups.clear()
        self._rows.clear()
        for number, (candidate, stored) in enumerate(self.items, 1):
            self.list_layout.insertWidget(number - 1, self._card(number, candidate, stored))
        self.retranslate()

    def choice(self, key: str) -> str | None:
        """The decision chosen for a candidate (here or stored), or None."""
        group = self.groups.get(key)
        button = group.checkedButton() if group is not None else None
        if button is None:
            return None
        return REPLACE if group is not None and group.id(button) == 0 else KEEP

    def choices(self) -> dict[str, str]:
        """Every decision chosen, by candidate key."""
        return {c.key: d for c, _ in self.items if (d := self.choice(c.key)) is not None}

    def undecided(self) -> list[Candidate]:
        """The candidates without a decision yet."""
        return [c for c, _ in self.items if self.choice(c.key) is None]

    def unsaved(self) -> list[tuple[Candidate, str]]:
        """Decisions chosen here that differ from the stored ones."""
        out = []
        for candidate, stored in self.items:
            chosen = self.choice(candidate.key)
            if chosen is not None and chosen != stored:
                out.append((candidate, chosen))
        return out

    def set_choice(self, key: str, decision: str) -> None:
        """Choose ``replace`` or ``keep`` for a candidate."""
        group = self.groups[key]
        button = group.button(0 if decision == REPLACE else 1)
        button.setChecked(True)

    def replace_all(self) -> None:
        """Choose Replace for every candidate without a decision (decided ones stay)."""
        for candidate in self.undecided():
            self.set_choice(candidate.key, REPLACE)

    def set_busy(self, busy: bool) -> None:
        """Grey out the choices while a save or an export runs."""
        self.inner.setEnabled(not busy)
        self.replace_all_button.setEnabled(not busy and bool(self.undecided()))
        self.save_button.setEnabled(not busy and bool(self.unsaved()))

    # -- drawing ---------------------------------------------------------------------------

    def _card(self, number: int, candidate: Candidate, stored: str | None) -> QFrame:
        card = QFrame()
        card.setObjectName(f"exportCandidate{number}")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(card)
        box.setContentsMargins(8, 6, 8, 6)
        box.setSpacing(3)
        context = QLabel(context_html(candidate))
        context.setObjectName(f"exportCandidateContext{number}")
        context.setTextFormat(Qt.TextFormat.RichText)
        context.setWordWrap(True)
        context.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(context)
        details = QLabel()
        details.setObjectName(f"exportCandidateDetails{number}")
        details.setWordWrap(True)
        details.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(details)
        row = QHBoxLayout()
        replace = QRadioButton()
        replace.setObjectName(f"exportCandidateReplace{number}")
        keep = QRadioButton()
        keep.setObjectName(f"exportCandidateKeep{number}")
        group = QButtonGroup(card)
        group.addButton(replace, 0)
        group.addButton(keep, 1)
        chosen = self.pending.get(candidate.key, stored)
        if chosen == REPLACE:
            replace.setChecked(True)
        elif chosen == KEEP:
            keep.setChecked(True)
        group.idToggled.connect(partial(self._toggled, candidate.key))
        self.groups[candidate.key] = group
        row.addWidget(replace)
        row.addWidget(keep)
        row.addStretch(1)
        box.addLayout(row)
        self._rows.append((candidate, context, details, replace, keep))
        return card

    def _toggled(self, key: str, _id: int, on: bool) -> None:
        if on:
            self._chosen(key)

    def _chosen(self, key: str) -> None:
        decision = self.choice(key)
        if decision is not None:
            self.pending[key] = decision
        self._update_summary()
        self.changed.emit()

    def reason_text(self, reason: str) -> str:
        """An uncertainty reason of the matcher in plain words."""
        known = {
            "lone_given_name": self.tr("a given name alone"),
            "ordinary_word": self.tr("also an ordinary word"),
            "place_name": self.tr("part of a place name"),
            "shared": self.tr("a name several persons share"),
            "approximate": self.tr("another spelling"),
            "ambiguous": self.tr("could name more than one person"),
        }
        return known.get(reason, reason)

    def who(self, candidate: Candidate) -> str:
        """Who the words could name: "p4 Səbinə Quliyeva (witness)" for each owner."""
        out = []
        for pid in candidate.owners:
            row = self.people.get((candidate.case_reference, pid))
            if row is None:
                out.append(pid)
                continue
            roles = ", ".join(
                vocabulary("roles").label(code.strip(), i18n.current())
                for code in row.roles.split(",")
                if code.strip()
            )
            out.append(f"{pid} {row.name} ({roles})" if roles else f"{pid} {row.name}")
        return "; ".join(out)

    def details_text(self, candidate: Candidate) -> str:
        """The second line of a card: where, who, what it becomes, why uncertain."""
        reasons = ", ".join(self.reason_text(r) for r in candidate.reasons)
        return (
            self.tr("%1, %2 · could be %3 · if replaced: “%4” · uncertain: %5")
            .replace("%1", candidate.case_reference)
            .replace("%2", candidate.field)
            .replace("%3", self.who(candidate))
            .replace("%4", candidate.label)
            .replace("%5", reasons)
        )

    def _update_summary(self) -> None:
        total, left = len(self.items), len(self.undecided())
        if total == 0:
            self.summary.setText(
                self.tr("No possible names to review: the matcher is sure of each.")
            )
        elif left:
            self.summary.setText(
                self.tr(
                    "%1 possible name(s) in the text could identify a person who is not shown in"
                    " full. Decide each: Replace hides the words, Keep leaves them as written."
                    " %2 still undecided: the dossier cannot be written until each is decided."
                )
                .replace("%1", str(total))
                .replace("%2", str(left))
            )
        else:
            self.summary.setText(
                self.tr(
                    "All %1 possible name(s) decided. Decisions are kept per case and recipient."
                ).replace("%1", str(total))
            )
        self.replace_all_button.setEnabled(bool(left))
        self.save_button.setEnabled(bool(self.unsaved()))

    def retranslate(self) -> None:
        self.replace_all_button.setText(self.tr("Replace &all undecided"))
        self.replace_all_button.setAccessibleName(self.tr("Replace all undecided names"))
        self.save_button.setText(self.tr("&Save decisions"))
        self.save_button.setAccessibleName(self.tr("Save decisions"))
        self.area.setAccessibleName(self.tr("Possible names to review"))
        for number, (candidate, _context, details, replace, keep) in enumerate(self._rows, 1):
            details.setText(self.details_text(candidate))
            replace.setText(self.tr("Replace"))
            keep.setText(self.tr("Keep as written"))
            replace.setAccessibleName(
                self.tr("Replace possible name %1: %2")
                .replace("%1", str(number))
                .replace("%2", candidate.text)
            )
            keep.setAccessibleName(
                self.tr("Keep possible name %1: %2")
                .replace("%1", str(number))
                .replace("%2", candidate.text)
            )
        self._update_summary()


class BlockedDialog(QDialog):
    """Who withdrew consent for this recipient, and a written reason to send anyway.

    Accepting requires a reason (the Send anyway button stays disabled while the text is blank);
    :meth:`reason` is what goes into the custody log.
    """

    def __init__(
        self, persons: Sequence[tuple[str, str, str]], recipient: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportBlocked")
        self.persons = list(persons)
        self.recipient = recipient
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setObjectName("exportBlockedMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        self.reason_label = QLabel()
        self.reason_label.setWordWrap(True)
        layout.addWidget(self.reason_label)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("exportOverrideReason")
        self.reason_label.setBuddy(self.reason_edit)
        layout.addWidget(self.reason_edit, 1)
        self.buttons = QDialogButtonBox()
        self.send_button = QPushButton()
        self.send_button.setObjectName("exportOverride")
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.accept)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("exportDoNotSend")
        self.stop_button.setDefault(True)
        self.stop_button.clicked.connect(self.reject)
        self.buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(self.buttons)
        self.reason_edit.textChanged.connect(self._reason_changed)
        i18n.follow_language(self)

    def reason(self) -> str:
        """The reason as written (stripped); empty while none is written."""
        return self.reason_edit.toPlainText().strip()

    def _reason_changed(self) -> None:
        self.send_button.setEnabled(bool(self.reason()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Consent withdrawn"))
        who = "\n".join(f"• {ref} {pid}: {name}" for ref, pid, name in self.persons)
        self.message.setText(
            self.tr(
                "Consent to dossiers for %1 was withdrawn by:\n%2\n\nThis dossier is about them"
                " and must not go to this recipient."
            )
            .replace("%1", self.recipient)
            .replace("%2", who)
        )
        self.reason_label.setText(
            self.tr(
                "To send it anyway, write down &why. The reason is recorded in the custody log"
                " of the case."
            )
        )
        self.reason_edit.setAccessibleName(self.tr("Reason to send despite withdrawn consent"))
        self.send_button.setText(self.tr("Send &anyway"))
        self.send_button.setAccessibleName(self.tr("Send anyway, with the reason written"))
        self.stop_button.setText(self.tr("&Do not send"))
        self.stop_button.setAccessibleName(self.tr("Do not send"))
