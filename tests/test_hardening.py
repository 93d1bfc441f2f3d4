"""The hardening fieldmon applies to its own process, observed from inside a real child."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import ctypes, ctypes.util, os, resource
from fieldmon.hardening import harden_process
harden_process()
libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
print(oct(os.umask(0o077)), resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0))
"""


def test_umask_core_dumps_and_dumpable() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
    )
    umask, rest = result.stdout.strip().split(" ", 1)
    core, dumpable = rest.rsplit(" ", 1)
    assert umask == "0o77"
    assert core == "(0, 0)"
    assert dumpable == "0"  # PR_GET_DUMPABLE


def test_the_cli_creates_private_files(tmp_path: Path) -> None:
    from tests.conftest import PASSPHRASE, run_cli

    out = tmp_path / "cases.json"
    vault = tmp_path / "v"
    assert (
        run_cli(
            "demo", "--vault", str(vault), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        ).returncode
        == 0
    )
    assert (
        run_cli(
            "export-json",
            "--vault",
            str(vault),
            "--passphrase-stdin",
            "--out",
            str(out),
            stdin=PASSPHRASE + "\n",
        ).returncode
        == 0
    )
    assert out.stat().st_mode & 0o777 == 0o600
