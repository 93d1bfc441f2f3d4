"""Regenerate the sample dossier pages in docs/dossiers/ from the fictional demo cases.

    .venv/bin/python docs/make_dossier_samples.py [OUT_FOLDER]

Makes a demo vault in a temporary folder, writes each profile's dossier as `fieldmon dossier`
would, and renders the pages shown in the docs with pdftoppm. Possible names the review list
raises are decided as a careful monitor would: a name inside a place name is kept, every other
one is replaced. The PDFs themselves are left in OUT_FOLDER/pdf for a look, never committed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from fieldmon.consent.review import ReviewRequired
from fieldmon.dossier import build
from fieldmon.dossier.profiles import DossierOptions
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault

DEMO = "correct horse battery staple 2026"
# (profile, options, language, cases, pages shown in the docs). Every profile is made in every
# language and looked at; the pages listed are the ones kept in docs/dossiers/.
CASES = {
    "echr": ["AZ-2026-001"],
    "rule39": ["AZ-2026-002"],
    "un-srt": ["AZ-2026-001"],
    "wgad": ["AZ-2026-001"],
    "cm-rule9": ["AZ-2026-101", "AZ-2026-102", "AZ-2026-103", "AZ-2026-104"],
    "pattern": ["AZ-2026-102", "AZ-2026-103", "AZ-2026-104"],
}
KEPT = {
    ("echr", "en"): [1, 2, 3, 4, 5],
    ("echr", "ru"): [3],
    ("rule39", "ru"): [1],
    ("un-srt", "az"): [2],
    ("wgad", "en"): [1, 2],
    ("cm-rule9", "en"): [2],
    ("pattern-pace", "az"): [2],
    ("pattern-cpt", "en"): [2, 3],
}
SAMPLES = [
    (profile, audience, language, CASES[profile], KEPT.get((name, language), []))
    for profile, audience, name in [
        ("echr", None, "echr"),
        ("rule39", None, "rule39"),
        ("un-srt", None, "un-srt"),
        ("wgad", None, "wgad"),
        ("cm-rule9", None, "cm-rule9"),
        ("pattern", "cpt", "pattern-cpt"),
        ("pattern", "pace", "pattern-pace"),
        ("pattern", "commissioner", "pattern-commissioner"),
    ]
    for language in ("en", "ru", "az")
]


RECOMMENDATIONS = {
    # Each body is asked for what it can do: the CPT visits, PACE reports, the Commissioner
    # speaks with the authorities.
    "cpt": (
        "1. Visit Testabad district police station no. 7 unannounced, at night.\n"
        "2. Ask for the custody registers of both places for March to May 2026."
    ),
    "pace": (
        "1. Raise the pattern of ill-treatment in police custody in the next report on the"
        " State.\n"
        "2. Ask the Government what safeguards now apply from the first hour of custody."
    ),
    "commissioner": (
        "1. Raise access to a lawyer and a doctor from the first hour of custody with the"
        " Minister of Internal Affairs.\n"
        "2. Publish the findings after the next country visit."
    ),
}


def record_as_a_monitor_would(vault: Vault) -> None:
    """Fill in what the Court's form, Rule 39 and the UN questionnaires ask and the bundled
    samples leave out (they predate issue 14): particulars, complaints per limb, service,
    documents' own dates, an Istanbul Protocol report, a translation, a Rule 39 request."""
    case = vault.get_case("AZ-2026-001")
    # As the monitor would record it: the wrist photo and the medical report show the victim.
    for record in case["evidence"]:
        record.update(appears=["p1"], appears_recorded=True)
    case["evidence"][0]["document_date"] = "2026-01-11"
    case["evidence"][1]["document_date"] = "2026-01-14"  # the report's own date
    applicant, lawyer = case["persons"][0], case["persons"][1]
    applicant.update(
        birth_place="Sumqayıt", phone="+994 50 000 00 00", email="applicant@example.org"
    )
    lawyer.update(
        organisation="Example Rights Centre (fictional)",
        address="1 Example Street, Baku",
        phone="+994 12 000 00 00",
        fax="+994 12 000 00 01",
        email="lawyer@example.org",
        authority_form="Authority signed by the applicant and the lawyer in section C of the form",
        authority_date="2026-02-10",
    )
    remedies = case["remedies"]
    remedies[0].update(id="r1", type="administrative")
    remedies[1].update(id="r2", type="appeal", served="2026-02-06", documents=["x2"])
    remedies.append(
        {
            "id": "r3",
            "date": "2026-01-15",
            "authority": "Khatai district prosecutor",
            "type": "complaint_ill_treatment",
            "decision": "refused to open a criminal case",
            "final": True,
        }
    )
    case["violations"] = [
        {
            "instrument": "ECHR",
            "article": "3",
            "limb": "substantive",
            "acts": ["a2"],
            "argument": "Hooded and beaten in custody; the injuries were recorded two days later.",
            "remedies": ["r3"],
        },
        {
            "instrument": "ECHR",
            "article": "3",
            "limb": "procedural",
            "acts": ["a2"],
            "argument": "The prosecutor refused to investigate without hearing the applicant.",
            "remedies": ["r3"],
        },
        {
            "instrument": "ECHR",
            "article": "5",
            "acts": ["a1"],
            "argument": "Held for hours before any record of the arrest was drawn up.",
            "remedies": ["r1", "r2"],
        },
        {
            "instrument": "ECHR",
            "article": "10",
            "acts": ["a1", "a3"],
            "argument": "Detained and fined for a video criticising the authorities.",
            "remedies": ["r1", "r2"],
        },
    ]
    case["wgad_categories"] = [
        {"category": "II", "analysis": "Detained for a video: the exercise of expression.",
         "acts": ["a1"]},
    ]  # fmt: skip
    medical = case["medical"][0]
    medical.update(
        conditions="Examined alone, in a clinic, two days after release.",
        restrictions="No X-ray was available.",
        opinion="The findings as a whole are highly consistent with the account given.",
        truthfulness="I declare that the above is true to the best of my knowledge.",
    )
    for finding in medical.get("findings", []):
        finding.setdefault("kind", "physical")
    # He agreed that the UN mandates pass his name to the State (without it he is left out).
    for recipient in ("un-srt", "wgad"):
        case["consents"].append(
            {"person": "p1", "recipient": recipient, "identity": "full_name",
             "transmission": True, "date": "2026-01-12", "recorded_by": "Monitor 7",
             "explained": True}
        )  # fmt: skip
    # Held about nine hours, then fined (the summary): the arrest ended at 23:40.
    case["events"][0]["acts"][0]["arrest"]["released"] = "2026-01-09T23:40"
    case["events"][0]["acts"][0]["arrest"]["place"] = "Police station no. 9, Baku (fictional)"
    case["persons"].append(
        {
            "id": "p5",
            "name": "Monitor 7, Example Rights Centre (fictional)",
            "roles": ["submitter"],
            "phone": "+994 12 000 00 09",
            "email": "monitor7@example.org",
        }
    )
    interview = case["interviews"][0]
    interview["translations"] = [
        {
            "language": "en",
            "narrative": (
                "Four men in civilian clothes stopped me in the street. At the police station"
                " they put a plastic bag over my head and I could not breathe. Then they gave"
                " electric shocks to my hands. The major said it would get worse if I did not"
                " delete my videos."
            ),
            "translator": "Interpreter 2",
            "date": "2026-01-20",
        }
    ]
    vault.store_cases([case])
    urgent = vault.get_case("AZ-2026-002")
    urgent["persons"].append(
        {
            "id": "p3",
            "name": "Aytən Nümunəli (fictional)",
            "roles": ["representative", "lawyer"],
            "phone": "+994 12 000 00 03",
            "fax": "+994 12 000 00 04",
            "email": "lawyer2@example.org",
        }
    )
    # Two weeks ahead of the day the pages are made: an urgent request is for a coming date.
    feared = (date.today() + timedelta(days=14)).isoformat()
    urgent["interim"] = [
        {
            "contact": "p3",
            "feared_date": feared,
            "measure": "Lift the travel ban so that she can receive urgent surgery abroad.",
            "risk": "Surgery is possible only abroad; the hospital holds the place two weeks.",
        }
    ]
    vault.store_cases([urgent])


