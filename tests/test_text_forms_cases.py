"""The tester's inputs with decomposed letters, invisible characters and caseless names, and
variations of them, through a real vault: search finds every record that holds the word (as for
the NFC control), and an echr dossier names nobody it must not, in any form, while printing the
text around the names. Every name is fictional.

The inputs of /work/shared/cases (nfc-control, nfd-narrative, softhyphen-zwsp, caseless-names)
are written out here with their invisible characters as escapes; test_the_inputs_are_the_testers
checks them against the files when those are at hand.
"""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from fieldmon.dossier import build
from fieldmon.exchange import casejson
from fieldmon.vault import records
from fieldmon.vault.migrations import LATEST
from fieldmon.vault.search import WORD, fold, match_expression, normalise
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, decided_plan, run_cli, write_json

SHARED = Path("/work/shared/cases")
SHY, ZWSP, ZWJ, ZWNJ, WJ, BOM, RLM = (
    "\u00ad",
    "\u200b",
    "\u200d",
    "\u200c",
    "\u2060",
    "\ufeff",
    "\u200f",
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _case(
    number: int,
    reference: str,
    summary: str,
    persons: list[tuple[str, str]],
    narrative: str,
    date: str = "2026-01-05",
) -> dict[str, Any]:
    """A case shaped like the tester's inputs: persons as (name, consent for echr)."""
    return {
        "id": f"0b0e4f2a-0000-4000-8000-{number:012d}",
        "reference": reference,
        "title": f"Test case {reference}",
        "language": "en",
        "respondent_state": "AZ",
        "status": "open",
        "summary": summary,
        "persons": [
            {"id": f"p{i}", "name": name, "roles": ["victim"]}
            for i, (name, _) in enumerate(persons, 1)
        ],
        "interviews": [{"id": "i1", "interviewee": "p1", "date": date, "narrative": narrative}],
        "consents": [
            {"person": f"p{i}", "recipient": "echr", "identity": identity, "date": date}
            for i, (_, identity) in enumerate(persons, 1)
        ],
    }


def _document(case: dict[str, Any]) -> dict[str, Any]:
    return {"format": "fieldmon-case/1", "note": "bughunt input, fictional", "cases": [case]}


SUKUR = "Şükür Güləşov"
TESTERS = {
    "nfc-control": _case(
        2,
        "BH-NFC-1",
        f"{SUKUR} was stopped near the bridge.",
        [(SUKUR, "pseudonym")],
        f"My name is {SUKUR}. They held me for two days.",
    ),
    "nfd-narrative": _case(
        1,
        "BH-NFD-1",
        nfd(f"{SUKUR} was stopped near the bridge."),
        [(SUKUR, "pseudonym")],
        nfd(f"My name is {SUKUR}. They held me for two days."),
    ),
    "softhyphen-zwsp": _case(
        4,
        "BH-ZW-1",
        f"Tural Cəfər{SHY}zadə was detained after the protest.",
        [("Tural Cəfərzadə", "pseudonym")],
        f"They wrote Tural Cəfər{ZWSP}zadə on the list and took my phone.",
        "2026-01-07",
    ),
    "caseless-names": _case(
        3,
        "BH-CASE-1",
        "ნოდარ ფხაკაძე and سليم نوراني were held together at the station.",
        [("ნოდარ ფხაკაძე", "pseudonym"), ("سليم نوراني", "none")],
        "I am ნოდარ ფხაკაძე. I saw سليم نوراني taken to the basement.",
        "2026-01-06",
    ),
}
# Variations: other invisible characters, a decomposed Cyrillic й and ё, Turkish dotted İ in
# lower case, Arabic with harakat, shadda and tatweel, Georgian capitals, a grapheme joiner and a
# variation selector inside a name, a name recorded in lower case and mentioned capitalised, and
# a name recorded decomposed.
VARIATIONS = _case(
    5,
    "BH-VAR-1",
    nfd("андрей зуйков and Ёлкин were seen with ")
    + "İlkin".lower()
    + " tağıyev, "
    + f"Za{ZWNJ}ur Məli{WJ}kov{BOM} and Vüsal Həs\u034fənli\ufe0f at the bakery.",
    [
        ("Андрей Зуйков", "pseudonym"),
        ("İlkin Tağıyev", "none"),
        ("كريم حدادي", "pseudonym"),
        ("vüsal həsənli", "pseudonym"),
        (f"Zaur Mə{ZWJ}likov", "none"),
        ("ლევან ქვაბაძე", "pseudonym"),
        (nfd("Ёлкин Йолчуев"), "pseudonym"),
    ],
    f"ILKIN TAGIYEV said: كَرِيم حـدّادي{RLM} and ᲚᲔᲕᲐᲜ ᲥᲕᲐᲑᲐᲫᲔ were beaten; "
    + nfd("ёлкин йолчуев")
    + " was not.",
)
HIDDEN = {
    "BH-NFC-1": [SUKUR],
    "BH-NFD-1": [SUKUR],
    "BH-ZW-1": ["Tural Cəfərzadə"],
    "BH-CASE-1": ["ნოდარ ფხაკაძე", "سليم نوراني"],
    "BH-VAR-1": [
        "Андрей Зуйков",
        "İlkin Tağıyev",
        "كريم حدادي",
        "Vüsal Həsənli",
        "Zaur Məlikov",
        "ლევან ქვაბაძე",
        "Ёлкин Йолчуев",
    ],
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    folder = tmp_path_factory.mktemp("text-forms")
    vault = Vault.create(folder / "vault", PASSPHRASE, kdf=FAST_KDF)
    for name, case in [*TESTERS.items(), ("variations", VARIATIONS)]:
        casejson.import_file(vault, write_json(folder / f"{name}.json", _document(case)))
    yield vault
    vault.close()


def test_the_inputs_are_the_testers() -> None:
    if not SHARED.is_dir():
        pytest.skip("the tester's inputs are not at hand")
    for name, case in TESTERS.items():
        document = json.loads((SHARED / f"{name}.json").read_text(encoding="utf-8"))
        assert document == _document(case), name


def _hits(vault: Vault, query: str, reference: str) -> set[tuple[str, str]]:
    return {
        (h.record_type, h.record_id) for h in vault.search(query) if h.case_reference == reference
    }


EVERY_RECORD = {("persons", "p1"), ("interviews", "i1"), ("cases", "")}


@pytest.mark.parametrize(
    "query", ["sukur", "Şükür", nfd("Şükür"), "gulesov", nfd("GÜLƏŞOV"), f"Gülə{SHY}şov"]
)
def test_decomposed_text_is_found_like_its_nfc_twin(hostile: Vault, query: str) -> None:
    assert _hits(hostile, query, "BH-NFC-1") == EVERY_RECORD
    assert _hits(hostile, query, "BH-NFD-1") == EVERY_RECORD


@pytest.mark.parametrize(
    "query", ["cefərzade", "Cəfərzadə", "ceferzade", f"cəfər{ZWSP}zadə", "tural cefer"]
)
def test_invisible_characters_do_not_split_a_word_for_search(hostile: Vault, query: str) -> None:
    assert _hits(hostile, query, "BH-ZW-1") == EVERY_RECORD


@pytest.mark.parametrize(
    ("query", "persons"),
    [
        ("ნოდარ", {"p1"}),
        ("ᲤᲮᲐᲙᲐᲫᲔ", {"p1"}),
        ("سليم", {"p2"}),
        ("سَلِيم نورانـي", {"p2"}),
    ],
)
def test_caseless_names_are_found(hostile: Vault, query: str, persons: set[str]) -> None:
    expected = {("persons", p) for p in persons} | {("interviews", "i1"), ("cases", "")}
    assert _hits(hostile, query, "BH-CASE-1") == expected


@pytest.mark.parametrize(
    ("query", "person", "also_in"),
    [
        ("андрей зуйков", "p1", "summary"),
        ("andrey zuykov", "p1", "summary"),
        ("ilkin tagiyev", "p2", "summary, interview"),
        ("İLKİN", "p2", "summary, interview"),
        ("كريم حدادي", "p3", "interview"),
        ("vusal hesenli", "p4", "summary"),
        ("zaur melikov", "p5", "summary"),
        ("ლევან", "p6", "interview"),
        ("ёлкин", "p7", "summary, interview"),
        ("yolchuev", "p7", "interview"),
    ],
)
def test_the_variations_are_found_in_every_record(
    hostile: Vault, query: str, person: str, also_in: str
) -> None:
    expected = {("persons", person)}
    expected |= {("cases", "")} if "summary" in also_in else set()
    expected |= {("interviews", "i1")} if "interview" in also_in else set()
    assert _hits(hostile, query, "BH-VAR-1") == expected


def test_snippets_show_the_text_composed_and_marked(hostile: Vault) -> None:
    for query, reference, marked in (
        ("sukur", "BH-NFD-1", "[Şükür]"),
        ("cefer", "BH-ZW-1", "[Cəfərzadə]"),
    ):
        hits = [h for h in hostile.search(query) if h.case_reference == reference]
        assert len(hits) == 3
        for hit in hits:
            assert marked in hit.marked() and unicodedata.is_normalized("NFC", hit.snippet)


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _raw(path: Path) -> bytes:
    out = path.with_suffix(".qdf.pdf")
    subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(path), str(out)],
        check=False,
        capture_output=True,
    )
    return out.read_bytes()


