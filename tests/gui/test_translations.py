"""Every visible string of the interface is in the Qt Linguist sources, and translated."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fieldmon.resources import resources_dir

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((resources_dir() / "i18n").glob("fieldmon_*.ts"))  # qtbase_az.ts is Qt's own


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(path)
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_there_are_russian_and_azerbaijani_sources() -> None:
    assert {p.stem for p in SOURCES} == {"fieldmon_ru", "fieldmon_az"}


def test_sources_are_current(tmp_path: Path) -> None:
    """Strings in the code that lupdate finds are exactly those in the committed sources."""
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *map(str, sorted((ROOT / "ui").glob("*.py"))), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = set(_messages(fresh))
    for source in SOURCES:
        assert set(_messages(source)) == wanted, f"run make update-translations ({source.name})"


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.stem)
def test_everything_is_translated(path: Path) -> None:
    for (context, source), message in _messages(path).items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, (context, source)
        # A plural message (numerus="yes") has one form per plural rule of the language.
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), (context, source)
            for placeholder in re.findall(r"%\d|%n|\{\w+\}", source):
                assert placeholder in text, (context, source, text)
            accelerators = len(re.findall(r"&(?=\S)", source))
            assert len(re.findall(r"&(?=\S)", text)) == accelerators, (context, source, text)
