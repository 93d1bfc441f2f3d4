"""Someone with the passphrase rewrites history: what `check` sees inside the vault, and what
a dossier made before the rewrite shows from outside (`verify --since`, history.compare).

Each attack works as an attacker holding the passphrase would: SQL through the vault's own
connection, with the triggers that refuse updates and deletes dropped, the log re-signed with
the vault's own signing key and the recorded head fixed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldmon.dossier import build, history
from fieldmon.exchange import casejson
from fieldmon.vault import anchors, custody
from fieldmon.vault.check import check_vault
from fieldmon.vault.custody import canonical, sha256_hex
from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE, decided_plan, run_cli

CASE = "AZ-2026-001"
_TRIGGERS = (
    "custody_log_append_only",
    "custody_log_never_shrinks",
    "case_versions_never_change",
    "case_versions_never_go",
)


def make_dossier(vault: Vault, out: Path) -> Path:
    """A real signed dossier (the quick `pattern` profile) of CASE."""
    plan = decided_plan(vault, [CASE], "pattern", "en")
    build.write_dossier(vault, plan, out)
    return out


def histories(path: Path) -> list[history.CaseHistory] | None:
    manifest = history.read_manifest(path)
    assert manifest is not None
    found, problems = history.parse(manifest)
    assert problems == []
    return found


def attack(vault: Vault, *statements: tuple[str, tuple[Any, ...]]) -> None:
    """Run SQL as an attacker with the passphrase: triggers dropped, in one transaction."""
    with vault.transaction():
        for name in _TRIGGERS:
            vault.conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        for sql, args in statements:
            vault.conn.execute(sql, args)


def fix_head(vault: Vault) -> None:
    seq, entry_hash = custody.head(vault.conn)
    with vault.transaction():
        if seq:
            vault.conn.execute(
                "UPDATE vault_meta SET value = ? WHERE key = 'custody_head'",
                (f"{seq}:{entry_hash}",),
            )
        else:
            vault.conn.execute("DELETE FROM vault_meta WHERE key = 'custody_head'")


def resign_from(vault: Vault, first: int) -> None:
    """Re-sign every entry from seq ``first`` with the vault's own key, as its owner could."""
    signer = vault.signer
    entries = custody.entries(vault.conn)
    prev = next((e.entry_hash for e in entries if e.seq == first - 1), custody.GENESIS)
    with vault.transaction():
        for entry in entries:
            if entry.seq < first:
                continue
            draft = custody.Entry(**{**entry.__dict__, "prev_hash": prev})
            message = canonical(draft.signed_part())
            prev = sha256_hex(message)
            vault.conn.execute(
                "UPDATE custody_log SET prev_hash = ?, entry_hash = ?, signature = ? WHERE seq = ?",
                (draft.prev_hash, prev, signer.sign(message), entry.seq),
            )
    fix_head(vault)


def edit(vault: Vault, title: str) -> None:
    case = vault.get_case(CASE)
    case["title"] = title
    vault.store_cases([case])


def seq_of(vault: Vault, entry_hash: str) -> int:
    return next(e.seq for e in custody.entries(vault.conn) if e.entry_hash == entry_hash)


def test_deleting_the_end_of_the_log_is_seen_from_outside(vault: Vault, tmp_path: Path) -> None:
    earlier = make_dossier(vault, tmp_path / "earlier.pdf")
    [before] = histories(earlier) or []
    # The last entry of the case the earlier dossier recorded (the view of the sealed version
    # it was built from) and everything after it go; the head recorded apart is fixed.
    assert [e.action for e in vault.custody_log(CASE)][-2:] == ["view", "export"]
    cut = seq_of(vault, before.entry_hashes[-1])
    attack(vault, ("DELETE FROM custody_log WHERE seq >= ?", (cut,)))
    fix_head(vault)
    # Inside the vault nothing is left to compare with: no seal entry was among them.
    assert check_vault(vault).ok
    later = make_dossier(vault, tmp_path / "later.pdf")
    found = history.compare(histories(earlier), histories(later))
    assert found.rewritten
    n = len(before.entry_hashes)
    assert found.lines == [
        f"{CASE}: the custody history was rewritten after entry {n - 1}"
        f" (entry {n} of the earlier dossier is different in this one)"
    ]


