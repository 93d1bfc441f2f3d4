"""A key header (vault.key) edited to absurd Argon2 parameters is refused as damaged before any
key derivation runs (issue 11): one line, exit status 3, no MemoryError, no hours of work, and
the vault left as it was. Since key header version 3 (issue 12, item 6) the header names one of
the parameter sets FieldMon writes, and any other is damage too, never a failed unlock; old
JSON headers (fieldmon.vault.legacy) are held to the same rule, their bounds checked first."""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from fieldmon.crypto import keyheader, keys
from fieldmon.errors import VaultDamaged
from fieldmon.vault import attempts
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli
from tests.legacy_vault import PASSPHRASE as LEGACY_PASSPHRASE
from tests.legacy_vault import make_legacy_vault

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


NEVER = "key derivation parameters FieldMon never writes"
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
    # Within the bounds, but not a set FieldMon writes (a raised time cost).
    "time cost 3": (kdf(time_cost=3), NEVER),
    "memory 16 MiB": (kdf(memory_kib=16 * 1024), NEVER),
}


def edited(raw: bytes, edit: Edit) -> bytes:
    document = json.loads(raw)
    edit(document)
    return json.dumps(document).encode("ascii")


@pytest.fixture(scope="module")
def closed_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A vault as FieldMon wrote it before key header version 3: a JSON key header."""
    folder = tmp_path_factory.mktemp("keyheader")
    evidence = folder / "note.txt"
    evidence.write_text("a fictional note kept as evidence\n")
    return make_legacy_vault(folder / "vault", evidence).path


@pytest.fixture(scope="module")
def closed_v3_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("keyheader3") / "vault"
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    return path


_SECTOR0 = struct.Struct(">16sHB16s16s")  # magic, version, KDF set, salt, header id
_KDF_SET_AT = 18


def with_kdf_set(raw: bytes, number: int, *, checksum: bool = True) -> bytes:
    """The v3 header with another parameter-set number, its checksum redone (as an attacker
    would) unless ``checksum`` is False."""
    head = bytearray(raw[: _SECTOR0.size])
    head[_KDF_SET_AT] = number
    digest = hashlib.sha256(head).digest() if checksum else raw[_SECTOR0.size : _SECTOR0.size + 32]
    return bytes(head) + digest + raw[_SECTOR0.size + 32 :]


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
            Vault.open(closed_vault, LEGACY_PASSPHRASE)
        assert reason in str(caught.value)
        assert str(key_file) in str(caught.value) and "\n" not in str(caught.value)
        assert caught.value.exit_status == 3
        assert snapshot(closed_vault) == before  # nothing counted, wiped or rewritten
    finally:
        key_file.write_bytes(honest)
    assert attempts.failures(closed_vault) == 0
    # The honest header is still whole (opening it would upgrade the module's vault).
    assert keys.open_header(honest, LEGACY_PASSPHRASE, key_file).role == keys.ROLE_REAL


V3_EDITS: dict[str, tuple[int, bool, str]] = {
    "set 0": (0, True, NEVER),
    "set 3": (3, True, NEVER),
    "set 255": (255, True, NEVER),
    "set 1, checksum not redone": (1, False, "its first sector does not match its checksum"),
}


@pytest.mark.parametrize("case", list(V3_EDITS))
def test_v3_header_with_a_parameter_set_fieldmon_never_writes_is_damage(
    closed_v3_vault: Path, case: str
) -> None:
    number, checksum, reason = V3_EDITS[case]
    key_file = closed_v3_vault / "vault.key"
    honest = key_file.read_bytes()
    assert honest[_KDF_SET_AT] == 2  # FAST_KDF is the test set
    key_file.write_bytes(with_kdf_set(honest, number, checksum=checksum))
    before = snapshot(closed_v3_vault)
    try:
        for passphrase in (PASSPHRASE, "not the passphrase at all"):
            with pytest.raises(VaultDamaged) as caught:
                Vault.open(closed_v3_vault, passphrase)
            assert reason in str(caught.value)
            assert str(key_file) in str(caught.value) and "\n" not in str(caught.value)
            assert caught.value.exit_status == 3
            assert snapshot(closed_v3_vault) == before  # nothing counted, wiped or rewritten
    finally:
        key_file.write_bytes(honest)
    with Vault.open(closed_v3_vault, PASSPHRASE) as vault:  # the honest header still opens
        assert vault.notices == []  # and no failed unlock was counted


def test_cli_says_a_v3_header_is_damaged_in_one_line(closed_v3_vault: Path) -> None:
    key_file = closed_v3_vault / "vault.key"
    honest = key_file.read_bytes()
    key_file.write_bytes(with_kdf_set(honest, 1 + max(keyheader.KDF_SETS)))
    try:
        result = run_cli(
            "cases", "--vault", str(closed_v3_vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        )
    finally:
        key_file.write_bytes(honest)
    assert result.returncode == 3, result.stderr
    assert result.stderr.strip().splitlines() == [
        f"fieldmon: The key header {key_file} is damaged ({NEVER}); the vault cannot be opened."
    ]


@pytest.mark.parametrize("case", ["memory 4294967295 KiB", "time cost 10^9", "parallelism 0"])
def test_cli_says_the_header_is_damaged_in_one_line(closed_vault: Path, case: str) -> None:
    key_file = closed_vault / "vault.key"
    honest = key_file.read_bytes()
    key_file.write_bytes(edited(honest, EDITS[case][0]))
    try:
        # run_cli gives up after 120 s: a derivation with these parameters never would end.
        result = run_cli(
            "cases",
            "--vault",
            str(closed_vault),
            "--passphrase-stdin",
            stdin=LEGACY_PASSPHRASE + "\n",
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
    assert set(keyheader.KDF_SETS.values()) == {keys.DEFAULT_KDF, FAST_KDF}
    for params in keyheader.KDF_SETS.values():
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


def test_new_vaults_take_only_the_parameter_sets_fieldmon_writes(tmp_path: Path) -> None:
    other = keys.KdfParams(time_cost=3, memory_kib=8 * 1024, parallelism=1)  # within bounds
    with pytest.raises(ValueError, match="FieldMon does not write"):
        keyheader.new_header(other)
    with pytest.raises(ValueError, match="FieldMon does not write"):
        Vault.create(tmp_path / "v", PASSPHRASE, kdf=other)
    assert not any((tmp_path / "v").iterdir())


def test_new_headers_refuse_parameters_out_of_bounds() -> None:
    with pytest.raises(ValueError, match="above the maximum"):
        keys.wrap_key(keys.new_vault_key(), PASSPHRASE, keys.KdfParams(1, 2**32 - 1, 1))
    with pytest.raises(ValueError, match="below the minimum"):
        keys.derive_wrapping_key(PASSPHRASE, b"\0" * 16, keys.KdfParams(1, 8192, 0))
