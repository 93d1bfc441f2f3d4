"""A key header (vault.key) edited to absurd Argon2 parameters is refused as damaged before any
key derivation runs (issue 11): one line, exit status 3, no MemoryError, no hours of work, and
the vault left as it was."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldmon.crypto import keys
from fieldmon.errors import VaultDamaged
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli

Edit = Callable[[dict[str, Any]], None]


def kdf(**values: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        document["kdf"].update(values)

    return edit


def drop(key: str) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        del document["kdf"][key]

    return edit


def first_nonce(value: str) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        document["slots"][0]["nonce"] = value

    return edit


ABOVE = "key derivation parameters above the maximum"
BELOW = "key derivation parameters below the minimum"
MALFORMED = "missing or malformed field"
EDITS: dict[str, tuple[Edit, str]] = {
    "memory 4294967295 KiB": (kdf(memory_kib=4294967295), ABOVE),
    "memory 4 GiB + 1 KiB": (kdf(memory_kib=keys.MAX_MEMORY_KIB + 1), ABOVE),
    "memory 2^64 KiB": (kdf(memory_kib=2**64), ABOVE),
    "time cost 10^9": (kdf(time_cost=10**9), ABOVE),
    "time cost 11": (kdf(time_cost=11), ABOVE),
    "parallelism 2^24": (kdf(parallelism=2**24), ABOVE),
    "parallelism 17": (kdf(parallelism=17), ABOVE),
    "parallelism 0": (kdf(parallelism=0), BELOW),
    "negative memory": (kdf(memory_kib=-1), BELOW),
    "negative time cost": (kdf(time_cost=-5), BELOW),
    "memory as text": (kdf(memory_kib="8192"), "memory_kib is not a whole number"),
    "fractional time cost": (kdf(time_cost=1.5), "time_cost is not a whole number"),
    "parallelism true": (kdf(parallelism=True), "parallelism is not a whole number"),
    "memory null": (kdf(memory_kib=None), "memory_kib is not a whole number"),
    "memory a list": (kdf(memory_kib=[8192]), "memory_kib is not a whole number"),
    "Argon2 version 16": (kdf(version=16), "unknown Argon2 version"),
    "missing salt": (drop("salt"), MALFORMED),
    "missing time cost": (drop("time_cost"), MALFORMED),
    "salt of 8 bytes": (kdf(salt="AAAAAAAAAAA="), "field of the wrong length"),
    "salt not base64": (kdf(salt="!!!"), MALFORMED),
    "salt a number": (kdf(salt=7), MALFORMED),
    "nonce of 4 bytes": (first_nonce("AAAAAA=="), "field of the wrong length"),
}


def edited(raw: bytes, edit: Edit) -> bytes:
    document = json.loads(raw)
    edit(document)
    return json.dumps(document).encode("ascii")


@pytest.fixture(scope="module")
def closed_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("keyheader") / "vault"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("case", list(EDITS))
def test_vault_open_refuses_the_header_before_deriving(closed_vault: Path, case: str) -> None:
    edit, reason = EDITS[case]
    key_file = closed_vault / "vault.key"
    honest = key_file.read_bytes()
    key_file.write_bytes(edited(honest, edit))
    before = snapshot(closed_vault)
    try:
        # With these parameters a derivation would need 4 TiB, run for days, or be refused by
        # argon2 itself with a traceback; parse_header refuses them first.
        with pytest.raises(VaultDamaged) as caught:
            Vault.open(closed_vault, PASSPHRASE)
        assert reason in str(caught.value)
        assert str(key_file) in str(caught.value) and "\n" not in str(caught.value)
        assert caught.value.exit_status == 3
        assert snapshot(closed_vault) == before  # nothing counted, wiped or rewritten
    finally:
        key_file.write_bytes(honest)
    Vault.open(closed_vault, PASSPHRASE).close()  # and the honest header still opens it


@pytest.mark.parametrize("case", ["memory 4294967295 KiB", "time cost 10^9", "parallelism 0"])
def test_cli_says_the_header_is_damaged_in_one_line(closed_vault: Path, case: str) -> None:
    key_file = closed_vault / "vault.key"
    honest = key_file.read_bytes()
    key_file.write_bytes(edited(honest, EDITS[case][0]))
    try:
        # run_cli gives up after 120 s: a derivation with these parameters never would end.
        result = run_cli(
            "cases", "--vault", str(closed_vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        )
    finally:
        key_file.write_bytes(honest)
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"fieldmon: The key header {key_file} is damaged ({EDITS[case][1]}); the vault cannot"
        " be opened."
    ]


def test_every_header_fieldmon_writes_is_within_the_bounds() -> None:
    for params in (keys.DEFAULT_KDF, FAST_KDF):
        assert keys.kdf_params_problem(params) is None
    # The bounds themselves are accepted (parsed only: deriving at 4 GiB is not a unit test).
    raw = keys.wrap_key(keys.new_vault_key(), PASSPHRASE, FAST_KDF)
    highest = kdf(
        memory_kib=keys.MAX_MEMORY_KIB,
        time_cost=keys.MAX_TIME_COST,
        parallelism=keys.MAX_PARALLELISM,
    )
    parsed = keys.parse_header(edited(raw, highest), Path("vault.key"))
    assert parsed.params == keys.KdfParams(10, 4 * 1024 * 1024, 16)
    lowest = kdf(memory_kib=8 * 1024, time_cost=1, parallelism=1)
    assert keys.parse_header(edited(raw, lowest), Path("vault.key")).params == FAST_KDF


def test_a_header_too_long_to_be_one_is_refused_unparsed() -> None:
    raw = keys.wrap_key(keys.new_vault_key(), PASSPHRASE, FAST_KDF)
    padded = raw.rstrip() + b" " * keys.MAX_HEADER_BYTES
    with pytest.raises(VaultDamaged, match="longer than any key header"):
        keys.parse_header(padded, Path("vault.key"))
    deep = b'{"format": "fieldmon-keyheader/2", "kdf": ' + b"[" * 30_000 + b"]" * 30_000 + b"}"
    with pytest.raises(VaultDamaged, match="not a FieldMon key header"):
        keys.parse_header(deep, Path("vault.key"))


def test_new_headers_refuse_parameters_out_of_bounds() -> None:
    with pytest.raises(ValueError, match="above the maximum"):
        keys.wrap_key(keys.new_vault_key(), PASSPHRASE, keys.KdfParams(1, 2**32 - 1, 1))
    with pytest.raises(ValueError, match="below the minimum"):
        keys.derive_wrapping_key(PASSPHRASE, b"\0" * 16, keys.KdfParams(1, 8192, 0))
