"""``fieldmon hq init | issue | revoke | card | enrol | show``: the organisation card
(fieldmon.exchange.card, fieldmon.exchange.hq)``.
"""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this module's commands to the main parser's subcommands.

    :param sub: the main parser's add_subparsers action.
    :param common: the parent parser of the options every command takes (``--vault``...).
    """
