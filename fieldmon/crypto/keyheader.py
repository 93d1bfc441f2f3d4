"""The key header, version 3: one small file of fixed-size sectors, overwritten in place, that
holds the only wrapped copies of the master keys (after LUKS: a fixed header of key slots).

Layout of ``vault.key`` (:data:`HEADER_BYTES`, sectors of :data:`SECTOR` bytes)::

    sector 0      MAGIC, version, Argon2id parameter set, salt, header id, SHA-256 of these
    sector 1      the failed-unlock counter (fieldmon.vault.attempts), its own sector
    sectors 2-11  ten key slots, in five pairs; a slot not in use is random bytes

A slot is AES-256-GCM (NIST SP 800-38D) of (role, compartment, master key) under a key derived
from a passphrase with Argon2id (RFC 9106), or from a recovery secret with HKDF-SHA256
(RFC 5869); sector 0 and the slot's index are its associated data. Every slot sector, used or
not, ends with a SHA-256 of its index and the rest of the sector: a slot changed by damage is
named as damage (:func:`damaged_slots`) instead of looking like a wrong passphrase.

The master key is the one secret everything else hangs on: the database key is derived from
it (:func:`database_key`), and every evidence file's key is kept in that database.
Overwriting this file destroys them all.

Every change writes the new slot into the other sector of its pair and syncs it before the old
sector is overwritten with random bytes, so a crash leaves the old or the new passphrase
working, never neither. Nothing is written beside the file.
"""

from __future__ import annotations

import fcntl
import hashlib
import os
import secrets
import struct
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from fieldmon.crypto.keys import DEFAULT_KDF, KdfParams, derive_wrapping_key
from fieldmon.errors import VaultDamaged, WrongPassphrase

__all__ = [
    "HEADER_BYTES",
    "KDF_SETS",
    "MAGIC",
    "PAIRS",
    "ROLE_DECOY",
    "ROLE_DECOY_WIPE",
    "ROLE_REAL",
    "SECTOR",
    "SLOTS",
    "TEST_KDF",
    "Counter",
    "Parsed",
    "Unlocked",
    "damaged_slots",
    "database_key",
    "derive_passphrase_key",
    "derive_recovery_key",
    "forget_slots",
    "is_v3",
    "locked",
    "new_header",
    "open_all",
    "open_with_key",
    "pair_of",
    "parse",
    "random_slot",
    "read_counter",
    "seal_slot",
    "sectors_of",
    "unlock",
    "unlock_recovery",
    "write_counter",
    "write_slot",
]

MAGIC = b"FieldMon keyhdr\x00"
"""The 16 bytes a version 3 key header begins with (a carver finds the header by them)."""
VERSION = 3
SECTOR = 512
SLOTS = 10
PAIRS = 5
"""Slots come in pairs: a change writes one sector of the pair, then clears the other."""
HEADER_BYTES = SECTOR * (2 + SLOTS)
"""6,144 bytes: sector 0, the counter sector and ten slots."""
MASTER_BYTES = 32
ROLE_REAL, ROLE_DECOY, ROLE_DECOY_WIPE = 0, 1, 2
TEST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
"""Cheap Argon2id parameters for tests and benchmarks only."""
KDF_SETS = {1: DEFAULT_KDF, 2: TEST_KDF}
"""The only Argon2id parameter sets FieldMon writes, by the number sector 0 stores; any other
number is damage, never a reason to run a derivation or count a failed unlock."""

_NONCE = 12
_PLAIN = 2 + MASTER_BYTES  # role, compartment, master key
_SECTOR0 = struct.Struct(">16sHB16s16s")  # magic, version, KDF set, salt, header id
_COUNTER = struct.Struct(">8s16sIII")  # magic, header id, in a row, in total, wipe after
_COUNTER_MAGIC = b"FMcount\x00"


@dataclass(frozen=True)
class Parsed:
    """A header read without opening any slot."""

    sector0: bytes
    """The first :data:`SECTOR` bytes' meaningful part (the slots' associated data)."""
    params: KdfParams
    salt: bytes
    header_id: bytes
    slots: tuple[bytes, ...]
    """Each slot sector, :data:`SECTOR` bytes."""