def main(out: Path) -> None:
    """Write the sample pages to ``out`` (PNG) and the dossiers to ``out/pdf``."""
    (out / "pdf").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        vault = Vault.create(
            Path(folder) / "vault",
            DEMO,
            demo=True,
            name="Monitor 7",
            organisation="Example Rights Centre (fictional)",
        )
        casejson.import_file(vault, sample_cases_path())
        casejson.import_file(vault, sample_cases_path().parent / "execution-cases.json")
        record_as_a_monitor_would(vault)
        for profile, audience, language, references, pages in SAMPLES:
            options = DossierOptions(audience, RECOMMENDATIONS.get(audience or ""))
            try:
                plan = build.plan(vault, references, profile, language, options=options)
            except ReviewRequired as needed:
                decisions = {
                    c.key: "keep" if "place_name" in c.reasons else "replace"
                    for c in needed.candidates
                }
                plan = build.plan(
                    vault, references, profile, language, decisions=decisions, options=options
                )
            name = f"{profile}-{audience}" if audience else profile
            pdf = out / "pdf" / f"{name}-{language}.pdf"
            build.write_dossier(vault, plan, pdf, force=True)
            for warning in plan.warnings:
                print(f"{name}-{language}: WARNING {warning}")
            info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
            count = int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")))
            print(f"{name}-{language}: {count} pages")
            for page in (p for p in pages if p <= count):
                stem = out / f"{name}-{language}-page{page}"
                subprocess.run(
                    ["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page),
                     "-singlefile", str(pdf), str(stem)],
                    check=True,
                )  # fmt: skip
        vault.close()
    shutil.rmtree(out / "pdf") if "--no-pdf" in sys.argv else None


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else
         Path(__file__).parent / "dossiers")  # fmt: skip
