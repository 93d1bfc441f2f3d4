"""``fieldmon receive, inbox, fork``: packets verified and imported at headquarters
(fieldmon.exchange.receive; docs/receiving.md).
"""

from __future__ import annotations

import argparse
from typing import Any

from fieldmon.cli.common import open_vault
from fieldmon.errors import ExchangeRefused
from fieldmon.exchange import forks, inbox, receive

_RECEIVE_HELP = "headquarters: verify and import the packets of a folder or WebDAV destination"
_INBOX_HELP = "headquarters: every packet received and what became of it"
_FORK_HELP = "headquarters: monitors' versions kept beside cases headquarters had edited"


def _no_handler(args: argparse.Namespace) -> int:
    """Never run: ``fork`` requires a subcommand, each with its own handler."""
    raise AssertionError("fork without a subcommand")


def cmd_receive(args: argparse.Namespace) -> int:
    """``fieldmon receive SOURCE``: one line per packet looked at (imported, duplicate, fork,
    waiting or quarantined, with the reason).

    :param args: parsed arguments: ``source`` (a destination's name, a folder, or the URL of
        a stored WebDAV destination).
    :return: 0 when nothing was quarantined, else the exit status of ExchangeRefused (11).
    :raises FieldMonError: the vault does not open, it is not headquarters, or the source
        cannot be listed.
    """
    with open_vault(args) as vault:
        results = receive.receive(vault, args.source)
    for result in results:
        print(result.line())
    if not results:
        print("No new packets.")
    quarantined = any(r.state == "quarantined" for r in results)
    return ExchangeRefused.exit_status if quarantined else 0


def short_fingerprint(fingerprint: str | None) -> str:
    """The first 4 bytes of a certificate fingerprint (colon hex), enough to tell monitors
    with the same name apart at a glance; ``?`` when unknown.

    :param fingerprint: fieldmon.crypto.identity.cert_fingerprint of the sender's certificate.
    :return: e.g. ``3F:A0:9C:11``.
    """
    return fingerprint[:11] if fingerprint else "?"


def _sender(row: inbox.InboxEntry) -> str:
    """The sender's name (cut to 20 characters) and short fingerprint."""
    return f"{(row.sender_name or '?')[:20]} [{short_fingerprint(row.sender_fingerprint)}]"


def cmd_inbox(args: argparse.Namespace) -> int:
    """``fieldmon inbox``: the inbox as a table, newest first.

    :param args: parsed arguments (the common ones).
    :return: exit status 0.
    :raises FieldMonError: the vault does not open.
    """
    with open_vault(args) as vault:
        rows = inbox.entries(vault)
    if not rows:
        print("The inbox is empty.")
        return 0
    print(f"{'Packet':<32}  {'Case':<16}  {'Sender':<34}  {'State':<11}  Received")
    for row in rows:
        print(
            f"{row.packet_id:<32}  {(row.reference or '?')[:16]:<16}  {_sender(row):<34}"
            f"  {row.state:<11}  {row.received_at[:19]}"
        )
        if row.monitor_reference and row.monitor_reference != row.reference:
            print(f"{'':<34}the monitor's reference: {row.monitor_reference}")
        if row.reason:
            print(f"{'':<34}{row.reason}")
    return 0


def cmd_inbox_retry(args: argparse.Namespace) -> int:
    """``fieldmon inbox retry PACKET_ID [--from SOURCE]``: examine a quarantined packet again
    (headquarters' decision, logged in the custody log; :func:`fieldmon.exchange.receive.retry`):
    at once from SOURCE, else at the next receive.

    :param args: parsed arguments: ``packet_id``, ``source`` (or None).
    :return: 0, or the exit status of ExchangeRefused (11) when it is quarantined again.
    :raises FieldMonError: not headquarters, no such quarantined packet, an unknown source.
    """
    with open_vault(args) as vault:
        result = receive.retry(vault, args.packet_id, args.source)
    print(result.line())
    return ExchangeRefused.exit_status if result.state == "quarantined" else 0


