"""Shared fixtures: real vaults on disk, real SQLCipher, real Argon2 (with small parameters
where a test is not about key derivation, so the suite stays fast)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldmon.crypto.keys import KdfParams
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSPHRASE = "tin heron quilts mossy lantern 48"
# Small but real Argon2id parameters: tests about the default cost use the default.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
ROOT = Path(__file__).resolve().parent.parent
SHARED_SAMPLES = ROOT.parent / "shared" / "samples"


@pytest.fixture
def samples_json() -> Path:
    """The sample cases as shared with the project (falling back to the bundled copy)."""
    shared = SHARED_SAMPLES / "cases.json"
    return shared if shared.exists() else sample_cases_path()


@pytest.fixture
def sample_document(samples_json: Path) -> dict[str, Any]:
    return dict(json.loads(samples_json.read_text(encoding="utf-8")))


@pytest.fixture
def empty_vault(tmp_path: Path) -> Iterator[Vault]:
    vault = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    yield vault
    vault.close()


@pytest.fixture
def vault(empty_vault: Vault, samples_json: Path) -> Vault:
    casejson.import_file(empty_vault, samples_json)
    return empty_vault


@pytest.fixture
def vault_dir(vault: Vault) -> Path:
    """A closed vault folder holding the samples."""
    vault.close()
    return vault.path


def run_cli(
    *args: str, stdin: str = "", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the real `fieldmon` command in a child process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDMON")}
    script = Path(sys.executable).parent / "fieldmon"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "fieldmon.cli"]
    return subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        timeout=120,
    )


def write_json(path: Path, document: Any) -> Path:
    """Write a fieldmon-case file, with the sample evidence files it names beside it."""
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    samples = sample_cases_path().parent
    for case in document.get("cases", []) if isinstance(document, dict) else []:
        for item in case.get("evidence", []) if isinstance(case, dict) else []:
            name = item.get("file") if isinstance(item, dict) else None
            # Only plain names: a hostile value ("../x", "/etc/y") must not copy anything.
            if not isinstance(name, str) or "/" in name or name in ("", ".", ".."):
                continue
            if (samples / name).is_file():
                shutil.copy(samples / name, path.parent / name)
    return path


@pytest.fixture
def empty_vault_factory(tmp_path: Path) -> Iterator[Any]:
    """Make further empty vaults in the same test."""
    made: list[Vault] = []

    def make() -> Vault:
        vault = Vault.create(tmp_path / f"extra-{len(made)}", PASSPHRASE, kdf=FAST_KDF)
        made.append(vault)
        return vault

    yield make
    for vault in made:
        vault.close()


def decided_plan(
    vault: Vault, references: Any, profile: str, language: str = "en", **options: Any
) -> Any:
    """build.plan with every uncertain name match decided 'replace' (what a careful monitor
    picks when unsure); for tests about something other than the review itself."""
    from fieldmon.consent.review import ReviewRequired
    from fieldmon.dossier import build

    try:
        return build.plan(vault, references, profile, language, **options)
    except ReviewRequired as needed:
        decisions = {c.key: "replace" for c in needed.candidates}
        decisions.update(options.pop("decisions", None) or {})
        return build.plan(vault, references, profile, language, decisions=decisions, **options)


def record_nobody_appears(vault: Vault, *references: str) -> None:
    """Record on every evidence record of these cases that its file shows nobody identifiable,
    so that consent lets dossiers annex it (issue 13); for tests about the annexes themselves."""
    cases = []
    for reference in references:
        case = vault.get_case(reference)
        for record in case.get("evidence", []):
            record.update(appears=[], appears_recorded=True)
        cases.append(case)
    vault.store_cases(cases)
