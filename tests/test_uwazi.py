"""Issue 15, point 6: ``fieldmon export-uwazi`` writes the cases for Uwazi's CSV import, as
consent to publication allows (docs/uwazi.md). The CSV is read back with Python's csv module
and checked against Uwazi's conventions and the cases' own data."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldmon.consent.review import ReviewRequired
from fieldmon.dossier.texts import Texts
from fieldmon.errors import ExchangeRefused, FieldMonError
from fieldmon.exchange import casejson, uwazi
from fieldmon.exchange.uwazi_rows import date_range
from fieldmon.exchange.uwazi_template import PROPERTIES, columns
from fieldmon.resources import sample_cases_path, vocabulary
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, record_nobody_appears, run_cli, write_json

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "samples" / "cases.json"
PERPETRATOR = "Tofiq Qasımov"
"""A fictional alleged perpetrator who consented to be named in full to the public: a
publication withholds his name all the same."""
VICTIM_SPELLINGS = ("Rəşad", "Əliyev", "Rashad", "Aliyev", "Рашад", "Алиев", "Rasad", "Aliev")
"""The victim of AZ-2026-001, who gave no consent to publication, in the spellings a reader
could find him by (Azerbaijani Latin, Latin without diacritics, Cyrillic)."""
PERPETRATOR_SPELLINGS = ("Tofiq", "Qasımov", "Qasimov", "Тофик", "Гасымов", "Kasimov")
DATE_RANGE = re.compile(r"^\d{4}-\d{2}-\d{2}:\d{4}-\d{2}-\d{2}$")


def _samples() -> Path:
    return SAMPLES if SAMPLES.exists() else sample_cases_path()


def _prepare(vault: Vault) -> None:
    """The samples, with AZ-2026-001 naming its victim and an alleged perpetrator in its
    summary, a witness who consented to publication under her initials, and its evidence
    recorded as showing nobody (so that consent alone decides the files)."""
    casejson.import_file(vault, _samples())
    case = vault.get_case("AZ-2026-001")
    case["persons"].append({"id": "p5", "name": PERPETRATOR, "roles": ["perpetrator"]})
    case["consents"] += [
        {"person": "p5", "recipient": "public", "identity": "full_name"},
        {"person": "p4", "recipient": "public", "identity": "initials"},
    ]
    case["summary"] = (
        "Rəşad Əliyev was taken from the street; Major Tofiq Qasımov ordered the beating."
        " Səbinə Quliyeva saw the arrest."
    )
    vault.store_cases([case])
    record_nobody_appears(vault, "AZ-2026-001")


def _decided(vault: Vault) -> uwazi.UwaziExport:
    try:
        return uwazi.plan(vault, [])
    except ReviewRequired as needed:
        return uwazi.plan(vault, [], {c.key: "replace" for c in needed.candidates})


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One export of the three sample cases, written once for the module's tests."""
    folder = tmp_path_factory.mktemp("uwazi")
    vault = Vault.create(folder / "vault", PASSPHRASE, kdf=FAST_KDF)
    try:
        _prepare(vault)
        export = _decided(vault)
        out = folder / "cases.zip"
        digest = uwazi.write(vault, export, out)
        archive = zipfile.ZipFile(out)
        text = archive.read("import.csv").decode("utf-8")
        rows = {r["case_reference"]: r for r in csv.DictReader(io.StringIO(text))}
        header = next(csv.reader(io.StringIO(text)))
        yield {
            "vault": vault,
            "out": out,
            "digest": digest,
            "archive": archive,
            "rows": rows,
            "header": header,
            "case": vault.get_case("AZ-2026-001"),
            "cases": {r: vault.get_case(r) for r in rows},
        }
    finally:
        vault.close()


def _values(cell: str) -> list[str]:
    return [v for v in cell.split("|") if v]


def test_columns_follow_uwazis_conventions(exported: dict[str, Any]) -> None:
    header = exported["header"]
    assert header == columns()
    assert "title__en" in header and "title__ru" in header
    bare = {h for h in header if "__" not in h}
    suffixed = {h.split("__")[0] for h in header if "__" in h}
    assert not bare & suffixed  # Uwazi fails a property given with and without a language
    for name in suffixed:
        assert {f"{name}__en", f"{name}__ru"} <= set(header)
    # Uwazi refuses a language suffix on a type without languages (validateColumns.ts).
    for p in PROPERTIES:
        if p.type not in ("text", "markdown", "select", "multiselect", "link"):
            assert p.name in header and not p.multilingual
    assert "attachments" in header


def test_multiple_values_and_groups(exported: dict[str, Any]) -> None:
    row = exported["rows"]["AZ-2026-001"]
    for prop in ("act_types", "methods", "violations", "places"):
        en, ru = _values(row[f"{prop}__en"]), _values(row[f"{prop}__ru"])
        assert len(en) > 1 and len(en) == len(ru)  # paired by position, as Uwazi reads them
    methods = [v.split("::") for v in _values(row["methods__en"])]
    assert all(len(m) == 2 for m in methods)
    assert {group for group, _ in methods} <= set(_values(row["act_types__en"]))
    assert all(v.startswith("Пытки::") for v in _values(row["methods__ru"]))
    assert _values(row["violations__en"])[0] == (
        "European Convention on Human Rights::Article 3 of the Convention"
    )


