"""Signed dossiers, checked by verifiers we did not write: poppler's pdfsig and pyHanko's
validator; redaction checked on the text poppler extracts and on qpdf's decompressed file."""

from __future__ import annotations

import io
import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from fieldmon.crypto import identity
from fieldmon.crypto.signing import SigningKey
from fieldmon.dossier import build
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault import identities
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, decided_plan, run_cli

ORG = "Fictional Rights Centre"


@pytest.fixture(scope="module")
def dossier_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    path = tmp_path_factory.mktemp("dossiers") / "vault"
    vault = Vault.create(path, PASSPHRASE, kdf=FAST_KDF, name="Monitor 7", organisation=ORG)
    casejson.import_file(vault, sample_cases_path())
    # The wrist photo and the medical report show the victim (issue 13: recorded per file).
    case = vault.get_case("AZ-2026-001")
    for record in case["evidence"]:
        record.update(appears=["p1"], appears_recorded=True)
    case["evidence"][1]["document_date"] = "2026-01-13"  # the report's own date
    vault.store_cases([case])
    yield vault
    vault.close()


@pytest.fixture(scope="module")
def root_pem(dossier_vault: Vault, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("root") / "root.pem"
    path.write_bytes(identity.pem(identities.current(dossier_vault.conn).root_cert))
    return path


_made: dict[tuple[str, str, tuple[str, ...]], Path] = {}


def make(
    vault: Vault, folder: Path, profile: str, references: list[str], language: str = "en"
) -> Path:
    key = (profile, language, tuple(references))
    if key not in _made:
        out = folder / f"{profile}-{language}-{len(_made)}.pdf"
        # AZ-2026-003's victim withdrew consent for the Court: the facts go only with a written
        # override (issue 13), which these tests of layout and signing give.
        the_plan = decided_plan(
            vault, references, profile, language, override_withdrawn="Test of the layout."
        )
        build.write_dossier(vault, the_plan, out)
        _made[key] = out
    return _made[key]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("out")


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def qdf_bytes(path: Path, tmp: Path) -> bytes:
    out = tmp / (path.stem + ".qdf.pdf")
    subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(path), str(out)],
        check=False,
        capture_output=True,
    )
    return out.read_bytes()


def nss_db(root: Path, tmp: Path) -> str:
    db = tmp / "nss"
    db.mkdir(exist_ok=True)
    subprocess.run(
        ["certutil", "-N", "-d", f"sql:{db}", "--empty-password"], check=True, capture_output=True
    )
    subprocess.run(
        [
            "certutil",
            "-A",
            "-d",
            f"sql:{db}",
            "-n",
            "fieldmon-root",
            "-t",
            "C,C,C",
            "-i",
            str(root),
        ],
        check=True,
        capture_output=True,
    )
    return f"sql:{db}"


def pdfsig(path: Path, nss: str | None = None) -> str:
    command = ["pdfsig"] + (["-nssdir", nss] if nss else []) + [str(path)]
    result = subprocess.run(command, capture_output=True, text=True)
    return result.stdout + result.stderr


def pyhanko_status(path: Path, root: Path) -> Any:
    reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
    roots = [asn1_x509.Certificate.load(d) for d in identity.load_pem_chain(root.read_bytes())]
    return validate_pdf_signature(
        reader.embedded_signatures[0], ValidationContext(trust_roots=roots, allow_fetching=False)
    )


def flip_inside_signed_range(path: Path, tmp: Path) -> Path:
    data = bytearray(path.read_bytes())
    position = len(data) // 3  # the signature's own hole is near the end of the file
    data[position] ^= 0x01
    out = tmp / ("changed-" + path.name)
    out.write_bytes(bytes(data))
    return out


