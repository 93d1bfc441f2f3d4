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

The exchange with headquarters (issue 15: organisation card, comparing its words, sending, the
outbox, the inbox with a quarantined packet, a fork side by side, purging) is taken in every
run, between a fictional headquarters and a monitor; to take only those, add --exchange.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

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
        if name == "remedies":
            remedy_tabs(shots, window, view)
            view.tabs.setCurrentIndex(index)
        if name == "history":
            sealed: list[str] = []
            view.sealed.connect(sealed.append)
            view.seal()  # a sealed version beside the custody log (sealed off the GUI thread)
            wait_for(sealed.__len__)
            view.history.versions.selectRow(0)
        if name != "remedies":
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
    wait_for(lambda: export.loaded)
    shots.save(export, "export")
    dossier = folder / f"{shots.prefix}-echr.pdf"
    export.write(dossier)  # signs in the background
    # The plan's warnings (the sample's time limits have passed) are asked about first.
    wait_for(lambda: export.warnings_box is not None or dossier.exists())
    if export.warnings_box is not None:
        shots.save(export.warnings_box, "export-plan-warnings")
        go_on = export.warnings_box.findChild(QPushButton, "exportWriteAnyway")
        assert go_on is not None
        go_on.click()
    wait_for(lambda: dossier.exists() and dossier.stat().st_size > 0)
    settle(1000)
    export.close()
    pattern = ExportDialog(window.vault, "AZ-2026-001", window)  # type: ignore[arg-type]
    pattern.show()
    pattern.profile.setCurrentIndex(pattern.profile.findData("pattern"))
    pattern.audience.setCurrentIndex(pattern.audience.findData("pace"))
    pattern.recommendations.setPlainText(
        "Install cameras in every interview room of the police stations named above."
    )
    pattern.tabs.setCurrentWidget(pattern.recommendations)
    wait_for(lambda: pattern.loaded)
    shots.save(pattern, "export-pattern-audience")
    pattern.close()
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


def remedy_tabs(shots: Shots, window: QWidget, view: Any) -> None:
    """The Remedies and interventions tabs of issue 14: a complaint per article and limb, a
    Rule 39 request, a WGAD category analysis and a judgment under execution, filled in with
    fictional words (the time-limit bar above them)."""
    tabs = view.remedies_tabs
    shots.save(window, "case-remedies")
    violations = view.editors["violations"]
    tabs.setCurrentWidget(violations)
    violations.list.setCurrentRow(0)
    shots.save(window, "case-remedies-complaint")
    fill = {
        "interim": {
            "measure": "Examination by an independent doctor within 48 hours",
            "risk": "Beaten every night in the temporary detention facility; no doctor admitted.",
        },
        "wgad_categories": {
            "analysis": "Detained for a post criticising the police: the exercise of freedom of"
            " expression (Category II).",
        },
        "judgments": {
            "title": "Testova v. Azerbaijan",
            "application": "00000/21",
            "group": "Testova group",
            "individual_measures": "The applicant's conviction has not been reopened.",
            "general_measures": "No change to the Code of Administrative Offences.",
        },
    }
    for name, values in fill.items():
        editor = view.editors[name]
        tabs.setCurrentWidget(editor)
        editor.add()
        for key, value in values.items():
            widget = editor.form.editors[key].widget
            if hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        if name == "wgad_categories":
            category = editor.form.editors["category"].widget
            category.setCurrentIndex(category.findData("II"))
        if name == "judgments":
            track = editor.form.editors["supervision"].widget
            track.setCurrentIndex(track.findData("enhanced"))
        shots.save(window, f"case-remedies-{name.replace('_', '-')}")


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
        # AZ-2026-003 has no applicant and no complaint: the Court's profile refuses it.
        refused = ExportDialog(vault, "AZ-2026-003")
        refused.resize(1000, 700)
        refused.show()
        wait_for(lambda: refused.loaded)
        path = out / f"export-refused-{language}.png"
        settle()
        refused.grab().save(str(path))
        print("saved", path.name)
        refused.close()
        # With both, the victim's withdrawn consent is what stops it.
        case = vault.get_case("AZ-2026-003")
        case["persons"][0]["roles"].append("applicant")
        case["violations"] = [{"instrument": "ECHR", "article": "3", "acts": ["a2"]}]
        vault.store_cases([case])
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