def test_dates_are_iso_ranges_as_precise_as_known(exported: dict[str, Any]) -> None:
    for row in exported["rows"].values():
        for value in _values(row["event_dates"]):
            assert DATE_RANGE.match(value), value
    assert exported["rows"]["AZ-2026-002"]["event_dates"] == "2026-01-01:2026-01-31"  # month
    assert exported["rows"]["AZ-2026-003"]["event_dates"] == "2026-02-01:2026-02-28"
    assert exported["rows"]["AZ-2026-001"]["intervention_dates"] == "2026-01-20"
    assert date_range("2024", None, "year") == "2024-01-01:2024-12-31"
    assert date_range("2024-02", None, None) == "2024-02-01:2024-02-29"
    assert date_range("2026-01-09T14:20", "2026-01-10T02:00", "minute") == ("2026-01-09:2026-01-10")
    assert date_range(None, None, None) == ""


def _code(vocab: str, label: str, lang: str) -> str:
    codes = [t.code for t in vocabulary(vocab).terms if t.label(lang) == label]
    assert len(codes) == 1, (vocab, label)
    return codes[0]


def test_round_trip_of_a_case(exported: dict[str, Any]) -> None:
    case, row = exported["case"], exported["rows"]["AZ-2026-001"]
    acts = [a for e in case["events"] for a in e["acts"]]
    for lang in ("en", "ru"):
        texts = Texts(lang)
        assert _code("case_statuses", row[f"status__{lang}"], lang) == case["status"]
        assert row[f"country__{lang}"] == texts.country(case["respondent_state"])
        assert [_code("act_types", v, lang) for v in _values(row[f"act_types__{lang}"])] == list(
            dict.fromkeys(a["type"] for a in acts)
        )
        methods = [v.split("::") for v in _values(row[f"methods__{lang}"])]
        assert [
            (_code("act_types", g, lang), _code("torture_methods", m, lang)) for g, m in methods
        ] == [(a["type"], m) for a in acts for m in a.get("methods") or []]
        places = [v.split("::") for v in _values(row[f"places__{lang}"])]
        assert [_code("location_types", p, lang) for _, p in places] == [
            a["location_type"] for a in acts
        ]
        violations = _values(row[f"violations__{lang}"])
        assert violations == [
            f"{texts.instrument(v['instrument'])}::"
            f"{texts.article_ref(v['instrument'], v['article'], start=True)}"
            for v in case["violations"]
        ]
        interventions = [v.split("::") for v in _values(row[f"interventions__{lang}"])]
        assert [
            (_code("recipients", b, lang), _code("intervention_types", t, lang))
            for b, t in interventions
        ] == [(i["body"], i["type"]) for i in case["interventions"]]
        assert row[f"title__{lang}"] == f"AZ-2026-001: {case['title']}"
    assert row["case_reference"] == case["reference"]
    assert row["event_dates"] == "2026-01-09:2026-01-09|2026-01-10:2026-01-10"
    assert row["victims"] == "1" and row["victims_not_identified"] == "1"
    assert row["perpetrator_types__en"] == "Police"
    # The witness consented to publication under her initials; the rest of the text stands.
    assert row["summary__en"].endswith("S. Q. saw the arrest.")
    assert "[личность" in row["summary__ru"] and "[identity" in row["summary__en"]
    group = exported["rows"]["AZ-2026-003"]
    assert group["victims"] == "13" and group["victims_not_identified"] == "1"


def _scan(archive: zipfile.ZipFile, spellings: tuple[str, ...]) -> list[tuple[str, str]]:
    found = []
    for name in archive.namelist():
        data = archive.read(name)
        text = data.decode("utf-8", errors="ignore").casefold()
        for spelling in spellings:
            if spelling.casefold() in text or spelling.encode("utf-8") in data:
                found.append((name, spelling))
        for spelling in spellings:
            if spelling.casefold() in name.casefold():
                found.append((name, spelling))
    return found


def test_nobody_without_public_consent_appears(exported: dict[str, Any]) -> None:
    archive = exported["archive"]
    assert _scan(archive, VICTIM_SPELLINGS) == []
    # The medical report names him in its words: withheld, and listed without his name.
    withheld = archive.read("withheld.txt").decode("utf-8")
    assert "AZ-2026-001 evidence x2: file withheld" in withheld
    assert _scan(archive, ("Quliyeva", "Səbinə")) == []  # shown under her initials only


