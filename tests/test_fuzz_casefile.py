"""Fuzzing case-file import (issue 11): valid fieldmon-case/1 files, mutated as JSON and as
bytes, go through the real core (``casejson.import_file`` into a real SQLCipher vault) and,
for a sample, through the real ``fieldmon import`` command in a child process.

What must hold for every input:

- the import succeeds, or raises :class:`~fieldmon.errors.ImportRejected` (the error
  ``import_file`` documents; exit status 4) with a one-line message; any other exception,
  including another FieldMon error, fails the test with its traceback (nothing is caught
  broadly here);
- on refusal the vault is unchanged: its cases, their documents, their stored files, the
  custody log, drafts and the blob files are what they were;
- on success, every stored file is a file inside the case file's folder (none of a hostile
  ``file`` path's targets outside it: ``/proc/self/environ``, ``../outside/secret.txt``, a
  symbolic link out...);
- the command exits 0 or 4 as the core said, with no traceback and one line on standard error.

``make test`` runs a few hundred inputs (derandomised: the same inputs on every run);
``FIELDMON_FUZZ_LONG=1`` runs many more, with a new random seed each time.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import resource
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from fieldmon.errors import FieldMonError, ImportRejected
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli

LONG = os.environ.get("FIELDMON_FUZZ_LONG") == "1"
SAMPLES = sample_cases_path().parent
SHARED_CASES = Path(__file__).resolve().parent.parent.parent / "shared" / "cases"
SECRET = b"OUTSIDE-SECRET: this file is outside the case file's folder\n"


def fuzz_settings(default: int, long: int) -> settings:
    """Hypothesis settings: ``default`` inputs in ``make test`` (the same ones each run),
    ``long`` random ones with FIELDMON_FUZZ_LONG=1. No deadline: time is bounded by the
    child process's timeout where a hang is possible, never asserted. No example database,
    so nothing is written into the working tree."""
    return settings(
        max_examples=long if LONG else default,
        deadline=None,
        derandomize=not LONG,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        print_blob=True,
        phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink],
    )


@pytest.fixture(scope="module", autouse=True)
def memory_ceiling() -> Iterator[None]:
    """No input may take more than 1.5 GiB more address space (RLIMIT_AS, inherited by the
    command's child process): a runaway allocation then fails the test with MemoryError
    instead of the kernel's OOM killer ending pytest, and other processes, on the way."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    used = int(Path("/proc/self/statm").read_text().split()[0]) * resource.getpagesize()
    ceiling = used + (3 << 29)
    if hard != resource.RLIM_INFINITY:
        ceiling = min(ceiling, hard)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    yield
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


# -- the folder a case file is imported from ------------------------------------------------


def make_folder(root: Path) -> Path:
    """A folder holding the sample evidence files and hostile neighbours, beside a folder
    ``outside`` whose secret must never reach the vault."""
    outside = root / "outside"
    outside.mkdir(parents=True)
    (outside / "secret.txt").write_bytes(SECRET)
    folder = root / "in"
    folder.mkdir()
    for name in ("wrist.jpg", "medical-report.pdf"):
        shutil.copy(SAMPLES / name, folder / name)
    (folder / "sub").mkdir()
    shutil.copy(SAMPLES / "wrist.jpg", folder / "sub" / "wrist-copy.jpg")
    (folder / "afolder").mkdir()
    (folder / "empty.bin").write_bytes(b"")
    (folder / "link-out").symlink_to(outside / "secret.txt")
    (folder / "link-out-relative").symlink_to(Path("..") / "outside" / "secret.txt")
    (folder / "link-dir-out").symlink_to(outside, target_is_directory=True)
    (folder / "link-in").symlink_to("wrist.jpg")
    (folder / "loop").symlink_to("loop")
    (folder / "dangling").symlink_to("nowhere")
    return folder


def inside_hashes(folder: Path) -> set[str]:
    """SHA-256 of every regular file inside the folder, symbolic links not followed."""
    found = set()
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if path.is_file() and not path.is_symlink():
                found.add(hashlib.sha256(path.read_bytes()).hexdigest())
    return found


def hostile_file_names(root: Path) -> list[str]:
    """``file`` values for evidence records: fine ones, and ones that must never read a file
    outside the folder (those that could block, like /dev/zero or a named pipe, are only
    tried through the command, which runs with a timeout)."""
    outside = str(root / "outside" / "secret.txt")
    return [name.replace("{outside}", outside) for name in FILE_NAMES]


FILE_NAMES = [
    "wrist.jpg",
    "./wrist.jpg",
    "sub/wrist-copy.jpg",
    "sub/../wrist.jpg",
    "link-in",
    "medical-report.pdf",
    "case.json",
    "empty.bin",
    "../outside/secret.txt",
    "sub/../../outside/secret.txt",
    "{outside}",
    "/{outside}",
    "/etc/hostname",
    "/etc/passwd",
    "/proc/self/environ",
    "/proc/self/cmdline",
    "/dev/null",
    "link-out",
    "link-out-relative",
    "link-dir-out/secret.txt",
    "loop",
    "dangling",
    "afolder",
    "afolder/",
    "",
    ".",
    "..",
    "/",
    "~/secret.txt",
    "file://{outside}",
    "..\\outside\\secret.txt",
    "C:\\Windows\\win.ini",
    "wrist.jpg\x00.txt",
    "wrist.jpg\n",
    " wrist.jpg",
    "wrist.jpg ",
    "WRIST.JPG",
    "\u202egpj.exe",
    "wrist\u0301.jpg",
    "\ud800.jpg",
    "x" * 256,
    "x" * 255,
    "a/" * 700 + "wrist.jpg",
    "sub/" * 2 + "wrist.jpg",
]


# -- JSON-level mutation ----------------------------------------------------------------------

RAW_TOKENS = [
    "[" * 40 + "]" * 40,
    "[" * 1000 + "]" * 1000,
    "[" * 100_000 + "]" * 100_000,
    '{"a":' * 5000 + "1" + "}" * 5000,
    "9" * 5000,
    "-" + "9" * 4301,
    "1" + "0" * 400,
    "1e999999",
    "-1e999999",
    "1e-999999",
    "-0",
    "0." + "0" * 5000 + "1",
    "NaN",
    "Infinity",
    "-Infinity",
    '"\\ud800"',
    '"\\udc00\\ud800"',
    '"a\\u0000b"',
    '"\\uffff\\ufffe"',
    "[" + ",".join(["[]"] * 250_000) + "]",
    '{"x": 1, "x": 2}',
]
"""JSON text that Python's json.dumps cannot make: deep nesting, numbers beyond float and
beyond Python's 4,300-digit int conversion limit, NaN, escaped lone surrogates, duplicate
keys, a quarter of a million values."""

ODD_TEXT = [
    "\ud800",
    "\udfff",
    "a\ud800b",
    "\x00",
    "\u202e\u2066",
    "\u200b\u00ad\ufeff",
    "\uffff\ufffe",
    "\U0010ffff",
    "e" + "\u0301" * 1000,
    "\r\n\t\x0b\x0c\x1c\x85\u2028\u2029",
    "İıŞşƏə",
    "ə" * 40,
    "şçğəx" * 8,
    "𝕏" * 100,
    "\N{PILE OF POO}",
    " ",
    "",
]
"""Text that breaks naive code: lone surrogates, NUL, bidirectional controls, invisible
characters, non-characters, a thousand combining marks, every kind of line break, and words of many
letters that search indexes under two spellings each (ə, ş, ç, ğ, x)."""


@dataclass
class Raw:
    """A value written into the JSON text as is (see `RAW_TOKENS`)."""

    text: str


@dataclass
class Mutated:
    """A document under mutation, and the raw texts it holds by marker."""

    doc: Any
    raws: dict[str, str] = field(default_factory=dict)

    def raw(self, text: str) -> str:
        marker = f"@@RAW{len(self.raws)}@@"
        self.raws[marker] = text
        return marker

    def dumps(self, ensure_ascii: bool, indent: int | None) -> str:
        text = json.dumps(self.doc, ensure_ascii=ensure_ascii, indent=indent, allow_nan=True)
        for _ in range(len(self.raws) + 1):  # raws may hold markers of earlier raws
            for marker, raw in self.raws.items():
                text = text.replace(json.dumps(marker), raw)
        return text


def tree_paths(node: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from tree_paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from tree_paths(value, (*prefix, index))


def get_at(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def set_at(mutated: Mutated, path: tuple[Any, ...], value: Any) -> None:
    if not path:
        mutated.doc = value
    else:
        get_at(mutated.doc, path[:-1])[path[-1]] = value


def ids_in(doc: Any) -> list[str]:
    return sorted(
        {
            str(get_at(doc, p))
            for p in tree_paths(doc)
            if p and p[-1] in ("id", "reference") and isinstance(get_at(doc, p), str)
        }
    )


def hostile_values(draw: Callable[..., Any], mutated: Mutated, original: Any) -> Any:
    kind = draw(
        st.sampled_from(
            [
                "scalar",
                "int",
                "float",
                "text",
                "odd",
                "odd",
                "long",
                "raw",
                "raw",
                "raw",
                "retype",
                "reference",
                "empty",
                "graft",
                "dupkey",
            ]
        ),
        label="value kind",
    )
    if kind == "scalar":
        return draw(st.sampled_from([None, True, False, 0, -1, 1.5, "0", "true", "null"]))
    if kind == "int":
        return draw(
            st.integers()
            | st.sampled_from([2**31, 2**53 + 1, 2**63, 2**64, -(2**63) - 1, 10**30, -(10**300)])
        )
    if kind == "float":
        return draw(st.floats(allow_nan=True, allow_infinity=True))
    if kind == "text":
        return draw(st.text(st.characters(codec=None, exclude_categories=()), max_size=50))
    if kind == "odd":
        return draw(st.sampled_from(ODD_TEXT))
    if kind == "long":
        size = draw(st.sampled_from([1_000, 65_536, 999_999, 1_000_000, 1_000_001, 2_000_000]))
        return draw(st.sampled_from(["x", "ə", "\u200b", "\U0001f600"])) * size
    if kind == "raw":
        return mutated.raw(draw(st.sampled_from(RAW_TOKENS)))
    if kind == "retype":
        how = draw(st.sampled_from(["list", "dict", "str", "nested"]))
        if how == "list":
            return [original]
        if how == "dict":
            return {"value": original}
        if how == "str":
            return json.dumps(original, ensure_ascii=False, allow_nan=True)
        return [[[[original]]]]
    if kind == "reference":
        choices = [*ids_in(mutated.doc), "p99", "e0", "", "P1", "p1 ", "p1\x00"]
        return draw(st.sampled_from(choices))
    if kind == "empty":
        return draw(st.sampled_from([[], {}, "", [{}], [[]], [None]]))
    if kind == "graft":  # another subtree of the document, copied here
        paths = list(tree_paths(mutated.doc))
        return copy.deepcopy(get_at(mutated.doc, draw(st.sampled_from(paths))))
    # dupkey: an object whose key is given twice, the second time with another value
    if isinstance(original, dict) and original:
        key = draw(st.sampled_from(sorted(original)))
        parts = [f"{json.dumps(k)}: {json.dumps(v, allow_nan=True)}" for k, v in original.items()]
        other = draw(st.sampled_from([None, 0, "", [], "p99", original[key]]))
        parts.append(f"{json.dumps(key)}: {json.dumps(other)}")
        return mutated.raw("{" + ", ".join(parts) + "}")
    return None


def mutate_json(draw: Callable[..., Any], doc: Any, file_names: list[str]) -> Mutated:
    """One to four changes to a copy of the document."""
    mutated = Mutated(copy.deepcopy(doc))
    for _ in range(draw(st.integers(1, 4), label="changes")):
        paths = list(tree_paths(mutated.doc))
        operation = draw(
            st.sampled_from(
                [
                    "replace",
                    "replace",
                    "replace",
                    "delete",
                    "duplicate",
                    "add",
                    "file",
                    "file",
                    "swap",
                ]
            ),
            label="operation",
        )
        path = draw(st.sampled_from(paths), label="at")
        target = get_at(mutated.doc, path)
        if operation == "replace":
            set_at(mutated, path, hostile_values(draw, mutated, target))
        elif operation == "delete" and path:
            del get_at(mutated.doc, path[:-1])[path[-1]]
        elif operation == "duplicate" and path and isinstance(path[-1], int):
            get_at(mutated.doc, path[:-1]).insert(path[-1], copy.deepcopy(target))
        elif operation == "add" and isinstance(target, dict):
            key = draw(st.sampled_from(["x", "", "id", "__proto__", "k" * 101, "\ud800", "a.b"]))
            target[key] = hostile_values(draw, mutated, None)
        elif operation == "file":
            evidence = [p for p in tree_paths(mutated.doc) if len(p) >= 2 and p[-2] == "evidence"]
            evidence = [p for p in evidence if isinstance(get_at(mutated.doc, p), dict)]
            if evidence:
                item = get_at(mutated.doc, draw(st.sampled_from(evidence)))
                item["file"] = draw(st.sampled_from(file_names), label="file")
        elif operation == "swap" and isinstance(target, list) and len(target) > 1:
            order = draw(st.permutations(range(len(target))))
            set_at(mutated, path, [target[i] for i in order])
    return mutated


def encode(draw: Callable[..., Any], mutated: Mutated) -> bytes:
    text = mutated.dumps(ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2])))
    # Lone surrogates (written unescaped) become bytes that are not UTF-8: hostile too.
    return text.encode("utf-8", errors="surrogatepass")


