"""The packet format fieldmon-packet/1: a round trip with a real organisation card, and every
kind of tampering refused in one line naming what failed.

Headquarters and the monitor are real vaults; the card is issued by headquarters' root
(fieldmon.exchange.hq) and installed in the monitor's vault with its fingerprint words.
"""

from __future__ import annotations

import copy
import hashlib
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyrage
import pytest
from pyrage import x25519

from fieldmon.crypto.identity import cert_fingerprint
from fieldmon.crypto.signing import SigningKey
from fieldmon.errors import ExchangeRefused
from fieldmon.exchange import card as cards
from fieldmon.exchange import hq, packet, signed, words
from fieldmon.exchange.card import OrgCard
from fieldmon.exchange.transports import FolderTransport
from fieldmon.vault import files
from fieldmon.vault.custody import GENESIS, canonical
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

ORGANISATION = "Fictional Rights Watch"


def enrol(hq_vault: Vault, monitor: Vault) -> OrgCard:
    """Make ``hq_vault`` headquarters, certify ``monitor`` and install the card there."""
    escrow = x25519.Identity.generate().to_public()
    card = hq.init_hq(hq_vault, ORGANISATION, [], ("escrow", str(escrow)))
    monitor.install_certificates(hq.issue_certificate(hq_vault, monitor.certificate_request()))
    cards.install_card(
        monitor, hq.current_card_document(hq_vault), words.fingerprint_words(card.root_der)
    )
    return card


@dataclass
class Org:
    """Headquarters and one enrolled monitor, for the whole module."""

    hq: Vault
    monitor: Vault
    card: OrgCard
    key: SigningKey
    cert: bytes
    identities: list[str]


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Org]:
    root = tmp_path_factory.mktemp("org")
    with (
        Vault.create(root / "hq", PASSPHRASE, kdf=FAST_KDF) as hq_vault,
        Vault.create(root / "monitor", PASSPHRASE, kdf=FAST_KDF) as monitor,
    ):
        card = enrol(hq_vault, monitor)
        with monitor.transaction():
            cert = monitor.identity().monitor_cert
            key = monitor.signer
        yield Org(hq_vault, monitor, card, key, cert, hq.hq_identities(hq_vault))


EVIDENCE = bytes(range(256)) * 10  # 2560 bytes: an age blob of three parts of 1000
PART = 1000


