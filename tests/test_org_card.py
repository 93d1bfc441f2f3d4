"""The organisation card (fieldmon-card/1), its fingerprint words, and headquarters mode: real
vaults, real certificates, real age recipients; every refusal leaves the vault unchanged."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pyrage
import pytest
from shamir_mnemonic.wordlist import WORDLIST

from fieldmon.crypto import identity
from fieldmon.crypto.signing import SigningKey
from fieldmon.errors import ExchangeRefused
from fieldmon.exchange import card as cards
from fieldmon.exchange import hq, signed, words
from fieldmon.vault.custody import canonical
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE


def _recipient() -> str:
    return str(pyrage.x25519.Identity.generate().to_public())


ESCROW = ("Escrow safe", _recipient())
LAWYER = ("Lawyer Orla Vantree", _recipient())


class Org:
    """A headquarters vault with its card, and a monitor vault certified by it (no card yet)."""

    def __init__(self, folder: Path) -> None:
        self.hq = Vault.create(folder / "hq", PASSPHRASE, kdf=FAST_KDF)
        self.card = hq.init_hq(self.hq, "Fictional Watch", [LAWYER], ESCROW)
        self.monitor = Vault.create(folder / "monitor", PASSPHRASE, kdf=FAST_KDF)
        self.monitor.install_certificates(
            hq.issue_certificate(self.hq, self.monitor.certificate_request())
        )
        self.monitor_cert = self.monitor.identity().monitor_cert


@pytest.fixture(scope="module")
def org(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Org]:
    made = Org(tmp_path_factory.mktemp("org"))
    yield made
    made.hq.close()
    made.monitor.close()


def _root() -> tuple[SigningKey, bytes]:
    key = SigningKey.generate()
    return key, identity.make_root(key, "Fictional Watch")


def _body(root_der: bytes, serial: int = 1, **changes: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "organisation": "Fictional Watch",
        "serial": serial,
        "issued_at": "2026-12-01T10:00:00.000000Z",
        "root": base64.b64encode(root_der).decode(),
        "readers": [{"name": LAWYER[0], "recipient": LAWYER[1]}],
        "escrow": {"name": ESCROW[0], "recipient": ESCROW[1]},
        "revoked": [
            {
                "certificate": identity.cert_fingerprint(b"an old laptop"),
                "revoked_at": "2026-11-30T09:00:00Z",
                "reason": "laptop seized",
            }
        ],
        "receipt_signers": [identity.cert_fingerprint(b"headquarters' certificate")],
    }
    body.update(changes)
    return body


def _refused(call: Callable[[], object], *fragments: str) -> str:
    with pytest.raises(ExchangeRefused) as caught:
        call()
    message = str(caught.value)
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message, message
    return message


# -- reading a card ------------------------------------------------------------------------


def test_a_card_round_trips_with_its_fields_and_recipients() -> None:
    key, root = _root()
    data = cards.sign_card(_body(root, serial=7), key)
    card = cards.read_card(data)
    assert (card.organisation, card.serial, card.root_der, card.document) == (
        "Fictional Watch",
        7,
        root,
        data,
    )
    assert card.readers == (cards.Reader(*LAWYER),)
    assert card.escrow == cards.Reader(*ESCROW)
    assert card.recipients() == [LAWYER[1], ESCROW[1]]
    assert card.root_fingerprint == identity.cert_fingerprint(root)
    assert card.is_revoked(b"an old laptop") and not card.is_revoked(b"another")
    assert card.revoked[0].reason == "laptop seized"
    assert cards.read_card(data, pinned_root=root) == card


def _tamper_reader(document: dict[str, Any]) -> None:
    document["card"]["readers"][0]["recipient"] = _recipient()


def _tamper_serial(document: dict[str, Any]) -> None:
    document["card"]["serial"] += 1


def _tamper_revoked(document: dict[str, Any]) -> None:
    document["card"]["revoked"] = []


def _tamper_escrow(document: dict[str, Any]) -> None:
    document["card"]["escrow"]["recipient"] = _recipient()


@pytest.mark.parametrize(
    "tamper", [_tamper_reader, _tamper_serial, _tamper_revoked, _tamper_escrow]
)
def test_a_tampered_card_is_refused(tamper: Callable[[dict[str, Any]], None]) -> None:
    key, root = _root()
    document = json.loads(cards.sign_card(_body(root), key))
    tamper(document)
    data = json.dumps(document).encode()
    _refused(lambda: cards.read_card(data), "signature does not verify")


def test_a_card_signed_by_another_key_than_its_root_is_refused() -> None:
    _, root = _root()
    other, _ = _root()
    body = _body(root)
    data = json.dumps(
        {
            "format": cards.FORMAT,
            "card": body,
            "signature": base64.b64encode(other.sign(canonical(body))).decode(),
        }
    ).encode()
    _refused(lambda: cards.read_card(data), "signature does not verify")


def _signed(key: SigningKey, body: dict[str, Any]) -> bytes:
    """A card document signed properly, without sign_card's own check."""
    return json.dumps(
        {
            "format": cards.FORMAT,
            "card": body,
            "signature": base64.b64encode(key.sign(canonical(body))).decode(),
        }
    ).encode()


