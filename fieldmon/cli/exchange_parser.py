"""The headquarters exchange's commands (docs/packets.md), each group in its own module.

:mod:`fieldmon.cli.parser` calls :func:`add_exchange_commands` once; every module below
declares its own subcommands and handlers in a ``register(sub, common)`` function.
"""

from __future__ import annotations

import argparse
from typing import Any

from fieldmon.cli import hq, inbox, purge, send, uwazi


def add_exchange_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    """Register ``hq``, ``send``, ``outbox``, ``destination``, ``receive``, ``inbox``,
    ``fork``, ``receipts``, ``purge`` and ``export-uwazi`` on the main parser.

    :param sub: the main parser's ``add_subparsers`` action.
    :param common: the parent parser of the options every command takes.
    """
    for module in (hq, send, inbox, purge, uwazi):
        module.register(sub, common)
