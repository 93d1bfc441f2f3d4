"""The leak-test harness (tests/leakcheck.py) and its corpus, tested on their own: a leak test
that cannot see a leak passes by accident. A deliberately leaky PDF carries a different hidden
name in each place a name can hide; each source must find its own, and a clean twin must find
none. The corpus must be found leaking by the harness when printed unredacted."""

from __future__ import annotations

import json
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from fieldmon.dossier import fonts
from fieldmon.exchange import casejson
from fieldmon.vault.store import Vault
from tests import leakcheck
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.leakcheck import extract_everything, find_stems, fold_for_leaks, stems

# One invented person per hiding place: found there, and only where put.
IN_TEXT_NFD = "Şükür Güləşov"
IN_TEXT_ARABIC = "أمين الحداد"
IN_TEXT_GEORGIAN = "თემურ ჯაფარიძე"
IN_OUTLINE = "Гюнель Гусейнова"
IN_TITLE = "Səbinə Quliyeva"
IN_EMBEDDED_TEXT = "Orxan Tapdıqov"
IN_EMBEDDED_EXIF = "Leyla Məmmədova"
IN_NESTED_PDF = "Aydın Kərimov"
IN_FILE_NAME = "Vaqif Zeynalov"
NOWHERE = "Zəminə Tağıyeva"


def _hits(text: str, name: str) -> list[tuple[str, str]]:
    return find_stems(fold_for_leaks(text), stems(name))


@pytest.mark.parametrize(
    ("written", "recorded"),
    [
        ("Рашада Алиева", "Rəşad Əliyev"),
        ("Rəşadı", "Rəşad Əliyev"),
        ("Əliyevin", "Rəşad Əliyev"),
        ("R. Aliyev", "Rəşad Əliyev"),
        ("Aliev R.", "Rəşad Əliyev"),
        ("ALİYEVƏ", "Rəşad Əliyev"),
        ("Orxanı", "Orxan Quliyev"),
        ("Орханом", "Orxan Quliyev"),
        ("Orkhan", "Orxan Quliyev"),
        ("Лейлу Мамедову", "Leyla Məmmədova"),
        ("Мамедовой", "Leyla Məmmədova"),
        ("Гюнель Гусейнова", "Günel Hüseynova"),
        ("Gunel Huseynova", "Günel Hüseynova"),
        ("Sabina Guliyeva", "Səbinə Quliyeva"),
        ("Кулиевой", "Səbinə Quliyeva"),
        ("Джафарзаде", "Tural Cəfərzadə"),
        ("Jafarzade", "Tural Cəfərzadə"),
        ("Cəfər\u00adzadə", "Tural Cəfərzadə"),
        ("Cəfər\u200bzadə", "Tural Cəfərzadə"),
        (unicodedata.normalize("NFD", "Şükür Güləşov"), "Şükür Güləşov"),
        ("şükür güləşov", "Şükür Güləşov"),
        ("ᲗᲔᲛᲣᲠ ᲯᲐᲤᲐᲠᲘᲫᲘᲡ", "თემურ ჯაფარიძე"),
        ("ჯაფარიძემ", "თემურ ჯაფარიძე"),
        ("თემურმა", "თემურ ჯაფარიძე"),
        ("بالحداد", "أمين الحداد"),
        ("وامين", "أمين الحداد"),
        ("إمين", "أمين الحداد"),
        ("أَمِينُ", "أمين الحداد"),
        ("الحـــداد", "أمين الحداد"),
        ("فاطمه", "فاطمة نصار"),
        ("Нагиевым", "Vüsal Nağıyev"),
    ],
)
def test_every_form_of_a_name_is_found(written: str, recorded: str) -> None:
    assert _hits(f"… {written} …", recorded), (written, fold_for_leaks(written), stems(recorded))


@pytest.mark.parametrize(
    ("text", "recorded"),
    [
        ("the organs of the State", "Orxan Quliyev"),
        ("правоохранительные органы", "Orxan Quliyev"),
        ("Gülər", "Günel Hüseynova"),
        ("Ali and Aliya", "Rəşad Əliyev"),
        ("ნინო", "თემურ ჯაფარიძე"),
    ],
)
def test_the_fold_does_not_find_everyone_everywhere(text: str, recorded: str) -> None:
    assert not _hits(text, recorded)


