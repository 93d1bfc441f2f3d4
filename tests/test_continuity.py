"""Custody log continuity of a received packet (fieldmon.exchange.continuity), table-driven:
every way a log can fail to continue what headquarters holds is named, and only a log that
starts ahead of it waits."""

from __future__ import annotations

import base64
import copy
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from fieldmon.crypto.signing import SigningKey
from fieldmon.exchange.continuity import GENESIS_POINT, LogPoint, check, send_record
from fieldmon.vault.custody import GENESIS, Entry, canonical, sha256_hex

CASE = "0b7e4c1e-5d1f-4a57-9a3c-2f1d7c0e9a11"
OTHER = "9a3c2f1d-7c0e-4a57-8b7e-4c1e5d1f0b7e"
PACKET = "ab" * 16
CONTENT = "c" * 64
KEY = SigningKey.generate()
STRANGER = SigningKey.generate()


def _log(actions: list[tuple[str, str, str | None, str | None]]) -> list[Entry]:
    """A signed, chained log: (case, action, record, content_hash) per entry."""
    out: list[Entry] = []
    prev = GENESIS
    for seq, (case, action, record, content_hash) in enumerate(actions, start=1):
        draft = Entry(
            seq,
            f"2026-11-0{1 + seq % 9}T10:00:00.000000Z",
            "Monitor Tamsin Orrery",
            action,
            case,
            "HR-2026-014",
            record,
            content_hash,
            prev,
            "",
            KEY.fingerprint,
            b"",
        )
        message = canonical(draft.signed_part())
        entry = replace(draft, entry_hash=sha256_hex(message), signature=KEY.sign(message))
        out.append(entry)
        prev = entry.entry_hash
    return out


LOG = _log(
    [
        (CASE, "create", "case", "1" * 64),  # 1
        (OTHER, "create", "case", "2" * 64),  # 2
        (CASE, "seal", "version 1", CONTENT),  # 3
        (CASE, "send", "packet " + "cd" * 16, CONTENT),  # 4: the first packet's head
        (CASE, "edit", "case", "3" * 64),  # 5
        (OTHER, "edit", "case", "4" * 64),  # 6
        (CASE, "seal", "version 2", CONTENT),  # 7
        (CASE, "send", send_record(PACKET), CONTENT),  # 8: this packet's head
    ]
)
SINCE = LogPoint(4, LOG[3].entry_hash)
HEAD = LogPoint(8, LOG[7].entry_hash)


def _whole(entry: Entry) -> dict[str, Any]:
    return {
        **entry.signed_part(),
        "entry_hash": entry.entry_hash,
        "signature": base64.b64encode(entry.signature).decode(),
    }


def _custody(since: int = 4, head: int = 8) -> dict[str, Any]:
    chosen = LOG[since:head]
    return {
        "entries": [_whole(e) for e in chosen if e.case_uuid == CASE],
        "links": [[e.seq, e.prev_hash, e.entry_hash] for e in chosen if e.case_uuid != CASE],
    }


def _run(custody: dict[str, Any], **overrides: Any) -> Any:
    args: dict[str, Any] = {
        "custody": custody,
        "since": SINCE,
        "head": HEAD,
        "stored": SINCE,
        "case_uuid": CASE,
        "packet_id": PACKET,
        "content_sha256": CONTENT,
        "sender_public_der": KEY.public_der,
    }
    args.update(overrides)
    return check(**args)


def test_an_unbroken_log_continues() -> None:
    assert _run(_custody()) is None


def test_a_first_packet_starts_at_genesis() -> None:
    first = {
        "entries": [_whole(e) for e in LOG[:4] if e.case_uuid == CASE],
        "links": [[e.seq, e.prev_hash, e.entry_hash] for e in LOG[:4] if e.case_uuid != CASE],
    }
    head = LogPoint(4, LOG[3].entry_hash)
    result = _run(first, since=GENESIS_POINT, head=head, stored=None, packet_id="cd" * 16)
    assert result is None


def _remove_entry(c: dict[str, Any]) -> None:
    del c["entries"][1]  # entry 7


def _alter_entry(c: dict[str, Any]) -> None:
    c["entries"][0]["record"] = "evidence x1 item x1.1"


def _gap_in_links(c: dict[str, Any]) -> None:
    c["links"] = []  # entry 6, another case's, left out


def _reorder_pair(c: dict[str, Any]) -> None:
    # Entries 5 and 7 listed the other way round.
    c["entries"][0], c["entries"][1] = c["entries"][1], c["entries"][0]


def _another_case(c: dict[str, Any]) -> None:
    # Entry 6, another case's, whole (with its real hash and signature) instead of a link.
    c["links"] = []
    c["entries"].insert(1, _whole(LOG[5]))


