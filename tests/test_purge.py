"""Send-and-purge: a case acknowledged by headquarters leaves the laptop, keeping a stub; check
passes after it; nothing of the case stays in any page of the database (decrypted here with
SQLCipher 4's default parameters), in its write-ahead log or among the blobs; the packets left
in the folder open with nothing the vault holds. Real vaults, a real folder transport."""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from fieldmon.cli import main
from fieldmon.crypto import keyheader
from fieldmon.errors import ExchangeRefused, NotFound
from fieldmon.exchange import purge, receipts
from fieldmon.vault import custody, ids, purged
from fieldmon.vault.check import check_vault
from fieldmon.vault.layout import KEY_FILE
from fieldmon.vault.store import Vault
from fieldmon.vault.testimony import CaseStep, new_case, taken_references
from fieldmon.vault.validate import InvalidCase
from tests.conftest import PASSPHRASE, run_cli
from tests.test_receipts import Org

CANARY_TESTIMONY = "Quokkazephyr"
CANARY_FILE = "Marmotvellum"
CASE = "AZ-2026-003"
PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
IDENTITY = re.compile(rb"AGE-SECRET-KEY-1[0-9A-Z]+")


def _with_canaries(org: Org, tmp: Path) -> None:
    """Put a canary word in the testimony of CASE and in an evidence file of it (its name,
    title and bytes)."""
    case = org.monitor.get_case(CASE)
    case["interviews"][0]["narrative"] += f" The guard was called {CANARY_TESTIMONY}."
    org.monitor.store_cases([case])
    source = tmp / f"{CANARY_FILE}-statement.txt"
    source.write_text(f"Handwritten note naming {CANARY_FILE}.\n", encoding="utf-8")
    org.monitor.attach(CASE, source, title=f"Note by {CANARY_FILE}")
    source.unlink()


@pytest.fixture(scope="module")
def purged_org(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Org, dict[str, object]]]:
    """An organisation whose monitor sent CASE (with canaries), got the receipt and purged it;
    with what was seen before the purge."""
    from fieldmon.resources import sample_cases_path

    folder = tmp_path_factory.mktemp("purge")
    org = Org(folder, sample_cases_path())
    _with_canaries(org, folder)
    packet = org.send(CASE)
    org.receive()
    assert len(receipts.fetch(org.monitor)) == 1
    vault = org.monitor
    key = _database_key(vault)
    seen: dict[str, object] = {
        "packet": packet,
        "blobs": _case_blobs(vault),
        "pages": _plaintext(vault, key),
        "identities": _identities(vault),
        "sealed": [v.content_hash for v in vault.history(CASE).versions],
        "files": [a.sha256 for a in vault.attachments(CASE)],
        "uuid": vault.case_uuid(CASE),
    }
    assert purge.purgeable(vault, CASE) is None
    seen["report"] = purge.purge(vault, CASE)
    seen["key"] = key
    yield org, seen
    org.close()


def _case_blobs(vault: Vault) -> list[str]:
    with vault.transaction():
        rows = vault.conn.execute(
            "SELECT a.blob_name FROM attachments a JOIN cases c ON c.rid = a.case_rid"
            " WHERE c.reference = ?",
            (CASE,),
        ).fetchall()
    return [str(r[0]) for r in rows]


