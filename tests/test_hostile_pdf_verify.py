# pyHanko's generic objects and writer are not annotated.
# mypy: disable-error-code="no-untyped-call"
"""`fieldmon verify` on hostile PDFs (issue 11): every one gives a plain verdict line or one
error line and a non-zero exit status; none gives a traceback, a hang or gigabytes of memory.

Each hostile PDF starts from a real dossier made by FieldMon: either its unsigned rendering
with hostile attached files, signed with the vault's own key by pyHanko (so the signature is
valid and covers the whole file, and only the attachments are hostile, as a forger's would
be), or the signed dossier changed afterwards (pyHanko's incremental writer, or bytes
appended by hand where pyHanko's writer refuses to write the damage).
"""

from __future__ import annotations

import io
import json
import os
import socket
import struct
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from pyhanko.pdf_utils import embed, generic
from pyhanko.pdf_utils.generic import NameObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko_certvalidator.registry import SimpleCertificateStore

from fieldmon.dossier import bounded_pdf, build
from fieldmon.dossier.verify import Outcome, Verdict, describe, verify_pdf
from fieldmon.dossier.xref_bounds import MAX_XREF_ENTRIES
from fieldmon.errors import FieldMonError
from fieldmon.exchange import casejson
from fieldmon.resources import sample_cases_path
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, decided_plan, record_nobody_appears, run_cli

Tree = Callable[[IncrementalPdfFileWriter, "Dossier"], generic.PdfObject]


@dataclass
class Dossier:
    """A real dossier, and what is needed to make hostile variants of it."""

    signed: bytes
    unsigned: bytes
    manifest: dict[str, Any]
    annexes: list[tuple[str, bytes]]
    vault: Vault


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dossier]:
    folder = tmp_path_factory.mktemp("hostile-pdf")
    vault = Vault.create(
        folder / "vault", PASSPHRASE, kdf=FAST_KDF, name="Monitor 9", organisation="Fictional"
    )
    casejson.import_file(vault, sample_cases_path())
    record_nobody_appears(vault, "AZ-2026-001")  # so that consent lets both annexes in
    # echr: the report says "Examinee: R. A.", whom only the Court may know.
    plan = decided_plan(vault, ["AZ-2026-001"], "echr", "en")
    build.write_dossier(vault, plan, folder / "real.pdf")
    unsigned, manifest = build.render_dossier(plan, vault.identity())
    annexes = [(a.file_name, a.data) for a in plan.annexes]
    assert len(annexes) == 2
    yield Dossier((folder / "real.pdf").read_bytes(), unsigned, manifest, annexes, vault)
    vault.close()


# --- making hostile PDFs ------------------------------------------------------------------


def sign(writer: IncrementalPdfFileWriter, vault: Vault) -> bytes:
    me = vault.identity()
    signer = signers.SimpleSigner(
        signing_cert=asn1_x509.Certificate.load(me.monitor_cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(vault.signer.private_der),
        cert_registry=SimpleCertificateStore.from_certs([asn1_x509.Certificate.load(me.root_cert)]),
    )
    metadata = signers.PdfSignatureMetadata(
        field_name="Signature", subfilter=SigSeedSubFilter.PADES, md_algorithm="sha256"
    )
    out = io.BytesIO()
    signers.PdfSigner(metadata, signer=signer).sign_pdf(writer, output=out)
    return out.getvalue()


def signed_with_tree(d: Dossier, tree: Tree) -> bytes:
    """The dossier's unsigned rendering with ``tree`` as its EmbeddedFiles, then signed."""
    writer = IncrementalPdfFileWriter(io.BytesIO(d.unsigned))
    names = generic.DictionaryObject({NameObject("/EmbeddedFiles"): tree(writer, d)})
    writer.root[NameObject("/Names")] = names
    writer.update_root()
    return sign(writer, d.vault)


def file_stream(writer: IncrementalPdfFileWriter, data: bytes) -> generic.IndirectObject:
    return writer.add_object(embed.EmbeddedFileObject.from_file_data(writer, data))


def raw_stream(
    writer: IncrementalPdfFileWriter, encoded: bytes, filters: str | None = "/FlateDecode"
) -> generic.IndirectObject:
    header = generic.DictionaryObject({NameObject("/Type"): NameObject("/EmbeddedFile")})
    if filters:
        header[NameObject("/Filter")] = NameObject(filters)
    return writer.add_object(generic.StreamObject(header, encoded_data=encoded))


def file_spec(
    writer: IncrementalPdfFileWriter, name: str, stream: generic.PdfObject
) -> generic.IndirectObject:
    return writer.add_object(
        generic.DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Filespec"),
                NameObject("/F"): generic.TextStringObject(name),
                NameObject("/EF"): generic.DictionaryObject({NameObject("/F"): stream}),
            }
        )
    )


