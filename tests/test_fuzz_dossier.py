# mypy: disallow-untyped-calls=False
"""Fuzzing dossier verification (issue 11): a real signed dossier, mutated as bytes and as PDF
objects (its evidence manifest, its /Names tree of attached files), goes through
``fieldmon.dossier.verify.verify_pdf`` (what ``fieldmon verify`` runs) and, for a sample,
through the real command in a child process.

What must hold for every input:

- a verdict, or a :class:`~fieldmon.errors.FieldMonError` (whose message the command prints
  as one line); any other exception fails the test with its traceback;
- a dossier whose signed bytes were changed, or which had anything added after its
  signature, is never VALID (a change only inside the signature's own /Contents gap, which
  the signature cannot cover, may go either way);
- a validly signed file is VALID only if its manifest names the signer's certificate and
  every annex it lists is attached with the SHA-256 it gives;
- the verdict's lines are one line each; the command exits 0 exactly when the verdict is
  VALID, 1 when not, with no traceback.

``make test`` runs about a hundred inputs (derandomised); ``FIELDMON_FUZZ_LONG=1`` many more.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import re
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from hypothesis import given
from hypothesis import strategies as st
from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko_certvalidator.registry import SimpleCertificateStore
from reportlab.pdfgen import canvas

from fieldmon.dossier import build
from fieldmon.dossier.verify import Verdict, describe, verify_pdf
from fieldmon.errors import FieldMonError
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, decided_plan, record_nobody_appears, run_cli
from tests.test_fuzz_casefile import fuzz_settings
from tests.test_fuzz_casefile import memory_ceiling as memory_ceiling  # autouse here too

ORG = "Fictional Rights Centre"
MANIFEST = "manifest.json"


@dataclass
class Dossier:
    folder: Path
    data: bytes
    gap: tuple[int, int]
    """The signature's /Contents: the one span of the file its ByteRange leaves out."""
    manifest: dict[str, Any]
    vault: Vault
    base_pdf: bytes
    counts: dict[str, int] = field(default_factory=dict)

    def count(self, what: str) -> None:
        self.counts[what] = self.counts.get(what, 0) + 1


def byte_range_gap(data: bytes) -> tuple[int, int]:
    found = re.search(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]", data)
    assert found, "the dossier has no /ByteRange"
    a, b, c, d = (int(x) for x in found.groups())
    assert a == 0 and c + d == len(data), "the dossier's signature does not cover it whole"
    return b, c


def embedded(data: bytes) -> dict[str, bytes]:
    """The attached files of a well-formed PDF, by name (pyHanko's reader, for the test's own
    expectations only)."""
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    names = reader.root["/Names"]["/EmbeddedFiles"]["/Names"]
    return {
        str(names[i]): names[i + 1].get_object()["/EF"]["/F"].data for i in range(0, len(names), 2)
    }


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dossier]:
    folder = tmp_path_factory.mktemp("fuzz-dossier")
    vault = Vault.create(
        folder / "vault", PASSPHRASE, kdf=FAST_KDF, name="Monitor 7", organisation=ORG
    )
    casejson.import_file(vault, sample_cases_path())
    record_nobody_appears(vault, "AZ-2026-001")  # so that consent lets both annexes in
    out = folder / "dossier.pdf"
    build.write_dossier(vault, decided_plan(vault, ["AZ-2026-001"], "echr", "en"), out)
    data = out.read_bytes()
    verdict = verify_pdf(out)
    assert verdict.unchanged, verdict.problems  # the starting point is a valid dossier
    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, "Fictional dossier for fuzzing")
    page.save()
    made = Dossier(
        folder=folder,
        data=data,
        gap=byte_range_gap(data),
        manifest=json.loads(embedded(data)[MANIFEST]),
        vault=vault,
        base_pdf=buffer.getvalue(),
    )
    yield made
    vault.close()
    print(f"\nfuzz dossiers: {made.counts}", file=sys.stderr)


def check(dossier: Dossier, data: bytes, name: str = "input.pdf") -> Verdict | None:
    """Verify the bytes; a verdict, or None after a FieldMon error with a one-line message.
    Any other exception propagates and fails the test."""
    path = dossier.folder / name
    path.write_bytes(data)
    try:
        verdict = verify_pdf(path)
    except FieldMonError as error:
        message = str(error)
        assert message and "\n" not in message, repr(message)
        dossier.count(f"error {type(error).__name__}")
        return None
    for line in describe(verdict):
        assert "\n" not in line and "\r" not in line, repr(line)
    dossier.count("unchanged" if verdict.unchanged else "not valid")
    return verdict


