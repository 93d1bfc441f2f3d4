"""Issue 15's "Done when", in one test: two monitors and headquarters, each in its own vault
folder, exchanging over a real WebDAV server (wsgidav) on 127.0.0.1.

Enrol; send 200 cases with evidence and receive them; kill a sender mid-upload (a real
``fieldmon send`` process, killed while the server holds its second part) and resume; a
flipped byte in one part (quarantined); a revoked monitor (quarantined); the same packet
received twice and the same content sent twice (no change); an edit at headquarters, then a
new version from the monitor (a fork, flagged); receipts, purge, and ``check`` on every side.
Then a canary scan: no plaintext in the server's storage, the temp folder, or any vault folder.
"""

from __future__ import annotations

import copy
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyrage
import pytest

from fieldmon.crypto.identity import cert_fingerprint
from fieldmon.errors import NotFound
from fieldmon.exchange import card as cards
from fieldmon.exchange import destinations, forks, hq, packet, purge, receipts, send, words
from fieldmon.exchange.receive import receive
from fieldmon.resources import sample_cases_path
from fieldmon.vault.check import check_vault
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.webdav_server import WebDAVServer, running_webdav

CANARY_TEXT = "Zubeyda-canary-testimony-4471"
CANARY_FILE = b"Zubeyda-canary-evidence-9052"
CASES_EACH = 100
BIG_FILE_BYTES = 13 * 1024 * 1024  # four parts of at most 4 MiB


class PartGate:
    """WSGI middleware in front of the server: once armed, it lets ``allowed`` part uploads
    through and then holds every further one, as a link that drops mid-upload would."""

    def __init__(self, app: Callable[..., Any]) -> None:
        self.app = app
        self.armed = False
        self.allowed = 0
        self.held = threading.Event()
        self.release = threading.Event()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        if (
            self.armed
            and environ.get("REQUEST_METHOD") == "PUT"
            and "/parts/" in environ.get("PATH_INFO", "")
        ):
            if self.allowed <= 0:
                self.held.set()
                self.release.wait(60)
            self.allowed -= 1
        return self.app(environ, start_response)


def _template_case() -> dict[str, Any]:
    document = json.loads(sample_cases_path().read_text(encoding="utf-8"))
    case: dict[str, Any] = document["cases"][0]
    return case


def _cases(prefix: str, count: int) -> list[dict[str, Any]]:
    """Fictional cases made from the first sample, each with its own id, reference and the
    canary in an interview's narrative."""
    template = _template_case()
    made = []
    for n in range(count):
        case = copy.deepcopy(template)
        case["id"] = str(uuid.uuid4())
        case["reference"] = f"{prefix}-2026-{n + 1:04d}"
        case["interviews"][0]["narrative"] += f" {CANARY_TEXT} {n}."
        made.append(case)
    return made


def _store_with_files(vault: Vault, cases: list[dict[str, Any]], folder: Path) -> None:
    """Store the cases with one small evidence file each (evidence record x1); the plaintext
    inputs are deleted once stored."""
    folder.mkdir(parents=True, exist_ok=True)
    inputs: dict[tuple[int, str], Path] = {}
    for index, case in enumerate(cases):
        path = folder / f"note-{index}.txt"
        path.write_bytes(CANARY_FILE + f" statement {index} ".encode() * 40)
        inputs[(index, case["evidence"][0]["id"])] = path
    vault.store_cases(cases, action="import", files_to_attach=lambda: inputs)
    for path in inputs.values():
        path.unlink()


def _enrol(headquarters: Vault, monitor: Vault) -> None:
    monitor.install_certificates(hq.issue_certificate(headquarters, monitor.certificate_request()))
    document = hq.current_card_document(headquarters)
    root = cards.read_card(document).root_der
    cards.install_card(monitor, document, words.fingerprint_words(root))


def _dump(vault: Vault) -> dict[str, list[tuple[Any, ...]]]:
    with vault.transaction():
        tables = [
            str(r[0])
            for r in vault.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'search_index%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            t: sorted(map(tuple, vault.conn.execute(f'SELECT * FROM "{t}"').fetchall()), key=repr)
            for t in tables
        }


def _files_under(*folders: Path) -> Iterator[Path]:
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                yield path


def _holding(paths: Iterable[Path], needles: list[bytes]) -> list[str]:
    found = []
    for path in paths:
        data = path.read_bytes()
        found += [f"{path}: {n!r}" for n in needles if n in data]
    return found