def cmd_fork_list(args: argparse.Namespace) -> int:
    """``fieldmon fork list [--all]``: open forks (with --all, resolved ones too).

    :param args: parsed arguments: ``all``.
    :return: exit status 0.
    :raises FieldMonError: the vault does not open.
    """
    with open_vault(args) as vault:
        found = forks.all_forks(vault) if args.all else forks.open_forks(vault)
    if not found:
        print("No open forks." if not args.all else "No forks.")
    for fork in found:
        done = (
            f"resolved {fork.resolved_at[:19]} by {fork.resolved_by}: {fork.resolution} kept"
            if fork.resolved_at
            else "open"
        )
        print(
            f"{fork.fork_id}  {fork.reference}  headquarters' version {fork.hq_version} |"
            f" {fork.sender_name or 'monitor'}'s version {fork.monitor_version}"
            f" (packet {fork.packet_id}, {fork.created_at[:19]})  {done}"
        )
    return 0


def cmd_fork_show(args: argparse.Namespace) -> int:
    """``fieldmon fork show ID``: headquarters' version, then the monitor's, as text, then
    what differs as a unified diff (:func:`fieldmon.exchange.forks.differences`).

    :param args: parsed arguments: ``fork_id``.
    :return: exit status 0.
    :raises FieldMonError: the vault does not open, or there is no such fork.
    """
    with open_vault(args) as vault:
        shown = forks.compare(vault, args.fork_id)
    print(shown.hq_text)
    print("-" * 72)
    print(shown.monitor_text)
    print("=" * 72)
    if shown.diff:
        print("What differs ('-' headquarters' version, '+' the monitor's):")
        print("\n".join(shown.diff))
    else:
        print("The two case documents are the same: the fork differs in its files only.")
    return 0


def cmd_fork_resolve(args: argparse.Namespace) -> int:
    """``fieldmon fork resolve ID --keep headquarters|monitor``.

    :param args: parsed arguments: ``fork_id``, ``keep``.
    :return: exit status 0.
    :raises FieldMonError: the vault does not open, there is no such fork, or it is resolved.
    """
    with open_vault(args) as vault:
        forks.resolve(vault, args.fork_id, args.keep)
    print(f"Fork {args.fork_id} resolved: the {args.keep} version is the case's working copy.")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the main parser's subcommands.

    :param sub: the main parser's add_subparsers action.
    :param common: the parent parser of the options every command takes (``--vault``...).
    """
    p = sub.add_parser("receive", parents=[common], help=_RECEIVE_HELP, description=_RECEIVE_HELP)
    p.add_argument("source", help="a destination's name, a folder, or a stored WebDAV URL")
    p.set_defaults(handler=cmd_receive)
    p = sub.add_parser("inbox", parents=[common], help=_INBOX_HELP, description=_INBOX_HELP)
    p.set_defaults(handler=cmd_inbox)
    actions = p.add_subparsers(dest="inbox_command", required=False, metavar="COMMAND")
    h = "examine a quarantined packet again (logged): at once with --from, else at the next receive"
    p = actions.add_parser("retry", parents=[common], help=h, description=h)
    p.add_argument("packet_id", metavar="PACKET_ID")
    p.add_argument(
        "--from", dest="source", metavar="SOURCE", help="where it is, as for fieldmon receive"
    )
    p.set_defaults(handler=cmd_inbox_retry)
    group = sub.add_parser("fork", parents=[common], help=_FORK_HELP, description=_FORK_HELP)
    group.set_defaults(handler=_no_handler)
    commands = group.add_subparsers(dest="fork_command", required=True, metavar="COMMAND")
    h = "open forks (--all: resolved ones too)"
    p = commands.add_parser("list", parents=[common], help=h, description=h)
    p.add_argument("--all", action="store_true", help="also the resolved forks")
    p.set_defaults(handler=cmd_fork_list)
    h = "headquarters' version and the monitor's, as text"
    p = commands.add_parser("show", parents=[common], help=h, description=h)
    p.add_argument("fork_id", type=int, metavar="ID")
    p.set_defaults(handler=cmd_fork_show)
    h = "keep headquarters' version or the monitor's (nothing is deleted)"
    p = commands.add_parser("resolve", parents=[common], help=h, description=h)
    p.add_argument("fork_id", type=int, metavar="ID")
    p.add_argument("--keep", required=True, choices=forks.KEEP)
    p.set_defaults(handler=cmd_fork_resolve)