def test_allowed_phrases_hide_only_themselves() -> None:
    text = fold_for_leaks("Heydər Əliyev prospekti; Rəşad Həsənovun sözlərinə görə Rəşad gəldi")
    left = find_stems(text, stems("Rəşad Əliyev"), ["Heydər Əliyev prospekti", "Rəşad Həsənov"])
    assert [stem for stem, _ in left] == ["rasad"]  # the lone "Rəşad", not the applicant's


def _page(path: Path, lines: list[tuple[str, str]], *, title: str = "", outline: str = "") -> Path:
    fonts.register_fonts()
    pdf = canvas.Canvas(str(path), pagesize=A4)
    if title:
        pdf.setTitle(title)
    y = 780
    for font, text in lines:
        pdf.setFont(font, 12)
        pdf.drawString(72, y, text)
        y -= 24
    if outline:
        pdf.bookmarkPage("p1")
        pdf.addOutlineEntry(outline, "p1", level=0)
    pdf.showPage()
    pdf.save()
    return path


def _attach(pdf: Path, files: list[Path], out: Path) -> Path:
    args = ["qpdf", str(pdf), str(out)]
    for file in files:
        args += ["--add-attachment", str(file), "--"]
    subprocess.run(args, check=True, capture_output=True)
    return out


def _leaky(folder: Path, names: bool) -> Path:
    """The leaky PDF, or (names=False) its clean twin with the same structure."""

    def say(name: str) -> str:
        return name if names else "Monitor 7"

    folder.mkdir(parents=True, exist_ok=True)
    nested = _page(folder / "nested.pdf", [(fonts.SANS, f"Statement of {say(IN_NESTED_PDF)}")])
    notes = folder / "notes.txt"
    notes.write_text(f"Interview notes: {say(IN_EMBEDDED_TEXT)} was there.\n", encoding="utf-8")
    photo = folder / "photo.jpg"
    photo.write_bytes(leakcheck.image_with_metadata(say(IN_EMBEDDED_EXIF)))
    named = folder / (f"{IN_FILE_NAME}.txt" if names else "list.txt")
    named.write_text("a list\n", encoding="utf-8")
    lines = [(fonts.SANS, "Dossier body")]
    if names:
        lines += [
            (fonts.SANS, unicodedata.normalize("NFD", f"Witness: {IN_TEXT_NFD}")),
            ("FMArabic", fonts.arabic_visual(IN_TEXT_ARABIC)),
            ("FMGeorgian", IN_TEXT_GEORGIAN),
        ]
    body = _page(
        folder / "body.pdf",
        lines,
        title=say(IN_TITLE),
        outline=say(IN_OUTLINE) if names else "Facts",
    )
    return _attach(body, [nested, notes, photo, named], folder / "dossier.pdf")


