"""An unpaired surrogate escape ("\\ud800") in a case file is refused, not stored as the "?"
the streaming parser would read it as; surrogate pairs (emoji) and escaped backslashes pass,
wherever the 256 KiB pieces the file is read in cut them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from fieldmon.errors import ImportRejected
from fieldmon.exchange import casejson
from fieldmon.exchange.stream import CHUNK
from fieldmon.vault.store import Vault


def case_file(tmp_path: Path, sample_document: dict[str, Any], title: str, pad: int = 0) -> Path:
    """The sample file with its first case's title written as raw JSON text, ``pad`` spaces
    before the document so that the title lands where a test wants it."""
    document = json.loads(json.dumps(sample_document))
    for case in document["cases"]:
        case.pop("evidence", None)
        for event in case.get("events", []):
            event.pop("evidence", None)
    marker = "TITLE-MARKER"
    document["cases"][0]["title"] = marker
    text = " " * pad + json.dumps(document, ensure_ascii=False)
    text = text.replace(json.dumps(marker), '"' + title + '"')
    path = tmp_path / "cases.json"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "title", ["a\\ud800b", "\\udc00 alone", "\\ud800\\u0041", "end \\ud83d", "\\ud800\\\\udc00"]
)
def test_an_unpaired_surrogate_escape_is_refused(
    empty_vault: Vault, sample_document: dict[str, Any], tmp_path: Path, title: str
) -> None:
    path = case_file(tmp_path, sample_document, title)
    with pytest.raises(ImportRejected, match="not Unicode"):
        casejson.import_file(empty_vault, path)
    assert empty_vault.list_cases() == []


@pytest.mark.parametrize("title", ["Photo \\ud83d\\udcf7 of the cell", "path C:\\\\ud800\\\\x"])
def test_pairs_and_escaped_backslashes_are_text(
    empty_vault: Vault, sample_document: dict[str, Any], tmp_path: Path, title: str
) -> None:
    path = case_file(tmp_path, sample_document, title)
    casejson.import_file(empty_vault, path)
    stored = empty_vault.get_case(sample_document["cases"][0]["reference"])["title"]
    assert stored == json.loads('"' + title + '"')


@pytest.mark.parametrize("offset", range(-7, 3))
def test_an_escape_cut_between_two_pieces_is_still_seen(
    empty_vault: Vault, sample_document: dict[str, Any], tmp_path: Path, offset: int
) -> None:
    unpadded = case_file(tmp_path, sample_document, "x\\ud800y").read_text(encoding="utf-8")
    at = unpadded.index("x\\ud800y") + 1  # where the backslash is
    path = case_file(tmp_path, sample_document, "x\\ud800y", pad=CHUNK - at + offset)
    with pytest.raises(ImportRejected, match="not Unicode"):
        casejson.import_file(empty_vault, path)
    assert empty_vault.list_cases() == []
