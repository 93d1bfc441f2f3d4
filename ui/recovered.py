"""After an unlock: say plainly which cases hold unsaved work that was recovered, and open them.

Drafts are written while a monitor types (see ``ui.case_view``). After a crash, a kill or an
auto-lock the typing is in the vault as encrypted drafts; this notice tells the user so, and
where, instead of leaving them to find it by chance.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from fieldmon.vault.store import Vault
from ui import i18n


class RecoveredNotice(QFrame):
    """A yellow bar listing the cases with recovered unsaved work, each with an Open button."""

    open_case = Signal(str)

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.setObjectName("recoveredNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#recoveredNotice { background: #FFF4CE; border: 1px solid #C8A400; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        top = QHBoxLayout()
        self.text = QLabel()
        self.text.setObjectName("recoveredNoticeText")
        self.text.setWordWrap(True)
        top.addWidget(self.text, 1)
        self.dismiss = QPushButton()
        self.dismiss.setObjectName("dismissRecovered")
        self.dismiss.clicked.connect(self.hide)
        top.addWidget(self.dismiss)
        layout.addLayout(top)
        self.rows = QHBoxLayout()
        layout.addLayout(self.rows)
        self.drafts = [
            (str(case.get("reference", "")), str(case.get("title", "")), saved_at)
            for case, saved_at in vault.drafts()
            if case.get("reference")
        ]
        self.buttons: list[QPushButton] = []
        for reference, _title, _saved in self.drafts:
            button = QPushButton()
            button.setObjectName(f"openRecovered_{reference}")
            button.clicked.connect(lambda _=False, r=reference: self.open_case.emit(r))
            self.rows.addWidget(button)
            self.buttons.append(button)
        self.rows.addStretch(1)
        i18n.follow_language(self)
        self.setVisible(bool(self.drafts))

    def retranslate(self) -> None:
        self.text.setText(
            self.tr(
                "Unsaved work was recovered in %n case(s). It is kept encrypted in this vault;"
                " open a case to see it, then save it or discard it.",
                "",
                len(self.drafts),
            )
        )
        self.dismiss.setText(self.tr("Hide"))
        self.dismiss.setAccessibleName(self.tr("Hide the notice of recovered work"))
        for button, (reference, title, saved_at) in zip(self.buttons, self.drafts, strict=True):
            when = saved_at[:16].replace("T", " ")
            button.setText(self.tr("Open %1 (%2 UTC)").replace("%1", reference).replace("%2", when))
            button.setToolTip(title)
            button.setAccessibleName(button.text())
