"""Failed unlocks: a delay that grows across processes, and the optional wipe after N."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldmon.errors import VaultNotFound, WrongPassphrase
from fieldmon.vault import attempts
from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE, run_cli


def test_the_delay_grows_and_resets(vault_dir: Path) -> None:
    assert attempts.delay_before_attempt(vault_dir) == 0
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, "not the passphrase")
    assert attempts.failures(vault_dir) == 2
    assert attempts.delay_before_attempt(vault_dir) == 1
    attempts.record_failure(vault_dir)
    assert attempts.delay_before_attempt(vault_dir) == 2
    for _ in range(10):
        attempts.record_failure(vault_dir)
    assert attempts.delay_before_attempt(vault_dir) == attempts.MAX_DELAY_S
    attempts._write(vault_dir, {"failed": 1})
    with Vault.open(vault_dir, PASSPHRASE):
        pass
    assert attempts.failures(vault_dir) == 0


def test_wipe_after_n_failures(vault_dir: Path) -> None:
    assert attempts.wipe_after(vault_dir) is None
    attempts.set_wipe_after(vault_dir, 3)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, "guess")
    with Vault.open(vault_dir, PASSPHRASE):  # a success resets the count
        pass
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, "guess")
    assert not vault_dir.exists()
    with pytest.raises(VaultNotFound):
        Vault.open(vault_dir, PASSPHRASE)


def test_a_damaged_attempts_file_is_no_obstacle(vault_dir: Path) -> None:
    (vault_dir / attempts.ATTEMPTS_FILE).write_text("{not json")
    assert attempts.failures(vault_dir) == 0 and attempts.wipe_after(vault_dir) is None
    with Vault.open(vault_dir, PASSPHRASE):
        pass


def test_cli_attempts(vault_dir: Path) -> None:
    line = PASSPHRASE + "\n"
    shown = run_cli("attempts", "--vault", str(vault_dir), "--passphrase-stdin", stdin=line)
    assert shown.returncode == 0 and "off" in shown.stdout
    low = run_cli(
        "attempts", "--wipe-after", "1", "--vault", str(vault_dir), "--passphrase-stdin", stdin=line
    )
    assert low.returncode == 64 and "at least 3" in low.stderr
    words = run_cli(
        "attempts",
        "--wipe-after",
        "many",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=line,
    )
    assert words.returncode == 64 and "Traceback" not in words.stderr
    on = run_cli(
        "attempts", "--wipe-after", "5", "--vault", str(vault_dir), "--passphrase-stdin", stdin=line
    )
    assert on.returncode == 0 and ": 5." in on.stdout
    off = run_cli(
        "attempts",
        "--wipe-after",
        "off",
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=line,
    )
    assert off.returncode == 0 and "off" in off.stdout
