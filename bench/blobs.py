"""Benchmark the vault's evidence-file encryption against Debian's age command on the same file.

    .venv/bin/python bench/blobs.py [--size-mb N] [--rounds R] [--dir FOLDER]

One run writes an N MiB file of random bytes (incompressible) to a temporary folder, then, for
R rounds (at least 3 by default, 2 at the least), alternates:

    encrypt   age -r RECIPIENT -o big.age big.bin     then   Vault.attach("BENCH-1", big.bin)
    decrypt   age -d -i key.txt -o big.out big.age    then   Vault.extract("BENCH-1", "x1.1", out)

Each round gives one ratio per step (age's time / the vault's: a throughput ratio), measured on
the same file within seconds of each other; the report gives the median of the rounds' ratios
and their spread (lowest-highest), and the times behind them, with the project's goals:

    encrypt   vault throughput >= 0.7 x age's (median of the rounds)
    decrypt   vault throughput >= 0.7 x age's (median of the rounds)
    memory    peak RSS of the process doing attach, and of the one doing extract, < 100 MiB

Each vault round gets a fresh vault (Vault.create with a cheap KDF, one case BENCH-1), so the
item is always x1.1 and only one encrypted copy is on disk at a time. All vault work runs in child
processes (this script with --child): attach and extract each in a fresh one, which times the call
itself with perf_counter and reports the peak RSS of the whole process (ru_maxrss); a baseline
child only opens the vault, to show what attach and extract start from. Before the timed attach,
its child checks the benchmark case once, which compiles the case validator (fastjsonschema, a
cost of ~0.3 s paid once per process, not per file; it is in the RSS figures). The parent never
imports fieldmon, because on Linux a child's ru_maxrss starts at its parent's peak RSS. age is
timed with perf_counter around subprocess.run, process start-up included. Dirty pages are flushed
(sync, not timed) before each timed step, so one step's writeback does not land in the next
one's time.

Fairness: attach hashes the file (SHA-256) and fsyncs the blob; extract checks the SHA-256. age
does neither. Those costs are part of ours and are counted; the report also shows age with an
fsync of its output, for comparison. Outputs are deleted between rounds. Every output is checked
against the SHA-256 of the test file (not timed). It is a benchmark, not a test: the exit status
is 0 whether or not the goals are met (1 if it cannot run: no age, not enough disk space).

Other scripts (bench/vault.py) call `measure_blobs`, which runs the same measurement and returns
the figures (`BlobFigures`: medians, spreads, RSS) without printing.

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
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Sequence
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
    if mode == "attach":
        # Compile the case validator (once per process, not per file) before the timed call.
        from fieldmon.vault.validate import case_problem

        case_problem({"id": str(uuid.uuid4()), "reference": REFERENCE, "title": "Benchmark"})
    seconds = cpu = 0.0
    before = proc_status_kib("VmRSS")
    # Resetting VmHWM resets ru_maxrss too: keep the peak so far (opening the vault) first.
    peak_before = peak_rss_kib()
    reset = reset_hwm()
    try:
        if mode == "attach":
            assert source is not None
            start, cpu_start = time.perf_counter(), time.process_time()
            vault.attach(REFERENCE, source)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        elif mode == "extract":
            assert out is not None
            start, cpu_start = time.perf_counter(), time.process_time()
            vault.extract(REFERENCE, ITEM, out)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        during = proc_status_kib("VmHWM") if reset else 0
    finally:
        vault.close()
    result = {
        "seconds": seconds,
        "maxrss_kib": max(peak_before, peak_rss_kib()),
        "before_kib": before,
        "during_kib": during,
        "cpu_seconds": cpu,
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
    cpu_seconds: float = 0.0
    """CPU time (user + system, all threads) of the call."""
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
        float(data.get("cpu_seconds", 0.0)),
    )


# -- parent ---------------------------------------------------------------------------------------


@dataclass
class Results:
    age_encrypt: list[float] = field(default_factory=list)
    cpu: dict[str, list[float]] = field(default_factory=dict)
    """CPU seconds (user + system) per step: age encrypt, vault encrypt, age decrypt..."""
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


def children_cpu() -> float:
    """CPU seconds (user + system) of this process's finished children so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return float(usage.ru_utime + usage.ru_stime)


