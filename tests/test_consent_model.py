"""Issue 13, the consent model: who appears to which recipient, by role and consent, checked on
real dossiers (pdftotext of the signed PDF) from a real vault, and the review list's gate."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path
from typing import Any

import pytest

from fieldmon.consent.review import ConsentBlocked, ReviewRequired
from fieldmon.dossier import build
from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE, run_cli


def _consent(person: str, recipient: str, identity: str, **more: Any) -> dict[str, Any]:
    return {"person": person, "recipient": recipient, "identity": identity, **more}


def case_document(**changes: Any) -> dict[str, Any]:
    """A fictional case: an applicant, a witness without consent, a witness with initials, a
    lawyer and a physician (no consent recorded), an officer, a relative who withdrew."""
    case: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "reference": "CM-1",
        "title": "Detention of a teacher",
        "language": "en",
        "summary": (
            "Zaur Tağıyev was detained. Nərmin Kərimova saw it. Lalə Sadıqova, his lawyer,"
            " was refused access. Dr. Elnur Vəliyev examined him. Kamil Rzayev gave orders."
            " Fidan Tağıyeva, his sister, later withdrew."
        ),
        "persons": [
            {"id": "p1", "name": "Zaur Tağıyev", "roles": ["victim", "applicant"]},
            {"id": "p2", "name": "Nərmin Kərimova", "roles": ["witness"]},
            {"id": "p3", "name": "Lalə Sadıqova", "roles": ["representative", "lawyer"]},
            {"id": "p4", "name": "Elnur Vəliyev", "roles": ["physician"]},
            {"id": "p5", "name": "Kamil Rzayev", "roles": ["perpetrator"]},
            {"id": "p6", "name": "Fidan Tağıyeva", "roles": ["relative"]},
            {"id": "p7", "name": "Səidə Məlikova", "roles": ["witness"]},
        ],
        # A Court application states an alleged violation (Rule 47 § 1 (f)); echr refuses
        # a case without one (issue 14).
        "violations": [{"instrument": "ECHR", "article": "5"}],
        "interviews": [
            {"id": "i1", "interviewee": "p2", "narrative": "I was at the bus stop."},
            {"id": "i2", "interviewee": "p7", "narrative": "I heard shouting."},
        ],
        "consents": [
            _consent("p1", "echr", "full_name"),
            _consent("p7", "echr", "initials"),
            _consent("p6", "echr", "full_name", withdrawn="2026-03-01"),
            _consent("p1", "un-srt", "full_name", transmission=True),
            _consent("p7", "un-srt", "initials"),
        ],
    }
    case.update(changes)
    return case


@pytest.fixture
def one_case(empty_vault: Vault) -> Vault:
    empty_vault.store_cases([case_document()])
    return empty_vault


def text_of(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def naming(vault: Vault, profile: str) -> dict[str, tuple[str, str]]:
    return {r.person_id: (r.level, r.basis) for r in build.preview(vault, ["CM-1"], profile, "en")}


def test_no_consent_means_left_out_not_pseudonym(one_case: Vault, tmp_path: Path) -> None:
    rows = naming(one_case, "echr")
    assert rows["p2"] == ("left_out", "no_consent")
    plan = build.plan(one_case, ["CM-1"], "echr", "en")
    out = tmp_path / "d.pdf"
    build.write_dossier(one_case, plan, out)
    text = text_of(out)
    assert "Nərmin" not in text and "Kərimova" not in text
    assert "Person A" not in text  # not a pseudonym: left out
    assert "[identity withheld]" in text
    # Counted, and her statement is left out with it.
    assert "person(s) are left out of this dossier" in text.replace("\n", " ")
    assert "bus stop" not in text


def test_professional_parties_appear_under_their_professional_identity(
    one_case: Vault, tmp_path: Path
) -> None:
    rows = naming(one_case, "echr")
    assert rows["p3"] == ("full_name", "professional")
    assert rows["p4"] == ("full_name", "professional")
    out = tmp_path / "d.pdf"
    build.write_dossier(one_case, build.plan(one_case, ["CM-1"], "echr", "en"), out)
    text = text_of(out)
    assert "Lalə Sadıqova" in text and "Elnur Vəliyev" in text


def test_a_professional_who_asked_otherwise_is_not_named(empty_vault: Vault) -> None:
    case = case_document()
    case["consents"].append(_consent("p3", "echr", "initials"))
    empty_vault.store_cases([case])
    rows = naming(empty_vault, "echr")
    assert rows["p3"] == ("initials", "consent")


def test_perpetrators_as_recorded_or_withheld_per_dossier(one_case: Vault, tmp_path: Path) -> None:
    assert naming(one_case, "echr")["p5"] == ("full_name", "perpetrator")
    plan = build.plan(one_case, ["CM-1"], "echr", "en", withhold_perpetrators=True)
    out = tmp_path / "d.pdf"
    build.write_dossier(one_case, plan, out)
    text = text_of(out)
    assert "Rzayev" not in text and "Kamil" not in text
    assert "Alleged perpetrator A" in text


def test_the_court_knows_the_applicant_who_asks_for_anonymity(
    empty_vault: Vault, tmp_path: Path
) -> None:
    case = case_document()
    case["consents"][0] = _consent("p1", "echr", "pseudonym", notes="Fears for his children.")
    empty_vault.store_cases([case])
    rows = {r.person_id: r for r in build.preview(empty_vault, ["CM-1"], "echr", "en")}
    assert rows["p1"].level == "full_name" and rows["p1"].anonymity_request
    out = tmp_path / "CM-1-echr-en.pdf"
    build.write_dossier(empty_vault, build.plan(empty_vault, ["CM-1"], "echr", "en"), out)
    text = text_of(out).replace("\n", " ")
    assert "Zaur Tağıyev" in text  # to the Court, in full
    assert "Rule 47 § 4" in text and "Fears for his children." in text
    # ... but not in the bookmarks or the metadata, which travel with every copy.
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    from pyhanko.pdf_utils.reader import PdfFileReader

    with out.open("rb") as handle:
        reader = PdfFileReader(handle, strict=False)
        outline: list[str] = []
        node = reader.root["/Outlines"].get("/First")
        stack = [node] if node is not None else []
        while stack:
            item = stack.pop().get_object()
            outline.append(str(item["/Title"]))
            for key in ("/First", "/Next"):
                if key in item:
                    stack.append(item[key])
    assert outline and not any("Tağıyev" in t or "Zaur" in t for t in outline)
    assert "Tağıyev" not in info and "Zaur" not in info


def test_rule39_reads_the_courts_consent(one_case: Vault) -> None:
    assert (
        naming(one_case, "rule39")["p7"]
        == naming(one_case, "echr")["p7"]
        == (
            "initials",
            "consent",
        )
    )


def test_un_bodies_need_consent_to_transmission_to_the_state(one_case: Vault) -> None:
    rows = naming(one_case, "un-srt")
    assert rows["p1"] == ("full_name", "consent")
    assert rows["p7"] == ("left_out", "no_transmission")
    assert naming(one_case, "wgad")["p1"] == ("left_out", "no_consent")


def test_withdrawn_victim_blocks_until_overridden_in_writing(
    empty_vault: Vault, tmp_path: Path
) -> None:
    case = case_document()
    case["consents"][0] = _consent("p1", "echr", "full_name", withdrawn="2026-04-01")
    empty_vault.store_cases([case])
    with pytest.raises(ConsentBlocked, match="withdrawn by CM-1 p1"):
        build.plan(empty_vault, ["CM-1"], "echr", "en")
    with pytest.raises(Exception, match="reason in writing"):
        build.plan(empty_vault, ["CM-1"], "echr", "en", override_withdrawn="  ")
    plan = build.plan(
        empty_vault, ["CM-1"], "echr", "en", override_withdrawn="Counsel confirmed by phone."
    )
    build.write_dossier(empty_vault, plan, tmp_path / "d.pdf")
    records = [e.record or "" for e in empty_vault.custody_log("CM-1")]
    assert any("overridden in writing: Counsel confirmed by phone." in r for r in records)
    text = text_of(tmp_path / "d.pdf")
    assert "Tağıyev" not in text  # still left out: the override lets the facts go, not the name


def test_a_withdrawn_relative_does_not_block_but_is_left_out(one_case: Vault) -> None:
    assert naming(one_case, "echr")["p6"] == ("left_out", "withdrawn")


def test_pattern_names_nobody_and_counts_everyone(one_case: Vault) -> None:
    rows = naming(one_case, "pattern")
    assert {level for level, _ in rows.values()} <= {"pseudonym", "left_out"}


def test_cli_refuses_until_each_candidate_is_decided(tmp_path: Path) -> None:
    vault_dir = tmp_path / "v"
    vault = Vault.create(vault_dir, PASSPHRASE)
    case = case_document()
    # A lone given name of a hidden witness: uncertain, so it goes to review.
    case["interviews"][1]["narrative"] = "Nərmin told me she was frightened."
    vault.store_cases([case])
    vault.close()
    out = tmp_path / "d.pdf"
    args = ("dossier", "CM-1", "--profile", "echr", "--out", str(out), "--vault", str(vault_dir))
    refused = run_cli(*args, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert refused.returncode == 6, refused.stderr
    assert not out.exists()
    keys = [ln.split()[0] for ln in refused.stdout.splitlines() if ln.endswith(" ?")]
    assert keys and "[Nərmin]" in refused.stdout
    review = tmp_path / "review.txt"
    review.write_text("".join(f"{k} replace\n" for k in keys), encoding="utf-8")
    made = run_cli(*args, "--review", str(review), "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert made.returncode == 0, made.stderr
    assert "Nərmin" not in text_of(out)
    # Decisions are stored per case and recipient: the next run needs no file ...
    again = run_cli(*args, "--force", "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert again.returncode == 0, again.stderr
    # ... but a new candidate still blocks: the file is no blanket bypass.
    with Vault.open(vault_dir, PASSPHRASE) as vault:
        case = vault.get_case("CM-1")
        case["summary"] += " Nərmin came back the next day."
        vault.store_cases([case])
    blocked = run_cli(
        *args, "--force", "--review", str(review), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert blocked.returncode == 6, blocked.stderr
    assert "came back" in blocked.stdout


def test_review_file_mistakes_are_one_clear_line(tmp_path: Path, one_case: Vault) -> None:
    from fieldmon.consent.review import read_review_file
    from fieldmon.errors import FieldMonError

    bad = tmp_path / "r.txt"
    bad.write_text("0123456789abcdef0123456789abcdef delete\n", encoding="utf-8")
    with pytest.raises(FieldMonError, match="line 1: expected 'KEY replace' or 'KEY keep'"):
        read_review_file(bad)
    bad.write_text("0123456789abcdef replace\n0123456789abcdef keep\n", encoding="utf-8")
    with pytest.raises(FieldMonError, match="two decisions"):
        read_review_file(bad)


def test_keep_leaves_the_words_and_replace_hides_them(one_case: Vault, tmp_path: Path) -> None:
    case = one_case.get_case("CM-1")
    case["summary"] = "They walked along Nərmin street. Nərmin was scared."
    one_case.store_cases([case])
    with pytest.raises(ReviewRequired) as needed:
        build.plan(one_case, ["CM-1"], "echr", "en")
    by_context = {c.after[:7]: c.key for c in needed.value.candidates}
    decisions = {by_context[" street"]: "keep", by_context[" was sc"]: "replace"}
    plan = build.plan(one_case, ["CM-1"], "echr", "en", decisions=decisions)
    build.write_dossier(one_case, plan, tmp_path / "d.pdf")
    text = text_of(tmp_path / "d.pdf")
    assert "Nərmin street" in text
    assert "Nərmin was" not in text and "[identity withheld] was scared" in text