def test_deleting_a_seal_entry_is_seen_by_check(vault: Vault, tmp_path: Path) -> None:
    make_dossier(vault, tmp_path / "earlier.pdf")
    [seal] = [e for e in vault.custody_log(CASE) if e.action == "seal"]
    attack(vault, ("DELETE FROM custody_log WHERE seq >= ?", (seal.seq,)))
    fix_head(vault)
    report = check_vault(vault)
    assert report.faults == [
        f"sealed version {CASE} version 1 has no seal entry in the custody log"
    ]


def test_erasing_the_log_is_seen_by_check_and_from_outside(vault: Vault, tmp_path: Path) -> None:
    earlier = make_dossier(vault, tmp_path / "earlier.pdf")
    attack(
        vault,
        ("DELETE FROM custody_log", ()),
        ("DELETE FROM vault_meta WHERE key = 'custody_head'", ()),
    )
    report = check_vault(vault)
    assert f"sealed version {CASE} version 1 has no seal entry in the custody log" in report.faults
    assert (
        "custody log: empty, but the vault holds 3 case(s) and 1 sealed version(s); every one"
        " of them was logged when it was stored" in report.faults
    )
    later = make_dossier(vault, tmp_path / "later.pdf")
    found = history.compare(histories(earlier), histories(later))
    assert found.rewritten
    assert found.lines[-1].startswith(f"{CASE}: the custody history was rewritten after entry 0")


def test_dropping_the_last_sealed_version(vault: Vault, tmp_path: Path) -> None:
    vault.seal(CASE)
    edit(vault, "Blogger detained (second account)")
    earlier = make_dossier(vault, tmp_path / "earlier.pdf")  # seals version 2
    attack(vault, ("DELETE FROM case_versions WHERE version = 2", ()))
    report = check_vault(vault)
    [seal2] = [e for e in vault.custody_log(CASE) if e.record == "version 2" and e.action == "seal"]
    assert report.faults == [
        f"custody log: entry {seal2.seq} seals {CASE} version 2, which the vault no longer holds"
    ]
    # An export made now (it seals nothing) lacks the version the earlier dossier recorded.
    export = casejson.export_document(vault, [CASE])
    now, problems = history.parse(json.loads(casejson.dumps(export)))
    assert problems == []
    found = history.compare(histories(earlier), now)
    assert found.rewritten
    assert found.lines == [
        f"{CASE}: sealed version 2 of the earlier dossier is missing from this one"
    ]
    # A dossier made now seals the case again as version 2, by another seal entry.
    later = make_dossier(vault, tmp_path / "later.pdf")
    found = history.compare(histories(earlier), histories(later))
    assert found.lines == [f"{CASE}: sealed version 2 was sealed again by another entry"]
    assert any("has 2 seal entries" in f for f in check_vault(vault).faults)


def rewrite_version_1(vault: Vault, new_title: str) -> str:
    """Rewrite sealed version 1 and its seal entry, re-sign the log from there, fix the head."""
    uuid = vault.case_uuid(CASE)
    content = json.loads(
        vault.conn.execute(
            "SELECT content FROM case_versions WHERE case_uuid = ? AND version = 1", (uuid,)
        ).fetchone()[0]
    )
    content["case"]["title"] = new_title
    data = canonical(content)
    digest = sha256_hex(data)
    [seal] = [e for e in vault.custody_log(CASE) if e.record == "version 1" and e.action == "seal"]
    attack(
        vault,
        (
            "UPDATE case_versions SET content = ?, content_hash = ? WHERE case_uuid = ?"
            " AND version = 1",
            (data.decode(), digest, uuid),
        ),
        ("UPDATE custody_log SET content_hash = ? WHERE seq = ?", (digest, seal.seq)),
    )
    resign_from(vault, seal.seq)
    return digest