def _database_key(vault: Vault) -> bytes:
    raw = (vault.path / KEY_FILE).read_bytes()
    return keyheader.database_key(keyheader.unlock(raw, PASSPHRASE).master)


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    """One page as SQLCipher 4 encrypts it by default: AES-256-CBC of the page but its
    reserve (and, on page 1, the 16-byte salt), under the raw key, with the IV in the reserve."""
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    body = page[16 if first else 0 : PAGE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def _plaintext(vault: Vault, key: bytes) -> bytes:
    """Every page of the database file, free ones included, and every frame of its WAL,
    decrypted and joined."""
    data = vault.db_path.read_bytes()
    pages = [data[i : i + PAGE] for i in range(0, len(data), PAGE)]
    out = [_decrypt_page(p, key, i == 0) for i, p in enumerate(pages)]
    # Page 1 decrypts to the SQLite header after the salt: page size 4096, reserve 80.
    assert out[0][0:2] == PAGE.to_bytes(2, "big") and out[0][4] == RESERVE
    wal = Path(str(vault.db_path) + "-wal")
    if wal.exists():
        frames = wal.read_bytes()[32:]
        for i in range(0, len(frames) - 24 - PAGE + 1, 24 + PAGE):
            number = int.from_bytes(frames[i : i + 4], "big")
            out.append(_decrypt_page(frames[i + 24 : i + 24 + PAGE], key, number == 1))
    return b"\n".join(out)


def _identities(vault: Vault) -> set[str]:
    """Every age identity-looking string in every table of the vault."""
    found: set[str] = set()
    with vault.transaction():
        tables = [
            r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        for table in tables:
            for row in vault.conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    text = value.encode() if isinstance(value, str) else value
                    if isinstance(text, bytes):
                        found.update(m.decode() for m in IDENTITY.findall(text))
    return found


def _opens(data: bytes, identities: set[str]) -> bool:
    for secret in identities:
        try:
            pyrage.decrypt(data, [pyrage.x25519.Identity.from_str(secret)])
        except pyrage.DecryptError:
            continue
        return True
    return False


def _has(text: bytes, word: str) -> bool:
    return word.lower().encode() in text.lower()


def test_nothing_of_the_case_stays_in_any_page_or_the_wal(
    purged_org: tuple[Org, dict[str, object]],
) -> None:
    org, seen = purged_org
    before = seen["pages"]
    assert isinstance(before, bytes)
    assert _has(before, CANARY_TESTIMONY) and _has(before, CANARY_FILE)  # the scan sees them
    after = _plaintext(org.monitor, seen["key"])  # type: ignore[arg-type]
    assert not _has(after, CANARY_TESTIMONY)
    assert not _has(after, CANARY_FILE)
    assert not _has(after, "They asked me for the names of my friends")  # the sample narrative
    wal = Path(str(org.monitor.db_path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # Nor, raw, anywhere in the vault folder.
    for path in org.monitor.path.rglob("*"):
        if path.is_file():
            assert not _has(path.read_bytes(), CANARY_FILE), path


def test_the_blobs_are_gone_and_the_packets_open_with_nothing_on_the_laptop(
    purged_org: tuple[Org, dict[str, object]],
) -> None:
    org, seen = purged_org
    before = seen["identities"]
    assert isinstance(before, set)
    blobs_before = seen["blobs"]
    assert isinstance(blobs_before, list) and blobs_before  # the case had its file
    left = {p.name for p in org.monitor.blob_dir.iterdir()}
    assert left and left.isdisjoint(blobs_before)  # the other cases' blobs stay
    packet_files = [p for p in (org.box / "packets").rglob("*") if p.is_file()]
    envelope = org.box / "packets" / str(seen["packet"]) / "envelope.age"
    assert envelope in packet_files and len(packet_files) > 2
    # Before the purge the laptop could open its own packet (the one-time identity) ...
    assert _opens(envelope.read_bytes(), before)
    # ... after it, no identity the vault holds opens any file of it.
    after = _identities(org.monitor)
    assert after  # other identities remain (the other cases' blobs): the scan finds them
    for path in packet_files:
        assert not _opens(path.read_bytes(), after), path


def test_the_stub_the_log_and_check_after_a_purge(
    purged_org: tuple[Org, dict[str, object]],
) -> None:
    org, seen = purged_org
    vault = org.monitor
    report = seen["report"]
    assert isinstance(report, purge.PurgeReport)
    assert report.files == 1 and report.packets == 1 and report.records > 0
    assert report.note is None
    with vault.transaction():
        [stub] = purged.stubs(vault.conn)
        assert [v for _, v in stub.versions] == seen["sealed"]
        assert list(stub.files) == seen["files"]
        assert (stub.reference, stub.packet_id) == (CASE, seen["packet"])
        [entry] = [e for e in custody.entries(vault.conn) if e.action == "purge"]
        assert entry.content_hash == purged.stub_hash(stub)
        counts = {
            table: vault.conn.execute(
                f"SELECT count(*) FROM {table} WHERE case_uuid = ?", (seen["uuid"],)
            ).fetchone()[0]
            for table in ("case_versions", "drafts", "review_decisions", "forks")
        }
        identity = vault.conn.execute(
            "SELECT one_time_identity FROM outbox WHERE packet_id = ?", (seen["packet"],)
        ).fetchone()[0]
    assert counts == dict.fromkeys(counts, 0) and identity is None
    assert CASE not in [c.reference for c in vault.list_cases()]
    assert vault.search(CANARY_TESTIMONY) == []
    with pytest.raises(NotFound, match="already purged"):
        purge.purgeable(vault, CASE)
    # show, history, log: the case is not "unknown", it was purged, and when is said.
    with pytest.raises(NotFound, match=rf"^Case {CASE} was purged from this laptop on 20"):
        vault.get_case(CASE)
    with pytest.raises(NotFound, match="only its stub is kept"):
        vault.history(CASE)
    report_check = check_vault(vault)
    assert report_check.ok, report_check.faults
    assert report_check.checked["purged cases"] == 1


def test_a_purged_reference_is_never_given_again(
    purged_org: tuple[Org, dict[str, object]],
) -> None:
    """The stub, the log and headquarters still file the purged case under CASE: "New case",
    a testimony's new case and an import of another case may not take it."""
    org, _ = purged_org
    vault = org.monitor
    taken = taken_references(vault)
    assert CASE in taken and CASE not in [c.reference for c in vault.list_cases()]
    # The smallest free number for AZ, 2026 is CASE's: ids.new_reference would give it.
    assert ids.new_reference([r for r in taken if r != CASE], "AZ", 2026) == CASE
    assert ids.new_reference(taken, "AZ", 2026) != CASE
    step = CaseStep(title="Detention in Gabala", respondent_state="AZ")
    assert new_case(step, taken_references(vault), year=2026)["reference"] != CASE
    other = dict(vault.get_case("AZ-2026-001"), id=ids.new_case_id(), reference=CASE)
    log_before = len(vault.custody_log())
    with pytest.raises(InvalidCase, match=r"another case, purged from this laptop on 20"):
        vault.store_cases([other])
    assert len(vault.custody_log()) == log_before
    assert CASE not in [c.reference for c in vault.list_cases()]


def test_check_names_a_stub_without_its_receipt_or_purge_entry(
    purged_org: tuple[Org, dict[str, object]],
) -> None:
    org, seen = purged_org
    vault = org.monitor
    with vault.transaction():
        vault.conn.execute(
            "INSERT INTO purged_cases (case_uuid, reference, packet_id, versions, files,"
            " purged_at) VALUES ('c0ffee', 'AZ-2099-999', 'ab12', '[]', '[]', 'now')"
        )
        saved = vault.conn.execute(
            "SELECT * FROM receipts WHERE packet_id = ?", (seen["packet"],)
        ).fetchone()
        vault.conn.execute("DELETE FROM receipts WHERE packet_id = ?", (seen["packet"],))
    try:
        faults = check_vault(vault).faults
    finally:
        with vault.transaction():
            vault.conn.execute("DELETE FROM purged_cases WHERE case_uuid = 'c0ffee'")
            vault.conn.execute(
                f"INSERT INTO receipts VALUES ({', '.join('?' * len(saved))})", saved
            )
    assert faults == [
        f"purged case {CASE}: no receipt for packet {seen['packet']} is stored",
        "purged case AZ-2099-999 has no purge entry in the custody log",
        "purged case AZ-2099-999: no receipt for packet ab12 is stored",
    ]
    assert check_vault(vault).ok


def test_purge_is_refused_without_a_receipt_after_an_edit_or_with_a_draft(
    tmp_path: Path, samples_json: Path
) -> None:
    org = Org(tmp_path, samples_json)
    try:
        vault = org.monitor
        assert "never sealed" in str(purge.purgeable(vault, "AZ-2026-001"))
        org.send("AZ-2026-001")
        reason = purge.purgeable(vault, "AZ-2026-001")
        assert reason == (
            "no receipt from headquarters covers AZ-2026-001 version 1 yet (fieldmon receipts"
            " fetch)"
        )
        log_before = len(vault.custody_log())
        with pytest.raises(ExchangeRefused, match="no receipt"):
            purge.purge(vault, "AZ-2026-001")
        assert len(vault.custody_log()) == log_before
        org.receive()
        assert len(receipts.fetch(vault)) == 1
        case = vault.get_case("AZ-2026-001")
        vault.save_draft(case)
        assert "unsaved draft" in str(purge.purgeable(vault, "AZ-2026-001"))
        vault.discard_draft(case["id"])
        assert purge.purgeable(vault, "AZ-2026-001") is None
        case["title"] += " (edited)"
        vault.store_cases([case])
        reason = purge.purgeable(vault, "AZ-2026-001")
        assert reason is not None and "changed since version 1" in reason
        with pytest.raises(ExchangeRefused, match="changed since version 1"):
            purge.purge(vault, "AZ-2026-001")
        assert vault.get_case("AZ-2026-001")["title"].endswith("(edited)")
        assert check_vault(vault).ok
    finally:
        org.close()


def test_purge_cli_then_check_passes_on_both_sides(tmp_path: Path, samples_json: Path) -> None:
    org = Org(tmp_path, samples_json)
    org.send("AZ-2026-001")
    packet = org.send("AZ-2026-002")
    org.receive()
    org.close()
    monitor = ("--vault", str(tmp_path / "monitor"), "--passphrase-stdin")
    stdin = PASSPHRASE + "\n"
    refused = run_cli("purge", "AZ-2026-002", *monitor, "--yes", stdin=stdin)
    assert refused.returncode == 11
    assert refused.stdout.strip() == (
        "Not purged: no receipt from headquarters covers AZ-2026-002 version 1 yet"
        " (fieldmon receipts fetch)."
    )
    assert run_cli("receipts", "fetch", *monitor, stdin=stdin).returncode == 0
    unasked = run_cli("purge", "AZ-2026-002", *monitor, stdin=stdin)  # no terminal, no --yes
    assert unasked.returncode != 0 and "--yes" in unasked.stderr
    done = run_cli("purge", "AZ-2026-002", "AZ-2026-001", *monitor, "--yes", stdin=stdin)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Purged AZ-2026-002: removed ")
    assert f"the receipt for packet {packet}" in lines[1]
    assert lines[2].startswith("Purged AZ-2026-001: removed ")
    for vault in ("monitor", "hq"):
        checked = run_cli(
            "check", "--vault", str(tmp_path / vault), "--passphrase-stdin", stdin=stdin
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert "Vault is intact" in checked.stdout
    listed = run_cli("cases", *monitor, stdin=stdin)
    assert "AZ-2026-001" not in listed.stdout and "AZ-2026-003" in listed.stdout
    monitor_check = run_cli("check", *monitor, stdin=stdin)
    assert "2 purged cases" in monitor_check.stdout


class _Terminal(io.StringIO):
    """Standard input that says it is a terminal: the passphrase, then the answer."""

    def isatty(self) -> bool:
        return True


def test_purge_declined_on_the_terminal_exits_1_and_purges_nothing(
    tmp_path: Path,
    samples_json: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    org = Org(tmp_path, samples_json)
    org.send("AZ-2026-002")
    org.receive()
    assert receipts.fetch(org.monitor)
    org.close()
    monkeypatch.setattr(sys, "stdin", _Terminal(f"{PASSPHRASE}\nn\n"))
    vault = str(tmp_path / "monitor")
    status = main(["purge", "AZ-2026-002", "--vault", vault, "--passphrase-stdin"])
    shown = capsys.readouterr()
    assert status == 1, shown.err
    assert shown.err.strip() == "fieldmon: Nothing was purged: you answered no."
    with Vault.open(tmp_path / "monitor", PASSPHRASE) as monitor:
        assert monitor.get_case("AZ-2026-002")["reference"] == "AZ-2026-002"
