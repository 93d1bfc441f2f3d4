"""Receiving packets at headquarters (fieldmon.exchange.receive): real vaults (headquarters and
an enrolled monitor), real packets made by fieldmon.exchange.send, a real folder transport,
and a real WebDAV server for one test."""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest

from fieldmon.crypto.identity import cert_fingerprint
from fieldmon.errors import ExchangeRefused
from fieldmon.exchange import card as cards
from fieldmon.exchange import casejson, destinations, hq, inbox, packet, receipts, send, words
from fieldmon.exchange.receive import receive, receive_from, retry
from fieldmon.exchange.transports import FolderTransport
from fieldmon.resources import sample_cases_path
from fieldmon.vault.check import check_vault
from fieldmon.vault.custody import canonical, sha256_hex
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli
from tests.webdav_server import WebDAVServer, webdav_server  # noqa: F401 (fixture)

REFERENCE = "AZ-2026-001"
PHOTO = b"\x89PNG fictional photograph of a bruised wrist " * 1000


@dataclass
class World:
    """Headquarters, a monitor it certified (holding the samples and one file), a folder."""

    hq: Vault
    monitor: Vault
    folder: Path
    tmp: Path
    item: str

    def send(self, folder: Path | None = None, reference: str = REFERENCE) -> str:
        """Send the case to a folder; return the packet id."""
        made = send.send_cases(self.monitor, [reference], str(folder or self.folder))
        return made[0].packet_id

    def receive(self, folder: Path | None = None) -> list[inbox.InboxEntry]:
        return receive_from(self.hq, FolderTransport(folder or self.folder))


def _enrol(hq_vault: Vault, monitor: Vault) -> None:
    monitor.install_certificates(hq.issue_certificate(hq_vault, monitor.certificate_request()))
    card = hq.current_card_document(hq_vault)
    root = cards.read_card(card).root_der
    cards.install_card(monitor, card, words.fingerprint_words(root))


def _headquarters(path: Path) -> Vault:
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF)
    escrow = str(pyrage.x25519.Identity.generate().to_public())
    hq.init_hq(vault, "Fictional Rights Bureau", [], ("Escrow", escrow))
    return vault


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """Headquarters and its enrolled monitor, made once and closed; each test copies them."""
    base = tmp_path_factory.mktemp("receive-template")
    hq_vault = _headquarters(base / "hq")
    monitor = Vault.create(base / "monitor", PASSPHRASE, kdf=FAST_KDF)
    _enrol(hq_vault, monitor)
    casejson.import_file(monitor, sample_cases_path())
    photo = base / "wrist.png"
    photo.write_bytes(PHOTO)
    item = monitor.attach(REFERENCE, photo, evidence_id="x1")[0].item
    photo.unlink()
    other = Vault.create(base / "other", PASSPHRASE, kdf=FAST_KDF)  # a second monitor, no case
    _enrol(hq_vault, other)
    other.close()
    monitor.close()
    hq_vault.close()
    return base, item


@pytest.fixture
def other(world: World, template: tuple[Path, str]) -> Iterator[Vault]:
    """A second monitor of the same headquarters, with no case yet."""
    shutil.copytree(template[0] / "other", world.tmp / "other")
    vault = Vault.open(world.tmp / "other", PASSPHRASE)
    yield vault
    vault.close()


@pytest.fixture
def world(tmp_path: Path, template: tuple[Path, str]) -> Iterator[World]:
    base, item = template
    for name in ("hq", "monitor"):
        shutil.copytree(base / name, tmp_path / name)
    hq_vault = Vault.open(tmp_path / "hq", PASSPHRASE)
    monitor = Vault.open(tmp_path / "monitor", PASSPHRASE)
    folder = tmp_path / "mailbox"
    folder.mkdir()
    made = World(hq_vault, monitor, folder, tmp_path, item)
    yield made
    made.monitor.close()
    made.hq.close()


