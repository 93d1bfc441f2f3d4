"""Fixed key slots, the duress passphrase and its decoy, and older key headers upgraded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fieldmon.crypto import keys
from fieldmon.errors import FieldMonError, WeakPassphrase, WrongPassphrase
from fieldmon.vault.store import DB_FILE, DECOY_DB, KEY_FILE, Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli

DURESS = "harmless shopping list for the market"


def _header(vault_dir: Path) -> dict[str, object]:
    return dict(json.loads((vault_dir / KEY_FILE).read_text()))


def test_every_header_has_the_same_shape(vault_dir: Path, tmp_path: Path) -> None:
    plain = _header(vault_dir)
    assert plain["format"] == "fieldmon-keyheader/2"
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS)
    with_duress = _header(vault_dir)
    slots_a = plain["slots"]
    slots_b = with_duress["slots"]
    assert isinstance(slots_a, list) and isinstance(slots_b, list)
    assert len(slots_a) == len(slots_b) == keys.SLOTS
    assert [sorted(s) for s in slots_a] == [sorted(s) for s in slots_b]
    assert {len(s["ciphertext"]) for s in slots_a} == {len(s["ciphertext"]) for s in slots_b}
    assert (vault_dir / DECOY_DB).exists()


def test_a_decoy_exists_from_the_start(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF) as vault:
        assert (vault.path / DECOY_DB).exists() and not vault.decoy


def test_duress_opens_the_decoy_and_the_real_one_stays(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        with pytest.raises(WeakPassphrase):
            vault.set_duress(PASSPHRASE, "short")
        with pytest.raises(FieldMonError, match="differ"):
            vault.set_duress(PASSPHRASE, PASSPHRASE)
        vault.set_duress(PASSPHRASE, DURESS)
    with Vault.open(vault_dir, DURESS) as decoy:
        assert decoy.decoy and decoy.list_cases() == []
        decoy.store_cases(
            [
                {
                    "id": "11111111-2222-4333-8444-555555555555",
                    "reference": "SHOP-1",
                    "title": "Market prices",
                }
            ]
        )
        assert decoy.search("resad") == []
        assert decoy.actor == "FieldMon monitor" or decoy.actor
    with Vault.open(vault_dir, PASSPHRASE) as real:
        assert not real.decoy and len(real.list_cases()) == 3
        real.change_passphrase(PASSPHRASE, "a changed real passphrase for the vault")
    with Vault.open(vault_dir, DURESS) as decoy:  # a passphrase change keeps the duress slot
        assert [c.reference for c in decoy.list_cases()] == ["SHOP-1"]


def test_duress_with_wipe_destroys_the_real_vault_silently(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS, wipe_real=True)
    real_db = (vault_dir / DB_FILE).read_bytes()
    with Vault.open(vault_dir, DURESS) as decoy:
        assert decoy.decoy and decoy.list_cases() == []
    assert (vault_dir / DB_FILE).exists() and (vault_dir / DB_FILE).read_bytes() != real_db
    assert not list((vault_dir / "blobs").iterdir())
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, DURESS) as again:
        assert again.decoy


def test_clear_duress(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS)
        vault.clear_duress(PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, DURESS)
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert len(vault.list_cases()) == 3


def test_a_version_1_header_is_upgraded_at_open(vault_dir: Path) -> None:
    path = vault_dir / KEY_FILE
    vault_key = keys.unwrap_key(path.read_bytes(), PASSPHRASE, path)
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

    wrapping = keys.derive_wrapping_key(PASSPHRASE, salt, FAST_KDF)
    nonce = b"n" * 12
    ciphertext = AESGCM(wrapping).encrypt(nonce, vault_key, keys._associated_data(kdf))
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
    (vault_dir / DECOY_DB).unlink()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert len(vault.list_cases()) == 3
    assert _header(vault_dir)["format"] == "fieldmon-keyheader/2"
    assert (vault_dir / DECOY_DB).exists()
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert len(vault.list_cases()) == 3


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
    real = run_cli(
        "cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert "AZ-2026-001" in real.stdout
    cleared = run_cli(
        "duress", "clear", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert cleared.returncode == 0
    gone = run_cli("cases", "--vault", str(vault_dir), "--passphrase-stdin", stdin=DURESS + "\n")
    assert gone.returncode == 2