def _cli(vault_dir: Path, *args: str, tmp: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TMPDIR": str(tmp)}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "fieldmon.cli",
            "--vault",
            str(vault_dir),
            "--passphrase-stdin",
            *args,
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdin is not None
    process.stdin.write(PASSPHRASE.encode() + b"\n")
    process.stdin.flush()
    return process


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temp folder of this test's own, for this process and the commands it starts."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


def test_two_monitors_and_headquarters_over_webdav(tmp_path: Path, private_tmp: Path) -> None:
    gate: list[PartGate] = []

    def wrap(app: Callable[..., Any]) -> Callable[..., Any]:
        gate.append(PartGate(app))
        return gate[0]

    with running_webdav(tmp_path / "webdav-storage", wrap=wrap) as server:
        _exchange(tmp_path, private_tmp, server, gate[0])


def _exchange(tmp: Path, private_tmp: Path, server: WebDAVServer, gate: PartGate) -> None:
    # -- enrolment ---------------------------------------------------------------------------
    headquarters = Vault.create(tmp / "hq", PASSPHRASE, kdf=FAST_KDF)
    escrow = str(pyrage.x25519.Identity.generate().to_public())
    hq.init_hq(headquarters, "Fictional Rights Bureau", [], ("Escrow", escrow))
    m1 = Vault.create(tmp / "monitor-1", PASSPHRASE, kdf=FAST_KDF)
    m2 = Vault.create(tmp / "monitor-2", PASSPHRASE, kdf=FAST_KDF)
    for vault in (headquarters, m1, m2):
        if vault is not headquarters:
            _enrol(headquarters, vault)
        destinations.add(
            vault, "hq", webdav_url=server.url, username=server.user, password=server.password
        )

    # -- 200 cases with evidence, sent and received --------------------------------------------
    batch1, batch2 = _cases("MA", CASES_EACH), _cases("MB", CASES_EACH)
    _store_with_files(m1, batch1, tmp / "inputs-1")
    _store_with_files(m2, batch2, tmp / "inputs-2")
    sent1 = send.send_cases(m1, [c["reference"] for c in batch1], "hq")
    sent2 = send.send_cases(m2, [c["reference"] for c in batch2], "hq")
    assert len(sent1) == len(sent2) == CASES_EACH
    assert {e.state for e in sent1 + sent2} == {"sent"}

    # -- a flipped byte in one part: that packet is quarantined, the others import -------------
    bad = sent1[7]
    parts = sorted((server.root / "packets" / bad.packet_id / "parts").iterdir())
    damaged = bytearray(parts[0].read_bytes())
    damaged[len(damaged) // 2] ^= 0x01
    parts[0].write_bytes(bytes(damaged))

    # -- a sender killed mid-upload, then resumed ----------------------------------------------
    big_case = _cases("MA", CASES_EACH + 1)[-1]
    m1.store_cases([big_case])
    big_input = tmp / "inputs-1" / "video.bin"
    big_input.write_bytes((CANARY_FILE + b" frame ") * (BIG_FILE_BYTES // 35))
    m1.attach(big_case["reference"], big_input, evidence_id=big_case["evidence"][0]["id"])
    big_input.unlink()
    m1.close()
    gate.allowed, gate.armed = 1, True
    killed = _cli(tmp / "monitor-1", "send", big_case["reference"], "--to", "hq", tmp=private_tmp)
    assert gate.held.wait(120), "the send never reached its second part"
    killed.send_signal(signal.SIGKILL)
    killed.wait(30)
    gate.armed = False
    gate.release.set()
    m1 = Vault.open(tmp / "monitor-1", PASSPHRASE)
    (unfinished,) = [e for e in send_outbox(m1) if e.reference == big_case["reference"]]
    assert unfinished.state in ("queued", "sending")
    assert not (server.root / "packets" / unfinished.packet_id / "envelope.age").exists()
    m1.close()
    resumed = _cli(tmp / "monitor-1", "send", "--to", "hq", tmp=private_tmp)
    _out, err = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, err.decode()
    m1 = Vault.open(tmp / "monitor-1", PASSPHRASE)
    (finished,) = [e for e in send_outbox(m1) if e.reference == big_case["reference"]]
    assert finished.packet_id == unfinished.packet_id and finished.state == "sent"

    results = receive(headquarters, "hq")
    states = {r.packet_id: r.state for r in results}
    assert states.pop(bad.packet_id) == "quarantined"
    assert set(states.values()) == {"imported"} and len(states) == 2 * CASES_EACH
    (quarantined,) = [r for r in results if r.state == "quarantined"]
    assert quarantined.reason and "\n" not in quarantined.reason and "part" in quarantined.reason
    assert headquarters.case_count() == 2 * CASES_EACH
    with pytest.raises(NotFound):
        headquarters.case_uuid(bad.reference)
    big_files = headquarters.attachments(big_case["reference"])
    assert [a.size for a in big_files] == [BIG_FILE_BYTES // 35 * 35]

    # -- the same packet twice, and the same content in a new packet: no change ----------------
    before = _dump(headquarters)
    assert receive(headquarters, "hq") == [] or all(
        r.state == "quarantined" and r.packet_id == bad.packet_id
        for r in receive(headquarters, "hq")
    )
    assert _dump(headquarters) == before
    again = send.send_cases(m1, [batch1[0]["reference"]], "hq")
    (duplicate,) = receive(headquarters, "hq")
    assert duplicate.packet_id == again[0].packet_id and duplicate.state == "duplicate"
    assert len(headquarters.history(batch1[0]["reference"]).versions) == 1

    # -- a revoked monitor: its packets are refused -------------------------------------------
    m2_cert = m2.identity().monitor_cert
    hq.revoke(headquarters, cert_fingerprint(m2_cert), "laptop seized at a checkpoint")
    late = _cases("MB", CASES_EACH + 1)[-1]
    m2.store_cases([late])
    (from_revoked,) = send.send_cases(m2, [late["reference"]], "hq")
    (refused,) = receive(headquarters, "hq")
    assert refused.packet_id == from_revoked.packet_id and refused.state == "quarantined"
    assert refused.reason and "revoked" in refused.reason
    with pytest.raises(NotFound):
        headquarters.case_uuid(late["reference"])

    # -- an edit at headquarters, then a new version from the monitor: a fork -----------------
    forked_ref = batch1[1]["reference"]
    at_hq = headquarters.get_case(forked_ref)
    at_hq["title"] = "Edited at headquarters: detention and ill-treatment (fictional)"
    headquarters.store_cases([at_hq])
    at_monitor = m1.get_case(forked_ref)
    at_monitor["summary"] += " The monitor added a later statement of the family."
    m1.store_cases([at_monitor])
    send.send_cases(m1, [forked_ref], "hq")
    (fork_result,) = receive(headquarters, "hq")
    assert fork_result.state == "fork"
    (fork,) = forks.open_forks(headquarters)
    ours, theirs = forks.side_by_side(headquarters, fork.fork_id)
    assert "Edited at headquarters" in ours and "later statement of the family" in theirs
    assert headquarters.get_case(forked_ref)["title"] == at_hq["title"]

    # -- receipts, purge, check ---------------------------------------------------------------
    fetched = receipts.fetch(m1)
    assert len(fetched) >= CASES_EACH
    purged_ref = batch1[2]["reference"]
    assert purge.purgeable(m1, purged_ref) is None
    purged_packets = [e.packet_id for e in send_outbox(m1) if e.reference == purged_ref]
    purge.purge(m1, purged_ref)
    with pytest.raises(NotFound):
        m1.case_uuid(purged_ref)
    identities = _identities_in(m1)
    for packet_id in purged_packets:
        folder = server.root / "packets" / packet_id
        envelope = (folder / "envelope.age").read_bytes()
        for key in identities:
            with pytest.raises(pyrage.DecryptError):
                pyrage.decrypt(envelope, [key])
        # Nor do the parts open: an evidence file's blob (its parts joined in the order that
        # only the envelope gives; every part on its own is tried too) was encrypted to a key
        # that went with the purge, the others to the card's readers and the one-time key.
        parts = sorted((folder / "parts").iterdir())
        assert parts
        opened = 0
        for whole in _blobs_of(headquarters, parts):
            opened += 1
            with pytest.raises(pyrage.DecryptError):
                pyrage.decrypt(whole, identities)
        assert opened, "the purged packets carried an evidence file"
        for part in parts:
            with pytest.raises(pyrage.DecryptError):
                pyrage.decrypt(part.read_bytes(), identities)
    for vault in (headquarters, m1, m2):
        report = check_vault(vault)
        assert report.ok, report
    for vault in (headquarters, m1, m2):
        vault.close()

    # -- no plaintext anywhere but where the user asked ---------------------------------------
    scanned = list(
        _files_under(server.root, private_tmp, tmp / "hq", tmp / "monitor-1", tmp / "monitor-2")
    )
    assert len(scanned) > 4 * CASES_EACH
    needles = [CANARY_TEXT.encode(), CANARY_TEXT.encode("utf-16-le"), CANARY_FILE]
    assert _holding(scanned, needles) == []


def send_outbox(vault: Vault) -> list[Any]:
    from fieldmon.exchange import outbox

    return outbox.entries(vault)


def _blobs_of(headquarters: Vault, parts: list[Path]) -> list[bytes]:
    """Each evidence file's blob of a packet, its parts joined in the manifest's order, read
    with headquarters' key (which the laptop does not hold)."""
    folder = parts[0].parent.parent
    envelope = packet.open_envelope(
        (folder / "envelope.age").read_bytes(), hq.hq_identities(headquarters)
    )
    return [
        b"".join((folder / "parts" / p).read_bytes() for p in o.parts)
        for o in envelope.objects
        if o.encoding == packet.AGE_BLOB
    ]


def _identities_in(vault: Vault) -> list[pyrage.x25519.Identity]:
    """Every X25519 identity written anywhere in the vault's tables."""
    found = []
    with vault.transaction():
        tables = [
            str(r[0])
            for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        for table in tables:
            for row in vault.conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    text = value.decode(errors="ignore") if isinstance(value, bytes) else str(value)
                    for word in text.replace('"', " ").split():
                        if word.startswith("AGE-SECRET-KEY-1"):
                            found.append(pyrage.x25519.Identity.from_str(word))
    assert found, "the vault should still hold its blob keys"
    return found
