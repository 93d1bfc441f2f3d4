"""Failed unlocks: a delay that grows across processes, and the optional wipe after N."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fieldmon.crypto import keyheader
from fieldmon.errors import VaultNotFound, WrongPassphrase
from fieldmon.vault import attempts
from fieldmon.vault.layout import KEY_FILE
from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE, run_cli


def _set_counter(vault_dir: Path, in_a_row: int, total: int, wipe_after: int = 0) -> None:
    """Write the counter sector by hand, as someone editing the key header would."""
    with keyheader.locked(vault_dir / KEY_FILE) as (fd, raw):
        parsed = keyheader.parse(raw, vault_dir / KEY_FILE)
        keyheader.write_counter(fd, parsed, keyheader.Counter(in_a_row, total, wipe_after))


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
    _set_counter(vault_dir, 1, 12)  # one in a row, so the unlock below does not wait
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.notices == ["12 failed unlock(s) since the vault was last opened."]
    assert attempts.failures(vault_dir) == 0
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert vault.notices == []


def test_wipe_after_n_failures(vault_dir: Path) -> None:
    assert attempts.wipe_after(vault_dir) is None
    with Vault.open(vault_dir, PASSPHRASE) as vault, vault.transaction():
        attempts.set_wipe_after(vault_dir, 3, vault.conn)
    assert attempts.wipe_after(vault_dir) == 3
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, "guess")
    with Vault.open(vault_dir, PASSPHRASE) as vault:  # a success resets the count
        assert vault.notices == ["2 failed unlock(s) since the vault was last opened."]
    assert attempts.wipe_after(vault_dir) == 3
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, "guess")
    assert not vault_dir.exists()
    with pytest.raises(VaultNotFound):
        Vault.open(vault_dir, PASSPHRASE)


def test_a_damaged_counter_sector_is_no_obstacle_and_is_named(vault_dir: Path) -> None:
    with keyheader.locked(vault_dir / KEY_FILE) as (fd, _):
        os.pwrite(fd, b"not a counter" * 39, keyheader.SECTOR)
    assert attempts.failures(vault_dir) == 0 and attempts.wipe_after(vault_dir) is None
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert len(vault.notices) == 1 and "damaged or replaced" in vault.notices[0]
    with Vault.open(vault_dir, PASSPHRASE) as vault:  # rewritten whole at that unlock
        assert vault.notices == []


def test_a_count_reset_or_a_policy_changed_by_hand_shows_at_the_next_unlock(
    vault_dir: Path,
) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault, vault.transaction():
        attempts.set_wipe_after(vault_dir, 5, vault.conn)
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault_dir, "guess")
    with Vault.open(vault_dir, PASSPHRASE) as vault:  # the database now knows of two
        assert vault.notices == ["2 failed unlock(s) since the vault was last opened."]
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "guess")
    # The guesses forgotten, the wipe turned off. (Only a count below the one the database
    # saw at the last unlock can be told from a real one: the sector is not secret.)
    _set_counter(vault_dir, 0, 0, 0)
    assert attempts.wipe_after(vault_dir) is None
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert len(vault.notices) == 2
        assert "reset outside FieldMon" in vault.notices[0]
        assert "set back to: after 5 failed unlocks" in vault.notices[1]
    assert attempts.wipe_after(vault_dir) == 5


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
    # Recorded in the database too: the next unlock finds nothing changed outside FieldMon.
    again = run_cli("attempts", "--vault", str(vault_dir), "--passphrase-stdin", stdin=line)
    assert again.returncode == 0 and ": 5." in again.stdout and "note:" not in again.stderr
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
