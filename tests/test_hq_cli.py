"""`fieldmon hq` end to end between two real vaults: headquarters' init, a monitor's request,
the certificate issued and installed, enrolment with the fingerprint words, revocation and the
card's update; every refusal exits 11 (or 64 for a usage mistake) with one line on stderr."""

from __future__ import annotations

import contextlib
import io
import stat
import subprocess
import sys
from pathlib import Path

import pyrage
import pytest

from fieldmon.cli import main
from fieldmon.crypto import identity
from fieldmon.exchange import card as cards
from fieldmon.exchange import hq, words
from fieldmon.exchange.receive import sender_name
from fieldmon.vault.store import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, run_cli


def _vault(path: Path) -> Path:
    Vault.create(path, PASSPHRASE, kdf=FAST_KDF).close()
    return path


def _run(*args: str) -> tuple[int, str, str]:
    """The `fieldmon` command run in this process (the same handlers as the console script;
    the slow part of a child process is starting Python), the passphrase on standard input."""
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin
    sys.stdin = io.StringIO(PASSPHRASE + "\n")
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main([*args, "--passphrase-stdin"])
    finally:
        sys.stdin = saved
    return status, out.getvalue(), err.getvalue()


def _ok(*args: str) -> str:
    status, out, err = _run(*args)
    assert status == 0, err
    return out


def _one_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def _refused(status: int, *args: str) -> str:
    """A refusal, in a real child process: its exit status and one line on stderr."""
    result = run_cli(*args, "--passphrase-stdin", stdin=PASSPHRASE + "\n")
    assert result.returncode == status, (result.returncode, result.stderr)
    return _one_line(result.stderr)


def _refused_here(status: int, *args: str) -> str:
    """A refusal, in this process: its exit status and one line on stderr."""
    code, _, err = _run(*args)
    assert code == status, (code, err)
    return _one_line(err)


def _installed(folder: Path) -> cards.OrgCard | None:
    with Vault.open(folder, PASSPHRASE) as vault:
        return cards.installed_card(vault)


def test_headquarters_enrols_a_monitor_end_to_end(tmp_path: Path) -> None:
    hq_dir, monitor_dir = _vault(tmp_path / "hq"), _vault(tmp_path / "monitor")
    escrow = tmp_path / "escrow.key"
    bad = ["hq", "init", "--vault", str(hq_dir), "--organisation", "Fictional Watch"]
    line = _refused(11, *bad, "--new-escrow", str(escrow), "--reader", "Lawyer=age1nope")
    assert "not an age X25519 recipient" in line
    assert not escrow.exists()  # refused: nothing written, not even the escrow's key

    out = _ok(*bad, "--new-escrow", str(escrow))
    assert "headquarters of Fictional Watch" in out and "Whoever holds it" in out
    assert stat.S_IMODE(escrow.stat().st_mode) == 0o600
    secret = next(x for x in escrow.read_text().splitlines() if x.startswith("AGE-SECRET-KEY-"))
    escrow_recipient = str(pyrage.x25519.Identity.from_str(secret).to_public())
    line = _refused_here(11, *bad, "--escrow", escrow_recipient)
    assert "already headquarters" in line

    card_file, request, cert = tmp_path / "card.json", tmp_path / "req.pem", tmp_path / "c.pem"
    out = _ok("hq", "card", "--vault", str(hq_dir), "--out", str(card_file))
    card = cards.read_card(card_file.read_bytes())
    assert card.escrow.recipient == escrow_recipient
    root_words = " ".join(words.fingerprint_words(card.root_der))
    assert f"Fingerprint words: {root_words}" in out

    _ok("identity", "csr", str(request), "--vault", str(monitor_dir))
    issue = ["hq", "issue", str(request), "--out", str(cert), "--vault", str(hq_dir)]
    assert "1 to 64 printable" in _refused(11, *issue, "--name", "x" * 65)
    assert not cert.exists()
    out = _ok(*issue, "--name", " Field team Ganja ")  # headquarters names the monitor
    monitor_fingerprint = identity.cert_fingerprint(identity.load_pem_chain(cert.read_bytes())[0])
    assert monitor_fingerprint in out
    assert sender_name(identity.load_pem_chain(cert.read_bytes())[0]) == "Field team Ganja"

    # Without a terminal and without --words, nothing can be compared: a usage mistake.
    enrol = ["hq", "enrol", str(card_file), "--vault", str(monitor_dir)]
    assert "--words" in _refused_here(64, *enrol)
    line = _refused(11, *enrol, "--words", " ".join(reversed(root_words.split())))
    assert line == f"fieldmon: {cards.WORDS_MISMATCH}"
    assert _installed(monitor_dir) is None

    # Enrolled before the certificate is installed: a plain warning, and the card is in.
    result = run_cli(
        *enrol, "--words", root_words.upper(), "--passphrase-stdin", stdin=PASSPHRASE + "\n"
    )
    assert result.returncode == 0 and "Installed the card of Fictional Watch" in result.stdout
    assert "fieldmon identity csr" in result.stderr
    _ok("identity", "install", str(cert), "--vault", str(monitor_dir))
    out = _ok("hq", "show", "--vault", str(monitor_dir))
    assert "certified by this organisation" in out and "Revoked certificates: 0" in out
    assert root_words in out

    # Revocation: a new serial, accepted by the monitor without words; the old card is refused.
    revoke = ["hq", "revoke", monitor_fingerprint.replace(":", ""), "--vault", str(hq_dir)]
    first_card = card_file.read_bytes()
    out = _ok(*revoke, "--reason", "key compromised")
    assert f"Revoked Field team Ganja [{monitor_fingerprint[:11]}]" in out and "serial 2" in out
    # The advice works although card.json exists: --force (no destination is stored yet).
    advice = out.splitlines()[-1].split(": ", 1)[1]
    assert advice == f"fieldmon hq card --out card.json --force --vault {hq_dir}"
    assert (
        run_cli(
            *advice.split()[1:], "--passphrase-stdin", stdin=PASSPHRASE + "\n", cwd=tmp_path
        ).returncode
        == 0
    )
    assert cards.read_card(card_file.read_bytes()).serial == 2
    # Published at a folder destination (a sync folder): card.json replaced by the new serial.
    mailbox = tmp_path / "mailbox"
    mailbox.mkdir()
    (mailbox / "card.json").write_bytes(first_card)
    assert "Published" in _ok("hq", "card", "--vault", str(hq_dir), "--to", str(mailbox))
    assert "already has" in _ok("hq", "card", "--vault", str(hq_dir), "--to", str(mailbox))
    card2 = mailbox / "card.json"
    assert cards.read_card(card2.read_bytes()).serial == 2
    _ok("hq", "enrol", str(card2), "--vault", str(monitor_dir))
    card_file.write_bytes(first_card)
    line = _refused_here(11, *enrol)
    assert "older than the installed card" in line
    installed = _installed(monitor_dir)
    assert installed is not None and installed.serial == 2
    assert installed.revoked[0].certificate == monitor_fingerprint
    # With a stored destination, the advice is to publish there.
    _ok("destination", "add", "office", "--folder", str(mailbox), "--vault", str(hq_dir))
    reader = str(pyrage.x25519.Identity.generate().to_public())
    out = _ok("hq", "reader", "add", f"Lawyer 1={reader}", "--vault", str(hq_dir))
    advice = out.splitlines()[-1].split(": ", 1)[1]
    assert advice == f"fieldmon hq card --to office --vault {hq_dir}"
    assert "Published" in _ok(*advice.split()[1:])
    assert cards.read_card(card2.read_bytes()).serial == 3
    shown = _ok("hq", "show", "--vault", str(hq_dir))
    assert "Revoked certificates: 1" in shown and "REVOKED (key compromised)" in shown
    assert f"SHA-256 {monitor_fingerprint}" in shown

    # A card from another headquarters never replaces the installed one.
    with Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF) as other:
        hq.init_hq(other, "Fictional Watch", [], ("escrow", escrow_recipient))
        (tmp_path / "other.json").write_bytes(hq.current_card_document(other))
    line = _refused_here(
        11, "hq", "enrol", str(tmp_path / "other.json"), "--vault", str(monitor_dir)
    )
    assert "different root than the installed card" in line
    # A monitor's vault is not headquarters.
    line = _refused_here(
        11, "hq", "card", "--vault", str(monitor_dir), "--out", str(tmp_path / "x")
    )
    assert "not headquarters" in line and not (tmp_path / "x").exists()