def changed_signed_bytes(original: bytes, data: bytes, gap: tuple[int, int]) -> bool:
    """Whether the change reaches beyond the signature's /Contents gap."""
    if len(original) != len(data):
        return True
    start, end = gap
    return original[:start] != data[:start] or original[end:] != data[end:]


# -- byte-level ---------------------------------------------------------------------------------

TOKENS = [
    b"/ByteRange",
    b"/Contents",
    b"xref",
    b"trailer",
    b"startxref",
    b"%%EOF",
    b"/Names",
    b"/EmbeddedFiles",
    b"/EF",
    b"/Kids",
    b"/Length",
    b"/Filter",
    b"obj",
    b"endobj",
    b"stream",
    b"/Root",
    b"/Size",
    b"/Prev",
    b"/AcroForm",
    b"/Sig",
    b"/Type",
]
INSERTS = [
    b"0",
    b" ",
    b"(",
    b")",
    b"<",
    b">",
    b"<<",
    b">>",
    b"[",
    b"]",
    b"/",
    b"\\",
    b"R",
    b"null",
    b"999999999999999999999",
    b"-1",
    b"0 0 R",
    b"1 0 R",
    b"%",
    b"\x00",
    b"\xff",
    b"[" * 5000,
    b"<<" * 3000,
    b"(" * 5000,
    b"\n%%EOF\n",
    b"startxref\n0\n%%EOF\n",
]


def interesting_offsets(data: bytes) -> list[int]:
    offsets = []
    for token in TOKENS:
        offsets += [m.start() for m in re.finditer(re.escape(token), data)]
    return sorted(offsets)


def mutate_pdf_bytes(draw: Callable[..., Any], data: bytes, offsets: list[int]) -> bytes:
    buffer = bytearray(data)
    for _ in range(draw(st.integers(1, 4), label="byte changes")):
        if not buffer:
            break
        if offsets and draw(st.booleans(), label="near a keyword"):
            at = draw(st.sampled_from(offsets)) + draw(st.integers(-4, 24))
            at = min(max(at, 0), len(buffer) - 1)
        else:
            at = draw(st.integers(0, len(buffer) - 1), label="offset")
        operation = draw(st.sampled_from(["flip", "set", "insert", "delete", "truncate", "repeat"]))
        if operation == "flip":
            buffer[at] ^= 1 << draw(st.integers(0, 7))
        elif operation == "set":
            buffer[at] = draw(st.integers(0, 255))
        elif operation == "insert":
            buffer[at:at] = draw(st.sampled_from(INSERTS) | st.binary(min_size=1, max_size=8))
        elif operation == "delete":
            del buffer[at : at + draw(st.integers(1, 256))]
        elif operation == "truncate":
            del buffer[at:]
        else:
            buffer[at:at] = buffer[at : at + draw(st.integers(1, 256))]
    return bytes(buffer)


@fuzz_settings(default=60, long=1000)
@given(data=st.data())
def test_byte_mutated_dossiers_get_a_verdict_and_never_pass(
    dossier: Dossier, data: st.DataObject
) -> None:
    mutated = mutate_pdf_bytes(data.draw, dossier.data, interesting_offsets(dossier.data))
    verdict = check(dossier, mutated)
    if verdict is not None and changed_signed_bytes(dossier.data, mutated, dossier.gap):
        assert not verdict.unchanged, "a dossier whose signed bytes changed was found VALID"


# -- object-level: the manifest and the /Names tree, changed in an incremental update --------

BOMB_BYTES = 20 << 20


