"""Finish and typography of dossiers (issue 14, item 7): article references and instrument
names in each language, Azerbaijani ordinals, date ranges, pseudonym letters, headings kept with
what follows them, text in every script extracted in logical order."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.platypus import Flowable, KeepTogether, Spacer

from fieldmon.dossier import build, layout
from fieldmon.dossier.layout import FRAME_HEIGHT, Heading, fields, para, styles, table
from fieldmon.dossier.legal_refs import az_ordinal, instrument_code
from fieldmon.dossier.texts import Texts
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault
from tests.checklist import missing, read_checklist, unchecked
from tests.conftest import FAST_KDF, PASSPHRASE, decided_plan

ARTICLE_REFS = [
    ("en", "ECHR", "3", "Article 3 of the Convention"),
    ("en", "Protocol 4", "2", "Article 2 of Protocol No. 4"),
    ("en", "Protocol No. 4", "2", "Article 2 of Protocol No. 4"),
    ("en", "protocol_1", "1", "Article 1 of Protocol No. 1"),
    ("en", "ECHR", "5 § 1", "Article 5 § 1 of the Convention"),
    ("en", "ECHR", "5(1)(c)", "Article 5 § 1 (c) of the Convention"),
    ("en", "Art. 3", "3", "Art. 3, Article 3"),
    ("en", "ICCPR", "9", "Article 9 of the International Covenant on Civil and Political Rights"),
    ("en", "Fictional Charter", "12", "Fictional Charter, Article 12"),
    ("ru", "ECHR", "3", "статья 3 Конвенции"),
    ("ru", "Protocol 4", "2", "статья 2 Протокола № 4 к Конвенции"),
    ("ru", "ECHR", "5 § 1", "пункт 1 статьи 5 Конвенции"),
    ("ru", "ECHR", "5(1)(c)", "подпункт «c» пункта 1 статьи 5 Конвенции"),
    ("ru", "CAT", "1", "статья 1 Конвенции ООН против пыток"),
    ("ru", "Fictional Charter", "12", "Fictional Charter, статья 12"),
    ("az", "ECHR", "3", "Konvensiyanın 3-cü maddəsi"),
    ("az", "European Convention on Human Rights", "6", "Konvensiyanın 6-cı maddəsi"),
    ("az", "Protocol 4", "2", "Konvensiyaya 4 saylı Protokolun 2-ci maddəsi"),
    ("az", "ECHR", "5 § 1", "Konvensiyanın 5-ci maddəsinin 1-ci bəndi"),
    ("az", "ICCPR", "9", "Mülki və Siyasi Hüquqlar haqqında Beynəlxalq Paktın 9-cu maddəsi"),
    ("az", "Fictional Charter", "13", "Fictional Charter, 13-cü maddə"),
]


@pytest.mark.parametrize(("language", "instrument", "article", "expected"), ARTICLE_REFS)
def test_article_ref(language: str, instrument: str, article: str, expected: str) -> None:
    assert Texts(language).article_ref(instrument, article) == expected


def test_article_ref_at_start_is_capitalised() -> None:
    assert Texts("ru").article_ref("ECHR", "3", start=True) == "Статья 3 Конвенции"


INSTRUMENTS = [
    ("ECHR", "echr"), ("the Convention", "echr"), ("Protocol No. 4", "protocol_4"),
    ("P4", "protocol_4"), ("Protocol 12", "protocol_12"), ("ICCPR", "iccpr"), ("CAT", "cat"),
    ("Протокол № 4 к Конвенции", "protocol_4"), ("Avropa İnsan Hüquqları Konvensiyası", "echr"),
    ("Fictional Charter", None), ("", None),
]  # fmt: skip


@pytest.mark.parametrize(("name", "code"), INSTRUMENTS)
def test_instrument_code(name: str, code: str | None) -> None:
    assert instrument_code(name) == code


@pytest.mark.parametrize(
    ("language", "name", "expected"),
    [
        ("en", "Protocol 4", "Protocol No. 4 to the Convention"),
        ("ru", "ECHR", "Европейская конвенция о защите прав человека"),
        ("ru", "Protocol 13", "Протокол № 13 к Конвенции"),
        ("az", "ICCPR", "Mülki və Siyasi Hüquqlar haqqında Beynəlxalq Pakt"),
        ("ru", "Fictional Charter", "Fictional Charter"),
    ],
)
def test_instrument_name(language: str, name: str, expected: str) -> None:
    assert Texts(language).instrument(name) == expected


AZ_ORDINALS = {
    1: "1-ci", 2: "2-ci", 3: "3-cü", 4: "4-cü", 5: "5-ci", 6: "6-cı", 7: "7-ci", 8: "8-ci",
    9: "9-cu", 10: "10-cu", 11: "11-ci", 12: "12-ci", 13: "13-cü", 14: "14-cü", 15: "15-ci",
    16: "16-cı", 17: "17-ci", 18: "18-ci", 19: "19-cu", 20: "20-ci", 21: "21-ci", 30: "30-cu",
    34: "34-cü", 40: "40-cı", 46: "46-cı", 50: "50-ci", 60: "60-cı", 70: "70-ci", 80: "80-ci",
    90: "90-cı", 99: "99-cu", 100: "100-cü", 101: "101-ci", 110: "110-cu", 200: "200-cü",
    1000: "1000-ci",
}  # fmt: skip


@pytest.mark.parametrize(("number", "expected"), sorted(AZ_ORDINALS.items()))
def test_az_ordinal(number: int, expected: str) -> None:
    assert az_ordinal(number) == expected


DATE_RANGES = [
    ("en", "2026-01-09", "2026-01-09", None, "9 January 2026"),
    ("en", "2026-01-09T14:30", "2026-01-09T16:00", None, "9 January 2026, 14:30–16:00"),
    ("en", "2026-01-09T14:30", "2026-01-09", None, "9 January 2026, 14:30"),
    ("en", "2026-01-09", "2026-01-09T16:00", None, "9 January 2026, –16:00"),
    ("en", "2026-01-09T14:30", "2026-01-09T16:00", "day", "9 January 2026"),
    ("en", "2026-01-09", "2026-01-12", "day", "9–12 January 2026"),
    ("en", "2026-01-30", "2026-02-02", "day", "30 January – 2 February 2026"),
    ("en", "2025-12-30", "2026-01-02", "day", "30 December 2025 – 2 January 2026"),
    ("en", "2026-01-09", "2026-03-02", "month", "January–March 2026"),
    ("en", "2026-01-09", "2026-01-20", "month", "January 2026"),
    ("en", "2026-01-09", "2026-01-20", "unknown_day_known_month", "January 2026 (day unknown)"),
    ("en", "2025-01-09", "2026-01-20", "year", "2025–2026"),
    ("en", "2026-01-09", None, "day", "9 January 2026"),
    ("en", None, None, None, "date unknown"),
    ("en", "2026-01-09", "2026-01-12", "unknown", "date unknown"),
    ("en", "2026-01-09T10:00", "2026-01-10T02:00", "minute",
     "9 January 2026, 10:00 – 10 January 2026, 02:00"),
    ("ru", "2026-01-09", "2026-01-09", "day", "9 января 2026 г."),
    ("ru", "2026-01-09T14:30", "2026-01-09T16:00", None, "9 января 2026 г., 14:30–16:00"),
    ("ru", "2026-01-09", "2026-01-12", "day", "9–12 января 2026 г."),
    ("ru", "2026-01-30", "2026-02-02", "day", "30 января – 2 февраля 2026 г."),
    ("ru", "2026-01-09", "2026-03-02", "month", "январь–март 2026 г."),
    ("ru", "2025-01-09", "2026-01-20", "year", "2025–2026 гг."),
    ("az", "2026-01-09", "2026-01-09", "day", "9 yanvar 2026"),
    ("az", "2026-01-09", "2026-01-12", "day", "9–12 yanvar 2026"),
    ("az", "2026-01-09", "2026-03-02", "month", "yanvar–mart 2026"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "start", "end", "precision", "expected"), DATE_RANGES)
def test_date_range(
    language: str, start: str | None, end: str | None, precision: str | None, expected: str
) -> None:
    assert Texts(language).date_range(start, end, precision) == expected


@pytest.mark.parametrize(
    ("value", "precision", "expected"),
    [
        ("2026-01-09T14:30", None, "9 January 2026, 14:30"),
        ("2026-01-09T14:30", "day", "9 January 2026"),
        ("2026-01-09", "month", "January 2026"),
        ("2026-01-09", "year", "2026"),
        ("2026-01", None, "January 2026"),
    ],
)
def test_date_is_never_more_precise_than_known(
    value: str, precision: str | None, expected: str
) -> None:
    assert Texts("en").date(value, precision) == expected


@pytest.mark.parametrize(
    ("language", "index", "expected"),
    [
        ("en", 0, "A"), ("en", 25, "Z"), ("en", 26, "AA"),
        ("ru", 0, "\u0410"), ("ru", 1, "Б"), ("ru", 8, "И"), ("ru", 9, "К"), ("ru", 28, "АА"),
        ("az", 3, "Ç"), ("az", 6, "Ə"), ("az", 9, "H"), ("az", 11, "İ"),
    ],
)  # fmt: skip
def test_pseudonym_letters_are_the_languages_own(language: str, index: int, expected: str) -> None:
    assert Texts(language).letter(index) == expected
    assert Texts(language).letter(index).isupper()


def _render(story: list[Flowable], path: Path) -> list[str]:
    """Lay a story out with the dossier layout; the text of each page as pdftotext reads it."""
    out = io.BytesIO()
    decor = layout.PageDecor("T-1", "test", lambda n: f"Page {n} of", "t", "a", "s")
    pages = layout.render(story, decor, out)
    path.write_bytes(out.getvalue())
    return [
        subprocess.run(
            ["pdftotext", "-f", str(n), "-l", str(n), "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
        for n in range(1, pages + 1)
    ]


def _page_of(pages: list[str], words: str) -> int:
    found = [n for n, text in enumerate(pages, 1) if words in text]
    assert found, words
    return found[0]


FILLER = " ".join(["Filler words of a long fictional statement."] * 40)


def test_a_heading_is_kept_with_a_block_kept_together(tmp_path: Path) -> None:
    # An act's title and particulars are kept together; the section heading before it ended
    # alone at the bottom of a page.
    act = KeepTogether([para("Act one title", styles().h2), fields([("Victim", "Person A")] * 6)])
    pages = _render(
        [Spacer(1, FRAME_HEIGHT - 90), Heading("Section Beta"), act], tmp_path / "a.pdf"
    )
    assert _page_of(pages, "Section Beta") == _page_of(pages, "Act one title") == 2


def test_a_heading_stays_with_the_first_lines_of_a_long_text(tmp_path: Path) -> None:
    # A long text after a heading moved whole to the next page, leaving this one blank.
    pages = _render([Spacer(1, FRAME_HEIGHT - 80), Heading("Section Alpha"), para(FILLER)],
                    tmp_path / "b.pdf")  # fmt: skip
    assert _page_of(pages, "Section Alpha") == 1
    assert "Filler words" in pages[0]


def test_a_heading_with_no_room_for_what_follows_moves_to_the_next_page(tmp_path: Path) -> None:
    rows = [["Place", "Count"], *([["Fictional place", "3"]] * 60)]
    story = [Spacer(1, FRAME_HEIGHT - 40), Heading("Section Delta"), Heading("Sub Delta", 1),
             table(rows)]  # fmt: skip
    pages = _render(story, tmp_path / "c.pdf")
    assert _page_of(pages, "Section Delta") == _page_of(pages, "Sub Delta") == 2
    assert "Fictional place" in pages[1]


ENDS_WITH_A_HEADING = """
import io
from reportlab.platypus import PageBreak
from fieldmon.dossier import layout
from fieldmon.dossier.layout import Heading, para, styles
decor = layout.PageDecor("T-1", "test", lambda n: f"Page {n} of", "t", "a", "s")
for story in ([para("a"), Heading("Last")], [Heading("a"), Heading("b")],
              [para("a"), para("note", styles().h2)], [Heading("a"), PageBreak()]):
    print(layout.render(story, decor, io.BytesIO()))
