"""Failed unlocks: counted across processes, slowed down, and (if the monitor chose so) ended
by a wipe after N failures in a row.

The count and the policy live in a small file beside the key header, readable before unlocking
(that is when they are needed). Someone who copies the folder elsewhere escapes both: they slow
down guessing through FieldMon itself, on the seized laptop, and nothing more.

The slowing down is throttling as NIST SP 800-63B (2017), section 5.2.2 describes it: a wait
that grows with the number of consecutive failures. The numbers are FieldMon's own. This module
is the only place they are decided: :class:`~fieldmon.vault.store.Vault` waits
:func:`delay_before_attempt` before every try, and the app's unlock screen counts down
:func:`seconds_to_wait` after a refusal.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from fieldmon.crypto.keys import write_private_file

ATTEMPTS_FILE = "vault.attempts"
"""Name of the file, in the vault folder, that holds the count and the wipe policy (JSON)."""
MAX_DELAY_S = 30.0
"""The longest :func:`delay_before_attempt`, in seconds."""
SCREEN_FACTOR = 2
"""How many times :func:`delay_before_attempt` an unlock screen keeps its field closed."""


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads((path / ATTEMPTS_FILE).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write(path: Path, data: dict[str, Any]) -> None:
    write_private_file(path / ATTEMPTS_FILE, (json.dumps(data) + "\n").encode("ascii"))


def failures(path: Path) -> int:
    """How many unlocks failed in a row, in any process, since the last one that succeeded.

    :param path: the vault folder.
    :return: the count; 0 when the file is missing or damaged (it never stops an unlock).
    """
    value = _read(path).get("failed", 0)
    return value if isinstance(value, int) and value >= 0 else 0


def wipe_after(path: Path) -> int | None:
    """After how many failed unlocks in a row the vault is wiped, if the monitor chose so.

    :param path: the vault folder.
    :return: the limit, or None when failed unlocks never wipe (the default).
    """
    value = _read(path).get("wipe_after")
    return value if isinstance(value, int) and value > 0 else None


def delay_before_attempt(path: Path) -> float:
    """How long the next try of a passphrase waits before it is checked.

    None after no failure or one (a typo happens), then 1 s after two, doubling with every
    further failure, up to :data:`MAX_DELAY_S`.

    :param path: the vault folder.
    :return: the delay in seconds: ``min(2 ** (failures - 2), MAX_DELAY_S)``, or 0.
    """
    count = failures(path)
    return 0.0 if count < 2 else min(2.0 ** (count - 2), MAX_DELAY_S)


def seconds_to_wait(path: Path) -> float:
    """How long an unlock screen keeps the passphrase field closed after a refused passphrase,
    counting down, before it lets the next one be typed.

    :data:`SCREEN_FACTOR` times :func:`delay_before_attempt`: none after one failure, 2 s after
    two, doubling up to 60 s. The try that follows still waits :func:`delay_before_attempt`
    inside :meth:`~fieldmon.vault.store.Vault.open`, as every try does, whoever makes it.

    :param path: the vault folder.
    :return: the pause in seconds, a whole number; 0 when the count is below two.
    """
    return SCREEN_FACTOR * delay_before_attempt(path)


def wait_before_attempt(path: Path) -> None:
    """Sleep for :func:`delay_before_attempt` (not at all when it is 0).

    Blocks the calling thread: the app calls it through ``Vault.open`` off its GUI thread.

    :param path: the vault folder.
    """
    delay = delay_before_attempt(path)
    if delay:
        time.sleep(delay)


def record_failure(path: Path) -> bool:
    """Count one more failed unlock.

    :param path: the vault folder.
    :return: True when the count has reached :func:`wipe_after`: the vault must now be wiped
        (the caller does it).
    :raises OSError: when the count cannot be written.
    """
    data = _read(path)
    data["failed"] = failures(path) + 1
    _write(path, data)
    limit = wipe_after(path)
    return limit is not None and data["failed"] >= limit


def record_success(path: Path) -> None:
    """Reset the count after a successful unlock (the file is only written if it changes).

    :param path: the vault folder.
    :raises OSError: when the count cannot be written.
    """
    if failures(path):
        data = _read(path)
        data["failed"] = 0
        _write(path, data)


def set_wipe_after(path: Path, limit: int | None) -> None:
    """Choose after how many failed unlocks in a row the vault is wiped.

    The limit is stored as given; callers refuse limits below 3 (a typo happens), as the CLI and
    the security settings do.

    :param path: the vault folder.
    :param limit: the number of failures, or None for never.
    :raises OSError: when the policy cannot be written.
    """
    data = _read(path)
    if limit is None:
        data.pop("wipe_after", None)
    else:
        data["wipe_after"] = limit
    _write(path, data)