def test_rewriting_a_sealed_version_and_resigning(vault: Vault, tmp_path: Path) -> None:
    earlier = make_dossier(vault, tmp_path / "earlier.pdf")
    [before] = histories(earlier) or []
    old_hash = before.sealed[1][0]
    [seal] = [e for e in vault.custody_log(CASE) if e.record == "version 1" and e.action == "seal"]
    position = [e.seq for e in vault.custody_log(CASE)].index(seal.seq)
    new_hash = rewrite_version_1(vault, "Nothing happened")
    # Consistent and signed by the vault's own key: nothing inside the vault can tell.
    assert check_vault(vault).ok
    later = make_dossier(vault, tmp_path / "later.pdf")
    found = history.compare(histories(earlier), histories(later))
    assert found.rewritten
    n = len(before.entry_hashes)
    assert found.lines == [
        f"{CASE}: sealed version 1 was replaced (SHA-256 {old_hash} in the earlier dossier,"
        f" {new_hash} in this one)",
        f"{CASE}: the custody history was rewritten after entry {position}"
        f" (entries {position + 1} to {n} of the earlier dossier are different in this one)",
    ]


def test_an_untouched_history_extends_the_earlier(vault: Vault, tmp_path: Path) -> None:
    earlier = make_dossier(vault, tmp_path / "earlier.pdf")
    edit(vault, "Blogger detained (second account)")
    later = make_dossier(vault, tmp_path / "later.pdf")
    before, after = histories(earlier) or [], histories(later) or []
    found = history.compare(before, after)
    assert not found.rewritten
    added = len(after[0].entry_hashes) - len(before[0].entry_hashes)
    assert added > 0
    assert found.lines == [
        f"{CASE}: extends the earlier history (its {len(before[0].entry_hashes)} custody"
        f" entries unchanged, {added} added; every sealed version kept)"
    ]
    assert sorted(after[0].sealed) == [1, 2]


def test_the_manifest_records_this_case_only(vault: Vault, tmp_path: Path) -> None:
    vault.seal("AZ-2026-002")  # another case's entries must not show
    earlier = make_dossier(vault, tmp_path / "earlier.pdf")
    manifest = history.read_manifest(earlier)
    assert manifest is not None
    recorded = manifest["history"]
    assert recorded["format"] == anchors.HISTORY_FORMAT
    [case] = recorded["cases"]
    mine = [e.entry_hash for e in vault.custody_log(CASE)]
    assert case["entry_hashes"] == mine[: len(case["entry_hashes"])]
    assert case["head"] == anchors.chain_head(case["entry_hashes"])
    others = {e.entry_hash for e in vault.custody_log() if e.case_uuid != vault.case_uuid(CASE)}
    assert not others & set(case["entry_hashes"])
    # Nothing else in the manifest names the size of the whole log.
    text = json.dumps(manifest)
    assert str(custody.head(vault.conn)[0]) not in [str(v) for v in case.values()]
    assert "custody_head" not in text


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda c: c.update(head="0" * 64), "the recorded head is not the chain"),
        (lambda c: c["entry_hashes"].pop(), "the recorded head is not the chain"),
    ],
)
def test_a_history_that_does_not_add_up_is_named(
    vault: Vault, tmp_path: Path, change: Any, problem: str
) -> None:
    vault.seal(CASE)
    document = casejson.export_document(vault, [CASE])
    change(document["history"]["cases"][0])
    found, problems = history.parse(document)
    assert found is not None and len(problems) == 1 and problem in problems[0]


def test_a_manifest_without_history_is_no_history_recorded() -> None:
    assert history.parse({"format": "fieldmon-dossier-manifest/1", "annexes": []}) == (None, [])
    assert history.describe(None) == [
        "History:       no history recorded (made before FieldMon recorded it)"
    ]
    found = history.compare(None, [])
    assert found.rewritten
    assert found.lines == ["the earlier dossier records no history; nothing can be compared"]


