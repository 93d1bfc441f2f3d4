"""Global options (issue 11, item 3 for the command line): ``--vault`` and
``--passphrase-stdin`` work before the command, as ``fieldmon --help`` lists them, and after it,
for every command that takes them; ``--vault`` given twice with different folders is refused."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from fieldmon.cli.parser import build_parser
from tests.conftest import PASSPHRASE, run_cli

# Each command with the least it needs besides the global options.
MINIMAL = {
    "init": [],
    "demo": [],
    "import": ["cases.json"],
    "export-json": [],
    "cases": [],
    "show": ["AZ-2026-001"],
    "search": ["word"],
    "passwd": [],
    "attach": ["AZ-2026-001", "photo.jpg"],
    "extract": ["AZ-2026-001", "x1.1", "--out", "out.bin"],
    "seal": ["AZ-2026-001"],
    "history": ["AZ-2026-001"],
    "log": [],
    "check": [],
    "dossier": ["AZ-2026-001", "--profile", "echr", "--out", "d.pdf"],
    "mention": ["AZ-2026-001", "--list"],
    "evidence": ["appears", "AZ-2026-001", "x1", "--nobody"],
    "recovery": ["create", "--threshold", "2", "--shares", "3"],
    "recover": [],
    "duress": ["set"],
    "attempts": [],
    "wipe": [],
    "identity": ["show"],
    "tsa": ["show"],
    "hq": ["show"],
    "send": ["AZ-2026-001", "--to", "hq"],
    "outbox": [],
    "destination": ["list"],
    "receive": ["hq"],
    "inbox": [],
    "fork": ["list"],
    "receipts": ["fetch"],
    "purge": ["AZ-2026-001"],
    "export-uwazi": ["--recipient", "public", "--out", "cases.zip"],
}
WITHOUT_VAULT = {"verify"}


def commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(sub.choices)


def test_vault_location_every_command_listed() -> None:
    """A new command must say here what it needs, so that it is tested below."""
    assert set(commands()) == set(MINIMAL) | WITHOUT_VAULT


@pytest.mark.parametrize("command", sorted(MINIMAL))
@pytest.mark.parametrize("where", ["before", "after", "both"])
def test_vault_location_global_options_either_side(command: str, where: str) -> None:
    options = ["--vault", "/media/stick/vault", "--passphrase-stdin"]
    rest = [command, *MINIMAL[command]]
    argv = {
        "before": [*options, *rest],
        "after": [*rest, *options],
        "both": [options[0], options[1], *rest, options[0], options[1], options[2]],
    }[where]
    args = build_parser().parse_args(argv)
    assert args.vault == "/media/stick/vault"
    assert args.passphrase_stdin is True
    assert not hasattr(args, "vault_after_command")


@pytest.mark.parametrize("command", sorted(MINIMAL))
def test_vault_location_defaults_without_global_options(command: str) -> None:
    args = build_parser().parse_args([command, *MINIMAL[command]])
    assert args.vault is None
    assert args.passphrase_stdin is False


@pytest.mark.parametrize(
    "argv",
    [
        ["--vault", "/a", "cases", "--vault", "/b"],
        ["--vault", "/a", "--vault", "/b", "cases"],
        ["cases", "--vault", "/a", "--vault", "/b"],
    ],
)
def test_vault_location_two_different_vaults_refused(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        build_parser().parse_args(argv)
    assert raised.value.code == 2
    error = capsys.readouterr().err.splitlines()[-1]
    assert "--vault is given twice" in error and "/a" in error and "/b" in error
    assert error.endswith("give it once.")


def test_vault_location_help_lists_them_and_they_work_there(vault_dir: Path) -> None:
    """The example of the report: options before the command, as --help shows them."""
    assert "--passphrase-stdin" in run_cli("--help").stdout
    for argv in (
        ["--vault", str(vault_dir), "--passphrase-stdin", "cases"],
        ["cases", "--vault", str(vault_dir), "--passphrase-stdin"],
        ["--vault", str(vault_dir), "cases", "--passphrase-stdin"],
        ["--passphrase-stdin", "cases", "--vault", str(vault_dir)],
    ):
        result = run_cli(*argv, stdin=PASSPHRASE + "\n")
        assert result.returncode == 0, (argv, result.stderr)
        assert "AZ-2026-001" in result.stdout


def test_vault_location_conflict_touches_nothing(vault_dir: Path, tmp_path: Path) -> None:
    result = run_cli("--vault", str(vault_dir), "wipe", "--yes", "--vault", str(tmp_path / "other"))
    assert result.returncode == 2
    assert "--vault is given twice" in result.stderr
    assert (vault_dir / "vault.key").exists()
