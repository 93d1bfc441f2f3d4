"""The ``echr`` profile as a transcription aid for the Court's application form (issue 14,
item 1): every row of ``docs/checklists/echr.md`` read off the English dossier of a fictional
case; refusal of a case without an applicant; per-complaint time limits, an expired one warned
in the PDF and in the plan; section H in the order of the documents' own dates; the count of
pages of the additional submissions; ru and az without English headings left."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from reportlab.platypus import Flowable, PageBreak, Table

from fieldmon.dossier import build
from fieldmon.dossier.layout import para
from fieldmon.dossier.profiles.echr import SUBMISSIONS
from fieldmon.dossier.profiles.echr_documents import PAGE_LIMIT, length_check, submission_pages
from fieldmon.dossier.profiles.echr_parties import state_and_representatives
from fieldmon.errors import FieldMonError
from fieldmon.exchange import casejson
from fieldmon.vault.store import Vault
from tests.checklist import missing, pdf_text, read_checklist, unchecked
from tests.conftest import FAST_KDF, PASSPHRASE, decided_plan, run_cli, write_json

TODAY = date.today()


def _day(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).isoformat()


def rich_case() -> dict[str, Any]:
    """A fictional case ("Testova v. Azerbaijan", invented) with every field the form asks."""
    return {
        "id": "7d1c5a10-0000-4000-8000-00000000e141",
        "reference": "TS-2026-141",
        "title": "Testova v. Azerbaijan (fictional)",
        "language": "en",
        "respondent_state": "AZ",
        "status": "open",
        "summary": "The applicant was beaten at Police station no. 4 of Testabad (fictional).",
        "persons": [
            {
                "id": "p1",
                "name": "Aysel Testova",
                "sex": "female",
                "birth_date": "1990-05-17",
                "birth_place": "Testabad (fictional)",
                "nationality": ["AZ"],
                "address": "12 Fictional Street, Testabad",
                "phone": "+994 00 000 00 01",
                "email": "aysel.testova@example.org",
                "roles": ["victim", "applicant"],
            },
            {
                "id": "p2",
                "name": "Orxan Nümunəli",
                "sex": "male",
                "roles": ["representative"],
                "organisation": "Example Legal Aid Centre (fictional)",
                "address": "1 Sample Avenue, Testabad",
                "phone": "+994 00 000 00 02",
                "email": "orxan@example.org",
                "authority_form": "authority section of the application form",
                "authority_date": _day(7),
            },
            {"id": "p3", "name": "Officer Bexample", "roles": ["perpetrator"]},
        ],
        "events": [
            {
                "id": "e1",
                "title": "Arrest and beating",
                "start": "2025-03-10",
                "date_precision": "day",
                "place": "Police station no. 4 of Testabad (fictional)",
                "acts": [
                    {
                        "id": "a1",
                        "type": "arrest",
                        "victim": "p1",
                        "start": "2025-03-10",
                        "date_precision": "day",
                    },
                    {
                        "id": "a2",
                        "type": "torture",
                        "victim": "p1",
                        "start": "2025-03-10",
                        "date_precision": "day",
                        "methods": ["beating"],
                    },
                ],
            }
        ],
        "consents": [
            {
                "person": pid,
                "recipient": "echr",
                "identity": "full_name",
                "date": _day(8),
                "recorded_by": "Monitor 7",
                "explained": True,
            }
            for pid in ("p1", "p2")
        ],
        "remedies": [
            {
                "id": "r1",
                "type": "complaint_ill_treatment",
                "date": _day(60),
                "authority": "Testabad Prosecutor's Office (fictional)",
                "decision": "refused to open a criminal case",
                "reference": "PR-17/26",
                "final": False,
            },
            {
                "id": "r2",
                "type": "appeal",
                "date": _day(20),
                "served": _day(10),
                "authority": "Testabad District Court (fictional)",
                "decision": "appeal against the refusal dismissed",
                "final": True,
                "documents": ["x1"],
            },
        ],
        "violations": [
            {
                "instrument": "ECHR",
                "article": "3",
                "limb": "substantive",
                "acts": ["a2"],
                "argument": "Beaten with a truncheon while handcuffed: inhuman treatment.",
                "remedies": ["r1", "r2"],
            },
            {
                "instrument": "ECHR",
                "article": "3",
                "limb": "procedural",
                "acts": ["a2"],
                "argument": "The prosecutor refused to open a criminal case without hearing her.",
                "remedies": ["r1", "r2"],
            },
            {
                "instrument": "ECHR",
                "article": "5",
                "acts": ["a1"],
                "no_remedy": True,
                "argument": "No record of the arrest was drawn up.",
            },
            {"instrument": "Protocol 4", "article": "2", "acts": ["a1"], "remedies": ["r1"]},
        ],
        "evidence": [
            {
                "id": "x1",
                "title": "Decision of the Testabad District Court",
                "file": "medical-report.pdf",
                "collected": _day(5) + "T10:00",
                "collected_by": "Monitor 7",
                "document_date": _day(20),
                "appears": [],
                "appears_recorded": True,
            },
            {
                "id": "x2",
                "title": "Photograph of the bruises",
                "file": "wrist.jpg",
                "collected": _day(3) + "T10:00",
                "collected_by": "Monitor 7",
                "document_date": "2025-03-11",
                "appears": [],
                "appears_recorded": True,
            },
            {
                "id": "x3",
                "title": "Letter from the detention centre",
                "file": "wrist.jpg",
                "collected": _day(2) + "T10:00",
                "collected_by": "Monitor 7",
            },
        ],
        "interventions": [
            {
                "body": "wgad",
                "type": "individual_communication",
                "date": _day(30),
                "reference": "WGAD-2026-11",
                "status": "sent",
            }
        ],
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One vault with the Testova case, its English, Russian and Azerbaijani dossiers."""
    folder = tmp_path_factory.mktemp("echr")
    vault = Vault.create(
        folder / "vault", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7", organisation="Org"
    )
    source = write_json(folder / "case.json", {"format": "fieldmon-case/1", "cases": [rich_case()]})
    casejson.import_file(vault, source)
    out: dict[str, Any] = {"vault": vault, "folder": folder}
    for language in ("en", "ru", "az"):
        the_plan = decided_plan(vault, ["TS-2026-141"], "echr", language)
        pdf = folder / f"echr-{language}.pdf"
        build.write_dossier(vault, the_plan, pdf)
        out[language] = (the_plan, pdf_text(pdf))
    yield out
    vault.close()


