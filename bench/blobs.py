"""Benchmark the vault's evidence-file encryption against Debian's age command on the same file.

    .venv/bin/python bench/blobs.py [--size-mb N] [--rounds R] [--dir FOLDER]

One run writes an N MiB file of random bytes (incompressible) to a temporary folder, then, for
R rounds (at least 2), alternates:

    encrypt   age -r RECIPIENT -o big.age big.bin     then   Vault.attach("BENCH-1", big.bin)
    decrypt   age -d -i key.txt -o big.out big.age    then   Vault.extract("BENCH-1", "x1.1", out)

and reports the best round of each, with the project's goals:

    encrypt   vault MiB/s >= 0.7 x age MiB/s
    decrypt   vault MiB/s >= 0.7 x age MiB/s
    memory    peak RSS of the process doing attach, and of the one doing extract, < 100 MiB

Each vault round gets a fresh vault (Vault.create with a cheap KDF, one case BENCH-1), so the
item is always x1.1 and only one encrypted copy is on disk at a time. All vault work runs in child
processes (this script with --child): attach and extract each in a fresh one, which times the call
itself with perf_counter and reports the peak RSS of the whole process (ru_maxrss); a baseline
child only opens the vault, to show what attach and extract start from. The parent never imports
fieldmon, because on Linux a child's ru_maxrss starts at its parent's peak RSS. age is timed
with perf_counter around subprocess.run, process start-up included. Dirty pages are flushed
(sync, not timed) before each timed step, so one step's writeback does not land in the next
one's time.

Fairness: attach hashes the file (SHA-256) and fsyncs the blob; extract checks the SHA-256. age
does neither. Those costs are part of ours and are counted; the report also shows age with an
fsync of its output, for comparison. Outputs are deleted between rounds. Every output is checked
against the SHA-256 of the test file (not timed). It is a benchmark, not a test: the exit status
is 0 whether or not the goals are met (1 if it cannot run: no age, not enough disk space).

Sizes are in MiB (2^20 bytes); "MB" in the goals means MiB here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

MIB = 1 << 20
CHUNK = 4 * MIB
PASSPHRASE = "tin heron quilts mossy lantern 48"
BENCH_KDF = (1, 8192, 1)  # Argon2id time, memory KiB, parallelism: cheap, for the benchmark only
REFERENCE = "BENCH-1"
ITEM = "x1.1"

RATIO_GOAL = 0.7
RSS_GOAL_MIB = 100.0
DISK_FACTOR = 4

SOURCE_NAME = "big.bin"
AGE_BLOB = "big.age"
AGE_OUT = "big.age.out"
VAULT_DIR = "vault"
VAULT_OUT = "big.vault.out"


# -- child: one vault operation in a fresh process ------------------------------------------------


def peak_rss_kib() -> int:
    """Peak resident set size of this process so far (ru_maxrss is KiB on Linux)."""
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def proc_status_kib(key: str) -> int:
    """A memory figure from /proc/self/status (VmRSS, VmHWM) in KiB, 0 where there is none."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