def timed_command(command: Sequence[str], results: Results, label: str) -> float:
    """Run a command; return its wall time and keep its CPU time under label."""
    os.sync()
    cpu_start = children_cpu()
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    results.cpu.setdefault(label, []).append(children_cpu() - cpu_start)
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
        seconds = timed_command(
            ["age", "-r", recipient, "-o", str(blob), str(source)], results, "age encrypt"
        )
        results.age_encrypt.append(seconds)
        results.age_encrypt_fsync.append(seconds + fsync_seconds(blob))
    else:
        remove(out)
        seconds = timed_command(
            ["age", "-d", "-i", str(root / "key.txt"), "-o", str(out), str(blob)],
            results,
            "age decrypt",
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
        results.cpu.setdefault("vault encrypt", []).append(result.cpu_seconds)
        results.attach_rss_kib.append(result.maxrss_kib)
        results.attach_before_kib.append(result.before_kib)
        results.attach_during_kib.append(result.during_kib)
    else:
        remove(out)
        os.sync()
        result = run_child("extract", vault_dir, source, out)
        results.vault_decrypt.append(result.seconds)
        results.cpu.setdefault("vault decrypt", []).append(result.cpu_seconds)
        results.extract_rss_kib.append(result.maxrss_kib)
        results.extract_before_kib.append(result.before_kib)
        results.extract_during_kib.append(result.during_kib)
        check_output(out, expected, "vault extract", results)
        remove(out)


def goal(met: bool) -> str:
    return "MET" if met else "MISSED"


def mib(kib: int) -> float:
    return kib / 1024


def age_version() -> str:
    done = subprocess.run(["age", "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "?"


@dataclass(frozen=True)
class Spread:
    """The median of some figures and their range."""

    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        return cls(statistics.median(values), min(values), max(values))

    def __str__(self) -> str:
        return f"{self.median:.2f} ({self.low:.2f}-{self.high:.2f})"


@dataclass(frozen=True)
class BlobFigures:
    """What `measure_blobs` found: per-round ratios (age's time / the vault's, so a throughput
    ratio; >= RATIO_GOAL is the goal), their medians and spreads, and peak RSS in MiB."""

    size_mib: int
    rounds: int
    results: Results
    encrypt_ratio: Spread
    decrypt_ratio: Spread
    encrypt_ratio_fsync: Spread
    attach_rss_mib: float
    """The highest peak RSS of the attach children (ru_maxrss)."""
    extract_rss_mib: float
    baseline_rss_mib: float
    load_start: tuple[float, float, float]
    load_end: tuple[float, float, float]

    @property
    def encrypt_met(self) -> bool:
        return self.encrypt_ratio.median >= RATIO_GOAL

    @property
    def decrypt_met(self) -> bool:
        return self.decrypt_ratio.median >= RATIO_GOAL

    @property
    def rss_met(self) -> bool:
        return max(self.attach_rss_mib, self.extract_rss_mib) < RSS_GOAL_MIB


def _ratios(theirs: Sequence[float], ours: Sequence[float]) -> Spread:
    return Spread.of([a / b for a, b in zip(theirs, ours, strict=True) if b > 0])


def measure_blobs(
    size_mib: int = 1024,
    rounds: int = 3,
    base: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> BlobFigures:
    """Run the benchmark (see the module's docstring) and return its figures, printing nothing.

    :param size_mib: the test file's size in MiB.
    :param rounds: rounds of (age, vault) encrypt then decrypt, at least 2.
    :param base: where the temporary folder goes (the system's temporary folder by default).
    :param progress: called with one line per step done, if given.
    :return: the figures.
    :raises RuntimeError: no age command, not enough free space, or a step failed.
    """
    if rounds < 2 or size_mib < 1:
        raise ValueError("size_mib must be at least 1 and rounds at least 2")
    base = base if base is not None else Path(tempfile.gettempdir())
    say = progress or (lambda line: None)
    if shutil.which("age") is None or shutil.which("age-keygen") is None:
        raise RuntimeError("This benchmark needs the age command: apt-get install -y age")
    free = shutil.disk_usage(base).free
    needed = DISK_FACTOR * size_mib * MIB
    if free < needed:
        raise RuntimeError(
            f"not enough free space in {base} for a {size_mib} MiB benchmark: it needs"
            f" {needed / MIB:.0f} MiB free ({DISK_FACTOR} x the file size) and there are"
            f" {free / MIB:.0f} MiB. Use a smaller size or another folder."
        )
    load_start = os.getloadavg()
    results = Results()
    with tempfile.TemporaryDirectory(prefix="fieldmon-bench-blobs-", dir=base) as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        expected = write_random_file(root / SOURCE_NAME, size_mib * MIB)
        say(f"test file written in {time.perf_counter() - start:.1f} s (not timed below)")
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
            say(
                f"round {number + 1}: age {results.age_encrypt[-1]:.2f} s /"
                f" vault {results.vault_encrypt[-1]:.2f} s to encrypt,"
                f" age {results.age_decrypt[-1]:.2f} s / vault {results.vault_decrypt[-1]:.2f} s"
                " to decrypt"
            )
        remove(root / AGE_BLOB, root / VAULT_DIR)
    return BlobFigures(
        size_mib=size_mib,
        rounds=rounds,
        results=results,
        encrypt_ratio=_ratios(results.age_encrypt, results.vault_encrypt),
        decrypt_ratio=_ratios(results.age_decrypt, results.vault_decrypt),
        encrypt_ratio_fsync=_ratios(results.age_encrypt_fsync, results.vault_encrypt),
        attach_rss_mib=mib(max(results.attach_rss_kib)),
        extract_rss_mib=mib(max(results.extract_rss_kib)),
        baseline_rss_mib=mib(max(results.baseline_rss_kib)),
        load_start=load_start,
        load_end=os.getloadavg(),
    )


def report(figures: BlobFigures) -> None:
    """Print the figures of `measure_blobs`."""
    results, size_mib = figures.results, figures.size_mib
    print()
    print(f"Throughput on {size_mib} MiB, {figures.rounds} rounds: median (lowest-highest)")
    print(f"  {'':<34}{'median s':>9}{'MiB/s':>10}   rounds in seconds")
    rows = (
        ("vault encrypt (Vault.attach)", results.vault_encrypt),
        ("age encrypt", results.age_encrypt),
        ("age encrypt + fsync of output", results.age_encrypt_fsync),
        ("vault decrypt (Vault.extract)", results.vault_decrypt),
        ("age decrypt", results.age_decrypt),
    )
    for label, times in rows:
        middle = statistics.median(times)
        listing = ", ".join(f"{t:.2f}" for t in times)
        print(f"  {label:<34}{middle:>9.2f}{size_mib / middle:>10.1f}   {listing}")

    print()
    print("  Throughput ratio vault/age, per round (age's time / the vault's, same file, same run)")
    for kind, spread, met in (
        ("encrypt", figures.encrypt_ratio, figures.encrypt_met),
        ("decrypt", figures.decrypt_ratio, figures.decrypt_met),
    ):
        print(f"  {kind}: median {spread}  (goal >= {RATIO_GOAL})  {goal(met)}")
    print(f"  (encrypt against age + fsync, for information: {figures.encrypt_ratio_fsync})")
    print()
    print("  CPU seconds (user + system; the vault's over all its threads), median of the rounds:")
    print("  what a busy machine cannot inflate, and what bounds the ratio when no core is idle")
    for kind in ("encrypt", "decrypt"):
        ours, theirs = results.cpu.get(f"vault {kind}", []), results.cpu.get(f"age {kind}", [])
        if ours and theirs:
            mine, age = statistics.median(ours), statistics.median(theirs)
            print(
                f"  {kind}: vault {mine:.2f} s, age {age:.2f} s;"
                f" age's / the vault's {age / mine if mine else 0.0:.2f}"
            )

    print()
    print("Peak RSS of the child process (ru_maxrss, highest of the rounds)")
    baseline = figures.baseline_rss_mib
    for label, peak, before, during in (
        (
            "attach",
            figures.attach_rss_mib,
            results.attach_before_kib,
            results.attach_during_kib,
        ),
        (
            "extract",
            figures.extract_rss_mib,
            results.extract_before_kib,
            results.extract_during_kib,
        ),
    ):
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
    load = figures.load_end
    print(f"  load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the end")


def run(size_mib: int, rounds: int, base: Path) -> int:
    print("FieldMon evidence-file benchmark: vault (pyrage) against age")
    print(
        f"  Python {platform.python_version()}, {platform.machine()}, {platform.system()},"
        f" {os.cpu_count()} CPUs; age {age_version()} ({shutil.which('age')})"
    )
    print(f"  file {size_mib} MiB of random bytes, {rounds} rounds, in {base}")
    load = os.getloadavg()
    print(f"  load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the start", end="")
    busy = load[0] > 0.5 * (os.cpu_count() or 1)
    print(": other work is running, expect noisy times" if busy else "")
    try:
        figures = measure_blobs(size_mib, rounds, base, lambda line: print(f"  {line}"))
    except RuntimeError as error:
        print(f"Sorry, {error}")
        return 1
    report(figures)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size-mb", type=int, default=1024, help="test file size in MiB (1024)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds, at least 2 (3)")
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
