"""The ``un-srt`` and ``wgad`` dossiers against their checklists (docs/checklists/un-srt.md,
docs/checklists/wgad.md), built from one fictional case rich in what the model
questionnaires ask: a victim who consented to transmission, a described perpetrator, a
complaint about the torture itself with its decision as a document, WGAD categories I and II
argued, a submitter; the case is headed to Strasbourg (consent recorded for the Court).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fieldmon.dossier import build
from fieldmon.exchange import casejson
from fieldmon.vault.store import Vault
from tests.checklist import missing, pdf_text, read_checklist
from tests.conftest import FAST_KDF, PASSPHRASE, decided_plan, write_json

REF = "UN-T-001"


def rich_case(reference: str = REF) -> dict[str, Any]:
    """A fictional case with every record the UN and Rule 39 profiles read."""
    consent = {"date": "2026-03-04", "recorded_by": "Monitor 7", "explained": True}
    return {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"fieldmon-test/{reference}")),
        "reference": reference,
        "title": "Detention of a fictional journalist (test)",
        "language": "en",
        "respondent_state": "AZ",
        "summary": "A fictional journalist was arrested at work and beaten in custody.",
        "persons": [
            {
                "id": "p1",
                "name": "Aytac Testova",
                "sex": "female",
                "birth_date": "1990-05-02",
                "birth_place": "Testkənd (fictional)",
                "nationality": ["AZ"],
                "occupation": "Journalist",
                "address": "Test street 1 (fictional)",
                "roles": ["victim", "applicant"],
            },
            {
                "id": "p2",
                "name": "Farid Probov",
                "roles": ["representative"],
                "phone": "+994 12 000 00 01",
                "fax": "+994 12 000 00 02",
                "email": "f.probov@example.org",
                "organisation": "Fictional Legal Aid",
            },
            {
                "id": "p3",
                "name": "Unknown officer Z",
                "roles": ["perpetrator"],
                "description": "Short, grey moustache, wore a blue uniform without insignia.",
            },
            {
                "id": "p4",
                "name": "Leyla Nümunəova",
                "roles": ["submitter"],
                "phone": "+994 50 000 00 03",
                "email": "source@example.org",
                "organisation": "Fictional Watch",
            },
        ],
        "events": [
            {
                "id": "e1",
                "title": "Arrest at the newspaper office",
                "start": "2026-03-02T09:15",
                "date_precision": "minute",
                "place": "Baku, fictional newspaper office",
                "acts": [
                    {
                        "id": "a1",
                        "type": "arrest",
                        "victim": "p1",
                        "start": "2026-03-02T09:15",
                        "location_type": "workplace",
                        "description": "Taken from her desk by three officers.",
                        "involvements": [{"perpetrator": "p3", "perpetrator_type": "police"}],
                        "arrest": {
                            "detention_type": "pretrial_criminal",
                            "place": "Pre-trial detention centre no. 0 (fictional)",
                            "legal_basis": "Criminal Code (fictional warrant no. 17)",
                            "reason_given": "alleged hooliganism",
                            "access_to_lawyer": "denied",
                        },
                    },
                    {
                        "id": "a2",
                        "type": "torture",
                        "victim": "p1",
                        "start": "2026-03-02T13:00",
                        "end": "2026-03-02T15:00",
                        "location_type": "police_station",
                        "methods": ["beating"],
                        "description": "Beaten in the interrogation room.",
                        "involvements": [
                            {
                                "perpetrator": "p3",
                                "perpetrator_type": "police",
                                "degree": "directly_carried_out",
                            }
                        ],
                    },
                ],
            }
        ],
        "consents": [
            {"person": "p1", "recipient": "echr", "identity": "full_name", **consent},
            {"person": "p2", "recipient": "echr", "identity": "full_name", **consent},
            {
                "person": "p1",
                "recipient": "un-srt",
                "identity": "full_name",
                "transmission": True,
                **consent,
            },
            {
                "person": "p1",
                "recipient": "wgad",
                "identity": "full_name",
                "transmission": True,
                **consent,
            },
            # The source (p4, role submitter) needs no consent record: the person submitting
            # is named to the mandate, which keeps it confidential (consent.policy).
        ],
        "evidence": [
            {
                "id": "x1",
                "title": "Prosecutor's refusal of 5 March",
                "file": "medical-report.pdf",
                "collected": "2026-03-06T10:00",
                "document_date": "2026-03-05",
                "appears": [],
                "appears_recorded": True,
            },
            {
                "id": "x2",
                "title": "Detention order of 10 March",
                "file": "wrist.jpg",
                "collected": "2026-03-11T10:00",
                "document_date": "2026-03-10",
                "appears": [],
                "appears_recorded": True,
            },
        ],
        "remedies": [
            {
                "date": "2026-03-05",
                "authority": "Prosecutor's office (fictional)",
                "decision": "refused to open criminal proceedings",
                "type": "complaint_ill_treatment",
                "documents": ["x1"],
            },
            {
                "date": "2026-03-10",
                "authority": "District court (fictional)",
                "decision": "detention extended",
                "type": "detention_review",
                "reference": "2-123/2026",
                "final": True,
                "served": "2026-03-12",
                "documents": ["x2"],
            },
        ],
        "violations": [
            {"instrument": "ECHR", "article": "3", "acts": ["a2"], "limb": "substantive"},
            {"instrument": "ECHR", "article": "5", "acts": ["a1"]},
        ],
        "interim": [
            {
                "contact": "p2",
                "feared_date": "2099-12-05",
                "measure": "Transfer to a civilian hospital for examination",
                "risk": "Denied treatment for a head injury; a risk to her life.",
            }
        ],
        "wgad_categories": [
            {
                "category": "I",
                "analysis": "No legal basis: the warrant was issued after the arrest.",
                "acts": ["a1"],
            },
            {
                "category": "II",
                "analysis": "Detained for her reporting on a fictional dam.",
                "acts": ["a1", "a2"],
            },
        ],
    }


def make_vault(folder: Path, cases: list[dict[str, Any]]) -> Vault:
    """A vault holding these cases, imported from a case file with the sample files."""
    vault = Vault.create(folder / "vault", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7")
    document = {"format": "fieldmon-case/1", "cases": cases}
    casejson.import_file(vault, write_json(folder / "cases.json", document))
    return vault


@pytest.fixture(scope="module")
def un_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    vault = make_vault(tmp_path_factory.mktemp("un"), [rich_case()])
    yield vault
    vault.close()


_built: dict[tuple[str, str], tuple[Path, list[str]]] = {}


def dossier(
    vault: Vault, folder: Path, profile: str, language: str = "en"
) -> tuple[str, list[str]]:
    """The dossier's text (pdftotext) and the plan's warnings, built once per profile and
    language."""
    key = (profile, language)
    if key not in _built:
        out = folder / f"{profile}-{language}.pdf"
        the_plan = decided_plan(vault, [REF], profile, language)
        build.write_dossier(vault, the_plan, out)
        _built[key] = (out, list(the_plan.warnings))
    out, warnings = _built[key]
    return pdf_text(out), warnings


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("un-out")


@pytest.mark.parametrize("profile", ["un-srt", "wgad"])
def test_checklist(un_vault: Vault, out: Path, profile: str) -> None:
    text, _ = dossier(un_vault, out, profile)
    assert missing(read_checklist(profile), text) == []


def test_wgad_warns_of_article_35_for_a_strasbourg_case(un_vault: Vault, out: Path) -> None:
    text, warnings = dossier(un_vault, out, "wgad")
    assert len(warnings) == 1 and "Article 35 § 2 (b)" in warnings[0]
    assert REF in warnings[0]
    # Printed on the cover (before the first section), not only shown by the CLI.
    cover = text.split("I. Identity")[0]
    assert "may bar a later application" in cover


def test_un_srt_gives_no_article_35_warning(un_vault: Vault, out: Path) -> None:
    text, warnings = dossier(un_vault, out, "un-srt")
    assert warnings == []
    assert "35 § 2" not in text


def test_wgad_categories_not_argued_and_facts_cited(un_vault: Vault, out: Path) -> None:
    text, _ = dossier(un_vault, out, "wgad")
    analysis = text.split("IV. Why the deprivation of liberty is arbitrary")[1].split(
        "V. Domestic steps taken"
    )[0]
    assert analysis.count("Not argued.") == 3  # III, IV and V
    assert "a1. Arrest" in analysis and "a2. Torture" in analysis
    # Neither a release nor an end is recorded: counted to the dossier's date, never claimed.
    assert "No release and no end of the detention recorded" in text
    assert "if still detained: no release recorded" in text


def test_a_detention_that_ended_is_not_continuing(tmp_path: Path) -> None:
    """An arrest recorded from 09:15 to 18:15 lasted nine hours: without a release date it was
    once counted to the dossier's date as "326 days, still detained"."""
    case = rich_case()
    case["events"][0]["acts"][0]["end"] = "2026-03-02T18:15"
    vault = make_vault(tmp_path, [case])
    out = tmp_path / "wgad.pdf"
    build.write_dossier(vault, decided_plan(vault, [REF], "wgad", "en"), out)
    vault.close()
    text = pdf_text(out)
    assert "9 hours" in text and "Released on 2 March 2026, 18:15" in text
    assert "if still detained" not in text and "no end of the detention" not in text


