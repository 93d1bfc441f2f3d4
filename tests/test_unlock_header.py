"""Issue 12, items 1, 2, 5, 6 and 7: the version 3 key header as an unlock sees it.

Passphrases are compared in Unicode NFC; changes are written in place (same file, nothing
beside it); a new passphrase that opens another slot is refused; a damaged or edited header
is named as damage and never counted as a failed unlock nor able to trigger the wipe; the
failed-unlock counter is updated under a lock by parallel guesses; editing it by hand is noticed
at the next unlock; a wipe leaves no folder behind."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from fieldmon.crypto import keyheader, keys
from fieldmon.errors import VaultDamaged, WrongPassphrase
from fieldmon.vault import attempts, recovery
from fieldmon.vault.keyslots import PassphraseInUse
from fieldmon.vault.layout import KEY_FILE
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ACCENTED = "Gülnarə çəkdi şəkil, ağır yük daşıyır 77"
DURESS = "market list: apples, kettle, blue thread"
ROOT = Path(__file__).resolve().parent.parent


def test_a_passphrase_opens_in_either_unicode_form(tmp_path: Path) -> None:
    composed = unicodedata.normalize("NFC", ACCENTED)
    decomposed = unicodedata.normalize("NFD", ACCENTED)
    assert composed != decomposed
    Vault.create(tmp_path / "v", decomposed, kdf=FAST_KDF).close()
    with Vault.open(tmp_path / "v", composed):
        pass
    assert attempts.failures(tmp_path / "v") == 0
    with Vault.open(tmp_path / "v", decomposed):
        pass


def test_changes_are_written_in_place_and_nothing_beside_the_header(vault: Vault) -> None:
    header = vault.path / KEY_FILE
    inode, size = header.stat().st_ino, header.stat().st_size
    assert size == keyheader.HEADER_BYTES
    new = "a fresh passphrase for the same vault 31"
    vault.change_passphrase(PASSPHRASE, new)
    vault.set_duress(new, DURESS, wipe_real=False)
    shares = recovery.create_shares(vault, new, 2, 3)
    vault.clear_duress(new)
    vault.close()
    recovery.recover(vault.path, shares[:2], PASSPHRASE)
    assert (header.stat().st_ino, header.stat().st_size) == (inode, size)
    assert sorted(p.name for p in vault.path.iterdir() if p.name.startswith(KEY_FILE)) == [KEY_FILE]


def test_a_new_passphrase_that_opens_another_slot_is_refused(vault: Vault) -> None:
    vault.set_duress(PASSPHRASE, DURESS, wipe_real=True)
    with pytest.raises(PassphraseInUse, match="already opens this vault"):
        vault.change_passphrase(PASSPHRASE, DURESS)
    with pytest.raises(PassphraseInUse):
        vault.change_passphrase(PASSPHRASE, PASSPHRASE)
    vault.close()
    with Vault.open(vault.path, PASSPHRASE) as again:  # nothing was wiped
        assert len(again.list_cases()) == 3


def _edit_sector0(raw: bytes, kdf_set: int, *, fix_checksum: bool) -> bytes:
    head = bytearray(raw[: keyheader.SECTOR])
    head[18] = kdf_set  # magic (16), version (2), then the parameter set
    if fix_checksum:
        import hashlib

        head[35 + 16 : 35 + 16 + 32] = hashlib.sha256(bytes(head[: 35 + 16])).digest()
    return bytes(head) + raw[keyheader.SECTOR :]


@pytest.mark.parametrize(
    ("kdf_set", "fix", "why"),
    [
        (9, True, "key derivation parameters FieldMon never writes"),
        (1, False, "does not match its checksum"),
    ],
)
def test_an_edited_header_is_damage_and_never_counts(
    vault: Vault, kdf_set: int, fix: bool, why: str
) -> None:
    with vault.transaction():
        attempts.set_wipe_after(vault.path, 3, vault.conn)
    vault.close()
    header = vault.path / KEY_FILE
    original = header.read_bytes()
    header.write_bytes(_edit_sector0(original, kdf_set, fix_checksum=fix))
    for _ in range(5):
        with pytest.raises(VaultDamaged, match=why):
            Vault.open(vault.path, "not the passphrase at all, 99")
    assert attempts.failures(vault.path) == 0
    header.write_bytes(original)
    with Vault.open(vault.path, PASSPHRASE) as again:
        assert len(again.list_cases()) == 3


def test_an_old_header_with_a_raised_time_cost_is_damage(tmp_path: Path) -> None:
    raw = json.loads(keys.wrap_key(keys.new_vault_key(), PASSPHRASE, FAST_KDF))
    raw["kdf"]["time_cost"] = 3
    (tmp_path / "v").mkdir()
    (tmp_path / "v" / KEY_FILE).write_text(json.dumps(raw))
    (tmp_path / "v" / "vault.db").write_bytes(b"")
    for _ in range(4):
        with pytest.raises(VaultDamaged, match="never writes"):
            Vault.open(tmp_path / "v", "a wrong passphrase here 12")
    assert attempts.failures(tmp_path / "v") == 0


GUESS = """
import sys
from fieldmon.errors import FieldMonError
from fieldmon.vault.store import Vault
try:
    Vault.open(sys.argv[1], "wrong guess number " + sys.argv[2]).close()
except FieldMonError as error:  # wrong passphrase; or, racing the wipe, no vault left
    print(type(error).__name__)
