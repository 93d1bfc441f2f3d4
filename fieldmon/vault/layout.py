"""Which file of a vault folder is which, and how private folders are made.

A vault is one folder (mode 0700) of files (mode 0600)::

    vault.key       the key header: key slots wrapped under passphrases (fieldmon.crypto.keys)
    vault.db        the SQLCipher database, opened with the raw vault key
    vault.lock      held while a FieldMon process has the vault open
    vault.attempts  failed unlocks and the wipe policy (fieldmon.vault.attempts)
    blobs/          one age-encrypted file per stored evidence file, named at random
    decoy.db, decoy-blobs/  the decoy vault a duress passphrase opens (fieldmon.vault.decoy)
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = [
    "BLOB_DIR",
    "DB_FILE",
    "DECOY_BLOB_DIR",
    "DECOY_DB",
    "KEY_FILE",
    "LOCK_FILE",
    "PARTIAL",
    "default_vault_dir",
    "make_private_dir",
    "vault_files",
]

KEY_FILE = "vault.key"
DB_FILE = "vault.db"
# The decoy a duress passphrase opens. Every vault has one from init on (with a key nobody
# holds until a duress passphrase is set), so its presence says nothing.
DECOY_DB = "decoy.db"
DECOY_BLOB_DIR = "decoy-blobs"
LOCK_FILE = "vault.lock"
BLOB_DIR = "blobs"
# Suffix of a blob being written; renamed to its final name once complete and synced.
PARTIAL = ".partial"


def default_vault_dir() -> Path:
    """The vault folder used when none is given: ``vault`` in the user's data folder.

    :return: for example ``~/.local/share/FieldMon/vault`` on Linux (platformdirs' rule);
        the folder may not exist yet.
    """
    from platformdirs import user_data_path

    return user_data_path("FieldMon", appauthor=False) / "vault"


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and its parents) if missing, and make it readable by its owner only.

    :param path: the folder; an existing folder is kept and set to mode 0700.
    :raises OSError: the folder cannot be created or its mode set.
    """
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)


def vault_files(path: Path) -> list[Path]:
    """Every regular file below the vault folder ``path`` (for tests and permission checks).

    :return: the files, in no particular order; empty if the folder does not exist.
    """
    return [p for p in Path(path).rglob("*") if p.is_file()]
