"""The vault key and the header that keeps it wrapped under the passphrase.

The database is opened with a random 256-bit key. Only a wrapped copy is ever written: AES-256-GCM
under a key derived from the passphrase with Argon2id. The Argon2 parameters and salt travel in
the header and are authenticated as associated data, so they can be raised later and cannot be
lowered by someone editing the file.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldmon.errors import VaultDamaged, WrongPassphrase

HEADER_FORMAT = "fieldmon-keyheader/1"
HEADER_FORMAT_V2 = "fieldmon-keyheader/2"
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
MAX_HEADER_BYTES = 64 * 1024
"""A key header is about 1 KiB; a longer file is refused as damaged before it is parsed."""
# Bounds on the Argon2id parameters read from a header, checked before any derivation runs.
# Below the minimum the header is refused as tampered: nobody should be able to weaken a vault
# by editing its header, and no FieldMon version ever wrote less (the tests' cheap parameters
# are the minimum: 8 MiB, one pass, one lane). Above the maximum it is refused as damaged: an
# edited header must not make an unlock allocate gigabytes or run for hours. DEFAULT_KDF
# (256 MiB, 2 passes, 2 lanes) sits well inside. RFC 9106 section 3.1 allows far more (memory
# up to 2^32-1 KiB, up to 2^24-1 lanes); these bounds are FieldMon's own.
MIN_MEMORY_KIB = 8 * 1024
MAX_MEMORY_KIB = 4 * 1024 * 1024
"""4 GiB, in KiB."""
MIN_TIME_COST, MAX_TIME_COST = 1, 10
MIN_PARALLELISM, MAX_PARALLELISM = 1, 16
ARGON2_VERSION = 19
"""Argon2 version 0x13 (RFC 9106), the only one argon2-cffi derives with by default."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters (RFC 9106, section 3.1), stored in the key header."""

    time_cost: int
    """Number of passes over the memory (t)."""
    memory_kib: int
    """Memory per derivation, in KiB (m)."""
    parallelism: int
    """Number of lanes (p)."""


# About half a second on a two-core laptop, with 256 MiB of memory per guess.
DEFAULT_KDF = KdfParams(time_cost=2, memory_kib=256 * 1024, parallelism=2)


def kdf_params_problem(params: KdfParams) -> str | None:
    """Why these Argon2id parameters are refused, or None if they are within FieldMon's bounds.

    The bounds: memory MIN_MEMORY_KIB..MAX_MEMORY_KIB (8 MiB to 4 GiB, in KiB), passes
    MIN_TIME_COST..MAX_TIME_COST (1 to 10), lanes MIN_PARALLELISM..MAX_PARALLELISM (1 to 16),
    each a whole number (not a boolean). RFC 9106 section 3.1 defines the parameters; the
    bounds are FieldMon's, chosen to accept every header it writes and to refuse an edited
    one before it can make an unlock exhaust memory or time.

    :param params: the parameters to check.
    :return: "key derivation parameters below the minimum", "... above the maximum", or
        "key derivation parameter <name> is not a whole number"; None if they are accepted.
    """
    values = asdict(params)
    for name, value in values.items():
        if type(value) is not int:  # bool is an int subclass, and never a cost
            return f"key derivation parameter {name} is not a whole number"
    if (
        params.memory_kib < MIN_MEMORY_KIB
        or params.time_cost < MIN_TIME_COST
        or params.parallelism < MIN_PARALLELISM
    ):
        return "key derivation parameters below the minimum"
    if (
        params.memory_kib > MAX_MEMORY_KIB
        or params.time_cost > MAX_TIME_COST
        or params.parallelism > MAX_PARALLELISM
    ):
        return "key derivation parameters above the maximum"
    return None


def new_vault_key() -> bytes:
    """A new random vault key, the raw key of a SQLCipher database.

    :return: KEY_BYTES (32) bytes from :mod:`secrets`.
    """
    return secrets.token_bytes(KEY_BYTES)


