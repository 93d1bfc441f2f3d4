"""The stepped testimony dialog, driven through every page with real widgets over a real vault.

Every name below is invented.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from fieldmon.resources import sample_cases_path, vocabulary
from fieldmon.vault.ids import records_of
from fieldmon.vault.store import Vault
from fieldmon.vault.testimony import NOT_ASKED, first_problem
from tests.conftest import PASSPHRASE
from tests.gui.conftest import typed_two_seconds_before_a_kill
from ui import i18n
from ui.testimony import DRAFT_INTERVAL_MS, TestimonyDialog

PHOTO = sample_cases_path().parent / "wrist.jpg"
IDS = ("p1", "p2", "e1", "a1", "i1", "x1", "c1")


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.install("en")


def make(qtbot: QtBot, vault: Vault, reference: str | None = None) -> TestimonyDialog:
    dialog = TestimonyDialog(vault, None, reference)

    def forget_input(widget: QWidget) -> None:  # so closing at teardown asks nothing
        assert isinstance(widget, TestimonyDialog)
        widget.pristine = widget.snapshot()

    qtbot.addWidget(dialog, before_close_func=forget_input)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click_next(qtbot: QtBot, dialog: TestimonyDialog) -> None:
    QTest.mouseClick(dialog.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def type_into(qtbot: QtBot, widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Type text as key presses; letters without a key code (ə, ı) as the text of a key event,
    the way an input method delivers them (QTest cannot map them to keys)."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def tick(qtbot: QtBot, box: QCheckBox | QRadioButton) -> None:
    """Click a check box on its indicator (its middle may be empty space)."""
    QTest.mouseClick(
        box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, box.height() // 2)
    )
    assert box.isChecked()


def no_ids_shown(dialog: TestimonyDialog) -> None:
    """No technical record id appears as text in any widget of the dialog."""
    shown: list[str] = []
    for widget in dialog.findChildren(QWidget):
        if isinstance(widget, QComboBox):
            shown += [widget.itemText(i) for i in range(widget.count())]
        elif hasattr(widget, "text") and callable(widget.text):
            value = widget.text()
            shown.append(value if isinstance(value, str) else "")
    words = {w.strip("(),.:") for text in shown for w in text.split()}
    assert not words & set(IDS)


def test_every_page_to_a_stored_case(qtbot: QtBot, empty_vault: Vault) -> None:
    dialog = make(qtbot, empty_vault)
    stored: list[str] = []
    dialog.stored.connect(stored.append)
    # 1. the case: no cases yet, so only a new one can be started
    assert dialog.currentPage() is dialog.case_page
    assert not dialog.case_page.existing_radio.isEnabled()
    click_next(qtbot, dialog)
    assert dialog.currentPage() is dialog.case_page
    assert dialog.case_page.problem.text() == "Give the case a short title."
    type_into(qtbot, dialog.case_page.title_edit, "Teacher beaten in Gəncə")
    choose(dialog.case_page.state, "AZ")
    click_next(qtbot, dialog)
    # 2. the person
    page = dialog.person_page
    assert dialog.currentPage() is page and not page.who.isVisible()
    click_next(qtbot, dialog)
    assert page.problem.text() == "Give the person's name or a pseudonym."
    type_into(qtbot, page.name, "Nərmin Qasımova")
    type_into(qtbot, page.birth_date, "1990-02-30")
    tick(qtbot, page.roles["victim"])
    click_next(qtbot, dialog)
    assert "2026-01-09" in page.problem.text() and dialog.currentPage() is page
    page.birth_date.clear()
    type_into(qtbot, page.birth_date, "1990-02")
    choose(page.sex, "female")
    choose(page.nationality.adder, "AZ")  # the app's country picker
    assert page.nationality.codes() == ["AZ"]
    click_next(qtbot, dialog)
    # 3. what happened
    event = dialog.event_page
    assert dialog.currentPage() is event, page.problem.text()
    type_into(qtbot, event.title_edit, "Beaten at police station no. 4")
    type_into(qtbot, event.start, "2026-02-03")
    act = event.acts[0]
    assert act.victim.currentData() is None  # the person interviewed, by default
    type_into(qtbot, act.description, "Kicked while handcuffed.")
    click_next(qtbot, dialog)
    assert event.problem.text() == "Choose what was done to the person."
    choose(act.type, "torture")
    choose(act.location_type, "police_station")
    act.methods.item(0).setCheckState(Qt.CheckState.Checked)  # beating
    type_into(qtbot, act.perpetrator, "Unknown officer C")
    choose(act.perpetrator_type, "police")
    QTest.mouseClick(event.add_button, Qt.MouseButton.LeftButton)
    second = event.acts[1]
    choose(second.type, "threats")
    choose(second.victim, "__other__")
    qtbot.waitUntil(second.victim_name.isVisible)
    type_into(qtbot, second.victim_name, "Elçin Qasımov")
    click_next(qtbot, dialog)
    # 4. what was seen and said
    interview = dialog.interview_page
    assert dialog.currentPage() is interview
    assert interview.interviewers.text() == empty_vault.actor
    type_into(qtbot, interview.date, "2026-02-10")
    choose(interview.language, "az")
    click_next(qtbot, dialog)
    assert interview.problem.text() == "Write down what the person saw and said."
    type_into(qtbot, interview.narrative, "Two officers kicked me and threatened my brother.")
    click_next(qtbot, dialog)
    # 5. consent: every body starts at "not asked"
    consent = dialog.consent_page
    assert set(consent.combos) == set(vocabulary("recipients").codes)
    assert all(c.currentData() == NOT_ASKED for c in consent.combos.values())
    choose(consent.combos["echr"], "full_name")
    choose(consent.combos["un-srt"], "none")
    type_into(qtbot, consent.date, "2026-02-10")
    tick(qtbot, consent.explained)
    click_next(qtbot, dialog)
    # 6. evidence
    evidence = dialog.evidence_page
    assert dialog.currentPage() is evidence
    evidence.add_files([PHOTO, PHOTO])
    assert evidence.table.rowCount() == 1 and evidence.kinds[0].currentData() == "photograph"
    said = evidence.table.item(0, 2).text()  # type: ignore[union-attr]
    assert "wrist.jpg records where, with what or by whom it was made" in said
    assert "Location: 40.41° N" in said
    assert evidence.copies[0].isChecked() and evidence.copies[0].isEnabled()
    click_next(qtbot, dialog)
    # 7. review
    assert dialog.currentPage() is dialog.review_page
    summary = dialog.review_page.summary.toPlainText()
    assert "Location: 40.41° N" in summary
    assert "A copy without metadata is kept for dossiers." in summary
    for words in ("Teacher beaten in Gəncə", "Nərmin Qasımova", "Elçin Qasımov", "wrist.jpg"):
        assert words in summary
    assert "European Court of Human Rights: Full name" in summary
    no_ids_shown(dialog)
    # what was typed is kept as the draft of the new case (written on every change of step)
    ((draft, _),) = empty_vault.drafts()
    assert draft["id"] == dialog.case_id and draft["title"] == "Teacher beaten in Gəncə"
    assert draft["interviews"][0]["narrative"].startswith("Two officers kicked me")
    QTest.mouseClick(dialog.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(stored), timeout=20_000)
    assert not dialog.isVisible()
    assert empty_vault.drafts() == []  # storing the case deleted its draft

    (reference,) = stored
    assert reference == "AZ-" + reference.split("-")[1] + "-001" == draft["reference"]
    case = empty_vault.get_case(reference)
    assert first_problem(case) is None and case["respondent_state"] == "AZ"
    assert case["id"] == dialog.case_id
    person = next(p for p in case["persons"] if p["name"] == "Nərmin Qasımova")
    assert person["roles"] == ["victim"] and person["birth_date"] == "1990-02"
    assert person["sex"] == "female" and person["nationality"] == ["AZ"]
    (torture, threats) = records_of(case, "acts")
    assert torture["type"] == "torture" and torture["victim"] == person["id"]
    assert torture["methods"] == ["beating"] and torture["location_type"] == "police_station"
    officer = next(p for p in case["persons"] if p["name"] == "Unknown officer C")
    assert torture["involvements"][0]["perpetrator"] == officer["id"]
    brother = next(p for p in case["persons"] if p["name"] == "Elçin Qasımov")
    assert threats["victim"] == brother["id"]
    (iv,) = case["interviews"]
    assert iv["interviewee"] == person["id"] and iv["language"] == "az"
    assert iv["narrative"].startswith("Two officers kicked me")
    assert sorted((c["recipient"], c["identity"], c["explained"]) for c in case["consents"]) == [
        ("echr", "full_name", True),
        ("un-srt", "none", True),
    ]
    (item,) = case["evidence"]
    assert item["file"] == "wrist.jpg" and item["source_type"] == "photograph"
    files = empty_vault.attachments(reference)
    assert [a.evidence_id for a in files] == [item["id"], item["id"]]  # original + stripped copy
    assert empty_vault.read_attachment(reference, files[0].item) == PHOTO.read_bytes()


def test_added_to_an_existing_case_with_nobody_asked(qtbot: QtBot, vault: Vault) -> None:
    before = vault.get_case("AZ-2026-001")
    dialog = make(qtbot, vault, "AZ-2026-001")
    assert dialog.case_page.existing_radio.isChecked()
    click_next(qtbot, dialog)
    person = dialog.person_page
    assert person.who.isVisible()
    names = [person.who.itemText(i) for i in range(person.who.count())]
    assert "Səbinə Quliyeva" in names  # persons of the case, by name
    type_into(qtbot, person.name, "Kamran Rzayev")
    tick(qtbot, person.roles["witness"])
    click_next(qtbot, dialog)
    event = dialog.event_page
    tick(qtbot, event.skip)  # the event is already there
    click_next(qtbot, dialog)
    type_into(qtbot, dialog.interview_page.narrative, "I saw the grey car drive off.")
    click_next(qtbot, dialog)
    click_next(qtbot, dialog)  # consent: nobody asked
    click_next(qtbot, dialog)  # no files
    assert "No body was asked" in dialog.review_page.summary.toPlainText()
    no_ids_shown(dialog)
    case_id = str(before["id"])
    draft = vault.draft(case_id)  # the dialog's own: it must not stop Finish
    assert draft is not None
    assert draft[0]["interviews"][-1]["narrative"] == "I saw the grey car drive off."
    stored: list[str] = []
    dialog.stored.connect(stored.append)
    dialog.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: bool(stored), timeout=20_000)
    assert vault.drafts() == []
    after = vault.get_case("AZ-2026-001")
    assert after["consents"] == before["consents"]
    new = next(p for p in after["persons"] if p["name"] == "Kamran Rzayev")
    assert new["id"] not in {p["id"] for p in before["persons"]}
    assert after["interviews"][-1]["interviewee"] == new["id"]
    assert len(after["events"]) == len(before["events"])


def answer_next_question(button: QMessageBox.StandardButton, asked: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(button).click()

    QTimer.singleShot(100, answer)


def test_cancel_writes_nothing_and_asks_first(qtbot: QtBot, vault: Vault) -> None:
    before = vault.export_cases()
    dialog = make(qtbot, vault)
    dialog.reject()  # nothing typed: closes without asking
    assert not dialog.isVisible()

    dialog = make(qtbot, vault)
    type_into(qtbot, dialog.case_page.title_edit, "Never stored")
    click_next(qtbot, dialog)
    type_into(qtbot, dialog.person_page.name, "Aysel Nəbiyeva")
    asked: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Cancel, asked)
    dialog.button(QWizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: bool(asked))
    assert dialog.isVisible()  # kept open: what was typed is still there
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    dialog.button(QWizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(asked) == 2 and "lose what you typed" in asked[0]
    assert vault.export_cases() == before
    assert vault.drafts() == []


def test_cancel_discards_the_draft_of_what_was_typed(qtbot: QtBot, vault: Vault) -> None:
    before = vault.export_cases()
    dialog = make(qtbot, vault)
    type_into(qtbot, dialog.case_page.title_edit, "Begun, then thrown away")
    click_next(qtbot, dialog)
    type_into(qtbot, dialog.person_page.name, "Aysel Nəbiyeva")
    # kept while typing, without changing step
    qtbot.waitUntil(lambda: persons_in_drafts(vault) == ["Aysel Nəbiyeva"], timeout=10_000)
    ((draft, _),) = vault.drafts()
    assert draft["id"] == dialog.case_id and draft["title"] == "Begun, then thrown away"
    assert draft["reference"] not in {c.reference for c in vault.list_cases()}
    asked: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    dialog.button(QWizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked and vault.drafts() == []
    assert vault.export_cases() == before


def persons_in_drafts(vault: Vault) -> list[str]:
    return [p.get("name") for d, _ in vault.drafts() for p in d.get("persons", [])]


def test_a_case_with_unsaved_edits_is_refused_at_the_start(qtbot: QtBot, vault: Vault) -> None:
    case = vault.get_case("AZ-2026-001")
    edited = {**case, "title": "Edited in the full editor, not saved"}
    vault.save_draft(edited)
    dialog = make(qtbot, vault, "AZ-2026-001")
    click_next(qtbot, dialog)
    assert dialog.currentPage() is dialog.case_page
    assert "edits that are not saved" in dialog.case_page.problem.text()
    # a new case instead: the other draft is never written over, nor discarded
    tick(qtbot, dialog.case_page.new_radio)
    type_into(qtbot, dialog.case_page.title_edit, "Another case")
    click_next(qtbot, dialog)
    assert dialog.currentPage() is dialog.person_page
    type_into(qtbot, dialog.person_page.name, "Tural Hüseynov")
    dialog.save_draft()
    assert len(vault.drafts()) == 2
    asked: list[str] = []
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    dialog.button(QWizard.WizardButton.CancelButton).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert [d for d, _ in vault.drafts()] == [edited]


def test_moving_the_testimony_to_another_case_moves_its_draft(qtbot: QtBot, vault: Vault) -> None:
    dialog = make(qtbot, vault)
    type_into(qtbot, dialog.case_page.title_edit, "First thought: a new case")
    click_next(qtbot, dialog)
    type_into(qtbot, dialog.person_page.name, "Rəna Əliyeva")
    dialog.save_draft()
    assert [d["id"] for d, _ in vault.drafts()] == [dialog.case_id]
    dialog.back()
    page = dialog.case_page
    page.existing_radio.setChecked(True)
    page.cases.setCurrentRow(1)
    click_next(qtbot, dialog)
    assert dialog.currentPage() is dialog.person_page
    ((draft, _),) = vault.drafts()  # the new case's draft is gone, the chosen case has one
    assert draft["reference"] == page.reference() == "AZ-2026-002"
    assert "Rəna Əliyeva" in [p["name"] for p in draft["persons"]]
    assert vault.get_case("AZ-2026-002") != draft  # stored only on Finish


def test_shut_down_keeps_the_draft_and_closes_without_asking(
    qtbot: QtBot, empty_vault: Vault
) -> None:
    dialog = make(qtbot, empty_vault)
    click_next(qtbot, dialog)  # no title: refused, nothing to keep yet but the title
    type_into(qtbot, dialog.case_page.title_edit, "Interrupted by the auto-lock")
    click_next(qtbot, dialog)
    type_into(qtbot, dialog.person_page.name, "Elnur Babayev")
    dialog.shut_down()  # what the window does before it locks the vault or quits
    assert not dialog.isVisible()
    ((draft, _),) = empty_vault.drafts()
    assert draft["persons"][0]["name"] == "Elnur Babayev"
    assert {"id", "reference", "title"} <= draft.keys()
    dialog.shut_down()  # a second time: nothing more happens
    dialog.reject()  # nor when it is closed afterwards: the draft stays for recovery
    assert len(empty_vault.drafts()) == 1


def to_review(qtbot: QtBot, dialog: TestimonyDialog, title: str) -> None:
    """Fill in the least a testimony needs, with consent for the ECtHR, up to the review."""
    type_into(qtbot, dialog.case_page.title_edit, title)
    click_next(qtbot, dialog)
    type_into(qtbot, dialog.person_page.name, "Leyla Hacıyeva")
    tick(qtbot, dialog.person_page.roles["victim"])
    click_next(qtbot, dialog)
    tick(qtbot, dialog.event_page.skip)
    click_next(qtbot, dialog)
    type_into(qtbot, dialog.interview_page.narrative, "They kept me awake for three days.")
    click_next(qtbot, dialog)
    choose(dialog.consent_page.combos["echr"], "full_name")
    click_next(qtbot, dialog)
    click_next(qtbot, dialog)


def test_shut_down_while_storing_waits_for_the_store(qtbot: QtBot, empty_vault: Vault) -> None:
    dialog = make(qtbot, empty_vault)
    to_review(qtbot, dialog, "Stored as the lock came")
    assert len(empty_vault.drafts()) == 1
    stored: list[str] = []
    dialog.stored.connect(stored.append)
    dialog.button(QWizard.WizardButton.FinishButton).click()
    dialog.shut_down()  # returns once the testimony is stored
    assert not dialog.isVisible()
    assert [c.title for c in empty_vault.list_cases()] == ["Stored as the lock came"]
    assert empty_vault.drafts() == []
    qtbot.waitUntil(lambda: bool(stored))  # the vault is still open here: the window is told


def test_the_summary_follows_the_interface_language(qtbot: QtBot, empty_vault: Vault) -> None:
    dialog = make(qtbot, empty_vault)
    to_review(qtbot, dialog, "Summary in two languages")
    summary = dialog.review_page.summary
    assert dialog.currentPage() is dialog.review_page
    assert "European Court of Human Rights" in summary.toPlainText()
    i18n.install("ru")
    try:
        qtbot.waitUntil(lambda: "Европейский суд" in summary.toPlainText())
        assert "European Court" not in summary.toPlainText()
        assert "Leyla Hacıyeva" in summary.toPlainText()
    finally:
        i18n.install("en")
    qtbot.waitUntil(lambda: "European Court of Human Rights" in summary.toPlainText())


def test_countries_and_languages_come_from_the_app_pickers(
    qtbot: QtBot, empty_vault: Vault
) -> None:
    from ui.pickers import CodeListPicker, SearchableCombo, country_names, language_names

    dialog = make(qtbot, empty_vault)
    state = dialog.case_page.state
    language = dialog.interview_page.language
    assert isinstance(state, SearchableCombo) and isinstance(language, SearchableCombo)
    assert isinstance(dialog.person_page.nationality, CodeListPicker)
    names = [(state.itemData(i), state.itemText(i)) for i in range(1, state.count())]
    assert names == list(country_names("en"))
    spoken = [(language.itemData(i), language.itemText(i)) for i in range(1, language.count())]
    assert spoken == list(language_names("en"))
    choose(state, "AZ")
    i18n.install("az")
    try:
        qtbot.waitUntil(lambda: state.currentText() == dict(country_names("az"))["AZ"])
        assert state.currentData() == "AZ"
    finally:
        i18n.install("en")


@pytest.mark.parametrize("screen", [QSize(1024, 600), QSize(1366, 768)])
def test_fits_small_screens_and_every_field_is_reachable(
    qtbot: QtBot, vault: Vault, screen: QSize
) -> None:
    dialog = make(qtbot, vault)
    dialog.fit_to(QRect(0, 0, screen.width(), screen.height() - 40))  # less a panel
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height() - 40
    hint = dialog.minimumSizeHint()
    assert hint.width() <= screen.width() and hint.height() <= screen.height() - 40
    for page in dialog.steps:
        area = page.scroll_area  # type: ignore[attr-defined]
        content = area.widget()
        # nothing cut off at the side; what is taller than the page scrolls
        assert content.minimumSizeHint().width() <= dialog.width()
        assert area.verticalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff


def test_labels_follow_the_interface_language(qtbot: QtBot, empty_vault: Vault) -> None:
    dialog = make(qtbot, empty_vault)
    i18n.install("ru")
    try:
        combo = dialog.consent_page.combos["echr"]
        qtbot.waitUntil(lambda: combo.itemText(1) == "Полное имя")
        assert combo.currentData() == NOT_ASKED
        assert dialog.consent_page.recipient_labels["echr"].text().startswith("Европейский суд")
    finally:
        i18n.install("en")


def test_clicking_a_case_in_the_list_chooses_it(qtbot: QtBot, vault: Vault) -> None:
    dialog = make(qtbot, vault)
    page = dialog.case_page
    assert page.new_radio.isChecked() and page.reference() is None
    rect = page.cases.visualItemRect(page.cases.item(1))
    QTest.mouseClick(
        page.cases.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )
    assert page.existing_radio.isChecked() and page.reference() == "AZ-2026-002"
    assert not page.title_edit.isEnabled()


# Runs the dialog offscreen over a vault, goes to the interview step of a new case, then types
# the narrative without a pause.
TYPING_SCRIPT = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from fieldmon.vault.store import Vault
    from ui.testimony import TestimonyDialog
    app = QApplication([])
    vault = Vault.open(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
    dialog = TestimonyDialog(vault)
    dialog.show()
    QTest.keyClicks(dialog.case_page.title_edit, "Typed until the power failed")
    dialog.next()
    QTest.keyClicks(dialog.person_page.name, "Person K")
    dialog.person_page.roles["victim"].setChecked(True)
    dialog.next()
    dialog.event_page.skip.setChecked(True)
    dialog.next()
    assert dialog.currentPage() is dialog.interview_page, "not on the interview step"
    narrative = dialog.interview_page.narrative
    narrative.setFocus()
    app.processEvents()
    typed_into = narrative
""")