def hostile_manifests(draw: Callable[..., Any], manifest: dict[str, Any]) -> bytes:
    """The manifest as bytes: the real one changed at one place, another JSON value, or text
    json.dumps cannot write (deep nesting, huge numbers, lone surrogates, invalid UTF-8)."""
    kind = draw(st.sampled_from(["changed", "value", "raw"]), label="manifest kind")
    if kind == "raw":
        raw: bytes = draw(
            st.sampled_from(
                [
                    b"[" * 100_000 + b"]" * 100_000,
                    b'{"annexes": ' + b"[" * 5000 + b"]" * 5000 + b"}",
                    b'{"annexes": [], "x": ' + b"9" * 5000 + b"}",
                    b'{"annexes": [{"number": 1e999999, "file": "annex-01.jpg"}]}',
                    b'{"annexes": "\\ud800"}',
                    b'{"signer_certificate_sha256": "\\udc00"}',
                    b"\xff\xfe{}",
                    b"\xef\xbb\xbf{}",
                    b"\xc3(",
                    b"",
                    b"null",
                    b"NaN",
                ]
            )
        )
        return raw
    if kind == "value":
        value = draw(
            st.recursive(
                st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                lambda inner: (
                    st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=3)
                ),
                max_leaves=8,
            )
        )
        return json.dumps(value, allow_nan=True).encode()
    changed = copy.deepcopy(manifest)
    annexes = changed["annexes"]
    where = draw(
        st.sampled_from(
            ["annexes", "annex", "annex field", "annex missing field", "fingerprint", "extra"]
        )
    )
    odd = st.sampled_from(
        [
            None,
            0,
            -1,
            2**64,
            1.5,
            "",
            "x",
            [],
            {},
            [1],
            {"a": 1},
            "annex-01.jpg",
            MANIFEST,
            "\ud800",
            "../annex-01.jpg",
            True,
        ]
    )
    if where == "annexes":
        changed["annexes"] = draw(odd)
    elif where == "annex":
        annexes[draw(st.integers(0, len(annexes) - 1))] = draw(odd)
    elif where == "annex field":
        annex = annexes[draw(st.integers(0, len(annexes) - 1))]
        annex[draw(st.sampled_from(["number", "file", "sha256", "size"]))] = draw(odd)
    elif where == "annex missing field":
        annex = annexes[draw(st.integers(0, len(annexes) - 1))]
        del annex[draw(st.sampled_from(["number", "file", "sha256", "size"]))]
    elif where == "fingerprint":
        changed["signer_certificate_sha256"] = draw(odd)
    else:
        changed["annexes"] = annexes * draw(st.integers(2, 50))
    return json.dumps(changed, ensure_ascii=draw(st.booleans())).encode(
        "utf-8", errors="surrogatepass"
    )


def _stream(writer: IncrementalPdfFileWriter, data: bytes, bomb: bool = False) -> Any:
    if bomb:
        stream = generic.StreamObject(
            {generic.NameObject("/Filter"): generic.NameObject("/FlateDecode")},
            encoded_data=_bomb(),
        )
    else:
        stream = generic.StreamObject(stream_data=data)
    return writer.add_object(stream)


_BOMB: list[bytes] = []


def _bomb() -> bytes:
    """20 MiB of zeros, deflated (about 20 KiB): a manifest or annex that inflates."""
    if not _BOMB:
        _BOMB.append(zlib.compress(b"\0" * BOMB_BYTES, 9))
    return _BOMB[0]


def _filespec(writer: IncrementalPdfFileWriter, name: str, stream_ref: Any) -> Any:
    return generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Filespec"),
            generic.NameObject("/F"): generic.TextStringObject(name),
            generic.NameObject("/EF"): generic.DictionaryObject(
                {generic.NameObject("/F"): stream_ref}
            ),
        }
    )


def odd_pdf_object(draw: Callable[..., Any], writer: IncrementalPdfFileWriter) -> Any:
    choice = draw(
        st.sampled_from(
            [
                "null",
                "number",
                "string",
                "name",
                "array",
                "dict",
                "dict no EF",
                "EF no F",
                "F not stream",
                "F string",
                "ref to nothing",
            ]
        ),
        label="odd object",
    )
    if choice == "null":
        return generic.NullObject()
    if choice == "number":
        return generic.NumberObject(draw(st.integers(-(2**40), 2**40)))
    if choice == "string":
        return generic.TextStringObject(draw(st.text(max_size=10)))
    if choice == "name":
        return generic.NameObject("/EF")
    if choice == "array":
        return generic.ArrayObject([generic.NullObject()])
    if choice == "dict":
        return generic.DictionaryObject()
    if choice == "dict no EF":
        return generic.DictionaryObject(
            {generic.NameObject("/F"): generic.TextStringObject(MANIFEST)}
        )
    ef: Any
    if choice == "EF no F":
        ef = generic.DictionaryObject()
    elif choice == "F not stream":
        ef = generic.DictionaryObject(
            {generic.NameObject("/F"): writer.add_object(generic.DictionaryObject())}
        )
    elif choice == "F string":
        ef = generic.DictionaryObject({generic.NameObject("/F"): generic.TextStringObject("x")})
    else:
        ef = generic.DictionaryObject(
            {generic.NameObject("/F"): generic.IndirectObject(99999, 0, writer)}
        )
    return generic.DictionaryObject({generic.NameObject("/EF"): ef})