def _words(flowables: list[Any]) -> str:
    """The text of paragraphs, and of the paragraphs in tables, among flowables."""
    out: list[str] = []
    for f in flowables:
        if isinstance(f, Table):
            out += [_words(cell) for row in f._cellvalues for cell in row if isinstance(cell, list)]
        if isinstance(getattr(f, "_content", None), list):  # kept together
            out.append(_words(f._content))
        out.append(str(getattr(f, "text", "")))
    return " ".join(out)


def test_every_checklist_row_is_shown(built: dict[str, Any]) -> None:
    rows = read_checklist("echr")
    assert missing(rows, built["en"][1]) == []
    assert set(unchecked(rows)) == {"A-4", "A-5", "P-2", "R-1"}


def test_time_limits_per_complaint(built: dict[str, Any]) -> None:
    the_plan, text = built["en"]
    # Article 3: counted from the date of service (10 days ago), four months later.
    assert "It runs from the date of service of the final decision" in text
    # Article 5 has no remedy: from the arrest of 10 March 2025, expired on 10 July 2025.
    assert "ended on 10 July 2025" in text and "TIME LIMIT EXPIRED" in text
    assert any("complaint 3" in w and "10 July 2025" in w for w in the_plan.warnings)
    assert not any("complaint 1 " in w for w in the_plan.warnings)


def test_same_matter_is_warned(built: dict[str, Any]) -> None:
    the_plan, text = built["en"]
    assert "ARTICLE 35 § 2 (b)" in text
    assert any("Article 35 § 2 (b)" in w for w in the_plan.warnings)


def test_documents_in_the_order_of_their_own_dates(built: dict[str, Any]) -> None:
    text = built["en"][1]
    listing = text[text.index("I. List of accompanying documents") :]
    listing = listing[: listing.index("Declaration and signature")]
    # Collected in the other order (the photograph later), dated by the documents themselves.
    assert "1 11 March 2025 Photograph of the bruises" in listing
    photo, decision = listing.index("Photograph"), listing.index("Decision of the")
    assert photo < decision
    assert "collected" not in listing.lower()


def test_pages_of_additional_submissions(built: dict[str, Any]) -> None:
    the_plan, text = built["en"]
    ctx = build._context(the_plan, None, None)
    pages = submission_pages(ctx, SUBMISSIONS)
    assert 1 <= pages <= PAGE_LIMIT
    assert f"{pages} pages of additional submissions (limit 20)" in text
    assert "OVER 20 PAGES" not in text