# -- byte-level mutation ----------------------------------------------------------------------

BYTE_TOKENS = [
    b"\x00",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\xc3",
    b"\xed\xa0\x80",
    b'"',
    b"{",
    b"[",
    b"\\",
    b"\\u",
    b"\\ud800",
    b",",
    b":",
    b"}",
    b"]",
    b"\n",
    b"-",
    b"e9999",
]


def mutate_bytes(draw: Callable[..., Any], data: bytes) -> bytes:
    """One to five byte changes: flip a bit, set a byte, insert, delete, truncate, repeat."""
    buffer = bytearray(data)
    for _ in range(draw(st.integers(1, 5), label="byte changes")):
        if not buffer:
            buffer += draw(st.binary(min_size=1, max_size=8))
            continue
        at = draw(st.integers(0, len(buffer) - 1), label="offset")
        operation = draw(
            st.sampled_from(["flip", "set", "insert", "token", "delete", "truncate", "repeat"])
        )
        if operation == "flip":
            buffer[at] ^= 1 << draw(st.integers(0, 7))
        elif operation == "set":
            buffer[at] = draw(st.integers(0, 255))
        elif operation == "insert":
            buffer[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif operation == "token":
            buffer[at:at] = draw(st.sampled_from(BYTE_TOKENS))
        elif operation == "delete":
            del buffer[at : at + draw(st.integers(1, 64))]
        elif operation == "truncate":
            del buffer[at:]
        else:
            buffer[at:at] = buffer[at : at + draw(st.integers(1, 64))]
    return bytes(buffer)


# -- vaults: a state to start from, compared after a refusal, restored after a success ------


def snapshot(vault: Vault) -> dict[str, Any]:
    """Everything an import may change, read without being logged."""
    cases = vault.list_cases()
    return {
        "cases": cases,
        "documents": {c.reference: vault.get_case(c.reference) for c in cases},
        "files": {c.reference: vault.attachments(c.reference) for c in cases},
        "custody": vault.custody_log(),
        "drafts": vault.drafts(),
        "blobs": sorted(str(p.relative_to(vault.blob_dir)) for p in vault.blob_dir.rglob("*")),
    }


class FuzzVault:
    """A real vault opened from a closed template folder; `restore` puts the template back."""

    def __init__(self, template: Path, work: Path) -> None:
        self.template = template
        self.work = work
        shutil.copytree(template, work)
        self.vault = Vault.open(work, PASSPHRASE)
        self.state = snapshot(self.vault)

    def restore(self) -> None:
        self.vault.close()
        shutil.rmtree(self.work)
        shutil.copytree(self.template, self.work)
        self.vault = Vault.open(self.work, PASSPHRASE)

    def close(self) -> None:
        self.vault.close()


@dataclass
class Setting:
    root: Path
    folder: Path
    seeds: list[Any]
    names: list[str]
    empty: FuzzVault
    loaded: FuzzVault
    empty_template: Path
    counts: dict[str, int] = field(default_factory=dict)


def seed_documents(loaded: Vault) -> list[Any]:
    """Valid fieldmon-case/1 documents: the samples, each sample case alone, the samples as
    the vault exports them, and the testers' text-only cases when present."""
    samples = json.loads(sample_cases_path().read_text(encoding="utf-8"))
    seeds = [samples]
    seeds += [{**samples, "cases": [case]} for case in samples["cases"]]
    seeds.append(json.loads(casejson.dumps(casejson.export_document(loaded))))
    for path in sorted(SHARED_CASES.glob("*.json")) if SHARED_CASES.is_dir() else []:
        document = json.loads(path.read_text(encoding="utf-8"))
        if not any(
            "file" in item for case in document["cases"] for item in case.get("evidence", [])
        ):
            seeds.append(document)
    return seeds


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setting]:
    root = tmp_path_factory.mktemp("fuzz-casefile")
    templates = root / "templates"
    empty = Vault.create(templates / "empty", PASSPHRASE, kdf=FAST_KDF)
    empty.close()
    loaded = Vault.create(templates / "loaded", PASSPHRASE, kdf=FAST_KDF)
    casejson.import_file(loaded, sample_cases_path())
    seeds = seed_documents(loaded)
    loaded.close()
    folder = make_folder(root)
    made = Setting(
        root=root,
        folder=folder,
        seeds=seeds,
        names=hostile_file_names(root),
        empty=FuzzVault(templates / "empty", root / "work-empty"),
        loaded=FuzzVault(templates / "loaded", root / "work-loaded"),
        empty_template=templates / "empty",
    )
    yield made
    made.empty.close()
    made.loaded.close()
    print(f"\nfuzz case files: {made.counts}", file=sys.stderr)


