"""Failed unlocks: counted across processes, slowed down, and (if the monitor chose so) ended
by a wipe after N failures in a row.

The count and the policy live in their own sector of the key header (fieldmon.crypto.keyheader,
:class:`~fieldmon.crypto.keyheader.Counter`), readable before unlocking (that is when they are
needed) and updated in place under the header's lock, so parallel wrong guesses each count.
Vaults not yet upgraded keep them in ``vault.attempts`` beside the header, updated under the
same lock. Someone who copies the folder elsewhere escapes both: they slow down guessing
through FieldMon itself, on the seized laptop, and nothing more. Someone who edits or restores
the sector can reset the count or turn the wipe off; the vault's database keeps what the
sector said at the last unlock, so :func:`reconcile` names such a change, and undoes a changed
policy, at the next unlock.

The slowing down is throttling as NIST SP 800-63B (2017), section 5.2.2 describes it: a wait
that grows with the number of consecutive failures. The numbers are FieldMon's own. This module
is the only place they are decided: :class:`~fieldmon.vault.store.Vault` waits
:func:`delay_before_attempt` before every try, and the app's unlock screen counts down
:func:`seconds_to_wait` after a refusal.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fieldmon.crypto import keyheader
from fieldmon.crypto.keyheader import Counter
from fieldmon.crypto.keys import write_private_file
from fieldmon.errors import VaultDamaged
from fieldmon.vault import notices
from fieldmon.vault.layout import ATTEMPTS_FILE as ATTEMPTS_FILE
from fieldmon.vault.layout import KEY_FILE
from fieldmon.vault.notices import Notice

__all__ = [
    "ATTEMPTS_FILE",
    "MAX_DELAY_S",
    "SCREEN_FACTOR",
    "copy_record",
    "delay_before_attempt",
    "failures",
    "reconcile",
    "record_baseline",
    "record_failure",
    "record_success",
    "seconds_to_wait",
    "set_wipe_after",
    "wait_before_attempt",
    "wipe_after",
]

MAX_DELAY_S = 30.0
"""The longest :func:`delay_before_attempt`, in seconds."""
SCREEN_FACTOR = 2
"""How many times :func:`delay_before_attempt` an unlock screen keeps its field closed."""
_RECORD = "unlock_record"


def _read_legacy(path: Path) -> dict[str, Any]:
    try:
        data = json.loads((path / ATTEMPTS_FILE).read_text(encoding="ascii"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _counter(path: Path) -> Counter | None:
    """The counter sector of a version 3 header; None for an older header (or none)."""
    try:
        fd = os.open(path / KEY_FILE, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    try:
        raw = os.pread(fd, keyheader.HEADER_BYTES + 1, 0)
    finally:
        os.close(fd)
    if not keyheader.is_v3(raw):
        return None
    try:
        parsed = keyheader.parse(raw, path / KEY_FILE)
    except VaultDamaged:  # the unlock itself names the damage
        return None
    return keyheader.read_counter(raw, parsed)


def _legacy_int(path: Path, name: str) -> int:
    value = _read_legacy(path).get(name, 0)
    return value if isinstance(value, int) and value >= 0 else 0


def failures(path: Path) -> int:
    """How many unlocks failed in a row, in any process, since the last one that succeeded.

    :param path: the vault folder.
    :return: the count; 0 when it cannot be read (it never stops an unlock).
    """
    counter = _counter(path)
    return counter.in_a_row if counter else _legacy_int(path, "failed")


def wipe_after(path: Path) -> int | None:
    """After how many failed unlocks in a row the vault is wiped, if the monitor chose so.

    :param path: the vault folder.
    :return: the limit, or None when failed unlocks never wipe (the default).
    """
    counter = _counter(path)
    value = counter.wipe_after if counter else _legacy_int(path, "wipe_after")
    return value if value > 0 else None


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


@contextmanager
def _header(path: Path) -> Iterator[tuple[int, bytes, keyheader.Parsed | None]]:
    """The header under its lock, and its parsed form when it is version 3."""
    with keyheader.locked(path / KEY_FILE) as (fd, raw):
        parsed = keyheader.parse(raw, path / KEY_FILE) if keyheader.is_v3(raw) else None
        yield fd, raw, parsed


def _update(path: Path, change: Any) -> Counter:
    """Apply ``change`` (Counter -> Counter) to the counter under the header's lock."""
    with _header(path) as (fd, raw, parsed):
        if parsed is not None:
            new = change(keyheader.read_counter(raw, parsed))
            keyheader.write_counter(fd, parsed, new)
            return new  # type: ignore[no-any-return]
        data = _read_legacy(path)
        old = Counter(_legacy_int(path, "failed"), 0, _legacy_int(path, "wipe_after"))
        new = change(old)
        data["failed"] = new.in_a_row
        if new.wipe_after:
            data["wipe_after"] = new.wipe_after
        else:
            data.pop("wipe_after", None)
        # Under the header's lock, so two processes never write the same ``.new`` file.
        write_private_file(path / ATTEMPTS_FILE, (json.dumps(data) + "\n").encode("ascii"))
        return new  # type: ignore[no-any-return]