def test_over_twenty_pages_warns(built: dict[str, Any]) -> None:
    ctx = build._context(built["en"][0], None, None)

    def long(_: Any) -> list[Flowable]:
        return [f for _ in range(PAGE_LIMIT + 1) for f in (para("x"), PageBreak())]

    shown, pages = length_check(ctx, [long])
    assert pages > PAGE_LIMIT
    words = _words(shown)
    assert "OVER 20 PAGES" in words and f"{pages} pages of additional submissions" in words


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ru", ["A. Заявитель", "ПОМОЩЬ В ЗАПОЛНЕНИИ", "статья 3 Конвенции", "СРОК ИСТЁК"]),
        (
            "az",
            [
                "A. Ərizəçi",
                "KÖÇÜRMƏ ÜÇÜN VƏSAİT",
                "MÜDDƏT BİTİB",
                "I. Əlavə edilən sənədlərin siyahısı",
                "Bəyanat və imza",
            ],
        ),
    ],
)
def test_other_languages_have_no_english_headings(
    built: dict[str, Any], language: str, words: list[str]
) -> None:
    text = built[language][1]
    for word in words:
        assert word in text
    for english in (
        "A. The applicant",
        "E. Statement of the facts",
        "F. Statement of alleged violation",
        "I. List of accompanying",
        "Declaration and signature",
        "TIME LIMIT",
        "Remedies used",
        "Article 3",
        "Supplementary documents",
        "additional submissions",
        "Complaint 1",
    ):
        assert english not in text, english


def test_particulars_withheld_below_full_name(tmp_path: Path) -> None:
    """Contact particulars only for a person shown at full name: the representative consented
    to initials, so section C gives no address, telephone or e-mail. (An applicant is always
    named to the Court, Rule 47 § 4 anonymity being asked instead.)"""
    case = rich_case()
    case["consents"][1]["identity"] = "initials"
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, name="M", organisation="O")
    try:
        source = write_json(tmp_path / "c.json", {"format": "fieldmon-case/1", "cases": [case]})
        casejson.import_file(vault, source)
        the_plan = decided_plan(vault, ["TS-2026-141"], "echr", "en")
        ctx = build._context(the_plan, None, None)
        shown = _words(state_and_representatives(ctx))
        assert "Contact particulars withheld" in shown
        for detail in ("Orxan Nümunəli", "orxan@example.org", "+994 00 000 00 02", "Sample Ave"):
            assert detail not in shown
        assert "Example Legal Aid Centre" not in shown
    finally:
        vault.close()


def test_refused_without_applicant(tmp_path: Path) -> None:
    """The sample case AZ-2026-003 has no applicant: refused by plan and by the command, with
    the one line of Rule 47 § 1 (a), and no file written."""
    from fieldmon.resources import sample_cases_path

    vault = Vault.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF, name="M", organisation="O")
    casejson.import_file(vault, sample_cases_path())
    line = "AZ-2026-003 has no applicant: a Court application needs one (Rule 47 § 1 (a))."
    with pytest.raises(FieldMonError) as refused:
        build.plan(vault, ["AZ-2026-003"], "echr", "en")
    assert str(refused.value) == line
    vault.close()
    out = tmp_path / "refused.pdf"
    result = run_cli(
        "dossier",
        "AZ-2026-003",
        "--profile",
        "echr",
        "--out",
        str(out),
        "--vault",
        str(tmp_path / "vault"),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode != 0
    assert line in result.stdout + result.stderr
    assert not out.exists()


def test_a_time_limit_close_to_its_end_is_warned(tmp_path: Path) -> None:
    """A last day five days ahead is drawn as prominently as an expired one and warned before
    writing: an application must be complete and posted by then (attacker review: a limit
    ending on the day the dossier was made was said in plain text only)."""
    from fieldmon.dossier.profiles.echr_complaints import admissibility
    from fieldmon.dossier.time_limit import last_day

    target = TODAY + timedelta(days=5)
    served = next(
        TODAY - timedelta(days=d) for d in range(100, 140) if
        last_day(TODAY - timedelta(days=d), 4) == target
    )  # fmt: skip
    case = rich_case()
    case["remedies"][0]["date"] = (served - timedelta(days=30)).isoformat()
    case["remedies"][1].update(
        date=(served - timedelta(days=3)).isoformat(), served=served.isoformat()
    )
    vault = Vault.create(tmp_path / "v", PASSPHRASE, kdf=FAST_KDF, name="M", organisation="O")
    try:
        source = write_json(tmp_path / "c.json", {"format": "fieldmon-case/1", "cases": [case]})
        casejson.import_file(vault, source)
        the_plan = decided_plan(vault, ["TS-2026-141"], "echr", "en")
        shown = _words(admissibility(build._context(the_plan, None, None)))
    finally:
        vault.close()
    assert "TIME LIMIT CLOSE" in shown
    near = [w for w in the_plan.warnings if "in 5 day(s)" in w]
    assert near and "the complete, signed form must be posted by then" in near[0]


def test_decisions_without_a_copy_and_previous_applications(built: dict[str, Any]) -> None:
    """The list of documents must hold every decision cited (field 70): the prosecutor's
    refusal has no document recorded, which is said on the page and before writing; fields
    68–69 (other applications before the Court) are answered too."""
    the_plan, text = built["en"]
    assert "DECISIONS WITHOUT A COPY" in text
    assert "no document is recorded for: Testabad Prosecutor's Office (fictional)" in text
    assert any("1 domestic decision(s) cited have no copy" in w for w in the_plan.warnings)
    assert "68–69. Other applications before the Court: None recorded." in text
