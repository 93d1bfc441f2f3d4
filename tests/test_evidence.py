"""Evidence files, sealed versions, the custody log and `check`, on real vaults and real blobs."""

from __future__ import annotations

import copy
import hashlib
import io
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from fieldmon.crypto import signing
from fieldmon.errors import FieldMonError, ImportRejected, NotFound, VaultBusy, VaultDamaged
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault import custody
from fieldmon.vault.check import check_vault
from fieldmon.vault.layout import COMPARTMENTS, blob_dir_name
from fieldmon.vault.store import Vault, vault_files
from tests.conftest import FAST_KDF, PASSPHRASE, write_json

SAMPLES = sample_cases_path().parent
PHOTO = SAMPLES / "wrist.jpg"
REPORT = SAMPLES / "medical-report.pdf"
AGE_CHUNK = 64 * 1024 + 16  # plaintext chunk plus its tag


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _blob(vault: Vault, reference: str, item: str) -> Path:
    name = vault.conn.execute(
        "SELECT blob_name FROM attachments a JOIN cases c ON c.rid = a.case_rid"
        " WHERE c.reference = ? AND a.item = ?",
        (reference, item),
    ).fetchone()[0]
    return vault.blob_dir / str(name)


def test_import_attaches_the_named_files(vault: Vault) -> None:
    stored = {a.item: a for a in vault.attachments("AZ-2026-001")}
    assert set(stored) == {"x1.1", "x2.1"}
    photo, report = stored["x1.1"], stored["x2.1"]
    assert (photo.sha256, photo.size) == (_sha256(PHOTO), PHOTO.stat().st_size)
    assert (report.sha256, report.media_type) == (_sha256(REPORT), "application/pdf")
    assert photo.media_type == "image/jpeg" and photo.original_name == "wrist.jpg"
    assert photo.collected_at.endswith("Z") and photo.collector == "FieldMon monitor"
    assert photo.metadata["camera"] == "SampleCam Model X-1"
    assert photo.metadata["taken"] == "2026:01:11 18:02:11"
    assert photo.metadata["gps"] == {"latitude": 40.4093, "longitude": 49.8671}
    assert vault.read_attachment("AZ-2026-001", "x1.1") == PHOTO.read_bytes()
    assert vault.read_attachment("AZ-2026-001", "x2") == REPORT.read_bytes()


def test_no_plaintext_of_any_attachment_in_the_vault(empty_vault: Vault, tmp_path: Path) -> None:
    canary = "CANARY-7f3e-Şəkil-Фото-" * 50
    note = tmp_path / "statement.txt"
    note.write_text(canary, encoding="utf-8")
    casejson.import_file(empty_vault, write_json(tmp_path / "c.json", _sample_document()))
    empty_vault.attach("AZ-2026-002", note, title="Handwritten statement")
    empty_vault.attach("AZ-2026-001", PHOTO, strip_metadata=True)
    photo = PHOTO.read_bytes()
    pdf = REPORT.read_bytes()
    needles = [canary[:40].encode(), photo[1000:1032], photo[-64:], pdf[200:232], b"SampleCam"]
    for path in vault_files(empty_vault.path):
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, (path.name, needle[:16])


def _sample_document() -> dict[str, Any]:
    import json

    return dict(json.loads(sample_cases_path().read_text(encoding="utf-8")))


def test_attach_new_evidence_and_strip_metadata(vault: Vault) -> None:
    original, stripped = vault.attach(
        "AZ-2026-002",
        PHOTO,
        title="Passport stamp",
        source_type="photograph",
        strip_metadata=True,
    )
    assert original.item == "x1.1" and stripped.item == "x1.2"
    assert stripped.derived_from == "x1.1" and stripped.derivation == "metadata_stripped"
    assert "gps" in original.metadata and "gps" not in stripped.metadata
    assert "camera" not in stripped.metadata
    record = vault.get_case("AZ-2026-002")["evidence"][0]
    assert record["title"] == "Passport stamp" and record["source_type"] == "photograph"
    clean = vault.read_attachment("AZ-2026-002", "x1.2")
    assert b"Exif" not in clean and b"SampleCam" not in clean
    # The pixels are the original's, not a re-encoding.
    with Image.open(io.BytesIO(clean)) as a, Image.open(PHOTO) as b:
        assert a.tobytes() == b.tobytes()


