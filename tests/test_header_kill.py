"""Issue 12, item 1: a change of the key header killed at any of its writes never loses the
only copy of the key. The header is overwritten in place, sector by sector, each synced; the
child process (tests/killpoints/child.py) SIGKILLs itself just before or just after each write
Python makes to ``vault.key*`` during a passphrase change, a duress passphrase, new shares and
a recovery, and afterwards the old or the new passphrase opens the vault with its cases."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from fieldmon.errors import WrongPassphrase
from fieldmon.vault import recovery
from fieldmon.vault.check import check_vault
from fieldmon.vault.layout import KEY_FILE
from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE

CHILD = Path(__file__).parent / "killpoints" / "child.py"
NEW = "seven copper kettles by the north gate"
ROOT = Path(__file__).resolve().parent.parent


def run_child(vault: Path, n: int, when: str, operation: str, args: Mapping[str, object]) -> int:
    """Run the operation in a child killed at write n; return its exit status (-9 if killed)
    or, with ``count``, the number of writes it made."""
    done = subprocess.run(
        [sys.executable, str(CHILD), str(vault), KEY_FILE, str(n), when, operation,
         json.dumps(args)],
        capture_output=True, text=True, timeout=120, cwd=ROOT, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    if when == "count":
        assert done.returncode == 0, done.stderr
        return int(done.stdout.split()[-1])
    assert done.returncode in (0, -9), done.stderr
    return done.returncode


def opens_with(vault: Path, *passphrases: str) -> str:
    """Which of the passphrases opens the vault (the first that does); its cases are there
    and it checks intact."""
    for passphrase in passphrases:
        try:
            with Vault.open(vault, passphrase) as opened:
                assert len(opened.list_cases()) == 3
                assert check_vault(opened).ok
                return passphrase
        except WrongPassphrase:
            continue
    raise AssertionError("neither passphrase opens the vault")


@pytest.mark.parametrize("operation", ["passwd", "duress", "shares", "recover"])
def test_a_kill_at_any_header_write_leaves_the_vault_open(
    vault: Vault, tmp_path: Path, operation: str
) -> None:
    vault_dir = vault.path
    shares = recovery.create_shares(vault, PASSPHRASE, 2, 3)[:2]
    vault.close()
    master = tmp_path / "master"
    shutil.copytree(vault_dir, master)
    args = {"old": PASSPHRASE, "new": NEW, "shares": shares}
    writes = run_child(vault_dir, 0, "count", operation, args)
    # Written in place, sector by sector: never a whole new file renamed over the old one.
    assert writes >= 2, f"{operation} wrote the header {writes} time(s)"
    header_inode = (master / KEY_FILE).stat().st_ino
    for n in range(1, writes + 1):
        for when in ("before", "after"):
            work = tmp_path / f"{n}-{when}"
            shutil.copytree(master, work)
            assert (work / KEY_FILE).stat().st_ino != header_inode  # a real copy
            inode = (work / KEY_FILE).stat().st_ino
            run_child(work, n, when, operation, args)
            assert (work / KEY_FILE).stat().st_ino == inode, "the header was replaced"
            assert sorted(p.name for p in work.iterdir() if p.name.startswith(KEY_FILE)) == [
                KEY_FILE
            ], "a header file was left beside vault.key"
            opens_with(work, PASSPHRASE, NEW)
            shutil.rmtree(work)


def test_a_passphrase_change_killed_between_its_writes_leaves_one_passphrase(
    vault: Vault, tmp_path: Path
) -> None:
    """Killed after the new slot is written and before the old is cleared, both open once;
    the next unlock keeps the one used and forgets the other."""
    vault_dir = vault.path
    vault.close()
    args = {"old": PASSPHRASE, "new": NEW}
    assert run_child(vault_dir, 2, "before", "passwd", args) == -9
    with Vault.open(vault_dir, NEW):
        pass
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