@pytest.fixture(scope="module", autouse=True)
def small_parts() -> Iterator[None]:
    """Parts of 1000 bytes for the whole module (the sender's and the reader's PART_SIZE)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(packet, "PART_SIZE", PART)
        yield


CASE = canonical({"format": "fieldmon-sealed/1", "case": {"summary": "fictional"}})
LOG = canonical({"entries": [], "links": []})


@dataclass
class Built:
    folder: Path
    transport: FolderTransport
    packet_id: str
    manifest: dict[str, Any]
    reply_to: x25519.Identity
    to: list[x25519.Recipient]
    blob_key: x25519.Identity


def build(org: Org, folder: Path, part_size: int = PART) -> Built:
    """Write a packet of three objects the way the sender does: case.json and custody.json
    encrypted part by part, the evidence as a vault blob (an age file to its own identity) cut
    into three parts as it is, its identity in the manifest."""
    transport = FolderTransport(folder)
    packet_id = packet.new_packet_id()
    one_time = x25519.Identity.generate()
    to = packet.recipients([*org.card.recipients(), str(one_time.to_public())])
    objects: list[dict[str, Any]] = []
    for name, data in (("case.json", CASE), ("custody.json", LOG)):
        parts: list[str] = []

        def emit(piece: bytes, parts: list[str] = parts) -> None:
            digest, encrypted = packet.encrypt_part(piece, to)
            transport.write_once(packet.part_path(packet_id, digest), encrypted)
            parts.append(digest)

        pieces = packet.Pieces(emit, part_size)
        pieces.write(data)
        pieces.close()
        objects.append(
            {"name": name, "size": len(data), "sha256": pieces.sha256.hexdigest(), "parts": parts}
        )
    blob_key = x25519.Identity.generate()
    blob = pyrage.encrypt(EVIDENCE, [blob_key.to_public()])
    blob_parts = []
    for start in range(0, len(blob), part_size):
        piece = blob[start : start + part_size]
        blob_parts.append(hashlib.sha256(piece).hexdigest())
        transport.write_once(packet.part_path(packet_id, blob_parts[-1]), piece)
    objects.append(
        {
            "name": "files/x1.1",
            "size": len(EVIDENCE),
            "sha256": hashlib.sha256(EVIDENCE).hexdigest(),
            "encoding": "age-blob",
            "identity": str(blob_key),
            "blob_size": len(blob),
            "parts": blob_parts,
        }
    )
    manifest = {
        "packet": packet_id,
        "created_at": "2026-12-01T10:00:00.000000Z",
        "card_serial": org.card.serial,
        "sender": cert_fingerprint(org.cert),
        "reply_to": str(one_time.to_public()),
        "case": {
            "uuid": "00000000-0000-4000-8000-000000000001",
            "reference": "XX-2026-001",
            "version": 1,
            "content_sha256": hashlib.sha256(CASE).hexdigest(),
        },
        "objects": objects,
        "log": {"since": {"seq": 0, "hash": GENESIS}, "head": {"seq": 9, "hash": "a" * 64}},
    }
    envelope = packet.make_envelope(manifest, org.key, org.cert, to)
    transport.write_once(packet.envelope_path(packet_id), envelope)
    return Built(folder, transport, packet_id, manifest, one_time, to, blob_key)


@pytest.fixture(scope="module")
def built(org: Org, tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build(org, tmp_path_factory.mktemp("packet") / "usb")


@pytest.fixture
def copied(built: Built, tmp_path: Path) -> Built:
    """A copy of the packet this test may damage."""
    shutil.copytree(built.folder, tmp_path / "usb")
    return Built(
        tmp_path / "usb",
        FolderTransport(tmp_path / "usb"),
        built.packet_id,
        copy.deepcopy(built.manifest),
        built.reply_to,
        built.to,
        built.blob_key,
    )


def _open(org: Org, b: Built, identities: list[str] | None = None) -> packet.Envelope:
    data = b.transport.read(packet.envelope_path(b.packet_id))
    return packet.open_envelope(data, identities or org.identities)


def _read(org: Org, b: Built, name: str, identities: list[str] | None = None) -> bytes:
    envelope = _open(org, b, identities)
    out: list[bytes] = []
    packet.read_object(b.transport, envelope, name, identities or org.identities, out.append)
    return b"".join(out)


def _receive(
    org: Org, b: Built, blob: Path, identities: list[str] | None = None
) -> tuple[files.Sealed, bytes]:
    """The evidence received into a blob as headquarters does, and the blob's plaintext."""
    sealed = packet.receive_blob(b.transport, _open(org, b, identities), "files/x1.1", blob)
    return sealed, files.decrypt_bytes(blob, sealed.identity)


def _reseal(org: Org, b: Built, change: Callable[[dict[str, Any]], None], sign: bool) -> None:
    """Replace the envelope by one with a changed manifest, re-signed by the monitor or not."""
    manifest = copy.deepcopy(b.manifest)
    signature = signed.sign_payload(manifest, org.key, [org.cert])
    change(manifest)
    if sign:
        signature = signed.sign_payload(manifest, org.key, [org.cert])
    document = {"format": packet.FORMAT, "manifest": manifest, **signature}
    path = b.folder / packet.envelope_path(b.packet_id)
    path.write_bytes(pyrage.encrypt(canonical(document), b.to))