def test_perpetrators_names_are_withheld(exported: dict[str, Any]) -> None:
    archive = exported["archive"]
    assert _scan(archive, PERPETRATOR_SPELLINGS) == []
    row = exported["rows"]["AZ-2026-001"]
    assert "Alleged perpetrator A" in row["summary__en"] or "perpetrator" in row["summary__en"]


def test_files_in_the_zip_are_referenced(exported: dict[str, Any]) -> None:
    archive = exported["archive"]
    named = {n for r in exported["rows"].values() for n in _values(r["attachments"])}
    reserved = {"import.csv", "TEMPLATE.md", "withheld.txt"}
    assert named and named == set(archive.namelist()) - reserved
    assert all("/" not in n for n in archive.namelist())  # Uwazi reads names at the root
    photo = archive.read("AZ-2026-001-x1.jpg")
    assert photo.startswith(b"\xff\xd8") and b"Exif" not in photo  # metadata stripped


def test_template_lists_properties_and_thesauri(exported: dict[str, Any]) -> None:
    document = exported["archive"].read("TEMPLATE.md").decode("utf-8")
    for p in PROPERTIES:
        assert f"| `{p.name}` | {p.type} |" in document
    assert "### Methods" in document and "| **Torture** (group) | **Пытки** |" in document
    assert "| ::Electric shock | ::Пытка электротоком |" in document
    assert "| Open | Открыто |" in document  # a flat thesaurus, every value


def test_each_case_logs_the_export(exported: dict[str, Any]) -> None:
    digest = hashlib.sha256(exported["out"].read_bytes()).hexdigest()
    assert digest == exported["digest"]
    vault = exported["vault"]
    for reference in exported["rows"]:
        entries = [e for e in vault.custody_log(reference) if e.action == "export"]
        assert entries and entries[-1].content_hash == digest
        assert entries[-1].record == "uwazi public cases.zip"


def test_existing_file_is_not_overwritten(exported: dict[str, Any]) -> None:
    out: Path = exported["out"]
    before = out.read_bytes()
    export = uwazi.plan(exported["vault"], ["AZ-2026-002"])
    with pytest.raises(FieldMonError, match="exists; add --force"):
        uwazi.write(exported["vault"], export, out)
    assert out.read_bytes() == before
    assert [p.name for p in out.parent.iterdir() if p.name.endswith(".part")] == []


def test_withdrawn_consent_to_publication_refuses(vault: Vault) -> None:
    case = vault.get_case("AZ-2026-002")
    case["consents"].append(
        {"person": "p1", "recipient": "public", "identity": "full_name", "withdrawn": "2026-03-01"}
    )
    vault.store_cases([case])
    with pytest.raises(ExchangeRefused, match="withdrawn by AZ-2026-002 p1"):
        uwazi.plan(vault, ["AZ-2026-002"])


def test_command_refuses_in_one_line(vault_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "cases.zip"
    base = ["--vault", str(vault_dir), "--passphrase-stdin", "export-uwazi"]
    pending = run_cli(*base, "--recipient", "public", "--out", str(out), stdin=PASSPHRASE + "\n")
    assert pending.returncode == 6
    assert pending.stderr.strip().count("\n") == 0
    assert "possible name(s) need a decision before this export" in pending.stderr
    assert "(fieldmon export-uwazi ... --review FILE)" in pending.stderr
    assert list(folder.iterdir()) == []  # nothing written, no temporary name left
    review = tmp_path / "review.txt"
    review.write_text(pending.stdout.replace(" ?", " replace"), encoding="utf-8")
    template = folder / "TEMPLATE.md"
    done = run_cli(
        *base, "--out", str(out), "--review", str(review), "--template", str(template),
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "withheld" in done.stderr and out.exists() and template.exists()
    again = run_cli(*base, "--out", str(out), stdin=PASSPHRASE + "\n")
    assert again.returncode != 0
    assert again.stderr.strip() == f"fieldmon: {out} exists; add --force to overwrite it."


def test_decisions_of_a_published_communication_count(vault: Vault) -> None:
    """A Committee of Ministers communication is published and reads the consent given for
    ``public``: its review decisions are the publication's."""
    from fieldmon.dossier import naming

    references = ["AZ-2026-001", "AZ-2026-002", "AZ-2026-003"]
    with pytest.raises(ReviewRequired):
        uwazi.plan(vault, references)
    listed = naming.review_list(vault, references, "cm-rule9", "en")
    naming.save_decisions(vault, "cm-rule9", [(c, "replace") for c, _ in listed])
    assert uwazi.plan(vault, references).references == references


def test_a_reference_naming_a_hidden_person_refuses(
    empty_vault: Vault, sample_document: dict[str, Any], tmp_path: Path
) -> None:
    case = sample_document["cases"][0]
    case["reference"] = "Rashad-Aliyev-1"
    sample_document["cases"] = [case]
    casejson.import_file(empty_vault, write_json(tmp_path / "one.json", sample_document))
    with pytest.raises(ExchangeRefused, match="'Rashad-Aliyev-1' names a person"):
        uwazi.plan(empty_vault, [])