def test_a_well_signed_card_with_bad_content_is_refused() -> None:
    key, root = _root()
    bad_reader = _body(root, readers=[{"name": "x", "recipient": "age1notarecipient"}])
    _refused(lambda: cards.read_card(_signed(key, bad_reader)), "not an age X25519")
    twice = _body(root, readers=[{"name": "x", "recipient": ESCROW[1]}])
    _refused(lambda: cards.read_card(_signed(key, twice)), "same recipient twice")
    revoked = _body(root, revoked=[{"certificate": "AB:CD", "revoked_at": "t", "reason": "r"}])
    _refused(lambda: cards.read_card(_signed(key, revoked)), "not a certificate fingerprint")
    serial = _body(root, serial=0)
    _refused(lambda: cards.read_card(_signed(key, serial)), "serial")
    extra = {**_body(root), "extra": 1}
    _refused(lambda: cards.read_card(_signed(key, extra)), "fields")
    no_readers = _body(root, readers=[])
    _refused(lambda: cards.read_card(_signed(key, no_readers)), "no readers")
    for signers in ([], ["AB:CD"], "AB"):
        data = _signed(key, _body(root, receipt_signers=signers))
        _refused(partial(cards.read_card, data), "receipt signers")
    without = _body(root)
    del without["receipt_signers"]
    _refused(lambda: cards.read_card(_signed(key, without)), "fields")


def test_a_root_that_is_not_a_self_issued_authority_is_refused(org: Org) -> None:
    # The monitor's certificate is not a CA, nor self-issued; the monitor's key signs the card.
    monitor_cert = org.monitor_cert
    body = _body(monitor_cert)
    data = _signed(org.monitor.signer, body)
    _refused(lambda: cards.read_card(data), "root is not a self-issued certificate authority")


def test_what_is_not_a_card_is_refused_before_it_is_parsed() -> None:
    _refused(lambda: cards.read_card(b"\xff\xfe"), "not JSON")
    _refused(lambda: cards.read_card(b'{"format": "fieldmon-case/1"}'), "format")
    big = b" " * (cards.MAX_CARD_BYTES + 1)
    _refused(lambda: cards.read_card(big), "too large")
    key, root = _root()
    pinned = _root()[1]
    data = cards.sign_card(_body(root), key)
    _refused(lambda: cards.read_card(data, pinned_root=pinned), "different root")


# -- installing a card ---------------------------------------------------------------------


