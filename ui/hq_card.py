"""The organisation card (issue 15): what is installed, the root's fingerprint as ten words, as
hex and as a QR code, and installing a card after comparing its words with headquarters.

The rules (a first card needs the words, an update the same root and a higher serial) are
fieldmon.exchange.card.install_card's; this page shows and asks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldmon.errors import FieldMonError
from fieldmon.exchange import card as cards
from fieldmon.exchange import hq, words
from fieldmon.exchange.card import OrgCard
from fieldmon.vault.store import Vault
from ui import file_dialogs, i18n


def words_text(root_der: bytes) -> str:
    """The ten fingerprint words, numbered, on two lines of five (read aloud in order)."""
    found = words.fingerprint_words(root_der)
    numbered = [f"{i + 1}. {word}" for i, word in enumerate(found)]
    return "    ".join(numbered[:5]) + "\n" + "    ".join(numbered[5:])


def hex_text(root_der: bytes) -> str:
    """The root's SHA-256 in groups of four, on two lines of eight groups."""
    groups = words.hex_fingerprint(root_der).split(" ")
    return " ".join(groups[:8]) + "\n" + " ".join(groups[8:])


def qr_pixmap(root_der: bytes, scale: int = 4) -> QPixmap:
    """The fingerprint's QR code, made in memory (never a temporary file)."""
    pixmap = QPixmap()
    pixmap.loadFromData(words.qr_png(root_der, scale), "PNG")
    return pixmap


