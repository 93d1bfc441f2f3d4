"""The ``rule39`` dossier against its checklist (docs/checklists/rule39.md), from a fictional
case with an interim measures request whose contact, a representative, has a telephone, fax
and e-mail; and the warnings when a request invokes only Article 5 and states no measure.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldmon.dossier import build
from fieldmon.vault.store import Vault
from tests.checklist import missing, pdf_text, read_checklist
from tests.conftest import decided_plan
from tests.test_profile_un import make_vault, rich_case

REF = "R39-T-001"
ONLY_5 = "R39-T-002"


@pytest.fixture(scope="module")
def r39(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Vault, Path]]:
    folder = tmp_path_factory.mktemp("r39")
    only_5 = rich_case(ONLY_5)
    only_5["violations"] = [{"instrument": "ECHR", "article": "5", "acts": ["a1"]}]
    del only_5["interim"]
    vault = make_vault(folder, [rich_case(REF), only_5])
    yield vault, folder
    vault.close()


_built: dict[tuple[str, str], tuple[str, list[str]]] = {}


def dossier(r39: tuple[Vault, Path], reference: str, language: str = "en") -> tuple[str, list[str]]:
    """The Rule 39 dossier's text and warnings, built once per case and language."""
    key = (reference, language)
    if key not in _built:
        vault, folder = r39
        out = folder / f"{reference}-{language}.pdf"
        the_plan = decided_plan(vault, [reference], "rule39", language)
        build.write_dossier(vault, the_plan, out)
        _built[key] = (pdf_text(out), list(the_plan.warnings))
    return _built[key]


def test_checklist(r39: tuple[Vault, Path]) -> None:
    text, _ = dossier(r39, REF)
    assert missing(read_checklist("rule39"), text) == []


def test_face_block_is_on_the_cover(r39: tuple[Vault, Path]) -> None:
    text, warnings = dossier(r39, REF)
    cover = text.split("Page 1 of")[0]
    for words in (
        "Rule 39 – Urgent",
        "+994 12 000 00 02",
        "f.probov@example.org",
        "5 December 2099",
        "Transfer to a civilian hospital for examination",
        "Denied treatment for a head injury",
    ):
        assert words in cover
    # Article 3 is invoked, Article 5 too: the warning names Article 5 only.
    assert len(warnings) == 1 and "Article 5" in warnings[0] and "Article 3" not in warnings[0]
    assert "outside Articles 2 and 3" in cover


def test_decisions_list_their_documents_as_annexes(r39: tuple[Vault, Path]) -> None:
    text, _ = dossier(r39, REF)
    part = text.split("Domestic decisions attached")[1]
    assert "Prosecutor's refusal of 5 March (Annex 1)" in part
    assert "Detention order of 10 March (Annex 2)" in part
    assert "served" in part and "12 March 2026" in part  # table cells: columns interleave


def test_only_article_5_is_warned(r39: tuple[Vault, Path]) -> None:
    text, warnings = dossier(r39, ONLY_5)
    assert len(warnings) == 2
    assert "invokes nothing under Article 2 or 3" in warnings[0]
    assert "Article 5" in warnings[0]
    assert "No interim measures request is recorded" in warnings[1]
    cover = text.split("Page 1 of")[0]
    assert "very likely to be refused" in cover
    assert "No interim measures request is recorded" in cover


def test_contact_details_follow_consent(tmp_path: Path) -> None:
    """A contact whose consent for the Court is below full name: named as consented, and no
    telephone, fax or e-mail."""
    case = rich_case("R39-T-003")
    for consent in case["consents"]:
        if consent["person"] == "p2" and consent["recipient"] == "echr":
            consent["identity"] = "initials"
    vault = make_vault(tmp_path, [case])
    try:
        out = tmp_path / "r39.pdf"
        build.write_dossier(vault, decided_plan(vault, ["R39-T-003"], "rule39", "en"), out)
        text = pdf_text(out)
        assert "F. P." in text
        assert "Probov" not in text
        assert "000 00 01" not in text and "example.org" not in text.replace("source@", "")
        assert "not shown: the person's consent" in text
    finally:
        vault.close()


def test_a_past_feared_date_and_no_reachable_contact_are_warned(tmp_path: Path) -> None:
    """An urgent request for a date already past, and without a contact the Court may be
    given the telephone of, is warned about before writing and on its cover."""
    case = rich_case("R39-T-004")
    case["interim"][0]["feared_date"] = "2020-01-10"
    del case["interim"][0]["contact"]
    vault = make_vault(tmp_path, [case])
    try:
        out = tmp_path / "r39.pdf"
        the_plan = decided_plan(vault, ["R39-T-004"], "rule39", "en")
        build.write_dossier(vault, the_plan, out)
        cover = pdf_text(out).split("Page 1 of")[0]
    finally:
        vault.close()
    past = "The date of the feared event, 10 January 2020, has already passed"
    contact = "R39-T-004: the request names no contact person"
    assert any(past in w for w in the_plan.warnings) and past in cover
    assert any(contact in w for w in the_plan.warnings) and contact in cover
    assert "Respondent State" in cover and "Azerbaijan" in cover


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "ru",
            [
                "Rule 39 – Urgent (Правило 39 – Срочно)",
                "Контактное лицо",
                "Испрашиваемая мера",
                "Угроза",
            ],
        ),
        ("az", ["Qayda 39 – Təcili", "Əlaqə şəxsi", "Tələb olunan tədbir", "Təhlükə"]),
    ],
)
def test_translations(r39: tuple[Vault, Path], language: str, words: list[str]) -> None:
    text, _ = dossier(r39, REF, language)
    for word in words:
        assert word in text


def test_a_request_invoking_no_article_says_so(tmp_path: Path) -> None:
    """No violation recorded: said in words, not as "(-)" in the list of articles."""
    case = rich_case("R39-T-005")
    del case["violations"]
    vault = make_vault(tmp_path, [case])
    try:
        the_plan = decided_plan(vault, ["R39-T-005"], "rule39", "en")
    finally:
        vault.close()
    assert any(w.startswith("This request invokes no article") for w in the_plan.warnings)
    assert not any("(-)" in w for w in the_plan.warnings)