"""


def test_a_story_that_ends_with_a_heading_is_laid_out() -> None:
    # Nothing follows the last heading: it was grouped with nothing, still led, and was
    # grouped again forever (a dossier that never finished). Run apart, to stop a hang.
    import sys

    done = subprocess.run(
        [sys.executable, "-c", ENDS_WITH_A_HEADING], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "1", "1", "1"]


# Fictional names in right-to-left scripts, and Georgian and Armenian words, as typed.
RTL_AND_OTHERS = ("محمد الأحمد", "علی رضایی", "דוד כהן", "თბილისი", "Երևան")


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Two dossiers of AZ-2026-001 built once: echr in English, its interview naming people in
    Arabic, Persian and Hebrew script, and echr in Russian with perpetrators withheld."""
    folder = tmp_path_factory.mktemp("typography")
    vault = Vault.create(folder / "vault", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7")
    casejson.import_file(vault, sample_cases_path())
    case = vault.get_case("AZ-2026-001")
    case["interviews"][0]["narrative"] = (
        f"He shared the cell with {RTL_AND_OTHERS[0]} and {RTL_AND_OTHERS[1]}; the guard "
        f"{RTL_AND_OTHERS[2]} wrote {RTL_AND_OTHERS[3]} and {RTL_AND_OTHERS[4]} on the list."
    )
    vault.store_cases([case])
    texts: dict[str, str] = {}
    out = folder / "en.pdf"
    build.write_dossier(vault, decided_plan(vault, ["AZ-2026-001"], "echr", "en"), out)
    texts["en"] = _text(out)
    out = folder / "ru.pdf"
    ru = decided_plan(vault, ["AZ-2026-001"], "echr", "ru", withhold_perpetrators=True)
    build.write_dossier(vault, ru, out)
    texts["ru"] = _text(out)
    vault.close()
    yield texts


def _without_marks(text: str) -> str:
    # pdftotext puts right-to-left runs between embedding marks (U+202B ... U+202C).
    return "".join(c for c in text if c not in "\u202a\u202b\u202c\u202d\u202e")


@pytest.mark.parametrize("typed", RTL_AND_OTHERS)
def test_text_in_every_script_is_extracted_as_typed(dossiers: dict[str, str], typed: str) -> None:
    # The letters as typed, in logical order, not Arabic presentation forms.
    assert typed in _without_marks(dossiers["en"])


def test_the_typography_checklist_is_met(dossiers: dict[str, str]) -> None:
    rows = read_checklist("typography")
    assert missing(rows, _without_marks(dossiers["en"])) == []
    assert unchecked(rows) == ["T1", "T2", "T4", "T6", "T7", "T8", "T12"]


def test_russian_pseudonyms_are_lettered_in_cyrillic(dossiers: dict[str, str]) -> None:
    assert "Предполагаемый исполнитель \u0410" in dossiers["ru"]  # Cyrillic А
    assert "исполнитель A" not in dossiers["ru"]  # not a Latin A
    assert Texts("ru").label("person_letter", letter=Texts("ru").letter(0)) == "Лицо \u0410"
    assert Texts("az").label("person_letter", letter=Texts("az").letter(0)) == "Şəxs A"