class Fingerprint(QWidget):
    """A root's fingerprint: ten words in large type, the hex, and the QR code."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        text = QVBoxLayout()
        self.words = QLabel()
        self.words.setObjectName(f"{name}Words")
        font = QFont(self.words.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.words.setFont(font)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.words)
        self.hex = QLabel()
        self.hex.setObjectName(f"{name}Hex")
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.hex.setFont(mono)
        self.hex.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.addWidget(self.hex)
        text.addStretch(1)
        layout.addLayout(text, 1)
        self.qr = QLabel()
        self.qr.setObjectName(f"{name}Qr")
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

    def show_root(self, root_der: bytes) -> None:
        """Show the fingerprint of a root certificate (DER)."""
        self.words.setText(words_text(root_der))
        self.hex.setText(hex_text(root_der))
        self.qr.setPixmap(qr_pixmap(root_der, 3))


class CompareWordsDialog(QDialog):
    """The words of a card about to be installed, and the question whether they are the
    words headquarters reads out by phone or in person. Accepted only by "They match"."""

    def __init__(self, card: OrgCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setObjectName("compareWordsDialog")
        layout = QVBoxLayout(self)
        self.organisation = QLabel()
        self.organisation.setWordWrap(True)
        layout.addWidget(self.organisation)
        self.fingerprint = Fingerprint("compareFingerprint")
        self.fingerprint.show_root(card.root_der)
        layout.addWidget(self.fingerprint)
        self.question = QLabel()
        self.question.setObjectName("compareQuestion")
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.question)
        buttons = QDialogButtonBox()
        self.match_button = QPushButton()
        self.match_button.setObjectName("wordsMatch")
        self.match_button.clicked.connect(self.accept)
        self.differ_button = QPushButton()
        self.differ_button.setObjectName("wordsDiffer")
        self.differ_button.setDefault(True)
        self.differ_button.clicked.connect(self.reject)
        buttons.addButton(self.match_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.differ_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare the fingerprint words"))
        self.organisation.setText(
            self.tr("Card of %1, serial %2.")
            .replace("%1", self.card.organisation)
            .replace("%2", str(self.card.serial))
        )
        self.question.setText(
            self.tr(
                "Compare these words with what headquarters reads to you by phone or in"
                " person. Do they match?"
            )
        )
        self.match_button.setText(self.tr("They match: install"))
        self.match_button.setAccessibleName(self.tr("The words match: install the card"))
        self.differ_button.setText(self.tr("They differ: do not install"))
        self.differ_button.setAccessibleName(self.tr("The words differ: do not install the card"))


class CardDialog(QDialog):
    """The organisation card installed in this vault (or issued by it, at headquarters)."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.card: OrgCard | None = None
        self.compare: CompareWordsDialog | None = None
        self.is_hq = hq.is_hq(vault)
        self.setObjectName("cardDialog")
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        self.labels = [QLabel() for _ in range(5)]
        self.values = [QLabel() for _ in range(5)]
        for label, value in zip(self.labels, self.values, strict=True):
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
        self.values[0].setObjectName("cardOrganisation")
        layout.addWidget(self.box)
        self.fingerprint_box = QGroupBox()
        inner = QVBoxLayout(self.fingerprint_box)
        self.fingerprint_note = QLabel()
        self.fingerprint_note.setWordWrap(True)
        inner.addWidget(self.fingerprint_note)
        self.fingerprint = Fingerprint("cardFingerprint")
        inner.addWidget(self.fingerprint)
        layout.addWidget(self.fingerprint_box, 1)
        self.status = QLabel()
        self.status.setObjectName("cardStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        row = QHBoxLayout()
        self.install_button = QPushButton()
        self.install_button.setObjectName("installCard")
        self.install_button.clicked.connect(self.choose_file)
        self.install_button.setVisible(not self.is_hq)  # headquarters issues its own card
        row.addWidget(self.install_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("cardClose")
        row.addWidget(buttons)
        layout.addLayout(row)
        self._status = ""
        self.reload()
        i18n.follow_language(self)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Organisation card"))
        self.box.setTitle(self.tr("Installed card"))
        names = [
            self.tr("Organisation"),
            self.tr("Serial"),
            self.tr("Readers"),
            self.tr("Escrow"),
            self.tr("Revoked certificates"),
        ]
        for label, text in zip(self.labels, names, strict=True):
            label.setText(text)
        self.fingerprint_box.setTitle(self.tr("Fingerprint of the organisation's root"))
        self.fingerprint_note.setText(
            self.tr(
                "Headquarters reads these ten words to each monitor by phone or in person; a"
                " card whose words differ is not headquarters'."
            )
        )
        self.install_button.setText(self.tr("&Install or update a card…"))
        self.install_button.setAccessibleName(self.tr("Install or update the organisation card"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self._show()

    def reload(self) -> None:
        """Read the installed card again."""
        try:
            self.card = cards.installed_card(self.vault)
        except FieldMonError as error:
            self.card = None
            self._status = str(error)
        self._show()

    def _show(self) -> None:
        card = self.card
        self.fingerprint_box.setVisible(card is not None)
        if card is None:
            self.values[0].setText(self.tr("No card is installed."))
            for value in self.values[1:]:
                value.setText("")
        else:
            self.values[0].setText(card.organisation)
            self.values[1].setText(
                self.tr("%1 (issued %2)")
                .replace("%1", str(card.serial))
                .replace("%2", card.issued_at[:10])
            )
            self.values[2].setText(", ".join(r.name for r in card.readers))
            self.values[3].setText(card.escrow.name)
            self.values[4].setText(str(len(card.revoked)))
            self.fingerprint.show_root(card.root_der)
        text = self._status
        if (
            card is not None
            and not self.is_hq
            and self.vault.is_open
            and not cards.certificate_matches(self.vault, card)
        ):
            warning = self.tr(
                "This laptop's certificate is not issued by this organisation yet: what it"
                " sends would be refused. Ask headquarters to certify it."
            )
            text = f"{text}\n{warning}" if text else warning
        self.status.setText(text)

    def choose_file(self) -> None:
        """Ask for a card file (card.json) and install it."""
        path = file_dialogs.open_file(
            self, self.tr("Organisation card"), self.tr("Organisation card (*.json)")
        )
        if path:
            self.install_file(Path(path))

    def install_file(self, path: Path) -> None:
        """Install a card file: an update of the installed card at once (the core checks its
        root and serial), a first card only after its words were compared."""
        try:
            with path.open("rb") as handle:
                data = handle.read(cards.MAX_CARD_BYTES + 1)
            new = cards.read_card(data)
        except (OSError, FieldMonError) as error:
            self._say(str(error))
            return
        if self.card is not None:
            self._install(data, None)
            return
        self.compare = CompareWordsDialog(new, self)
        answer_words = words.fingerprint_words(new.root_der)
        self.compare.accepted.connect(lambda: self._install(data, answer_words))
        self.compare.rejected.connect(
            lambda: self._say(self.tr("Not installed: the words did not match."))
        )
        self.compare.open()

    def _install(self, data: bytes, compared: list[str] | None) -> None:
        try:
            installed = cards.install_card(self.vault, data, compared)
        except FieldMonError as error:
            self._say(str(error))
            return
        self.card = installed
        serial = str(installed.serial)
        self._say(self.tr("Card installed: serial %1.").replace("%1", serial))

    def _say(self, text: str) -> None:
        self._status = text
        self._show()
