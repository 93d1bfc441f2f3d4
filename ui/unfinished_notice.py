"""After an unlock: say plainly that packets to headquarters were left unfinished, and offer
to resume them (issue 15: "Send, with progress that resumes after a restart").

A send stops when the link drops, the laptop sleeps, the window locks or FieldMon is killed;
the parts already written stay recorded in the outbox (fieldmon.exchange.outbox), and the
outbox resumes after them. This bar keeps that from being forgotten until the next send.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from fieldmon.exchange import outbox
from fieldmon.vault.store import Vault
from ui import i18n


class UnfinishedSendNotice(QFrame):
    """A yellow bar: how many packets are unfinished, with a button to the outbox."""

    open_outbox = Signal()

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.setObjectName("unfinishedSendNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#unfinishedSendNotice { background: #FFF4CE; border: 1px solid #C8A400; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel()
        self.text.setObjectName("unfinishedSendText")
        self.text.setWordWrap(True)
        row.addWidget(self.text, 1)
        self.resume = QPushButton()
        self.resume.setObjectName("unfinishedSendResume")
        self.resume.clicked.connect(self.open_outbox.emit)
        self.resume.clicked.connect(self.hide)
        row.addWidget(self.resume)
        self.dismiss = QPushButton()
        self.dismiss.setObjectName("unfinishedSendHide")
        self.dismiss.clicked.connect(self.hide)
        row.addWidget(self.dismiss)
        self.count = len(outbox.unfinished(vault))
        i18n.follow_language(self)
        self.setVisible(self.count > 0)

    def retranslate(self) -> None:
        self.text.setText(
            self.tr(
                "%n packet(s) to headquarters were not finished: the link dropped or FieldMon"
                " closed while sending. What was already written is kept; the outbox resumes"
                " after it.",
                "",
                self.count,
            )
        )
        self.resume.setText(self.tr("Open the outbox"))
        self.resume.setAccessibleName(self.tr("Open the outbox to resume the unfinished packets"))
        self.dismiss.setText(self.tr("Hide"))
        self.dismiss.setAccessibleName(self.tr("Hide the notice of unfinished packets"))
