"""Evidence file paths in case files (issue 11): an import reads only regular files inside the
case file's folder, and an export writes only inside the folder the user chose, whatever names
a case file or the vault holds."""

from __future__ import annotations

import copy
import json
import os
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldmon.errors import FieldMonError, ImportRejected
from fieldmon.exchange import casejson
from fieldmon.exchange.paths import BadPath, ExportNames, evidence_source, safe_name
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE, run_cli

SAMPLES = sample_cases_path().parent
PHOTO = SAMPLES / "wrist.jpg"


def write_json(path: Path, document: dict[str, Any]) -> Path:
    """The case file, with the two sample files beside it under their own names.

    Not conftest.write_json: that copies whatever a ``file`` names, and a hostile name would
    make it copy files outside the test's folder.
    """
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    for name in ("wrist.jpg", "medical-report.pdf"):
        shutil.copy(SAMPLES / name, path.parent / name)
    return path


def _tree(root: Path) -> set[str]:
    """Every path under root, but the vaults' own folders (the custody log changes them)."""
    found = {str(p.relative_to(root)) for p in root.rglob("*")}
    return {p for p in found if not p.startswith(("vault", "extra-"))}


def _folder(tmp_path: Path) -> tuple[Path, Path]:
    """A case file's folder holding the sample files, and a secret file outside it."""
    folder = tmp_path / "incoming"
    folder.mkdir()
    outside = tmp_path / "secret.txt"
    outside.write_text("not evidence: a file outside the case file's folder", encoding="utf-8")
    return folder, outside


def _document(sample_document: dict[str, Any], value: str) -> dict[str, Any]:
    document = copy.deepcopy(sample_document)
    document["cases"][0]["evidence"][0]["file"] = value  # evidence x1 of AZ-2026-001
    return document


def _symlink(target: str) -> Callable[[Path, Path], None]:
    def make(folder: Path, outside: Path) -> None:
        os.symlink(
            target.replace("OUTSIDE", str(outside)).replace("ROOT", str(folder)),
            folder / "link.jpg",
        )

    return make


def _linked_parent(folder: Path, outside: Path) -> None:
    os.symlink(outside.parent, folder / "up")


def _loop(folder: Path, outside: Path) -> None:
    os.symlink(folder / "b.jpg", folder / "a.jpg")
    os.symlink(folder / "a.jpg", folder / "b.jpg")


def _fifo(folder: Path, outside: Path) -> None:
    os.mkfifo(folder / "pipe.jpg")


def _subfolder(folder: Path, outside: Path) -> None:
    (folder / "photos").mkdir()


def _nothing(folder: Path, outside: Path) -> None:
    pass


HOSTILE = [
    pytest.param("/etc/passwd", _nothing, "is an absolute path", id="absolute"),
    pytest.param("OUTSIDE", _nothing, "is an absolute path", id="absolute to a real file"),
    pytest.param("/proc/self/environ", _nothing, "is an absolute path", id="proc"),
    pytest.param("../../../../etc/passwd", _nothing, "goes up a folder", id="dot-dot"),
    pytest.param("../secret.txt", _nothing, "goes up a folder", id="dot-dot to a real file"),
    pytest.param("photos/../wrist.jpg", _subfolder, "goes up a folder", id="dot-dot inside"),
    pytest.param("./wrist.jpg", _nothing, "not a plain relative path", id="dot part"),
    pytest.param("photos//wrist.jpg", _subfolder, "not a plain relative path", id="empty part"),
    pytest.param("", _nothing, "is empty", id="empty"),
    pytest.param("wrist.jpg\x00.txt", _nothing, "NUL", id="NUL byte"),
    pytest.param("wrist\n.jpg", _nothing, "control character", id="newline"),
    pytest.param("wrist\x1b[2J.jpg", _nothing, "control character", id="terminal escape"),
    pytest.param("..\\..\\secret.txt", _nothing, "backslash", id="backslashes"),
    pytest.param("C:/Users/monitor/secret.txt", _nothing, "drive letter", id="drive letter"),
    pytest.param("c:secret.txt", _nothing, "drive letter", id="drive-relative"),
    pytest.param("a" * 256 + ".jpg", _nothing, "longer than 255 bytes", id="long name"),
    pytest.param("ə" * 128 + ".jpg", _nothing, "longer than 255 bytes", id="long name in bytes"),
    pytest.param("a/" * 600 + "x.jpg", _nothing, "longer than 1024", id="long path"),
    pytest.param("link.jpg", _symlink("OUTSIDE"), "leads outside", id="symlink to outside"),
    pytest.param("link.jpg", _symlink("/proc/self/environ"), "leads outside", id="symlink to proc"),
    pytest.param("link.jpg", _symlink("/dev/zero"), "leads outside", id="symlink to a device"),
    pytest.param("link.jpg", _symlink("ROOT"), "a folder", id="symlink to its folder"),
    pytest.param("link.jpg", _symlink("ROOT/nothing.jpg"), "to nothing", id="dangling symlink"),
    pytest.param("up/secret.txt", _linked_parent, "leads outside", id="symlinked parent folder"),
    pytest.param("up/none.jpg", _linked_parent, "leads outside", id="symlinked parent, missing"),
    pytest.param("a.jpg", _loop, "cannot be followed", id="symlink loop"),
    pytest.param("pipe.jpg", _fifo, "named pipe", id="FIFO"),
    pytest.param("photos", _subfolder, "a folder", id="folder"),
]


