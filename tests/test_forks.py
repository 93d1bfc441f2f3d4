"""Forks at headquarters (fieldmon.exchange.forks): a monitor's version that arrives after
headquarters edited the case is kept beside headquarters' version, never over it; a lawyer
reads both and keeps one, and nothing is deleted."""

from __future__ import annotations

import uuid

import pytest

from fieldmon.errors import ExchangeRefused, NotFound
from fieldmon.exchange import forks, inbox, send
from fieldmon.vault import versions
from fieldmon.vault.check import check_vault
from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.test_receive import REFERENCE, World, _edit, _sealed_hash, other, template, world

__all__ = ["other", "template", "world"]  # the fixtures, shared with test_receive

HQ_TITLE = "Detention at the district station (headquarters' wording)"
MONITOR_TITLE = "Detention at the district station (monitor's second account)"


def _fork(world: World, *, seal_at_hq: bool = False) -> forks.Fork:
    """Import version 1, edit it at headquarters, then receive the monitor's version 2."""
    world.send()
    world.receive()
    _edit(world.hq, HQ_TITLE)
    if seal_at_hq:
        world.hq.seal(REFERENCE)
    _edit(world.monitor, MONITOR_TITLE)
    world.send()
    results = world.receive()
    assert [r.state for r in results] == ["fork"]
    found = forks.open_forks(world.hq)
    assert len(found) == 1
    return found[0]


def test_a_monitor_version_after_an_hq_edit_is_kept_beside_it(world: World) -> None:
    fork = _fork(world)
    # Headquarters' edit is kept, sealed as its version 2; the monitor's is in the fork.
    assert world.hq.get_case(REFERENCE)["title"] == HQ_TITLE
    history = world.hq.history(REFERENCE)
    assert [v.version for v in history.versions] == [1, 2]
    assert fork.hq_version == 2 and fork.monitor_version == 2
    assert fork.incoming_sha256 == _sealed_hash(world.monitor)
    assert inbox.entries(world.hq)[0].state == "fork"
    ours, theirs = forks.side_by_side(world.hq, fork.fork_id)
    assert HQ_TITLE in ours and MONITOR_TITLE not in ours
    assert MONITOR_TITLE in theirs and HQ_TITLE not in theirs
    assert world.hq.custody_log(REFERENCE)[-1].action == "view"


def test_an_hq_version_sealed_before_the_monitor_s_also_forks(world: World) -> None:
    fork = _fork(world, seal_at_hq=True)
    assert fork.hq_version == 2
    assert world.hq.get_case(REFERENCE)["title"] == HQ_TITLE


def test_keeping_the_monitor_s_version_seals_it_and_deletes_nothing(world: World) -> None:
    fork = _fork(world)
    forks.resolve(world.hq, fork.fork_id, keep="monitor")
    assert world.hq.get_case(REFERENCE)["title"] == MONITOR_TITLE
    history = world.hq.history(REFERENCE)
    assert [v.version for v in history.versions] == [1, 2, 3]
    assert history.versions[-1].content_hash == _sealed_hash(world.monitor)
    assert history.changed_since_seal is False
    # Headquarters' own version 2 is still there, with its title.
    with world.hq.transaction():
        kept = versions.sealed_content(world.hq.conn, world.hq.case_uuid(REFERENCE), 2)
    assert kept is not None and kept["case"]["title"] == HQ_TITLE
    (done,) = forks.all_forks(world.hq)
    assert (done.resolution, done.resolved_by) == ("monitor", world.hq.actor)
    assert done.resolved_at is not None and forks.open_forks(world.hq) == []
    log = world.hq.custody_log(REFERENCE)
    assert [e.action for e in log[-2:]] == ["seal", "edit"]
    assert f"fork {fork.fork_id}" in (log[-1].record or "")
    assert check_vault(world.hq).faults == []
    # The monitor's next version follows on as an ordinary import.
    _edit(world.monitor, MONITOR_TITLE + ", corrected")
    world.send()
    assert [r.state for r in world.receive()] == ["imported"]