def test_a_packet_round_trips_for_headquarters_and_the_one_time_key(
    org: Org, built: Built, tmp_path: Path
) -> None:
    envelope = _open(org, built)
    packet.verify_envelope(envelope, org.card)
    assert envelope.packet_id == built.packet_id
    assert envelope.sender == cert_fingerprint(envelope.cert_der) == cert_fingerprint(org.cert)
    assert envelope.since == (0, GENESIS) and envelope.head == (9, "a" * 64)
    assert envelope.reply_to == str(built.reply_to.to_public())
    assert [len(o.parts) for o in envelope.objects] == [1, 1, 3]
    assert _read(org, built, "case.json") == CASE
    assert _read(org, built, "custody.json") == LOG
    sealed, plain = _receive(org, built, tmp_path / "blob")
    assert plain == EVIDENCE
    assert sealed == files.Sealed(
        str(built.blob_key), hashlib.sha256(EVIDENCE).hexdigest(), len(EVIDENCE)
    )
    # The blob headquarters keeps is the sender's age file, byte for byte, 0600.
    parts = [built.folder / packet.part_path(built.packet_id, p) for p in envelope.objects[2].parts]
    assert (tmp_path / "blob").read_bytes() == b"".join(p.read_bytes() for p in parts)
    assert (tmp_path / "blob").stat().st_mode & 0o777 == 0o600
    # The sender's one-time identity opens the packet too (until the case is purged).
    one_time = [str(built.reply_to)]
    assert _receive(org, built, tmp_path / "blob2", one_time)[1] == EVIDENCE
    # Every file at the destination is age ciphertext: the envelope and the parts of
    # case.json and custody.json each on its own, the evidence's parts once joined.
    for path in built.folder.rglob("*"):
        if path.is_file() and path not in parts:
            assert path.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert parts[0].read_bytes().startswith(b"age-encryption.org/v1\n")
    # The evidence's parts are not read as pieces of plaintext.
    with pytest.raises(ExchangeRefused, match=r"^files/x1.1 is an age blob"):
        _read(org, built, "files/x1.1")


def test_someone_elses_key_opens_nothing(org: Org, built: Built) -> None:
    stranger = [str(x25519.Identity.generate())]
    data = built.transport.read(packet.envelope_path(built.packet_id))
    with pytest.raises(ExchangeRefused, match=r"^the envelope does not decrypt"):
        packet.open_envelope(data, stranger)
    envelope = _open(org, built)
    out: list[bytes] = []
    with pytest.raises(ExchangeRefused, match=r"^part 1 of 1 of case.json does not decrypt$"):
        packet.read_object(built.transport, envelope, "case.json", stranger, out.append)
    joined = b"".join(
        (built.folder / packet.part_path(built.packet_id, p)).read_bytes()
        for p in envelope.objects[2].parts
    )
    keys = [x25519.Identity.generate(), *(x25519.Identity.from_str(k) for k in org.identities)]
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(joined, keys)  # only the blob's own identity, from the envelope