"""


def _guess_in_parallel(vault_dir: Path, count: int) -> list[subprocess.CompletedProcess[str]]:
    children = [
        subprocess.Popen(
            [sys.executable, "-c", GUESS, str(vault_dir), str(n)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(count)
    ]
    results = []
    for child in children:
        out, err = child.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(child.args, child.returncode, out, err))
    return results


def test_parallel_wrong_guesses_each_count(vault: Vault) -> None:
    vault.close()
    results = _guess_in_parallel(vault.path, 6)
    assert all(r.returncode == 0 and "Traceback" not in r.stderr for r in results), results
    assert [r.stdout.strip() for r in results] == ["WrongPassphrase"] * 6
    assert attempts.failures(vault.path) == 6
    assert sorted(p.name for p in vault.path.iterdir()) == sorted(
        ["vault.key", "vault.lock", "vault-1.db", "vault-2.db", "blobs-1", "blobs-2"]
    )


def test_parallel_guesses_past_the_limit_wipe_and_leave_no_folder(vault: Vault) -> None:
    with vault.transaction():
        attempts.set_wipe_after(vault.path, 3, vault.conn)
    vault.close()
    results = _guess_in_parallel(vault.path, 6)
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    assert not vault.path.exists()


def _set_counter(vault_dir: Path, counter: keyheader.Counter) -> None:
    with keyheader.locked(vault_dir / KEY_FILE) as (fd, raw):
        keyheader.write_counter(fd, keyheader.parse(raw, vault_dir / KEY_FILE), counter)


def test_a_counter_reset_by_hand_is_noticed_at_the_next_unlock(vault: Vault) -> None:
    vault.close()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault.path, "someone guessing at the border 1")
    with Vault.open(vault.path, PASSPHRASE) as opened:
        assert opened.notices == ["2 failed unlock(s) since the vault was last opened."]
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault.path, "someone guessing at the border 2")
    _set_counter(vault.path, keyheader.Counter(0, 0, 0))  # the guesser hides the tries
    with Vault.open(vault.path, PASSPHRASE) as opened:
        assert any("reset outside FieldMon" in n for n in opened.notices), opened.notices


def test_a_wipe_policy_turned_off_by_hand_is_noticed_and_restored(vault: Vault) -> None:
    with vault.transaction():
        attempts.set_wipe_after(vault.path, 4, vault.conn)
    vault.close()
    _set_counter(vault.path, keyheader.Counter(0, 0, 0))
    with Vault.open(vault.path, PASSPHRASE) as opened:
        assert any("set back to: after 4 failed unlocks" in n for n in opened.notices)
    assert attempts.wipe_after(vault.path) == 4


def test_a_damaged_counter_sector_is_noticed(vault: Vault) -> None:
    vault.close()
    header = vault.path / KEY_FILE
    raw = bytearray(header.read_bytes())
    raw[keyheader.SECTOR + 30] ^= 0xFF
    header.write_bytes(bytes(raw))
    with Vault.open(vault.path, PASSPHRASE) as opened:
        assert any("damaged or replaced" in n for n in opened.notices), opened.notices


def test_a_header_left_by_a_killed_passwd_is_removed_at_the_next_open(vault: Vault) -> None:
    vault.close()
    leftover = vault.path / (KEY_FILE + ".new")
    leftover.write_bytes(keys.wrap_key(keys.new_vault_key(), "left by a kill 2026 xyz", FAST_KDF))
    with Vault.open(vault.path, PASSPHRASE):
        pass
    assert not leftover.exists()


def _flip_a_byte_of_a_slot(vault_dir: Path, *, live: bool) -> None:
    """Change one byte of the slot the passphrase opens, or of one it does not."""
    header = vault_dir / KEY_FILE
    raw = bytearray(header.read_bytes())
    slot = keyheader.unlock(bytes(raw), PASSPHRASE).slot
    if not live:
        slot = (slot + 3) % keyheader.SLOTS
    raw[keyheader.SECTOR * (2 + slot) + 20] ^= 0x01
    header.write_bytes(bytes(raw))


def test_a_damaged_slot_is_damage_never_a_failed_unlock(vault: Vault) -> None:
    shares = recovery.create_shares(vault, PASSPHRASE, 2, 3)
    with vault.transaction():
        attempts.set_wipe_after(vault.path, 3, vault.conn)
    vault.close()
    _flip_a_byte_of_a_slot(vault.path, live=True)
    for _ in range(5):
        with pytest.raises(VaultDamaged, match="not counted as a failed unlock"):
            Vault.open(vault.path, PASSPHRASE)
    assert vault.path.exists() and attempts.failures(vault.path) == 0
    recovery.recover(vault.path, shares[:2], "rescued by the shares, amber tide")
    with Vault.open(vault.path, "rescued by the shares, amber tide") as again:
        assert len(again.list_cases()) == 3


def test_a_damaged_unused_slot_does_not_stop_the_right_passphrase(vault: Vault) -> None:
    vault.close()
    _flip_a_byte_of_a_slot(vault.path, live=False)
    with Vault.open(vault.path, PASSPHRASE) as again:
        assert len(again.list_cases()) == 3


def test_a_damaged_unused_slot_is_cleared_at_the_next_unlock(vault: Vault) -> None:
    """Left damaged, it would make every wrong passphrase 'damage', never counted."""
    vault.close()
    _flip_a_byte_of_a_slot(vault.path, live=False)
    with Vault.open(vault.path, PASSPHRASE) as again:
        assert any("were damaged and have been cleared" in n for n in again.notices)
    with pytest.raises(WrongPassphrase):
        Vault.open(vault.path, "a wrong passphrase counts again 5")
    assert attempts.failures(vault.path) == 1