def test_keeping_headquarters_version(world: World) -> None:
    fork = _fork(world)
    forks.resolve(world.hq, fork.fork_id, keep="headquarters")
    assert world.hq.get_case(REFERENCE)["title"] == HQ_TITLE
    assert [v.version for v in world.hq.history(REFERENCE).versions] == [1, 2]
    (done,) = forks.all_forks(world.hq)
    assert done.resolution == "headquarters"
    assert world.hq.custody_log(REFERENCE)[-1].action == "edit"
    with pytest.raises(ExchangeRefused, match="was resolved"):
        forks.resolve(world.hq, fork.fork_id, keep="monitor")
    with pytest.raises(ExchangeRefused, match="keep must be"):
        forks.resolve(world.hq, fork.fork_id, keep="both")
    with pytest.raises(NotFound):
        forks.side_by_side(world.hq, fork.fork_id + 1)
    # Headquarters still differs from the monitor: its next version is a fork again.
    _edit(world.monitor, MONITOR_TITLE + ", corrected")
    world.send()
    assert [r.state for r in world.receive()] == ["fork"]


def test_cli_fork_list_show_resolve(world: World) -> None:
    fork = _fork(world)
    world.hq.close()
    vault = ["--vault", str(world.tmp / "hq"), "--passphrase-stdin"]
    stdin = PASSPHRASE + "\n"
    listed = run_cli("fork", "list", *vault, stdin=stdin)
    assert listed.returncode == 0, listed.stderr
    assert listed.stdout.startswith(f"{fork.fork_id}  {REFERENCE}  headquarters' version 2")
    shown = run_cli("fork", "show", str(fork.fork_id), *vault, stdin=stdin)
    assert HQ_TITLE in shown.stdout and MONITOR_TITLE in shown.stdout
    done = run_cli("fork", "resolve", str(fork.fork_id), "--keep", "monitor", *vault, stdin=stdin)
    assert done.returncode == 0, done.stderr
    again = run_cli("fork", "resolve", str(fork.fork_id), "--keep", "monitor", *vault, stdin=stdin)
    assert again.returncode == 11 and "was resolved" in again.stderr
    world.hq = world.hq.open(world.tmp / "hq", PASSPHRASE)
    assert world.hq.get_case(REFERENCE)["title"] == MONITOR_TITLE


def test_the_same_content_after_an_hq_edit_is_a_duplicate_not_a_fork(world: World) -> None:
    world.send()
    world.receive()
    _edit(world.hq, HQ_TITLE)
    world.send()  # the monitor sends the same version again
    assert [r.state for r in world.receive()] == ["duplicate"]
    history = world.hq.history(REFERENCE)
    assert [v.version for v in history.versions] == [1]
    assert history.changed_since_seal is True  # headquarters' edit is left as it was
    assert forks.open_forks(world.hq) == []


def test_files_added_under_the_same_item_at_both_ends_are_both_kept(world: World) -> None:
    """Headquarters and the monitor each attach a file as x2.1: the monitor's is a fork, its
    file stored under a free item id, and the monitor's later packets go on arriving."""
    world.send()
    world.receive()
    note = world.tmp / "hq-note.txt"
    note.write_bytes(b"Fictional note by headquarters' lawyer.\n")
    (hq_item,) = [a.item for a in world.hq.attach(REFERENCE, note)]
    mine = world.tmp / "monitor-note.txt"
    mine.write_bytes(b"Fictional note by the monitor, written in the field.\n")
    (monitor_item,) = [a.item for a in world.monitor.attach(REFERENCE, mine)]
    assert hq_item == monitor_item  # both x2.1
    world.send()
    results = world.receive()
    assert [(r.state, r.reason) for r in results] == [("fork", None)]
    (fork,) = forks.open_forks(world.hq)
    held = {
        a.item: world.hq.read_attachment(REFERENCE, a.item) for a in world.hq.attachments(REFERENCE)
    }
    assert held[hq_item] == note.read_bytes()
    moved = [item for item, data in held.items() if data == mine.read_bytes()]
    assert len(moved) == 1 and moved[0] != hq_item
    log = world.hq.custody_log(REFERENCE)
    assert any(f"stored as {moved[0]}" in (e.record or "") for e in log)
    assert check_vault(world.hq).faults == []
    # The monitor's next packet is not held up: another fork (nothing new to store).
    _edit(world.monitor, MONITOR_TITLE)
    world.send()
    assert [r.state for r in world.receive()] == ["fork"]
    assert len(world.hq.attachments(REFERENCE)) == len(held)
    # Keeping the monitor's version keeps both files.
    forks.resolve(world.hq, fork.fork_id, keep="monitor")
    assert world.hq.get_case(REFERENCE)["title"] != MONITOR_TITLE  # the first fork's document
    assert {a.item for a in world.hq.attachments(REFERENCE)} == set(held)
    assert check_vault(world.hq).faults == []