def mutate_objects(draw: Callable[..., Any], dossier: Dossier) -> bytes:
    """An incremental update after the signature that changes the attached files' name tree:
    the manifest replaced, entries of the /Names array replaced, dropped or repeated, a /Kids
    loop, a deep /Kids chain, an inflating stream, the tree itself replaced."""
    writer = IncrementalPdfFileWriter(io.BytesIO(dossier.data), strict=False)
    names_ref = writer.root.raw_get("/Names")
    names_dict = names_ref.get_object()
    tree_ref = names_dict.raw_get("/EmbeddedFiles")
    tree = tree_ref.get_object()
    pairs = tree["/Names"]
    entries = [pairs.raw_get(i) for i in range(len(pairs))]
    for _ in range(draw(st.integers(1, 3), label="object changes")):
        change = draw(
            st.sampled_from(
                [
                    "manifest",
                    "bomb",
                    "entry",
                    "drop",
                    "repeat",
                    "odd length",
                    "kids loop",
                    "kids chain",
                    "kids odd",
                    "tree",
                    "names root",
                ]
            ),
            label="object change",
        )
        if change == "manifest":
            content = hostile_manifests(draw, dossier.manifest)
            entries[1] = _filespec(writer, MANIFEST, _stream(writer, content))
        elif change == "bomb":
            index = draw(st.sampled_from(range(1, len(entries), 2))) if len(entries) > 1 else 1
            name = str(entries[index - 1]) if index - 1 < len(entries) else MANIFEST
            spec = _filespec(writer, name, _stream(writer, b"", bomb=True))
            entries[index : index + 1] = [spec]
        elif change == "entry" and entries:
            entries[draw(st.integers(0, len(entries) - 1))] = odd_pdf_object(draw, writer)
        elif change == "drop" and entries:
            del entries[draw(st.integers(0, len(entries) - 1))]
        elif change == "repeat" and len(entries) >= 2:
            at = draw(st.integers(0, len(entries) // 2 - 1)) * 2
            other = _filespec(
                writer, MANIFEST, _stream(writer, hostile_manifests(draw, dossier.manifest))
            )
            entries += [generic.TextStringObject(MANIFEST), other]
            entries += entries[at : at + 2]
        elif change == "odd length":
            entries.append(generic.TextStringObject("annex-99.jpg"))
        elif change == "kids loop":
            tree[generic.NameObject("/Kids")] = generic.ArrayObject([tree_ref])
        elif change == "kids chain":
            depth = draw(st.sampled_from([5, 40, 500]))
            child = generic.DictionaryObject(
                {generic.NameObject("/Names"): generic.ArrayObject(entries)}
            )
            for _level in range(depth):
                ref = writer.add_object(child)
                child = generic.DictionaryObject(
                    {generic.NameObject("/Kids"): generic.ArrayObject([ref])}
                )
            tree[generic.NameObject("/Kids")] = child[generic.NameObject("/Kids")]
        elif change == "kids odd":
            tree[generic.NameObject("/Kids")] = draw(
                st.sampled_from(
                    [
                        generic.NumberObject(5),
                        generic.ArrayObject([generic.NullObject()]),
                        generic.ArrayObject([generic.NumberObject(1)]),
                        generic.DictionaryObject(),
                    ]
                )
            )
        elif change == "tree":
            names_dict[generic.NameObject("/EmbeddedFiles")] = odd_pdf_object(draw, writer)
            writer.mark_update(names_ref)
        elif change == "names root":
            writer.root[generic.NameObject("/Names")] = odd_pdf_object(draw, writer)
            writer.update_root()
    if isinstance(tree, generic.DictionaryObject):
        tree[generic.NameObject("/Names")] = generic.ArrayObject(entries)
        writer.mark_update(tree_ref)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@fuzz_settings(default=30, long=400)
@given(data=st.data())
def test_dossiers_with_changed_attachments_get_a_verdict_and_never_pass(
    dossier: Dossier, data: st.DataObject
) -> None:
    mutated = mutate_objects(data.draw, dossier)
    verdict = check(dossier, mutated)
    if verdict is not None:
        assert not verdict.unchanged, "content added after the signature, yet the dossier is VALID"


# -- a validly signed file with a hostile manifest (anyone can sign a PDF) -------------------


def sign_with_files(dossier: Dossier, files: list[tuple[str, bytes]]) -> bytes:
    """A PDF with these files attached, signed PAdES by the vault's monitor key with pyHanko
    (as fieldmon.dossier.signature does, without its visible stamp): a validly signed file
    whose manifest is whatever bytes the test gives."""
    vault = dossier.vault
    me = vault.identity()
    writer = IncrementalPdfFileWriter(io.BytesIO(dossier.base_pdf))
    for name, content in files:
        stream = embed.EmbeddedFileObject.from_file_data(writer, content)
        spec = embed.FileSpec(file_spec_string=name, file_name=name, embedded_data=stream)
        embed.embed_file(writer, spec)
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(me.monitor_cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(vault.signer.private_der),
        cert_registry=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(me.root_cert)]),
    )
    metadata = signers.PdfSignatureMetadata(
        field_name="FieldMonSignature", subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256"
    )
    out = io.BytesIO()
    signers.PdfSigner(metadata, signer=signer).sign_pdf(writer, output=out)
    return out.getvalue()


