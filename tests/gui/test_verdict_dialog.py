"""The desktop verify dialog says what `fieldmon verify` says, in words a lawyer understands
(issue 12, item 4): an unchanged dossier whose signer was checked against nothing is not
"valid", the fingerprint to compare is shown, and a root certificate can be chosen or a
fingerprint typed. Set FIELDMON_SHOTS to a folder to grab the three outcomes into it."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from fieldmon.crypto import identity
from fieldmon.dossier import build
from fieldmon.vault.store import Vault
from tests.conftest import decided_plan
from tests.test_verdict_forged import Real, forged_self_signed, grouped
from ui.dossier_dialogs import VerifyDialog

SHOTS = os.environ.get("FIELDMON_SHOTS")


def shot(dialog: VerifyDialog, name: str) -> None:
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / f"{name}.png"))


def dossier_of(vault: Vault, tmp_path: Path) -> Path:
    out = tmp_path / "dossier.pdf"
    build.write_dossier(vault, decided_plan(vault, ["AZ-2026-001"], "echr", "en"), out)
    return out


def checked(
    qtbot: QtBot, dialog: VerifyDialog, path: Path | None = None, root: Path | None = None
) -> list[str]:
    """Check the PDF, or choose a root (which checks the last PDF again), or check the last PDF
    again; wait for the verdict's lines."""
    dialog.report.setPlainText("")
    if path is not None:
        dialog.check(path)
    elif root is not None:
        dialog.set_root(root)
    else:
        dialog.recheck()
    qtbot.waitUntil(lambda: "Verdict" in dialog.report.toPlainText(), timeout=30_000)
    return dialog.report.toPlainText().splitlines()


def test_without_a_root_the_signer_is_unverified_and_the_fingerprint_shown(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    out = dossier_of(vault, tmp_path)
    monitor = identity.cert_fingerprint(vault.identity().monitor_cert)
    dialog = VerifyDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    lines = checked(qtbot, dialog, out)
    shot(dialog, "verify-unverified")
    headline = lines[2]
    assert headline.startswith("The document has not been changed since it was signed, but")
    assert "nothing shows WHO signed it" in headline and grouped(monitor) in headline, headline
    assert "Verdict: VALID" not in lines and "VALID AND TRUSTED" not in "\n".join(lines)
    assert lines[-1].startswith("Verdict: SIGNER UNVERIFIED"), lines
    assert any("anyone can make a certificate with any name" in line for line in lines)
    assert "nothing yet" in dialog.against.text()


def test_a_typed_fingerprint_or_a_chosen_root_checks_the_signer(
    qtbot: QtBot, vault: Vault, empty_vault_factory: object, tmp_path: Path
) -> None:
    out = dossier_of(vault, tmp_path)
    root = identity.cert_fingerprint(vault.identity().root_cert)
    monitor = identity.cert_fingerprint(vault.identity().monitor_cert)
    dialog = VerifyDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    checked(qtbot, dialog, out)

    dialog.fingerprint.setText(grouped(root).lower())
    lines = checked(qtbot, dialog)
    assert lines[2].startswith("VALID AND TRUSTED"), lines
    assert lines[-1] == "Verdict: VALID"
    shot(dialog, "verify-valid-fingerprint")

    wrong = grouped(root)[:-1] + ("0" if root[-1] != "0" else "1")
    dialog.fingerprint.setText(wrong)
    lines = checked(qtbot, dialog)
    assert lines[2].startswith("Signature valid, but the signer is NOT TRUSTED"), lines
    trust = next(line for line in lines if line.startswith("Trust:"))
    assert wrong in trust and grouped(monitor) in trust, trust
    assert lines[-1] == "Verdict: NOT VALID"

    dialog.fingerprint.setText("")
    other = empty_vault_factory()  # type: ignore[operator]
    other_root = tmp_path / "other-root.pem"
    other_root.write_bytes(identity.pem(other.identity().root_cert))
    lines = checked(qtbot, dialog, root=other_root)
    assert "other-root.pem" in dialog.against.text()
    assert lines[2].startswith("Signature valid, but the signer is NOT TRUSTED"), lines
    assert lines[-1] == "Verdict: NOT VALID"

    real_root = tmp_path / "root.pem"
    real_root.write_bytes(identity.pem(vault.identity().root_cert))
    lines = checked(qtbot, dialog, root=real_root)
    assert lines[2].startswith("VALID AND TRUSTED"), lines
    assert lines[-1] == "Verdict: VALID"
    shot(dialog, "verify-valid-root")


def test_a_forged_dossier_is_not_valid_in_the_dialog(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    """A copy of the vault's dossier signed by a self-made "FieldMon monitor": checked against
    this vault's root it is NOT VALID; with nothing to check against it is not valid either."""
    out = dossier_of(vault, tmp_path)
    me = vault.identity()
    real = Real(
        pdf=out,
        root_pem=tmp_path / "unused.pem",
        monitor_fp=identity.cert_fingerprint(me.monitor_cert),
        root_fp=identity.cert_fingerprint(me.root_cert),
        root_der=me.root_cert,
        folder=tmp_path,
    )
    forged, forged_fp = forged_self_signed(real)
    dialog = VerifyDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    lines = checked(qtbot, dialog, forged)
    shot(dialog, "verify-forged-not-valid")
    assert lines[2].startswith("Signature valid, but the signer is NOT TRUSTED"), lines
    assert lines[-1] == "Verdict: NOT VALID"
    assert any(grouped(forged_fp) in line for line in lines), lines
    alone = VerifyDialog(None)
    qtbot.addWidget(alone)
    lines = checked(qtbot, alone, forged)
    assert "nothing shows WHO signed it" in lines[2] and grouped(forged_fp) in lines[2]
    assert "Verdict: VALID" not in lines