def _forms(name: str) -> set[str]:
    """Every way the name could be printed: as recorded, NFC, NFD, upper, lower, casefold, each
    word alone, and with the tester's invisible characters inside the words."""
    forms: set[str] = set()
    for base in (name, normalise(name)):
        for cased in (base, base.upper(), base.lower(), base.casefold()):
            for form in (cased, nfd(cased), unicodedata.normalize("NFC", cased)):
                forms.add(form)
                forms |= {w for w in form.split() if len(w) > 2}
    for form in list(forms):
        for invisible in (SHY, ZWSP):
            if len(form) > 4:
                forms.add(form[:4] + invisible + form[4:])
    return forms


@pytest.fixture(scope="module")
def echr_text(hostile: Vault, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, bytes]:
    out = tmp_path_factory.mktemp("dossier") / "echr.pdf"
    # A Court application needs an applicant and an alleged violation (issue 14); the testers'
    # cases have neither, so each gets a fictional applicant of its own, named to the Court.
    for reference in HIDDEN:
        case = hostile.get_case(reference)
        case["persons"].append({"id": "p90", "name": "Applicant Nümunəli", "roles": ["applicant"]})
        case["consents"].append({"person": "p90", "recipient": "echr", "identity": "full_name"})
        case["violations"] = [{"instrument": "ECHR", "article": "3"}]
        hostile.store_cases([case])
    build.write_dossier(hostile, decided_plan(hostile, list(HIDDEN), "echr", "en"), out)
    return _pdftotext(out), _raw(out)