def _cli_dossier(vault_dir: Path, out: Path, case: str = CASE) -> Path:
    result = run_cli(
        "dossier", case, "--profile", "pattern", "--out", str(out), "--vault", str(vault_dir),
        "--passphrase-stdin", stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return out


def test_cli_verify_since_reports_a_rewrite(vault_dir: Path, tmp_path: Path) -> None:
    earlier = _cli_dossier(vault_dir, tmp_path / "earlier.pdf")
    shown = run_cli("verify", str(earlier))
    [head] = [line for line in shown.stdout.splitlines() if line.startswith("History:")]
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        entries = [e.entry_hash for e in vault.custody_log(CASE)][:-1]  # not the export
        assert head == (
            f"History:       {CASE}: {len(entries)} custody entries, head"
            f" {anchors.chain_head(entries)}; sealed versions: 1"
        )
        new_hash = rewrite_version_1(vault, "Nothing happened")
        assert check_vault(vault).ok  # re-signed with the vault's own key
    later = _cli_dossier(vault_dir, tmp_path / "later.pdf")
    result = run_cli("verify", str(later), "--since", str(earlier))
    assert result.returncode == 1, result.stdout
    lines = result.stdout.splitlines()
    since = [line for line in lines if line.startswith("Since:")]
    assert since[0].startswith(f"Since:         {CASE}: sealed version 1 was replaced (SHA-256 ")
    assert since[0].endswith(f", {new_hash} in this one)")
    assert since[1].startswith(f"Since:         {CASE}: the custody history was rewritten after")
    assert lines[-1] == (
        f"Verdict:       NOT VALID: the history of its cases was rewritten since {earlier},"
        " or cannot be shown"
    )


def test_cli_verify_since_an_untouched_history(vault_dir: Path, tmp_path: Path) -> None:
    earlier = _cli_dossier(vault_dir, tmp_path / "earlier.pdf")
    later = _cli_dossier(vault_dir, tmp_path / "later.pdf")
    result = run_cli("verify", str(later), "--since", str(earlier))
    # Unchanged and extending; the signer is unverified without --trust (exit status 10).
    assert result.returncode == 10, result.stdout
    lines = result.stdout.splitlines()
    assert lines[-3].startswith(f"Since:         {CASE}: extends the earlier history (its ")
    assert lines[-2] == f"History:       extends that of {earlier}"
    assert lines[-1].startswith("Verdict:       SIGNER UNVERIFIED")


def test_cli_check_names_an_erased_log(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        vault.seal(CASE)
        attack(
            vault,
            ("DELETE FROM custody_log", ()),
            ("DELETE FROM vault_meta WHERE key = 'custody_head'", ()),
        )
    result = run_cli("check", "--vault", str(vault_dir), "--passphrase-stdin", stdin=PASSPHRASE)
    assert result.returncode == 6
    assert result.stdout.splitlines()[:2] == [
        f"FAULT: sealed version {CASE} version 1 has no seal entry in the custody log",
        "FAULT: custody log: empty, but the vault holds 3 case(s) and 1 sealed version(s); every"
        " one of them was logged when it was stored",
    ]


def test_cli_verify_since_a_dossier_of_other_cases_says_it_cannot_compare(
    vault_dir: Path, tmp_path: Path
) -> None:
    """Nothing rewritten, nothing in common: it says so, and does not claim a rewrite."""
    earlier = _cli_dossier(vault_dir, tmp_path / "earlier.pdf", "AZ-2026-002")
    later = _cli_dossier(vault_dir, tmp_path / "later.pdf")
    result = run_cli("verify", str(later), "--since", str(earlier))
    assert result.returncode == 1, result.stdout
    last = result.stdout.splitlines()[-1]
    assert last == (
        f"Verdict:       NOT VALID: its history cannot be compared with that of {earlier}"
        " (see Since above)"
    )
    assert "rewritten" not in last