@dataclass(frozen=True)
class Unlocked:
    """What a passphrase or recovery secret opened."""

    master: bytes
    """The compartment's master key (32 bytes)."""
    role: int
    """ROLE_REAL, ROLE_DECOY or ROLE_DECOY_WIPE."""
    compartment: int
    """Which database and blob folder the master key opens (1 or 2; fieldmon.vault.layout)."""
    slot: int
    """Index of the slot it was found in (0 to SLOTS - 1)."""
    wrapping_key: bytes
    """The key that opened the slot, to rewrite it in place (a duress wipe marks it done)."""


@dataclass(frozen=True)
class Counter:
    """The failed-unlock counter sector (fieldmon.vault.attempts reads it)."""

    in_a_row: int
    """Failed unlocks since the last one that succeeded."""
    total: int
    """Failed unlocks ever; it never goes down, so a reset shows at the next unlock."""
    wipe_after: int
    """Wipe after this many failures in a row; 0 for never."""
    intact: bool = True
    """False when the sector was damaged or belongs to another header (then it reads as 0)."""


def is_v3(raw: bytes) -> bool:
    """Whether ``raw`` begins like a version 3 header (older ones are JSON).

    :param raw: the key header file's bytes.
    :return: True when it starts with :data:`MAGIC`.
    """
    return raw[: len(MAGIC)] == MAGIC


def _damaged(path: Path, why: str) -> VaultDamaged:
    return VaultDamaged(f"The key header {path} is damaged ({why}); the vault cannot be opened.")


def parse(raw: bytes, path: Path) -> Parsed:
    """Read a version 3 header without opening any slot.

    :param raw: the file's bytes; :param path: the file, only to name it in an error.
    :return: the parsed header.
    :raises VaultDamaged: wrong size or magic, unknown version, a parameter set FieldMon never
        writes (:data:`KDF_SETS`), or sector 0 does not match its SHA-256.
    """
    if len(raw) != HEADER_BYTES or not is_v3(raw):
        raise _damaged(path, "not a key header of FieldMon's size and form")
    _, version, kdf_set, salt, header_id = _SECTOR0.unpack_from(raw)
    end = _SECTOR0.size
    if hashlib.sha256(raw[:end]).digest() != raw[end : end + 32]:
        raise _damaged(path, "its first sector does not match its checksum")
    if version != VERSION:
        raise _damaged(path, f"unknown version {version}")
    params = KDF_SETS.get(kdf_set)
    if params is None:
        raise _damaged(path, "key derivation parameters FieldMon never writes")
    slots = tuple(raw[SECTOR * (2 + i) : SECTOR * (3 + i)] for i in range(SLOTS))
    return Parsed(raw[: end + 32], params, salt, header_id, slots)


def derive_passphrase_key(passphrase: str, parsed: Parsed) -> bytes:
    """The key a passphrase opens slots with: Argon2id (RFC 9106) of its NFC form.

    Unicode NFC (UAX #15) first, so a passphrase typed in decomposed form (NFD, as some
    keyboards and input methods produce) opens what its composed form opened.

    :param passphrase: as typed; :param parsed: the header (salt and parameters).
    :return: 32 bytes; takes about half a second with :data:`~fieldmon.crypto.keys.DEFAULT_KDF`.
    """
    normal = unicodedata.normalize("NFC", passphrase)
    return derive_wrapping_key(normal, parsed.salt, parsed.params)


def derive_recovery_key(secret: bytes, parsed: Parsed) -> bytes:
    """The key a recovery secret (rebuilt from SLIP-39 shares) opens slots with.

    HKDF-SHA256 (RFC 5869) with the header's salt: the secret is 256 random bits already, so
    no slow derivation is needed.

    :param secret: the recovery secret (32 bytes); :param parsed: the header.
    :return: 32 bytes.
    """
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=parsed.salt, info=b"fieldmon recovery slot"
    ).derive(secret)


def database_key(master: bytes) -> bytes:
    """The raw SQLCipher key of a compartment's database, derived from its master key.

    HKDF-SHA256 (RFC 5869), info ``fieldmon database``.

    :param master: the master key (32 bytes).
    :return: 32 bytes.
    """
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fieldmon database").derive(
        master
    )


def _aad(parsed: Parsed, index: int) -> bytes:
    return parsed.sector0 + bytes([index])


def _check(index: int, body: bytes) -> bytes:
    return hashlib.sha256(bytes([index]) + body).digest()


def _finish(index: int, body: bytes) -> bytes:
    """A slot sector: ``body`` padded with random bytes, then its checksum."""
    body += secrets.token_bytes(SECTOR - 32 - len(body))
    return body + _check(index, body)


