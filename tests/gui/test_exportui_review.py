"""The export dialog's review step and consent questions, offscreen against real vaults: the
export waits for a decision on every possible name, decisions are stored per case and
recipient, the naming preview says who is left out and why, and a withdrawn consent needs a
written reason to be overridden."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from fieldmon.dossier import build
from fieldmon.vault.store import Vault
from tests.gui.conftest import shot
from ui import i18n
from ui.dossier_dialogs import ExportDialog

REFERENCE = "AZ-2026-001"
BLOCKED = "AZ-2026-003"  # its victim withdrew consent for the Court
# Səbinə Quliyeva (p4, a witness) consented to initials for the Court: her given name alone in a
# narrative is a possible name the matcher is not sure of.
LONE_GIVEN_NAME = " Səbinə dedi ki, maşının nömrəsi bağlı idi."


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.install("en")


def edit(vault: Vault, reference: str, change: Any) -> None:
    case = vault.get_case(reference)
    change(case)
    vault.store_cases([case])


def with_lone_given_name(vault: Vault) -> None:
    def change(case: dict[str, Any]) -> None:
        case["interviews"][0]["narrative"] += LONE_GIVEN_NAME

    edit(vault, REFERENCE, change)


def a_court_application(vault: Vault, reference: str = BLOCKED) -> None:
    """Give the case what a Court application needs (issue 14: the echr profile refuses a case
    without an applicant or an alleged violation), as docs/make_screenshots.py does, so that
    the withdrawn consent is what stops its dossier."""

    def change(case: dict[str, Any]) -> None:
        case["persons"][0]["roles"].append("applicant")
        case["violations"] = [{"instrument": "ECHR", "article": "3", "acts": ["a2"]}]

    edit(vault, reference, change)


def written_anyway(qtbot: QtBot, dialog: ExportDialog) -> None:
    """Wait for the dossier to be written, choosing "Write anyway" if the plan's warnings are
    shown first (a time limit, a missing remedy)."""

    def answered() -> bool:
        box = dialog.warnings_box
        if box is not None and box.isVisible():
            button = box.findChild(QPushButton, "exportWriteAnyway")
            assert button is not None
            button.click()
        return dialog.written is not None

    qtbot.waitUntil(answered, timeout=60_000)


def opened(qtbot: QtBot, vault: Vault, reference: str = REFERENCE) -> ExportDialog:
    dialog = ExportDialog(vault, reference)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20_000)
    return dialog


def choose(qtbot: QtBot, dialog: ExportDialog, profile: str) -> None:
    dialog.profile.setCurrentIndex(dialog.profile.findData(profile))
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20_000)


def test_export_waits_for_a_decision_and_saving_stores_it(qtbot: QtBot, vault: Vault) -> None:
    with_lone_given_name(vault)
    dialog = opened(qtbot, vault)
    assert dialog.profile.currentData() == "echr"
    (candidate, stored), *_ = dialog.review.items
    assert candidate.text == "Səbinə" and stored is None
    assert dialog.review.undecided() == [candidate]
    assert not dialog.export_button.isEnabled()  # undecided: no export
    assert dialog.tabs.currentWidget() is dialog.review  # the review is shown first
    card = dialog.review.findChild(QWidget, "exportCandidateDetails1")
    details = card.text()  # type: ignore[union-attr]
    assert "p4 Səbinə Quliyeva (Witness)" in details
    assert "a given name alone" in details and "“S. Q.”" in details
    assert "interviews/i1/narrative" in details
    context = dialog.review.findChild(QWidget, "exportCandidateContext1").text()  # type: ignore[union-attr]
    assert ">Səbinə</span>" in context and "dedi ki" in context
    shot(dialog, "exportui-review-undecided")

    dialog.review.set_choice(candidate.key, "replace")
    assert dialog.export_button.isEnabled()
    assert dialog.review.save_button.isEnabled()
    # Nothing is stored until saved.
    assert build.review_list(vault, [REFERENCE], "echr", "en")[0][1] is None
    dialog.review.save_button.click()
    qtbot.waitUntil(
        lambda: dialog.loaded and dialog.review.items[0][1] == "replace", timeout=20_000
    )
    assert "1 decision(s) saved." in dialog.status.text()
    assert build.review_list(vault, [REFERENCE], "echr", "en") == [(candidate, "replace")]
    # Stored for this recipient only: the UN Special Rapporteur's review still asks.
    assert build.review_list(vault, [REFERENCE], "un-srt", "en")[0][1] is None
    # Shown with its decision, and it can be changed.
    assert dialog.review.items == [(candidate, "replace")]
    assert dialog.review.choice(candidate.key) == "replace" and dialog.export_button.isEnabled()
    assert not dialog.review.save_button.isEnabled()  # nothing unsaved
    dialog.review.set_choice(candidate.key, "keep")
    dialog.review.save_button.click()
    qtbot.waitUntil(lambda: dialog.loaded and dialog.review.items[0][1] == "keep", timeout=20_000)
    assert build.review_list(vault, [REFERENCE], "echr", "en") == [(candidate, "keep")]


def test_decisions_do_not_carry_over_to_another_recipient(qtbot: QtBot, vault: Vault) -> None:
    with_lone_given_name(vault)
    dialog = opened(qtbot, vault)
    (candidate, _), *_ = dialog.review.items
    dialog.review.set_choice(candidate.key, "keep")
    assert dialog.export_button.isEnabled()
    choose(qtbot, dialog, "un-srt")
    # The same words are another candidate for another recipient (its key names the
    # recipient), and it is undecided.
    same = [c for c in dialog.review.undecided() if c.text == candidate.text]
    assert same and same[0].key != candidate.key
    assert not dialog.export_button.isEnabled()


def test_replace_all_decides_every_candidate(qtbot: QtBot, vault: Vault) -> None:
    def change(case: dict[str, Any]) -> None:
        case["persons"].append({"id": "p5", "name": "Gül Quliyeva", "roles": ["relative"]})
        case["interviews"][1]["narrative"] += (
            " Потом Сабина сказала, что Гюль плакала. Квартира Quliyeva рядом."
        )

    edit(vault, REFERENCE, change)
    dialog = opened(qtbot, vault)
    texts = [c.text for c, _ in dialog.review.items]
    assert {"Сабина", "Гюль", "Quliyeva"} <= set(texts)
    details = "\n".join(
        w.text()  # type: ignore[attr-defined]
        for w in dialog.review.findChildren(QWidget)
        if w.objectName().startswith("exportCandidateDetails")
    )
    assert "another spelling" in details and "a name several persons share" in details
    assert not dialog.export_button.isEnabled()
    dialog.review.replace_all_button.click()
    assert dialog.review.undecided() == [] and dialog.export_button.isEnabled()
    assert set(dialog.review.choices().values()) == {"replace"}


def _why(dialog: ExportDialog) -> dict[str, tuple[str, str]]:
    return {
        dialog.people.item(r, 0).text(): (  # type: ignore[union-attr]
            dialog.people.item(r, 3).text(),  # type: ignore[union-attr]
            dialog.people.item(r, 4).text(),  # type: ignore[union-attr]
        )
        for r in range(dialog.people.rowCount())
    }


def test_the_preview_says_who_is_left_out_and_why(qtbot: QtBot, vault: Vault) -> None:
    def change(case: dict[str, Any]) -> None:
        for consent in case["consents"]:
            if consent["person"] == "p1" and consent["recipient"] == "echr":
                consent["identity"] = "initials"  # below full name: an anonymity request
        case["consents"].append(
            {
                "person": "p4",
                "recipient": "wgad",
                "identity": "full_name",
                "date": "2026-01-13",
                "recorded_by": "Monitor 7",
                "explained": True,
            }
        )

    edit(vault, REFERENCE, change)
    dialog = opened(qtbot, vault)
    assert "passes this dossier to the State concerned" in dialog.state_note.text()
    why = _why(dialog)
    assert why["Rəşad Əliyev"][0] == "Rəşad Əliyev"
    assert "asks the Court for anonymity (Rule 47 § 4)" in why["Rəşad Əliyev"][1]
    assert why["Unknown officer A"] == ("Unknown officer A", "alleged perpetrator, as recorded")
    # Annexes whose persons are not recorded are withheld, by hash.
    assert dialog.withheld_label.isVisible()
    withheld = dialog.withheld_label.text()
    assert "Withheld for consent reasons" in withheld
    assert "who appears in it is not recorded yet" in withheld and "x1 " in withheld
    dialog.withhold.setChecked(True)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20_000)
    officer = _why(dialog)["Unknown officer A"]
    assert officer[1] == "alleged perpetrator, name withheld"
    assert "Unknown" not in officer[0]
    choose(qtbot, dialog, "wgad")
    why = _why(dialog)
    assert why["Səbinə Quliyeva"] == (
        "[identity withheld]",
        "left out — no consent to transmission to the State",
    )
    assert why["Rəşad Əliyev"][1] == "left out — no consent for this recipient"
    assert dialog.suggested_name() == "AZ-2026-001-wgad-en.pdf"  # no person's name
    blocked = opened(qtbot, vault, BLOCKED)
    assert _why(blocked)["Orxan Nəbiyev"][1] == "left out — consent withdrawn"


def test_withdrawn_consent_blocks_until_a_reason_is_written(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    a_court_application(vault)
    dialog = opened(qtbot, vault, BLOCKED)
    assert dialog.export_button.isEnabled()
    out = tmp_path / "dossier.pdf"
    dialog.write(out)
    qtbot.waitUntil(lambda: dialog.blocked_dialog is not None, timeout=30_000)
    blocked = dialog.blocked_dialog
    assert blocked is not None and blocked.isVisible()
    assert not out.exists()
    message = blocked.message.text()
    assert "AZ-2026-003 p1: Orxan Nəbiyev" in message and "must not go" in message
    assert not blocked.send_button.isEnabled()
    blocked.reason_edit.setPlainText("   \n ")
    assert not blocked.send_button.isEnabled()  # blank is no reason
    shot(blocked, "exportui-blocked")
    blocked.reason_edit.setPlainText("He asked us again on 3 March to send it.")
    assert blocked.send_button.isEnabled()
    blocked.send_button.click()
    written_anyway(qtbot, dialog)
    assert out.exists()
    logged = [f"{e.action} {e.record}" for e in vault.custody_log(BLOCKED)]
    assert any("He asked us again on 3 March to send it." in line for line in logged), logged


def test_refusing_the_override_writes_nothing(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    a_court_application(vault)
    dialog = opened(qtbot, vault, BLOCKED)
    out = tmp_path / "dossier.pdf"
    dialog.write(out)
    qtbot.waitUntil(lambda: dialog.blocked_dialog is not None, timeout=30_000)
    assert dialog.blocked_dialog is not None
    dialog.blocked_dialog.stop_button.click()
    assert not out.exists()
    assert "consent was withdrawn" in dialog.status.text()
    assert dialog.export_button.isEnabled()  # free to choose another recipient