NARRATIVE = ("They took me from the bus stop to the station and kept me standing all night. " * 8)[
    :500
]


def test_continuous_typing_in_the_testimony_survives_a_kill(vault_dir: Path) -> None:
    # Everything typed up to two seconds before the kill must be in the draft.
    owed = typed_two_seconds_before_a_kill(TYPING_SCRIPT, vault_dir, NARRATIVE, seconds=4.0)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        drafts: list[dict[str, Any]] = [
            d for d, _ in vault.drafts() if d.get("title") == "Typed until the power failed"
        ]
        assert len(drafts) == 1, "no draft of the testimony"
        (draft,) = drafts
        assert draft["id"] and draft["reference"].startswith("NEW-")  # openable as a case
        assert draft["reference"] not in {c.reference for c in vault.list_cases()}  # not stored
        (interview,) = draft["interviews"]
        kept = interview["narrative"]
        assert NARRATIVE.startswith(kept), "the draft is not what was typed"
        lost = len(NARRATIVE[:owed].rstrip()) - len(kept)
        assert lost <= 0, f"lost {lost} characters typed 2 s before the kill"
        assert [p["name"] for p in draft["persons"]] == ["Person K"]
    assert DRAFT_INTERVAL_MS <= 1000


def test_evidence_step_says_what_each_file_records(
    qtbot: QtBot, empty_vault: Vault, tmp_path: Path
) -> None:
    import random

    from tests.test_metadata import gps_jpeg, plain_jpeg, udta_mp4

    located = tmp_path / "cell.jpg"
    located.write_bytes(gps_jpeg())
    plain = tmp_path / "plain.jpg"
    plain.write_bytes(plain_jpeg())
    video = tmp_path / "yard.mp4"
    video.write_bytes(udta_mp4())
    noise = tmp_path / "clip.mp4"
    noise.write_bytes(random.Random(5).randbytes(20_000))
    dialog = make(qtbot, empty_vault)
    page = dialog.evidence_page
    page.add_files([located, plain, video, noise])
    said = [page.table.item(r, 2).text() for r in range(4)]  # type: ignore[union-attr]
    assert said[0].startswith("⚠ cell.jpg records where, with what or by whom it was made")
    assert "Location: 40.41° N, 49.87° E" in said[0] and "Author: Tural Fictiyev" in said[0]
    assert said[1] == "plain.jpg: no location, device or author found."
    assert "Location: 40.41° N, 49.87° E" in said[2] and "Camera: Fictiphone" in said[2]
    assert said[3].startswith("⚠ clip.mp4: metadata not checked.")
    # A copy without metadata is chosen wherever one can be made, and only there.
    assert [b.isChecked() for b in page.copies] == [True, True, False, False]
    assert [b.isEnabled() for b in page.copies] == [True, True, False, False]
    assert "cannot remove metadata" in page.copies[2].toolTip()
    assert [f.strip_metadata for f in page.files()] == [True, True, False, False]
    page.copies[1].setChecked(False)  # a clean photo: the monitor may skip the copy
    assert [f.strip_metadata for f in page.files()] == [True, False, False, False]
    summary = dialog.summary_html()
    assert "clip.mp4: metadata not checked" in summary
    page.table.setCurrentCell(0, 0)
    page.remove_selected()
    assert len(page.reports) == len(page.copies) == len(page.paths) == 3
    assert page.table.item(0, 2).text() == said[1]  # type: ignore[union-attr]


def test_a_country_typed_that_names_nothing_is_said_on_the_page(
    qtbot: QtBot, empty_vault: Vault
) -> None:
    dialog = make(qtbot, empty_vault)
    state = dialog.case_page.state
    state.setEditText("Atlantis")
    state.settle()
    assert dialog.case_page.problem.isVisible()
    assert "Atlantis" in dialog.case_page.problem.text()