@pytest.mark.parametrize(("value", "setup", "reason"), HOSTILE)
def test_import_refuses_a_hostile_file_path(
    empty_vault: Vault,
    sample_document: dict[str, Any],
    tmp_path: Path,
    value: str,
    setup: Callable[[Path, Path], None],
    reason: str,
) -> None:
    folder, outside = _folder(tmp_path)
    value = value.replace("OUTSIDE", str(outside))
    setup(folder, outside)
    path = write_json(folder / "cases.json", _document(sample_document, value))
    with pytest.raises(ImportRejected) as caught:
        casejson.import_file(empty_vault, path)
    message = str(caught.value)
    assert "\n" not in message and "\x00" not in message and "\x1b" not in message
    for part in (str(path), "case AZ-2026-001", "evidence[x1].file", reason, "Nothing was"):
        assert part in message, message
    assert repr(value)[:40] in message
    assert len(message) < 600
    assert empty_vault.list_cases() == []
    assert list(empty_vault.blob_dir.iterdir()) == []


def test_a_later_hostile_path_refuses_the_cases_before_it(
    empty_vault: Vault, sample_document: dict[str, Any], tmp_path: Path
) -> None:
    folder, _ = _folder(tmp_path)
    document = copy.deepcopy(sample_document)
    extra = copy.deepcopy(document["cases"][1])
    extra.update(id="0b0e4f2a-9a41-4c55-8f0e-0c8f5d1a0042", reference="AZ-2026-042")
    extra["evidence"] = [{"id": "x1", "title": "Passwords", "file": "../secret.txt"}]
    document["cases"].append(extra)
    path = write_json(folder / "cases.json", document)
    with pytest.raises(ImportRejected, match=r"case AZ-2026-042, field evidence\[x1\]\.file"):
        casejson.import_file(empty_vault, path)
    assert empty_vault.list_cases() == []
    assert list(empty_vault.blob_dir.iterdir()) == []


def _plain(folder: Path) -> None:
    shutil.copy(PHOTO, folder / "Şəkil 1 (copy).jpg")


def _in_subfolder(folder: Path) -> None:
    (folder / "photos").mkdir()
    shutil.copy(PHOTO, folder / "photos" / "Şəkil 1 (copy).jpg")


def _linked_inside(folder: Path) -> None:
    shutil.copy(PHOTO, folder / "real.jpg")
    os.symlink("real.jpg", folder / "Şəkil 1 (copy).jpg")


@pytest.mark.parametrize(
    "setup",
    [
        pytest.param(_plain, id="plain name"),
        pytest.param(_in_subfolder, id="in a subfolder"),
        pytest.param(_linked_inside, id="symlink inside the folder"),
    ],
)
def test_import_accepts_files_inside_the_folder(
    empty_vault: Vault, sample_document: dict[str, Any], tmp_path: Path, setup: Any
) -> None:
    folder, _ = _folder(tmp_path)
    setup(folder)
    name = next(str(p.relative_to(folder)) for p in folder.rglob("Şəkil*"))
    casejson.import_file(
        empty_vault, write_json(folder / "c.json", _document(sample_document, name))
    )
    stored = {a.evidence_id: a for a in empty_vault.attachments("AZ-2026-001")}
    assert empty_vault.read_attachment("AZ-2026-001", stored["x1"].item) == PHOTO.read_bytes()


