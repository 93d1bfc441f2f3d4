"""Recovery shares in the window: shown one at a time to be written down, made again from Field
security, and typed on the unlock screen to set a new passphrase.

Shares are SLIP-39 mnemonics made and combined by :mod:`fieldmon.vault.recovery`, the same
functions ``fieldmon recovery create`` and ``fieldmon recover`` use. The window never stores a
share and never puts one on the clipboard: a share is shown as text that cannot be selected,
and forgotten when its dialog or page closes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import shamir_mnemonic
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shamir_mnemonic.share import Share
from shamir_mnemonic.wordlist import WORD_INDEX_MAP

from fieldmon.crypto.passphrase import MIN_LENGTH, passphrase_problem, strength_score
from fieldmon.errors import WrongPassphrase
from fieldmon.vault import recovery
from fieldmon.vault.store import Vault
from ui import i18n
from ui.workers import run_in_background

SHARE_WORDS = 33
"""Words in a SLIP-39 share of a 256-bit vault key (SLIP-0039, "Format of the share
mnemonic": 10 bits a word, 130 bits of header and checksum plus the padded secret)."""
DEFAULT_THRESHOLD, DEFAULT_COUNT = 2, 3
WORD_COLUMNS = 3


# -- checking a typed share (no Qt) --------------------------------------------------------


@dataclass(frozen=True)
class ShareProblem:
    """Why a typed share cannot be used.

    ``kind`` is ``empty``, ``word`` (``word`` is the 1-based position of a word that is not in
    the SLIP-39 word list), ``count`` (``count`` words instead of :data:`SHARE_WORDS`),
    ``checksum`` (every word is a share word but the share's checksum fails: a word was
    mistyped as another share word), ``other-set`` (the share belongs to another set than
    share 1) or ``repeated`` (the same share twice; ``other`` is its earlier number).
    """

    kind: str
    word: int = 0
    count: int = 0
    other: int = 0


def parse_share(text: str) -> Share | ShareProblem:
    """The share typed as ``text`` (any case and spacing), or why it is not one.

    :param text: the words of one share as the person typed them.
    :return: the parsed :class:`shamir_mnemonic.share.Share`, or a :class:`ShareProblem`.
    """
    words = text.lower().split()
    if not words:
        return ShareProblem("empty")
    for position, word in enumerate(words, 1):
        if word not in WORD_INDEX_MAP:
            return ShareProblem("word", word=position)
    if len(words) != SHARE_WORDS:
        return ShareProblem("count", count=len(words))
    try:
        return Share.from_mnemonic(" ".join(words))
    except shamir_mnemonic.MnemonicError:
        return ShareProblem("checksum")


def set_problems(shares: list[Share]) -> dict[int, ShareProblem]:
    """Problems of valid shares taken together, keyed by the 0-based index of the share:
    one from another set than the first share, or the same share typed twice."""
    problems: dict[int, ShareProblem] = {}
    first = shares[0]
    seen: dict[tuple[int, int], int] = {}
    for n, share in enumerate(shares):
        if (share.identifier, share.group_index) != (first.identifier, first.group_index):
            problems[n] = ShareProblem("other-set")
        elif share.index in seen:
            problems[n] = ShareProblem("repeated", other=seen[share.index] + 1)
        else:
            seen[share.index] = n
    return problems


# -- the new passphrase, with the first-run wizard's rules ----------------------------------


class PassphraseFields(QWidget):
    """A new passphrase typed twice, with the strength meter and the reason it is refused.

    The first-run wizard and recovery both use it, so one set of rules
    (:func:`fieldmon.crypto.passphrase.passphrase_problem`) applies everywhere. Its texts keep
    the translation context of the wizard page they came from (``_PassphrasePage``).
    """

    changed = Signal()

    def __init__(self, prefix: str = "") -> None:
        """:param prefix: put before the object names, so two sets in one window differ."""
        super().__init__()
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.first = QLineEdit()
        self.first.setObjectName(prefix + "newPassphrase")
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setObjectName(prefix + "repeatPassphrase")
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = QProgressBar()
        self.meter.setObjectName(prefix + "strengthMeter")
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.reason = QLabel()
        self.reason.setObjectName(prefix + "passphraseReason")
        self.reason.setWordWrap(True)
        self.first_label, self.second_label, self.meter_label = QLabel(), QLabel(), QLabel()
        layout.addRow(self.first_label, self.first)
        layout.addRow(self.second_label, self.second)
        layout.addRow(self.meter_label, self.meter)
        layout.addRow(self.reason)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.first_label.setText(QCoreApplication.translate("_PassphrasePage", "&Passphrase"))
        self.first_label.setBuddy(self.first)
        self.first.setAccessibleName(QCoreApplication.translate("_PassphrasePage", "Passphrase"))
        self.second_label.setText(QCoreApplication.translate("_PassphrasePage", "&Repeat it"))
        self.second_label.setBuddy(self.second)
        self.second.setAccessibleName(
            QCoreApplication.translate("_PassphrasePage", "Repeat the passphrase")
        )
        self.meter_label.setText(QCoreApplication.translate("_PassphrasePage", "Strength"))
        self.meter.setAccessibleName(QCoreApplication.translate("_PassphrasePage", "Strength"))
        self._check()

    def text(self) -> str:
        """The passphrase as typed (check :meth:`problem` first)."""
        return self.first.text()

    def clear(self) -> None:
        """Forget both fields."""
        self.first.clear()
        self.second.clear()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet: ``""`` while nothing is typed, a sentence
        when it is too weak or the two differ, ``None`` when it is fine."""
        text = self.first.text()
        if not text:
            return ""
        problem = passphrase_problem(text)
        if problem is not None:
            if problem.kind == "short":
                return (
                    QCoreApplication.translate(
                        "_PassphrasePage",
                        "Too short: %1 characters; a vault needs at least %2. Several"
                        " uncommon words are easy to remember and hard to guess.",
                    )
                    .replace("%1", str(problem.length))
                    .replace("%2", str(MIN_LENGTH))
                )
            if problem.kind == "space":
                return QCoreApplication.translate(
                    "_PassphrasePage", "It starts or ends with a space, which is easy to mistype."
                )
            if problem.kind == "published":
                return QCoreApplication.translate(
                    "_PassphrasePage",
                    "This passphrase is published in FieldMon's documentation; use it only for"
                    " the demo vault (fieldmon demo).",
                )
            if problem.kind == "predictable":
                return QCoreApplication.translate(
                    "_PassphrasePage",
                    "Too predictable: it is built from names, places, slogans, years or case"
                    " references that an adversary in the region would try first. Add several"
                    " uncommon words of your own.",
                )
            return QCoreApplication.translate(
                "_PassphrasePage",
                "Too easy to guess: it follows a common pattern or word. Add more uncommon words.",
            )
        if self.second.text() != text:
            return QCoreApplication.translate("_PassphrasePage", "The two passphrases differ.")
        return None

    def _check(self) -> None:
        self.meter.setValue(strength_score(self.first.text()))
        problem = self.problem()
        strong = QCoreApplication.translate("_PassphrasePage", "Strong enough.")
        self.reason.setText(problem or (strong if problem is None else ""))
        self.changed.emit()


# -- showing shares -------------------------------------------------------------------------


class ShareViewer(QWidget):
    """Shows shares one at a time, as numbered words that cannot be selected or copied; the
    next one comes only after "I have written this down".

    ``shown[i]`` counts how often share ``i`` was put on screen (once each, by design).
    """

    completed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.shares: list[str] = []
        self.threshold = 0
        self.index = 0
        self.shown: list[int] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("shareHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.words = QLabel()
        self.words.setObjectName("shareWords")
        # Not selectable, no context menu: a share never reaches the clipboard.
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.words.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.words.setTextFormat(Qt.TextFormat.RichText)
        self.words.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.words, 1)
        row = QHBoxLayout()
        self.written = QCheckBox()
        self.written.setObjectName("shareWrittenDown")
        self.written.toggled.connect(self._written)
        row.addWidget(self.written, 1)
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextShare")
        self.next_button.clicked.connect(self.next_share)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        total = len(self.shares)
        self.heading.setText(
            self.tr(
                "<b>Share %1 of %2.</b> Any %3 of the %2 shares give access back with a new"
                " passphrase if this one is lost. Write this share on its own paper, with the"
                " word numbers, and keep each paper in a different place, never with the"
                " laptop. It is shown only now and is not stored."
            )
            .replace("%1", str(self.index + 1))
            .replace("%2", str(total))
            .replace("%3", str(self.threshold))
        )
        self.words.setAccessibleName(self.tr("Words of the share"))
        self.written.setText(
            self.tr("I have written share %1 down").replace("%1", str(self.index + 1))
        )
        self.written.setAccessibleName(self.tr("I have written this share down"))
        self.next_button.setText(self.tr("Next share >"))
        self.next_button.setAccessibleName(self.tr("Next share"))

    def set_shares(self, shares: list[str], threshold: int) -> None:
        """Start showing ``shares`` (any ``threshold`` of them open the vault) from the first."""
        self.shares = list(shares)
        self.threshold = threshold
        self.shown = [0] * len(shares)
        self._show(0)

    def _show(self, index: int) -> None:
        self.index = index
        self.shown[index] += 1
        words = self.shares[index].split()
        rows = -(-len(words) // WORD_COLUMNS)
        cells = []
        for row in range(rows):
            line = []
            for column in range(WORD_COLUMNS):
                n = column * rows + row
                if n < len(words):
                    line.append(
                        f"<td align='right' style='color:palette(mid)'>{n + 1}.</td>"
                        f"<td style='padding-right:28px'><b>{words[n]}</b></td>"
                    )
            cells.append("<tr>" + "".join(line) + "</tr>")
        self.words.setText(
            "<table cellspacing='2' style='font-family:monospace; font-size:12pt'>"
            + "".join(cells)
            + "</table>"
        )
        self.written.blockSignals(True)
        self.written.setChecked(False)
        self.written.blockSignals(False)
        self.next_button.setVisible(index + 1 < len(self.shares))
        self.next_button.setEnabled(False)
        self.retranslate()

    def _written(self, checked: bool) -> None:
        self.next_button.setEnabled(checked)
        if checked and self.is_complete():
            self.completed.emit()

    def next_share(self) -> None:
        """Show the next share, once the current one is written down."""
        if self.written.isChecked() and self.index + 1 < len(self.shares):
            self._show(self.index + 1)

    def is_complete(self) -> bool:
        """Whether every share was shown and the last one confirmed as written down."""
        return bool(self.shares) and self.index == len(self.shares) - 1 and self.written.isChecked()

    def clear(self) -> None:
        """Forget the shares and take them off the screen."""
        self.shares = []
        self.words.clear()


class RecoverySharesDialog(QDialog):
    """Shows shares that were just made, one at a time, to be written down (never saved)."""

    def __init__(
        self, shares: list[str], parent: QWidget | None = None, threshold: int = 0
    ) -> None:
        """:param threshold: how many of the shares open the vault (read from the first share
        when not given)."""
        super().__init__(parent)
        self.setObjectName("recoveryShares")
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.viewer = ShareViewer()
        layout.addWidget(self.viewer, 1)
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setObjectName("sharesWrittenDown")
        self.done_button.setEnabled(False)
        self.close_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("sharesClose")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.viewer.completed.connect(lambda: self.done_button.setEnabled(True))
        if not threshold and shares:
            parsed = parse_share(shares[0])
            threshold = parsed.member_threshold if isinstance(parsed, Share) else len(shares)
        self.viewer.set_shares(shares, threshold)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Recovery shares"))
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Done: every share is written down"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))

    def done(self, result: int) -> None:
        """Close, taking the shares off the screen and out of the dialog."""
        self.viewer.clear()
        super().done(result)


# -- making shares again (Field security) ----------------------------------------------------


def share_count_boxes(count_name: str, threshold_name: str) -> tuple[QSpinBox, QSpinBox]:
    """How many shares to make (2 to the most there can be, DEFAULT_COUNT at first) and how
    many of them recover (2 to the count, DEFAULT_THRESHOLD at first), as two spin boxes with
    these object names."""
    count = QSpinBox()
    count.setObjectName(count_name)
    count.setRange(2, recovery.MAX_SHARES)
    count.setValue(DEFAULT_COUNT)
    threshold = QSpinBox()
    threshold.setObjectName(threshold_name)
    threshold.setRange(2, DEFAULT_COUNT)
    threshold.setValue(DEFAULT_THRESHOLD)
    count.valueChanged.connect(threshold.setMaximum)
    return count, threshold


class MakeSharesDialog(QDialog):
    """Asks for the passphrase again and how many shares to make, then shows them one at a
    time. New shares replace the vault's recovery slot, so shares made before stop working."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.threshold_made = 0
        self.setObjectName("makeSharesDialog")
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        form_layout.addWidget(self.explanation)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("sharesPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.make)
        self.count, self.threshold = share_count_boxes("sharesCount", "sharesThreshold")
        self.passphrase_label, self.threshold_label, self.count_label = (
            QLabel(),
            QLabel(),
            QLabel(),
        )
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.count_label, self.count)
        form.addRow(self.threshold_label, self.threshold)
        form_layout.addLayout(form)
        self.busy = QProgressBar()
        self.busy.setObjectName("sharesBusy")
        self.busy.setRange(0, 0)
        self.busy.hide()
        form_layout.addWidget(self.busy)
        self.status = QLabel()
        self.status.setObjectName("makeSharesStatus")
        self.status.setWordWrap(True)
        form_layout.addWidget(self.status)
        form_layout.addStretch(1)
        self.stack.addWidget(form_page)
        self.viewer = ShareViewer()
        self.stack.addWidget(self.viewer)

        buttons = QDialogButtonBox()
        self.make_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.make_button.setObjectName("makeSharesButton")
        self.make_button.clicked.connect(self.make)
        self.done_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setObjectName("sharesDone")
        self.done_button.hide()
        self.close_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setObjectName("makeSharesClose")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.viewer.completed.connect(lambda: self.done_button.setEnabled(True))
        i18n.follow_language(self)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Make recovery shares"))
        self.explanation.setText(
            self.tr(
                "Recovery shares give access back if the passphrase is lost: any chosen number"
                " of them set a new passphrase. New shares replace the ones made before, which"
                " stop working: destroy them. Type the passphrase again to go on."
            )
        )
        self.passphrase_label.setText(self.tr("&Passphrase"))
        self.passphrase_label.setBuddy(self.passphrase)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.count_label.setText(self.tr("&Shares to make"))
        self.count_label.setBuddy(self.count)
        self.count.setAccessibleName(self.tr("Shares to make"))
        self.threshold_label.setText(self.tr("Shares &needed to recover"))
        self.threshold_label.setBuddy(self.threshold)
        self.threshold.setAccessibleName(self.tr("Shares needed to recover"))
        self.busy.setAccessibleName(self.tr("Making the shares"))
        self.make_button.setText(self.tr("&Make the shares"))
        self.make_button.setAccessibleName(self.tr("Make the shares"))
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Done: every share is written down"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))

    def make(self) -> None:
        """Check the passphrase and make the shares off the GUI thread (Argon2 takes about
        half a second), then show the first one."""
        passphrase = self.passphrase.text()
        if not passphrase or self.busy.isVisible():
            return
        self.passphrase.clear()
        threshold, count = self.threshold.value(), self.count.value()
        self._set_busy(True)
        self.status.setText(self.tr("Checking the passphrase…"))

        def work(_: Any) -> list[str] | None:
            try:
                return recovery.create_shares(self.vault, passphrase, threshold, count)
            except WrongPassphrase:
                return None

        def done(shares: list[str] | None) -> None:
            self._set_busy(False)
            if shares is None:
                self.status.setText(self.tr("Wrong passphrase: no shares were made."))
                self.passphrase.setFocus()
                return
            self.status.clear()
            self.threshold_made = threshold
            self.viewer.set_shares(shares, threshold)
            self.stack.setCurrentWidget(self.viewer)
            self.make_button.hide()
            self.done_button.show()
            self.done_button.setEnabled(False)

        def failed(message: str) -> None:
            self._set_busy(False)
            self.status.setText("⚠ " + message)

        run_in_background(work, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.make_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def done(self, result: int) -> None:
        """Close, taking the shares off the screen and out of the dialog."""
        self.viewer.clear()
        self.passphrase.clear()
        super().done(result)


# -- recovering on the unlock screen --------------------------------------------------------


class _ShareBox(QWidget):
    """One share typed by the person, with its word count or what is wrong with it."""

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        self.label = QLabel()
        layout.addWidget(self.label)
        self.text = QPlainTextEdit()
        self.text.setObjectName(f"share{number}")
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 3 + 14)
        layout.addWidget(self.text)
        self.label.setBuddy(self.text)
        self.note = QLabel()
        self.note.setObjectName(f"share{number}Note")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.problem: str | None = None
        self.text.textChanged.connect(self._count)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Share &%1").replace("%1", str(self.number)))
        self.text.setAccessibleName(self.tr("Share %1").replace("%1", str(self.number)))
        self._count()

    def _count(self) -> None:
        self.problem = None
        words = len(self.text.toPlainText().split())
        self.note.setText(
            self.tr("%1 of %2 words").replace("%1", str(words)).replace("%2", str(SHARE_WORDS))
        )

    def show_problem(self, problem: ShareProblem) -> None:
        """Say under the box, plainly, what is wrong with this share."""
        n = str(self.number)
        if problem.kind == "empty":
            text = self.tr("Share %1 is empty.").replace("%1", n)
        elif problem.kind == "word":
            text = (
                self.tr("Share %1 is not valid: word %2 is not a share word.")
                .replace("%1", n)
                .replace("%2", str(problem.word))
            )
        elif problem.kind == "count":
            text = (
                self.tr("Share %1 is not valid: it has %2 words; a share has %3.")
                .replace("%1", n)
                .replace("%2", str(problem.count))
                .replace("%3", str(SHARE_WORDS))
            )
        elif problem.kind == "checksum":
            text = self.tr(
                "Share %1 is not valid: a word is mistyped (its check does not match)."
            ).replace("%1", n)
        elif problem.kind == "other-set":
            text = self.tr("Share %1 belongs to another set of shares than share 1.").replace(
                "%1", n
            )
        else:
            text = (
                self.tr("Share %1 is the same share as share %2.")
                .replace("%1", n)
                .replace("%2", str(problem.other))
            )
        self.problem = text
        self.note.setText("⚠ " + text)


class RecoverDialog(QDialog):
    """Types the shares and a new passphrase, then sets it and opens the vault.

    Emits ``recovered`` with the open :class:`Vault`. Nothing changes on disk unless the
    shares rebuild this vault's key (checked by :func:`fieldmon.vault.recovery.recover`).
    """

    recovered = Signal(object)

    def __init__(self, vault_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_dir = vault_dir
        self.working = False
        self.setObjectName("recoverDialog")
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.share_area = QScrollArea()
        self.share_area.setObjectName("sharesScroll")
        self.share_area.setWidgetResizable(True)
        inner = QWidget()
        self.boxes_layout = QVBoxLayout(inner)
        self.boxes_layout.setContentsMargins(0, 0, 8, 0)
        self.boxes_layout.addStretch(1)
        self.share_area.setWidget(inner)
        layout.addWidget(self.share_area, 1)
        self.boxes: list[_ShareBox] = []
        self.set_box_count(DEFAULT_THRESHOLD)
        self.new_label = QLabel()
        layout.addWidget(self.new_label)
        self.passphrase = PassphraseFields("recover_")
        layout.addWidget(self.passphrase)
        self.progress = QProgressBar()
        self.progress.setObjectName("recoverProgress")
        self.progress.setRange(0, 2)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("recoverStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.recover_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.clicked.connect(self.recover)
        self.cancel_button = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("recoverCancel")
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Recover with shares"))
        self.explanation.setText(
            self.tr(
                "Type the recovery shares you wrote down, one in each box, then choose a new"
                " passphrase. The first share tells how many are needed. Afterwards the old"
                " passphrase no longer opens the vault."
            )
        )
        self.share_area.setAccessibleName(self.tr("Shares"))
        self.new_label.setText("<b>" + self.tr("New passphrase") + "</b>")
        self.progress.setAccessibleName(self.tr("Recovering"))
        self.recover_button.setText(self.tr("&Recover and unlock"))
        self.recover_button.setAccessibleName(self.tr("Recover and unlock"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def set_box_count(self, count: int) -> None:
        """Show ``count`` share boxes (what was typed in the first ones stays)."""
        count = max(1, min(count, recovery.MAX_SHARES))
        while len(self.boxes) < count:
            box = _ShareBox(len(self.boxes) + 1)
            if not self.boxes:
                box.text.textChanged.connect(self._first_changed)
            self.boxes_layout.insertWidget(len(self.boxes), box)
            self.boxes.append(box)
        while len(self.boxes) > count:
            box = self.boxes.pop()
            box.text.clear()
            box.deleteLater()

    def _first_changed(self) -> None:
        parsed = parse_share(self.boxes[0].text.toPlainText())
        if isinstance(parsed, Share):
            self.set_box_count(parsed.member_threshold)

    def typed_shares(self) -> list[str] | None:
        """The shares as typed, or None after showing under each box what is wrong."""
        parsed = [parse_share(box.text.toPlainText()) for box in self.boxes]
        problems = {n: p for n, p in enumerate(parsed) if isinstance(p, ShareProblem)}
        valid = [p for p in parsed if isinstance(p, Share)]
        if not problems:
            problems = set_problems(valid)
        for n, box in enumerate(self.boxes):
            if n in problems:
                box.show_problem(problems[n])
            else:
                box._count()
        if problems:
            first = min(problems)
            self.status.setText(self.boxes[first].problem or "")
            self.boxes[first].text.setFocus()
            return None
        return [" ".join(box.text.toPlainText().lower().split()) for box in self.boxes]

    def recover(self) -> None:
        """Check the shares and the new passphrase here, then rewrap the key and open the vault
        in the background."""
        if self.working:
            return
        shares = self.typed_shares()
        if shares is None:
            return
        problem = self.passphrase.problem()
        if problem is not None:
            self.status.setText(problem or self.tr("Choose a new passphrase."))
            self.passphrase.first.setFocus()
            return
        new = self.passphrase.text()
        self._set_working(True)
        self._progress("checking")
        vault_dir = self.vault_dir

        def work(progress: Any) -> Vault | None:
            try:
                recovery.recover(vault_dir, shares, new)
            except recovery.RecoveryError:
                return None
            progress("opening")
            return Vault.open(vault_dir, new)

        run_in_background(work, self._done, self._failed, self._progress)

    def _progress(self, step: str) -> None:
        if step == "checking":
            self.progress.setValue(0)
            self.status.setText(self.tr("Checking the shares and setting the new passphrase…"))
        else:
            self.progress.setValue(1)
            self.status.setText(self.tr("Opening the vault…"))

    def _set_working(self, working: bool) -> None:
        self.working = working
        self.progress.setVisible(working)
        self.recover_button.setEnabled(not working)
        self.cancel_button.setEnabled(not working)
        self.share_area.setEnabled(not working)
        self.passphrase.setEnabled(not working)

    def _done(self, vault: Vault | None) -> None:
        self._set_working(False)
        if vault is None:
            self.status.setText(
                self.tr(
                    "These shares open nothing in this vault: they belong to another vault, newer"
                    " shares replaced them, or they do not make a whole set. Nothing was changed."
                )
            )
            return
        self.progress.setValue(2)
        self.recovered.emit(vault)
        self.accept()

    def _failed(self, message: str) -> None:
        self._set_working(False)
        self.status.setText("⚠ " + message)

    def reject(self) -> None:
        """Not while the new passphrase is being set: that finishes in a moment."""
        if not self.working:
            super().reject()

    def done(self, result: int) -> None:
        """Close, forgetting every share and passphrase typed."""
        for box in self.boxes:
            box.text.clear()
        self.passphrase.clear()
        super().done(result)


__all__ = [
    "SHARE_WORDS",
    "MakeSharesDialog",
    "PassphraseFields",
    "RecoverDialog",
    "RecoverySharesDialog",
    "ShareProblem",
    "ShareViewer",
    "parse_share",
    "set_problems",
]