def derive_wrapping_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The key that wraps vault keys, derived from a passphrase with Argon2id (RFC 9106).

    A thin wrapper of argon2-cffi's ``hash_secret_raw`` (Argon2 version 0x13, no secret key or
    associated data). This is the slow step of every unlock: about half a second with
    :data:`DEFAULT_KDF`.

    :param passphrase: the passphrase, hashed as UTF-8.
    :param salt: the header's salt (SALT_BYTES, 16 bytes).
    :param params: time, memory (KiB) and lanes, within the bounds of
        :func:`kdf_params_problem`.
    :return: a KEY_BYTES (32-byte) AES-256 key.
    :raises ValueError: if the parameters are outside those bounds (a header's parameters are
        checked, and refused as damaged, by :func:`parse_header` before this runs).
    """
    problem = kdf_params_problem(params)
    if problem is not None:
        raise ValueError(problem)
    return hash_secret_raw(
        secret=passphrase.encode("utf-8"),
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _associated_data(kdf: dict[str, Any], header_format: str = HEADER_FORMAT) -> bytes:
    return (header_format + json.dumps(kdf, sort_keys=True, separators=(",", ":"))).encode()


SLOTS = 4
ROLE_REAL, ROLE_DECOY, ROLE_DECOY_WIPE = 0, 1, 2
_SLOT_CIPHERTEXT = 1 + KEY_BYTES + 16  # role byte, key, GCM tag


@dataclass(frozen=True)
class Header:
    """A parsed key header: KDF parameters and salt, and its wrapped keys.

    Version 2 always holds SLOTS slots; a slot not in use is random bytes, indistinguishable
    from one in use, so the file does not tell how many passphrases open something. Version 1
    (one wrapped key) is still read, and rewritten as version 2 when the vault is opened.
    """

    version: int
    kdf: dict[str, Any]
    params: KdfParams
    salt: bytes
    slots: tuple[tuple[bytes, bytes], ...]
    """(nonce, ciphertext) per slot."""


@dataclass(frozen=True)
class Opened:
    """What a passphrase opened in a key header."""

    key: bytes
    """The database key (KEY_BYTES, 32 bytes)."""
    role: int
    """ROLE_REAL, ROLE_DECOY or ROLE_DECOY_WIPE."""
    slot: int
    """Index of the slot it was found in."""


def _random_slot() -> tuple[bytes, bytes]:
    return secrets.token_bytes(NONCE_BYTES), secrets.token_bytes(_SLOT_CIPHERTEXT)


def _slot_aad(kdf: dict[str, Any], index: int) -> bytes:
    return _associated_data(kdf, HEADER_FORMAT_V2) + b"/slot" + str(index).encode()


def _serialise(header: Header) -> bytes:
    document = {
        "format": HEADER_FORMAT_V2,
        "kdf": header.kdf,
        "cipher": "aes-256-gcm",
        "slots": [{"nonce": _b64(n), "ciphertext": _b64(c)} for n, c in header.slots],
    }
    return (json.dumps(document, indent=2) + "\n").encode("ascii")


def _seal_slot(header: Header, index: int, wrapping_key: bytes, key: bytes, role: int) -> Header:
    nonce = secrets.token_bytes(NONCE_BYTES)
    ciphertext = AESGCM(wrapping_key).encrypt(
        nonce, bytes([role]) + key, _slot_aad(header.kdf, index)
    )
    slots = list(header.slots)
    slots[index] = (nonce, ciphertext)
    return replace(header, slots=tuple(slots))


def wrap_key(vault_key: bytes, passphrase: str, params: KdfParams = DEFAULT_KDF) -> bytes:
    """A new header: vault_key in one slot chosen at random, the other slots random.

    The slot is sealed with AES-256-GCM (NIST SP 800-38D; random 96-bit nonce, 128-bit tag)
    under :func:`derive_wrapping_key` of the passphrase and a new 16-byte salt; the KDF
    parameters, the header format and the slot index are its associated data.

    :param vault_key: the key to wrap (KEY_BYTES, 32 bytes).
    :param passphrase: the passphrase that will open it.
    :param params: Argon2id parameters (default :data:`DEFAULT_KDF`), within the bounds of
        :func:`kdf_params_problem`.
    :return: the header file's content (version 2 JSON, ASCII).
    :raises ValueError: if the parameters are outside those bounds.
    """
    salt = secrets.token_bytes(SALT_BYTES)
    kdf = {"algorithm": "argon2id", "version": 19, "salt": _b64(salt), **asdict(params)}
    header = Header(2, kdf, params, salt, tuple(_random_slot() for _ in range(SLOTS)))
    wrapping_key = derive_wrapping_key(passphrase, salt, params)
    index = secrets.randbelow(SLOTS)
    return _serialise(_seal_slot(header, index, wrapping_key, vault_key, ROLE_REAL))


def parse_header(raw: bytes, path: Path) -> Header:
    """Read a key header (version 1 or 2) without opening any slot.

    :param raw: the content of the key header file.
    :param path: the file's path, only to name it in an error.
    :return: the parsed header.
    :raises VaultDamaged: if it is longer than MAX_HEADER_BYTES (64 KiB), is not a FieldMon
        key header, names an unknown algorithm or Argon2 version, lacks a field, has fields of
        the wrong type or length or the wrong number of slots, or has Argon2 parameters outside
        the bounds of :func:`kdf_params_problem` (checked before any derivation runs).
    """

    def damaged(why: str) -> VaultDamaged:
        return VaultDamaged(
            f"The key header {path} is damaged ({why}); the vault cannot be opened."
        )

    if len(raw) > MAX_HEADER_BYTES:
        raise damaged("longer than any key header")
    try:
        document = json.loads(raw.decode("ascii"))
    except (UnicodeDecodeError, RecursionError, ValueError):
        # ValueError: JSONDecodeError, or an integer too long to convert; RecursionError:
        # arrays nested thousands deep.
        raise damaged("not a FieldMon key header") from None
    if not isinstance(document, dict) or document.get("format") not in (
        HEADER_FORMAT,
        HEADER_FORMAT_V2,
    ):
        raise damaged("unknown format")
    version = 2 if document["format"] == HEADER_FORMAT_V2 else 1
    try:
        kdf = document["kdf"]
        if kdf["algorithm"] != "argon2id":
            raise damaged("unknown algorithm")
        if kdf.get("version", ARGON2_VERSION) != ARGON2_VERSION:
            raise damaged("unknown Argon2 version")
        params = KdfParams(
            time_cost=kdf["time_cost"],
            memory_kib=kdf["memory_kib"],
            parallelism=kdf["parallelism"],
        )
        salt = base64.b64decode(kdf["salt"], validate=True)
        if version == 1:
            if document["wrap"]["algorithm"] != "aes-256-gcm":
                raise damaged("unknown algorithm")
            raw_slots = [document["wrap"]]
        else:
            if document["cipher"] != "aes-256-gcm":
                raise damaged("unknown algorithm")
            raw_slots = document["slots"]
        slots = tuple(
            (
                base64.b64decode(slot["nonce"], validate=True),
                base64.b64decode(slot["ciphertext"], validate=True),
            )
            for slot in raw_slots
        )
    except (KeyError, TypeError, ValueError):
        raise damaged("missing or malformed field") from None
    problem = kdf_params_problem(params)
    if problem is not None:
        raise damaged(problem)
    expected = KEY_BYTES + 16 if version == 1 else _SLOT_CIPHERTEXT
    if version == 2 and len(slots) != SLOTS:
        raise damaged("wrong number of key slots")
    if len(salt) != SALT_BYTES or any(
        len(n) != NONCE_BYTES or len(c) != expected for n, c in slots
    ):
        raise damaged("field of the wrong length")
    return Header(version, kdf, params, salt, slots)


def open_header(raw: bytes, passphrase: str, path: Path) -> Opened:
    """The key (and its role) a passphrase opens.

    The wrapping key is derived once (Argon2id) and tried on each slot in turn
    (AES-256-GCM, NIST SP 800-38D) until one authenticates.

    :param raw: the content of the key header file.
    :param passphrase: the passphrase typed.
    :param path: the file's path, only to name it in an error.
    :return: the key, its role and its slot.
    :raises WrongPassphrase: if no slot opens with this passphrase (an altered header looks
        the same).
    :raises VaultDamaged: if the header cannot be parsed (see :func:`parse_header`).
    """
    header = parse_header(raw, path)
    wrapping_key = derive_wrapping_key(passphrase, header.salt, header.params)
    cipher = AESGCM(wrapping_key)
    for index, (nonce, ciphertext) in enumerate(header.slots):
        try:
            if header.version == 1:
                return Opened(
                    cipher.decrypt(nonce, ciphertext, _associated_data(header.kdf)),
                    ROLE_REAL,
                    index,
                )
            plain = cipher.decrypt(nonce, ciphertext, _slot_aad(header.kdf, index))
            return Opened(plain[1:], plain[0], index)
        except InvalidTag:
            continue
    # A wrong passphrase and an altered header look the same to GCM; the passphrase is by far
    # the likelier cause, and either way nothing is revealed.
    raise WrongPassphrase()


def unwrap_key(raw: bytes, passphrase: str, path: Path) -> bytes:
    """The key the passphrase opens; a thin wrapper of :func:`open_header`, without the role.

    :return: the key (KEY_BYTES, 32 bytes).
    :raises WrongPassphrase: if no slot opens with this passphrase.
    :raises VaultDamaged: if the header cannot be parsed.
    """
    return open_header(raw, passphrase, path).key


def kdf_params_of(raw: bytes, path: Path) -> KdfParams:
    """The Argon2id parameters of a key header; a thin wrapper of :func:`parse_header`.

    :raises VaultDamaged: if the header cannot be parsed.
    """
    return parse_header(raw, path).params


def upgrade_header(raw: bytes, passphrase: str, path: Path) -> bytes:
    """A version 1 header as version 2, with the same key, passphrase and KDF parameters; a
    version 2 header as it is.

    :param raw: the content of the key header file.
    :param passphrase: a passphrase that opens it (needed only for version 1).
    :param path: the file's path, only to name it in an error.
    :return: the header file's new content (or ``raw`` itself for version 2).
    :raises WrongPassphrase: if a version 1 header does not open with the passphrase.
    :raises VaultDamaged: if the header cannot be parsed.
    """
    header = parse_header(raw, path)
    if header.version == 2:
        return raw
    opened = open_header(raw, passphrase, path)
    fresh = Header(
        2, header.kdf, header.params, header.salt, tuple(_random_slot() for _ in range(SLOTS))
    )
    wrapping_key = derive_wrapping_key(passphrase, header.salt, header.params)
    return _serialise(
        _seal_slot(fresh, secrets.randbelow(SLOTS), wrapping_key, opened.key, opened.role)
    )


def rewrap_slot(raw: bytes, old_passphrase: str, new_passphrase: str, path: Path) -> bytes:
    """Move the slot the old passphrase opens under the new passphrase; other slots stay.

    The KDF parameters stay as they are: the other slots were made with them.

    :param raw: the content of the key header file (version 1 is upgraded first).
    :param old_passphrase: the passphrase that opens the slot now.
    :param new_passphrase: the passphrase that will open it; its strength is not checked here.
    :param path: the file's path, only to name it in an error.
    :return: the header file's new content.
    :raises WrongPassphrase: if the old passphrase opens no slot.
    :raises VaultDamaged: if the header cannot be parsed.
    """
    header = parse_header(upgrade_header(raw, old_passphrase, path), path)
    opened = open_header(_serialise(header), old_passphrase, path)
    wrapping_key = derive_wrapping_key(new_passphrase, header.salt, header.params)
    return _serialise(_seal_slot(header, opened.slot, wrapping_key, opened.key, opened.role))


def set_duress_slot(
    raw: bytes,
    real_passphrase: str,
    duress_passphrase: str,
    decoy_key: bytes | None,
    wipe_real: bool,
    path: Path,
) -> bytes:
    """Every slot but the real one made random; then, with decoy_key, one of them opens the
    decoy under the duress passphrase (and with wipe_real, also wipes the real vault).

    :param raw: the content of the key header file (version 1 is upgraded first).
    :param real_passphrase: the passphrase of the real vault.
    :param duress_passphrase: the passphrase that will open the decoy (unused without
        decoy_key).
    :param decoy_key: the decoy database's key, or None to leave no duress slot.
    :param wipe_real: give the duress slot the role ROLE_DECOY_WIPE instead of ROLE_DECOY.
    :param path: the file's path, only to name it in an error.
    :return: the header file's new content.
    :raises WrongPassphrase: if real_passphrase opens no slot, or opens a decoy slot.
    :raises VaultDamaged: if the header cannot be parsed.
    """
    header = parse_header(upgrade_header(raw, real_passphrase, path), path)
    real = open_header(_serialise(header), real_passphrase, path)
    if real.role != ROLE_REAL:
        raise WrongPassphrase()
    slots = [s if i == real.slot else _random_slot() for i, s in enumerate(header.slots)]
    header = replace(header, slots=tuple(slots))
    if decoy_key is not None:
        free = [i for i in range(SLOTS) if i != real.slot]
        index = free[secrets.randbelow(len(free))]
        wrapping_key = derive_wrapping_key(duress_passphrase, header.salt, header.params)
        role = ROLE_DECOY_WIPE if wipe_real else ROLE_DECOY
        header = _seal_slot(header, index, wrapping_key, decoy_key, role)
    return _serialise(header)


def forget_slot(raw: bytes, slot: int, path: Path) -> bytes:
    """The header with one slot replaced by random bytes (the real one, after a duress wipe).

    :param raw: the content of the key header file.
    :param slot: index of the slot to forget.
    :param path: the file's path, only to name it in an error.
    :return: the header file's new content.
    :raises VaultDamaged: if the header cannot be parsed.
    """
    header = parse_header(raw, path)
    slots = list(header.slots)
    slots[slot] = _random_slot()
    return _serialise(replace(header, slots=tuple(slots)))


def write_private_file(path: Path, data: bytes) -> None:
    """Write data atomically with mode 0600, so a crash leaves either the old or the new file.

    The data goes to ``<name>.new`` beside the file, is synced, renamed over the file, and the
    folder is synced.

    :param path: the file to write.
    :param data: its whole new content.
    :raises OSError: if the file or its folder cannot be written or synced.
    """
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