def test_attach_to_existing_record_and_refusals(vault: Vault, tmp_path: Path) -> None:
    more = vault.attach("AZ-2026-001", REPORT, evidence_id="x2")
    assert [a.item for a in more] == ["x2.2"]
    with pytest.raises(NotFound, match="no evidence record x9"):
        vault.attach("AZ-2026-001", REPORT, evidence_id="x9")
    with pytest.raises(FieldMonError, match="no such file"):
        vault.attach("AZ-2026-001", tmp_path / "nothing.jpg")
    with pytest.raises(FieldMonError, match="is not a file"):
        vault.attach("AZ-2026-001", tmp_path)
    before = len(vault.attachments("AZ-2026-001"))
    with pytest.raises(FieldMonError, match="application/pdf files is not supported"):
        vault.attach("AZ-2026-001", REPORT, strip_metadata=True)
    assert len(vault.attachments("AZ-2026-001")) == before
    assert len(list(vault.blob_dir.iterdir())) == before + 0


def test_extract(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "photo.jpg"
    vault.extract("AZ-2026-001", "x1.1", out)
    assert out.read_bytes() == PHOTO.read_bytes()
    out.write_bytes(b"mine")
    with pytest.raises(FieldMonError, match="--force"):
        vault.extract("AZ-2026-001", "x1.1", out)
    assert out.read_bytes() == b"mine"
    vault.extract("AZ-2026-001", "x1.1", out, force=True)
    assert out.read_bytes() == PHOTO.read_bytes()
    with pytest.raises(FieldMonError, match="is a folder"):
        vault.extract("AZ-2026-001", "x1.1", tmp_path)
    with pytest.raises(NotFound, match="no stored file x7"):
        vault.extract("AZ-2026-001", "x7", tmp_path / "x7")


def test_a_missing_file_fails_the_whole_import(empty_vault: Vault, tmp_path: Path) -> None:
    path = write_json(tmp_path / "cases.json", _sample_document())
    (tmp_path / "medical-report.pdf").unlink()
    with pytest.raises(ImportRejected) as caught:
        casejson.import_file(empty_vault, path)
    message = str(caught.value)
    for part in (str(path), "AZ-2026-001", "evidence[x2].file", "'medical-report.pdf'"):
        assert part in message
    assert empty_vault.list_cases() == []
    assert list(empty_vault.blob_dir.iterdir()) == []


def test_an_edit_cannot_drop_evidence_with_files(vault: Vault) -> None:
    case = vault.get_case("AZ-2026-001")
    case["evidence"] = case["evidence"][:1]
    with pytest.raises(ValueError, match=r"x2.*has stored files"):
        vault.store_cases([case])
    assert len(vault.get_case("AZ-2026-001")["evidence"]) == 2


def test_deleting_a_case_deletes_its_blobs(vault: Vault) -> None:
    blob = _blob(vault, "AZ-2026-001", "x1.1")
    assert blob.exists()
    vault.delete_case("AZ-2026-001")
    assert not blob.exists()
    assert vault.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0


# -- sealed versions ---------------------------------------------------------------------


def test_seal_edit_seal(vault: Vault) -> None:
    first, new = vault.seal("AZ-2026-001")
    assert (first.version, new, first.previous_hash) == (1, True, None)
    again, new = vault.seal("AZ-2026-001")
    assert (again, new) == (first, False)
    assert vault.history("AZ-2026-001").changed_since_seal is False

    case = vault.get_case("AZ-2026-001")
    case["title"] = "Blogger detained, ill-treated and fined"
    vault.store_cases([case])
    history = vault.history("AZ-2026-001")
    assert history.changed_since_seal and history.working_version == 2

    second, new = vault.seal("AZ-2026-001")
    assert (second.version, second.previous_hash) == (2, first.content_hash)
    old = vault.sealed_version("AZ-2026-001", 1)
    assert old["case"]["title"] == "Blogger detained and ill-treated after critical video"
    assert {a["sha256"] for a in old["attachments"]} == {_sha256(PHOTO), _sha256(REPORT)}
    with pytest.raises(NotFound):
        vault.sealed_version("AZ-2026-001", 3)


def test_reimport_after_sealing_makes_a_new_version(vault: Vault, tmp_path: Path) -> None:
    vault.seal("AZ-2026-003")
    document = _sample_document()
    document["cases"] = [copy.deepcopy(document["cases"][2])]
    document["cases"][0]["status"] = "open"
    casejson.import_file(vault, write_json(tmp_path / "again.json", document))
    history = vault.history("AZ-2026-003")
    assert history.changed_since_seal and history.working_version == 2
    assert vault.sealed_version("AZ-2026-003", 1)["case"]["status"] == "draft"


def test_a_sealed_case_cannot_be_deleted_and_versions_cannot_change(vault: Vault) -> None:
    vault.seal("AZ-2026-002")
    with pytest.raises(FieldMonError, match="only superseded"):
        vault.delete_case("AZ-2026-002")
    with pytest.raises(Exception, match="never changes"):
        vault.conn.execute("UPDATE case_versions SET actor = 'someone else'")
    with pytest.raises(Exception, match="never deleted"):
        vault.conn.execute("DELETE FROM case_versions")
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("DELETE FROM custody_log")


# -- custody log -------------------------------------------------------------------------


def test_every_action_is_logged_signed_and_chained(vault: Vault, tmp_path: Path) -> None:
    vault.view_case("AZ-2026-001")
    vault.read_attachment("AZ-2026-001", "x1.1")
    vault.extract("AZ-2026-001", "x2.1", tmp_path / "r.pdf")
    case = vault.get_case("AZ-2026-001")
    case["status"] = "submitted"
    vault.store_cases([case])
    vault.seal("AZ-2026-001")
    casejson.export_document(vault, ["AZ-2026-001"])
    entries = vault.custody_log("AZ-2026-001")
    actions = [e.action for e in entries]
    assert actions == [
        "import",
        "attach",
        "attach",
        "view",
        "view",
        "extract",
        "edit",
        "seal",
        "export",
    ]
    assert entries[1].content_hash == _sha256(PHOTO)
    assert entries[7].record == "version 1"
    public = vault.signer.public_der
    previous = None
    for entry in vault.custody_log():
        message = custody.canonical(entry.signed_part())
        assert signing.verify(public, entry.signature, message)
        assert entry.entry_hash == custody.sha256_hex(message)
        if previous is not None:
            assert entry.prev_hash == previous.entry_hash
        previous = entry
    assert check_vault(vault).ok


def test_new_case_is_logged_as_create(vault: Vault) -> None:
    case = copy.deepcopy(vault.get_case("AZ-2026-003"))
    case["id"] = "11111111-2222-4333-8444-555555555555"
    case["reference"] = "AZ-2026-010"
    vault.store_cases([case])
    assert [e.action for e in vault.custody_log("AZ-2026-010")] == ["create"]


def test_the_actor_is_the_monitor(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7") as vault:
        casejson.import_file(vault, sample_cases_path())
        assert {e.actor for e in vault.custody_log()} == {"Monitor 7"}
        assert vault.attachments("AZ-2026-001")[0].collector == "Monitor 7"


# -- check -------------------------------------------------------------------------------


def _reopen(vault: Vault) -> Vault:
    vault.close()
    return Vault.open(vault.path, PASSPHRASE)


def test_check_passes_on_a_fresh_vault(vault: Vault) -> None:
    vault.seal("AZ-2026-001")
    report = check_vault(vault)
    assert report.ok, report.faults
    assert report.checked["stored files"] == 2
    assert report.checked["sealed versions"] == 1


def test_one_flipped_byte_in_a_blob_is_named(vault: Vault) -> None:
    blob = _blob(vault, "AZ-2026-001", "x1.1")
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0x01
    blob.write_bytes(bytes(data))
    report = check_vault(vault)
    assert len(report.faults) == 1
    assert blob.name in report.faults[0] and "AZ-2026-001 x1.1" in report.faults[0]
    with pytest.raises(VaultDamaged, match=r"x1\.1 cannot be read"):
        vault.read_attachment("AZ-2026-001", "x1.1")


def test_a_blob_cut_at_a_chunk_boundary_is_never_a_shorter_file(
    vault: Vault, tmp_path: Path
) -> None:
    blob = _blob(vault, "AZ-2026-001", "x1.1")
    data = blob.read_bytes()
    header_end = data.index(b"\n---")
    payload = data.index(b"\n", header_end + 1) + 1 + 16  # after the header and stream nonce
    blob.write_bytes(data[: payload + AGE_CHUNK])  # exactly the first full chunk
    faults = check_vault(vault).faults
    assert len(faults) == 1 and blob.name in faults[0] and "truncated" in faults[0]
    out = tmp_path / "cut.jpg"
    with pytest.raises(VaultDamaged):
        vault.extract("AZ-2026-001", "x1.1", out)
    assert not out.exists()


def test_a_missing_blob_is_named(vault: Vault) -> None:
    blob = _blob(vault, "AZ-2026-001", "x2.1")
    blob.unlink()
    faults = check_vault(vault).faults
    assert faults == [f"blob {blob.name} (AZ-2026-001 x2.1): the file is missing"]


def test_a_deleted_log_row_is_named(vault: Vault) -> None:
    vault.view_case("AZ-2026-002")
    vault.conn.execute("DROP TRIGGER custody_log_never_shrinks")
    vault.conn.execute("DELETE FROM custody_log WHERE seq = 3")
    faults = check_vault(vault).faults
    assert any("entry 3 missing" in f for f in faults), faults


def test_removing_the_newest_entry_is_noticed(vault: Vault) -> None:
    vault.view_case("AZ-2026-002")
    last = vault.custody_log()[-1].seq
    vault.conn.execute("DROP TRIGGER custody_log_never_shrinks")
    vault.conn.execute("DELETE FROM custody_log WHERE seq = ?", (last,))
    faults = check_vault(vault).faults
    assert any(f"entry {last} was the last one written" in f for f in faults), faults


def test_an_altered_log_entry_is_named(vault: Vault) -> None:
    vault.conn.execute("DROP TRIGGER custody_log_append_only")
    vault.conn.execute("UPDATE custody_log SET actor = 'someone else' WHERE seq = 2")
    faults = check_vault(vault).faults
    assert faults == ["custody log: entry 2 was altered (its hash does not match)"]


def test_a_changed_sealed_row_is_named(vault: Vault) -> None:
    vault.seal("AZ-2026-001")
    vault.conn.execute("DROP TRIGGER case_versions_never_change")
    vault.conn.execute(
        "UPDATE case_versions SET content = replace(content, 'Rəşad', 'Rashid') WHERE version = 1"
    )
    faults = check_vault(vault).faults
    assert faults == [
        "sealed version AZ-2026-001 version 1 was altered: its content no longer matches its hash"
    ]


def test_a_resealed_row_with_a_matching_hash_still_fails_against_the_log(vault: Vault) -> None:
    vault.seal("AZ-2026-001")
    vault.conn.execute("DROP TRIGGER case_versions_never_change")
    row = vault.conn.execute("SELECT content FROM case_versions").fetchone()[0]
    forged = row.replace("Rəşad", "Rashid")
    vault.conn.execute(
        "UPDATE case_versions SET content = ?, content_hash = ?",
        (forged, hashlib.sha256(forged.encode()).hexdigest()),
    )
    faults = check_vault(vault).faults
    assert faults == [
        "sealed version AZ-2026-001 version 1 does not match the hash its seal entry signed"
    ]


def test_unfinished_blobs_are_removed_at_open(vault: Vault) -> None:
    (vault.blob_dir / "0123abcd.partial").write_bytes(b"age-encryption.org/v1 half")
    (vault.blob_dir / "feedbeef").write_bytes(b"a blob whose row never committed")
    reopened = _reopen(vault)
    try:
        assert sorted(reopened.cleaned) == ["0123abcd.partial", "feedbeef"]
        report = check_vault(reopened)
        assert report.ok and "removed 2 unfinished blob(s)" in report.notes[0]
        assert len(list(reopened.blob_dir.iterdir())) == 2
    finally:
        reopened.close()


def test_one_process_at_a_time(vault_dir: Path) -> None:
    with Vault.open(vault_dir, PASSPHRASE), pytest.raises(VaultBusy, match="open in another"):
        Vault.open(vault_dir, PASSPHRASE)
    with Vault.open(vault_dir, PASSPHRASE) as again:
        assert len(again.list_cases()) == 3


def test_an_older_vault_gets_a_signing_key(tmp_path: Path) -> None:
    old = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, schema_version=2)
    old.close()
    with Vault.open(tmp_path / "v", PASSPHRASE) as vault:
        assert vault.schema_version >= 3
        assert len(vault.signer.fingerprint) == 64
        casejson.import_file(vault, sample_cases_path())
        assert check_vault(vault).ok


def test_blob_folder_is_private(vault: Vault) -> None:
    assert vault.blob_dir == vault.path / blob_dir_name(vault.compartment)
    for n in COMPARTMENTS:  # the real vault's folder and the decoy's alike
        assert (vault.path / blob_dir_name(n)).stat().st_mode & 0o777 == 0o700
    for blob in vault.blob_dir.iterdir():
        assert blob.stat().st_mode & 0o777 == 0o600
