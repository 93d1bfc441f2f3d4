from __future__ import annotations

from pathlib import Path

import pytest

from fieldmon.crypto import keys
from fieldmon.crypto.passphrase import passphrase_problem, strength_score
from fieldmon.errors import VaultDamaged, WrongPassphrase
from tests.conftest import FAST_KDF, PASSPHRASE

HEADER = Path("/vault/vault.key")


def test_wrap_and_unwrap_round_trip() -> None:
    key = keys.new_vault_key()
    raw = keys.wrap_key(key, PASSPHRASE, FAST_KDF)
    assert keys.unwrap_key(raw, PASSPHRASE, HEADER) == key
    assert key.hex() not in raw.decode() and PASSPHRASE not in raw.decode()


def test_wrong_passphrase_is_refused() -> None:
    raw = keys.wrap_key(keys.new_vault_key(), PASSPHRASE, FAST_KDF)
    with pytest.raises(WrongPassphrase):
        keys.unwrap_key(raw, PASSPHRASE + "x", HEADER)


def test_default_parameters_meet_the_floor() -> None:
    assert keys.DEFAULT_KDF.memory_kib >= 64 * 1024
    raw = keys.wrap_key(keys.new_vault_key(), PASSPHRASE)
    assert keys.kdf_params_of(raw, HEADER) == keys.DEFAULT_KDF


def test_parameters_are_authenticated() -> None:
    """Raising time_cost in the file (or any edit to the KDF section) breaks the unwrap."""
    raw = keys.wrap_key(keys.new_vault_key(), PASSPHRASE, FAST_KDF).decode()
    edited = raw.replace('"time_cost": 1', '"time_cost": 2')
    assert edited != raw
    with pytest.raises(WrongPassphrase):
        keys.unwrap_key(edited.encode(), PASSPHRASE, HEADER)


def test_weakened_parameters_are_refused_as_damage() -> None:
    raw = keys.wrap_key(keys.new_vault_key(), PASSPHRASE, FAST_KDF).decode()
    edited = raw.replace('"memory_kib": 8192', '"memory_kib": 64')
    with pytest.raises(VaultDamaged, match="below the minimum"):
        keys.unwrap_key(edited.encode(), PASSPHRASE, HEADER)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\x01garbage",
        b"{}",
        b'{"format": "fieldmon-keyheader/1"}',
        b"[1, 2]",
        b'{"format": "fieldmon-keyheader/1", "kdf": {"algorithm": "argon2id"}, "wrap": {}}',
    ],
)
def test_damaged_header_names_the_file(raw: bytes) -> None:
    with pytest.raises(VaultDamaged) as caught:
        keys.unwrap_key(raw, PASSPHRASE, HEADER)
    assert str(HEADER) in str(caught.value)


def test_truncated_header_is_damage() -> None:
    raw = keys.wrap_key(keys.new_vault_key(), PASSPHRASE, FAST_KDF)
    with pytest.raises(VaultDamaged, match=str(HEADER)):
        keys.unwrap_key(raw[: len(raw) // 2], PASSPHRASE, HEADER)


@pytest.mark.parametrize(
    ("passphrase", "reason"),
    [
        ("short", "too short"),
        ("password1234", "too easy to guess"),
        ("qwertyuiop123456", "too easy to guess"),
        ("aaaaaaaaaaaaaaaa", "too easy to guess"),
        (" leading space passphrase x", "space"),
    ],
)
def test_weak_passphrases_are_refused_with_a_reason(passphrase: str, reason: str) -> None:
    problem = passphrase_problem(passphrase)
    assert problem is not None and reason in str(problem)


def test_good_passphrases_pass() -> None:
    assert passphrase_problem(PASSPHRASE) is None
    assert passphrase_problem("Gəncə-dəki qırmızı velosiped üç dəfə") is None
    assert strength_score(PASSPHRASE) == 4
    assert strength_score("") == 0
