"""The duress passphrase and the decoy vault it opens.

Every vault has a decoy database beside the real one from ``init`` on, keyed with a key nobody
holds until a duress passphrase is set, so its presence says nothing. Setting a duress
passphrase gives the decoy a fresh key in a slot of the key header (fieldmon.crypto.keys); set
"with wipe", using it also destroys the real vault before the decoy is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldmon.crypto import keys
from fieldmon.crypto.passphrase import passphrase_problem
from fieldmon.errors import FieldMonError, WeakPassphrase
from fieldmon.vault import identities, migrations
from fieldmon.vault.database import fresh_database, remove_database
from fieldmon.vault.layout import (
    BLOB_DIR,
    DB_FILE,
    DECOY_BLOB_DIR,
    DECOY_DB,
    KEY_FILE,
    make_private_dir,
    read_small_file,
)

__all__ = ["clear_duress", "replace_decoy", "set_duress", "wipe_real_silently"]


def replace_decoy(path: Path, key: bytes, name: str | None, organisation: str | None) -> None:
    """Put a new, empty decoy vault beside the real one, opened by ``key`` (the caller
    discards the key when no duress passphrase is to open it).

    :param name: the signing identity's name the decoy shows (the real vault's, so the decoy
        looks like it), or None.
    """
    remove_database(path, DECOY_DB, DECOY_BLOB_DIR)
    fresh_database(path / DECOY_DB, key, migrations.LATEST, name, organisation).close()
    make_private_dir(path / DECOY_BLOB_DIR)


def wipe_real_silently(path: Path, raw: bytes, duress_slot: int, key_path: Path) -> None:
    """What a duress passphrase set with wipe does before it shows the decoy: every other
    key slot (the real one among them) becomes random, and the real database and files are
    replaced by a fresh database nobody holds the key to, so the folder looks as it did.

    :param raw: the key header's bytes; :param duress_slot: the slot the duress passphrase
        opened.
    """
    header = keys.parse_header(raw, key_path)
    for index in range(len(header.slots)):
        if index != duress_slot:
            raw = keys.forget_slot(raw, index, key_path)
    keys.write_private_file(key_path, raw)
    remove_database(path, DB_FILE, BLOB_DIR)
    fresh_database(path / DB_FILE, keys.new_vault_key(), migrations.LATEST, None, None).close()
    make_private_dir(path / BLOB_DIR)


def set_duress(
    path: Path, conn: Any, passphrase: str, duress: str, *, wipe_real: bool = False
) -> None:
    """Let a second passphrase open a fresh decoy vault (and, with ``wipe_real``, silently
    destroy the real one when it is used). A duress passphrase set before stops working.

    :param path: the vault folder; :param conn: the real vault's connection (for the
        identity the decoy copies).
    :param passphrase: the real passphrase, checked against the key header.
    :raises WeakPassphrase: the duress passphrase is too weak (fieldmon.crypto.passphrase).
    :raises FieldMonError: it equals the real one.
    :raises WrongPassphrase: ``passphrase`` is not the real passphrase.
    """
    problem = passphrase_problem(duress)
    if problem:
        raise WeakPassphrase(f"The duress passphrase is too weak: {problem}")
    if duress == passphrase:
        raise FieldMonError("The duress passphrase must differ from the real one.")
    key_path = path / KEY_FILE
    raw = read_small_file(path, KEY_FILE)
    keys.open_header(raw, passphrase, key_path)  # the real passphrase, or WrongPassphrase
    me = identities.current(conn)
    decoy_key = keys.new_vault_key()
    replace_decoy(path, decoy_key, me.name, me.organisation)
    keys.write_private_file(
        key_path, keys.set_duress_slot(raw, passphrase, duress, decoy_key, wipe_real, key_path)
    )


def clear_duress(path: Path, passphrase: str) -> None:
    """Stop any duress passphrase from opening anything; the decoy is emptied.

    :raises WrongPassphrase: ``passphrase`` is not the real passphrase.
    """
    key_path = path / KEY_FILE
    raw = read_small_file(path, KEY_FILE)
    keys.write_private_file(
        key_path, keys.set_duress_slot(raw, passphrase, "", None, False, key_path)
    )
    replace_decoy(path, keys.new_vault_key(), None, None)
