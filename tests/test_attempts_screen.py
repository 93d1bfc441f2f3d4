"""The pause an unlock screen counts down after a refused passphrase comes from the core, with
the delay every unlock waits."""

from __future__ import annotations

from pathlib import Path

from fieldmon.vault import attempts
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def test_the_screen_pause_doubles_from_the_second_failure(tmp_path: Path) -> None:
    Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).close()
    tmp_path = tmp_path / "v"  # the count lives in the vault's key header
    seen = []
    for _ in range(9):
        seen.append((attempts.delay_before_attempt(tmp_path), attempts.seconds_to_wait(tmp_path)))
        attempts.record_failure(tmp_path)
    assert seen == [
        (0, 0),
        (0, 0),
        (1, 2),
        (2, 4),
        (4, 8),
        (8, 16),
        (16, 32),
        (30, 60),
        (30, 60),
    ]
    attempts.record_success(tmp_path)
    assert attempts.seconds_to_wait(tmp_path) == 0


def test_no_pause_without_an_attempts_file(tmp_path: Path) -> None:
    assert attempts.seconds_to_wait(tmp_path / "gone") == 0