def record_failure(path: Path) -> bool:
    """Count one more failed unlock, under the header's lock (flock(2)).

    :param path: the vault folder.
    :return: True when the count has reached :func:`wipe_after`: the vault must now be wiped
        (the caller does it).
    :raises OSError: when the count cannot be written.
    """
    new = _update(path, lambda c: Counter(c.in_a_row + 1, c.total + 1, c.wipe_after))
    return bool(new.wipe_after) and new.in_a_row >= new.wipe_after


def record_success(path: Path) -> None:
    """Reset the count in a row after a successful unlock (written only if it changes; the
    total stays, so a reset by hand shows at the next unlock).

    :param path: the vault folder.
    :raises OSError: when the count cannot be written.
    """
    if failures(path):
        _update(path, lambda c: Counter(0, c.total, c.wipe_after))


def set_wipe_after(path: Path, limit: int | None, conn: Any = None) -> None:
    """Choose after how many failed unlocks in a row the vault is wiped.

    The limit is stored as given; callers refuse limits below 3 (a typo happens), as the CLI
    and the security settings do. With ``conn`` (the open vault's database) the choice is also
    recorded there, where :func:`reconcile` finds it at the next unlock.

    :param path: the vault folder.
    :param limit: the number of failures, or None for never.
    :param conn: the open database, or None.
    :raises OSError: when the policy cannot be written.
    """
    new = _update(path, lambda c: Counter(c.in_a_row, c.total, limit or 0))
    if conn is not None:
        _remember(conn, new)


def _remember(conn: Any, counter: Counter) -> None:
    conn.execute(
        "INSERT INTO vault_meta (key, value) VALUES (?, ?)"
        " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (_RECORD, json.dumps({"total": counter.total, "wipe_after": counter.wipe_after})),
    )


def copy_record(source: Any, target: Any) -> None:
    """Give ``target`` the failed-unlock record ``source`` holds (see decoy.share_record).

    :param source: the real vault's database; :param target: the decoy's.
    """
    row = source.execute("SELECT value FROM vault_meta WHERE key = ?", (_RECORD,)).fetchone()
    if row is not None:
        target.execute(
            "INSERT INTO vault_meta (key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (_RECORD, str(row[0])),
        )


def record_baseline(conn: Any, wipe_after: int = 0) -> None:
    """Give a new database the record :func:`reconcile` compares with (no failures yet).

    :param conn: the database; :param wipe_after: the policy it starts with (0: never).
    """
    _remember(conn, Counter(0, 0, wipe_after))


def reconcile(path: Path, conn: Any) -> list[Notice]:
    """After an unlock: compare the counter sector with what the database recorded at the last
    unlock, say what changed outside FieldMon, and restore a policy changed by hand.

    :param path: the vault folder (a version 3 header).
    :param conn: the database just opened (the real vault keeps the decoy's record the same as
        its own, decoy.share_record, so both say and restore the same).
    :return: sentences for the monitor: failed unlocks since the last one, a count reset by
        hand, a damaged or replaced sector, a wipe policy changed by hand (restored).
    :raises OSError: when the counter cannot be written.
    """
    notes: list[Notice] = []
    counter = _counter(path)
    if counter is None:
        return notes
    row = conn.execute("SELECT value FROM vault_meta WHERE key = ?", (_RECORD,)).fetchone()
    if row is None:
        _remember(conn, counter)
        return notes
    record = json.loads(str(row[0]))
    seen, policy = int(record.get("total", 0)), int(record.get("wipe_after", 0))
    if not counter.intact:
        notes.append(notices.counter_damaged())
    elif counter.total < seen:
        notes.append(notices.count_reset(seen, counter.total))
    elif counter.total > seen:
        notes.append(notices.failed_since(counter.total - seen))
    if counter.wipe_after != policy:
        notes.append(notices.policy_restored(policy))
    total = max(counter.total, seen)
    if (counter.total, counter.wipe_after, counter.intact) != (total, policy, True):
        counter = _update(path, lambda c: Counter(c.in_a_row, total, policy))
    if (counter.total, counter.wipe_after) != (seen, policy):
        _remember(conn, counter)
    return notes
