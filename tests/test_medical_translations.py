"""Medical evidence as the Istanbul Protocol's medico-legal report shows it, and statements in
the dossier's language with their original (issue 14, items 6 and 8): real vault, real signed
dossiers, text read back by poppler's ``pdftotext``; the checklist docs/checklists/medical.md
lists what the English dossier must show and where each requirement comes from."""

from __future__ import annotations

import io
import json
import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from fieldmon.dossier.layout import PageDecor, render
from fieldmon.dossier.profiles import sections
from fieldmon.dossier.profiles.base import Context
from fieldmon.dossier.profiles.medical import medical
from fieldmon.dossier.profiles.statements import language_name, quote, statements
from fieldmon.dossier.texts import Texts
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault
from tests.checklist import missing, pdf_text, read_checklist, unchecked
from tests.conftest import FAST_KDF, PASSPHRASE, decided_plan, write_json

REF = "AZ-2026-001"
PROFILE = "un-srt"  # holds both the medical and the statements sections, and is stable

ORIGINAL = "Məni küçədə saxladılar və əllərimə elektrik cərəyanı verdilər."
ENGLISH = "They stopped me in the street and gave electric shocks to my hands."
RUSSIAN = "Меня задержали на улице и пытали током, били по «почкам»."
LEFT_OUT_FINDING = "healed abrasion seen only in the withheld witness"


def _medical_case(case: dict[str, Any]) -> None:
    """The fictional case's evaluations: one with every Istanbul Protocol field and physical,
    psychological and unclassified findings; one without a statement of truthfulness; one of a
    witness who gave no consent for the UN (left out)."""
    case["medical"] = [
        {
            "id": "m1",
            "person": "p1",
            "clinician": "Dr. A. Testov (fictional), forensic physician",
            "date": "2026-01-14",
            "conditions": "Private room at the clinic, no officials present, interpreter present",
            "restrictions": "No X-ray available; examination limited to 90 minutes",
            "findings": [
                {
                    "location": "both wrists",
                    "description": "paired punctate burns 3-4 mm apart",
                    "alleged_method": "electric_shock",
                    "consistency": "highly_consistent",
                    "kind": "physical",
                },
                {
                    "description": "intrusive recollections and nightmares of the basement",
                    "consistency": "typical_of",
                    "kind": "psychological",
                },
                {
                    "location": "conjunctivae",
                    "description": "petechial haemorrhages",
                    "alleged_method": "asphyxiation_bag",
                    "consistency": "consistent",
                },
            ],
            "overall": "highly_consistent",
            "opinion": "The findings taken together strongly support the account given.",
            "truthfulness": "I declare that this report is true to the best of my knowledge.",
        },
        {
            "id": "m2",
            "person": "p1",
            "clinician": "Dr. B. Testova (fictional), psychiatrist",
            "date": "2026-02-03",
            "findings": [
                {
                    "description": "symptoms of post-traumatic stress",
                    "consistency": "consistent",
                    "kind": "psychological",
                }
            ],
            "overall": "consistent",
        },
        {
            "id": "m3",
            "person": "p4",
            "clinician": "Dr. C. Testov (fictional)",
            "date": "2026-01-15",
            "findings": [{"description": LEFT_OUT_FINDING, "kind": "physical"}],
            "overall": "consistent",
        },
    ]


def _translated_interview(case: dict[str, Any]) -> None:
    interview = next(i for i in case["interviews"] if i["id"] == "i1")
    interview.update(language="az", narrative=ORIGINAL)
    interview["translations"] = [
        {
            "language": "en",
            "narrative": ENGLISH,
            "translator": "T. Testova (fictional translator)",
            "date": "2026-01-20",
        },
        {
            "language": "ru",
            "narrative": RUSSIAN,
            "translator": "R. Testov (fictional translator)",
            "date": "2026-01-21",
        },
    ]


def _sections_pdf(plan: Any) -> bytes:
    """The two sections under test laid out alone, with the consent plan of the profile: the
    profiles around them are rewritten by others at the same time, and what is tested here is
    what these sections draw (their place in each profile is each profile's test)."""
    context = Context(
        plan.profile,
        plan.texts,
        plan.redactor,
        plan.cases,
        plan.annexes,
        datetime(2026, 3, 1, tzinfo=UTC),
        "Monitor 7",
        None,
        plan.withheld_annexes,
        plan.options,
    )
    story = medical(context) + statements(context)
    decor = PageDecor("AZ-2026-001", "UN", str, "test", "Monitor 7", "test")
    buffer = io.BytesIO()
    render(story, decor, buffer)
    return buffer.getvalue()