def leaf(entries: list[tuple[str, generic.PdfObject]]) -> generic.DictionaryObject:
    pairs = generic.ArrayObject()
    for name, value in entries:
        pairs += [generic.TextStringObject(name), value]
    return generic.DictionaryObject({NameObject("/Names"): pairs})


def files(
    writer: IncrementalPdfFileWriter,
    d: Dossier,
    manifest: Any = None,
    replaced: dict[str, Any] | None = None,
) -> list[tuple[str, generic.PdfObject]]:
    """manifest.json and the annexes, as FieldMon embeds them, with some replaced: by bytes
    (embedded as FieldMon does) or by a stream reference."""
    content = {
        "manifest.json": json.dumps(d.manifest if manifest is None else manifest).encode(),
        **dict(d.annexes),
    }
    content.update(replaced or {})
    entries: list[tuple[str, generic.PdfObject]] = []
    for name, value in content.items():
        stream = file_stream(writer, value) if isinstance(value, bytes) else value
        entries.append((name, file_spec(writer, name, stream)))
    return entries


def _bits(bits: list[int]) -> bytes:
    out = bytearray()
    for i in range(0, len(bits), 8):
        out.append(sum(bit << j for j, bit in enumerate(bits[i : i + 8])))
    return bytes(out)


def _code(value: int, length: int) -> list[int]:
    return [(value >> (length - 1 - i)) & 1 for i in range(length)]


_MATCH = _code(0b11000101, 8) + _code(0, 5)  # fixed Huffman: length 258, distance 1


def _block(final: int, literal: bool, matches: int) -> bytes:
    bits = [final, 1, 0] + (_code(0x30, 8) if literal else []) + _MATCH * matches + _code(0, 7)
    assert len(bits) % 8 == 0
    return _bits(bits)


