"""``fieldmon hq init | issue | revoke | reader | card | enrol | show``: the organisation card
(:mod:`fieldmon.exchange.card`) and headquarters mode (:mod:`fieldmon.exchange.hq`); see
docs/headquarters.md.
"""

from __future__ import annotations

import argparse
import shlex
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldmon.cli.common import UsageError, open_vault
from fieldmon.cli.inbox import short_fingerprint
from fieldmon.errors import ExchangeRefused, FieldMonError
from fieldmon.exchange import card as cards
from fieldmon.exchange import hq, words
from fieldmon.vault.custody import utc_now
from fieldmon.vault.files import check_output, open_output

_HQ_HELP = "headquarters: the organisation card, enrolling monitors, certificates, revocation"
DECLINED_HELP = "Answering no to the question exits with status 1: nothing was done."
"""What a command that asks before acting says of a "no" in its --help."""
PUBLIC_CARD_HELP = (
    "The card is public: it sits on the WebDAV server and USB sticks, and anyone who sees it"
    " reads the readers' names (--reader) and the reasons of revocations (--reason). Use"
    ' neutral ones, e.g. "Lawyer 1", "key compromised".'
)
"""The warning ``hq init``, ``hq revoke`` and ``hq reader add`` give in their --help."""


class Declined(FieldMonError):
    """The user answered no to a confirmation: nothing was done (exit status 1, the same for
    every command that asks: ``hq enrol``, ``purge``)."""

    exit_status = 1


_NOT_ISSUED = (
    "your certificate is not yet issued by this organisation: send `fieldmon identity csr`"
    " to headquarters"
)


def _no_handler(args: argparse.Namespace) -> int:
    """Never run: ``hq`` and ``hq reader`` require a subcommand, each with its own handler."""
    raise AssertionError("hq without a subcommand")


def _pair(text: str, what: str) -> tuple[str, str]:
    """``NAME=AGE1...`` as (name, recipient).

    :raises UsageError: without ``=``.
    """
    name, sep, recipient = text.rpartition("=")
    if not sep or not recipient.strip():
        raise UsageError(f"{what} is NAME=AGE1..., not {text!r}.")
    return name.strip(), recipient.strip()


