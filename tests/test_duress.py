"""Fixed key slots, the duress passphrase and its decoy, and older key headers upgraded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldmon.crypto import keyheader, keys
from fieldmon.errors import FieldMonError, WeakPassphrase, WrongPassphrase
from fieldmon.vault.layout import (
    COMPARTMENTS,
    LEGACY_BLOB_DIR,
    LEGACY_DB,
    LEGACY_DECOY_DB,
    blob_dir_name,
    compartment_files,
    db_name,
)
from fieldmon.vault.store import KEY_FILE, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli
from tests.legacy_vault import PASSPHRASE as LEGACY_PASSPHRASE
from tests.legacy_vault import make_legacy_vault

DURESS = "harmless shopping list for the market"
SHOP = {
    "id": "11111111-2222-4333-8444-555555555555",
    "reference": "SHOP-1",
    "title": "Market prices",
}


def _sectors(vault_dir: Path) -> list[bytes]:
    raw = (vault_dir / KEY_FILE).read_bytes()
    return [raw[i : i + keyheader.SECTOR] for i in range(0, len(raw), keyheader.SECTOR)]


def _compartments_exist(vault_dir: Path) -> bool:
    return all(
        (vault_dir / db_name(n)).is_file() and (vault_dir / blob_dir_name(n)).is_dir()
        for n in COMPARTMENTS
    )


def test_every_header_has_the_same_shape(vault_dir: Path) -> None:
    plain = _sectors(vault_dir)
    assert len(plain) == 2 + keyheader.SLOTS
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS)
    with_duress = _sectors(vault_dir)
    # The same size and the same first sector; only slot sectors changed, each a full sector
    # of random-looking bytes, as every unused slot is.
    assert len(with_duress) == len(plain) and with_duress[0] == plain[0]
    changed = [i for i, (a, b) in enumerate(zip(plain, with_duress, strict=True)) if a != b]
    assert changed and all(i >= 2 for i in changed)
    assert {len(s) for s in with_duress} == {keyheader.SECTOR}
    assert _compartments_exist(vault_dir)


def test_a_decoy_exists_from_the_start(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF) as vault:
        assert _compartments_exist(vault.path) and not vault.decoy
        assert vault.compartment in COMPARTMENTS
        assert vault.db_path == vault.path / db_name(vault.compartment)
        assert not (vault.path / LEGACY_DECOY_DB).exists()


def test_duress_opens_the_decoy_and_the_real_one_stays(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        real_compartment = vault.compartment
        with pytest.raises(WeakPassphrase):
            vault.set_duress(PASSPHRASE, "short")
        with pytest.raises(FieldMonError, match="differ"):
            vault.set_duress(PASSPHRASE, PASSPHRASE)
        vault.set_duress(PASSPHRASE, DURESS)
    with Vault.open(vault_dir, DURESS) as decoy:
        assert decoy.decoy and decoy.list_cases() == []
        assert decoy.compartment == 3 - real_compartment
        decoy.store_cases([SHOP])
        assert decoy.search("resad") == []
        assert decoy.actor == "FieldMon monitor" or decoy.actor
    with Vault.open(vault_dir, PASSPHRASE) as real:
        assert not real.decoy and len(real.list_cases()) == 3
        real.change_passphrase(PASSPHRASE, "a changed real passphrase for the vault")
    with Vault.open(vault_dir, DURESS) as decoy:  # a passphrase change keeps the duress slot
        assert [c.reference for c in decoy.list_cases()] == ["SHOP-1"]


def test_setting_the_duress_passphrase_again_keeps_the_decoy_content(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS)
    with Vault.open(vault_dir, DURESS) as decoy:
        decoy.store_cases([SHOP])
    other = "another harmless list for the bakery"
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, other)
    with pytest.raises(WrongPassphrase):  # the earlier duress passphrase stopped working
        Vault.open(vault_dir, DURESS)
    with Vault.open(vault_dir, other) as decoy:
        assert decoy.decoy and [c.reference for c in decoy.list_cases()] == ["SHOP-1"]


def test_inside_the_decoy_duress_works_as_in_the_real_vault(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS)
    second = "a second harmless list for the bakery"
    with Vault.open(vault_dir, DURESS) as decoy:
        decoy.store_cases([SHOP])
        # Accepted, not refused: a refusal would tell whoever holds the decoy that the real
        # passphrase opens something. The real passphrase keeps opening the real vault.
        decoy.set_duress(DURESS, PASSPHRASE)
        decoy.set_duress(DURESS, second)  # no refusal that would say "this is the decoy"
    with Vault.open(vault_dir, second) as again:  # opens the decoy itself
        assert again.decoy and [c.reference for c in again.list_cases()] == ["SHOP-1"]
    with Vault.open(vault_dir, DURESS) as decoy:
        decoy.clear_duress(DURESS)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, second)
    with Vault.open(vault_dir, PASSPHRASE) as real:
        assert not real.decoy and len(real.list_cases()) == 3
    with Vault.open(vault_dir, DURESS) as decoy:
        assert [c.reference for c in decoy.list_cases()] == ["SHOP-1"]


def test_duress_with_wipe_destroys_the_real_vault_silently(vault: Vault, vault_dir: Path) -> None:
    real_db, real_blobs = compartment_files(vault_dir, vault.compartment)
    assert any(real_blobs.iterdir())  # the samples' evidence files
    with Vault.open(vault_dir, PASSPHRASE) as opened:
        opened.set_duress(PASSPHRASE, DURESS, wipe_real=True)
    real_bytes = real_db.read_bytes()
    with Vault.open(vault_dir, DURESS) as decoy:
        assert decoy.decoy and decoy.list_cases() == []
    assert real_db.exists() and real_db.read_bytes() != real_bytes
    assert real_blobs.is_dir() and not list(real_blobs.iterdir())
    assert _compartments_exist(vault_dir)  # the folder looks as it did
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, DURESS) as again:
        assert again.decoy


def test_a_wipe_mode_decoy_can_be_filled_first(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS)
    with Vault.open(vault_dir, DURESS) as decoy:
        decoy.store_cases([SHOP])
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS, wipe_real=True)  # armed afterwards
    with Vault.open(vault_dir, DURESS) as decoy:
        assert [c.reference for c in decoy.list_cases()] == ["SHOP-1"]
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)


def test_clear_duress_keeps_the_decoy_content(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS)
    with Vault.open(vault_dir, DURESS) as decoy:
        decoy.store_cases([SHOP])
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.clear_duress(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, DURESS)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert len(vault.list_cases()) == 3
        vault.set_duress(PASSPHRASE, DURESS)
    with Vault.open(vault_dir, DURESS) as decoy:  # the decoy was not emptied
        assert [c.reference for c in decoy.list_cases()] == ["SHOP-1"]


def test_a_version_1_header_of_an_old_vault_is_upgraded_at_open(tmp_path: Path) -> None:
    evidence = tmp_path / "note.txt"
    evidence.write_text("a fictional note kept as evidence\n")
    legacy = make_legacy_vault(tmp_path / "old", evidence)
    vault_dir = legacy.path
    path = vault_dir / KEY_FILE
    salt = b"0123456789abcdef"
    kdf = {
        "algorithm": "argon2id",
        "version": 19,
        "salt": keys._b64(salt),
        "time_cost": 1,
        "memory_kib": 8192,
        "parallelism": 1,
    }
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    wrapping = keys.derive_wrapping_key(LEGACY_PASSPHRASE, salt, FAST_KDF)
    nonce = b"n" * 12
    ciphertext = AESGCM(wrapping).encrypt(nonce, legacy.key, keys._associated_data(kdf))
    path.write_text(
        json.dumps(
            {
                "format": "fieldmon-keyheader/1",
                "kdf": kdf,
                "wrap": {
                    "algorithm": "aes-256-gcm",
                    "nonce": keys._b64(nonce),
                    "ciphertext": keys._b64(ciphertext),
                },
            }
        )
    )
    (vault_dir / LEGACY_DECOY_DB).unlink()  # version 1 vaults had no decoy
    with Vault.open(vault_dir, LEGACY_PASSPHRASE) as vault:
        assert sorted(c.reference for c in vault.list_cases()) == sorted(legacy.references)
        compartment = vault.compartment
    assert keyheader.is_v3(path.read_bytes())
    assert _compartments_exist(vault_dir)
    assert not any((vault_dir / n).exists() for n in (LEGACY_DB, LEGACY_BLOB_DIR))
    with Vault.open(vault_dir, LEGACY_PASSPHRASE) as vault:
        assert vault.compartment == compartment and not vault.notices
        assert sorted(c.reference for c in vault.list_cases()) == sorted(legacy.references)


def test_cli_duress(vault_dir: Path) -> None:
    made = run_cli(
        "duress",
        "set",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\n{DURESS}\n",
    )
    assert made.returncode == 0, made.stderr
    decoy = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=DURESS + "\n")
    assert decoy.returncode == 0 and decoy.stdout.strip() == "No cases."
    assert made.stdout.strip() == (
        "The duress passphrase now opens the decoy vault; open it with that passphrase and fill"
        " it with harmless material."
    )
    # Inside the decoy the same command prints the same words.
    inside = run_cli(
        "duress",
        "set",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=f"{DURESS}\nyet another harmless list for the bakery\n",
    )
    assert inside.returncode == 0, inside.stderr
    assert (inside.stdout, inside.stderr) == (made.stdout, made.stderr)
    real = run_cli(
        "cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert "AZ-2026-001" in real.stdout
    cleared = run_cli(
        "duress", "clear", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert cleared.returncode == 0
    assert cleared.stdout.strip() == "No duress passphrase opens anything now."
    gone = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=DURESS + "\n")
    assert gone.returncode == 2
