"""Qt's own strings follow the interface language: standard buttons of message boxes and button
boxes, and wizard buttons, in Russian (Qt's qtbase_ru.qm) and Azerbaijani (our qtbase_az.ts);
English otherwise. And follow_language keeps a widget's texts in the current language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from ui import i18n

Buttons = QMessageBox.StandardButton
BoxButtons = QDialogButtonBox.StandardButton

EXPECTED = {
    "en": {"yes": "Yes", "no": "No", "cancel": "Cancel", "close": "Close", "next": "Next >"},
    "ru": {"yes": "Да", "no": "Нет", "cancel": "Отмена", "close": "Закрыть", "next": "Далее >"},
    "az": {"yes": "Bəli", "no": "Xeyr", "cancel": "Ləğv et", "close": "Bağla", "next": "İrəli >"},
}


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")


def shown(text: str) -> str:
    """A button's text as read: without the mnemonic ampersand."""
    return text.replace("&", "")


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_message_box_and_button_box_buttons_follow_the_language(
    qtbot: QtBot, language: str
) -> None:
    assert i18n.install(language)
    expected = EXPECTED[language]
    box = QMessageBox(QMessageBox.Icon.Question, "FieldMon", "?", Buttons.Yes | Buttons.No)
    qtbot.addWidget(box)
    yes, no = box.button(Buttons.Yes), box.button(Buttons.No)
    assert yes is not None and no is not None
    assert (shown(yes.text()), shown(no.text())) == (expected["yes"], expected["no"])
    buttons = QDialogButtonBox(BoxButtons.Cancel | BoxButtons.Close)
    qtbot.addWidget(buttons)
    cancel, close = buttons.button(BoxButtons.Cancel), buttons.button(BoxButtons.Close)
    assert cancel is not None and close is not None
    assert shown(cancel.text()) == expected["cancel"]
    assert shown(close.text()) == expected["close"]


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_wizard_buttons_follow_the_language(qtbot: QtBot, language: str) -> None:
    assert i18n.install(language)
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    wizard.show()
    assert shown(wizard.buttonText(QWizard.WizardButton.NextButton)) == EXPECTED[language]["next"]


def test_buttons_switch_language_while_shown(qtbot: QtBot) -> None:
    i18n.install("en")
    buttons = QDialogButtonBox(BoxButtons.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(BoxButtons.Cancel)
    assert cancel is not None and shown(cancel.text()) == "Cancel"
    i18n.install("az")  # LanguageChange is posted to every widget
    qtbot.waitUntil(lambda: shown(cancel.text()) == "Ləğv et")
    i18n.install("ru")
    qtbot.waitUntil(lambda: shown(cancel.text()) == "Отмена")


class Greeting(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def retranslate(self) -> None:
        self.calls += 1
        # Any string that Qt itself translates.
        self.setText(QCoreApplication.translate("QPlatformTheme", "Cancel"))


def test_follow_language_retranslates_now_and_on_every_change(qtbot: QtBot) -> None:
    i18n.install("en")
    label = Greeting()
    qtbot.addWidget(label)
    i18n.follow_language(label)
    assert (label.calls, label.text()) == (1, "Cancel")
    i18n.install("ru")  # LanguageChange is posted to every widget
    qtbot.waitUntil(lambda: label.calls == 2)
    assert label.text() == "Отмена"
    i18n.install("az")
    qtbot.waitUntil(lambda: label.calls == 3)
    assert label.text() == "Ləğv et"
    QCoreApplication.processEvents()  # nothing else is pending: one call per change
    assert label.calls == 3


def test_follow_language_refuses_what_is_not_a_qobject() -> None:
    class Plain:
        def retranslate(self) -> None: ...

        def installEventFilter(self, filter: object) -> None: ...

    with pytest.raises(TypeError):
        i18n.follow_language(Plain())


@pytest.mark.parametrize("language", ["ru", "az"])
def test_file_dialog_and_calendar_speak_the_language(qtbot: QtBot, language: str) -> None:
    """Qt 6's file dialog labels ("&Look in:") are missing from the qtbase_ru.qm PySide6 ships;
    ours supplement it. Calendars take month names from the default locale."""
    i18n.install(language)
    try:
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        assert texts and not any("Look in" in t or "Files of" in t for t in texts), texts
        calendar = QCalendarWidget()
        qtbot.addWidget(calendar)
        month = calendar.locale().monthName(1)
        assert month != "January" and month.strip()
    finally:
        i18n.install("en")
