"""The app's part of issue 14 (dossiers a registry would accept), offscreen against real vaults:
the time-limit warning bar of a case, the editors of the new record types (Rule 39 request,
WGAD categories, judgments under execution, translations of a statement) storing records that
come back from the vault, and the export dialog's cm-rule9 profile, pattern audience and
recommendations, and the profile's warnings shown before writing."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
)
from pytestqt.qtbot import QtBot

from fieldmon.dossier.profiles import DossierOptions
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault
from tests.conftest import record_nobody_appears
from tests.gui.conftest import shot, unlocked_window
from ui import i18n
from ui.dossier_dialogs import ExportDialog
from ui.forms import RecordListEditor
from ui.labels import field_label, record_label

# AZ-2026-001's final decision is of 3 February 2026, not served: four months, last day
# 3 June 2026 (Article 35 § 1 as amended by Protocol No. 15).
TODAY = date(2026, 12, 1)


@pytest.fixture(autouse=True)
def english() -> None:
    i18n.install("en")


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_labels_of_schema_10_fields_and_records(qtbot: QtBot) -> None:
    assert field_label("arrest.place") == "Place of detention (name)"
    assert field_label("authority_form") == "Form of authority"
    assert field_label("served") == "Served on"
    assert field_label("no_remedy") == "No effective remedy exists"
    # One key, two meanings: each record type says its own, and the default fits both.
    assert field_label("restrictions", "interviews") == "Conditions"
    assert field_label("restrictions", "medical") == "Restrictions on the examination"
    assert field_label("restrictions") == "Restrictions and conditions"
    assert field_label("final", "remedies") == "Final"
    assert field_label("final", "judgments") == "Final on"
    assert record_label("interim") == "Rule 39 request"
    assert record_label("judgments") == "Judgments under execution"
    i18n.install("ru")
    assert field_label("final", "judgments") != "Final on"
    assert record_label("wgad_categories") != "WGAD categories"


def test_time_limit_bar_names_the_article_and_last_day_and_follows_edits(
    qtbot: QtBot, vault_dir: Path
) -> None:
    window = unlocked_window(qtbot, vault_dir, (1366, 768))
    view = window.case_view
    assert view is not None
    view.time_limit.today = lambda: TODAY
    window.open_case("AZ-2026-002")  # no final decision: no limit runs
    assert view.time_limit.isHidden()

    window.open_case("AZ-2026-001")
    bar = view.time_limit
    assert not bar.isHidden()
    text = bar.text.text()
    # One line for the three complaints: the same final decision, the same last day.
    assert text == (
        "⚠ Time limit for the Court expired: Article 3 of the Convention; Article 5 of the"
        " Convention; Article 10 of the Convention. The last day was 3 June 2026 (181 days ago)."
    )
    shot(window, "registry-time-limit-bar")

    # An edit in the form recomputes it: the decision no longer final, no limit runs.
    remedies = view.editors["remedies"]
    remedies.list.setCurrentRow(1)  # the Court of Appeal's final decision
    final = remedies.form.editors["final"].widget
    assert isinstance(final, QCheckBox) and final.isChecked()
    final.setChecked(False)
    assert bar.isHidden()
    final.setChecked(True)
    assert not bar.isHidden()

    # Thirty days left or fewer: a warning before it is too late, with the days left.
    bar.today = lambda: date(2026, 5, 20)
    view.time_limit.show_for(view.case)
    assert "(days left: 14)" in bar.text.text()
    bar.today = lambda: date(2026, 5, 1)
    view.time_limit.show_for(view.case)
    assert bar.isHidden()

    i18n.install("ru")
    bar.today = lambda: TODAY
    view.time_limit.show_for(view.case)
    assert bar.text.text().startswith("⚠ Срок обращения в Суд истёк: Статья 3 Конвенции; статья 5")
    assert "3 июня 2026\u202fг." in bar.text.text()
    window.close()


def _fill(editor: RecordListEditor, values: dict[str, str]) -> None:
    editor.add()
    for key, value in values.items():
        widget = editor.form.editors[key].widget
        if isinstance(widget, QPlainTextEdit):
            widget.setPlainText(value)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
            editor.form.editors[key].commit_date()
        elif isinstance(widget, QComboBox):
            index = widget.findData(value)
            assert index >= 0, (key, value)
            widget.setCurrentIndex(index)


def test_new_record_editors_store_records_that_come_back(qtbot: QtBot, vault_dir: Path) -> None:
    window = unlocked_window(qtbot, vault_dir, (1024, 600))
    window.open_case("AZ-2026-001")
    view = window.case_view
    assert view is not None
    titles = [view.remedies_tabs.tabText(i) for i in range(view.remedies_tabs.count())]
    assert titles[3:] == ["Rule 39 request", "WGAD categories", "Judgments under execution"]

    _fill(
        view.editors["interim"],
        {
            "contact": "p2",
            "feared_date": "12.12.2026",
            "measure": "Examination by a doctor",
            "risk": "Beaten daily in the temporary detention facility.",
        },
    )
    _fill(
        view.editors["wgad_categories"],
        {"category": "III", "analysis": "No lawyer of his choosing for nine days."},
    )
    _fill(
        view.editors["judgments"],
        {
            "title": "Testova v. Azerbaijan",
            "application": "00000/20",
            "final": "01.03.2024",
            "supervision": "enhanced",
            "general_measures": "Code of Criminal Procedure unchanged.",
        },
    )
    judgments = view.editors["judgments"]
    assert judgments.form.labels["final"].text() in ("Final on", "Final")
    view.remedies_tabs.setCurrentWidget(judgments)
    view.tabs.setCurrentWidget(view.remedies_tabs)
    shot(window, "registry-judgments-1024")

    # A statement's translation, under its interview (as findings under an evaluation).
    interviews = view.editors["interviews"]
    interviews.select_id("i1")
    translations = interviews.child_editors["translations"]
    assert interviews.child_tabs.tabText(0) == "Translations"
    _fill(
        translations,
        {
            "language": "en",
            "narrative": "They put a bag over my head.",
            "translator": "T. Testov",
            "date": "20.11.2026",
        },
    )
    view.tabs.setCurrentWidget(interviews)
    interviews.child_tabs.setCurrentWidget(translations)
    scroll = interviews.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(interviews.child_tabs)
    shot(window, "registry-translations-1024")
    assert view.save(), view.status.text()
    assert window.vault is not None
    stored = window.vault.get_case("AZ-2026-001")
    assert stored["interim"][0]["contact"] == "p2"
    assert stored["interim"][0]["feared_date"] == "2026-12-12"
    assert stored["wgad_categories"][0]["category"] == "III"
    assert stored["judgments"][0]["final"] == "2024-03-01"
    assert stored["judgments"][0]["supervision"] == "enhanced"
    interview = next(i for i in stored["interviews"] if i["id"] == "i1")
    assert interview["translations"][0]["translator"] == "T. Testov"
    assert interview["translations"][0]["narrative"] == "They put a bag over my head."
    window.close()


def test_export_offers_cm_rule9_and_pattern_audience(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    record_nobody_appears(vault, "AZ-2026-001")
    dialog = ExportDialog(vault, "AZ-2026-001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20_000)
    codes = [dialog.profile.itemData(i) for i in range(dialog.profile.count())]
    assert "cm-rule9" in codes
    cm = dialog.profile.itemText(codes.index("cm-rule9"))
    assert cm == "Committee of Ministers (execution of judgments)"
    # The expired time limit is shown before anything is written, on its own line.
    assert not dialog.warnings_label.isHidden()
    assert dialog.audience.isHidden()
    assert not dialog.tabs.isTabVisible(dialog.tabs.indexOf(dialog.recommendations))

    dialog.profile.setCurrentIndex(codes.index("pattern"))
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20_000)
    assert not dialog.audience.isHidden()
    assert dialog.tabs.isTabVisible(dialog.tabs.indexOf(dialog.recommendations))
    assert [dialog.audience.itemData(i) for i in range(dialog.audience.count())] == [
        "cpt",
        "pace",
        "commissioner",
    ]
    dialog.audience.setCurrentIndex(dialog.audience.findData("pace"))
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20_000)
    dialog.recommendations.setPlainText("Close the basement cells of the police station.")
    assert dialog.options().audience == "pace"
    shot(dialog, "registry-export-pattern")
    out = tmp_path / "pattern.pdf"
    dialog.review.replace_all() if dialog.review.undecided() else None
    dialog.write(out)
    qtbot.waitUntil(
        lambda: dialog.written is not None or dialog.warnings_box is not None, timeout=60_000
    )
    if dialog.warnings_box is not None:
        found = dialog.warnings_box.findChild(QPushButton, "exportWriteAnyway")
        assert found is not None
        found.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    text = " ".join(pdftotext(out).split())
    assert "Parliamentary Assembly" in text
    assert "Close the basement cells of the police station." in text


def test_echr_warnings_are_shown_before_writing(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    record_nobody_appears(vault, "AZ-2026-001")
    dialog = ExportDialog(vault, "AZ-2026-001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20_000)
    if dialog.review.undecided():
        dialog.review.replace_all()
    out = tmp_path / "echr.pdf"
    dialog.write(out)
    qtbot.waitUntil(lambda: dialog.warnings_box is not None, timeout=60_000)
    assert not out.exists()  # not written before the warnings are answered
    box = dialog.warnings_box
    assert box is not None
    lines = [line for line in box.text().split("\n") if line]
    assert any("time limit" in line.lower() for line in lines), lines
    assert all(line.startswith("⚠ ") for line in lines)
    assert dialog.warnings_label.text().count("⚠") == len(lines)
    shot(dialog, "registry-export-warnings")
    found = box.findChild(QPushButton, "exportWarningsCancel")
    assert found is not None
    found.click()
    qtbot.waitUntil(lambda: dialog.status.text() == "Not exported.", timeout=5_000)
    assert not out.exists()


def test_cm_rule9_export_names_the_committee_and_annexes_nothing(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    casejson.import_file(vault, sample_cases_path().parent / "execution-cases.json")
    dialog = ExportDialog(vault, "AZ-2026-101")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20_000)
    dialog.profile.setCurrentIndex(dialog.profile.findData("cm-rule9"))
    qtbot.waitUntil(lambda: dialog.loaded, timeout=20_000)
    assert not dialog.status.text().startswith("⚠"), dialog.status.text()
    assert "Committee of Ministers" in dialog.description.text()
    assert dialog.audience.isHidden() and dialog.withhold.isHidden()
    assert dialog.options() == DossierOptions()
    shot(dialog, "registry-export-cm-rule9")
    out = tmp_path / "cm.pdf"
    if dialog.review.undecided():
        dialog.review.replace_all()
    dialog.write(out)
    qtbot.waitUntil(
        lambda: dialog.written is not None or dialog.warnings_box is not None, timeout=60_000
    )
    if dialog.warnings_box is not None:
        found = dialog.warnings_box.findChild(QPushButton, "exportWriteAnyway")
        assert found is not None
        found.click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    assert "Committee of Ministers" in " ".join(pdftotext(out).split())
