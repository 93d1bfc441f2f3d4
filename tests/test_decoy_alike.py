"""Issue 12, item 2: a decoy nobody can tell apart from a real vault with little in it, from
inside it (what commands print, page and blob counts, certificates) and from the files alone
(symmetric names, file times), that never holds the real signing key, and that can be filled
before a wipe is armed."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from fieldmon.errors import WrongPassphrase
from fieldmon.vault import recovery
from fieldmon.vault.check import check_vault
from fieldmon.vault.layout import blob_dir_name, db_name
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli

DURESS = "shopping: lentils, thread, two lemons"
ANOTHER = "a second duress phrase, copper kettle"
HARMLESS = {
    "id": "11111111-2222-4333-8444-555555555555",
    "reference": "SHOP-1",
    "title": "Market prices, autumn",
}


@pytest.fixture
def armed(vault: Vault) -> Vault:
    vault.set_duress(PASSPHRASE, DURESS)
    return vault


def _normalise(text: str) -> str:
    return re.sub(r"[0-9a-f]{16,}|\d{4}-\d\d-\d\d[ T][\d:.]+Z?", "X", text)


def test_commands_print_the_same_inside_the_decoy(armed: Vault, tmp_path: Path) -> None:
    armed.close()
    outputs: list[list[tuple[int, str]]] = []
    for passphrase in (PASSPHRASE, DURESS):
        vault = str(tmp_path / f"copy-{len(outputs)}")
        shutil.copytree(armed.path, vault)
        steps = [
            ("duress", "set", "--passphrase-stdin", f"{passphrase}\n{ANOTHER}\n{ANOTHER}\n"),
            ("duress", "clear", "--passphrase-stdin", f"{passphrase}\n"),
            (
                "recovery",
                "create",
                "--threshold",
                "2",
                "--shares",
                "3",
                "--passphrase-stdin",
                f"{passphrase}\n",
            ),
        ]
        seen = []
        for *args, stdin in steps:
            done = run_cli(*args, "--vault", vault, stdin=stdin)
            assert done.returncode == 0, done.stderr
            seen.append((done.stdout.count("\n"), _normalise(done.stderr)))
        outputs.append(seen)
        for word in ("real", "decoy vault is", "from the real"):
            assert all(word not in s for _, s in seen)
    assert outputs[0] == outputs[1]


def test_shares_made_in_the_decoy_recover_the_decoy(armed: Vault) -> None:
    armed.close()
    with Vault.open(armed.path, DURESS) as decoy:
        shares = recovery.create_shares(decoy, DURESS, 2, 3)
    recovery.recover(armed.path, shares[:2], ANOTHER)
    with Vault.open(armed.path, ANOTHER) as decoy:
        assert decoy.decoy and decoy.list_cases() == []
    with Vault.open(armed.path, PASSPHRASE) as real:
        assert len(real.list_cases()) == 3


def test_inside_the_decoy_counts_match_its_own_files(armed: Vault, tmp_path: Path) -> None:
    armed.close()
    picture = tmp_path / "receipt.txt"
    picture.write_text("a fictional receipt\n")
    with Vault.open(armed.path, DURESS) as decoy:
        decoy.store_cases([HARMLESS])
        decoy.attach("SHOP-1", picture, source_type="other")
        report = check_vault(decoy)
        assert report.ok, report.faults
        page_size = int(decoy.conn.execute("PRAGMA page_size").fetchone()[0])
        db_file = decoy.db_path
        blobs = decoy.blob_dir
    pages = report.checked["database pages"]
    # The count is of its own file (SQLCipher's pages plus its reserve), not of another's.
    assert db_file.stat().st_size == pages * page_size
    assert len(list(blobs.iterdir())) == report.checked["stored files"] == 1


def test_the_decoy_signs_as_itself_never_with_the_real_key(armed: Vault, tmp_path: Path) -> None:
    real_key = armed.signer.fingerprint
    armed.close()
    with Vault.open(armed.path, DURESS) as decoy:
        assert decoy.signer.fingerprint != real_key
        shown = decoy.identity()
        decoy.store_cases([HARMLESS])
    done = run_cli(
        "dossier", "SHOP-1", "--profile", "pattern", "--lang", "en",
        "--out", str(tmp_path / "d.pdf"), "--vault", str(armed.path), "--passphrase-stdin",
        stdin=DURESS + "\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    show = run_cli("identity", "show", "--vault", str(armed.path), "--passphrase-stdin",
                   stdin=DURESS + "\n")  # fmt: skip
    verify = run_cli("verify", str(tmp_path / "d.pdf"))
    shown_fp = re.search(r"Monitor certificate.*\n\s+SHA-256 ([0-9A-Fa-f: ]+)", show.stdout)
    assert shown_fp, show.stdout
    digits = re.sub(r"[^0-9A-F]", "", shown_fp.group(1).upper())
    assert shown.name and len(digits) == 64
    in_dossier = re.search(r"Fingerprint:\s+SHA-256 ([0-9A-F ]+)", verify.stdout)
    assert in_dossier and in_dossier.group(1).replace(" ", "") == digits, verify.stdout


def test_setting_the_duress_passphrase_keeps_the_decoy_and_its_times(armed: Vault) -> None:
    armed.close()
    with Vault.open(armed.path, DURESS) as decoy:
        decoy.store_cases([HARMLESS])
        decoy_db = decoy.db_path
    before = os.stat(decoy_db)
    with Vault.open(armed.path, PASSPHRASE) as real:
        real.set_duress(PASSPHRASE, DURESS, wipe_real=True)  # arm the wipe after filling
    after = os.stat(decoy_db)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    with Vault.open(armed.path, DURESS) as decoy:  # wipes the real vault, shows the filled decoy
        assert [c.reference for c in decoy.list_cases()] == ["SHOP-1"]
    with pytest.raises(WrongPassphrase):
        Vault.open(armed.path, PASSPHRASE)
    with Vault.open(armed.path, DURESS) as decoy:  # a second use changes nothing more
        assert [c.reference for c in decoy.list_cases()] == ["SHOP-1"]
    names = sorted(p.name for p in armed.path.iterdir())
    assert names == ["blobs-1", "blobs-2", "vault-1.db", "vault-2.db", "vault.key", "vault.lock"]


def test_the_files_do_not_say_which_compartment_is_real(tmp_path: Path) -> None:
    seen = set()
    for n in range(12):
        with Vault.create(tmp_path / str(n), PASSPHRASE, kdf=FAST_KDF) as vault:
            seen.add(vault.compartment)
            names = {p.name for p in vault.path.iterdir()} - {"vault-1.db-wal", "vault-2.db-wal"}
            names -= {"vault-1.db-shm", "vault-2.db-shm"}
            assert names == {db_name(1), db_name(2), blob_dir_name(1), blob_dir_name(2),
                             "vault.key", "vault.lock"}  # fmt: skip
    assert seen == {1, 2}  # both orders occur (all twelve alike: 1 in 2,048)


def test_clearing_from_the_real_vault_also_ends_what_the_decoy_set(armed: Vault) -> None:
    armed.close()
    with Vault.open(armed.path, DURESS) as decoy:
        decoy.set_duress(DURESS, ANOTHER, wipe_real=True)  # asked for a wipe, from inside
        shares = recovery.create_shares(decoy, DURESS, 2, 3)
    with Vault.open(armed.path, ANOTHER) as decoy:  # opens the decoy, wipes nothing
        assert decoy.decoy
    with Vault.open(armed.path, PASSPHRASE) as real:
        assert len(real.list_cases()) == 3
        real.clear_duress(PASSPHRASE)
    for passphrase in (DURESS, ANOTHER):
        with pytest.raises(WrongPassphrase):
            Vault.open(armed.path, passphrase)
    with pytest.raises(recovery.RecoveryError):
        recovery.recover(armed.path, shares[:2], "after the clear, a new phrase 64")
    with Vault.open(armed.path, PASSPHRASE) as real:
        assert len(real.list_cases()) == 3


def test_inside_the_decoy_a_new_passphrase_is_never_an_oracle(armed: Vault) -> None:
    """passwd inside the decoy does not say whether the new passphrase opens something else;
    set to the real passphrase, the real passphrase still opens the real vault."""
    armed.close()
    with Vault.open(armed.path, DURESS) as decoy:
        decoy.change_passphrase(DURESS, PASSPHRASE)
    with Vault.open(armed.path, PASSPHRASE) as real:
        assert not real.decoy and len(real.list_cases()) == 3


def test_opening_the_decoy_leaves_the_wipe_policy_alone(armed: Vault) -> None:
    from fieldmon.vault import attempts

    armed.set_wipe_after(3)
    armed.close()
    with Vault.open(armed.path, DURESS) as decoy:
        assert decoy.notices == []
    assert attempts.wipe_after(armed.path) == 3
    with Vault.open(armed.path, PASSPHRASE) as real:
        assert real.notices == []


def test_both_compartments_record_the_same_kinds_of_things(empty_vault: Vault) -> None:
    """An empty real vault and the decoy hold the same vault_meta keys."""
    empty_vault.set_duress(PASSPHRASE, DURESS)
    empty_vault.close()
    keys_seen = []
    for passphrase in (PASSPHRASE, DURESS):
        with Vault.open(empty_vault.path, passphrase) as opened:
            rows = opened.conn.execute("SELECT key FROM vault_meta ORDER BY key").fetchall()
            keys_seen.append([r[0] for r in rows])
    assert keys_seen[0] == keys_seen[1]


def test_creation_order_and_a_duress_wipe_do_not_mark_the_real_file(tmp_path: Path) -> None:
    first = set()
    for n in range(12):
        with Vault.create(tmp_path / str(n), PASSPHRASE, kdf=FAST_KDF) as vault:
            real_inode = vault.db_path.stat().st_ino
            other = vault.path / db_name(3 - vault.compartment)
            first.add(real_inode < other.stat().st_ino)
    assert first == {True, False}  # either may be made first (all alike: 1 in 2,048)
    with Vault.open(tmp_path / "0", PASSPHRASE) as vault:
        vault.set_duress(PASSPHRASE, DURESS, wipe_real=True)
        real_file = vault.db_path
    before = real_file.stat().st_ino
    with Vault.open(tmp_path / "0", DURESS):
        pass
    assert real_file.stat().st_ino == before  # overwritten in place, not made anew
    with pytest.raises(WrongPassphrase):
        Vault.open(tmp_path / "0", PASSPHRASE)


def _copy(vault: Path, name: str) -> Path:
    target = vault.parent / name
    shutil.copytree(vault, target)
    return target


def test_the_current_passphrase_is_refused_alike_in_both(armed: Vault) -> None:
    from fieldmon.vault.keyslots import PassphraseInUse

    armed.close()
    messages: list[str] = []
    for passphrase in (PASSPHRASE, DURESS):
        copy = _copy(armed.path, f"same-{len(messages)}")
        with Vault.open(copy, passphrase) as opened, pytest.raises(PassphraseInUse) as refused:
            opened.change_passphrase(passphrase, passphrase)
        messages.append(str(refused.value))
    assert messages[0] == messages[1]


def test_a_counter_edited_by_hand_is_named_alike_in_both(armed: Vault) -> None:
    from fieldmon.crypto import keyheader
    from fieldmon.vault.layout import KEY_FILE

    armed.set_wipe_after(4)
    armed.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(armed.path, "one wrong guess at the checkpoint")
    with Vault.open(armed.path, PASSPHRASE):
        pass
    notices: list[list[str]] = []
    for passphrase in (PASSPHRASE, DURESS):
        copy = _copy(armed.path, f"edited-{len(notices)}")
        with keyheader.locked(copy / KEY_FILE) as (fd, raw):
            parsed = keyheader.parse(raw, copy / KEY_FILE)
            keyheader.write_counter(fd, parsed, keyheader.Counter(0, 0, 0))
        with Vault.open(copy, passphrase) as opened:
            notices.append([str(n) for n in opened.notices])
    assert notices[0] == notices[1] and len(notices[0]) == 2, notices


def test_failures_since_the_last_unlock_read_alike_in_both(armed: Vault) -> None:
    armed.close()
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            Vault.open(armed.path, "typo in the passphrase, twice over")
    with Vault.open(armed.path, PASSPHRASE):
        pass
    with pytest.raises(WrongPassphrase):
        Vault.open(armed.path, "a guess by someone else, once")
    notices: list[list[str]] = []
    for passphrase in (PASSPHRASE, DURESS):
        copy = _copy(armed.path, f"count-{len(notices)}")
        with Vault.open(copy, passphrase) as opened:
            notices.append([str(n) for n in opened.notices])
    assert notices[0] == notices[1] == ["1 failed unlock(s) since the vault was last opened."]


def test_a_duress_wipe_keeps_the_real_files_sizes_and_times(armed: Vault) -> None:
    armed.set_duress(PASSPHRASE, DURESS, wipe_real=True)
    db, blobs = armed.db_path, armed.blob_dir
    armed.close()
    before = {p: (p.stat().st_size, p.stat().st_mtime_ns, p.stat().st_ino) for p in (db,)}
    blob_times = blobs.stat().st_mtime_ns
    content = db.read_bytes()
    with Vault.open(armed.path, DURESS):
        pass
    assert {p: (p.stat().st_size, p.stat().st_mtime_ns, p.stat().st_ino) for p in (db,)} == before
    assert blobs.stat().st_mtime_ns == blob_times and not list(blobs.iterdir())
    assert db.read_bytes() != content
    names = {p.name for p in armed.path.iterdir()}
    assert not any(".new" in n for n in names), names


def test_an_unlock_touches_nothing_of_the_other_compartment(armed: Vault) -> None:
    armed.close()
    entries = [armed.path / n for n in (db_name(1), db_name(2), blob_dir_name(1), blob_dir_name(2))]
    for passphrase in (DURESS, PASSPHRASE):
        before = {e: os.stat(e).st_ctime_ns for e in entries}
        with Vault.open(armed.path, passphrase) as opened:
            mine = {opened.db_path, opened.blob_dir}
        after = {e: os.stat(e).st_ctime_ns for e in entries}
        assert {e for e in entries if before[e] != after[e]} <= mine


def test_both_compartments_are_made_alike(tmp_path: Path) -> None:
    """The same steps for each, in a random order (test_creation_order_...), and neither is
    written once the header is: the real database's time is not the header's."""
    for n in range(6):
        with Vault.create(tmp_path / str(n), PASSPHRASE, kdf=FAST_KDF):
            pass
        header = os.stat(tmp_path / str(n) / "vault.key").st_mtime_ns
        for number in (1, 2):
            assert os.stat(tmp_path / str(n) / db_name(number)).st_mtime_ns < header


def test_a_duress_wipe_leaves_the_header_times_alone(armed: Vault) -> None:
    armed.set_duress(PASSPHRASE, DURESS, wipe_real=True)
    armed.close()
    header = armed.path / "vault.key"
    before = os.stat(header).st_mtime_ns
    with Vault.open(armed.path, DURESS):
        pass
    assert os.stat(header).st_mtime_ns == before
