from __future__ import annotations

import shutil
import sqlite3
import stat
import subprocess
from pathlib import Path
from typing import Any

import pytest

from fieldmon.crypto import keyheader
from fieldmon.errors import (
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    WeakPassphrase,
    WrongPassphrase,
)
from fieldmon.vault import keyslots
from fieldmon.vault.layout import COMPARTMENTS, blob_dir_name, db_name
from fieldmon.vault.store import KEY_FILE, Vault, vault_files
from tests.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "a different passphrase for the same vault"


def _words_of_samples(document: dict[str, Any]) -> set[str]:
    """Names, other names and narrative words of the samples, as they would appear in a file."""
    words: set[str] = set()
    for case in document["cases"]:
        for person in case.get("persons", []):
            words.add(person["name"])
            words.update(person.get("other_names", []))
        for interview in case.get("interviews", []):
            words.update(w for w in interview["narrative"].split() if len(w) >= 6)
        words.add(case["summary"].split(",")[0])
    return words


def test_folders_and_files_are_private(vault: Vault) -> None:
    assert stat.S_IMODE(vault.path.stat().st_mode) == 0o700
    files = vault_files(vault.path)
    assert {p.name for p in files} >= {KEY_FILE, *(db_name(n) for n in COMPARTMENTS)}
    for n in COMPARTMENTS:
        assert stat.S_IMODE((vault.path / blob_dir_name(n)).stat().st_mode) == 0o700
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_no_plaintext_of_the_samples_in_any_vault_file(
    vault: Vault, sample_document: dict[str, Any]
) -> None:
    words = _words_of_samples(sample_document)
    assert "Rəşad Əliyev" in words and "polietilen" in words

    def scan() -> None:
        for path in vault_files(vault.path):
            data = path.read_bytes()
            for word in words:
                for encoding in ("utf-8", "utf-16-le"):
                    assert word.encode(encoding) not in data, (path.name, word)

    scan()  # while open: the database and its write-ahead log
    vault.close()
    scan()


@pytest.mark.parametrize("compartment", COMPARTMENTS)
def test_sqlite_cannot_read_the_database(vault_dir: Path, compartment: int) -> None:
    database = vault_dir / db_name(compartment)  # the real one and the decoy alike
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(database).execute("SELECT * FROM sqlite_master").fetchall()
    if shutil.which("sqlite3"):
        result = subprocess.run(
            ["sqlite3", str(database), ".tables"], capture_output=True, text=True
        )
        assert result.returncode != 0 and "not a database" in result.stderr


def test_open_with_right_and_wrong_passphrase(vault_dir: Path) -> None:
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, "not the passphrase at all")
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        assert [c.reference for c in vault.list_cases()] == [
            "AZ-2026-001",
            "AZ-2026-002",
            "AZ-2026-003",
        ]


def test_weak_passphrase_refused_at_creation(tmp_path: Path) -> None:
    with pytest.raises(WeakPassphrase, match="too short"):
        Vault.create(tmp_path / "v", "secret", kdf=FAST_KDF)
    assert not (tmp_path / "v").exists()


def test_existing_vault_is_never_overwritten(vault_dir: Path) -> None:
    before = (vault_dir / KEY_FILE).read_bytes()
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    assert (vault_dir / KEY_FILE).read_bytes() == before


def test_non_empty_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(VaultExists, match="not empty"):
        Vault.create(tmp_path, PASSPHRASE, kdf=FAST_KDF)
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_missing_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound, match="fieldmon init"):
        Vault.open(tmp_path / "nowhere", PASSPHRASE)


def test_missing_key_header_is_named(vault_dir: Path) -> None:
    (vault_dir / KEY_FILE).unlink()
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(vault_dir, PASSPHRASE)
    assert str(vault_dir / KEY_FILE) in str(caught.value)


def test_damaged_key_header_is_named(vault_dir: Path) -> None:
    header = vault_dir / KEY_FILE
    header.write_bytes(header.read_bytes()[:40])
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(vault_dir, PASSPHRASE)
    assert str(header) in str(caught.value)


def test_missing_database_is_named(vault: Vault, vault_dir: Path) -> None:
    vault.db_path.unlink()
    with pytest.raises(VaultDamaged, match=vault.db_path.name):
        Vault.open(vault_dir, PASSPHRASE)


def test_database_of_another_vault_is_detected(vault_dir: Path, tmp_path: Path) -> None:
    other = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    other.close()
    shutil.copy(other.path / KEY_FILE, vault_dir / KEY_FILE)
    with pytest.raises(VaultDamaged, match="another vault"):
        Vault.open(vault_dir, PASSPHRASE)


def test_change_passphrase_rewraps_in_place_without_re_encrypting(
    vault: Vault, vault_dir: Path
) -> None:
    header = vault_dir / KEY_FILE
    raw_before, inode = header.read_bytes(), header.stat().st_ino
    master = keyheader.unlock(raw_before, PASSPHRASE).master
    salt_before = vault.db_path.read_bytes()[:16]  # SQLCipher's salt: new on re-encryption
    with Vault.open(vault_dir, PASSPHRASE) as opened:
        with pytest.raises(WeakPassphrase):
            opened.change_passphrase(PASSPHRASE, "weak")
        with pytest.raises(WrongPassphrase):
            opened.change_passphrase("wrong old passphrase", NEW_PASSPHRASE)
        with pytest.raises(keyslots.PassphraseInUse):
            opened.change_passphrase(PASSPHRASE, PASSPHRASE)
        opened.change_passphrase(PASSPHRASE, NEW_PASSPHRASE)
    # The same master key, so the same database key: the database was not re-encrypted.
    raw_after = header.read_bytes()
    assert keyheader.unlock(raw_after, NEW_PASSPHRASE).master == master
    assert vault.db_path.read_bytes()[:16] == salt_before
    # The header was overwritten in place, at its fixed size; nothing was written beside it.
    assert header.stat().st_ino == inode and len(raw_after) == keyheader.HEADER_BYTES
    assert sorted(p.name for p in vault_dir.iterdir() if p.name.startswith(KEY_FILE)) == [KEY_FILE]
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, NEW_PASSPHRASE) as vault:
        assert len(vault.list_cases()) == 3


def test_a_failed_creation_leaves_no_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(keyslots, "write_new_header", fail)
    with pytest.raises(OSError, match="disk full"):
        Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF)
    assert list((tmp_path / "v").iterdir()) == []


def test_drafts_survive_and_storing_clears_them(vault: Vault) -> None:
    case = vault.get_case("AZ-2026-002")
    case["summary"] = "half-typed sentence"
    case["persons"][0]["name"] = ""  # not valid yet: drafts need not be
    vault.save_draft(case)
    vault.close()
    with Vault.open(vault.path, PASSPHRASE) as reopened:
        draft, saved_at = reopened.draft(case["id"]) or ({}, "")
        assert draft["summary"] == "half-typed sentence" and saved_at.endswith("Z")
        assert len(reopened.drafts()) == 1
        draft["persons"][0]["name"] = "Лейла Мамедова"
        reopened.store_cases([draft])
        assert reopened.draft(case["id"]) is None
        assert reopened.get_case("AZ-2026-002")["summary"] == "half-typed sentence"