def random_slot(index: int) -> bytes:
    """A slot sector that opens nothing: random bytes with a valid checksum, like every slot.

    :param index: the slot (0 to SLOTS - 1). :return: :data:`SECTOR` bytes.
    """
    return _finish(index, b"")


def damaged_slots(parsed: Parsed) -> list[int]:
    """The slots whose checksum does not match (a changed byte, a torn write).

    :param parsed: the header. :return: their indices, in order.
    """
    return [
        i
        for i, sector in enumerate(parsed.slots)
        if _check(i, sector[: SECTOR - 32]) != sector[SECTOR - 32 :]
    ]


def open_all(parsed: Parsed, key: bytes) -> list[Unlocked]:
    """Every slot ``key`` opens, the real vault's first (a passphrase set inside the decoy may
    also be the real one; the real vault then wins).

    :param parsed: the header; :param key: a wrapping key (passphrase or recovery).
    :return: what each slot holds; empty when none opens.
    """
    cipher = AESGCM(key)
    found = []
    for index, sector in enumerate(parsed.slots):
        nonce, body = sector[:_NONCE], sector[_NONCE : _NONCE + _PLAIN + 16]
        try:
            plain = cipher.decrypt(nonce, body, _aad(parsed, index))
        except InvalidTag:
            continue
        found.append(Unlocked(plain[2:], plain[0], plain[1], index, key))
    return sorted(found, key=lambda u: (u.role != ROLE_REAL, u.slot))


def open_with_key(parsed: Parsed, key: bytes) -> Unlocked:
    """The slot ``key`` opens (the real vault's, if it opens several).

    :param parsed: the header; :param key: a wrapping key (passphrase or recovery).
    :return: what the slot holds.
    :raises WrongPassphrase: no slot opens with it.
    :raises VaultDamaged: none opens and a slot is damaged (never a wrong passphrase then: the
        damaged slot may be the one it opened).
    """
    found = open_all(parsed, key)
    if found:
        return found[0]
    damaged = damaged_slots(parsed)
    if damaged:
        raise VaultDamaged(
            f"The key header is damaged (key slot {damaged[0] + 1} of {SLOTS} changed); this was"
            " not counted as a failed unlock. If the passphrase is right, recovery shares may"
            " still open the vault (fieldmon recover)."
        )
    raise WrongPassphrase()


def unlock(raw: bytes, passphrase: str, path: Path = Path("vault.key")) -> Unlocked:
    """The slot a passphrase opens.

    :param raw: the header's bytes; :param passphrase: as typed.
    :param path: the file, only to name it in an error.
    :return: the master key, role, compartment and slot.
    :raises WrongPassphrase: no slot opens (a wrong passphrase and an altered slot look alike).
    :raises VaultDamaged: the header cannot be parsed (see :func:`parse`); never counted.
    """
    parsed = parse(raw, path)
    return open_with_key(parsed, derive_passphrase_key(passphrase, parsed))


def unlock_recovery(raw: bytes, secret: bytes, path: Path = Path("vault.key")) -> Unlocked:
    """The slot a recovery secret opens.

    :param raw: the header's bytes; :param secret: rebuilt from shares (32 bytes).
    :param path: the file, only to name it in an error.
    :return: the master key, role, compartment and slot.
    :raises WrongPassphrase: no slot opens with it.
    :raises VaultDamaged: the header cannot be parsed.
    """
    parsed = parse(raw, path)
    return open_with_key(parsed, derive_recovery_key(secret, parsed))


def seal_slot(
    parsed: Parsed, index: int, key: bytes, master: bytes, role: int, compartment: int
) -> bytes:
    """One slot sector: AES-256-GCM of (role, compartment, master), padded with random bytes.

    :param parsed: the header; :param index: the slot (0 to SLOTS - 1).
    :param key: the wrapping key (:func:`derive_passphrase_key` or :func:`derive_recovery_key`).
    :param master: 32 bytes; :param role: a ROLE_*; :param compartment: 1 or 2.
    :return: :data:`SECTOR` bytes.
    """
    nonce = secrets.token_bytes(_NONCE)
    body = AESGCM(key).encrypt(nonce, bytes([role, compartment]) + master, _aad(parsed, index))
    return _finish(index, nonce + body)


