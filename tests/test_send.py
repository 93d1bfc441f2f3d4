"""Sending cases as packets: refusals that change nothing, a packet headquarters can open and
verify, a stopped send resumed, no plaintext on the WebDAV server or in the temp folder, flat
memory for a large evidence file, and the CLI (send, outbox, destination).

Real vaults, a real card issued by a headquarters vault, real age, a real WebDAV server.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fieldmon.crypto.identity import public_key_der
from fieldmon.errors import ExchangeRefused, FieldMonError, NotFound
from fieldmon.exchange import card as cards
from fieldmon.exchange import continuity, destinations, hq, outbox, packet, packing, send, words
from fieldmon.exchange.card import OrgCard
from fieldmon.exchange.transports import FolderTransport, Transport, WebDAVTransport
from fieldmon.vault import files
from fieldmon.vault.custody import GENESIS, sha256_hex
from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE, run_cli
from tests.test_packets import enrol
from tests.webdav_server import running_webdav

CASE = "AZ-2026-001"
CANARY = "QUOKKA-CANARY-7d41e0"


@dataclass
class Org:
    monitor: Vault
    hq: Vault
    card: OrgCard
    identities: list[str]


@pytest.fixture
def org(vault: Vault, empty_vault_factory: Any) -> Org:
    headquarters = empty_vault_factory()
    card = enrol(headquarters, vault)
    return Org(vault, headquarters, card, hq.hq_identities(headquarters))


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _state(vault: Vault) -> tuple[int, int, int]:
    """Custody entries, sealed versions and outbox rows: what a refusal must not change."""
    with vault.transaction():
        return tuple(  # type: ignore[return-value]
            int(vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("custody_log", "case_versions", "outbox")
        )


def _open(org: Org, transport: Transport, packet_id: str) -> packet.Envelope:
    envelope = packet.open_envelope(transport.read(packet.envelope_path(packet_id)), org.identities)
    packet.verify_envelope(envelope, org.card)
    return envelope


def _object(org: Org, transport: Transport, envelope: packet.Envelope, name: str) -> bytes:
    """An object's plaintext as headquarters reads it: an evidence file received into a blob
    (ciphertext, in a folder removed at once) and decrypted into memory."""
    if envelope.object(name).encoding == packet.AGE_BLOB:
        with tempfile.TemporaryDirectory() as folder:
            blob = Path(folder) / "blob"
            sealed = packet.receive_blob(transport, envelope, name, blob)
            return files.decrypt_bytes(blob, sealed.identity)
    out: list[bytes] = []
    packet.read_object(transport, envelope, name, org.identities, out.append)
    return b"".join(out)


def _blob_sizes(vault: Vault) -> dict[str, int]:
    """Item -> the size in bytes of its blob (the age file) in the vault."""
    with vault.transaction():
        rows = vault.conn.execute("SELECT item, blob_name FROM attachments").fetchall()
    return {str(item): (vault.blob_dir / str(name)).stat().st_size for item, name in rows}


def _big_file(path: Path, size: int, pattern: bytes = b"fictional evidence bytes ") -> Path:
    block = (pattern * (1 << 20 // len(pattern) + 1))[: 1 << 20]
    with open(path, "wb") as handle:
        for start in range(0, size, len(block)):
            handle.write(block[: min(len(block), size - start)])
    return path


def test_without_a_card_nothing_is_sent_sealed_or_logged(vault: Vault, usb: Path) -> None:
    before = _state(vault)
    with pytest.raises(ExchangeRefused) as caught:
        send.send_cases(vault, [CASE], str(usb))
    assert str(caught.value) == "no organisation card: run fieldmon hq enrol CARD first"
    assert _state(vault) == before and os.listdir(usb) == []


def test_a_certificate_not_issued_by_the_cards_root_is_refused(
    vault: Vault, empty_vault_factory: Any, usb: Path
) -> None:
    headquarters = empty_vault_factory()
    card = hq.init_hq(headquarters, "Fictional Rights Watch", [], ("escrow", _recipient()))
    cards.install_card(
        vault, hq.current_card_document(headquarters), words.fingerprint_words(card.root_der)
    )
    before = _state(vault)
    with pytest.raises(ExchangeRefused, match=r"^this vault's certificate is not issued by"):
        send.send_cases(vault, [CASE], str(usb))
    assert _state(vault) == before and os.listdir(usb) == []


def _recipient() -> str:
    from pyrage import x25519

    return str(x25519.Identity.generate().to_public())


def test_an_unknown_case_or_destination_changes_nothing(org: Org, usb: Path) -> None:
    before = _state(org.monitor)
    with pytest.raises(NotFound):
        send.send_cases(org.monitor, [CASE, "XX-0000-404"], str(usb))
    with pytest.raises(FieldMonError, match="no destination named nowhere, and no such folder"):
        send.send_cases(org.monitor, [CASE], "nowhere")
    assert _state(org.monitor) == before and os.listdir(usb) == []


def test_a_sent_packet_opens_verifies_and_continues_the_custody_log(org: Org, usb: Path) -> None:
    seen: list[tuple[int, int]] = []
    [first] = send.send_cases(
        org.monitor, [CASE], str(usb), progress=lambda d, t: seen.append((d, t))
    )
    assert first.state == "sent" and first.parts_done == first.parts_total == seen[-1][0]
    assert first.version == 1  # the case was sealed first
    transport = FolderTransport(usb)
    envelope = _open(org, transport, first.packet_id)
    sealed = org.monitor.history(CASE).versions[-1]
    assert envelope.case["content_sha256"] == sealed.content_hash
    assert sha256_hex(_object(org, transport, envelope, "case.json")) == sealed.content_hash
    with org.monitor.transaction():
        blobs = {
            str(item): (str(name), str(key))
            for item, name, key in org.monitor.conn.execute(
                "SELECT item, blob_name, age_identity FROM attachments"
            )
        }
    assert blobs
    for attachment in org.monitor.attachments(CASE):
        name = f"files/{attachment.item}"
        data = _object(org, transport, envelope, name)
        assert data == org.monitor.read_attachment(CASE, attachment.item, log_view=False)
        # Sent as the vault holds it: the blob's bytes cut into parts, its key in the manifest.
        found = envelope.object(name)
        blob_name, key = blobs[attachment.item]
        joined = b"".join(transport.read(packet.part_path(first.packet_id, p)) for p in found.parts)
        assert joined == (org.monitor.blob_dir / blob_name).read_bytes()
        assert (found.encoding, found.identity, found.blob_size) == ("age-blob", key, len(joined))
    log = json.loads(_object(org, transport, envelope, "custody.json"))
    public = public_key_der(envelope.cert_der)
    point = continuity.LogPoint
    args = (envelope.case["uuid"], envelope.packet_id, envelope.case["content_sha256"], public)
    assert envelope.since == (0, GENESIS)
    assert continuity.check(log, point(*envelope.since), point(*envelope.head), None, *args) is None
    # The next packet starts where the last ACKNOWLEDGED one ended: none yet, the beginning;
    # its log passes through the first one's head, which headquarters may hold.
    [second] = send.send_cases(org.monitor, [CASE], str(usb))
    later = _open(org, transport, second.packet_id)
    assert later.since == (0, GENESIS) and later.head[0] > envelope.head[0]
    log = json.loads(_object(org, transport, later, "custody.json"))
    args = (later.case["uuid"], later.packet_id, later.case["content_sha256"], public)
    stored = point(*envelope.head)
    assert continuity.check(log, point(*later.since), point(*later.head), stored, *args) is None
    assert [e.state for e in outbox.entries(org.monitor)] == ["sent", "sent"]
    with org.monitor.transaction():  # as receipts.fetch does with headquarters' receipt
        org.monitor.conn.execute(
            "UPDATE outbox SET state = 'acknowledged' WHERE packet_id = ?", (first.packet_id,)
        )
    [third] = send.send_cases(org.monitor, [CASE], str(usb))
    assert _open(org, transport, third.packet_id).since == envelope.head


def test_a_stopped_send_resumes_into_a_complete_packet(
    org: Org, usb: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packet, "PART_SIZE", 64 * 1024)
    source = _big_file(tmp_path / "video.bin", 300 * 1024 + 17)
    [item] = org.monitor.attach(CASE, source)
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done == 7:  # case, log, the sample files (3 parts), then 2 of the video's 5
            stop.set()

    [stopped] = send.send_cases(org.monitor, [CASE], str(usb), progress=progress, stop=stop)
    assert stopped.state == "sending" and stopped.parts_done == 7
    with org.monitor.transaction():
        video_parts = org.monitor.conn.execute(
            "SELECT count(*) FROM outbox_parts WHERE packet_id = ? AND object = 4",
            (stopped.packet_id,),
        ).fetchone()[0]
    assert video_parts == 2  # stopped in the middle of the multi-part evidence file
    blobs = sum(packing.part_count(n, 64 * 1024) for n in _blob_sizes(org.monitor).values())
    assert stopped.parts_total == 2 + blobs == 2 + 3 + 5  # case, log, the sample files, video
    transport = FolderTransport(usb)
    assert not transport.exists(packet.envelope_path(stopped.packet_id))
    # A part written but not recorded when the process was killed: made again, and removed.
    stray, data = packet.encrypt_part(b"half-sent", packet.recipients([_recipient()]))
    transport.write_once(packet.part_path(stopped.packet_id, stray), data)
    [resumed] = send.resume(org.monitor)
    assert resumed.packet_id == stopped.packet_id and resumed.state == "sent"
    assert resumed.parts_done == resumed.parts_total == 10
    envelope = _open(org, transport, stopped.packet_id)
    video = envelope.object(f"files/{item.item}")
    assert len(video.parts) == 5
    assert _object(org, transport, envelope, video.name) == source.read_bytes()
    listed = {p for o in envelope.objects for p in o.parts}
    assert set(transport.list(f"packets/{stopped.packet_id}/parts")) == listed
    assert send.resume(org.monitor) == []


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def _holds(folder: Path, needle: bytes) -> list[str]:
    return [str(p) for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_no_plaintext_reaches_the_webdav_server_or_the_temp_folder(
    org: Org, tmp_path: Path, private_tmp: Path
) -> None:
    case = org.monitor.get_case(CASE)
    case["summary"] += f" The witness said {CANARY}."
    org.monitor.store_cases([case])
    source = tmp_path / "src" / "statement.txt"
    source.parent.mkdir()
    source.write_text(f"Statement of a fictional witness: {CANARY}\n" * 200)
    org.monitor.attach(CASE, source)
    with running_webdav(tmp_path / "dav") as server:
        destinations.add(
            org.monitor, "hq", webdav_url=server.url, username=server.user, password=server.password
        )
        [sent] = send.send_cases(org.monitor, [CASE], "hq")
        assert sent.state == "sent" and sent.destination == "hq"
        transport = WebDAVTransport(server.url, server.user, server.password)
        envelope = _open(org, transport, sent.packet_id)
        # The canary is in what headquarters reads: the scan below can find it if it leaks.
        assert CANARY.encode() in _object(org, transport, envelope, "case.json")
    needle = CANARY.encode()
    assert _holds(tmp_path / "dav", needle) == []
    assert _holds(private_tmp, needle) == []
    assert _holds(org.monitor.path, needle) == []
    assert server.password.encode() not in b"".join(
        p.read_bytes() for p in (tmp_path / "dav").rglob("*") if p.is_file()
    )


def test_memory_stays_flat_for_a_large_evidence_file(org: Org, usb: Path, tmp_path: Path) -> None:
    size = 64 * 1024 * 1024
    org.monitor.attach(CASE, _big_file(tmp_path / "long-video.bin", size))
    tracemalloc.start()
    try:
        [sent] = send.send_cases(org.monitor, [CASE], str(usb))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # case, log, the two sample files, and the video's blob: 64 MiB and age's overhead.
    assert sent.state == "sent" and sent.parts_total == 4 + 17
    assert peak < size // 3, f"peak {peak / 2**20:.1f} MiB for a 64 MiB file"


def test_the_cli_adds_destinations_sends_and_lists_the_outbox(org: Org, tmp_path: Path) -> None:
    path = org.monitor.path
    org.monitor.close()
    secret = "cli-webdav-secret-3"
    with running_webdav(tmp_path / "dav", password=secret) as server:
        base = ("--vault", str(path), "--passphrase-stdin")
        added = run_cli(
            *base, "destination", "add", "hq", "--webdav", server.url, "--user", server.user,
            "--password-stdin", stdin=f"{PASSPHRASE}\n{secret}\n",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        listed = run_cli(*base, "destination", "list", stdin=f"{PASSPHRASE}\n")
        assert "hq  webdav  http://127.0.0.1" in listed.stdout and secret not in listed.stdout
        sent = run_cli(*base, "send", "--to", "hq", "--refs-stdin", stdin=f"{PASSPHRASE}\n{CASE}\n")
        assert sent.returncode == 0, sent.stderr
        assert sent.stdout.startswith("Sent ") and " sent " in sent.stdout
        packet_id = sent.stdout.split()[1]
        assert (tmp_path / "dav" / "packets" / packet_id / "envelope.age").is_file()
        table = run_cli(*base, "outbox", stdin=f"{PASSPHRASE}\n")
        assert table.stdout.splitlines()[0].split()[:5] == [
            "PACKET", "CASE", "VERSION", "DESTINATION", "STATE",
        ]  # fmt: skip
        assert f"{packet_id}  {CASE}" in table.stdout and "4/4" in table.stdout
        unknown = run_cli(*base, "send", "--to", "nowhere", CASE, stdin=f"{PASSPHRASE}\n")
        assert unknown.returncode != 0 and len(unknown.stderr.strip().splitlines()) == 1
