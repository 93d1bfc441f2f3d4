"""The desktop verify dialog shows each case's custody history as the dossier recorded it, as
`fieldmon verify` does, before the verdict (issue 12, item 3)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldmon.dossier import build
from fieldmon.vault.store import Vault
from tests.conftest import decided_plan
from ui.dossier_dialogs import VerifyDialog


def test_the_dialog_shows_the_recorded_history(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    vault.seal("AZ-2026-001")
    out = tmp_path / "dossier.pdf"
    build.write_dossier(vault, decided_plan(vault, ["AZ-2026-001"], "echr", "en"), out)
    dialog = VerifyDialog(vault)
    qtbot.addWidget(dialog)
    dialog.check(out)
    qtbot.waitUntil(lambda: "Verdict" in dialog.report.toPlainText(), timeout=30_000)
    lines = dialog.report.toPlainText().splitlines()
    history = [line for line in lines if line.startswith("History:")]
    assert history and "AZ-2026-001" in history[0] and "sealed versions: 1" in history[0], lines
    assert lines[-1].startswith("Verdict")  # the verdict stays last
