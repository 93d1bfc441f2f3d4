"""Issue 12, item 1: the panic wipe and the duress wipe hold against an image of the disk.

A vault is made on a real ext4 file system in an image file (tests/forensics/image.py), its
passphrase changed and recovery shares printed; the image is copied (the live vault), then the
vault is wiped (or the duress passphrase with wipe is used) and the file system unmounted. The
carver (tests/forensics/carve.py) searches both images for every key header and every database
first page and tries the old passphrase, the new one and the shares on all of them.

- Positive control: in the image of the live vault, the carver finds the live header, opens
  it with the current passphrase, opens it (or the database) with the shares, and a carved
  database first page opens with the key it gives. A carver that finds nothing fails here.
- After the wipe nothing carved opens with the old passphrase, the new one or the shares.
  After the duress wipe the decoy opening with the duress passphrase is expected (and checked,
  as a control that the carver still reads the header), and nothing of the real vault opens.

Needs an ext4 image mounted by the kernel (root and loop devices; done in a private mount
namespace) or by fuse2fs; skipped with the reason otherwise. ``make forensics`` runs only this
file, verbosely. docs/forensics.md says what this proves and what it cannot.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from tests.forensics.carve import Report, carve
from tests.forensics.image import build_images, choose_mode

MODE, WHY = choose_mode()
pytestmark = pytest.mark.skipif(MODE is None, reason=f"disk-image test not run: {WHY}")

REAL_SECRETS = ["old", "new", "shares:"]
"""Labels of the real vault's secrets in the carver's report ("shares:" is every share set)."""


@dataclass
class Carved:
    before: Report = field(repr=False)
    after: Report = field(repr=False)
    secrets: dict[str, object] = field(repr=False)


def _carved(scenario: str, factory: pytest.TempPathFactory) -> Iterator[Carved]:
    assert MODE is not None
    work = factory.mktemp(f"forensics-{scenario}")
    build_images(MODE, scenario, work)
    secrets = json.loads((work / "secrets.json").read_text(encoding="utf-8"))
    passphrases = {k: str(secrets[k]) for k in ("old", "new", "duress") if k in secrets}
    shares = [str(s) for s in secrets["shares"]]
    carved = Carved(
        carve(work / "before.img", passphrases, shares),
        carve(work / "after.img", passphrases, shares),
        secrets,
    )
    for name, report in (("live vault", carved.before), ("after the wipe", carved.after)):
        print(f"\n--- {scenario}, {name} ({MODE} mount) ---\n{report.summary()}")
    yield carved
    if not os.environ.get("FIELDMON_FORENSICS_KEEP"):
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture(scope="module")
def passwd_wipe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Carved]:
    """Passphrase changed, shares made, then `fieldmon wipe --yes`."""
    yield from _carved("passwd", tmp_path_factory)


@pytest.fixture(scope="module")
def duress_wipe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Carved]:
    """Passphrase changed, shares made, duress set with wipe, then the duress passphrase used."""
    yield from _carved("duress", tmp_path_factory)


def _assert_live_vault_opens(report: Report, passphrase: str) -> None:
    summary = report.summary()
    live = [h for h in report.headers if any(o.startswith(f"{passphrase} ") for o in h.opened_by)]
    assert live, f"the live key header was not carved or did not open:\n{summary}"
    pages = [p for p in report.pages if passphrase in p.secrets]
    assert pages, f"no carved database page opened with the live key:\n{summary}"
    assert report.opened_by(["shares:"]), f"the shares opened nothing in the live vault:\n{summary}"


def test_positive_control_the_live_vault_is_carved_and_opens(passwd_wipe: Carved) -> None:
    _assert_live_vault_opens(passwd_wipe.before, "new")


def test_after_the_wipe_nothing_carved_opens(passwd_wipe: Carved) -> None:
    report = passwd_wipe.after
    opened = report.opened_by(REAL_SECRETS)
    assert not opened, (
        "after the wipe, carving the disk image opened:\n  "
        + "\n  ".join(opened)
        + f"\n\n{report.summary()}"
    )


def test_positive_control_the_live_vault_before_the_duress_wipe(duress_wipe: Carved) -> None:
    _assert_live_vault_opens(duress_wipe.before, "new")


def test_after_the_duress_wipe_nothing_of_the_real_vault_opens(duress_wipe: Carved) -> None:
    report = duress_wipe.after
    opened = report.opened_by(REAL_SECRETS)
    assert not opened, (
        "after the duress wipe, carving the disk image opened:\n  "
        + "\n  ".join(opened)
        + f"\n\n{report.summary()}"
    )
    # Control: the header that is still live opens the decoy with the duress passphrase.
    assert report.opened_by(["duress"]), (
        f"the duress passphrase opened nothing after the duress wipe:\n{report.summary()}"
    )
