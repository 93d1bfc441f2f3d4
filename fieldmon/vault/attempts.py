"""Failed unlocks: counted across processes, slowed down, and (if the monitor chose so) ended
by a wipe after N failures in a row.

The count and the policy live in a small file beside the key header, readable before unlocking
(that is when they are needed). Someone who copies the folder elsewhere escapes both: they slow
down guessing through FieldMon itself, on the seized laptop, and nothing more.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from fieldmon.crypto.keys import write_private_file

ATTEMPTS_FILE = "vault.attempts"
MAX_DELAY_S = 30.0


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads((path / ATTEMPTS_FILE).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, data: dict[str, Any]) -> None:
    write_private_file(path / ATTEMPTS_FILE, (json.dumps(data) + "\n").encode("ascii"))


def failures(path: Path) -> int:
    value = _read(path).get("failed", 0)
    return value if isinstance(value, int) and value >= 0 else 0


def wipe_after(path: Path) -> int | None:
    value = _read(path).get("wipe_after")
    return value if isinstance(value, int) and value > 0 else None


def delay_before_attempt(path: Path) -> float:
    """Seconds to wait before trying a passphrase: none after one failure, then doubling."""
    count = failures(path)
    return 0.0 if count < 2 else min(2.0 ** (count - 2), MAX_DELAY_S)


def wait_before_attempt(path: Path) -> None:
    delay = delay_before_attempt(path)
    if delay:
        time.sleep(delay)


def record_failure(path: Path) -> bool:
    """Count a failed unlock; True when the policy says the vault must now be wiped."""
    data = _read(path)
    data["failed"] = failures(path) + 1
    _write(path, data)
    limit = wipe_after(path)
    return limit is not None and data["failed"] >= limit


def record_success(path: Path) -> None:
    if failures(path):
        data = _read(path)
        data["failed"] = 0
        _write(path, data)


def set_wipe_after(path: Path, limit: int | None) -> None:
    data = _read(path)
    if limit is None:
        data.pop("wipe_after", None)
    else:
        data["wipe_after"] = limit
    _write(path, data)
