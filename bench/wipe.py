"""Panic wipe of a vault holding about 1 GB of evidence, next to deleting a folder of the same
files with shutil.rmtree, in the same run. Goal: the wipe takes under one second.

    .venv/bin/python bench/wipe.py [--size-mb 1024] [--files 8]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from fieldmon.crypto.keys import KdfParams
from fieldmon.vault import recovery
from fieldmon.vault.store import Vault

PASSPHRASE = "tin heron quilts mossy lantern 48"
CHUNK = 1 << 20


def random_file(path: Path, size_mb: int) -> None:
    with open(path, "wb") as out:
        for _ in range(size_mb):
            out.write(os.urandom(CHUNK))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--files", type=int, default=8)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="fieldmon-bench-wipe-") as work:
        root = Path(work)
        vault_dir, plain_dir = root / "vault", root / "plain"
        plain_dir.mkdir()
        vault = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams(1, 8192, 1))
        vault.store_cases(
            [
                {
                    "id": "00000000-0000-4000-8000-000000000001",
                    "reference": "WIPE-1",
                    "title": "Benchmark",
                }
            ]
        )
        per_file = max(1, args.size_mb // args.files)
        source = root / "source.bin"
        for n in range(args.files):
            random_file(source, per_file)
            vault.attach("WIPE-1", source, title=f"File {n + 1}")
            shutil.copy(source, plain_dir / f"file-{n}.bin")
        source.unlink()
        vault.close()
        size = sum(p.stat().st_size for p in vault_dir.rglob("*") if p.is_file())
        os.sync()

        started = time.perf_counter()
        shutil.rmtree(plain_dir)
        baseline = time.perf_counter() - started

        started = time.perf_counter()
        recovery.wipe(vault_dir)
        wiped = time.perf_counter() - started

    print("FieldMon panic wipe benchmark")
    print(
        f"  vault of {size / 2**20:.0f} MiB in {args.files} evidence files, plus a plain folder"
        " of the same files"
    )
    print(f"  shutil.rmtree of the plain folder   {baseline * 1000:8.1f} ms (baseline)")
    print(f"  fieldmon wipe (key header first)    {wiped * 1000:8.1f} ms")
    ratio = wiped / baseline if baseline else float("inf")
    print(f"  ratio wipe/rmtree                   {ratio:8.2f}")
    print(f"  goal: under one second: {'met' if wiped < 1.0 else 'MISSED'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
