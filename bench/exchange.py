"""Benchmark the monitor -> headquarters exchange (issue 15) against Debian's age command.

    .venv/bin/python bench/exchange.py [--size MiB] [--runs N] [--webdav] [--dir FOLDER]

Setup (not timed), in a child process: a headquarters vault (fieldmon.exchange.hq.init_hq), a
monitor it certified with the organisation card installed, the sample cases, and one evidence
file of --size MiB of random bytes (written in 4 MiB chunks, never held whole) attached to
AZ-2026-001, whose version is then sealed. Then, for each of --runs runs, each step timed:

    send      age -r R1 -r R2 ... -o big.age big.bin      (the card's recipients and one key)
              fieldmon.exchange.send.send_cases(monitor, ["AZ-2026-001"], destination)
    receive   age -d -i key.txt -o big.out big.age
              fieldmon.exchange.receive.receive_from(a fresh copy of headquarters, transport)

Each run sends from a fresh copy of the monitor (every packet is a first send, not a
continuation) and receives into a fresh copy of headquarters (the file is imported, not found
already held). --profile FOLDER writes cProfile stats of each timed call (main thread only).
The destination is a folder on local disk (FolderTransport), so the network is not measured;
with --webdav it is a real WebDAV server (wsgidav + cheroot, tests/webdav_server.py) on
127.0.0.1, in its own process, for both send and receive. Each send and each receive runs in a
fresh child process (this script with --child) that times the call itself with perf_counter
and reports its whole peak RSS (ru_maxrss: imports, opening the vault, the call) and the peak
during the call alone (VmHWM reset just before it). The parent never imports fieldmon: on Linux
a child's ru_maxrss starts at its parent's peak. age is timed around subprocess.run, process
start-up included. Dirty pages are flushed (sync, not timed) before every timed step.

Goals (issue 15): send and receive each at least 0.5 x age's throughput (median of the runs),
and the peak RSS of each (highest of the runs) under 150 MB. Fairness: send also hashes every
part, writes each under a temporary name and renames it, fsyncs and records it in the vault;
receive checks every part's hash and the object's SHA-256, re-encrypts into a blob and records
the case. age does none of that; those costs are ours and are counted. Every output is checked
(not timed): age's decryption against the file's SHA-256, and the received attachment's
SHA-256 and size at headquarters. It is a benchmark, not a test: the exit status is 0 whether
or not the goals are met (1 if it cannot run). MB is 10^6 bytes; --size is in MiB.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.blobs import (
    peak_rss_kib,
    proc_status_kib,
    remove,
    reset_hwm,
    sha256_of,
    write_random_file,
)

MIB = 1 << 20
MB = 1_000_000
CHUNK = 4 * MIB
PASSPHRASE = "tin heron quilts mossy lantern 48"
BENCH_KDF = (1, 8192, 1)  # Argon2id time, memory KiB, parallelism: cheap, for the benchmark only
REFERENCE = "AZ-2026-001"
EVIDENCE = "x1"
DESTINATION = "bench-webdav"

RATIO_GOAL = 0.5
RSS_GOAL_MB = 150.0
DISK_FACTOR = 7  # source, monitor blob, parts, age file, age output, headquarters' blob, spare

# -- children: one step in a fresh process ---------------------------------------------------


@contextmanager
def measured(result: dict[str, Any], profile: Path | None) -> Iterator[None]:
    """Time the block and take its peak RSS into ``result`` (optionally under cProfile)."""
    import cProfile

    result["before_kib"] = proc_status_kib("VmRSS")
    # Resetting VmHWM resets ru_maxrss too: keep the peak so far (imports, opening) first.
    peak_before = peak_rss_kib()
    reset = reset_hwm()
    profiler = cProfile.Profile() if profile is not None else None
    start = time.perf_counter()
    if profiler is not None:
        profiler.enable()
    yield
    if profiler is not None:
        profiler.disable()
    result["seconds"] = time.perf_counter() - start
    result["during_kib"] = proc_status_kib("VmHWM") if reset else 0
    result["maxrss_kib"] = max(peak_before, peak_rss_kib())
    if profiler is not None and profile is not None:
        profiler.dump_stats(str(profile))


def child_setup(root: Path, source: Path) -> dict[str, Any]:
    """Make headquarters and an enrolled monitor holding the evidence file (not timed)."""
    import pyrage

    from fieldmon.crypto.keys import KdfParams
    from fieldmon.exchange import card as cards
    from fieldmon.exchange import casejson, hq, words
    from fieldmon.resources import sample_cases_path
    from fieldmon.vault.store import Vault

    kdf = KdfParams(*BENCH_KDF)
    hq_vault = Vault.create(root / "hq", PASSPHRASE, kdf=kdf)
    monitor = Vault.create(root / "monitor", PASSPHRASE, kdf=kdf)
    try:
        escrow = str(pyrage.x25519.Identity.generate().to_public())
        card = hq.init_hq(hq_vault, "Fictional Rights Bureau", [], ("Escrow", escrow))
        monitor.install_certificates(hq.issue_certificate(hq_vault, monitor.certificate_request()))
        document = hq.current_card_document(hq_vault)
        root_der = cards.read_card(document).root_der
        cards.install_card(monitor, document, words.fingerprint_words(root_der))
        casejson.import_file(monitor, sample_cases_path())
        start = time.perf_counter()
        item = monitor.attach(REFERENCE, source, evidence_id=EVIDENCE)[0].item
        attach_seconds = time.perf_counter() - start
        monitor.seal(REFERENCE)
        return {"recipients": card.recipients(), "item": item, "attach_seconds": attach_seconds}
    finally:
        monitor.close()
        hq_vault.close()


def _credentials() -> tuple[str, str, str]:
    """WebDAV URL, user and password, given on stdin (never in an argument)."""
    given = json.loads(sys.stdin.readline())
    return str(given["url"]), str(given["user"]), str(given["password"])


def child_send(monitor_dir: Path, dest: str, profile: Path | None) -> dict[str, Any]:
    """Send the case once, to a folder or (dest "webdav") the WebDAV server; time it."""
    from fieldmon.exchange import destinations, send
    from fieldmon.vault.store import Vault

    vault = Vault.open(monitor_dir, PASSPHRASE)
    try:
        if dest == "webdav":
            url, user, password = _credentials()
            if not any(d.name == DESTINATION for d in destinations.entries(vault)):
                destinations.add(
                    vault, DESTINATION, webdav_url=url, username=user, password=password
                )
            dest = DESTINATION
        result: dict[str, Any] = {}
        with measured(result, profile):
            made = send.send_cases(vault, [REFERENCE], dest)
        if [e.state for e in made] != ["sent"]:
            raise RuntimeError(f"the send ended in state {[e.state for e in made]}")
        result["packet"] = made[0].packet_id
        return result
    finally:
        vault.close()


def child_receive(hq_dir: Path, dest: str, item: str, profile: Path | None) -> dict[str, Any]:
    """Receive every packet of a folder or (dest "webdav") the WebDAV server at headquarters."""
    from fieldmon.exchange.receive import receive_from
    from fieldmon.exchange.transports import FolderTransport, Transport, WebDAVTransport
    from fieldmon.vault.store import Vault

    transport: Transport
    if dest == "webdav":
        transport = WebDAVTransport(*_credentials())
    else:
        transport = FolderTransport(Path(dest))
    vault = Vault.open(hq_dir, PASSPHRASE)
    try:
        result: dict[str, Any] = {}
        with measured(result, profile):
            got = receive_from(vault, transport)
        if [(e.state, e.reason) for e in got] != [("imported", None)]:
            raise RuntimeError(f"the receive ended with {[(e.state, e.reason) for e in got]}")
        held = {a.item: a for a in vault.attachments(REFERENCE)}
        result["sha256"], result["size"] = held[item].sha256, held[item].size
        return result
    finally:
        vault.close()


def child_webdav(root: Path) -> int:
    """Serve ``root`` over WebDAV; print its URL and credentials; stop when stdin closes."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.webdav_server import running_webdav

    with running_webdav(root) as server:
        print(json.dumps({"url": server.url, "user": server.user, "password": server.password}))
        sys.stdout.flush()
        sys.stdin.read()
    return 0