def test_keeping_the_monitor_s_version_of_a_renamed_case_keeps_hq_s_reference(
    world: World, other: Vault
) -> None:
    """Two monitors used one reference; headquarters filed the second as -2. Keeping that
    monitor's version of a fork files it under -2, not over the first case's reference."""
    world.send()
    world.receive()  # the first monitor's case is AZ-2026-001 at headquarters
    theirs = {**world.monitor.get_case(REFERENCE), "id": str(uuid.uuid4())}
    theirs["title"] = "Another monitor's case, numbered alike"
    other.store_cases([theirs])
    folder = world.tmp / "from-other"
    folder.mkdir()
    send.send_cases(other, [REFERENCE], str(folder))
    assert [r.state for r in world.receive(folder)] == ["imported"]
    renamed = f"{REFERENCE}-2"
    case = world.hq.get_case(renamed)
    case["title"] = HQ_TITLE
    world.hq.store_cases([case])
    theirs["title"] = MONITOR_TITLE
    other.store_cases([theirs])
    send.send_cases(other, [REFERENCE], str(folder))
    assert [r.state for r in world.receive(folder)] == ["fork"]
    (fork,) = forks.open_forks(world.hq)
    assert fork.reference == renamed
    forks.resolve(world.hq, fork.fork_id, keep="monitor")
    assert world.hq.get_case(renamed)["title"] == MONITOR_TITLE
    assert world.hq.get_case(renamed)["id"] == theirs["id"]
    assert world.hq.get_case(REFERENCE)["id"] == world.monitor.get_case(REFERENCE)["id"]
    assert check_vault(world.hq).faults == []


def test_fork_show_marks_what_differs_also_a_field_the_text_leaves_out(world: World) -> None:
    world.send()
    world.receive()
    case = world.hq.get_case(REFERENCE)
    case["title"] = HQ_TITLE
    person = case["persons"][0]["id"]
    words = case["summary"].split()[0]
    mention = {"field": "summary", "start": 0, "end": len(words), "text": words, "person": person}
    case["mentions"] = [*case.get("mentions", []), mention]
    world.hq.store_cases([case])
    _edit(world.monitor, MONITOR_TITLE)
    world.send()
    assert [r.state for r in world.receive()] == ["fork"]
    (fork,) = forks.open_forks(world.hq)
    shown = forks.compare(world.hq, fork.fork_id)
    assert f"-{REFERENCE}  {HQ_TITLE}" in shown.diff
    assert f"+{REFERENCE}  {MONITOR_TITLE}" in shown.diff
    assert any(line.startswith("-mentions[") and '"summary"' in line for line in shown.diff)
    assert not any(line.startswith(("-persons", "+persons")) for line in shown.diff)
    world.hq.close()
    vault = ["--vault", str(world.tmp / "hq"), "--passphrase-stdin"]
    out = run_cli("fork", "show", str(fork.fork_id), *vault, stdin=PASSPHRASE + "\n").stdout
    assert "What differs ('-' headquarters' version, '+' the monitor's):" in out
    assert f"+{REFERENCE}  {MONITOR_TITLE}" in out.splitlines()
    world.hq = world.hq.open(world.tmp / "hq", PASSPHRASE)