def import_once(setting: Setting, fuzz: FuzzVault, data: bytes) -> str:
    """Import the bytes as a case file; check what must hold; leave the vault as it was."""
    path = setting.folder / "case.json"
    path.write_bytes(data)
    before = snapshot(fuzz.vault)
    assert before == fuzz.state, "the vault did not start from its template state"
    try:
        references = casejson.import_file(fuzz.vault, path)
    except FieldMonError as error:
        after = snapshot(fuzz.vault)
        if after != before:
            fuzz.restore()
        assert isinstance(error, ImportRejected), (
            f"import_file raised {type(error).__name__} (exit status {error.exit_status}),"
            f" not ImportRejected (exit status 4) as documented: {error}"
        )
        message = str(error)
        assert message and "\n" not in message and "\r" not in message, repr(message)
        assert after == before, f"the vault changed although the import was refused: {message}"
        return "refused"
    # Success: every stored file is one of the folder's own files.
    allowed = inside_hashes(setting.folder)
    stored = [a for r in references for a in fuzz.vault.attachments(r)]
    fuzz.restore()
    for attachment in stored:
        assert attachment.sha256 in allowed, (
            f"{attachment.case_reference} {attachment.evidence_id}: stored a file from outside"
            f" the case file's folder (original name {attachment.original_name!r})"
        )
    return "imported"