def _flip(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


def test_a_flipped_byte_in_a_part_is_refused_naming_the_part(
    org: Org, copied: Built, tmp_path: Path
) -> None:
    part = copied.manifest["objects"][2]["parts"][1]
    _flip(copied.folder / packet.part_path(copied.packet_id, part))
    with pytest.raises(
        ExchangeRefused, match=r"^part 2 of 3 of files/x1.1 does not match its hash$"
    ):
        _receive(org, copied, tmp_path / "blob")
    part = copied.manifest["objects"][0]["parts"][0]
    _flip(copied.folder / packet.part_path(copied.packet_id, part))
    with pytest.raises(
        ExchangeRefused, match=r"^part 1 of 1 of case.json does not match its hash$"
    ):
        _read(org, copied, "case.json")


def test_a_dropped_part_is_refused_naming_it(org: Org, copied: Built, tmp_path: Path) -> None:
    part = copied.manifest["objects"][2]["parts"][2]
    (copied.folder / packet.part_path(copied.packet_id, part)).unlink()
    with pytest.raises(ExchangeRefused, match=r"^part 3 of 3 of files/x1.1 is missing$"):
        _receive(org, copied, tmp_path / "blob")


def test_a_part_under_its_right_name_but_other_content_does_not_decrypt(
    org: Org, copied: Built, tmp_path: Path
) -> None:
    # A part encrypted to another key, stored under its own (correct) hash, listed instead.
    digest, data = packet.encrypt_part(
        b"x" * 100, packet.recipients([str(x25519.Identity.generate().to_public())])
    )
    copied.transport.write_once(packet.part_path(copied.packet_id, digest), data)

    def change(manifest: dict[str, Any]) -> None:
        manifest["objects"][0]["parts"][0] = digest

    _reseal(org, copied, change, sign=True)
    with pytest.raises(ExchangeRefused, match=r"^part 1 of 1 of case.json does not decrypt$"):
        _read(org, copied, "case.json")
    # Another blob's first 1000 bytes in place of the evidence's first part.
    other = pyrage.encrypt(EVIDENCE, [x25519.Identity.generate().to_public()])[:PART]
    digest = hashlib.sha256(other).hexdigest()
    copied.transport.write_once(packet.part_path(copied.packet_id, digest), other)

    def swap_in(manifest: dict[str, Any]) -> None:
        manifest["objects"][2]["parts"][0] = digest

    _reseal(org, copied, swap_in, sign=True)
    with pytest.raises(ExchangeRefused, match=r"^files/x1.1 does not decrypt with its key$"):
        _receive(org, copied, tmp_path / "blob")


def test_a_wrong_identity_is_refused_even_when_signed(
    org: Org, copied: Built, tmp_path: Path
) -> None:
    def rekey(manifest: dict[str, Any]) -> None:
        manifest["objects"][2]["identity"] = str(x25519.Identity.generate())

    _reseal(org, copied, rekey, sign=True)
    packet.verify_envelope(_open(org, copied), org.card)
    with pytest.raises(ExchangeRefused, match=r"^files/x1.1 does not decrypt with its key$"):
        _receive(org, copied, tmp_path / "blob")


def test_swapped_part_order_is_caught_by_the_signature_or_the_decryption(
    org: Org, copied: Built, tmp_path: Path
) -> None:
    def swap(manifest: dict[str, Any]) -> None:
        parts = manifest["objects"][2]["parts"]
        parts[0], parts[1] = parts[1], parts[0]

    _reseal(org, copied, swap, sign=False)
    with pytest.raises(ExchangeRefused, match=r"signature does not verify"):
        packet.verify_envelope(_open(org, copied), org.card)
    # Even signed that way (by the monitor's own key), the blob does not decrypt.
    _reseal(org, copied, swap, sign=True)
    packet.verify_envelope(_open(org, copied), org.card)
    with pytest.raises(ExchangeRefused, match=r"^files/x1.1 does not decrypt with its key$"):
        _receive(org, copied, tmp_path / "blob")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"identity": None}, "files/x1.1 has no identity"),
        ({"identity": "AGE-SECRET-KEY-1NOTAKEY"}, "files/x1.1's identity is not an age X25519"),
        ({"encoding": None}, "files/x1.1 is not encoded as age-blob"),
        ({"encoding": "plain"}, "files/x1.1 is not encoded as age-blob"),
        ({"blob_size": None}, "files/x1.1 has no blob size"),
        ({"blob_size": 5000}, "files/x1.1's parts do not fit its blob size"),
        ({"blob_size": 2000}, "files/x1.1's blob size does not fit its size"),
    ],
    ids=[
        "no identity",
        "bad identity",
        "no encoding",
        "other encoding",
        "no blob size",
        "too many bytes",
        "too few bytes",
    ],
)
def test_an_evidence_object_that_does_not_say_how_to_read_it_is_refused(
    org: Org, copied: Built, change: dict[str, Any], reason: str
) -> None:
    def edit(manifest: dict[str, Any]) -> None:
        for key, value in change.items():
            if value is None:
                del manifest["objects"][2][key]
            else:
                manifest["objects"][2][key] = value

    _reseal(org, copied, edit, sign=True)
    with pytest.raises(ExchangeRefused, match=f"^the envelope is malformed: {reason}"):
        _open(org, copied)


@pytest.mark.parametrize("index", [0, 1], ids=["case.json", "custody.json"])
def test_case_and_custody_carry_no_key(org: Org, copied: Built, index: int) -> None:
    def edit(manifest: dict[str, Any]) -> None:
        manifest["objects"][index]["identity"] = str(x25519.Identity.generate())

    _reseal(org, copied, edit, sign=True)
    name = copied.manifest["objects"][index]["name"]
    with pytest.raises(ExchangeRefused, match=f"^the envelope is malformed: {name} carries a key"):
        _open(org, copied)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("objects", 2, "size"), 2561),
        (("case", "version"), 2),
        (("log", "head", "seq"), 10),
        (("reply_to",), "another recipient"),
    ],
    ids=["object size", "version", "log head", "reply_to"],
)
def test_a_changed_manifest_fails_its_signature(
    org: Org, copied: Built, path: tuple[Any, ...], value: Any
) -> None:
    if value == "another recipient":
        # Made here, not in the decorator: pytest-xdist workers must collect the same ids.
        value = str(x25519.Identity.generate().to_public())

    def change(manifest: dict[str, Any]) -> None:
        node = manifest
        for step in path[:-1]:
            node = node[step]
        node[path[-1]] = value

    _reseal(org, copied, change, sign=False)
    with pytest.raises(ExchangeRefused, match=r"^the signature does not verify"):
        packet.verify_envelope(_open(org, copied), org.card)


