"""The ``pattern`` report for the CPT, PACE and the Commissioner against its checklist
(docs/checklists/pattern.md), built once per recipient from the new cases of the bundled
fictional sample resources/samples/execution-cases.json: 12 detainees held as one group and a
student at one invented police station, two men at an invented temporary detention facility.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldmon.dossier import build
from fieldmon.dossier.profiles import DossierOptions
from fieldmon.dossier.profiles.pattern_report import SMALL_COUNT
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault
from tests.checklist import missing, pdf_text, read_checklist
from tests.conftest import FAST_KDF, PASSPHRASE, decided_plan, run_cli

SAMPLES = sample_cases_path().parent / "execution-cases.json"
NEW_CASES = ["AZ-2026-102", "AZ-2026-103", "AZ-2026-104"]
RECOMMENDATIONS = (
    "Visit Testabad district police station no. 7 unannounced.\n\n"
    "Interview Vüqar Örnəkov in private."
)
ROWS = {"cpt": "P-CPT-", "pace": "P-PACE-", "commissioner": "P-COM-"}
NAMES = [
    "Elnur",
    "Sınaqov",
    "Vüqar",
    "Örnəkov",
    "Tural",
    "Misalov",
    "Nərmin",
    "Nümunəyeva",
    "Detainees of 12 March",
    "Duty officers",
]


@pytest.fixture(scope="module")
def pattern_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    folder = tmp_path_factory.mktemp("pattern")
    vault = Vault.create(
        folder / "vault",
        PASSPHRASE,
        kdf=FAST_KDF,
        name="Monitor 7",
        organisation="Fictional Watch",
    )
    casejson.import_file(vault, SAMPLES)
    yield vault
    vault.close()


@pytest.fixture(scope="module")
def reports(
    pattern_vault: Vault, tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str], Path]:
    """One report per recipient in English, and the CPT's in Russian and Azerbaijani."""
    out = tmp_path_factory.mktemp("pattern-pdf")
    made: dict[tuple[str, str], Path] = {}
    for audience, language in [
        ("cpt", "en"),
        ("pace", "en"),
        ("commissioner", "en"),
        ("cpt", "ru"),
        ("commissioner", "az"),
    ]:
        options = DossierOptions(audience=audience, recommendations=RECOMMENDATIONS)
        the_plan = decided_plan(pattern_vault, NEW_CASES, "pattern", language, options=options)
        pdf = out / f"pattern-{audience}-{language}.pdf"
        build.write_dossier(pattern_vault, the_plan, pdf)
        made[(audience, language)] = pdf
    return made


@pytest.mark.parametrize("audience", ["cpt", "pace", "commissioner"])
def test_checklist(reports: dict[tuple[str, str], Path], audience: str) -> None:
    others = [prefix for who, prefix in ROWS.items() if who != audience]
    rows = [
        r
        for r in read_checklist("pattern")
        if not any(r.id.startswith(prefix) for prefix in others)
    ]
    assert any(r.id.startswith(ROWS[audience]) for r in rows)
    assert missing(rows, pdf_text(reports[(audience, "en")])) == []


def test_headings_follow_the_recipient(reports: dict[tuple[str, str], Path]) -> None:
    """Each recipient's own letter and headings, and none of another's."""
    cpt = pdf_text(reports[("cpt", "en")])
    pace = pdf_text(reports[("pace", "en")])
    assert "Letter of transmission to the CPT" in cpt
    assert "Parliamentary Assembly" not in cpt and "Commissioner" not in cpt
    assert "Letter of transmission to the CPT" not in pace
    ru = pdf_text(reports[("cpt", "ru")])
    assert "Сопроводительное письмо в ЕКПП" in ru and "Рекомендации ЕКПП" in ru
    az = pdf_text(reports[("commissioner", "az")])
    assert "İnsan Hüquqları üzrə Komissara müşayiət məktubu" in az


def test_two_victims_at_a_named_place_show_fewer_than_three(
    reports: dict[tuple[str, str], Path],
) -> None:
    assert SMALL_COUNT == 3
    text = pdf_text(reports[("cpt", "en")])
    assert "Temporary detention facility, Nümunəkənd (fictional) fewer than 3" in text
    # ... and the tallies do not give the two away either (electric shock was used there only).
    assert "Electric shock fewer than 3" in text
    assert "Electric shock 2" not in text
    assert "менее 3" in pdf_text(reports[("cpt", "ru")])
    assert "3-dən az" in pdf_text(reports[("commissioner", "az")])


def test_a_group_of_twelve_counts_twelve(reports: dict[tuple[str, str], Path]) -> None:
    """12 detainees recorded as one group (group_size 12) and one student at the same station:
    13 victims there, 12 of them in stress positions; acts would have counted 3 and 1."""
    text = pdf_text(reports[("cpt", "en")])
    assert "Testabad district police station no. 7 (fictional) 13" in text
    assert "Stress positions 12" in text
    assert "Victims counted: 16" in text


def test_no_case_titles_in_the_report(reports: dict[tuple[str, str], Path]) -> None:
    """The report's pages (after the cover) name no case title and no person."""
    titles = [c["title"] for c in _sample_cases() if c["reference"] in NEW_CASES]
    for pdf in reports.values():
        pages = _text_from_page(pdf, 2)
        assert [t for t in titles if t in pages] == []
        assert [n for n in NAMES if n in pages] == []


def test_no_case_titles_anywhere(reports: dict[tuple[str, str], Path]) -> None:
    titles = [c["title"] for c in _sample_cases() if c["reference"] in NEW_CASES]
    text = pdf_text(reports[("cpt", "en")])
    assert [t for t in titles if t in text] == []


def test_recommendations_are_cleaned(reports: dict[tuple[str, str], Path]) -> None:
    """The user's recommendations name a victim who consented to a pseudonym: replaced."""
    text = pdf_text(reports[("pace", "en")])
    assert "Visit Testabad district police station no. 7 unannounced." in text
    assert "Örnəkov" not in text and "Interview Person" in text


def _sample_cases() -> list[dict[str, str]]:
    import json

    return list(json.loads(SAMPLES.read_text(encoding="utf-8"))["cases"])


def _text_from_page(pdf: Path, first: int) -> str:
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-f", str(first), str(pdf), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    return " ".join(out.split())


def test_pattern_options_for_another_profile_are_refused(tmp_path: Path) -> None:
    """--for and --recommendations given with another profile were read and dropped without a
    word (attacker review): one line, a usage error, before the vault is opened."""
    recommendations = tmp_path / "recs.txt"
    recommendations.write_text("1. Visit the station.\n", encoding="utf-8")
    out = tmp_path / "x.pdf"
    done = run_cli(
        "dossier", "--vault", str(tmp_path / "none"), "--passphrase-stdin", "--profile", "echr",
        "--for", "pace", "--recommendations", str(recommendations), "--out", str(out), "AZ-1",
        stdin=PASSPHRASE + "\n",
    )  # fmt: skip
    assert done.returncode == 64 and not out.exists()  # EX_USAGE, as every usage mistake
    assert done.stderr.strip().splitlines() == [
        "fieldmon: --for and --recommendations apply to --profile pattern only."
    ]
