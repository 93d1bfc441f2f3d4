"""Child process: count the writes Python makes to files whose name starts with a prefix, in
the vault folder, and SIGKILL this process just before or just after write number N.

Usage: child.py VAULT PREFIX N before|after|count OPERATION ARGS_JSON

Writes counted: os.write and os.pwrite on a descriptor of such a file, os.replace and
os.rename onto one. ``count`` runs the operation to the end and prints how many there were.
The operation is one of the names in OPERATIONS; it runs with the real FieldMon code.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldmon.vault import recovery
from fieldmon.vault.store import Vault

VAULT, PREFIX, TARGET, WHEN, OPERATION = (
    Path(sys.argv[1]).resolve(),
    sys.argv[2],
    int(sys.argv[3]),
    sys.argv[4],
    sys.argv[5],
)
ARGS: dict[str, Any] = json.loads(sys.argv[6])
seen = 0


def _ours(name: str) -> bool:
    path = Path(name)
    return path.parent == VAULT and path.name.startswith(PREFIX)


def _fd_ours(fd: int) -> bool:
    try:
        return _ours(os.readlink(f"/proc/self/fd/{fd}"))
    except OSError:
        return False


def _hit() -> None:
    global seen
    seen += 1
    if WHEN != "count" and seen == TARGET:
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)


def _wrap(real: Callable[..., Any], ours: Callable[..., bool]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        mine = ours(*args)
        if mine and WHEN == "before":
            _hit()
        result = real(*args, **kwargs)
        if mine and WHEN in ("after", "count"):
            _hit()
        return result

    return wrapper


os.write = _wrap(os.write, lambda fd, *_: _fd_ours(fd))
os.pwrite = _wrap(os.pwrite, lambda fd, *_: _fd_ours(fd))
os.replace = _wrap(os.replace, lambda _src, dst, *_: _ours(os.fspath(dst)))
os.rename = _wrap(os.rename, lambda _src, dst, *_: _ours(os.fspath(dst)))


def passwd() -> None:
    with Vault.open(VAULT, ARGS["old"]) as vault:
        vault.change_passphrase(ARGS["old"], ARGS["new"])


def duress() -> None:
    with Vault.open(VAULT, ARGS["old"]) as vault:
        vault.set_duress(ARGS["old"], ARGS["new"])


def shares() -> None:
    with Vault.open(VAULT, ARGS["old"]) as vault:
        recovery.create_shares(vault, ARGS["old"], 2, 3)


def recover() -> None:
    recovery.recover(VAULT, ARGS["shares"], ARGS["new"])


def upgrade() -> None:
    Vault.open(VAULT, ARGS["old"]).close()


OPERATIONS = {f.__name__: f for f in (passwd, duress, shares, recover, upgrade)}

OPERATIONS[OPERATION]()
print(seen)