def test_devices_and_unreadable_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(BadPath, match="is a device"):
        evidence_source(Path("/dev"), "null")
    if os.geteuid() != 0:  # root reads every file
        locked = tmp_path / "locked.jpg"
        locked.write_bytes(b"x")
        locked.chmod(0)
        with pytest.raises(BadPath, match="permission denied"):
            evidence_source(tmp_path, "locked.jpg")
    assert evidence_source(tmp_path, "absent.jpg") is None


PATHS = st.lists(
    st.sampled_from(["..", ".", "", "a", "b.jpg", "link", "/", "\\", "C:", "\x00", "\n", "é"]),
    max_size=8,
).map("/".join) | st.text(max_size=40)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=PATHS)
def test_whatever_the_value_only_files_inside_the_folder_are_read(
    tmp_path: Path, value: str
) -> None:
    folder = tmp_path / "f"
    if not folder.exists():
        (folder / "a").mkdir(parents=True)
        (folder / "b.jpg").write_bytes(b"x")
        (folder / "a" / "b.jpg").write_bytes(b"y")
        os.symlink(tmp_path, folder / "link")
        (tmp_path / "b.jpg").write_bytes(b"outside")
    try:
        found = evidence_source(folder, value)
    except BadPath:
        return
    if found is not None:
        assert found.is_relative_to(folder.resolve()) and found.is_file()


# -- export ---------------------------------------------------------------------------------

HOSTILE_NAMES = [
    "../../../.config/autostart/fieldmon.desktop",
    "/home/monitor/.bashrc",
    "..",
    ".hidden.jpg",
    "C:\\Users\\monitor\\AppData\\evil.exe",
    "photo\nline.jpg",
    "NUL.txt",
    "com1",
    "wrist.jpg",
    "WRIST.JPG",
    "export.json",
    "x" * 400 + ".jpg",
    "",
]


def _hostile_vault(vault: Vault) -> None:
    """Evidence records whose stored names are hostile (as an older vault, or an import made
    before this rule, could hold), each with a stored file."""
    case = vault.get_case("AZ-2026-002")
    case["evidence"] = [
        {"id": f"x{i + 1}", "title": f"Item {i + 1}", "file": name}
        for i, name in enumerate(HOSTILE_NAMES)
    ]
    vault.store_cases([case])
    for i in range(len(HOSTILE_NAMES)):
        vault.attach("AZ-2026-002", PHOTO, evidence_id=f"x{i + 1}")


def test_safe_names_for_hostile_stored_names() -> None:
    names = ExportNames(("export.json",))
    given_names = [names.name(n) for n in HOSTILE_NAMES]
    assert given_names[:9] == [
        "fieldmon.desktop",
        "bashrc",
        "evidence",
        "hidden.jpg",
        "evil.exe",
        "photo_line.jpg",
        "_NUL.txt",
        "_com1",
        "wrist.jpg",
    ]
    assert given_names[9] == "WRIST (2).JPG"
    assert given_names[10] == "export (2).json"
    assert len(given_names[11].encode()) <= 200 and given_names[11].endswith(".jpg")
    assert given_names[12] == "evidence (2)"


@settings(max_examples=300, deadline=None)
@given(value=st.text(max_size=300) | PATHS)
def test_a_safe_name_is_one_plain_name(value: str) -> None:
    name = safe_name(value)
    assert name and name == unicodedata.normalize("NFC", name)
    assert not name.startswith(".") and not name.endswith((".", " "))
    assert not any(c in name for c in '/\\:*?"<>|\u2028\u2029\u202e')
    assert all(ord(c) >= 32 and not 0x7F <= ord(c) <= 0x9F for c in name)
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in name)
    assert len(name.encode("utf-8", "replace")) <= 255
    assert Path("/chosen", name).parent == Path("/chosen")


