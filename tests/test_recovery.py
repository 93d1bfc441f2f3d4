"""Recovery shares and the panic wipe, on real vaults and through the real command."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldmon.crypto import keyheader
from fieldmon.errors import FieldMonError, VaultNotFound, WrongPassphrase
from fieldmon.vault import keyslots, recovery
from fieldmon.vault.layout import COMPARTMENTS, blob_dir_name
from fieldmon.vault.store import KEY_FILE, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli

NEW = "a new passphrase after the old was lost"
DURESS = "harmless shopping list for the market"


def _shares(vault_dir: Path, threshold: int = 2, count: int = 3) -> list[str]:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        return recovery.create_shares(vault, PASSPHRASE, threshold, count)


def test_any_k_shares_recover(vault_dir: Path) -> None:
    shares = _shares(vault_dir)
    assert len(shares) == 3 and all(len(s.split()) == 33 for s in shares)
    # The shares rebuild a secret that opens a slot, never the master or database key.
    master = keyheader.unlock((vault_dir / KEY_FILE).read_bytes(), PASSPHRASE).master
    secret = recovery.combine([shares[0], shares[1]])
    assert secret not in (master, keyheader.database_key(master))
    recovery.recover(vault_dir, [shares[2], shares[0]], NEW)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, NEW) as vault:
        assert len(vault.list_cases()) == 3
    # The slot stays: the same shares recover again (to yet another passphrase).
    recovery.recover(vault_dir, [shares[1], shares[2]], "and once more a passphrase, lost again")


def test_recovery_keeps_the_duress_passphrase(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS)
        shares = recovery.create_shares(vault, PASSPHRASE, 2, 2)
    recovery.recover(vault_dir, shares, NEW)
    with Vault.open(vault_dir, DURESS) as decoy:
        assert decoy.decoy and decoy.list_cases() == []
    with Vault.open(vault_dir, NEW) as vault:
        assert not vault.decoy and len(vault.list_cases()) == 3


def test_a_new_passphrase_in_use_is_refused(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS)
        shares = recovery.create_shares(vault, PASSPHRASE, 2, 2)
    header = (vault_dir / KEY_FILE).read_bytes()
    for taken in (PASSPHRASE, DURESS):
        with pytest.raises(keyslots.PassphraseInUse, match="used nowhere else"):
            recovery.recover(vault_dir, shares, taken)
    assert (vault_dir / KEY_FILE).read_bytes() == header


def test_new_shares_end_the_old_ones(vault_dir: Path) -> None:
    old = _shares(vault_dir)
    new = _shares(vault_dir)
    with pytest.raises(recovery.RecoveryError, match="newer shares"):
        recovery.recover(vault_dir, old[:2], NEW)
    recovery.recover(vault_dir, new[1:], NEW)
    with Vault.open(vault_dir, NEW) as vault:
        assert len(vault.list_cases()) == 3


def test_too_few_a_typo_or_another_vault_change_nothing(vault_dir: Path, tmp_path: Path) -> None:
    shares = _shares(vault_dir)
    header = (vault_dir / KEY_FILE).read_bytes()
    with pytest.raises(recovery.RecoveryError, match="Wrong number of mnemonics"):
        recovery.recover(vault_dir, shares[:1], NEW)
    words = shares[1].split()
    words[5] = "zebra" if words[5] != "zebra" else "academic"
    with pytest.raises(recovery.RecoveryError):
        recovery.recover(vault_dir, [shares[0], " ".join(words)], NEW)
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    foreign = recovery.create_shares(other, PASSPHRASE, 2, 2)
    other.close()
    with pytest.raises(recovery.RecoveryError, match="another vault"):
        recovery.recover(vault_dir, foreign, NEW)
    with pytest.raises(FieldMonError, match="too weak"):
        recovery.recover(vault_dir, shares[:2], "weak")
    assert (vault_dir / KEY_FILE).read_bytes() == header


def test_without_the_key_header_shares_recover_nothing(vault_dir: Path) -> None:
    shares = _shares(vault_dir, 2, 2)
    (vault_dir / KEY_FILE).unlink()
    before = sorted(p.name for p in vault_dir.iterdir())
    with pytest.raises(recovery.RecoveryError, match="missing"):
        recovery.recover(vault_dir, shares, NEW)
    assert sorted(p.name for p in vault_dir.iterdir()) == before  # nothing written
    assert not (vault_dir / KEY_FILE).exists()


def test_share_settings_are_checked(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        header = (vault_dir / KEY_FILE).read_bytes()
        for threshold, count in ((3, 2), (0, 2), (1, 3), (2, 17)):
            with pytest.raises(FieldMonError):
                recovery.create_shares(vault, PASSPHRASE, threshold, count)
        with pytest.raises(WrongPassphrase):
            recovery.create_shares(vault, "not the passphrase at all", 2, 3)
        assert (vault_dir / KEY_FILE).read_bytes() == header


def test_wipe_then_nothing_opens(vault_dir: Path) -> None:
    shares = _shares(vault_dir)
    blobs = [b for n in COMPARTMENTS for b in (vault_dir / blob_dir_name(n)).iterdir()]
    assert blobs
    recovery.wipe(vault_dir)
    assert not vault_dir.exists()
    with pytest.raises(VaultNotFound):
        Vault.open(vault_dir, PASSPHRASE)
    with pytest.raises(VaultNotFound):
        recovery.recover(vault_dir, shares[:2], NEW)


def test_cli_recovery_recover_and_wipe(vault_dir: Path) -> None:
    line = PASSPHRASE + "\n"
    made = run_cli(
        "recovery",
        "create",
        "--threshold",
        "2",
        "--shares",
        "3",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=line,
    )
    assert made.returncode == 0, made.stderr
    shares = made.stdout.strip().splitlines()
    assert len(shares) == 3 and "different places" in made.stderr
    assert "shares made before no longer do" in made.stderr
    recovered = run_cli(
        "recover",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=f"{shares[1]}\n{shares[2]}\n{NEW}\n",
    )
    assert recovered.returncode == 0, recovered.stderr
    assert (
        run_cli(
            "cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=NEW + "\n"
        ).returncode
        == 0
    )
    bad = run_cli(
        "recover",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=f"{shares[0]}\nnot a share at all\n{NEW}\n",
    )
    assert bad.returncode == 7 and "Traceback" not in bad.stderr
    refused = run_cli("wipe", "--vault", str(vault_dir))
    assert refused.returncode == 64 and "--yes" in refused.stderr and vault_dir.exists()
    wiped = run_cli("wipe", "--yes", "--vault", str(vault_dir))
    assert wiped.returncode == 0 and not vault_dir.exists()
    for command in (["cases"], ["show", "AZ-2026-001"], ["check"], ["search", "x"]):
        after = run_cli(*command, "--vault", str(vault_dir), "--passphrase-stdin", stdin=line)
        assert after.returncode != 0 and "No vault" in after.stderr
        assert "Traceback" not in after.stderr
    again = run_cli(
        "recover",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=f"{shares[0]}\n{shares[1]}\n{NEW}\n",
    )
    assert again.returncode != 0 and "No vault" in again.stderr