def _dump(vault: Vault) -> dict[str, Any]:
    """Every table's rows, and the blob folder's file names."""
    with vault.transaction():
        conn = vault.conn
        tables = [
            str(r[0])
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name"
            )
        ]
        dump: dict[str, Any] = {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    dump["blobs"] = (
        sorted(p.name for p in vault.blob_dir.iterdir()) if vault.blob_dir.exists() else []
    )
    return dump


def _edit(vault: Vault, title: str) -> None:
    case = vault.get_case(REFERENCE)
    case["title"] = title
    vault.store_cases([case])


def _sealed_hash(vault: Vault) -> str:
    return vault.history(REFERENCE).versions[-1].content_hash


def test_import_then_the_same_packet_again_changes_nothing(world: World) -> None:
    packet_id = world.send()
    results = world.receive()
    assert [(r.packet_id, r.state, r.reason) for r in results] == [(packet_id, "imported", None)]
    assert results[0].sender_name == world.monitor.identity().name
    # Headquarters holds the monitor's sealed version, byte for byte, and the file.
    assert _sealed_hash(world.hq) == _sealed_hash(world.monitor)
    assert world.hq.history(REFERENCE).changed_since_seal is False
    assert world.hq.read_attachment(REFERENCE, world.item, log_view=False) == PHOTO
    received = [e for e in world.hq.custody_log(REFERENCE) if e.action == "receive"]
    assert len(received) == 1 + len(world.hq.attachments(REFERENCE)) and all(
        packet_id in (e.record or "") for e in received
    )
    assert world.hq.custody_log(REFERENCE)[-1].action == "seal"

    report = check_vault(world.hq)
    assert report.faults == []
    # The receipt is beside the packet, and the monitor takes it.
    assert (world.folder / "receipts" / f"{packet_id}.age").is_file()
    (taken,) = receipts.fetch(world.monitor)
    assert (taken.packet_id, taken.outcome) == (packet_id, "imported")

    before = _dump(world.hq)
    log_before = world.hq.custody_log()
    assert world.receive() == []
    assert _dump(world.hq) == before
    assert world.hq.custody_log() == log_before


def test_a_second_version_is_imported_as_version_2(world: World) -> None:
    world.send()
    world.receive()
    _edit(world.monitor, "Detention and beating at the district station (revised)")
    world.send()
    results = world.receive()
    assert [r.state for r in results] == ["imported"]
    history = world.hq.history(REFERENCE)
    assert [v.version for v in history.versions] == [1, 2]
    assert history.versions[-1].content_hash == _sealed_hash(world.monitor)
    assert world.hq.get_case(REFERENCE)["title"].endswith("(revised)")
    assert len(world.hq.attachments(REFERENCE)) == len(world.monitor.attachments(REFERENCE))


def test_the_same_content_again_is_a_duplicate(world: World) -> None:
    world.send()
    world.receive()
    second = world.send()  # nothing changed: a new packet with the same content
    # Its receipt cannot be written at first: a file stands where the folder was.
    receipts_folder = world.folder / "receipts"
    receipts_folder.rename(world.tmp / "receipts-kept")
    receipts_folder.write_bytes(b"")
    try:
        results = world.receive()
    finally:
        receipts_folder.unlink()
        (world.tmp / "receipts-kept").rename(receipts_folder)
    # The first packet's receipt is missing from the source too: both are named.
    by_id = {r.packet_id: r for r in results}
    assert by_id.pop(second).state == "duplicate"
    assert [r.state for r in by_id.values()] == ["imported"]
    assert all("receipt not written" in (r.reason or "") for r in results)
    assert world.receive() == []  # both receipts written now
    assert (world.folder / "receipts" / f"{second}.age").is_file()
    assert [v.version for v in world.hq.history(REFERENCE).versions] == [1]


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def _envelope(world: World, packet_id: str, folder: Path | None = None) -> packet.Envelope:
    base = folder or world.folder
    data = (base / packet.envelope_path(packet_id)).read_bytes()
    return packet.open_envelope(data, hq.hq_identities(world.hq))


def test_a_flipped_byte_quarantines_the_packet_and_stores_nothing(world: World) -> None:
    packet_id = world.send()
    envelope = _envelope(world, packet_id)
    photo = next(o for o in envelope.objects if o.name == f"files/{world.item}")
    _flip(world.folder / packet.part_path(packet_id, photo.parts[0]))
    before = _dump(world.hq)
    results = world.receive()
    assert [r.state for r in results] == ["quarantined"]
    named = f"part 1 of {len(photo.parts)} of files/{world.item} does not match its hash"
    assert named in (results[0].reason or "")
    after = _dump(world.hq)
    assert after.pop("inbox") != before.pop("inbox")
    assert after == before  # no case, no custody entry, no blob
    # Quarantined for good: not read again.
    assert world.receive() == []


def test_a_flipped_byte_inside_a_streamed_file_leaves_no_blob(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file of two parts whose second is damaged: the first part has been streamed into a
    # blob when the damage is found, and the blob goes with the batch.
    monkeypatch.setattr(packet, "PART_SIZE", 16 * 1024)
    packet_id = world.send()
    envelope = _envelope(world, packet_id)
    photo = next(o for o in envelope.objects if o.name == f"files/{world.item}")
    assert len(photo.parts) > 2
    _flip(world.folder / packet.part_path(packet_id, photo.parts[-1]))
    before = _dump(world.hq)
    results = world.receive()
    assert [r.state for r in results] == ["quarantined"]
    after = _dump(world.hq)
    after.pop("inbox")
    before.pop("inbox")
    assert after == before


def _resign(world: World, packet_id: str, change: Any) -> None:
    """Replace a packet's envelope by one whose manifest is changed and signed again by the
    monitor's own key (a monitor's laptop gone wrong, not a stranger)."""
    envelope = _envelope(world, packet_id)
    manifest = json.loads(canonical(envelope.manifest))
    change(manifest)
    with world.monitor.transaction():
        key, cert = world.monitor.signer, world.monitor.identity().monitor_cert
    card = cards.installed_card(world.monitor)
    assert card is not None
    to = packet.recipients([*card.recipients(), envelope.reply_to])
    path = world.folder / packet.envelope_path(packet_id)
    path.write_bytes(packet.make_envelope(manifest, key, cert, to))


def _photo_index(manifest: dict[str, Any], item: str) -> int:
    return [o["name"] for o in manifest["objects"]].index(f"files/{item}")


def test_a_wrong_identity_signed_by_the_monitor_is_quarantined_and_leaves_no_blob(
    world: World,
) -> None:
    packet_id = world.send()

    def rekey(manifest: dict[str, Any]) -> None:
        other = str(pyrage.x25519.Identity.generate())
        manifest["objects"][_photo_index(manifest, world.item)]["identity"] = other

    _resign(world, packet_id, rekey)
    before = _dump(world.hq)
    results = world.receive()
    assert [r.state for r in results] == ["quarantined"]
    assert f"files/{world.item} does not decrypt with its key" in (results[0].reason or "")
    after = _dump(world.hq)
    after.pop("inbox")
    before.pop("inbox")
    assert after == before  # no blob, no row, no custody entry


def test_a_damaged_blob_under_rehashed_parts_is_quarantined(world: World) -> None:
    # Every part matches its hash and the manifest is signed by the monitor: only age's
    # authentication of each chunk, in headquarters' one decryption, finds the damage.
    packet_id = world.send()
    photo = _envelope(world, packet_id).object(f"files/{world.item}")
    old = world.folder / packet.part_path(packet_id, photo.parts[0])
    data = bytearray(old.read_bytes())
    data[-10] ^= 0x01
    digest = sha256_hex(bytes(data))
    FolderTransport(world.folder).write_once(packet.part_path(packet_id, digest), bytes(data))

    def swap(manifest: dict[str, Any]) -> None:
        manifest["objects"][_photo_index(manifest, world.item)]["parts"][0] = digest

    _resign(world, packet_id, swap)
    before = _dump(world.hq)
    results = world.receive()
    assert [r.state for r in results] == ["quarantined"]
    assert f"files/{world.item} does not decrypt with its key" in (results[0].reason or "")
    after = _dump(world.hq)
    after.pop("inbox")
    before.pop("inbox")
    assert after == before


def test_an_evidence_object_without_its_identity_is_refused_at_the_envelope(
    world: World,
) -> None:
    packet_id = world.send()

    def strip(manifest: dict[str, Any]) -> None:
        del manifest["objects"][_photo_index(manifest, world.item)]["identity"]

    _resign(world, packet_id, strip)
    data = (world.folder / packet.envelope_path(packet_id)).read_bytes()
    with pytest.raises(ExchangeRefused, match=rf"^the envelope is malformed: files/{world.item}"):
        packet.open_envelope(data, hq.hq_identities(world.hq))
    results = world.receive()
    assert [r.state for r in results] == ["quarantined"]
    assert f"files/{world.item} has no identity" in (results[0].reason or "")


def test_headquarters_keeps_the_monitors_blob_and_key(world: World) -> None:
    world.send()
    assert [r.state for r in world.receive()] == ["imported"]
    query = "SELECT a.item, a.blob_name, a.age_identity, a.sha256, a.size FROM attachments a"
    rows = {}
    for vault in (world.monitor, world.hq):
        with vault.transaction():
            found = {r[0]: r[1:] for r in vault.conn.execute(query).fetchall()}
        rows[vault] = {
            item: ((vault.blob_dir / name).read_bytes(), key, digest, size)
            for item, (name, key, digest, size) in found.items()
        }
    assert rows[world.monitor] == rows[world.hq] and world.item in rows[world.hq]
    assert check_vault(world.hq).ok


def test_a_revoked_monitor_is_quarantined(world: World) -> None:
    world.send()
    fingerprint = cert_fingerprint(world.monitor.identity().monitor_cert)
    hq.revoke(world.hq, fingerprint, "laptop seized at a checkpoint")
    results = world.receive()
    assert [r.state for r in results] == ["quarantined"]
    assert "revoked" in (results[0].reason or "")
    assert world.hq.list_cases() == []


def test_a_monitor_of_another_root_is_quarantined(world: World) -> None:
    # A monitor certified by another organisation's root signs a packet encrypted to this
    # headquarters: it decrypts, but its sender is not ours.
    packet_id = world.send()
    other_hq = _headquarters(world.tmp / "other-hq")
    stranger = Vault.create(world.tmp / "stranger", PASSPHRASE, kdf=FAST_KDF)
    try:
        _enrol(other_hq, stranger)
        envelope = _envelope(world, packet_id)
        manifest = dict(envelope.manifest)
        manifest["sender"] = cert_fingerprint(stranger.identity().monitor_cert)
        card = cards.installed_card(world.hq)
        assert card is not None
        to = packet.recipients([*card.recipients(), envelope.reply_to])
        forged = packet.make_envelope(
            manifest, stranger.signer, stranger.identity().monitor_cert, to
        )
        path = world.folder / packet.envelope_path(packet_id)
        path.write_bytes(forged)
    finally:
        stranger.close()
        other_hq.close()
    results = world.receive()
    assert [r.state for r in results] == ["quarantined"]
    assert "root" in (results[0].reason or "")
    assert world.hq.list_cases() == []


@pytest.mark.parametrize("first_arrives", [True, False])
def test_two_packets_in_flight_are_both_taken_in_either_order(
    world: World, first_arrives: bool
) -> None:
    first, second = world.tmp / "first", world.tmp / "second"
    first.mkdir()
    second.mkdir()
    world.send(first)
    _edit(world.monitor, "Detention at the district station, second account")
    world.send(second)  # the first is not acknowledged: both start at the beginning
    order = [first, second] if first_arrives else [second, first]
    states = [r.state for folder in order for r in world.receive(folder)]
    assert states == (["imported", "imported"] if first_arrives else ["imported", "duplicate"])
    assert _sealed_hash(world.hq) == _sealed_hash(world.monitor)  # the newest, either way
    # A later packet continues from wherever headquarters is.
    _edit(world.monitor, "Detention at the district station, third account")
    assert [r.state for r in world.receive(world.folder / ".." / _sent(world))] == ["imported"]
    assert _sealed_hash(world.hq) == _sealed_hash(world.monitor)


def _sent(world: World) -> str:
    """Send the case to a new folder under the test's; return the folder's name."""
    name = f"mailbox-{len(list(world.tmp.iterdir()))}"
    (world.tmp / name).mkdir()
    world.send(world.tmp / name)
    return name


def test_a_quarantined_packet_holds_nothing_up_and_can_be_examined_again(world: World) -> None:
    bad = world.send()
    envelope = _envelope(world, bad)
    part = world.folder / packet.part_path(bad, envelope.objects[0].parts[0])
    good = part.read_bytes()
    _flip(part)
    assert [r.state for r in world.receive()] == ["quarantined"]
    # The monitor sends again (no receipt came): headquarters takes it.
    _edit(world.monitor, "Detention at the district station, second account")
    again = world.send()
    assert [(r.packet_id, r.state) for r in world.receive()] == [(again, "imported")]
    # The sender uploads the damaged part again; headquarters' lawyer has it examined again.
    part.write_bytes(good)
    with pytest.raises(ExchangeRefused, match="not quarantined"):
        retry(world.hq, again)
    done = retry(world.hq, bad, str(world.folder))
    assert (done.state, done.reason) == ("duplicate", None)  # overtaken by the later one
    assert _sealed_hash(world.hq) == _sealed_hash(world.monitor)
    records = [e.record or "" for e in world.hq.custody_log(REFERENCE)]
    assert any(f"packet {bad} to be examined again" in r for r in records)


def test_a_missing_part_or_an_unreadable_envelope_waits_and_is_taken_later(world: World) -> None:
    packet_id = world.send()
    envelope = _envelope(world, packet_id)
    part = world.folder / packet.part_path(packet_id, envelope.objects[-1].parts[0])
    held = part.read_bytes()
    part.unlink()  # Syncthing delivered the envelope before this part
    results = world.receive()
    assert [r.state for r in results] == ["waiting"]
    assert "is missing" in (results[0].reason or "") and "next receive" in (results[0].reason or "")
    path = world.folder / packet.envelope_path(packet_id)
    sealed = path.read_bytes()
    path.write_bytes(sealed[: len(sealed) // 2])  # an envelope cut short
    part.write_bytes(held)
    results = world.receive()
    assert [r.state for r in results] == ["waiting"]
    assert "does not decrypt" in (results[0].reason or "")
    assert world.hq.list_cases() == []
    path.write_bytes(sealed)
    assert [r.state for r in world.receive()] == ["imported"]


def test_only_headquarters_receives(world: World) -> None:
    with pytest.raises(ExchangeRefused, match="not headquarters"):
        receive_from(world.monitor, FolderTransport(world.folder))


def test_a_packet_still_being_uploaded_is_left_alone(world: World) -> None:
    packet_id = world.send()
    envelope = world.folder / packet.envelope_path(packet_id)
    held = envelope.read_bytes()
    envelope.unlink()
    assert world.receive() == []
    assert inbox.entries(world.hq) == []
    envelope.write_bytes(held)
    assert [r.state for r in world.receive()] == ["imported"]


def test_receive_over_webdav_by_destination_name(
    world: World,
    webdav_server: WebDAVServer,  # noqa: F811 (fixture)
) -> None:
    for vault in (world.monitor, world.hq):
        destinations.add(
            vault,
            "bureau",
            webdav_url=webdav_server.url,
            username=webdav_server.user,
            password=webdav_server.password,
        )
    send.send_cases(world.monitor, [REFERENCE], "bureau")
    results = receive(world.hq, "bureau")
    assert [r.state for r in results] == ["imported"]
    assert world.hq.read_attachment(REFERENCE, world.item, log_view=False) == PHOTO
    assert webdav_server.password not in results[0].source


def test_cli_receive_and_inbox(world: World) -> None:
    packet_id = world.send()
    bad = world.send(reference="AZ-2026-002")
    envelope = _envelope(world, bad)
    _flip(world.folder / packet.part_path(bad, envelope.objects[0].parts[0]))
    world.hq.close()
    vault = str(world.tmp / "hq")
    result = run_cli(
        "receive",
        str(world.folder),
        "--vault",
        vault,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 11, result.stderr
    lines = result.stdout.splitlines()
    assert f"{packet_id} {REFERENCE}: imported" in lines
    assert any(line.startswith(f"{bad} AZ-2026-002: quarantined: ") for line in lines)
    result = run_cli("inbox", "--vault", vault, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 0
    assert packet_id in result.stdout and "quarantined" in result.stdout
    short = cert_fingerprint(world.monitor.identity().monitor_cert)[:11]
    assert f"{world.monitor.identity().name} [{short}]" in result.stdout
    result = run_cli(
        "receive",
        str(world.folder),
        "--vault",
        vault,
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert (result.returncode, result.stdout.strip()) == (0, "No new packets.")
    # The lawyer has the quarantined packet examined again: still damaged, quarantined again.
    retry_args = ("inbox", "retry", bad, "--from", str(world.folder), "--vault", vault)
    result = run_cli(*retry_args, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == 11 and f"{bad} AZ-2026-002: quarantined: " in result.stdout
    result = run_cli(
        *retry_args[:3], "--vault", vault, "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert result.returncode == 0 and f"{bad} AZ-2026-002: waiting: " in result.stdout
    world.hq = Vault.open(world.tmp / "hq", PASSPHRASE)


def test_content_hash_is_the_sealed_version_hash(world: World) -> None:
    packet_id = world.send()
    envelope = _envelope(world, packet_id)
    sealed = world.monitor.history(REFERENCE).versions[-1]
    assert envelope.case["content_sha256"] == sealed.content_hash
    content = world.monitor.sealed_version(REFERENCE, sealed.version)
    assert sha256_hex(canonical(content)) == sealed.content_hash
    assert json.loads(canonical(content)) == content


def test_two_monitors_own_cases_under_one_reference_are_both_kept(
    world: World, other: Vault
) -> None:
    mine = world.send()
    theirs_case = {**world.monitor.get_case(REFERENCE), "id": str(uuid.uuid4())}
    theirs_case["title"] = "Another monitor's case, numbered alike"
    other.store_cases([theirs_case])
    theirs = send.send_cases(other, [REFERENCE], str(world.folder))[0].packet_id
    states = {r.packet_id: (r.state, r.reason) for r in world.receive()}
    assert states == {mine: ("imported", None), theirs: ("imported", None)}
    renamed = f"{REFERENCE}-2"  # the packet received second (in packet id order) is renamed
    second, second_case = (theirs, theirs_case) if theirs > mine else (mine, None)
    first_case = world.monitor.get_case(REFERENCE) if second_case else theirs_case
    assert world.hq.get_case(REFERENCE)["id"] == first_case["id"]
    assert (
        world.hq.get_case(renamed)["id"] == (second_case or world.monitor.get_case(REFERENCE))["id"]
    )
    row = inbox.entry(world.hq, second)
    assert row is not None and (row.reference, row.monitor_reference) == (renamed, REFERENCE)
    assert f"{renamed} (monitor's {REFERENCE})" in row.line()
    mine_at_hq = REFERENCE if second == theirs else renamed
    theirs_at_hq = renamed if second == theirs else REFERENCE
    # The receipt names what the monitor sent; the monitor accepts it.
    assert [r.packet_id for r in receipts.fetch(other)] == [theirs]
    # Its next version is imported under headquarters' reference, not forked.
    theirs_case["title"] = "Another monitor's case, second account"
    other.store_cases([theirs_case])
    send.send_cases(other, [REFERENCE], str(world.folder))
    assert [r.state for r in world.receive()] == ["imported"]
    assert world.hq.get_case(theirs_at_hq)["title"] == theirs_case["title"]
    assert [v.version for v in world.hq.history(theirs_at_hq).versions] == [1, 2]
    assert [v.version for v in world.hq.history(mine_at_hq).versions] == [1]


def test_a_case_held_for_one_monitor_is_not_taken_from_another(
    world: World, other: Vault, template: tuple[Path, str]
) -> None:
    world.send()
    assert [r.state for r in world.receive()] == ["imported"]
    # The other monitor knows the case's uuid (from a dossier) and sends its own version.
    forged = world.monitor.get_case(REFERENCE)
    forged["title"] = "Rewritten by someone else"
    other.store_cases([forged])
    before = _dump(world.hq)
    results = world.receive(_folder_of(world, other))
    assert [r.state for r in results] == ["quarantined"]
    assert "case held for another monitor" in (results[0].reason or "")
    after = _dump(world.hq)
    after.pop("inbox")
    before.pop("inbox")
    assert after == before
    # The monitor itself, with a certificate issued again for the same key, still sends it.
    world.monitor.install_certificates(
        hq.issue_certificate(world.hq, world.monitor.certificate_request())
    )
    _edit(world.monitor, "Detention at the district station, second account")
    world.send()
    assert [r.state for r in world.receive()] == ["imported"]


def _folder_of(world: World, vault: Vault) -> Path:
    """Send the case from ``vault`` to a new folder; return the folder."""
    folder = world.tmp / "from-other"
    folder.mkdir()
    send.send_cases(vault, [REFERENCE], str(folder))
    return folder
