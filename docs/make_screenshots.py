"""Screenshots of every main screen and of the testimony flow, for docs/screenshots.

Run under a real X server whose screen is the size to show, once per size:
    xvfb-run -a -s "-screen 0 1024x600x24" .venv/bin/python docs/make_screenshots.py OUT_DIR
    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/make_screenshots.py OUT_DIR
Each run makes a fictional demo vault in a temporary folder, drives the real window in English,
Russian and Azerbaijani, and saves what it shows as SIZE-LANGUAGE-NN-name.png. Nothing here is
drawn by hand; dialogs are sized by the app itself to the screen they are on.
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


def main(out: Path) -> int:
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
            shots = Shots(out, size, language)
            first_run(shots, folder, width, height)
            session(shots, demo_vault(folder), folder, width, height)
    i18n.install("en")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
