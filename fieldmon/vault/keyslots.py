"""The key slots of a vault, as the vault uses them: which pair of slots serves what, written
in place in the key header (fieldmon.crypto.keyheader).

A vault has two compartments, each a database and a blob folder (fieldmon.vault.layout): the
real vault and the decoy, in an order chosen at random when the vault is made, so neither
the file names nor the slots say which is which. Each compartment's database records, under
its own key, which pair of slots holds its passphrase, its recovery secret and the duress
passphrase it may set, and the master key of the compartment that duress passphrase opens
(for the real vault, the decoy; for the decoy, itself). The five pairs are dealt out at random:

    real passphrase, real recovery, duress passphrase (= decoy passphrase),
    decoy recovery, the decoy's own duress passphrase

Every change writes a new slot and syncs it before an old one is overwritten (see
:func:`replace_in_pair`), under the header's lock.
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldmon.crypto import keyheader
from fieldmon.crypto.keyheader import Unlocked
from fieldmon.crypto.keys import KdfParams
from fieldmon.errors import FieldMonError, VaultDamaged
from fieldmon.vault import layout

__all__ = [
    "Compartment",
    "PassphraseInUse",
    "compartment_of",
    "first_header",
    "forget_all_but",
    "forget_pair",
    "new_compartments",
    "refuse_in_use",
    "replace_in_pair",
    "store_compartment",
    "write_new_header",
]

_META = "key_slots"


class PassphraseInUse(FieldMonError):
    """A new passphrase already opens a slot of this vault (exit status 3)."""

    exit_status = 3


@dataclass(frozen=True)
class Compartment:
    """What a compartment's database records about its slots (vault_meta ``key_slots``)."""

    passphrase_pair: int
    recovery_pair: int
    duress_pair: int
    duress_compartment: int
    """The compartment a duress passphrase set from here opens."""
    duress_master: bytes
    """Its master key."""

    def as_json(self) -> str:
        """The form stored in vault_meta. :return: JSON text."""
        return json.dumps(
            {
                "passphrase_pair": self.passphrase_pair,
                "recovery_pair": self.recovery_pair,
                "duress_pair": self.duress_pair,
                "duress_compartment": self.duress_compartment,
                "duress_master": self.duress_master.hex(),
            },
            sort_keys=True,
        )


def new_compartments(real: int, decoy_master: bytes) -> tuple[Compartment, Compartment]:
    """The slot records of a new vault's two compartments, the five pairs dealt at random.

    :param real: the real compartment's number (1 or 2); the decoy has the other.
    :param decoy_master: the decoy's master key, kept in the real compartment's record.
    :return: (real, decoy).
    """
    pairs = list(range(keyheader.PAIRS))
    secrets.SystemRandom().shuffle(pairs)
    decoy = 3 - real
    real_record = Compartment(pairs[0], pairs[1], pairs[2], decoy, decoy_master)
    decoy_record = Compartment(pairs[2], pairs[3], pairs[4], decoy, decoy_master)
    return real_record, decoy_record


def store_compartment(conn: Any, record: Compartment) -> None:
    """Record a compartment's slots in its database (inside the caller's transaction or not).

    :param conn: the compartment's open database.
    """
    conn.execute(
        "INSERT INTO vault_meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (_META, record.as_json()),
    )


def compartment_of(conn: Any) -> Compartment:
    """A compartment's slot record, from its database.

    :param conn: the compartment's open database.
    :return: the record.
    :raises VaultDamaged: the database has none (it was not made by this FieldMon).
    """
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (_META,)).fetchone()
    try:
        data = json.loads(str(row[0]))
        return Compartment(
            int(data["passphrase_pair"]),
            int(data["recovery_pair"]),
            int(data["duress_pair"]),
            int(data["duress_compartment"]),
            bytes.fromhex(data["duress_master"]),
        )
    except (TypeError, KeyError, ValueError):
        raise VaultDamaged(
            "The vault's database holds no record of its key slots; it cannot be changed."
        ) from None