def draw_input(data: st.DataObject, setting: Setting) -> bytes:
    seed = setting.seeds[data.draw(st.integers(0, len(setting.seeds) - 1), label="seed")]
    mutated = mutate_json(data.draw, seed, setting.names)
    encoded = encode(data.draw, mutated)
    if data.draw(st.booleans(), label="also mutate bytes"):
        encoded = mutate_bytes(data.draw, encoded)
    return encoded


PLACES = [("note",), ("cases", 0, "title"), ("cases", 0, "persons", 0, "name")]
"""Where `test_every_known_hostile_value_is_imported_or_refused` puts each value."""


@pytest.mark.parametrize("value", [*RAW_TOKENS, *ODD_TEXT], ids=lambda v: repr(v)[:24])
def test_every_known_hostile_value_is_imported_or_refused(setting: Setting, value: str) -> None:
    """Each raw token and odd text at a few places (escaped and not): every one is tried on
    every run, whatever the fuzzer draws."""
    for place in PLACES:
        mutated = Mutated(copy.deepcopy(setting.seeds[0]))
        set_at(mutated, place, mutated.raw(value) if value in RAW_TOKENS else value)
        for ensure_ascii in (True, False):
            encoded = mutated.dumps(ensure_ascii, None).encode("utf-8", "surrogatepass")
            import_once(setting, setting.empty, encoded)