@dataclass(frozen=True)
class ChildResult:
    seconds: float
    maxrss_kib: int
    """Peak RSS of the whole child (imports, opening the vault, the call)."""
    before_kib: int
    """RSS just before the call."""
    during_kib: int
    """Peak RSS during the call alone (VmHWM reset before it), 0 if it could not be measured."""
    data: dict[str, Any]


def run_child(args: Sequence[str], stdin: str = "") -> dict[str, Any]:
    """Run this script with --child ARGS; return the JSON its last line printed."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", *args]
    done = subprocess.run(command, input=stdin, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"the {args[0]} child failed ({done.returncode}):\n{done.stderr}")
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"the {args[0]} child printed no result:\n{done.stdout}{done.stderr}")
    return dict(json.loads(lines[-1]))


def timed_child(args: Sequence[str], stdin: str = "") -> ChildResult:
    os.sync()
    data = run_child(args, stdin)
    return ChildResult(
        float(data["seconds"]),
        int(data["maxrss_kib"]),
        int(data["before_kib"]),
        int(data["during_kib"]),
        data,
    )


# -- parent -----------------------------------------------------------------------------------


@dataclass
class Results:
    age_send: list[float] = field(default_factory=list)
    age_receive: list[float] = field(default_factory=list)
    age_send_fsync: list[float] = field(default_factory=list)
    age_receive_fsync: list[float] = field(default_factory=list)
    send: list[ChildResult] = field(default_factory=list)
    receive: list[ChildResult] = field(default_factory=list)


def timed_command(command: Sequence[str]) -> float:
    os.sync()
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({done.returncode}): {done.stderr.strip()}")
    return seconds


def fsync_seconds(path: Path) -> float:
    """Seconds to fsync a file age wrote (for the figures "age + fsync", not in the ratio)."""
    start = time.perf_counter()
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    return time.perf_counter() - start


def goal(met: bool) -> str:
    return "MET" if met else "MISSED"


def mb(kib: int) -> float:
    return kib * 1024 / MB


def spread(values: Sequence[float]) -> str:
    """Median and (min-max) of some figures."""
    return f"{statistics.median(values):8.1f}  ({min(values):.1f}-{max(values):.1f})"


def age_version() -> str:
    done = subprocess.run(["age", "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "?"


def report(size_mib: int, runs: int, results: Results) -> bool:
    """Print the figures; return whether every goal is met."""
    size_mb = size_mib * MIB / MB
    print()
    print(f"Throughput on {size_mib} MiB ({size_mb:.0f} MB), {runs} runs: median (min-max)")
    print(f"  {'':<44}{'MB/s':>8}")
    met = True
    for kind, ours, theirs, synced, call in (
        ("send", results.send, results.age_send, results.age_send_fsync, "send_cases"),
        (
            "receive",
            results.receive,
            results.age_receive,
            results.age_receive_fsync,
            "receive_from",
        ),
    ):
        our_rates = [size_mb / r.seconds for r in ours]
        age_rates = [size_mb / s for s in theirs]
        ratios = [o / a for o, a in zip(our_rates, age_rates, strict=True)]
        age_label = "age -r (encrypt)" if kind == "send" else "age -d (decrypt)"
        print(f"  {kind + ' (' + call + ')':<44}{spread(our_rates)}")
        print(f"  {age_label:<44}{spread(age_rates)}")
        ratio = statistics.median(ratios)
        print(
            f"  {kind}: ratio to age {ratio:.2f} (per run {', '.join(f'{r:.2f}' for r in ratios)})"
            f"  goal >= {RATIO_GOAL}  {goal(ratio >= RATIO_GOAL)}"
        )
        met = met and ratio >= RATIO_GOAL
        synced_ratio = statistics.median(
            [
                size_mb / r.seconds / (size_mb / (a + f))
                for r, a, f in zip(ours, theirs, synced, strict=True)
            ]
        )
        print(
            f"  {'':<2}(for information, ratio to age + an fsync of its output: {synced_ratio:.2f})"
        )
        times = ", ".join(f"{r.seconds:.2f}" for r in ours)
        age_times = ", ".join(f"{s:.2f}" for s in theirs)
        print(f"  {'':<2}seconds: ours {times}; age {age_times}")
        print()
    print("Peak RSS of the child doing the step (ru_maxrss), MB: median (min-max)")
    for kind, ours in (("send", results.send), ("receive", results.receive)):
        peaks = [mb(r.maxrss_kib) for r in ours]
        highest = max(peaks)
        print(
            f"  {kind:<9}{spread(peaks)}  highest {highest:.1f}  goal < {RSS_GOAL_MB:.0f}"
            f"  {goal(highest < RSS_GOAL_MB)}"
        )
        met = met and highest < RSS_GOAL_MB
        if min(r.during_kib for r in ours) > 0:
            print(
                f"  {'':<9}RSS just before the call {spread([mb(r.before_kib) for r in ours])},"
                f" peak during the call alone {max(mb(r.during_kib) for r in ours):.1f}"
            )
    print(f"  this parent's own peak: {mb(peak_rss_kib()):.1f} MB (fieldmon runs in children only)")
    return met


def _webdav(root: Path) -> tuple[subprocess.Popen[str], str]:
    """Start the WebDAV server child; return it and its credentials line (JSON)."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", "webdav", str(root)]
    server = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    line = server.stdout.readline()
    if not line.startswith("{"):
        server.kill()
        raise RuntimeError("the WebDAV server did not start")
    return server, line