@fuzz_settings(default=15, long=200)
@given(data=st.data())
def test_signed_files_with_hostile_manifests_are_valid_only_when_every_annex_matches(
    dossier: Dossier, data: st.DataObject
) -> None:
    """The signature is intact and covers the whole file, so the manifest is the only thing
    that may be wrong; VALID must mean what the manifest check promises."""
    annexes = {"annex-01.jpg": b"fictional photo bytes", "annex-02.pdf": b"%PDF-1.4 fictional"}
    manifest = copy.deepcopy(dossier.manifest)
    for annex in manifest["annexes"]:
        annex["sha256"] = hashlib.sha256(annexes[annex["file"]]).hexdigest()
    content = json.dumps(manifest).encode()
    if data.draw(st.booleans(), label="manifest changed"):
        content = hostile_manifests(data.draw, manifest)
    files = [(MANIFEST, content), *annexes.items()]
    if data.draw(st.booleans(), label="a second manifest.json"):
        files.insert(data.draw(st.integers(0, len(files))), (MANIFEST, b"{}"))
    signed = sign_with_files(dossier, files)
    verdict = check(dossier, signed, "signed.pdf")
    assert verdict is not None
    if not verdict.unchanged:
        return
    dossier.count("hostile manifest, unchanged")
    assert [name for name, _ in files].count(MANIFEST) == 1, "two manifests, yet VALID"
    parsed = json.loads(content)
    assert isinstance(parsed, dict)
    assert parsed.get("signer_certificate_sha256") == verdict.signer_fingerprint
    listed = parsed.get("annexes", [])
    assert isinstance(listed, list)
    attached = dict(files)
    for annex in listed:
        assert isinstance(annex, dict) and isinstance(annex.get("file"), str), annex
        assert annex["file"] in attached and annex["file"] != MANIFEST, annex
        assert hashlib.sha256(attached[annex["file"]]).hexdigest() == annex.get("sha256"), annex


# -- through the command ------------------------------------------------------------------------


@fuzz_settings(default=2, long=6)
@given(data=st.data())
def test_mutated_dossiers_through_the_command(dossier: Dossier, data: st.DataObject) -> None:
    if data.draw(st.booleans(), label="object-level"):
        mutated = mutate_objects(data.draw, dossier)
    else:
        mutated = mutate_pdf_bytes(data.draw, dossier.data, interesting_offsets(dossier.data))
    verdict = check(dossier, mutated, "command.pdf")
    result = run_cli("verify", str(dossier.folder / "command.pdf"))
    assert "Traceback" not in result.stderr, result.stderr
    if verdict is None:
        lines = result.stderr.splitlines()
        assert result.returncode != 0, result.stdout
        assert len(lines) == 1 and lines[0].startswith("fieldmon: "), result.stderr
    else:
        assert result.returncode == verdict.outcome.exit_status, (result.returncode, result.stderr)
        assert result.stderr == "", result.stderr
        assert result.stdout.splitlines()[-1] == describe(verdict)[-1]


@pytest.mark.parametrize("position", [0, 1, 2, 3])
def test_a_second_manifest_is_never_valid(dossier: Dossier, position: int) -> None:
    """Two attached files named manifest.json, wherever the second stands in the name tree:
    which one a reader or a PDF viewer takes is not defined (a name tree's keys are unique
    and sorted, ISO 32000-1, 7.9.6), so the dossier is NOT VALID (the long run found it
    VALID)."""
    fingerprint = dossier.manifest["signer_certificate_sha256"]
    good = json.dumps({"signer_certificate_sha256": fingerprint, "annexes": []}).encode()
    files = [(MANIFEST, good), ("annex-01.jpg", b"a"), ("annex-02.pdf", b"b")]
    files.insert(position, (MANIFEST, b"{}"))
    verdict = check(dossier, sign_with_files(dossier, files), "two-manifests.pdf")
    assert verdict is not None and not verdict.unchanged
