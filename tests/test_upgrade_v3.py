"""Issue 12, item 1: vaults made before key header version 3 still open, and the real
passphrase upgrades them once: the database re-encrypted under a new key, the old header's
bytes overwritten in place, the old files overwritten and deleted; shares printed before and
the old header's key open nothing afterwards; a kill at any write of the upgrade leaves a vault
that opens with its passphrase and holds every case and file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from fieldmon.crypto import keyheader
from fieldmon.errors import VaultDamaged, WrongPassphrase
from fieldmon.vault import attempts, recovery
from fieldmon.vault.check import check_vault
from fieldmon.vault.database import open_database
from fieldmon.vault.layout import KEY_FILE, db_name
from fieldmon.vault.legacy import UPGRADE_NOTICE
from fieldmon.vault.store import Vault
from tests.legacy_vault import DURESS, PASSPHRASE, LegacyVault, copy_vault, make_legacy_vault

ROOT = Path(__file__).resolve().parent.parent
# By default the kill points are the writes to the key header files (the upgrade's commit);
# FIELDMON_SOAK_KILL=1 kills at every write Python makes in the folder (the old files'
# overwriting too), which takes about a minute.
PREFIX = "" if os.environ.get("FIELDMON_SOAK_KILL") else KEY_FILE
CHILD = ROOT / "tests" / "killpoints" / "child.py"


@pytest.fixture
def legacy(tmp_path: Path) -> LegacyVault:
    evidence = tmp_path / "note.txt"
    evidence.write_text("a fictional note kept as evidence\n")
    return make_legacy_vault(tmp_path / "old", evidence)


def _whole(vault: Vault, references: list[str]) -> None:
    assert [c.reference for c in vault.list_cases()] == sorted(references)
    assert vault.read_attachment(references[0], vault.attachments(references[0])[-1].item)
    assert check_vault(vault).ok, check_vault(vault).faults


def test_the_duress_passphrase_opens_the_old_decoy_without_upgrading(legacy: LegacyVault) -> None:
    with Vault.open(legacy.path, DURESS) as decoy:
        assert decoy.list_cases() == []
    assert not keyheader.is_v3((legacy.path / KEY_FILE).read_bytes())


def test_the_real_passphrase_upgrades_once(legacy: LegacyVault) -> None:
    old_header = (legacy.path / KEY_FILE).read_bytes()
    decomposed = unicodedata.normalize("NFD", PASSPHRASE)  # typed in the other form
    with Vault.open(legacy.path, decomposed) as vault:
        assert vault.notices == [UPGRADE_NOTICE]
        _whole(vault, legacy.references)
        compartment = vault.compartment
    names = sorted(p.name for p in legacy.path.iterdir())
    assert names == ["blobs-1", "blobs-2", "vault-1.db", "vault-2.db", "vault.key", "vault.lock"]
    raw = (legacy.path / KEY_FILE).read_bytes()
    assert keyheader.is_v3(raw) and old_header not in raw
    assert attempts.wipe_after(legacy.path) == 5
    with Vault.open(legacy.path, PASSPHRASE) as vault:
        assert vault.notices == [] and vault.compartment == compartment
    # The old key (old shares, an old header carved from the disk) opens neither database.
    for n in (1, 2):
        with pytest.raises(VaultDamaged):
            open_database(legacy.path / db_name(n), legacy.key, create=False)
    with pytest.raises(recovery.RecoveryError, match="open nothing"):
        recovery.recover(legacy.path, legacy.shares[:2], "a new passphrase after upgrade 77")
    with pytest.raises(WrongPassphrase):
        Vault.open(legacy.path, DURESS)


def test_old_shares_still_recover_a_vault_not_yet_upgraded(legacy: LegacyVault) -> None:
    new = "recovered before the upgrade, quiet meadow"
    recovery.recover(legacy.path, legacy.shares[1:], new)
    with Vault.open(legacy.path, new) as vault:
        _whole(vault, legacy.references)


def _child(vault: Path, n: int, when: str) -> int:
    done = subprocess.run(
        [sys.executable, str(CHILD), str(vault), PREFIX, str(n), when, "upgrade",
         json.dumps({"old": PASSPHRASE})],
        capture_output=True, text=True, timeout=120, cwd=ROOT, check=False,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode in (0, -9), done.stderr
    return int(done.stdout.split()[-1]) if when == "count" else done.returncode


def test_an_upgrade_killed_at_any_write_leaves_a_vault_that_opens(
    legacy: LegacyVault, tmp_path: Path
) -> None:
    writes = _child(copy_vault(legacy, tmp_path / "count").path, 0, "count")
    assert writes >= 3
    for n in range(1, writes + 1):
        for when in ("before", "after"):
            work = copy_vault(legacy, tmp_path / f"{n}-{when}")
            _child(work.path, n, when)
            with Vault.open(work.path, PASSPHRASE) as vault:
                _whole(vault, legacy.references)
            names = {p.name for p in work.path.iterdir()}
            assert not names & {"vault.db", "decoy.db", "blobs", "decoy-blobs", "vault.key.v3"}
            shutil.rmtree(work.path)


def test_an_old_duress_wipe_overwrites_in_place(tmp_path: Path) -> None:
    """The duress wipe of a vault not yet upgraded rewrites its header in place and overwrites
    the real blobs, instead of renaming a new header over the old (whose bytes a carver found
    in free space, opening with the real passphrase)."""
    evidence = tmp_path / "note.txt"
    evidence.write_text("a fictional note kept as evidence\n")
    legacy = make_legacy_vault(tmp_path / "old", evidence, duress_wipes=True)
    header = legacy.path / KEY_FILE
    inode = header.stat().st_ino
    blobs = sorted((legacy.path / "blobs").iterdir())
    assert blobs
    with Vault.open(legacy.path, DURESS) as decoy:
        assert decoy.list_cases() == []
    assert header.stat().st_ino == inode
    assert not any(b.exists() for b in blobs)
    with pytest.raises(WrongPassphrase):
        Vault.open(legacy.path, PASSPHRASE)


def test_an_old_decoy_says_plainly_why_its_duress_passphrase_cannot_change(
    legacy: LegacyVault,
) -> None:
    from fieldmon.errors import FieldMonError

    with (
        Vault.open(legacy.path, DURESS) as decoy,
        pytest.raises(FieldMonError, match="finish its upgrade"),
    ):
        decoy.set_duress(DURESS, "another harmless phrase, pears 12")