@pytest.mark.parametrize(
    ("profile", "references"),
    [
        ("echr", ["AZ-2026-001"]),
        ("rule39", ["AZ-2026-001"]),
        ("un-srt", ["AZ-2026-001"]),
        ("wgad", ["AZ-2026-002"]),
        ("pattern", ["AZ-2026-001", "AZ-2026-002", "AZ-2026-003"]),
    ],
)
def test_every_profile_is_signed_and_verifies(
    dossier_vault: Vault,
    folder: Path,
    root_pem: Path,
    tmp_path: Path,
    profile: str,
    references: list[str],
) -> None:
    pdf = make(dossier_vault, folder, profile, references)
    nss = nss_db(root_pem, tmp_path)
    report = pdfsig(pdf, nss)
    assert "Signature is Valid" in report and "Certificate is Trusted" in report, report
    assert "Total document signed" in report
    status = pyhanko_status(pdf, root_pem)
    assert status.intact and status.valid and status.trusted
    ours = run_cli("verify", str(pdf), "--trust", str(root_pem))
    assert ours.returncode == 0 and "Verdict:       VALID" in ours.stdout, ours.stdout

    changed = flip_inside_signed_range(pdf, tmp_path)
    report = pdfsig(changed, nss)
    assert "Signature is Valid" not in report, report
    try:
        status = pyhanko_status(changed, root_pem)
        assert not (status.intact and status.valid)
    except Exception:  # pyHanko may refuse to parse the damaged file at all: also a failure
        pass
    ours = run_cli("verify", str(changed), "--trust", str(root_pem))
    assert ours.returncode == 1 and "NOT VALID" in ours.stdout
    assert "Traceback" not in ours.stderr


def test_every_font_is_embedded(dossier_vault: Vault, folder: Path) -> None:
    for profile, refs in (("echr", ["AZ-2026-001"]), ("pattern", ["AZ-2026-001"])):
        pdf = make(dossier_vault, folder, profile, refs)
        lines = subprocess.run(
            ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
        ).stdout.splitlines()[2:]
        assert lines
        for line in lines:
            columns = line.split()
            emb = columns[-5]
            assert emb == "yes", line


