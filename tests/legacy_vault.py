"""A vault as FieldMon wrote it before key header version 3, built file by file: a JSON key
header (fieldmon.crypto.keys, version 2, four slots, one opening the decoy), ``vault.db`` keyed
with the raw key the header wraps, ``blobs/``, ``decoy.db``, ``decoy-blobs/``, and the failed-
unlock file ``vault.attempts``; recovery shares of the raw database key, as they were made."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import shamir_mnemonic

from fieldmon.crypto import keys
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault import migrations
from fieldmon.vault.database import fresh_database
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF

PASSPHRASE = "an older vault's passphrase, harbour lamps"
DURESS = "an older vault's duress, orchard kettle"


@dataclass(frozen=True)
class LegacyVault:
    """The folder and what it was made with."""

    path: Path
    key: bytes
    """The raw database key of ``vault.db`` (what old shares held)."""
    shares: list[str]
    references: list[str]


def make_legacy_vault(path: Path, evidence: Path, *, duress_wipes: bool = False) -> LegacyVault:
    """Build the old layout in ``path`` (a new folder) with the sample cases, one more
    evidence file, a duress passphrase opening the decoy (that also wipes the real vault, with
    ``duress_wipes``), and a wipe policy of 5."""
    path.mkdir(mode=0o700)
    key, decoy_key = keys.new_vault_key(), keys.new_vault_key()
    conn = fresh_database(path / "vault.db", key, migrations.LATEST, "Monitor 7", "Fictional")
    staging = Vault(path, conn, compartment=1)  # blobs go to blobs-1, renamed below
    with staging:
        references = casejson.import_file(staging, sample_cases_path())
        staging.attach(references[0], evidence, source_type="official_document")
        staging.seal(references[0])
    (path / "blobs-1").rename(path / "blobs")
    fresh_database(path / "decoy.db", decoy_key, migrations.LATEST, "Monitor 7", None).close()
    (path / "decoy-blobs").mkdir(mode=0o700)
    header = keys.wrap_key(key, PASSPHRASE, FAST_KDF)
    header = keys.set_duress_slot(header, PASSPHRASE, DURESS, decoy_key, duress_wipes, path)
    (path / "vault.key").write_bytes(header)
    (path / "vault.attempts").write_text(json.dumps({"failed": 0, "wipe_after": 5}))
    (path / "vault.lock").unlink(missing_ok=True)
    shares = list(shamir_mnemonic.generate_mnemonics(1, [(2, 3)], key, b"")[0])
    return LegacyVault(path, key, shares, references)


def copy_vault(source: LegacyVault, target: Path) -> LegacyVault:
    """A copy of the folder, for one more try."""
    shutil.copytree(source.path, target)
    return LegacyVault(target, source.key, source.shares, source.references)
