"""Recovery of a forgotten passphrase, and the panic wipe.

Recovery shares are SLIP-39 mnemonics (`shamir-mnemonic`) of the vault key: any K of the N
printed shares rebuild it, fewer reveal nothing. Recovering checks the rebuilt key against the
database before it rewraps the key under a new passphrase, so a share of another vault or a
mistyped word changes nothing.

The wipe erases the key header first (overwritten, synced, deleted): from that moment nothing
in the folder can be decrypted, by any passphrase or share. Then the rest is deleted.
"""

from __future__ import annotations

import os
import secrets
import shutil
from contextlib import suppress
from pathlib import Path

import shamir_mnemonic
from shamir_mnemonic.share import Share

from fieldmon.crypto import keys
from fieldmon.crypto.passphrase import passphrase_problem
from fieldmon.errors import FieldMonError, VaultDamaged, VaultNotFound, WeakPassphrase
from fieldmon.vault.store import DB_FILE, KEY_FILE, Vault, _lock, _open_database

MAX_SHARES = 16


class RecoveryError(FieldMonError):
    exit_status = 7


def create_shares(vault_key: bytes, threshold: int, shares: int) -> list[str]:
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
    """How many shares the set this share belongs to needs."""
    try:
        return int(Share.from_mnemonic(first_share.strip()).member_threshold)
    except shamir_mnemonic.MnemonicError as error:
        raise RecoveryError(f"The first share is not valid: {error}") from None


def combine(shares: list[str]) -> bytes:
    try:
        return bytes(shamir_mnemonic.combine_mnemonics([s.strip() for s in shares], b""))
    except shamir_mnemonic.MnemonicError as error:
        raise RecoveryError(f"The shares do not combine: {error}") from None


def recover(path: Path, shares: list[str], new_passphrase: str) -> None:
    """Rewrap the vault key rebuilt from shares under a new passphrase; change nothing if the
    shares or the passphrase are not right."""
    path = Path(path)
    if not (path / DB_FILE).exists():
        raise VaultNotFound(f"No vault at {path}: there is nothing to recover.")
    vault_key = combine(shares)
    problem = passphrase_problem(new_passphrase)
    if problem:
        raise WeakPassphrase(f"The new passphrase is too weak: {problem}")
    lock = _lock(path)
    try:
        _open_database(path / DB_FILE, vault_key, create=False).close()
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
                keys.kdf_params_of(header.read_bytes(), header),
                keys.DEFAULT_KDF,
                key=lambda p: (p.memory_kib, p.time_cost),
            )
    try:
        keys.write_private_file(header, keys.wrap_key(vault_key, new_passphrase, params))
    finally:
        os.close(lock)


def vault_key_of(vault: Vault, passphrase: str) -> bytes:
    header = vault.path / KEY_FILE
    return keys.unwrap_key(header.read_bytes(), passphrase, header)


def _destroy(path: Path) -> None:
    """Overwrite a file with random bytes, sync it, then delete it."""
    size = path.stat().st_size
    with open(path, "r+b", buffering=0) as handle:
        handle.write(secrets.token_bytes(size))
        os.fsync(handle.fileno())
    path.unlink()


def wipe(path: Path) -> list[str]:
    """Crypto-erase the vault, then delete it; return what was removed."""
    path = Path(path)
    if not (path / KEY_FILE).exists() and not (path / DB_FILE).exists():
        raise VaultNotFound(f"No vault at {path}.")
    removed = []
    for name in (KEY_FILE, KEY_FILE + ".new"):
        if (path / name).exists():
            _destroy(path / name)
            removed.append(name)
    directory = os.open(path, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
    for entry in sorted(path.iterdir()):
        if entry.is_dir():
            shutil.rmtree(entry)
        else:
            entry.unlink()
        removed.append(entry.name)
    path.rmdir()
    return removed