def run(size_mib: int, runs: int, webdav: bool, base: Path, profile: Path | None) -> int:
    if shutil.which("age") is None or shutil.which("age-keygen") is None:
        print("This benchmark needs the age command: apt-get install -y age")
        return 1
    free = shutil.disk_usage(base).free
    needed = DISK_FACTOR * size_mib * MIB
    if free < needed:
        print(f"Not enough free space in {base}: {needed / MB:.0f} MB needed, {free / MB:.0f} MB.")
        return 1
    print("FieldMon exchange benchmark (issue 15): send and receive against age")
    print(
        f"  Python {platform.python_version()}, {platform.machine()}, {platform.system()},"
        f" {os.cpu_count()} CPUs; age {age_version()}"
    )
    where = "a WebDAV server (wsgidav) on 127.0.0.1" if webdav else "a folder on local disk"
    print(f"  evidence file {size_mib} MiB of random bytes, {runs} runs, through {where}")
    load = os.getloadavg()
    print(f"  load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the start")
    results = Results()
    with tempfile.TemporaryDirectory(prefix="fieldmon-bench-exchange-", dir=base) as tmp:
        root = Path(tmp)
        source, blob, out = root / "big.bin", root / "big.age", root / "big.out"
        expected = write_random_file(source, size_mib * MIB)
        setup = run_child(["setup", str(root), str(source)])
        print(f"  setup: evidence attached in {setup['attach_seconds']:.1f} s (not timed below)")
        key = root / "key.txt"
        subprocess.run(["age-keygen", "-o", str(key)], capture_output=True, check=True)
        mine = subprocess.run(
            ["age-keygen", "-y", str(key)], capture_output=True, text=True, check=True
        ).stdout.strip()
        to = [arg for r in [mine, *setup["recipients"]] for arg in ("-r", r)]
        print(
            f"  age encrypts to {len(to) // 2} recipients (its own key and the card's): as many"
            " as a part has (the card's and the packet's one-time recipient)"
        )
        server, credentials = _webdav(root / "dav") if webdav else (None, "")
        try:
            for number in range(runs):
                dest = "webdav" if webdav else str(root / "mailbox")
                remove(root / "mailbox", root / "dav" / "packets", root / "dav" / "receipts")
                (root / "mailbox").mkdir()
                remove(blob, root / "monitor-run")
                shutil.copytree(root / "monitor", root / "monitor-run")  # a first send each run
                results.age_send.append(timed_command(["age", *to, "-o", str(blob), str(source)]))
                results.age_send_fsync.append(fsync_seconds(blob))
                send_args = ["send", str(root / "monitor-run"), dest]
                if profile is not None:
                    send_args += ["--profile", str(profile / f"send-{number + 1}.prof")]
                results.send.append(timed_child(send_args, credentials))
                remove(out)
                results.age_receive.append(
                    timed_command(["age", "-d", "-i", str(key), "-o", str(out), str(blob)])
                )
                results.age_receive_fsync.append(fsync_seconds(out))
                if sha256_of(out) != expected:
                    raise RuntimeError("age's decryption differs from the test file")
                remove(out, blob, root / "hq-run")
                shutil.copytree(root / "hq", root / "hq-run")
                receive_args = ["receive", str(root / "hq-run"), dest, setup["item"]]
                if profile is not None:
                    receive_args += ["--profile", str(profile / f"receive-{number + 1}.prof")]
                received = timed_child(receive_args, credentials)
                if (received.data["sha256"], received.data["size"]) != (expected, size_mib * MIB):
                    raise RuntimeError("headquarters holds another file than the one sent")
                results.receive.append(received)
                remove(root / "hq-run", root / "monitor-run")
                print(
                    f"  run {number + 1}: send {results.send[-1].seconds:.2f} s"
                    f" (age {results.age_send[-1]:.2f} s), receive {received.seconds:.2f} s"
                    f" (age {results.age_receive[-1]:.2f} s)",
                    flush=True,
                )
        finally:
            if server is not None:
                server.communicate(timeout=30)
    met = report(size_mib, runs, results)
    print("  checked: age's output against the file's SHA-256; headquarters' received file's")
    print("  SHA-256 and size against the file's (the receive also checks every part).")
    load = os.getloadavg()
    print(f"  load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the end")
    print()
    print(f"Goals of issue 15 (ratio >= {RATIO_GOAL}, peak RSS < {RSS_GOAL_MB:.0f} MB):", end=" ")
    print("all met" if met else "NOT all met")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--size", type=int, default=1024, help="evidence file in MiB (1024)")
    parser.add_argument("--runs", type=int, default=3, help="runs (3)")
    parser.add_argument("--webdav", action="store_true", help="through a local WebDAV server")
    parser.add_argument("--dir", type=Path, default=None, help="where the temporary folder goes")
    parser.add_argument(
        "--profile", type=Path, default=None, help="write cProfile stats of each step here"
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, rest = args.child[0], args.child[1:]
        profile = args.profile
        if mode == "webdav":
            return child_webdav(Path(rest[0]))
        if mode == "setup":
            result = child_setup(Path(rest[0]), Path(rest[1]))
        elif mode == "send":
            result = child_send(Path(rest[0]), rest[1], profile)
        elif mode == "receive":
            result = child_receive(Path(rest[0]), rest[1], rest[2], profile)
        else:
            parser.error(f"unknown child {mode}")
        print(json.dumps(result))
        return 0
    if args.size < 1 or args.runs < 1:
        parser.error("--size and --runs must be at least 1")
    base = args.dir if args.dir is not None else Path(tempfile.gettempdir())
    if not base.is_dir():
        parser.error(f"{base} is not a folder")
    if args.profile is not None:
        args.profile.mkdir(parents=True, exist_ok=True)
    return run(args.size, args.runs, args.webdav, base, args.profile)


if __name__ == "__main__":
    sys.exit(main())