def exchange(shots: Shots, folder: Path) -> None:
    """The exchange's screens between a fictional headquarters and a monitor it certified:
    real packets through a folder, one of them damaged on the way."""
    import pyrage

    from fieldmon.exchange import card as cards
    from fieldmon.exchange import destinations, hq, receipts, receive, send, words
    from fieldmon.vault.store import Vault
    from ui.hq_card import CardDialog
    from ui.inbox_view import InboxDialog
    from ui.outbox_view import OutboxDialog
    from ui.purge_dialog import PurgeDialog
    from ui.send_dialog import SendDialog

    monitor = Vault.open(demo_vault(folder), PASSPHRASE)
    office = Vault.create(folder / "hq", PASSPHRASE, name="Desk officer", organisation="FRC")
    newcomer = Vault.create(folder / "newcomer", PASSPHRASE, name="Monitor 9")
    try:
        legal, escrow = (str(pyrage.x25519.Identity.generate().to_public()) for _ in range(2))
        hq.init_hq(office, "Fictional Rights Centre", [("Legal team", legal)], ("Escrow", escrow))
        monitor.install_certificates(hq.issue_certificate(office, monitor.certificate_request()))
        document = hq.current_card_document(office)
        root = cards.read_card(document).root_der
        cards.install_card(monitor, document, words.fingerprint_words(root))
        mailbox = folder / "mailbox"
        mailbox.mkdir()
        destinations.add(monitor, "usb-stick", folder=mailbox)
        destinations.add(office, "usb-stick", folder=mailbox)
        page = CardDialog(monitor)
        page.show()
        shots.save(page, "hq-card")
        page.close()
        card_file = folder / "card.json"
        card_file.write_bytes(document)
        first = CardDialog(newcomer)
        first.show()
        first.install_file(card_file)
        assert first.compare is not None
        shots.save(first.compare, "hq-card-compare-words")
        first.compare.reject()
        first.close()
        dialog = SendDialog(monitor, ["AZ-2026-001"])
        dialog.show()
        dialog.start()
        wait_for(lambda: bool(dialog.entries))
        shots.save(dialog, "hq-send-done")
        dialog.close()
        send.send_cases(monitor, ["AZ-2026-002"], "usb-stick")
        box = OutboxDialog(monitor)
        box.show()
        shots.save(box, "hq-outbox")
        box.close()
        # The second packet is damaged on the way: one byte of a part changed.
        damaged = sorted(mailbox.glob("packets/*/envelope.age"))
        for envelope in damaged:
            parts = sorted((envelope.parent / "parts").iterdir())
            if envelope.parent.name == send.outbox.entries(monitor)[-1].packet_id:
                data = bytearray(parts[0].read_bytes())
                data[len(data) // 2] ^= 0x01
                parts[0].write_bytes(bytes(data))
        inbox = InboxDialog(office)
        inbox.show()
        inbox.receive()
        wait_for(lambda: not inbox.progress.running)
        for row, entry in enumerate(inbox.entries):
            if entry.state == "quarantined":
                inbox.table.selectRow(row)
        shots.save(inbox, "hq-inbox-quarantined")
        inbox.close()
        for vault, title in (
            (office, "Beaten at police station no. 4 (headquarters' wording)"),
            (monitor, "Beaten at police station no. 4 (second account of the witness)"),
        ):
            case = vault.get_case("AZ-2026-001")
            case["title"] = title
            vault.store_cases([case])
        send.send_cases(monitor, ["AZ-2026-001"], "usb-stick")
        receive.receive(office, "usb-stick")
        forks_view = InboxDialog(office)
        forks_view.show()
        forks_view.tabs.setCurrentWidget(forks_view.fork_panel)
        shots.save(forks_view, "hq-fork-side-by-side")
        forks_view.close()
        receipts.fetch(monitor)
        send.send_cases(monitor, ["AZ-2026-003"], "usb-stick")
        receive.receive(office, "usb-stick")
        receipts.fetch(monitor)
        purge = PurgeDialog(monitor, "AZ-2026-003")
        purge.show()
        purge.confirm.setText("AZ-2026-003")
        shots.save(purge, "hq-purge")
        purge.close()
        settle()
    finally:
        for vault in (newcomer, office, monitor):
            vault.close()
    # The open case offers sending and purging under its Headquarters button.
    from ui.app import MainWindow

    window = MainWindow(folder / "vault")
    window.show()
    window.unlock_page.passphrase.setText(PASSPHRASE)
    window.unlock_page.unlock()
    wait_for(lambda: window.vault is not None)
    window.open_case("AZ-2026-001")
    shots.save(window, "hq-case-button")
    window.close()
    settle()


def main(out: Path, only_review: bool = False, only_exchange: bool = False) -> int:
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
            if only_exchange:
                exchange(Shots(out, size, language), folder)
                continue
            if not only_review:
                shots = Shots(out, size, language)
                first_run(shots, folder, width, height)
                session(shots, demo_vault(folder), folder, width, height)
        if not only_review:
            with tempfile.TemporaryDirectory() as temporary:
                exchange(Shots(out, size, f"{language}-hq"), Path(temporary))
        with tempfile.TemporaryDirectory() as temporary:
            export_review(out, Path(temporary), language)
    i18n.install("en")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), "--review" in sys.argv[2:], "--exchange" in sys.argv[2:]))
