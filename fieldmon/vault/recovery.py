"""Recovery of a forgotten passphrase (the panic wipe, in fieldmon.vault.wipe, is
re-exported here for older callers).

Recovery shares are SLIP-39 mnemonics (`shamir-mnemonic`) of a random recovery secret: any K
of the N printed shares rebuild it, fewer reveal nothing. The secret opens one key slot of the
header (fieldmon.vault.keyslots), never the data itself, so shares die with the header: a wipe,
or new shares (which overwrite the slot), makes every earlier share useless. Recovering opens
that slot and writes a new passphrase slot; a share of another vault, an old share or a
mistyped word changes nothing. Shares made before key header version 3 held the database key
itself; they still recover a vault not yet upgraded (fieldmon.vault.legacy).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any, Protocol

import shamir_mnemonic
from shamir_mnemonic.share import Share

from fieldmon.crypto import keyheader, keys
from fieldmon.crypto.passphrase import passphrase_problem
from fieldmon.errors import FieldMonError, VaultNotFound, WeakPassphrase, WrongPassphrase
from fieldmon.vault import keyslots, legacy
from fieldmon.vault.database import hold_lock, open_database
from fieldmon.vault.layout import KEY_FILE, LEGACY_DB, check_location, db_name, read_small_file
from fieldmon.vault.wipe import wipe as wipe

__all__ = [
    "MAX_SHARES",
    "RecoveryError",
    "combine",
    "create_shares",
    "recover",
    "shares_needed",
    "wipe",
]

MAX_SHARES = 16


class RecoveryError(FieldMonError):
    """Shares that are not valid, do not combine, or open another vault (exit status 7)."""

    exit_status = 7


def _split(secret: bytes, threshold: int, shares: int) -> list[str]:
    if not 1 <= threshold <= shares <= MAX_SHARES:
        raise FieldMonError(
            f"Choose 1 <= threshold <= shares <= {MAX_SHARES} (got {threshold} of {shares})."
        )
    if threshold == 1 and shares > 1:
        raise FieldMonError(
            "With a threshold of 1 every share alone opens the vault; use 2 or more."
        )
    groups = shamir_mnemonic.generate_mnemonics(1, [(threshold, shares)], secret, b"")
    return list(groups[0])


def create_shares(vault: _Located, passphrase: str, threshold: int, shares: int) -> list[str]:
    """Make new SLIP-0039 mnemonic shares (one group, no passphrase) of a new recovery secret,
    and write the slot it opens; shares made before for this vault stop working.

    :param vault: the open vault (its folder, connection and compartment).
    :param passphrase: the vault's passphrase, asked again.
    :param threshold: how many shares rebuild it; :param shares: how many are made
        (1 <= threshold <= shares <= MAX_SHARES, and a threshold of 1 only for one share).
    :return: the shares, each a phrase of SLIP-0039 words.
    :raises FieldMonError: the numbers are out of range.
    :raises WrongPassphrase: ``passphrase`` does not open this vault.
    """
    _split(bytes(32), threshold, shares)  # refuse bad numbers before any derivation
    key_path = vault.path / KEY_FILE
    raw = read_small_file(vault.path, KEY_FILE)
    if not keyheader.is_v3(raw):
        # Only the decoy of a vault not yet upgraded: its key, as before version 3.
        return _split(keys.unwrap_key(raw, passphrase, key_path), threshold, shares)
    opened = keyheader.unlock(raw, passphrase, key_path)
    if opened.compartment != vault.compartment:
        raise WrongPassphrase()
    record = keyslots.compartment_of(vault.conn)
    secret = secrets.token_bytes(32)
    role = keyheader.ROLE_REAL if opened.role == keyheader.ROLE_REAL else keyheader.ROLE_DECOY
    parsed = keyheader.parse(raw, key_path)
    keyslots.replace_in_pair(
        key_path,
        record.recovery_pair,
        keyheader.derive_recovery_key(secret, parsed),
        opened,
        role=role,
    )
    return _split(secret, threshold, shares)


def shares_needed(first_share: str) -> int:
    """How many shares the set this share belongs to needs (its SLIP-0039 member threshold).

    :raises RecoveryError: the share is not a valid SLIP-0039 mnemonic.
    """
    try:
        return int(Share.from_mnemonic(first_share.strip()).member_threshold)
    except shamir_mnemonic.MnemonicError as error:
        raise RecoveryError(f"The first share is not valid: {error}") from None


def combine(shares: list[str]) -> bytes:
    """Rebuild the vault key from SLIP-0039 shares.

    :raises RecoveryError: a share is not valid, or they do not belong together or are too few.
    """
    try:
        return bytes(shamir_mnemonic.combine_mnemonics([s.strip() for s in shares], b""))
    except shamir_mnemonic.MnemonicError as error:
        raise RecoveryError(f"The shares do not combine: {error}") from None


def recover(path: Path, shares: list[str], new_passphrase: str) -> None:
    """Open the recovery slot with the secret the shares rebuild, and write a slot for a new
    passphrase; change nothing if the shares or the passphrase are not right.

    :param path: the vault folder.
    :raises VaultNotFound: the folder holds no vault.
    :raises RecoveryError: the shares do not combine, or open no slot of this key header (they
        belong to another vault, were replaced by newer shares, or the vault was wiped), or
        the key header is missing (shares open a slot of it: without it nothing opens).
    :raises WeakPassphrase: the new passphrase is refused.
    :raises PassphraseInUse: it already opens a slot of this vault.
    :raises VaultBusy: the vault is open elsewhere.
    :raises VaultNotWritable: the folder cannot be written (fieldmon.vault.layout.check_location).
    :raises VaultDamaged: an entry of the vault is of the wrong kind (a pipe, a link, a device).
    """
    path = Path(path)
    if not any((path / n).exists() for n in (KEY_FILE, LEGACY_DB, db_name(1), db_name(2))):
        raise VaultNotFound(f"No vault at {path}: there is nothing to recover.")
    # A named pipe or a device in place of the key header must not stall the recovery.
    check_location(path)
    secret = combine(shares)
    problem = passphrase_problem(new_passphrase)
    if problem:
        raise WeakPassphrase(f"The new passphrase is too weak: {problem}")
    key_path = path / KEY_FILE
    try:
        raw: bytes | None = read_small_file(path, KEY_FILE)
    except FileNotFoundError:
        raw = None
    lock = hold_lock(path)
    try:
        if raw is None or not keyheader.is_v3(raw):
            if not legacy.recover(path, raw, secret, new_passphrase):
                raise RecoveryError(
                    "These shares do not open this vault: they belong to another vault."
                    " Nothing was changed."
                    if raw is not None or (path / LEGACY_DB).exists()
                    else f"The key header {key_path} is missing; recovery shares open a slot"
                    " of it, so without it nothing can be recovered."
                )
            return
        try:
            opened = keyheader.unlock_recovery(raw, secret, key_path)
        except WrongPassphrase:
            raise RecoveryError(
                "These shares open nothing in this vault: they belong to another vault, or"
                " newer shares or a wipe replaced them. Nothing was changed."
            ) from None
        conn = open_database(
            path / db_name(opened.compartment),
            keyheader.database_key(opened.master),
            create=False,
        )
        try:
            record = keyslots.compartment_of(conn)
        finally:
            conn.close()
        parsed = keyheader.parse(raw, key_path)
        new_key = keyheader.derive_passphrase_key(new_passphrase, parsed)
        keyslots.refuse_in_use(parsed, new_key, record)  # as for passwd
        role = keyheader.ROLE_REAL if opened.role == keyheader.ROLE_REAL else keyheader.ROLE_DECOY
        keyslots.replace_in_pair(key_path, record.passphrase_pair, new_key, opened, role=role)
    finally:
        os.close(lock)


class _Located(Protocol):
    @property
    def path(self) -> Path: ...

    @property
    def conn(self) -> Any: ...

    @property
    def compartment(self) -> int: ...
