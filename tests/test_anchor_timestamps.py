"""RFC 3161 timestamps on seals, against a real timestamp server on 127.0.0.1 answering with
pyHanko's own TSA (DummyTimeStamper) under a root and TSA certificate made here; and a closed
port for a TSA that cannot be reached."""

from __future__ import annotations

import base64
import datetime
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko_certvalidator.registry import SimpleCertificateStore

from fieldmon.dossier import build, history
from fieldmon.errors import FieldMonError
from fieldmon.vault import timestamps
from fieldmon.vault.check import check_vault
from fieldmon.vault.store import Vault
from tests.conftest import PASSPHRASE, decided_plan, run_cli

CASE = "AZ-2026-001"
TSA_NAME = "Fictional Time Authority"


def _certificate(
    subject: str, key: rsa.RSAPrivateKey, issuer: str, signer: rsa.RSAPrivateKey, ca: bool
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, subject)]))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
    )
    if ca:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
    else:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
        )
    return builder.sign(signer, hashes.SHA256())


def _der(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


@pytest.fixture(scope="module")
def stamper() -> DummyTimeStamper:
    root_key = rsa.generate_private_key(65537, 2048)
    tsa_key = rsa.generate_private_key(65537, 2048)  # pyHanko's dummy TSA signs with RSA only
    root = _certificate("Fictional Test Root", root_key, "Fictional Test Root", root_key, True)
    tsa = _certificate(TSA_NAME, tsa_key, "Fictional Test Root", root_key, False)
    key_der = tsa_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return DummyTimeStamper(
        _der(tsa),
        asn1_keys.PrivateKeyInfo.load(key_der),
        certs_to_embed=SimpleCertificateStore.from_certs([_der(root)]),  # type: ignore[no-untyped-call]
    )


def _serve(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/tsa"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def tsa(stamper: DummyTimeStamper) -> Iterator[str]:
    """A real RFC 3161 server over HTTP (RFC 3161 section 3.4) on 127.0.0.1."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            answer = stamper.request_tsa_response(tsp.TimeStampReq.load(body)).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, *args: object) -> None:
            pass

    yield from _serve(Handler)


@pytest.fixture
def failing_tsa() -> Iterator[str]:
    """A server that answers every request with HTTP 500."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(500)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    yield from _serve(Handler)


@pytest.fixture
def closed_port() -> str:
    """A URL on a port nothing listens on (bound, then closed)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsa"


def set_tsa(vault: Vault, url: str) -> None:
    with vault.transaction():
        timestamps.set_tsa_url(vault.conn, url)


def seal_entry(vault: Vault, number: int) -> str:
    [entry] = [
        e for e in vault.custody_log(CASE) if e.action == "seal" and e.record == f"version {number}"
    ]
    return entry.entry_hash


def test_a_seal_is_timestamped_and_check_verifies_it(vault: Vault, tsa: str) -> None:
    set_tsa(vault, tsa)
    version, new = vault.seal(CASE)
    assert new and version.timestamp is not None and version.timestamp_problem is None
    tokens = timestamps.tokens(vault.conn)
    entry = seal_entry(vault, 1)
    assert list(tokens) == [entry]
    found = timestamps.check_token(tokens[entry], entry)
    assert found.problem is None and found.tsa == f"Common Name: {TSA_NAME}"
    assert found.gen_time == version.timestamp
    # Over that entry and no other.
    assert timestamps.check_token(tokens[entry], "ab" * 32).problem == "is over another entry"
    report = check_vault(vault)
    assert report.ok and report.checked["seal timestamps"] == 1


def test_a_dossier_carries_the_token_and_verify_shows_it(
    vault: Vault, tsa: str, tmp_path: Path
) -> None:
    set_tsa(vault, tsa)
    out = tmp_path / "dossier.pdf"
    build.write_dossier(vault, decided_plan(vault, [CASE], "pattern", "en"), out)
    manifest = history.read_manifest(out)
    assert manifest is not None
    [case] = manifest["history"]["cases"]
    [sealed] = case["sealed"]
    token = base64.b64decode(sealed["timestamp"])
    assert sealed["seal_entry"] == seal_entry(vault, 1)
    assert token == timestamps.tokens(vault.conn)[sealed["seal_entry"]]
    found, problems = history.parse(manifest)
    assert problems == []
    lines = history.describe(found)
    assert lines[0].startswith(f"History:       {CASE}: ")
    assert lines[1].startswith(f"Timestamp:     {CASE} version 1 sealed by ")
    assert f"(RFC 3161, Common Name: {TSA_NAME}, certificate SHA-256 " in lines[1]
    # A token that is not over its seal entry is named.
    case["sealed"][0]["seal_entry"] = case["entry_hashes"][0]
    found, _ = history.parse(manifest)
    assert history.describe(found)[1] == (
        f"Problem:       {CASE}: the timestamp of sealed version 1 is over another entry"
    )


def test_check_names_a_token_whose_signature_was_broken(vault: Vault, tsa: str) -> None:
    set_tsa(vault, tsa)
    vault.seal(CASE)
    entry = seal_entry(vault, 1)
    token = bytearray(timestamps.tokens(vault.conn)[entry])
    token[-10] ^= 0x01  # inside the RSA signature value, the last field of the token
    with vault.transaction():
        vault.conn.execute("DROP TRIGGER seal_timestamps_never_change")
        vault.conn.execute(
            "UPDATE seal_timestamps SET token = ? WHERE entry_hash = ?", (bytes(token), entry)
        )
    [seq] = [e.seq for e in vault.custody_log(CASE) if e.entry_hash == entry]
    assert check_vault(vault).faults == [
        f"timestamp of custody entry {seq} ({CASE} version 1): the token has an invalid signature"
    ]


def test_a_rewrite_resigned_with_the_vaults_key_breaks_the_timestamp(
    vault: Vault, tsa: str
) -> None:
    from tests.test_anchor_attacks import rewrite_version_1

    set_tsa(vault, tsa)
    vault.seal(CASE)
    stamped = seal_entry(vault, 1)
    rewrite_version_1(vault, "Nothing happened")
    assert check_vault(vault).faults == [
        f"timestamp over entry {stamped[:16]}…: no seal entry of the custody log has this hash"
        " (the log was rewritten after it was stamped)"
    ]


def test_an_unreachable_tsa_never_blocks_the_seal(vault: Vault, closed_port: str) -> None:
    set_tsa(vault, closed_port)
    version, new = vault.seal(CASE)
    assert new and version.timestamp is None
    assert version.timestamp_problem is not None
    assert version.timestamp_problem.startswith(f"{closed_port} cannot be reached (")
    assert [v.version for v in vault.history(CASE).versions] == [1]
    assert timestamps.tokens(vault.conn) == {}
    assert check_vault(vault).ok


def test_a_tsa_answering_an_error_never_blocks_the_seal(vault: Vault, failing_tsa: str) -> None:
    set_tsa(vault, failing_tsa)
    version, new = vault.seal(CASE)
    assert new and version.timestamp_problem == f"{failing_tsa} answered HTTP 500"
    assert [v.version for v in vault.history(CASE).versions] == [1]


@pytest.mark.parametrize("url", ["ftp://tsa.example", "tsa.example", "http://", "http://a b"])
def test_a_bad_tsa_url_is_refused_and_nothing_changes(vault: Vault, url: str) -> None:
    with pytest.raises(FieldMonError, match="starts with http:// or https://"):
        set_tsa(vault, url)
    assert timestamps.tsa_url(vault.conn) is None


def test_cli_tsa_set_seal_show_clear(vault_dir: Path, tsa: str) -> None:
    stdin = PASSPHRASE + "\n"
    vault = ["--vault", str(vault_dir), "--passphrase-stdin"]
    assert run_cli("tsa", "show", *vault, stdin=stdin).stdout == (
        "No timestamp authority is set; seals are not timestamped (0 stored).\n"
    )
    result = run_cli("tsa", "set", tsa, *vault, stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Each new seal will be timestamped by {tsa} (RFC 3161)")
    sealed = run_cli("seal", CASE, *vault, stdin=stdin)
    assert sealed.returncode == 0, sealed.stderr
    first, second = sealed.stdout.splitlines()
    assert first.startswith(f"Sealed {CASE} as version 1, SHA-256 ")
    assert second.startswith("Timestamped (RFC 3161): sealed by ") and second.endswith(" UTC.")
    assert run_cli("tsa", "show", *vault, stdin=stdin).stdout == (
        f"Seals are timestamped by {tsa} (RFC 3161); 1 timestamp(s) stored.\n"
    )
    checked = run_cli("check", *vault, stdin=stdin)
    assert checked.returncode == 0 and "1 seal timestamps" in checked.stdout
    cleared = run_cli("tsa", "clear", *vault, stdin=stdin)
    assert (
        cleared.stdout == "Seals will no longer be timestamped; the timestamps stored are kept.\n"
    )


def test_cli_seal_with_an_unreachable_tsa(vault_dir: Path, closed_port: str) -> None:
    stdin = PASSPHRASE + "\n"
    vault = ["--vault", str(vault_dir), "--passphrase-stdin"]
    assert run_cli("tsa", "set", closed_port, *vault, stdin=stdin).returncode == 0
    sealed = run_cli("seal", CASE, *vault, stdin=stdin)
    assert sealed.returncode == 0, sealed.stderr
    first, second = sealed.stdout.splitlines()
    assert first.startswith(f"Sealed {CASE} as version 1, SHA-256 ")
    assert second == (
        f"Sealed without a timestamp: {closed_port} cannot be reached ([Errno 111] Connection"
        " refused)."
    )
    history = run_cli("history", CASE, *vault, stdin=stdin)
    assert history.returncode == 0 and "1" in history.stdout


def test_cli_tsa_refuses_a_bad_url_in_one_line(vault_dir: Path) -> None:
    stdin = PASSPHRASE + "\n"
    vault = ["--vault", str(vault_dir), "--passphrase-stdin"]
    result = run_cli("tsa", "set", "ftp://tsa.example", *vault, stdin=stdin)
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "nothing was changed" in result.stderr
    assert "No timestamp authority is set" in run_cli("tsa", "show", *vault, stdin=stdin).stdout
