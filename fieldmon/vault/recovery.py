"""Recovery of a forgotten passphrase (the panic wipe, in fieldmon.vault.wipe, is
re-exported here for older callers).

Recovery shares are SLIP-39 mnemonics (`shamir-mnemonic`) of the vault key: any K of the N
printed shares rebuild it, fewer reveal nothing. Recovering checks the rebuilt key against the
database before it rewraps the key under a new passphrase, so a share of another vault or a
mistyped word changes nothing.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path
from typing import Protocol

import shamir_mnemonic
from shamir_mnemonic.share import Share

from fieldmon.crypto import keys
from fieldmon.crypto.passphrase import passphrase_problem
from fieldmon.errors import FieldMonError, VaultDamaged, VaultNotFound, WeakPassphrase
from fieldmon.vault.database import hold_lock, open_database
from fieldmon.vault.layout import DB_FILE, KEY_FILE, check_location, read_small_file
from fieldmon.vault.wipe import wipe as wipe

__all__ = [
    "MAX_SHARES",
    "RecoveryError",
    "combine",
    "create_shares",
    "recover",
    "shares_needed",
    "vault_key_of",
    "wipe",
]

MAX_SHARES = 16


class RecoveryError(FieldMonError):
    """Shares that are not valid, do not combine, or open another vault (exit status 7)."""

    exit_status = 7


def create_shares(vault_key: bytes, threshold: int, shares: int) -> list[str]:
    """Split the vault key into SLIP-0039 mnemonic shares (one group, no passphrase).

    :param vault_key: the 32-byte vault key (see vault_key_of).
    :param threshold: how many shares rebuild it; :param shares: how many are made
        (1 <= threshold <= shares <= MAX_SHARES, and a threshold of 1 only for one share).
    :return: the shares, each a phrase of SLIP-0039 words.
    :raises FieldMonError: the numbers are out of range.
    """
    if not 1 <= threshold <= shares <= MAX_SHARES:
        raise FieldMonError(
            f"Choose 1 <= threshold <= shares <= {MAX_SHARES} (got {threshold} of {shares})."
        )
    if threshold == 1 and shares > 1:
        raise FieldMonError(
            "With a threshold of 1 every share alone opens the vault; use 2 or more."
        )
    groups = shamir_mnemonic.generate_mnemonics(1, [(threshold, shares)], vault_key, b"")
    return list(groups[0])


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
    """Rewrap the vault key rebuilt from shares under a new passphrase; change nothing if the
    shares or the passphrase are not right. The Argon2id cost is kept (never lowered).

    :param path: the vault folder (its key header may be missing or damaged).
    :raises VaultNotFound: the folder holds no database.
    :raises RecoveryError: the shares do not combine, or rebuild a key that does not open it.
    :raises WeakPassphrase: the new passphrase is refused.
    :raises VaultBusy: the vault is open elsewhere.
    :raises VaultNotWritable: the folder cannot be written (fieldmon.vault.layout.check_location).
    :raises VaultDamaged: an entry of the vault is of the wrong kind (a pipe, a link, a device).
    """
    path = Path(path)
    if not (path / DB_FILE).exists():
        raise VaultNotFound(f"No vault at {path}: there is nothing to recover.")
    # A named pipe or a device in place of the key header must not stall the recovery.
    check_location(path)
    vault_key = combine(shares)
    problem = passphrase_problem(new_passphrase)
    if problem:
        raise WeakPassphrase(f"The new passphrase is too weak: {problem}")
    lock = hold_lock(path)
    try:
        open_database(path / DB_FILE, vault_key, create=False).close()
    except VaultDamaged:
        os.close(lock)
        raise RecoveryError(
            "These shares rebuild a key that does not open this vault: they belong to another"
            " vault. Nothing was changed."
        ) from None
    header = path / KEY_FILE
    params = keys.DEFAULT_KDF
    if header.exists():
        # A damaged header is exactly what recovery replaces: then the default parameters do.
        with suppress(VaultDamaged):
            params = max(
                keys.kdf_params_of(read_small_file(path, KEY_FILE), header),
                keys.DEFAULT_KDF,
                key=lambda p: (p.memory_kib, p.time_cost),
            )
    try:
        keys.write_private_file(header, keys.wrap_key(vault_key, new_passphrase, params))
    finally:
        os.close(lock)


class _Located(Protocol):
    @property
    def path(self) -> Path: ...


def vault_key_of(vault: _Located, passphrase: str) -> bytes:
    """The raw vault key, to make recovery shares of it.

    :param vault: an open vault (anything with the vault folder as ``path``).
    :param passphrase: the real passphrase.
    :raises WrongPassphrase: it opens no slot.
    :raises VaultDamaged: the key header is not a regular file of a key header's size.
    """
    header = vault.path / KEY_FILE
    return keys.unwrap_key(read_small_file(vault.path, KEY_FILE), passphrase, header)
