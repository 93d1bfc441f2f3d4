"""Drive a FieldMon vault through what the disk-image test carves afterwards.

Run by tests/forensics/image.py with the project's Python, inside the mounted image:

    driver.py build --vault MNT/vault --work WORK --scenario passwd|duress
    driver.py wipe --vault MNT/vault --work WORK --scenario passwd|duress

``build`` creates a vault with cheap Argon2 parameters (the command line has no option for
them), imports the fictional sample cases with their two evidence files, attaches one more
file, changes the passphrase, prints 2-of-3 recovery shares with ``fieldmon recovery create``
and, for the duress scenario, sets a duress passphrase with wipe (``fieldmon duress set
--wipe``). The secrets go to WORK/secrets.json, outside the image. ``wipe`` runs ``fieldmon
wipe --yes`` (passwd scenario) or opens the vault with the duress passphrase (``fieldmon
cases``), which silently destroys the real vault (duress scenario).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

from fieldmon.crypto.keys import KdfParams
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault

OLD = "lanterns over the dry orchard, fortnight nine"
NEW = "a quiet river under seven bridges, 2026"
DURESS = "harmless shopping list for the market"
# tests/conftest.py's FAST_KDF: the smallest parameters FieldMon accepts.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
SCENARIOS = ("passwd", "duress")


def fieldmon(*args: str, stdin: str) -> str:
    """Run the real `fieldmon` command; its standard output, or SystemExit on failure."""
    script = Path(sys.executable).parent / "fieldmon"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "fieldmon.cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("FIELDMON")}
    done = subprocess.run(
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(
            f"fieldmon {' '.join(args)} failed ({done.returncode}): {done.stderr.strip()}"
        )
    return done.stdout


def build(vault: Path, work: Path, scenario: str) -> None:
    """Create, fill, re-key and share the vault; write WORK/secrets.json."""
    note = work / "field-note.txt"
    note.write_text("Field note: interview arranged in a safe place.\n" * 40, encoding="utf-8")
    with Vault.create(vault, OLD, kdf=FAST_KDF) as opened:
        casejson.import_file(opened, sample_cases_path())
        opened.attach("AZ-2026-002", note, title="Field note")
        opened.change_passphrase(OLD, NEW)
    out = fieldmon(
        "recovery", "create", "--threshold", "2", "--shares", "3",
        "--vault", str(vault), "--passphrase-stdin", stdin=NEW + "\n",
    )  # fmt: skip
    shares = [line for line in out.splitlines() if line.strip()]
    if scenario == "duress":
        fieldmon(
            "duress", "set", "--wipe", "--vault", str(vault), "--passphrase-stdin",
            stdin=f"{NEW}\n{DURESS}\n",
        )  # fmt: skip
    secrets = {"old": OLD, "new": NEW, "shares": shares}
    if scenario == "duress":
        secrets["duress"] = DURESS
    (work / "secrets.json").write_text(json.dumps(secrets, indent=2), encoding="utf-8")


def wipe(vault: Path, scenario: str) -> None:
    """The panic wipe, or the duress passphrase used once (which wipes silently)."""
    if scenario == "passwd":
        fieldmon("wipe", "--yes", "--vault", str(vault), stdin="")
    else:
        fieldmon("cases", "--vault", str(vault), "--passphrase-stdin", stdin=DURESS + "\n")


def main() -> int:
    """The command line; see the module's docstring."""
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=["build", "wipe"])
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--scenario", choices=SCENARIOS, required=True)
    args = parser.parse_args()
    if args.step == "build":
        build(args.vault, args.work, args.scenario)
    else:
        wipe(args.vault, args.scenario)
    return 0


if __name__ == "__main__":
    sys.exit(main())