def test_a_first_card_needs_its_words_and_nothing_is_installed_on_a_mismatch(
    empty_vault: Vault,
) -> None:
    key, root = _root()
    data = cards.sign_card(_body(root), key)
    _refused(lambda: cards.install_card(empty_vault, data, None), "fingerprint words")
    wrong = list(reversed(words.fingerprint_words(root)))
    message = _refused(lambda: cards.install_card(empty_vault, data, wrong))
    assert message == cards.WORDS_MISMATCH
    assert cards.installed_card(empty_vault) is None
    typed = ["  " + " ".join(words.fingerprint_words(root)).upper() + "\n"]
    installed = cards.install_card(empty_vault, data, typed)
    assert installed.serial == 1 and cards.installed_card(empty_vault) == installed


def test_updates_need_the_same_root_and_a_higher_serial(empty_vault: Vault) -> None:
    key, root = _root()
    first = cards.sign_card(_body(root, serial=2), key)
    cards.install_card(empty_vault, first, words.fingerprint_words(root))
    # The same serial and content again (even signed anew) changes nothing.
    assert cards.install_card(empty_vault, cards.sign_card(_body(root, serial=2), key), None)
    older = cards.sign_card(_body(root, serial=1), key)
    _refused(lambda: cards.install_card(empty_vault, older, None), "older than the installed")
    changed = cards.sign_card(_body(root, serial=2, organisation="Other"), key)
    _refused(lambda: cards.install_card(empty_vault, changed, None), "same serial 2")
    other_key, other_root = _root()
    hostile = cards.sign_card(_body(other_root, serial=9), other_key)
    # Even with that root's own words: a card of another root never replaces the installed one.
    _refused(
        lambda: cards.install_card(empty_vault, hostile, words.fingerprint_words(other_root)),
        "different root than the installed card",
    )
    assert cards.installed_card(empty_vault).serial == 2  # type: ignore[union-attr]
    newer = cards.install_card(empty_vault, cards.sign_card(_body(root, serial=3), key), None)
    assert cards.installed_card(empty_vault) == newer
    with empty_vault.transaction():
        serials = [r[0] for r in empty_vault.conn.execute("SELECT serial FROM org_cards")]
    assert sorted(serials) == [2, 3]


def test_a_monitor_learns_whether_its_certificate_is_the_organisations(
    org: Org, empty_vault: Vault
) -> None:
    root_words = words.fingerprint_words(org.card.root_der)
    mine = cards.install_card(org.monitor, org.card.document, root_words)
    assert cards.certificate_matches(org.monitor, mine)
    assert not cards.certificate_matches(
        empty_vault, cards.install_card(empty_vault, org.card.document, root_words)
    )


# -- certificates and signed payloads ------------------------------------------------------


def test_check_certificate_accepts_the_organisations_monitor_only(org: Org) -> None:
    cards.check_certificate(org.card, org.monitor_cert)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=365 * identity.MONITOR_YEARS + 2)
    _refused(lambda: cards.check_certificate(org.card, org.monitor_cert, later), "expired on")
    earlier = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    _refused(lambda: cards.check_certificate(org.card, org.monitor_cert, earlier), "not valid")
    _refused(lambda: cards.check_certificate(org.card, org.card.root_der), "authority")
    stranger_key, stranger_root = _root()
    stranger = identity.issue_monitor(
        stranger_root, stranger_key, SigningKey.generate().public_der, "Nadir Quell", None
    )
    _refused(lambda: cards.check_certificate(org.card, stranger), "not issued by")
    _refused(lambda: cards.check_certificate(org.card, b"junk"), "cannot be read")


