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
from pathlib import Path

from fieldmon.consent.review import ReviewRequired
from fieldmon.dossier import build
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault

DEMO = "correct horse battery staple 2026"
# (profile, language, cases, pages shown in the docs)
SAMPLES = [
    ("echr", "en", ["AZ-2026-001"], [1, 2, 5]),
    ("echr", "ru", ["AZ-2026-001"], [3]),
    ("rule39", "ru", ["AZ-2026-002"], [1]),
    ("un-srt", "az", ["AZ-2026-001"], [2]),
    ("wgad", "en", ["AZ-2026-001"], [2]),
    ("pattern", "az", ["AZ-2026-001", "AZ-2026-002", "AZ-2026-003"], [2]),
]


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
        # As the monitor would record it: the wrist photo and the medical report show the victim.
        case = vault.get_case("AZ-2026-001")
        for record in case["evidence"]:
            record.update(appears=["p1"], appears_recorded=True)
        vault.store_cases([case])
        for profile, language, references, pages in SAMPLES:
            try:
                plan = build.plan(vault, references, profile, language)
            except ReviewRequired as needed:
                decisions = {
                    c.key: "keep" if "place_name" in c.reasons else "replace"
                    for c in needed.candidates
                }
                plan = build.plan(vault, references, profile, language, decisions=decisions)
            pdf = out / "pdf" / f"{profile}-{language}.pdf"
            build.write_dossier(vault, plan, pdf, force=True)
            info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
            count = int(next(ln.split()[-1] for ln in info.splitlines() if ln.startswith("Pages:")))
            for page in (p for p in pages if p <= count):
                stem = out / f"{profile}-{language}-page{page}"
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
