"""Screenshots of every main screen in English, Russian and Azerbaijani, for docs/screenshots.

Run under a real X server (xvfb-run), with a fictional demo vault:
    xvfb-run -a .venv/bin/python docs/make_screenshots.py /tmp/demo-vault OUT_DIR
It drives the real window and saves what it shows; nothing here is drawn by hand.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

PASSPHRASE = "correct horse battery staple 2026"


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(condition: Callable[[], bool], timeout_ms: int = 20_000) -> None:
    waited = 0
    while not condition() and waited < timeout_ms:
        settle(100)
        waited += 100
    if not condition():
        raise TimeoutError("the window did not get there")


def save(widget: QWidget, folder: Path, name: str) -> None:
    settle()
    widget.grab().save(str(folder / f"{name}.png"))
    print("saved", name)


def main(vault_dir: Path, out: Path) -> int:
    from ui import i18n
    from ui.app import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("FieldMon")
    out.mkdir(parents=True, exist_ok=True)
    for language in ("en", "ru", "az"):
        i18n.install(language)
        # First run: a wizard on an empty folder.
        with tempfile.TemporaryDirectory() as empty:
            first = MainWindow(Path(empty) / "vault")
            first.resize(1180, 760)
            first.show()
            assert first.wizard is not None
            first.wizard.next()
            first.wizard.passphrase_page.first.setText("short")
            save(first, out, f"{language}-1-wizard-weak-passphrase")
            first.close()
        window = MainWindow(vault_dir)
        window.resize(1180, 760)
        window.show()
        window.unlock_page.passphrase.setText("a wrong passphrase here")
        window.unlock_page.unlock()
        wait_for(lambda w=window: w.unlock_page.failures == 1)
        save(window, out, f"{language}-2-unlock-wrong")
        window.unlock_page.passphrase.setText(PASSPHRASE)
        window.unlock_page.unlock()
        wait_for(lambda w=window: w.vault is not None)
        assert window.case_list is not None and window.case_view is not None
        save(window, out, f"{language}-3-cases")
        window.case_list.search.setText("resad aliyev")
        window.case_list.run_search()
        save(window, out, f"{language}-4-search")
        window.case_list.search.clear()
        window.open_case("AZ-2026-001")
        view = window.case_view
        for index, name in enumerate(
            (
                "overview",
                "persons",
                "events",
                "interviews",
                "consents",
                "medical",
                "evidence",
                "remedies",
                "history",
            )
        ):
            view.tabs.setCurrentIndex(index)
            save(window, out, f"{language}-5-case-{index + 1}-{name}")
        from ui.dossier_dialogs import ExportDialog

        dialog = ExportDialog(window.vault, "AZ-2026-001", window)  # type: ignore[arg-type]
        dialog.show()
        save(dialog, out, f"{language}-6-export")
        dialog.close()
        window.close()
        settle()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
