"""Receipts (fieldmon-receipt/1): headquarters acknowledges a packet, the monitor fetches, checks
and stores the receipt; forged receipts are refused with one line and nothing stored; a custody
log rewritten after a receipt is found by check. Real vaults, a real folder transport, packets
sent by fieldmon.exchange.send and received by fieldmon.exchange.receive."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest

from fieldmon.exchange import card as cards
from fieldmon.exchange import hq, receipts, receive, send, words
from fieldmon.vault import custody
from fieldmon.vault.check import check_vault
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli


def new_recipient() -> str:
    """A fresh age X25519 recipient (its identity is thrown away)."""
    return str(pyrage.x25519.Identity.generate().to_public())


class Org:
    """Headquarters and one enrolled monitor holding the sample cases, each in its own vault
    folder, and a shared folder transport between them."""

    def __init__(self, folder: Path, samples: Path) -> None:
        from fieldmon.exchange import casejson

        self.folder = folder
        self.hq = Vault.create(folder / "hq", PASSPHRASE, kdf=FAST_KDF)
        card = hq.init_hq(self.hq, "Fictional Watch", [], ("Escrow safe", new_recipient()))
        self.monitor = Vault.create(folder / "monitor", PASSPHRASE, kdf=FAST_KDF)
        self.monitor.install_certificates(
            hq.issue_certificate(self.hq, self.monitor.certificate_request())
        )
        cards.install_card(
            self.monitor, hq.current_card_document(self.hq), words.fingerprint_words(card.root_der)
        )
        casejson.import_file(self.monitor, samples)
        self.box = folder / "box"
        self.box.mkdir()

    def send(self, reference: str) -> str:
        """Send one case to the box; return the packet id."""
        return send.send_cases(self.monitor, [reference], str(self.box))[0].packet_id

    def receive(self) -> None:
        """Headquarters receives whatever is in the box (and writes the receipts)."""
        receive.receive(self.hq, str(self.box))

    def close(self) -> None:
        """Close both vaults."""
        self.hq.close()
        self.monitor.close()


@dataclass(frozen=True)
class FakeEnvelope:
    """An envelope as receipts.issue reads it, for forging receipts."""

    packet_id: str
    case: dict[str, Any]
    head: tuple[int, str]
    reply_to: str


def outbox_row(vault: Vault, packet_id: str) -> dict[str, Any]:
    """The outbox row of a packet, as a dict."""
    with vault.transaction():
        cursor = vault.conn.execute("SELECT * FROM outbox WHERE packet_id = ?", (packet_id,))
        names = [d[0] for d in cursor.description]
        return dict(zip(names, cursor.fetchone(), strict=True))


def envelope_of(vault: Vault, packet_id: str, **changes: Any) -> FakeEnvelope:
    """An envelope saying exactly what the monitor sent in this packet, with changes."""
    row = outbox_row(vault, packet_id)
    seq, _, digest = str(row["log_head"]).partition(":")
    fields: dict[str, Any] = {
        "packet_id": packet_id,
        "case": {
            "uuid": row["case_uuid"],
            "reference": row["reference"],
            "version": row["version"],
            "content_sha256": row["content_sha256"],
        },
        "head": (int(seq), digest),
        "reply_to": row["one_time_recipient"],
    }
    fields.update(changes)
    return FakeEnvelope(**fields)


def state(vault: Vault) -> tuple[int, int, list[str]]:
    """What a refused receipt must leave unchanged: receipts stored, custody entries, and
    the outbox states."""
    with vault.transaction():
        conn = vault.conn
        stored = conn.execute("SELECT count(*) FROM receipts").fetchone()[0]
        logged = conn.execute("SELECT count(*) FROM custody_log").fetchone()[0]
        states = [r[0] for r in conn.execute("SELECT state FROM outbox ORDER BY packet_id")]
    return int(stored), int(logged), states


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Org]:
    from fieldmon.resources import sample_cases_path

    made = Org(tmp_path_factory.mktemp("receipts"), sample_cases_path())
    yield made
    made.close()


def _plant(org: Org, packet_id: str, data: bytes) -> Path:
    path = org.box / "receipts" / f"{packet_id}.age"
    path.unlink(missing_ok=True)
    receipts.write(receipts_transport(org), packet_id, data)
    return path


def receipts_transport(org: Org) -> Any:
    """The box as a transport."""
    from fieldmon.exchange.transports import FolderTransport

    return FolderTransport(org.box)


def test_forged_receipts_are_refused_then_the_real_one_is_stored(org: Org) -> None:
    packet_a = org.send("AZ-2026-001")
    packet_b = org.send("AZ-2026-002")
    before = state(org.monitor)
    assert before[2] == ["sent", "sent"]

    other_hq = Vault.create(org.folder / "other-hq", PASSPHRASE, kdf=FAST_KDF)
    hq.init_hq(other_hq, "Other Watch", [], ("Escrow", new_recipient()))
    colleague = Vault.create(org.folder / "colleague", PASSPHRASE, kdf=FAST_KDF)
    colleague.install_certificates(hq.issue_certificate(org.hq, colleague.certificate_request()))
    seq = envelope_of(org.monitor, packet_a).head[0]
    forgeries = {
        "signed by another organisation's key": receipts.issue(
            other_hq, envelope_of(org.monitor, packet_a), "imported"
        ),
        "a wrong log head": receipts.issue(
            org.hq, envelope_of(org.monitor, packet_a, head=(seq, "0" * 64)), "imported"
        ),
        "another packet": receipts.issue(
            org.hq,
            envelope_of(
                org.monitor,
                packet_b,
                reply_to=envelope_of(org.monitor, packet_a).reply_to,
            ),
            "imported",
        ),
        "signed by the monitor itself": receipts.issue(
            org.monitor, envelope_of(org.monitor, packet_a), "imported"
        ),
        "signed by another enrolled monitor": receipts.issue(
            colleague, envelope_of(org.monitor, packet_a), "imported"
        ),
        "encrypted to another key": pyrage.encrypt(
            b"{}", [pyrage.x25519.Identity.generate().to_public()]
        ),
    }
    other_hq.close()
    colleague.close()
    with org.hq.transaction():  # the forgeries must not stand for headquarters' own receipts
        org.hq.conn.execute("DELETE FROM receipts_issued")
    expected = {
        "signed by another organisation's key": "not issued by the organisation's root",
        "a wrong log head": "log head (entry",
        "another packet": f"names packet {packet_b}, not {packet_a}",
        "signed by the monitor itself": "signed by this vault, not by headquarters",
        "signed by another enrolled monitor": "not signed by one of headquarters' receipt signers",
        "encrypted to another key": "does not open with the packet's one-time key",
    }
    for what, data in forgeries.items():
        _plant(org, packet_a, data)
        lines: list[str] = []
        assert receipts.fetch(org.monitor, lines.append) == [], what
        assert len(lines) == 1 and expected[what] in lines[0], (what, lines)
        assert "\n" not in lines[0]
        assert state(org.monitor) == before, what
    (org.box / "receipts" / f"{packet_a}.age").unlink()

    # Headquarters' own receipts, written by receive: both stored, logged, acknowledged.
    org.receive()
    lines = []
    fetched = receipts.fetch(org.monitor, lines.append)
    assert lines == []
    assert [r.packet_id for r in fetched] == [packet_a, packet_b]
    first = fetched[0]
    assert (first.reference, first.version, first.outcome) == ("AZ-2026-001", 1, "imported")
    assert first.log_head == envelope_of(org.monitor, packet_a).head
    stored, logged, states = state(org.monitor)
    assert (stored, logged, states) == (2, before[1] + 2, ["acknowledged", "acknowledged"])
    entries = [e for e in custody.entries(org.monitor.conn) if e.action == "receipt"]
    assert [e.record for e in entries] == [f"packet {packet_a}", f"packet {packet_b}"]
    assert entries[0].content_hash == custody.sha256_hex(first.document)
    assert receipts.fetch(org.monitor) == []  # nothing new
    assert [problem for _, problem in receipts.verify_stored(org.monitor)] == [None, None]
    assert check_vault(org.monitor).ok
    assert check_vault(org.hq).ok


def test_issue_gives_the_same_receipt_again_and_refuses_an_unknown_outcome(org: Org) -> None:
    packet = org.send("AZ-2026-003")
    envelope = envelope_of(org.monitor, packet)
    first = receipts.issue(org.hq, envelope, "duplicate")
    assert receipts.issue(org.hq, envelope, "imported") == first
    with pytest.raises(ValueError, match="outcome"):
        receipts.issue(org.hq, envelope, "lost")
    with org.hq.transaction():
        row = org.hq.conn.execute(
            "SELECT outcome, document FROM receipts_issued WHERE packet_id = ?", (packet,)
        ).fetchone()
    assert row[0] == "duplicate"
    assert json.loads(row[1])["receipt"]["packet"] == packet


def test_a_rewritten_log_after_a_receipt_is_found_by_check(
    tmp_path: Path, samples_json: Path
) -> None:
    org = Org(tmp_path, samples_json)
    try:
        packet = org.send("AZ-2026-002")
        org.receive()
        assert len(receipts.fetch(org.monitor)) == 1
        assert check_vault(org.monitor).ok
        seq = envelope_of(org.monitor, packet).head[0]
        # Someone with the passphrase rewrites the log from the anchored entry on, re-signed
        # with the vault's own key, so that the chain itself holds.
        vault = org.monitor
        with vault.transaction():
            conn = vault.conn
            conn.execute("DROP TRIGGER custody_log_never_shrinks")
            conn.execute("DELETE FROM custody_log WHERE seq >= ?", (seq,))
            for _ in range(3):
                custody.append(conn, vault.signer, vault.actor, "view", record="case")
        report = check_vault(vault)
        assert report.faults == [
            f"custody log: entry {seq} is not the entry headquarters' receipt for packet"
            f" {packet} (AZ-2026-002) anchors: the log was rewritten"
        ]
        vault.close()
        checked = run_cli(
            "check",
            "--vault",
            str(tmp_path / "monitor"),
            "--passphrase-stdin",
            stdin=PASSPHRASE + "\n",
        )
        assert checked.returncode != 0
        assert "the log was rewritten" in checked.stdout
    finally:
        org.close()


def test_receipts_cli(tmp_path: Path, samples_json: Path) -> None:
    org = Org(tmp_path, samples_json)
    packet = org.send("AZ-2026-001")
    org.receive()
    org.close()
    args = ("--vault", str(tmp_path / "monitor"), "--passphrase-stdin")
    fetched = run_cli("receipts", "fetch", *args, stdin=PASSPHRASE + "\n")
    assert fetched.returncode == 0, fetched.stderr
    [line] = fetched.stdout.splitlines()
    assert line.startswith(f"AZ-2026-001 version 1: packet {packet} imported at headquarters")
    assert line.endswith(" anchored")
    again = run_cli("receipts", "fetch", *args, stdin=PASSPHRASE + "\n")
    assert again.stdout.strip() == "No new receipts."
    listed = run_cli("receipts", "list", *args, stdin=PASSPHRASE + "\n")
    assert packet in listed.stdout and listed.returncode == 0
    verified = run_cli("receipts", "verify", *args, stdin=PASSPHRASE + "\n")
    assert verified.stdout.strip() == f"AZ-2026-001 packet {packet}: ok"