def test_scripts_are_embedded_and_extractable(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7")
    document = json.loads(sample_cases_path().read_text(encoding="utf-8"))
    case = document["cases"][1]
    case["interviews"][0]["narrative"] = (
        "ქართული ტექსტი. Հայերեն տեքստ. نص عربي قصير. Азәрбајҹан. Rəşad Əliyev, ğ ı İ ş ç ö ü."
    )
    vault.store_cases([case])
    out = tmp_path / "scripts.pdf"
    build.write_dossier(vault, decided_plan(vault, ["AZ-2026-002"], "echr", "en"), out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    for name in ("NotoSansGeorgian", "NotoSansArmenian", "NotoNaskhArabic", "NotoSans-Regular"):
        assert name in fonts
    text = pdftotext(out)
    for piece in ("ქართული", "Հայերեն", "ğ ı İ ş ç ö ü", "Лейла Мамедова"):
        assert piece in text
    vault.close()


def _forms(name: str) -> set[str]:
    forms = {name, name.upper(), name.lower()}
    for word in name.split():
        if len(word) > 2:
            forms |= {word, word.upper()}
    return forms


def _assert_absent(forms: set[str], text: str, raw: bytes) -> None:
    for form in forms:
        assert form not in text, form
        for encoding in ("utf-8", "utf-16-be"):
            assert form.encode(encoding) not in raw, (form, encoding)


def test_initials_only_in_echr(dossier_vault: Vault, folder: Path, tmp_path: Path) -> None:
    pdf = make(dossier_vault, folder, "echr", ["AZ-2026-001"])
    text = pdftotext(pdf)
    assert "Statement of S. Q." in text
    raw = qdf_bytes(pdf, tmp_path)
    _assert_absent(_forms("Səbinə Quliyeva") | {"Sabina", "Sebine"}, text, raw)
    # Someone who consented to their full name appears by it.
    assert "Rəşad Əliyev" in text
    # The representative appears under her professional identity, consent or not (issue 13).
    assert "Günel Hüseynova" in text


def test_not_at_all_in_un_srt(dossier_vault: Vault, folder: Path, tmp_path: Path) -> None:
    pdf = make(dossier_vault, folder, "un-srt", ["AZ-2026-001"])
    text = pdftotext(pdf)
    raw = qdf_bytes(pdf, tmp_path)
    _assert_absent(_forms("Səbinə Quliyeva") | {"S. Q.", "S.Q."}, text, raw)
    # No consent recorded for this recipient: the victim too is left out, and counted.
    _assert_absent(_forms("Rəşad Əliyev") | _forms("Рашад Алиев") | {"Rashad", "Resad"}, text, raw)
    assert "[identity withheld]" in text and "Person A" not in text
    assert "2 person(s) are left out" in " ".join(text.split())


def test_pattern_pseudonymises_everyone(dossier_vault: Vault, folder: Path, tmp_path: Path) -> None:
    pdf = make(dossier_vault, folder, "pattern", ["AZ-2026-001", "AZ-2026-002", "AZ-2026-003"])
    text = pdftotext(pdf)
    raw = qdf_bytes(pdf, tmp_path)
    for name in (
        "Rəşad Əliyev",
        "Лейла Мамедова",
        "Leyla Məmmədova",
        "Orxan Nəbiyev",
        "Səbinə Quliyeva",
        "Günel Hüseynova",
    ):
        _assert_absent(_forms(name), text, raw)
    assert "Electric shock" in text and "Police station" in text and "Border service" in text


def test_withdrawn_consent_leaves_statements_out(
    dossier_vault: Vault, folder: Path, tmp_path: Path
) -> None:
    # A victim who withdrew blocks the dossier (issue 13) unless overridden in writing.
    out = tmp_path / "withdrawn.pdf"
    # AZ-2026-003 has no applicant, so no Court application: the UN allegation letter.
    the_plan = decided_plan(
        dossier_vault, ["AZ-2026-003"], "un-srt", "en", override_withdrawn="Test: facts only."
    )
    build.write_dossier(dossier_vault, the_plan, out)
    pdf = out
    text = pdftotext(pdf)
    assert "1 statement(s) left out" in text
    assert "They asked me for the names" not in text
    assert "Orxan" not in text


def test_metadata_and_manifest_name_nobody(dossier_vault: Vault, folder: Path) -> None:
    pdf = make(dossier_vault, folder, "un-srt", ["AZ-2026-001"])
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert f"Author:          {ORG}" in info
    assert "AZ-2026-001" in info and "Əliyev" not in info
    reader = PdfFileReader(io.BytesIO(pdf.read_bytes()), strict=False)
    from fieldmon.dossier.verify import _embedded_files

    files = _embedded_files(reader)
    # Both files show the victim, who is only "Person A" here: withheld (issue 13).
    assert set(files) == {"manifest.json"}
    manifest = json.loads(files["manifest.json"])
    assert "Əliyev" not in json.dumps(manifest, ensure_ascii=False)
    assert manifest["annexes"] == []
    assert [w["evidence"] for w in manifest["withheld_annexes"]] == ["x1", "x2"]
    assert manifest["cases"][0]["sealed_version"] >= 1
    assert all(len(r["sha256"]) == 64 for r in manifest["records"])


def test_annex_list_gives_the_right_pages(dossier_vault: Vault, folder: Path) -> None:
    pdf = make(dossier_vault, folder, "echr", ["AZ-2026-001"])
    pages = pdftotext(pdf).split("\f")
    listing = next(p for p in pages if "List of annexes" in p)
    for number in (1, 2):
        start = next(i + 1 for i, p in enumerate(pages) if f"Annex {number}:" in p)
        row = next(line for line in listing.splitlines() if line.strip() == str(start))
        assert row
    total = len([p for p in pages if p.strip()])
    assert f"Page 1 of {total}" in pages[0]
    # Dated by the document's own date, never by when it was collected (issue 14).
    assert "13 January 2026" in listing and "date not recorded" in listing
    assert "12 January 2026, 11:40" not in listing and "14 January 2026, 16:00" not in listing


def test_dates_precision_and_time_limit(dossier_vault: Vault, folder: Path) -> None:
    text = pdftotext(make(dossier_vault, folder, "echr", ["AZ-2026-002"]))
    assert "January 2026" in text and "1 January" not in text
    text = pdftotext(make(dossier_vault, folder, "un-srt", ["AZ-2026-003"]))
    assert "February 2026 (day unknown)" in text
    text = pdftotext(make(dossier_vault, folder, "echr", ["AZ-2026-001"]))
    assert "four-month time limit" in text and "3 June 2026" in text


def test_outline(dossier_vault: Vault, folder: Path) -> None:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(make(dossier_vault, folder, "echr", ["AZ-2026-001"])))
    titles = [item.get_title() for item in document.get_toc()]
    document.close()
    assert "E. Statement of the facts (fields 58–60)" in titles and any(
        t.startswith("Annex 1:") for t in titles
    )


@pytest.mark.parametrize(
    ("language", "heading"), [("ru", "Изложение фактов"), ("az", "Faktların şərhi")]
)
def test_languages(dossier_vault: Vault, folder: Path, language: str, heading: str) -> None:
    text = pdftotext(make(dossier_vault, folder, "echr", ["AZ-2026-001"], language))
    assert heading in text


def test_export_is_in_the_custody_log(dossier_vault: Vault, folder: Path) -> None:
    pdf = make(dossier_vault, folder, "wgad", ["AZ-2026-002"])
    import hashlib

    digest = hashlib.sha256(pdf.read_bytes()).hexdigest()
    entries = [e for e in dossier_vault.custody_log("AZ-2026-002") if e.action == "export"]
    assert any(
        e.content_hash == digest and e.record and e.record.startswith("dossier wgad ")
        for e in entries
    )


def test_cli_dossier_preview_and_errors(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7")
    casejson.import_file(vault, sample_cases_path())
    vault.close()
    out = tmp_path / "d.pdf"

    def cli(*args: str) -> Any:
        return run_cli(
            *args, "--vault", str(tmp_path / "v"), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
        )

    made = cli("dossier", "AZ-2026-001", "--profile", "un-srt", "--out", str(out))
    assert made.returncode == 0, made.stderr
    assert "p4 Səbinə Quliyeva (witness): left_out [consent_none]" in made.stderr
    assert out.exists()
    again = cli("dossier", "AZ-2026-001", "--profile", "un-srt", "--out", str(out))
    assert again.returncode == 1 and "--force" in again.stderr and "Traceback" not in again.stderr
    missing = cli("dossier", "AZ-1999-1", "--profile", "echr", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "No case with reference" in missing.stderr
    bad = cli("dossier", "AZ-2026-001", "--profile", "nobody", "--out", str(tmp_path / "x.pdf"))
    assert bad.returncode == 2 and "invalid choice" in bad.stderr
    not_pdf = tmp_path / "note.pdf"
    not_pdf.write_text("hello")
    result = run_cli("verify", str(not_pdf))
    assert result.returncode == 1 and "NOT VALID" in result.stdout
    assert "Traceback" not in result.stderr
    nothing = run_cli("verify", str(tmp_path / "none.pdf"))
    assert nothing.returncode == 1 and "no such file" in nothing.stderr


def test_headquarters_root(tmp_path: Path) -> None:
    """An organisation with its own root issues the monitor's certificate from a CSR."""
    vault = Vault.create(
        tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, name="Monitor 3", organisation=ORG
    )
    casejson.import_file(vault, sample_cases_path())
    request = identities.csr(vault.conn)
    from cryptography import x509

    csr = x509.load_pem_x509_csr(request)
    assert csr.is_signature_valid
    hq_key = SigningKey.generate()
    hq_root = identity.make_root(hq_key, "Headquarters (fictional)")
    public = csr.public_key().public_bytes(*identity.serialization_args())
    issued = identity.issue_monitor(hq_root, hq_key, public, "Monitor 3", ORG)
    with pytest.raises(Exception, match="root certificate that issued"), vault.transaction():
        identities.install(vault.conn, identity.pem(issued))
    stranger = identity.issue_monitor(hq_root, hq_key, SigningKey.generate().public_der, "X", ORG)
    with pytest.raises(Exception, match="for this vault's key"), vault.transaction():
        identities.install(vault.conn, identity.pem(stranger) + identity.pem(hq_root))
    with vault.transaction():
        me = identities.install(vault.conn, identity.pem(issued) + identity.pem(hq_root))
    assert not me.own_root
    out = tmp_path / "hq.pdf"
    build.write_dossier(vault, decided_plan(vault, ["AZ-2026-001"], "echr", "en"), out)
    root = tmp_path / "hq.pem"
    root.write_bytes(identity.pem(hq_root))
    assert pyhanko_status(out, root).trusted
    assert run_cli("verify", str(out), "--trust", str(root)).returncode == 0
    vault.close()


def test_a_long_list_of_annexes_is_laid_out(tmp_path: Path) -> None:
    """A heading followed by more than a page (here 45 annexes) once looped forever."""
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7")
    document = json.loads(sample_cases_path().read_text(encoding="utf-8"))
    case = document["cases"][2]
    vault.store_cases([case])
    photo = sample_cases_path().parent / "wrist.jpg"
    for n in range(45):
        vault.attach("AZ-2026-003", photo, title=f"Photo {n + 1}")
    # Recorded as showing nobody identifiable, so that consent lets them be annexed.
    case = vault.get_case("AZ-2026-003")
    for record in case["evidence"]:
        record.update(appears=[], appears_recorded=True)
    vault.store_cases([case])
    out = tmp_path / "many.pdf"
    the_plan = decided_plan(vault, ["AZ-2026-003"], "un-srt", "en", override_withdrawn="Layout.")
    build.write_dossier(vault, the_plan, out)
    pages = pdftotext(out).split("\f")
    assert sum("Annex 45: Photo 45" in p for p in pages) == 1
    assert len([p for p in pages if p.strip()]) >= 47
    vault.close()


def _case_with_act_texts(tmp_path: Path) -> Vault:
    """The samples, with what a monitor types into two acts: descriptions naming people."""
    vault = Vault.create(tmp_path / "acts", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7")
    document = json.loads(sample_cases_path().read_text(encoding="utf-8"))
    case = document["cases"][0]
    acts = case["events"][0]["acts"]
    acts[0]["description"] = (
        "Seized outside the bakery while Səbinə Quliyeva watched from the bus stop."
    )
    acts[0]["arrest"]["access_to_family"] = "delayed"
    acts[1]["description"] = (
        "Hooded with a plastic bag in the basement; Günel Hüseynova saw the marks later."
    )
    vault.store_cases([case])
    return vault


def test_act_descriptions_reach_the_echr_dossier_redacted(tmp_path: Path) -> None:
    vault = _case_with_act_texts(tmp_path)
    out = tmp_path / "echr.pdf"
    build.write_dossier(vault, decided_plan(vault, ["AZ-2026-001"], "echr", "en"), out)
    text = " ".join(pdftotext(out).split())
    raw = qdf_bytes(out, tmp_path)
    assert "Seized outside the bakery while S. Q. watched from the bus stop." in text
    assert "Hooded with a plastic bag in the basement;" in text
    assert "saw the marks later." in text
    _assert_absent(_forms("Səbinə Quliyeva"), text, raw)
    assert "Günel Hüseynova saw the marks later." in text  # a professional party, named
    # Other act particulars: the span of the act, methods, arrest particulars, perpetrator.
    assert "9 January 2026, 16:00–19:30" in text  # a same-day span gives the day once
    assert "Code of Administrative Offences, art. 535.1" in text
    vault.close()


@pytest.mark.parametrize("profile", ["un-srt", "wgad"])
def test_act_descriptions_reach_the_un_dossiers(tmp_path: Path, profile: str) -> None:
    vault = _case_with_act_texts(tmp_path)
    out = tmp_path / f"{profile}.pdf"
    build.write_dossier(vault, decided_plan(vault, ["AZ-2026-001"], profile, "en"), out)
    text = " ".join(pdftotext(out).split())
    raw = qdf_bytes(out, tmp_path)
    assert "Seized outside the bakery while" in text
    assert "Code of Administrative Offences, art. 535.1" in text
    _assert_absent(_forms("Səbinə Quliyeva"), text, raw)
    vault.close()


def test_one_annex_per_evidence_record_and_the_rest_is_named() -> None:
    ref = build.StoredRef
    stored = [
        ref("x1.1", "x1"),
        ref("x1.2", "x1", "x1.1"),  # the copy without metadata of x1.1
        ref("x1.3", "x1"),
        ref("x1.4", "x1"),
        ref("x1.5", "x1", "x1.4"),
        ref("x2.1", "x2"),
        ref("x9.1", "x9"),  # its record is gone from the case
    ]
    choice = build.choose_annexes(["x1", "x2", "x3"], stored)
    assert choice.annexed == {"x1": ("x1.1", "x1.2"), "x2": ("x2.1", None)}
    assert choice.embedded() == ["x1.2", "x2.1"]
    assert choice.another_file_annexed == ["x1.3", "x1.4", "x1.5"]
    assert choice.no_record == ["x9.1"]


def test_a_special_rapporteurs_appeal_is_said_to_be_no_bar(
    dossier_vault: Vault, folder: Path
) -> None:
    """AZ-2026-001 went to the Special Rapporteur: section H lists it, and says why that is
    not 'another procedure' under Article 35 § 2 (b) (issue 14), so a reader is not misled."""
    text = " ".join(pdftotext(make(dossier_vault, folder, "echr", ["AZ-2026-001"])).split())
    assert "UN Special Rapporteur on Torture" in text
    assert "a special rapporteur's urgent appeal or allegation letter" in text
    assert "ARTICLE 35 § 2 (b)" not in text
