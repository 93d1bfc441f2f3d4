"""``fieldmon receipts fetch | list | verify`` and ``fieldmon purge``: headquarters' receipts
collected, and acknowledged cases removed from the laptop (fieldmon.exchange.receipts,
fieldmon.exchange.purge; docs/purge.md).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from fieldmon.cli.common import UsageError, open_vault
from fieldmon.cli.hq import DECLINED_HELP, Declined
from fieldmon.errors import ExchangeRefused
from fieldmon.exchange import purge, receipts

_RECEIPTS_HELP = "monitor: headquarters' receipts for the packets sent"
_PURGE_HELP = (
    "monitor: remove cases headquarters acknowledged from this laptop, keeping only a stub"
    " (reference, receipt, hashes)"
)


def _no_handler(args: argparse.Namespace) -> int:
    """Never run: ``receipts`` requires a subcommand, each with its own handler."""
    raise AssertionError("receipts without a subcommand")


def _line(receipt: receipts.Receipt) -> str:
    return (
        f"{receipt.reference} version {receipt.version}: packet {receipt.packet_id}"
        f" {receipt.outcome} at headquarters, custody log entry {receipt.log_head[0]} anchored"
    )


def cmd_receipts_fetch(args: argparse.Namespace) -> int:
    """``fieldmon receipts fetch``: read the receipts of the packets sent from their
    destinations; one line per receipt stored, one per receipt refused.

    :param args: parsed arguments (the common ones).
    :return: 0, or the exit status of ExchangeRefused (11) when a receipt was refused.
    :raises FieldMonError: the vault does not open, or no card is installed.
    """
    refused: list[str] = []
    with open_vault(args) as vault:
        found = receipts.fetch(vault, refused.append)
    for receipt in found:
        print(_line(receipt))
    for line in refused:
        print(line)
    if not found and not refused:
        print("No new receipts.")
    return ExchangeRefused.exit_status if refused else 0


def cmd_receipts_list(args: argparse.Namespace) -> int:
    """``fieldmon receipts list``: the receipts stored, oldest first.

    :param args: parsed arguments (the common ones).
    :return: exit status 0.
    :raises FieldMonError: the vault does not open.
    """
    with open_vault(args) as vault:
        found = receipts.stored(vault)
    if not found:
        print("No receipts.")
    for receipt in found:
        print(f"{receipt.received_at[:19]}  {_line(receipt)}")
    return 0


def cmd_receipts_verify(args: argparse.Namespace) -> int:
    """``fieldmon receipts verify``: check every stored receipt's signature against the
    installed card again, and that it still says what the vault relies on.

    :param args: parsed arguments (the common ones).
    :return: 0 when every receipt holds, else the exit status of ExchangeRefused (11).
    :raises FieldMonError: the vault does not open, or no card is installed.
    """
    with open_vault(args) as vault:
        results = receipts.verify_stored(vault)
    for receipt, problem in results:
        state = "ok" if problem is None else f"FAULT: {problem}"
        print(f"{receipt.reference} packet {receipt.packet_id}: {state}")
    if not results:
        print("No receipts.")
    failed = any(problem is not None for _, problem in results)
    return ExchangeRefused.exit_status if failed else 0


def _confirm(references: list[str]) -> None:
    """Ask on the terminal before purging; refuse without a terminal (``--yes`` needed)."""
    names = ", ".join(references)
    if not sys.stdin.isatty():
        raise UsageError(f"Purging removes {names} from this laptop for good. Add --yes to do it.")
    answer = input(f"Remove {names} from this laptop for good, keeping only a stub? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise Declined("Nothing was purged: you answered no.")


def cmd_purge(args: argparse.Namespace) -> int:
    """``fieldmon purge REF... [--yes]``: purge cases headquarters acknowledged. Every case
    is checked first; if any may not be purged yet, one line says why for each and nothing is
    purged.

    :param args: parsed arguments: ``references``, ``yes``.
    :return: 0, or the exit status of ExchangeRefused (11) when a case may not be purged.
    :raises UsageError: without ``--yes`` and no terminal to ask.
    :raises Declined: the answer was no (exit status 1); nothing was purged.
    :raises FieldMonError: the vault does not open, or a reference names no case.
    """
    with open_vault(args) as vault:
        wanted = list(dict.fromkeys(args.references))
        reasons = [r for r in (purge.purgeable(vault, ref) for ref in wanted) if r]
        if reasons:
            for reason in reasons:
                print(f"Not purged: {reason}.")
            return ExchangeRefused.exit_status
        if not args.yes:
            _confirm(wanted)
        for report in purge.purge_cases(vault, wanted):
            stub = report.stub
            reference = stub.reference
            print(
                f"Purged {reference}: removed {report.records} records, {len(stub.versions)}"
                f" sealed version(s), {report.files} evidence file(s) (crypto-erased); the"
                f" copies of {report.packets} packet(s) no longer open with anything on this"
                " laptop."
            )
            print(
                f"  Kept in the stub: reference {reference}, the receipt for packet"
                f" {stub.packet_id}, the SHA-256 of {len(stub.versions)} sealed version(s) and"
                f" of {len(stub.files)} file(s); the custody log, with a purge entry."
            )
            if report.note:
                print(f"  Note: {report.note}.")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``receipts fetch | list | verify`` and ``purge`` to the main parser's subcommands.

    :param sub: the main parser's add_subparsers action.
    :param common: the parent parser of the options every command takes (``--vault``...).
    """
    group = sub.add_parser(
        "receipts", parents=[common], help=_RECEIPTS_HELP, description=_RECEIPTS_HELP
    )
    group.set_defaults(handler=_no_handler)
    commands = group.add_subparsers(dest="receipts_command", required=True, metavar="COMMAND")
    h = "read headquarters' receipts for the packets sent, check and store them"
    p = commands.add_parser("fetch", parents=[common], help=h, description=h)
    p.set_defaults(handler=cmd_receipts_fetch)
    h = "the receipts stored"
    p = commands.add_parser("list", parents=[common], help=h, description=h)
    p.set_defaults(handler=cmd_receipts_list)
    h = "check every stored receipt's signature against the organisation card again"
    p = commands.add_parser("verify", parents=[common], help=h, description=h)
    p.set_defaults(handler=cmd_receipts_verify)
    p = sub.add_parser(
        "purge",
        parents=[common],
        help=_PURGE_HELP,
        description=_PURGE_HELP,
        epilog=DECLINED_HELP,
    )
    p.add_argument("references", nargs="+", metavar="REF", help="the cases to purge")
    p.add_argument("--yes", action="store_true", help="do not ask before purging")
    p.set_defaults(handler=cmd_purge)
