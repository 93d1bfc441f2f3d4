"""``fieldmon tsa set URL | clear | show``: the RFC 3161 timestamp authority that stamps seals.

With a timestamp authority (TSA) set, each new seal asks it for a timestamp token over the
seal's custody entry (:mod:`fieldmon.vault.timestamps`); a TSA that cannot be reached never
blocks a seal. Nothing is asked of any TSA until one is set: asking tells the TSA, over the
network, when this computer sealed something (not what) and from which address.
"""

from __future__ import annotations

import argparse

from fieldmon.cli.common import UsageError, open_vault
from fieldmon.vault import timestamps


def cmd_tsa(args: argparse.Namespace) -> int:
    """``fieldmon tsa set URL | clear | show``: set, clear or show the vault's TSA.

    :param args: parsed arguments: ``vault``, ``passphrase_stdin``, ``action`` (``set``,
        ``clear`` or ``show``), ``url`` (for ``set``).
    :return: exit status 0.
    :raises UsageError: ``set`` without a URL, a URL given to ``clear`` or ``show``, or the
        passphrase cannot be read.
    :raises FieldMonError: the vault does not open, or the URL is not an http(s) URL
        (:func:`fieldmon.vault.timestamps.set_tsa_url`); nothing is changed.
    """
    if (args.action == "set") != (args.url is not None):
        raise UsageError(
            "tsa set needs a URL; tsa clear and tsa show take none."
            if args.action == "set"
            else f"tsa {args.action} takes no URL."
        )
    with open_vault(args) as vault:
        if args.action == "show":
            url = timestamps.tsa_url(vault.conn)
            stored = len(timestamps.tokens(vault.conn))
            if url is None:
                print(
                    f"No timestamp authority is set; seals are not timestamped ({stored} stored)."
                )
            else:
                print(f"Seals are timestamped by {url} (RFC 3161); {stored} timestamp(s) stored.")
            return 0
        with vault.transaction():
            if args.action == "set":
                url = timestamps.set_tsa_url(vault.conn, args.url)
                had = True
            else:
                had = timestamps.clear_tsa_url(vault.conn)
    if args.action == "set":
        print(
            f"Each new seal will be timestamped by {url} (RFC 3161); it learns when you seal"
            " (not what) and from which network address. A seal it cannot stamp is kept without."
        )
    elif had:
        print("Seals will no longer be timestamped; the timestamps stored are kept.")
    else:
        print("No timestamp authority was set; nothing changed.")
    return 0