def write_pngs(pdf: Path) -> None:
    """Pages as PNG for a look by eye, when FIELDMON_TEST_PNG names a folder (not in CI)."""
    where = os.environ.get("FIELDMON_TEST_PNG")
    if where:
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(pdf), f"{where}/{pdf.stem}"], check=True
        )


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """The un-srt dossier of the fictional case in en, ru and az, as text."""
    folder = tmp_path_factory.mktemp("medical")
    vault = Vault.create(folder / "vault", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7")
    document = json.loads(sample_cases_path().read_text(encoding="utf-8"))
    case = next(c for c in document["cases"] if c["reference"] == REF)
    _medical_case(case)
    _translated_interview(case)
    # The victim agrees to the UN transmission under a pseudonym; the witness (p4) gave no
    # consent to be identified by the UN: her evaluation must not appear.
    case["consents"].append(
        {
            "person": "p1",
            "recipient": "un-srt",
            "identity": "pseudonym",
            "date": "2026-01-12",
            "recorded_by": "Monitor 7",
            "explained": True,
            "transmission": True,
        }
    )
    casejson.import_file(vault, write_json(folder / "cases.json", {**document, "cases": [case]}))
    texts: dict[str, str] = {}
    for language in ("en", "ru", "az"):
        out = folder / f"{PROFILE}-{language}.pdf"
        out.write_bytes(_sections_pdf(decided_plan(vault, [REF], PROFILE, language)))
        texts[language] = pdf_text(out)
        write_pngs(out)
    vault.close()
    yield texts


def test_the_checklist_is_shown(dossiers: dict[str, str]) -> None:
    requirements = read_checklist("medical")
    assert missing(requirements, dossiers["en"]) == []
    # Rows read by eye (layout, absence): listed in the checklist, and only these.
    assert unchecked(requirements) == ["M-KEEP", "T-LAYOUT"]


def test_physical_and_psychological_findings_are_grouped(dossiers: dict[str, str]) -> None:
    text = dossiers["en"]
    physical = text.index("Physical findings")
    psychological = text.index("Psychological findings")
    unclassified = text.index("Findings not classified as physical or psychological")
    assert physical < text.index("paired punctate burns") < psychological
    assert psychological < text.index("intrusive recollections") < unclassified
    assert unclassified < text.index("petechial haemorrhages")
    assert "Typical of" in text and "Highly consistent with" in text


def test_conditions_opinion_and_truthfulness(dossiers: dict[str, str]) -> None:
    text = dossiers["en"]
    first = text[text.index("Dr. A. Testov") : text.index("Dr. B. Testova")]
    assert "Conditions of the examination Private room at the clinic" in first
    assert "Restrictions on the examination No X-ray available" in first
    assert (
        "Overall opinion on the likelihood of torture or ill-treatment Highly consistent with"
        in first
    )
    assert "The findings taken together strongly support the account given." in first
    assert "Statement of truthfulness I declare that this report is true" in first
    assert "No statement of truthfulness recorded" not in first
    second = text[text.index("Dr. B. Testova") :]
    assert "No statement of truthfulness recorded" in second
    assert "Conditions of the examination not recorded" in second


def test_the_evaluation_of_a_person_left_out_is_not_shown(dossiers: dict[str, str]) -> None:
    for language, text in dossiers.items():
        assert LEFT_OUT_FINDING not in text, language
        assert "Dr. C. Testov" not in text, language
    assert "1 medical evaluation(s) left out" in dossiers["en"]


def test_english_dossier_prints_the_english_translation_then_the_original(
    dossiers: dict[str, str],
) -> None:
    text = dossiers["en"]
    mark = "Translation from Azerbaijani by T. Testova (fictional translator), 20 January 2026"
    assert mark in text
    assert f"“{ENGLISH}”" in text
    assert f"Original (Azerbaijani) “{ORIGINAL}”" in text
    assert text.index(mark) < text.index(ENGLISH) < text.index("Original (Azerbaijani)")
    assert RUSSIAN not in text  # another language's translation is not printed


def test_russian_dossier_prints_the_russian_translation(dossiers: dict[str, str]) -> None:
    text = dossiers["ru"]
    assert (
        "Перевод; язык оригинала: азербайджанский; переводчик: R. Testov (fictional "
        "translator), 21 января 2026 г." in text
    )
    # Russian quotation marks, the quotation inside a quotation in „…“.
    assert "«Меня задержали на улице и пытали током, били по „почкам“.»" in text
    assert f"Оригинал (азербайджанский) «{ORIGINAL}»" in text
    assert ENGLISH not in text
    # The witness's statement was given in Russian: the original alone, marked as such.
    assert "Оригинал (русский)" not in text  # p4 is left out of un-srt, her words too


def test_azerbaijani_dossier_prints_the_original_only(dossiers: dict[str, str]) -> None:
    text = dossiers["az"]
    assert f"Orijinal (Azərbaycan dili) «{ORIGINAL}»" in text
    assert "Tərcümə" not in text
    assert ENGLISH not in text and RUSSIAN not in text


def test_language_names_and_quotes() -> None:
    for code in ("az", "ru", "en", "fr", "tr", "ka", "hy"):
        for language in ("en", "ru", "az"):
            assert language_name(Texts(language), code) != code
    assert language_name(Texts("en"), "xx") == "xx"
    assert language_name(Texts("ru"), None) == "язык не указан"
    assert quote("a “b” c", "en") == "“a ‘b’ c”"
    assert quote("a «b» c", "az") == "«a „b“ c»"
    # The names stay importable where the profiles import them.
    assert sections.medical.__module__ == "fieldmon.dossier.profiles.medical"
    assert sections.statements.__module__ == "fieldmon.dossier.profiles.statements"


def test_an_absent_group_or_translation_is_said(dossiers: dict[str, str]) -> None:
    """The Protocol asks physical and psychological findings: an evaluation holding only one
    says the other is not recorded. A statement with no translation into the dossier's language
    says so before the original (the Court works in English and French)."""
    from datetime import UTC, datetime

    from fieldmon.consent.redactor import Redactor
    from fieldmon.dossier.profiles import Context
    from fieldmon.dossier.profiles.statements import narrative

    assert "No physical findings are recorded for this examination." in dossiers["en"]
    texts = Texts("en")
    case = {"reference": "TR-1", "persons": [], "interviews": []}
    redactor = Redactor("un-srt", texts)
    redactor.add_case(case)
    ctx = Context("un-srt", texts, redactor, [case], [], datetime.now(UTC), "M", None)
    said = " ".join(
        str(getattr(f, "text", ""))
        for f in narrative(ctx, case, {"language": "ru", "narrative": "Меня задержали."})
    )
    assert said.startswith("No translation into English is recorded")
    assert "Original (Russian)" in said
