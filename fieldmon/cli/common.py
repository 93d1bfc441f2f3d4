"""What every `fieldmon` command shares: the usage error, passphrase input, the vault folder.

Passphrases are read without echo from the terminal, or as lines from standard input with
--passphrase-stdin; never from arguments or the environment. A search query and case
references may be read from standard input too (--query-stdin, --refs-stdin), after the
passphrase's line: an argument is visible to other users' processes in /proc/PID/cmdline and
is kept in shell history.
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


def _line(what: str) -> str:
    """The next line of standard input without its line ending and spaces at either end; on a
    terminal, after the prompt ``what:`` on standard error.

    :param what: what the line holds, as the prompt and the refusal name it.
    :return: the line.
    :raises UsageError: if standard input has no line left, or the line is blank.
    """
    if sys.stdin.isatty():
        print(f"{what[0].upper()}{what[1:]}: ", end="", file=sys.stderr, flush=True)
    line = sys.stdin.readline()
    if not line.strip():
        raise UsageError(
            f"Expected {what} on standard input, found {'none' if not line else 'an empty line'}."
        )
    return line.strip()


def read_query(args: argparse.Namespace) -> str:
    """The search query: the words given after the command, or one line of standard input.

    With ``--query-stdin`` (or with no words given, on a terminal, after the prompt
    ``Search for:``) the query is the next line of standard input, read after the passphrase's
    line when that comes from standard input too. Words in the arguments are visible to other
    users' processes (``/proc/PID/cmdline``) and kept in shell history.

    :param args: parsed arguments: ``query`` (words, possibly none), ``query_stdin``.
    :return: the query, its words joined with spaces.
    :raises UsageError: with no words and no line to read: standard input is not a terminal
        and ``--query-stdin`` is not given, or it has no line left, or the line is blank.
    """
    if args.query:
        return " ".join(args.query)
    if not args.query_stdin and not sys.stdin.isatty():
        raise UsageError(
            "No search query: give it on standard input with --query-stdin, or as words after"
            " `search`."
        )
    return _line("search for" if sys.stdin.isatty() else "a search query")


def read_references(args: argparse.Namespace) -> None:
    """With ``--refs-stdin``, read the command's case references from standard input into
    ``args``; without it, leave them as given in the arguments.

    A command that takes one reference reads the next line; one that takes several (``dossier``,
    ``export-json``) reads every line left, skipping blank ones. The parser has refused
    references given both ways (:mod:`fieldmon.cli.parser`).

    :param args: parsed arguments: ``refs_stdin``, and ``refs_dest`` (the attribute the
        references go to) and ``refs_many`` when the command takes references.
    :raises UsageError: if standard input has no reference left (or only blank lines).
    """
    if not getattr(args, "refs_stdin", False):
        return
    if not args.refs_many:
        setattr(args, args.refs_dest, _line("a case reference"))
        return
    references = [line.strip() for line in sys.stdin if line.strip()]
    if not references:
        raise UsageError("Expected case references on standard input, one per line, found none.")
    setattr(args, args.refs_dest, references)


def open_vault(args: argparse.Namespace) -> Vault:
    """Ask for the passphrase, then read the search query (:func:`read_query`; ``args.query``
    becomes it) or the case references (:func:`read_references`) a command takes, and open
    the command's vault; a thin wrapper of :meth:`Vault.open`.

    :param args: parsed arguments: ``vault`` and ``passphrase_stdin`` (and ``query`` and
        ``query_stdin``, or ``refs_stdin``, where the command takes them).
    :return: the open vault; the caller closes it (use it in a ``with`` block).
    :raises UsageError: if no passphrase, query or reference can be read.
    :raises FieldMonError: if the vault does not open (for instance
        :class:`~fieldmon.errors.WrongPassphrase`, :class:`~fieldmon.errors.VaultNotFound`).
    """
    passphrase = Passphrases(args.passphrase_stdin).ask("Passphrase: ")
    if hasattr(args, "query_stdin"):
        args.query = [read_query(args)]
    read_references(args)
    return unlock(vault_dir(args), passphrase)


def unlock(path: Path, passphrase: str) -> Vault:
    """:meth:`Vault.open`, then each note of the unlock (failed unlocks since the last one, a
    count reset by hand, an upgrade) on standard error after ``fieldmon: note:``.

    :param path: the vault folder; :param passphrase: as typed.
    :return: the open vault; the caller closes it.
    :raises FieldMonError: as :meth:`Vault.open`.
    """
    vault = Vault.open(path, passphrase)
    for notice in vault.notices:
        print(f"fieldmon: note: {notice}", file=sys.stderr)
    return vault


def refuse_unsaved_work(vault: Vault, reference: str) -> None:
    """Refuse a command that stores an edit of a case with unsaved desktop work: storing a case
    drops its draft (:meth:`Vault.store_cases`).

    :param vault: the open vault.
    :param reference: the case.
    :raises FieldMonError: the case has a draft; nothing was changed.
    :raises NotFound: no such case.
    """
    if vault.draft(vault.case_uuid(reference)) is not None:
        raise FieldMonError(
            f"{reference} has unsaved work from the desktop app; open the case there and save or"
            " discard it first, so that this change does not drop it. Nothing was changed."
        )