def refuse_in_use(
    parsed: keyheader.Parsed, key: bytes, record: Compartment, *, replacing: int | None = None
) -> None:
    """Refuse a new passphrase that already opens this compartment's own passphrase or duress
    slot (other than the pair being replaced). Only this compartment's own pairs are looked
    at, the same way in the real vault and in the decoy, so the answer never says whether the
    passphrase opens anything else.

    :param parsed: the header; :param key: the new passphrase's wrapping key.
    :param record: this compartment's slot record; :param replacing: a pair it may open.
    :raises PassphraseInUse: it does.
    """
    own = {record.passphrase_pair, record.duress_pair} - {replacing}
    if any(keyheader.pair_of(u.slot) in own for u in keyheader.open_all(parsed, key)):
        raise PassphraseInUse(
            "That passphrase already opens this vault; choose one that is used nowhere else."
        )


def replace_in_pair(
    path: Path,
    pair: int,
    key: bytes,
    unlocked: Unlocked,
    *,
    role: int | None = None,
    live: int | None = None,
) -> int:
    """Put a slot opening ``unlocked``'s compartment into ``pair``: write it into one sector
    of the pair and sync, then overwrite the other with random bytes and sync.

    With ``live`` (the sector in use, when known) the new slot goes into the other sector,
    so a crash between the two writes leaves the old or the new key opening the slot. When
    the sector in use is not known (a duress passphrase set from the real vault, shares made
    anew, a passphrase set by recovery), the master key is also held elsewhere (by the key
    that made the change), so whichever sector is overwritten, nothing is lost.

    :param path: the header file; :param pair: 0 to PAIRS - 1.
    :param key: the wrapping key of the new slot (passphrase or recovery).
    :param unlocked: the master key and compartment to wrap (and its role, unless ``role``).
    :param role: the new slot's role, if not ``unlocked.role``.
    :param live: the sector of the pair in use now, or None.
    :return: the sector written.
    :raises OSError: a write failed (the header is as it was, or the new slot is written).
    """
    first, second = keyheader.sectors_of(pair)
    if live in (first, second):
        target = second if live == first else first
    else:
        target = secrets.choice((first, second))
    other = second if target == first else first
    with keyheader.locked(path) as (fd, raw):
        parsed = keyheader.parse(raw, path)
        sector = keyheader.seal_slot(
            parsed,
            target,
            key,
            unlocked.master,
            unlocked.role if role is None else role,
            unlocked.compartment,
        )
        keyheader.write_slot(fd, target, sector)
        keyheader.forget_slots(fd, [other])
    return target


def forget_pair(path: Path, pair: int) -> None:
    """Overwrite both sectors of a pair with random bytes, each synced.

    :param path: the header file; :param pair: 0 to PAIRS - 1.
    :raises OSError: a write failed.
    """
    with keyheader.locked(path) as (fd, _):
        keyheader.forget_slots(fd, list(keyheader.sectors_of(pair)))


def forget_all_but(path: Path, keep: int) -> None:
    """Overwrite every slot but ``keep`` with random bytes (a duress wipe).

    :param path: the header file; :param keep: the slot that stays.
    :raises OSError: a write failed.
    """
    with keyheader.locked(path) as (fd, _):
        keyheader.forget_slots(fd, [i for i in range(keyheader.SLOTS) if i != keep])


def first_header(
    passphrase: str, params: KdfParams, master: bytes, compartment: int, record: Compartment
) -> tuple[bytes, keyheader.Parsed]:
    """A new header whose one slot opens ``compartment`` with ``passphrase``, in a sector of
    the compartment's passphrase pair chosen at random.

    :param params: one of keyheader.KDF_SETS; :param master: the compartment's master key.
    :param record: the compartment's slot record.
    :return: the header's bytes and their parsed form.
    :raises ValueError: the parameters are not a set FieldMon writes.
    """
    raw, parsed = keyheader.new_header(params)
    slot = secrets.choice(keyheader.sectors_of(record.passphrase_pair))
    key = keyheader.derive_passphrase_key(passphrase, parsed)
    sector = keyheader.seal_slot(parsed, slot, key, master, keyheader.ROLE_REAL, compartment)
    start = keyheader.SECTOR * (2 + slot)
    return raw[:start] + sector + raw[start + keyheader.SECTOR :], parsed


def write_new_header(path: Path, raw: bytes) -> None:
    """Write a new key header file (never over an existing one), synced with its folder.

    :param path: the header file; :param raw: :data:`~fieldmon.crypto.keyheader.HEADER_BYTES`.
    :raises FileExistsError: a file is already there; :raises OSError: the write failed.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        if os.write(fd, raw) != len(raw):
            raise OSError("short write of the key header")
        os.fsync(fd)
    finally:
        os.close(fd)
    layout.sync_folder(path.parent)