ID_PLACES = [
    ("cases", 0, "id"),
    ("cases", 0, "reference"),
    ("cases", 0, "persons", 0, "id"),
    ("cases", 0, "evidence", 0, "id"),
    ("cases", 0, "events", 0, "acts", 0, "id"),
    ("cases", 0, "events", 0, "acts", 0, "victim"),
]
"""Ids and references, given another type by `test_every_retyped_id_is_refused`."""


@pytest.mark.parametrize("value", [["p1"], {"id": "p1"}, 1, None, True, 1.5], ids=repr)
def test_every_retyped_id_is_refused(setting: Setting, value: Any) -> None:
    """An id or a reference that is a list, an object, a number, null or true: a one-line
    refusal (the long fuzz run found a list id crashing the validator)."""
    for place in ID_PLACES:
        mutated = Mutated(copy.deepcopy(setting.seeds[0]))
        set_at(mutated, place, value)
        assert import_once(setting, setting.empty, mutated.dumps(True, None).encode()) == (
            "refused"
        ), place


@pytest.mark.parametrize("index", range(len(FILE_NAMES)))
def test_every_hostile_file_name_is_imported_from_inside_or_refused(
    setting: Setting, index: int
) -> None:
    """Each hostile ``file`` name of `hostile_file_names` on an evidence record."""
    name = setting.names[index]
    mutated = Mutated(copy.deepcopy(setting.seeds[0]))
    mutated.doc["cases"][0]["evidence"][0]["file"] = name
    import_once(setting, setting.empty, mutated.dumps(True, None).encode())


