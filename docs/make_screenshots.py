"""Screenshots of every main screen and of the testimony flow, for docs/screenshots.

Run under a real X server whose screen is the size to show, once per size:
    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python docs/make_screenshots.py OUT_DIR
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_screenshots.py OUT_DIR
Each run makes a fictional demo vault in a temporary folder, drives the real window in English,
Russian and Azerbaijani, and saves what it shows as SIZE-LANGUAGE-NN-name.png. Nothing here is
drawn by hand; dialogs are sized by the app itself to the screen they are on.

The export dialog's review step and its withdrawn-consent question are saved as
export-review-LANGUAGE.png and export-blocked-LANGUAGE.png (taken at 1366x768 for
docs/screenshots/). To take only those two, add --review:
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_screenshots.py OUT --review
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

PASSPHRASE = "tin heron quilts mossy lantern 48"


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], timeout_ms: int = 30_000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:
        settle(100)
        waited += 100
    if not condition():
        raise TimeoutError("the window did not get there")


class Shots:
    def __init__(self, out: Path, size: str, language: str) -> None:
        self.out, self.prefix, self.n = out, f"{size}-{language}", 0

    def save(self, widget: QWidget, name: str) -> None:
        settle()
        self.n += 1
        path = self.out / f"{self.prefix}-{self.n:02d}-{name}.png"
        widget.grab().save(str(path))
        print("saved", path.name)


def demo_vault(folder: Path) -> Path:
    from fieldmon.exchange import casejson
    from fieldmon.resources import sample_cases_path
    from fieldmon.vault.store import Vault

    vault_dir = folder / "vault"
    with Vault.create(
        vault_dir, PASSPHRASE, name="Monitor 7", organisation="Fictional Rights Centre"
    ) as vault:
        casejson.import_file(vault, sample_cases_path())
    return vault_dir


def first_run(shots: Shots, folder: Path, width: int, height: int) -> None:
    from ui.app import MainWindow

    window = MainWindow(folder / "new-vault")
    window.resize(width, height)
    window.show()
    assert window.wizard is not None
    window.wizard.next()
    window.wizard.passphrase_page.first.setText("short")
    shots.save(window, "wizard-weak-passphrase")
    window.close()


def testimony(shots: Shots, window: QWidget, vault: object) -> None:
    from fieldmon.resources import sample_cases_path
    from ui.testimony import TestimonyDialog

    d = TestimonyDialog(vault, window)  # type: ignore[arg-type]
    d.show()
    d.case_page.title_edit.setText("Teacher beaten at a police station")
    d.case_page.state.setCurrentIndex(d.case_page.state.findData("AZ"))
    shots.save(d, "testimony-1-case")
    d.next()
    d.person_page.name.setText("Nərmin Fictional")
    d.person_page.roles["victim"].setChecked(True)
    d.person_page.birth_date.setText("02.1990")
    shots.save(d, "testimony-2-person")
    d.next()
    event = d.event_page
    event.title_edit.setText("Beaten at police station no. 4 (fictional)")
    event.start.setText("03.02.2026")
    act = event.acts[0]
    act.type.setCurrentIndex(act.type.findData("torture"))
    act.description.setPlainText("Kicked while handcuffed to a radiator.")
    act.perpetrator.setText("Unknown officer C")
    shots.save(d, "testimony-3-event")
    d.next()
    d.interview_page.date.setText("10.02.2026")
    d.interview_page.narrative.setPlainText("Two officers kicked me while I was handcuffed. " * 6)
    shots.save(d, "testimony-4-interview")
    d.next()
    shots.save(d, "testimony-5-consent")
    d.next()
    d.evidence_page.add_files([sample_cases_path().parent / "wrist.jpg"])
    shots.save(d, "testimony-6-evidence")
    d.next()
    shots.save(d, "testimony-7-review")
    d.pristine = d.snapshot()  # nothing to ask about: close without storing
    d.close()


def session(shots: Shots, vault_dir: Path, folder: Path, width: int, height: int) -> None:
    from fieldmon.resources import sample_cases_path
    from fieldmon.vault.store import Vault
    from ui.app import MainWindow
    from ui.dossier_dialogs import ExportDialog, VerifyDialog
    from ui.security_dialogs import SecurityDialog

    # Unsaved work left by a "crash", so that the window shows how it reports recovered work.
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        case = vault.get_case("AZ-2026-003")
        case["summary"] = str(case.get("summary", "")) + " (typed before the laptop shut down)"
        vault.save_draft(case)
    window = MainWindow(vault_dir)
    window.resize(width, height)
    window.show()
    window.unlock_page.passphrase.setText("a wrong passphrase here")
    window.unlock_page.unlock()
    wait_for(lambda: window.unlock_page.failures == 1)
    shots.save(window, "unlock-wrong")
    window.unlock_page.open_recovery()
    recover = window.unlock_page.recover_dialog
    assert recover is not None
    shots.save(recover, "recover-with-shares")
    recover.reject()
    wait_for(lambda: window.unlock_page.unlock_button.isEnabled())
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock()
    wait_for(lambda: window.vault is not None)
    assert window.case_list is not None and window.case_view is not None
    shots.save(window, "cases-recovered-work")
    window.case_list.search.setText("resad aliyev")
    window.case_list.run_search()
    shots.save(window, "search")
    window.case_list.search.clear()
    window.open_case("AZ-2026-001")
    view = window.case_view
    names = (
        "overview",
        "persons",
        "events-and-acts",
        "interviews",
        "consents",
        "medical",
        "evidence",
        "remedies",
        "history",
    )
    for index, name in enumerate(names):
        view.tabs.setCurrentIndex(index)
        if name == "events-and-acts":
            view.events_page.select_id("a2")  # a torture act: methods and perpetrators
        if name == "history":
            sealed: list[str] = []
            view.sealed.connect(sealed.append)
            view.seal()  # a sealed version beside the custody log (sealed off the GUI thread)
            wait_for(sealed.__len__)
            view.history.versions.selectRow(0)
        shots.save(window, f"case-{name}")
    # Evidence: the question about metadata, then the viewer.
    view.tabs.setCurrentIndex(names.index("evidence"))
    panel = view.evidence_files
    panel.show_record("AZ-2026-001", "x1")
    panel.attach(sample_cases_path().parent / "wrist.jpg")
    wait_for(lambda: panel.metadata_dialog is not None)
    assert panel.metadata_dialog is not None
    shots.save(panel.metadata_dialog, "evidence-metadata-question")
    panel.metadata_dialog.accept()
    wait_for(lambda: bool(panel.files))
    panel.table.selectRow(0)
    viewer = panel.open_viewer()
    assert viewer is not None
    viewer.show()
    shots.save(viewer, "evidence-viewer")
    viewer.close()
    export = ExportDialog(window.vault, "AZ-2026-001", window)  # type: ignore[arg-type]
    export.show()
    shots.save(export, "export")
    dossier = folder / f"{shots.prefix}-echr.pdf"
    export.write(dossier)  # signs in the background
    wait_for(lambda: dossier.exists() and dossier.stat().st_size > 0)
    settle(1000)
    export.close()
    data = bytearray(dossier.read_bytes())
    data[len(data) // 3] ^= 0x01  # one changed byte inside the signed range
    dossier.write_bytes(bytes(data))
    verify = VerifyDialog(window.vault, window)
    verify.show()
    verify.check(dossier)
    shots.save(verify, "verify-changed-after-signing")
    verify.close()
    security = SecurityDialog(window.vault, window)  # type: ignore[arg-type]
    security.show()
    shots.save(security, "field-security")
    security.close()
    testimony(shots, window, window.vault)
    window.case_view.shut_down()
    window.close()
    settle()


# Fictional words that the name matcher is not sure of, for the review step: Səbinə Quliyeva's
# given name alone and in Cyrillic, a relative's given name in Cyrillic (also a word: "rose"),
# and the surname the two share.
REVIEW_TEXT = (
    " Потом Сабина сказала, что Гюль плакала всю ночь. Квартира Quliyeva была рядом."
    " Səbinə dedi ki, maşının nömrəsi bağlı idi."
)


def export_review(out: Path, folder: Path, language: str) -> None:
    """The export dialog's review step with four possible names (one decided), and the question
    a withdrawn consent asks, each saved under its own name."""
    from fieldmon.vault.store import Vault
    from ui.dossier_dialogs import ExportDialog

    vault_dir = demo_vault(folder)
    vault = Vault.open(vault_dir, PASSPHRASE)
    try:
        case = vault.get_case("AZ-2026-001")
        case["persons"].append({"id": "p5", "name": "Gül Quliyeva", "roles": ["relative"]})
        case["interviews"][1]["narrative"] += REVIEW_TEXT
        vault.store_cases([case])
        export = ExportDialog(vault, "AZ-2026-001")
        export.resize(1000, 700)
        export.show()
        wait_for(lambda: export.loaded)
        first = export.review.items[0][0]
        export.review.set_choice(first.key, "replace")
        path = out / f"export-review-{language}.png"
        settle()
        export.grab().save(str(path))
        print("saved", path.name)
        export.close()
        blocked = ExportDialog(vault, "AZ-2026-003")
        blocked.show()
        wait_for(lambda: blocked.loaded)
        blocked.write(folder / "blocked.pdf")
        wait_for(lambda: blocked.blocked_dialog is not None)
        assert blocked.blocked_dialog is not None
        path = out / f"export-blocked-{language}.png"
        settle()
        blocked.blocked_dialog.grab().save(str(path))
        print("saved", path.name)
        blocked.blocked_dialog.reject()
        blocked.close()
        settle()
    finally:
        vault.close()


def main(out: Path, only_review: bool = False) -> int:
    from ui import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("FieldMon")
    screen = QGuiApplication.primaryScreen().geometry()
    width, height = screen.width(), screen.height()
    size = f"{width}x{height}"
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "ru", "az"):
        i18n.install(language)
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary)
            if not only_review:
                shots = Shots(out, size, language)
                first_run(shots, folder, width, height)
                session(shots, demo_vault(folder), folder, width, height)
        with tempfile.TemporaryDirectory() as temporary:
            export_review(out, Path(temporary), language)
    i18n.install("en")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), "--review" in sys.argv[2:]))
