"""What every `fieldmon` command shares: the usage error, passphrase input, the vault folder.

Passphrases are read without echo from the terminal, or as lines from standard input with
--passphrase-stdin; never from arguments or the environment.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from fieldmon.errors import FieldMonError
from fieldmon.vault.store import Vault, default_vault_dir


class UsageError(FieldMonError):
    """A command used wrongly (a missing argument, a bad value, no passphrase to read).

    The CLI prints its message and exits with status 64 (``EX_USAGE`` of BSD ``sysexits.h``).
    """

    exit_status = 64


class Passphrases:
    """Where passphrases come from for one command: the terminal, or lines of standard input.

    :param from_stdin: read each passphrase as one line of standard input (``--passphrase-stdin``)
        instead of asking on the terminal without echo.
    """

    def __init__(self, from_stdin: bool) -> None:
        self.from_stdin = from_stdin

    def ask(self, prompt: str) -> str:
        """Read one passphrase.

        From standard input, the next line without its line ending; from the terminal, through
        :func:`getpass.getpass` (no echo).

        :param prompt: what the terminal shows; not shown with ``--passphrase-stdin``.
        :return: the passphrase as typed.
        :raises UsageError: if standard input has no line left, or, without
            ``--passphrase-stdin``, standard input is not a terminal.
        """
        if self.from_stdin:
            line = sys.stdin.readline()
            if not line:
                raise UsageError("Expected a passphrase on standard input, found none.")
            return line.rstrip("\r\n")
        if not sys.stdin.isatty():
            raise UsageError(
                "No terminal to ask for the passphrase; pass it on standard input with"
                " --passphrase-stdin."
            )
        return getpass.getpass(prompt)

    def ask_new(self, prompt: str = "New passphrase: ") -> str:
        """Read a new passphrase: on the terminal typed twice, from standard input once.

        Whether it is strong enough is not checked here; the vault refuses a weak one.

        :param prompt: what the terminal shows for the first entry.
        :return: the new passphrase.
        :raises UsageError: if none can be read (see :meth:`ask`), or the two entries differ.
        """
        first = self.ask(prompt)
        if self.from_stdin:
            return first
        if self.ask("Repeat it: ") != first:
            raise UsageError("The two passphrases differ; nothing was changed.")
        return first


def vault_dir(args: argparse.Namespace) -> Path:
    """The vault folder a command works on.

    :param args: parsed arguments; ``args.vault`` is the ``--vault`` option or None.
    :return: ``--vault`` with ``~`` expanded, else
        :func:`fieldmon.vault.store.default_vault_dir`.
    """
    return Path(args.vault).expanduser() if args.vault else default_vault_dir()


def open_vault(args: argparse.Namespace) -> Vault:
    """Ask for the passphrase and open the command's vault; a thin wrapper of :meth:`Vault.open`.

    :param args: parsed arguments: ``vault`` and ``passphrase_stdin``.
    :return: the open vault; the caller closes it (use it in a ``with`` block).
    :raises UsageError: if no passphrase can be read.
    :raises FieldMonError: if the vault does not open (for instance
        :class:`~fieldmon.errors.WrongPassphrase`, :class:`~fieldmon.errors.VaultNotFound`).
    """
    return Vault.open(vault_dir(args), Passphrases(args.passphrase_stdin).ask("Passphrase: "))