def _resigned_send(record: str) -> dict[str, Any]:
    """Entry 8, re-hashed and re-signed with another record: only the record is wrong."""
    entry = _whole(LOG[7])
    entry["record"] = record
    signed = canonical({k: entry[k] for k in entry if k not in ("entry_hash", "signature")})
    entry["entry_hash"] = sha256_hex(signed)
    entry["signature"] = base64.b64encode(KEY.sign(signed)).decode()
    return entry


OTHER_SEND = _resigned_send(send_record("ef" * 16))


def _not_last_send(c: dict[str, Any]) -> None:
    c["entries"][-1] = copy.deepcopy(OTHER_SEND)


def _no_change(c: dict[str, Any]) -> None:
    pass


CASES: list[tuple[str, Callable[[dict[str, Any]], None], dict[str, Any], str, bool]] = [
    ("removed entry", _remove_entry, {}, "custody entry 7 is missing", False),
    ("altered entry", _alter_entry, {}, "custody entry 5 was altered", False),
    ("link gap", _gap_in_links, {}, "custody entry 6 is missing", False),
    ("reordered pair", _reorder_pair, {}, "out of order", False),
    (
        "since not matching",
        _no_change,
        {"stored": LogPoint(4, "e" * 64)},
        "does not pass through entry 4 as headquarters holds it",
        False,
    ),
    (
        "since behind, another log",
        _no_change,
        {"stored": LogPoint(6, "e" * 64)},
        "does not pass through entry 6 as headquarters holds it",
        False,
    ),
    (
        "overtaken, not on the log held",
        _no_change,
        {"stored": LogPoint(9, "e" * 64), "known": {LogPoint(8, "e" * 64)}},
        "does not pass through entry 8",
        False,
    ),
    ("since ahead", _no_change, {"stored": LogPoint(3, LOG[2].entry_hash)}, "waiting", True),
    ("since ahead of nothing", _no_change, {"stored": None}, "waiting", True),
    ("another case", _another_case, {}, "custody entry 6 belongs to another case", False),
    (
        "not this packet's send",
        _not_last_send,
        {"head": LogPoint(8, OTHER_SEND["entry_hash"])},
        "not the sending of this packet",
        False,
    ),
    (
        "other content",
        _no_change,
        {"content_sha256": "d" * 64},
        "not the sending of this packet",
        False,
    ),
    (
        "another key",
        _no_change,
        {"sender_public_der": STRANGER.public_der},
        "custody entry 5 is not signed by the sender's key",
        False,
    ),
    (
        "head beyond",
        _no_change,
        {"head": LogPoint(9, HEAD.hash)},
        "custody entry 9 is missing",
        False,
    ),
    ("head hash", _no_change, {"head": LogPoint(8, "f" * 64)}, "does not end at the head", False),
]


@pytest.mark.parametrize(
    ("change", "overrides", "expected", "waiting"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_each_break_is_named(
    change: Callable[[dict[str, Any]], None],
    overrides: dict[str, Any],
    expected: str,
    waiting: bool,
) -> None:
    custody = copy.deepcopy(_custody())
    change(custody)
    fault = _run(custody, **overrides)
    assert fault is not None
    assert expected in fault.reason
    assert fault.waiting is waiting
    assert "\n" not in fault.reason


def test_a_packet_from_before_the_stored_head_continues_when_its_log_passes_through_it() -> None:
    # Sent before the previous packet was acknowledged: it starts at 4, headquarters holds
    # the log to 6 (entry or link) or to 8 (this very head).
    for stored in (LogPoint(5, LOG[4].entry_hash), LogPoint(6, LOG[5].entry_hash), HEAD):
        assert _run(_custody(), stored=stored) is None
    # Overtaken by a later packet (headquarters holds the log to 12): it ends on an entry an
    # accepted packet carried whole, so its whole log is the one headquarters holds.
    assert _run(_custody(), stored=LogPoint(12, "e" * 64), known={HEAD}) is None
    assert _run(_custody(), stored=GENESIS_POINT, since=GENESIS_POINT) is not None  # a gap


def test_a_reordered_pair_in_order_is_caught_by_the_chain() -> None:
    # The same swap, listed in ascending order: the chain (prev_hash) names it.
    custody = copy.deepcopy(_custody())
    a, b = custody["entries"][0], custody["entries"][1]
    a["seq"], b["seq"] = b["seq"], a["seq"]
    custody["entries"][0], custody["entries"][1] = b, a
    fault = _run(custody)
    assert fault is not None and "custody entry 5" in fault.reason


def test_log_points_are_parsed_strictly() -> None:
    assert LogPoint.parse({"seq": 3, "hash": GENESIS}) == LogPoint(3, GENESIS)
    bad: Any
    for bad in ({"seq": -1, "hash": GENESIS}, {"seq": True, "hash": GENESIS}, {"seq": 1}, []):
        with pytest.raises(ValueError):
            LogPoint.parse(bad)