def _read(path: Path, limit: int) -> bytes:
    """A small input file, refused when larger than ``limit`` bytes."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise FieldMonError(f"{path} cannot be read ({error.strerror}).") from None
    if len(data) > limit:
        raise ExchangeRefused(f"{path} is too large ({limit // 1024} KiB at most)")
    return data


def _write(path: Path, data: bytes, force: bool) -> None:
    """Write a file the user named, 0600, as :func:`fieldmon.vault.files.open_output` does."""
    with open_output(path, force) as handle:
        handle.write(data)


def _print_fingerprint(root_der: bytes) -> None:
    print(f"Fingerprint words: {' '.join(words.fingerprint_words(root_der))}")
    print(f"Root SHA-256:      {words.hex_fingerprint(root_der)}")


def _publish_next(vault: Any, args: argparse.Namespace) -> str:
    """The command that publishes headquarters' current card, to run next: at the first
    stored destination (``--to NAME``: an older card there is replaced), else as
    ``card.json`` here with ``--force`` (over the card published before); with ``--vault``
    when this command was given one. Quoted for a POSIX shell (shlex).

    :param vault: the open headquarters vault.
    :param args: the parsed arguments of the command that changed the card.
    :return: e.g. ``fieldmon hq card --to office --vault ~/hq-vault``.
    """
    from fieldmon.exchange import destinations

    vault_option = f" --vault {shlex.quote(str(args.vault))}" if args.vault else ""
    names = [d.name for d in destinations.entries(vault)]
    if names:
        return f"fieldmon hq card --to {shlex.quote(names[0])}{vault_option}"
    return f"fieldmon hq card --out card.json --force{vault_option}"


def cmd_hq_init(args: argparse.Namespace) -> int:
    """``fieldmon hq init``: make this vault headquarters and issue the card, serial 1
    (:func:`fieldmon.exchange.hq.init_hq`).

    With ``--new-escrow FILE`` an age X25519 identity is made for the escrow and its secret
    written to FILE (0600, never over an existing file; removed again if the init is refused).

    :param args: parsed arguments: ``organisation``, ``escrow`` or ``new_escrow``,
        ``escrow_name``, ``reader`` (NAME=AGE1 pairs).
    :return: exit status 0.
    :raises FieldMonError: the vault does not open, FILE cannot be written, or the init is
        refused (:class:`ExchangeRefused`).
    """
    import pyrage

    readers = [_pair(r, "--reader") for r in args.reader or []]
    escrow_file = Path(args.new_escrow) if args.new_escrow else None
    with open_vault(args) as vault:
        if escrow_file is not None:
            check_output(escrow_file, False)
            secret = pyrage.x25519.Identity.generate()
            recipient = str(secret.to_public())
            _write(
                escrow_file,
                f"# FieldMon escrow of {args.organisation}, created {utc_now()}\n"
                f"# Whoever holds this file can read every packet sent to headquarters.\n"
                f"# public key: {recipient}\n{secret}\n".encode(),
                False,
            )
        else:
            recipient = args.escrow
        try:
            card = hq.init_hq(vault, args.organisation, readers, (args.escrow_name, recipient))
        except BaseException:
            if escrow_file is not None:
                escrow_file.unlink(missing_ok=True)
            raise
        publish = _publish_next(vault, args)
    print(f"This vault is now headquarters of {card.organisation}; card serial {card.serial}.")
    _print_fingerprint(card.root_der)
    print("Read these words to each monitor over a separate channel (a call, a meeting).")
    if escrow_file is not None:
        print(
            f"Wrote the escrow's secret key to {escrow_file}. Whoever holds it can read every"
            " packet: keep it offline (printed, or on a stick in a safe) and delete it here."
        )
    print(f"Next: {publish}, and give card.json to the monitors.")
    return 0


def cmd_hq_issue(args: argparse.Namespace) -> int:
    """``fieldmon hq issue CSR.pem --out CERT.pem [--name NAME]``: a monitor's certificate from
    their request (:func:`fieldmon.exchange.hq.issue_certificate`), named as headquarters says.

    :param args: parsed arguments: ``csr``, ``out``, ``force``, ``name``.
    :return: exit status 0.
    :raises FieldMonError: unreadable request, OUT exists without ``--force``, or refused.
    """
    from fieldmon.crypto import identity

    out = Path(args.out)
    check_output(out, args.force)
    request = _read(Path(args.csr), hq.MAX_CSR_BYTES)
    with open_vault(args) as vault:
        pem = hq.issue_certificate(vault, request, args.name)
    _write(out, pem, args.force)
    info = identity.describe(identity.load_pem_chain(pem)[0])
    print(f"Issued a certificate for {info.subject}, valid until {info.not_after}.")
    print(f"Certificate SHA-256: {info.fingerprint}")
    print(f"Give {out} to the monitor: fieldmon identity install {out.name}")
    return 0


def cmd_hq_revoke(args: argparse.Namespace) -> int:
    """``fieldmon hq revoke FINGERPRINT --reason TEXT``: the next card revokes a certificate.

    :param args: parsed arguments: ``fingerprint``, ``reason``.
    :return: exit status 0.
    :raises FieldMonError: the vault does not open, or the revocation is refused.
    """
    with open_vault(args) as vault:
        card = hq.revoke(vault, args.fingerprint, args.reason)
        fingerprint = hq.normalise_fingerprint(args.fingerprint)
        names = [m.name for m in hq.issued(vault) if m.fingerprint == fingerprint]
        publish = _publish_next(vault, args)
    who = names[0] if names else "a certificate not issued by this headquarters"
    print(
        f"Revoked {who} [{short_fingerprint(fingerprint)}]; the card is now serial {card.serial}."
    )
    print(f"Publish it again so that monitors see it: {publish}")
    return 0


def cmd_hq_reader(args: argparse.Namespace) -> int:
    """``fieldmon hq reader add NAME=AGE1 | remove AGE1``: change the card's readers.

    :param args: parsed arguments: ``reader_action``, ``value``.
    :return: exit status 0.
    :raises FieldMonError: the vault does not open, or the change is refused.
    """
    with open_vault(args) as vault:
        if args.reader_action == "add":
            card = hq.add_reader(vault, *_pair(args.value, "The reader"))
        else:
            card = hq.remove_reader(vault, args.value)
        publish = _publish_next(vault, args)
    print(f"The card is now serial {card.serial}, with {len(card.readers)} readers.")
    print(f"Publish it again so that monitors use it: {publish}")
    return 0


def cmd_hq_card(args: argparse.Namespace) -> int:
    """``fieldmon hq card --out FILE | --to DEST [--qr FILE]``: publish headquarters' card, as
    a file and/or at ``card.json`` of a destination (:func:`fieldmon.exchange.hq.publish_card`).

    :param args: parsed arguments: ``out``, ``to``, ``qr``, ``force``.
    :return: exit status 0.
    :raises UsageError: neither ``--out`` nor ``--to``.
    :raises FieldMonError: the vault does not open, is not headquarters, a file exists, or
        the destination fails.
    """
    from fieldmon.exchange import destinations

    if not args.out and not args.to:
        raise UsageError("hq card needs --out FILE or --to DEST (or both).")
    out = Path(args.out) if args.out else None
    qr = Path(args.qr) if args.qr else None
    for path in (out, qr):
        if path is not None:
            check_output(path, args.force)
    with open_vault(args) as vault:
        document = hq.current_card_document(vault)
        transport = destinations.open_transport(vault, args.to) if args.to else None
        written = hq.publish_card(vault, transport) if transport is not None else False
    card = cards.read_card(document)
    what = f"the card of {card.organisation}, serial {card.serial}"
    if out is not None:
        _write(out, document, args.force)
        print(f"Wrote {what} to {out}.")
    if transport is not None:
        where = transport.describe()
        print(f"Published {what} at {where}." if written else f"{where} already has {what}.")
    if qr is not None:
        png = qr.suffix.lower() == ".png"
        _write(
            qr, words.qr_png(card.root_der, 8) if png else words.qr_svg(card.root_der), args.force
        )
        print(f"Wrote the root's fingerprint as a QR code to {qr}.")
    _print_fingerprint(card.root_der)
    return 0


def _confirm(card: cards.OrgCard) -> list[str]:
    """Show the words and ask on the terminal; the words when confirmed."""
    print(f"Organisation card of {card.organisation}, serial {card.serial}.")
    _print_fingerprint(card.root_der)
    answer = input("Do these words match what headquarters read to you? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise Declined("The card was not installed: the words were not confirmed.")
    return words.fingerprint_words(card.root_der)


def cmd_hq_enrol(args: argparse.Namespace) -> int:
    """``fieldmon hq enrol CARD [--words "w1 ... w10"]``: install the organisation card, or an
    update of it (:func:`fieldmon.exchange.card.install_card`).

    A first card needs the fingerprint words: given with ``--words``, or confirmed on the
    terminal after they are shown. An update from the same root needs none.

    :param args: parsed arguments: ``card``, ``words``.
    :return: exit status 0.
    :raises UsageError: a first card without ``--words`` and without a terminal.
    :raises Declined: the words were not confirmed on the terminal (exit status 1).
    :raises FieldMonError: the vault does not open, or the card is refused.
    """
    data = _read(Path(args.card), cards.MAX_CARD_BYTES)
    card = cards.read_card(data)
    typed = args.words.split() if args.words else None
    with open_vault(args) as vault:
        before = cards.installed_card(vault)
        if before is None and typed is None:
            if not sys.stdin.isatty():
                raise UsageError(
                    'No terminal to compare the fingerprint words: give them with --words "w1'
                    ' ... w10".'
                )
            typed = _confirm(card)
        installed = cards.install_card(vault, data, typed)
        matches = cards.certificate_matches(vault, installed)
    if before is not None and before.serial == installed.serial:
        print(f"The card of {installed.organisation}, serial {installed.serial}, is installed.")
    else:
        print(f"Installed the card of {installed.organisation}, serial {installed.serial}.")
    if not matches:
        print(f"fieldmon: warning: {_NOT_ISSUED}.", file=sys.stderr)
    return 0


def cmd_hq_show(args: argparse.Namespace) -> int:
    """``fieldmon hq show``: the installed card, and whether this vault is headquarters.

    :param args: parsed arguments.
    :return: exit status 0.
    :raises FieldMonError: the vault does not open, or its card no longer verifies.
    """
    with open_vault(args) as vault:
        card = cards.installed_card(vault)
        headquarters = hq.is_hq(vault)
        monitors = hq.issued(vault) if headquarters else []
        matches = card is not None and cards.certificate_matches(vault, card)
    if card is None:
        print("No organisation card is installed (fieldmon hq enrol CARD).")
        return 0
    print(f"Organisation: {card.organisation}")
    print(f"Card serial:  {card.serial}, issued {card.issued_at}")
    _print_fingerprint(card.root_der)
    for reader in card.readers:
        print(f"Reader:       {reader.name}: {reader.recipient}")
    print(f"Escrow:       {card.escrow.name}: {card.escrow.recipient}")
    print(f"Revoked certificates: {len(card.revoked)}")
    if headquarters:
        print("This vault is headquarters.")
        for monitor in monitors:
            state = f"REVOKED ({monitor.revoked})" if monitor.revoked else "valid"
            print(f"Monitor:      {monitor.name}, until {monitor.not_after}, {state}")
            print(f"  SHA-256 {monitor.fingerprint}")
    elif matches:
        print("This vault is a monitor's, certified by this organisation.")
    else:
        print(f"This vault is a monitor's; {_NOT_ISSUED}.")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add ``fieldmon hq`` and its subcommands to the main parser.

    :param sub: the main parser's add_subparsers action.
    :param common: the parent parser of the options every command takes (``--vault``...).
    """
    group = sub.add_parser("hq", parents=[common], help=_HQ_HELP, description=_HQ_HELP)
    group.set_defaults(handler=_no_handler)
    actions = group.add_subparsers(dest="hq_command", metavar="ACTION", required=True)

    def add(
        parent: Any, name: str, handler: Callable[[argparse.Namespace], int], help_: str
    ) -> Any:
        p = parent.add_parser(name, parents=[common], help=help_, description=help_)
        p.set_defaults(handler=handler)
        return p

    p = add(actions, "init", cmd_hq_init, "make this vault headquarters and issue the card")
    p.epilog = (
        'Make the vault with fieldmon init --name "..." --org "..." first: the organisation'
        " names the root certificate monitors see. " + PUBLIC_CARD_HELP
    )
    p.add_argument("--organisation", required=True, metavar="NAME")
    escrow = p.add_mutually_exclusive_group(required=True)
    escrow.add_argument("--escrow", metavar="AGE1", help="the escrow's age recipient")
    escrow.add_argument(
        "--new-escrow",
        metavar="FILE",
        help="make an escrow key and write its secret to FILE, to keep offline",
    )
    p.add_argument("--escrow-name", default="escrow", metavar="NAME")
    p.add_argument(
        "--reader",
        action="append",
        metavar="NAME=AGE1",
        help="a further reader (repeatable); NAME is on the public card: a neutral one",
    )
    p = add(actions, "issue", cmd_hq_issue, "issue a monitor's certificate from their request")
    p.add_argument("csr", metavar="CSR.pem")
    p.add_argument("--out", required=True, metavar="CERT.pem")
    p.add_argument(
        "--name",
        metavar="NAME",
        help="the monitor's name in the certificate, as headquarters' inbox shows it"
        " (default: the request's)",
    )
    p.add_argument("--force", action="store_true", help="overwrite --out if it exists")
    p = add(actions, "revoke", cmd_hq_revoke, "revoke a monitor's certificate (a new card)")
    p.add_argument("fingerprint", metavar="FINGERPRINT", help="the certificate's SHA-256")
    p.add_argument(
        "--reason",
        required=True,
        metavar="TEXT",
        help='why, as the public card shows it to anyone: neutral, e.g. "key compromised"',
    )
    p.epilog = PUBLIC_CARD_HELP
    reader = add(actions, "reader", _no_handler, "add or remove a reader of the card")
    reader_actions = reader.add_subparsers(dest="reader_action", metavar="ACTION", required=True)
    p = add(reader_actions, "add", cmd_hq_reader, "add a reader")
    p.epilog = PUBLIC_CARD_HELP
    p.add_argument("value", metavar="NAME=AGE1")
    p = add(reader_actions, "remove", cmd_hq_reader, "remove a reader")
    p.add_argument("value", metavar="AGE1")
    p = add(actions, "card", cmd_hq_card, "publish headquarters' card: a file, a destination")
    p.add_argument("--out", metavar="FILE", help="write the card to FILE")
    p.add_argument("--to", metavar="DEST", help="put it at card.json of a destination")
    p.add_argument("--qr", metavar="FILE", help="also the root's fingerprint as a QR code")
    p.add_argument("--force", action="store_true", help="overwrite existing files")
    p = add(actions, "enrol", cmd_hq_enrol, "install the organisation card (or its update)")
    p.epilog = DECLINED_HELP
    p.add_argument("card", metavar="CARD")
    p.add_argument("--words", metavar='"W1 ... W10"', help="the fingerprint words")
    add(actions, "show", cmd_hq_show, "show the installed card")
