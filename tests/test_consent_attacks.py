"""Issue 13: what a fresh attacker's review found leaking, each checked on a real dossier.

A group named after a hidden person, free-text fields printed raw, an annex whose own words
name a hidden person, a mention linked to the wrong person, a review file made for another
recipient, and an anonymous applicant's name in the embedded manifest."""

from __future__ import annotations

import io
import json
import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfgen import canvas

from fieldmon.consent.review import ReviewRequired
from fieldmon.dossier import build, naming
from fieldmon.dossier.profiles import DossierOptions
from fieldmon.errors import FieldMonError
from fieldmon.vault.store import Vault
from tests.conftest import decided_plan

HIDDEN = "Tural Səfərov"


def _case(**changes: Any) -> dict[str, Any]:
    case: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "reference": "AT-1",
        "title": "Detention after a protest",
        "summary": "The applicant was detained at the station.",
        "persons": [
            {"id": "p1", "name": "Elvin Hacıyev", "roles": ["victim", "applicant"]},
            {"id": "p2", "name": HIDDEN, "roles": ["witness"]},
        ],
        # A Court application states an alleged violation (Rule 47 § 1 (f)).
        "violations": [{"instrument": "ECHR", "article": "5"}],
        "consents": [
            {"person": "p1", "recipient": "echr", "identity": "full_name"},
            {"person": "p1", "recipient": "wgad", "identity": "full_name", "transmission": True},
            {"person": "p2", "recipient": "echr", "identity": "pseudonym"},
        ],
    }
    case.update(changes)
    return case


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True)
    return " ".join(out.stdout.decode("utf-8").split())


def _write(vault: Vault, tmp_path: Path, profile: str = "echr", **options: Any) -> str:
    out = tmp_path / f"{profile}.pdf"
    build.write_dossier(vault, decided_plan(vault, ["AT-1"], profile, **options), out, force=True)
    return _text(out)


def test_a_group_named_after_a_hidden_person_does_not_unmask_them(
    empty_vault: Vault, tmp_path: Path
) -> None:
    case = _case(summary=f"{HIDDEN} had been staying with them. Turalın qardaşı left.")
    case["persons"].append(
        {"id": "p3", "name": f"Family of {HIDDEN}", "roles": ["victim"], "counting_unit": "group"}
    )
    case["events"] = [
        {"id": "e1", "title": "Search", "acts": [{"id": "a1", "type": "arrest", "victim": "p3"}]}
    ]
    empty_vault.store_cases([case])
    text = _text_of_all(empty_vault, tmp_path)
    assert "Səfərov" not in text and "Tural" not in text
    assert "Family of Person A" in text  # the group is still there, by its cleaned name


def _text_of_all(vault: Vault, tmp_path: Path) -> str:
    return _write(vault, tmp_path)


def test_the_applicants_own_fields_and_other_free_text_are_cleaned(
    empty_vault: Vault, tmp_path: Path
) -> None:
    case = _case()
    case["persons"][0].update(address=f"Baku, care of {HIDDEN}", occupation="teacher")
    case["interventions"] = [{"body": "un-srt", "reference": f"Letter about {HIDDEN}"}]
    case["consents"][0] = {
        "person": "p1",
        "recipient": "echr",
        "identity": "pseudonym",
        "notes": f"Fears for {HIDDEN}, who hid him.",
    }
    empty_vault.store_cases([case])
    text = _write(empty_vault, tmp_path)
    assert "Rule 47 § 4" in text and "Elvin Hacıyev" in text  # the Court knows the applicant
    assert "Səfərov" not in text
    assert "care of Person A" in text and "Letter about Person A" in text
    assert "Fears for Person A, who hid him." in text


def _pdf_naming(name: str) -> bytes:
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.setTitle(f"Statement of {name}")
    page.drawString(72, 720, f"Witness: {name}")
    page.save()
    return buffer.getvalue()


