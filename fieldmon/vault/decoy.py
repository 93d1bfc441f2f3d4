"""The duress passphrase and the decoy vault it opens.

Every vault has two compartments from ``init`` on (fieldmon.vault.layout): the real one and a
decoy with its own database, blob folder and signing identity (never the real signing key:
whoever forces the duress passphrase out of a monitor must not be able to sign as them). The
real compartment keeps the decoy's master key, so setting a duress passphrase only writes a key
slot (fieldmon.vault.keyslots): the decoy keeps what was put in it, and its files keep their
times. A decoy may be filled first (a duress passphrase without wipe), and the wipe armed after
(the same command with ``wipe_real``). Set "with wipe", using the duress passphrase first
overwrites every other key slot, then destroys the real compartment: its evidence files are
deleted and its database overwritten in place with random bytes, which is what a database whose
key nobody holds looks like, so the folder looks as it did.

Inside the decoy the same commands work the same way and print the same words; a duress
passphrase set from inside the decoy opens the decoy itself (it has no other compartment to
show). docs/SECURITY.md lists what can still tell a decoy apart.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from fieldmon.crypto import keyheader
from fieldmon.crypto.keyheader import Unlocked
from fieldmon.crypto.passphrase import passphrase_problem
from fieldmon.errors import FieldMonError, VaultDamaged, WeakPassphrase, WrongPassphrase
from fieldmon.vault import attempts, keyslots, migrations
from fieldmon.vault.database import fresh_database, open_database, transaction
from fieldmon.vault.layout import (
    KEY_FILE,
    blob_dir_name,
    db_name,
    make_private_dir,
    read_small_file,
)
from fieldmon.vault.wipe import HEAD_BYTES, destroy_file, overwrite

__all__ = ["clear_duress", "make_compartment", "set_duress", "share_record", "wipe_other_silently"]


def make_compartment(
    path: Path,
    compartment: int,
    master: bytes,
    record: keyslots.Compartment,
    name: str | None,
    organisation: str | None,
    wipe_after: int = 0,
    schema_version: int = migrations.LATEST,
) -> None:
    """Make a compartment (the decoy, and the real vault the same way, so that neither the
    order of inode numbers nor file times says which is which): an empty vault of its own with
    its own signing identity, its slot record and failed-unlock record, closed.

    :param path: the vault folder; :param compartment: its number (1 or 2).
    :param master: its master key; :param record: its slot record (keyslots).
    :param name: the name its certificate shows (the real vault's, so it looks alike).
    :param organisation: likewise.
    :param wipe_after: the failed-unlock policy its record starts with (as the real vault's).
    :param schema_version: the migration to stop at (tests build older vaults).
    :raises FileExistsError: its database already exists.
    """
    conn = fresh_database(
        path / db_name(compartment),
        keyheader.database_key(master),
        schema_version,
        name,
        organisation,
    )
    try:
        with transaction(conn):
            keyslots.store_compartment(conn, record)
            attempts.record_baseline(conn, wipe_after)
    finally:
        conn.close()
    make_private_dir(path / blob_dir_name(compartment))


def _this_compartment(raw: bytes, passphrase: str, path: Path, compartment: int) -> Unlocked:
    if compartment == 0:
        raise FieldMonError(
            "Open this vault once with its passphrase to finish its upgrade; until then its"
            " duress passphrase cannot be changed."
        )
    opened = keyheader.unlock(raw, passphrase, path)
    if opened.compartment != compartment or opened.role == keyheader.ROLE_DECOY_WIPE:
        raise WrongPassphrase()
    return opened


def set_duress(
    path: Path,
    conn: Any,
    compartment: int,
    passphrase: str,
    duress: str,
    *,
    wipe_real: bool = False,
) -> None:
    """Let a second passphrase open the decoy (with ``wipe_real``, also silently destroy the
    other compartment when it is used). A duress passphrase set before stops working; the
    decoy keeps its content.

    :param path: the vault folder; :param conn: the open compartment's database.
    :param compartment: the open compartment's number.
    :param passphrase: this vault's passphrase, checked against the key header.
    :raises WeakPassphrase: the duress passphrase is too weak (fieldmon.crypto.passphrase).
    :raises FieldMonError: it equals the passphrase.
    :raises PassphraseInUse: it already opens a slot other than the duress slot.
    :raises WrongPassphrase: ``passphrase`` is not this vault's passphrase.
    """
    problem = passphrase_problem(duress)
    if problem:
        raise WeakPassphrase(f"The duress passphrase is too weak: {problem}")
    if duress == passphrase:
        raise FieldMonError("The duress passphrase must differ from the vault's passphrase.")
    key_path = path / KEY_FILE
    raw = read_small_file(path, KEY_FILE)
    here = _this_compartment(raw, passphrase, key_path, compartment)
    real = here.role == keyheader.ROLE_REAL
    record = keyslots.compartment_of(conn)
    parsed = keyheader.parse(raw, key_path)
    duress_key = keyheader.derive_passphrase_key(duress, parsed)
    keyslots.refuse_in_use(parsed, duress_key, record, replacing=record.duress_pair)
    # Only the real vault's duress passphrase wipes: one set inside the decoy opens the decoy
    # and nothing more, whatever was asked.
    role = keyheader.ROLE_DECOY_WIPE if wipe_real and real else keyheader.ROLE_DECOY
    target = Unlocked(record.duress_master, role, record.duress_compartment, -1, b"")
    keyslots.replace_in_pair(key_path, record.duress_pair, duress_key, target)


def clear_duress(path: Path, conn: Any, compartment: int, passphrase: str) -> None:
    """Stop any duress passphrase from opening anything (from the real vault: also shares and a
    duress passphrase made inside the decoy); the decoy keeps its content (open it with a new
    duress passphrase to change or empty it).

    :param path: the vault folder; :param conn: the open compartment's database.
    :param compartment: the open compartment's number.
    :raises WrongPassphrase: ``passphrase`` is not this vault's passphrase.
    """
    key_path = path / KEY_FILE
    here = _this_compartment(read_small_file(path, KEY_FILE), passphrase, key_path, compartment)
    record = keyslots.compartment_of(conn)
    if here.role == keyheader.ROLE_REAL:
        # Every slot but this vault's own: the duress passphrase, and whatever was set from
        # inside the decoy (its shares, its own duress passphrase).
        own = {record.passphrase_pair, record.recovery_pair}
        for pair in range(keyheader.PAIRS):
            if pair not in own:
                keyslots.forget_pair(key_path, pair)
    else:
        keyslots.forget_pair(key_path, record.duress_pair)


def share_record(path: Path, conn: Any, compartment: int) -> None:
    """From the real vault, give the decoy's database the same failed-unlock record (count
    seen and policy), so that opening the decoy reports and restores exactly what opening the
    real vault would. From the decoy (whose duress record is itself) nothing is done.

    :param path: the vault folder; :param conn: the open compartment's database.
    :param compartment: its number. A decoy that cannot be opened is left as it is.
    """
    record = keyslots.compartment_of(conn)
    if record.duress_compartment == compartment:
        return
    try:
        other = open_database(
            path / db_name(record.duress_compartment),
            keyheader.database_key(record.duress_master),
            create=False,
        )
    except VaultDamaged:
        return
    try:
        with transaction(other):
            attempts.copy_record(conn, other)
    finally:
        other.close()


def wipe_other_silently(path: Path, unlocked: Unlocked) -> None:
    """What a duress passphrase set with wipe does before it shows the decoy: every other key
    slot is overwritten with random bytes (so the real vault's master key is gone); the other
    compartment's evidence files are overwritten and deleted, and its database overwritten in
    place with random bytes of the same size, which is what an SQLCipher database whose key
    nobody holds looks like; its times are put back; last, the slot is rewritten without the
    wipe, so a kill before that repeats the wipe at the next use instead of leaving it undone.

    :param path: the vault folder; :param unlocked: what the duress passphrase opened.
    :raises OSError: a file cannot be written.
    """
    key_path = path / KEY_FILE
    header_times = _times(key_path)
    keyslots.forget_all_but(key_path, unlocked.slot)
    other = 3 - unlocked.compartment
    for suffix in ("-wal", "-shm", "-journal"):
        file = path / (db_name(other) + suffix)
        if file.exists():
            destroy_file(file)
    blobs = path / blob_dir_name(other)
    times = _times(blobs)
    if blobs.is_dir():
        for blob in blobs.iterdir():
            destroy_file(blob, HEAD_BYTES)
    make_private_dir(blobs)
    _randomise_in_place(path / db_name(other))
    if times is not None:
        os.utime(blobs, ns=times)
    keyslots.replace_in_pair(
        key_path,
        keyheader.pair_of(unlocked.slot),
        unlocked.wrapping_key,
        unlocked,
        role=keyheader.ROLE_DECOY,
        live=unlocked.slot,
    )
    if header_times is not None:  # an unlock without failures leaves the header's times alone
        os.utime(key_path, ns=header_times)


def _times(entry: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(entry)
    except FileNotFoundError:
        return None
    return info.st_atime_ns, info.st_mtime_ns


def _randomise_in_place(target: Path) -> None:
    """Overwrite a database file whole with random bytes, keeping its size, inode, creation
    time and access and modification times (its change time, ctime, cannot be set back)."""
    if not target.exists():
        return
    times = _times(target)
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        overwrite(fd, os.fstat(fd).st_size)
    finally:
        os.close(fd)
    if times is not None:
        os.utime(target, ns=times)