def flate_bomb(size: int) -> bytes:
    """A valid zlib stream (RFC 1950/1951) of ``size`` zero bytes or a little more, about
    size / 159 bytes long, made by repeating one byte-aligned deflate block: gigabytes are
    never compressed, nor held."""
    per_block = 8 * 2000 + 6  # 13 bits a match: 8k+6 matches keep a block byte-aligned
    count = max(0, (size - 1 - 12 * 258) // (258 * per_block)) + 1
    total = 1 + 258 * (6 + count * per_block + 6)
    adler = ((total % 65521) << 16) | 1  # Adler-32 of zero bytes
    middle = _block(0, False, per_block) * count
    return (
        b"\x78\x01" + _block(0, True, 6) + middle + _block(1, False, 6) + struct.pack(">I", adler)
    )


def test_the_bomb_is_real() -> None:
    bomb = flate_bomb(2**31)
    inflater = zlib.decompressobj()
    first = inflater.decompress(bomb, 8 * 2**20)
    assert len(first) == 8 * 2**20 and not first.strip(b"\0")
    assert len(bomb) < 2**31 // 150


def append_update(pdf: bytes, objects: dict[int, bytes]) -> bytes:
    """``pdf`` with an incremental update written by hand: ``objects`` (number -> body), then
    a cross-reference table and trailer."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    root, size = reader.trailer.raw_get("/Root"), int(reader.trailer["/Size"])
    out = bytearray(pdf)
    offsets = {}
    for number, body in objects.items():
        out += b"\n"
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 1\n0000000000 65535 f \n"
    for number in sorted(offsets):
        out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
    top = max([size] + [n + 1 for n in objects])
    out += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\n" % (
        top,
        root.idnum,
        reader.last_startxref or 0,
    )
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


def names_object(pdf: bytes) -> tuple[int, int]:
    """The number of the catalog's /Names object in a FieldMon dossier, and the next free."""
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    return reader.root.raw_get("/Names").idnum, int(reader.trailer["/Size"])


# --- the hostile PDFs, each with the problem verify must name ------------------------------


def kids_loop(w: IncrementalPdfFileWriter, d: Dossier) -> generic.PdfObject:
    kid = generic.DictionaryObject({NameObject("/Names"): generic.ArrayObject()})
    kid_ref = w.add_object(kid)
    top = w.add_object(
        generic.DictionaryObject({NameObject("/Kids"): generic.ArrayObject([kid_ref])})
    )
    kid[NameObject("/Kids")] = generic.ArrayObject([top])
    return top


def deep_tree(w: IncrementalPdfFileWriter, d: Dossier) -> generic.PdfObject:
    node: generic.PdfObject = w.add_object(leaf(files(w, d)))
    for _ in range(bounded_pdf.MAX_NAME_TREE_DEPTH + 5):
        node = w.add_object(
            generic.DictionaryObject({NameObject("/Kids"): generic.ArrayObject([node])})
        )
    return node


def too_many_files(w: IncrementalPdfFileWriter, d: Dossier) -> generic.PdfObject:
    spec = file_spec(w, "x.bin", file_stream(w, b"x"))
    entries = files(w, d) + [(f"x{i:05}.bin", spec) for i in range(bounded_pdf.MAX_EMBEDDED_FILES)]
    return leaf(entries)


def manifest_with(d: Dossier, **changes: Any) -> dict[str, Any]:
    return {**d.manifest, **changes}


def annex_entry(d: Dossier, index: int, **changes: Any) -> dict[str, Any]:
    entries = [dict(a) for a in d.manifest["annexes"]]
    entries[index].update(changes)
    return manifest_with(d, annexes=entries)


def with_manifest(make: Callable[[Dossier], Any]) -> Tree:
    """The honest files, with the manifest ``make`` gives (serialised as JSON)."""
    return lambda w, d: leaf(files(w, d, manifest=make(d)))


def replacing(name: str, make: Callable[[IncrementalPdfFileWriter, Dossier], Any]) -> Tree:
    """The honest files, with the file ``name`` replaced by ``make``'s bytes or stream."""
    return lambda w, d: leaf(files(w, d, replaced={name: make(w, d)}))


def bomb(w: IncrementalPdfFileWriter, d: Dossier) -> generic.PdfObject:
    return raw_stream(w, flate_bomb(2 * 2**30))


def truncated_flate(w: IncrementalPdfFileWriter, d: Dossier) -> generic.PdfObject:
    return raw_stream(w, zlib.compress(d.annexes[1][1])[:-40])


def odd_names(w: IncrementalPdfFileWriter, d: Dossier) -> generic.PdfObject:
    pairs = leaf(files(w, d))["/Names"]
    return generic.DictionaryObject(
        {NameObject("/Names"): generic.ArrayObject([*pairs, generic.TextStringObject("x")])}
    )


def only(key: str, value: generic.PdfObject) -> Tree:
    return lambda w, d: generic.DictionaryObject({NameObject(key): value})


NOT_JSON = "the evidence manifest is not valid JSON"
NOT_OURS = "the evidence manifest is not a FieldMon manifest"
SIGNED_HOSTILE: dict[str, tuple[Tree, str]] = {
    "manifest is a JSON list": (with_manifest(lambda d: [1, 2]), NOT_OURS),
    "manifest is a JSON string": (with_manifest(lambda d: "annexes"), NOT_OURS),
    "manifest annexes is an object": (
        with_manifest(lambda d: manifest_with(d, annexes={"1": 2})),
        NOT_OURS,
    ),
    "annex entry without a file": (
        with_manifest(lambda d: annex_entry(d, 0, file=None)),
        "annex entry 1 of the manifest names no file",
    ),
    "annex entry is a string": (
        with_manifest(lambda d: manifest_with(d, annexes=["annex-01.jpg"])),
        "annex entry 1 of the manifest is not a JSON object",
    ),
    "annex entry is a number": (
        with_manifest(lambda d: manifest_with(d, annexes=[d.manifest["annexes"][0], 7])),
        "annex entry 2 of the manifest is not a JSON object",
    ),
    "annex entry with a list as hash": (
        with_manifest(lambda d: annex_entry(d, 1, sha256=["0"])),
        "annex entry 2 of the manifest gives no SHA-256",
    ),
    "annex entry with a text size": (
        with_manifest(lambda d: annex_entry(d, 0, size="12")),
        "annex entry 1 of the manifest gives no size",
    ),
    "manifest nested 100,000 deep": (
        replacing("manifest.json", lambda w, d: b"[" * 100_000 + b"]" * 100_000),
        NOT_JSON,
    ),
    "manifest not UTF-8": (
        replacing("manifest.json", lambda w, d: b'{"annexes": ["\xff\xfe"]}'),
        NOT_JSON,
    ),
    "manifest with a 100,000-digit number": (
        replacing("manifest.json", lambda w, d: b'{"annexes": [], "n": 9' + b"9" * 100_000 + b"}"),
        NOT_JSON,
    ),
    "odd-length /Names": (odd_names, "/Names in the attached files' name tree has an odd length"),
    "/Names is not an array": (
        only("/Names", generic.NumberObject(3)),
        "/Names in the attached files' name tree is not an array",
    ),
    "/Kids loop": (kids_loop, "the name tree of attached files loops (/Kids)"),
    "/Kids is not an array": (
        only("/Kids", generic.TextStringObject("x")),
        "/Kids in the attached files' name tree is not an array",
    ),
    "name tree 37 levels deep": (deep_tree, "deeper than 32 levels"),
    "10,003 attached files": (too_many_files, "more than 10000 attached files"),
    "a name that is not a string": (
        only("/Names", generic.ArrayObject([generic.NumberObject(1), generic.NullObject()])),
        "a name in the attached files' name tree is not a string",
    ),
    "/EF is not a stream": (
        replacing("manifest.json", lambda w, d: generic.NumberObject(5)),
        "the attached file manifest.json has no embedded file stream",
    ),
    "file specification is a number": (
        lambda w, d: leaf([("manifest.json", generic.NumberObject(1))]),
        "the attached file manifest.json is not a file specification",
    ),
    "file specification without /EF": (
        lambda w, d: leaf([("manifest.json", w.add_object(generic.DictionaryObject()))]),
        "the attached file manifest.json has no /EF dictionary",
    ),
    "annex truncated Flate": (
        replacing("annex-02.pdf", truncated_flate),
        "annex 2 (annex-02.pdf) cannot be decompressed",
    ),
    "annex not Flate at all": (
        replacing("annex-01.jpg", lambda w, d: raw_stream(w, b"not deflate data")),
        "annex 1 (annex-01.jpg) cannot be decompressed",
    ),
    "annex 2 GiB Flate bomb": (
        replacing("annex-02.pdf", bomb),
        "annex 2 (annex-02.pdf) is larger than its manifest entry says",
    ),
    "manifest 2 GiB Flate bomb": (
        replacing("manifest.json", bomb),
        "the evidence manifest is larger than 16 MiB when decompressed",
    ),
    "manifest missing": (lambda w, d: leaf(files(w, d)[1:]), "the evidence manifest is missing"),
}


def signed_hostile(d: Dossier, name: str, cache: dict[str, bytes] = {}) -> bytes:  # noqa: B006
    if name not in cache:
        cache[name] = signed_with_tree(d, SIGNED_HOSTILE[name][0])
    return cache[name]


def check_verdict(verdict: Verdict, expected: str) -> None:
    assert not verdict.unchanged and verdict.outcome is Outcome.NOT_VALID
    assert any(expected in p for p in verdict.problems), verdict.problems
    lines = describe(verdict)
    assert all("\n" not in line and "\r" not in line for line in lines)
    assert lines[-1] == "Verdict:       NOT VALID"


def test_the_honest_resigned_dossier_is_valid(dossier: Dossier, tmp_path: Path) -> None:
    """The builders make real, valid dossiers: only what each case changes is hostile."""
    path = tmp_path / "honest.pdf"
    path.write_bytes(signed_with_tree(dossier, lambda w, d: leaf(files(w, d))))
    verdict = verify_pdf(path)
    assert verdict.unchanged and verdict.annexes == 2, verdict.problems
    path.write_bytes(dossier.signed)
    assert verify_pdf(path).unchanged


def test_an_annex_in_another_filter_is_still_checked(dossier: Dossier, tmp_path: Path) -> None:
    """A filter FieldMon does not write is decoded by pyHanko within its limits, not refused."""
    path = tmp_path / "hex.pdf"
    hexed = dossier.annexes[0][1].hex().encode() + b">"
    tree = replacing("annex-01.jpg", lambda w, d: raw_stream(w, hexed, "/ASCIIHexDecode"))
    path.write_bytes(signed_with_tree(dossier, tree))
    assert verify_pdf(path).unchanged


@pytest.mark.parametrize("case", list(SIGNED_HOSTILE))
def test_hostile_attachments_give_a_verdict(dossier: Dossier, tmp_path: Path, case: str) -> None:
    path = tmp_path / "hostile.pdf"
    path.write_bytes(signed_hostile(dossier, case))
    tracemalloc.start()
    try:
        verdict = verify_pdf(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert verdict.intact and verdict.whole_file  # a valid signature over hostile content
    check_verdict(verdict, SIGNED_HOSTILE[case][1])
    assert not verdict.manifest_ok
    # The bombs decompress to 2 GiB; what is kept of them is a few chunks.
    assert peak < 100 * 2**20, f"{peak / 2**20:.0f} MiB"


def test_a_thousand_listings_of_a_bomb_end_in_one_verdict(dossier: Dossier, tmp_path: Path) -> None:
    entry = {**dossier.manifest["annexes"][1], "size": 2**40}
    manifest = {**dossier.manifest, "annexes": [entry] * 1000}
    tree: Tree = lambda w, d: leaf(files(w, d, manifest, {"annex-02.pdf": bomb(w, d)}))  # noqa: E731
    path = tmp_path / "many.pdf"
    path.write_bytes(signed_with_tree(dossier, tree))
    verdict = verify_pdf(path)
    check_verdict(verdict, "annex 2 (annex-02.pdf) is larger than its manifest entry says")
    assert verdict.annexes == 1000
    assert len(verdict.problems) == 21 and verdict.problems[-1] == (
        "and 980 more problems with annexes"
    )


# --- the signed dossier changed afterwards -------------------------------------------------


def deep_arrays(pdf: bytes) -> bytes:
    names, free = names_object(pdf)
    nested = b"[" * 50_000 + b"]" * 50_000
    return append_update(
        pdf, {names: b"<< /EmbeddedFiles %d 0 R >>" % free, free: b"<< /Names %s >>" % nested}
    )


def xref_stream(index: bytes, widths: bytes, data: bytes) -> bytes:
    """A cross-reference stream section; %(size)d, %(root)d and %(prev)d are filled in by
    :func:`xref_update`."""
    return (
        b"%(size)d 0 obj\n<< /Type /XRef /Size %(size)d /Root %(root)d 0 R /Prev %(prev)d"
        + b" /Index "
        + index
        + b" /W "
        + widths
        + b" /Filter /FlateDecode /Length "
        + str(len(data)).encode()
        + b" >>\nstream\n"
        + data
        + b"\nendstream\nendobj\n"
    )


def xref_update(pdf: bytes, section: bytes) -> bytes:
    reader = PdfFileReader(io.BytesIO(pdf), strict=False)
    values = {
        b"size": int(reader.trailer["/Size"]),
        b"root": reader.trailer.raw_get("/Root").idnum,
        b"prev": reader.last_startxref,
    }
    for key, value in values.items():
        section = section.replace(b"%(" + key + b")d", b"%d" % value)
    start = len(pdf) + 1
    return pdf + b"\n" + section + b"startxref\n%d\n%%%%EOF\n" % start


def kids_loop_after_signing(pdf: bytes) -> bytes:
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    names = writer.root["/Names"]
    kid = generic.DictionaryObject({NameObject("/Names"): generic.ArrayObject()})
    kid_ref = writer.add_object(kid)
    kid[NameObject("/Kids")] = generic.ArrayObject([kid_ref])
    names[NameObject("/EmbeddedFiles")] = kid_ref
    writer.update_container(names)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


CHANGED: dict[str, tuple[Callable[[bytes], bytes], str]] = {
    "arrays nested 50,000 deep": (deep_arrays, "the file nests objects too deeply"),
    "xref stream declaring 10^9 objects": (
        lambda pdf: xref_update(pdf, xref_stream(b"[0 1000000000]", b"[1 4 2]", b"x\x9c")),
        f"the cross-reference sections declare more than {MAX_XREF_ENTRIES} objects",
    ),
    "xref stream bomb declaring 10^9 objects": (
        lambda pdf: xref_update(pdf, xref_stream(b"[0 1000000000]", b"[1 4 2]", flate_bomb(2**30))),
        f"the cross-reference sections declare more than {MAX_XREF_ENTRIES} objects",
    ),
    "xref stream of zero-width entries": (
        lambda pdf: xref_update(pdf, xref_stream(b"[0 900000]", b"[0 0 0]", zlib.compress(b""))),
        "a cross-reference stream declares entries of no width (/W)",
    ),
    "xref stream with a malformed /W": (
        lambda pdf: xref_update(pdf, xref_stream(b"[0 1]", b"[1 4]", zlib.compress(b"\1" * 5))),
        "a cross-reference stream has a malformed /W",
    ),
    "xref table of 999,999,999 entries": (
        lambda pdf: xref_update(
            pdf,
            b"xref\n0 999999999\n0000000000 65535 f \n"
            b"trailer\n<< /Size 999999999 /Root %(root)d 0 R /Prev %(prev)d >>\n",
        ),
        "the file cannot be read as a PDF",
    ),
    "truncated to half": (lambda pdf: pdf[: len(pdf) // 2], "the file cannot be read as a PDF"),
    "/Kids loop added after signing": (kids_loop_after_signing, "loops (/Kids)"),
}


@pytest.mark.parametrize("case", list(CHANGED))
def test_a_dossier_changed_into_a_hostile_pdf(dossier: Dossier, tmp_path: Path, case: str) -> None:
    change, expected = CHANGED[case]
    path = tmp_path / "changed.pdf"
    path.write_bytes(change(dossier.signed))
    check_verdict(verify_pdf(path), expected)


def test_the_kids_loop_after_signing_is_also_seen_as_added_content(
    dossier: Dossier, tmp_path: Path
) -> None:
    path = tmp_path / "loop.pdf"
    path.write_bytes(kids_loop_after_signing(dossier.signed))
    verdict = verify_pdf(path)
    assert verdict.intact and not verdict.whole_file
    assert verdict.problems[0] == "content was added after the signature"


# --- files that are no PDF at all ---------------------------------------------------------


def test_garbage_empty_and_oversized_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    check_verdict(verify_pdf(empty), "the file is empty, not a PDF")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(bytes(range(256)) * 40)
    check_verdict(
        verify_pdf(garbage), "the file cannot be read as a PDF (it does not begin with %PDF-)"
    )
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:  # sparse: no disk space used
        handle.truncate(bounded_pdf.MAX_PDF_BYTES + 1)
    with pytest.raises(FieldMonError, match=r"big.pdf is too large .* more than 256 MiB\.$"):
        verify_pdf(big)


def test_a_long_last_line_is_not_read_backwards_for_minutes(
    dossier: Dossier, tmp_path: Path
) -> None:
    """pyHanko looks for %%EOF a byte at a time, backwards, keeping the line it reads: a
    dossier followed by 255 MiB without a line break kept it busy for minutes."""
    path = tmp_path / "long-line.pdf"
    with path.open("wb") as handle:
        handle.write(dossier.signed)
        handle.truncate(bounded_pdf.MAX_PDF_BYTES)  # zero bytes, sparse
    result = run_cli("verify", str(path))  # gives up after 120 s
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "no startxref and %%EOF marker on the last lines" in result.stdout


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: Path("/dev/zero"), "/dev/zero is a device, not a PDF"),
        (lambda tmp: fifo(tmp / "pipe.pdf"), "is a named pipe"),
        (lambda tmp: tmp, "is a folder, not a PDF."),
        (lambda tmp: tmp / "none.pdf", "none.pdf: no such file."),
    ],
)
def test_things_that_are_not_files_are_refused_unopened(
    tmp_path: Path, make: Callable[[Path], Path], message: str
) -> None:
    with pytest.raises(FieldMonError, match=message):
        verify_pdf(make(tmp_path))


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.pdf"
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        with pytest.raises(FieldMonError, match="is a socket, not a PDF"):
            verify_pdf(path)


# --- through the command ------------------------------------------------------------------


def one_error_line(result: Any, message: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("fieldmon: ") and message in lines[0], lines


def test_cli_refuses_devices_pipes_and_oversized_files_in_one_line(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    # A pipe once made verify wait for a writer for ever; run_cli gives up after 120 s.
    one_error_line(run_cli("verify", str(fifo)), "pipe.pdf is a named pipe, not a PDF")
    one_error_line(run_cli("verify", "/dev/zero"), "/dev/zero is a device, not a PDF")
    big = tmp_path / "big.pdf"
    with big.open("wb") as handle:
        handle.truncate(bounded_pdf.MAX_PDF_BYTES + 1)
    one_error_line(run_cli("verify", str(big)), "more than 256 MiB.")
    pem = tmp_path / "root.pem"
    pem.write_bytes(b"")
    one_error_line(run_cli("verify", str(big), "--trust", str(fifo)), "is a named pipe, not a PEM")
    one_error_line(run_cli("verify", str(big), "--trust", "/dev/zero"), "is a device, not a PEM")


@pytest.mark.parametrize(
    "case", ["manifest is a JSON list", "/Kids loop", "annex 2 GiB Flate bomb", "odd-length /Names"]
)
def test_cli_verdict_on_hostile_attachments(dossier: Dossier, tmp_path: Path, case: str) -> None:
    path = tmp_path / "hostile.pdf"
    path.write_bytes(signed_hostile(dossier, case))
    result = run_cli("verify", str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr == ""
    problems = [line for line in result.stdout.splitlines() if line.startswith("Problem:")]
    assert len(problems) == 1 and SIGNED_HOSTILE[case][1] in problems[0], result.stdout
    assert result.stdout.splitlines()[-1] == "Verdict:       NOT VALID"


def test_cli_verdict_on_a_dossier_changed_to_loop(dossier: Dossier, tmp_path: Path) -> None:
    path = tmp_path / "xref.pdf"
    path.write_bytes(CHANGED["xref stream declaring 10^9 objects"][0](dossier.signed))
    result = run_cli("verify", str(path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "Integrity:     NOT CHECKED" in result.stdout
    assert "declare more than 1000000 objects" in result.stdout