@pytest.mark.parametrize("reference", list(HIDDEN))
def test_the_echr_dossier_names_nobody_in_any_form(
    echr_text: tuple[str, bytes], reference: str
) -> None:
    text, raw = echr_text
    folded_words = {fold(w) for w in WORD.findall(normalise(text))}
    for name in HIDDEN[reference]:
        for word in WORD.findall(normalise(name)):
            assert fold(word) not in folded_words, (name, word)
        for form in _forms(name):
            assert form not in text, form
            for encoding in ("utf-8", "utf-16-be"):
                assert form.encode(encoding) not in raw, (form, encoding)


def test_the_echr_dossier_prints_the_text_around_the_names(echr_text: tuple[str, bytes]) -> None:
    text = " ".join(unicodedata.normalize("NFC", echr_text[0]).split())
    assert re.search(r"“My name is Person [A-Z]\. They held me for two days\.”", text)
    assert re.search(r"Person [A-Z] was detained after the protest\.", text)
    assert re.search(r"They wrote Person [A-Z] on the list and took my phone\.", text)
    assert re.search(
        r"Person [A-Z] and \[identity withheld\] were held together at the station\.", text
    )
    assert re.search(r"I saw \[identity withheld\] taken to the basement\.", text)
    assert re.search(r"were seen with \[identity withheld\], \[identity withheld\] and", text)
    assert re.search(r"Person [A-Z] at the bakery\.", text)
    assert "were beaten;" in text and "was not." in text


def _old_folded(text: str) -> str:
    """The index's folded column as FieldMon folded it up to schema version 6 (words split at
    marks and invisible characters)."""
    from fieldmon.vault.search import spellings

    return " ".join(" ".join(spellings(w)) for w in re.findall(r"\w+", text))


def test_an_existing_vault_is_indexed_again(tmp_path: Path) -> None:
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, schema_version=6)
    # Written as a FieldMon of schema 6 wrote it: the model as of that schema.
    with mock.patch.object(records, "CASE", records.model_as_of(vault.conn)):
        casejson.import_file(
            vault, write_json(tmp_path / "nfd.json", _document(TESTERS["nfd-narrative"]))
        )
    # Put the index back as version 6 wrote it.
    conn = vault.conn
    conn.execute("BEGIN")
    for rowid, original in conn.execute("SELECT rowid, original FROM search_index").fetchall():
        conn.execute(
            "UPDATE search_index SET folded = ? WHERE rowid = ?", (_old_folded(original), rowid)
        )
    conn.execute("COMMIT")
    # What the index of schema 6 finds, read as that schema's search read it (from the FTS5
    # table's own columns: the owner table names the records from schema 16 on).
    found = conn.execute(
        "SELECT record_type, record_id FROM search_index WHERE search_index MATCH ?",
        (match_expression("sukur"),),
    ).fetchall()
    assert set(found) == {("persons", "p1")}
    vault.close()
    with Vault.open(tmp_path / "v", PASSPHRASE) as reopened:
        assert reopened.schema_version == LATEST
        assert _hits(reopened, "sukur", "BH-NFD-1") == EVERY_RECORD
        count = reopened.conn.execute("SELECT count(*) FROM search_owner").fetchone()[0]
        assert count == reopened.conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
        case = reopened.get_case("BH-NFD-1")
        assert case == records.normalise(TESTERS["nfd-narrative"])
        assert case["summary"] == nfd(f"{SUKUR} was stopped near the bridge.")


def test_the_cli_searches_decomposed_text(tmp_path: Path) -> None:
    Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF).close()
    path = write_json(tmp_path / "nfd.json", _document(TESTERS["nfd-narrative"]))
    base = ["--vault", str(tmp_path / "v"), "--passphrase-stdin"]
    imported = run_cli("import", *base, str(path), stdin=PASSPHRASE + "\n")
    assert imported.returncode == 0, imported.stderr
    found = run_cli("search", *base, "sukur", stdin=PASSPHRASE + "\n")
    assert found.returncode == 0, found.stderr
    lines = sorted(found.stdout.splitlines())
    assert [line.split("\t")[1] for line in lines] == ["case", "interview i1", "person p1"]
    assert all("[Şükür]" in line for line in lines)