def test_a_size_or_hash_that_lies_is_refused_even_when_signed(
    org: Org, copied: Built, tmp_path: Path
) -> None:
    def shrink(manifest: dict[str, Any]) -> None:
        manifest["objects"][2]["size"] = 1500

    _reseal(org, copied, shrink, sign=True)
    with pytest.raises(ExchangeRefused, match=r"^files/x1.1 is not the size its manifest says$"):
        _receive(org, copied, tmp_path / "blob")

    def rehash(manifest: dict[str, Any]) -> None:
        manifest["objects"][2]["sha256"] = "0" * 64

    _reseal(org, copied, rehash, sign=True)
    with pytest.raises(ExchangeRefused, match=r"^files/x1.1 does not match its SHA-256$"):
        _receive(org, copied, tmp_path / "blob2")

    def shorten(manifest: dict[str, Any]) -> None:
        manifest["objects"][1]["size"] = 3

    _reseal(org, copied, shorten, sign=True)
    with pytest.raises(ExchangeRefused, match=r"^custody.json is longer than its manifest says$"):
        _read(org, copied, "custody.json")


def test_a_sender_that_is_not_the_signer_is_refused(org: Org, copied: Built) -> None:
    def other(manifest: dict[str, Any]) -> None:
        manifest["sender"] = "AB:" * 31 + "AB"

    _reseal(org, copied, other, sign=True)
    with pytest.raises(ExchangeRefused, match=r"sender is not the certificate that signed it"):
        packet.verify_envelope(_open(org, copied), org.card)


@pytest.mark.parametrize(
    ("plaintext", "reason"),
    [
        (b"not json", "^the envelope is not JSON$"),
        (b'{"format": "fieldmon-packet/0"}', "^the envelope's format is not fieldmon-packet/1$"),
        (b'{"format": "fieldmon-packet/1", "manifest": {}}', "^the envelope is malformed: "),
    ],
)
def test_malformed_envelopes_are_refused_in_one_line(
    org: Org, built: Built, plaintext: bytes, reason: str
) -> None:
    data = pyrage.encrypt(plaintext, built.to)
    with pytest.raises(ExchangeRefused, match=reason):
        packet.open_envelope(data, org.identities)


def test_an_oversized_envelope_is_refused_before_decrypting(
    org: Org, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(packet, "MAX_ENVELOPE_BYTES", 10)
    with pytest.raises(ExchangeRefused, match=r"^the envelope is larger than 10 bytes$"):
        packet.open_envelope(b"age-encryption.org/v1\n", org.identities)


def test_a_revoked_sender_is_refused(org: Org, built: Built, tmp_path: Path) -> None:
    with Vault.create(tmp_path / "hq2", PASSPHRASE, kdf=FAST_KDF) as other_hq:
        with Vault.create(tmp_path / "m2", PASSPHRASE, kdf=FAST_KDF) as other_monitor:
            card = enrol(other_hq, other_monitor)
        # The packet's certificate is not issued by this other organisation's root.
        with pytest.raises(ExchangeRefused, match=r"not issued by the organisation's root"):
            packet.verify_envelope(_open(org, built), card)
    revoked = hq.revoke(org.hq, cert_fingerprint(org.cert), "laptop seized")
    with pytest.raises(ExchangeRefused, match=r"revoked \(laptop seized\)"):
        packet.verify_envelope(_open(org, built), revoked)


def test_ahead_yields_in_order_and_raises_at_the_item_that_failed() -> None:
    def load(number: int) -> int:
        if number == 2:
            raise ExchangeRefused("part 3 is missing")
        return number * 10

    results = packet.ahead(load, [0, 1, 2, 3])
    assert next(results) == 0 and next(results) == 10
    with pytest.raises(ExchangeRefused, match=r"^part 3 is missing$"):
        next(results)
    assert list(packet.ahead(load, [])) == []
