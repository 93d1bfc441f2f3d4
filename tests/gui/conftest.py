"""GUI tests run offscreen with pytest-qt against real vaults."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
from pathlib import Path

import pytest

from fieldmon.resources import resources_dir


@pytest.fixture(scope="session", autouse=True)
def compiled_translations() -> None:
    """`make` builds the .qm files; build any that are missing or stale when pytest runs alone."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for source in (resources_dir() / "i18n").glob("*.ts"):
        target = source.with_suffix(".qm")
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