def test_export_of_hostile_names_stays_in_the_folder_and_round_trips(
    vault: Vault, tmp_path: Path, empty_vault_factory: Any
) -> None:
    _hostile_vault(vault)
    out = tmp_path / "chosen" / "export.json"
    out.parent.mkdir()
    before = _tree(tmp_path)
    written = casejson.export_bundle(vault, out, ["AZ-2026-002"], with_files=True)
    assert all(p.parent == out.parent for p in written)
    assert _tree(tmp_path) - before == {f"chosen/{p.name}" for p in written}
    document = json.loads(out.read_text(encoding="utf-8"))
    names = [e["file"] for e in document["cases"][0]["evidence"]]
    assert sorted([out.name, *names]) == sorted(p.name for p in written)
    assert all(not n.startswith(".") and "/" not in n for n in names)
    # What the export names imports again, into another vault, with every file.
    other = empty_vault_factory()
    casejson.import_file(other, out)
    assert [e["file"] for e in other.get_case("AZ-2026-002")["evidence"]] == names
    assert len(other.attachments("AZ-2026-002")) == len(HOSTILE_NAMES)
    # The document without files names the same files (but the one named as the bundle's
    # JSON file, which only a bundle must avoid).
    alone = casejson.export_document(vault, ["AZ-2026-002"])["cases"][0]["evidence"]
    assert [e["file"] for e in alone] == [*names[:10], "export.json", *names[11:]]


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("planted", ["wrist.jpg", "a.json"])
def test_a_symlink_planted_in_the_folder_is_not_written_through(
    vault: Vault, tmp_path: Path, force: bool, planted: str
) -> None:
    out = tmp_path / "chosen" / "a.json"
    out.parent.mkdir()
    target = tmp_path / "autostart.desktop"
    target.write_text("[Desktop Entry]\nExec=true\n", encoding="utf-8")
    os.symlink(target, out.parent / planted)
    dangling = tmp_path / "never-made.desktop"
    os.symlink(dangling, out.parent / "medical-report.pdf")
    with pytest.raises(FieldMonError, match="symbolic link"):
        casejson.export_bundle(vault, out, ["AZ-2026-001"], with_files=True, force=force)
    assert target.read_text(encoding="utf-8") == "[Desktop Entry]\nExec=true\n"
    assert not dangling.exists()
    assert {p.name for p in out.parent.iterdir()} == {planted, "medical-report.pdf"}


def test_force_replaces_a_hard_link_without_writing_through_it(
    vault: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "chosen" / "a.json"
    out.parent.mkdir()
    mine = tmp_path / "notes.txt"
    mine.write_text("my own notes", encoding="utf-8")
    os.link(mine, out.parent / "wrist.jpg")
    with pytest.raises(FieldMonError, match="exists; add --force"):
        casejson.export_bundle(vault, out, ["AZ-2026-001"], with_files=True)
    casejson.export_bundle(vault, out, ["AZ-2026-001"], with_files=True, force=True)
    assert mine.read_text(encoding="utf-8") == "my own notes"
    assert (out.parent / "wrist.jpg").read_bytes() == PHOTO.read_bytes()


def test_cli_refuses_a_hostile_path_with_exit_status_4(
    vault_dir: Path, sample_document: dict[str, Any], tmp_path: Path
) -> None:
    folder, _ = _folder(tmp_path)
    document = _document(sample_document, "../../../../etc/passwd")
    document["cases"][0]["title"] = "Not stored"
    path = write_json(folder / "cases.json", document)
    result = run_cli(
        "import",
        str(path),
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 4, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "'../../../../etc/passwd' goes up a folder" in result.stderr


def test_cli_export_of_hostile_names_writes_only_in_the_folder(
    vault: Vault, tmp_path: Path
) -> None:
    _hostile_vault(vault)
    vault.close()
    out = tmp_path / "chosen" / "export.json"
    out.parent.mkdir()
    before = _tree(tmp_path)
    result = run_cli(
        "export-json",
        "--case",
        "AZ-2026-002",
        "--out",
        str(out),
        "--files",
        "--vault",
        str(vault.path),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert result.returncode == 0, result.stderr
    new = _tree(tmp_path) - before
    assert new and all(n.startswith("chosen/") and n.count("/") == 1 for n in new), new
    assert len(new) == len(HOSTILE_NAMES) + 1


@pytest.mark.parametrize("value", ["a\u202egpj.exe", "a\u2028b.jpg", "a\u200fb.jpg"])
def test_a_missing_file_is_named_without_spoofing_the_terminal(
    empty_vault: Vault, sample_document: dict[str, Any], tmp_path: Path, value: str
) -> None:
    """A bidi override or a line separator in a missing file's name is shown escaped in the
    whole message, never raw (U+202E would reverse the rest of the line on screen)."""
    folder, _ = _folder(tmp_path)
    path = write_json(folder / "cases.json", _document(sample_document, value))
    with pytest.raises(ImportRejected) as caught:
        casejson.import_file(empty_vault, path)
    message = str(caught.value)
    assert "is missing" in message
    assert not any(c in message for c in "\u202e\u2028\u200f"), repr(message)
    assert empty_vault.list_cases() == []