def test_un_srt_source_is_confidential_and_complaint_first(un_vault: Vault, out: Path) -> None:
    text, _ = dossier(un_vault, out, "un-srt")
    source = text.split("Source of the communication")[1]
    assert source.index("Confidential") < source.index("Leyla Nümunəova")
    steps = text.split("Complaints about the torture itself")[1]
    assert steps.index("Prosecutor's office") < steps.index("All domestic steps taken")


def test_a_victim_without_transmission_consent_is_left_out(tmp_path: Path) -> None:
    case = rich_case("UN-T-002")
    for consent in case["consents"]:
        if consent["person"] == "p1" and consent["recipient"] in ("un-srt", "wgad"):
            consent["transmission"] = False
    vault = make_vault(tmp_path, [case])
    try:
        pdf = tmp_path / "srt.pdf"
        the_plan = decided_plan(vault, ["UN-T-002"], "un-srt", "en")
        build.write_dossier(vault, the_plan, pdf)
        text = pdf_text(pdf)
        assert "Aytac" not in text and "Testova" not in text
        assert "Test street" not in text
        assert "not identified in it" in text
        # Said plainly, before writing and on the cover: the mandate cannot act on it.
        said = "UN-T-002: 1 victim(s) left out, because no consent to transmission"
        assert [w for w in the_plan.warnings if said in w] and said in text.split("Page 1")[0]
    finally:
        vault.close()


@pytest.mark.parametrize(
    ("profile", "language", "words"),
    [
        ("un-srt", "ru", ["Конфиденциально", "Жалобы на сами пытки", "Дата, место и методы"]),
        ("un-srt", "az", ["Məxfi", "İşgəncənin özünə dair şikayətlər"]),
        ("wgad", "ru", ["I. Личность", "статье 35 § 2 (b)", "Не заявляется."]),
        ("wgad", "az", ["I. Şəxsiyyət", "35-ci maddəsinin", "İrəli sürülmür."]),
    ],
)
def test_translations(
    un_vault: Vault, out: Path, profile: str, language: str, words: list[str]
) -> None:
    text, _ = dossier(un_vault, out, profile, language)
    for word in words:
        assert word in text
    assert json.dumps(text, ensure_ascii=False)  # the text is whole Unicode