@fuzz_settings(default=100, long=1000)
@given(data=st.data())
def test_mutated_case_files_import_or_are_refused_leaving_the_vault_unchanged(
    setting: Setting, data: st.DataObject
) -> None:
    encoded = draw_input(data, setting)
    fuzz = (
        setting.loaded
        if data.draw(st.booleans(), label="vault holds the samples")
        else (setting.empty)
    )
    outcome = import_once(setting, fuzz, encoded)
    setting.counts[outcome] = setting.counts.get(outcome, 0) + 1


@fuzz_settings(default=100, long=1000)
@given(data=st.data())
def test_byte_mutated_case_files_import_or_are_refused_leaving_the_vault_unchanged(
    setting: Setting, data: st.DataObject
) -> None:
    seed = setting.seeds[data.draw(st.integers(0, len(setting.seeds) - 1), label="seed")]
    encoded = mutate_bytes(data.draw, casejson.dumps(seed).encode("utf-8"))
    outcome = import_once(setting, setting.empty, encoded)
    setting.counts[f"bytes {outcome}"] = setting.counts.get(f"bytes {outcome}", 0) + 1


# -- through the command ------------------------------------------------------------------------


@fuzz_settings(default=2, long=6)
@given(data=st.data())
def test_mutated_case_files_through_the_command(setting: Setting, data: st.DataObject) -> None:
    """The command agrees with the core (0 or 4), prints one line and no traceback, and a
    refused file leaves the vault folder's content unchanged. Inputs that could block a
    reader (/dev/zero, a named pipe) are tried here, where a timeout bounds them."""
    blocking = ["/dev/zero", "/dev/stdin", "/dev/tty", "/proc/self/fd/0", "fifo", "link-fifo"]
    fifo = setting.folder / "fifo"
    if not fifo.exists():
        os.mkfifo(fifo)
        (setting.folder / "link-fifo").symlink_to("fifo")
    if data.draw(st.booleans(), label="a file that could block"):
        mutated = Mutated(copy.deepcopy(setting.seeds[0]))
        evidence = [c for c in mutated.doc["cases"] if c.get("evidence")]
        evidence[0]["evidence"][0]["file"] = data.draw(st.sampled_from(blocking), label="file")
        encoded = encode(data.draw, mutated)
        expected = ImportRejected.exit_status  # never imported, never read
    else:
        encoded = draw_input(data, setting)
        expected = 0 if import_once(setting, setting.empty, encoded) == "imported" else 4
    index = setting.counts.get("command", 0)
    setting.counts["command"] = index + 1
    vault_dir = setting.root / f"cli-vault-{index}"
    shutil.copytree(setting.empty_template, vault_dir)
    path = setting.folder / "case.json"
    path.write_bytes(encoded)
    result = run_cli(
        "import",
        str(path),
        "--vault",
        str(vault_dir),
        "--passphrase-stdin",
        stdin=PASSPHRASE + "\n",
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == expected, (result.returncode, result.stderr)
    if result.returncode:
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and lines[0].startswith("fieldmon: "), result.stderr
        with Vault.open(vault_dir, PASSPHRASE) as vault:
            assert snapshot(vault) == setting.empty.state
    shutil.rmtree(vault_dir)
