"""A reader that stops reading (``fieldmon export-json | head -1``) ends the command quietly
with the status of SIGPIPE, never with a BrokenPipeError traceback."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import PASSPHRASE

FIELDMON = str(Path(sys.executable).parent / "fieldmon")


def test_a_closed_pipe_ends_the_command_quietly(vault_dir: Path) -> None:
    child = subprocess.Popen(
        [FIELDMON, "export-json", "--vault", str(vault_dir), "--passphrase-stdin"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    # The only reader of its output is gone before it writes: every write fails with EPIPE.
    assert child.stdout is not None and child.stdin is not None and child.stderr is not None
    child.stdout.close()
    child.stdin.write(PASSPHRASE.encode() + b"\n")
    child.stdin.close()
    stderr = child.stderr.read()
    assert child.wait(timeout=60) == 128 + signal.SIGPIPE
    assert stderr == b""