def new_header(params: KdfParams = DEFAULT_KDF) -> tuple[bytes, Parsed]:
    """A new header with every slot random and the counter at zero.

    :param params: one of :data:`KDF_SETS`.
    :return: the bytes and their parsed form (to seal the first slot into).
    :raises ValueError: the parameters are not a set FieldMon writes.
    """
    kdf_set = next((n for n, p in KDF_SETS.items() if p == params), None)
    if kdf_set is None:
        raise ValueError("key derivation parameters FieldMon does not write")
    salt, header_id = secrets.token_bytes(16), secrets.token_bytes(16)
    head = _SECTOR0.pack(MAGIC, VERSION, kdf_set, salt, header_id)
    head += hashlib.sha256(head).digest()
    sector0 = head + bytes(SECTOR - len(head))
    counter = _counter_sector(header_id, Counter(0, 0, 0))
    raw = sector0 + counter + b"".join(random_slot(i) for i in range(SLOTS))
    return raw, parse(raw, Path("vault.key"))


def _counter_sector(header_id: bytes, counter: Counter) -> bytes:
    body = _COUNTER.pack(
        _COUNTER_MAGIC, header_id, counter.in_a_row, counter.total, counter.wipe_after
    )
    body += hashlib.sha256(body).digest()
    return body + bytes(SECTOR - len(body))


def read_counter(raw: bytes, parsed: Parsed) -> Counter:
    """The failed-unlock counter of a header.

    :param raw: the header's bytes; :param parsed: their parsed form.
    :return: the counter; all zero and ``intact=False`` when the sector is damaged or was
        copied from another header (its header id differs).
    """
    sector = raw[SECTOR : 2 * SECTOR]
    body = sector[: _COUNTER.size]
    magic, header_id, in_a_row, total, wipe_after = _COUNTER.unpack(body)
    digest = sector[_COUNTER.size : _COUNTER.size + 32]
    if (
        magic != _COUNTER_MAGIC
        or header_id != parsed.header_id
        or hashlib.sha256(body).digest() != digest
    ):
        return Counter(0, 0, 0, intact=False)
    return Counter(in_a_row, total, wipe_after)


def _write_at(fd: int, offset: int, data: bytes) -> None:
    written = os.pwrite(fd, data, offset)
    if written != len(data):
        raise OSError(f"short write to the key header ({written} of {len(data)} bytes)")
    os.fsync(fd)


def write_counter(fd: int, parsed: Parsed, counter: Counter) -> None:
    """Overwrite the counter sector in place and sync it.

    :param fd: the header file, open for reading and writing (under :func:`locked`).
    :param parsed: the header; :param counter: the new values.
    :raises OSError: the write or sync failed.
    """
    _write_at(fd, SECTOR, _counter_sector(parsed.header_id, counter))


def write_slot(fd: int, index: int, sector: bytes) -> None:
    """Overwrite one slot sector in place and sync it.

    :param fd: the header file, open for reading and writing (under :func:`locked`).
    :param index: the slot (0 to SLOTS - 1); :param sector: :data:`SECTOR` bytes.
    :raises OSError: the write or sync failed.
    """
    if len(sector) != SECTOR or not 0 <= index < SLOTS:
        raise ValueError("a slot is one sector, at an index below SLOTS")
    _write_at(fd, SECTOR * (2 + index), sector)


def forget_slots(fd: int, indices: list[int]) -> None:
    """Overwrite slots with random bytes in place, each synced: what they opened is gone.

    :param fd: the header file, open for writing; :param indices: the slots.
    :raises OSError: a write or sync failed.
    """
    for index in indices:
        write_slot(fd, index, random_slot(index))


@contextmanager
def locked(path: Path) -> Iterator[tuple[int, bytes]]:
    """The header file open for reading and writing, under an exclusive lock (flock(2)), with
    its bytes as read under the lock: every change and every counted failure goes through here,
    so parallel unlocks and changes never interleave.

    :param path: the header file.
    :return: (descriptor, bytes); the descriptor closes and the lock goes on exit.
    :raises OSError: the file cannot be opened (FileNotFoundError when it is gone).
    """
    fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        raw = os.pread(fd, HEADER_BYTES + 1, 0)
        yield fd, raw
    finally:
        os.close(fd)


def pair_of(slot: int) -> int:
    """The pair a slot belongs to (slots 2p and 2p+1 form pair p).

    :param slot: 0 to SLOTS - 1. :return: 0 to PAIRS - 1.
    """
    return slot // 2


def sectors_of(pair: int) -> tuple[int, int]:
    """The two slots of a pair.

    :param pair: 0 to PAIRS - 1. :return: (2 * pair, 2 * pair + 1).
    """
    return 2 * pair, 2 * pair + 1
