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
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from fieldmon.errors import VaultDamaged, WrongPassphrase

HEADER_FORMAT = "fieldmon-keyheader/1"
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
# Below this the header is refused as tampered: nobody should be able to weaken a vault by
# editing its header, and no FieldMon version ever wrote less.
MIN_MEMORY_KIB = 8 * 1024


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int


# About half a second on a two-core laptop, with 256 MiB of memory per guess.
DEFAULT_KDF = KdfParams(time_cost=2, memory_kib=256 * 1024, parallelism=2)


def new_vault_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def derive_wrapping_key(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
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


def _associated_data(kdf: dict[str, Any]) -> bytes:
    return (HEADER_FORMAT + json.dumps(kdf, sort_keys=True, separators=(",", ":"))).encode()


def wrap_key(vault_key: bytes, passphrase: str, params: KdfParams = DEFAULT_KDF) -> bytes:
    """Serialise a header holding vault_key wrapped under passphrase."""
    salt = secrets.token_bytes(SALT_BYTES)
    kdf = {"algorithm": "argon2id", "version": 19, "salt": _b64(salt), **asdict(params)}
    nonce = secrets.token_bytes(NONCE_BYTES)
    wrapping_key = derive_wrapping_key(passphrase, salt, params)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, vault_key, _associated_data(kdf))
    header = {
        "format": HEADER_FORMAT,
        "kdf": kdf,
        "wrap": {"algorithm": "aes-256-gcm", "nonce": _b64(nonce), "ciphertext": _b64(ciphertext)},
    }
    return (json.dumps(header, indent=2) + "\n").encode("ascii")


def _parse_header(raw: bytes, path: Path) -> tuple[dict[str, Any], KdfParams, bytes, bytes, bytes]:
    def damaged(why: str) -> VaultDamaged:
        return VaultDamaged(
            f"The key header {path} is damaged ({why}); the vault cannot be opened."
        )

    try:
        header = json.loads(raw.decode("ascii"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise damaged("not a FieldMon key header") from None
    if not isinstance(header, dict) or header.get("format") != HEADER_FORMAT:
        raise damaged("unknown format")
    try:
        kdf = header["kdf"]
        wrap = header["wrap"]
        if kdf["algorithm"] != "argon2id" or wrap["algorithm"] != "aes-256-gcm":
            raise damaged("unknown algorithm")
        params = KdfParams(
            time_cost=int(kdf["time_cost"]),
            memory_kib=int(kdf["memory_kib"]),
            parallelism=int(kdf["parallelism"]),
        )
        salt = base64.b64decode(kdf["salt"], validate=True)
        nonce = base64.b64decode(wrap["nonce"], validate=True)
        ciphertext = base64.b64decode(wrap["ciphertext"], validate=True)
    except (KeyError, TypeError, ValueError):
        raise damaged("missing or malformed field") from None
    if params.memory_kib < MIN_MEMORY_KIB or params.time_cost < 1 or params.parallelism < 1:
        raise damaged("key derivation parameters below the minimum")
    if len(salt) != SALT_BYTES or len(nonce) != NONCE_BYTES or len(ciphertext) != KEY_BYTES + 16:
        raise damaged("field of the wrong length")
    return kdf, params, salt, nonce, ciphertext


def unwrap_key(raw: bytes, passphrase: str, path: Path) -> bytes:
    """Return the vault key from a serialised header, or raise WrongPassphrase / VaultDamaged."""
    kdf, params, salt, nonce, ciphertext = _parse_header(raw, path)
    wrapping_key = derive_wrapping_key(passphrase, salt, params)
    try:
        return AESGCM(wrapping_key).decrypt(nonce, ciphertext, _associated_data(kdf))
    except InvalidTag:
        # A wrong passphrase and an altered header look the same to GCM; the passphrase is by
        # far the likelier cause, and either way nothing is revealed.
        raise WrongPassphrase() from None


def kdf_params_of(raw: bytes, path: Path) -> KdfParams:
    return _parse_header(raw, path)[1]


def write_private_file(path: Path, data: bytes) -> None:
    """Write data atomically with mode 0600, so a crash leaves either the old or the new file."""
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
