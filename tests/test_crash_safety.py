"""SIGKILL at random moments while a real process imports, attaches, edits and seals: after each
kill the vault passes `check`, everything reported committed is there, and no half-written blob
is left unreported."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from fieldmon.resources import sample_cases_path
from fieldmon.vault.check import check_vault
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parent.parent
# A longer soak: FIELDMON_SOAK_OPERATIONS=5000 make test (or pytest tests/test_crash_safety.py).
# The default, 30 committed operations, takes about 60 kills (most kills land mid-operation).
TARGET_OPERATIONS = int(os.environ.get("FIELDMON_SOAK_OPERATIONS", "30"))

WORKER = textwrap.dedent(
    """
    import json, sys, uuid
    from pathlib import Path
    from fieldmon.vault.store import Vault
    vault_dir, photo, start = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    vault = Vault.open(vault_dir, sys.stdin.readline().rstrip("\\n"))
    print("ready", flush=True)
    n = start
    while True:
        kind = ("import", "attach", "edit", "seal")[n % 4]
        reference = f"CRASH-{n // 4:04d}"
        if kind == "import":
            vault.store_cases([{"id": str(uuid.UUID(int=n + 1)), "reference": reference,
                                "title": "Fictional crash-test case", "status": "open",
                                "summary": "x" * 2000}], action="import")
        elif kind == "attach":
            vault.attach(reference, photo, title="Photo")
        elif kind == "edit":
            case = vault.get_case(reference)
            case["summary"] = "edited " + str(n)
            vault.store_cases([case])
        else:
            vault.seal(reference)
        print(f"committed {kind} {reference}", flush=True)
        n += 1
    """
)


def test_random_kills_leave_a_consistent_vault(tmp_path: Path) -> None:
    rng = random.Random(20261129)
    Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF).close()
    photo = sample_cases_path().parent / "wrist.jpg"
    committed: list[tuple[str, str]] = []
    kills = 0
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    while len(committed) < TARGET_OPERATIONS and kills < max(200, TARGET_OPERATIONS):
        # Each run goes on from the first operation not reported committed. An operation that
        # committed but died before saying so is simply done again (all of them can be).
        start = len(committed)
        child = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(tmp_path / "vault"), str(photo), str(start)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.12))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        kills += 1
        for line in child.stdout.read().splitlines():
            if line.startswith("committed "):
                _, kind, reference = line.split()
                committed.append((kind, reference))

        with Vault.open(tmp_path / "vault", PASSPHRASE) as vault:
            report = check_vault(vault)
            assert report.ok, (kills, report.faults)
            assert all(
                not name.endswith(".partial") or name in vault.cleaned for name in vault.cleaned
            )
            for kind, reference in committed:
                if kind == "import":
                    assert vault.get_case(reference)["title"] == "Fictional crash-test case"
                elif kind == "attach":
                    assert vault.attachments(reference), reference
                elif kind == "seal":
                    assert vault.history(reference).versions, reference
            blobs = {p.name for p in vault.blob_dir.iterdir()}
            stored = {r[0] for r in vault.conn.execute("SELECT blob_name FROM attachments")}
            assert blobs == stored
    assert kills >= 10, kills