@pytest.mark.parametrize("cleared", [False, True])
def test_an_annex_whose_own_words_name_a_hidden_person_is_withheld(
    empty_vault: Vault, tmp_path: Path, cleared: bool
) -> None:
    empty_vault.store_cases([_case()])
    report = tmp_path / "statement.pdf"
    report.write_bytes(_pdf_naming(HIDDEN))
    empty_vault.attach("AT-1", report, title="Written statement")
    case = empty_vault.get_case("AT-1")
    # Recorded as showing only the applicant (wrongly), and even cleared for the Court.
    case["evidence"][0].update(
        appears=["p1"], appears_recorded=True, cleared_for=["echr"] if cleared else []
    )
    empty_vault.store_cases([case])
    plan = decided_plan(empty_vault, ["AT-1"], "echr")
    assert plan.annexes == []
    assert [w.reason for w in plan.withheld_annexes] == ["names_hidden_person"]
    out = tmp_path / "d.pdf"
    build.write_dossier(empty_vault, plan, out)
    listed = subprocess.run(["pdfdetach", "-list", str(out)], capture_output=True, text=True)
    assert "annex-01" not in listed.stdout


def test_a_mention_shows_its_persons_label_not_the_words(
    empty_vault: Vault, tmp_path: Path
) -> None:
    # The words "Toural Safaroff" were linked, wrongly, to the applicant: they print as him.
    case = _case(summary="Toural Safaroff was there.")
    case["mentions"] = [
        {"field": "summary", "start": 0, "end": 15, "text": "Toural Safaroff", "person": "p1"}
    ]
    empty_vault.store_cases([case])
    text = _write(empty_vault, tmp_path)
    assert "Toural" not in text and "Elvin Hacıyev was there." in text


def test_a_review_file_for_one_recipient_decides_nothing_for_another(
    empty_vault: Vault,
) -> None:
    case = _case(summary="Tural saw it.")
    case["consents"].append(
        {"person": "p2", "recipient": "wgad", "identity": "pseudonym", "transmission": True}
    )
    empty_vault.store_cases([case])
    with pytest.raises(ReviewRequired) as for_the_court:
        build.plan(empty_vault, ["AT-1"], "echr", "en")
    keep_all = {c.key: "keep" for c in for_the_court.value.candidates}
    with pytest.raises(ReviewRequired) as for_the_un:
        build.plan(empty_vault, ["AT-1"], "wgad", "en", decisions=keep_all)
    assert {c.key for c in for_the_un.value.candidates}.isdisjoint(keep_all)


def test_an_anonymous_applicant_is_not_named_in_the_embedded_manifest(
    empty_vault: Vault, tmp_path: Path
) -> None:
    case = _case()
    case["consents"][0] = {"person": "p1", "recipient": "echr", "identity": "initials"}
    empty_vault.store_cases([case])
    photo = Path(__file__).resolve().parent.parent / "resources" / "samples" / "wrist.jpg"
    empty_vault.attach("AT-1", photo, title="Passport of Elvin Hacıyev")
    case = empty_vault.get_case("AT-1")
    case["evidence"][0].update(appears=["p1"], appears_recorded=True)
    empty_vault.store_cases([case])
    out = tmp_path / "d.pdf"
    plan = decided_plan(empty_vault, ["AT-1"], "echr")
    build.write_dossier(empty_vault, plan, out)
    assert len(plan.annexes) == 1  # the Court gets the passport ...
    folder = tmp_path / "files"
    folder.mkdir()
    subprocess.run(["pdfdetach", "-saveall", "-o", str(folder), str(out)], check=True)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    # ... but the manifest, which travels with every copy, does not name him.
    assert "Hacıyev" not in json.dumps(manifest, ensure_ascii=False)


@pytest.mark.parametrize("profile", ["echr", "un-srt", "pattern", "cm-rule9"])
def test_a_reference_naming_a_hidden_person_is_refused(
    empty_vault: Vault, tmp_path: Path, profile: str
) -> None:
    """A reference is printed on every page, the cover, the metadata and the manifest, where a
    name cannot be replaced: a case whose reference names someone without consent for the
    recipient is refused in one line, before anything is sealed."""
    case = _case(reference="Testlinov-2026")
    case["persons"].append({"id": "p3", "name": "Kamran Testlinov", "roles": ["witness"]})
    case["judgments"] = [{"title": "Testova v. Azerbaijan"}]
    empty_vault.store_cases([case])
    before = empty_vault.history("Testlinov-2026").versions
    with pytest.raises(FieldMonError, match=r"^The case reference 'Testlinov-2026' names a person"):
        build.plan(empty_vault, ["Testlinov-2026"], profile, "en")
    assert empty_vault.history("Testlinov-2026").versions == before == []
    refusal, _ = naming.preview_warnings(
        empty_vault, ["Testlinov-2026"], profile, "en", False, DossierOptions()
    )
    assert refusal is not None and "names a person" in refusal
