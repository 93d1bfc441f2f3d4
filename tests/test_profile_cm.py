"""The ``cm-rule9`` communication to the Committee of Ministers against its checklist
(docs/checklists/cm-rule9.md), built from the bundled fictional sample
resources/samples/execution-cases.json: a judgment under execution on AZ-2026-101 (applicants
who consented in full to the Court and to the public) and three new cases as its evidence.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldmon.consent.policy import consent_recipient, decide
from fieldmon.dossier import build
from fieldmon.dossier.profiles import PROFILES, RECIPIENT
from fieldmon.errors import FieldMonError
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault
from tests.checklist import missing, pdf_text, read_checklist
from tests.conftest import FAST_KDF, PASSPHRASE, decided_plan

SAMPLES = sample_cases_path().parent / "execution-cases.json"
CASES = ["AZ-2026-101", "AZ-2026-102", "AZ-2026-103", "AZ-2026-104"]
NAMES = [
    "Aysel",
    "Testova",
    "Kamran",
    "Nümunəli",
    "Sevda",
    "Ələsgərova",
    "Elnur",
    "Sınaqov",
    "Vüqar",
    "Örnəkov",
    "Tural",
    "Misalov",
    "Nərmin",
    "Nümunəyeva",
]


@pytest.fixture(scope="module")
def cm_vault(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Vault]:
    folder = tmp_path_factory.mktemp("cm")
    vault = Vault.create(
        folder / "vault", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7", organisation="Fictional Watch"
    )
    casejson.import_file(vault, SAMPLES)
    yield vault
    vault.close()


@pytest.fixture(scope="module")
def communications(cm_vault: Vault, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("cm-pdf")
    made: dict[str, Path] = {}
    for language in ("en", "ru", "az"):
        pdf = out / f"cm-{language}.pdf"
        build.write_dossier(cm_vault, decided_plan(cm_vault, CASES, "cm-rule9", language), pdf)
        made[language] = pdf
    return made


def test_registered() -> None:
    assert "cm-rule9" in PROFILES and RECIPIENT["cm-rule9"] == "cm"


def test_checklist(communications: dict[str, Path]) -> None:
    assert missing(read_checklist("cm-rule9"), pdf_text(communications["en"])) == []


def test_title_in_each_language(communications: dict[str, Path]) -> None:
    assert "Сообщение Комитету министров в соответствии с правилом 9 § 2" in pdf_text(
        communications["ru"]
    )
    az = pdf_text(communications["az"])
    assert "Nazirlər Komitəsinə 9-cu qaydanın 2-ci bəndi üzrə müraciət" in az
    assert "Gücləndirilmiş nəzarət" in az  # the supervision track in Azerbaijani


def test_cm_rule9_names_nobody(communications: dict[str, Path]) -> None:
    """The applicant consented in full to the Court and to the public; a published
    communication still names her under a pseudonym only (and nobody else at all)."""
    for pdf in communications.values():
        text = pdf_text(pdf)
        assert [n for n in NAMES if n in text] == []
    assert "Person A and Others v. Azerbaijan" in pdf_text(communications["en"])


def test_cm_reads_public_consent() -> None:
    """Recipient cm reads the consent given for the public, and never above a pseudonym."""
    assert consent_recipient("cm") == "public"
    person = {"id": "p1", "name": "Aysel Testova", "roles": ["victim", "applicant"]}
    full = {"person": "p1", "identity": "full_name"}
    case = {"consents": [{**full, "recipient": "echr"}, {**full, "recipient": "public"}]}
    assert decide(case, person, "cm").level == "pseudonym"
    only_court = {"consents": [{**full, "recipient": "echr"}, {**full, "recipient": "cm"}]}
    assert decide(only_court, person, "cm").level == "left_out"
    lawyer = {"id": "p3", "name": "Sevda Ələsgərova", "roles": ["representative"]}
    assert decide(case, lawyer, "cm").level == "pseudonym"


def test_evidence_is_the_new_cases_only(communications: dict[str, Path]) -> None:
    text = pdf_text(communications["en"])
    assert "3 case(s), 5 act(s)" in text
    assert "AZ-2026-102, AZ-2026-103, AZ-2026-104." in text


def test_refused_without_a_judgment(cm_vault: Vault) -> None:
    with pytest.raises(FieldMonError) as refused:
        build.plan(cm_vault, ["AZ-2026-102", "AZ-2026-103"], "cm-rule9", "en")
    message = str(refused.value)
    assert "Rule 9 § 2" in message and "judgment" in message and "\n" not in message