class _Terminal(io.StringIO):
    """Standard input that says it is a terminal: the passphrase, then the answer."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("answer", ["y", "n"])
def test_enrol_on_a_terminal_asks_to_compare_the_words(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    answer: str,
) -> None:
    with Vault.create(tmp_path / "hq", PASSPHRASE, kdf=FAST_KDF) as vault:
        escrow = str(pyrage.x25519.Identity.generate().to_public())
        card = hq.init_hq(vault, "Fictional Watch", [], ("escrow", escrow))
    card_file = tmp_path / "card.json"
    card_file.write_bytes(card.document)
    monitor = _vault(tmp_path / "monitor")
    monkeypatch.setattr(sys, "stdin", _Terminal(f"{PASSPHRASE}\n{answer}\n"))
    status = main(["hq", "enrol", str(card_file), "--vault", str(monitor), "--passphrase-stdin"])
    shown = capsys.readouterr()
    assert " ".join(words.fingerprint_words(card.root_der)) in shown.out
    assert "Do these words match what headquarters read to you? [y/N]" in shown.out
    if answer == "y":
        assert status == 0 and _installed(monitor) == card
    else:
        assert status == 1 and "not installed" in _one_line(shown.err)  # said no: status 1
        assert _installed(monitor) is None


def test_hq_without_an_action_is_a_usage_mistake(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "fieldmon.cli", "hq"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2 and "ACTION" in result.stderr


def test_a_declined_confirmation_exits_1_in_every_command_and_says_so_in_help() -> None:
    for command in (["hq", "enrol"], ["purge"]):
        out = io.StringIO()
        with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
            main([*command, "--help"])
        assert "Answering no to the question exits with status 1" in " ".join(
            out.getvalue().split()
        )


@pytest.mark.parametrize("command", [["hq", "init"], ["hq", "revoke"], ["hq", "reader", "add"]])
def test_commands_that_write_the_public_card_warn_in_their_help(command: list[str]) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit):
        main([*command, "--help"])
    shown = " ".join(out.getvalue().split())
    assert "The card is public" in shown and '"Lawyer 1", "key compromised"' in shown
    if command == ["hq", "init"]:
        assert 'fieldmon init --name "..." --org "..."' in shown