def test_a_revoked_certificate_is_refused(org: Org, tmp_path: Path) -> None:
    revoked = Org(tmp_path)
    try:
        fingerprint = identity.cert_fingerprint(revoked.monitor_cert)
        card = hq.revoke(revoked.hq, fingerprint.replace(":", "").lower(), " laptop\nseized ")
        assert card.serial == 2 and card.revoked[0].certificate == fingerprint
        message = _refused(lambda: cards.check_certificate(card, revoked.monitor_cert))
        assert message == "the sender's certificate is revoked (laptop seized)"
        _refused(lambda: hq.revoke(revoked.hq, fingerprint, "again"), "already revoked")
        own = identity.cert_fingerprint(revoked.hq.identity().monitor_cert)
        _refused(lambda: hq.revoke(revoked.hq, own, "no"), "headquarters' own")
        _refused(lambda: hq.revoke(revoked.hq, "ABCD", "no"), "64 hex digits")
        assert cards.installed_card(revoked.hq) == card
        listed = hq.issued(revoked.hq)
        assert [(i.fingerprint, i.revoked) for i in listed] == [(fingerprint, "laptop seized")]
    finally:
        revoked.hq.close()
        revoked.monitor.close()


def test_signed_payloads_verify_against_the_card(org: Org) -> None:
    payload = {"packet": "0" * 32, "objects": [{"name": "case.json", "size": 3}]}
    cert = org.monitor_cert
    made = signed.sign_payload(payload, org.monitor.signer, [cert])
    assert signed.verify_payload(payload, made["signature"], made["chain"], org.card) == cert
    assert cards.verify_payload is signed.verify_payload
    changed = {**payload, "packet": "1" * 32}
    _refused(
        lambda: signed.verify_payload(changed, made["signature"], made["chain"], org.card),
        "signature does not verify",
    )
    two = [*made["chain"], made["chain"][0]]
    _refused(lambda: signed.verify_payload(payload, made["signature"], two, org.card), "one")
    _refused(
        lambda: signed.verify_payload(payload, "not base64!", made["chain"], org.card),
        "not base64",
    )
    # Signed by another key than the certificate's: refused.
    forged = signed.sign_payload(payload, SigningKey.generate(), [cert])
    _refused(
        lambda: signed.verify_payload(payload, forged["signature"], made["chain"], org.card),
        "signature does not verify",
    )


# -- words ---------------------------------------------------------------------------------


def test_fingerprint_words_are_the_first_100_bits_of_the_roots_sha256() -> None:
    _, root = _root()
    bits = bin(int(hashlib.sha256(root).hexdigest(), 16))[2:].zfill(256)[:100]
    expected = [WORDLIST[int(bits[i : i + 10], 2)] for i in range(0, 100, 10)]
    assert words.fingerprint_words(root) == expected
    assert words.words_match(root, [" ".join(expected).title()])
    assert not words.words_match(root, expected[:9])
    hex_groups = words.hex_fingerprint(root).split()
    assert len(hex_groups) == 16 and "".join(hex_groups) == hashlib.sha256(root).hexdigest().upper()
    assert words.qr_text(root) == "fieldmon-root:sha256:" + hashlib.sha256(root).hexdigest()
    assert words.qr_png(root).startswith(b"\x89PNG\r\n\x1a\n")
    assert b"<svg" in words.qr_svg(root)


# -- headquarters --------------------------------------------------------------------------


def test_headquarters_issues_a_card_with_its_own_reader_first(org: Org) -> None:
    assert hq.is_hq(org.hq) and not hq.is_hq(org.monitor)
    secrets = hq.hq_identities(org.hq)
    assert len(secrets) == 1 and hq.hq_identities(org.monitor) == []
    own = str(pyrage.x25519.Identity.from_str(secrets[0]).to_public())
    assert [r.recipient for r in org.card.readers] == [own, LAWYER[1]]
    assert org.card.escrow == cards.Reader(*ESCROW)
    assert org.card.root_der == org.hq.identity().root_cert
    assert hq.current_card_document(org.hq) == org.card.document
    # What is encrypted to the card, headquarters reads.
    sealed = pyrage.encrypt(b"fictional", [pyrage.x25519.Recipient.from_str(own)])
    assert pyrage.decrypt(sealed, [pyrage.x25519.Identity.from_str(secrets[0])]) == b"fictional"