@pytest.fixture(scope="module")
def leaky(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("leaky")
    return extract_everything(_leaky(folder / "in", True), folder / "work")


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("clean")
    return extract_everything(_leaky(folder / "in", False), folder / "work")


@pytest.mark.parametrize(
    ("name", "source"),
    [
        (IN_TEXT_NFD, "pdftotext"),
        (IN_TEXT_ARABIC, "pdftotext"),
        (IN_TEXT_GEORGIAN, "pdftotext"),
        (IN_OUTLINE, "bookmarks"),
        (IN_OUTLINE, "qdf"),
        (IN_TITLE, "metadata"),
        (IN_TITLE, "qdf"),
        (IN_EMBEDDED_TEXT, "embedded"),
        (IN_EMBEDDED_EXIF, "embedded"),
        (IN_NESTED_PDF, "embedded"),
        (IN_FILE_NAME, "file_names"),
    ],
)
def test_each_source_catches_its_leak(leaky: dict[str, str], name: str, source: str) -> None:
    assert set(leaky) == set(leakcheck.SOURCES)
    assert _hits(leaky[source], name), (name, source, fold_for_leaks(leaky[source])[:2000])


@pytest.mark.parametrize(
    ("name", "source"),
    [
        (IN_OUTLINE, "pdftotext"),  # only the outline has it: the bookmarks source is needed
        (IN_TITLE, "pdftotext"),
        (IN_EMBEDDED_EXIF, "pdftotext"),
        (IN_NESTED_PDF, "qdf"),  # the nested PDF's text is compressed inside: only detached
    ],
)
def test_a_source_is_needed_for_its_leak(leaky: dict[str, str], name: str, source: str) -> None:
    assert not _hits(leaky[source], name)


@pytest.mark.parametrize(
    "name",
    [
        IN_TEXT_NFD,
        IN_TEXT_ARABIC,
        IN_TEXT_GEORGIAN,
        IN_OUTLINE,
        IN_TITLE,
        IN_EMBEDDED_TEXT,
        IN_EMBEDDED_EXIF,
        IN_NESTED_PDF,
        IN_FILE_NAME,
    ],
)
def test_the_clean_twin_shows_nobody(clean: dict[str, str], name: str) -> None:
    for source, text in clean.items():
        assert text.strip(), source  # every source read something
        assert not _hits(text, name), (name, source)


def test_a_name_put_nowhere_is_found_nowhere(leaky: dict[str, str]) -> None:
    for source, text in leaky.items():
        assert not _hits(text, NOWHERE), source


# --- The corpus -------------------------------------------------------------------------------

REQUIRED_KINDS = {
    "inflection",
    "script",
    "initials",
    "nfd",
    "invisible",
    "lowercase",
    "uppercase",
    "caseless",
    "shared_given_name",
    "shared_surname",
    "professional",
    "ordinary_word",
    "place_name",
    "harakat",
    "tatweel",
    "alef",
    "attached",
}


def _persons() -> dict[tuple[str, str], dict[str, object]]:
    document = json.loads(leakcheck.CASES_PATH.read_text(encoding="utf-8"))
    return {(c["reference"], p["id"]): p for c in document["cases"] for p in c["persons"]}


def test_corpus_size_languages_and_kinds() -> None:
    corpus = leakcheck.load_corpus()
    assert len(corpus) >= 60
    languages = Counter(str(e["lang"]) for e in corpus)
    assert set(languages) == {"az", "ru", "en", "ka", "ar"}
    assert min(languages.values()) >= 8, languages
    kinds = {k for e in corpus for k in e["kinds"]}
    assert kinds >= REQUIRED_KINDS, REQUIRED_KINDS - kinds
    assert len({e["id"] for e in corpus}) == len(corpus)
    assert all(leakcheck.MARKER.fullmatch(f"[[{e['id']}]]") for e in corpus)


def test_every_corpus_sentence_leaks_when_printed_as_written() -> None:
    """If a dossier printed the sentence unchanged, the harness would see every hidden person."""
    persons = _persons()
    for entry in leakcheck.load_corpus():
        folded = fold_for_leaks(str(entry["text"]))
        for pid in entry["hidden"]:
            person = persons[(str(entry["case"]), pid)]
            person_stems = [s for n in leakcheck.names_of(person) for s in stems(n)]
            assert find_stems(folded, person_stems, entry["kept"]), (entry["id"], pid)
        for kept in entry["kept"]:
            assert kept in entry["text"], entry["id"]
        assert entry["hidden"] or entry["kept"], entry["id"]


def test_the_corpus_fills_valid_cases(tmp_path: Path) -> None:
    """The case file is valid fieldmon-case/1 as it stands and with the corpus in it."""
    document = leakcheck.case_document(leakcheck.load_corpus())
    for name, doc in (
        ("bare.json", json.loads(leakcheck.CASES_PATH.read_text(encoding="utf-8"))),
        ("filled.json", document),
    ):
        folder = tmp_path / name
        folder.mkdir()
        _page(folder / "examination.pdf", [(fonts.SANS, "Examinee: R. A.")])
        (folder / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        vault = Vault.create(folder / "vault", PASSPHRASE, kdf=FAST_KDF)
        try:
            assert casejson.import_file(vault, folder / name) == ["LK-2026-001", "LK-2026-002"]
            stored = vault.get_case("LK-2026-001")
            transmissions = [c.get("transmission") for c in stored["consents"]]
            assert True in transmissions and False in transmissions
        finally:
            vault.close()
    text = json.dumps(document, ensure_ascii=False)
    assert all(f"[[{e['id']}]]" in text for e in leakcheck.load_corpus())
