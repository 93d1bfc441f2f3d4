"""`fieldmon`: the command line over the same core the desktop app uses.

With no arguments it starts the desktop app. Passphrases are read without echo from the terminal,
or as lines from standard input with --passphrase-stdin; never from arguments or the environment.

The package is split by concern: :mod:`~fieldmon.cli.parser` declares the options and
subcommands; :mod:`~fieldmon.cli.common` holds what every command shares; the handlers are in
:mod:`~fieldmon.cli.vault_commands`, :mod:`~fieldmon.cli.cases`, :mod:`~fieldmon.cli.evidence`
and :mod:`~fieldmon.cli.dossier`. The console script ``fieldmon`` runs :func:`main`.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
from collections.abc import Sequence

from fieldmon.cli.common import Passphrases, UsageError
from fieldmon.cli.common import vault_dir as _vault_dir
from fieldmon.cli.parser import build_parser
from fieldmon.errors import FieldMonError
from fieldmon.hardening import harden_process
from fieldmon.logs import memory_log

__all__ = ["Passphrases", "UsageError", "build_parser", "cmd_gui", "main"]


def cmd_gui(args: argparse.Namespace) -> int:
    """``fieldmon`` with no command: start the desktop app; a thin wrapper of ``ui.app.run``.

    :param args: parsed arguments: ``vault``.
    :return: the app's exit status.
    :raises FieldMonError: if the desktop app cannot be imported (PySide6 missing, for
        instance).
    """
    try:
        from ui.app import run
    except ImportError as error:
        raise FieldMonError(f"The desktop app cannot start: {error}.") from None
    return run(vault_dir=_vault_dir(args))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `fieldmon` command: harden the process, parse the arguments, run the handler.

    The process is hardened first (:func:`fieldmon.hardening.harden_process`) and logs only to
    memory (:func:`fieldmon.logs.memory_log`); standard output and error replace characters
    they cannot encode instead of failing.

    :param argv: the arguments without the program name; None reads ``sys.argv``.
    :return: the exit status: the handler's (0 on success), or the
        :attr:`~fieldmon.errors.FieldMonError.exit_status` of the error it raised, whose message
        is printed as one line on standard error; 130 if interrupted with Ctrl-C; 141
        (SIGPIPE) if standard output was closed by its reader, silently.
    :raises SystemExit: from argparse, on ``--help``, ``--version`` (status 0) or a usage
        mistake (status 2).
    """
    harden_process()
    memory_log()
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure:
            reconfigure(errors="replace")
    args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", cmd_gui)
    try:
        return handler(args)
    except FieldMonError as error:
        print(f"fieldmon: {error}", file=sys.stderr)
        return error.exit_status
    except KeyboardInterrupt:
        print("fieldmon: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of our output went away (``fieldmon log | head``): what was asked for is
        # done; stay quiet, as other command-line tools do, with the status of SIGPIPE.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 128 + signal.SIGPIPE