def test_a_vault_certified_by_another_root_cannot_be_headquarters(
    org: Org, empty_vault: Vault
) -> None:
    empty_vault.install_certificates(
        hq.issue_certificate(org.hq, empty_vault.certificate_request())
    )
    _refused(
        lambda: hq.init_hq(empty_vault, "Fictional Watch", [], ESCROW),
        "installed from another root",
    )
    assert not hq.is_hq(empty_vault) and hq.hq_identities(empty_vault) == []
    _refused(lambda: hq.init_hq(org.hq, "Fictional Watch", [], ESCROW), "already headquarters")
    assert not hq.is_hq(org.monitor) and hq.hq_identities(org.monitor) == []
    _refused(lambda: hq.current_card_document(org.monitor), "not headquarters")
    _refused(lambda: hq.issue_certificate(org.monitor, b"x"), "not a certificate request")


def test_init_refuses_bad_recipients_and_changes_nothing(empty_vault: Vault) -> None:
    _refused(lambda: hq.init_hq(empty_vault, "Fictional Watch", [], ("e", "age1x")), "escrow")
    _refused(
        lambda: hq.init_hq(empty_vault, "Fictional Watch", [("r", "ssh-ed25519 AAAA")], ESCROW),
        "reader",
    )
    assert not hq.is_hq(empty_vault) and hq.hq_identities(empty_vault) == []
    assert cards.installed_card(empty_vault) is None


def test_issue_certificate_checks_the_request(org: Org, empty_vault: Vault) -> None:
    request = empty_vault.certificate_request()
    chain = identity.load_pem_chain(hq.issue_certificate(org.hq, request))
    assert chain[1] == org.card.root_der and identity.issued_by(chain[0], chain[1])
    assert identity.public_key_der(chain[0]) == empty_vault.signer.public_der
    assert "O=Fictional Watch" in identity.describe(chain[0]).subject
    fingerprints = [i.fingerprint for i in hq.issued(org.hq)]
    assert identity.cert_fingerprint(chain[0]) in fingerprints
    assert identity.cert_fingerprint(org.monitor_cert) in fingerprints
    _refused(lambda: hq.issued(org.monitor), "not headquarters")
    # A request whose signature does not hold (a byte of its key changed) is refused.
    der = base64.b64decode(b"".join(request.splitlines()[1:-1]))
    at = der.index(empty_vault.signer.public_der) + len(empty_vault.signer.public_der) - 5
    broken = der[:at] + bytes([der[at] ^ 1]) + der[at + 1 :]
    pem = b"-----BEGIN CERTIFICATE REQUEST-----\n" + base64.encodebytes(broken)
    pem += b"-----END CERTIFICATE REQUEST-----\n"
    _refused(lambda: hq.issue_certificate(org.hq, pem))


def test_readers_are_added_and_removed_by_new_serials(tmp_path: Path) -> None:
    made = Org(tmp_path)
    try:
        extra = _recipient()
        added = hq.add_reader(made.hq, "Lawyer Ilse Marrow", extra)
        assert added.serial == 2 and extra in added.recipients()
        _refused(lambda: hq.add_reader(made.hq, "again", extra), "already on the card")
        removed = hq.remove_reader(made.hq, LAWYER[1])
        assert removed.serial == 3 and LAWYER[1] not in removed.recipients()
        _refused(lambda: hq.remove_reader(made.hq, LAWYER[1]), "no reader")
        own = removed.readers[0].recipient
        _refused(lambda: hq.remove_reader(made.hq, own), "headquarters' own")
        # A monitor holding serial 1 accepts serial 3 without words: same root, higher serial.
        root_words = words.fingerprint_words(made.card.root_der)
        cards.install_card(made.monitor, made.card.document, root_words)
        assert cards.install_card(made.monitor, removed.document, None).serial == 3
    finally:
        made.hq.close()
        made.monitor.close()