def reset_hwm() -> bool:
    """Reset VmHWM to the current RSS (Linux >= 4.0), so it then shows the peak of one call."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def child(mode: str, vault_dir: Path, source: Path | None, out: Path | None) -> int:
    """Do one vault step, print a JSON line with its time and the process's peak RSS.

    fieldmon is imported here, never in the parent: on Linux a child's ru_maxrss starts from its
    parent's peak RSS (it is carried over fork and exec), so the parent must stay small.
    """
    from fieldmon.crypto.keys import KdfParams
    from fieldmon.vault.store import Vault

    if mode == "create":
        created = Vault.create(vault_dir, PASSPHRASE, kdf=KdfParams(*BENCH_KDF))
        try:
            case = {"id": str(uuid.uuid4()), "reference": REFERENCE, "title": "Benchmark"}
            created.store_cases([case])
        finally:
            created.close()
        print(json.dumps({"mode": mode, "seconds": 0.0, "maxrss_kib": peak_rss_kib()}))
        return 0
    vault = Vault.open(vault_dir, PASSPHRASE)
    seconds = 0.0
    before = proc_status_kib("VmRSS")
    # Resetting VmHWM resets ru_maxrss too: keep the peak so far (opening the vault) first.
    peak_before = peak_rss_kib()
    reset = reset_hwm()
    try:
        if mode == "attach":
            assert source is not None
            start = time.perf_counter()
            vault.attach(REFERENCE, source)
            seconds = time.perf_counter() - start
        elif mode == "extract":
            assert out is not None
            start = time.perf_counter()
            vault.extract(REFERENCE, ITEM, out)
            seconds = time.perf_counter() - start
        during = proc_status_kib("VmHWM") if reset else 0
    finally:
        vault.close()
    result = {
        "seconds": seconds,
        "maxrss_kib": max(peak_before, peak_rss_kib()),
        "before_kib": before,
        "during_kib": during,
    }
    print(json.dumps({"mode": mode, **result}))
    return 0


@dataclass(frozen=True)
class ChildResult:
    seconds: float
    maxrss_kib: int
    before_kib: int
    """RSS just before the call (after importing fieldmon and opening the vault)."""
    during_kib: int
    """Peak RSS during the call alone (VmHWM reset before it), 0 if it could not be measured."""


def run_child(mode: str, vault_dir: Path, source: Path, out: Path) -> ChildResult:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        mode,
        "--vault",
        str(vault_dir),
        "--source",
        str(source),
        "--out",
        str(out),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the {mode} child failed ({done.returncode}):\n{done.stderr.strip()}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the {mode} child printed no result:\n{done.stdout}{done.stderr}")
    data = json.loads(lines[-1])
    return ChildResult(
        float(data["seconds"]),
        int(data["maxrss_kib"]),
        int(data.get("before_kib", 0)),
        int(data.get("during_kib", 0)),
    )


# -- parent ---------------------------------------------------------------------------------------


@dataclass
class Results:
    age_encrypt: list[float] = field(default_factory=list)
    age_encrypt_fsync: list[float] = field(default_factory=list)
    age_decrypt: list[float] = field(default_factory=list)
    vault_encrypt: list[float] = field(default_factory=list)
    vault_decrypt: list[float] = field(default_factory=list)
    attach_rss_kib: list[int] = field(default_factory=list)
    extract_rss_kib: list[int] = field(default_factory=list)
    baseline_rss_kib: list[int] = field(default_factory=list)
    attach_before_kib: list[int] = field(default_factory=list)
    attach_during_kib: list[int] = field(default_factory=list)
    extract_before_kib: list[int] = field(default_factory=list)
    extract_during_kib: list[int] = field(default_factory=list)
    verified: list[str] = field(default_factory=list)


def write_random_file(path: Path, size: int) -> str:
    """Write size random bytes in chunks; return their SHA-256."""
    digest = hashlib.sha256()
    with open(path, "wb") as handle:
        left = size
        while left > 0:
            chunk = os.urandom(min(CHUNK, left))
            digest.update(chunk)
            handle.write(chunk)
            left -= len(chunk)
        handle.flush()
        os.fsync(handle.fileno())
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def remove(*paths: Path) -> None:
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)


def timed_command(command: Sequence[str]) -> float:
    os.sync()
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    return seconds


def fsync_seconds(path: Path) -> float:
    start = time.perf_counter()
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.perf_counter() - start


def check_output(path: Path, expected: str, label: str, results: Results) -> None:
    if sha256_of(path) != expected:
        raise RuntimeError(f"{label}: the output differs from the test file")
    if label not in results.verified:
        results.verified.append(label)


def age_round(root: Path, recipient: str, expected: str, results: Results, step: str) -> None:
    source, blob, out = root / SOURCE_NAME, root / AGE_BLOB, root / AGE_OUT
    if step == "encrypt":
        remove(blob)
        seconds = timed_command(["age", "-r", recipient, "-o", str(blob), str(source)])
        results.age_encrypt.append(seconds)
        results.age_encrypt_fsync.append(seconds + fsync_seconds(blob))
    else:
        remove(out)
        seconds = timed_command(
            ["age", "-d", "-i", str(root / "key.txt"), "-o", str(out), str(blob)]
        )
        results.age_decrypt.append(seconds)
        check_output(out, expected, "age decrypt", results)
        remove(out)


def vault_round(root: Path, expected: str, results: Results, step: str) -> None:
    source, vault_dir, out = root / SOURCE_NAME, root / VAULT_DIR, root / VAULT_OUT
    if step == "encrypt":
        remove(vault_dir)
        run_child("create", vault_dir, source, out)
        os.sync()
        result = run_child("attach", vault_dir, source, out)
        results.vault_encrypt.append(result.seconds)
        results.attach_rss_kib.append(result.maxrss_kib)
        results.attach_before_kib.append(result.before_kib)
        results.attach_during_kib.append(result.during_kib)
    else:
        remove(out)
        os.sync()
        result = run_child("extract", vault_dir, source, out)
        results.vault_decrypt.append(result.seconds)
        results.extract_rss_kib.append(result.maxrss_kib)
        results.extract_before_kib.append(result.before_kib)
        results.extract_during_kib.append(result.during_kib)
        check_output(out, expected, "vault extract", results)
        remove(out)


def rate(size_mib: float, seconds: list[float]) -> tuple[float, float]:
    """Best time and the MiB/s it gives."""
    best = min(seconds)
    return best, size_mib / best if best > 0 else 0.0


def goal(met: bool) -> str:
    return "MET" if met else "MISSED"


def mib(kib: int) -> float:
    return kib / 1024


def age_version() -> str:
    done = subprocess.run(["age", "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "?"


def report(size_mib: int, rounds: int, results: Results) -> None:
    print()
    print(f"Throughput on {size_mib} MiB, best of {rounds} rounds (all rounds in seconds)")
    print(f"  {'':<34}{'best s':>9}{'MiB/s':>10}   rounds")
    rows = (
        ("vault encrypt (Vault.attach)", results.vault_encrypt),
        ("age encrypt", results.age_encrypt),
        ("age encrypt + fsync of output", results.age_encrypt_fsync),
        ("vault decrypt (Vault.extract)", results.vault_decrypt),
        ("age decrypt", results.age_decrypt),
    )
    for label, times in rows:
        best, speed = rate(size_mib, times)
        listing = ", ".join(f"{t:.2f}" for t in times)
        print(f"  {label:<34}{best:>9.2f}{speed:>10.1f}   {listing}")

    print()
    for kind, ours, theirs in (
        ("encrypt", results.vault_encrypt, results.age_encrypt),
        ("decrypt", results.vault_decrypt, results.age_decrypt),
    ):
        ratio = rate(size_mib, ours)[1] / rate(size_mib, theirs)[1]
        print(
            f"  {kind}: ratio vault/age {ratio:.2f}  (goal >= {RATIO_GOAL})"
            f"  {goal(ratio >= RATIO_GOAL)}"
        )
    fsync_ratio = (
        rate(size_mib, results.vault_encrypt)[1] / rate(size_mib, results.age_encrypt_fsync)[1]
    )
    print(f"  (encrypt against age + fsync, for information: {fsync_ratio:.2f})")

    print()
    print("Peak RSS of the child process (ru_maxrss, highest of the rounds)")
    baseline = mib(max(results.baseline_rss_kib))
    for label, values, before, during in (
        ("attach", results.attach_rss_kib, results.attach_before_kib, results.attach_during_kib),
        (
            "extract",
            results.extract_rss_kib,
            results.extract_before_kib,
            results.extract_during_kib,
        ),
    ):
        peak = mib(max(values))
        print(
            f"  {label:<9}{peak:>7.1f} MiB  ({peak - baseline:+.1f} MiB against the baseline)"
            f"  (goal < {RSS_GOAL_MIB:.0f} MiB)  {goal(peak < RSS_GOAL_MIB)}"
        )
        if min(during) > 0:
            print(
                f"  {'':<9}RSS just before the call {mib(max(before)):.1f} MiB,"
                f" peak during the call alone {mib(max(during)):.1f} MiB"
                f" (+{mib(max(d - b for d, b in zip(during, before, strict=True))):.1f})"
            )
    print(f"  {'baseline':<9}{baseline:>7.1f} MiB  (import fieldmon, open the vault, close it)")
    print(
        f"  this parent's own peak: {mib(peak_rss_kib()):.1f} MiB (a child's ru_maxrss never"
        " reads lower: Linux\n  carries it over exec; so fieldmon runs only in the children)"
    )
    print()
    print(f"  outputs checked against the test file's SHA-256: {', '.join(results.verified)}")


def run(size_mib: int, rounds: int, base: Path) -> int:
    age, keygen = shutil.which("age"), shutil.which("age-keygen")
    if age is None or keygen is None:
        print("This benchmark needs the age command: apt-get install -y age")
        return 1
    free = shutil.disk_usage(base).free
    needed = DISK_FACTOR * size_mib * MIB
    if free < needed:
        print(
            f"Sorry, not enough free space in {base} for a {size_mib} MiB benchmark: it needs"
            f" {needed / MIB:.0f} MiB free ({DISK_FACTOR} x the file size) and there are"
            f" {free / MIB:.0f} MiB. Use a smaller --size-mb or another --dir."
        )
        return 1

    print("FieldMon evidence-file benchmark: vault (pyrage) against age")
    print(
        f"  Python {platform.python_version()}, {platform.machine()}, {platform.system()},"
        f" {os.cpu_count()} CPUs; age {age_version()} ({age})"
    )
    print(f"  file {size_mib} MiB of random bytes, {rounds} rounds, in {base}")
    print(f"  free space {free / MIB:.0f} MiB (needs {needed / MIB:.0f})")
    load = os.getloadavg()
    print(f"  load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the start", end="")
    busy = load[0] > 0.5 * (os.cpu_count() or 1)
    print(": other work is running, expect noisy times" if busy else "")
    results = Results()
    size = size_mib * MIB
    with tempfile.TemporaryDirectory(prefix="fieldmon-bench-blobs-", dir=base) as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        expected = write_random_file(root / SOURCE_NAME, size)
        print(f"  test file written in {time.perf_counter() - start:.1f} s (not timed below)")
        subprocess.run(["age-keygen", "-o", str(root / "key.txt")], capture_output=True, check=True)
        recipient = subprocess.run(
            ["age-keygen", "-y", str(root / "key.txt")], capture_output=True, text=True, check=True
        ).stdout.strip()

        for number in range(rounds):
            for step in ("encrypt", "decrypt"):
                age_round(root, recipient, expected, results, step)
                vault_round(root, expected, results, step)
            result = run_child("baseline", root / VAULT_DIR, root / SOURCE_NAME, root / VAULT_OUT)
            results.baseline_rss_kib.append(result.maxrss_kib)
            print(
                f"  round {number + 1}: age {results.age_encrypt[-1]:.2f} s /"
                f" vault {results.vault_encrypt[-1]:.2f} s to encrypt,"
                f" age {results.age_decrypt[-1]:.2f} s / vault {results.vault_decrypt[-1]:.2f} s"
                " to decrypt"
            )
        remove(root / AGE_BLOB, root / VAULT_DIR)
    report(size_mib, rounds, results)
    load = os.getloadavg()
    print(f"  load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the end")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size-mb", type=int, default=1024, help="test file size in MiB (1024)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds, at least 2 (2)")
    parser.add_argument("--dir", type=Path, default=None, help="where to put the temporary folder")
    parser.add_argument(
        "--child", choices=("create", "attach", "extract", "baseline"), help=argparse.SUPPRESS
    )
    parser.add_argument("--vault", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--source", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        if args.vault is None:
            parser.error("--child needs --vault")
        return child(args.child, args.vault, args.source, args.out)
    if args.size_mb < 1 or args.rounds < 2:
        parser.error("--size-mb must be at least 1 and --rounds at least 2")
    base = args.dir if args.dir is not None else Path(tempfile.gettempdir())
    if not base.is_dir():
        parser.error(f"{base} is not a folder")
    return run(args.size_mb, args.rounds, base)


if __name__ == "__main__":
    sys.exit(main())
