"""``fieldmon send, outbox, destination``: packets made and written to a folder or WebDAV mailbox
(fieldmon.exchange.send; the format is docs/packets.md).

A WebDAV password is read without echo from the terminal, or as a line of standard input with
``--password-stdin`` (after the passphrase's line): never from an argument, which other users'
processes can read in /proc/PID/cmdline.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldmon.cli.common import UsageError, open_vault
from fieldmon.exchange import destinations, outbox, send
from fieldmon.exchange.outbox import OutboxEntry

_SEND_HELP = "send cases to headquarters as encrypted, signed packets (resumes unfinished ones)"
_OUTBOX_HELP = "list the packets made: queued, sending, sent or acknowledged"
_DEST_HELP = "the folders and WebDAV mailboxes packets go to"


def _progress() -> Callable[[int, int], None] | None:
    """A progress line on standard error when it is a terminal, else None."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        end = "\n" if done >= total else ""
        print(f"\rfieldmon: {done}/{total} parts written", end=end, file=sys.stderr, flush=True)

    return show


def _line(entry: OutboxEntry) -> str:
    return (
        f"{entry.packet_id}  {entry.reference}  version {entry.version}  {entry.state}"
        f"  {entry.parts_done}/{entry.parts_total} parts  -> {entry.destination}"
    )


def cmd_send(args: argparse.Namespace) -> int:
    """``fieldmon send [REF...] --to DEST``: finish unfinished packets, then send the cases;
    without a reference, only finish what an interrupted send left (a dropped link, a kill).

    :return: 0 when every packet is sent.
    """
    with open_vault(args) as vault:
        progress = _progress()
        resumed = send.resume(vault, progress)
        made = send.send_cases(vault, args.references, args.to, progress) if args.references else []
    if not resumed and not made:
        print("Nothing to send: no case was named and no packet was unfinished.")
    for entry in resumed:
        print(f"Resumed {_line(entry)}")
    for entry in made:
        print(f"Sent {_line(entry)}")
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    """``fieldmon outbox``: one line per packet, oldest first.

    :return: 0.
    """
    with open_vault(args) as vault:
        found = outbox.entries(vault)
    if not found:
        print("The outbox is empty.")
        return 0
    rows = [("PACKET", "CASE", "VERSION", "DESTINATION", "STATE", "PARTS", "CREATED", "SENT")]
    rows += [
        (
            e.packet_id,
            e.reference,
            str(e.version),
            e.destination,
            e.state if e.acknowledged_at is None else f"{e.state} {e.acknowledged_at[:19]}",
            f"{e.parts_done}/{e.parts_total}",
            e.created_at[:19],
            (e.sent_at or "-")[:19],
        )
        for e in found
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _password(args: argparse.Namespace) -> str:
    """The WebDAV password: a line of standard input, or typed without echo."""
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line.rstrip("\r\n"):
            raise UsageError("Expected the WebDAV password on standard input, found none.")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise UsageError(
            "No terminal to ask for the WebDAV password; pass it on standard input with"
            " --password-stdin."
        )
    return getpass.getpass("WebDAV password: ")


def cmd_destination_add(args: argparse.Namespace) -> int:
    """``fieldmon destination add NAME (--folder PATH | --webdav URL --user NAME [--offline])``:
    a WebDAV destination is stored only once the server accepted the account, unless
    ``--offline`` (:func:`fieldmon.exchange.destinations.add`).

    :return: 0.
    :raises UsageError: --webdav without --user, a folder with WebDAV options.
    :raises FieldMonError: the vault does not open, or the destination is refused.
    """
    if args.webdav and not args.user:
        raise UsageError("--webdav needs --user NAME.")
    if args.folder and (args.user or args.password_stdin or args.offline):
        raise UsageError("a folder destination takes no --user, --password-stdin or --offline.")
    with open_vault(args) as vault:
        password = _password(args) if args.webdav else None
        added = destinations.add(
            vault,
            args.name,
            folder=Path(args.folder) if args.folder else None,
            webdav_url=args.webdav,
            username=args.user,
            password=password,
            check=not args.offline,
        )
    print(f"Added destination {added.name}: {added.kind} {added.location}")
    if args.webdav:
        print(
            "Not tried (--offline): a wrong password shows at the first send."
            if args.offline
            else "The server accepted the user name and password."
        )
    return 0


def cmd_destination_list(args: argparse.Namespace) -> int:
    """``fieldmon destination list``: name, kind, location and user (never a password).

    :return: 0.
    """
    with open_vault(args) as vault:
        found = destinations.entries(vault)
    if not found:
        print("No destinations.")
    for d in found:
        user = f"  user {d.username}" if d.username else ""
        print(f"{d.name}  {d.kind}  {d.location}{user}")
    return 0


def cmd_destination_remove(args: argparse.Namespace) -> int:
    """``fieldmon destination remove NAME``: forget it and its password.

    :return: 0.
    """
    with open_vault(args) as vault:
        destinations.remove(vault, args.name)
    print(f"Removed destination {args.name}.")
    return 0


def _no_handler(args: argparse.Namespace) -> int:
    """Never run: ``destination`` requires a subcommand, each with its own handler."""
    raise AssertionError("destination without a subcommand")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``send``, ``outbox`` and ``destination add|list|remove`` to the main parser.

    :param sub: the main parser's add_subparsers action.
    :param common: the parent parser of the options every command takes (``--vault``...).
    """
    p = sub.add_parser("send", parents=[common], help=_SEND_HELP, description=_SEND_HELP)
    p.set_defaults(handler=cmd_send)
    p.add_argument(
        "references",
        metavar="REF",
        nargs="*",
        help="case references; none: only finish unfinished packets",
    )
    p.add_argument("--to", required=True, metavar="DEST", help="a destination's name (or a folder)")
    p.add_argument(
        "--refs-stdin",
        action="store_true",
        help="read the case references, one per line until its end, from standard input"
        " (after the passphrase's line with --passphrase-stdin), not from the arguments",
    )
    p.set_defaults(refs_dest="references", refs_many=True, refs_required=False)

    p = sub.add_parser("outbox", parents=[common], help=_OUTBOX_HELP, description=_OUTBOX_HELP)
    p.set_defaults(handler=cmd_outbox)

    group = sub.add_parser("destination", parents=[common], help=_DEST_HELP, description=_DEST_HELP)
    group.set_defaults(handler=_no_handler)
    actions = group.add_subparsers(dest="destination_command", metavar="ACTION", required=True)
    h = "add a folder or a WebDAV mailbox (its password kept in the vault)"
    p = actions.add_parser("add", parents=[common], help=h, description=h)
    p.set_defaults(handler=cmd_destination_add)
    p.add_argument("name", metavar="NAME")
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--folder", metavar="PATH", help="a folder: a USB stick, a sync folder")
    where.add_argument("--webdav", metavar="URL", help="a WebDAV collection's http(s) URL")
    p.add_argument("--user", metavar="NAME", help="the WebDAV user name")
    p.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the WebDAV password as a line of standard input (after the passphrase's)",
    )
    p.add_argument(
        "--offline",
        action="store_true",
        help="store the WebDAV destination without trying the server (by default it is tried"
        " once, and nothing is stored if it refuses the password or cannot be reached)",
    )
    h = "list the destinations (never their passwords)"
    p = actions.add_parser("list", parents=[common], help=h, description=h)
    p.set_defaults(handler=cmd_destination_list)
    h = "forget a destination and its password"
    p = actions.add_parser("remove", parents=[common], help=h, description=h)
    p.set_defaults(handler=cmd_destination_remove)
    p.add_argument("name", metavar="NAME")
